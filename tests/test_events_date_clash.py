"""Dates that argue against one happening whatever their distance: an article cannot report a
happening dated after it was published, an undated article's "on Wednesday" is not a Friday
happening, and a lead that names only a background year does not set a dated article against
the others (invented envoys, towns and dates; the HashingEmbedder stands in for the model)."""
from __future__ import annotations

import datetime as dt

from newsweave.enrich.embed import HashingEmbedder
from newsweave.enrich.timex import extract_timexes
from newsweave.link.event_batch import pairwise_scores
from newsweave.link.event_dates import (ARTICLE_DATE, DateSpan, happening_weekdays, parse_span,
                                        reported_after, weekday_clash)
from newsweave.link.event_scoring import Profile, score
from newsweave.link.events import EventClusterer
from newsweave.model import Article, DateInfo, Timex


def day(iso: str, source: str) -> DateSpan:
    sp = parse_span(iso)
    return DateSpan(sp.lo, sp.hi, sp.granularity, source)


def art(aid: str, title: str, body: str, date: str | None = None, lang: str = "en") -> Article:
    a = Article(id=aid, title=title, text=f"{title}\n{body}", lang=lang,
                date=DateInfo(date, source="text") if date else None)
    a.timexes = extract_timexes(a.text, lang, a.date)
    return a


# ----------------------------------------------------------------------------- the rules
def test_a_happening_dated_after_an_articles_publication_is_not_what_it_reports():
    may = day("2031-05", ARTICLE_DATE)            # a report dated only "May 2031"
    talks_june = day("2031-06-02", "lead timex 'Monday, 2 June'")
    talks_may = day("2031-05-16", "lead timex 'Friday'")
    assert reported_after(may, talks_june) and reported_after(talks_june, may)
    assert not reported_after(may, talks_may)
    # a day of slack (a dateline written the evening before), and only an article's own date
    # bounds what it reports: two lead days, or two publication dates, say nothing of the kind
    assert not reported_after(day("2031-06-01", ARTICLE_DATE), talks_june)
    assert reported_after(day("2031-05-31", ARTICLE_DATE), talks_june)
    assert not reported_after(talks_may, talks_june)
    assert not reported_after(may, day("2031-06-03", ARTICLE_DATE))


def test_weekdays_an_undated_article_names_against_the_others_day():
    wednesday = frozenset({2})
    friday_lead = day("2031-04-25", "lead timex 'Friday'")        # a Friday
    wednesday_lead = day("2031-08-06", "lead timex 'Wednesday'")  # a Wednesday
    assert weekday_clash(wednesday, None, frozenset(), friday_lead, 3)
    assert weekday_clash(frozenset(), friday_lead, wednesday, None, 3)  # either way round
    assert not weekday_clash(wednesday, None, frozenset(), wednesday_lead, 3)
    # a publication date trails its happening by up to the grace days: a Saturday report may
    # tell of Wednesday's visit, a Monday one may not
    assert not weekday_clash(wednesday, None, frozenset(), day("2031-04-26", ARTICLE_DATE), 3)
    assert weekday_clash(wednesday, None, frozenset(), day("2031-04-28", ARTICLE_DATE), 3)
    # weekdays count only for an article without a day of its own; none named, no clash
    assert not weekday_clash(wednesday, wednesday_lead, frozenset(), friday_lead, 3)
    assert not weekday_clash(frozenset(), None, frozenset(), friday_lead, 3)
    assert dt.date(2031, 4, 25).weekday() == 4 and dt.date(2031, 8, 6).weekday() == 2


def test_the_day_after_a_lead_day_is_no_clash_two_days_after_is():
    # a happening runs on past midnight (the arrest the morning after the shooting) and a lead
    # may date the dateline: the day before and the day after the lead day are that happening's
    friday_lead = day("2031-04-25", "lead timex 'Friday'")
    for weekday in (3, 4, 5):  # Thursday, Friday, Saturday
        assert not weekday_clash(frozenset({weekday}), None, frozenset(), friday_lead, 3)
    for weekday in (0, 1, 2, 6):
        assert weekday_clash(frozenset({weekday}), None, frozenset(), friday_lead, 3)
    # an article's own date only trails its happening: the day after it is still a clash
    assert weekday_clash(frozenset({5}), None, frozenset(), day("2031-04-25", ARTICLE_DATE), 3)


def test_only_weekdays_of_happenings_count_not_the_day_someone_spoke():
    # "the fire on Friday", "police said on Monday": the Monday is no day of the fire
    said = Article(id="r2", text="x", timexes=[
        Timex(start=0, end=6, text="Monday", type="DATE", value="XXXX-XX-XX",
              attrs={"weekday": 0, "role": "reported"}),
        Timex(start=7, end=13, text="Friday", type="DATE", value="XXXX-XX-XX",
              attrs={"weekday": 4, "role": "main"})])
    assert happening_weekdays(said) == frozenset({4})


