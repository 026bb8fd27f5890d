"""Bulgarian language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from . import _slavic
from .schema import CleanSection, LinkSection, NerSection

CODE = "bg"
NAME = "Bulgarian"
COVERAGE = "names"  # entity recognition and linking only

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection(  # photo captions only
    photo_words=("снимка", "фото", "снимки"),
    caption_labels=("на (снимката|снимка|фотографията)",),
    photo_by=("от", "автор"),
)

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(disease_stems=_slavic.DISEASE_STEMS["bg"],
    lemmatizer="simplemma",
    stop=tuple("В На По Но И А Как Това Той Тя Те Ние Така При След Също Обаче Освен За От С К "
               "У О Във Със Ако Според Още Вече Днес Там Тук Сега".split()),
    conjunctions=("и",),
    # titles before a name ("Адвокатът Сайфул", "Премиерът Борисов"), with the definite article
    role_endings=("олог",),  # a scholar by their field
    roles=("президент", "премиер", "министър", "министъра", "председател", "говорител",
           "посланик", "директор", "адвокат", "съдия", "съдията", "канцлер", "крал", "кралица",
           "папа", "кмет", "секретар", "лидер", "комисар", "генерал", "депутат", "професор",
           "епидемиолог", "вирусолог", "вицепремиер", "вицепрезидент"),
    honorifics=("г-н", "г-жа"),
    org_words=("партия", "съвет", "министерство", "агенция", "съюз", "организация", "комисия", "съд",
               "банка", "парламент", "правителство",
               # heads of institutions ("Народното събрание", "Камарата на общините")
               "събрание", "камара", "палата", "институт", "университет", "болница", "щаб",
               "служба", "инспекция", "дирекция", "академия"),
    org_connectors=("на", "по", "за"),  # "Министерството на здравеопазването"
    head_nouns=("кралство", "република", "федерация", "щати", "нации", "острови", "море", "залив"),
    adjective_ending=_slavic.ADJECTIVE_ENDING,
    org_place_gaps=(" на ",),  # an organisation and its country: one name
)

# ---------------------------------------------------------------- link (entity resolution)
_ORG_GLOSSES = """
world световн
intl международн
europe европейск
united обединен
nations наци
national национал
health здравеопазван здраве здравн
meteo метеорологичн
money валутн
fund фонд
court съд
supreme върховн
human човек
rights прав
league лиг
arab арабск
trade търгов
ministry министерств
defence отбран
foreign външн
affairs работ
interior вътрешн
justice правосъди
parliament парламент
council съвет
security сигурност
commission комиси
agency агенци
medicine лекарств
bank банк
central централн
university университет
assoc асоциаци сдружени
union съюз
institute институт
public обществен
federal федерал
energy енерги
atomic атомн
committee комитет
criminal наказателн
post пощ
europe+commission еврокомиси
europe+parliament европарламент
- държав организаци
"""  # concept, then its stems (see LinkSection.org_glosses)

LINK = LinkSection(
    org_glosses=_ORG_GLOSSES,
    case_endings=_slavic.CYRILLIC_CASE_ENDINGS,
    definite_article=r"(?<=\w{4})(ът|ят)$|(?<=\w{3}к)(та|то|те)$",  # Брекзитът → Брекзит
    dictionary_lemma=True,
)
