"""Chronologies inside articles ("9 March: ...", one line per key day): their entries are the
story's happenings whatever their distance from the article's date, and a day a chronology lists
is counted as such by the timeline ranking. Every text is invented for these tests."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from newsweave.compare.timeline import RANK_WEIGHTS, timeline_evidence
from newsweave.compare.timeline_rank import day_evidence, rank_score
from newsweave.enrich.timex import extract_timexes
from newsweave.model import Article, DateInfo, Timex

PUB = DateInfo("2019-03-10")

CHRONOLOGIES = {
    "es": ("Cronología de la huelga\n\n3 de marzo: Los estibadores paran el puerto.\n"
           "- 9 de marzo - La patronal rompe las negociaciones.\n"
           "14 de marzo: El Gobierno nombra un mediador.\n"
           "20 de marzo: Se firma un acuerdo de mínimos.\n"),
    "fr": ("Les dates clés\n3 mars : les dockers bloquent le port.\n9 mars — le patronat quitte la table.\n"
           "14 mars : le gouvernement nomme un médiateur.\n20 mars : un accord minimal est signé.\n"),
    "it": ("Le tappe\n3 marzo - I portuali bloccano il porto.\n9 marzo: gli armatori lasciano il tavolo.\n"
           "14 marzo: il governo nomina un mediatore.\n20 marzo: viene firmato un accordo.\n"),
    "en": ("Key dates\n- March 3: Dockers shut the port.\n- March 9: Employers walk out of the talks.\n"
           "- March 14: The government names a mediator.\n- March 20: A minimal deal is signed.\n"),
}


@pytest.mark.parametrize("lang", sorted(CHRONOLOGIES))
def test_entries_of_a_chronology_are_happenings_even_after_the_article_date(lang):
    got = {t.value: t for t in extract_timexes(CHRONOLOGIES[lang], lang, PUB)}
    days = ["2019-03-03", "2019-03-09", "2019-03-14", "2019-03-20"]
    assert all(got[d].attrs.get("entry") for d in days)
    # 14 and 20 March lie after the page's date (a page updated later): still happenings; and
    # none is the page's lead (a chronology lists the story, it reports no one day)
    assert [got[d].attrs["role"] for d in days] == ["reported"] * 4


def test_a_report_below_a_chronology_keeps_its_lead():
    text = CHRONOLOGIES["es"] + "\nEl mediador llegó ayer al puerto.\n"
    got = {t.value: t for t in extract_timexes(text, "es", PUB)}
    assert got["2019-03-09"].attrs["role"] == "main"  # "ayer", the day before the page's date
    assert got["2019-03-03"].attrs["role"] == "reported"


def test_two_dated_lines_make_no_chronology():
    text = "3 de marzo: Los estibadores paran el puerto.\n20 de marzo: Se firmará un acuerdo.\n"
    got = {t.value: t for t in extract_timexes(text, "es", PUB)}
    assert not any(t.attrs.get("entry") for t in got.values())
    assert got["2019-03-20"].attrs["role"] == "planned"  # after the article's date, as usual


def test_clock_times_of_a_live_report_open_no_entries():
    text = ("22h15 : le ministre arrive au port.\n21h40 : les dockers votent la grève.\n"
            "20h05 : la police se déploie.\n19h30 : la réunion commence.\n")
    assert not any(t.attrs.get("entry") for t in extract_timexes(text, "fr", PUB))


def test_a_day_listed_by_chronologies_counts_them_and_ranks_higher_when_weighted():
    pages = [Article(id=f"c{i}", text=CHRONOLOGIES[lang], date=PUB, lang=lang)
             for i, lang in enumerate(("es", "fr"))]
    report = Article(id="r", text="Los estibadores pararon el puerto el 3 de marzo de 2019.",
                     date=PUB, lang="es")
    for a in [*pages, report]:
        a.timexes = extract_timexes(a.text, a.lang, a.date)
    ev = timeline_evidence([*pages, report], granularities=("day",))
    day = ev["2019-03-03"][1]
    assert (day.tellings, day.chronicles) == (3, 2)  # the report states it but lists nothing
    assert ev["2019-03-20"][1].chronicles == 2
    w = dict(RANK_WEIGHTS, chronicle=1.0)
    assert rank_score(day, 1.0, w) > rank_score(dataclasses.replace(day, chronicles=0), 1.0, w)


def test_a_chronology_updated_after_its_date_lists_no_plans():
    page = Article(id="c", text=CHRONOLOGIES["fr"], date=PUB, lang="fr")
    page.timexes = extract_timexes(page.text, page.lang, page.date)
    listed = timeline_evidence([page], granularities=("day",))["2019-03-14"][1]
    assert (listed.tellings, listed.future) == (1, 0)  # dated 10 March, listing 14 March
    # a telling published before its day that is no entry still counts as told ahead
    note = Article(id="n", text="Un médiateur est nommé le 14 mars.", date=PUB, lang="fr")
    t = Timex(note.text.index("14 mars"), note.text.index("14 mars") + 7, "14 mars", "DATE",
              "2019-03-14", attrs={"role": "reported"})
    ms = [m for m in timeline_evidence([page], granularities=("day",))["2019-03-14"][0]]
    ev = day_evidence(ms + [(note, t, (0, len(note.text)))], dt.date(2019, 3, 14).toordinal(), 0, 0,
                      lambda d: dt.date.fromisoformat(d).toordinal())
    assert (ev.tellings, ev.future, ev.chronicles) == (2, 1, 1)
