"""Conflicts between sources as the product computes them (the slot engine, through the report
as well as directly), on small invented texts: what the old pairwise engine was tested for and
is still wanted, each as a slot conflict with both sides' evidence and sources."""
from __future__ import annotations

from newsweave.compare.claims import extract_claims
from newsweave.compare.report import analyze_articles, conflict_count, tier
from newsweave.compare.slots import event_conflicts
from newsweave.enrich.embed import HashingEmbedder
from newsweave.model import Article, DateInfo, Mention, Timex


def art(id, text, lang, source, ents=(), dates=(), day="2030-03-06"):
    """Article with mentions given as (surface, type, entity id) and dates as (surface, value)."""
    a = Article(id=id, text=text, lang=lang, source=source, date=DateInfo(day))
    for surface, typ, eid in ents:
        pos = 0
        while (i := text.find(surface, pos)) >= 0:
            a.entities.append(Mention(i, i + len(surface), surface, typ, entity=eid, name=surface))
            pos = i + len(surface)
    for surface, value in dates:
        i = text.index(surface)
        a.timexes.append(Timex(i, i + len(surface), surface, "DATE", value))
    return a


def confident(arts):
    return [c for c in event_conflicts(arts) if c.tier == "confident"]


def evidence(c):
    return {(f.source, f.text) for sd in c.sides for f in sd.facts}


def test_date_conflict_across_languages_cites_both_sides():
    a = art("a", "The foreign minister Lena Varga landed in Riga on 3 March for talks.", "en", "North",
            [("Lena Varga", "PER", "P1"), ("Riga", "LOC", "L1")], [("3 March", "2030-03-03")])
    b = art("b", "La ministre des Affaires étrangères Lena Varga est arrivée à Riga le 5 mars pour des pourparlers.",
            "fr", "South", [("Lena Varga", "PER", "P1"), ("Riga", "LOC", "L1")], [("5 mars", "2030-03-05")])
    [c] = confident([a, b])
    assert c.slot == "when" and c.kind == "date"
    assert sorted(sd.value for sd in c.sides) == ["2030-03-03", "2030-03-05"]
    assert evidence(c) == {("North", "3 March"), ("South", "5 mars")}
    assert 0 < c.confidence <= 1


def test_number_conflict_across_languages():
    a = art("a", "The flood killed 12 people in the town of Tartu on Monday, the police said.", "en", "North",
            [("Tartu", "LOC", "L2")])
    b = art("b", "Bei der Flut in Tartu kamen am Montag 31 Menschen ums Leben, teilte die Polizei mit.", "de",
            "East", [("Tartu", "LOC", "L2")])
    [c] = confident([a, b])
    assert (c.slot, c.subject) == ("how_many", "killed")
    assert sorted(sd.value for sd in c.sides) == ["12", "31"]
    assert {sd.sources[0] for sd in c.sides} == {"North", "East"}


def test_role_conflict_in_one_body():
    a = art("a", "The secretary of the Harbour Council, Ivo Marn, opened the new pier.", "en", "North",
            [("Harbour Council", "ORG", "O1"), ("Ivo Marn", "PER", "P2")])
    b = art("b", "Le président du Harbour Council Ivo Marn a inauguré la nouvelle jetée.", "fr", "South",
            [("Harbour Council", "ORG", "O1"), ("Ivo Marn", "PER", "P2")])
    roles = [c for c in confident([a, b]) if c.slot == "who_as_what"]
    assert len(roles) == 1
    assert sorted(sd.value for sd in roles[0].sides) == ["chair", "secretary"]


def test_two_posts_given_by_one_article_are_not_a_conflict():
    a = art("a", "Ivo Marn, secretary of the Harbour Council, spoke first. Later the chairman of the port board Ivo Marn left.",
            "en", "North", [("Harbour Council", "ORG", "O1"), ("port board", "ORG", "O2"), ("Ivo Marn", "PER", "P2")])
    b = art("b", "Le président du conseil portuaire Ivo Marn a quitté la salle.", "fr", "South",
            [("conseil portuaire", "ORG", "O2"), ("Ivo Marn", "PER", "P2")])
    assert [c for c in confident([a, b]) if c.slot == "who_as_what"] == []


