"""Session 18: the readers that ask "is this word a verb in the past?" share one list of irregular forms
(`extract.verbforms`). The clause cutter used to know 27 irregular past tenses where the reader of untyped acts
knew 97, so "and went into exile in May 1936" stayed inside the invasion's clause and was read as a second
invasion."""

from __future__ import annotations

import re

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract
from bilateral.extract.untyped import FINITE
from bilateral.extract.verbforms import IRREGULAR_PARTICIPLES, IRREGULAR_PAST, alternation


def _told(body: str, title: str) -> list[tuple[str, str, str]]:
    text = f"= {title} =\n\n==History==\n{body}\n"
    return [(e.plover, e.date, text[e.start : e.end]) for e in extract(read_plaintext(text)).events]


def test_a_second_clause_with_an_irregular_verb_is_a_happening_of_its_own() -> None:
    told = _told("Italy invaded Ethiopia in October 1935 and Haile Selassie went into exile in May 1936.",
                 "Ethiopia–Italy relations")
    assert told[0] == ("ASSAULT", "1935-10", "Italy invaded Ethiopia in October 1935")
    assert ("OTHER", "1936-05", "and Haile Selassie went into exile in May 1936.") in told


def test_the_cut_leaves_each_act_its_own_words() -> None:
    told = _told("Finland closed four crossings with Russia on 18 November 2023 and shut the entire land border on "
                 "30 November.", "Finland–Russia relations")
    assert told == [("SANCTION", "2023-11-18", "Finland closed four crossings with Russia on 18 November 2023"),
                    ("OTHER", "2023-11-30", "and shut the entire land border on 30 November.")]


def test_the_lists_are_words_and_every_reader_accepts_them() -> None:
    assert all(re.fullmatch(r"[a-z]+", w) for w in IRREGULAR_PAST + IRREGULAR_PARTICIPLES)
    assert len(set(IRREGULAR_PAST)) == len(IRREGULAR_PAST)
    assert all(FINITE.fullmatch(w) for w in IRREGULAR_PAST)
    # longest first: a shorter word never hides a longer one in an unanchored alternation
    assert re.match(alternation(("led", "ledge")), "ledge").group() == "ledge"
