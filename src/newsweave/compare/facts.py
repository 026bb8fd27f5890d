"""Facts of one claim: numbers with canonical units, persons' titles (with the organisation they
belong to), and places asserted to lie in a country ("R, a Russian border region", "R in eastern
Ukraine", "this Russian border region"). Word lists come from :mod:`newsweave.compare.lexicon`."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from . import lexicon
from .bare_holder import bare_holder, bare_holder_before
from .claim_records import NumberFact, PlaceFact, RoleFact, norm_name
from .regex_offsets import match_starts, matches_from

_WORD = re.compile(r"[\w'’-]+")
# a first name and a surname closing a span
_CLOSING_NAME = re.compile(r"\s((?:[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐŁŚŻŹĆŃ][\w'’-]+\s+)[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐŁŚŻŹĆŃ][\w'’-]+)$")
# words between the comma (and a determiner) and the title in "PERSON, a former regional health
# minister": a "former" word and two words of the title's domain
APPOSITION_WORDS = 3
# set by hand: characters after a title within which a person mention, if any, is its holder's: no name is read
# from bare capitalised words there (the recogniser's mention, read by the rules above, decides)
BARE_REACH = 60
_NUM_BODY = r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+(?:[.,]\d+)?)"


@lru_cache(maxsize=1)
def _num() -> re.Pattern[str]:
    """A number, standing alone or with a multiplier attached ("€1.2bn")."""
    return re.compile(_NUM_BODY + r"(?=" + lexicon.multiplier_regex().pattern.removeprefix(r"\s*") + r"|(?![\w]|[.,]\d))",
                      re.IGNORECASE)


def _symbol_before(before: str) -> str | None:
    """The unit of a currency symbol written before its number ("€150,000", "$ 2bn")."""
    for key, syms in lexicon.UNIT_SYMBOLS.items():
        if key != "percent" and any(sym in before for sym in syms if not sym.isalpha()):
            return key
    return None


def numbers(text: str, base: int, skip: list[tuple[int, int]]) -> list[NumberFact]:
    out: list[NumberFact] = []
    for m in _num().finditer(text):
        s, e = base + m.start(), base + m.end()
        if any(a < e and s < b for a, b in skip):
            continue
        raw = m.group(1)
        digits = re.sub(r"[ \u00a0\u202f]", "", raw)
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
            digits = re.sub(r"[.,]", "", digits)
        try:
            value = float(digits.replace(",", "."))
        except ValueError:
            continue
        after = text[m.end():m.end() + 40]
        if lexicon.words("months").match(after.lstrip()) or \
                re.search(lexicon.month_regex() + r"\s*$", text[max(0, m.start() - 12):m.start()],
                          re.IGNORECASE):
            continue  # a day of the month
        mult = lexicon.multiplier_regex().match(after)
        if mult:
            factor = lexicon.multiplier_of(mult.group(1))
            if factor is not None:
                value *= factor
            after = after[mult.end():]
            after = after[1:] if after.startswith(".") else after  # "3,5 Mio. Euro", "2 тис. людей"
        unit = lexicon.unit_after(after) or _symbol_before(text[max(0, m.start() - 2):m.start()])
        if unit is None:
            # one adjective between: "3 000 jeunes soldats"; not a noun: "240 Passagieren an Bord"
            adj = re.match(r"\s*[\w-]+", after)
            if adj and not adj.group().strip()[:1].isupper():
                unit = lexicon.unit_after(after[adj.end():])
        if unit is None and 1900 <= value <= 2100 and "." not in raw and "," not in raw:
            continue  # a year
        out.append(NumberFact(value=value, unit=unit, start=s, end=e, text=raw))
    for m in re.finditer(r"(?<![\w'’-])([\w'’]+)(?![\w])", text):
        w = m.group(1).casefold()
        if w in lexicon.number_words():
            s, e = base + m.start(), base + m.end()
            if any(a < e and s < b for a, b in skip):
                continue
            unit = lexicon.unit_after(text[m.end():m.end() + 30])
            if unit is None:
                continue  # "deux pays", "two sides": counts of named things are not quantities
            out.append(NumberFact(value=lexicon.number_words()[w], unit=unit, start=s, end=e,
                                  text=m.group(1)))
    return out


@lru_cache(maxsize=1)
def _org_link() -> re.Pattern[str]:
    """The words linking a title to its organisation ("du", "of the")."""
    return re.compile(r"\s*" + lexicon.fragments("role_org_links") + r"\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _ends_with_link() -> re.Pattern[str]:
    """A gap ending with "of" / "de": the name after it is the title's complement."""
    return re.compile(r"(?<![\w'’])(?:" + lexicon.fragments("role_org_links") + r")\s*$", re.IGNORECASE)


