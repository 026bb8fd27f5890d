"""The *how many* slot on invented sentences of general classes, in several languages: a
quantity with its head noun across word orders, modifiers, written-out numbers, scale words,
ranges, changes over time, parts of a whole; two figures conflict only when the head, the
happening and the intervals their modifiers allow disagree."""
from __future__ import annotations

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import article_facts, event_conflicts
from newsweave.model import Article, DateInfo

from test_slot_conflicts import art, slots


def facts(lang: str, text: str) -> list[tuple[str, float, float]]:
    """(head class, low, high) of each quantity the article states."""
    a = Article(id="x", text=text, lang=lang, source="Outlet", date=DateInfo("2031-05-06"))
    return [(f.subject, f.low, f.high) for f in article_facts(a, extract_claims([a])) if f.slot == "how_many"]


def test_head_noun_before_or_after_the_number():
    assert facts("en", "The storm killed 14 people in the hill town of Dorvan on Sunday.") == [("killed", 14, 14)]
    assert ("killed", 14, 14) in facts("en", "Fourteen people were killed when the storm hit Dorvan.")
    assert facts("de", "Beim Sturm in Dorvan gab es 14 Tote und 31 Verletzte.") == \
        [("killed", 14, 14), ("injured", 31, 31)]
    assert facts("it", "La tempesta ha causato almeno 14 morti e oltre 31 feriti a Dorvan.") == \
        [("killed", 14, float("inf")), ("injured", 31, float("inf"))]


def test_a_figure_reached_is_not_an_upper_bound():
    """"выросло до 14" / "зросла до 14": the count rose to 14, it is not "up to 14"."""
    assert facts("ru", "Число погибших выросло до 14 человек к вечеру в Дорване.") == [("killed", 14, 14)]
    assert ("killed", 14, 14) in facts("uk", "Кількість загиблих зросла до 14 людей у Дорвані.")
    assert facts("ru", "В Дорване погибли до 14 человек, сообщили спасатели.") == [("killed", 0, 14)]  # "up to"


def test_ranges_give_both_ends():
    assert facts("en", "Between 20 and 25 people were injured in the depot fire at Dorvan.") == [("injured", 20, 25)]
    assert facts("ru", "При пожаре на складе в Дорване пострадали от 20 до 25 человек.") == [("injured", 20, 25)]
    assert facts("es", "Entre 20 y 25 personas resultaron heridas en el incendio de Dorvan.") == [("injured", 20, 25)]
    assert facts("en", "The depot fire in Dorvan injured 20-25 workers, the owner said.") == [("injured", 20, 25)]
    # "from ... to" without a verb of change is a range too, not a change
    assert facts("en", "The depot fire in Dorvan injured from 20 to 25 workers, the owner said.") == \
        [("injured", 20, 25)]
    assert facts("en", "Police detained between 1,000 and 1,400 marchers in central Dorvan.") == \
        [("arrested", 1000, 1400)]


def test_a_range_is_compatible_with_a_figure_inside_and_conflicts_with_one_outside():
    a = art("a", "en", "Between 20 and 25 people were injured in the depot fire at Dorvan on Monday.")
    b = art("b", "de", "Bei dem Brand im Depot von Dorvan wurden 22 Menschen verletzt.")
    c = art("c", "fr", "L'incendie du dépôt de Dorvan a fait 60 blessés lundi, selon les pompiers.")
    d = art("d", "es", "El incendio del depósito de Dorvan dejó 62 heridos el lunes.")
    assert event_conflicts([a, b]) == []
    assert slots(event_conflicts([a, b, c, d])) == [("how_many", "injured")]


def test_the_old_figure_of_a_change_is_not_the_count():
    """"rose from 9 to 14": only 14 is the count; ru "с 9 до 14" likewise."""
    assert facts("ru", "Число погибших в Дорване выросло с 9 до 14 погибших.") == [("killed", 14, 14)]
    a = art("a", "en", "The number of people killed in Dorvan rose from 9 to 14 killed by Tuesday.")
    b = art("b", "it", "La tempesta di Dorvan ha causato 14 morti, secondo la protezione civile.")
    assert event_conflicts([a, b]) == []


