"""Session-15 classes of the slot readers, each as a paraphrase matrix of invented sentences:
offices of courts, provinces, teams, missions and sites in eight languages; a clause dating
something well before the article (any syntax of a year) is background."""
from __future__ import annotations

import pytest

from newsweave.compare.claims import extract_claims
from newsweave.compare.slots.extract import article_facts
from newsweave.model import Timex
from slottest_articles import art


def facts(a, slot: str):
    return [f for f in article_facts(a, extract_claims([a])) if f.slot == slot]


ROLE_MATRIX = [
    # judge
    ("en", "Presiding judge Oria Venn read the verdict on Monday.", "Oria Venn", "judge"),
    ("de", "Die Richterin Oria Venn verlas am Montag das Urteil.", "Oria Venn", "judge"),
    ("fr", "La juge Oria Venn a lu le verdict lundi.", "Oria Venn", "judge"),
    ("es", "La jueza Oria Venn leyó la sentencia el lunes.", "Oria Venn", "judge"),
    ("it", "Il giudice Oria Venn ha letto la sentenza lunedì.", "Oria Venn", "judge"),
    ("pl", "Przewodnicząca składu sędziowskiego Oria Venn odczytała wyrok.", "Oria Venn", "judge"),
    ("ru", "Председательствующая судья Ория Венн огласила приговор.", "Ория Венн", "judge"),
    ("uk", "Головуюча суддя Орія Венн оголосила вирок.", "Орія Венн", "judge"),
    # prosecutor
    ("en", "Prosecutor Oria Venn asked for ten years on Monday.", "Oria Venn", "prosecutor"),
    ("de", "Die Staatsanwältin Oria Venn forderte am Montag zehn Jahre.", "Oria Venn", "prosecutor"),
    ("fr", "La procureure Oria Venn a requis dix ans lundi.", "Oria Venn", "prosecutor"),
    ("es", "El fiscal Oria Venn pidió diez años el lunes.", "Oria Venn", "prosecutor"),
    ("it", "Il procuratore Oria Venn ha chiesto dieci anni.", "Oria Venn", "prosecutor"),
    ("pl", "Prokurator Oria Venn zażądał dziesięciu lat.", "Oria Venn", "prosecutor"),
    ("ru", "Прокурор Ория Венн потребовал десять лет.", "Ория Венн", "prosecutor"),
    ("uk", "Прокурор Орія Венн вимагав десять років.", "Орія Венн", "prosecutor"),
    # prefect, in apposition too
    ("en", "County prefect Oria Venn said the road was wet.", "Oria Venn", "prefect"),
    ("fr", "La préfète du département, Oria Venn, a parlé vendredi.", "Oria Venn", "prefect"),
    ("es", "La prefecta del distrito, Oria Venn, habló el viernes.", "Oria Venn", "prefect"),
    ("it", "Il prefetto Oria Venn ha convocato il comitato.", "Oria Venn", "prefect"),
    ("de", "Der Präfekt Oria Venn rief den Notstand aus.", "Oria Venn", "prefect"),
    # captain
    ("en", "Captain Oria Venn lifted the trophy.", "Oria Venn", "captain"),
    ("fr", "Le capitaine Oria Venn a soulevé le trophée.", "Oria Venn", "captain"),
    ("es", "La capitana Oria Venn levantó el trofeo.", "Oria Venn", "captain"),
    ("it", "Il capitano Oria Venn ha alzato il trofeo.", "Oria Venn", "captain"),
    ("de", "Kapitän Oria Venn stemmte den Pokal.", "Oria Venn", "captain"),
    ("pl", "Kapitan drużyny Oria Venn podniósł puchar.", "Oria Venn", "captain"),
    ("ru", "Капитан команды Ория Венн поднял кубок.", "Ория Венн", "captain"),
    ("uk", "Капітан команди Орія Венн підняв кубок.", "Орія Венн", "captain"),
    # chargé d'affaires
    ("en", "Chargé d'affaires Oria Venn met the minister.", "Oria Venn", "charge-d-affaires"),
    ("fr", "La chargée d'affaires Oria Venn a rencontré le ministre.", "Oria Venn", "charge-d-affaires"),
    ("es", "La encargada de negocios Oria Venn se reunió con el ministro.", "Oria Venn", "charge-d-affaires"),
    ("ru", "Временный поверенный в делах Ория Венн встретилась с министром.", "Ория Венн", "charge-d-affaires"),
    ("uk", "Тимчасова повірена у справах Орія Венн зустрілася з міністром.", "Орія Венн", "charge-d-affaires"),
    ("de", "Der Geschäftsträger Oria Venn traf den Minister.", "Oria Venn", "charge-d-affaires"),
    # engineer
    ("en", "Chief engineer Oria Venn said the shaft was sealed.", "Oria Venn", "engineer"),
    ("ru", "Главный инженер шахты Ория Венн сообщил о пожаре.", "Ория Венн", "engineer"),
    ("uk", "Головний інженер шахти Орія Венн повідомив про пожежу.", "Орія Венн", "engineer"),
    ("pl", "Główny inżynier kopalni Oria Venn poinformował o pożarze.", "Oria Venn", "engineer"),
    # a member of a council or of a cantonal government, not an adviser
    ("en", "Opposition councillor Oria Venn demanded a referendum.", "Oria Venn", "councillor"),
    ("fr", "La conseillère d'État Oria Venn a pris acte du verdict.", "Oria Venn", "councillor"),
    ("it", "La consigliera di Stato Oria Venn ha promesso un'applicazione rapida.", "Oria Venn", "councillor"),
    ("de", "Staatsrätin Oria Venn kündigte eine rasche Umsetzung an.", "Oria Venn", "councillor"),
    ("de", "Das Gericht sprach den ehemaligen Finanzstadtrat Oria Venn frei.", "Oria Venn", "former:councillor"),
    ("es", "El concejal de la oposición Oria Venn pidió un referéndum.", "Oria Venn", "councillor"),
    ("pl", "Radny Oria Venn zażądał referendum.", "Oria Venn", "councillor"),
]


