"""Classes of time expressions checked as paraphrase matrices (session 15): each test runs the
variants of one class, so a rule that covers one phrasing but not its siblings fails.
Every sentence is invented for these tests; the anchor is Wednesday 15 May 2002."""
from __future__ import annotations

import pytest

from newsweave.enrich.timex import extract_timexes
from newsweave.model import DateInfo
from timex_support import MAY15, find, surfaces


# ------------------------------------------------------------------ numbers written out
@pytest.mark.parametrize("words, value", [
    ("trois cent vingt jours", "P320D"),
    ("deux cent cinquante jours", "P250D"),
    ("trois cents heures", "PT300H"),
    ("soixante et onze jours", "P71D"),
    ("quatre-vingt-onze jours", "P91D"),
    ("vingt-sept ans", "P27Y"),
    ("deux mille ans", "P2000Y"),
])
def test_french_numbers_of_several_words_add_up(words, value):
    assert find(f"Le navire a dérivé {words} en mer.", "fr", words).value == value


@pytest.mark.parametrize("words, value", [
    ("two hundred and fifty days", "P250D"),
    ("one hundred twenty days", "P120D"),
    ("three thousand years", "P3000Y"),
    ("twenty-one years", "P21Y"),
])
def test_english_numbers_of_several_words_add_up(words, value):
    assert find(f"The ship drifted for {words} at sea.", "en", words).value == value


def test_a_range_after_a_participle_keeps_its_count():
    # "passé" is the verb ("spent"), not "the past five days"
    assert find("Il a passé cinq ou six jours en mer.", "fr", "cinq ou six jours").value == "P5D"


# ------------------------------------------------------------------ ages are no durations
@pytest.mark.parametrize("text", [
    "Il a plus de soixante ans.",
    "Elle a près de quarante ans.",
    "À 60 ans, le coureur a battu son record.",
    "À quarante ans, elle a repris ses études.",
])
def test_french_ages_are_not_durations(text):
    assert surfaces(text, "fr") == []


@pytest.mark.parametrize("text, surface, value", [
    ("Il a été condamné à dix ans, puis libéré.", "dix ans", "P10Y"),
    ("Il a passé plus de vingt ans en prison.", "plus de vingt ans", "P20Y"),
    ("Leur collaboration a duré plus de trente ans.", "plus de trente ans", "P30Y"),
])
def test_french_lengths_of_time_near_age_cues_stay_durations(text, surface, value):
    assert find(text, "fr", surface).value == value


# ------------------------------------------------------------------ vague references
@pytest.mark.parametrize("text, surface, value", [
    ("Dans un avenir proche, le pont sera rouvert.", "un avenir proche", "FUTURE_REF"),
    ("Le pont sera rouvert dans l'avenir proche.", "l'avenir proche", "FUTURE_REF"),
    ("Le pont sera rouvert dans un proche avenir.", "un proche avenir", "FUTURE_REF"),
    ("À cette époque, le pont était fermé.", "À cette époque", "PAST_REF"),
    ("À cette époque-là, le pont était fermé.", "À cette époque-là", "PAST_REF"),
    ("À l'époque, le pont était fermé.", "À l'époque", "PAST_REF"),
])
def test_french_vague_references_in_either_word_order(text, surface, value):
    assert find(text, "fr", surface).value == value


@pytest.mark.parametrize("text, value", [
    ("Aujourd'hui encore, le pont reste fermé.", "PRESENT_REF"),
    ("Le pont reste encore aujourd'hui fermé.", "PRESENT_REF"),
    ("Aujourd'hui, le pont reste fermé.", "PRESENT_REF"),
    ("Le maire inaugurera le pont aujourd'hui.", "2002-05-15"),
    ("Le maire inaugurera le pont aujourd'hui même.", "2002-05-15"),
])
def test_french_today_as_nowadays_or_as_the_day(text, value):
    assert find(text, "fr", next(w for w in ("Aujourd'hui", "aujourd'hui") if w in text)).value == value


