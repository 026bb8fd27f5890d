"""Classes of the session-24 slot work on invented text: a company's chair against its chief
executive (two offices), unless a title's word covers both ("prezes", "PDG", a company's
"president"); a lower count in an undated article (its day inferred from the event) is no
earlier edition of a rising count."""
from __future__ import annotations

from newsweave.compare.slots import event_conflicts
from newsweave.model import DateInfo
from slottest_articles import art

PER = [("Marco Bini", "PER")]


def _titles(*texts: tuple[str, str]) -> list[list[list[str]]]:
    arts = [art(chr(97 + i), lang, text, PER) for i, (lang, text) in enumerate(texts)]
    return [[s.articles for s in c.sides] for c in event_conflicts(arts) if c.slot == "who_as_what"]


CHAIR_IT = ("it", "Lo ha detto ieri a Torino il presidente della società, Marco Bini.")
CHAIR_ES = ("es", "Lo dijo ayer en Turín el presidente de la empresa, Marco Bini.")
CHAIR_EN = ("en", "The company's chairman, Marco Bini, said so in Turin yesterday.")
CEO_FR = ("fr", "C'est ce qu'a dit hier à Turin le directeur général de l'entreprise, Marco Bini.")
CEO_DE = ("de", "Das sagte gestern in Turin der Vorstandschef des Unternehmens, Marco Bini.")
CEO_EN = ("en", "The company's chief executive, Marco Bini, said so in Turin yesterday.")


def test_a_chair_against_a_chief_executive_conflicts():
    assert _titles(CHAIR_IT, CHAIR_ES, CEO_FR) == [[["a", "b"], ["c"]]]
    assert _titles(CEO_DE, CEO_EN, CHAIR_EN) == [[["a", "b"], ["c"]]]


def test_a_word_covering_chair_and_chief_executive_fits_both():
    prezes = ("pl", "Prezes spółki Marco Bini powiedział to wczoraj w Turynie.")
    pdg = ("fr", "C'est ce qu'a dit hier à Turin le PDG de l'entreprise, Marco Bini.")
    president = ("ru", "Об этом вчера в Турине заявил президент компании Марко Бини.")
    assert _titles(CHAIR_IT, CHAIR_ES, prezes) == []
    assert _titles(CEO_EN, pdg) == []
    assert _titles(CHAIR_IT, pdg) == []
    assert _titles(CEO_DE, CEO_FR, ("en", "The company's president, Marco Bini, said so in Turin yesterday.")) == []
    arts = [art("a", "ru", president[1], [("Марко Бини", "PER")]), art("b", "en", CEO_EN[1], PER)]
    assert [c for c in event_conflicts(arts) if c.slot == "who_as_what"] == []


def _evacuated(dated_c: str | None) -> list[list[list[str]]]:
    a = art("a", "en", "Firefighters evacuated 318 patients from the clinic in Tarnow on Monday night.")
    b = art("b", "de", "Die Feuerwehr evakuierte am Montagabend 318 Patienten aus der Klinik in Tarnow.")
    c = art("c", "fr", "Les pompiers ont évacué 183 patients de la clinique de Tarnow lundi soir.")
    for x in (a, b):
        x.date = DateInfo("2031-05-06")
    c.date = DateInfo("2031-05-05", source="inferred", confidence=0.9) if dated_c is None \
        else DateInfo(dated_c)
    return [[s.articles for s in cf.sides] for cf in event_conflicts([a, b, c]) if cf.slot == "how_many"]


def test_a_lower_count_of_an_undated_article_is_no_earlier_edition():
    assert _evacuated(None) == [[["a", "b"], ["c"]]]


def test_a_lower_count_of_an_older_dated_article_stays_an_update():
    assert _evacuated("2031-05-05") == []


def test_a_tally_conflict_is_not_repeated_by_its_counts():
    texts = [("en", "The council approved the new library on Monday by 27 votes to 8."),
             ("fr", "Le conseil a approuvé lundi la nouvelle bibliothèque par 27 voix contre 8."),
             ("it", "Il consiglio ha approvato lunedì la nuova biblioteca con 27 voti favorevoli e 18 contrari."),
             ("es", "El consejo aprobó el lunes la nueva biblioteca por 27 votos a favor y 8 en contra.")]
    arts = [art(chr(97 + i), lang, t) for i, (lang, t) in enumerate(texts)]
    counts = [c for c in event_conflicts(arts) if c.slot == "how_many"]
    assert [c.subject for c in counts] == ["vote tally"]
    assert [s.articles for s in counts[0].sides] == [["a", "b", "d"], ["c"]]


def test_a_feminine_chief_executive_title_is_no_regional_minister():
    es = ("es", "Lo dijo ayer en Turín la consejera delegada de la empresa, Marco Bini.")
    it = ("it", "Lo ha detto ieri a Torino l'amministratrice delegata della società, Marco Bini.")
    assert _titles(es, it, CEO_EN) == []
    assert _titles(es, it, CHAIR_EN) == [[["a", "b"], ["c"]]]


def test_an_infrastructure_minister_is_the_transport_portfolio():
    per = [("Olga Rudenko", "PER")]
    texts = [("en", "Infrastructure minister Olga Rudenko resigned on Monday."),
             ("de", "Infrastrukturministerin Olga Rudenko ist am Montag zurückgetreten."),
             ("pl", "Minister infrastruktury Olga Rudenko podała się w poniedziałek do dymisji."),
             ("ru", "Министр энергетики Olga Rudenko в понедельник ушла в отставку.")]
    arts = [art(chr(97 + i), lang, t, per) for i, (lang, t) in enumerate(texts)]
    out = [c for c in event_conflicts(arts) if c.slot == "who_as_what"]
    assert len(out) == 1 and [s.articles for s in out[0].sides][1] == ["d"]
