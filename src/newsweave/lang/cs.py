"""Czech language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from . import _slavic
from .schema import CleanSection, LinkSection, NerSection

CODE = "cs"
NAME = "Czech"
COVERAGE = "names"  # entity recognition and linking only

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection(  # photo captions only
    photo_words=("foto", "snímek", "fotografie"),
    caption_labels=("na (snímku|fotografii|fotce)", "popisek"),
    photo_by=("autor",),
)

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(disease_stems=_slavic.DISEASE_STEMS["cs"],
    # plural inhabitant names (Izraelci, Brazilců, Pakistáncům; Italové); a country's -sko/-ko/-ie
    # is dropped whole (Slovinsko → Slovinci)
    inhabitant_endings=("ci", "ců", "cům", "cích", "cemi", "ové", "ovi"),
    inhabitant_country_endings=("sko", "ko", "ie"),
    lemmatizer="simplemma",
    lemma_rewrites=((r"(ová|ové|ovou|ovu)$", "ová"),),  # feminine surnames: Merkelové → Merkelová
    stop=tuple("V Na Po Ale A I Jak To Ten Ta On Ona Oni My Tak Při Po Také Však Kromě Pro Od S K "
               "U O Ve Se Z Ze Podle Už Dnes Tam Když Je".split()),
    conjunctions=("a",),
    place_connectors=("nad", "pod"),  # inside place names: "Ústí nad Labem"
    # titles before a name ("Advokát Mulúk", "Premiér Babiš"); stems where endings change the word
    role_endings=("olog",),  # a scholar by their field
    roles=("prezident", "prezidentka", "premiér", "premiérka", "ministr", "ministryně", "předseda",
           "předsedkyně", "místopředseda", "mluvčí", "velvyslanec", "velvyslankyně", "ředitel",
           "ředitelka", "advokát", "advokátka", "soudce", "soudkyně", "kancléř", "kancléřka", "král",
           "královna", "papež", "starosta", "starostka", "primátor", "hejtman", "tajemník", "šéf",
           "šéfka", "lídr", "vůdce", "komisař", "generál", "senátor", "poslanec", "poslankyně",
           "epidemiolog", "virolog", "profesor", "profesorka"),
    org_words=("strana", "rada", "ministerstvo", "agentura", "unie", "organizace", "komise", "soud",
               "banka", "parlament", "vláda",
               # heads of institutions ("Poslanecká sněmovna", "Státní zdravotní ústav")
               "sněmovn", "komora", "ústav", "úřad", "univerzit", "nemocnic", "institut", "výbor",
               "senát", "akademi", "inspekc", "fakult"),
    org_connectors=("pro",),  # "Ministerstvo pro místní rozvoj"
    head_nouns=("království", "republika", "federace", "státy", "národy", "ostrovy", "moře", "záliv"),
    adjective_ending=_slavic.ADJECTIVE_ENDING,
)

# ---------------------------------------------------------------- link (entity resolution)
_ORG_GLOSSES = """
world světov
intl mezinárodn
europe evropsk
united spojen
nations národů
national národn
health zdraví zdravotn
meteo meteorologick
money měnov
fund fond
court soud tribunál
supreme nejvyšš
human člověk
rights práv
league lig
arab arabsk
trade obchodn
ministry ministerstv
defence obran
foreign zahranič
affairs věc
interior vnitr
justice spravedlnost
parliament parlament
council rad
security bezpečnost
commission komis
agency agentur
medicine léčiv
bank bank
central centráln
university univerzit
assoc sdružení asociac
union svaz
institute institut ústav
public veřejn
federal federáln
energy energ
atomic atomov
committee výbor
criminal trestn
post pošt
- stát organizac
"""  # concept, then its stems (see LinkSection.org_glosses)

LINK = LinkSection(
    org_glosses=_ORG_GLOSSES,
    case_endings=_slavic.LATIN_CASE_ENDINGS,
    feminine_surname=r"(?<=\w{3})(ová|ové|ovou|ovu)$",  # Mayová → May
    demonym_suffix=_slavic.LATIN_DEMONYM_SUFFIX,
    dictionary_lemma=True,
)