# ------------------------------------------------------------------ "this past" is the last unit
@pytest.mark.parametrize("text, surface, value", [
    ("The board met this past week.", "this past week", "2002-W19"),
    ("The board met this past weekend.", "this past weekend", "2002-W19-WE"),
    ("The board met this past year.", "this past year", "2001"),
    ("The board met this past month.", "this past month", "2002-04"),
])
def test_this_past_unit_is_a_date(text, surface, value):
    assert find(text, "en", surface).value == value


# ------------------------------------------------------------------ tense of the governing verb
# 15 May 2002: the past 5 January is four months back, the next one almost eight months ahead
@pytest.mark.parametrize("text, surface, value", [
    ("Le chantier, ouvert le 20 juillet, avance.", "le 20 juillet", "2001-07-20"),
    ("Le musée, construit en juillet, attire du monde.", "juillet", "2001-07"),
    ("Le contrat, conclu le 20 juillet, est contesté.", "le 20 juillet", "2001-07-20"),
    ("Le contrat sera conclu le 20 juillet.", "le 20 juillet", "2002-07-20"),
    ("Le contrat, prévu le 20 juillet, est contesté.", "le 20 juillet", "2002-07-20"),
])
def test_french_participles_before_a_date_place_it(text, surface, value):
    assert find(text, "fr", surface).value == value


@pytest.mark.parametrize("text, value", [
    ("The dam, finished in July, leaks.", "2001-07"),
    ("The dam, opened in July, leaks.", "2001-07"),
    ("The dam will be finished in July.", "2002-07"),
    ("The dam, scheduled in July, will cost more.", "2002-07"),
])
def test_english_participles_before_a_month_place_it(text, value):
    assert find(text, "en", "July").value == value


@pytest.mark.parametrize("text, value", [
    ("The council is meeting Friday.", "2002-05-17"),
    ("Dockers are striking Friday.", "2002-05-17"),
    ("The council was meeting Friday when the alarm rang.", "2002-05-10"),
    ("The council met Friday.", "2002-05-10"),
])
def test_a_present_progressive_schedules_a_weekday(text, value):
    assert find(text, "en", "Friday").value == value


@pytest.mark.parametrize("text", [
    "Le budget sera voté avant que le rapport soit remis lundi.",
    "Le rapport sera remis lundi.",
    "Le rapport doit être remis lundi.",
])
def test_a_participle_of_a_passive_to_come_does_not_look_back(text):
    assert find(text, "fr", "lundi").value == "2002-05-20"


# ------------------------------------------------------------------ month names that are numbers
@pytest.mark.parametrize("text", [
    "Ils étaient sept.",
    "Le score était de huit à sept.",
    "Les élus étaient six ou sept.",
    "Il y avait entre cinq et sept.",
])
def test_french_seven_is_no_september(text):
    assert surfaces(text, "fr") == []


@pytest.mark.parametrize("text, surface, value", [
    ("Ils sont venus le 3 sept.", "le 3 sept.", "2001-09-03"),
    ("Ils sont venus en sept. 2001.", "sept. 2001", "2001-09"),
])
def test_french_sept_with_a_day_or_year_is_september(text, surface, value):
    assert find(text, "fr", surface).value == value


# ------------------------------------------------------------------ offsets with a half
@pytest.mark.parametrize("text, surface, value", [
    ("Le pont a fermé il y a un an et demi.", "il y a un an et demi", "2000-11"),
    ("Le pont a fermé il y a deux ans et demi.", "il y a deux ans et demi", "1999-11"),
    ("Le pont rouvrira dans un an et demi.", "dans un an et demi", "2003-11"),
    ("The bridge closed a year and a half ago.", "a year and a half ago", "2000-11"),
    ("The bridge closed two and a half years ago.", "two and a half years ago", "1999-11"),
])
def test_an_offset_of_years_and_a_half_is_a_month(text, surface, value):
    code = "fr" if " le " in f" {text.lower()} " else "en"
    assert find(text, code, surface).value == value


