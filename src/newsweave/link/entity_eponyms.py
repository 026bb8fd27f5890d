"""Institutions named after a person, by the word that opens that person ("Институт имени
Роберта Коха", "Центр им. Н. Ф. Гамалеи", "Instytut im. Roberta Kocha", "Інститут імені
Кавецького"): writers shorten or translate the rest of the name at will ("НИИ им. Гамалеи",
"Национальный исследовательский центр эпидемиологии и микробиологии имени Н. Ф. Гамалеи"),
the eponym stays.  Such a name is keyed by the eponym's surname.

Guard: names of one surname whose initials differ (namesakes: "имени А. Б. Иванова" / "имени
В. Г. Иванова") keep apart keys, and a name without initials then joins neither.  Two
institutions named after one person (a theatre and a museum "имени Пушкина") are not told
apart: a known limit.
"""
from __future__ import annotations

from collections import defaultdict

from .entity_keys import WORD, link_data, short_stem_key, stem
from .entity_unionfind import GuardedUnionFind
from .translit import fold, skeleton_token


def eponym_key(text: str, lang: str | None) -> tuple[str, str] | None:
    """(the eponym's initials, folded to Latin letters, or "", eponym surname key) of an
    institution named after a person, else None: the marker must follow the head, and a
    capitalised name follow the marker, possibly after a lower-case title ("имени академика
    М. П. Чумакова" → ("mp", key of Чумаков))."""
    markers = link_data(lang).section.eponym_markers
    if not markers:
        return None
    words = WORD.findall(text)
    at = next((i for i, w in enumerate(words) if i > 0 and w.lower() in markers), None)
    if at is None:
        return None
    run: list[str] = []
    for w in words[at + 1:]:
        if w[:1].isupper():
            run.append(w)
        elif run:
            break  # the name ended
    if not run or len(run[-1]) < 2 or run[-1].isupper():
        return None
    surname = run[-1]
    key = short_stem_key(surname, lang) or skeleton_token(stem(surname, lang), lang)
    if not key or len(key) < 2:
        return None
    return "".join(fold(w)[:1] for w in run[:-1]), key


def eponym_unions(items: list, node_of: list[str], uf: GuardedUnionFind) -> None:
    """Join the nodes of organisation names sharing an eponym through one key node per
    surname; when the surname's names give different initials (two people: "имени А. Б.
    Иванова" / "имени В. Г. Иванова") only names of the same initials meet, and names without
    initials join neither."""
    by_surname: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for j, (_art, m, lang, _base) in enumerate(items):
        node = node_of[j]
        if not node or m.type == "PER" or node.startswith(("P|", "S|")):
            continue
        found = eponym_key(m.text, lang)
        if found is not None:
            by_surname[found[1]][found[0]].add(node)
    for surname, by_initials in by_surname.items():
        given = [g for g in by_initials if g]
        agree = all(a.startswith(b) or b.startswith(a) for a in given for b in given)
        for initials, nodes in by_initials.items():
            if not agree and not initials:
                continue  # which of the namesakes is meant?
            key = f"Y|{'' if agree else initials}|{surname}"  # a union-find node, as gloss keys are
            for nd in nodes:
                if not uf.conflict(nd, key):
                    uf.union(nd, key)
