"""Paraphrase matrix (invented sentences) of a ruling on a legal challenge, granted (the act
annulled) or dismissed (the challenge rejected), in eight languages; clauses that are no ruling."""
import pytest

from newsweave.compare.slots.ruling import DISMISSED, GRANTED, ruling


@pytest.mark.parametrize("text,cls", [
    ("The regional court annulled the mining licence on Monday.", GRANTED),
    ("Judges quashed the zoning decision.", GRANTED),
    ("The court dismissed the farmers' lawsuit against the licence.", DISMISSED),
    ("A court threw out the challenge brought by neighbours.", DISMISSED),
    ("Das Landgericht hob die Genehmigung für den Windpark auf.", GRANTED),
    ("Das Gericht hat die Klage der Anwohner abgewiesen.", DISMISSED),
    ("Das Oberverwaltungsgericht hat gestern die Beschwerde mehrerer Umweltverbände gegen den Ausbau "
     "der Autobahn zwischen den beiden Städten im Norden des Landes zurückgewiesen.", DISMISSED),
    ("Le tribunal a annulé l'arrêté préfectoral.", GRANTED),
    ("La cour a rejeté le recours des habitants.", DISMISSED),
    ("El tribunal anuló la licencia de obras.", GRANTED),
    ("El juez desestimó la demanda de los vecinos.", DISMISSED),
    ("Il tribunale ha annullato la delibera comunale.", GRANTED),
    ("Il Tar ha respinto il ricorso dei residenti, ha deciso la corte.", DISMISSED),
    ("Sąd uchylił decyzję wojewody.", GRANTED),
    ("Sąd oddalił skargę mieszkańców.", DISMISSED),
    ("Суд отменил разрешение на строительство.", GRANTED),
    ("Суд отклонил иск жителей.", DISMISSED),
    ("Суд скасував дозвіл на будівництво.", GRANTED),
    ("Суд відхилив позов мешканців.", DISMISSED),
])
def test_ruling(text: str, cls: str) -> None:
    r = ruling(text)
    assert r is not None and r[2] == cls


@pytest.mark.parametrize("text", [
    "The council rejected the budget by 30 votes to 12.",  # a vote: no court
    "The court will hear the appeal in May.",  # no ruling yet
    "Organisers annulled the concert.",  # no court: the happening reader's
    "Der Stadtrat lehnte den Antrag ab.",
    "Le conseil municipal a rejeté la demande.",
])
def test_no_ruling(text: str) -> None:
    assert ruling(text) is None


@pytest.mark.parametrize("lang,text", [
    ("en", "The appeals court quashed the conviction of the former mayor."),
    ("fr", "La cour d'appel a annulé la condamnation de l'ancien maire."),
])
def test_a_quashed_conviction_is_the_verdict_not_a_ruling(lang: str, text: str) -> None:
    from newsweave.compare.claims import extract_claims
    from newsweave.compare.slots import article_facts
    from slottest_articles import art
    a = art("a", lang, text, [])
    subjects = {f.subject for f in article_facts(a, extract_claims([a])) if f.slot == "outcome"}
    assert "ruling" not in subjects
