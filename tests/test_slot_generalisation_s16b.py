"""Session-16 paraphrase matrices of the *how many* and *outcome* readers: one fact told in
several wordings and languages, with several numbers; contradiction pairs must be reported and
compatible pairs (rounding within a modifier, other units, an update from an earlier article,
a part of the whole, a denial) must not. Every sentence is invented."""
from __future__ import annotations

import itertools

import pytest

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import event_conflicts
from newsweave.compare.slots.extract import article_facts
from newsweave.model import DateInfo
from slottest_articles import art


def facts(a, slot: str):
    return [f for f in article_facts(a, extract_claims([a])) if f.slot == slot]


def conflicts(arts, slot: str) -> list[tuple[str, str]]:
    return [(c.subject, c.tier) for c in event_conflicts(arts) if c.slot == slot]


# ------------------------------------------------------------------ winner and score
# (lang, text) with {W} the winner, {L} the loser, {w} the winner's goals, {l} the loser's
CLUBS = {"latin": ("Dinamo", "Sokol"), "cyrillic": ("Динамо", "Сокол")}
MATCH_MATRIX = [
    ("en", "{W} beat {L} {w}-{l} in the cup final on Sunday."),
    ("en", "{L} lost {l}-{w} to {W} in Sunday's cup final."),
    ("en", "{L} suffered a {l}:{w} defeat against {W} in the cup final."),
    ("en", "{W} won the cup final, beating {L} {w}-{l}."),
    ("fr", "{W} a battu {L} {w} à {l} en finale de la coupe dimanche."),
    ("fr", "{L} s'est incliné {l}-{w} face à {W} en finale de la coupe."),
    ("de", "{W} hat das Pokalfinale gegen {L} mit {w}:{l} gewonnen."),
    ("de", "{L} unterlag {W} im Pokalfinale mit {l}:{w}."),
    ("es", "{W} venció {w}-{l} a {L} en la final de copa del domingo."),
    ("es", "{L} perdió {l}-{w} ante {W} en la final de copa."),
    ("it", "Il {W} ha battuto il {L} {w} a {l} nella finale di coppa di domenica."),
    ("pl", "{W} pokonał {L} {w}:{l} w niedzielnym finale pucharu."),
    ("ru", "«{W}» обыграл «{L}» со счётом {w}:{l} в финале кубка."),
    ("uk", "«{W}» переміг «{L}» з рахунком {w}:{l} у фіналі кубка."),
]


def _match(lang: str, text: str, winner: int, w: int, l: int, ident: str):
    names = CLUBS["cyrillic" if lang in ("ru", "uk") else "latin"]
    win, lose = names[winner], names[1 - winner]
    body = text.format(W=win, L=lose, w=w, l=l)
    return art(ident, lang, body, [(win, "ORG"), (lose, "ORG")])


@pytest.mark.parametrize("lang,text", MATCH_MATRIX)
def test_winner_and_score_in_every_wording(lang, text):
    """The winner is the side that beat the other, whichever side the clause opens with, and
    the score is read in any order and with any separator ("3 à 1", "1:3 defeat")."""
    got = {(f.subject, f.key) for f in facts(_match(lang, text, 0, 3, 1, "a"), "outcome")}
    winner = CLUBS["cyrillic" if lang in ("ru", "uk") else "latin"][0]
    assert ("score", "3-1") in got
    assert any(s == "winner" and k.casefold().startswith(winner[:3].casefold()) for s, k in got), got
    assert not any(s == "winner" and not k.casefold().startswith(winner[:3].casefold()) for s, k in got), got


_PAIRS = [(i, (i + 5) % len(MATCH_MATRIX)) for i in range(len(MATCH_MATRIX))]


@pytest.mark.parametrize("i,j", _PAIRS)
def test_one_result_told_two_ways_is_no_conflict(i, j):
    (la, ta), (lb, tb) = MATCH_MATRIX[i], MATCH_MATRIX[j]
    assert conflicts([_match(la, ta, 0, 3, 1, "a"), _match(lb, tb, 0, 3, 1, "b")], "outcome") == []


@pytest.mark.parametrize("i,j", _PAIRS)
def test_another_winner_is_a_conflict(i, j):
    (la, ta), (lb, tb) = MATCH_MATRIX[i], MATCH_MATRIX[j]
    got = conflicts([_match(la, ta, 0, 2, 0, "a"), _match(lb, tb, 1, 2, 0, "b")], "outcome")
    assert ("winner", "confident") in got


@pytest.mark.parametrize("i,j", _PAIRS)
def test_another_score_is_a_conflict(i, j):
    (la, ta), (lb, tb) = MATCH_MATRIX[i], MATCH_MATRIX[j]
    got = conflicts([_match(la, ta, 0, 3, 1, "a"), _match(lb, tb, 0, 2, 1, "b")], "outcome")
    assert ("score", "confident") in got


