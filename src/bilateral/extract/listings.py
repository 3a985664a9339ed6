"""Lines of a list of visits: "- September 1972: Prime Minister Kakuei Tanaka to Beijing".

Why its own reader: relations articles keep their high-level visits as such a list, one line per visit,
with a date, a colon, the visitor and "to" the place visited, and no verb. The clause reader finds no
trigger in most of these lines (or a stray one: "for the exchange of ratifications"), yet each line
states one visit, a CONSULT between the visitor's state and the host's.
"""

from __future__ import annotations

import re

from bilateral.extract.actors import People
from bilateral.extract.dates import DateMention
from bilateral.extract.gazetteer import find_names, is_org
from bilateral.extract.lexicon import quad_of
from bilateral.extract.records import EventRecord

_BULLET = re.compile(r"[-*•]\s*")
# after the date: ": <visitor> to <Place>"; the visitor is a few words, the place starts with a capital
_VISIT = re.compile(r":\s+([^:;\n]{2,80}?)\s+to\s+(?=[A-Z])")
_KINDS = ("dmy", "my", "year")


def _states(text: str, start: int, end: int, people: People) -> list[str]:
    found = sorted([*find_names(text, start, end), *people.find(text, start, end)], key=lambda m: m.start)
    return [m.code for m in found if not is_org(m.code)]


def visit_line(text: str, s: int, e: int, dates: list[DateMention], people: People,
               pair: tuple[str, str] | None) -> EventRecord | None:  # fmt: skip
    """The visit one list line states, or None when the sentence text[s:e] is no such line."""
    bullet = _BULLET.match(text, s, e)
    if not bullet or not dates or dates[0].start != bullet.end() or dates[0].kind not in _KINDS:
        return None
    date = dates[0].resolve()
    m = _VISIT.match(text, dates[0].end, e)
    if date is None or not m:
        return None
    visitor = _states(text, m.start(1), m.end(1), people)
    place_end = re.search(r"[,(;]|\s+for\s+|$", text[m.end() : e]).start() + m.end()
    host = _states(text, m.end(), place_end, people)
    guest = visitor[0] if visitor else None
    home = host[0] if host else None
    if pair:
        other = {pair[0]: pair[1], pair[1]: pair[0]}
        guest = guest or (other.get(home) if home else None)
        home = home or (other.get(guest) if guest else None)
    if not guest or not home or guest == home:
        return None
    return EventRecord(
        date=date, actors=[guest, home], plover="CONSULT", quad=quad_of("CONSULT"), start=s, end=e,
        sentence_start=s, sentence_end=e, confidence=0.6, trigger="to", cameo_root="04",
    )  # fmt: skip
