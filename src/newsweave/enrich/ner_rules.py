"""Rule-based NER for languages without a packaged model (uk, de, pl, it, bg, cs, sl, ...).

Capitalised-word sequences, filtered by the language's ``NerSection``:

- stop words (``stop``) and role words (``roles``), which are cut off the front of a name;
- a sentence-initial word is kept only when it is evidently a name: it is capitalised mid-sentence
  elsewhere in the text, the gazetteer holds this very spelling in this language (static names +
  names the recognizer learned from other languages of the corpus; a near match such as
  "Samo"/"Samoa" is no evidence), pymorphy3 tags it as a name/surname/place/organisation, or
  simplemma does not know it as a common word and it is capitalised elsewhere in the text
  (inflected or not), written in another script or holds a digit; a capitalised adjective of a place
  ("Pákistánská") and a caption label ("Foto:", "Zdroj:") are no names;
- a language that capitalises all nouns (``capitalised_nouns``, German): a capitalised noun
  the lexicon knows is a name only inside a longer name or when the gazetteer knows it.

Types come from the gazetteer, pymorphy3 grammemes (Name/Surn/Patr → PER, Geox → LOC,
Orgn → ORG), organisation words (``org_words``), acronyms (ORG) and shape (2–3 title-case words
→ PER, else LOC).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..lang.schema import HYPHENED_NAME_PARTICLES
from ..link.translit import script_of
from . import lemma_dicts
from . import ner_gazetteer as gaz
from .ner_codes import is_code
from .ner_diseases import disease_of
from .ner_gazetteer import LearnedNames
from .ner_lang import TOKEN, is_role_word, ner_data
from .ner_lemma import lemmatize
from .ner_lexicon import (_CYRILLIC_LOWER, _SIMPLEMMA_LANGS, _common_word,
                          _known_as_written, _morph_type, _morphology, _proper_in_lexicon,
                          _pymorphy_tags, compound_noun, lexicon_word)
from .ner_org_words import type_word_concepts
from .ner_split import _ROMAN, _acronym_of_a_place, _person_after_common, _split

_VOWEL = re.compile("[aeiouyáéíóúýěůäöüаеиоуыэюяіїєёъ]")


def _adjective(word: str, code: str | None) -> bool:
    rx = ner_data(code).adjective
    return bool(rx and rx.search(word.lower()))


def _place_adjective(word: str, code: str | None) -> bool:
    """A capitalised adjective formed on a place name ("Pákistánská", "Ірландський"): Slavic
    languages write these in lower case, so a capital only marks a sentence start."""
    rx = ner_data(code).adjective
    m = rx.search(word.lower()) if rx else None
    return bool(m) and m.start() >= 3 and gaz.begins_place_name(word[:m.start()], code)


def _sentence_initial(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0:
        c = text[i]
        if c == "\n":
            return True
        if c.isspace() or c in "«»\"“”„‘’'(—–-[*•·":
            i -= 1
            continue
        return c in ".!?…:;|"
    return True


_CLOCK_OR_FIELD = re.compile(r"(?:^|[\n|]|\d)[ \t\u00a0]*$")


def _field_label(text: str, start: int, end: int) -> bool:
    """A word that opens a caption or credit field ("Foto: …", "| Zdroj: Reuters", "15:53
    Autor: ČTK"): followed by a colon, at a line or field start or after a time."""
    return text[end:end + 1] == ":" and bool(_CLOCK_OR_FIELD.search(text[max(0, start - 12):start]))


@lru_cache(maxsize=1)
def _photo_words() -> frozenset[str]:
    """Every language's photo-credit words (plain words only: some entries are patterns)."""
    from ..ingest.langdata import merged
    return frozenset(w.casefold() for w in merged().photo_words if w.isalpha())


@lru_cache(maxsize=50_000)
def _singular_noun(word: str, code: str | None) -> bool:
    """pymorphy3 languages: could this capitalised word open a multi-word name (a singular noun,
    which pymorphy3 may not mark as a name: "Володимир Зеленський")?"""
    if not _morphology(code) or not _CYRILLIC_LOWER.search(word.lower()):
        return False
    top = _pymorphy_tags(word, code)[0]
    noun = top.tag.POS == "NOUN" and top.tag.number != "plur"
    if ner_data(code).section.strict_name_opener:
        return noun and top.tag.case == "nomn" and top.tag.animacy == "anim"
    return noun


def _guess_type(words: list[str], code: str | None, names: LearnedNames) -> str:
    name = " ".join(words)
    lemma = lemmatize(name, code)
    hit = gaz.lookup(lemma, code) or gaz.lookup(name, code)
    if hit:
        return hit[1]
    t = names.known_type(lemma, code) or names.known_type(name, code)
    if t:
        return t
    low = [w.lower() for w in words]
    data = ner_data(code)
    if data.place_conn & set(words):
        return "LOC"  # "Frankfurt nad Mohanem"
    if any(any(w.startswith(o) for o in data.org) for w in low) \
            or len(words) >= 2 and sum(type_word_concepts(w, code) is not None for w in words) >= 2 \
            or len(words) == 2 and type_word_concepts(words[0], code) is not None \
            and gaz.static_type(words[1], code) == "LOC":
        return "ORG"  # (type words of an organisation: "Fondo monetario internazionale")
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2 \
            or _acronym_of_a_place(words[:1], words[1:], code):
        return "ORG"  # (an acronym, alone or with its place: "PU Celje")
    mt = [_morph_type(w, code) for w in words] if _morphology(code) else []
    if "PER" in mt:
        return "PER"
    if "LOC" in mt:
        return "LOC"
    if "ORG" in mt:
        return "ORG"
    # "Marco de Santis": name particles aside; "Paris and Berlin" is no person
    core = [w.partition("-")[2] if _particle_name(w, data.conn) else w
            for w in words if w not in data.conn]
    if 2 <= len(core) <= 4 and all(w[:1].isupper() and not w.isupper() for w in core) \
            and not any(w in data.section.conjunctions for w in words):
        return "PER"
    return "LOC"


def rule_entities(text: str, code: str | None,
                  names: LearnedNames) -> list[tuple[int, int, str, bool]]:
    """(start, end, type, after_role) spans of names in ``text`` for language ``code``;
    ``names`` are the names the calling recognizer knows beyond the static gazetteer."""
    data = ner_data(code)
    stop, conn = data.stop, data.conn
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    if not toks:
        return []
    # lines mostly in capitals (headlines, banners) give no case evidence: skip them
    caps_lines = set()
    for lm in re.finditer(r"[^\n]+", text):
        letters = [c for c in lm.group() if c.isalpha()]
        if len(letters) > 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters):
            caps_lines.add((lm.start(), lm.end()))

    def in_caps_line(pos: int) -> bool:
        return any(a <= pos < b for a, b in caps_lines)

    initial = [_sentence_initial(text, s) for s, _, _ in toks]
    label = [_field_label(text, s, e) for s, e, _ in toks]
    mid_caps = {w.lower() for (s, e, w), ini in zip(toks, initial) if not ini and w[:1].isupper()}
    lower_seen = {w for _, _, w in toks if w[:1].islower()}
    cap_stems = Counter(w.lower()[:n] for _, _, w in toks if w[:1].isupper()
                        for n in range(min(4, len(w)), min(len(w), 6) + 1))  # (see _stem_prefix)
    text_script = script_of(text[:4000])

    def capital(w: str) -> bool:
        return w[:1].isupper()

    def particle_name(w: str) -> bool:
        return _particle_name(w, conn)

    def type_words(k: int) -> bool:
        """Does the run starting at token ``k`` open with an organisation's type word?"""
        return type_word_concepts(toks[k][2], code) is not None

    def opens_with_type_word(k: int) -> bool:
        """Like ``type_words``, after a stop word or a capitalised sentence opener the run may
        hold first ("Според Световната здравна организация", "Strokovnjaki Evropske agencije
        za zdravila"): may lower-case type words continue the run?"""
        for k2 in range(k, min(k + 2, n)):
            if type_word_concepts(toks[k2][2], code) is not None:
                return True
            w2 = toks[k2][2]
            if not (w2 in stop or w2.lower() in data.stop_folded or initial[k2]) \
                    or not capital(w2) or k2 + 1 >= n or not capital(toks[k2 + 1][2]):
                return False
        return False

    out = []
    i, n = 0, len(toks)
    while i < n:
        s, e, w = toks[i]
        if not capital(w) or in_caps_line(s):
            i += 1
            continue
        # grow a sequence: capitalised words separated by one space/hyphen, connectors inside
        j = i
        while j + 1 < n:
            gap = text[toks[j][1]:toks[j + 1][0]]
            nxt = toks[j + 1][2]
            if gap in (" & ", "&"):  # a firm of two names: "Johnson & Johnson", "Procter&Gamble"
                if not capital(nxt):
                    break
                j += 1
                continue
            if gap not in (" ", "-", "\u00a0", " - ") and not (gap == ". " and len(toks[j][2]) == 1):
                break
            if capital(nxt) or particle_name(nxt):
                j += 1
                continue
            if len(nxt) >= 3 and opens_with_type_word(i) and type_word_concepts(nxt, code) is not None:
                j += 1  # lower-case type words continue an organisation: "Fondo monetario internazionale"
                continue
            if _adjective(toks[j][2], code) and len(nxt) >= 3 \
                    and any(nxt.lower().startswith(h[:max(3, len(h) - 2)]) and len(nxt) <= len(h) + 3
                            for h in data.heads):
                j += 1  # capitalised adjective + lower-case head noun: "Evropská unie"
                continue
            if len(nxt) >= 3 and any(gaz.lookup(text[toks[k][0]:toks[j + 1][1]], code) is not None
                                     for k in {i, j}):
                j += 1  # a gazetteer name written with a lower-case word: "Білий дім", "Съединените щати"
                continue
            if nxt in data.section.org_connectors and opens_with_type_word(i) and j + 2 < n \
                    and text[toks[j + 1][1]:toks[j + 2][0]] == " " \
                    and (type_word_concepts(toks[j + 2][2], code) is not None
                         or data.section.capitalised_nouns and capital(toks[j + 2][2])):
                # "Ministrstvo za zdravje", "Министерството на здравеопазването", "Bundesamt
                # für Statistik" (a German noun after the connector, whatever it means)
                j += 2
                continue
            if nxt in conn:
                k = j + 1
                while k < n and toks[k][2] in conn and k - j <= 2 \
                        and text[toks[k - 1][1]:toks[k][0]] in (" ", "'", "’"):
                    k += 1
                if k < n and k - j <= 3 and (capital(toks[k][2]) or opens_with_type_word(i)
                                             and type_word_concepts(toks[k][2], code) is not None) \
                        and text[toks[k - 1][1]:toks[k][0]] in (" ", "'", "’") \
                        and not (nxt in data.section.conjunctions and is_role_word(toks[k][2], code)):
                    # (a conjunction before a title starts a second person: "X und Minister Y")
                    j = k
                    continue
            break
        seq = list(range(i, j + 1))
        i = j + 1
        after_role = False
        # cut stop words, role words and common sentence-initial words off the front
        while seq:
            k = seq[0]
            w0 = toks[k][2]
            if w0 in stop or w0.lower() in data.stop_folded:
                seq.pop(0)
                continue
            if is_role_word(w0, code):
                after_role = True
                seq.pop(0)
                continue
            if data.section.capitalised_nouns and len(seq) > 2 and toks[seq[1]][2] in conn \
                    and lexicon_word(w0, code) and not names.is_known_name(w0, code):
                del seq[:2]  # a common noun and a connector: "Monate von Muammar al-Gaddafi"
                continue
            if data.section.capitalised_nouns and len(seq) > 1 \
                    and _glued_noun(w0, [toks[x][2] for x in seq[1:]], code, names):
                seq.pop(0)  # a noun before a name: "Seismologin Anna Weber", "Norden Armeniens"
                continue
            if label[k] and len(seq) == 1 and not w0.isupper() \
                    and (_common_word(w0, code) or w0.casefold() in _photo_words()):
                seq.pop(0)  # a caption field's label ("Foto:", "Zdroj:"), not a name
                continue
            if initial[k] and len(seq) == 1 and _place_adjective(w0, code) \
                    and not _known_as_written(names, w0, code):
                seq.pop(0)  # "Irská nízkonákladová společnost": an adjective of a place
                continue
            if initial[k] and w0.lower() not in mid_caps and not _known_as_written(names, w0, code) \
                    and (w0.lower() in lower_seen or _common_word(w0, code)) and not w0.isupper() \
                    and not (len(seq) > 1 and _singular_noun(w0, code)) \
                    and not (len(seq) > 1 and any(w0.lower().startswith(o) for o in data.org)) \
                    and not (len(seq) > 1 and type_words(k) and (type_words(seq[1]) or len(seq) == 2
                                 and gaz.static_type(toks[seq[1]][2], code) == "LOC")) \
                    and not (len(seq) > 1 and _adjective(w0, code)
                             and names.is_known_name(toks[seq[1]][2], code)
                             and names.known_type(toks[seq[1]][2], code) != "PER"):
                # ("Северна Ирландия"; an adverb of an adjective's ending before a person's
                # name opens the sentence: "Później Kowal podziękował")
                seq.pop(0)
                continue
            if initial[k] and len(seq) == 1 and not (k and label[k - 1]) and _unsupported_initial(
                    w0, code, names, cap_stems, text_script, w0.lower() in mid_caps):
                seq.pop(0)  # "Obzvlášť", "Впоследствие": an unknown word seen only here
                continue  # (a name after a caption field's label is credited: "Zdroj: Reuters")
            break
        while seq and not toks[seq[0]][2][:1].isupper():
            seq.pop(0)  # a name does not start with a lower-case word
        while seq and toks[seq[-1]][2] in conn:
            seq.pop()
        if not seq:
            continue
        if len(seq) > 6:
            continue
        parts = _split(seq, toks, code)
        for part in parts:
            if len(parts) > 1 and len(part) == 1 and toks[part[0]][2].lower() not in mid_caps \
                    and not toks[part[0]][2].isupper() and _common_word(toks[part[0]][2], code) \
                    and not _known_as_written(names, toks[part[0]][2], code):
                continue  # a common word cut off a glued run ("Лоукостер Ryanair")
            n_out = len(out)
            _emit(part, toks, code, after_role, lower_seen, out, initial, names)
            if len(out) > n_out and out[-1][2] == "PER" and part is not parts[-1] \
                    and _person_after_common([toks[x][2] for x in seq], len(part), code):
                out[-1] = (*out[-1][:2], "ORG", out[-1][3])  # the title's organisation
            after_role = False
    return [(a, b, "ORG" if "&" in text[a:b] else t, r) for a, b, t, r in out]  # (a firm)


