"""Time expressions: detection, spans and normalisation in fr en es de ru uk (texts written for
these tests)."""
from __future__ import annotations

import pytest

from newsweave.enrich.timex import (extract_timexes, infer_publication_date, refine_timexes,
                                    timex_date)
from newsweave.model import DateInfo

WED = DateInfo("2025-06-04")  # a Wednesday


def find(text: str, lang: str, anchor, surface: str):
    got = extract_timexes(text, lang, anchor)
    for t in got:
        if t.text == surface:
            return t
    raise AssertionError(f"{surface!r} not found in {[(t.text, t.value) for t in got]}")


# ----------------------------------------------------------------------------- weekdays
def test_weekday_resolves_to_closest_past_day():
    t = find("Le ministre a signé lundi un décret.", "fr", WED, "lundi")
    assert (t.type, t.value) == ("DATE", "2025-06-02")
    assert t.anchor == "2025-06-04"


def test_weekday_same_day_as_anchor_is_today():
    assert find("Le ministre a parlé mercredi.", "fr", WED, "mercredi").value == "2025-06-04"


def test_weekday_with_future_tense_goes_forward():
    assert find("Le sommet se tiendra vendredi à Genève.", "fr", WED, "vendredi").value == "2025-06-06"
    assert find("The envoy will fly to Seoul on Friday.", "en", WED, "Friday").value == "2025-06-06"


def test_weekday_with_month_anchor_stays_underspecified():
    t = find("Une délégation s'est rendue vendredi à la capitale.", "fr", DateInfo("2024-09"), "vendredi")
    assert t.value == "2024-09"
    assert t.confidence < 1
    assert t.attrs["anchor_granularity"] == "month"


def test_weekday_without_anchor():
    t = find("Il est arrivé jeudi.", "fr", None, "jeudi")
    assert t.value == "XXXX-XX-XX" and t.confidence < 1 and t.anchor is None


def test_spanish_el_pasado_martes():
    t = find("El pasado martes el gobierno aprobó la ley.", "es", WED, "El pasado martes")
    assert t.value == "2025-06-03"


def test_last_and_next_weekday_skip_today():
    assert find("They met last Wednesday.", "en", WED, "last Wednesday").value == "2025-05-28"
    assert find("Il reviendra mercredi prochain.", "fr", WED, "mercredi prochain").value == "2025-06-11"


# ----------------------------------------------------------------------------- days, months
def test_relative_days_in_several_languages():
    assert find("Il est arrivé hier à Paris.", "fr", WED, "hier").value == "2025-06-03"
    assert find("She left yesterday.", "en", WED, "yesterday").value == "2025-06-03"
    assert find("Він прибув вчора.", "uk", WED, "вчора").value == "2025-06-03"
    assert find("Er kam gestern an.", "de", WED, "gestern").value == "2025-06-03"
    assert find("Он приехал завтра.", "ru", WED, "завтра").value == "2025-06-05"


def test_part_of_day_gives_time():
    t = find("Hier soir, la police a bouclé le quartier.", "fr", WED, "Hier soir")
    assert (t.type, t.value) == ("TIME", "2025-06-03TEV")


def test_day_month_takes_nearest_past_year():
    t = find("Il s'était rendu dans la capitale le 21 mars.", "fr", WED, "le 21 mars")
    assert t.value == "2025-03-21"
    t = find("Il s'était rendu dans la capitale le 21 novembre.", "fr", WED, "le 21 novembre")
    assert t.value == "2024-11-21"


def test_day_month_soon_after_anchor_with_future_tense():
    t = find("La conférence aura lieu le 12 juin.", "fr", WED, "le 12 juin")
    assert t.value == "2025-06-12"


def test_full_date_with_weekday_and_year():
    t = find("Le traité signé le mercredi 19 juin 2024 entre en vigueur.", "fr", WED,
             "le mercredi 19 juin 2024")
    assert t.value == "2024-06-19"


def test_weekday_in_date_fixes_year():
    # 23 May was a Thursday in 2024; "jeudi 23 mai" must resolve to 2024 even if nearer dates exist
    t = find("La soirée a eu lieu le jeudi 23 mai.", "fr", WED, "le jeudi 23 mai")
    assert t.value == "2024-05-23"


def test_en_juin_dernier_is_previous_june():
    t = find("En juin dernier, le président a effectué une visite.", "fr", DateInfo("2024-09"), "juin dernier")
    assert t.value == "2024-06"
    t = find("En juin dernier, le président a effectué une visite.", "fr", DateInfo("2025-03-10"), "juin dernier")
    assert t.value == "2024-06"


