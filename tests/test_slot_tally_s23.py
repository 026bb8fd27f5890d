"""Session-23 matrix of vote tallies (``compare/slots/tally.py``): one tally written in each
language's ways is one pair of counts; two articles' different pairs conflict, the same pair
written two ways (words or digits, for-and-against or "to") does not. Every sentence is invented."""
from __future__ import annotations

import pytest

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import event_conflicts
from newsweave.compare.slots.tally import TALLY, tallies
from slottest_articles import art

# (lang, a tally of {x} for and {y} against)
WAYS = [
    ("en", "The board confirmed the new curator by {x} votes to {y}."),
    ("en", "The board confirmed the new curator with {x} votes in favour and {y} against."),
    ("en", "The board confirmed the new curator in a {x}-{y} vote."),
    ("fr", "Le conseil a confirmé la nouvelle conservatrice par {x} voix contre {y}."),
    ("fr", "Le texte a été adopté par {x} voix pour et {y} contre."),
    ("es", "El patronato confirmó a la nueva conservadora por {x} votos a favor y {y} en contra."),
    ("es", "El pleno aprobó la moción por {x} votos contra {y}."),
    ("de", "Der Stiftungsrat bestätigte die neue Kuratorin mit {x} zu {y} Stimmen."),
    ("de", "Der Stiftungsrat bestätigte die Kuratorin mit {x} Ja- und {y} Nein-Stimmen."),
    ("ru", "Совет утвердил нового куратора {x} голосами против {y}."),
    ("ru", "Решение приняли {x} голосами «за» при {y} «против»."),
    ("uk", "Рада затвердила нову кураторку {x} голосами проти {y}."),
    ("uk", "Рада ухвалила закон {x} голосами «за», {y} «проти»."),
]


@pytest.mark.parametrize("lang,text", WAYS)
def test_a_tally_is_read_as_one_pair(lang, text):
    a = art("a", lang, text.format(x=14, y=3))
    assert [t[2:] for c in extract_claims([a]) for t in tallies(a, c)] == [(14, 3)]


@pytest.mark.parametrize("lang,text", [
    ("en", "The board confirmed the new curator by fourteen votes to three."),
    ("es", "El pleno aprobó la moción por catorce votos contra tres."),
])
def test_a_tally_in_words_is_read(lang, text):
    a = art("a", lang, text)
    assert [t[2:] for c in extract_claims([a]) for t in tallies(a, c)] == [(14, 3)]


def _tally_conflicts(arts) -> list:
    return [c for c in event_conflicts(arts) if c.slot == "how_many" and c.subject == TALLY]


@pytest.mark.parametrize("i,j", [(0, 3), (3, 5), (5, 7), (7, 9), (9, 11), (11, 0)])
def test_two_tallies_conflict_across_languages(i, j):
    a = art("a", WAYS[i][0], WAYS[i][1].format(x=14, y=3))
    b = art("b", WAYS[j][0], WAYS[j][1].format(x=15, y=2))
    out = _tally_conflicts([a, b])
    assert len(out) == 1 and {s.value for s in out[0].sides} == {"14–3", "15–2"}


@pytest.mark.parametrize("i,j", [(0, 4), (2, 6), (8, 10), (12, 1)])
def test_one_tally_written_two_ways_is_no_conflict(i, j):
    a = art("a", WAYS[i][0], WAYS[i][1].format(x=14, y=3))
    b = art("b", WAYS[j][0], WAYS[j][1].format(x=14, y=3))
    assert _tally_conflicts([a, b]) == []


def test_a_score_or_a_clock_time_is_no_tally():
    a = art("a", "en", "The hosts won 14-3 at 20:30 in front of 3,000 fans.")
    assert [t for c in extract_claims([a]) for t in tallies(a, c)] == []


def test_a_tally_in_a_clause_of_the_day_that_also_tells_background_is_read():
    # "director since 2019" makes the clause background; it still tells the vote on its day
    from newsweave.enrich.temporal.engine import extract_timexes
    a = art("a", "en", "The board on Wednesday appointed Ana Ruiz, director of the city museum since 2019, "
                       "as its head by 13 votes to 2.")
    b = art("b", "fr", "Le conseil a nommé mercredi Ana Ruiz, directrice du musée de la ville depuis 2019, "
                       "par 12 voix contre 3.")
    for x in (a, b):
        x.timexes = extract_timexes(x.text, x.lang, x.date)
    out = _tally_conflicts([a, b])
    assert len(out) == 1 and {s.value for s in out[0].sides} == {"13–2", "12–3"}
