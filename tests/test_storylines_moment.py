"""One moment of a storyline: a happening and its immediate consequences (a final and the riots
that night) name different people, so the participant test refuses them; on the same day and
close in subject they are still one story, a week apart they are not (invented club, town and
people; the HashingEmbedder stands in for the model)."""
from __future__ import annotations

import re
from collections import Counter

from newsweave.enrich.embed import HashingEmbedder
from newsweave.link.event_clusters import Cluster
from newsweave.link.event_dates import DateSpan, parse_span
from newsweave.link.events import EventClusterer
from newsweave.link.story_threads import same_moment, thread_link
from newsweave.model import Article, DateInfo, Mention

FINAL = [
    ("f1", "Velmont United win the Continental Cup final in Port Arlen",
     "Velmont United beat Harrow Athletic 4-0 in the Continental Cup final in Port Arlen. Aldo "
     "Vesti scored twice and Marek Lunn added a third for Velmont United."),
    ("f2", "Vesti double as Velmont United lift the Continental Cup",
     "Aldo Vesti scored twice and Marek Lunn once as Velmont United won the Continental Cup final "
     "4-0 against Harrow Athletic."),
]
RIOTS = [
    ("r1", "Violence in Port Arlen after the Velmont United victory",
     "Fans clashed with police in Port Arlen overnight after the Velmont United victory; interior "
     "minister Clara Dorn said 300 people were arrested and 40 cars were burned."),
    ("r2", "Clara Dorn condemns the night of violence in Port Arlen",
     "Interior minister Clara Dorn condemned the clashes between fans and police in Port Arlen "
     "after the Velmont United victory: 300 arrests, 40 cars burned overnight."),
]
PEOPLE = ("Aldo Vesti", "Marek Lunn", "Clara Dorn")


def art(aid: str, title: str, body: str, date: str) -> Article:
    text = f"{title}\n{body}"
    a = Article(id=aid, title=title, text=text, lang="en", date=DateInfo(date, source="metadata"))
    a.entities = [Mention(m.start(), m.end(), name, "PER", entity=name.lower().replace(" ", "-"),
                          name=name) for name in PEOPLE for m in re.finditer(name, text)]
    return a


def run(riot_date: str) -> tuple[list[Article], list[Article], EventClusterer]:
    final = [art(*x, "2031-05-31") for x in FINAL]
    riots = [art(*x, riot_date) for x in RIOTS]
    c = EventClusterer(None, embedder=HashingEmbedder(None))
    c.assign(final + riots)
    return final, riots, c


def test_a_final_and_its_riots_that_night_are_one_story_of_two_events():
    final, riots, c = run("2031-06-01")
    assert final[0].event == final[1].event != riots[0].event == riots[1].event
    evs = c.linker.state.events
    # nobody is central to both: the participant test alone would keep them apart
    assert thread_link(evs[final[0].event], evs[riots[0].event]).ok is False
    assert final[0].story == riots[0].story


def test_the_same_subject_a_week_later_without_shared_people_is_another_story():
    final, riots, _ = run("2031-06-07")
    assert final[0].story != riots[0].story


def test_same_moment_links_day_level_events_at_most_a_day_apart():
    def ev(eid: str, iso: str) -> Cluster:
        sp = parse_span(iso)
        return Cluster(eid, members=[0], people=Counter(), dates=[DateSpan(sp.lo, sp.hi, sp.granularity)])
    quake, tower, later, month = ev("E1", "2031-03-28"), ev("E2", "2031-03-29"), \
        ev("E3", "2031-03-31"), ev("E4", "2031-03")
    link = same_moment(tower, [later, quake])
    assert link.ok and link.moment and link.other == "E1" and link.days == 1
    assert link.reason() == "same moment: 1 day apart, close in subject"
    assert same_moment(later, [quake]).ok is False
    assert same_moment(month, [quake]).ok is False and same_moment(quake, [month]).ok is False
