"""Outcome classes added in session 24, in every language they apply to: a launch that put its
payload in orbit against one that failed, a strike begun or under way against the same strike
called off or suspended (compared article against article, ``compare/slots/event_status.py``);
a vote verb whose subject is a counted group ("Six élus ... ont voté avec l'opposition") is a
minority's vote, no result of the decision; a verb of winning a trophy with the day and the
place between it and the trophy. Every sentence is invented."""
from __future__ import annotations

import pytest

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import event_conflicts, event_status
from newsweave.compare.slots.outcome import result_facts
from newsweave.model import DateInfo
from slottest_articles import art

LANGS = ("en", "fr", "de", "es", "ru", "uk", "it", "pl")


def values(arts) -> list[list[str]]:
    return [sorted(s.value for s in c.sides) for c in event_status.status_conflicts(arts, [], [])]


# ------------------------------------------------------------------ in orbit / failed
IN_ORBIT = {
    "en": "The Veltra-3 rocket of the start-up Nordlys put four small satellites into orbit on Friday.",
    "fr": "La fusée Veltra-3 de la start-up Nordlys a mis vendredi quatre petits satellites en orbite.",
    "de": "Die Rakete Veltra-3 des Start-ups Nordlys hat am Freitag vier kleine Satelliten in die Umlaufbahn gebracht.",
    "es": "El cohete Veltra-3 de la empresa Nordlys puso el viernes en órbita cuatro pequeños satélites.",
    "ru": "Ракета Veltra-3 компании Nordlys в пятницу вывела на орбиту четыре малых спутника.",
    "uk": "Ракета Veltra-3 компанії Nordlys у п'ятницю вивела на орбіту чотири малі супутники.",
    "it": "Il razzo Veltra-3 della società Nordlys ha messo venerdì in orbita quattro piccoli satelliti.",
    "pl": "Rakieta Veltra-3 firmy Nordlys wyniosła w piątek na orbitę cztery małe satelity.",
}
LAUNCH_FAILED = {
    "en": "The first orbital flight of the Veltra-3 rocket of the start-up Nordlys ended in failure on Friday.",
    "fr": "Le premier vol orbital de la fusée Veltra-3 de la start-up Nordlys s'est soldé vendredi par un échec.",
    "es": "El primer vuelo orbital del cohete Veltra-3 de la empresa Nordlys fracasó el viernes.",
    "ru": "Первый орбитальный полёт ракеты Veltra-3 компании Nordlys в пятницу провалился.",
    "uk": "Перший орбітальний політ ракети Veltra-3 компанії Nordlys у п'ятницю провалився.",
    "pl": "Pierwszy lot orbitalny rakiety Veltra-3 firmy Nordlys zakończył się w piątek niepowodzeniem.",
}
NOT_IN_ORBIT = {
    "ru": "Ракета Veltra-3 компании Nordlys в пятницу не вышла на орбиту.",
    "uk": "Ракета Veltra-3 компанії Nordlys у п'ятницю не вийшла на орбіту.",
    "pl": "Rakieta Veltra-3 firmy Nordlys w piątek nie dotarła na orbitę.",
}


@pytest.mark.parametrize("lx,ly", [(x, y) for x in IN_ORBIT for y in LAUNCH_FAILED][::2])
def test_payload_in_orbit_against_a_failed_launch(lx, ly):
    assert values([art("a", lx, IN_ORBIT[lx]), art("b", ly, LAUNCH_FAILED[ly])]) == [["failed", "in orbit"]]


@pytest.mark.parametrize("lang", list(NOT_IN_ORBIT))
def test_did_not_reach_orbit_is_a_failure(lang):
    assert values([art("a", "en", IN_ORBIT["en"]), art("b", lang, NOT_IN_ORBIT[lang])]) == [["failed", "in orbit"]]


@pytest.mark.parametrize("lang", LANGS)
def test_one_launch_in_orbit_told_twice_is_no_conflict(lang):
    assert values([art("a", lang, IN_ORBIT[lang]), art("b", "en", IN_ORBIT["en"])]) == []


def test_a_satellite_lost_days_later_is_a_later_stage():
    first, later = art("a", "en", IN_ORBIT["en"]), art("b", "en", LAUNCH_FAILED["en"])
    later.date = DateInfo("2031-05-10")
    assert values([first, later]) == []


