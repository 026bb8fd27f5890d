"""Picture text with no credit (ingest/captions.py, classes 7-9): a bio tag of professions, a
partitive phrase naming a pictured person, the description of a screenshot of a page. None is
ever a title; headlines of similar words stay. All text here is invented."""
from __future__ import annotations

import pytest

from newsweave.clean import clean_articles
from newsweave.ingest import read_bytes
from newsweave.ingest.captions import is_caption
from newsweave.link.event_features import shown_title
from newsweave.model import Article

HEADLINE = "Valley council backs a new flood barrier plan"
BODY = ("The regional council approved on Thursday a plan to rebuild the flood barriers along the "
        "lower valley, after two winters of damage. Engineers said the work would take three years.")
BODY2 = ("Farmers in the lowlands welcomed the vote but asked for compensation for the fields that "
         "the new dykes will cover. A public hearing is planned for next month in the town hall.")


@pytest.mark.parametrize("line", [
    "Historian and essayist",
    "Journalist, writer and translator",
    "Politologue et essayiste",
    "Periodista y escritora",
    "Economista e giornalista",
    "Soziologin und Publizistin",
    "Dziennikarka i tłumaczka",
    "Политолог и публицист",
    "Журналістка та перекладачка",
])
def test_a_bio_tag_of_professions_is_a_caption(line):
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    "One of the mayor's daughters, Ilse Varga",
    "L'une des sœurs du maire, Odile Marchetti",
    "Uno de los nietos del alcalde, Ramón Ibarra",
    "Una delle figlie del sindaco, Chiara Doriani",
    "Einer der Söhne des Bürgermeisters, Jonas Keller",
    "Jeden z synów burmistrza, Marek Wolny",
    "Один из сыновей мэра, Павел Орлов",
    "Одна з доньок мера, Олена Гай",
])
def test_a_partitive_phrase_naming_a_pictured_person_is_a_caption(line):
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    "Blocked page that readers see when they try to open the forum",
    "La page bloquée que voient les abonnés en ouvrant le forum",
    "Página censurada que ven los usuarios al intentar entrar en el foro",
    "La pagina oscurata che appare ai lettori del forum",
    "Die gesperrte Seite, die Nutzer beim Aufruf des Forums sehen",
    "Strona zablokowana, którą widzą użytkownicy forum",
    "Страница заблокирована, которую видят пользователи форума",
    "Сторінка заблокована, яку бачать користувачі форуму",
])
def test_a_screenshot_of_a_page_described_by_its_state_is_a_caption(line):
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    "Historians and essayists call for the archive to reopen",  # professions with a verb
    "Journalist arrested at the border after a protest",
    "Periodista y escritora, premiada por su novela",
    "One of the mayor's daughters wins the regional race",  # a partitive headline: no name after a comma
    "Uno de los detenidos, liberado",  # the phrase closed by a participle, not a name
    "Forum page blocked in the valley",  # headline-ese: a page and its state, no one seeing it
    "Página censurada en el valle",
    "La page d'accueil du forum change de visage",
    HEADLINE,
])
def test_headlines_of_the_same_words_are_not_captions(line):
    assert not is_caption(line)


def test_a_bio_tag_given_as_title_is_dropped_and_the_headline_shown():
    """A crawl takes the page's first line for its title: the pictured author's bio tag."""
    tag = "Sociologa e giurista"
    a = Article(id="bio", text=f"{tag}\n\n{HEADLINE}\n\n{BODY}\n\n{BODY2}", title=tag)
    clean_articles([a])
    assert a.title is None and shown_title(a) == HEADLINE


def test_a_partitive_caption_above_the_headline_is_never_the_recovered_title():
    text = f"One of the mayor's daughters, Ilse Varga\n\n{HEADLINE}\n\n{BODY}\n\n{BODY2}"
    (a,) = read_bytes(text.encode(), "page.txt", lambda o, r: None)
    clean_articles([a])
    assert a.title == HEADLINE and "Varga" not in a.body_text()


def test_a_page_description_given_as_title_is_not_shown():
    cap = "Blocked page that readers see when they try to open the forum"
    a = Article(id="scr", text=f"{cap}\n\n{BODY}\n\n{BODY2}", title=cap)
    clean_articles([a])
    assert a.title is None and shown_title(a).startswith("The regional council")
