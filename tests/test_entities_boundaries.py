"""Person-mention boundaries of issue 12 (session 11): a title's portfolio, a trailing verb, German
occupation titles and "X and <title> Y" — each on invented text of its kind."""
from __future__ import annotations

from newsweave.enrich.entities import MentionRecognizer, _portfolio_front
from newsweave.model import Article


def texts(text: str, lang: str) -> list[str]:
    return [m.text for m in MentionRecognizer().recognize(Article(id="x", text=text, lang=lang))]


def test_a_titles_portfolio_is_cut_off_the_front_of_the_name():
    assert "Ramiro Ocaña" in texts("El ministro de Turismo Ramiro Ocaña visitó el puerto.", "es")
    assert "Ettore Lunardi" in texts("Il ministro delle Finanze Ettore Lunardi ha parlato.", "it")
    found = texts("Le ministre des Transports Bastien Roulet a visité le port.", "fr")
    assert "Bastien Roulet" in found and not any("Transports Bastien" in t for t in found)


def test_a_given_name_after_of_without_a_title_is_kept():
    # no title before "de": "Rosa" may be a given name, not a portfolio
    text = "Ayer llegó la hija de Rosa Velasco Ibarra al puerto."
    assert _portfolio_front(text, text.index("Rosa"), text.index(" al"), "es") == 0
    text = "El ministro de Energía Rosa Velasco habló."  # a title: its portfolio is cut
    assert text[text.index("Energía"):][:_portfolio_front(text, text.index("Energía"),
                                                          text.index(" habló"), "es")] == "Energía "


def test_a_lower_case_verb_at_the_end_of_a_model_span_is_no_part_of_the_name():
    found = texts("La viceministra Olena Pávlenko agradeció a Chile el apoyo.", "es")
    assert "Olena Pávlenko" in found


def test_german_occupation_titles_are_cut_off_the_name():
    found = texts("Der Großmeister Taras Kulyk gewann. Danach sprach die Ingenieurin Mira Olsen.", "de")
    assert "Taras Kulyk" in found and "Mira Olsen" in found


def test_a_conjunction_before_a_title_starts_a_second_person():
    found = texts("Am Montag kamen Gouverneur Petro Lysenko und Hilfskoordinator Jonas Brandt an.", "de")
    assert "Petro Lysenko" in found and "Jonas Brandt" in found


def test_a_particle_name_at_the_end_stays_in_the_name():
    assert "Muammar al-Gaddafi" in texts("Die Akten von Muammar al-Gaddafi lagen dort.", "de")