# ------------------------------------------------------------------ strike on / called off
STRIKE_ON = {
    "en": "Cleaners at the Harvik hospital began a 24-hour strike on Monday over unpaid overtime.",
    "fr": "Les agents d'entretien de l'hôpital de Harvik ont entamé lundi une grève de 24 heures pour des heures supplémentaires impayées.",
    "de": "Die Reinigungskräfte des Krankenhauses Harvik haben am Montag einen 24-stündigen Streik begonnen.",
    "es": "Los limpiadores del hospital de Harvik iniciaron el lunes una huelga de 24 horas por las horas extra impagadas.",
    "ru": "В больнице Харвика в понедельник началась суточная забастовка уборщиков из-за неоплаченных сверхурочных.",
    "uk": "У лікарні Гарвіка в понеділок розпочався добовий страйк прибиральників через неоплачені понаднормові.",
    "it": "Al'ospedale di Harvik è iniziato lunedì lo sciopero di 24 ore degli addetti alle pulizie per gli straordinari non pagati.",
    "pl": "W szpitalu w Harviku od poniedziałku trwa 24-godzinny strajk sprzątaczek z powodu niewypłaconych nadgodzin.",
}
STRIKE_OFF = {
    "en": "Cleaners at the Harvik hospital called off a 24-hour strike planned for Monday after talks on overtime pay.",
    "fr": "Les agents d'entretien de l'hôpital de Harvik ont levé la grève de 24 heures prévue lundi après des discussions.",
    "de": "Die Reinigungskräfte des Krankenhauses Harvik haben den für Montag geplanten Streik nach Gesprächen abgesagt.",
    "es": "Los limpiadores del hospital de Harvik desconvocaron el domingo la huelga de 24 horas del lunes.",
    "ru": "Уборщики больницы Харвика отменили суточную забастовку, намеченную на понедельник.",
    "uk": "Прибиральники лікарні Гарвіка скасували добовий страйк, запланований на понеділок.",
    "it": "Gli addetti alle pulizie dell'ospedale di Harvik hanno revocato lo sciopero di 24 ore previsto per lunedì.",
    "pl": "Sprzątaczki szpitala w Harviku odwołały 24-godzinny strajk zaplanowany na poniedziałek.",
}


@pytest.mark.parametrize("lx,ly", [(x, y) for x in LANGS for y in LANGS][::3])
def test_strike_under_way_against_the_strike_called_off(lx, ly):
    assert values([art("a", lx, STRIKE_ON[lx]), art("b", ly, STRIKE_OFF[ly])]) == [["strike off", "strike on"]]


@pytest.mark.parametrize("lang", LANGS)
def test_one_strike_told_twice_is_no_conflict(lang):
    assert values([art("a", lang, STRIKE_ON[lang]), art("b", "en", STRIKE_ON["en"])]) == []
    assert values([art("a", lang, STRIKE_OFF[lang]), art("b", "en", STRIKE_OFF["en"])]) == []


def test_a_strike_suspended_days_later_is_a_later_stage_and_both_in_one_article_reconcile():
    first = art("a", "en", STRIKE_ON["en"])
    later = art("b", "en", "The cleaners of the Harvik hospital suspended their strike on Thursday.")
    later.date = DateInfo("2031-05-09")
    assert values([first, later]) == []
    both = art("c", "en", STRIKE_ON["en"] + " The union suspended the strike in the evening.")
    assert values([both, art("d", "en", STRIKE_ON["en"])]) == []


def test_a_strike_noun_is_needed():
    """"began" and "called off" of other things (a search, flights) are no strike statuses."""
    a = art("a", "en", "The search for the missing hiker began on Monday. Airlines cancelled a dozen flights.")
    assert set(event_status.told(a)) == set()


# ------------------------------------------------------------------ a counted group's vote
def _results(lang: str, text: str) -> list[tuple[str, str]]:
    a = art("a", lang, text)
    out: list[tuple[str, str]] = []
    for c in extract_claims([a]):
        result_facts(a, c, lambda slot, subj, val, key, *_a, **_k: out.append((subj, key)), None)
    return out


@pytest.mark.parametrize("lang,text", [
    ("fr", "Sept conseillers de la majorité municipale ont voté avec l'opposition."),
    ("de", "Sieben Stadträte der Regierungsmehrheit stimmten mit der Opposition."),
    ("en", "Seven councillors of the ruling majority voted with the opposition."),
])
def test_a_counted_group_voting_is_no_result(lang, text):
    assert _results(lang, text) == []


def test_the_body_voting_is_a_result():
    assert _results("fr", "Le conseil municipal a voté le budget de la ville mardi soir.") == [("decision", "approved")]


# ------------------------------------------------------------------ winner, day and place between
def test_trophy_won_with_the_day_and_place_between_verb_and_trophy():
    teams = [("Rovel Basket", "ORG"), ("Dinamo Sarn", "ORG")]
    a = art("a", "es", "El Rovel Basket conquistó el domingo en Valdera la Copa nacional al vencer 80-75.", teams)
    b = art("b", "en", "Dinamo Sarn won the national cup in Valdera on Sunday, 80-75.", teams)
    got = [c for c in event_conflicts([a, b]) if c.slot == "outcome" and c.subject == "winner"]
    assert [sorted(s.value for s in c.sides) for c in got] == [["Dinamo Sarn", "Rovel Basket"]]