@pytest.mark.parametrize("lang,text", [
    ("en", "Dinamo beat Sokol by three goals to one in the cup final."),
    ("fr", "Dinamo a battu Sokol par trois buts à un en finale."),
    ("es", "Dinamo venció a Sokol por tres goles a uno en la final."),
    ("it", "Il Dinamo ha battuto il Sokol per tre reti a una in finale."),
])
def test_a_score_in_words(lang, text):
    got = {(f.subject, f.key) for f in facts(art("a", lang, text, [("Dinamo", "ORG"), ("Sokol", "ORG")]), "outcome")}
    assert ("score", "3-1") in got


# ------------------------------------------------------------------ prison sentences
SENTENCE_MATRIX = [
    ("en", "Oria Venn was sentenced on Monday to {n} years in prison for fraud."),
    ("en", "The court handed Oria Venn a {n}-year prison sentence on Monday."),
    ("en", "Oria Venn was jailed for {n} years on Monday."),
    ("en", "Oria Venn received a prison term of {n} years for fraud."),
    ("fr", "Oria Venn a été condamnée lundi à {n} ans de prison pour fraude."),
    ("fr", "Le tribunal a infligé lundi à Oria Venn une peine de {n} ans d'emprisonnement."),
    ("de", "Oria Venn wurde am Montag zu {n} Jahren Haft verurteilt."),
    ("de", "Das Gericht verhängte gegen Oria Venn eine Freiheitsstrafe von {n} Jahren."),
    ("es", "Oria Venn fue condenada el lunes a {n} años de cárcel por fraude."),
    ("es", "El tribunal impuso a Oria Venn una pena de {n} años de prisión."),
    ("it", "Oria Venn è stata condannata lunedì a {n} anni di reclusione."),
    ("it", "Il tribunale ha inflitto a Oria Venn una pena di {n} anni di carcere."),
    ("pl", "Sąd skazał w poniedziałek Orię Venn na {n} lat pozbawienia wolności."),
    ("ru", "Суд в понедельник приговорил Орию Венн к {n} годам лишения свободы."),
    ("uk", "Суд у понеділок засудив Орію Венн до {n} років позбавлення волі."),
]
_NAMES = [("Oria Venn", "PER"), ("Orię Venn", "PER"), ("Орию Венн", "PER"), ("Орію Венн", "PER")]


@pytest.mark.parametrize("lang,text", SENTENCE_MATRIX)
@pytest.mark.parametrize("n", [5, 7])
def test_a_prison_sentence_in_every_form(lang, text, n):
    got = [f.key for f in facts(art("a", lang, text.format(n=n), _NAMES), "outcome") if f.subject == "sentence"]
    assert got == [f"{n}y"]


@pytest.mark.parametrize("i", range(len(SENTENCE_MATRIX)))
def test_sentences_compared_across_forms(i):
    j = (i + 4) % len(SENTENCE_MATRIX)
    (la, ta), (lb, tb) = SENTENCE_MATRIX[i], SENTENCE_MATRIX[j]
    same = [art("a", la, ta.format(n=5), _NAMES), art("b", lb, tb.format(n=5), _NAMES)]
    other = [art("a", la, ta.format(n=5), _NAMES), art("b", lb, tb.format(n=7), _NAMES)]
    assert conflicts(same, "outcome") == []
    assert ("sentence", "confident") in conflicts(other, "outcome")


@pytest.mark.parametrize("lang,text,key", [
    ("fr", "Oria Venn a été condamnée à 18 mois de prison avec sursis.", "1.5y"),
    ("de", "Oria Venn wurde zu acht Monaten Haft auf Bewährung verurteilt.", "0.667y"),
    ("en", "Oria Venn was given an 18-month suspended prison sentence.", "1.5y"),
    ("es", "Oria Venn fue condenada a una pena de 18 meses de prisión suspendida.", "1.5y"),
    ("it", "Oria Venn è stata condannata a 18 mesi di reclusione con la condizionale.", "1.5y"),
    ("ru", "Суд приговорил Орию Венн к 18 месяцам лишения свободы условно.", "1.5y"),
])
def test_a_wholly_suspended_sentence_is_the_sentence(lang, text, key):
    """A term suspended as a whole is a suspended sentence (compared with another article's
    suspended term); a suspended part of a longer term ("two of them suspended") is not."""
    got = [f.key for f in facts(art("a", lang, text, _NAMES), "outcome") if f.subject == "suspended sentence"]
    assert got == [key]


