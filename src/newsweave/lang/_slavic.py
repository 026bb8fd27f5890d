"""Data shared by the Slavic languages (a family table, not a language: not discovered).

Each Slavic module (ru uk bg pl cs sk sl hr) builds its NER/LINK sections from these, so one
list of case endings serves every language that writes them.
"""
from __future__ import annotations

# Case endings stripped from long names before keying (a name of ≥ 6 letters keeps ≥ 5):
# instrumental/dative/locative/genitive forms of nouns and adjectival surnames.
CYRILLIC_CASE_ENDINGS = ("ом", "ем", "ём", "ым", "им", "ам", "ям", "ами", "ями", "ах", "ях", "ых",
                         "их", "ого", "его", "ому", "ему")
# Ukrainian dative/vocative endings of names ("Мехметові", "Петренкові"), beside the shared ones
UKRAINIAN_CASE_ENDINGS = ("ові", "еві", "єві")

# One given name in its Ukrainian (or Belarusian) and Russian forms, where the phonetic key of
# the two differs (the rest — Олександр/Александр, Олена/Елена, Дмитро/Дмитрий — share a key):
# Russian-language texts write a Ukrainian's name in its Russian form.
EAST_SLAVIC_GIVEN_NAMES = (
    ("Микола", "Николай"), ("Ганна", "Анна"), ("Катерина", "Екатерина"), ("Йосип", "Иосиф"),
    ("Гнат", "Игнат"), ("Панас", "Афанасий"), ("Хома", "Фома"), ("Уладзімір", "Владимир"),
    ("Язеп", "Иосиф"), ("Гаўрыла", "Гавриил"),
)
LATIN_CASE_ENDINGS = ("om", "em", "ym", "im", "am", "ami", "ach", "ách", "ich", "ych", "ých", "ími",
                      "ego", "emu", "owi", "ovi", "ové", "ovou", "ową")

# Endings of capitalised inhabitant names in the Latin-script Slavic languages (Polish -czycy,
# -anie, -cy; Czech -ané, -ové; Slovene -ci, -cev), matched on the lower-cased word.
LATIN_DEMONYM_SUFFIX = (r"(czycy|czyków|czykami|czykom|czyk|aków|akami|akom|acy|anie|anami|anom|"
                        r"ané|anů|anům|ani|an|ové|ů|ům|ci|cev|cem|ce|ców|cy)$")

# A capitalised adjective that opens a name with a lower-case head noun ("Evropská unie",
# "Европейски съюз", "Верховний суд", soft "Dolní sněmovna"), matched on the lower-cased word.
ADJECTIVE_ENDING = (
    r"(?:sk|ck|cz|n|ov|ск|цк|зк|ьк|н|ов|ев)(?:i|a|ie|o|e|iego|iej|ý|á|é|ého|ém|ou|ega|em|ih|im|í|ího|ímu|ím|ích|ími|"
    r"и|ия|ият|ият|ата|ото|ий|ая|ое|ого|ой|ому|ым|ом|ій|а|е|ої|ою|ьому|ім|ів|і|ня|ні|ньої)$")


# Word stems of epidemic disease names per Slavic language (matched on lower-cased words, any
# inflection: "koronawirusa", "коронавирусом", "covidu-19"), with the disease they name.  The
# names of an outbreak, not of a seasonal illness ("flu" is mostly generic: "сезонный грипп").
DISEASE_STEMS = {
    "ru": (("коронавирус", "covid"), ("короновирус", "covid"), ("ковид", "covid"), ("эбол", "ebola")),
    "uk": (("коронавірус", "covid"), ("ковід", "covid"), ("ебол", "ebola")),
    "bg": (("коронавирус", "covid"), ("ковид", "covid"), ("ебол", "ebola")),
    "pl": (("koronawirus", "covid"),),
    "cs": (("koronavir", "covid"),),
    "sk": (("koronavír", "covid"),),
    "sl": (("koronavirus", "covid"),),
    "hr": (("koronavirus", "covid"),),
}
