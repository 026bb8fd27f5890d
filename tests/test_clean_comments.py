"""Clean: the readers' comment section under an article is not the article (invented text)."""
from __future__ import annotations

import pytest

from newsweave.clean import clean_articles
from newsweave.ingest import read_bytes
from newsweave.model import Article

BODY_ES = ("El puerto de la ciudad cerró ayer tras una semana de huelga de los estibadores. "
           "Los sindicatos piden una mesa de diálogo con la patronal antes del lunes.")
BODY_FR = ("Le port de la ville a fermé hier après une semaine de grève des dockers. "
           "Les syndicats réclament une table ronde avec le patronat avant lundi.")
BODY_IT = ("Il porto della città ha chiuso ieri dopo una settimana di sciopero dei portuali. "
           "I sindacati chiedono un tavolo con gli armatori entro lunedì.")


def read(text: str) -> Article:
    (a,) = read_bytes(text.encode(), "x.txt", lambda o, r: None)
    return a


@pytest.mark.parametrize("body, marker, comment", [
    (BODY_ES, "Se han publicado 12 comentarios", "Pepe: hoy es lo mismo que ayer, nada cambia."),
    (BODY_FR, "Réactions (7)", "Jean : aujourd'hui comme hier, rien ne change."),
    (BODY_IT, "Scritto in Cronaca |   296 Commenti »", "Marco: oggi come ieri, non cambia niente."),
])
def test_comments_after_a_comment_count_are_boilerplate(body, marker, comment):
    a = read(f"Una huelga en el puerto\n\n{body}\n\n{marker}\n\n{comment}\n")
    clean_articles([a])
    assert body in a.body_text()
    assert comment not in a.body_text() and marker not in a.body_text()


def test_a_comment_count_above_the_article_or_in_a_sentence_cuts_nothing():
    above = read(f"Se han publicado 12 comentarios\n\n{BODY_ES}\n")
    said = read(f"{BODY_ES}\n\nLa noticia recibió 300 comentarios en una hora.\n\nEl alcalde no respondió.\n")
    clean_articles([above, said])
    assert BODY_ES in above.body_text()
    assert "300 comentarios" in said.body_text() and "El alcalde no respondió." in said.body_text()
