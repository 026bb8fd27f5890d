"""A city's head under the titles of several languages ("Stadtpräsident", "президент міста",
"глава города", "mayor") is one office; another office still conflicts."""
from __future__ import annotations

from newsweave.compare.slots import event_conflicts
from slottest_articles import art


def test_city_president_and_mayor_are_one_office():
    de = art("de", "de", "Stadtpräsident Jan Kowal sprach am Montag von einer ernsten Lage.", [("Jan Kowal", "PER")])
    uk = art("uk", "uk", "Президент міста Ян Коваль заявив у понеділок, що ситуація серйозна.", [("Ян Коваль", "PER")])
    ru = art("ru", "ru", "Глава города Ян Коваль заявил в понедельник, что ситуация серьёзная.", [("Ян Коваль", "PER")])
    en = art("en", "en", "Mayor Jan Kowal said on Monday the situation was serious.", [("Jan Kowal", "PER")])
    assert [c for c in event_conflicts([de, uk, ru, en]) if c.slot == "who_as_what"] == []
    gov = art("gov", "en", "Regional governor Jan Kowal said on Monday the situation was serious.", [("Jan Kowal", "PER")])
    out = [c for c in event_conflicts([de, uk, ru, en, gov]) if c.slot == "who_as_what"]
    assert len(out) == 1 and sorted(s.value for s in out[0].sides) == ["governor", "mayor"]
