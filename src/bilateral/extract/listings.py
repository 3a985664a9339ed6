"""Lines of a list of visits: "- September 1972: Prime Minister Kakuei Tanaka to Beijing", or any dated
line under a header that speaks of visits ("Visits from Peru to Bolivia:" / "- Alejandro Toledo – Santa
Cruz, November 2003 (Ibero-American Summit)").

Why its own reader: relations articles keep their high-level visits as such a list, one line per visit,
with a date, the visitor and the place visited, and no verb. The clause reader finds no trigger in most of
these lines (or a stray one: "for the exchange of ratifications"), yet each line states one visit, a
CONSULT between the visitor's state and the host's (from the header when it names both, in its order).
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


# the line or heading a list of visits hangs from: "==High-level visits==", "Visits from Peru to Bolivia:",
# "Israeli leaders in Egypt:", "Israeli leaders who travelled to Iran before the revolution, usually in secret,
# included:"
_HEADER = re.compile(r"(?:^|\n)(?:=+[^=\n]*=+|[^\n]{3,160}:|[A-Z][^\n.:]{2,80})[ \t]*\n(?:[-*•][^\n]*\n)*$")
_VISITS = re.compile(r"\bvisits?\b|\bvisited\b|\bleaders\s+in\b|\btrips?\b|\btravell?ed\s+to\b", re.IGNORECASE)


def _header(text: str, s: int) -> tuple[str, ...] | None:
    """The states a list of visits names in its header, in order (visitor first), or None when the bullet
    at `s` is in no list of visits."""
    m = _HEADER.search(text, max(0, s - 1500), s)
    if not m or not _VISITS.search(m.group(0).split("\n-")[0]):
        return None
    head = m.group(0).lstrip("\n").split("\n")[0]
    start = m.start() + m.group(0).find(head)
    return tuple(dict.fromkeys(x.code for x in find_names(text, start, start + len(head)) if not is_org(x.code)))


def visit_line(text: str, s: int, e: int, dates: list[DateMention], people: People,
               pair: tuple[str, str] | None) -> EventRecord | None:  # fmt: skip
    """The visit one list line states, or None when the sentence text[s:e] is no such line.

    Either "- September 1972: Kakuei Tanaka to Beijing" anywhere, or any line with one date in a list
    whose header speaks of visits ("Visits from Peru to Bolivia:" / "- Alejandro Toledo – Santa Cruz,
    November 2003 (Ibero-American Summit)"; "- Prime Minister Hun Sen (January 1989)").
    """
    bullet = _BULLET.match(text, s, e)
    own = [d for d in dates if d.kind in _KINDS and not d.modifier]
    if not bullet or not own:
        return None
    m = _VISIT.match(text, own[0].end, e) if own[0].start == bullet.end() else None
    header = None if m else _header(text, s)
    date = own[0].resolve()
    if date is None or (not m and (header is None or len(own) != 1)):
        return None
    if m:
        visitor = _states(text, m.start(1), m.end(1), people)
        place_end = re.search(r"[,(;]|\s+for\s+|$", text[m.end() : e]).start() + m.end()
        host = _states(text, m.end(), place_end, people)
    elif header and len(header) == 2:
        visitor, host = [header[0]], [header[1]]
    else:
        named = _states(text, bullet.end(), own[0].start, people)
        visitor, host = named[:1], [c for c in named[1:2] if c != named[:1]]
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