@pytest.mark.parametrize("lang,text", [
    ("en", "Oria Venn was sentenced to five years in prison, two of them suspended."),
    ("fr", "Oria Venn a été condamnée à cinq ans de prison dont deux avec sursis."),
    ("de", "Oria Venn wurde zu fünf Jahren Haft verurteilt, davon zwei auf Bewährung."),
])
def test_a_suspended_part_is_not_the_sentence(lang, text):
    got = [f.key for f in facts(art("a", lang, text, _NAMES), "outcome") if f.subject == "sentence"]
    assert got == ["5y"]


FINE_MATRIX = [
    ("en", "Oria Venn was fined €{x} on Monday for breaching the rules."),
    ("fr", "Oria Venn a été condamnée lundi à une amende de {x} euros."),
    ("de", "Oria Venn muss eine Geldstrafe von {x} Euro zahlen."),
    ("es", "Oria Venn fue multada con {x} euros el lunes."),
    ("it", "Oria Venn è stata condannata a una multa di {x} euro."),
    ("pl", "Sąd ukarał Orię Venn grzywną w wysokości {x} euro."),
]
_FMT = {"en": "{:,}", "fr": "{:,}", "de": "{:,}", "es": "{:,}", "it": "{:,}", "pl": "{:,}"}
_SEP = {"en": ",", "fr": " ", "de": ".", "es": ".", "it": ".", "pl": " "}


def _fine(lang: str, text: str, x: int, ident: str):
    return art(ident, lang, text.format(x=f"{x:,}".replace(",", _SEP[lang])), _NAMES)


@pytest.mark.parametrize("i", range(len(FINE_MATRIX)))
def test_fines_compared_across_forms(i):
    j = (i + 1) % len(FINE_MATRIX)
    (la, ta), (lb, tb) = FINE_MATRIX[i], FINE_MATRIX[j]
    assert conflicts([_fine(la, ta, 12500, "a"), _fine(lb, tb, 12500, "b")], "how_many") == []
    assert [s for s, _t in conflicts([_fine(la, ta, 12500, "a"), _fine(lb, tb, 8000, "b")], "how_many")]


# ------------------------------------------------------------------ outcomes by negation or a later happening
NOT_SIGNED = [
    ("en", "The fisheries deal was never signed."),
    ("en", "Talks on the fisheries deal collapsed on Monday."),
    ("en", "The negotiations on the fisheries deal ended without an agreement on Monday."),
    ("en", "The two sides failed to reach a deal on fisheries on Monday."),
    ("fr", "Les négociations sur l'accord de pêche ont échoué lundi."),
    ("fr", "L'accord sur la pêche n'a finalement pas été signé."),
    ("de", "Die Verhandlungen über das Fischereiabkommen sind am Montag gescheitert."),
    ("de", "Das Fischereiabkommen wurde am Montag nicht unterzeichnet."),
    ("es", "Las negociaciones del acuerdo pesquero fracasaron el lunes."),
    ("es", "El acuerdo pesquero nunca llegó a firmarse."),
    ("it", "I negoziati sull'accordo sulla pesca sono falliti lunedì."),
    ("it", "L'accordo sulla pesca non è stato firmato."),
    ("pl", "Rozmowy o porozumieniu rybackim zakończyły się fiaskiem."),
    ("pl", "Porozumienie rybackie nie zostało podpisane."),
    ("ru", "Переговоры о соглашении по рыболовству сорвались в понедельник."),
    ("ru", "Соглашение по рыболовству так и не было подписано."),
    ("uk", "Переговори про угоду щодо рибальства зірвалися в понеділок."),
    ("uk", "Угоду щодо рибальства так і не підписали."),
]
SIGNED = [
    ("en", "The two sides signed the fisheries deal on Monday."),
    ("fr", "Les deux parties ont signé lundi l'accord sur la pêche."),
    ("de", "Beide Seiten haben am Montag das Fischereiabkommen unterzeichnet."),
    ("es", "Ambas partes firmaron el lunes el acuerdo pesquero."),
    ("it", "Le due parti hanno firmato lunedì l'accordo sulla pesca."),
    ("pl", "Obie strony podpisały w poniedziałek porozumienie rybackie."),
    ("ru", "Стороны в понедельник подписали соглашение по рыболовству."),
    ("uk", "Сторони в понеділок підписали угоду щодо рибальства."),
]


@pytest.mark.parametrize("lang,text", NOT_SIGNED)
def test_an_agreement_not_signed_by_negation_or_collapse(lang, text):
    got = [(f.subject, f.key) for f in facts(art("a", lang, text), "outcome")]
    assert got == [("agreement", "not_signed")]


@pytest.mark.parametrize("lang,text", SIGNED)
def test_an_agreement_signed(lang, text):
    assert [(f.subject, f.key) for f in facts(art("a", lang, text), "outcome")] == [("agreement", "signed")]


