"""English verb forms that the clause readers test for, written once.

Three readers ask "is this word a verb in the past?": the clause cutter (`reading`), the reader of acts the
lexicon has no word for (`untyped`) and the reader of an aside's second act (`asides`). Each used to keep its
own list of irregular forms, and the lists drifted apart. Regular forms end in "-ed" and need no list.
"""

from __future__ import annotations

IRREGULAR_PAST = (
    "sent", "gave", "took", "made", "met", "held", "lent", "sold", "won", "broke", "fought", "left", "began",
    "struck", "shot", "paid", "froze", "cut", "withdrew", "brought", "led", "sought", "swore", "overthrew", "shut",
    "set", "put", "told", "drew", "spent", "kept", "sank", "hit", "bought", "came", "went", "rose", "fell", "stood",
    "ran", "tore", "became", "grew", "saw", "found", "flew", "stole", "fled", "wrote", "spoke", "chose", "drove",
    "lost", "built", "dealt", "laid", "bore", "forbade", "undertook", "oversaw", "upheld", "withheld", "swept",
    "wound", "arose", "beat", "bound", "dug", "fed", "hung", "knew", "meant", "rebuilt", "rewrote", "shook",
    "sprang", "stuck", "strove", "swung", "taught", "threw", "thrust", "understood", "wore", "let", "cast",
    "spread", "split", "shed", "upset", "forgave", "rode", "slew", "overtook", "overran", "overcame", "undid",
)  # fmt: skip
"""Irregular simple past tenses ("sent", "withdrew"): a finite verb that starts a happening."""

IRREGULAR_PARTICIPLES = (
    "taken", "become", "given", "beaten", "chosen", "driven", "broken", "begun", "sworn", "won", "held", "made",
    "lost", "left", "led", "met", "fought", "withdrawn", "overthrown", "undertaken", "been",
)  # fmt: skip
"""Irregular past participles after "had" ("who had won ... and taken office"): an aside's second verb."""


def alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of `words`, longest first so that no word's prefix wins over it."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))