# ------------------------------------------------------------------ false friends
@pytest.mark.parametrize("text, code", [
    ("Le peintre vit dans le Midi depuis dix ans.", "fr"),
    ("Elle écrit pour Midi libre.", "fr"),
    ("They watched High Noon again.", "en"),
])
def test_a_capitalised_noon_word_inside_a_sentence_is_a_name(text, code):
    assert not any(t.value.endswith("T12:00") for t in extract_timexes(text, code, MAY15))


def test_noon_at_the_start_of_a_sentence_is_still_noon():
    assert find("Midi a sonné. Le cortège est parti.", "fr", "Midi").value == "2002-05-15T12:00"


@pytest.mark.parametrize("text, surfaces_left", [
    ("Il a gagné une seconde fois.", []),
    ("Pour la seconde fois, il a gagné.", []),
    ("Le feu est passé au rouge une seconde plus tard.", ["une seconde"]),
    ("Il a hésité une seconde de trop.", ["une seconde"]),
])
def test_french_une_seconde_fois_is_the_ordinal(text, surfaces_left):
    assert [s for s in surfaces(text, "fr") if "seconde" in s] == surfaces_left


@pytest.mark.parametrize("text", [
    "Son fils de deux ans est malade.",
    "Sa nièce de six ans est rentrée.",
    "Les moins de 25 ans sont les plus touchés.",
    "Les plus de 60 ans sont les plus touchés.",
    "Le chanteur fête ses 50 ans.",
    "Le club fêtera ses cent ans.",
])
def test_french_age_groups_and_birthdays_are_no_durations(text):
    assert not any(t.type == "DURATION" for t in extract_timexes(text, "fr", MAY15))


@pytest.mark.parametrize("text", [
    "Thousands joined the March on the capital.",
    "The March of the Miners ended peacefully.",
    "She writes for the Sunday Herald.",
    "The Saturday Evening Post ran the story.",
])
def test_events_and_papers_named_after_a_month_or_weekday_are_no_dates(text):
    assert surfaces(text, "en") == []


@pytest.mark.parametrize("text, surface, value", [
    ("The Sunday vote was close.", "Sunday", "2002-05-12"),
    ("He left on the Monday after the vote.", "Monday", "2002-05-13"),
    ("The strike began in March.", "March", "2002-03"),
])
def test_months_and_weekdays_after_the_stay_dates(text, surface, value):
    assert find(text, "en", surface).value == value


# ------------------------------------------------------------------ two-digit years after an apostrophe
@pytest.mark.parametrize("text, surface, value", [
    ("The mill closed in '97.", "'97", "1997"),
    ("Prices have risen since '95.", "'95", "1995"),
    ("The mill closed in the summer of '97.", "the summer of '97", "1997-SU"),
    ("The mill closed in the winter of 1997.", "the winter of 1997", "1997-WI"),
])
def test_english_apostrophe_years(text, surface, value):
    assert find(text, "en", surface).value == value


def test_an_apostrophe_year_far_before_a_recent_article_is_this_century():
    assert find("The mill closed in '08.", "en", "'08", DateInfo("2012-10-14")).value == "2008"


def test_an_event_named_after_its_month_in_quotes_is_no_date():
    assert surfaces('She led the "March of the Miners" through the town.', "en") == []


# ------------------------------------------------------------------ anchoring on the story's dates
@pytest.mark.parametrize("text, surface, value", [
    ("En mars 1995, la mairie a fermé le stade. Le 12, le club a protesté.", "Le 12", "1995-03-12"),
    ("En mars, la mairie a fermé le stade. Le 12, le club a protesté.", "Le 12", "2002-03-12"),
    ("Le 3 mars 1995, la mairie a fermé le stade. Le 12, le club a protesté.", "Le 12", "1995-03-12"),
])
def test_a_day_alone_takes_the_month_last_named(text, surface, value):
    assert find(text, "fr", surface).value == value


