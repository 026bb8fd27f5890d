"""Corrections of a whole article's mention list after the backends ran: spans that glue two
names are cut, surnames the backend missed are added, one person's types are made to agree."""
from __future__ import annotations

import re
from collections import Counter

from ..link.translit import skeleton
from ..model import Article, Mention
from . import lemma_dicts
from . import ner_gazetteer as gaz
from .ner_lang import TOKEN, ner_data
from .ner_lemma import lemmatize
from .ner_org_words import type_word_concepts
from .ner_roles import TRIM
from .ner_lexicon import lexicon_word


def split_glued_heads(article: Article, mentions: list[Mention]) -> None:
    """A person span that starts with a known non-person name ("министъра по Брекзит Дейвид
    Дейвис" → "Брекзит Дейвид Дейвис", "Европейския съвет Доналд Туск") is cut in two: the
    head keeps the type it has elsewhere in the article (or in the gazetteer), the tail of at
    least two capitalised words is the person."""
    nonper: dict[str, str] = {}
    for m in mentions:
        if m.type != "PER":
            nonper.setdefault(m.text, m.type)
            if m.lemma:
                nonper.setdefault(m.lemma, m.type)
    text = article.text
    added = []
    for m in mentions:
        if m.type != "PER":
            continue
        words = list(TOKEN.finditer(m.text))
        if len(words) < 3:
            continue
        lang = m.attrs.get("lang")
        for k in range(1, len(words) - 1):
            tail_words = words[k:]
            if not all(w.group()[:1].isupper() for w in tail_words):
                continue
            head = m.text[:words[k - 1].end()]
            typ = nonper.get(head) or nonper.get(lemmatize(head, lang))
            if typ is None:
                kt = gaz.static_type(head, lang) or gaz.static_type(lemmatize(head, lang), lang)
                typ = kt if kt and kt != "PER" else None
            if typ is None:
                continue
            cut = m.start + words[k].start()
            tail = text[cut:m.end]
            added.append(Mention(cut, m.end, tail, "PER", lemma=lemmatize(tail, lang),
                                 attrs=dict(m.attrs)))
            m.end = m.start + words[k - 1].end()
            m.text = text[m.start:m.end]
            m.lemma, m.type = lemmatize(m.text, lang), typ
            m.attrs.pop("roles", None)
            break
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda m: (m.start, m.end))


def split_glued_persons(article: Article, mentions: list[Mention]) -> None:
    """A non-person span that ends with a person named elsewhere in the article ("Conseil de
    sécurité russe Shoigu") is cut in two: the organisation/place and the person."""
    people: set[str] = set()
    for m in mentions:
        if m.type == "PER":
            people.add(m.text)
            words = m.text.split()
            if len(words) >= 2:
                people.add(words[-1])
    if not people:
        return
    text = article.text
    added = []
    for m in mentions:
        if m.type == "PER":
            continue
        words = list(TOKEN.finditer(m.text))
        for k in range(1, len(words)):
            tail = m.text[words[k].start():]
            if tail in people and words[k].group()[:1].isupper():
                cut = m.start + words[k].start()
                lang = m.attrs.get("lang")
                added.append(Mention(cut, m.end, tail, "PER", lemma=lemmatize(tail, lang),
                                     attrs={"lang": lang} if lang else {}))
                head_end = m.start + len(text[m.start:cut].rstrip(TRIM))
                m.end, m.text = head_end, text[m.start:head_end]
                m.lemma = lemmatize(m.text, lang)
                if m.type == "MISC" and not any(w.group()[:1].isupper()
                                                for w in list(TOKEN.finditer(m.text))[1:]):
                    m.end = m.start  # what a model glued before the person opened the sentence
                    # ("Más tarde [Tsiklauri]"): no name of its own
                break
    if added:
        mentions[:] = [m for m in mentions if m.end > m.start] + added
        mentions.sort(key=lambda m: (m.start, m.end))


def propagate_surnames(article: Article, mentions: list[Mention]) -> None:
    """Later bare occurrences of a person's surname the backend missed ("Stubb said ...")."""
    text = article.text
    taken = [(m.start, m.end) for m in mentions]
    surnames: dict[str, Mention] = {}
    for m in mentions:
        words = m.text.split()
        if m.type == "PER" and len(words) >= 2 and len(words[-1]) >= 3 and words[-1][:1].isupper():
            surnames.setdefault(words[-1], m)
    if not surnames:
        return
    body = article.body_spans()
    added = []
    rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(s) for s in surnames) + r")(?![\w-])")
    for hit in rx.finditer(text):
        s, e = hit.span()
        if any(a < e and s < b for a, b in taken) or not any(a <= s and e <= b for a, b in body):
            continue
        src = surnames[hit.group(1)]
        added.append(Mention(s, e, hit.group(1), "PER", lemma=lemmatize(hit.group(1), src.attrs.get("lang")),
                             attrs={"lang": src.attrs.get("lang")} if src.attrs.get("lang") else {}))
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda m: (m.start, m.end))


