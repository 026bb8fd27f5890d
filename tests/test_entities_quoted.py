"""Names in quotation marks in Russian and Ukrainian text (``enrich/ner_quoted.py``), on
invented text: products and companies after a type noun or shaped like a coined name are
mentions, their unquoted repeats too; slogans, headings and common words in quotes are not."""
from __future__ import annotations

import pytest

from newsweave.enrich.entities import MentionRecognizer
from newsweave.model import Article


def _mentions(lang: str, text: str) -> dict[str, str]:
    art = Article(id="q", text=text, lang=lang)
    return {m.text: m.type for m in MentionRecognizer().recognize(art)}


@pytest.mark.parametrize("lang,text,name,typ", [
    ("ru", "Регулятор одобрил вакцину «Звезда-7» для пожилых людей.", "Звезда-7", "PRO"),
    ("ru", "Врачи начали применять препарат «Лунный камень» в больницах.", "Лунный камень", "PRO"),
    ("ru", "Акции компании «Северный Мост» выросли на бирже.", "Северный Мост", "ORG"),
    ("uk", "Акції компанії «Фармакорп» зросли на біржі.", "Фармакорп", None),  # any type
    ("uk", "Лікарі почали щеплення вакциною «Зірка-5» у лікарнях.", "Зірка-5", None),
    ("ru", "Через неделю после анонса «Зентифарм» акции упали.", "Зентифарм", "PRO"),
    ("ru", "В область поступила вакцина МедВакТрио, сообщили врачи.", "МедВакТрио", "PRO"),
])
def test_quoted_and_coined_names_are_mentions(lang, text, name, typ):
    found = _mentions(lang, text)
    assert name in found and (typ is None or found[name] == typ)


def test_an_unquoted_repeat_of_a_quoted_name_is_a_mention():
    found = _mentions("ru", "Регулятор одобрил вакцину «Орбита М». Позже Орбита М поступила в регионы.")
    art = Article(id="q", text="Регулятор одобрил вакцину «Орбита М». Позже Орбита М поступила в регионы.",
                  lang="ru")
    spans = [m for m in MentionRecognizer().recognize(art) if m.text == "Орбита М"]
    assert found.get("Орбита М") == "PRO" and len(spans) == 2


@pytest.mark.parametrize("lang,text,phrase", [
    ("ru", "Он сказал: «Оставайтесь дома, берегите себя». Потом ушёл.", "Оставайтесь дома"),
    ("ru", "Акция «Тренированный иммунитет» прошла в субботу.", "Тренированный иммунитет"),
    ("ru", "Раздел «Деньги» обновляется каждый день.", "Деньги"),
    ("uk", "Рубрика «Здоров'я та спорт» виходить щотижня.", "Здоров'я та спорт"),
])
def test_slogans_headings_and_common_words_in_quotes_are_no_mentions(lang, text, phrase):
    assert not any(phrase in t for t in _mentions(lang, text))
