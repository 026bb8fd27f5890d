"""Recurring lines across batches: a site's sidebar line seen on its pages of earlier batches is
chrome on a later page of that site, even alone in its batch (invented pages of an invented site)."""
from __future__ import annotations

import json

from newsweave.clean import ArticleCleaner
from newsweave.clean.history import COUNTED_UPTO, STORE_RECUR, line_fingerprint
from newsweave.ingest import read_bytes
from newsweave.model import Article
from newsweave.pipeline import Pipeline, PipelineConfig
from newsweave.store import SQLiteRepository

SITE = "quaysidepost.example"
# the site's sidebar line: a headline of another page, between the paragraphs (no shape catches it)
SIDEBAR = "Storm warning issued for the northern coast this weekend"
OTHER_SIDEBAR = "Ferry timetable changes for the winter season."

STORIES = [
    ("Fishing cooperative buys two new trawlers",
     "The fishing cooperative of the old harbour signed on Tuesday for two new trawlers, its first "
     "purchase in a decade. The boats will be built at the yard across the bay and delivered next "
     "spring, the cooperative's chair told members at a crowded meeting.",
     "Members approved the loan by a large majority. The older boats will be sold to a cooperative "
     "further south, which has asked for them since the summer."),
    ("Library reopens after a year of repairs",
     "The town library reopened its doors on Saturday after a year of repairs to its roof and "
     "reading rooms. Several hundred visitors queued in the morning to see the restored hall and "
     "the new children's wing on the ground floor.",
     "The works cost less than planned, the librarian said. Opening hours will be longer on "
     "weekdays from next month, with a late evening on Thursdays."),
    ("Bakers protest against the price of flour",
     "Bakers from the whole district closed their shops for an hour on Monday to protest against "
     "the rising price of flour. They gathered in front of the prefecture with banners and loaves "
     "to hand out to passers-by.",
     "The prefect received a delegation in the afternoon. A second meeting with the millers is "
     "planned for the end of the month."),
]


def page(headline: str, p1: str, p2: str, sidebar: tuple[str, ...] = (SIDEBAR, OTHER_SIDEBAR)) -> str:
    return "\n".join([headline, p1, *sidebar, p2])


def records(pages: list[str], start: int) -> bytes:
    return "\n".join(json.dumps({"id": f"qp{start + i}", "text": t, "source": SITE})
                     for i, t in enumerate(pages)).encode()


def ingest(repo: SQLiteRepository, pages: list[str], start: int) -> list[Article]:
    arts = read_bytes(records(pages, start), "batch.jsonl", lambda o, r: None)
    result = Pipeline(repo, PipelineConfig(stages=("clean",))).run(arts)
    return result.articles


def is_marked(a: Article, needle: str) -> bool:
    i = a.text.index(needle)
    return any(s <= i and i + len(needle) <= e for s, e in a.boilerplate)


# a page whose only lines above the lede are the sidebar line and its own headline: the sidebar
# line reads better as a headline of that body (it shares more of its words), so on its own it is
# taken for the title
STORM_PAGE = "\n".join([
    SIDEBAR,
    "Sea wall gives way on the coast road",
    "Forecasters issued a storm warning on Friday for the northern coast, where the coast road was "
    "closed after waves damaged the sea wall this weekend. Repairs will start once the wind drops, "
    "the council said in a statement.",
    "Residents were asked to move their cars away from the seafront. Schools on the northern coast "
    "will stay open.",
])


def test_alone_in_a_fresh_store_the_sidebar_line_is_taken_for_the_title(tmp_path):
    """The control: without earlier batches nothing marks the line (this is what the store fixes)."""
    repo = SQLiteRepository(tmp_path / "fresh.db")
    (a,) = ingest(repo, [STORM_PAGE], 0)
    assert a.title == SIDEBAR


def test_sidebar_line_of_earlier_batches_is_stripped_and_never_the_title(tmp_path):
    repo = SQLiteRepository(tmp_path / "site.db")
    first = ingest(repo, [page(*s) for s in STORIES], 0)
    assert all(is_marked(a, SIDEBAR) for a in first)  # in-batch rule: shared by the batch's pages
    assert repo.line_counts(SITE, [line_fingerprint(SIDEBAR)]) == {line_fingerprint(SIDEBAR): 3}
    (later,) = ingest(repo, [STORM_PAGE], 10)
    assert is_marked(later, SIDEBAR)
    assert later.title == "Sea wall gives way on the coast road"
    # a line the earlier pages did not share stays content
    assert not is_marked(later, "Residents were asked to move their cars away from the seafront.")


def test_a_line_seen_on_too_few_earlier_pages_is_not_chrome(tmp_path):
    repo = SQLiteRepository(tmp_path / "few.db")
    ingest(repo, [page(*STORIES[0])][:STORE_RECUR - 1], 0)
    (later,) = ingest(repo, [STORM_PAGE], 10)
    assert not is_marked(later, SIDEBAR) and later.title == SIDEBAR
    assert STORE_RECUR >= 2  # one earlier page sharing a line is a coincidence, not a site's chrome


def test_another_site_does_not_inherit_the_counts(tmp_path):
    repo = SQLiteRepository(tmp_path / "two.db")
    ingest(repo, [page(*s) for s in STORIES], 0)
    (a,) = read_bytes(json.dumps({"id": "o1", "text": STORM_PAGE, "source": "harbourlight.example"}).encode(),
                      "o.jsonl", lambda o, r: None)
    Pipeline(repo, PipelineConfig(stages=("clean",))).run([a])
    assert not is_marked(a, SIDEBAR)


def test_recleaning_stored_articles_counts_them_once(tmp_path):
    repo = SQLiteRepository(tmp_path / "again.db")
    arts = ingest(repo, [page(*s) for s in STORIES], 0)
    upto = repo.get_state(COUNTED_UPTO)
    assert upto == max(a.db_id for a in arts)
    ArticleCleaner(repo).clean(arts)  # the same stored rows cleaned again
    assert repo.line_counts(SITE, [line_fingerprint(SIDEBAR)])[line_fingerprint(SIDEBAR)] == 3


def test_republished_page_keeps_its_body(tmp_path):
    """A later copy of an earlier page (most of its lines seen before) is not made chrome wholesale."""
    repo = SQLiteRepository(tmp_path / "repub.db")
    pages = [page(*s) for s in STORIES]
    ingest(repo, pages + [pages[0] + "\nUpdated with the cooperative's figures."], 0)
    ingest(repo, [page(*STORIES[1])], 10)
    ingest(repo, [page(*STORIES[1]) + "\nCorrection: the hall opened at nine."], 20)
    stored = [a for a in repo.iter_articles() if a.id == "qp20"][0]
    assert not is_marked(stored, STORIES[1][1][:60])