def harmonise_types(mentions: list[Mention]) -> None:
    """A one-word mention equal to the surname of a multi-word person name in the same article
    is that person ("Scholz" after "Olaf Scholz"), whatever type the backend gave it, unless the
    gazetteer spells a place so in that language ("Kuba" = Cuba in Czech; a near match such as
    "Zeman"/"Kajman" does not count); so is one equal to the given name ("Georgia" stays)."""
    parts: set[str] = set()
    given: set[str] = set()
    for m in mentions:
        if m.type == "PER":
            toks = (m.lemma or m.text).split()
            if len(toks) >= 2:
                parts.add(skeleton(toks[-1], m.attrs.get("lang")))
                given.add(skeleton(toks[0], m.attrs.get("lang")))
    if not parts:
        return
    for m in mentions:
        if m.type != "PER" and " " not in m.text.strip() and not m.text.isupper():
            lang, base = m.attrs.get("lang"), m.lemma or m.text
            key = skeleton(base, lang)
            if key in parts and not (gaz.spelled_as_entry(base, lang) or gaz.spelled_as_entry(m.text, lang)):
                m.type = "PER"  # (a near gazetteer name is no evidence: "Zeman" is no "Kajman")
            elif key in given and not gaz.spelled_as_entry(base, lang) \
                    and not gaz.spelled_as_entry(m.text, lang):
                m.type = "PER"  # the given name alone ("Ася" after "Ася Биби"), near a place name


def join_org_and_place(article: Article, mentions: list[Mention]) -> None:
    """An organisation followed by the place it belongs to is one name where the language
    joins them so ("Верховный суд" + "Пакистана", "Върховният съд" + " на " + "Пакистан"):
    the place is part of the organisation's full name, not a mention of its own."""
    text = article.text
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "ORG" and m.type == "LOC" and not m.attrs.get("roles") \
                and prev.attrs.get("lang") == m.attrs.get("lang") \
                and text[prev.end:m.start] in ner_data(m.attrs.get("lang")).section.org_place_gaps:
            lang = prev.attrs.get("lang")
            prev.end, prev.text = m.end, text[prev.start:m.end]
            prev.lemma = lemmatize(prev.text, lang)
            continue
        out.append(m)
    mentions[:] = out


def rejoin_person_tails(article: Article, mentions: list[Mention]) -> None:
    """Adjacent mentions that together spell the last words of a person the article names in
    full ("García" + "Márquez" after "María José García Márquez", cut apart because each
    word is also a place somewhere) are that person: one mention, typed PER."""
    tails: set[str] = set()
    for m in mentions:
        words = m.text.split()
        if m.type == "PER" and len(words) >= 3:
            tails |= {" ".join(words[k:]) for k in range(1, len(words) - 1)}
    if not tails:
        return
    text = article.text
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:m.start] == " " \
                and any(t == text[prev.start:m.end] or t.startswith(text[prev.start:m.end] + " ")
                        for t in tails):
            lang = prev.attrs.get("lang")
            prev.end, prev.text, prev.type = m.end, text[prev.start:m.end], "PER"
            prev.lemma = lemmatize(prev.text, lang)
            continue
        out.append(m)
    mentions[:] = out


def _common_head(word: str, lang: str | None) -> bool:
    """A dictionary common noun written with a capital (sentence start, a German noun, a
    portfolio): no place, no name the gazetteer knows, no organisation's type word."""
    if not word[:1].isupper() or word.isupper() or not lexicon_word(word, lang) \
            or gaz.static_type(word, lang) or gaz.lookup(word, lang) \
            or type_word_concepts(word, lang) is not None:
        return False
    lem = lemma_dicts.lemmatize(word, lang)
    # a noun keeps its capital in its lemma only where the language capitalises nouns
    return lem[:1].isupper() == bool(ner_data(lang).section.capitalised_nouns)


