"""Direction of relative dates from the sentence, the role of each dated mention, and what
timelines and publication-date inference make of roles. Invented text only."""
from __future__ import annotations

import pytest

from newsweave.compare.timeline import build_timeline, timeline_mentions
from newsweave.enrich.timex import HAPPENED, ROLES, extract_timexes, infer_publication_date
from newsweave.model import Article, DateInfo

THU = DateInfo("2025-06-05")  # a Thursday


class _Found(dict):
    """Timexes by surface; a key also finds the span that contains it ("lunes" in "el lunes")."""

    def __missing__(self, word: str):
        for k, v in self.items():
            if word in k:
                return v
        raise KeyError(word)


def tx(text: str, lang: str, anchor: DateInfo | None = THU) -> dict[str, tuple[str, str | None]]:
    return _Found({t.text: (t.value, t.attrs.get("role")) for t in extract_timexes(text, lang, anchor)})


@pytest.mark.parametrize("lang,past,future,word", [
    ("en", "The committee met on Monday.", "The committee will meet on Monday.", "Monday"),
    ("fr", "Le comité s'est réuni lundi.", "Le comité se réunira lundi.", "lundi"),
    ("de", "Der Ausschuss tagte am Montag.", "Der Ausschuss wird am Montag tagen.", "Montag"),
    ("es", "El comité se reunió el lunes.", "El comité se reunirá el lunes.", "lunes"),
    ("ru", "Комитет собрался в понедельник.", "Комитет соберётся в понедельник и будет работать.", "понедельник"),
    ("uk", "Комітет зібрався в понеділок.", "Комітет буде працювати в понеділок.", "понеділок"),
])
def test_weekday_direction_follows_the_tense(lang, past, future, word):
    assert tx(past, lang)[word] == ("2025-06-02", "main")
    value, role = tx(future, lang)[word]
    assert (value, role) == ("2025-06-09", "planned")


def test_past_tense_weekday_is_the_previous_one_and_less_sure_without_a_cue():
    got = {t.text: t for t in extract_timexes("Talks collapsed on Friday in Geneva.", "en", THU)}
    assert got["Friday"].value == "2025-05-30" and got["Friday"].confidence >= 0.85
    bare = {t.text: t for t in extract_timexes("Friday: the quiet end of talks", "en", THU)}
    assert bare["Friday"].value == "2025-05-30" and bare["Friday"].confidence < 0.85


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Le pont a été fermé le 14 avril. Le lendemain, les bus ont été déviés.", "Le lendemain"),
    ("uk", "Міст закрили 14 квітня. Наступного дня автобуси пустили в обхід.", "Наступного дня"),
    ("ru", "Мост закрыли 14 апреля. На следующий день автобусы пустили в объезд.", "На следующий день"),
    ("en", "The bridge was closed on April 14. The following day, buses were diverted.", "The following day"),
])
def test_next_day_counts_from_the_narrative_date(lang, text, word):
    value, role = tx(text, lang)[word]
    assert value == "2025-04-15" and role in HAPPENED


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Fares have doubled since 2020, riders said on Tuesday.", "2020"),
    ("fr", "C'est la première grève depuis 2011, a dit le syndicat mardi.", "2011"),
    ("de", "Die Preise steigen seit 2020, sagte der Verband am Dienstag.", "2020"),
    ("es", "Es la primera huelga desde 2011, dijo el sindicato el martes.", "2011"),
    ("ru", "Цены растут с 2020 года, заявили в союзе во вторник.", "2020 года"),
    ("uk", "Ціни зростають з 2020 року, заявили у спілці у вівторок.", "2020 року"),
])
def test_since_is_background(lang, text, word):
    got = tx(text, lang)
    assert got[word][1] == "background"
    assert [r for _, r in got.values() if r in HAPPENED]  # the Tuesday still happened


@pytest.mark.parametrize("lang,text,word", [
    ("en", "The vote is scheduled for June 19.", "June 19"),
    ("fr", "Le vote est prévu le 19 juin.", "19 juin"),
    ("de", "Die Abstimmung ist für den 19. Juni geplant.", "19. Juni"),
    ("es", "La votación está prevista para el 19 de junio.", "19 de junio"),
    ("ru", "Голосование назначено на 19 июня.", "19 июня"),
    ("uk", "Голосування призначено на 19 червня.", "19 червня"),
])
def test_planned_dates(lang, text, word):
    assert tx(text, lang)[word] == ("2025-06-19", "planned")


