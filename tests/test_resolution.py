"""Cross-document, cross-lingual entity resolution and the entity page."""
from __future__ import annotations

import re

from newsweave.enrich.entities import extract_mentions
from newsweave.enrich.ner_lemma import lemmatize
from newsweave.link.entities import EntityResolver, entity_page
from newsweave.model import Article, Mention
from newsweave.store import SQLiteRepository


def doc(aid: str, lang: str, text: str, names: list[tuple[str, str]], **kw) -> Article:
    """An article whose mentions are the given (surface, type) pairs, located in order."""
    art = Article(id=aid, text=text, lang=lang, **kw)
    pos = 0
    for surface, typ in names:
        m = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)").search(text, pos)
        assert m, surface
        art.entities.append(Mention(m.start(), m.end(), surface, typ, lemma=lemmatize(surface, lang),
                                    attrs={"lang": lang}))
        pos = m.end()
    return art


def ent(art: Article, surface: str) -> str:
    return next(m.entity for m in art.entities if m.text == surface)


def test_one_person_across_french_ukrainian_russian_english_spellings():
    arts = [doc("a", "fr", "Denys Chmyhal est à Paris. Chmyhal parle.", [("Denys Chmyhal", "PER"), ("Paris", "LOC"), ("Chmyhal", "PER")]),
            doc("b", "uk", "Денис Шмигаль прибув до Києва.", [("Денис Шмигаль", "PER"), ("Києва", "LOC")]),
            doc("c", "ru", "Премьер Денис Шмыгаль заявил.", [("Денис Шмыгаль", "PER")]),
            doc("d", "en", "Denys Shmyhal visited Kyiv.", [("Denys Shmyhal", "PER"), ("Kyiv", "LOC")])]
    EntityResolver().resolve(arts)
    ids = {ent(arts[0], "Denys Chmyhal"), ent(arts[0], "Chmyhal"), ent(arts[1], "Денис Шмигаль"),
           ent(arts[2], "Денис Шмыгаль"), ent(arts[3], "Denys Shmyhal")}
    assert len(ids) == 1
    assert ent(arts[1], "Києва") == ent(arts[3], "Kyiv") != ids.pop()
    # canonical name: the most frequent Latin-script full form
    assert arts[1].entities[0].name in ("Denys Chmyhal", "Denys Shmyhal")


def test_korean_name_through_ukrainian_and_russian_romanisation():
    arts = [doc("k1", "en", "Moon Jae-in met officials.", [("Moon Jae-in", "PER")]),
            doc("k2", "uk", "Мун Чже Ін зустрівся з послами.", [("Мун Чже Ін", "PER")]),
            doc("k3", "ru", "Мун Чжэ Ин встретился с послами.", [("Мун Чжэ Ин", "PER")]),
            doc("k4", "fr", "Moon Jae In a reçu les ambassadeurs.", [("Moon Jae In", "PER")]),
            doc("k5", "en", "Ban Ki-moon spoke.", [("Ban Ki-moon", "PER")])]
    EntityResolver().resolve(arts)
    moon = {a.entities[0].entity for a in arts[:4]}
    assert len(moon) == 1
    assert arts[4].entities[0].entity not in moon  # a different person sharing a syllable


def test_typo_place_joins_same_article_place_of_same_type():
    a = doc("t1", "fr", "Les combats autour de Kramatorsk continuent. Selon l'armée, Kramatorsk tient. "
            "Des renforts arrivent à Kramatorks.", [("Kramatorsk", "LOC"), ("Kramatorsk", "LOC"), ("Kramatorks", "LOC")])
    b = doc("t2", "en", "Shelling hit Kramatorsk again.", [("Kramatorsk", "LOC")])
    c = doc("t3", "en", "Kramatorks is a band from Oslo.", [("Kramatorks", "ORG"), ("Oslo", "LOC")])
    EntityResolver().resolve([a, b, c])
    assert a.entities[2].entity == a.entities[0].entity == b.entities[0].entity
    assert c.entities[0].entity != a.entities[0].entity  # no context: not merged


