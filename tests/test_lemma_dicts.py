"""The memory-mapped lemma tables answer exactly as simplemma's own dictionaries, are built once
and reused, and a damaged table or an unwritable cache folder never changes an answer."""
from __future__ import annotations

import logging

import pytest
import simplemma
from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from newsweave.enrich import lemma_dicts
from newsweave.enrich.lemma_dicts import MappedDictionary, MappedDictionaryFactory, write_table

SMALL = "ms"  # the smallest dictionary simplemma ships: quick to build in a test


def test_a_table_reads_back_every_entry_and_misses_the_rest(tmp_path):
    entries = {"mosty": "most", "Mosty": "Most", "łąki": "łąka", "żółw": "żółw", "ä": "a",
               "городами": "город", "a": "a", "zz": "z"}
    write_table(entries, tmp_path / "xx.lex")
    table = MappedDictionary(tmp_path / "xx.lex")
    assert len(table) == len(entries)
    assert dict(table.items()) == entries
    assert sorted(table) == sorted(entries, key=lambda k: k.encode())
    for missing in ("most", "", "łąk", "городам", "zzz", "0"):
        assert table.get(missing) is None
        with pytest.raises(KeyError):
            table[missing]


def test_an_empty_table_is_a_valid_table(tmp_path):
    write_table({}, tmp_path / "xx.lex")
    table = MappedDictionary(tmp_path / "xx.lex")
    assert len(table) == 0 and table.get("word") is None


def _words() -> list[str]:
    keys = list(DefaultDictionaryFactory(cache_max_size=1).get_dictionary(SMALL))[::7]
    # dictionary forms, and the shapes a name extractor asks about: capitalised, upper-case,
    # with an unknown ending, hyphenated
    return keys + [k.capitalize() for k in keys[::5]] + [k.upper() for k in keys[::11]] \
        + [k + "qx" for k in keys[::13]] + [f"{a}-{b}" for a, b in zip(keys[::17], keys[3::17])]


def test_lemmas_and_known_words_equal_simplemmas(tmp_path):
    factory = MappedDictionaryFactory(tmp_path)
    ours = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))
    lookup = DictionaryLookupStrategy(factory)
    words = _words()
    assert len(words) > 1000
    assert [ours.lemmatize(w, SMALL) for w in words] == \
        [simplemma.lemmatize(w, lang=SMALL) for w in words]
    assert [lookup.get_lemma(w, SMALL) is not None for w in words] == \
        [simplemma.is_known(w, lang=SMALL) for w in words]
    assert (tmp_path / f"{SMALL}.lex").exists()


def test_the_module_functions_answer_as_simplemma(tmp_path, monkeypatch):
    monkeypatch.setattr(lemma_dicts._FACTORY, "folder", tmp_path)
    monkeypatch.setattr(lemma_dicts._FACTORY, "_maps", {})
    words = _words()[:300]
    assert [lemma_dicts.lemmatize(w, SMALL) for w in words] == [simplemma.lemmatize(w, lang=SMALL) for w in words]
    assert [lemma_dicts.is_known(w, SMALL) for w in words] == [simplemma.is_known(w, lang=SMALL) for w in words]
    with pytest.raises(ValueError):
        lemma_dicts.is_known("", SMALL)
    with pytest.raises(ValueError):
        lemma_dicts.lemmatize("word", "no-such-language")


def test_a_table_is_built_once_then_mapped(tmp_path, monkeypatch):
    MappedDictionaryFactory(tmp_path).get_dictionary(SMALL)
    built = (tmp_path / f"{SMALL}.lex").stat().st_mtime_ns

    def no_decoding(*_a, **_k):
        raise AssertionError("simplemma's dictionary was decoded although the table exists")
    monkeypatch.setattr(DefaultDictionaryFactory, "get_dictionary", no_decoding)
    again = MappedDictionaryFactory(tmp_path).get_dictionary(SMALL)
    assert isinstance(again, MappedDictionary) and len(again) > 1000
    assert (tmp_path / f"{SMALL}.lex").stat().st_mtime_ns == built


def test_a_truncated_table_is_built_again(tmp_path, caplog):
    factory = MappedDictionaryFactory(tmp_path)
    good = dict(factory.get_dictionary(SMALL).items())
    path = tmp_path / f"{SMALL}.lex"
    with open(path, "r+b") as fh:
        fh.truncate(path.stat().st_size // 2)
    with caplog.at_level(logging.WARNING, logger="newsweave.enrich.lemma_dicts"):
        rebuilt = MappedDictionaryFactory(tmp_path).get_dictionary(SMALL)
    assert "truncated" in caplog.text
    assert dict(rebuilt.items()) == good


def test_an_unwritable_path_keeps_the_dictionary_in_memory(tmp_path, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="newsweave.enrich.lemma_dicts"):
        table = MappedDictionaryFactory(blocker / "lemmas").get_dictionary(SMALL)
    assert "cannot write" in caplog.text
    assert table.get(next(iter(table))) is not None
