"""The sentence splitter: offsets into the original text, abbreviations, quotes, blank lines."""

from __future__ import annotations

from bilateral.documents.sentences import split_sentences


def _texts(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, start, end)]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = (
        "Gen. Smith met U.S. officials on Jan. 5 in Washington. J. R. Jones was there too. "
        "Mr. Brown, of Acme Inc. Ltd., stayed home."
    )
    assert _texts(text) == [
        "Gen. Smith met U.S. officials on Jan. 5 in Washington.",
        "J. R. Jones was there too.",
        "Mr. Brown, of Acme Inc. Ltd., stayed home.",
    ]


def test_a_regnal_number_before_a_sentence_starter_ends_the_sentence() -> None:
    """'Alexander I.' ends a sentence when 'This' follows; 'George W. Bush' and 'J. R. Jones' do not."""
    text = ("It was finalized the following year by Tsar Alexander I. This was followed by the annexation of "
            "Imereti. President George W. Bush met J. R. Jones.")
    assert _texts(text) == ["It was finalized the following year by Tsar Alexander I.",
                            "This was followed by the annexation of Imereti.",
                            "President George W. Bush met J. R. Jones."]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = 'He said "we will unite." Then he left! Did they? "Yes," she said.'
    assert _texts(text) == ['He said "we will unite."', "Then he left!", "Did they?", '"Yes," she said.']


def test_lowercase_after_full_stop_and_blank_lines() -> None:
    text = "It has an embassy in Moscow. as well as branches.\nwrapped line.\n\nNext paragraph"
    first = "It has an embassy in Moscow. as well as branches.\nwrapped line."
    assert _texts(text) == [first, "Next paragraph"]


def test_offsets_respect_a_range(shared) -> None:
    text = (shared / "corpus" / "belarus_russia.txt").read_text(encoding="utf-8")
    start = text.index("In July 2009")
    end = text.index("\n", start)
    spans = split_sentences(text, start, end)
    assert len(spans) == 3
    assert all(start <= s < e <= end for s, e in spans)
    assert text[spans[1][0] : spans[1][1]].startswith("Belarus accused Russia")
    assert text[spans[2][0] : spans[2][1]].endswith("to Russia.")


def test_spans_are_ordered_trimmed_and_inside_the_range() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    alphabet = st.sampled_from(list("ab .!?\n\"“”'U.S.Gen Jan ") + ["\n\n", ". A", "! B", "? C"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(alphabet, max_size=60).map("".join), st.integers(0, 10), st.integers(0, 80))
    def check(text: str, start: int, length: int) -> None:
        start = min(start, len(text))
        end = min(len(text), start + length)
        spans = split_sentences(text, start, end)
        last = start
        for s, e in spans:
            assert last <= s < e <= end
            assert not text[s].isspace() and not text[e - 1].isspace()
            last = e
        covered = "".join(text[s:e] for s, e in spans)
        assert "".join(covered.split()) == "".join(text[start:end].split())  # nothing but whitespace is lost

    check()