def test_people_sharing_a_first_name_stay_apart_and_surnames_attach():
    a = doc("p1", "en", "Joe Biden met Joe Manchin. Biden smiled, Manchin did not.",
            [("Joe Biden", "PER"), ("Joe Manchin", "PER"), ("Biden", "PER"), ("Manchin", "PER")])
    b = doc("p2", "fr", "Joe Biden est arrivé. Biden a parlé.", [("Joe Biden", "PER"), ("Biden", "PER")])
    EntityResolver().resolve([a, b])
    biden, manchin = a.entities[0].entity, a.entities[1].entity
    assert biden != manchin
    assert a.entities[2].entity == biden and a.entities[3].entity == manchin
    assert {m.entity for m in b.entities} == {biden}


def test_inflected_russian_and_ukrainian_forms_merge():
    arts = [doc("i1", "ru", "Встреча с Денисом Шмыгалем прошла. Шмыгаля ждали.", [("Денисом Шмыгалем", "PER"), ("Шмыгаля", "PER")]),
            doc("i2", "uk", "Денисові Шмигалю подякували.", [("Денисові Шмигалю", "PER")]),
            doc("i3", "ru", "В Варшаве и под Варшавой.", [("Варшаве", "LOC"), ("Варшавой", "LOC")]),
            doc("i4", "pl", "W Warszawie.", [("Warszawie", "LOC")])]
    EntityResolver().resolve(arts)
    assert arts[0].entities[0].entity == arts[0].entities[1].entity == arts[1].entities[0].entity
    assert arts[2].entities[0].entity == arts[2].entities[1].entity == arts[3].entities[0].entity
    assert arts[3].entities[0].name == "Warsaw"  # gazetteer place: its English CLDR name


def test_gazetteer_translations_and_acronyms_merge():
    arts = [doc("g1", "pl", "Unia Europejska i Wielka Brytania.", [("Unia Europejska", "ORG"), ("Wielka Brytania", "LOC")]),
            doc("g2", "ru", "ЕС и Великобритания.", [("ЕС", "ORG"), ("Великобритания", "LOC")]),
            doc("g3", "uk", "ЄС та Велика Британія.", [("ЄС", "ORG"), ("Велика Британія", "LOC")])]
    EntityResolver().resolve(arts)
    assert len({a.entities[0].entity for a in arts}) == 1
    assert len({a.entities[1].entity for a in arts}) == 1
    assert arts[0].entities[0].entity != arts[0].entities[1].entity


def test_stable_ids_with_repo_and_entity_page():
    repo = SQLiteRepository(":memory:")
    first = [doc("s1", "en", "Kaja Kallas arrived in Tallinn.", [("Kaja Kallas", "PER"), ("Tallinn", "LOC")])]
    first[0].entities[0].attrs["roles"] = ["Prime Minister"]
    for a in first:
        repo.add_article(a)
    EntityResolver(repo).resolve(first)
    for a in first:
        repo.save_layers(a, "entities", "1", ["entities"])
    kid = first[0].entities[0].entity
    # a later batch, another spelling in another script, and unrelated names
    second = [doc("s2", "ru", "Кая Каллас прибыла в Брюссель.", [("Кая Каллас", "PER"), ("Брюссель", "LOC")]),
              doc("s3", "en", "Mark Rutte and Kallas spoke.", [("Mark Rutte", "PER"), ("Kallas", "PER")])]
    for a in second:
        repo.add_article(a)
    EntityResolver(repo).resolve(second)
    for a in second:
        repo.save_layers(a, "entities", "1", ["entities"])
    assert second[0].entities[0].entity == kid
    assert second[1].entities[1].entity == kid
    assert second[1].entities[0].entity != kid
    rec = repo.get_entity(kid)
    assert rec.type == "PER" and "Кая Каллас" in rec.variants and "Prime Minister" in rec.roles
    page = entity_page(repo, "Kaja Kallas")
    assert page["id"] == kid
    assert {a["id"] for a in page["articles"]} == {"s1", "s2", "s3"}
    assert entity_page(repo, kid)["name"] == page["name"]
    assert entity_page(repo, "Nobody Known") is None


