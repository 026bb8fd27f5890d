"""Look-alike events: the same actors and place, a fortnight or a year apart (invented envoys,
towns and dates; the HashingEmbedder stands in for the model). Two visits a fortnight apart whose
reports differ only in their lead days and figures are still one event (the pair model trusts the
shared names; on main as well): what tells them apart here is a year between them, or the weekday
an undated report names."""
from __future__ import annotations

import re

from newsweave.enrich.embed import HashingEmbedder
from newsweave.enrich.timex import extract_timexes
from newsweave.link.events import EventClusterer
from newsweave.model import Article, DateInfo, Mention

PEOPLE = {"Corvin Hale": "PER", "Ostrava Lind": "PER", "Castral": "LOC", "Narrow Sea": "LOC"}


def art(aid: str, title: str, body: str, date: str | None = None) -> Article:
    text = f"{title}\n{body}"
    a = Article(id=aid, title=title, text=text, lang="en",
                date=DateInfo(date, source="metadata") if date else None)
    a.timexes = extract_timexes(a.text, "en", a.date)
    a.entities = [Mention(m.start(), m.end(), name, typ, entity="E-" + name.replace(" ", "_"),
                          name=name)
                  for name, typ in PEOPLE.items() for m in re.finditer(re.escape(name), text)]
    return a


def visit(prefix: str, date: str | None, when: str) -> list[Article]:
    """Two reports of the envoy's first visit (``when`` dates it in the lead)."""
    return [
        art(f"{prefix}1", "Envoy Corvin Hale meets Ostrava Lind in Castral",
            f"Envoy Corvin Hale met president Ostrava Lind in Castral {when} for three hours of "
            "talks on the Narrow Sea ceasefire. Corvin Hale called the talks useful; Ostrava Lind "
            "said 1,200 guns had been handed over and Castral wanted the Narrow Sea open.", date),
        art(f"{prefix}2", "Hale and Lind talk Narrow Sea ceasefire in Castral",
            f"President Ostrava Lind received envoy Corvin Hale in Castral {when}; the Narrow Sea "
            "ceasefire was discussed for three hours. Ostrava Lind thanked Corvin Hale for the "
            "1,200 guns handed over, an aide in Castral said.", date),
    ]


def return_visit(prefix: str, date: str | None, when: str) -> list[Article]:
    """Two reports of his next visit: the same people and place, the grain deal this time."""
    return [
        art(f"{prefix}1", "Corvin Hale back in Castral as grain deal nears",
            f"Corvin Hale was back in Castral {when} and spent the afternoon with Ostrava Lind on "
            "a grain corridor across the Narrow Sea; 450 ships are waiting, Hale told reporters.",
            date),
        art(f"{prefix}2", "Lind and Hale discuss Narrow Sea grain corridor",
            f"Ostrava Lind hosted Corvin Hale in Castral {when} for a second round on grain "
            "exports: a corridor through the Narrow Sea for the 450 waiting ships, Lind's office "
            "said.", date),
    ]


def events_of(arts: list[Article]) -> dict[str, str]:
    EventClusterer(None, embedder=HashingEmbedder(None)).assign(arts)
    return {a.id: a.event for a in arts}


def test_two_visits_a_year_apart_stay_two_events():
    ev = events_of(visit("a", "2030-03-04", "on Monday, 3 March")
                   + return_visit("b", "2031-03-18", "on Monday, 17 March"))
    assert ev["a1"] == ev["a2"] != ev["b1"] == ev["b2"]


def test_an_undated_report_naming_the_weekday_of_the_return_visit_joins_it():
    # the first visit on a Monday, the return visit on a Thursday a fortnight later: an undated
    # report of "Thursday" in Castral is the return visit, however alike the words
    arts = (visit("a", "2031-03-04", "on Monday, 3 March")
            + return_visit("b", "2031-03-21", "on Thursday, 20 March")
            + [art("u", "Hale and Lind meet again in Castral",
                   "Corvin Hale and Ostrava Lind met in Castral on Thursday about a grain corridor "
                   "across the Narrow Sea for 450 waiting ships.")])
    ev = events_of(arts)
    assert ev["u"] == ev["b1"] == ev["b2"]


def test_one_visit_reported_twice_is_one_event():
    ev = events_of(visit("a", "2031-03-04", "on Monday, 3 March")
                   + visit("c", "2031-03-05", "on Monday"))
    assert len(set(ev.values())) == 1