def test_l_an_passe_and_last_year():
    assert find("Le traité conclu l'an passé reste valide.", "fr", WED, "l'an passé").value == "2024"
    assert find("L'année dernière, les ventes ont chuté.", "fr", WED, "L'année dernière").value == "2024"
    assert find("Sales fell last year.", "en", WED, "last year").value == "2024"


def test_mid_month():
    t = find("Mi-juillet, Kim a reçu une délégation.", "fr", DateInfo("2024-09"), "Mi-juillet")
    assert t.value == "2024-07" and t.attrs.get("mod") == "MID"


def test_il_y_a_quelques_jours_is_past_ref_and_il_y_a_trois_jours_a_day():
    assert find("Une réunion s'est tenue il y a quelques jours.", "fr", WED,
                "il y a quelques jours").value == "PAST_REF"
    assert find("Une réunion s'est tenue il y a trois jours.", "fr", WED, "il y a trois jours").value == "2025-06-01"
    # a count of weeks gives a week (TimeML: the value has the granularity of the unit)
    assert find("They met two weeks ago.", "en", WED, "two weeks ago").value == "2025-W21"


def test_season_with_year():
    t = find("depuis une offensive surprise à l'été 2024.", "fr", WED, "l'été 2024")
    assert (t.type, t.value) == ("DATE", "2024-SU")


def test_participle_ete_is_not_a_season():
    got = extract_timexes("Deux cyclistes ont été renversés.", "fr", WED)
    assert got == []


def test_next_week_and_this_month():
    assert find("Les pourparlers reprendront la semaine prochaine.", "fr", WED,
                "la semaine prochaine").value == "2025-W24"
    assert find("Prices rose this month.", "en", WED, "this month").value == "2025-06"


def test_durations():
    t = find("La guerre dure depuis trois ans.", "fr", WED, "trois ans")
    assert (t.type, t.value) == ("DURATION", "P3Y")
    assert find("Les négociations ont duré environ deux heures.", "fr", WED,
                "environ deux heures").value == "PT2H"
    assert find("a five-year plan", "en", WED, "five-year").value == "P5Y"
    assert find("nearly twenty four hours", "en", WED, "nearly twenty four hours").value == "PT24H"


def test_age_is_not_a_duration():
    assert extract_timexes("Jean Martin, 37 ans, a été interpellé.", "fr", WED) == []


def test_sets():
    t = find("Le conseil se réunit chaque lundi.", "fr", WED, "chaque lundi")
    assert (t.type, t.value) == ("SET", "XXXX-WXX-1")
    assert find("They meet every week.", "en", WED, "every week").value == "P1W"


def test_clock_time_takes_day_of_sentence():
    t = find("Le concert aura lieu le jeudi 12 juin, à 20 h 30, salle des fêtes.", "fr", WED, "20 h 30")
    assert (t.type, t.value) == ("TIME", "2025-06-12T20:30")
    t = find("Police said the blast came at 10 p.m. Tuesday.", "en", WED, "10 p.m. Tuesday")
    assert t.value == "2025-06-03T22:00"


def test_numeric_stamp_with_time():
    t = find("Mise à jour : 04-06-2025 (09:16)", "fr", None, "04-06-2025 (09:16)")
    assert (t.type, t.value) == ("TIME", "2025-06-04T09:16")


def test_decade_quarter_century():
    assert find("dans les années 90", "fr", WED, "les années 90").value == "199X"
    assert find("au premier trimestre 2024", "fr", WED, "premier trimestre 2024").value == "2024-Q1"
    assert find("in the third quarter", "en", DateInfo("2025-11-02"), "the third quarter").value == "2025-Q3"
    assert find("à la fin du XIXe siècle", "fr", WED, "la fin du XIXe siècle").value == "18XX"


def test_span_conventions():
    # French keeps the article "le", drops "en"; English keeps "the", drops "on"
    assert find("Il est arrivé le 4 juin.", "fr", WED, "le 4 juin").start == 14
    got = extract_timexes("Il est arrivé en mai 1988.", "fr", WED)
    assert [t.text for t in got] == ["mai 1988"]
    got = extract_timexes("He arrived on June 4, 2024.", "en", WED)
    assert [(t.text, t.value) for t in got] == [("June 4, 2024", "2024-06-04")]
    # no trailing punctuation
    assert all(not t.text.endswith((",", ".")) for t in extract_timexes("Pendant l'été, hier.", "fr", WED))


def test_english_may_modal_is_not_a_month():
    assert extract_timexes("Prices may rise.", "en", WED) == []


def test_counts_are_not_years():
    assert extract_timexes("Il y avait 2000 personnes.", "fr", WED) == []
    assert [t.value for t in extract_timexes("Il est né en 1943.", "fr", WED)] == ["1943"]


