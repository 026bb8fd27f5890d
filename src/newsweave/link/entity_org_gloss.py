"""A language-free key for organisation names made of translated type words: "Sąd Najwyższy
Pakistanu" = "Верховный суд Пакистана" = "Supreme Court of Pakistan" (supreme + court + the
Pakistan anchor), "Vereinigung Cockpit" = "Zrzeszenie Cockpit" (association + the name
transliterated), "Organisation météorologique mondiale" = "Всемирная метеорологическая
организация" (world + meteorology + organisation).

Each word of the name is read by the language's ``LinkSection.org_glosses`` table (stems of an
English concept word; German compounds are read stem by stem), a gazetteer place (its anchor)
or, for any other capitalised word, its phonetic key.  A key made of type words alone names an
organisation of some country unless one of its words is supranational ("world",
"international", "European", "Arab", "nations"): a bare "Ministry of Defence" gets no key, as
every country has one; "Ministry of Defence of Poland" does."""
from __future__ import annotations

from ..enrich import ner_gazetteer as gaz
from ..enrich.ner_lang import ner_data
from ..enrich.ner_org_words import ELIDED, type_word_concepts
from .entity_keys import WORD, token_keys
from .translit import script_of

# concepts that name one organisation the world over, without a country
_SUPRANATIONAL = frozenset({"world", "intl", "europe", "nations", "arab"})


def org_gloss_key(text: str, base: str, lang: str | None) -> str | None:
    """The key of an organisation name, or None when the name holds no translated type word,
    holds a lower-case word the table does not read, or names no organisation beyond one
    country's (type words alone, none supranational)."""
    conn = ner_data(lang).conn
    concepts: list[str] = []
    names: list[str] = []
    words = WORD.findall(text)
    lemmas = WORD.findall(base)
    for k, word in enumerate(words):
        word = ELIDED.sub("", word) or word  # "de l'Uruguay"
        g = type_word_concepts(word, lang)
        if g is not None:
            concepts += [c for c in g if c != "-"]
            continue
        if word in conn or word.lower() in conn or len(word) <= 3 and word.islower():
            continue
        if not word[:1].isupper():
            return None  # an unread common word: the name is more than type words
        hit = gaz.lookup(word, lang) or (gaz.lookup(lemmas[k], lang) if len(lemmas) == len(words)
                                         else None)  # "Пакистана" → "Пакистан"
        if hit:
            names.append("@" + hit[0])
            continue
        # (a Latin-script name read the English way in every Latin-script language: a foreign
        # name's spelling is kept, "Cockpit" is no Polish "Tsotskpit")
        toks = token_keys(word, None if script_of(word) == "latin" else lang)
        if not toks:
            return None
        names.append("".join(toks))
    if not concepts or len(concepts) + len(names) < 2:
        return None
    if not names and not _SUPRANATIONAL & set(concepts):
        return None
    return "T|" + "+".join(sorted(set(concepts)) + ["|" + n for n in sorted(names)])
