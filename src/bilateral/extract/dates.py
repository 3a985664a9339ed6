"""Dates in running text, with the precision the text gives.

Relations articles date events in many ways: "8 December 1991", "In July 2009", "On 14 September"
(year from the paragraph), "exactly a year later" (relative to the previous dated event), "the
mid-1990s" (a vague range), a "2000s" section heading. `find_dates` finds mentions and keeps what
is missing (a year, an anchor) explicit; `DateMention.resolve` fills it from context. Values are
ISO strings at the text's precision ("1995", "1995-02", "1995-01-06") or year ranges "1994/1996".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from bilateral.extract.lexicon_table import OFFICE_TITLES

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_MON = r"(January|February|March|April|May|June|July|August|September|October|November|December|" \
       r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"  # fmt: skip
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(1[5-9]\d\d|20\d\d)"
_DATEYEAR = r"(1[0-9]\d\d|20\d\d)"  # after a month: "15 July 1410" is a date, whatever the century
_NUMWORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
             "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
             "thirty": 30}  # fmt: skip
_COUNTWORD = "|".join(sorted(_NUMWORDS, key=len, reverse=True))
NUMWORDS = _NUMWORDS

_TO = r"(?:\s*[–-]\s*|\s+(?:and|to|until)\s+)"  # "12–14", "between 27 and 29", "from 20 to 22"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # a range of days dates its happening by the first: "on 12–14 September 2022" is 2022-09-12
    ("dmy_range", re.compile(rf"\b(\d{{1,2}}){_ORD}{_TO}(\d{{1,2}}){_ORD}\s+{_MON}\s*,?\s+{_DATEYEAR}\b")),
    ("mdy_range", re.compile(rf"\b{_MON}\s+(\d{{1,2}}){_ORD}{_TO}(\d{{1,2}}){_ORD},?\s+{_DATEYEAR}\b")),
    ("dm_range", re.compile(rf"\b(\d{{1,2}}){_ORD}{_TO}(\d{{1,2}}){_ORD}\s+{_MON}\b")),
    ("dmy", re.compile(rf"\b(\d{{1,2}}){_ORD}\s+{_MON}\s*,?\s+{_DATEYEAR}\b")),
    ("mdy", re.compile(rf"\b{_MON}\s+(\d{{1,2}}){_ORD},?\s+{_DATEYEAR}\b")),
    ("my", re.compile(rf"\b{_MON}\s+(?:of\s+)?{_DATEYEAR}\b")),
    ("dm", re.compile(rf"\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MON}\b")),
    ("md", re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:{_ORD})\b(?![\d,.])")),
    ("m", re.compile(rf"\b(?i:in|by|since|until|during|of|early|late|mid-?|end of|beginning of|that)\s+"
                     rf"(?:the\s+)?{_MON}\b")),
    ("decade", re.compile(r"\b(early|mid|late|end of the)?[\s-]*(1\d\d0|20\d0)s\b", re.IGNORECASE)),  # "the 1320s" too
    # "the late 19th century", "the first decade of the 21st century", "the mid-20th century"
    ("century", re.compile(r"\b(?:(early|mid|late|first\s+half\s+of\s+the|second\s+half\s+of\s+the|"
                           r"(?:first|second|last|final)\s+decade\s+of\s+the|turn\s+of\s+the)[\s-]+)?"
                           r"(1[0-9]|2[01])(?:st|nd|rd|th)\s+century\b(?!-)", re.IGNORECASE)),
    ("relative", re.compile(
        rf"\b(?:exactly\s+|just\s+|some\s+)?({_COUNTWORD}|\d{{1,2}})\s+"
        r"(year|month|week|day|decade)s?\s+(?:later|afterwards?)\b"
        r"|\bthe\s+(following|next)\s+(year|month|decade)\b"
        r"|\bthe\s+(?:following|next|subsequent)\s+(?:months|weeks)\b"
        r"|\b(?:the|that)\s+(next|following|same)\s+day\b"
        r"|\b(that)\s+(?:day|night|morning|evening)\b"
        r"|\b(?:(?:a\s+few|several|some)\s+)?(?:days|weeks|months)\s+later\b", re.IGNORECASE)),  # the anchor's year
    # "three days earlier", "the previous year", "the day before,": counted back from the anchor
    ("relback", re.compile(
        rf"\b(?:exactly\s+|just\s+|some\s+)?({_COUNTWORD}|\d{{1,2}})\s+(year|month|week|day)s?\s+"
        r"(?:earlier|before(?=\s*[,;.)]))"
        r"|\bthe\s+(?:previous|preceding)\s+(day|year|month)\b"
        r"|\bthe\s+(day|year|month)\s+before(?=\s*[,;.)])", re.IGNORECASE)),
    ("relsame", re.compile(r"\b(?:the\s+same|that(?:\s+same)?)\s+(month|year)\b(?!['’])"
                           r"|\b(?:later|earlier)\s+(?:that|the\s+same)\s+(month|year)\b"
                           r"|\b(?:that|the\s+same)\s+(spring|summer|autumn|fall|winter)\b"
                           r"|\b(?:the\s+)?(following|next)\s+(?:spring|summer|autumn|fall|winter)\b", re.IGNORECASE)),
    ("midyear", re.compile(rf"\b(?:mid|early|late)-{_YEAR}\b", re.IGNORECASE)),
    ("year", re.compile(rf"(?<![\d,.$£€/-]){_YEAR}\b(?!s\b|%|[,.]\d|\s*(?:km|per\b|million|billion|people))")),
    # a medieval year only after a word that dates ("in 1018", "of 1410", "in late 1274") or alone in brackets
    # ("the Battle of Las Navas de Tolosa (1212)"): bare, 1000-1499 is more often a count
    ("oldyear", re.compile(r"(?:\b(?:in|In|of|by|from|since|until|around)\s+(?:(?:early|late)\s+|mid-)?"
                           r"|\((?=1[0-4]\d\d\)))(1[0-4]\d\d)\b(?!s\b|%|[,.]\d)")),
]
_MAYBE = re.compile(rf"\d|{_MON}|later\b|earlier\b|before\b|previous\b|preceding\b|afterwards?\b"
                    r"|(?:following|next|subsequent)\s+(?:year|month|day|months|weeks)"
                    r"|same\s+(?:day|month|year)|(?:later|earlier)\s+that|that\s+(?:day|night|morning|evening|year|month)"
                    r"|(?:following|next|that|same)\s+(?:spring|summer|autumn|fall|winter)",
                    re.IGNORECASE)  # fmt: skip
_BACK = re.compile(r"earlier|before|previous|preceding", re.IGNORECASE)
_DATING_WORDS = frozenset({"In", "On", "By", "Since", "Until", "From", "After", "Before", "During", "Of", "And",
                           "Around", "Circa", "Early", "Late", "Mid", "Spring", "Summer", "Autumn", "Winter", "Fall",
                           "To", "Through", "Throughout", "Between", "Also", "Then", "But", "Later", "Till"})
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|this|that|whose|beyond|until|by)\s+)$",
                              re.IGNORECASE)  # fmt: skip


@dataclass
class DateMention:
    """A date expression in text; `year` is None when the text leaves it to the context."""

    start: int
    end: int
    kind: str  # dmy | my | dm | m | year | decade | span | relative
    year: int | None = None
    month: int | None = None
    day: int | None = None
    lo: int | None = None  # decade / vague range years
    hi: int | None = None
    rel: tuple[int, str] | None = None  # (count, unit) for "two years later"
    modifier: bool = False  # "the 1999 treaty": names a thing, does not date the clause
    floor: int | None = None  # the earliest year a context may give ("who had launched ... in 2024, took ... in May")

    @property
    def explicit(self) -> bool:
        """True when the mention carries its own year (not context-dependent)."""
        own = ("dmy", "my", "year", "decade", "span")
        return self.kind in own or (self.kind in ("dm", "m") and self.year is not None)

    @property
    def vague(self) -> bool:
        return self.kind == "decade"

    def resolve(self, context_year: int | None = None, anchor: str | None = None) -> str | None:
        """The ISO value, filling a missing year from `context_year` or a relative offset from `anchor`."""
        if self.kind in ("decade", "span"):  # a span ("from 2005 to 2010") is a range, but not vague
            return f"{self.lo}/{self.hi}"
        if self.kind == "relative":
            return shift(anchor, *self.rel) if anchor and self.rel else None
        year = self.year if self.year is not None else context_year
        if self.floor is not None and (year is None or year < self.floor):
            year = self.floor
        if year is None:
            return None
        if self.month is None:
            return f"{year}"
        if self.day is None:
            return f"{year}-{self.month:02d}"
        return f"{year}-{self.month:02d}-{self.day:02d}"


def shift(iso: str, count: int, unit: str) -> str | None:
    """Move an ISO date by `count` units, keeping its precision ('1996-04-02' + 1 year -> '1997-04-02')."""
    if unit.endswith("!"):  # "the following year": a year, not the anchor's day moved by a year
        unit = unit[:-1]
        moved = shift(iso, count, unit)
        return None if moved is None else moved[: 4 if unit in ("year", "decade") else 7]
    if unit.endswith("~"):  # no finer than a month: "two months later" after "27 January 1973" is "1973-03"
        moved = shift(iso, count, unit[:-1])
        return None if moved is None else moved[:7]
    parts = iso.split("/")[0].split("-")
    if unit in ("day", "week") and len(parts) == 3:  # "the next day", "a week later" after a full date: a full date
        from datetime import date, timedelta

        days = count * (7 if unit == "week" else 1)
        return (date(int(parts[0]), int(parts[1]), int(parts[2])) + timedelta(days=days)).isoformat()
    y = int(parts[0])
    m = int(parts[1]) if len(parts) > 1 else None
    d = int(parts[2]) if len(parts) > 2 else None
    if unit == "decade":
        y += 10 * count
    elif unit == "year":
        y += count
    elif unit == "month":
        if m is None:
            return str(y)
        total = y * 12 + (m - 1) + count
        y, m = divmod(total, 12)
        m += 1
    else:  # weeks and days: keep the anchor's month precision at most
        return f"{y}-{m:02d}" if m else str(y)
    if m is None:
        return str(y)
    if d is None:
        return f"{y}-{m:02d}"
    d = min(d, calendar.monthrange(y, m)[1])
    return f"{y}-{m:02d}-{d:02d}"


_CENTURY_PART = {"early": (0, 32), "mid": (33, 66), "late": (67, 99), "first half of the": (0, 49),
                 "second half of the": (50, 99), "first decade of the": (0, 9), "second decade of the": (10, 19),
                 "last decade of the": (90, 99), "final decade of the": (90, 99), "turn of the": (-5, 5)}


def _century_range(qual: str | None, century: int) -> tuple[int, int]:
    """Years of "the 19th century" (1800-1899) or of a part of it ("the late 19th century": 1867-1899)."""
    base = (century - 1) * 100
    lo, hi = _CENTURY_PART.get(re.sub(r"\s+", " ", qual or "").lower(), (0, 99))
    return base + lo, base + hi


def _decade_range(qual: str | None, decade: int) -> tuple[int, int]:
    q = (qual or "").lower()
    if q == "early":
        return decade, decade + 3
    if q == "mid":
        return decade + 4, decade + 6
    if q in ("late", "end of the"):
        return decade + 7, decade + 9
    return decade, decade + 9


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date mentions in text[start:end], non-overlapping, earlier patterns (more precise) first."""
    end = len(text) if end is None else end
    if not _MAYBE.search(text, start, end):  # most sentences hold no date: one cheap scan
        return []
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    has_century = "entur" in text[start:end]
    counts_back = _BACK.search(text, start, end) is not None
    for kind, pat in _PATTERNS:
        if (kind == "century" and not has_century) or (kind == "relback" and not counts_back):
            continue  # patterns most sentences cannot match: skip their scans
        for m in pat.finditer(text, start, end):
            s, e = m.span()
            if not free(s, e):
                continue
            dm = _mention(kind, m, text)
            if dm is None:
                continue
            taken.append((dm.start, dm.end))
            out.append(dm)
    out.sort(key=lambda d: d.start)
    _attach_years(text, out)
    _inherit_years(text, out)
    _pair_years(text, out)
    out = _join_decades(text, out)
    out = _join_year_spans(text, out)
    _terms_in_brackets(text, out)
    return out


