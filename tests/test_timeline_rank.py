"""Ranking evidence of timeline dates: tellings, retrospective and recalled mentions (invented data)."""
from __future__ import annotations

import dataclasses
import datetime as dt

from newsweave.compare.timeline import RANK_WEIGHTS, build_timeline, date_score, timeline_evidence
from newsweave.compare.timeline_rank import (burst_counts, coverage_counts, day_evidence, rank_score, sentence_key,
                                             tellings)
from newsweave.model import Article, DateInfo, Timex


def art(id_: str, date: str, text: str, lang: str = "en", source: str | None = None) -> Article:
    return Article(id=id_, text=text, date=DateInfo(date), lang=lang, source=source or f"outlet-{id_}")


def mention(a: Article, phrase: str, value: str, role: str = "main", sentence: str | None = None):
    """A hand-made dated mention of ``phrase`` in ``a``, within ``sentence`` (default: the text)."""
    lo = a.text.index(sentence) if sentence else 0
    hi = lo + len(sentence) if sentence else len(a.text)
    s = a.text.index(phrase, lo)
    return (a, Timex(s, s + len(phrase), phrase, "DATE", value, attrs={"role": role}), (lo, hi))


def _ord(d: str) -> int:
    return dt.date.fromisoformat(d).toordinal()


def test_sentence_key_ignores_case_punctuation_and_spacing():
    assert sentence_key("Most read:  the bridge  closed on 3 May!") == sentence_key("most read the bridge closed on 3 may")
    assert sentence_key("The bridge closed on 3 May.") != sentence_key("The bridge reopened on 3 May.")


def test_articles_repeating_one_sentence_are_one_telling_even_by_a_chain():
    side = "Most read: the council voted on 3 May."
    own = "The mayor left on 3 May."
    a = art("a", "2023-05-04", side)
    b = art("b", "2023-05-09", f"{side} Other news. {own}")
    c = art("c", "2023-05-12", own)
    d = art("d", "2023-05-05", "Rain fell across the valley on 3 May.")
    ms = [mention(a, "3 May", "2023-05-03"), mention(b, "3 May", "2023-05-03", sentence=side),
          mention(b, "3 May", "2023-05-03", sentence=own), mention(c, "3 May", "2023-05-03"),
          mention(d, "3 May", "2023-05-03")]
    groups = tellings(ms)
    # a and b share the sidebar, b and c the same sentence: one telling; d is its own
    assert sorted(sorted({m[0].id for m in g}) for g in groups) == [["a", "b", "c"], ["d"]]
    assert len(tellings([m for m in ms if m[0].id in ("a", "c", "d")])) == 3


def test_day_evidence_counts_tellings_leads_and_retro():
    day = _ord("2023-05-03")
    same = "Most read: the council voted on 3 May."
    arts = [art("p1", "2023-05-03", same), art("p2", "2023-05-20", same),  # one telling, first on the day
            art("p3", "2023-05-04", "The council voted on 3 May, a reporter said."),
            art("p4", "2023-05-10", "A week after the vote of 3 May, the council met again.", lang="fr")]
    ms = [mention(arts[0], "3 May", "2023-05-03"), mention(arts[1], "3 May", "2023-05-03"),
          mention(arts[2], "3 May", "2023-05-03", role="reported"),
          mention(arts[3], "3 May", "2023-05-03", role="reported")]
    ev = day_evidence(ms, day, 6, recalled=2, ordinal=_ord)
    assert ev.tellings == 3 and ev.leads == 1
    assert ev.retro == 1  # only the telling first published a week later; the repeat is not one
    assert ev.future == 0 and ev.languages == 2 and ev.sources == 3
    assert ev.burst == 6 and ev.recalled == 2


def test_burst_counts_articles_of_the_next_days_that_lead_with_the_day_or_with_none():
    day = _ord("2023-05-03")
    leads = [(day, "2023-05-03"), (day, None), (day + 1, "2023-05-03"), (day + 1, "2023-04-20"),
             (day + 2, None), (day + 3, "2023-05-03"), (day - 1, None)]
    burst = burst_counts(leads)
    assert burst(day, "2023-05-03") == 4  # not the article leading with April, nor the 4th day
    assert burst(day, "2023-04-20") == 3  # the one leading with it and the two undated ones
    assert burst(day + 1, "2023-05-04") == 1


def test_score_grows_with_each_kind_of_evidence_and_drops_outside_the_coverage():
    day = _ord("2023-05-03")
    a = art("x", "2023-05-03", "The council voted on 3 May.")
    ms = [mention(a, "3 May", "2023-05-03")]
    base = day_evidence(ms, day, 0, recalled=0, ordinal=_ord)
    more = [day_evidence(ms, day, 5, recalled=0, ordinal=_ord),
            day_evidence(ms, day, 0, recalled=3, ordinal=_ord)]
    for ev in more:
        assert rank_score(ev, 1.0, RANK_WEIGHTS) > rank_score(base, 1.0, RANK_WEIGHTS)
    assert date_score("2023-05-03", base, False) < date_score("2023-05-03", base, True)