@pytest.mark.parametrize("i", range(len(NOT_SIGNED)))
def test_signed_against_not_signed_is_a_conflict(i):
    la, ta = NOT_SIGNED[i]
    lb, tb = SIGNED[i % len(SIGNED)]
    assert ("agreement", "confident") in conflicts([art("a", la, ta), art("b", lb, tb)], "outcome")


@pytest.mark.parametrize("lang,text", [
    ("en", "The two sides signed the fisheries deal on Monday after talks had nearly collapsed."),
    ("fr", "Les deux parties ont signé lundi l'accord sur la pêche, après des négociations qui avaient failli échouer."),
    ("de", "Nach zunächst gescheiterten Gesprächen haben beide Seiten am Montag das Fischereiabkommen unterzeichnet."),
])
def test_talks_that_nearly_collapsed_before_a_signing_are_a_signing(lang, text):
    b = art("b", "es", "Ambas partes firmaron el lunes el acuerdo pesquero.")
    assert conflicts([art("a", lang, text), b], "outcome") == []


def test_a_party_denying_a_signing_is_disputed():
    a = art("a", "en", "The two sides signed the fisheries deal on Monday.")
    b = art("b", "en", "The ministry denied that the fisheries deal had been signed on Monday.",
            [("The ministry", "ORG")])
    got = conflicts([a, b], "outcome")
    assert ("agreement", "confident") not in got


# ------------------------------------------------------------------ modifiers after the number
# each tells at least / about 20 injured; 21 is within what the modifier allows, 12 is not
AROUND_20 = [
    ("en", "20 or so people were injured in the blast."),
    ("en", "Some 20-odd people were injured in the blast."),
    ("en", "Twenty people or more were injured in the blast."),
    ("en", "At least 20 people were injured in the blast."),
    ("fr", "Une vingtaine de personnes ont été blessées dans l'explosion."),
    ("fr", "Au moins 20 personnes ont été blessées dans l'explosion."),
    ("fr", "L'explosion a fait 20 blessés au moins."),
    ("de", "Bei der Explosion wurden 20 oder mehr Menschen verletzt."),
    ("de", "Bei der Explosion wurden rund 20 Menschen verletzt."),
    ("es", "Una veintena de personas resultaron heridas en la explosión."),
    ("es", "En la explosión resultaron heridas 20 personas o más."),
    ("it", "Una ventina di persone sono rimaste ferite nell'esplosione."),
    ("it", "Nell'esplosione sono rimaste ferite 20 persone e forse più."),
    ("pl", "W wybuchu rannych zostało co najmniej 20 osób."),
    ("pl", "W wybuchu rannych zostało około 20 osób."),
    ("ru", "При взрыве пострадали более 20 человек."),
    ("ru", "При взрыве были ранены 20 с лишним человек."),
    ("uk", "Унаслідок вибуху поранено понад 20 людей."),
    ("uk", "Унаслідок вибуху поранено близько двадцяти людей."),
]
EXACT = {"en": "{n} people were injured in the blast.", "fr": "{n} personnes ont été blessées dans l'explosion.",
         "de": "Bei der Explosion wurden {n} Menschen verletzt.", "es": "{n} personas resultaron heridas en la explosión.",
         "ru": "При взрыве ранены {n} человек.", "pl": "W wybuchu rannych zostało {n} osób."}
_EXACT_LANGS = list(EXACT)


@pytest.mark.parametrize("i", range(len(AROUND_20)))
def test_a_modifier_after_the_number_widens_it(i):
    lang, text = AROUND_20[i]
    other = _EXACT_LANGS[i % len(_EXACT_LANGS)]
    a = art("a", lang, text)
    assert conflicts([a, art("b", other, EXACT[other].format(n=21))], "how_many") == []
    assert [s for s, _t in conflicts([a, art("b", other, EXACT[other].format(n=12))], "how_many")] == ["injured"]


# ------------------------------------------------------------------ head noun far from its number
TOLL_14 = [
    ("en", "The death toll, according to the regional governor, stood at 14 on Monday."),
    ("en", "Officials put the number of dead at 14."),
    ("en", "The number of people killed in the collapse has risen to 14, rescuers said."),
    ("fr", "Le nombre de morts, selon la préfecture, est passé à 14."),
    ("fr", "Le bilan de l'effondrement s'élève désormais à 14 morts."),
    ("de", "Die Zahl der Toten ist nach Angaben der Polizei auf 14 gestiegen."),
    ("es", "La cifra de fallecidos, según el gobierno regional, asciende a 14."),
    ("it", "Il numero dei morti, secondo la prefettura, è salito a 14."),
    ("pl", "Liczba zabitych wzrosła według wojewody do 14."),
    ("ru", "Число погибших, по данным губернатора, выросло до 14."),
    ("uk", "Кількість загиблих, за даними поліції, зросла до 14."),
]
KILLED = {"en": "{n} people were killed in the collapse.", "de": "Beim Einsturz wurden {n} Menschen getötet.",
          "es": "En el derrumbe murieron {n} personas.", "ru": "При обрушении погибли {n} человек."}


