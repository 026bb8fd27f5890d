"""Quote and attribution extraction on short texts written for these tests."""
from __future__ import annotations

import pytest

from newsweave.enrich.quotes import extract_quotes, find_quote_spans
from newsweave.model import Article, Mention


def _art(text: str, lang: str, mentions=()) -> Article:
    return Article(id="t", text=text, lang=lang, source="Test", entities=list(mentions))


def _direct(quotes):
    return [q for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize("text,inner", [
    ("Elle a dit : « Nous partirons demain matin. »", "Nous partirons demain matin."),
    ("He said: “We will rebuild the bridge this year.”", "We will rebuild the bridge this year."),
    ("Er sagte: „Wir bauen die Brücke bald neu.“", "Wir bauen die Brücke bald neu."),
    ("Вона сказала: „Ми відновимо міст цього року”.", "Ми відновимо міст цього року"),
    ("Il a ajouté : ‹ Le pont sera prêt en mai. ›", " Le pont sera prêt en mai. "),
    ('She said: "The bridge will be rebuilt soon."', "The bridge will be rebuilt soon."),
    ("He said: 'the bridge will be rebuilt soon' and left.", "the bridge will be rebuilt soon"),
])
def test_quote_styles(text, inner):
    spans = find_quote_spans(text)
    assert len(spans) == 1
    s, e = spans[0]
    assert text[s + 1:e - 1].strip() == inner.strip()


def test_apostrophes_are_not_quotes():
    text = "The mayor's office didn't say l'avenue was closed, and the kids' park stayed open."
    assert find_quote_spans(text) == []


def test_nested_quotes_keep_outer_span():
    text = "Il a dit : « Ils parlent de „paix“ sans y croire. »"
    spans = find_quote_spans(text)
    assert len(spans) == 1 and text[spans[0][0]] == "«" and text[spans[0][1] - 1] == "»"


def test_speaker_after_quote_inverted_fr():
    a = _art("« Les échanges ont été francs », a déclaré l'ambassade suédoise à Oslo sur X.", "fr")
    q, at = extract_quotes(a)
    d = _direct(q)
    assert len(d) == 1
    assert d[0].speaker == "ambassade suédoise"
    assert d[0].cue == "déclaré"
    assert any(x.kind == "embassy" for x in at)


def test_speaker_after_quote_en_subject_verb():
    a = _art("“The road will reopen on Friday,” the transport minister said.", "en")
    d = _direct(extract_quotes(a)[0])
    assert d and d[0].speaker == "transport minister" and d[0].cue == "said"


def test_speaker_resolves_to_entity_and_pronoun_to_last_person():
    text = "Olga Marenko est arrivée hier. « Nous voulons un accord rapide », a-t-elle affirmé."
    a = _art(text, "fr", [Mention(0, 12, "Olga Marenko", "PER", entity="E7", name="Olga Marenko")])
    d = _direct(extract_quotes(a)[0])
    assert d and d[0].entity == "E7" and d[0].speaker == "Olga Marenko"


def test_russian_dash_speaker_pronoun():
    text = "Пётр Волков вышел к прессе. «Мы продолжим работу», — сказал он журналистам."
    a = _art(text, "ru", [Mention(0, 11, "Пётр Волков", "PER", entity="E9")])
    d = _direct(extract_quotes(a)[0])
    assert d and d[0].entity == "E9" and d[0].cue == "сказал"


def test_speaker_before_quote_matches_mention():
    text = "Le maire Henri Duval a déclaré : « La piscine rouvrira en juillet. »"
    a = _art(text, "fr", [Mention(9, 20, "Henri Duval", "PER", entity="E1")])
    d = _direct(extract_quotes(a)[0])
    assert d and d[0].speaker == "Henri Duval" and d[0].entity == "E1"
    assert d[0].content == (text.index("La piscine"), text.index(" »"))


@pytest.mark.parametrize("text,lang,speaker,cue", [
    ("Le ministre a déclaré que la frontière resterait fermée.", "fr", "ministre", "déclaré"),
    ("The governor said that the dam was safe.", "en", "governor", "said"),
    ("Губернатор заявил, что плотина в безопасности.", "ru", "Губернатор", "заявил"),
    ("Міністр заявив, що кордон залишиться закритим.", "uk", "Міністр", "заявив"),
    ("El alcalde dijo que el puente estaba cerrado.", "es", "alcalde", "dijo"),
    ("Der Minister sagte, dass die Grenze offen bleibt.", "de", "Minister", "sagte"),
])
def test_indirect_speech_that(text, lang, speaker, cue):
    q, _ = extract_quotes(_art(text, lang))
    ind = [x for x in q if x.kind == "indirect"]
    assert len(ind) == 1
    assert ind[0].speaker == speaker and ind[0].cue == cue
    assert ind[0].content is not None and ind[0].content[0] > text.index(cue)


@pytest.mark.parametrize("text,lang,source,kind", [
    ("Selon Reuters, le barrage a cédé dans la nuit.", "fr", "Reuters", "agency"),
    ("According to the health ministry, twelve people were hurt.", "en", "health ministry", "ministry"),
    ("За даними Укрінформу, вибух стався вночі.", "uk", "Укрінформу", "agency"),
    ("По данным Министерства обороны, удар отражён.", "ru", "Министерства обороны", "ministry"),
    ("Según fuentes diplomáticas, la reunión duró tres horas.", "es", "fuentes diplomáticas", "anonymous"),
    ("Laut Experten ist der Damm stabil.", "de", "Experten", "expert"),
    ("Dem Ministerium zufolge gab es keine Verletzten.", "de", "Ministerium", "ministry"),
    ("Le barrage a cédé dans la nuit, a rapporté Interfax.", "fr", "Interfax", "agency"),
    ("The dam failed overnight, Reuters reported.", "en", "Reuters", "agency"),
    ("Le pont a été fermé mardi, citant des sources locales.", "fr", "sources locales", "anonymous"),
])
def test_attributions(text, lang, source, kind):
    _, at = extract_quotes(_art(text, lang))
    assert [(a.source, a.kind) for a in at] == [(source, kind)]


def test_boilerplate_is_skipped():
    text = "« Abonnez-vous à notre lettre », a déclaré la rédaction.\nLe maire a dit que tout allait bien."
    a = _art(text, "fr")
    a.boilerplate = [(0, text.index("\n"))]
    q, _ = extract_quotes(a)
    assert all(x.start > text.index("\n") for x in q)


def test_scare_quote_is_not_a_quote():
    q, _ = extract_quotes(_art("Les troupes ont annoncé la « libération » de la ville hier soir.", "fr"))
    assert _direct(q) == []


def test_hostile_and_degenerate_texts_do_not_break():
    from hypothesis import given, settings, strategies as st

    alphabet = st.sampled_from(list("ab «»“”„‹›\"'‘’,.:;—-\n") + ["a dit", " said ", "Selon X", "заявил"])

    @settings(max_examples=150, deadline=None)
    @given(st.lists(alphabet, max_size=60).map("".join), st.sampled_from(["fr", "en", "ru", None]))
    def check(text, lang):
        quotes, atts = extract_quotes(Article(id="h", text=text, lang=lang))
        for q in quotes:
            assert 0 <= q.start < q.end <= len(text)
            if q.content:
                assert q.start <= q.content[0] <= q.content[1] <= q.end
            if q.speaker_span:
                assert 0 <= q.speaker_span[0] < q.speaker_span[1] <= len(text)
        for a in atts:
            assert 0 <= a.start < a.end <= len(text) and a.source

    check()


# ---------------------------------------------------------------- Italian and Polish (lang/it.py, lang/pl.py)
def _mention(text: str, surface: str, typ: str = "PER") -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, typ, name=surface)


