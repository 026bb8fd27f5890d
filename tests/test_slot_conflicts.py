"""Slot-by-slot conflicts (compare.slots) on invented text in several languages: each slot, and
each kind of compatible difference that must not be reported."""
from __future__ import annotations

import time

from newsweave.compare.slots import SlotConflict, event_conflicts
from newsweave.compare.slots.gazetteer import gazetteer
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
    assert slots(event_conflicts([a, b])) == [("outcome", "decision")]
    c = art("c", "uk", "Клуб «Сокіл» переміг у фіналі з рахунком 3:1 у Луцьку.")
    d = art("d", "en", "Sokil won the final 2-1 in Lutsk after extra time.")
    assert ("outcome", "score") in slots(event_conflicts([c, d]), None)


def test_fifty_articles_under_three_seconds():
    base = ("Floods near the town of Mirvel killed {n} people and injured about 40, the rescue service "
            "said. Interior minister Dara Holm visited the area. Roads were closed across the valley. ")
    arts = [art(f"x{i}", "en", base.format(n=12 if i % 7 else 19) * 4, ents=[("Dara Holm", "PER")])
            for i in range(50)]
    gazetteer()  # the place index is loaded once per process (built once per machine), like a model
    t = time.process_time()  # CPU time: other processes on a shared machine don't count
    out = event_conflicts(arts)
    assert time.process_time() - t < 3.0
    assert slots(out) == [("how_many", "killed")]


def timed(a: Article, surface: str, value: str, typ: str = "TIME") -> Article:
    """``a`` with a time expression of type ``typ`` on ``surface``."""
    i = a.text.index(surface)
    a.timexes.append(Timex(i, i + len(surface), surface, typ, value))
    return a


def test_a_time_of_day_gives_its_day():
    a = timed(art("a", "en", "The dam at Velno gave way on Monday evening after days of rain.", date="2031-05-07"),
              "Monday evening", "2031-05-05TEV")
    b = art("b", "es", "La presa de Velno cedió el martes tras días de lluvia, según los bomberos.",
            date="2031-05-07", tx=[("martes", "2031-05-06")])
    c = timed(art("c", "de", "Der Damm bei Velno brach am Dienstagabend nach tagelangem Regen.", date="2031-05-07"),
              "Dienstagabend", "2031-05-06TEV")
    assert event_conflicts([b, c]) == []
    out = event_conflicts([a, b, c])
    assert slots(out) == [("when", "day")] and out[0].sides[1].articles == ["a"]


def test_context_cues_are_read_in_the_articles_own_language():
    # Italian "sera" (evening) is not French "sera" (will be): the clause is not background
    a = timed(art("a", "it", "Ieri sera a Velno una frana ha causato 14 feriti, dicono i soccorsi.", date="2031-05-07"),
              "Ieri sera", "2031-05-06TEV")
    b = art("b", "en", "A landslide in Velno injured 21 people on Tuesday evening, rescuers said.", date="2031-05-07")
    c = art("c", "fr", "Le bilan du glissement de terrain à Velno sera revu, avec 30 blessés selon les secours.",
            date="2031-05-07")
    assert slots(event_conflicts([a, b])) == [("how_many", "injured")]
    assert event_conflicts([b, c]) == []  # French "sera" still marks the clause as a plan


def test_a_head_noun_before_its_number_and_a_verb_of_exceeding():
    a = art("a", "es", "La junta elevó a 1.700 el número de muertos por el terremoto de Velno.")
    b = art("b", "en", "More than 2,000 people have been killed by the Velno earthquake, officials said.")
    c = art("c", "ru", "Число погибших превысило 2100 человек после землетрясения в Вельно.")
    out = event_conflicts([a, b, c])
    assert slots(out) == [("how_many", "killed")]
    assert out[0].sides[0].articles == ["b", "c"] and out[0].sides[1].articles == ["a"]
    # a head reaches over a few words, not over a conjunction
    d = art("d", "en", "The sides agreed to free all wounded prisoners and those under 25, the mediator said.")
    e = art("e", "de", "Beide Seiten tauschten 300 Kriegsgefangene aus, sagte der Vermittler am Abend.")
    assert event_conflicts([d, e]) == []


def test_prisoners_and_storeys_are_counted():
    a = art("a", "en", "The two sides agreed to exchange 1,000 prisoners of war each at the border.")
    b = art("b", "es", "Las partes acordaron un canje de 1.200 prisioneros de guerra por bando.")
    c = art("c", "de", "Beide Seiten wollen jeweils 1000 Kriegsgefangene freilassen, hieß es.")
    out = event_conflicts([a, b, c])
    assert slots(out) == [("how_many", "prisoners")] and out[0].sides[1].articles == ["b"]
    d = art("d", "en", "A 30-storey tower under construction collapsed in the district of Velno.")
    e = art("e", "de", "Das 33-stöckige Gebäude in Velno stürzte am Freitag ein, so die Behörden.")
    f = art("f", "de", "In Velno brach ein rund 30 Stockwerke hohes Gebäude binnen Sekunden zusammen.")
    assert slots(event_conflicts([d, e, f])) == [("how_many", "storeys")]
    assert event_conflicts([e, f]) == []  # "rund 30" allows 33