@pytest.mark.parametrize("i", range(len(TOLL_14)))
def test_a_toll_whose_head_stands_far_from_its_number(i):
    lang, text = TOLL_14[i]
    other = list(KILLED)[i % len(KILLED)]
    a = art("a", lang, text)
    assert [(f.subject, f.key) for f in facts(a, "how_many")] == [("killed", "14")]
    assert [s for s, _t in conflicts([a, art("b", other, KILLED[other].format(n=9))], "how_many")] == ["killed"]
    assert conflicts([a, art("b", other, KILLED[other].format(n=14))], "how_many") == []


# ------------------------------------------------------------------ number words in oblique cases
OBLIQUE = [
    ("ru", "Спасатели сообщили о четырнадцати погибших.", "killed", "14"),
    ("ru", "Четырнадцати пострадавшим оказали медицинскую помощь.", "injured", "14"),
    ("ru", "Полиция задержала двенадцать человек, обвинения предъявлены двенадцати задержанным.", "arrested", "12"),
    ("uk", "Рятувальники повідомили про чотирнадцять загиблих.", "killed", "14"),
    ("uk", "Поліція затримала дванадцятьох учасників бійки.", "arrested", "12"),
    ("pl", "Ratownicy poinformowali o czternastu zabitych.", "killed", "14"),
    ("pl", "Policja zatrzymała dwunastu kibiców.", "arrested", "12"),
    ("de", "Die Polizei hat zwölf Personen festgenommen.", "arrested", "12"),
]


@pytest.mark.parametrize("lang,text,subject,key", OBLIQUE)
def test_number_words_in_oblique_cases(lang, text, subject, key):
    assert (subject, key) in {(f.subject, f.key) for f in facts(art("a", lang, text), "how_many")}


# ------------------------------------------------------------------ vote counts and vote shares
SHARE_54 = [
    ("en", "Oria Venn won the mayoral election with 54% of the vote."),
    ("en", "Oria Venn won the mayoral election with 54 percent."),
    ("fr", "Oria Venn a remporté l'élection municipale avec 54 % des voix."),
    ("de", "Oria Venn gewann die Bürgermeisterwahl mit 54 Prozent der Stimmen."),
    ("es", "Oria Venn ganó las elecciones municipales con el 54 % de los votos."),
    ("it", "Oria Venn ha vinto le elezioni comunali con il 54 per cento dei voti."),
    ("pl", "Oria Venn wygrała wybory na burmistrza, zdobywając 54 proc. głosów."),
    ("ru", "Ория Венн победила на выборах мэра, набрав 54 процента голосов."),
]
COUNT_12400 = [
    ("en", "Oria Venn won the mayoral election with 12,400 votes."),
    ("fr", "Oria Venn a remporté l'élection municipale avec 12 400 voix."),
    ("de", "Oria Venn gewann die Bürgermeisterwahl mit 12.400 Stimmen."),
    ("es", "Oria Venn ganó las elecciones municipales con 12.400 votos."),
]


@pytest.mark.parametrize("i", range(len(SHARE_54)))
def test_a_vote_share_is_no_count_of_votes(i):
    lang, text = SHARE_54[i]
    lb, tb = COUNT_12400[i % len(COUNT_12400)]
    a = art("a", lang, text, _NAMES + [("Ория Венн", "PER")])
    assert conflicts([a, art("b", lb, tb, _NAMES)], "how_many") == []


@pytest.mark.parametrize("i", range(len(SHARE_54)))
def test_two_shares_of_one_vote_conflict(i):
    lang, text = SHARE_54[i]
    lb, tb = SHARE_54[(i + 3) % len(SHARE_54)]
    a = art("a", lang, text, _NAMES + [("Ория Венн", "PER")])
    b = art("b", lb, tb.replace("54", "61"), _NAMES + [("Ория Венн", "PER")])
    assert conflicts([a, art("c", lb, tb, _NAMES + [("Ория Венн", "PER")])], "how_many") == []
    assert [s for s, _t in conflicts([a, b], "how_many")] == ["votes (%)"]


def test_two_counts_of_votes_conflict():
    a = art("a", "en", "Oria Venn won the mayoral election with 12,400 votes.", _NAMES)
    b = art("b", "de", "Oria Venn gewann die Bürgermeisterwahl mit 14.200 Stimmen.", _NAMES)
    assert [s for s, _t in conflicts([a, b], "how_many")] == ["votes"]