def test_possessive_year_is_background_and_old_dates_are_history():
    got = tx("Last year's drought hit the valley. The dam was built in 1962. Rain fell on Monday.", "en")
    assert got["Last year"][1] == "background" and got["1962"][1] == "background"
    assert got["Monday"] == ("2025-06-02", "main")


def test_main_is_the_lead_and_other_happenings_are_reported():
    got = tx("Rebels took the town on Monday. Earlier, on May 28, they had cut the road. "
             "Officials confirmed the Monday capture.", "en")
    assert got["Monday"] == ("2025-06-02", "main") and got["May 28"][1] == "reported"


def test_header_date_is_publication():
    got = tx("12 March 2025\nThe ferry sank on Monday.", "en", DateInfo("2025-03-12"))
    assert got["12 March 2025"][1] == "publication"
    assert all(t.attrs.get("role") in ROLES for t in extract_timexes("On May 2 it rained.", "en", THU))


def test_publication_date_is_never_later_than_the_latest_happening():
    text = ("The museum reopened on 3 February 2026 after repairs, its director said.\n"
            "A new wing will open in 2031 and a second one is planned for 2040.")
    d = infer_publication_date(text, "en")
    assert d is not None and d.value <= "2026-02-03" and not d.value.startswith(("2031", "2040"))


def test_timelines_leave_out_background_and_planned():
    a = Article(id="a1", text="Police cleared the square on Tuesday. Protests had gone on since 2023. "
                "A march is planned for June 20.", date=THU, lang="en")
    a.timexes = extract_timexes(a.text, a.lang, a.date)
    assert [d for _, d in timeline_mentions(a)] == ["2025-06-03"]
    pts = build_timeline([a], kinds=("happened",))
    assert [p.date for p in pts] == ["2025-06-03"]


@pytest.mark.parametrize("lang,past,future", [
    ("en", "The plant closed in June.", "The plant will close in June."),
    ("fr", "L'usine a fermé en juin.", "L'usine fermera en juin."),
    ("de", "Das Werk schloss im Juni.", "Das Werk wird im Juni schließen."),
    ("es", "La planta cerró en junio.", "La planta cerrará en junio."),
    ("ru", "Завод закрылся в июне.", "Завод будет закрыт в июне."),
])
def test_month_without_year_follows_the_tense(lang, past, future):
    sept = DateInfo("2025-09-10")
    assert [(t.value, t.attrs["role"]) for t in extract_timexes(past, lang, sept)] == [("2025-06", "main")]
    assert [(t.value, t.attrs["role"]) for t in extract_timexes(future, lang, sept)] == [("2026-06", "planned")]


@pytest.mark.parametrize("lang,text,named,happened", [
    ("en", "Members of the 12 March movement marched in Dorvel on Tuesday.", "12 March", "Tuesday"),
    ("fr", "Les jeunes du mouvement du 12 mars ont défilé mardi à Dorvel.", "12 mars", "mardi"),
    ("es", "El cortejo recorrió la avenida 12 de Marzo el martes.", "12 de Marzo", "martes"),
    ("it", "I militanti della brigata 12 marzo hanno sfilato martedì.", "12 marzo", "martedì"),
    ("de", "Anhänger der Bewegung vom 12. März zogen am Dienstag durch Dorvel.", "12. März", "Dienstag"),
    ("ru", "Участники движения 12 марта прошли по Дорвелю во вторник.", "12 марта", "вторник"),
    ("pl", "Manifestanci zebrali się na placu 12 Marca we wtorek.", "12 Marca", "wtorek"),
])
def test_a_yearless_day_inside_a_name_is_no_happening(lang, text, named, happened):
    found = tx(text, lang)
    assert found[named][1] == "background"
    assert found[happened] == ("2025-06-03", "main")  # the article's own happening leads


@pytest.mark.parametrize("lang,text,word", [
    ("es", "Los vecinos volvieron a la plaza ayer.", "ayer"),
    ("en", "The rally in the square on 12 March ended peacefully.", "12 March"),
    ("fr", "Le rassemblement sur la place le 12 mars s'est terminé dans le calme.", "12 mars"),
])
def test_a_day_beside_a_place_word_or_with_its_year_is_read_as_usual(lang, text, word):
    assert tx(text, lang)[word][1] in HAPPENED
