"""Statuses of the whole happening in an article's lead (``compare/slots/event_status.py``):
"nobody was hurt" against a death, a resignation accepted against refused, compared article
against article in every language without aligned clauses (often short sentences that claims
leave out); an article telling both, a later article's later stage and a denial are not
conflicts. Every sentence is invented."""
from __future__ import annotations

import pytest

from newsweave.compare.slots import event_status
from newsweave.model import DateInfo
from slottest_articles import art

LANGS = ("en", "fr", "de", "es", "ru", "uk", "it", "pl")

UNHARMED = {
    "en": "A fire broke out in the warehouse of the Orvik paper mill on Tuesday night. Nobody was hurt, the fire brigade said.",
    "fr": "Un incendie s'est déclaré mardi soir dans l'entrepôt de la papeterie d'Orvik. Il n'y a eu aucun blessé, selon les pompiers.",
    "de": "In der Lagerhalle der Papierfabrik Orvik ist am Dienstagabend ein Feuer ausgebrochen. Verletzt wurde niemand, teilte die Feuerwehr mit.",
    "es": "Un incendio se declaró el martes por la noche en el almacén de la papelera de Orvik. No hubo heridos, según los bomberos.",
    "ru": "Во вторник вечером на складе бумажной фабрики в Орвике начался пожар. Никто не пострадал, сообщили пожарные.",
    "uk": "У вівторок увечері на складі паперової фабрики в Орвіку спалахнула пожежа. Ніхто не постраждав, повідомили пожежники.",
    "it": "Martedì sera è scoppiato un incendio nel magazzino della cartiera di Orvik. Nessun ferito, secondo i vigili del fuoco.",
    "pl": "We wtorek wieczorem w magazynie papierni w Orviku wybuchł pożar. Nikt nie ucierpiał, poinformowała straż pożarna.",
}
DIED = {
    "en": "A night watchman died when a fire broke out in the warehouse of the Orvik paper mill on Tuesday.",
    "fr": "Un gardien est mort mardi soir dans l'incendie de l'entrepôt de la papeterie d'Orvik.",
    "de": "Ein Wachmann starb am Dienstagabend beim Brand in der Lagerhalle der Papierfabrik Orvik.",
    "es": "Un vigilante murió el martes por la noche en el incendio del almacén de la papelera de Orvik.",
    "ru": "Во вторник вечером при пожаре на складе бумажной фабрики в Орвике погиб охранник.",
    "uk": "У вівторок увечері під час пожежі на складі паперової фабрики в Орвіку загинув охоронець.",
    "it": "Un guardiano è morto martedì sera nell'incendio del magazzino della cartiera di Orvik.",
    "pl": "We wtorek wieczorem w pożarze magazynu papierni w Orviku zginął strażnik.",
}
ACCEPTED = {
    "en": "Transport minister Ilse Varga announced her resignation on Monday. The prime minister accepted her resignation.",
    "fr": "La ministre des Transports Ilse Varga a annoncé lundi sa démission. Le Premier ministre a accepté sa démission.",
    "de": "Verkehrsministerin Ilse Varga hat am Montag ihren Rücktritt erklärt. Der Regierungschef nahm den Rücktritt an.",
    "es": "La ministra de Transportes, Ilse Varga, anunció el lunes su dimisión. El primer ministro aceptó su dimisión.",
    "ru": "Министр транспорта Ильзе Варга в понедельник объявила об уходе. Премьер принял отставку.",
    "uk": "Міністерка транспорту Ільзе Варга в понеділок оголосила про відхід. Прем'єр відставку прийняв.",
    "it": "La ministra dei Trasporti Ilse Varga ha annunciato lunedì il passo indietro. Il premier ha accettato le dimissioni.",
    "pl": "Minister transportu Ilse Varga ogłosiła w poniedziałek odejście. Premier przyjął jej rezygnację.",
}
REFUSED = {
    "en": "Transport minister Ilse Varga offered to step down on Monday, but the prime minister refused to accept it.",
    "fr": "La ministre des Transports Ilse Varga a proposé lundi de partir, mais le Premier ministre a refusé sa démission.",
    "de": "Verkehrsministerin Ilse Varga wollte am Montag gehen, doch der Regierungschef lehnte ihren Rücktritt ab.",
    "es": "La ministra de Transportes, Ilse Varga, quiso irse el lunes, pero el primer ministro rechazó su dimisión.",
    "ru": "Министр транспорта Ильзе Варга в понедельник хотела уйти, но премьер отказался принять отставку.",
    "uk": "Міністерка транспорту Ільзе Варга в понеділок хотіла піти, але прем'єр відмовився прийняти відставку.",
    "it": "La ministra dei Trasporti Ilse Varga voleva lasciare lunedì, ma il premier ha respinto le dimissioni.",
    "pl": "Minister transportu Ilse Varga chciała w poniedziałek odejść, ale premier nie przyjął jej rezygnacji.",
}


def values(arts) -> list[list[str]]:
    return [sorted(s.value for s in c.sides) for c in event_status.status_conflicts(arts, [], [])]


@pytest.mark.parametrize("lx,ly", [(x, y) for x in LANGS for y in LANGS][::3])
def test_nobody_hurt_against_a_death(lx, ly):
    """"nobody was hurt" (a short sentence of the lead) against "a watchman died" in the fire."""
    assert values([art("a", lx, UNHARMED[lx]), art("b", ly, DIED[ly])]) == [["died", "unharmed"]]