@pytest.mark.parametrize("text", [
    "Oria Venn won with 54% of the vote; the council had backed her plan with 70% of its members in March.",
    "Oria Venn won with 54% of the vote, while 61% of registered voters turned out.",
])
def test_a_share_of_another_body_is_not_the_share_of_the_vote(text):
    a = art("a", "en", text, _NAMES)
    b = art("b", "fr", "Oria Venn a remporté l'élection avec 54 % des voix.", _NAMES)
    assert conflicts([a, b], "how_many") == []


# ------------------------------------------------------------------ compatible differences
def _dated(a, day: str):
    a.date = DateInfo(day)
    return a


@pytest.mark.parametrize("early,late", [
    ("At least 9 people were killed in the collapse, officials said.", "Bei dem Einsturz wurden 12 Menschen getötet."),
    ("Nine people were killed in the collapse.", "En el derrumbe murieron 12 personas."),
])
def test_an_earlier_article_s_lower_toll_is_an_update(early, late):
    a = _dated(art("a", "en", early), "2031-05-05")
    b = _dated(art("b", "de" if "Einsturz" in late else "es", late), "2031-05-06")
    assert conflicts([a, b], "how_many") == []


@pytest.mark.parametrize("a_text,b_lang,b_text", [
    ("Nearly 300 people were evacuated.", "fr", "287 personnes ont été évacuées."),
    ("About 1.2 million households lost power.", "de", "Rund 1,2 Millionen Haushalte waren ohne Strom."),
    ("About 1.2 million households lost power.", "en", "1,200,000 households lost power."),
    ("Fourteen people were killed, including five children.", "es", "En el derrumbe murieron 14 personas."),
])
def test_rounding_units_and_parts_are_compatible(a_text, b_lang, b_text):
    assert conflicts([art("a", "en", a_text), art("b", b_lang, b_text)], "how_many") == []


def test_the_matrices_are_balanced():
    """Each class has several languages (the matrices are not written for one wording)."""
    for m in (MATCH_MATRIX, SENTENCE_MATRIX, NOT_SIGNED, AROUND_20, TOLL_14, SHARE_54):
        assert len({lang for lang, *_ in m}) >= 6
    assert len(list(itertools.chain(MATCH_MATRIX, SENTENCE_MATRIX))) > 20


# ------------------------------------------------------------------ a result repeated from first instance
def _with_year(lang: str, text: str, year_text: str, value: str):
    from newsweave.model import Timex
    a = art("a", lang, text, _NAMES)
    i = text.index(year_text)
    a.timexes.append(Timex(i, i + len(year_text), year_text, "DATE", value))
    return a


@pytest.mark.parametrize("lang,text,key", [
    ("fr", "Oria Venn écope de 18 mois de prison avec sursis, comme en première instance en 2029.", "1.5y"),
    ("en", "Oria Venn was jailed for five years, as at first instance in 2029.", "5y"),
    ("de", "Oria Venn wurde zu fünf Jahren Haft verurteilt, wie schon in erster Instanz 2029.", "5y"),
    ("es", "Oria Venn fue condenada a cinco años de cárcel, como en primera instancia en 2029.", "5y"),
    ("it", "Oria Venn è stata condannata a cinque anni di reclusione, come già in primo grado nel 2029.", "5y"),
    ("pl", "Sąd skazał Orię Venn na pięć lat więzienia, jak w pierwszej instancji w 2029 roku.", "5y"),
    ("ru", "Суд приговорил Орию Венн к пяти годам лишения свободы, как и в первой инстанции в 2029 году.", "5y"),
])
def test_a_result_repeated_from_first_instance_is_today_s(lang, text, key):
    """A clause saying the appeal gave the same result as the first trial years before tells
    today's result; the earlier year does not make it background."""
    a = _with_year(lang, text, "2029", "2029")
    assert key in [f.key for f in facts(a, "outcome") if f.subject.endswith("sentence")]


def test_two_wholly_suspended_terms_conflict_and_a_suspended_part_does_not():
    a = art("a", "fr", "Oria Venn a été condamnée à 18 mois de prison avec sursis.", _NAMES)
    b = art("b", "de", "Oria Venn wurde zu acht Monaten Haft auf Bewährung verurteilt.", _NAMES)
    c = art("c", "en", "Oria Venn was sentenced to three years in prison, two of them suspended.", _NAMES)
    d = art("d", "it", "Oria Venn è stata condannata a 18 mesi di reclusione con la condizionale.", _NAMES)
    assert ("suspended sentence", "confident") in conflicts([a, b], "outcome")
    assert conflicts([a, d], "outcome") == []
    assert conflicts([a, c], "outcome") == []


