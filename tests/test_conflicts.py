"""Conflict detection between sources, on small texts written for these tests."""
from __future__ import annotations

import pytest

from newsweave.compare.claims import align_claims, extract_claims
from newsweave.compare.conflicts import Conflict, FactComparator, find_conflicts
from newsweave.model import Article, Mention, Timex


@pytest.fixture(scope="module")
def embedder():
    from newsweave.enrich.embed import Embedder
    return Embedder()


def art(id, text, lang, source, ents=(), dates=()):
    """Article with mentions given as (surface, type, entity id) and dates as (surface, value)."""
    a = Article(id=id, text=text, lang=lang, source=source)
    for surface, typ, eid in ents:
        pos = 0
        while (i := text.find(surface, pos)) >= 0:
            a.entities.append(Mention(i, i + len(surface), surface, typ, entity=eid, name=surface))
            pos = i + len(surface)
    for surface, value in dates:
        i = text.index(surface)
        a.timexes.append(Timex(i, i + len(surface), surface, "DATE", value))
    return a


def conflicts_of(arts, embedder, comparators=None):
    al = align_claims(extract_claims(arts), embedder=embedder)
    return find_conflicts(al, comparators)


def kinds(cfs):
    return sorted({c.kind for c in cfs})


def test_date_conflict(embedder):
    a = art("a", "The foreign minister Lena Varga landed in Riga on 3 March for talks.", "en", "North",
            [("Lena Varga", "PER", "P1"), ("Riga", "LOC", "L1")], [("3 March", "2025-03-03")])
    b = art("b", "La ministre des Affaires étrangères Lena Varga est arrivée à Riga le 5 mars pour des pourparlers.",
            "fr", "South", [("Lena Varga", "PER", "P1"), ("Riga", "LOC", "L1")], [("5 mars", "2025-03-05")])
    cfs = conflicts_of([a, b], embedder)
    assert kinds(cfs) == ["date"]
    c = cfs[0]
    assert sorted(c.detail["values"]) == ["2025-03-03", "2025-03-05"]
    assert {c.a.text, c.b.text} == {"3 March", "5 mars"}
    assert {c.a.source, c.b.source} == {"North", "South"}
    assert 0 < c.confidence <= 1


def test_number_conflict(embedder):
    a = art("a", "The flood forced 1,200 people from their homes in Tartu.", "en", "North",
            [("Tartu", "LOC", "L2")])
    b = art("b", "Die Flut vertrieb in Tartu 3.400 Menschen aus ihren Häusern.", "de", "East",
            [("Tartu", "LOC", "L2")])
    cfs = conflicts_of([a, b], embedder)
    assert kinds(cfs) == ["number"]
    assert sorted(cfs[0].detail["values"]) == [1200.0, 3400.0]
    assert cfs[0].detail["unit"] == "person"


def test_role_conflict_same_body(embedder):
    a = art("a", "The secretary of the Harbour Council, Ivo Marn, opened the new pier.", "en", "North",
            [("Harbour Council", "ORG", "O1"), ("Ivo Marn", "PER", "P2")])
    b = art("b", "Le président du Harbour Council Ivo Marn a inauguré la nouvelle jetée.", "fr", "South",
            [("Harbour Council", "ORG", "O1"), ("Ivo Marn", "PER", "P2")])
    cfs = [c for c in conflicts_of([a, b], embedder) if c.kind == "role"]
    assert len(cfs) == 1
    assert sorted(cfs[0].detail["values"]) == ["chair", "secretary"]
    assert cfs[0].confidence >= 0.8  # same body, different titles


def test_role_no_conflict_two_posts_in_one_article(embedder):
    # the first article itself gives both titles: not a contradiction
    a = art("a", "Ivo Marn, secretary of the Harbour Council, spoke first. Later the chairman of the port board Ivo Marn left.",
            "en", "North", [("Harbour Council", "ORG", "O1"), ("port board", "ORG", "O2"), ("Ivo Marn", "PER", "P2")])
    b = art("b", "Le président du conseil portuaire Ivo Marn a quitté la salle.", "fr", "South",
            [("conseil portuaire", "ORG", "O2"), ("Ivo Marn", "PER", "P2")])
    assert [c for c in conflicts_of([a, b], embedder) if c.kind == "role"] == []


def test_location_containment_conflict(embedder):
    a = art("a", "Heavy shelling hit Dobrava, a Latvian border town, overnight.", "en", "North",
            [("Dobrava", "LOC", "L3")])
    b = art("b", "Des bombardements ont frappé Dobrava, dans l'est de l'Estonie, cette nuit.", "fr", "South",
            [("Dobrava", "LOC", "L3")])
    cfs = [c for c in conflicts_of([a, b], embedder) if c.kind == "location"]
    assert len(cfs) == 1
    assert sorted(cfs[0].detail["values"]) == ["EE", "LV"]
    assert "Latvian" in cfs[0].a.text + cfs[0].b.text


def test_location_same_country_no_conflict(embedder):
    a = art("a", "Heavy shelling hit Dobrava, a Latvian border town, overnight.", "en", "North",
            [("Dobrava", "LOC", "L3")])
    b = art("b", "В латвийском городе Добрава ночью были слышны взрывы.", "ru", "East",
            [("Добрава", "LOC", "L3")])
    assert [c for c in conflicts_of([a, b], embedder) if c.kind == "location"] == []