_TERM_OPEN = re.compile(r"(?<=[\w.])\s\((?:r\.\s*|b\.\s*|d\.\s*|born\s+|died\s+|in\s+office\s+|"
                        rf"(?:reigned|ruled|governed)\s+|(?:{OFFICE_TITLES})\s+)?(?:from\s+|since\s+)?$")
_TERM_CLOSE = re.compile(r"(?:\s*[–-]\s*(?:\d{2,4}|present))?\)")
_NOT_A_PERSON = re.compile(r"(?:War|Wars|Revolution|Uprising|Crisis|Conflict|Insurgency|Rebellion|Revolt|Occupation|"
                           r"Blockade|Intervention|Alliance|Pacific|Independence|Confederation|Union|Republic|Empire|"
                           r"Kingdom|Emirate|Mandate|Protectorate|Regime|Government|Rapprochement|Era|Period|Dynasty)$")


_FRAMING_PERIOD = re.compile(r"\b(?:during|under|throughout|presidency|premiership|reign|rule|era|government|"
                             r"administration|regime)\b", re.IGNORECASE)
"""'during the first presidency of Juan Perón (1946–1955)': the bracket dates the period the clause is set in."""


def _terms_in_brackets(text: str, mentions: list[DateMention]) -> None:
    """'Islam Karimov (1991–2016) visited', 'Peter the Great (r. 1682–1725)', 'Karimov (president from 1991)': a
    person's years or term in brackets after the name date nothing the sentence tells (a war's or a state's
    years in brackets, 'the Chaco War (1932–1935)', are the happening's own: `happenings`)."""
    for d in mentions:
        if d.kind not in ("year", "span") or d.modifier or text[d.start - 1 : d.start] not in ("(", " ", "."):
            continue
        opened = _TERM_OPEN.search(text, max(0, d.start - 60), d.start)
        closed = _TERM_CLOSE.match(text, d.end) if opened else None
        if not closed:
            continue
        if opened.end() - opened.start() <= 2 and closed.end() - closed.start() <= 1:
            continue  # "- Prime Minister Ivica Račan – Sarajevo (2001)": a visit's year, not a term
        name = re.search(r"([A-Z][\w'’.-]*)$", text[max(0, opened.start() - 40) : opened.start()])
        if name and not _NOT_A_PERSON.match(name.group(1)) \
                and not _FRAMING_PERIOD.search(text, max(0, opened.start() - 60), opened.start()):
            for x in mentions:  # "(1991–2016)": the end year too
                if d.start <= x.start < closed.end():
                    x.modifier = True


