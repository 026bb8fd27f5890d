"""Direction and anchoring of relative time expressions: tense cues, narrative days resolved from
the story's previous date, one day per repeated weekday, reporting periods closed by a day.
Every sentence is invented for these tests."""
from __future__ import annotations

import pytest

from newsweave.enrich.timex import extract_timexes
from newsweave.model import DateInfo

WED = DateInfo("2024-03-20")  # a Wednesday


def values(text: str, code: str, anchor: DateInfo = WED) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract_timexes(text, code, anchor)]


def find(text: str, code: str, surface: str, anchor: DateInfo = WED):
    for t in extract_timexes(text, code, anchor):
        if t.text == surface:
            return t
    raise AssertionError(f"{surface!r} not in {values(text, code, anchor)}")


@pytest.mark.parametrize("code, text, surface", [
    ("en", "Rescuers reached the village on May 3. The following day, the road reopened.", "The following day"),
    ("en", "Rescuers reached the village on May 3. A day later, the road reopened.", "A day later"),
    ("fr", "Les secours sont arrivés le 3 mai. Le jour suivant, la route a rouvert.", "Le jour suivant"),
    ("de", "Die Helfer erreichten das Dorf am 3. Mai. Am folgenden Tag wurde die Straße geöffnet.",
     "Am folgenden Tag"),
    ("es", "Los equipos llegaron al pueblo el 3 de mayo. Un día después se reabrió la carretera.",
     "Un día después"),
    ("it", "I soccorsi sono arrivati il 3 maggio. Il giorno seguente la strada è stata riaperta.",
     "Il giorno seguente"),
    ("ru", "Спасатели добрались до села 3 мая. Днём позже дорогу открыли.", "Днём позже"),
    ("uk", "Рятувальники дісталися села 3 травня. На другий день дорогу відкрили.", "На другий день"),
    ("pl", "Ratownicy dotarli do wsi 3 maja. Kolejnego dnia otwarto drogę.", "Kolejnego dnia"),
])
def test_following_day_counts_from_the_story_date(code, text, surface):
    t = find(text, code, surface, DateInfo("2024-05-20"))
    assert t.value == "2024-05-04"  # the day after the narrative date, not after the article date
    assert t.confidence < 1.0


@pytest.mark.parametrize("code, text, surface, value", [
    ("de", "Der Gipfel begann am 3. Mai. Tags zuvor hatten die Minister verhandelt.", "Tags zuvor", "2024-05-02"),
    ("ru", "Саммит открылся 3 мая. Днём ранее министры провели переговоры.", "Днём ранее", "2024-05-02"),
    ("es", "La cumbre empezó el 3 de mayo. Un día antes los ministros negociaron.", "Un día antes", "2024-05-02"),
])
def test_day_before_counts_from_the_story_date(code, text, surface, value):
    assert find(text, code, surface, DateInfo("2024-05-20")).value == value


@pytest.mark.parametrize("code, text", [
    ("fr", "Mercredi, le maire a présenté le projet. Le conseil votera mercredi, a-t-il précisé."),
    ("en", "On Monday the mayor presented the plan. The council will vote Monday, he added."),
    ("de", "Am Montag stellte der Bürgermeister den Plan vor. Der Rat wird am Montag abstimmen."),
])
def test_a_weekday_named_twice_is_one_day(code, text):
    got = [t for t in extract_timexes(text, code, DateInfo("2024-03-21")) if t.type == "DATE"]
    assert len(got) == 2
    assert got[0].value == got[1].value
    assert all(t.confidence < 0.85 for t in got)  # the two tense readings disagreed: less sure


def test_distinct_weekdays_keep_their_own_days():
    text = "Le maire a signé lundi. Les travaux commenceront jeudi."
    got = dict(values(text, "fr"))
    assert got["lundi"] == "2024-03-18" and got["jeudi"] == "2024-03-21"


@pytest.mark.parametrize("text, value", [
    ("The bonus would be paid in January to all staff.", "2025-01"),
    ("The hall will be opened in February after repairs.", "2025-02"),
    ("The hall was opened in February after repairs.", "2024-02"),
])
def test_passive_after_a_modal_is_not_a_past_tense(text, value):
    month = [t for t in extract_timexes(text, "en", DateInfo("2024-10-15")) if t.type == "DATE"][0]
    assert month.value == value


