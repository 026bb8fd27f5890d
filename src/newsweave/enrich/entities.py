"""Named-entity mentions, one recognizer over several backends.

:class:`MentionRecognizer` splits an article's non-boilerplate text into regions by language
(``article.lang``, overridden where ``article.lang_segments`` says a segment is in another
language, e.g. a Ukrainian headline over a French body) and runs, per region, the backend its
language section (``lang.language(code).ner``) names:

=========  ==========================================================================
spacy      the spaCy package of ``NerSection.model`` (fr, en, es)
natasha    natasha's bundled slovnet NER (ru), plus rules for Latin-script names
rules      capitalised-sequence rules (``ner_rules``) with pymorphy3 / simplemma, the language's
           stop lists and role words, and a gazetteer (CLDR names + names this recognizer
           learned from the other languages of the corpus): uk de pl it bg cs sl ...
=========  ==========================================================================

Every mention gets a type (PER, ORG, LOC, EVT, PRO, MISC; GPE folded into LOC), a ``lemma``
(base form: pymorphy3 for ru/uk so "Зеленського" → "Зеленський", simplemma for other inflected
languages), ``attrs["lang"]`` and, for persons, ``attrs["roles"]``: titles/roles written next to
the name ("secrétaire du Conseil de sécurité", "dirigeant nord-coréen", "глава МИД").

What the model-backed languages find is learned by the recognizer (its :class:`LearnedNames`),
so one recognizer that reads the whole corpus types names in the rule-based languages better;
the learned names are state of that instance only, never of the process.
"""
from __future__ import annotations

import re

from ..link.translit import script_of
from ..model import Article, Mention
from .ner_demonyms import mark_demonyms
from .ner_diseases import mark_diseases
from .ner_gazetteer import LearnedNames
from .ner_keys import drop_key_names
from .ner_lang import TOKEN, is_role_word, ner_data, shared_cues
from .ner_lemma import lemmatize
from .ner_memo import natasha_output, spacy_output
from .ner_models import SPACY_TYPES
from .ner_quoted import quoted_names
from .ner_roles import TRIM, role_after, role_before
from .ner_lexicon import lexicon_word
from .ner_rules import rule_entities
from .ner_spans import (harmonise_types, join_org_and_place, propagate_surnames,
                        rejoin_person_tails, split_glued_heads, split_glued_persons,
                        trim_common_heads, trim_glued_common_words)

VERSION = "2"
_MODEL_BACKENDS = {"spacy", "natasha"}


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


def _backend(code: str | None, text: str,
             names: LearnedNames) -> tuple[list[tuple[int, int, str, bool]], set[str]]:
    """Spans from the language's backend, and a set of verb forms seen (for role phrases)."""
    sec = ner_data(code).section
    if sec.backend == "spacy" and sec.model:
        ents, verbs = spacy_output(sec.model, text)  # computed ahead in batches when possible
        return ([(s, e, SPACY_TYPES[label], False) for s, e, label in ents if label in SPACY_TYPES],
                set(verbs))
    if sec.backend == "natasha":
        spans = natasha_output(text)
        # natasha skips Latin-script names inside Russian text ("Brexit", "COVID-19", "Pfizer")
        extra = [s for s in rule_entities(text, code, names)
                 if script_of(text[s[0]:s[1]]) == "latin"
                 and not any(a < s[1] and s[0] < b for a, b, _, _ in spans)]
        return spans + extra, set()
    return rule_entities(text, code, names), set()


_PAREN_OPEN = re.compile(r"\s*[(\[]\s*")


def _cut_at_breaks(chunk: str, spans: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str, bool]]:
    """A model span never runs over a line break (the first line keeps it: "Биби\n\nЕсли Вы"),
    and a parenthesis inside it opens a second name: "Техрик-э-Лабаик (TLP" is the party and
    its acronym, "Ашик Масих (Ashiq Masih" a name and its original spelling, each a mention
    (a comma inside the parenthesis separates names again)."""
    out = []
    for a, b, typ, after in spans:
        nl = chunk.find("\n", a, b)
        if nl > a:
            b = nl
        m = _PAREN_OPEN.search(chunk, a, b)
        if m is None or m.start() <= a:
            out.append((a, b, typ, after))
            continue
        out.append((a, m.start(), typ, after))
        pos = m.end()
        for part in re.finditer(r"[^,;]+", chunk[pos:b]):
            if re.search(r"[^\W\d_]", part.group()) and part.group().strip()[:1].isupper():
                out.append((pos + part.start(), pos + part.end(), typ, False))
    return out


def _clean_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    # possessive 's / elided article l' d' at the front
    m = re.match(r"(?i)(l|d|qu|j|s)['’](?=\w)", text[s:e])
    if m:
        s += m.end()
    if re.search(r"['’]s$", text[s:e]):
        e -= 2
    return s, e