@pytest.mark.parametrize("lang,text,name,role", ROLE_MATRIX)
def test_offices_of_courts_provinces_teams_missions_and_sites(lang, text, name, role):
    keys = [f.key.split("@")[0] for f in facts(art("a", lang, text, [(name, "PER")]), "who_as_what")]
    assert role in keys


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "Le capitaine Oria Venn a soulevé le trophée.", "Oria Venn"),
    ("es", "El entrenador Oria Venn levantó el trofeo.", "Oria Venn"),
])
def test_captain_and_coach_are_two_offices(lang, text, name):
    """The matrix rows above read as their own office, never as the other one."""
    keys = {f.key for f in facts(art("a", lang, text, [(name, "PER")]), "who_as_what")}
    assert len(keys) == 1 and keys <= {"captain", "coach"}


def _with_year(lang: str, text: str, year_text: str, value: str):
    a = art("a", lang, text)
    i = text.index(year_text)
    a.timexes.append(Timex(i, i + len(year_text), year_text, "DATE", value))
    return a


@pytest.mark.parametrize("lang,text,year_text,value", [
    ("de", "Eine ähnliche Vorlage war 2019 abgelehnt worden.", "2019", "2019"),
    ("pl", "Podobny wniosek upadł w listopadzie 2025 roku i został odrzucony.", "w listopadzie 2025 roku", "2025-11"),
    ("ru", "Предыдущий проект был отклонён в ноябре 2025 года.", "в ноябре 2025 года", "2025-11"),
    ("en", "A similar proposal was rejected in November 2025.", "November 2025", "2025-11"),
    ("it", "Un progetto simile era stato respinto nel 2019.", "2019", "2019"),
])
def test_a_clause_dated_well_before_the_article_is_background(lang, text, year_text, value):
    """The article is dated 6 May 2031 (slottest_articles): an outcome dated years before is an
    earlier happening, whatever the syntax of its year."""
    assert facts(_with_year(lang, text, year_text, value), "outcome") == []


def test_a_month_alone_is_no_background():
    """A month without its year: the year is the time engine's guess (a plan read as last
    year's month), so the clause keeps its result."""
    a = _with_year("es", "La votación del plan fue aplazada hasta noviembre.", "noviembre", "2030-11")
    assert [f.key for f in facts(a, "outcome")] == ["postponed"]


