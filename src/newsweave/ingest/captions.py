"""Photo captions: lines that describe or credit a picture. They are never an article's title, and
clean keeps them out of the text the analysis reads.

A crawled page keeps the caption under each picture as a line of its own, often near the top,
where a headline is looked for. What gives one away, in any language:

1. a label and a colon: "Photo: …", "Pictured: …", "Фото: …", "Na zdjęciu: …" (``photo_words``
   and ``caption_labels`` of every language's clean section);
2. a credit at the end, in brackets or after a dash or bar: "… (Foto: AFP)", "… [EPA/Jane Doe]",
   "… – REUTERS/John Roe", "… | Getty Images";
3. a credit clause at the end of a short description: "…, photo by Jane Doe", "…, por @someone",
   "… (CC BY-SA 2.0)";
4. the alternative text or caption of one of the page's images, repeated as a line (HTML pages
   record those in ``meta["image_texts"]``);
5. without any credit, a noun phrase and a date closed by a full stop ("Crowds at the gate, 3 March.");
6. a still from a screen or a video named at the start ("Screenshot of the video posted by …",
   "Captura de pantalla del vídeo …", "Кадр из видео …": ``screen_words``), credit or none.
7. a bio tag: professions only, joined by "and" or commas ("Sociologist and jurist": a pictured
   person's trade, ``profession_words``); a headline says what happened;
8. a pictured person named after a partitive phrase: "One of the leader's sons, Jane Doe"
   (``partitive_openers``, then a short phrase, a comma and capitalised names closing the line);
9. a screenshot of a web page described by its state and who sees it: "Blocked page that users
   see when …" (``page_words``, ``page_states``, ``relative_words``); "Page blocked" alone is
   headline-ese and stays.

A title candidate is also held to :func:`is_description_caption` (a short line closed by a full
stop, headlines have none, whose verb is a present participle or gerund: "Neighbours waiting for
the bus."); in running text such a line may be a short sentence ("The meeting ended."), so the
cleaner does not mark it everywhere.

A credit names a photo word, a photo agency, or an agency with a photographer ("AFP/Name"): a
plain "(AFP)" closing a paragraph is a news credit, not a caption.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from ..lang.schema import INTERNATIONAL_NAME_PARTICLES
from .langdata import alternation, merged

MAX_CAPTION_CHARS = 320  # a caption is a line or two; a longer line is a paragraph
MAX_SCREEN_WORDS = 30  # a still's caption (6.) is a short line; a longer one is running text about it
_CREDIT_CHARS = 70  # the author or owner part of a credit
# picture agencies and libraries: named the same in every language
PHOTO_AGENCIES = ("getty images", "getty", "epa", "shutterstock", "istock", "istockphoto", "alamy", "sipa",
                  "corbis", "flickr", "wikimedia commons", "unsplash", "ap photo", "afp photo",
                  "reuters pictures", "imago", "picture alliance", "abaca")
_NAME = rf"[^()\[\]\n]{{1,{_CREDIT_CHARS}}}"
_HANDLE = r"@\w{1,40}"


def _credit_core() -> str:
    """A credit: a photo word with its author, a photo agency, or an agency with a photographer."""
    d = merged()
    photo = alternation(d.photo_words)
    by = alternation(d.photo_by)
    agencies = alternation(tuple(re.escape(a) for a in d.agencies))
    pictures = alternation(tuple(re.escape(a) for a in PHOTO_AGENCIES))
    return (rf"(?:{photo})\s*(?::|/|-|–|©|\s{by}\b)\s*{_NAME}"  # "Foto: AFP", "Photo by Jane Doe"
            rf"|(?:{photo})\s+(?:{pictures}|{agencies})\b(?:{_NAME})?"  # "photo AFP/Jane Doe"
            rf"|©\s*{_NAME}"
            rf"|(?:{pictures})\b(?:\s*/\s*{_NAME})?"  # "Getty Images", "EPA/Jane Doe"
            rf"|(?:{agencies})(?:\s+(?:photo|images?|pictures?))?\s*/\s*{_NAME}")  # "REUTERS/Jane Doe"


@lru_cache(maxsize=1)
def _regexes() -> tuple[re.Pattern[str], ...]:
    d = merged()
    credit = _credit_core()
    photo = alternation(d.photo_words)
    by = alternation(d.photo_by)
    labels = alternation(d.photo_words + d.caption_labels + d.screen_words)
    screen = alternation(d.screen_words)
    prof, joiner = alternation(d.profession_words), alternation(tuple(re.escape(j) for j in d.bio_joiners))
    page, state, relative = alternation(d.page_words), alternation(d.page_states), alternation(d.relative_words)
    month = alternation(tuple(sorted((re.escape(m) for m in d.months), key=len, reverse=True)))
    agencies = alternation(tuple(re.escape(a) for a in d.agencies + PHOTO_AGENCIES))
    return (
        # 1. a label and a colon (a bracketed line too: "(Foto: AFP)")
        re.compile(rf"^[(\[]?\s*(?:{labels})\s*[:：]\s*\S", re.I),
        # 2. a credit in brackets at the end, or after a dash or a bar
        re.compile(rf"[(\[]\s*(?:{credit})\s*[)\]]\s*\.?$", re.I),
        re.compile(rf"(?:^|\s)[-–—|/]\s*(?:{credit})\s*\.?$", re.I),
        re.compile(rf"[.!?]\s+(?:{credit})\s*\.?$", re.I),
        # a short description closed by a bare agency in brackets ("… in the square (AFP)"); a
        # paragraph closed by one ("… officials said. (AFP)") is news copy
        re.compile(rf"^[^.!?]{{3,200}}[^.!?\s]\s*[(\[]\s*(?:{agencies})\s*[)\]]$", re.I),
        # 3. a credit clause closing a description: ", photo by Jane Doe", ", por @someone"
        re.compile(rf",\s*(?:(?:{photo})\s+)?(?:{by})\s+{_HANDLE}\b.{{0,40}}$", re.I),
        re.compile(rf"[,.;]\s*(?:{photo})\s+(?:{by})\s+{_NAME}$", re.I),
        re.compile(r"\(?\b(?:cc|creative commons)[ -]?(?:by|0)(?:[ -](?:sa|nd|nc))*(?:\s*\d\.\d)?\)?\.?$", re.I),
        # 5. a noun phrase and a date, closed by a full stop: "Crowds at the gate, 3 March."
        re.compile(rf"^[^,.!?:;]{{3,80}},\s*(?:\d{{1,2}}\s+(?:de\s+|di\s+)?(?:{month})|(?:{month})\s+\d{{1,2}})"
                   rf"(?:,?\s+(?:de\s+)?\d{{4}})?\.$", re.I),
        # 6. a still from a screen or a video, named first (a few words: not a paragraph about one)
        re.compile(rf"^[(\[]?\s*(?:{screen})\b(?!\S*\s+(?:\S+\s+){{{MAX_SCREEN_WORDS}}})", re.I),
        # 7. a bio tag: professions joined by "and" or commas, nothing else
        re.compile(rf"^(?:{prof})(?:(?:\s*,\s*|\s+(?:{joiner})\s+)(?:{prof})){{0,3}}\.?$", re.I),
        # 9. a page and its state (after it within a few words, or before it as an adjective with
        # a determiner), then who sees it (a short line: a caption)
        re.compile(rf"^(?:(?:{page})\b(?:\s+\S+){{0,4}}?\s+(?:{state})|(?:\S+\s+)?(?:{state})\s+(?:{page}))\b"
                   rf"(?:\s+\S+){{0,3}}?,?\s+(?:{relative})(?:\s|(?<=['’]))(?!(?:\S+\s+){{{MAX_SCREEN_WORDS}}})",
                   re.I),
    )


_PARTITIVE_WORDS = 8  # the relation phrase of a pictured person ("one of the leader's sons") is short
_NAME_WORDS = 4


@lru_cache(maxsize=1)
def _partitive_regex() -> re.Pattern[str]:
    opener = alternation(merged().partitive_openers)
    return re.compile(rf"^(?:{opener})\s+((?:[^\s,.;:!?]+\s+){{0,{_PARTITIVE_WORDS}}}[^\s,.;:!?]+),\s*"
                      rf"([^,.;:!?]+?)\.?$", re.I)


def is_partitive_caption(line: str) -> bool:
    """8.: a partitive phrase, a comma and only capitalised names (name particles allowed):
    the appositive that names a pictured person. A headline closed by a place ("One of the
    victims dies in hospital, Tripoli") is told by the length limits only when it is short."""
    m = _partitive_regex().match(line.strip())
    if m is None:
        return False
    names = m.group(2).split()
    if not 1 <= len(names) <= _NAME_WORDS:
        return False
    particles = {p for p in INTERNATIONAL_NAME_PARTICLES}
    return names[0][:1].isupper() and all(w[:1].isupper() or w.casefold() in particles for w in names)


MAX_DESCRIPTION_WORDS = 14  # a caption of the description shape (5.) is a short line
# present participles and gerunds (en -ing, es/it/pt -ando/-endo/-iendo, with a clitic -ándose, fr
# -ant): the verb of a description ("Police blocking the road."); a few common words of those
# endings that are no participle are left out
_PARTICIPLE = re.compile(r"^\w{3,}(?:ing|ando|endo|iendo|yendo|indo|ándose|iéndose|ant)$", re.I)
_NOT_PARTICIPLES = frozenset({"during", "morning", "evening", "building", "nothing", "something", "anything",
                              "everything", "wedding", "ceiling", "spring", "string", "according", "pending",
                              "pendant", "durant", "avant", "maintenant", "cependant", "important", "enfant",
                              "restaurant", "gouvernant", "quando", "mentre", "secondo", "comando", "mondo",
                              "fondo", "grande", "segundo", "mundo"})


def is_description_caption(line: str) -> bool:
    """A credit-less caption of the description shape, told for a title candidate: a short line
    closed by a full stop, one sentence, with a present participle or gerund among its first words."""
    t = line.strip()
    words = t.split()
    if not t.endswith(".") or t.endswith("..") or not 3 <= len(words) <= MAX_DESCRIPTION_WORDS:
        return False
    if re.search(r"[.!?;:]\s", t):
        return False  # two sentences, or a label: not one description
    heads = [w.strip(",;'\"«»“”").casefold() for w in words[1:6]]
    return any(_PARTICIPLE.match(w) and w not in _NOT_PARTICIPLES for w in heads)


def caption_key(text: str) -> str:
    """How a caption is compared with an image's alternative text: case and spacing folded."""
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class CaptionDetector:
    """Tells caption lines apart; ``image_texts`` are the alternative texts and figure captions of
    the page's images (caption keys), when the input had markup."""

    image_texts: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def for_article(cls, meta: dict) -> "CaptionDetector":
        texts = meta.get("image_texts") or ()
        return cls(frozenset(caption_key(t) for t in texts if isinstance(t, str) and len(t.split()) >= 3))

    def is_caption(self, line: str) -> bool:
        """``line`` (one line of text) is a photo caption or credit."""
        t = line.strip()
        if not t or len(t) > MAX_CAPTION_CHARS:
            return False
        if self.image_texts and caption_key(t) in self.image_texts:
            return True
        return any(rx.search(t) for rx in _regexes()) or is_partitive_caption(t)

    def caption_spans(self, text: str, lines: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """The (start, end) spans among ``lines`` of ``text`` that are captions."""
        return [(s, e) for s, e in lines if self.is_caption(text[s:e])]


def is_caption(line: str) -> bool:
    """``line`` is a photo caption or credit (no knowledge of the page's images)."""
    return CaptionDetector().is_caption(line)