class MentionRecognizer:
    """The multilingual entity recognizer (implements ``components.EntityRecognizer``).

    Holds the names it learned from earlier articles (:attr:`names`): feed it a corpus in one
    order and it types names of the rule-based languages with what the model-backed ones found.
    Make one per pipeline (or per benchmark run); a fresh one knows only the static gazetteer."""

    name = "newsweave.ner.multilingual"
    version = VERSION
    requires = ("text", "lang", "lang_segments", "boilerplate")
    assigns = ("entities",)

    def __init__(self, names: LearnedNames | None = None) -> None:
        self.names = names if names is not None else LearnedNames()

    def recognize(self, article: Article) -> list[Mention]:
        """Named-entity mentions of ``article`` (boilerplate skipped), sorted by offset."""
        out: list[Mention] = []
        read: list[tuple[int, int, str | None]] = []
        for rs, re_, code in regions(article):
            chunk = article.text[rs:re_]
            if not chunk.strip() or not re.search(r"[^\W\d_]", chunk):
                continue
            code = code or guess_lang(chunk)
            read.append((rs, re_, code))
            out.extend(self._region_mentions(chunk, rs, code))
        out.sort(key=lambda m: (m.start, m.end))
        drop_key_names(article, out)  # "нажмите Ctrl+Enter"
        split_glued_persons(article, out)
        split_glued_heads(article, out)
        trim_common_heads(article, out)
        trim_glued_common_words(article, out)
        join_org_and_place(article, out)
        rejoin_person_tails(article, out)
        propagate_surnames(article, out)
        harmonise_types(out)
        mark_diseases(article, out)
        mark_demonyms(article, out)
        quoted_names(article, out, read)  # "вакцина «Спутник V»" (after diseases: "КОВИД-Вак")
        # cross-lingual propagation: what the model-backed languages find types the rule-based ones
        self.learn([m for m in out if ner_data(m.attrs.get("lang")).section.backend in _MODEL_BACKENDS
                    and m.type in ("PER", "LOC", "ORG")])
        return out

    def learn(self, mentions: list[Mention]) -> None:
        """Remember the names of ``mentions`` (and persons' surnames alone) for later articles."""
        names = []
        for m in mentions:
            base = m.lemma or m.text
            names.append((base, m.type, m.attrs.get("lang")))
            words = base.split()
            if m.type == "PER" and len(words) >= 2 and len(words[-1]) >= 3:
                names.append((words[-1], "PER", m.attrs.get("lang")))  # the surname alone
        self.names.learn(names)

    def _region_mentions(self, chunk: str, offset: int, code: str | None) -> list[Mention]:
        spans, verbs = _backend(code, chunk, self.names)
        conn = ner_data(code).conn
        out: list[Mention] = []
        prev_end = 0
        spans = sorted(_cut_at_breaks(chunk, spans))
        person_starts = {a for a, _, typ, _ in spans if typ == "PER"}
        for a, b, typ, _after_role in spans:  # (spans grows while iterating: split conjuncts)
            a, b = _clean_span(chunk, a, b)
            if b <= a or not re.search(r"[^\W\d_]", chunk[a:b]):
                continue
            roles: list[str] = []
            # a role word swallowed at the front of the span ("Président Macron")
            words = list(TOKEN.finditer(chunk[a:b]))
            stop = ner_data(code)
            while len(words) > 1 and (words[0].group() in stop.stop
                                      or words[0].group().lower() in stop.stop_folded
                                      or words[0].group() in stop.section.articles):
                a = a + words[1].start()  # an article a model took in ("El ministro X", "the UN")
                words = list(TOKEN.finditer(chunk[a:b]))
            while len(words) > 1 and is_role_word(words[0].group(), code) \
                    and words[1].group()[:1].isupper():
                roles.append(words[0].group())
                a = a + words[1].start()
                words = list(TOKEN.finditer(chunk[a:b]))
                typ = "PER" if typ == "MISC" else typ
            first_cap = next((i for i, c in enumerate(chunk[a:b]) if c.isupper()), None) \
                if chunk[a:a + 1].islower() else None  # (the capital after "l'" counts)
            if first_cap and is_role_word(words[0].group(), code) \
                    and _portfolio_front(chunk, a + first_cap, b, code):
                a += first_cap  # "[ministre de l'Intérieur X Y]" read whole as one organisation
            cut = _portfolio_front(chunk, a, b, code)
            if cut:  # "ministro de Energía Elnur Mammadov": the title's portfolio, then the name
                roles.append(chunk[a:a + cut].strip())
                a += cut
                words = list(TOKEN.finditer(chunk[a:b]))
                typ = "PER"  # (the portfolio follows a title: what remains is its holder)
            hm = shared_cues().honorific.match(chunk[a:b])
            if hm and b - a > hm.end():
                a += hm.end()
            if typ in ("LOC", "ORG", "MISC") and chunk[a:a + 1].islower():
                # "région de Koursk" → "Koursk" (a lower-case head noun is no part of the name)
                first_cap = _first_capital(chunk, a, b)
                if first_cap is None:
                    continue
                if typ == "LOC":
                    a += first_cap
            elif typ == "PER" and chunk[a:a + 1].islower():
                first_word = TOKEN.match(chunk, a)
                if not (first_word and first_word.group() in conn):
                    first_cap = _first_capital(chunk, a, b)
                    if first_cap is None:
                        continue
                    a += first_cap  # "letton Berzins" → "Berzins"
            if typ in ("PER", "MISC") and chunk[a:a + 1].islower():
                first_cap = _first_capital(chunk, a, b)  # "viceministra Olena Márchenko ..."
                if first_cap is None:
                    continue
                a += first_cap
            tail = list(TOKEN.finditer(chunk[a:b]))
            while len(tail) > 1 and tail[-1].group()[:1].islower() and tail[-1].group() not in conn \
                    and typ in ("PER", "MISC") and not _PARTICLE_NAME.match(tail[-1].group()):
                b = a + tail[-2].end()  # "... Márchenko agradeció": a verb is no part of a name
                tail.pop()
            while len(tail) > 1 and tail[-1].group() in conn:
                b = a + tail[-2].end()  # "Conseil de sécurité de la" → "Conseil de sécurité"
                tail.pop()
            surface = chunk[a:b]
            if surface in ner_data(code).stop or (len(surface) < 2):
                continue
            if typ == "PER":
                cm = shared_cues().conjunction.search(surface)
                if cm and surface[cm.end():cm.end() + 1].isupper():
                    spans.append((a + cm.end(), b, "PER", False))  # "Kim et Shoigu": two people
                    b = a + cm.start()
                    surface = chunk[a:b]
            person_shaped = typ in ("ORG", "MISC") and 2 <= len(words) <= 3 \
                and all(w.group()[:1].isupper() and not w.group().isupper() for w in words) \
                and not self.names.known_type(surface, code) \
                and b + 1 not in person_starts  # (a title's role is the person's after it)
            if typ == "PER" or person_shaped:
                roles += [r for r in (role_before(chunk, a, code, verbs, prev_end),
                                      role_after(chunk, b, code, verbs)) if r]
                if person_shaped and roles:
                    typ = "PER"  # "Chancellor Olaf Scholz" tagged ORG by a small model
            m = Mention(offset + a, offset + b, surface, typ, lemma=lemmatize(surface, code),
                        attrs={"lang": code} if code else {})
            if roles:
                m.attrs["roles"] = list(dict.fromkeys(roles))
            out.append(m)
            if typ == "PER":
                prev_end = b
        return out


