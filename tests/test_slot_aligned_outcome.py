"""The aligned outcome layer (``compare/slots/aligned_outcome.py``): opposite results of one
happening told in aligned clauses of two articles (here a similarity given by hand, clause k of
one article alike to clause k of the other) — an appointment against the same appointment
postponed, an agreement signed against talks that failed, all rescued against one dead — are
conflicts in every language; a party's denial, "no progress", "ne … que", background, an article
telling both results, a later article's new stage (an update over time) and clauses that are not
aligned are not. Every sentence is invented."""
from __future__ import annotations

import pytest

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import aligned_outcome, event_conflicts
from newsweave.model import DateInfo
from slottest_articles import art, by_position



def layer(arts, sim=by_position) -> list:
    """The layer's outcome conflicts (those the family readers alone do not report)."""
    on = {c.subject: c for c in event_conflicts(arts, sim, align=True) if c.slot == "outcome"}
    off = {c.subject for c in event_conflicts(arts, sim, align=False) if c.slot == "outcome"}
    return [c for s, c in sorted(on.items()) if s not in off]


def pair(lang_x: str, x: str, lang_y: str, y: str, ents=()):
    return [art("a", lang_x, x, ents), art("b", lang_y, y, ents)]


# ------------------------------------------------------------------ appointed / postponed
APPOINTED = {
    "en": "The board appointed Mara Linde as director on Monday.",
    "fr": "Le conseil a nommé lundi Mara Linde directrice.",
    "de": "Der Vorstand hat am Montag Mara Linde zur Direktorin ernannt.",
    "es": "El consejo nombró el lunes a Mara Linde directora.",
    "ru": "Совет в понедельник назначил Мару Линде директором.",
    "uk": "Рада в понеділок призначила Мару Лінде директоркою.",
    "it": "Il consiglio ha nominato lunedì Mara Linde direttrice.",
    "pl": "Rada w poniedziałek powołała Marę Linde na dyrektorkę.",
}
POSTPONED = {
    "en": "The board postponed the appointment of a new director on Monday.",
    "fr": "Le conseil a reporté lundi la nomination de la nouvelle directrice.",
    "de": "Der Vorstand hat am Montag die Ernennung der neuen Direktorin verschoben.",
    "es": "El consejo aplazó el lunes el nombramiento de la nueva directora.",
    "ru": "Совет в понедельник отложил назначение нового директора.",
    "uk": "Рада в понеділок відклала призначення нової директорки.",
    "it": "Il consiglio ha rinviato lunedì la nomina della nuova direttrice.",
    "pl": "Rada w poniedziałek przełożyła powołanie nowej dyrektorki.",
}
LANGS = ("en", "fr", "de", "es", "ru", "uk", "it", "pl")


@pytest.mark.parametrize("lx,ly", [(x, y) for x in LANGS for y in LANGS][::3])
def test_appointment_against_the_appointment_postponed(lx, ly):
    """"appointed X" against "postponed the appointment": the appointment did not take place."""
    got = layer(pair(lx, APPOINTED[lx], ly, POSTPONED[ly]))
    assert [sorted(s.value for s in c.sides) for c in got] == [["appointed", "postponed"]]


@pytest.mark.parametrize("lang", LANGS)
def test_one_appointment_told_twice_is_no_conflict(lang):
    assert layer(pair(lang, APPOINTED[lang], "en", APPOINTED["en"])) == []


def test_negated_appointment_is_its_opposite_but_ne_que_is_no_negation():
    """"was not appointed" is against "appointed"; "n'a nommé que lundi" (only on Monday) appoints."""
    assert layer(pair("en", "Mara Linde was not appointed director by the board on Monday.",
                      "en", APPOINTED["en"]))
    only = "Le conseil n'a nommé que lundi Mara Linde directrice."
    a = art("a", "fr", only)
    assert [s for _s, _e, s in aligned_outcome.statuses(a, extract_claims([a])[0])] == ["appointed"]
    assert layer(pair("fr", only, "en", APPOINTED["en"])) == []