# ----------------------------------------------------------------------------- Slavic, German
def test_russian_genitive_month():
    t = find("Шойгу прибыл в Пхеньян 4 июня.", "ru", WED, "4 июня")
    assert t.value == "2025-06-04"
    t = find("Договор подписан 19 июня 2024 года.", "ru", WED, "19 июня 2024 года")
    assert t.value == "2024-06-19"


def test_ukrainian_genitive_month_and_last_year():
    assert find("Він був у Пхеньяні 21 березня.", "uk", WED, "21 березня").value == "2025-03-21"
    assert find("Угоду підписали в минулому році.", "uk", WED, "минулому році").value == "2024"


def test_russian_last_year_and_weekday():
    assert find("В прошлом году был подписан договор.", "ru", WED, "прошлом году").value == "2024"
    assert find("Во вторник министр заявил.", "ru", WED, "вторник").value == "2025-06-03"


def test_german_dotted_day():
    t = find("Er traf am 3. Juni in Berlin ein.", "de", WED, "3. Juni")
    assert t.value == "2025-06-03"


def test_spanish_full_date_and_hace():
    assert find("El 5 de junio de 2024 se firmó.", "es", WED, "El 5 de junio de 2024").value == "2024-06-05"
    assert find("Llegó hace tres días.", "es", WED, "hace tres días").value == "2025-06-01"


def test_italian_minimal():
    assert find("Mubarak si è dimesso l'11 febbraio 2011.", "it", WED, "l'11 febbraio 2011").value == "2011-02-11"
    assert find("È arrivato ieri.", "it", WED, "ieri").value == "2025-06-03"


def test_unknown_language_still_finds_numeric_dates():
    got = extract_timexes("Stamp 2024-05-06 and 12/03/2023.", "pt", None)
    assert [t.value for t in got] == ["2024-05-06", "2023-03-12"]


def test_spans_parameter_limits_search():
    text = "Menu 4 juin. Corps: le 21 mars."
    got = extract_timexes(text, "fr", WED, spans=[(12, len(text))])
    assert [t.text for t in got] == ["le 21 mars"]


def test_offsets_index_text():
    text = "Le 4 juin, puis hier soir et la semaine prochaine."
    for t in extract_timexes(text, "fr", WED):
        assert text[t.start:t.end] == t.text


# ----------------------------------------------------------------------------- refine / infer
def test_refine_with_better_anchor():
    text = "Une délégation s'est rendue vendredi à Pyongyang, hier encore."
    old = extract_timexes(text, "fr", DateInfo("2024-09"))
    assert all(t.value == "2024-09" for t in old)
    new = refine_timexes(old, DateInfo("2024-09-14"), text=text, lang="fr")
    assert [t.value for t in new] == ["2024-09-13", "2024-09-13"]
    # without the text, expressions are re-read on their own
    new2 = refine_timexes(old, DateInfo("2024-09-14"))
    assert [t.value for t in new2] == ["2024-09-13", "2024-09-13"]
    assert all(t.anchor == "2024-09-14" for t in new2)


def test_refine_keeps_explicit_dates():
    text = "Le traité du 19 juin 2024."
    old = extract_timexes(text, "fr", DateInfo("2024-09"))
    new = refine_timexes(old, DateInfo("2025-01-01"))
    assert new[0].value == "2024-06-19"


def test_infer_publication_date_from_reporting_cue():
    text = ("Le secrétaire est arrivé à Pyongyang, a rapporté TASS le 4 juin.\n"
            "En 2025, il avait déjà rencontré le ministre.")
    d = infer_publication_date(text, "fr")
    assert d is not None and d.value == "2025-06-04" and d.source == "inferred"
    assert 0 < d.confidence < 1 and "4 juin" in d.evidence


def test_infer_publication_date_ignores_planned_years():
    text = ("Le secrétaire est arrivé à Pyongyang, a rapporté TASS le 4 juin.\n"
            "D'autres visites sont prévues en 2031.")
    d = infer_publication_date(text, "fr")
    assert d is None or not d.value.startswith("2031")


def test_infer_publication_date_from_stamp():
    d = infer_publication_date("Titre\n\nMise à jour : 04-06-2025 (09:16)\n\nTexte.", "fr")
    assert d.value == "2025-06-04" and d.confidence >= 0.8


def test_infer_publication_date_none_without_cues():
    assert infer_publication_date("Aucune date ici.", "fr") is None


def test_timex_date():
    assert timex_date("2025-06-04T09:16") == "2025-06-04"
    assert timex_date("2024-SU") == "2024"
    assert timex_date("PAST_REF") is None
    assert timex_date("2025-W23") is None


@pytest.mark.parametrize("lang", ["fr", "en", "es", "de", "ru", "uk", "it", "pl"])
def test_every_language_loads_and_handles_empty(lang):
    assert extract_timexes("", lang, WED) == []
    assert isinstance(extract_timexes("2024", lang, WED), list)


