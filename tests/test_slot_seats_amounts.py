"""Where and how many on invented text of general classes: an organisation's seat ("X-based",
"con sede en X") is not the site of the happening; a capitalised German common noun or a
weekday is not a site; a venue after a definite article or an elided preposition is compared
with other venues; two transliterations of one city agree; an amount in tonnes is compared like
one in euros; utility customers are households; a share "in favour" is a share of the votes; a
later figure twice the first or more is a second account, not an update of the toll, unless the
first is marked as a first figure."""
from __future__ import annotations

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots import article_facts, event_conflicts
from newsweave.model import Article, DateInfo, Timex
from slottest_articles import art


def sites(a) -> list[str]:
    return [f.value for f in article_facts(a, extract_claims([a])) if f.slot == "where" and f.subject == "site"]


def where(conflicts) -> list:
    return [c for c in conflicts if c.slot == "where"]


def dated(ident: str, lang: str, text: str, day: str) -> Article:
    return Article(id=ident, text=text, lang=lang, source=f"Outlet {ident}", date=DateInfo(day))


def counts(conflicts, subject: str) -> list:
    return [c for c in conflicts if c.slot == "how_many" and c.subject == subject]


def test_an_organisations_seat_is_not_the_site():
    en = art("en", "en", "The Vienna-based builder Korvath said on Monday that a crane collapsed in Leipzig.",
             [("Vienna", "LOC"), ("Leipzig", "LOC")])
    es = art("es", "es", "Una grúa de la constructora Korvath, con sede en Viena, se desplomó el lunes en Leipzig.",
             [("Viena", "LOC"), ("Leipzig", "LOC")])
    de = art("de", "de", "Der Kran des Baukonzerns Korvath mit Sitz in Wien stürzte am Montag in Leipzig um.",
             [("Wien", "LOC"), ("Leipzig", "LOC")])
    for a in (en, es, de):
        assert sites(a) == ["Leipzig"], a.lang
    other = art("fr", "fr", "Une grue de l'entreprise Korvath s'est effondrée lundi à Dresde.", [("Dresde", "LOC")])
    out = where(event_conflicts([en, es, de, other]))
    assert len(out) == 1 and sorted(s.value for s in out[0].sides) == ["Dresden", "Leipzig"]


def test_a_seat_named_in_one_article_does_not_reconcile_two_sites():
    """The minority article names the majority's city only as a firm's seat: still a conflict."""
    a = art("a", "en", "A crane collapsed in Leipzig on Monday, injuring two workers.", [("Leipzig", "LOC")])
    b = art("b", "de", "In Leipzig stürzte am Montag ein Kran um, zwei Arbeiter wurden verletzt.", [("Leipzig", "LOC")])
    c = art("c", "en", "A crane of the Leipzig-based builder Korvath collapsed in Dresden on Monday.",
            [("Leipzig", "LOC"), ("Dresden", "LOC")])
    assert len(where(event_conflicts([a, b, c]))) == 1


def test_capitalised_german_nouns_are_no_sites():
    de = art("de", "de", "Die Bewohner wurden in Sicherheit gebracht, als das Wasser im Nordwesten von Leipzig stieg.",
             [("Sicherheit", "LOC"), ("Nordwesten", "LOC"), ("Leipzig", "LOC")])
    assert sites(de) == ["Leipzig"]
    de2 = art("de2", "de", "Nach der Havarie des Frachters sperrte die Polizei den Hafen von Rostock.",
              [("Frachters", "LOC"), ("Rostock", "LOC")])
    assert "Frachters" not in sites(de2)


def test_amounts_in_tonnes_conflict_by_magnitude_and_agree_within_about():
    arts = [art("pl", "pl", "Z cysterny wyciekło około 30 ton paliwa do rzeki koło Płocka."),
            art("de", "de", "Aus dem Tankwagen liefen rund 30 Tonnen Treibstoff in den Fluss."),
            art("en", "en", "Some 30 tonnes of fuel leaked from the tanker into the river."),
            art("ru", "ru", "Из цистерны в реку вытекло около 300 тонн топлива.")]
    assert counts(event_conflicts(arts[:3]), "amount (tonne)") == []
    out = counts(event_conflicts(arts), "amount (tonne)")
    assert len(out) == 1 and out[0].sides[1].articles == ["ru"]


def test_utility_customers_are_households():
    pl = art("pl", "pl", "Po wichurze bez prądu pozostaje ponad 2 mln odbiorców na południu kraju.")
    en = art("en", "en", "About 90,000 customers were without power after the storm on Monday.")
    facts_ = [f.subject for a in (pl, en) for f in article_facts(a, extract_claims([a])) if f.slot == "how_many"]
    assert facts_ == ["households", "households"]


def test_a_later_figure_less_than_twice_the_first_is_an_update_but_not_one_twice_as_high():
    first = dated("a", "en", "Twenty people were injured when the stand collapsed in Porto.", "2031-05-06")
    second = dated("b", "en", "Thirty-one people were injured when the stand collapsed in Porto.", "2031-05-07")
    assert counts(event_conflicts([first, second]), "injured") == []
    third = dated("c", "es", "Unas 70 personas resultaron heridas al derrumbarse la grada en Oporto.", "2031-05-07")
    assert len(counts(event_conflicts([first, third]), "injured")) == 1
    # a small count may rise by more than half: one dead, then three
    one = dated("d", "en", "One person was killed when the stand collapsed in Porto.", "2031-05-06")
    three = dated("e", "en", "Three people were killed when the stand collapsed in Porto.", "2031-05-07")
    assert counts(event_conflicts([one, three]), "killed") == []