def test_negation_conflict(embedder):
    a = art("a", "The prime minister Tomas Reid attended the summit in Oslo.", "en", "North",
            [("Tomas Reid", "PER", "P4"), ("Oslo", "LOC", "L4")])
    b = art("b", "The prime minister Tomas Reid did not attend the summit in Oslo.", "en", "West",
            [("Tomas Reid", "PER", "P4"), ("Oslo", "LOC", "L4")])
    cfs = conflicts_of([a, b], embedder)
    assert kinds(cfs) == ["negation"]
    neg = cfs[0].a if "not" in cfs[0].a.text else cfs[0].b
    assert neg.text == "not" and neg.source == "West"


def test_paraphrase_with_same_facts_is_not_a_conflict(embedder):
    a = art("a", "On 3 March the foreign minister Lena Varga arrived in Riga with 40 advisers.", "en", "North",
            [("Lena Varga", "PER", "P1"), ("Riga", "LOC", "L1")], [("3 March", "2025-03-03")])
    b = art("b", "La ministre Lena Varga est arrivée à Riga le 3 mars, accompagnée de 40 conseillers.", "fr",
            "South", [("Lena Varga", "PER", "P1"), ("Riga", "LOC", "L1")], [("3 mars", "2025-03-03")])
    c = art("c", "Foreign minister Lena Varga reached Riga on March 3 together with forty advisers.", "en", "West",
            [("Lena Varga", "PER", "P1"), ("Riga", "LOC", "L1")], [("March 3", "2025-03")])
    al = align_claims(extract_claims([a, b, c]), embedder=embedder)
    assert find_conflicts(al) == []
    # the three sentences are aligned into one cluster carried by three outlets
    assert max(cl.n_sources for cl in al.clusters) == 3


def test_unrelated_claims_with_different_dates_do_not_conflict(embedder):
    a = art("a", "The bakery in Riga opened on 3 March.", "en", "North", [("Riga", "LOC", "L1")],
            [("3 March", "2025-03-03")])
    b = art("b", "Le parlement a voté le budget le 5 mars.", "fr", "South", [], [("5 mars", "2025-03-05")])
    assert conflicts_of([a, b], embedder) == []


def test_comparator_is_pluggable(embedder):
    """A comparator (e.g. an NLI model) replaces the fact comparator on the same candidate pairs."""
    from newsweave.compare.conflicts import _ev

    class Contradicts:
        name = "fake-nli"

        def __init__(self):
            self.pairs = 0

        def compare(self, a, b, similarity):
            self.pairs += 1
            return [Conflict("other", _ev(a, a.start, a.end), _ev(b, b.start, b.end), 0.5,
                             {"values": ["a", "b"]}, comparator=self.name)]

    a = art("a", "The prime minister Tomas Reid attended the summit in Oslo.", "en", "North")
    b = art("b", "The prime minister Tomas Reid did not attend the summit in Oslo.", "en", "West")
    nli = Contradicts()
    cfs = conflicts_of([a, b], embedder, [nli])
    assert nli.pairs == 1
    assert [(c.kind, c.comparator) for c in cfs] == [("other", "fake-nli")]


def test_location_from_demonstrative_reference(embedder):
    a = art("a", "Troops returned to the Dobrava district last week. Fighting in this Latvian border district lasted months.",
            "en", "North", [("Dobrava", "LOC", "L3")])
    b = art("b", "Des combats ont eu lieu dans le district de Dobrava, dans l'est de l'Estonie.", "fr", "South",
            [("Dobrava", "LOC", "L3")])
    cfs = [c for c in conflicts_of([a, b], embedder) if c.kind == "location"]
    assert len(cfs) == 1 and sorted(cfs[0].detail["values"]) == ["EE", "LV"]


def test_not_only_and_rule_out_are_not_negations():
    from newsweave.compare import lexicon
    assert lexicon.is_negated("The visit did not only confirm the deal.", "en") is None
    assert lexicon.is_negated("La visite n'a pas seulement confirmé l'accord.", "fr") is None
    assert lexicon.is_negated("Le pays n'exclut pas une coopération.", "fr") is None
    assert lexicon.is_negated("Le pays n'a pas signé l'accord.", "fr") is not None


def test_claims_of_different_events_are_not_compared(embedder):
    a = art("a", "The foreign minister Lena Varga landed in Riga on 3 March for talks.", "en", "North",
            [("Lena Varga", "PER", "P1"), ("Riga", "LOC", "L1")], [("3 March", "2025-03-03")])
    b = art("b", "The foreign minister Lena Varga landed in Riga on 5 March for talks.", "en", "South",
            [("Lena Varga", "PER", "P1"), ("Riga", "LOC", "L1")], [("5 March", "2025-03-05")])
    a.event, b.event = "ev1", "ev2"
    assert conflicts_of([a, b], embedder) == []
    b.event = "ev1"
    assert kinds(conflicts_of([a, b], embedder)) == ["date"]


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
