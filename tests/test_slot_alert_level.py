"""Paraphrase matrix (invented sentences) of a warning's level by colour, in eight languages, and
of colours that are no warning's level."""
import pytest

from newsweave.compare.slots.alert_level import alert_levels


@pytest.mark.parametrize("text,colour", [
    ("The agency issued an orange alert for the coast.", "orange"),
    ("Forecasters declared a red warning for the valley.", "red"),
    ("An amber warning for rain remains in place.", "orange"),
    ("Der Wetterdienst rief die höchste Warnstufe Rot aus.", "red"),
    ("Für die Küste gilt eine orange Unwetterwarnung.", "orange"),
    ("Météo-France a déclenché la vigilance rouge canicule.", "red"),
    ("Les autorités ont émis une alerte orange.", "orange"),
    ("La agencia activó la alerta roja en la sierra.", "red"),
    ("Se decretó la alerta amarilla por tormentas.", "yellow"),
    ("La protezione civile ha diramato l'allerta rossa.", "red"),
    ("È scattata l'allerta arancione in tre province.", "orange"),
    ("Synoptycy wydali czerwone ostrzeżenie dla regionu.", "red"),
    ("Obowiązuje żółte ostrzeżenie przed upałem.", "yellow"),
    ("В регионе объявили красный уровень опасности.", "red"),
    ("Синоптики объявили оранжевый уровень опасности.", "orange"),
    ("Рятувальники оголосили червоний рівень небезпеки.", "red"),
    ("В області діє жовтий рівень небезпеки.", "yellow"),
])
def test_alert_colour(text: str, colour: str) -> None:
    assert [c for *_, c in alert_levels(text)] == [colour]


@pytest.mark.parametrize("text", [
    "The red team won the final.", "Die rote Karte kam in der 80. Minute.", "Le drapeau rouge flottait.",
    "Una camiseta roja y un balón.", "The Red Cross issued a warning.", "A warning was issued on Sunday.",
    "Красная площадь была закрыта.", "Rosso Ferrari e allerta meteo per domani.",
])
def test_no_alert_colour(text: str) -> None:
    assert alert_levels(text) == []