def _mention(kind: str, m: re.Match[str], text: str) -> DateMention | None:
    s, e = m.span()
    g = m.groups()
    if kind in ("dmy_range", "mdy_range", "dm_range"):
        mon, first, last = (g[0], g[1], g[2]) if kind == "mdy_range" else (g[2], g[0], g[1])
        first, last = int(first), int(last)
        if not 1 <= first < last <= 31:
            return None
        month = MONTHS[mon.lower().rstrip(".")]
        year = int(g[3]) if kind != "dm_range" else None
        return DateMention(s, e, "dmy" if year else "dm", year, month, first)
    if kind == "dmy":
        return DateMention(s, e, "dmy", int(g[2]), MONTHS[g[1].lower().rstrip(".")], int(g[0]))
    if kind == "mdy":
        return DateMention(s, e, "dmy", int(g[2]), MONTHS[g[0].lower().rstrip(".")], int(g[1]))
    if kind == "my":
        return DateMention(s, e, "my", int(g[1]), MONTHS[g[0].lower().rstrip(".")])
    if kind == "dm":
        day = int(g[0])
        if not 1 <= day <= 31:
            return None
        # "established 11 July as a day of remembrance": names a day, does not date the clause
        named = bool(re.match(r"\s+as\s+(?:a|an|the)\b", text[e : e + 8]))
        return DateMention(s, e, "dm", None, MONTHS[g[1].lower().rstrip(".")], day, modifier=named)
    if kind == "md":
        day = int(g[1])
        if g[0] == "May" or not 1 <= day <= 31:
            return None
        return DateMention(s, e, "dm", None, MONTHS[g[0].lower().rstrip(".")], day)
    if kind == "m":
        return DateMention(m.start(1), m.end(1), "m", None, MONTHS[g[0].lower().rstrip(".")])
    if kind == "decade":
        lo, hi = _decade_range(g[0], int(g[1]))
        s = s + len(m.group(0)) - len(m.group(0).lstrip(" -"))
        # "on the first such visit since the 1980s": the time before the happening, not its date
        since = _FIRST_SINCE.search(text[max(0, s - 100) : s].removesuffix("the "))
        return DateMention(s, e, "decade", lo=lo, hi=hi, modifier=bool(since))
    if kind == "century":
        lo, hi = _century_range(g[0], int(g[1]))
        until = re.search(r"\b(?:until|till|by|beyond|since)\s+(?:the\s+)?$", text[max(0, s - 14) : s], re.IGNORECASE)
        return DateMention(s, e, "decade", lo=lo, hi=hi, modifier=bool(until))  # "until the mid-20th century"
    if kind == "relative":
        if g[0]:  # "two months later" is as precise as a month; "exactly a year later" keeps the day
            unit = g[1].lower()
            exact = re.match(r"exactly\b", m.group(0), re.IGNORECASE) or unit in ("week", "day")
            count = int(g[0]) if g[0].isdigit() else _NUMWORDS[g[0].lower()]
            return DateMention(s, e, "relative", rel=(count, unit if exact else unit + "~"))
        if g[4]:  # "the next day", "the same day"
            return DateMention(s, e, "relative", rel=(0 if g[4].lower() == "same" else 1, "day"))
        if g[5]:  # "that day", "that night": the anchor's day
            return DateMention(s, e, "relative", rel=(0, "day"))
        if g[3] is None:  # "in the following months": the anchor's year
            return DateMention(s, e, "relative", rel=(0, "year!"))
        return DateMention(s, e, "relative", rel=(1, g[3].lower() + "!"))  # "!": the unit's precision only
    if kind == "relback":
        if g[0]:  # "three days earlier" keeps the day; "two months earlier" is as precise as a month
            unit = g[1].lower()
            count = int(g[0]) if g[0].isdigit() else _NUMWORDS[g[0].lower()]
            return DateMention(s, e, "relative", rel=(-count, unit if unit in ("week", "day") else unit + "~"))
        unit = (g[2] or g[3]).lower()  # "the previous day", "the year before"
        return DateMention(s, e, "relative", rel=(-1, "day" if unit == "day" else unit + "!"))
    if kind == "relsame":  # "later that month", "the same month": the anchor's month (or year), no finer
        if g[2]:  # "that summer": the anchor's year
            return DateMention(s, e, "relative", rel=(0, "year!"))
        if g[3]:  # "the following spring": the next year
            return DateMention(s, e, "relative", rel=(1, "year!"))
        return DateMention(s, e, "relative", rel=(0, (g[0] or g[1]).lower() + "!"))
    if kind == "oldyear":
        return DateMention(m.start(1), m.end(1), "year", int(g[0]))
    if kind == "midyear":  # "in mid-2012": the year
        return DateMention(s, e, "year", int(g[0]))
    year = int(g[0])
    before = text[max(0, s - 12) : s]
    mod = bool(_MODIFIER_BEFORE.search(before)) and text[e : e + 1] not in (",", ".", ";")
    mod = mod or bool(re.search(r"\b(?:beyond|until|till|by)\s+$", before, re.IGNORECASE))
    if mod and BY_BEFORE.search(before) and _PAST_PERFECT.search(_clause_around(text, s, e)):
        mod = False  # "The army had crushed the revolt by 1964", "by 2025 both had recalled their ambassadors": then
    if re.search(r"\b(?:until|till)\s+$", before) and re.match(r",?\s+when\b", text[e : e + 7]):
        mod = False  # "until 1818 when the forces ... destroyed": the year of the clause it introduces
    # "the first ... since 1954", "the first ... in 68 years, since Hoxha in 1946"
    mod = mod or bool(_FIRST_SINCE.search(text[max(0, s - 100) : s]))
    named = re.search(r"\b([A-Z][A-Za-z]+) $", before)  # "Euro 2012", "Expo 2010": part of a name
    mod = mod or bool(named and named.group(1) not in _DATING_WORDS)
    return DateMention(s, e, "year", year, modifier=mod)