_PARTICLE_NAME = re.compile(r"\w+[-‑'’]\w*[^\W\d_]")  # "al-Gaddafi", "d'Alema": inside a name
_PORTFOLIO_LINK = re.compile(r"(?i)(?:\b(?:de|del|des|di|della|delle|dello|dei|degli|of|for)\s+"
                             r"(?:la\s+|l['’]\s*)?|\bde\s+l['’]|\bdell['’])$")


def _portfolio_front(chunk: str, a: int, b: int, code: str | None) -> int:
    """Length of a title's portfolio glued to the front of a person's span ("ministro de
    [Energía Elnur Mammadov]", "ministre des [Mines Joaquín Herrera]", "ministro delle [Miniere
    ...]"): one capitalised common word after a role word and "of"/"de", followed by at least two
    capitalised words; 0 when there is none."""
    conn = ner_data(code).conn  # (particles inside the holder's name: "Salah al Din Karim")
    words = list(TOKEN.finditer(chunk[a:b]))
    named = [w for w in words if w.group() not in conn]
    if len(named) < 3 or not all(w.group()[:1].isupper() for w in named[:3]) \
            or not words[1].group()[:1].isupper():
        return 0
    before = chunk[max(0, a - 40):a]
    link = _PORTFOLIO_LINK.search(before.rstrip() + (" " if before[-1:].isspace() else ""))
    if link is None:
        return 0
    prev = list(TOKEN.finditer(before[:link.start()]))
    if not prev or not is_role_word(prev[-1].group(), code):
        return 0
    first = words[0].group()
    if not lexicon_word(first, code):
        return 0  # an unknown word may be a given name: only a dictionary noun is cut
    return words[1].start()


def _first_capital(chunk: str, a: int, b: int) -> int | None:
    """Offset (from ``a``) of the first capitalised word of ``chunk[a:b]``, else None."""
    return next((w.start() for w in TOKEN.finditer(chunk[a:b]) if w.group()[:1].isupper()), None)


def extract_mentions(article: Article, recognizer: MentionRecognizer | None = None) -> list[Mention]:
    """Mentions of one article by ``recognizer`` (a fresh one when None: nothing learned from
    other articles; pass the pipeline's recognizer to keep cross-lingual propagation)."""
    return (recognizer or MentionRecognizer()).recognize(article)