# ------------------------------------------------------------------ a winner named by a noun or by the runner-up
WINNER_NOUN = [
    ("en", "Victory went to {W}, ahead of {L}."),
    ("en", "{L} finished second behind {W}."),
    ("en", "{L} was runner-up to {W} in the final."),
    ("fr", "La victoire est revenue à {W}, devant {L}."),
    ("fr", "{L} a terminé deuxième derrière {W}."),
    ("de", "Der Sieg ging an {W} vor {L}."),
    ("de", "{L} wurde Zweiter hinter {W}."),
    ("es", "La victoria fue para {W}, por delante de {L}."),
    ("es", "{L} terminó segundo por detrás de {W}."),
    ("it", "La vittoria è andata a {W}, davanti a {L}."),
    ("it", "{L} si è piazzato secondo dietro a {W}."),
    ("pl", "Zwycięstwo przypadło {W}, przed {L}."),
    ("pl", "{L} zajął drugie miejsce za {W}."),
    ("ru", "Победа досталась {W}, опередившему {L}."),
    ("ru", "{L} занял второе место, уступив {W}."),
    ("uk", "Перемога дісталася {W}, який випередив {L}."),
    ("uk", "{L} посів друге місце, поступившись {W}."),
]
# names that keep their form in every case ("Марио Руссо"), so that each mention is found as written
RIDERS = {"latin": ("Mario Russo", "Pietro Conte"), "cyrillic": ("Марио Руссо", "Пьетро Конте")}


def _race(lang: str, text: str, winner: int, ident: str):
    names = RIDERS["cyrillic" if lang in ("ru", "uk") else "latin"]
    return art(ident, lang, text.format(W=names[winner], L=names[1 - winner]),
               [(names[0], "PER"), (names[1], "PER")])


@pytest.mark.parametrize("lang,text", WINNER_NOUN)
def test_a_winner_named_by_a_noun_of_victory_or_by_the_runner_up(lang, text):
    got = [f.key for f in facts(_race(lang, text, 0, "a"), "outcome") if f.subject == "winner"]
    assert got == [RIDERS["cyrillic" if lang in ("ru", "uk") else "latin"][0]]


@pytest.mark.parametrize("i", range(len(WINNER_NOUN)))
def test_a_winner_named_by_a_noun_against_a_verb_of_winning(i):
    lang, text = WINNER_NOUN[i]
    same = art("b", "en", "Mario Russo won the race on Sunday.", [("Mario Russo", "PER")])
    other = art("b", "en", "Pietro Conte won the race on Sunday.", [("Pietro Conte", "PER")])
    assert conflicts([_race(lang, text, 0, "a"), same], "outcome") == []
    assert ("winner", "confident") in conflicts([_race(lang, text, 0, "a"), other], "outcome")


# ------------------------------------------------------------------ held or called off
CALLED_OFF = [
    ("en", "The summit never took place."),
    ("en", "The summit was scrapped at the last minute."),
    ("fr", "Le sommet n'a finalement jamais eu lieu."),
    ("fr", "Le sommet a été annulé à la dernière minute."),
    ("de", "Der Gipfel fand nicht statt."),
    ("de", "Der Gipfel wurde in letzter Minute abgesagt."),
    ("es", "La cumbre nunca llegó a celebrarse."),
    ("es", "La cumbre fue cancelada en el último momento."),
    ("it", "Il vertice non si è mai tenuto."),
    ("it", "Il vertice è stato annullato all'ultimo momento."),
    ("pl", "Szczyt ostatecznie się nie odbył."),
    ("pl", "Szczyt został odwołany w ostatniej chwili."),
    ("ru", "Саммит так и не состоялся."),
    ("ru", "Саммит был отменён в последний момент."),
    ("uk", "Саміт так і не відбувся."),
    ("uk", "Саміт скасували в останню мить."),
]
HELD = [
    ("en", "The summit took place on Monday as planned."),
    ("fr", "Le sommet a eu lieu lundi comme prévu."),
    ("de", "Der Gipfel fand am Montag wie geplant statt."),
    ("es", "La cumbre se celebró el lunes según lo previsto."),
    ("it", "Il vertice si è tenuto lunedì come previsto."),
    ("pl", "Szczyt odbył się w poniedziałek zgodnie z planem."),
    ("ru", "Саммит состоялся в понедельник, как и планировалось."),
    ("uk", "Саміт відбувся в понеділок, як і планувалося."),
]


@pytest.mark.parametrize("lang,text", CALLED_OFF)
def test_a_happening_called_off_by_negation_or_verb(lang, text):
    assert [(f.subject, f.key) for f in facts(art("a", lang, text), "outcome")] == [("held", "called_off")]


@pytest.mark.parametrize("lang,text", HELD)
def test_a_happening_held(lang, text):
    assert [(f.subject, f.key) for f in facts(art("a", lang, text), "outcome")] == [("held", "held")]