# ----------------------------------------------------------------------------- later additions
def test_day_range_shares_month():
    got = extract_timexes("Le festival aura lieu du 3 au 5 juillet.", "fr", WED)
    assert [(t.text, t.value) for t in got] == [("3", "2025-07-03"), ("5 juillet", "2025-07-05")]
    assert got[0].attrs["range"] == ["2025-07-03", "2025-07-05"]
    got = extract_timexes("Les 12 et 13 mai, des grèves.", "fr", WED)
    assert [t.value for t in got] == ["2025-05-12", "2025-05-13"]
    assert "range" not in got[0].attrs


def test_day_month_with_dernier():
    assert find("Le 2 mars dernier, il a démissionné.", "fr", WED, "Le 2 mars dernier").value == "2025-03-02"
    assert find("Le 20 juin dernier, il a démissionné.", "fr", WED, "Le 20 juin dernier").value == "2024-06-20"


def test_holidays_fixed_and_computed():
    assert find("Il est rentré pour Noël.", "fr", WED, "Noël").value == "2024-12-25"
    assert find("He was rescued last Thanksgiving.", "en", DateInfo("2000-02-10"),
                "last Thanksgiving").value == "1999-11-25"
    assert find("Memorial Day 2024 was quiet.", "en", WED, "Memorial Day 2024").value == "2024-05-27"


def test_aujourdhui_followed_by_comma_means_nowadays():
    assert find("Aujourd'hui, ce musicien vit à Paris.", "fr", WED, "Aujourd'hui").value == "PRESENT_REF"
    assert find("La maire inaugurera aujourd'hui une piscine.", "fr", WED,
                "aujourd'hui").value == "2025-06-04"


def test_apres_midi_is_not_noon():
    got = extract_timexes("Cet après-midi, la séance reprend.", "fr", WED)
    assert [(t.text, t.value) for t in got] == [("Cet après-midi", "2025-06-04TAF")]


def test_financial_year_ago_follows_quarter():
    text = "Profit rose in the third quarter from $3 million a year ago."
    got = extract_timexes(text, "en", DateInfo("2025-11-02"))
    assert [t.value for t in got] == ["2025-Q3", "2024-Q3"]
    assert find("Sales fell from a year ago.", "en", WED, "a year ago").value == "2024"


def test_english_set_adjective_and_a_year():
    assert extract_timexes("The annual meeting was held.", "en", WED) == []
    assert find("They sell 50,000 copies a year.", "en", WED, "a year").type == "SET"
    assert find("He stayed for a year.", "en", WED, "a year").type == "DURATION"


def test_hours_after_pendant_are_a_duration():
    t = find("La grève a duré pendant 20 heures.", "fr", WED, "20 heures")
    assert (t.type, t.value) == ("DURATION", "PT20H")
    t = find("Le rendez-vous est fixé à 20 heures.", "fr", WED, "20 heures")
    assert (t.type, t.value) == ("TIME", "2025-06-04T20:00")


def test_weekday_with_day_number_takes_matching_month():
    # 12 June 2025 is a Thursday: "jeudi 12" read on 4 June 2025 is that day
    assert find("Rendez-vous jeudi 12, à 20 h.", "fr", WED, "jeudi 12").value == "2025-06-12"
    assert find("Rendez-vous jeudi 12, à 20 h.", "fr", WED, "20 h").value == "2025-06-12T20:00"


def test_modified_current_unit_and_nights():
    t = find("D'ici la fin de l'année, le projet aboutira.", "fr", WED, "la fin de l'année")
    assert (t.value, t.attrs.get("mod")) == ("2025", "END")
    assert find("by the end of the month", "en", WED, "the end of the month").value == "2025-06"
    assert find("La nuit dernière, un incendie.", "fr", WED, "La nuit dernière").value == "2025-06-03TNI"
    assert find("Shots were heard last night.", "en", WED, "last night").value == "2025-06-03TNI"


def test_approximate_count_with_elided_de():
    assert find("Il y vit depuis une vingtaine d'années.", "fr", WED, "une vingtaine d'années").value == "P20Y"


def test_month_dot_only_for_abbreviations():
    got = extract_timexes("Він приїхав наприкінці травня. Минулого тижня він поїхав.", "uk", WED)
    assert all("." not in t.text for t in got)
    assert find("It closes on Aug. 3.", "en", WED, "Aug. 3").value == "2025-08-03"


def test_german_compound_weekday_part_and_russian_year_suffix():
    assert find("Am Montagabend kam er an.", "de", WED, "Montagabend").value == "2025-06-02TEV"
    assert find("Летом 2024 года было жарко.", "ru", WED, "Летом 2024 года").value == "2024-SU"
    assert find("Це сталося у 2024 році.", "uk", WED, "2024 році").value == "2024"