def test_written_out_compound_numbers():
    assert facts("en", "Forty-two people were arrested in Dorvan after the derby.") == [("arrested", 42, 42)]
    assert facts("es", "La policía detuvo a cuarenta y dos personas en Dorvan.") == [("arrested", 42, 42)]
    assert ("arrested", 205, 205) in facts("en", "Police said two hundred and five people were arrested in Dorvan.")
    # one part of a compound that is not in the word list is no figure at all (not "twenty")
    assert facts("en", "The derby crush in Dorvan killed twenty-one people, police said.") == []
    a = art("a", "en", "Forty-two people were arrested in Dorvan after the derby on Saturday.")
    b = art("b", "de", "Nach dem Derby in Dorvan wurden 42 Menschen festgenommen.")
    assert event_conflicts([a, b]) == []


def test_scale_words_and_their_abbreviations():
    # a round figure either way: 4.2 million within 5%
    assert facts("ru", "Ущерб в Дорване оценили в 4200 тыс. евро, сообщили власти.") == \
        [("amount (euro)", 3990000.0, 4410000.0)]
    assert facts("ru", "Ущерб в Дорване оценили в 4,2 млн евро, сообщили власти.") == \
        [("amount (euro)", 3990000.0, 4410000.0)]
    assert facts("pl", "Z doliny koło Dorvanu ewakuowano około 3 tys. osób w poniedziałek.") == \
        [("evacuated", 2550.0, 3450.0)]
    a = art("a", "ru", "Ущерб в Дорване оценили в 4200 тыс. евро, сообщили власти.")
    b = art("b", "en", "Officials in Dorvan put the damage at 4.2 million euros.")
    assert event_conflicts([a, b]) == []


def test_thousands_separators_in_several_languages():
    assert facts("en", "Police arrested 1,350 people during the protests in Dorvan.") == [("arrested", 1350, 1350)]
    assert facts("fr", "La police a interpellé 1 350 personnes à Dorvan, selon le ministère.") == \
        [("arrested", 1350, 1350)]


def test_counts_of_different_heads_are_not_compared():
    a = art("a", "en", "The quake near Dorvan killed 14 people and injured 31, officials said.")
    b = art("b", "it", "Il terremoto vicino a Dorvan ha causato 14 morti e 31 feriti.")
    c = art("c", "de", "Das Beben bei Dorvan forderte 14 Tote und 31 Verletzte.")
    assert event_conflicts([a, b, c]) == []


def test_the_earliest_lower_count_of_a_rising_toll_is_an_update():
    """The first report's lower toll, raised by reports of the next day (one report of the first
    day already has the higher figure: a later edition) is not a contradiction."""
    a = art("a", "it", "Il crollo della tettoia a Dorvan ha provocato tre feriti.", date="2031-05-06")
    b = art("b", "en", "Four people were injured when the canopy fell in Dorvan.", date="2031-05-07")
    c = art("c", "fr", "L'effondrement de l'auvent à Dorvan a fait quatre blessés.", date="2031-05-07")
    d = art("d", "de", "Beim Einsturz des Vordachs in Dorvan wurden vier Menschen verletzt.", date="2031-05-06")
    assert event_conflicts([a, b, c, d]) == []
    # a later lower figure is not an update, nor a same-day one with no later report
    late = art("e", "it", "Il crollo della tettoia a Dorvan ha provocato tre feriti.", date="2031-05-08")
    assert slots(event_conflicts([late, b, c, d])) == [("how_many", "injured")]
    same = [art(x.id, x.lang, x.text, date="2031-05-06") for x in (a, b, c, d)]
    assert slots(event_conflicts(same)) == [("how_many", "injured")]