BY_BEFORE = re.compile(r"\b[Bb]y\s+$")
"""Before a year told as a time reached ("by 1964"): the clause's date only in the past perfect (below), and never
the story's date for what follows (`clause_dates`)."""
# "had crushed", "had both recalled"; not "had been" ("neither measure had been implemented by 2025": a state of
# things, often denied, rather than what was done by then)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+|both\s+|all\s+)?(?!been\b)\w+(?:ed|en|wn|t|ne|un)\b")


def _clause_around(text: str, s: int, e: int) -> str:
    """The text from the last clause break before s to the next after e, at most 80 characters each way."""
    lo = max(text.rfind(c, max(0, s - 80), s) for c in ".;,\n")
    hi = min((i for i in (text.find(c, e, e + 80) for c in ".;,\n") if i >= 0), default=e + 80)
    return text[max(lo + 1, s - 80) : hi]


def _attach_years(text: str, mentions: list[DateMention]) -> None:
    """'the September 11 attacks in 2001': a day-month followed closely by 'in YEAR' takes that year."""
    for i, d in enumerate(mentions):
        if d.kind not in ("dm", "m") or i + 1 >= len(mentions):
            continue
        nxt = mentions[i + 1]
        between = text[d.end : nxt.start]
        if nxt.kind == "year" and len(between) <= 25 and re.search(r"\b(in|of)\s*$|^,\s*$", between):
            d.year = nxt.year
            nxt.modifier = True  # consumed by the day-month


