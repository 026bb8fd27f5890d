"""Clock times named with a part of the day instead of a.m./p.m. ("at 4 in the morning", "at ten
o'clock at night"). Every sentence is invented for these tests."""
from __future__ import annotations

import pytest

from newsweave.enrich.timex import extract_timexes
from newsweave.model import DateInfo

MAY15 = DateInfo("2002-05-15")


@pytest.mark.parametrize("text, surface, value", [
    ("The ferry leaves at 4 in the morning.", "4 in the morning", "2002-05-15T04:00"),
    ("The ferry left at 9 in the evening.", "9 in the evening", "2002-05-15T21:00"),
    ("The ferry left at ten o'clock at night.", "ten o'clock at night", "2002-05-15T22:00"),
    ("The ferry left at 3 in the afternoon.", "3 in the afternoon", "2002-05-15T15:00"),
])
def test_clock_time_with_a_part_of_the_day(text, surface, value):
    got = {t.text: (t.type, t.value) for t in extract_timexes(text, "en", MAY15)}
    assert got.get(surface) == ("TIME", value), got


def test_a_score_before_a_part_of_the_day_is_no_clock_time():
    got = [t.text for t in extract_timexes("She scored 4 in the morning session.", "en", MAY15)]
    assert not any(s.startswith("4") for s in got)