def venues(a) -> list[str]:
    return [f.value for f in article_facts(a, extract_claims([a])) if f.slot == "where" and f.subject == "venue"]


def test_a_name_after_a_definite_article_is_a_venue_not_a_city():
    """"à la Halle Maurice Vidal": a hall named after a person, not the German city of Halle;
    the recogniser's person mention inside the name does not cut it."""
    fr = art("fr", "fr", "Le concert a eu lieu samedi à la Halle Maurice Vidal, à Nantes, devant 9 000 personnes.",
             [("Maurice Vidal", "PER"), ("Halle", "LOC"), ("Nantes", "LOC")])
    assert venues(fr) == ["Halle Maurice Vidal"] and sites(fr) == ["Nantes"]


def test_an_elided_preposition_leads_a_venue_and_a_mention_inside_does_not_hide_it():
    it = art("it", "it", "Il concerto si è tenuto sabato all'Arena Borsa di Sesto, alle porte di Milano.",
             [("Borsa di Sesto", "PER"), ("Milano", "LOC")])
    assert venues(it) == ["Arena Borsa"]


def test_two_venues_conflict_unless_one_article_names_the_other():
    a = art("a", "fr", "Le concert a eu lieu samedi à la Halle Maurice Vidal, à Nantes.",
            [("Maurice Vidal", "PER"), ("Halle", "LOC"), ("Nantes", "LOC")])
    b = art("b", "it", "Il concerto si è tenuto sabato all'Arena Borsa, alle porte di Nantes.", [("Nantes", "LOC")])
    out = where(event_conflicts([a, b]))
    assert len(out) == 1 and out[0].subject == "venue"
    c = art("c", "it", "Il concerto si è tenuto sabato all'Arena Borsa, accanto alla Halle Maurice Vidal di Nantes.",
            [("Nantes", "LOC")])
    assert where(event_conflicts([a, c])) == []


def test_a_weekday_read_as_a_place_is_no_site():
    it = art("it", "it", "Martedì un pullman si è ribaltato vicino a Braga, in Portogallo: 21 feriti.",
             [("Martedì", "LOC"), ("Braga", "LOC"), ("Portogallo", "LOC")])
    it.timexes.append(Timex(start=0, end=7, text="Martedì", type="DATE", value="2031-05-06", confidence=0.9))
    assert sites(it) == ["Braga"]


def test_two_transliterations_of_one_city_reconcile():
    """The recogniser's form of an inflected two-word city ("у Кривому Розі") is not in the
    gazetteer; the other article's "Kryvyi Rih" and the text's "Кривому" are one name."""
    uk = art("uk", "uk", "У вівторок у Кривому Розі під землею заблоковано 17 гірників.", [("Кривому Розі", "LOC")])
    uk.entities[0].name = "Кривий Ріг"
    en = art("en", "en", "Seventeen miners were trapped underground in Kryvyi Rih on Tuesday.", [("Kryvyi Rih", "LOC")])
    assert where(event_conflicts([uk, en])) == []


def test_a_share_in_favour_is_a_share_of_the_votes():
    """A head of two words whose first is short ("in favour", "a favor") is found too."""
    def subjects(a):
        return [f.subject for f in article_facts(a, extract_claims([a])) if f.slot == "how_many"]
    assert subjects(art("en", "en", "The merger was approved on Tuesday with 71.5% in favour.")) == ["votes (%)"]
    assert subjects(art("es", "es", "La fusión fue aprobada el martes con un 71,5 % a favor.")) == ["votes (%)"]


def test_amounts_in_zlotys_and_francs_compare_across_scale_words():
    pl = art("pl", "pl", "Rząd przeznaczy 1,5 mld zł na odbudowę dróg, ogłoszono we wtorek.")
    en = art("en", "en", "The government will spend 1.5 billion zlotys on rebuilding roads, it said on Tuesday.")
    uk = art("uk", "uk", "Уряд виділить 150 мільйонів злотих на відбудову доріг, повідомили у вівторок.")
    assert counts(event_conflicts([pl, en]), "amount (zloty)") == []
    assert len(counts(event_conflicts([pl, en, uk]), "amount (zloty)")) == 1
    de = art("de", "de", "Der Kanton bewilligte am Dienstag 40 Millionen Franken für den Tunnel.")
    fr = art("fr", "fr", "Le canton a voté mardi un crédit de 40 millions de francs pour le tunnel.")
    it = art("it", "it", "Il cantone ha approvato martedì 14 milioni di franchi per il tunnel.")
    assert counts(event_conflicts([de, fr]), "amount (franc)") == []
    assert len(counts(event_conflicts([de, fr, it]), "amount (franc)")) == 1


def test_a_first_figure_so_marked_is_updated_by_a_much_higher_one():
    """"according to first figures" marks the lower count as provisional: a later count three
    times as high is its update, where without the words it would be a second account."""
    first = dated("a", "de", "Nach ersten Angaben wurden beim Einsturz der Tribüne in Porto 20 Menschen verletzt.",
                  "2031-05-06")
    later = dated("b", "en", "Sixty-two people were injured when the stand collapsed in Porto.", "2031-05-07")
    assert counts(event_conflicts([first, later]), "injured") == []
    plain = dated("c", "de", "Beim Einsturz der Tribüne in Porto wurden 20 Menschen verletzt.", "2031-05-06")
    assert len(counts(event_conflicts([plain, later]), "injured")) == 1


def test_a_citys_name_alone_after_an_article_is_still_the_city():
    en = art("en", "en", "The Lisbon authorities said on Monday that the fire was under control.", [("Lisbon", "LOC")])
    assert sites(en) == ["Lisbon"] and venues(en) == []
