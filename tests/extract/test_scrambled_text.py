"""Extraction over scrambled text (session 18): words of real relations articles cut at random places and
shuffled, so that every reader meets clauses that start with "and", dates with no verb, verbs with no subject.

Why: a clause cutter that found a cut at a clause's own start looped for ever (caught before it landed). The
readers must end on any input and raise nothing; what they find in such text is not checked."""

from __future__ import annotations

import random
import re
from pathlib import Path

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract import extract

HELDOUT = Path(__file__).parent / "heldout"


def test_scrambled_articles_are_read_to_the_end() -> None:
    words: list[str] = []
    for f in sorted(HELDOUT.glob("*.txt"))[:30]:
        words += re.findall(r"\S+", f.read_text(encoding="utf-8"))
    rng = random.Random(18)
    records = 0
    for _ in range(150):
        n = rng.randint(5, 80)
        start = rng.randrange(len(words) - n)
        chunk = words[start : start + n]
        if rng.random() < 0.5:
            rng.shuffle(chunk)
        text = f"= Chile–Peru relations =\n\n==History==\n{' '.join(chunk)}\n"
        x = extract(read_plaintext(text))
        for ev in x.events:
            assert 0 <= ev.start < ev.end <= len(text)
        records += len(x.events)
    assert records > 0  # the scrambled words still hold dated acts: the readers ran


def test_sentences_whose_clauses_once_started_at_a_cut_end() -> None:
    """A verb joined by "and" before a trigger's noun, at the very start of a clause already cut, was a cut at
    the clause's start: the cutter took the same clause again for ever. A generous alarm turns such a hang into
    a failure (it is no speed check: each sentence takes milliseconds)."""
    import signal

    def hang(*_: object) -> None:
        raise AssertionError("the extractor did not finish")

    previous = signal.signal(signal.SIGALRM, hang)
    try:
        for title, body in (
            ("Albania–Greece relations", "On 28 October 2018 Albanian special police shot dead Konstantinos Katsifas; "
                                         "Athens protested and demanded a full investigation."),
            ("Eritrea–Ethiopia relations", "The Ethiopian parliament declared the occupation an act of aggression on "
                                           "13 May 1998 and demanded an unconditional withdrawal."),
        ):
            signal.alarm(60)
            told = extract(read_plaintext(f"= {title} =\n\n==History==\n{body}\n")).events
            signal.alarm(0)
            assert told
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
