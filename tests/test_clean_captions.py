"""Photo captions (ingest/captions.py): told apart in every language, kept out of the analysed
body, never an article's title nor an event's shown title. All text here is invented."""
from __future__ import annotations

import pytest

from newsweave.clean import clean_articles
from newsweave.ingest import read_bytes
from newsweave.ingest.captions import CaptionDetector, is_caption
from newsweave.link.event_features import shown_title
from newsweave.model import Article

BODY = ("The regional council approved on Thursday a plan to rebuild the flood barriers along the "
        "lower valley, after two winters of damage. Engineers said the work would take three years.")
BODY2 = ("Farmers in the lowlands welcomed the vote but asked for compensation for the fields that "
         "the new dykes will cover. A public hearing is planned for next month in the town hall.")


@pytest.mark.parametrize("line", [
    "Photo: Marek Doubravský",
    "Pictured: the new footbridge over the canal at dawn",
    "(Foto: dpa)",
    "Фото: ТАСС",
    "Фото: Укрінформ",
    "Na zdjęciu: minister podczas wizyty w porcie",
    "На снимке: жители города у здания администрации",
    "Sur la photo : des bénévoles déchargent un camion de vivres",
    "Nella foto: il sindaco all'inaugurazione del ponte",
    "Im Bild: Helfer an der überfluteten Uferstraße",
    "Na snímke: hasiči pri požiari skladu",
    "Cortadores de caña en un campo del norte - Foto: EFE",
    "Volunteers load sandbags onto a truck (AFP/Lena Moravec)",
    "A fishing boat rests on the dry riverbed. REUTERS/Tomas Halvik",
    "Graffiti on the wall of the old market, photo by Ines Caldera",
    "Vista de la plaza llena desde una azotea, por @vecino_del_barrio",
    "A mural in the harbour district (CC BY-SA 2.0)",
    "Firefighters at the edge of the forest on Sunday (Reuters)",
    "Police officers outside the courthouse | Getty Images",
    "Un manifestant brandit un drapeau devant la préfecture (Photo AFP)",
    "Vendedores en el mercado central [EPA/Ramón Ibarra]",
])
def test_caption_shapes_in_many_languages(line):
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    "Photo of the year shows a flooded street in the valley.",
    "Photos: thousands march through the capital",
    "Floods cut off three villages as the river bursts its banks",
    "CAIRO (Reuters) - Protesters gathered again in the main square on Friday.",
    "The minister resigned on Monday, officials said. (AFP)",
    "El mensaje fue publicado por el ministro del interior",
    "La polémica afecta a la imagen de marca de la empresa.",
    "Wie das Bild der Stadt sich verändert hat, zeigt eine neue Ausstellung.",
    BODY,
])
def test_headlines_and_sentences_are_not_captions(line):
    assert not is_caption(line)


@pytest.mark.parametrize("line", [
    "Screenshot of the video posted by the harbour workers' union",
    "Screen grab from a livestream of the council meeting",
    "Captura de pantalla del vídeo difundido por los vecinos del barrio",
    "Capture d'écran d'une vidéo publiée par le collectif des riverains",
    "Fermo immagine del video girato da un passante",
    "Schermata del profilo dell'associazione",
    "Screenshot aus dem Video der Bürgerinitiative",
    "Zrzut ekranu z nagrania opublikowanego przez mieszkańców",
    "Кадр из видео, опубликованного жителями района",
    "Скриншот відео, яке поширили мешканці",
])
def test_a_still_from_a_screen_or_a_video_is_a_caption_credit_or_none(line):
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    "Screenshots of private messages leaked online led the council to suspend two members on Monday, "
    "and the opposition asked for an inquiry into how the messages were shared among the staff of "
    "the town hall during the campaign.",
    "Still from the start the minister wanted a vote before the summer",
    "La captura del sospechoso se produjo en la frontera",
])
def test_running_text_about_a_screenshot_is_no_caption(line):
    assert not is_caption(line)


def test_a_screenshot_caption_above_the_headline_is_never_the_title():
    text = ("Captura de pantalla del vídeo difundido por los vecinos\n\n"
            "Valley council backs a new flood barrier plan\n\n" f"{BODY}\n\n{BODY2}")
    (a,) = read_bytes(text.encode(), "page.txt", lambda o, r: None)
    clean_articles([a])
    assert a.title == "Valley council backs a new flood barrier plan"
    assert "vecinos" not in a.body_text()


def test_caption_lines_are_kept_out_of_the_body():
    cap = "Workers repair the barrier near the old mill (Foto: Jana Kordová)"
    a = Article(id="c", text=f"Valley council backs a new flood barrier plan\n\n{cap}\n\n{BODY}\n\n{BODY2}")
    clean_articles([a])
    body = a.body_text()
    assert "Kordová" not in body and "approved on Thursday" in body and "compensation" in body