def test_a_sidebar_repeated_on_every_page_does_not_outrank_independent_reports():
    side = "Most read today: the stadium roof fell on 2 March 2022."
    pages = [art(f"s{i}", f"2022-03-{10 + i:02d}", f"The weather stays mild this week.\n{side}",
                 source="one site") for i in range(5)]
    reports = [art("r1", "2022-03-06", "The river flooded the old town on 5 March 2022."),
               art("r2", "2022-03-06", "Water covered the old town after the river flooded on 5 March 2022."),
               art("r3", "2022-03-07", "On 5 March 2022 the river flooded the old town, officials said.")]
    pts = build_timeline(pages + reports, max_points=1, kinds=("happened",), granularities=("day",))
    assert [p.date for p in pts] == ["2022-03-05"]
    ev = timeline_evidence(pages + reports, granularities=("day",))
    assert ev["2022-03-02"][1].tellings == 1 and ev["2022-03-05"][1].tellings == 3


def test_the_burst_of_a_busy_day_counts_only_the_articles_leading_with_it():
    quiet = [art("q1", "2021-09-02", "The ferry sank on 1 September 2021 off the cape."),
             art("q2", "2021-09-02", "Divers searched the wreck after the ferry sank on 1 September 2021.")]
    # many articles published on 5 September lead with another happening; one names 5 September
    busy = [art(f"b{i}", "2021-09-05", f"The ferry that sank on 1 September 2021 had {i} lifeboats. "
                "Tourists crowded the beaches on 5 September 2021.") for i in range(6)]
    other = [art("o1", "2021-09-06", "Tourists crowded the beaches on 5 September 2021, the town hall said."),
             art("o2", "2021-09-06", "On 5 September 2021 the beaches were full, officials said.")]
    ev = timeline_evidence(quiet + busy + other, granularities=("day",))
    assert ev["2021-09-05"][1].burst == 2  # the six articles lead with the sinking
    assert ev["2021-09-01"][1].burst == 2


def test_a_day_recalled_years_later_outranks_an_equal_day_nobody_recalls():
    base = [art("a1", "2020-04-11", "The strike began on 10 April 2020 at the port."),
            art("a2", "2020-04-11", "The dockers walked out on 10 April 2020."),
            art("b1", "2020-04-13", "The minister resigned on 12 April 2020."),
            art("b2", "2020-04-13", "On 12 April 2020 the minister stepped down.")]
    later = [art("l1", "2023-06-01", "The cabinet has been unstable since the resignation of 12 April 2020."),
             art("l2", "2023-07-01", "Memories of 12 April 2020 are still alive in the ministry.")]
    ev = timeline_evidence(base + later, granularities=("day",))
    assert ev["2020-04-12"][1].recalled == 2 and ev["2020-04-10"][1].recalled == 0
    # recalled sentences are not happenings: both days keep the same tellings
    assert ev["2020-04-12"][1].tellings == ev["2020-04-10"][1].tellings == 2
    pts = build_timeline(base + later, max_points=1, kinds=("happened",), granularities=("day",))
    assert [p.date for p in pts] == ["2020-04-12"]  # without the recall, the earlier day wins a tie


def test_coverage_counts_every_article_of_the_day_and_the_next_two_whatever_it_leads_with():
    day = _ord("2024-02-10")
    coverage = coverage_counts([day, day, day + 1, day + 2, day + 3, day - 1])
    assert coverage(day) == 4  # not the article of the day before, nor of the fourth day
    assert coverage(day + 3) == 1 and coverage(day - 5) == 0


def test_a_day_reported_as_it_happened_gets_its_coverage_even_when_reports_lead_with_an_earlier_day():
    # day-by-day reports of a siege: each leads with the day the siege began, then tells the
    # day's fighting; the burst of the fighting day stays empty, its coverage does not
    reports = [art(f"r{i}", "2024-03-05", "The siege began on 1 March 2024. "
                   f"On 5 March 2024 the rebels took the port, witness {i} said.") for i in range(4)]
    copy = art("c", "2024-03-05", reports[0].text)
    copy.duplicate_of = "r0"
    ev = timeline_evidence(reports + [copy], granularities=("day",))
    day = ev["2024-03-05"][1]
    assert day.burst == 0 and day.coverage == 4  # the copy is not counted
    assert ev["2024-03-01"][1].coverage == 0  # nothing was published on 1-3 March
    w = dict(RANK_WEIGHTS, coverage=1.0)
    assert rank_score(day, 1.0, w) > rank_score(dataclasses.replace(day, coverage=0), 1.0, w)
