"""Paraphrase matrix (invented sentences) of a happening over or going on, in eight languages,
and of a verb of going on that is another verb's auxiliary."""
import pytest

from newsweave.compare.slots.aspect import CONTINUES, ENDED, aspect


@pytest.mark.parametrize("text,cls", [
    ("The dockers' strike ended on Friday after four days.", ENDED),
    ("The walkout continues into its second week.", CONTINUES),
    ("Der Ausstand der Busfahrer ist vorbei.", ENDED),
    ("Der Streik der Lokführer geht weiter.", CONTINUES),
    ("La grève des contrôleurs a pris fin jeudi.", ENDED),
    ("La grève des éboueurs se poursuit.", CONTINUES),
    ("La huelga de los maquinistas terminó el lunes.", ENDED),
    ("La huelga del metro continúa por tercer día.", CONTINUES),
    ("Lo sciopero dei tassisti si è concluso ieri.", ENDED),
    ("Lo sciopero dei medici prosegue.", CONTINUES),
    ("Strajk kierowców zakończył się w piątek.", ENDED),
    ("Strajk pielęgniarek trwa nadal.", CONTINUES),
    ("Забастовка шахтёров завершилась в пятницу.", ENDED),
    ("Забастовка водителей продолжается.", CONTINUES),
    ("Страйк лікарів завершився в суботу.", ENDED),
    ("Страйк шахтарів триває.", CONTINUES),
])
def test_aspect(text: str, cls: str) -> None:
    assert [c for *_, c in aspect(text)] == [cls]


@pytest.mark.parametrize("text", [
    "Prices continued to rise in March.", "Les prix continuent à augmenter.", "Il governo continua a negare.",
    "La inflación continúa siendo alta.", "The union went on to sign a deal.", "Talks resumed on Monday.",
])
def test_auxiliary_is_no_state(text: str) -> None:
    assert aspect(text) == []


@pytest.mark.parametrize("text,negation,word,negated", [
    ("Keine Einigung in Sicht: der Streik geht weiter.", "Keine", "geht", False),
    ("No deal yet; the strike continues.", "No", "continues", False),
    ("The strike has not ended.", "not", "ended", True),
    ("La grève n'a pas pris fin.", "pas", "pris", True),
    ("Nie ma porozumienia, strajk trwa nadal.", "Nie", "trwa", False),
])
def test_negation_scope_ends_at_a_clause_break(text: str, negation: str, word: str, negated: bool) -> None:
    from newsweave.compare.slots.aspect import negates
    base = 100  # the clause's offset in its article
    n = text.index(negation)
    assert negates((base + n, base + n + len(negation)), text, base, base + text.index(word)) is negated
    assert negates(None, text, base, base + text.index(word)) is False
