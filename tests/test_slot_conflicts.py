"""Slot-by-slot conflicts (compare.slots) on invented text in several languages: each slot, and
each kind of compatible difference that must not be reported."""
from __future__ import annotations

import time

from newsweave.compare.slots import SlotConflict, event_conflicts
from newsweave.model import Article, DateInfo, Mention, Timex


def art(ident: str, lang: str, text: str, date: str = "2031-05-06", ents=(), tx=(), src=None) -> Article:
    a = Article(id=ident, text=text, lang=lang, source=src or f"Outlet {ident}", date=DateInfo(date))
    for surface, typ in ents:
        pos = 0
        while (i := text.find(surface, pos)) >= 0:
            a.entities.append(Mention(i, i + len(surface), surface, typ, name=surface))
            pos = i + len(surface)
    for surface, value in tx:
        i = text.index(surface)
        a.timexes.append(Timex(i, i + len(surface), surface, "DATE", value))
    return a


def slots(conflicts: list[SlotConflict], tier: str | None = "confident") -> list[tuple[str, str]]:
    return [(c.slot, c.subject) for c in conflicts if tier is None or c.tier == tier]


def test_interface_shape():
    a = art("a", "en", "Floods near the town of Mirvel killed 12 people, the rescue service said on Monday.")
    b = art("b", "de", "Bei dem Hochwasser bei Mirvel sind 19 Menschen ums Leben gekommen, hieß es am Montag.")
    c = art("c", "fr", "Les inondations près de Mirvel ont fait 12 morts, selon les secours lundi.")
    out = event_conflicts([a, b, c])
    assert len(out) == 1
    d = out[0].to_json()
    assert set(d) == {"slot", "subject", "kind", "tier", "confidence", "disputed_by", "sides"}
    assert d["slot"] == "how_many" and d["subject"] == "killed" and d["tier"] == "confident"
    assert [s["value"] for s in d["sides"]] == ["12", "19"]  # majority first
    assert d["sides"][0]["articles"] == ["a", "c"] and d["sides"][1]["articles"] == ["b"]
    ev = d["sides"][1]["evidence"][0]
    assert b.text[ev["start"]:ev["end"]] == ev["text"] == "19"
    assert 0 < d["confidence"] <= 1


def test_quantities_within_their_modifiers_are_compatible():
    a = art("a", "en", "A gas blast in the suburb of Ostrel injured nearly 20 people early on Friday.")
    b = art("b", "it", "L'esplosione di Ostrel ha provocato 19 feriti, secondo i vigili del fuoco.")
    c = art("c", "es", "La explosión en Ostrel dejó al menos 15 heridos, según los bomberos.")
    d = art("d", "fr", "L'explosion d'Ostrel a fait une vingtaine de blessés, selon les pompiers.")
    assert event_conflicts([a, b, c, d]) == []


def test_written_out_numbers_and_other_units():
    a = art("a", "en", "Twelve people were killed when the ferry capsized off the island of Orsa.")
    b = art("b", "es", "El naufragio frente a la isla de Orsa dejó 12 muertos, según la guardia costera.")
    c = art("c", "pl", "Bank centralny obniżył stopy o 50 punktów bazowych w czwartek po południu.")
    d = art("d", "en", "The central bank cut its rate by 0.5 percentage points on Thursday afternoon.")
    assert event_conflicts([a, b]) == []
    assert event_conflicts([c, d]) == []


def test_an_update_is_not_a_conflict():
    early = art("a", "uk", "За попередніми даними, загинули 3 людини внаслідок повені в громаді.", date="2031-05-05")
    late = art("b", "en", "Officials said 7 people died in the flood in the district, raising the toll.", date="2031-05-06")
    assert event_conflicts([early, late]) == []
    same_day = art("c", "en", "Officials said 3 people died in the flood in the district on Tuesday.", date="2031-05-06")
    assert slots(event_conflicts([same_day, late])) == [("how_many", "killed")]


def test_part_of_the_whole_and_background_are_not_conflicts():
    whole = art("a", "en", "The storm left 160,000 households without power across the whole region.")
    part = art("b", "en", "In the city of Varsk alone, 95,000 households lost power after the storm.")
    past = art("c", "de", "Seit dem Sturm im vergangenen Jahr, bei dem 40 Menschen ums Leben kamen, gilt Alarm.")
    now = art("d", "de", "Bei dem Sturm sind am Dienstag 2 Menschen ums Leben gekommen, teilte die Polizei mit.")
    assert event_conflicts([whole, part]) == []
    assert event_conflicts([past, now]) == []


def test_a_denial_is_disputed_not_confident():
    a = art("a", "en", "Police arrested 40 protesters outside the parliament of Lernia on Sunday.")
    b = art("b", "en", "Police arrested 40 protesters near the parliament of Lernia, witnesses said.")
    c = art("c", "fr", "Le ministère de l'Intérieur a démenti que 300 manifestants aient été interpellés dimanche.",
            ents=[("ministère de l'Intérieur", "ORG")])
    out = event_conflicts([a, b, c])
    assert slots(out) == []
    disputed = [x for x in out if x.tier == "disputed"]
    assert disputed and disputed[0].disputed_by == "ministère de l'Intérieur"


