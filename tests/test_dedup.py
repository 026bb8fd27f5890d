"""Dedup: exact and near duplicates are linked to their original, different articles are not."""
from __future__ import annotations

import pytest

from newsweave.clean import clean_articles
from newsweave.link.dedup import Deduplicator
from newsweave.model import Article
from newsweave.store import SQLiteRepository

BASE = ("Le gouvernement a présenté mardi un projet de loi sur la réforme des retraites. "
        "Le texte prévoit un relèvement progressif de l'âge légal de départ à 64 ans d'ici 2030. "
        "Les syndicats ont annoncé une journée de mobilisation nationale pour le jeudi suivant. "
        "Selon le ministre du Travail, la réforme doit garantir l'équilibre du système de retraite. "
        "L'opposition dénonce un passage en force et promet de déposer des milliers d'amendements "
        "lors de l'examen du texte à l'Assemblée nationale le mois prochain.")
SAME_TOPIC = ("Les syndicats de la fonction publique appellent à la grève contre la réforme des retraites. "
              "Ils réclament le retrait du projet de loi et une hausse des salaires des fonctionnaires. "
              "Le gouvernement affirme rester ouvert au dialogue mais refuse de revenir sur l'âge légal "
              "de départ. Une réunion est prévue la semaine prochaine au ministère du Travail avec les "
              "partenaires sociaux, qui promettent une mobilisation nationale.")


def art(i: str, text: str, **kw) -> Article:
    return Article(id=i, text=text, **kw)


def test_exact_duplicate_ignores_case_spacing_and_boilerplate():
    dd = Deduplicator()
    a = art("a", BASE)
    dd.add(a)
    b = art("b", "Accueil Actu Politique\n\n" + BASE.upper().replace(". ", ".\n\n"))
    clean_articles([b])
    assert dd.check(b) == ("a", 1.0)


def test_lightly_edited_copy_is_linked_and_other_article_is_not():
    dd = Deduplicator(threshold=0.8)
    orig = art("orig", BASE)
    assert dd.process(orig) is None
    edited = art("edit", BASE.replace("mardi", "lundi").replace("nationale pour", "générale pour")
                 + " Le vote est attendu avant l'été.")
    hit = dd.process(edited)
    assert hit is not None and hit[0] == "orig" and 0.8 <= hit[1] < 1.0
    assert edited.duplicate_of == "orig"
    assert edited.meta["duplicate_similarity"] == pytest.approx(hit[1], abs=1e-4)
    other = art("other", SAME_TOPIC)
    assert dd.process(other) is None and other.duplicate_of is None
    assert len(dd) == 2  # the duplicate is linked, not indexed as an original


def test_keys_prefer_db_id_and_self_is_not_a_duplicate():
    dd = Deduplicator()
    a = art("a", BASE, db_id=7)
    dd.add(a)
    assert dd.check(a) is None  # an article never duplicates itself
    b = art("b", BASE, db_id=9)
    assert dd.check(b) == (7, 1.0)
    dd.mark(b, (7, 1.0))
    assert b.duplicate_of == "a" and b.meta["duplicate_of_db_id"] == 7


def test_rebuild_from_stored_articles(tmp_path):
    repo = SQLiteRepository(tmp_path / "t.db")
    with repo.transaction():
        for i, text in enumerate([BASE, SAME_TOPIC]):
            repo.add_article(art(f"s{i}", text))
    dd = Deduplicator.from_articles(repo.iter_articles(), threshold=0.8)
    assert len(dd) == 2
    copy = art("new", BASE.replace("mardi", "mercredi"))
    hit = dd.check(copy)
    assert hit is not None and isinstance(hit[0], int)
    dd.mark(copy, hit)
    assert copy.duplicate_of == "s0" and copy.meta["duplicate_of_db_id"] == hit[0]
    repo.close()


def test_empty_or_tiny_texts_do_not_crash():
    dd = Deduplicator()
    for i, t in enumerate(["", "  ", "mot", "deux mots"]):
        a = art(str(i), t)
        dd.process(a)
    assert dd.check(art("x", "deux mots")) == ("3", 1.0)


def test_threshold_validation():
    with pytest.raises(ValueError):
        Deduplicator(threshold=0)
