"""Small hand-written corpora for the API / web UI tests (original text, written for these tests).

``build_hand_db`` writes articles with hand-made layers, events, stories and entities straight into
a repository (no NLP), so the web layer is tested on exactly known data. ``XSS_*`` hold hostile
strings used by the XSS tests.
"""
from __future__ import annotations

from newsweave.model import Article, Attribution, DateInfo, Mention, Quote, Timex
from newsweave.store.base import EntityRecord, EventRecord, StoryRecord

BOILER = "Menu | Subscribe | Cookie settings\n\n"

XSS_TITLE = '<script>alert("t")</script><img src=x onerror=alert(1)>'
XSS_SOURCE = '<svg onload=alert(2)>evil.example'
XSS_URL = "javascript:alert(3)"
XSS_BODY = ('Breaking: <script>alert(4)</script> and <img src=x onerror="alert(5)"> then '
            '<svg/onload=alert(6)> and <a href="javascript:alert(7)">click</a> '
            '&lt;script&gt;alert(8)&lt;/script&gt; %3Cscript%3Ealert(9)%3C/script%3E '
            '\\u003cscript\\u003ealert(10) <iframe src="javascript:alert(11)"></iframe> end.')


def _ents(text: str, specs: list[tuple[str, str, str, str]]) -> list[Mention]:
    out = []
    for surface, typ, ent_id, name in specs:
        pos = text.find(surface)
        assert pos >= 0, surface
        out.append(Mention(pos, pos + len(surface), surface, typ, entity=ent_id, name=name,
                           attrs={"roles": ["harbour master"]} if ent_id == "ent-okafor" else {}))
    return out


def _timex(text: str, surface: str, value: str) -> Timex:
    pos = text.find(surface)
    assert pos >= 0, surface
    return Timex(pos, pos + len(surface), surface, "DATE", value)


def _quote(text: str, content: str, speaker: str, entity: str | None = None) -> Quote:
    pos = text.find(content)
    assert pos >= 0, content
    return Quote(pos - 1, pos + len(content) + 1, speaker, "said", "direct", entity,
                 content=(pos, pos + len(content)))


HAND_ARTICLES = [
    # story st-dock, event ev-walkout (2025-03-03)
    dict(id="dock-1", source="harbourtimes.example", lang="en", date="2025-03-03",
         url="https://harbourtimes.example/news/walkout",
         title="Dockworkers walk out at Northport over night shifts",
         body=("Around 900 people left the cranes at Northport on Monday, 3 March, the union said. "
               "Union leader Mara Okafor told reporters: \u201cWe will stay out until the night rota is fair.\u201d "
               "The Northport Port Authority said 40 ships were waiting outside the harbour."),
         ents=[("Northport", "LOC", "ent-northport", "Northport"), ("Mara Okafor", "PER", "ent-okafor", "Mara Okafor"),
               ("Northport Port Authority", "ORG", "ent-npa", "Northport Port Authority")],
         timex=("3 March", "2025-03-03"), quote=("We will stay out until the night rota is fair.", "Mara Okafor", "ent-okafor"),
         attr="the union", event="ev-walkout"),
    dict(id="dock-2", source="Baltic Wire", lang="en", date="2025-03-04",
         url="http://balticwire.example/a/2",
         title="Strike halts Northport cargo, 40 ships queue",
         body=("Cargo handling at Northport stopped for a second day. "
               "About 600 people left the cranes at Northport on Monday, the port authority said. "
               "According to the port authority, 40 ships were waiting. Mara Okafor did not comment."),
         ents=[("Northport", "LOC", "ent-northport", "Northport"), ("Mara Okafor", "PER", "ent-okafor", "Mara Okafor")],
         timex=("second day", "2025-03-04"), quote=None, attr="the port authority", event="ev-walkout"),
    dict(id="dock-3", source="vestnik.example", lang="ru", date="2025-03-04",
         url="https://vestnik.example/n/3",
         title="\u0417\u0430\u0431\u0430\u0441\u0442\u043e\u0432\u043a\u0430 \u0434\u043e\u043a\u0435\u0440\u043e\u0432 \u0432 \u041d\u043e\u0440\u0442\u043f\u043e\u0440\u0442\u0435",
         body=("\u0414\u043e\u043a\u0435\u0440\u044b \u041d\u043e\u0440\u0442\u043f\u043e\u0440\u0442\u0430 "
               "\u043f\u0440\u0435\u043a\u0440\u0430\u0442\u0438\u043b\u0438 \u0440\u0430\u0431\u043e\u0442\u0443 "
               "3 \u043c\u0430\u0440\u0442\u0430. \u041c\u0430\u0440\u0430 \u041e\u043a\u0430\u0444\u043e\u0440 "
               "\u0437\u0430\u044f\u0432\u0438\u043b\u0430, \u0447\u0442\u043e \u0437\u0430\u0431\u0430\u0441\u0442\u043e\u0432\u043a\u0430 "
               "\u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0438\u0442\u0441\u044f."),
         ents=[("\u041d\u043e\u0440\u0442\u043f\u043e\u0440\u0442\u0430", "LOC", "ent-northport", "Northport"),
               ("\u041c\u0430\u0440\u0430 \u041e\u043a\u0430\u0444\u043e\u0440", "PER", "ent-okafor", "Mara Okafor")],
         timex=("3 \u043c\u0430\u0440\u0442\u0430", "2025-03-03"), quote=None, attr=None, event="ev-walkout"),
    # story st-dock, event ev-deal (2025-03-10)
    dict(id="dock-4", source="harbourtimes.example", lang="en", date="2025-03-10",
         url="https://harbourtimes.example/news/deal",
         title="Northport strike ends with a new night rota",
         body=("The Northport Port Authority and the union signed an agreement on 10 March. "
               "Mara Okafor called it \u201ca fair rota at last\u201d. Work resumed the same evening."),
         ents=[("Northport Port Authority", "ORG", "ent-npa", "Northport Port Authority"),
               ("Mara Okafor", "PER", "ent-okafor", "Mara Okafor")],
         timex=("10 March", "2025-03-10"), quote=("a fair rota at last", "Mara Okafor", "ent-okafor"),
         attr=None, event="ev-deal"),
    dict(id="dock-5", source="Le Quotidien du Port", lang="fr", date="2025-03-11",
         url="https://quotidien.example/port/5",
         title="Fin de la gr\u00e8ve \u00e0 Northport",
         body=("La gr\u00e8ve des dockers de Northport a pris fin le 10 mars apr\u00e8s un accord "
               "sur le travail de nuit, selon l'autorit\u00e9 portuaire."),
         ents=[("Northport", "LOC", "ent-northport", "Northport")],
         timex=("10 mars", "2025-03-10"), quote=None, attr="l'autorit\u00e9 portuaire", event="ev-deal"),
    # story st-lake, event ev-flood
    dict(id="lake-1", source="Alpine Courier", lang="en", date="2025-04-02",
         url="https://alpinecourier.example/lake",
         title="Glacier lake above Vellin rises, villages told to prepare",
         body=("Engineers measured a two-metre rise of the glacier lake above Vellin on 2 April. "
               "The canton said evacuation was not yet needed."),
         ents=[("Vellin", "LOC", "ent-vellin", "Vellin")],
         timex=("2 April", "2025-04-02"), quote=None, attr="The canton", event="ev-flood"),
]

