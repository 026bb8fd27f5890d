"""French reporting clauses after a quote use many verbs besides "a déclaré", and a speaker's noun
phrase runs through "de la" / "de l'" to its noun (invented sentences)."""
from __future__ import annotations

import pytest

from newsweave.enrich.quotes import extract_quotes
from newsweave.model import Article


def speaker(text: str) -> str | None:
    quotes, _ = extract_quotes(Article(id="a", lang="fr", text=text, title="t"))
    assert len(quotes) == 1
    return quotes[0].speaker


@pytest.mark.parametrize("text, who", [
    ("« Le pont doit rouvrir avant l'été », a renchéri une association de riverains citée par l'agence.",
     "association de riverains"),
    ("« Nous ne céderons pas », a poursuivi la maire de Vireuil devant la presse.", "maire de Vireuil"),
    ("« Personne ne nous a prévenus », a ironisé un commerçant du quartier.", "commerçant du quartier"),
    ("« Le chantier a pris du retard », a confié un ingénieur de la ville.", "ingénieur de la ville"),
    ("« Il faudra du temps », a nuancé une porte-parole de la préfecture.", "porte-parole de la préfecture"),
    ("« Tout est prêt », a lâché l'entraîneur de l'équipe locale.", "entraîneur de l'équipe locale"),
])
def test_the_speaker_of_a_reporting_clause_after_a_quote(text: str, who: str) -> None:
    assert speaker(text) == who


def test_a_phrase_never_ends_on_a_dangling_preposition() -> None:
    got = speaker("« Les digues ont tenu », a détaillé un technicien de la régie des eaux.")
    assert got and not got.endswith((" de", " du", " des"))


def test_a_plain_transitive_verb_is_still_no_speech_verb() -> None:
    # "a salué la foule" after a quote names no speaker: salut is not a reporting verb here
    assert speaker("« Merci à tous d'être venus si nombreux ce soir », puis la fanfare a salué "
                   "la foule sur la place.") is None