def test_a_comparison_with_the_past_keeps_its_clause():
    a = _with_year("en", "The river reached its highest level since the floods of 2014, and 3,000 people were evacuated.",
                   "2014", "2014")
    assert any(f.subject == "evacuated" for f in facts(a, "how_many"))


OUTCOME_MATRIX = [
    # an appeal ruling: a conviction upheld is a conviction, one overturned an acquittal
    ("en", "An appeals court on Tuesday upheld the conviction of Oria Venn for fraud.", "verdict", "convicted"),
    ("fr", "La cour d'appel a confirmé hier la condamnation d'Oria Venn pour fraude.", "verdict", "convicted"),
    ("it", "La corte d'appello ha confermato la condanna di Oria Venn.", "verdict", "convicted"),
    ("pl", "Sąd apelacyjny podtrzymał wyrok wobec Orii Venn.", "verdict", "convicted"),
    ("ru", "Апелляционный суд оставил приговор Ории Венн в силе.", "verdict", "convicted"),
    ("de", "Das Berufungsgericht hat am Dienstag die Verurteilung der Unternehmerin Oria Venn bestätigt.", "verdict", "convicted"),
    ("en", "An appeals court on Tuesday quashed the conviction of Oria Venn.", "verdict", "acquitted"),
    ("es", "El tribunal de apelación anuló este martes la condena por fraude impuesta a Oria Venn.", "verdict", "acquitted"),
    ("fr", "La cour d'appel a annulé la condamnation d'Oria Venn.", "verdict", "acquitted"),
    ("uk", "Апеляційний суд скасував вирок Орії Венн.", "verdict", "acquitted"),
    # a happening negated: called off
    ("en", "The concert did not take place because of the storm.", "held", "called_off"),
    ("fr", "Le concert prévu samedi n'a pas eu lieu : il a été annulé.", "held", "called_off"),
    # a decision negated: rejected
    ("de", "Die Aktionäre haben die Fusion am Donnerstag nicht gebilligt.", "decision", "rejected"),
    # votes for and against a motion
    ("en", "Workers voted on Thursday in favour of a strike over pay.", "decision", "approved"),
    ("pl", "Pracownicy opowiedzieli się w czwartkowym referendum za strajkiem.", "decision", "approved"),
    ("uk", "Працівники в четвер проголосували на референдумі за страйк.", "decision", "approved"),
    ("de", "Die Beschäftigten haben am Donnerstag in einer Urabstimmung gegen einen Streik gestimmt.", "decision", "rejected"),
    ("ru", "Работники в четверг проголосовали против забастовки.", "decision", "rejected"),
    ("es", "Los trabajadores votaron el jueves en contra de la huelga.", "decision", "rejected"),
    ("fr", "Les salariés ont voté jeudi contre la grève.", "decision", "rejected"),
    # acceptance verbs
    ("it", "Gli elettori hanno accolto ieri l'iniziativa per un salario minimo.", "decision", "approved"),
    ("en", "Voters accepted the initiative on Sunday.", "decision", "approved"),
]


@pytest.mark.parametrize("lang,text,family,key", OUTCOME_MATRIX)
def test_outcomes_by_class(lang, text, family, key):
    got = [(f.subject, f.key) for f in facts(art("a", lang, text, [("Oria Venn", "PER")]), "outcome")]
    assert got == [(family, key)]


@pytest.mark.parametrize("lang,text", [
    ("en", "No incidents took place during the march on Saturday."),
    ("fr", "Aucun incident n'a été signalé et la marche s'est déroulée dans le calme."),
    ("en", "No vote on the budget was approved by acclamation; the council held a roll call."),
])
def test_a_negated_noun_is_no_negated_happening(lang, text):
    """The negation bears on a noun ("no incidents"), not on the verb: no opposite result."""
    keys = [f.key for f in facts(art("a", lang, text), "outcome")]
    assert "called_off" not in keys and "rejected" not in keys