GLUED_DEPUTY = "*deputy"  # key of the pattern of every title after a glued deputy's prefix
_WORD_AFTER_COMMA = re.compile(r",\s*[\w'’-]+\s")  # "ROLE of ORG, replaces PERSON": a new predicate
_DIGIT = re.compile(r"\d")  # a date or a count between a title and a name: another phrase
# "ROLE of ORG, Viktor PERSON": one capitalised word between the comma and the mention, the
# holder's first name the recogniser left out of it
_NAME_START = re.compile(r"\s*,\s*([^\W\d_][\w'’-]*)\s+")


def _first_name_left_out(gap: str) -> bool:
    m = _NAME_START.fullmatch(gap)
    return bool(m) and m.group(1)[:1].isupper() and lexicon.canonical_role(m.group(1)) is None


@lru_cache(maxsize=1)
def _covered_then_comma() -> re.Pattern[str]:
    """The gap in "ROLE for REGION, PERSON" ("Sondergesandter für die Ukraine, X"): what the title
    covers, then the holder in apposition."""
    return re.compile(r"\s*(?:" + lexicon.fragments("portfolio_links") + r")\s+[^,.;:!?«»“”\"]{1,50},\s*",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _org_tail_stop() -> re.Pattern[str]:
    """Where an organisation complement ends: punctuation or a relative pronoun."""
    return re.compile(r"[,.;:!?«»“”\"]|\s" + lexicon.fragments("relative_pronouns") + r"\s")


ACTING_REACH = 40  # characters after an acting marker read for the title they complete


@lru_cache(maxsize=1)
def _acting_after() -> re.Pattern[str]:
    """An acting marker right after a title ("interino", "en funciones", "par intérim")."""
    return re.compile(r"\s+(?:" + lexicon.fragments("acting_after_words") + r")(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _former_before() -> re.Pattern[str]:
    """A "former" word before a title, up to two words between ("former French housing
    minister", "l'ancien ministre")."""
    return re.compile(r"(?<![\w])(?:" + lexicon.fragments("former_words") + r")(?:(?<=-)|(?![\w]))\s*(?:[\w'’-]+\s+){0,2}$",
                      re.IGNORECASE)


PREDICATE_WORDS = 3  # words before a copula where its predicate in the instrumental may stand


def _former(pre: str) -> bool:
    """Whether ``pre`` (the text right before a title) ends with a "former" word, not with a past
    "to be" that its predicate in the instrumental comes before ("Gospodynią spotkania była
    minister X": the host was minister X, an office held at the time)."""
    m = _former_before().search(pre)
    if m is None:
        return False
    word = m.group(0).split()[0].casefold()
    if word not in lexicon.word_set("copula_homographs"):
        return True
    ends = lexicon.word_set("predicate_case_endings")
    before = re.findall(r"[\w'’-]+", pre[:m.start()])[-PREDICATE_WORDS:]
    return not any(w.casefold().endswith(e) for w in before for e in ends)


@lru_cache(maxsize=1)
def _apposition() -> re.Pattern[str]:
    """The gap in "PERSON, (the) ROLE": a comma, a determiner, up to APPOSITION_WORDS words (a
    possessive among them: "X, the state's finance minister"), and a prefix hyphened to the title
    ("X, ex-maire de Lyon", "X, экс-мэр")."""
    return re.compile(_AGE + r"\s*,\s*(?:" + lexicon.fragments("apposition_determiners") + r"\s+)?(?:[\w'’-]+\s+){0,%d}(?:\w+-)?" % APPOSITION_WORDS,
                      re.IGNORECASE)


# a person's age between the name and an apposition, in any language's form: ", 54,", " (54),",
# ", 54 ans,", ", de 54 años,", ", 54 years old,"
_AGE = r"(?:\s*\(\d{1,3}\)|\s*,\s*(?:[^\W\d]{1,3}\s+)?\d{1,3}(?:[\s-]+[^\W\d]+){0,2}(?=\s*,))?"


@lru_cache(maxsize=1)
def _role_patterns() -> list[tuple[str, re.Pattern[str], bool]]:
    """The title patterns, each first with a glued "former" prefix ("exalcaldesa", "exsindaco"),
    then all of them in one pattern after a glued deputy's prefix (key GLUED_DEPUTY: the deputy's
    office of the title it holds, "Vizebürgermeister", "віцепрезидент"): (canonical role,
    pattern, glued former)."""
    lead = r"(?<![\w])"
    pre, vice = lexicon.fragments("former_prefixes"), lexicon.fragments("deputy_prefixes")
    plain = lexicon.role_patterns()
    glued = [(k, re.compile(lead + "(?:" + pre + ")" + p.pattern[len(lead):], re.IGNORECASE), True)
             for k, p in plain if p.pattern.startswith(lead) and not p.pattern.startswith(lead + r"\w*")]
    titles = "|".join(p.pattern[len(lead):] for k, p in plain if p.pattern.startswith(lead) and not lexicon.is_deputy(k))
    deputy = (GLUED_DEPUTY, re.compile(lead + "(?P<vice>" + vice + ")(?:" + titles + ")", re.IGNORECASE), False)
    return glued + [deputy] + [(k, p, False) for k, p in plain]


@lru_cache(maxsize=1)
def _any_role() -> re.Pattern[str]:
    """All title patterns in one alternation: most clauses name no title, and one search tells
    (running each of the hundreds of patterns was most of a claim's extraction time)."""
    lead = r"(?<![\w])"  # the word-start guard, tested once per position for the patterns it opens
    pats = [p.pattern for _, p, _ in _role_patterns()]
    guarded = [p[len(lead):] for p in pats if p.startswith(lead)]
    others = ["(?:" + p + ")" for p in pats if not p.startswith(lead)]
    return re.compile("|".join(([lead + "(?:" + "|".join(guarded) + ")"] if guarded else []) + others)
                      or r"(?!x)x", re.IGNORECASE)


def roles(text: str, base: int, ments: list[Mention], keys: dict[int, str], code: str | None = None
           ) -> list[RoleFact]:
    """Titles attached to persons: "ROLE (of ORG) PERSON" and "PERSON, ROLE (of ORG)"."""
    out: list[RoleFact] = []
    pers = [m for m in ments if m.type == "PER"]
    # a place and a person glued into one mention of another type ("de Norcia Giulia Ferri" as
    # MISC): read as a holder only after a title's link, like a PER mention of the same shape
    glued_names = [m for m in ments if m.type == "MISC" and len(_NAME_WORD.findall(m.text)) >= 3]
    orgs = [m for m in ments if m.type in ("ORG", "MISC", "LOC")]
    seen: set[tuple[int, int]] = set()
    starts = match_starts(_any_role(), text)
    if len(starts) == 1:  # the usual case: one title in the clause, tried at its one offset
        found = [(key, [m], glued) for key, pat, glued in _role_patterns() if (m := pat.match(text, starts[0]))]
    else:
        found = [(key, matches_from(pat, text, starts), glued) for key, pat, glued in _role_patterns()] \
            if starts else []
    spans = [m.span() for _, ms, _ in found for m in ms]
    for key, ms, glued in found:
        for rm in ms:
            acting = _acting_after().match(text, rm.end())
            end = acting.end() if acting else rm.end()  # "presidente en funciones del Gobierno"
            rs, re_ = base + rm.start(), base + end
            if any(a <= rs < b for a, b in seen) or _complement_of_title(text, rm.start(), spans):
                continue
            role_key = key
            if key == GLUED_DEPUTY:
                inner = lexicon.canonical_role(text[rm.end("vice"):rm.end()])
                if inner is None or lexicon.is_deputy(inner):
                    continue  # "Vizepräsident": a deputy's title of its own, read by its pattern
                role_key = lexicon.deputy_of(inner)
            elif acting:  # the title the words after the marker complete ("presidente [interino] del Gobierno")
                role_key = lexicon.canonical_role(text[rm.start():rm.end()] + text[end:end + ACTING_REACH]) or key
            seen.add((rs, re_))
            # complement: "du Conseil de sécurité (SB) de Russie"
            comp_s = re_
            link = _org_link().match(text, end)
            org_key = None
            comp_e = comp_s
            tail_end = len(text)
            org_after = [o for o in orgs if o.type == "ORG" and 0 <= o.start - re_ <= 2]
            org_before = [o for o in orgs if o.type == "ORG" and 0 <= rs - o.end <= 2]
            quoted = None if link else _QUOTED_COMPLEMENT.match(text, end)
            if org_after or (org_before and not link):
                o = (org_after or org_before)[0]
                org_key = keys[id(o)]
                comp_e = max(re_, o.end)
                link = None
            elif link:
                tail = text[link.end():link.end() + 80]
                stop = _org_tail_stop().search(tail)
                tail_end = link.end() + (stop.start() if stop else len(tail))
                p_in = [p for p in pers + glued_names if base + link.end() <= p.start < base + tail_end]
                if p_in:
                    tail_end = p_in[0].start - base
                org_m = [o for o in orgs if base + link.end() <= o.start < base + tail_end]
                if org_m:
                    org_key = keys[id(org_m[0])]
                    comp_e = org_m[0].end
                else:
                    words = [w for w in _WORD.findall(text[link.end():tail_end])][:4]
                    if words:
                        org_key = "n:" + norm_name(" ".join(words))
                        comp_e = base + tail_end
            elif quoted:  # "тренер «Зорі» Андрій ...": a quoted name in the genitive is the organisation
                org_key = "n:" + norm_name(quoted.group(1))
                comp_e = base + quoted.end()
            # the person: right after the role phrase, or just before it (apposition)
            person: tuple[str, str, int, int] | None = None  # key, text, start, end
            for p in pers:  # the title taken into the name's mention: "Mayor Ana Ruiz"
                if p.start - base <= rm.start() and end < p.end - base \
                        and _CLOSING_NAME.search(text[end:p.end - base]):
                    person = (keys[id(p)], text[end:p.end - base].strip(), re_, p.end)
                    break
            for p in (pers + glued_names) if person is None else ():
                if re_ <= p.start < comp_e and quoted:
                    continue  # a name inside the quoted complement ("тренера «Караванкена»") holds no title
                gap = text[max(comp_e, re_) - base:p.start - base] if p.start >= re_ else None
                if gap is not None and comp_e > re_:
                    gap = _CLOSING_QUOTES.sub("", gap)  # "тренер «Вавеля» Марек ...": the org's quote
                if gap is not None and _ends_with_link().search(gap):
                    inner = _name_after_complement(text, base, p)
                    if inner is not None:  # "sindaco di Bègles Hugo Sainval" taken as one name
                        person = inner
                        org_key = org_key or "n:" + norm_name(text[p.start - base:inner[2] - base])
                        comp_e = max(comp_e, inner[2])
                        break
                if p.type != "PER":
                    continue  # a glued mention names a holder only after the complement's link
                if gap is None or _ends_with_link().search(gap) \
                        or ("," in gap and (len(_WORD.findall(gap)) > 1 or _WORD_AFTER_COMMA.search(gap))
                            and not _covered_then_comma().fullmatch(gap) and not _first_name_left_out(gap)) \
                        or _DIGIT.search(_QUOTED_NAME.sub(" ", gap)):
                    continue  # "envoy of PERSON": the person is not the holder; "ROLE, did X with PERSON",
                    # "ROLE of ORG, replaces PERSON"; "ROLE since 2021 and replaces PERSON", "ROLE by 312 votes to PERSON"
                if len(gap) <= 45 and not re.search(r"[.;:!?«»“”]", _QUOTED_NAME.sub(" ", gap)) \
                        and len(_WORD.findall(gap)) <= 5 and (not lexicon.canonical_role(gap) or (
                            comp_e <= re_ and _complement_of_title(text, end + len(gap) - len(gap.lstrip()),
                                                                   [rm.span()]))):
                    person = _holder_after_served(text, base, pers, p, keys) or (keys[id(p)], p.text, p.start, p.end)
                    break
            if person is None:
                for p in pers:
                    gap = text[p.end - base:rm.start()] if p.end <= rs else None
                    if gap is not None and _apposition().fullmatch(gap):
                        person = (keys[id(p)], p.text, p.start, p.end)
            if person is None:
                person = _name_in_mention(text, base, ments, rs, re_)
                if person is not None:  # the complement read past the mention is not the org
                    org_key, comp_e = None, re_
            if person is None and not any(p.start >= re_ and p.start - re_ <= BARE_REACH for p in pers):
                person = bare_holder(text, base, re_, ments, code)  # a name the recogniser did not mark
                if person is not None and comp_e > person[2]:  # the complement ends where the name starts
                    comp_e = max(re_, person[2])
                    if org_key and org_key.startswith("n:"):
                        words = _WORD.findall(text[(link.end() if link else end):person[2] - base])
                        org_key = "n:" + norm_name(" ".join(words)) if words else None
            if person is None and not any(p.end <= rs and rs - p.end <= BARE_REACH for p in pers):
                person = bare_holder_before(text, base, rm.start(), ments, _apposition(), code)  # "X Y, ROLE"
            if person is None:
                continue
            pre = text[max(0, rm.start() - 40):rm.start()]
            former = glued or _former(pre)
            s = min(rs, person[2])
            e = max(re_, comp_e, person[3])
            out.append(RoleFact(person=person[0], person_text=person[1], role=role_key,
                                org=org_key, start=s, end=e, text=text[s - base:e - base],
                                former=former))
    return out


_CLOSING_QUOTES = re.compile(r"^[»”\"’)]+")
# a quoted name right after a title, no preposition between ("тренер «Зорі»", "prezes „Orlenu”")
_QUOTED_COMPLEMENT = re.compile(r"\s*[«„“]([^«»„“”\"]{2,40})[»“”]")
# a quoted name closing a genitive complement between a title and its holder ("начальника поста
# «Львів-1» Петра ...", "адвокат ассоциации «Терр либр» Поль ..."): a name, not a phrase's end
_QUOTED_NAME = re.compile(r"[«„“][^«»„“”\".;:!?]{1,40}[»“”]")
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐŁŚŻŹĆŃ][\w'’-]+")


def _name_after_complement(text: str, base: int, p: Mention) -> tuple[str, str, int, int] | None:
    """The holder's name closing a mention that also took in the title's complement ("di Bègles
    Hugo Sainval" as one name): its last two capitalised words, when it has three or more."""
    words = list(_NAME_WORD.finditer(text, p.start - base, p.end - base))
    if len(words) < 3 or words[-1].end() != p.end - base:
        return None
    s, e = words[-2].start(), words[-1].end()
    return "n:" + norm_name(text[s:e]), text[s:e], base + s, base + e


def _holder_after_served(text: str, base: int, pers: list[Mention], p: Mention,
                         keys: dict[int, str]) -> tuple[str, str, int, int] | None:
    """A title, the person it serves, then its holder ("посланник Дональда Трампа Стив Уиткофф":
    the served name in the genitive, the holder's name right after it)."""
    for q in pers:
        if q.start > p.end - 1 and q is not p and not text[p.end - base:q.start - base].strip():
            return keys[id(q)], q.text, q.start, q.end
    return None


def _complement_of_title(text: str, start: int, spans: list[tuple[int, int]]) -> bool:
    """A title right after another ("envoy of the president", "помощник президента",
    "secretario general"): it names whom the first one serves, not a holder of its own."""
    return any(b <= start and _org_link().fullmatch(" " + text[b:start] + " ") for a, b in spans) \
        or any(b <= start and not text[b:start].strip() for a, b in spans)


def _name_in_mention(text: str, base: int, ments: list[Mention], rs: int, after: int
                     ) -> tuple[str, str, int, int] | None:
    """A name the recogniser took into a longer mention with its title ("La exalcaldesa de X
    Ana Ruiz" as one mention): the two or three capitalised words closing that mention."""
    for m in ments:
        if m.type != "PER" and m.start <= rs and after <= m.end:
            tail = _CLOSING_NAME.search(text[after - base:m.end - base])
            if tail:
                s, e = after + tail.start(1), after + tail.end(1)
                return "n:" + norm_name(tail.group(1)), tail.group(1), s, e
    return None


def _tokens_between(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _gap_ok(gap: str, allow_including: bool = False) -> tuple[bool, bool]:
    """Whether the words between a place and a country only say "in / a … region of";
    returns (ok, saw an "including" word)."""
    if re.search(r"[.;:!?«»“”\"()]", gap):
        return False, False
    g = gap
    saw_incl = False
    inc = lexicon.words("including_words")
    if inc.search(g):
        saw_incl = True
        g = inc.sub(" ", g)
    pn, dw = lexicon.words("place_nouns"), lexicon.words("direction_words")
    preps, extra = lexicon.word_set("locative_preps"), lexicon.word_set("place_gap_words")
    words = _tokens_between(g)
    if len(words) > (9 if allow_including else 6):
        return False, saw_incl
    for w in words:
        w2 = w.strip("'’")
        if w in preps or w2 in preps or w2 in extra or pn.fullmatch(w) or dw.fullmatch(w) \
                or dw.fullmatch(w2) or re.fullmatch(r"[ldsc]['’]\w*", w) and (
                    dw.fullmatch(w[2:]) or pn.fullmatch(w[2:]) or w[2:] == ""):
            continue
        return False, saw_incl
    return True, saw_incl


def places(text: str, base: int, ments: list[Mention], keys: dict[int, str]) -> list[PlaceFact]:
    """Places asserted to lie in a country, from the words right around the place name."""
    out: list[PlaceFact] = []
    if not any(p.type in ("LOC", "MISC") for p in ments):
        return out
    countries = lexicon.find_countries(text)
    if not countries:
        return out
    for p in ments:
        if p.type not in ("LOC", "MISC"):
            continue
        if lexicon.country_of_name(p.text) or lexicon.country_of_name(p.name or ""):
            continue
        ps, pe = p.start - base, p.end - base
        if ps < 0 or pe > len(text):
            continue
        found: tuple[str, int, int] | None = None
        # after the place: "R in eastern Ukraine", "R, une région russe frontalière"
        for cs, ce, ck, is_adj in countries:
            if cs >= pe and cs - pe <= 70:
                ok, _ = _gap_ok(text[pe:cs])
                if ok and (not is_adj or lexicon.words("place_nouns").search(
                        text[pe:cs] + " " + text[ce:ce + 25])):
                    found = (ck, ps, ce)
                    break
        if found is None:
            # before the place: "the Russian region of R", "la région russe de R", "Russia's R",
            # "dans l'est de l'Ukraine, notamment dans la région de R"
            for cs, ce, ck, is_adj in reversed(countries):
                if ce <= ps and ps - ce <= 90:
                    gap = text[ce:ps]
                    gap2 = re.sub(r"^['’]s\b", " ", gap)
                    ok, incl = _gap_ok(gap2, allow_including=True)
                    if not ok:
                        continue
                    if is_adj and not lexicon.words("place_nouns").search(
                            text[max(0, cs - 25):cs] + " " + gap):
                        continue
                    if not is_adj and not incl and not gap.startswith(("'s", "’s")):
                        # "Ukraine's region R" ok; "en Ukraine, la région R" needs "including"
                        if len(_tokens_between(gap)) > 3:
                            continue
                    found = (ck, cs, pe)
                    break
        if found:
            ck, s, e = found
            out.append(PlaceFact(place=keys[id(p)], place_text=p.text, country=ck,
                                 start=base + s, end=base + e, text=text[s:e]))
    return out


@lru_cache(maxsize=1)
def _demonstrative() -> re.Pattern[str]:
    """"this/cette" and up to three words after it."""
    return re.compile(r"(?<![\w])" + lexicon.fragments("demonstratives") + r"\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)",
                      re.IGNORECASE)


def anaphoric_places(text: str, s: int, e: int, ments: list[Mention], keys: dict[int, str]
                      ) -> list[PlaceFact]:
    """"this Russian border region" / "cette région russe frontalière": the place named last
    before the sentence is asserted to lie in that country."""
    out: list[PlaceFact] = []
    for m in _demonstrative().finditer(text, s, e):
        phrase = m.group(1)
        if not lexicon.words("place_nouns").search(phrase):
            continue
        hits = [h for h in lexicon.find_countries(phrase) if h[3]]
        if not hits:
            continue
        prev = [x for x in ments if x.type == "LOC" and x.end <= m.start() and m.start() - x.end < 600
                and not lexicon.country_of_name(x.text) and not lexicon.country_of_name(x.name or "")
                and lexicon.words("place_nouns").search(text[max(0, x.start - 25):x.end + 25])]
        if not prev:
            continue
        ante = prev[-1]
        out.append(PlaceFact(place=keys[id(ante)], place_text=ante.text, country=hits[0][2],
                             start=m.start(), end=m.end(), text=text[m.start():m.end()]))
    return out