def test_ages_and_counts_of_people_past_the_lead_are_not_quantities():
    a = art("a", "de", "Freigelassen werden alle gefangenen Soldaten zwischen 18 und 25 Jahren, sagte er.")
    b = art("b", "en", "Soldiers aged between 19 and 30 years will be freed first, the mediator said.")
    assert event_conflicts([a, b]) == []
    lead_en = ("Aid reached Velno on Monday. The roads are open again. The schools remain shut for now. "
               "More rain is forecast this week. ")
    lead_ru = ("Помощь дошла до Вельно в понедельник. Дороги снова открыты для машин. Школы пока остаются "
               "закрытыми. На неделе снова ожидается дождь. ")
    c = art("c", "en", lead_en + "A monk said his shelter in Velno now feeds some 400 people every day.")
    d = art("d", "ru", lead_ru + "В Вельно в пункте помощи сейчас живут 1600 человек, сообщили волонтеры.")
    assert event_conflicts([c, d]) == []  # people, no head noun, past the lead: not the happening's count
    e = art("e", "en", "Around 900 people left the cranes at the Velno docks on Monday, the union said.")
    f = art("f", "en", "About 600 people walked out at the Velno docks on Monday, the port said.")
    assert slots(event_conflicts([e, f])) == [("how_many", "people")]  # in the lead they are


def test_a_lower_toll_a_later_article_raised_is_an_update():
    a = art("a", "it", "Il crollo del ponte di Velno ha causato tre feriti, dicono i vigili.", date="2031-05-06")
    b = art("b", "en", "Four people were injured in the Velno bridge collapse, officials said.", date="2031-05-07")
    c = art("c", "fr", "Quatre personnes ont été blessées dans l'effondrement du pont de Velno.", date="2031-05-07")
    assert event_conflicts([a, b, c]) == []
    d = art("d", "de", "Beim Einsturz der Brücke von Velno wurden vier Menschen verletzt.", date="2031-05-06")
    assert event_conflicts([a, b, c, d]) == []  # d, as old as a, may be a later edition of that day
    e = art("e", "it", "Il crollo del ponte di Velno ha causato tre feriti, dicono i vigili.", date="2031-05-08")
    out = event_conflicts([e, b, c, d])  # a lower figure published after the higher ones
    assert slots(out) == [("how_many", "injured")] and out[0].sides[0].value == "4"


def test_a_percentage_rise_and_its_breakdown():
    a = art("a", "es", "El pacto prevé una subida del 4,5 % en dos años para los ferroviarios.")
    b = art("b", "it", "L'accordo prevede un aumento salariale del 5,5% in due anni per i ferrovieri.")
    c = art("c", "en", "The deal raises wages by 4.5% over two years for rail workers, the union said.")
    d = art("d", "ru", "Зарплаты вырастут на 2,5% в этом году и еще на 2% в следующем.")
    out = event_conflicts([a, b, c, d])
    assert slots(out) == [("how_many", "rise_pct")] and out[0].sides[1].articles == ["b"]
    assert event_conflicts([a, c, d]) == []  # 2.5% this year and 2% next: a breakdown


def test_a_comparison_with_history_does_not_make_the_lead_background():
    a = art("a", "en", "Negotiators met on Friday for their first talks since 2022, agreeing to free "
                       "300 prisoners each.")
    b = art("b", "fr", "Les négociateurs ont convenu vendredi de libérer 250 prisonniers de chaque camp.")
    assert slots(event_conflicts([a, b])) == [("how_many", "prisoners")]
    c = art("c", "en", "Since 2022, the sides have freed 250 prisoners in earlier swaps, officials said.")
    assert event_conflicts([a, c]) == []  # "since" alone still marks history


def test_a_later_day_only_a_later_article_gives_is_uncertain():
    a = art("a", "en", "The earthquake struck Velno on Friday, killing dozens.", date="2031-05-10",
            tx=[("Friday", "2031-05-09")])
    b = art("b", "fr", "Le séisme a frappé Velno vendredi, selon les autorités.", date="2031-05-10",
            tx=[("vendredi", "2031-05-09")])
    c = art("c", "en", "Last Tuesday, the general said in a speech that the toll had risen in Velno.",
            date="2031-05-16", tx=[("Last Tuesday", "2031-05-13")])
    out = event_conflicts([a, b, c])
    assert slots(out) == [] and slots(out, "uncertain") == [("when", "day")]
    d = art("d", "de", "Das Beben erschütterte Velno am Donnerstag, meldeten die Behörden.", date="2031-05-10",
            tx=[("Donnerstag", "2031-05-08")])
    assert slots(event_conflicts([a, b, d])) == [("when", "day")]


