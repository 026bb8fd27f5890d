"""Two happenings of one kind grouped into one event (last year's storm, the previous round of
talks): an article whose day lies more than a week from the day most articles give is compared
only with the articles of its own happening; the days themselves are still compared."""
from __future__ import annotations

from newsweave.compare.slots import event_conflicts
from newsweave.model import Article, DateInfo


def dated(ident: str, lang: str, text: str, day: str) -> Article:
    return Article(id=ident, text=text, lang=lang, source=f"Outlet {ident}", date=DateInfo(day))


def test_articles_of_another_happening_are_not_compared_with_the_main_one():
    main = [dated("a", "en", "The storm killed 14 people in Dorvan on Tuesday, officials said.", "2031-05-07"),
            dated("b", "en", "Fourteen people were killed when the storm hit Dorvan on Tuesday.", "2031-05-07"),
            dated("c", "en", "On Tuesday the storm killed 14 people in Dorvan, the mayor said.", "2031-05-07")]
    earlier = dated("d", "en", "The storm killed 3 people in Dorvan on Tuesday, officials said.", "2030-05-08")
    out = event_conflicts(main + [earlier])
    assert [c for c in out if c.slot == "how_many"] == []
    # within the main happening a different toll still conflicts
    odd = dated("e", "en", "The storm killed 40 people in Dorvan on Tuesday, officials said.", "2031-05-07")
    out = event_conflicts(main + [earlier, odd])
    toll = [c for c in out if c.slot == "how_many"]
    assert len(toll) == 1 and toll[0].sides[1].articles == ["e"]


def test_a_day_a_few_days_off_is_the_same_happening():
    a = dated("a", "en", "The storm killed 14 people in Dorvan on Tuesday, officials said.", "2031-05-07")
    b = dated("b", "en", "Fourteen people were killed when the storm hit Dorvan on Tuesday.", "2031-05-07")
    c = dated("c", "en", "The storm killed 40 people in Dorvan on Sunday, officials said.", "2031-05-07")
    assert any(x.slot == "how_many" for x in event_conflicts([a, b, c]))
