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
    assert find("They met two weeks ago.", "en", WED, "two weeks ago").value == "2025-05-21"


def test_season_with_year():
    t = find("depuis une offensive surprise à l'été 2024.", "fr", WED, "l'été 2024")
    assert (t.type, t.value) == ("DATE", "2024-SU")


def test_participle_ete_is_not_a_season():
    got = extract_timexes("Trois personnes ont été blessées.", "fr", WED)
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
            "En 2025, d'autres visites sont prévues.")
    d = infer_publication_date(text, "fr")
    assert d is not None and d.value == "2025-06-04" and d.source == "inferred"
    assert 0 < d.confidence < 1 and "4 juin" in d.evidence


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


@pytest.mark.parametrize("lang", ["fr", "en", "es", "de", "ru", "uk", "it"])
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
    assert find("Le ministre effectuera aujourd'hui un déplacement.", "fr", WED,
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
    assert find("It closed on Aug. 3.", "en", WED, "Aug. 3").value == "2025-08-03"


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