# ------------------------------------------------------------------ holidays
@pytest.mark.parametrize("text, surface, value", [
    ("Le défilé a eu lieu à la fête du travail.", "la fête du travail", "2002-05-01"),
    ("Le concert a eu lieu pour la Fête de la musique.", "la Fête de la musique", "2001-06-21"),
    ("La procession a eu lieu le vendredi saint.", "le vendredi saint", "2002-03-29"),
    ("Le carnaval a eu lieu à Mardi gras.", "Mardi gras", "2002-02-12"),
    ("The parade took place on the Fourth of July.", "the Fourth of July", "2001-07-04"),
    ("The parade took place on Mother's Day.", "Mother's Day", "2002-05-12"),
    ("The parade took place on Presidents' Day.", "Presidents' Day", "2002-02-18"),
])
def test_holidays_fixed_movable_and_by_weekday(text, surface, value):
    code = "en" if "took place" in text else "fr"
    assert find(text, code, surface).value == value


@pytest.mark.parametrize("text", ["Son ascension sociale a été rapide.", "L'ascension du sommet a été pénible."])
def test_a_feast_that_is_also_a_common_noun_needs_its_capital(text):
    assert not any(t.value.startswith("2002-05") for t in extract_timexes(text, "fr", MAY15))


# ------------------------------------------------------------------ lengths no unit measures
@pytest.mark.parametrize("text, surface", [
    ("The road stayed shut for a while.", "a while"),
    ("The road stayed shut for some time.", "some time"),
    ("The road stayed shut for a long time.", "a long time"),
    ("The road stayed shut for quite some time.", "quite some time"),
    ("Clearing the road took some time.", "some time"),
])
def test_english_vague_lengths_after_for_or_a_verb_of_length(text, surface):
    t = find(text, "en", surface)
    assert (t.type, t.value) == ("DURATION", "PXX")


@pytest.mark.parametrize("text", ["The crew has some time left.", "A while ago, the crew left."])
def test_english_vague_lengths_need_their_preposition(text):
    assert not any(t.value == "PXX" for t in extract_timexes(text, "en", MAY15))


@pytest.mark.parametrize("text, value", [
    ("Le sculpteur vit aujourd'hui à Lyon.", "PRESENT_REF"),
    ("La coopérative compte aujourd'hui 300 membres.", "PRESENT_REF"),
    ("Le château appartient aujourd'hui à la commune.", "PRESENT_REF"),
    ("Le ministre est aujourd'hui à Lyon.", "2002-05-15"),
    ("La statue reste aujourd'hui introuvable.", "PRESENT_REF"),
    ("Le maire inaugure aujourd'hui la salle.", "2002-05-15"),
    ("Les électeurs votent aujourd'hui.", "2002-05-15"),
    ("Le ministre est attendu aujourd'hui à Lyon.", "2002-05-15"),
])
def test_french_today_after_a_present_of_state_is_nowadays(text, value):
    assert find(text, "fr", "aujourd'hui").value == value


@pytest.mark.parametrize("text, value", [
    ("Le maire a signé au cours du week-end.", "2002-W19-WE"),
    ("Le maire a signé lors du week-end.", "2002-W19-WE"),
    ("Le maire a signé pendant le week-end.", "2002-W19-WE"),
    ("Le maire signera au cours du week-end.", "2002-W20-WE"),
])
def test_french_the_weekend_after_a_contracted_article(text, value):
    assert next(t for t in extract_timexes(text, "fr", MAY15) if "week-end" in t.text).value == value


@pytest.mark.parametrize("text, surface, value", [
    ("Le maire a signé lundi dernier au soir.", "lundi dernier au soir", "2002-05-13TEV"),
    ("Le maire signera mardi prochain au matin.", "mardi prochain au matin", "2002-05-21TMO"),
    ("Le maire a signé lundi soir.", "lundi soir", "2002-05-13TEV"),
])
def test_french_a_part_of_the_day_after_last_or_next(text, surface, value):
    assert find(text, "fr", surface).value == value


# ------------------------------------------------------------------ sets
@pytest.mark.parametrize("text, surface, value, code", [
    ("Le marché se tient chaque mardi matin.", "chaque mardi matin", "XXXX-WXX-2TMO", "fr"),
    ("The market opens every Tuesday morning.", "every Tuesday morning", "XXXX-WXX-2TMO", "en"),
    ("Le marché se tient chaque week-end.", "chaque week-end", "XXXX-WXX-WE", "fr"),
    ("Le marché se tient tous les week-ends.", "tous les week-ends", "XXXX-WXX-WE", "fr"),
    ("The market opens every weekend.", "every weekend", "XXXX-WXX-WE", "en"),
])
def test_sets_of_weekdays_with_their_part_and_of_weekends(text, surface, value, code):
    t = find(text, code, surface)
    assert (t.type, t.value) == ("SET", value)