def test_english_no_postposed_modifier():
    t = find("He was rescued last Thanksgiving following a storm.", "en", DateInfo("2000-02-10"),
             "last Thanksgiving")
    assert t.value == "1999-11-25"


def test_uncertain_anchor_lowers_relative_confidence_only():
    anchor = DateInfo("2025-06-04", source="inferred", confidence=0.6)
    got = {t.text: t for t in extract_timexes("Il est arrivé hier, le 19 juin 2024.", "fr", anchor)}
    assert got["hier"].value == "2025-06-03"
    assert got["hier"].confidence <= 0.6 and got["hier"].attrs["anchor_source"] == "inferred"
    assert got["le 19 juin 2024"].confidence == 1.0


# ------------------------------------------------------------- TimeBank conventions (round 2)
def test_decades_and_centuries_written_with_x():
    assert find("Dans les années 1980, la ville a grandi.", "fr", WED, "les années 1980").value == "198X"
    assert find("Prices rose in the 1990s.", "en", WED, "the 1990s").value == "199X"
    assert find("En los años 70 hubo crisis.", "es", WED, "los años 70").value in ("197X", "197")  # es rule optional
    assert find("It was built in the 19th century.", "en", WED, "the 19th century").value == "18XX"


def test_ages_are_not_durations():
    assert not [t for t in extract_timexes("The 44-year-old driver was hurt.", "en", WED) if t.type == "DURATION"]
    assert not extract_timexes("The boy, six years old, survived.", "en", WED)
    assert not extract_timexes("She was in her 30s then.", "en", WED)
    assert not [t for t in extract_timexes("Il a 45 ans et vit à Metz.", "fr", WED) if t.type == "DURATION"]
    assert find("Il habite à Metz depuis 45 ans.", "fr", WED, "45 ans").value == "P45Y"


def test_spelled_out_years_in_transcripts():
    assert find("In nineteen ninety-six the verdict was overturned.", "en", WED,
                "nineteen ninety-six").value == "1996"
    assert find("Fears about the year two thousand kept the clerks busy.", "en", WED,
                "the year two thousand").value == "2000"


def test_financial_quarters_and_years():
    d = DateInfo("2025-10-28")
    assert find("Profit in the 2024 second quarter fell.", "en", d, "the 2024 second quarter").value == "2024-Q2"
    assert find("Sales for next year's first quarter will rise.", "en", d,
                "next year's first quarter").value == "2026-Q1"
    assert find("It earned less than in the year-ago third quarter.", "en", d,
                "the year-ago third quarter").value == "2024-Q3"
    assert find("It lost money in the fiscal first quarter.", "en", d, "the fiscal first quarter").value == "2025-Q1"
    text = "Net income rose in the third quarter. Sales in the quarter rose 5%, as in the 2024 period."
    assert find(text, "en", d, "the quarter").value == "2025-Q3"
    assert find(text, "en", d, "the 2024 period").value == "2024-Q3"
    assert find("Revenue in the latest quarter rose.", "en", d, "the latest quarter").value == "2025-Q3"
    assert find("It expects a profit for the full year.", "en", d, "the full year").value == "2025"
    t = find("For the fiscal year ended Feb. 28, the chain posted a loss.", "en", d, "the fiscal year")
    assert (t.type, t.value) == ("DURATION", "P1Y")
    assert find("Cuts will be made by year end.", "en", d, "year end").value == "2025"
    assert not [t for t in extract_timexes("The island imports three-quarters of its fuel.", "en", d)]


def test_month_with_relative_year():
    d = DateInfo("2025-12-03")
    assert find("The repairs started in February this year.", "en", d, "February this year").value == "2025-02"
    assert find("They join in April next year.", "en", d, "April next year").value == "2026-04"
    assert find("He left on Oct. 5 last year.", "en", d, "Oct. 5 last year").value == "2024-10-05"
    assert find("Il est parti en juin de l'an dernier.", "fr", d, "juin de l'an dernier").value == "2024-06"
    assert find("Le 5 octobre de l'année dernière, il a signé.", "fr", d,
                "Le 5 octobre de l'année dernière").value == "2024-10-05"
    assert find("Se fue en junio del año pasado.", "es", d, "junio del año pasado").value == "2024-06"
    assert find("Am 5. Oktober letzten Jahres kam er.", "de", d, "5. Oktober letzten Jahres").value == "2024-10-05"
    assert find("Это было 5 октября прошлого года.", "ru", d, "5 октября прошлого года").value == "2024-10-05"
    assert find("Це було 5 жовтня минулого року.", "uk", d, "5 жовтня минулого року").value == "2024-10-05"