@pytest.mark.parametrize("lx,ly", [(x, y) for x in LANGS for y in LANGS][1::3])
def test_resignation_accepted_against_refused(lx, ly):
    assert values([art("a", lx, ACCEPTED[lx]), art("b", ly, REFUSED[ly])]) == [["accepted", "refused"]]


@pytest.mark.parametrize("lang", LANGS)
def test_one_status_told_twice_is_no_conflict(lang):
    assert values([art("a", lang, UNHARMED[lang]), art("b", "en", UNHARMED["en"])]) == []
    assert values([art("a", lang, ACCEPTED[lang]), art("b", "en", ACCEPTED["en"])]) == []


def test_refusal_to_accept_is_no_acceptance():
    """"refused to accept" and "nie przyjął" (did not accept) are refusals, never acceptances."""
    for lang in ("en", "ru", "uk", "pl"):
        a = art("a", lang, REFUSED[lang])
        assert set(event_status.told(a)) == {"refused"}, lang


def test_an_article_telling_both_reconciles_them():
    both = ("The fire in the Orvik paper mill's warehouse on Tuesday night hurt no one inside. "
            "A night watchman outside died of a heart attack. Nobody was hurt in the blaze itself.")
    assert values([art("a", "en", both), art("b", "en", DIED["en"]), art("c", "en", UNHARMED["en"])]) == \
        [["died", "unharmed"]]  # b against c; a, telling both, stands on no side
    got = event_status.status_conflicts([art("a", "en", both), art("b", "en", DIED["en"]),
                                         art("c", "en", UNHARMED["en"])], [], [])
    assert sorted(x for s in got[0].sides for x in s.articles) == ["b", "c"]


def test_a_later_article_may_tell_a_later_stage():
    """Refused on Monday, accepted in an article three days later: an update, not a conflict;
    nobody hurt, then a death reported days later: an update too."""
    first, later = art("a", "en", REFUSED["en"]), art("b", "en", ACCEPTED["en"])
    later.date = DateInfo("2031-05-09")
    assert values([first, later]) == []
    first, later = art("a", "en", UNHARMED["en"]), art("b", "en", DIED["en"])
    later.date = DateInfo("2031-05-09")
    assert values([first, later]) == []


def test_a_denied_sentence_is_left_out():
    denied = "The fire brigade denied reports that a night watchman died in the Orvik paper mill fire on Tuesday."
    assert values([art("a", "en", UNHARMED["en"]), art("b", "en", denied)]) == []


def test_a_status_after_the_lead_is_not_read():
    """Only the first LEAD_SENTENCES sentences tell the happening's result."""
    filler = " ".join(f"The mill employs {n} people in the valley." for n in range(10, 10 + event_status.LEAD_SENTENCES))
    assert values([art("a", "en", UNHARMED["en"]), art("b", "en", filler + " " + DIED["en"])]) == []


FIRST = {
    "en": "Parliament on Tuesday passed in first reading a bill on river dredging.",
    "fr": "Le Parlement a adopté mardi en première lecture un projet de loi sur le dragage des rivières.",
    "de": "Das Parlament hat am Dienstag in erster Lesung ein Gesetz über das Ausbaggern der Flüsse verabschiedet.",
    "es": "El Parlamento aprobó el martes en primera lectura un proyecto de ley sobre el dragado de los ríos.",
    "ru": "Парламент во вторник принял в первом чтении законопроект о расчистке рек.",
    "uk": "Парламент у вівторок ухвалив у першому читанні законопроєкт про розчищення річок.",
    "it": "Il Parlamento ha approvato martedì in prima lettura un disegno di legge sul dragaggio dei fiumi.",
    "pl": "Parlament we wtorek przyjął w pierwszym czytaniu projekt ustawy o pogłębianiu rzek.",
}
FINAL = {
    "en": "Parliament on Tuesday passed the river dredging law as a whole.",
    "fr": "Le Parlement a adopté mardi dans son ensemble la loi sur le dragage des rivières.",
    "de": "Das Parlament hat am Dienstag das Gesetz über das Ausbaggern der Flüsse beschlossen. Nun muss der Präsident unterschreiben.",
    "es": "El Parlamento aprobó el martes en su conjunto la ley sobre el dragado de los ríos.",
    "ru": "Парламент во вторник принял в целом закон о расчистке рек.",
    "uk": "Парламент у вівторок ухвалив у цілому закон про розчищення річок.",
    "it": "Il Parlamento ha approvato martedì in via definitiva la legge sul dragaggio dei fiumi.",
    "pl": "Parlament we wtorek uchwalił w całości ustawę o pogłębianiu rzek.",
}


@pytest.mark.parametrize("lx,ly", [(x, y) for x in LANGS for y in LANGS][2::3])
def test_a_law_passed_as_a_whole_against_its_first_reading(lx, ly):
    assert values([art("a", lx, FINAL[lx]), art("b", ly, FIRST[ly])]) == [["final reading", "first reading"]]


def test_in_general_is_no_stage_of_a_bill():
    """Russian "в целом" and Ukrainian "в цілому" (on the whole) without a verb of passing say nothing."""
    a = art("a", "ru", "В целом ситуация на реке во вторник оставалась спокойной.")
    b = art("b", "uk", "В цілому ситуація на річці у вівторок залишалася спокійною.")
    assert event_status.told(a) == {} and event_status.told(b) == {}
    assert values([a, art("c", "ru", FIRST["ru"])]) == []


def test_a_first_reading_then_the_final_vote_days_later_is_an_update():
    first, later = art("a", "en", FIRST["en"]), art("b", "en", FINAL["en"])
    later.date = DateInfo("2031-05-20")
    assert values([first, later]) == []