_SINCE = re.compile(r"\bsince\s+$")
_FRAMED = re.compile(r"(?:^|[.!?]\s+|\n|,\s+and\s+)"
                     r"(?:[Dd]uring|[Aa]t|[Aa]mid|[Tt]hroughout|[Ii]n\s+the\s+course\s+of)\s+(?:the|its|their)\s+$")
"""Before a year that names the happening a sentence (or its second half) is set in, at its start: "During the
2016 migrant crisis Austria ...", "..., and during the 2016 state visit the ministers signed" (not "sold arms to
Ecuador during the 1995 war", nor "After the 1973 agreement expired", which tell what came before)."""
_FIRST_SINCE = re.compile(r"\bfirst\b.{0,60}\bsince\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:in\s+)?$")
# a date told in passing: a state's start ("since 1966") or an aside in the past perfect ("who had replaced Azhari
# in July 1956"), which tells what came before the sentence's time
_IN_PASSING = re.compile(rf"{_SINCE.pattern}|\b(?:who|which)\s+had\s+[^,;()]{{0,50}}$")


def _inherit_years(text: str, mentions: list[DateMention]) -> None:
    """'After Russia invaded on 24 February 2022, ... and on 12 March the president signed': a day or month
    without a year takes the year of the sentence's last explicit date before it, not the paragraph's."""
    year = passing = by_year = None
    for d in mentions:
        if d.kind in ("dm", "m") and d.year is None:
            d.year, d.floor = year, passing
            if d.kind == "m" and by_year and re.search(r"\bthat\s+$", text[max(0, d.start - 6) : d.start]):
                d.year = by_year  # "about 1.2 million by 2007, before it imposed visas that October": 2007
        elif d.kind in ("dmy", "my", "year") and not d.modifier and d.year and _IN_PASSING.search(
                text, max(0, d.start - 60), d.start):
            # "Gandhi, who had been prime minister since 1966, ... on 9 August": 1971, the year the text has
            # reached; but no earlier than what came before it ("who had launched ... on 27 November 2024, took
            # Damascus on 8 December": 2024)
            passing = d.year
        elif d.kind in ("dmy", "my", "year") and not d.modifier and d.year:
            year, by_year = d.year, None
        elif d.kind == "year" and d.modifier and re.search(r"\bby\s+$", text[max(0, d.start - 4) : d.start]):
            by_year = d.year
        elif d.kind == "year" and d.modifier and d.year and _FRAMED.search(text, max(0, d.start - 30), d.start):
            year = d.year  # "During the 2016 migrant crisis Austria began building ... in April": April 2016
    # "After Ukraine retook Kharkiv in September, Putin proclaimed on 30 September 2022 ...": a month before
    # the sentence's first dated month of the year, with no year before it, is in that year
    # (not across a semicolon, nor from "since December 2004", the start of a state of things told in passing)
    for i, d in enumerate(mentions):
        if d.kind in ("dm", "m") and d.year is None and d.month:
            later = next((x for x in mentions[i + 1 :] if x.kind in ("dmy", "my") and x.year and x.month), None)
            if later and d.month <= (later.month or 0) and ";" not in text[d.end : later.start] \
                    and not _SINCE.search(text, max(0, later.start - 8), later.start):
                d.year = later.year