def test_shifters_and_parts_of_day():
    assert find("Earlier this month, the firm sold a unit.", "en", WED, "this month").value == "2025-06"
    assert find("He will meet them later this afternoon.", "en", WED, "this afternoon").value == "2025-06-04TAF"
    assert find("Sales were delayed earlier in the year.", "en", WED, "earlier in the year").value == "2025"
    assert not extract_timexes("It happened later in the day.", "en", WED)
    assert find("Samedi, en fin d'après-midi, un accident.", "fr", WED, "fin d'après-midi").value == "2025-05-31TAF"
    assert find("Les résultats seront publiés en fin d'année.", "fr", WED, "fin d'année").value == "2025"
    t = find("Dans la nuit de samedi à dimanche, un entrepôt a pris feu.", "fr", WED,
             "la nuit de samedi à dimanche")
    assert t.value == "2025-05-31TNI"


def test_fractions_and_halves():
    assert find("She spent about 5 1/2 hours there.", "en", WED, "about 5 1/2 hours").value == "PT5H30M"
    assert find("It took half an hour.", "en", WED, "half an hour").value == "PT30M"
    assert find("Il a attendu deux heures et demie.", "fr", WED, "deux heures et demie").value == "PT2H30M"
    assert find("Une demi-heure plus tard, il est parti.", "fr", WED, "Une demi-heure").value == "PT30M"
    assert find("Il a parlé un quart d'heure.", "fr", WED, "un quart d'heure").value == "PT15M"


def test_narrative_days_follow_the_story():
    text = "Le 3 mai, il est arrivé à Nancy. Le lendemain, il est reparti."
    assert find(text, "fr", WED, "Le lendemain").value == "2025-05-04"
    assert find("He was arrested on May 3 and freed the next day.", "en", WED, "the next day").value == "2025-05-04"
    assert find("Fue detenido el 3 de mayo y liberado al día siguiente.", "es", WED,
                "al día siguiente").value == "2025-05-04"
    assert find("Его задержали 3 мая, а на следующий день отпустили.", "ru", WED,
                "на следующий день").value == "2025-05-04"
    assert find("Його затримали 3 травня, а наступного дня відпустили.", "uk", WED,
                "наступного дня").value == "2025-05-04"
    assert find("Er kam am 3. Mai an und reiste am nächsten Tag ab.", "de", WED,
                "am nächsten Tag").value == "2025-05-04"
    # no earlier date: counted from the article date
    assert find("Le lendemain, il est reparti.", "fr", WED, "Le lendemain").value == "2025-06-05"
    assert not [t for t in extract_timexes("the day before the vote", "en", WED) if "day" in t.text]


def test_present_ref_and_set_adjectives_in_english():
    assert find("Given current weather conditions, the ferry will wait.", "en", WED, "current").value == "PRESENT_REF"
    assert not extract_timexes("The current account deficit widened.", "en", WED)
    assert find("The ministry posts a daily count of arrivals.", "en", WED, "daily").value == "P1D"
    assert find("For now, all is calm.", "en", WED, "now").value == "PRESENT_REF"


def test_future_tense_beats_year_of_an_earlier_date_in_the_sentence():
    d = DateInfo("1999-02-27")
    text = "Approved in Oslo in May 1997, the treaty will formally enter into force on April 9."
    assert find(text, "en", d, "April 9").value == "1999-04-09"


def test_anaphoric_years_and_months():
    text = "In 1988, imports rose. The company had a large share of imports that year, an aide said."
    assert find(text, "en", DateInfo("1989-11-02"), "that year").value == "1988"
    text = "In March, the council voted. The following month, the mill closed its doors."
    assert find(text, "en", DateInfo("1989-10-27"), "The following month").value == "1989-04"
    text = "En 1998, il est arrivé à Metz. L'année suivante, il a trouvé un emploi. Cette année-là, il a signé."
    assert find(text, "fr", WED, "L'année suivante").value == "1999"
    assert find(text, "fr", WED, "Cette année-là").value == "1999"
    assert find("En 1998 llegó a Madrid. Ese año encontró trabajo.", "es", WED, "Ese año").value == "1998"
    # nothing to refer to: the article's year
    assert find("That year was hard.", "en", WED, "That year").value == "2025"


def test_this_weekday_is_in_the_article_week():
    assert find("Ce lundi, la mairie a publié les chiffres.", "fr", WED, "Ce lundi").value == "2025-06-02"
    assert find("Ce vendredi, la mairie publiera les chiffres.", "fr", WED, "Ce vendredi").value == "2025-06-06"


def test_weekday_after_past_participle_is_past():
    text = "Les tarifs publiés mercredi vont baisser."
    assert find(text, "fr", DateInfo("2025-06-06"), "mercredi").value == "2025-06-04"
    text = "Le budget sera voté avant que l'audit soit remis lundi matin."
    assert find(text, "fr", WED, "lundi matin").value == "2025-06-09TMO"