def test_italian_quote_with_speaker():
    text = "«Il ponte riaprirà entro l'estate», ha dichiarato il sindaco Paolo Ferri ai giornalisti."
    q, _ = extract_quotes(_art(text, "it", [_mention(text, "Paolo Ferri")]))
    d = _direct(q)
    assert len(d) == 1 and d[0].speaker == "Paolo Ferri" and d[0].cue == "dichiarato"


def test_italian_indirect_speech_and_according_to():
    text = ("La ministra Giulia Conti ha detto che il porto resterà chiuso. "
            "Secondo l'agenzia ANSA, i lavori dureranno tre mesi.")
    q, at = extract_quotes(_art(text, "it", [_mention(text, "Giulia Conti")]))
    ind = [x for x in q if x.kind == "indirect"]
    assert [(x.speaker, x.cue) for x in ind] == [("Giulia Conti", "detto"), ("agenzia ANSA", "Secondo")]
    assert any(a.kind == "agency" and a.cue == "Secondo" for a in at)


def test_polish_quote_with_speaker():
    text = "„Most zostanie otwarty jesienią” – powiedział burmistrz Jan Kowalski."
    q, _ = extract_quotes(_art(text, "pl", [_mention(text, "Jan Kowalski")]))
    d = _direct(q)
    assert len(d) == 1 and d[0].speaker == "Jan Kowalski" and d[0].cue == "powiedział"