def test_a_caption_inside_the_body_is_boilerplate_too():
    cap = "Pictured: engineers survey the eroded bank downstream"
    a = Article(id="c2", text=f"{BODY}\n\n{cap}\n\n{BODY2}")
    clean_articles([a])
    assert "engineers survey" not in a.body_text() and "public hearing" in a.body_text()


def test_recovered_title_is_never_a_caption():
    """A crawled page often opens with the picture's caption: the headline below it is the title."""
    text = ("Volunteers stack sandbags by the river (Photo: Ilse Varga)\n\n"
            "Valley council backs a new flood barrier plan\n\n" f"{BODY}\n\n{BODY2}")
    (a,) = read_bytes(text.encode(), "page.txt", lambda o, r: None)
    assert a.title == "Valley council backs a new flood barrier plan"
    clean_articles([a])
    assert a.title == "Valley council backs a new flood barrier plan"


def test_a_caption_given_as_title_is_dropped_and_not_shown():
    """A crawl's metadata title taken from a caption: dropped by clean; the shown title is then a
    body line, never the caption."""
    cap = "Volunteers stack sandbags by the river (Photo: Ilse Varga)"
    a = Article(id="g", text=f"{cap}\n\n{BODY}\n\n{BODY2}", title=cap)
    clean_articles([a])
    assert a.title is None and a.meta["title_replaced"] == cap
    assert "Varga" not in shown_title(a) and shown_title(a).startswith("The regional council")


def test_shown_title_skips_a_stored_caption_title():
    """An article cleaned before captions were told apart still carries one: not shown."""
    cap = "Volunteers stack sandbags by the river - Photo: Ilse Varga"
    a = Article(id="old", text=f"{BODY}\n\n{BODY2}", title=cap)
    assert shown_title(a).startswith("The regional council")
    headline = "Valley council backs a new flood barrier plan"
    assert shown_title(Article(id="ok", text=BODY, title=headline)) == headline


def test_a_line_repeating_an_image_alt_text_is_a_caption():
    alt = "Two herons stand in the flooded meadow at sunrise"
    det = CaptionDetector.for_article({"image_texts": [alt]})
    assert det.is_caption("Two herons stand in  the flooded meadow at sunrise")
    assert not CaptionDetector().is_caption(alt)


HTML = """<html><head><title>Valley council backs a new flood barrier plan</title></head><body><article>
<h1>Valley council backs a new flood barrier plan</h1>
<img src="hero.jpg" alt="Valley council backs a new flood barrier plan">
<figure><img src="a.jpg" alt="Two herons stand in the flooded meadow at sunrise">
<figcaption>Two herons stand in the flooded meadow at sunrise</figcaption></figure>
<p>{body}</p><p>{body2}</p></article></body></html>"""


def test_html_image_texts_mark_the_repeated_caption_but_not_the_headline():
    data = HTML.format(body=BODY, body2=BODY2).encode()
    (a,) = read_bytes(data, "page.html", lambda o, r: None)
    # an alt text equal to the headline (a common CMS default) is not taken for a caption
    assert a.meta["image_texts"] == ["Two herons stand in the flooded meadow at sunrise"]
    clean_articles([a])
    assert a.title == "Valley council backs a new flood barrier plan"
    assert "herons" not in a.body_text() and "approved on Thursday" in a.body_text()


# ------------------------------------------------------------------ sidebars shared by two pages
SIDEBAR = ["HARBOUR. The ferry company names a new director",
           'Night trains return to the coast "by the summer"',
           "Rents in the old town: the council promises a cap",
           "Storm season: what the insurers will pay"]


def test_a_sidebar_list_shared_by_two_sourceless_pages_is_boilerplate():
    """Two pages of one site (source unknown) on different stories list the same headlines in
    their sidebar: that run of lines is page chrome in both, the stories stay content."""
    one = Article(id="s1", text="Valley council backs a new flood barrier plan\n\n" + f"{BODY}\n\n" + "\n".join(SIDEBAR))
    two = Article(id="s2", text="Farmers ask for help after the dry summer\n\n" + f"{BODY2}\n\n" + "\n".join(SIDEBAR))
    clean_articles([one, two])
    for a in (one, two):
        body = a.body_text()
        assert not any(h in body for h in SIDEBAR)
    assert "approved on Thursday" in one.body_text() and "compensation" in two.body_text()


def test_two_shared_headlines_or_shared_paragraphs_stay_content():
    """Below the run length, or as running text, what two sourceless articles share stays."""
    one = Article(id="p1", text="Flood plan approved\n\n" + f"{BODY}\n\n{BODY2}\n\n" + "\n".join(SIDEBAR[:2]))
    two = Article(id="p2", text="Council votes on barriers\n\n" + f"{BODY}\n\n{BODY2}\n\n" + "\n".join(SIDEBAR[:2]))
    clean_articles([one, two])
    for a in (one, two):
        assert SIDEBAR[0] in a.body_text() and "approved on Thursday" in a.body_text()