_PAIRED = re.compile(r"\s*(?:,\s*)?(?:and|or|to|until|till|through|[–-])\s*")


def _pair_years(text: str, mentions: list[DateMention]) -> None:
    """'in August and September 2022', '1 to 3 May 2001': a month or day joined to a dated one takes its
    year, whatever the sentence said before."""
    for a, b in zip(mentions[::-1][1:], mentions[::-1], strict=False):
        if a.kind in ("m", "dm") and b.kind in ("my", "dmy") and b.year and _PAIRED.fullmatch(text, a.end, b.start):
            a.year = b.year


def _join_decades(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """'the 1950s and 1960s', 'the 1980s to the 2000s': one vague range."""
    out: list[DateMention] = []
    for d in mentions:
        prev = out[-1] if out else None
        if (prev and prev.kind == "decade" and d.kind == "decade"
                and re.fullmatch(r"\s*(?:and|to|through|till|until|–|-)\s*(?:the\s+)?", text[prev.end : d.start])):
            out[-1] = DateMention(prev.start, d.end, "decade", lo=prev.lo, hi=d.hi)
            continue
        out.append(d)
    return out


_SPAN_OPEN = re.compile(r"\b(?:(from|between)|(in|during|over|of))\s+$", re.IGNORECASE)
_DASH_YEAR = re.compile(r"[–-](\d{4})\b")  # "the Russo-Turkish War of 1806-1812": the end year is no mention


def _join_year_spans(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """'from 2005 to 2010', 'between 2005 and 2010', 'in 2001–2002': one range of years.

    Why only after such words: a bare '1999–2008' is, in a table of office holders, a start and an
    end, each an event of its own.
    """
    out: list[DateMention] = []
    for d in mentions:
        prev = out[-1] if out else None
        opened = _SPAN_OPEN.search(text, max(0, prev.start - 10), prev.start) if prev else None
        if (prev and opened and prev.kind == "year" == d.kind and not prev.modifier and prev.year and d.year
                and 0 < d.year - prev.year <= 60):
            joint = r"\s*(?:to|until|till|through|and)\s+" if opened.group(1) else r"\s*[–-]\s*"
            if re.fullmatch(joint, text[prev.end : d.start], re.IGNORECASE):
                out[-1] = DateMention(prev.start, d.end, "span", lo=prev.year, hi=d.year)
                continue
        dash = _DASH_YEAR.match(text, d.end) if d.kind == "year" and not d.modifier and d.year else None
        if dash and _SPAN_OPEN.search(text, max(0, d.start - 10), d.start) and 0 < int(dash.group(1)) - d.year <= 60 \
                and not any(x.start == dash.start(1) for x in mentions):
            out.append(DateMention(d.start, dash.end(), "span", lo=d.year, hi=int(dash.group(1))))
            continue
        out.append(d)
    return out


def heading_period(heading: str) -> tuple[str, bool] | None:
    """The period a section heading names: '2000s' -> ('2000/2009', True); '1995' -> ('1995', False)."""
    m = re.search(r"\b(early|mid|late|end of the)?[\s-]*(?:through (?:the )?(?:end|late) of the\s+)?"
                  r"(1[5-9]\d0|20\d0)s\b", heading, re.IGNORECASE)  # fmt: skip
    if m:
        lo, hi = _decade_range(m.group(1), int(m.group(2)))
        if re.search(r"through\s+(?:the\s+)?(?:end|late)", heading, re.IGNORECASE):
            hi = int(m.group(2)) + 9
        return f"{lo}/{hi}", True
    y = re.search(r"\b(1[5-9]\d\d|20\d\d)\b(?:\s*[–-]\s*(1[5-9]\d\d|20\d\d))?", heading)
    if y:
        return (f"{y.group(1)}/{y.group(2)}", True) if y.group(2) else (y.group(1), False)
    return None


def year_of(value: str | None) -> int | None:
    """The (first) year of an ISO value or range."""
    if not value:
        return None
    m = re.match(r"(\d{4})", value)
    return int(m.group(1)) if m else None
