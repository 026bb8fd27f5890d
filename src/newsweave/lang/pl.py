"""Polish language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from . import _slavic
from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

CODE = "pl"
NAME = "Polish"

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection()

# ---------------------------------------------------------------- time (time expressions)
TIME = TimeSection()

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(
    lemmatizer="simplemma",
    # adjectival surnames and place names: -ski/-cki/-dzki (m.), -ska/-cka/-dzka (f.); feminine -a
    name_inflections=((r"(?<=\w\w)(sk|ck|dzk)(iego|iemu|im)$", r"\1i"),
                      (r"(?<=\w\w)(sk|ck|dzk)(iej|ą)$", r"\1a"),
                      (r"(?<=\w\w)ą$", "a")),  # -ą: instrumental/accusative of -a (Ewą, Rosją)
    # capitalised function words at a sentence start (prepositions, conjunctions, pronouns)
    stop=tuple("W Na Po Ale A I Jak To Ten Ta On Ona Oni My Tak Przy Także Jednak Poza Dla Od Z K "
               "U O We Ze Według Już Dziś Tam Gdy Jest Nie Się Co Czy Gdzie Kiedy Dlaczego Oraz "
               "Lecz Natomiast Ponadto Również Jeśli Jeżeli Choć Chociaż Zdaniem Do Pod Nad Przed "
               "Za Bez Przez Wśród Wobec Tego Jego Jej Ich Te Tym Tej Ci Był Była Było Byli "
               "Teraz Wczoraj Jutro Dzisiaj Obecnie Wtedy Potem Następnie".split()),
    # titles; stems where the case endings change the word ("ministr-a", "marszałk-a", "posł-a")
    roles=(
        "prezydent", "wiceprezydent", "premier", "wicepremier", "minister", "ministr",
        "wiceminister", "wiceministr", "ministra", "szef", "szefowa", "rzecznik", "rzeczniczka",
        "przewodniczący", "przewodnicząca", "wiceprzewodniczący", "marszałek", "marszałk",
        "poseł", "posł", "posłanka", "senator", "senatorka", "ambasador", "generał", "dowódca",
        "dowódc", "dyrektor", "dyrektorka", "prezes", "prezeska", "kanclerz", "król", "królowa",
        "książę", "papież", "burmistrz", "wojewoda", "sekretarz", "lider", "liderka", "przywódca",
        "przywódc", "sędzia", "sędziego", "prokurator", "doradca", "doradc", "założyciel",
        "komisarz", "negocjator",
    ),
    role_premodifiers=("były", "była", "byłego", "byłej", "p.o."),
    honorifics=("Pan", "Pani", "Prof", "Dr"),
    conjunctions=("i", "oraz"),
    org_words=(
        "partia", "rada", "ministerstwo", "agencja", "unia", "organizacja", "komisja", "sąd",
        "bank", "parlament", "rząd", "sejm", "senat", "trybunał", "fundacja", "stowarzyszenie",
        "instytut", "uniwersytet", "komitet", "urząd", "prokuratura", "policja", "spółka",
    ),
    head_nouns=("królestwo", "republika", "federacja", "stany", "narody", "wyspy", "morze", "zatoka"),
    adjective_ending=_slavic.ADJECTIVE_ENDING,
)

# ---------------------------------------------------------------- link (entity resolution)
LINK = LinkSection(
    case_endings=_slavic.LATIN_CASE_ENDINGS,  # Kowalskiego, Kowalskiemu, Nowakowi, Unią → keys
    demonym_suffix=_slavic.LATIN_DEMONYM_SUFFIX,  # Brytyjczycy, Niemców
    dictionary_lemma=True,  # "Chin" → "Chiny", "Niemczech" → "Niemcy"
)

# ---------------------------------------------------------------- quotes (speech, attribution)
QUOTES = QuoteSection()

# ---------------------------------------------------------------- claims (claims and conflicts)
CLAIMS = ClaimSection()

# ---------------------------------------------------------------- framing (loaded terms)
FRAMING = FramingSection()