def _stem_prefix(word: str) -> str:
    """The first letters of a word, long enough to stand for its inflected forms
    ("Kacinom" and "Kacin" share "kaci")."""
    low = word.lower()
    return low[:max(4, min(len(low) - 2, 6))]


def _unsupported_initial(word: str, code: str | None, names: LearnedNames, cap_stems: Counter,
                         text_script: str | None, mid_cap: bool) -> bool:
    """A lone sentence-initial word with no evidence of being a name: capitalised nowhere else
    in the text (not even inflected), unknown to the gazetteer and to the names learned from
    other articles, no proper-noun reading in the lexicon, written in the text's own script,
    without digits.  The lexicon's silence is no evidence: simplemma's tables lack most
    uninflected words (adverbs such as "Navíc", "Medtem", "Впоследствие") and many participles,
    which are exactly what opens a sentence; a name a text is about recurs in it."""
    if code not in _SIMPLEMMA_LANGS:
        return False
    if mid_cap or word.isupper() or any(c.isdigit() for c in word) or len(word) < 3:
        return False
    if cap_stems[_stem_prefix(word)] >= 2 or script_of(word) != text_script:
        return False
    if _known_as_written(names, word, code) or names.known_type(word, code) \
            or gaz.lookup(word, code) or gaz.lookup(lemmatize(word, code), code):
        return False
    if _proper_in_lexicon(word, code) or _morph_type(word, code):
        return False
    return not (code and disease_of(word, code))