def test_a_toll_named_several_words_before_a_verb_of_reaching():
    """"the death toll in X rose to 14": the head stands further back when a verb of reaching
    ends the gap; without one, a head that far back is not this number's."""
    for lang, text in [("en", "The death toll in Dorvan rose to 14 on Tuesday, officials said."),
                       ("de", "Die Zahl der Toten in Dorvan stieg auf 14, teilten die Behörden mit."),
                       ("es", "El balance de muertos en Dorvan se elevó a 14 este martes."),
                       ("it", "Il bilancio delle vittime a Dorvan è salito a 14, secondo la prefettura."),
                       ("pl", "Liczba ofiar śmiertelnych w Dorvanie wzrosła do 14, podały władze."),
                       ("uk", "Кількість загиблих унаслідок повені в Дорвані зросла до 14.")]:
        assert facts(lang, text) == [("killed", 14, 14)], lang
    # a count noun ("toll") makes the number its figure whatever the verb (session 16); a bare
    # head that far back without one is not this number's
    assert facts("en", "The death toll in the old town of Dorvan was 14 on Tuesday.") == [("killed", 14, 14)]
    assert facts("en", "Injured residents of the old town of Dorvan were visited by 14 nurses on Tuesday.") == []
    a = art("a", "en", "The death toll in Dorvan rose to 14 on Tuesday, officials said.")
    b = art("b", "pl", "Liczba ofiar śmiertelnych w Dorvanie wzrosła do 19, podały władze.")
    assert slots(event_conflicts([a, b])) == [("how_many", "killed")]


def test_a_part_of_the_dead_or_injured_is_not_the_toll():
    """"three of the dead were children": three counts a part; as an article's first figure it
    would contradict every other article's toll."""
    for lang, text in [("en", "Three of the dead were children, the police in Dorvan said."),
                       ("de", "Drei der Toten waren Kinder, teilte die Polizei in Dorvan mit."),
                       ("fr", "Trois des blessés sont dans un état grave à Dorvan."),
                       ("it", "Tre dei feriti sono in gravi condizioni a Dorvan."),
                       ("es", "Tres de los heridos están graves en Dorvan, según el hospital.")]:
        assert facts(lang, text) == [], lang
    a = art("a", "en", "Three of the dead were children. The storm in Dorvan killed 14 people.")
    b = art("b", "de", "Der Sturm in Dorvan forderte 14 Tote, teilte die Polizei mit.")
    assert event_conflicts([a, b]) == []
    # a count followed by other words is still the count
    assert facts("en", "The storm killed 14 people of the coastal villages near Dorvan.") == [("killed", 14, 14)]


def test_a_verb_of_arresting_right_before_its_count():
    for lang, text in [("pl", "Policja zatrzymała 35 osób po starciach w Dorvanie."),
                       ("uk", "Поліція затримала 35 людей після сутичок у Дорвані."),
                       ("ru", "Полиция задержала 35 человек после столкновений в Дорване."),
                       ("es", "La policía detuvo a 35 personas tras los disturbios en Dorvan.")]:
        assert facts(lang, text) == [("arrested", 35, 35)], lang
    assert facts("ru", "Рейс задержали на 3 часа из-за тумана над Дорваном.") == []  # a delay


def test_written_out_numbers_with_scale_words():
    two_million = [("evacuated", 1900000.0, 2100000.0)]
    assert facts("en", "Two million people were evacuated from the coast near Dorvan.") == two_million
    assert facts("fr", "Deux millions de personnes ont été évacuées de la côte près de Dorvan.") == two_million
    assert facts("es", "Dos millones de personas fueron evacuadas de la costa de Dorvan.") == two_million
    assert facts("en", "Two hundred thousand people were evacuated from the coast near Dorvan.") == \
        [("evacuated", 190000.0, 210000.0)]
    assert facts("es", "Doscientas mil personas fueron evacuadas de la costa de Dorvan.") == \
        [("evacuated", 190000.0, 210000.0)]
    assert facts("ru", "С побережья у Дорвана эвакуировали двести тысяч человек.") == \
        [("evacuated", 190000.0, 210000.0)]
    a = art("a", "en", "Two million people were evacuated from the coast near Dorvan on Monday.")
    b = art("b", "it", "Sono stati evacuati 2 milioni di persone dalla costa di Dorvan.")
    assert event_conflicts([a, b]) == []