# ------------------------------------------------------------------ signed / failed
SIGNED = {
    "en": "The union and the transport company signed an agreement on Monday evening.",
    "fr": "Le syndicat et la société de transport ont signé un accord lundi soir.",
    "de": "Die Gewerkschaft und die Verkehrsgesellschaft haben am Montagabend eine Vereinbarung unterzeichnet.",
    "es": "El sindicato y la empresa de transportes firmaron el lunes por la noche un acuerdo.",
    "ru": "Профсоюз и транспортная компания в понедельник вечером подписали соглашение.",
    "uk": "Профспілка і транспортна компанія в понеділок увечері підписали угоду.",
}
# the failure word far from the noun of the talks, or with no such noun: no family reader takes it
FAILED = {
    "en": "The mediation effort between the drivers' union and the municipal transport company failed on Monday evening.",
    "fr": "La médiation entre le syndicat des chauffeurs et la société municipale de transport a échoué lundi soir.",
    "de": "Die Schlichtung zwischen der Gewerkschaft der Busfahrer und der städtischen Verkehrsgesellschaft ist am Montagabend gescheitert.",
    "es": "La mediación entre el sindicato de conductores y la empresa municipal de transportes fracasó el lunes por la noche.",
    "ru": "Посредничество между профсоюзом водителей и городской транспортной компанией в понедельник вечером провалилось.",
    "uk": "Посередництво між профспілкою водіїв і міською транспортною компанією в понеділок увечері провалилося.",
}


@pytest.mark.parametrize("lx,ly", [(x, y) for x in SIGNED for y in FAILED][::2])
def test_agreement_signed_against_talks_that_failed(lx, ly):
    got = layer(pair(lx, SIGNED[lx], ly, FAILED[ly]))
    assert [sorted(s.value for s in c.sides) for c in got] == [["failed", "signed"]]


def test_failed_to_is_no_failure_of_the_talks():
    """"failed to agree on the timetable" is no word of the talks failing."""
    assert layer(pair("en", SIGNED["en"], "en",
                      "The union and the transport company failed to agree on a timetable on Monday evening.")) == []


# ------------------------------------------------------------------ all rescued / one died
RESCUED = {
    "en": "All 12 climbers were rescued from the Valbrena glacier on Monday.",
    "fr": "Les 12 alpinistes ont tous été secourus lundi sur le glacier de Valbrena.",
    "de": "Alle 12 Bergsteiger wurden am Montag vom Valbrena-Gletscher gerettet.",
    "es": "Todos los 12 alpinistas fueron rescatados el lunes en el glaciar de Valbrena.",
    "ru": "Спасатели в понедельник спасли всех 12 альпинистов на леднике Valbrena.",
    "uk": "Рятувальники в понеділок врятували всіх 12 альпіністів на льодовику Valbrena.",
    "it": "Tutti i 12 alpinisti sono stati tratti in salvo lunedì sul ghiacciaio di Valbrena.",
    "pl": "Ratownicy w poniedziałek uratowali wszystkich 12 alpinistów na lodowcu Valbrena.",
}
DIED = {
    "en": "One climber died on the Valbrena glacier on Monday.",
    "fr": "Un alpiniste est mort lundi sur le glacier de Valbrena.",
    "de": "Ein Bergsteiger starb am Montag auf dem Valbrena-Gletscher.",
    "es": "Un alpinista murió el lunes en el glaciar de Valbrena.",
    "ru": "Один альпинист погиб в понедельник на леднике Valbrena.",
    "uk": "Один альпініст загинув у понеділок на льодовику Valbrena.",
    "it": "Un alpinista è morto lunedì sul ghiacciaio di Valbrena.",
    "pl": "Jeden alpinista zginął w poniedziałek na lodowcu Valbrena.",
}
GLACIER = [("Valbrena", "LOC")]