def test_range_and_whole_unit_durations():
    assert find("Shipments resume within two to three weeks.", "en", WED, "two to three weeks").value == "P2W"
    assert find("Il faudra deux à trois ans.", "fr", WED, "deux à trois ans").value == "P2Y"
    assert find("Il a plu toute la semaine.", "fr", WED, "toute la semaine").value == "P1W"
    assert find("It rained all day.", "en", WED, "all day").value == "P1D"
    assert find("Le journal est ouvert 24 heures sur 24.", "fr", WED, "24 heures").type == "DURATION"


def test_french_parts_of_day_alone_and_bare_plurals():
    text = "Samedi, des combats ont éclaté. Le dirigeant est apparu dans la soirée."
    assert find(text, "fr", WED, "la soirée").value == "2025-05-31TEV"
    assert find("Dans la matinée, un soldat a été capturé.", "fr", WED, "la matinée").value == "2025-06-04TMO"
    assert not extract_timexes("Cette soirée sera animée par un orchestre.", "fr", WED)
    assert find("Il croupit en prison depuis des mois.", "fr", WED, "des mois").value == "PXM"
    assert find("Ces derniers mois, le chômage a baissé.", "fr", WED, "Ces derniers mois").value == "PXM"
    assert find("Rendez-vous à 9 heures du soir.", "fr", WED, "9 heures du soir").value == "2025-06-04T21:00"


def test_names_and_numbers_that_look_like_time():
    assert not extract_timexes("Le Printemps arabe a changé la région.", "fr", WED)
    assert not [t for t in extract_timexes("Jugé pour le meurtre de sept manifestants.", "fr", WED)]
    assert not extract_timexes("Selon 20 Minutes, le projet avance.", "fr", WED)
    assert not extract_timexes("The Daily News reported it.", "en", WED)
    assert not extract_timexes("He sank a free throw with 4:43 left.", "en", WED)
    assert not extract_timexes("He scored twice in the first half.", "en", WED)
    assert find("Profit rose in the first half of 2024.", "en", WED, "the first half of 2024").value == "2024-H1"


def test_clock_takes_date_across_abbreviation_dots():
    got = extract_timexes("Published: Dec. 19, 2005 at 9:44 PM.", "en", WED)
    assert [t.value for t in got] == ["2005-12-19", "2005-12-19T21:44"]


def test_past_decade_is_a_duration_and_article_sets_need_a_count():
    assert find("Over the past decade, prices rose.", "en", WED, "the past decade").value == "P10Y"
    t = find("It has been a week since the vote.", "en", WED, "a week")
    assert t.type == "DURATION"
    assert find("He jogs twice a week.", "en", WED, "a week").type == "SET"
    assert find("He works 40 hours a week.", "en", WED, "a week").type == "SET"


def test_generic_french_seasons():
    assert find("Les ventes augmentent en été.", "fr", WED, "été").value == "XXXX-SU"
    assert find("Eté comme hiver, il travaille.", "fr", WED, "Eté").value == "XXXX-SU"
    assert find("Cet été, il partira.", "fr", WED, "Cet été").value == "2025-SU"
    assert find("En été 2001, il est parti.", "fr", WED, "été 2001").value == "2001-SU"


def test_midnight_is_not_mid_night():
    got = extract_timexes("The ceasefire had been due to end at midnight Friday.", "en", DateInfo("1989-10-30"))
    assert [(t.text, t.value) for t in got] == [("midnight Friday", "1989-10-27T24:00")]


def test_the_same_year_refers_back():
    text = "The bridge opened in 1935, the same year that the first tram line started."
    assert find(text, "en", WED, "the same year").value == "1935"


def test_month_with_two_digit_year():
    assert find("Les événements de mai 68 ont marqué la France.", "fr", WED, "mai 68").value == "1968-05"
    assert find("In June '98 they won the cup.", "en", WED, "June '98").value == "1998-06"
    got = extract_timexes("Le 5 mai 68 personnes sont venues.", "fr", WED)
    assert [t.text for t in got] == ["Le 5 mai"]


# ------------------------------------------------------------ general French coverage (round 3)
def test_french_start_and_end_of_unit_with_du():
    t = find("Les loyers ont augmenté au début du mois.", "fr", WED, "début du mois")
    assert t.value == "2025-06"
    assert find("Le chantier s'achèvera fin du mois de juillet.", "fr", WED,
                "fin du mois de juillet").value == "2025-07"