@pytest.mark.parametrize("lang,text", [
    ("en", "The plan has not yet been approved by the council."),
    ("de", "Der Plan wurde noch nicht gebilligt."),
    ("fr", "Le plan n'a pas encore été approuvé."),
])
def test_not_yet_leaves_the_result_open(lang, text):
    assert facts(art("a", lang, text), "outcome") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "The council approved the plan by 24 votes to 9; nine councillors voted against."),
    ("en", "The council approved the plan on Monday; 12 members voted against."),
])
def test_a_minority_voting_against_is_no_rejection(lang, text):
    assert [f.key for f in facts(art("a", lang, text), "outcome")] == ["approved"]


QUANTITY_MATRIX = [
    # a share of the vote without a head noun, in a clause telling a vote
    ("en", "Voters on Sunday approved a minimum wage, backing the initiative by 58.2 percent on a turnout of 46 percent.",
     {("votes (%)", "58.2"), ("turnout", "46")}),
    ("en", "Workers voted on Thursday in favour of a strike, with 71.4 percent backing industrial action.",
     {("votes (%)", "71.4")}),
    ("pl", "Za strajkiem głosowało 71,4 proc. uczestników referendum.", {("votes (%)", "71.4")}),
    ("uk", "Працівники проголосували за страйк: його підтримали 51,4 відсотка учасників.", {("votes (%)", "51.4")}),
    # votes for and against (and, session 23, the tally as one pair)
    ("it", "Il consiglio ha approvato il progetto con 24 voti favorevoli e 9 contrari.", {("votes", "24"), ("votes_against", "9"), ("vote tally", "24-9")}),
    ("es", "El pleno aprobó el proyecto con 24 votos a favor y 19 en contra.", {("votes", "24"), ("votes_against", "19"), ("vote tally", "24-19")}),
    ("fr", "Le conseil a rejeté le projet par 24 voix contre 9.", {("votes", "24"), ("votes_against", "9"), ("vote tally", "24-9")}),
    ("de", "Die Belegschaft hat den Vertrag mit 56 Prozent Nein-Stimmen abgelehnt.", {("votes_against (%)", "56")}),
    ("en", "Workers voted to reject the deal, with 61 percent against.", {("votes_against (%)", "61")}),
    # tickets sold
    ("es", "Se habían vendido 48.000 entradas, que serán reembolsadas.", {("tickets", "48000")}),
    ("fr", "Les 38 000 billets vendus seront remboursés.", {("tickets", "38000")}),
    ("de", "Für das Konzert waren 48.000 Karten verkauft worden.", {("tickets", "48000")}),
    ("it", "Erano stati venduti 48.000 biglietti.", {("tickets", "48000")}),
    # participants of a race
    ("pl", "Na mecie zameldowało się 7800 biegaczy.", {("participants", "7800")}),
    ("en", "Some 7,800 runners crossed the finish line.", {("participants", "7800")}),
    ("de", "Rund 7800 Läuferinnen und Läufer erreichten das Ziel.", {("participants", "7800")}),
    ("uk", "До фінішу дісталися 8700 учасників.", {("participants", "8700")}),
    # spectators are counted apart from participants
    ("uk", "Бігунів підтримували тисячі вболівальників.", {("attendance", "500500")}),
    # participants who were treated: a toll of theirs
    ("en", "Forty-five runners were treated for heat exhaustion.", {("treated", "45")}),
]


@pytest.mark.parametrize("lang,text,want", QUANTITY_MATRIX)
def test_quantities_by_class(lang, text, want):
    assert {(f.subject, f.key) for f in facts(art("a", lang, text), "how_many")} == want


def test_a_whole_percent_rounds_a_decimal_one():
    from newsweave.compare.slots import event_conflicts
    a = art("a", "en", "Nurses voted on Monday to strike, backing the walkout by 68.4 percent.")
    b = art("b", "fr", "Les infirmières ont voté lundi pour la grève, à 68 %.")
    assert [c for c in event_conflicts([a, b]) if c.slot == "how_many"] == []