HAND_EVENTS = [
    EventRecord("ev-walkout", "st-dock", "Dockworkers walk out at Northport", {"value": "2025-03-03", "source": "text"},
                3, {}),
    EventRecord("ev-deal", "st-dock", "Northport strike ends with a deal", {"value": "2025-03-10", "source": "text"},
                2, {}),
    EventRecord("ev-flood", "st-lake", "Glacier lake rise above Vellin", {"value": "2025-04-02", "source": "text"}, 1, {}),
]
HAND_STORIES = [StoryRecord("st-dock", "Northport dock strike"), StoryRecord("st-lake", "Vellin glacier lake")]
HAND_ENTITIES = [
    EntityRecord("ent-okafor", "Mara Okafor", "PER", ["Mara Okafor", "\u041c\u0430\u0440\u0430 \u041e\u043a\u0430\u0444\u043e\u0440"],
                 ["union leader"]),
    EntityRecord("ent-northport", "Northport", "LOC", ["Northport", "\u041d\u043e\u0440\u0442\u043f\u043e\u0440\u0442"], []),
    EntityRecord("ent-npa", "Northport Port Authority", "ORG", [], []),
    EntityRecord("ent-vellin", "Vellin", "LOC", [], []),
]


def make_article(spec: dict) -> Article:
    text = BOILER + spec["title"] + "\n\n" + spec["body"]
    a = Article(id=spec["id"], text=text, title=spec["title"], lang=spec["lang"], source=spec["source"],
                url=spec["url"], date=DateInfo(spec["date"], "metadata"), origin="hand",
                raw=text.encode("utf-8"))
    a.boilerplate = [(0, len(BOILER) - 2)]
    a.entities = _ents(text, spec["ents"])
    a.timexes = [_timex(text, *spec["timex"])]
    if spec["quote"]:
        a.quotes = [_quote(text, *spec["quote"])]
    if spec["attr"]:
        pos = text.find(spec["attr"])
        a.attributions = [Attribution(pos, pos + len(spec["attr"]), spec["attr"], "according to", "official")]
    a.event = spec["event"]
    a.story = next(e.story for e in HAND_EVENTS if e.id == spec["event"])
    return a