@pytest.mark.parametrize("lx,ly", [(x, y) for x in LANGS for y in LANGS][1::3])
def test_all_rescued_against_one_dead(lx, ly):
    got = layer(pair(lx, RESCUED[lx], ly, DIED[ly], GLACIER))
    assert [sorted(s.value for s in c.sides) for c in got] == [["died", "survived"]]


def test_a_death_of_another_group_is_no_conflict():
    """Without a participant named in both (the glacier, the mine), the dead may be of another
    group than the rescued (a rescuer, a driver): no conflict."""
    assert layer(pair("en", RESCUED["en"], "en", DIED["en"])) == []


@pytest.mark.parametrize("lang,nobody,one", [
    ("en", "No one died when the roof of the Kelso hall collapsed.", "One worker died when the roof of the Kelso hall collapsed."),
    ("ru", "Никто не погиб при обрушении крыши цеха Kelso.", "Один рабочий погиб при обрушении крыши цеха Kelso."),
    ("de", "Beim Einsturz des Dachs der Kelso-Halle kam niemand ums Leben.", "Beim Einsturz des Dachs der Kelso-Halle kam ein Arbeiter ums Leben."),
])
def test_nobody_died_against_one_dead(lang, nobody, one):
    got = layer(pair(lang, nobody, lang, one, [("Kelso", "ORG")]))
    assert [sorted(s.value for s in c.sides) for c in got] == [["died", "survived"]]


# ------------------------------------------------------------------ won / lost
CLUBS = [("Sokil", "ORG"), ("«Сокол»", "ORG"), ("«Сокіл»", "ORG"), ("Dynamo", "ORG")]
WON = {
    "en": "Sokil won the cup final in Lutsk on Sunday.",
    "fr": "Le Sokil a remporté dimanche la finale de la coupe à Loutsk.",
    "es": "El Sokil ganó el domingo la final de copa en Lutsk.",
    "de": "Sokil hat am Sonntag das Pokalfinale in Luzk gewonnen.",
}
LOST = {
    "en": "Sokil lost the cup final in Lutsk on Sunday.",
    "de": "Sokil hat am Sonntag das Pokalfinale in Luzk verloren.",
    "ru": "«Сокол» проиграл финал кубка в Луцке в воскресенье.",
    "uk": "«Сокіл» програв фінал кубка в Луцьку в неділю.",
    "it": "Il Sokil ha perso domenica la finale di coppa a Lutsk.",
    "pl": "Sokil przegrał w niedzielę finał pucharu w Łucku.",
    "fr": "Le Sokil a perdu dimanche la finale de la coupe à Loutsk.",
    "es": "El Sokil perdió el domingo la final de copa en Lutsk.",
}


@pytest.mark.parametrize("lx,ly", [(x, y) for x in WON for y in LOST][::2])
def test_a_side_won_against_the_same_side_lost(lx, ly):
    got = layer(pair(lx, WON[lx], ly, LOST[ly], CLUBS))
    assert [sorted(s.value for s in c.sides) for c in got] == [["lost", "won"]]


@pytest.mark.parametrize("text", ["Dynamo lost the cup final in Lutsk on Sunday.",
                                  "Sokil was defeated by Dynamo in the cup final in Lutsk on Sunday.",
                                  "Sokil's captain lost his life in a crash on Sunday."])
def test_another_side_lost_or_a_passive_is_no_conflict(text):
    """"Dynamo lost" agrees with "Sokil won"; in "Sokil was defeated by Dynamo" Sokil is no
    winner (the winner readers' job); "lost his life" is no lost match."""
    assert layer(pair("en", WON["en"], "en", text, CLUBS)) == []


# ------------------------------------------------------------------ not conflicts
def test_a_party_denial_is_no_conflict():
    """"the company denied that the talks had failed" is the company's claim, not a result."""
    denial = "The transport company denied on Monday evening that the mediation effort with the union had failed."
    assert layer(pair("en", SIGNED["en"], "en", denial)) == []