def test_outcome_families_are_separate_subjects():
    # the deal was signed everywhere; one source says the strike still goes ahead
    a = art("a", "es", "El sindicato y el ministerio firmaron ayer el acuerdo y el sindicato ha desconvocado la huelga.")
    b = art("b", "it", "Sindacato e ministero hanno firmato l'accordo; lo sciopero di venerdì è stato revocato.")
    c = art("c", "en", "The union and the ministry signed the deal, but a partial strike will go ahead on Friday.")
    d = art("d", "en", "The union and the ministry signed the deal, but said a partial strike would go ahead on Friday.")
    assert slots(event_conflicts([a, b, c])) == []  # "will": a plan, not a result
    out = event_conflicts([a, b, d])
    assert slots(out) == [("outcome", "held")] and out[0].sides[1].articles == ["d"]


def test_a_negated_agreement_or_closure_is_its_opposite():
    a = art("a", "es", "Las partes no lograron ayer un acuerdo tras ocho horas de reunión en Velno.")
    b = art("b", "fr", "Les discussions de Velno se sont achevées mardi soir sans accord, après huit heures.")
    c = art("c", "en", "The two sides reached a preliminary deal late on Tuesday after talks in Velno.")
    out = event_conflicts([a, b, c])
    assert slots(out) == [("outcome", "agreement")]
    assert out[0].sides[0].articles == ["a", "b"] and out[0].sides[1].articles == ["c"]
    d = art("d", "en", "The group said it would cut 900 jobs and close its Velno plant next year.")
    e = art("e", "fr", "Le groupe supprime 900 postes, mais assure qu'aucune fermeture d'usine n'est prévue.")
    f = art("f", "pl", "Spółka ogłosiła likwidację 900 miejsc pracy i zamknięcie zakładu w Velno.")
    out = event_conflicts([d, e, f])
    assert slots(out) == [("outcome", "closure")] and out[0].sides[1].articles == ["e"]


def test_no_progress_is_not_a_result():
    a = art("a", "en", "The delegations met in Velno on Friday but made no progress towards a truce.")
    b = art("b", "fr", "Les délégations se sont rencontrées vendredi à Velno ; la rencontre a eu lieu sans incident.")
    assert event_conflicts([a, b]) == []


def test_prison_sentences_and_their_parts():
    a = art("a", "fr", "Le tribunal a condamné l'ancien maire à trois ans d'emprisonnement, dont un an ferme.")
    b = art("b", "en", "The court sentenced the former mayor to three years in prison, two of them suspended.")
    c = art("c", "es", "El tribunal condenó al exalcalde a un año de cárcel efectiva por favoritismo.")
    d = art("d", "it", "Il tribunale ha condannato l'ex sindaco a cinque anni di reclusione per favoritismo.")
    assert event_conflicts([a, b, c]) == []  # a firm year is a part of three years
    out = event_conflicts([a, b, c, d])
    assert slots(out) == [("outcome", "sentence")]
    assert [s.value for s in out[0].sides] == ["3y", "5y"] and out[0].sides[1].articles == ["d"]


def test_a_share_of_the_vote_is_not_a_count_of_votes():
    a = art("a", "fr", "La candidate a remporté l'élection de Velno avec 12 400 voix, soit 54 % des suffrages.")
    b = art("b", "en", "The candidate won the Velno by-election with 54% of the vote, ahead of the mayor.")
    c = art("c", "de", "Die Kandidatin gewann die Nachwahl in Velno mit 12 400 Stimmen vor dem Bürgermeister.")
    assert event_conflicts([a, b, c]) == []
    d = art("d", "es", "La candidata ganó la elección parcial de Velno con el 61 % de los votos emitidos.")
    assert slots(event_conflicts([a, b, d])) == [("how_many", "votes (%)")]
    e = art("e", "it", "A Velno l'affluenza è stata del 38%, secondo la prefettura.")
    f = art("f", "pl", "Frekwencja w Velno wyniosła 45% według komisji wyborczej.")
    assert slots(event_conflicts([e, f])) == [("how_many", "turnout")]