def test_where_level_conflict_and_spellings():
    a = art("a", "it", "La scossa ha colpito il borgo di Selvi, in provincia di Tarvona, nella notte.")
    b = art("b", "en", "The quake struck the village of Selvi, in the province of Tarvona, overnight.")
    c = art("c", "de", "Das Beben erschütterte das Dorf Selvi in der Provinz Belcaro in der Nacht.")
    out = event_conflicts([a, b, c])
    assert slots(out) == [("where", "province")]
    assert [s.value for s in out[0].sides] == ["Tarvona", "Belcaro"]
    d = art("d", "fr", "Le séisme a frappé Selvi, dans la province de Tarvone, cette nuit.")
    assert event_conflicts([a, d]) == []


def test_place_in_country_conflict():
    a = art("a", "en", "Drones struck Varnok, a Russian border region, overnight, officials said.",
            ents=[("Varnok", "LOC")])
    b = art("b", "fr", "Des drones ont frappé Varnok, une région frontalière ukrainienne, dans la nuit.",
            ents=[("Varnok", "LOC")])
    out = event_conflicts([a, b])
    assert [(c.slot, c.kind) for c in out] == [("where", "location")]
    assert {s.value for s in out[0].sides} == {"RU", "UA"}
    assert all(s.facts[0].text for s in out[0].sides)


def test_titles_conflict_but_two_true_titles_do_not():
    a = art("a", "en", "Interior minister Dara Holm visited the flooded town on Monday.", ents=[("Dara Holm", "PER")])
    b = art("b", "es", "El alcalde Dara Holm visitó el pueblo inundado el lunes.", ents=[("Dara Holm", "PER")])
    c = art("c", "en", "Former mayor Dara Holm, now interior minister, visited the town.", ents=[("Dara Holm", "PER")])
    out = event_conflicts([a, b])
    assert slots(out) == [("who_as_what", "Dara Holm")]
    assert event_conflicts([a, c]) == []


def test_when_conflict_and_relative_dates_resolving_to_one_day():
    a = art("a", "en", "The bridge collapsed on Tuesday morning in the valley town of Brin.", date="2031-05-07",
            tx=[("Tuesday", "2031-05-06")])
    b = art("b", "es", "El puente de Brin se derrumbó ayer por la mañana, según los bomberos.", date="2031-05-07",
            tx=[("ayer", "2031-05-06")])
    c = art("c", "fr", "Le pont de Brin s'est effondré lundi matin, selon les pompiers.", date="2031-05-07",
            tx=[("lundi", "2031-05-05")])
    assert event_conflicts([a, b]) == []
    out = event_conflicts([a, b, c])
    assert slots(out, None) == [("when", "day")]
    assert out[0].sides[0].articles == ["a", "b"]


def test_a_relative_day_read_from_an_inferred_publication_date_is_not_a_confident_conflict():
    a = art("a", "en", "The dam gave way on Tuesday 6 May near the village of Ostrel.", date="2031-05-07",
            tx=[("Tuesday 6 May", "2031-05-06")])
    b = art("b", "fr", "Le barrage a cédé mardi dernier près du village d'Ostrel.", date="2031-05-06",
            tx=[("mardi dernier", "2031-04-29")])
    assert slots(event_conflicts([a, b])) == [("when", "day")]  # b's date is stated: confident
    b.date = DateInfo("2031-05-06", source="inferred", confidence=0.8, evidence="event date")
    out = event_conflicts([a, b])
    assert slots(out) == [] and slots(out, "uncertain") == [("when", "day")]
    c = art("c", "fr", "Le barrage a cédé le mardi 29 avril 2031 près du village d'Ostrel.",
            tx=[("mardi 29 avril 2031", "2031-04-29")])
    c.date = DateInfo("2031-05-06", source="inferred", confidence=0.8, evidence="event date")
    assert slots(event_conflicts([a, c])) == [("when", "day")]  # a stated year needs no anchor


def test_outcome_conflicts():
    a = art("a", "en", "Parliament approved the pension bill on Thursday by a wide margin.")
    b = art("b", "fr", "Le Parlement a rejeté jeudi le projet de loi sur les retraites.")
    assert slots(event_conflicts([a, b])) == [("outcome", "result")]
    c = art("c", "uk", "Клуб «Сокіл» переміг у фіналі з рахунком 3:1 у Луцьку.")
    d = art("d", "en", "Sokil won the final 2-1 in Lutsk after extra time.")
    assert ("outcome", "score") in slots(event_conflicts([c, d]), None)


def test_fifty_articles_under_three_seconds():
    base = ("Floods near the town of Mirvel killed {n} people and injured about 40, the rescue service "
            "said. Interior minister Dara Holm visited the area. Roads were closed across the valley. ")
    arts = [art(f"x{i}", "en", base.format(n=12 if i % 7 else 19) * 4, ents=[("Dara Holm", "PER")])
            for i in range(50)]
    t = time.perf_counter()
    out = event_conflicts(arts)
    assert time.perf_counter() - t < 3.0
    assert slots(out) == [("how_many", "killed")]