def _shouted_word(word: str, code: str | None, names: LearnedNames) -> bool:
    """A word in capitals that is a common word of the lexicon, not an acronym: no abbreviation
    reading (pymorphy3 lists "УНІАН" as one), no name the gazetteer or the recognizer knows in
    capitals or written as a name (a dateline "КИЇВ" is a place)."""
    if not word.isalpha() or not _VOWEL.search(word.lower()) or _known_as_written(names, word, code):
        return False  # (letters only, and pronounceable: "КНСБ" is initials whatever the lexicon says)
    title = word.capitalize()
    if not _common_word(title, code) or gaz.lookup(title, code) or names.known_type(title, code):
        return False
    if _morphology(code) and _CYRILLIC_LOWER.search(word.lower()):
        return not any("Abbr" in p.tag.grammemes for p in _pymorphy_tags(word, code))
    return True


def _inflected_noun(word: str, code: str | None, names: LearnedNames) -> bool:
    """A capitalised-noun language's known noun in an inflected form ("Soldaten" → "Soldat",
    "Akten" → "Akte") whose base form is no known name: names rarely take plural endings; a
    genitive -s is left to the name ("Norwegens")."""
    if code not in _SIMPLEMMA_LANGS or not lemma_dicts.is_known(word, code):
        return False
    lem = lemma_dicts.lemmatize(word, code)
    return lem[:1].isupper() and lem != word and word != lem + "s" \
        and not names.is_known_name(lem, code) and not gaz.lookup(lem, code)