def build_hand_db(repo, with_xss: bool = True) -> dict[str, int]:
    """Fill ``repo``; returns ext id → row id."""
    ids = {}
    for st in HAND_STORIES:
        repo.put_story(st)
    for ev in HAND_EVENTS:
        repo.put_event(ev)
    for ent in HAND_ENTITIES:
        repo.put_entity(ent)
    specs = list(HAND_ARTICLES)
    for spec in specs:
        a = make_article(spec)
        repo.add_article(a)
        repo.save_layers(a, "tests.hand", "1", ["boilerplate", "entities", "timexes", "quotes",
                                                 "attributions", "event"])
        ids[a.id] = a.db_id
    if with_xss:
        repo.put_story(StoryRecord("st-xss", XSS_TITLE))
        repo.put_event(EventRecord("ev-xss", "st-xss", XSS_TITLE, {"value": "2025-05-01"}, 1, {}))
        repo.put_entity(EntityRecord("ent-xss", XSS_TITLE, "PER", [XSS_SOURCE], [XSS_TITLE]))
        text = XSS_TITLE + "\n\n" + XSS_BODY
        a = Article(id="xss-1", text=text, title=XSS_TITLE, lang="en", source=XSS_SOURCE, url=XSS_URL,
                    date=DateInfo("2025-05-01"), origin="hand", raw=text.encode())
        p = text.find("<svg")
        a.entities = [Mention(p, p + 22, text[p:p + 22], "PER", entity="ent-xss", name=XSS_TITLE)]
        q = text.find("<img src=x onerror=\"")
        a.quotes = [Quote(q, q + 30, XSS_TITLE, "<b>said</b>", "direct", None, content=(q, q + 30))]
        a.attributions = [Attribution(0, 8, XSS_SOURCE, None, "media")]
        a.event, a.story = "ev-xss", "st-xss"
        repo.add_article(a)
        repo.save_layers(a, "tests.hand", "1", ["entities", "quotes", "attributions", "event"])
        ids[a.id] = a.db_id
    return ids


# ----------------------------------------------------------------------------- for the real pipeline
# Original text: a fictional minister's two-stop trip (two events of one story), English and French.
PIPELINE_DOCS = [
    {"id": "p1", "lang": "en", "date": "2024-11-05", "source": "northsea-post.example",
     "url": "https://northsea-post.example/varga-tallinn", "title": "Minister Lena Varga visits Tallinn port",
     "text": "Minister Lena Varga visits Tallinn port\n\nTALLINN, 5 November — Hungarian transport minister "
             "Lena Varga arrived in Tallinn on Tuesday to inspect the new ferry terminal, the ministry said. "
             "About 300 people attended the opening of the terminal.\n\n"
             "\u201cThis terminal links our markets to the Baltic,\u201d Varga told reporters."},
    {"id": "p2", "lang": "fr", "date": "2024-11-05", "source": "lejournaldesports.example",
     "url": "https://lejournaldesports.example/varga", "title": "La ministre Lena Varga en visite \u00e0 Tallinn",
     "text": "La ministre Lena Varga en visite \u00e0 Tallinn\n\nLa ministre hongroise des Transports, Lena Varga, "
             "est arriv\u00e9e mardi \u00e0 Tallinn pour inspecter le nouveau terminal de ferries, a indiqu\u00e9 "
             "le minist\u00e8re. Environ 300 personnes ont assist\u00e9 \u00e0 l'inauguration du terminal."},
    {"id": "p3", "lang": "en", "date": "2024-11-06", "source": "baltic-daily.example",
     "url": "https://baltic-daily.example/news/3", "title": "Varga opens Tallinn ferry terminal",
     "text": "Varga opens Tallinn ferry terminal\n\nHungarian transport minister Lena Varga arrived in Tallinn "
             "on Tuesday to inspect the new ferry terminal. About 1,200 people attended the opening of the terminal, "
             "organisers said."},
    {"id": "p4", "lang": "en", "date": "2024-11-21", "source": "northsea-post.example",
     "url": "https://northsea-post.example/varga-riga", "title": "Varga signs shipping agreement in Riga",
     "text": "Varga signs shipping agreement in Riga\n\nRIGA, 21 November — Lena Varga signed a shipping "
             "agreement with Latvia in Riga on Thursday. The deal covers "
             "freight rail links between the two ports until 2030, the Latvian government said."},
    {"id": "p5", "lang": "fr", "date": "2024-11-21", "source": "lejournaldesports.example",
     "url": "https://lejournaldesports.example/riga", "title": "Accord maritime sign\u00e9 \u00e0 Riga par Lena Varga",
     "text": "Accord maritime sign\u00e9 \u00e0 Riga par Lena Varga\n\nLena Varga a sign\u00e9 jeudi \u00e0 Riga "
             "un accord maritime avec la Lettonie. L'accord couvre "
             "les liaisons ferroviaires de fret entre les deux ports jusqu'en 2030, selon le gouvernement letton."},
]


def pipeline_articles() -> list:
    out = []
    for d in PIPELINE_DOCS:
        out.append(Article(id=d["id"], text=d["text"], title=d["title"], lang=d["lang"], source=d["source"],
                           url=d["url"], date=DateInfo(d["date"], "metadata"), origin="tests",
                           raw=d["text"].encode("utf-8")))
    return out