VENUE_MATRIX = [
    ("es", "El concierto debía celebrarse el sábado en el estadio do Dragão de Oporto.", "dragao"),
    ("de", "Das Konzert im Stadion do Bessa in Porto wurde am Samstag verschoben.", "bessa"),
    ("fr", "Le Stade garonnais a battu le Racing 24 à 17 au Stade de France, à Saint-Denis.", "france"),
    ("en", "Garonnais beat Racing 24-17 on Saturday at the Stade Vélodrome in Marseille.", "velodrome"),
    ("it", "Il Racing ha superato il Garonnais per 24-17 allo Stade de France di Saint-Denis.", "france"),
    ("uk", "Посолка у понеділок вручила документи у палаці Бельведер у Варшаві.", "belveder"),
]


@pytest.mark.parametrize("lang,text,key", VENUE_MATRIX)
def test_a_venue_noun_names_its_venue_whatever_the_recogniser_typed(lang, text, key):
    a = art("a", lang, text, [("Bessa", "PER"), ("Бельведер", "PER"), ("Stade de France", "PER")])
    venues = {f.key for f in facts(a, "where") if f.subject == "venue"}
    assert key in venues


def test_a_club_named_after_its_ground_is_no_venue():
    a = art("a", "it", "Il Racing ha superato lo Stade Garonnais per 24-17.")
    assert not [f for f in facts(a, "where") if f.subject == "venue"]


def test_two_venues_of_one_city_conflict_and_one_venue_in_two_forms_does_not():
    from newsweave.compare.slots import event_conflicts
    a = art("a", "es", "El concierto del sábado en el estadio do Dragão de Oporto fue cancelado.")
    b = art("b", "en", "The Saturday concert at the Estádio do Dragão in Porto was cancelled.")
    c = art("c", "de", "Das Konzert am Samstag im Stadion do Bessa in Porto wurde abgesagt.")
    assert [x.slot for x in event_conflicts([a, b])] == []
    assert "where" in [x.slot for x in event_conflicts([a, b, c])]


@pytest.mark.parametrize("lang,text,key", [
    ("ru", "Суд вчера признал Орию Венн виновной и приговорил её к семи годам заключения.", "7y"),
    ("uk", "Суд засудив Орію Венн до п'яти років ув'язнення.", "5y"),
    ("pl", "Sąd skazał Orię Venn na sześć lat więzienia.", "6y"),
    ("en", "Oria Venn was sentenced to 18 months in prison.", "1.5y"),
    ("es", "Oria Venn fue condenada a cinco años de prisión.", "5y"),
])
def test_sentences_in_words_in_any_case_and_in_months(lang, text, key):
    got = [f.key for f in facts(art("a", lang, text, [("Oria Venn", "PER")]), "outcome") if f.subject == "sentence"]
    assert got == [key]


def test_a_time_taken_in_hours_minutes_and_seconds_is_a_duration():
    from newsweave.compare.slots import event_conflicts
    a = art("a", "pl", "Oria Venn wygrała wczoraj maraton z czasem 2:07:55, poprawiając rekord trasy.", [("Oria Venn", "PER")])
    b = art("b", "de", "Oria Venn hat am Sonntag den Marathon in 2:09:55 Stunden gewonnen.", [("Oria Venn", "PER")])
    c = art("c", "en", "Oria Venn won the marathon on Sunday in 2:07:55.", [("Oria Venn", "PER")])
    assert [(f.subject, f.key) for f in facts(b, "how_many")] == [("duration", "2:09:55")]
    assert [x.subject for x in event_conflicts([a, b, c]) if x.slot == "how_many"] == ["duration"]
    assert [x for x in event_conflicts([a, c]) if x.slot == "how_many"] == []


def test_a_duration_beside_last_year_s_record_is_today_s():
    """A lead clause telling today's result and, in passing, last year's record: its time counts."""
    a = art("a", "en", "Oria Venn won the marathon on Sunday in 2:07:55, taking 46 seconds off the record set last year.",
            [("Oria Venn", "PER")])
    a.timexes.append(Timex(a.text.index("Sunday"), a.text.index("Sunday") + 6, "Sunday", "DATE", "2031-05-04"))
    assert [(f.subject, f.key) for f in facts(a, "how_many")] == [("duration", "2:07:55")]