def _glued_noun(word: str, rest: list[str], code: str | None, names: LearnedNames) -> bool:
    """A language that capitalises its nouns: is ``word`` a common noun written before a name
    (a title, a compass point, a weekday) rather than its first word?  Only a dictionary noun
    that is no known name, no place and no organisation's type word, before a known name or
    place or before two words the dictionary does not know (a person's name)."""
    if not (lexicon_word(word, code) or compound_noun(word, code)) or names.is_known_name(word, code) \
            or gaz.lookup(word, code) \
            or type_word_concepts(word, code) is not None \
            or any(word.lower().startswith(o) for o in ner_data(code).org):
        return False
    if not lemma_dicts.lemmatize(word, code)[:1].isupper():
        return False  # an adjective ("Deutsche Bank"), not a noun
    while len(rest) > 1 and lexicon_word(rest[0], code) and not names.is_known_name(rest[0], code) \
            and lemma_dicts.lemmatize(rest[0], code)[:1].isupper() and not gaz.lookup(rest[0], code):
        rest = rest[1:]  # two titles: "Vorsitzende Richterin Anna Weber"
    nxt = rest[0]
    return names.is_known_name(nxt, code) or gaz.static_type(nxt, code) is not None \
        or gaz.lookup(lemmatize(nxt, code), code) is not None \
        or len(rest) >= 2 and not any(lexicon_word(w, code) for w in rest)