def test_end_to_end_extract_then_resolve_across_scripts():
    arts = [Article(id="e1", lang="en", text="Ukrainian Prime Minister Denys Shmyhal visited Warsaw on Monday."),
            Article(id="e2", lang="uk", text="Прем'єр-міністр Денис Шмигаль відвідав Варшаву у понеділок.")]
    for a in arts:
        a.entities = extract_mentions(a)
    EntityResolver().resolve(arts)
    e1 = {m.text: m for m in arts[0].entities}
    e2 = {m.text: m for m in arts[1].entities}
    assert e1["Denys Shmyhal"].entity == e2["Денис Шмигаль"].entity
    assert e1["Warsaw"].entity == e2["Варшаву"].entity


def test_resolving_the_same_articles_twice_keeps_ids():
    repo = SQLiteRepository(":memory:")
    arts = [doc("r1", "cs", "Petr Fiala a Andrej Babiš v Praze.", [("Petr Fiala", "PER"), ("Andrej Babiš", "PER"), ("Praze", "LOC")])]
    EntityResolver(repo).resolve(arts)
    before = [m.entity for m in arts[0].entities]
    for m in arts[0].entities:
        m.entity = m.name = None
    EntityResolver(repo).resolve(arts)
    assert [m.entity for m in arts[0].entities] == before
    assert len(set(before)) == 3
    assert arts[0].entities[2].name == "Prague"


def test_inhabitant_names_join_their_country():
    arts = [doc("d1", "pl", "Wielka Brytania i Brytyjczycy.", [("Wielka Brytania", "LOC"), ("Brytyjczycy", "LOC")]),
            doc("d2", "cs", "Britové a Velká Británie.", [("Britové", "PER"), ("Velká Británie", "LOC")]),
            doc("d3", "pl", "Polacy i Brazylia.", [("Polacy", "LOC"), ("Brazylia", "LOC")])]
    EntityResolver().resolve(arts)
    gb = arts[0].entities[0].entity
    assert arts[0].entities[1].entity == gb == arts[1].entities[0].entity == arts[1].entities[1].entity
    assert arts[2].entities[0].entity != arts[2].entities[1].entity  # no country "Pol..." here


def test_acronym_expanded_in_some_articles_is_resolved_everywhere():
    arts = [doc(f"a{i}", "en", "Nordic Grid Authority (NGA) met. NGA said yes.",
                [("Nordic Grid Authority", "ORG"), ("NGA", "ORG"), ("NGA", "ORG")]) for i in range(2)]
    arts.append(doc("a9", "en", "NGA warned again.", [("NGA", "ORG")]))
    arts.append(doc("b1", "en", "The XYZ group spoke.", [("XYZ", "ORG")]))
    EntityResolver().resolve(arts)
    nga = arts[0].entities[0].entity
    assert {m.entity for a in arts[:3] for m in a.entities} == {nga}
    assert arts[3].entities[0].entity != nga


# ---------------------------------------------------------------- institutions, guards, morphology

def test_institution_alias_table_links_translations_and_acronyms():
    arts = [doc("a", "pl", "Komisja Europejska i NATO ostrzegają. WHO też.",
                [("Komisja Europejska", "ORG"), ("NATO", "ORG"), ("WHO", "ORG")]),
            doc("b", "ru", "Еврокомиссия и НАТО сообщили. ВОЗ тоже.",
                [("Еврокомиссия", "ORG"), ("НАТО", "ORG"), ("ВОЗ", "ORG")]),
            doc("c", "bg", "Европейската комисия и СЗО.", [("Европейската комисия", "ORG"), ("СЗО", "ORG")]),
            doc("d", "cs", "Evropská komise a Severoatlantická aliance.",
                [("Evropská komise", "ORG"), ("Severoatlantická aliance", "ORG")])]
    EntityResolver().resolve(arts)
    ec = {ent(arts[0], "Komisja Europejska"), ent(arts[1], "Еврокомиссия"),
          ent(arts[2], "Европейската комисия"), ent(arts[3], "Evropská komise")}
    nato = {ent(arts[0], "NATO"), ent(arts[1], "НАТО"), ent(arts[3], "Severoatlantická aliance")}
    who = {ent(arts[0], "WHO"), ent(arts[1], "ВОЗ"), ent(arts[2], "СЗО")}
    assert len(ec) == len(nato) == len(who) == 1
    assert len(ec | nato | who) == 3