def test_what_each_modifier_allows():
    """"at least 40" allows any higher count, "nearly 300" a little less, "about 40" either
    side, "up to 12" anything below; a figure outside that interval contradicts."""
    def pair(lang1: str, t1: str, lang2: str, t2: str) -> list[tuple[str, str]]:
        return slots(event_conflicts([art("a", lang1, t1), art("b", lang2, t2)]))
    killed = [("how_many", "killed")]
    assert pair("en", "The landslide near Dorvan killed at least 40 people.",
                "de", "Der Erdrutsch bei Dorvan forderte 47 Tote.") == []
    assert pair("en", "The landslide near Dorvan killed at least 40 people.",
                "de", "Der Erdrutsch bei Dorvan forderte 31 Tote.") == killed
    assert pair("fr", "Le glissement de terrain près de Dorvan a fait environ 40 morts.",
                "es", "El deslave cerca de Dorvan dejó 44 muertos.") == []
    assert pair("es", "El deslave cerca de Dorvan dejó casi 300 muertos.",
                "it", "La frana vicino a Dorvan ha causato 280 morti.") == []
    assert pair("es", "El deslave cerca de Dorvan dejó casi 300 muertos.",
                "it", "La frana vicino a Dorvan ha causato 330 morti.") == killed
    assert pair("ru", "Оползень у Дорвана унёс жизни более 40 человек.",
                "pl", "W osuwisku koło Dorvanu zginęło 38 osób.") == killed
    assert pair("uk", "Зсув біля Дорвана забрав життя понад 40 людей.",
                "en", "The landslide near Dorvan killed 52 people.") == []


def test_what_was_added_is_not_the_count():
    """"another 12 were killed" adds to a toll; after a figure of another head ("14 dead,
    another 52 injured") the word only links two counts."""
    for lang, text in [("en", "Another 12 people were killed in Dorvan on Tuesday, officials said."),
                       ("ru", "В Дорване погибли ещё 5 человек, сообщили спасатели."),
                       ("de", "Weitere 12 Menschen wurden in Dorvan verletzt."),
                       ("es", "Otras 12 personas resultaron heridas en Dorvan."),
                       ("pl", "Kolejnych 12 osób zginęło w Dorvanie.")]:
        assert facts(lang, text) == [], lang
    assert facts("ru", "В Дорване погибли 14 человек, еще 52 получили ранения.") == \
        [("killed", 14, 14), ("injured", 52, 52)]
    assert facts("uk", "У Дорвані загинули троє людей, ще 52 дістали поранення.") == \
        [("killed", 3, 3), ("injured", 52, 52)]
    a = art("a", "en", "Another 12 people were killed in Dorvan on Tuesday. The toll is disputed.")
    b = art("b", "it", "La frana di Dorvan ha causato 40 morti, secondo la prefettura.")
    assert event_conflicts([a, b]) == []


def test_slavic_thousands_and_collective_numerals():
    """"160 тысяч" is 160,000 (not 160, nor a second figure of 1,000); "троє людей" counts
    three people."""
    assert facts("ru", "Без света в Дорване остались около 160 тысяч домохозяйств.") == \
        [("households", 136000.0, 184000.0)]
    assert facts("uk", "У Дорвані без світла залишилися 160 тисяч родин.") == [("households", 152000.0, 168000.0)]
    assert facts("uk", "У Дорвані загинули троє людей.") == [("killed", 3, 3)]
    assert facts("pl", "Na stadionie w Dorvanie zasiadło ponad 10 tysięcy kibiców.") == \
        [("attendance", 10000.0, float("inf"))]


def test_a_part_named_after_its_whole():
    """"among the passengers were two children": two counts a part of the passengers."""
    for lang, text in [("uk", "Серед пасажирів були двоє громадян Дорвану, які отримали легкі травми."),
                       ("en", "Among the passengers were two children, the rail operator in Dorvan said."),
                       ("ru", "Среди погибших трое детей, сообщили власти Дорвана."),
                       ("es", "Entre los heridos hay 3 niños, según el hospital de Dorvan.")]:
        assert facts(lang, text) == [], lang
    assert facts("en", "The train carried 240 passengers when it derailed near Dorvan.") == [("passengers", 240, 240)]
    a = art("a", "en", "The train carried 240 passengers when it derailed near Dorvan.")
    b = art("b", "uk", "Серед пасажирів були двоє громадян Дорвану, які отримали легкі травми.")
    assert event_conflicts([a, b]) == []