def _particle_name(w: str, conn: frozenset[str]) -> bool:
    """A name particle hyphenated to a capitalised name inside a name: "al-Islam", "аль-Іслам"."""
    head, _, rest = w.partition("-")
    return bool(rest) and (head.lower() in conn or head.lower() in HYPHENED_NAME_PARTICLES) \
        and rest[:1].isupper()


def _emit(seq, toks, code, after_role, lower_seen, out, initial, names: LearnedNames) -> None:
    conn = ner_data(code).conn
    while seq and toks[seq[-1]][2] in conn:
        seq = seq[:-1]
    if not seq:
        return
    words = [toks[k][2] for k in seq]
    single = words[0] if len(seq) == 1 else None
    if single is not None and ner_data(code).section.capitalised_nouns \
            and not _known_as_written(names, single, code) and not after_role \
            and (_common_word(single, code) or single.lower() in lower_seen
                 or _inflected_noun(single, code, names)
                 or compound_noun(single, code) and sum(t[2] == single for t in toks) == 1):
        return  # a capitalised common noun ("Regierung", "Soldaten", "Brotmangel"), not a name
        # (a compound met more than once may be a surname: "Klingbeil")
    if single is not None and (len(single) < 2 or _ROMAN.fullmatch(single)):
        return  # a lone letter or Roman numeral ("II", "XVI") names nothing
    if single is not None and is_code(single, code) and not _known_as_written(names, single, code):
        return  # a currency, a time zone, a noun in initials: "400 Kč", "SELČ", "RNA"
    caps = [w for w in words if w[:1].isupper()]
    if len(words) == 3 and len(caps) == 2 and ner_data(code).section.capitalised_nouns \
            and all(lexicon_word(w, code) and not names.is_known_name(w, code) for w in caps) \
            and not names.is_known_name(" ".join(words), code) \
            and not all(type_word_concepts(w, code) for w in caps):
        return  # common nouns joined by an article ("Zahl der Opfer"), not a name
    # (unless they are an organisation's type words: "Weltorganisation für Meteorologie")
    if single is not None and _morphology(code) and not single.isupper() and not after_role \
            and _common_word(single, code) and not _known_as_written(names, single, code) \
            and (initial and initial[seq[0]] or single.lower() in lower_seen
                 or _pymorphy_tags(single, code)[0].tag.POS != "NOUN"):
        return  # a known common word with no name reading ("Через", "Вакцинація")
    if single is not None and single.isupper() and len(single) > 6 \
            and not any(c.isdigit() for c in single):
        return
    if single is not None and single.isupper() and len(single) >= 4 and _shouted_word(single, code, names):
        return  # a common word in capitals ("СНИМКА", "VIDEO", "SKUPAJ"), no acronym
    start, end = toks[seq[0]][0], toks[seq[-1]][1]
    known = names.known_type(" ".join(words), code)
    typ = "PER" if after_role and not known and len(seq) <= 3 and not words[0].isupper() \
        else _guess_type(words, code, names)
    out.append((start, end, typ, after_role))
