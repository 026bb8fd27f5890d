"""Epidemic disease names as event mentions, one entity per disease across languages and
scripts (issue 12, session 11); invented sentences."""
from __future__ import annotations

from newsweave.enrich.entities import MentionRecognizer
from newsweave.enrich.ner_diseases import disease_of
from newsweave.link.entities import EntityResolver
from newsweave.model import Article


def found(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    arts = Article(id="x", text=text, lang=lang)
    return [(m.text, m.type, m.attrs.get("disease"))
            for m in MentionRecognizer().recognize(arts)]


def test_lower_case_inflected_disease_names_are_event_mentions():
    pl = found("W Lublinie przybywa zakażeń koronawirusem, a grypy jest mniej niż rok temu.", "pl")
    assert ("koronawirusem", "EVT", "covid") in pl
    assert not any(t == "grypy" for t, _, _ in pl)  # a seasonal illness is no named outbreak
    ru = found("Вспышка коронавируса в Самаре затихла.", "ru")
    assert ("коронавируса", "EVT", "covid") in ru


def test_a_model_name_for_the_disease_is_retyped_and_the_variant_number_stays_in_it():
    sl = found("Zaradi covida-19 so v Kranju zaprli šole.", "sl")
    assert ("covida-19", "EVT", "covid") in sl


def test_a_stem_of_one_language_is_no_disease_in_another_and_a_vaccine_is_none():
    assert disease_of("ковид", "ru") == "covid" and disease_of("ковид", "pl") is None
    assert disease_of("КОВИД-Вак", "ru") is None  # a vaccine named after the disease
    assert not any(t == "EVT" for _, t, _ in found("Les mers étaient calmes ce matin.", "fr"))


def test_one_disease_is_one_entity_across_words_and_scripts():
    rec = MentionRecognizer()
    arts = [Article(id="1", text="Число случаев коронавируса выросло.", lang="ru"),
            Article(id="2", text="Liczba przypadków COVID-19 wzrosła.", lang="pl"),
            Article(id="3", text="Kvůli koronaviru zavřeli školy.", lang="cs")]
    for a in arts:
        a.entities = rec.recognize(a)
    EntityResolver().resolve(arts)
    ids = {m.entity for a in arts for m in a.entities if m.type == "EVT"}
    assert len(ids) == 1