def test_no_progress_is_not_the_meeting_called_off():
    held = "The two delegations met in Geneva on Monday as planned."
    none = "The two delegations met in Geneva on Monday but made no progress towards a ceasefire."
    assert layer(pair("en", held, "en", none)) == []
    assert layer(pair("en", SIGNED["en"], "en", "The union and the transport company made no progress "
                      "towards an agreement on Monday evening.")) == []


def test_background_is_no_conflict():
    """Last year's appointment, told in passing, is not the happening's result."""
    earlier = "Last year the board appointed Mara Linde as director."
    assert layer(pair("en", earlier, "en", POSTPONED["en"])) == []


def test_an_article_telling_both_results_reconciles_them():
    both = "The board postponed the appointment of a new director on Monday. On Friday it appointed Mara Linde."
    assert layer(pair("en", POSTPONED["en"], "en", both)) == []


@pytest.mark.parametrize("lang,earlier,later", [("en", POSTPONED["en"], APPOINTED["en"]),
                                                ("en", RESCUED["en"], DIED["en"]), ("de", FAILED["de"], SIGNED["de"])])
def test_a_later_article_telling_the_next_stage_is_an_update(lang, earlier, later):
    """Postponed, then appointed; all rescued, then one died (later, in hospital); failed, then
    signed: three days apart, two stages of one story. The same day, a conflict."""
    arts = pair(lang, earlier, lang, later, GLACIER)
    assert layer(arts)
    arts[1].date = DateInfo("2031-05-09")
    assert layer(arts) == []


def test_clauses_not_aligned_are_no_conflict():
    assert layer(pair("en", APPOINTED["en"], "en", POSTPONED["en"]), lambda cl: by_position(cl, 0.7)) == []


def test_less_alike_clauses_align_through_a_shared_participant():
    """At 0.82 (under the layer's MIN_SIM) two clauses naming the same person align; without a
    participant in common they do not."""
    sim = lambda cl: by_position(cl, 0.82)
    x, y = "The board appointed Mara Linde as director on Monday.", \
        "The board postponed on Monday its vote on Mara Linde, the candidate for director."
    assert layer(pair("en", x, "en", y, [("Mara Linde", "PER")]), sim)
    assert layer(pair("en", x, "en", y), sim) == []


@pytest.mark.parametrize("lang,text", [
    ("ru", "Стороны договорились передать тела двухсот погибших военнослужащих."),
    ("uk", "Сторони домовилися передати тіла двохсот загиблих військових."),
    ("de", "Unter den Toten war kein Bergsteiger aus dem Tal."),
    ("en", "There was no information on the dead, the mayor said."),
])
def test_a_noun_of_the_dead_is_no_status(lang, text):
    """"the bodies of 200 dead soldiers" counts earlier deaths (the how-many readers' job): it
    tells no death as the happening's result, and negated ("no information on the dead") no
    survival either."""
    a = art("a", lang, text)
    assert [s for c in extract_claims([a]) for _s, _e, s in aligned_outcome.statuses(a, c)] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "The concert began at the appointed time in the Lenhart hall."),
    ("en", "The newly appointed director opened the Lenhart hall on Monday."),
    ("fr", "Un homme nommé Paul Verrier a ouvert la salle Lenhart lundi."),
    ("de", "Der Bürgermeister berief sich am Montag auf das Stadtrecht."),
    ("ru", "Совет назначил выборы на 12 июня."),
    ("uk", "Рада призначила вибори на 12 червня."),
    ("en", "The board has not yet appointed a new director."),
])
def test_other_senses_of_appointing_are_no_status(lang, text):
    """An appointed time, an adjective, "a man named X", "berief sich auf" (invoked), a vote
    scheduled for a day ("назначил выборы на"), a post still open ("not yet appointed")."""
    a = art("a", lang, text)
    assert [s for c in extract_claims([a]) for _s, _e, s in aligned_outcome.statuses(a, c)] == []