def _place_tail(tail: str, lang: str | None, named: dict[str, str]) -> str | None:
    """The type of ``tail`` when it is a name of its own: a gazetteer place or institution
    (also with a genitive -s of a capitalised-noun language: "Chinas"), or a non-person name
    the article mentions alone."""
    forms = [tail, lemmatize(tail, lang)]
    if ner_data(lang).section.capitalised_nouns and tail.endswith("s"):
        forms.append(tail[:-1])
    for f in forms:
        hit = gaz.lookup(f, lang)
        if hit and hit[1] in ("LOC", "ORG"):
            return hit[1]
    return named.get(tail)


def trim_common_heads(article: Article, mentions: list[Mention]) -> None:
    """A non-person span that starts with capitalised common nouns glued to a name ("Tropas de
    Polonia" at a sentence start, "Sonntag Odessa", "Exportgrenzen Japan", "Süden Chinas") is
    cut to the name when the rest is a place/institution of the gazetteer or a name the article
    uses alone; a span the gazetteer knows whole ("Republika Czeska") stays."""
    named = {m.text: m.type for m in mentions if m.type in ("LOC", "ORG") and " " not in m.text}
    text = article.text
    for m in mentions:
        if m.type == "PER":
            continue
        lang = m.attrs.get("lang")
        words = list(TOKEN.finditer(m.text))
        if len(words) < 2 or gaz.lookup(m.text, lang) or gaz.lookup(m.lemma or m.text, lang):
            continue
        conn = ner_data(lang).conn
        k = 0
        while k < len(words) - 1 and _common_head(words[k].group(), lang):
            k += 1
        j = k
        while j < len(words) - 1 and words[j].group().lower() in conn:
            j += 1
        if k == 0 or not words[j].group()[:1].isupper():
            continue
        tail = m.text[words[j].start():]
        typ = _place_tail(tail, lang, named)
        if typ is None:
            continue
        m.start += words[j].start()
        m.text = text[m.start:m.end]
        m.lemma, m.type = lemmatize(m.text, lang), typ


def trim_glued_common_words(article: Article, mentions: list[Mention]) -> None:
    """A name glued to a capitalised common word — a sentence opener before it ("Piloti
    Ryanairu", "Případ Bibiové") or the first word of the next sentence where a caption, a
    dateline or a headline lacks its full stop ("foto: Reuters Stávka na ...", "Ryanair
    Prezes irlandzkich linii") — loses that word when the rest is a mention of its own
    elsewhere in the article (as written or by lemma; before a word after it, a place or an
    organisation) and the glued span is met once (a name
    that recurs whole, "Асия Биби", is a name whatever its words mean)."""
    alone: set[str] = set()
    bodies: set[str] = set()  # names of places and organisations
    whole: dict[str, int] = {}
    for m in mentions:
        forms = {m.text, m.lemma} - {None, ""}
        alone |= forms
        if m.type != "PER":
            bodies |= forms
        whole[m.text] = whole.get(m.text, 0) + 1
    person_words = Counter(w for m in mentions if m.type == "PER" for w in m.text.split())
    text = article.text
    for m in mentions:
        words = list(TOKEN.finditer(m.text))
        if len(words) < 2 or whole[m.text] > 1 or text.count(m.text) > 1:
            continue
        lang = m.attrs.get("lang")

        def named(part: str, among: set[str]) -> bool:
            return part in among or lemmatize(part, lang) in among

        first, last = words[0].group(), words[-1].group()
        if _common_head(first, lang) and _opens_sentence(text, m.start) \
                and named(m.text[words[1].start():], alone):
            m.start += words[1].start()
        elif _common_head(last, lang) and re.match(r" [^\W\d_]", text[m.end:m.end + 2]) \
                and text[m.end + 1:m.end + 2].islower() and named(m.text[:words[-2].end()], bodies) \
                and person_words[m.text[:words[-2].end()]] <= (m.type == "PER") \
                and not (len(words) == 2 and lexicon_word(first, lang)
                         and not gaz.spelled_as_entry(first, lang)):
            # (a place or organisation no person's name holds, no word of the lexicon such
            # as a given name: a surname may be a common word, "Jan Kočka")
            m.end = m.start + words[-2].end()
        else:
            continue
        m.text = text[m.start:m.end]
        m.lemma = lemmatize(m.text, lang)


def _opens_sentence(text: str, pos: int) -> bool:
    """Does a sentence (or a line, or a caption field) begin at ``pos``?"""
    before = text[max(0, pos - 3):pos].rstrip(" \t\"«„“'(")
    return not before or before[-1] in ".!?:;|\n"