def test_french_century_suffix_variants():
    assert find("La chapelle date du 12è siècle.", "fr", WED, "12è siècle").value == "11XX"
    assert find("Le pont fut bâti au xviie siècle.", "fr", WED, "xviie siècle").value == "16XX"
    assert find("Ce village existait au VIIeme siècle.", "fr", WED, "VIIeme siècle").value == "06XX"


def test_french_frequency_adjectives_but_not_magazines():
    assert find("Le comité tient une réunion hebdomadaire.", "fr", WED, "hebdomadaire").value == "P1W"
    assert find("Les comptes trimestriels sont publiés.", "fr", WED, "trimestriels").value == "P3M"
    got = extract_timexes("Selon l'hebdomadaire régional, le maire démissionne.", "fr", WED)
    assert got == []


def test_french_qui_vient_is_next():
    assert find("Le conseil votera le mois qui vient.", "fr", WED, "le mois qui vient").value == "2025-07"
    assert find("Une décision est attendue dans les jours qui viennent.", "fr", WED,
                "les jours qui viennent").value == "PXD"


def test_french_ces_jours_derniers_is_past_ref():
    assert find("Le ton est monté ces jours derniers entre les élus.", "fr", WED,
                "ces jours derniers").value == "PAST_REF"


def test_french_clock_minutes_are_not_a_duration():
    got = extract_timexes("Le vol décollera à 14 h 30 heure de Paris.", "fr", WED)
    assert [(t.text, t.type, t.value) for t in got] == [("14 h 30", "TIME", "2025-06-04T14:30")]


def test_french_participle_passe_stays_out_of_duration():
    got = extract_timexes("Il a passé deux ans à l'étranger.", "fr", WED)
    assert [(t.text, t.value) for t in got] == [("deux ans", "P2Y")]


def test_french_approximation_with_elided_de():
    assert find("La grève a duré plus d'un mois.", "fr", WED, "plus d'un mois").value == "P1M"
    assert find("Les travaux prendront moins d'une semaine.", "fr", WED, "moins d'une semaine").value == "P1W"


def test_french_annee_before_year_and_date_with_part_of_day():
    assert find("Au cours de l'année 2001, la ville a grandi.", "fr", WED, "l'année 2001").value == "2001"
    t = find("Le 2 juin au soir, un incendie a éclaté.", "fr", WED, "Le 2 juin au soir")
    assert (t.type, t.value) == ("TIME", "2025-06-02TEV")
    t = find("La veille au matin, le maire était absent.", "fr", WED, "La veille au matin")
    assert t.type == "TIME" and t.value.endswith("TMO")


def test_french_current_unit_en_cours_and_vague_plural_months():
    assert find("La croissance de l'année en cours sera faible.", "fr", WED, "l'année en cours").value == "2025"
    assert find("Le mois en cours est chaud.", "fr", WED, "Le mois en cours").value == "2025-06"
    assert find("Les mois qui viennent seront durs.", "fr", WED, "Les mois qui viennent").value == "PXM"


def test_french_movable_feasts():
    assert find("Le marché est fermé le lundi de Pâques 2002.", "fr", WED,
                "le lundi de Pâques 2002").value == "2002-04-01"
    assert find("La Pentecôte dernière, le village a fêté ses saints.", "fr", WED,
                "La Pentecôte dernière").value == "2024-05-19"  # 2025-06-08 is still to come
    assert extract_timexes("L'ascension du col a duré longtemps.", "fr", WED) == []


def test_french_clock_time_in_words_with_part_of_day():
    t = find("L'incendie s'est déclaré vers trois heures du matin.", "fr", WED, "vers trois heures du matin")
    assert (t.type, t.value) == ("TIME", "2025-06-04T03:00")
    assert find("Le bal a fini à onze heures du soir.", "fr", WED, "onze heures du soir").value == "2025-06-04T23:00"
    assert find("Il a attendu trois heures.", "fr", WED, "trois heures").type == "DURATION"


def test_french_counted_last_units_after_des():
    assert find("Au cours des trois derniers mois, les ventes ont baissé.", "fr", WED,
                "trois derniers mois").value == "P3M"


def test_french_qui_viennent_de_is_not_future_and_counts_stay_durations():
    got = extract_timexes("Pendant les deux heures qui viennent de passer, le maire a répondu.", "fr", WED)
    assert [(t.text, t.value) for t in got] == [("les deux heures", "PT2H")]
    assert find("La décision tombera dans les 4 mois qui viennent.", "fr", WED, "les 4 mois").value == "P4M"
    assert extract_timexes("Elle dirige le dernier hebdomadaire régional.", "fr", WED) == []


def test_french_last_century_is_a_date():
    assert find("Au siècle dernier, le village comptait mille habitants.", "fr", WED,
                "siècle dernier").value == "19XX"
    assert find("Le chantier a duré un siècle.", "fr", WED, "un siècle").type == "DURATION"
