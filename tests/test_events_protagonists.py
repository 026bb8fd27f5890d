"""Look-alike happenings told apart by whom they are about (link/event_protagonist.py through the
pair model): two players of one club arrested on the same charge, reports undated and worded
alike, in two languages. Names, clubs and towns invented; the HashingEmbedder
stands in for the model."""
from __future__ import annotations

import re

import pytest

from newsweave.enrich.embed import HashingEmbedder
from newsweave.link.event_config import EventConfig
from newsweave.link.event_linker import EventLinker
from newsweave.link.event_scoring import Profile, score
from newsweave.model import Article, Mention


def art(aid: str, lang: str, text: str, names: dict[str, str]) -> Article:
    """An undated article whose entities are the given names (name → type), each mention of the
    full name or its last word linked to one id."""
    a = Article(id=aid, title=text.split("\n")[0], text=text, lang=lang)
    ents = []
    for name, typ in names.items():
        last = name.split()[-1]
        for m in re.finditer(rf"\b(?:{re.escape(name)}|{re.escape(last)})\b", text):
            ents.append(Mention(m.start(), m.end(), name, typ, entity="E-" + name.replace(" ", "_"),
                                name=name))
    a.entities = sorted(ents, key=lambda m: m.start)
    return a


ARREST_EN = [
    "{club} receiver {p} arrested on suspicion of drunk driving\n"
    "{club} wide receiver {p} was arrested {when} on suspicion of drunk driving, police in "
    "{town} said. {last} was stopped {where} and booked. The {club} said they knew of the "
    "arrest of {last} and would say no more. {p} was released on bail.",
    "{club}' {p} held on drunk-driving charge\n"
    "Police in {town} arrested {p} of the {club} on suspicion of driving under the influence. "
    "{last}, stopped {where}, was booked and released on bail. The {club} said {last} had "
    "told the team.",
    "{town} police arrest {club} player {p}\n"
    "{p}, who plays for the {club}, was booked in {town} on suspicion of drunk driving after "
    "officers stopped him {where}. {last} was later released on bail; the {club} were "
    "informed, an agent for {last} said.",
]
ARREST_FR = [
    "{p}, joueur des {club}, arrêté pour conduite en état d'ivresse\n"
    "Le receveur des {club} {p} a été interpellé {when} à {town} pour conduite en état "
    "d'ivresse, a indiqué la police. {last} a été arrêté {where} puis remis en liberté "
    "sous caution. Les {club} disent avoir été informés de l'arrestation de {last}.",
    "Les {club} privés de {p}, arrêté à {town}\n"
    "La police de {town} a arrêté {p}, des {club}, soupçonné d'avoir conduit en état d'ivresse "
    "{where}. {last} a été libéré sous caution ; l'agent de {last} a prévenu les {club}.",
    "{town} : le joueur {p} interpellé au volant\n"
    "{p}, receveur des {club}, a été contrôlé {where} à {town} et arrêté pour conduite "
    "en état d'ivresse. {last} a été libéré sous caution, selon les {club}.",
]
# where and when each arrest happened: two arrests differ in their circumstances, not only names
PLACES = {"en": (("early in the morning", "on the coast road"), ("late at night", "outside a bar")),
          "fr": (("au petit matin", "sur la route côtière"), ("tard dans la nuit", "devant un bar"))}
CASES = [
    # (language, templates, club, town, two team-mates)
    ("en", ARREST_EN, "Harbor Gulls", "Port Averly", ("Dorian Vasko", "Emeka Thorne")),
    ("en", ARREST_EN, "Ridge Foxes", "Mallow Bay", ("Leif Ostrander", "Caius Brennick")),
    ("fr", ARREST_FR, "Corsaires", "Valmer", ("Théo Lambrecht", "Anselme Quiroga")),
]


def _arrests(lang, templates, club, town, players) -> list[Article]:
    out = []
    for k, p in enumerate(players):
        for j, t in enumerate(templates):
            when, where = PLACES[lang][k]
            text = t.format(club=club, town=town, p=p, last=p.split()[-1], when=when, where=where)
            out.append(art(f"{k}-{j}", lang, text, {p: "PER", club: "ORG", town: "LOC"}))
    return out


def _scores(arts: list[Article], clash_coef: float | None = None):
    """Pair scores of ``arts`` (row, column: article index), with the committed coefficients or
    with protagonist_clash set to ``clash_coef``."""
    cfg = EventConfig()
    if clash_coef is not None:
        cfg.pair_logit = {**cfg.pair_logit, "protagonist_clash": clash_coef}
    emb = HashingEmbedder(None)
    linker = EventLinker.for_embedder(emb, cfg)
    feats = linker.features(arts, emb.embed_articles(arts), update_stats=True)
    return lambda i, j: score(Profile.of(feats[i]), Profile.of(feats[j]), linker.cfg)[0]


@pytest.mark.parametrize("lang,templates,club,town,players", CASES)
def test_reports_about_two_team_mates_score_lower_than_reports_about_one(lang, templates, club, town,
                                                                         players):
    arts = _arrests(lang, templates, club, town, players)
    n = len(templates)
    with_clash, without = _scores(arts), _scores(arts, 0.0)
    for i in range(n):
        for j in range(n, 2 * n):  # one report about each player: lowered by the clash
            assert with_clash(i, j) < without(i, j) - 0.1, (i, j)
        for j in range(i + 1, n):  # two reports about one player: untouched
            assert with_clash(i, j) == pytest.approx(without(i, j))
            assert with_clash(i, j) > max(with_clash(i, k) for k in range(n, 2 * n))


def test_a_report_naming_the_other_in_passing_is_still_about_its_own():
    # a third report on the first player mentions the team-mate's earlier arrest once: no clash
    # with the first player's reports, a clash with the team-mate's
    lang, templates, club, town, (p, q) = CASES[0]
    arts = _arrests(lang, templates, club, town, (p, q))
    last = p.split()[-1]
    text = (f"{club} suspend {p} after arrest\n{club} receiver {p} was arrested on suspicion of "
            f"drunk driving in {town}, a month after {q} faced the same charge. {last} was booked "
            f"on the coast road and released on bail; {last} will miss Sunday's game, the {club} said.")
    arts.append(art("0-x", lang, text, {p: "PER", q: "PER", club: "ORG", town: "LOC"}))
    with_clash, without = _scores(arts), _scores(arts, 0.0)
    x = len(arts) - 1
    assert with_clash(x, 0) == pytest.approx(without(x, 0))
    assert with_clash(x, len(templates)) < without(x, len(templates)) - 0.05