@pytest.mark.parametrize("i", range(len(CALLED_OFF)))
def test_held_against_called_off_is_a_conflict(i):
    la, ta = CALLED_OFF[i]
    lb, tb = HELD[i % len(HELD)]
    assert ("held", "confident") in conflicts([art("a", la, ta), art("b", lb, tb)], "outcome")


# ------------------------------------------------------------------ measures named by their head
GUSTS = [
    ("en", "Gusts of up to {v} km/h brought down trees across the region."),
    ("en", "The strongest gust, {v} km/h, was recorded on the coast."),
    ("fr", "Des rafales jusqu'à {v} km/h ont été enregistrées sur la côte."),
    ("de", "An der Küste wurden Böen von bis zu {v} km/h gemessen."),
    ("es", "Se registraron rachas de viento de hasta {v} km/h en la costa."),
    ("it", "Sulla costa sono state registrate raffiche fino a {v} km/h."),
    ("pl", "Na wybrzeżu porywy wiatru osiągały {v} km/h."),
    ("ru", "На побережье порывы ветра достигали {v} км/ч."),
    ("uk", "На узбережжі пориви вітру сягали {v} км/год."),
]


@pytest.mark.parametrize("i", range(len(GUSTS)))
def test_gusts_are_compared_in_km_per_hour(i):
    (la, ta), (lb, tb) = GUSTS[i], GUSTS[(i + 2) % len(GUSTS)]
    a = art("a", la, ta.format(v=180))
    assert [f.subject for f in facts(a, "how_many")] == ["gusts (km/h)"]
    assert conflicts([a, art("b", lb, tb.format(v=180))], "how_many") == []
    assert [s for s, _t in conflicts([a, art("b", lb, tb.format(v=210))], "how_many")] == ["gusts (km/h)"]


def test_gusts_in_miles_per_hour_are_converted():
    a = art("a", "en", "Gusts of up to 112 mph brought down trees across the region.")
    b = art("b", "de", "An der Küste wurden Böen von bis zu 180 km/h gemessen.")
    c = art("c", "de", "An der Küste wurden Böen von bis zu 130 km/h gemessen.")
    assert conflicts([a, b], "how_many") == []
    assert [s for s, _t in conflicts([a, c], "how_many")] == ["gusts (km/h)"]


DEPTH = [
    ("en", "The quake struck at a depth of {v} kilometres."),
    ("fr", "Le séisme s'est produit à une profondeur de {v} kilomètres."),
    ("de", "Das Beben ereignete sich in einer Tiefe von {v} Kilometern."),
    ("es", "El sismo se produjo a una profundidad de {v} kilómetros."),
    ("it", "Il sisma si è verificato a una profondità di {v} chilometri."),
    ("pl", "Wstrząs nastąpił na głębokości {v} kilometrów."),
    ("ru", "Землетрясение произошло на глубине {v} километров."),
    ("uk", "Землетрус стався на глибині {v} кілометрів."),
]


@pytest.mark.parametrize("i", range(len(DEPTH)))
def test_a_quake_s_depth_is_compared_in_metres(i):
    (la, ta), (lb, tb) = DEPTH[i], DEPTH[(i + 3) % len(DEPTH)]
    a = art("a", la, ta.format(v=9))
    assert conflicts([a, art("b", lb, tb.format(v=9))], "how_many") == []
    assert [s for s, _t in conflicts([a, art("b", lb, tb.format(v=15))], "how_many")] == ["depth (m)"]


def test_a_measure_without_a_head_is_not_compared():
    """"travelling at 120 km/h": no head names what was measured; a speed limit elsewhere is
    another speed."""
    a = art("a", "en", "The train was travelling at 120 km/h when it derailed.")
    b = art("b", "en", "The train was travelling at 80 km/h when it derailed.")
    assert conflicts([a, b], "how_many") == []


@pytest.mark.parametrize("lang,text,subject,key", [
    ("es", "La policía detuvo el sábado a veinticuatro personas tras los disturbios.", "arrested", "24"),
    ("es", "En el derrumbe del edificio murieron veintidós personas, según los bomberos.", "killed", "22"),
    ("it", "Nel crollo dell'edificio sono morte ventidue persone, secondo i vigili del fuoco.", "killed", "22"),
    ("de", "Beim Einsturz des Gebäudes wurden zweiundzwanzig Menschen getötet.", "killed", "22"),
])
def test_number_words_joined_in_one_word(lang, text, subject, key):
    assert (subject, key) in {(f.subject, f.key) for f in facts(art("a", lang, text), "how_many")}


def test_a_tally_of_votes_written_as_a_score_stays_a_count():
    a = art("a", "en", "In the final vote on Monday, the council approved the plan with 24 votes to 9.")
    assert ("votes", "24") in {(f.subject, f.key) for f in facts(a, "how_many")}