def test_a_rate_decision_and_its_level():
    a = art("a", "pl", "Rada Polityki Pieniężnej obniżyła w środę stopę referencyjną do 5,50%.")
    b = art("b", "en", "The central bank cut its key rate to 5.50% on Wednesday, as expected.")
    c = art("c", "de", "Die Notenbank hat den Leitzins unverändert bei 5,75% belassen, teilte sie mit.")
    assert event_conflicts([a, b]) == []
    out = event_conflicts([a, b, c])
    assert ("outcome", "rate") in slots(out) and ("how_many", "rate_level") in slots(out)
    # "cut" far from any rate is not a rate decision
    d = art("d", "en", "The carmaker cut 900 jobs in Velno, the union said on Wednesday.")
    e = art("e", "fr", "Le constructeur a maintenu sa production à Velno, selon le syndicat.")
    assert event_conflicts([d, e]) == []


def test_passengers_and_burnt_hectares():
    a = art("a", "it", "Il traghetto con 212 passeggeri a bordo ha urtato il molo di Velno.")
    b = art("b", "en", "The ferry, carrying 212 passengers, struck the pier at Velno on Sunday.")
    c = art("c", "de", "Die Fähre mit 240 Passagieren an Bord rammte am Sonntag den Pier von Velno.")
    out = event_conflicts([a, b, c])
    assert slots(out) == [("how_many", "passengers")] and out[0].sides[1].articles == ["c"]
    d = art("d", "es", "El incendio de Velno ha calcinado 1.200 hectáreas de monte, según los bomberos.")
    e = art("e", "fr", "L'incendie de Velno a parcouru 3 400 hectares de forêt, selon les pompiers.")
    assert slots(event_conflicts([d, e])) == [("how_many", "area_ha")]


def test_a_stated_day_of_the_month_does_not_rest_on_an_inferred_date():
    a = art("a", "en", "The talks opened in Velno on Friday, the mediators said.", date="2031-05-16",
            tx=[("Friday", "2031-05-16")])
    b = art("b", "fr", "Les pourparlers se sont ouverts vendredi à Velno.", date="2031-05-16", tx=[("vendredi", "2031-05-16")])
    c = art("c", "de", "Die Gespräche in Velno begannen am Donnerstag, 15. Mai, hieß es.",
            tx=[("Donnerstag, 15. Mai", "2031-05-15")])
    c.date = DateInfo("2031-05-16", source="inferred", confidence=0.8, evidence="event date")
    assert slots(event_conflicts([a, b, c])) == [("when", "day")]


def test_a_day_after_the_publication_date_is_a_plan_not_the_happening():
    a = art("a", "es", "El sindicato firmó ayer el acuerdo y desconvocó la huelga del 30 de enero.",
            date="2031-01-15", tx=[("ayer", "2031-01-14"), ("30 de enero", "2031-01-30")])
    b = art("b", "en", "The strike set for January 30 was called off after the union signed a deal.",
            date="2031-01-15", tx=[("January 30", "2031-01-30")])
    c = art("c", "it", "Il sindacato ha firmato martedì l'accordo con il ministero.", date="2031-01-15",
            tx=[("martedì", "2031-01-14")])
    assert slots(event_conflicts([a, b, c]), None) == []


def test_cancelled_items_are_not_a_called_off_happening():
    a = art("a", "en", "The controllers' strike at Velno airport went ahead on Tuesday; nearly 350 flights were cancelled.")
    b = art("b", "fr", "À l'aéroport de Velno, 342 vols ont été annulés mardi à cause de la grève des contrôleurs.")
    c = art("c", "es", "La huelga de controladores en Velno siguió adelante y se celebró el martes con 340 vuelos cancelados.")
    assert event_conflicts([a, b, c]) == []
    d = art("d", "it", "Lo sciopero dei controllori di Velno, che avrebbe cancellato 300 voli, è stato revocato.")
    out = event_conflicts([a, c, d])
    assert slots(out) == [("outcome", "held")] and out[0].sides[1].articles == ["d"]


def test_shares_of_different_classes_in_one_clause_are_not_a_breakdown():
    a = art("a", "fr", "Les électeurs de Velno ont approuvé le projet par 56 % des voix, avec une participation de 41 %.")
    b = art("b", "en", "Velno voters approved the project with 61% of the vote on Sunday, officials said.")
    assert slots(event_conflicts([a, b])) == [("how_many", "votes (%)")]


def test_written_out_teens():
    a = art("a", "en", "Seventeen miners were trapped after a collapse at the Velno mine on Monday.")
    b = art("b", "de", "In der Grube von Velno wurden am Montag 14 Bergleute eingeschlossen.")
    c = art("c", "uk", "На шахті у Вельно під завалами опинилися сімнадцять гірників.")
    out = event_conflicts([a, b, c])
    assert slots(out) == [("how_many", "trapped")] and out[0].sides[1].articles == ["b"]