def test_place_in_two_countries_is_a_conflict_one_country_in_two_languages_is_not():
    a = art("a", "Heavy shelling hit Dobrava, a Latvian border town, overnight.", "en", "North",
            [("Dobrava", "LOC", "L3")])
    b = art("b", "Des bombardements ont frappé Dobrava, dans l'est de l'Estonie, cette nuit.", "fr", "South",
            [("Dobrava", "LOC", "L3")])
    c = art("c", "В латвийском городе Добрава ночью были слышны взрывы.", "ru", "East",
            [("Добрава", "LOC", "L3")])
    where = [x for x in event_conflicts([a, b]) if x.slot == "where"]
    assert len(where) == 1 and sorted(sd.value for sd in where[0].sides) == ["EE", "LV"]
    assert any("Latvian" in f.text for sd in where[0].sides for f in sd.facts)
    assert [x for x in event_conflicts([a, c]) if x.slot == "where"] == []


def test_paraphrases_with_the_same_facts_are_not_a_conflict():
    a = art("a", "On 3 March the foreign minister Lena Varga arrived in Riga with 40 advisers.", "en", "North",
            [("Lena Varga", "PER", "P1"), ("Riga", "LOC", "L1")], [("3 March", "2030-03-03")])
    b = art("b", "La ministre Lena Varga est arrivée à Riga le 3 mars, accompagnée de 40 conseillers.", "fr",
            "South", [("Lena Varga", "PER", "P1"), ("Riga", "LOC", "L1")], [("3 mars", "2030-03-03")])
    c = art("c", "Foreign minister Lena Varga reached Riga on March 3 together with forty advisers.", "en", "West",
            [("Lena Varga", "PER", "P1"), ("Riga", "LOC", "L1")], [("March 3", "2030-03-03")])
    assert event_conflicts([a, b, c]) == []


def test_a_story_report_compares_articles_of_one_event_only():
    """Two events of one story on other days are not a date conflict; one event is."""
    a = art("a", "The foreign minister Lena Varga landed in Riga on 3 March for talks.", "en", "North",
            [("Lena Varga", "PER", "P1"), ("Riga", "LOC", "L1")], [("3 March", "2030-03-03")])
    b = art("b", "The foreign minister Lena Varga landed in Riga on 5 March for talks.", "en", "South",
            [("Lena Varga", "PER", "P1"), ("Riga", "LOC", "L1")], [("5 March", "2030-03-05")])
    a.event, b.event = "ev1", "ev2"
    rep = analyze_articles([a, b], embedder=HashingEmbedder())
    assert rep.conflicts == [] and conflict_count(rep) == 0
    b.event = "ev1"
    rep = analyze_articles([a, b], embedder=HashingEmbedder())
    assert [c.slot for c in tier(rep)] == ["when"] and conflict_count(rep) == 1


def test_not_only_and_rule_out_are_not_negations():
    from newsweave.compare import lexicon
    assert lexicon.is_negated("The visit did not only confirm the deal.", "en") is None
    assert lexicon.is_negated("La visite n'a pas seulement confirmé l'accord.", "fr") is None
    assert lexicon.is_negated("Le pays n'exclut pas une coopération.", "fr") is None
    assert lexicon.is_negated("Le pays n'a pas signé l'accord.", "fr") is not None


# ---------------------------------------------------------------- Italian and Polish (lang/it.py, lang/pl.py)
def test_negation_italian_and_polish():
    from newsweave.compare import lexicon
    assert lexicon.is_negated("Il governo non ha firmato l'accordo.", "it") is not None
    assert lexicon.is_negated("Il governo non solo ha firmato l'accordo.", "it") is None
    assert lexicon.is_negated("Il governo non esclude un accordo.", "it") is None
    assert lexicon.is_negated("Rząd nie podpisał porozumienia.", "pl") is not None
    assert lexicon.is_negated("Rząd nie tylko podpisał porozumienie.", "pl") is None
    assert lexicon.is_negated("Rząd podpisał porozumienie.", "pl") is None


def test_italian_and_polish_claim_facts():
    a = art("a", "Il sindaco Paolo Ferri ha detto che tre persone sono rimaste ferite il 4 maggio.", "it", "Nord",
            [("Paolo Ferri", "PER", "P9")])
    b = art("b", "Burmistrz Jan Kowalski nie potwierdził, że pięć osób zginęło w Gdyni.", "pl", "Sud",
            [("Jan Kowalski", "PER", "P8"), ("Gdyni", "LOC", "L8")])
    ca, cb = extract_claims([a, b])
    assert [(n.value, n.unit) for n in ca.numbers] == [(3.0, "wounded")]  # "4 maggio" is a day
    assert [(r.person, r.role) for r in ca.roles] == [("P9", "mayor")]
    assert not ca.negated
    assert [(n.value, n.unit) for n in cb.numbers] == [(5.0, "dead")]
    assert [(r.person, r.role) for r in cb.roles] == [("P8", "mayor")]
    assert cb.negated and cb.text[cb.negation[0] - cb.start:cb.negation[1] - cb.start] == "nie"