@pytest.mark.parametrize("text, surface, value, code", [
    ("La foire se tient chaque année en juin.", "juin", "XXXX-06", "fr"),
    ("Chaque année, le 14 juillet, la ville défile.", "le 14 juillet", "XXXX-07-14", "fr"),
    ("The fair is held every year in June.", "June", "XXXX-06", "en"),
    ("Le rapport annuel, publié le 3 avril, est sévère.", "le 3 avril", "2002-04-03", "fr"),
    ("La foire s'est tenue en juin. Elle revient chaque année.", "juin", "2001-06", "fr"),
])
def test_a_month_under_a_yearly_frequency_is_any_years(text, surface, value, code):
    assert find(text, code, surface).value == value


@pytest.mark.parametrize("text, surface, value", [
    ("La skieuse a bouclé la descente en 1 h 58.", "1 h 58", "PT1H58M"),
    ("Le feu a été maîtrisé en 3 h.", "3 h", "PT3H"),
    ("Le coureur a tenu pendant 2 h 30.", "2 h 30", "PT2H30M"),
])
def test_french_a_clock_like_time_taken_is_a_duration(text, surface, value):
    t = find(text, "fr", surface)
    assert (t.type, t.value) == ("DURATION", value)


def test_french_a_clock_time_after_a_stays_a_time():
    assert find("La skieuse est partie à 1 h 58.", "fr", "1 h 58").value == "2002-05-15T01:58"


# ------------------------------------------------------------------ the same time a year back
@pytest.mark.parametrize("text, surface, value, code", [
    ("Les ventes reculent par rapport à la même période de l'an dernier.", "la même période", "2001-05", "fr"),
    ("Les ventes reculent par rapport à l'an passé à la même époque.", "la même époque", "2001-05", "fr"),
    ("Sales are down from this time last year.", "this time last year", "2001-05", "en"),
    ("Sales are down from the same time a year ago.", "the same time a year ago", "2001-05", "en"),
])
def test_the_same_time_last_year_is_this_month_a_year_back(text, surface, value, code):
    assert find(text, code, surface).value == value


@pytest.mark.parametrize("text, code", [
    ("À la même époque, le peintre vivait à Lyon.", "fr"),
    ("At the same time, sales fell.", "en"),
])
def test_the_same_time_alone_is_no_date(text, code):
    assert surfaces(text, code) == []


@pytest.mark.parametrize("text, surface, value", [
    ("The dam burst the week before last.", "the week before last", "2002-W18"),
    ("The dam burst the month before last.", "the month before last", "2002-03"),
    ("The dam burst the year before last.", "the year before last", "2000"),
    ("The dam burst the weekend before last.", "the weekend before last", "2002-W18-WE"),
])
def test_english_the_unit_before_last_is_two_back(text, surface, value):
    assert find(text, "en", surface).value == value


# ------------------------------------------------------------------ season words that are nouns
@pytest.mark.parametrize("text", [
    "After the fall of the old regime, exiles returned.",
    "After the fall of Saigon, many fled.",
    "The fall in grain prices hurt farmers.",
    "The summer of love ended.",
    "The winter of discontent began.",
])
def test_english_season_words_as_nouns_of_something(text):
    assert surfaces(text, "en") == []


@pytest.mark.parametrize("text, surface, value", [
    ("The mill closed in the fall of 1997.", "the fall of 1997", "1997-FA"),
    ("The mill closed in the summer of last year.", "the summer of last year", "2001-SU"),
    ("The crew spent the summer in Oslo.", "the summer", "2001-SU"),
    ("The mill closed last fall in a dispute.", "last fall", "2001-FA"),
])
def test_english_seasons_with_their_year_stay_seasons(text, surface, value):
    assert find(text, "en", surface).value == value