@pytest.mark.parametrize("text, value", [
    ("Profit for the quarter ended June 30 doubled.", "2024-Q2"),
    ("Sales in the quarter ending Sept. 30 fell 4%.", "2024-Q3"),
])
def test_a_reporting_period_is_the_quarter_of_its_end_day(text, value):
    assert find(text, "en", "the quarter", DateInfo("2024-10-15")).value == value


def test_a_stated_quarter_is_kept_for_a_later_bare_quarter():
    text = "Profit rose in the fiscal first quarter. Sales in the quarter ended Sept. 30 were flat."
    got = [t for t in extract_timexes(text, "en", DateInfo("2024-10-15")) if t.text == "the quarter"]
    assert got and got[0].value.endswith("-Q1")  # a fiscal quarter the article named, not Q3


@pytest.mark.parametrize("code, text, surface, value", [
    ("en", "The ferry sank three weeks ago.", "three weeks ago", "2024-W09"),
    ("fr", "Le pont s'est effondré il y a trois semaines.", "il y a trois semaines", "2024-W09"),
    ("de", "Die Brücke stürzte vor drei Wochen ein.", "vor drei Wochen", "2024-W09"),
    ("es", "El puente se derrumbó hace tres semanas.", "hace tres semanas", "2024-W09"),
    ("ru", "Мост обрушился три недели назад.", "три недели назад", "2024-W09"),
    ("uk", "Міст відкриють через два тижні.", "через два тижні", "2024-W14"),
])
def test_weeks_from_now_or_ago_are_weeks(code, text, surface, value):
    assert find(text, code, surface).value == value


@pytest.mark.parametrize("code, text, surface", [
    ("fr", "La digue a cédé en 1987. La même année, le village a été évacué.", "La même année"),
    ("de", "Der Deich brach 1987. Im selben Jahr wurde das Dorf geräumt.", "selben Jahr"),
    ("es", "El dique cedió en 1987. Ese mismo año se evacuó el pueblo.", "Ese mismo año"),
    ("it", "L'argine ha ceduto nel 1987. Lo stesso anno il paese è stato evacuato.", "Lo stesso anno"),
    ("ru", "Дамбу прорвало в 1987 году. В том же году деревню эвакуировали.", "том же году"),
    ("uk", "Дамбу прорвало у 1987 році. Того ж року село евакуювали.", "Того ж року"),
    ("pl", "Wał pękł w 1987 roku. W tym samym roku ewakuowano wieś.", "tym samym roku"),
    ("en", "The dike broke in 1987. The same year, the village was evacuated.", "The same year"),
])
def test_the_same_year_is_the_year_last_named(code, text, surface):
    assert find(text, code, surface).value == "1987"


def test_this_year_still_reads_the_article_date():
    assert find("W tym roku ceny wzrosły.", "pl", "tym roku").value == "2024"
    assert find("В этом году цены выросли.", "ru", "этом году").value == "2024"


@pytest.mark.parametrize("code, text, surface, value, how", [
    ("en", "The club played on Saturday.", "Saturday", "2024-03-16", "past tense"),
    ("en", "The club will play on Saturday.", "Saturday", "2024-03-23", "future tense"),
    ("fr", "Le club a joué samedi.", "samedi", "2024-03-16", "past tense"),
    ("fr", "Le club jouera samedi.", "samedi", "2024-03-23", "future tense"),
    ("de", "Der Verein wird am Samstag spielen.", "Samstag", "2024-03-23", "future tense"),
    ("es", "El club jugará el sábado.", "el sábado", "2024-03-23", "future tense"),
    ("fr", "Le club jouera en février.", "février", "2025-02", "future tense"),
    ("fr", "Le club a joué en avril.", "avril", "2023-04", "past tense"),
    ("en", "The bridge was reopened on April 2.", "April 2", "2023-04-02", "past tense"),
    ("de", "Das Spiel fand im April statt.", "April", "2023-04", "past tense"),
])
def test_direction_from_tense_is_recorded_with_a_confidence(code, text, surface, value, how):
    t = find(text, code, surface)
    assert (t.value, t.attrs.get("direction")) == (value, how)
    assert 0.5 < t.confidence < 1.0