# ----------------------------------------------------------------------------- end to end
# Two visits of one envoy to one capital, months apart: same people, same words; the dated
# reports say "on Friday" (April) and "on Wednesday" (August).
APRIL = [
    ("a1", "Envoy Corvin Hale meets president Ostrava Lind in Castral",
     "Envoy Corvin Hale met president Ostrava Lind in Castral on Friday for three hours of talks on "
     "the Narrow Sea ceasefire; an aide called the meeting useful and constructive.", "2031-04-26"),
    ("a2", "Hale and Lind talk ceasefire in Castral",
     "President Ostrava Lind received envoy Corvin Hale in Castral on Friday; the Narrow Sea "
     "ceasefire was discussed for three hours, an aide of Lind said.", "2031-04-26"),
]
AUGUST = [
    ("b1", "Corvin Hale back in Castral for talks with Ostrava Lind",
     "Envoy Corvin Hale met president Ostrava Lind in Castral on Wednesday for three hours; the "
     "Narrow Sea ceasefire was again on the table, an aide said.", "2031-08-07"),
    ("b2", "Lind receives Hale again in Castral",
     "President Ostrava Lind and envoy Corvin Hale spent three hours together in Castral on "
     "Wednesday discussing the Narrow Sea ceasefire, an aide of Lind said.", "2031-08-07"),
]
UNDATED_WEDNESDAY = ("u1", "Hale and Lind meet in Castral",
                     "Envoy Corvin Hale and president Ostrava Lind met in Castral on Wednesday for "
                     "three hours about the Narrow Sea ceasefire, an aide said.")


def _cluster(arts):
    c = EventClusterer(None, embedder=HashingEmbedder(None))
    c.assign(arts)
    return c


def test_an_undated_report_naming_a_weekday_joins_the_visit_of_that_weekday():
    arts = [art(*x) for x in APRIL + AUGUST] + [art(*UNDATED_WEDNESDAY)]
    _cluster(arts)
    ev = {a.id: a.event for a in arts}
    assert ev["a1"] == ev["a2"] != ev["b1"] == ev["b2"]
    assert ev["u1"] == ev["b1"]


def test_a_month_dated_report_does_not_join_talks_held_after_that_month():
    may = art("m1", "Castral talks end with a prisoner swap",
              "Envoy Corvin Hale and president Ostrava Lind agreed in Castral on a swap of 1,000 "
              "prisoners after less than two hours of talks on the Narrow Sea ceasefire.", "2031-05")
    june = [art(f"j{i}", "Castral talks end with a prisoner swap",
                "Envoy Corvin Hale and president Ostrava Lind agreed in Castral on Monday on a swap "
                "of 1,000 prisoners after less than two hours of talks on the Narrow Sea ceasefire.",
                "2031-06-03") for i in (1, 2)]
    c = _cluster([may] + june)
    fm, fj = (next(f for f in c.linker.state.feats.values() if f.ext_id == x) for x in ("m1", "j1"))
    s, parts = score(Profile.of(fm), Profile.of(fj), c.cfg)
    assert parts["date_clash"] == c.cfg.reported_after_penalty
    assert may.event != june[0].event == june[1].event
    # the batch scores say the same as the pair scores
    feats = list(c.linker.state.feats.values())
    S = pairwise_scores(feats, c.cfg)
    i, j = feats.index(fm), feats.index(fj)
    assert abs(S[i, j] - s) < 1e-6


def test_the_year_a_report_is_dated_in_keeps_a_background_year_from_conflicting():
    """A lead naming only a background year ("since 2028") is not set against another lead's year
    when that year is the one the article is dated in; the date's year alone is no agreement
    (every article of a year has it)."""
    from newsweave.link.event_scoring import Profile, year_relation
    dated = art("d1", "Talks resume in Castral", "The first direct talks since 2028 opened in "
                "Castral on Friday.", "2031-05-17")
    undated = art("d2", "Talks resume in Castral", "The first direct talks since 2028 opened in "
                  "Castral on Friday.")
    c = _cluster([dated, undated])
    feats = {f.ext_id: f for f in c.linker.state.feats.values()}
    assert {k: f.years for k, f in feats.items()} == {"d1": frozenset({"2028"}), "d2": frozenset({"2028"})}
    assert feats["d1"].dated_years == frozenset({"2031"}) and feats["d2"].dated_years == frozenset()
    v = feats["d1"].vec

    def prof(years, dated_years):
        return Profile(v, {}, {}, 1.0, None, {}, 1.0, frozenset(years), None, frozenset(), frozenset(dated_years))
    assert year_relation(prof({"2028"}, {"2031"}), prof({"2031"}, {"2031"})) == (False, False)
    assert year_relation(prof({"2028"}, {"2031"}), prof({"2029"}, {"2029"})) == (False, True)
    assert year_relation(prof({"2031"}, set()), prof({"2031"}, set())) == (True, False)
    assert year_relation(prof(set(), {"2031"}), prof(set(), {"2031"})) == (False, False)

def test_a_month_only_date_against_days_in_and_around_that_month():
    """A report dated only "May" may tell of any day of May; a day just past the month's end is
    within the grace days (a report filed on the 31st of talks that ended overnight), one far into
    the next month costs more the further it lies, and only beyond the hard gap is forbidden."""
    from newsweave.link.event_config import EventConfig
    from newsweave.link.event_scoring import time_penalty
    cfg = EventConfig()
    may = day("2031-05", ARTICLE_DATE)
    pen = {d: time_penalty(may, day(d, "lead timex"), cfg) for d in
           ("2031-05-02", "2031-05-30", "2031-06-02", "2031-06-12", "2031-06-25", "2031-07-20")}
    assert pen["2031-05-02"][0] == pen["2031-05-30"][0] == pen["2031-06-02"][0] == 0.0
    assert 0 < pen["2031-06-12"][0] < pen["2031-06-25"][0] <= 0.3
    assert not any(p[2] for d, p in pen.items() if d < "2031-07")
    assert pen["2031-07-20"][2]  # 50 days past May: never one happening
