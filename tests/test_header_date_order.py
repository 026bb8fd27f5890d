"""An all-numeric date header that reads both ways ("05/02/2013": 5 February day-first, May 2
month-first) is read the way the article itself names the day with a month name; with no such
mention, or both, it stays day-first. Invented reports, several languages and conventions."""
import pytest

from newsweave.ingest.textmeta import recover_metadata

BODY = "The council met for three hours.\n"

CASES = [
    # (header, sentence of the body, expected date)
    ("05/02/2013", "The mayor said on May 2 that the bridge would reopen.", "2013-05-02"),
    ("05/02/2013", "Speaking on Thursday, May 2nd, the mayor promised repairs.", "2013-05-02"),
    ("05/02/2013", "The mayor said on February 5 that the bridge would reopen.", "2013-02-05"),
    ("05/02/2013", "The mayor said on 5 Feb. that the bridge would reopen.", "2013-02-05"),
    ("05/02/2013", "The mayor said the bridge would reopen soon.", "2013-02-05"),
    ("05/02/2013", "Talks held on May 2 resumed on February 5.", "2013-02-05"),
    ("03/04/2019", "El alcalde lo anunció el 4 de marzo ante la prensa.", "2019-03-04"),
    ("03/04/2019", "Le maire l'a annoncé le 3 avril devant la presse.", "2019-04-03"),
    ("07.06.2021", "Der Bürgermeister sagte am 6. Juli, die Brücke bleibe gesperrt.", "2021-07-06"),
    ("07.06.2021", "Der Bürgermeister sagte am 7. Juni, die Brücke bleibe gesperrt.", "2021-06-07"),
    ("13/02/2013", "The mayor said on May 2 that the bridge would reopen.", "2013-02-13"),
    ("04/04/2013", "The mayor said on April 4 that the bridge would reopen.", "2013-04-04"),
]


@pytest.mark.parametrize("header,sentence,expected", CASES)
def test_numeric_header_read_as_the_article_names_its_day(header, sentence, expected):
    text = f"Bridge to stay closed, mayor says\n{header}\n{sentence}\n{BODY}"
    meta = recover_metadata(text)
    assert meta.date is not None and meta.date.value == expected