def test_without_a_tense_cue_the_past_is_a_less_sure_default():
    cued = find("Le club a joué samedi.", "fr", "samedi")
    bare = find("Samedi : le club et ses supporters.", "fr", "Samedi")
    assert bare.attrs["direction"] == "news default (past)" and bare.value == "2024-03-16"
    assert bare.confidence < cued.confidence


@pytest.mark.parametrize("code, text, surface, value", [
    ("en", "The board extended its offer to April 2.", "April 2", "2024-04-02"),
    ("fr", "Le préfet a prolongé l'arrêté jusqu'au 2 avril.", "2 avril", "2024-04-02"),
    ("en", "The mayor said the city is planning the opening on April 2.", "April 2", "2024-04-02"),
])
def test_a_past_verb_before_an_end_point_or_far_away_only_leans(code, text, surface, value):
    t = find(text, code, surface)
    assert t.value == value  # twelve days ahead beats a year back when the tense is not sure


@pytest.mark.parametrize("code, text", [
    ("fr", "Le lendemain de l'inauguration, le pont a été fermé."),
    ("fr", "La veille du match, les supporters ont défilé."),
    ("es", "Al día siguiente de la inauguración, el puente se cerró."),
    ("it", "Il giorno dopo l'inaugurazione il ponte è stato chiuso."),
    ("de", "Am Vortag der Eröffnung protestierten Anwohner."),
    ("ru", "На следующий день после открытия мост закрыли."),
    ("uk", "Наступного дня після відкриття міст закрили."),
    ("pl", "Następnego dnia po otwarciu most zamknięto."),
])
def test_the_day_after_an_event_is_no_date(code, text):
    # relative to a happening, not to a date: resolving it from the article date would be wrong
    assert [t for t in extract_timexes(text, code, DateInfo("2024-05-20")) if t.type == "DATE"] == []


@pytest.mark.parametrize("code, text, surface", [
    ("fr", "Le pont a ouvert le 3 mai. Le lendemain, il a été fermé.", "Le lendemain"),
    ("es", "El puente abrió el 3 de mayo. Al día siguiente, se cerró.", "Al día siguiente"),
    ("ru", "Мост открыли 3 мая. На следующий день его закрыли.", "На следующий день"),
])
def test_the_day_after_a_date_still_counts_from_it(code, text, surface):
    assert find(text, code, surface, DateInfo("2024-05-20")).value == "2024-05-04"


def test_a_frequency_word_before_a_narrative_word_is_no_set():
    assert [t.type for t in extract_timexes("Gana cien euros al día.", "es", WED)] == ["SET"]
    assert [t for t in extract_timexes("Al día siguiente de la boda, partieron.", "es", WED)] == []


@pytest.mark.parametrize("code, text, surface, value", [
    ("en", "The strike began on May 3. That week, trains stopped.", "That week", "2024-W18"),
    ("en", "The strike began on May 3. The following week, trains stopped.", "The following week", "2024-W19"),
    ("fr", "La grève a commencé le 3 mai. La semaine suivante, les trains se sont arrêtés.",
     "La semaine suivante", "2024-W19"),
    ("uk", "Страйк почався 3 травня. Того тижня потяги зупинилися.", "Того тижня", "2024-W18"),
    ("ru", "Забастовка началась 3 мая. После того дня поезда встали.", "того дня", "2024-05-03"),
    ("de", "Der Streik begann am 3. Mai. Seit jenem Tag stehen die Züge.", "jenem Tag", "2024-05-03"),
])
def test_that_week_and_that_day_follow_the_story(code, text, surface, value):
    assert find(text, code, surface, DateInfo("2024-05-20")).value == value


@pytest.mark.parametrize("code, text, surface", [
    ("en", "The dam broke on May 3, officials said on Friday. The next day, rescuers arrived.", "The next day"),
    ("fr", "La digue a cédé le 3 mai, a déclaré mardi le préfet. Le lendemain, les secours sont arrivés.",
     "Le lendemain"),
])
def test_the_next_day_skips_the_day_of_a_statement(code, text, surface):
    assert find(text, code, surface, DateInfo("2024-05-20")).value == "2024-05-04"


def test_the_day_of_a_statement_anchors_when_no_other_day_is_told():
    t = find("Officials said on Friday that crews would come. The next day, they came.", "en",
             "The next day", DateInfo("2024-05-20"))
    assert t.value == "2024-05-18"