def test_polish_indirect_speech_and_according_to():
    text = ("Minister Anna Nowak oświadczyła, że granica pozostanie otwarta. "
            "Według ministerstwa zdrowia, szpital przyjął dwunastu pacjentów.")
    q, at = extract_quotes(_art(text, "pl", [_mention(text, "Anna Nowak")]))
    ind = [x for x in q if x.kind == "indirect"]
    assert [(x.speaker, x.cue) for x in ind] == [("Anna Nowak", "oświadczyła"),
                                                  ("ministerstwa zdrowia", "Według")]
    assert any(a.kind == "ministry" for a in at)


@pytest.mark.parametrize("text,lang", [
    ("À Valmont, on a annoncé « la fin des travaux » dans le quartier du port.", "fr"),
    ("In Dorheim hat man „einen großen Erfolg“ gemeldet, hieß es am Abend.", "de"),
])
def test_an_impersonal_pronoun_is_no_speaker(text, lang):
    quotes, atts = extract_quotes(_art(text, lang))
    assert all((q.speaker or "").casefold() not in ("on", "man") for q in quotes)
    assert all(a.source.casefold() not in ("on", "man") for a in atts)


def _person(text: str, name: str, entity: str, roles=None) -> Mention:
    s = text.index(name)
    return Mention(s, s + len(name), name, "PER", entity=entity, name=name,
                   attrs={"roles": roles} if roles else {})


@pytest.mark.parametrize("text,lang,first,later", [
    ("Le ministre de la Santé Paul Vidal est arrivé mardi. Selon Vidal, l'hôpital rouvrira.",
     "fr", "Paul Vidal", "Vidal"),
    ("Health Minister Nora Lind arrived on Tuesday. According to Lind, the clinic will reopen.",
     "en", "Nora Lind", "Lind"),
    ("Министр здравоохранения Олег Карин прибыл во вторник. По словам Карина, клиника откроется.",
     "ru", "Олег Карин", "Карина"),
])
def test_a_person_cited_by_surname_keeps_the_office_the_text_gives_them(text, lang, first, later):
    # the title sits on the first mention only; the attribution names the same entity later
    ments = [_person(text, first, "E1", roles=["minister"]), _person(text, later, "E1")]
    _, at = extract_quotes(_art(text, lang, ments))
    assert [(a.source, a.kind, a.entity) for a in at] == [(later, "official", "E1")]


def test_a_named_person_without_an_office_is_a_person_source():
    text = "Marta Solis a visité l'usine lundi. Selon Marta Solis, la production reprendra en mai."
    first = _person(text, "Marta Solis", "E2")
    s = text.rindex("Marta Solis")
    later = Mention(s, s + 11, "Marta Solis", "PER", entity="E2", name="Marta Solis")
    _, at = extract_quotes(_art(text, "fr", [first, later]))
    assert [(a.source, a.kind) for a in at] == [("Marta Solis", "person")]
