"""The PLOVER lexicon and the sentence reading: types, negation, reported speech, CAMEO codes."""

from __future__ import annotations

import re

import pytest

from bilateral.events.cameo import PLOVER_TYPES, cameo_to_plover
from bilateral.extract.events import classify
from bilateral.extract.lexicon import ENTRIES

# Deliberate departures from the 2021 CAMEO->PLOVER table, each for a stated reason.
DEPARTURES = {
    ("057", "AGREE"): "signing a treaty is an agreement in the PLOVER manual and the corpus gold (table: SUPPORT)",
    ("03", "REQUEST"): "a proposal is read as a request, as the corpus gold does",
    ("08", "CONCEDE"): "root 08 heads CONCEDE and RETREAT; the table keeps only the first",
}


def test_every_entry_compiles_and_names_a_known_type() -> None:
    for plover, code, pattern in ENTRIES:
        re.compile(pattern)
        assert plover in PLOVER_TYPES or plover == "OTHER"
        assert code == "" or code.isdigit()


def test_entries_spell_words_in_lower_case() -> None:
    """Entries match lower-cased text (a capital is asked for only as [A-Z], confirmed on the original text),
    so a capital letter written in a word ("ICJ", "Summit") would never match."""
    for _, _, pattern in ENTRIES:
        bare = re.sub(r"\\.", "", pattern.replace("[A-Z]", ""))
        if "[A-Z]" not in pattern:
            assert not re.search("[A-Z]", bare), pattern


def test_cameo_codes_agree_with_the_product_table() -> None:
    disagreements = []
    for plover, code, _ in ENTRIES:
        if not code:
            continue
        mapped = cameo_to_plover(code)
        if mapped is None:  # CAMEO 01/02 statements and appeals have no PLOVER type
            assert code.startswith(("01", "02")), code
            continue
        if mapped[0] != plover and (code, plover) not in DEPARTURES:
            disagreements.append((code, plover, mapped[0]))
    assert disagreements == []


@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        ("Russia denied that the ban was political.", "REJECT"),
        ("Russia banned all dairy imports from Belarus.", "SANCTION"),
        ("Argentina did not sign the treaty.", "REJECT"),
        ("The minister said Chile must withdraw its troops.", "REQUEST"),
        ("He stated that the army could invade if needed.", "THREATEN"),
        ("France will support Germany's bid.", "AGREE"),
        ("Peru warned Ecuador to halt the incursions.", "THREATEN"),
        ("Police arrested 33 contractors in Minsk.", "COERCE"),
        ("The two leaders held talks in Sochi.", "CONSULT"),
        ("Kenya accused Uganda of backing the rebels.", "ACCUSE"),
        ("Thousands of demonstrators rallied outside the embassy.", "PROTEST"),
        ("Troops invaded the northern province.", "ASSAULT"),
        ("India deployed troops along the border.", "MOBILIZE"),
        ("Japan lifted the ban on beef imports.", "CONCEDE"),
        ("The Treaty on the Creation of a Union was mentioned.", None),
        ("The weather was mild.", None),
    ],
)
def test_sentence_readings(sentence: str, plover: str | None) -> None:
    got = classify(sentence)
    assert (got[0] if got else None) == plover