def test_official_country_names_join_the_country():
    arts = [doc("a", "ru", "Соединённое Королевство и Российская Федерация. Великобритания.",
                [("Соединённое Королевство", "LOC"), ("Российская Федерация", "LOC"), ("Великобритания", "LOC")]),
            doc("b", "pl", "Zjednoczone Królestwo i Rosja, a także Stany Zjednoczone.",
                [("Zjednoczone Królestwo", "LOC"), ("Rosja", "LOC"), ("Stany Zjednoczone", "LOC")]),
            doc("c", "bg", "Съединените щати и РФ.", [("Съединените щати", "LOC"), ("РФ", "LOC")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Соединённое Королевство") == ent(arts[0], "Великобритания") \
        == ent(arts[1], "Zjednoczone Królestwo")
    assert ent(arts[0], "Российская Федерация") == ent(arts[1], "Rosja") == ent(arts[2], "РФ")
    assert ent(arts[1], "Stany Zjednoczone") == ent(arts[2], "Съединените щати") \
        != ent(arts[0], "Великобритания")


def test_two_gazetteer_anchors_never_merge_through_a_chain():
    from newsweave.link.entity_unionfind import GuardedUnionFind as _UF
    uf = _UF()
    uf.union("N|x", "A|cldr:GB")
    assert uf.union("N|x", "A|cldr:US") is False
    assert uf.find("A|cldr:US") != uf.find("A|cldr:GB")
    uf.union("N|y", "A|cldr:US")
    assert uf.union("N|y", "N|x") is False  # the chain N|y–N|x would join US and GB
    assert uf.union("N|z", "N|x") and uf.find("N|z") == uf.find("A|cldr:GB")


def test_short_inflected_country_forms_found_through_dictionary_lemma():
    arts = [doc("a", "cs", "Vakcíny z Číny dorazily.", [("Číny", "LOC")]),
            doc("b", "pl", "Szczepionki z Chin dotarły.", [("Chin", "LOC")]),
            doc("c", "ru", "Вакцины из Китая.", [("Китая", "LOC")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Číny") == ent(arts[1], "Chin") == ent(arts[2], "Китая")


def test_polish_locatives_with_consonant_alternation_are_lemmatised():
    assert lemmatize("Niemczech", "pl") == "Niemcy"
    assert lemmatize("Włoszech", "pl") == "Włochy"
    assert lemmatize("Brexicie", "pl") == "Brexit"
    arts = [doc("a", "pl", "W Niemczech i we Włoszech.", [("Niemczech", "LOC"), ("Włoszech", "LOC")]),
            doc("b", "cs", "Německo a Itálie.", [("Německo", "LOC"), ("Itálie", "LOC")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Niemczech") == ent(arts[1], "Německo")
    assert ent(arts[0], "Włoszech") == ent(arts[1], "Itálie")


def test_demonym_inside_a_bigger_cluster_does_not_drag_it_to_a_country():
    # "Zenecy" ends like a Polish demonym but its node is mostly the company name
    arts = [doc(f"a{i}", "pl", "Szczepionka AstraZeneca i firma Zenecy.", [("AstraZeneca", "ORG")])
            for i in range(3)]
    arts.append(doc("b", "pl", "Chiny i Chińczycy.", [("Chiny", "LOC"), ("Chińczycy", "PER")]))
    EntityResolver().resolve(arts)
    assert ent(arts[0], "AstraZeneca") != ent(arts[3], "Chiny")


def test_latin_name_in_foreign_spelling_meets_its_cyrillic_form():
    # a French given name and a German surname inside a Polish text
    arts = [doc("a", "pl", "Przewodniczący Jean-Claude Juncker powiedział.", [("Jean-Claude Juncker", "PER")]),
            doc("b", "bg", "Председателят Жан-Клод Юнкер каза.", [("Жан-Клод Юнкер", "PER")]),
            doc("d", "pl", "Pan Marek Juncker, rolnik, powiedział.", [("Marek Juncker", "PER")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Jean-Claude Juncker") == ent(arts[1], "Жан-Клод Юнкер")
    # another given name never joins, whatever convention it is read in
    assert ent(arts[2], "Marek Juncker") != ent(arts[1], "Жан-Клод Юнкер")


def test_polish_inflected_names_link_to_one_entity():
    arts = [doc("pl-a", "pl", "Jan Kowalski przyjechał do Warszawy.", [("Jan Kowalski", "PER"), ("Warszawy", "LOC")]),
            doc("pl-b", "pl", "Rozmowa z Janem Kowalskim odbyła się w Warszawie.",
                [("Janem Kowalskim", "PER"), ("Warszawie", "LOC")]),
            doc("pl-c", "pl", "Według Jana Kowalskiego Warszawa jest gotowa. Anna Kowalska milczy.",
                [("Jana Kowalskiego", "PER"), ("Warszawa", "LOC"), ("Anna Kowalska", "PER")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Jan Kowalski") == ent(arts[1], "Janem Kowalskim") == ent(arts[2], "Jana Kowalskiego")
    assert ent(arts[0], "Warszawy") == ent(arts[1], "Warszawie") == ent(arts[2], "Warszawa")
    assert ent(arts[2], "Anna Kowalska") != ent(arts[0], "Jan Kowalski")  # another given name


def test_transliteration_variants_of_a_full_name_merge_and_namesakes_stay_apart():
    # invented people: silent h after k/d, g ~ k, initial w ~ the glide of Cyrillic уи
    arts = [doc("t1", "fr", "Nabil Khadrani est arrivé.", [("Nabil Khadrani", "PER")]),
            doc("t2", "de", "Nabil Kaddrani ist angekommen.", [("Nabil Kaddrani", "PER")]),
            doc("t3", "ru", "Набиль Каддрани прибыл.", [("Набиль Каддрани", "PER")]),
            doc("t4", "en", "Nadia Khadrani spoke.", [("Nadia Khadrani", "PER")]),
            doc("t5", "en", "Dale Wickmore met them.", [("Dale Wickmore", "PER")]),
            doc("t6", "ru", "Дейл Уикмор встретился с ними.", [("Дейл Уикмор", "PER")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Nabil Khadrani") == ent(arts[1], "Nabil Kaddrani") == ent(arts[2], "Набиль Каддрани")
    assert ent(arts[3], "Nadia Khadrani") != ent(arts[0], "Nabil Khadrani")
    assert ent(arts[4], "Dale Wickmore") == ent(arts[5], "Дейл Уикмор")


def test_a_word_is_never_taken_for_a_typo_of_an_acronym():
    text = "The ORTA said so. ORTA members met. ORTA again. Ortan was mentioned."
    a = doc("ac", "en", text, [("ORTA", "ORG"), ("ORTA", "ORG"), ("ORTA", "ORG"), ("Ortan", "LOC")])
    EntityResolver().resolve([a])
    assert ent(a, "Ortan") != ent(a, "ORTA")


def test_an_exonym_cldr_gives_in_parentheses_names_the_place_and_a_qualifier_does_not():
    from newsweave.enrich.ner_gazetteer import lookup, name_forms
    assert name_forms("Alpha (Beta)") == ["Alpha (Beta)", "Alpha", "Beta"]
    assert name_forms("Alpha (Beta) Islands") == ["Alpha (Beta) Islands"]
    arts = [doc("x1", "it", "Arrivo alle Isole Cocos.", [("Isole Cocos", "LOC")]),
            doc("x2", "it", "Il vento su Keeling.", [("Keeling", "LOC")]),
            doc("x3", "en", "Wind over the Cocos (Keeling) Islands.", [("Cocos (Keeling) Islands", "LOC")])]
    EntityResolver().resolve(arts)
    assert ent(arts[0], "Isole Cocos") == ent(arts[1], "Keeling") == ent(arts[2], "Cocos (Keeling) Islands")
    # a qualifier in parentheses that names another place stays that place's name
    assert lookup("China", "es")[0] == "cldr:CN" and lookup("США", "ru")[0] == "cldr:US"
