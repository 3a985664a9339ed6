"""One generated sentence per event: date phrase, actors and a PLOVER verb, then the evidence.

Why generate rather than only quote: an article's History reads as dated statements of who did
what to whom; the extracted record holds exactly that (date, actors, PLOVER type), so the
sentence is a rendering of the record, and the quoted evidence lets a reader check it against
the cited source.
"""

from __future__ import annotations

import re
from collections.abc import Callable

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")

# PLOVER type -> verb phrase; "{a}" is the first actor, "{b}" the rest.
VERBS: dict[str, str] = {
    "AGREE": "{a} reached an agreement with {b}",
    "CONSULT": "{a} held consultations with {b}",
    "SUPPORT": "{a} expressed support for {b}",
    "CONCEDE": "{a} made concessions to {b}",
    "COOPERATE": "{a} cooperated with {b}",
    "AID": "{a} provided aid to {b}",
    "RETREAT": "{a} eased pressure on {b}",
    "REQUEST": "{a} made demands of {b}",
    "ACCUSE": "{a} accused {b}",
    "REJECT": "{a} rejected {b}",
    "THREATEN": "{a} threatened {b}",
    "PROTEST": "{a} protested against {b}",
    "SANCTION": "{a} imposed sanctions or restrictions on {b}",
    "MOBILIZE": "{a} mobilised forces in a move concerning {b}",
    "COERCE": "{a} used coercion against {b}",
    "ASSAULT": "{a} used force against {b}",
}
SOLO: dict[str, str] = {  # the same with one actor only
    "AGREE": "{a} concluded an agreement", "CONSULT": "{a} held consultations", "SUPPORT": "{a} expressed support",
    "CONCEDE": "{a} made a concession", "COOPERATE": "{a} took a cooperative step", "AID": "{a} provided aid",
    "RETREAT": "{a} stepped back", "REQUEST": "{a} made a demand", "ACCUSE": "{a} made an accusation",
    "REJECT": "{a} rejected a proposal", "THREATEN": "{a} issued a threat", "PROTEST": "{a} protested",
    "SANCTION": "{a} imposed restrictions", "MOBILIZE": "{a} mobilised forces", "COERCE": "{a} used coercion",
    "ASSAULT": "{a} used force",
}

_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_RANGE = re.compile(r"^(\d{4})(?:-\d{2})?(?:-\d{2})?/(\d{4})(?:-\d{2})?(?:-\d{2})?$")


def date_phrase(date_text: str | None, year: int | None = None) -> str:
    """'On 6 January 1995', 'In February 1995', 'In 1999', 'In the 2000s', 'Between 1994 and 1996'."""
    text = (date_text or "").strip()
    m = _ISO.match(text)
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
        if d:
            return f"On {int(d)} {MONTHS[int(mo) - 1]} {y}"
        if mo:
            return f"In {MONTHS[int(mo) - 1]} {y}"
        return f"In {y}"
    m = _RANGE.match(text)
    if m:
        lo, hi = int(m.group(1)), int(m.group(2))
        if lo % 10 == 0 and hi == lo + 9:
            return f"In the {lo}s"
        return f"Between {lo} and {hi}"
    if year:
        return f"In {year}"
    return "At an undated time"


_THE = re.compile(r"^(United |Republic of |Democratic Republic of |Central African Republic|Czech Republic|"
                  r"Dominican Republic|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|"
                  r"Marshall Islands|Solomon Islands|Holy See)")


def prose(name: str) -> str:
    """A state's name as it reads inside a sentence: 'the United States', 'the Netherlands', 'France'."""
    return f"the {name}" if _THE.match(name) else name


def cap(text: str) -> str:
    """Capitalise the first letter only (a sentence may start with 'the United States')."""
    return text[:1].upper() + text[1:]


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


_OFFICE = re.compile(
    r"(?P<title>(?:Acting |Interim )?(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emperor|Emir|Sultan|"
    r"Chairman|Supreme Leader|Head of State|Head of Government))\s+"
    r"(?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3})\s*\((?P<years>[^)]*)")
_TERM_START = re.compile(r"^\s*(?P<start>\d{4})\s*[–-]\s*(?:present|incumbent|\d{4})")
_BECAME = re.compile(r"(?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3})\s+(?:became|took\s+office\s+as|was\s+"
                     r"(?:sworn\s+in|elected|inaugurated)\s+as)\s+(?:the\s+)?(?:new\s+|first\s+)?"
                     r"(?P<title>president|prime\s+minister|premier|chancellor|king|queen)\b", re.IGNORECASE)
_TO_POWER = re.compile(r"(?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3})\s+(?:coming|came|rose|rising) to power")


def _other(names: list[str], evidence: str | None, year: int | None) -> str:
    """A dated fact that fits no PLOVER type: a change of office, or a plain dated mention."""
    where = join_names(names)
    ev = evidence or ""
    m = _OFFICE.search(ev)
    if m and year is not None:
        spans = [p.strip() for p in m.group("years").split(",")]
        starts = [p[:4] for p in spans if p[:4].isdigit()]
        if str(year) in starts:
            verb = "became" if starts.index(str(year)) == 0 else "returned to office as"
            return f"{m.group('name')} {verb} {m.group('title')} of {where}"
        return f"{m.group('name')}'s term as {m.group('title')} of {where} ended"
    m = _BECAME.search(ev)  # "Alan García became president of Peru in 2006"
    if m and m.group("name").split()[0] not in ("In", "On", "By", "After"):
        return f"{m.group('name')} became {m.group('title').title()} of {where}"
    m = _TO_POWER.search(ev)
    if m:
        return f"{m.group('name')} came to power in {where}"
    if _TERM_START.match(ev):
        return f"a new term of office began in {where}"
    return f"a dated development concerning {where} is recorded"


STATEMENTS: dict[str, str] = {  # CAMEO roots 01 and 02, which have no PLOVER type (kept, flagged as statements)
    "01": "{a} made a public statement concerning {b}",
    "02": "{a} appealed to {b}",
}


def event_sentence(date_text: str | None, year: int | None, actors: list[str], plover: str | None,
                   name_of: Callable[[str], str], evidence: str | None = None, cameo: str | None = None) -> str:
    """The generated sentence for one event, ending with its evidence in quotation marks.

    `cameo`, an event-data row's CAMEO code, words a statement or appeal (CAMEO 01/02) that has no
    PLOVER type.
    """
    names = [name_of(x) for x in actors if x] or ["an unnamed party"]
    kind = (plover or "OTHER").upper()
    said = STATEMENTS.get((cameo or "")[:2]) if kind == "OTHER" else None
    if said and len(names) > 1:
        core = said.format(a=names[0], b=join_names(names[1:]))
    elif kind in VERBS and len(names) > 1:
        core = VERBS[kind].format(a=names[0], b=join_names(names[1:]))
    elif kind in SOLO:
        core = SOLO[kind].format(a=join_names(names))
    else:
        core = _other(names, evidence, year)
    text = f"{date_phrase(date_text, year)}, {core}"  # names come in through `name_of` (use `prose`)
    if evidence:
        quoted = evidence.strip().rstrip(".")
        if len(quoted) > 240:
            quoted = quoted[:237].rsplit(" ", 1)[0] + "…"
        text += f": “{quoted}”"
    return text + "."
