"""Parsers for the World Factbook's text values ("9,460,972 (2025 est.)", "Russia 1,312 km; ...").

The Factbook stores every value as prose written by hand over decades, so each parser is tolerant: it
takes what it can recognise and returns None (or skips an item) for what it cannot, and never raises on
odd text. They are pure functions of a string, so each can be unit-tested on real tricky values; turning
their output into `Fact`s with ISO codes is `factbook.py`'s job.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_TAG = re.compile(r"<[^>]+>")
_BR = re.compile(r"<br\s*/?>|</p>\s*<p>", re.I)
_SPACE = re.compile(r"\s+")
_MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER = re.compile(r"(-?)(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b)?")
_YEAR = re.compile(
    r"\((?:[A-Za-z]+\.?\s+)?(?:\d{1,2}\s+)?((?:19|20)\d{2})(?:\s*[-/]\s*(\d{2,4}))?(?:\s+est\.?)?\)"
)
_MONTHS = {
    m[:3].lower(): i
    for i, m in enumerate(
        "January February March April May June July August September October November December".split(), 1
    )
}


def clean(text: str | None) -> str:
    """Plain text from a Factbook value: HTML tags removed, entities decoded, whitespace collapsed."""
    if not text:
        return ""
    text = _BR.sub(" ; ", text) if "<" in text else text
    text = _TAG.sub(" ", text) if "<" in text else text
    text = html.unescape(text).replace("\xa0", " ")
    text = _SPACE.sub(" ", text).strip()
    text = re.sub(r"(?:\s*;){2,}", " ;", text) if ";" in text else text
    return re.sub(r"^(?:;\s*)+|(?:\s*;)+$", "", text).strip()


def to_number(digits: str) -> float:
    """'1,312' -> 1312.0; also accepts '1098' and '0.15'."""
    return float(digits.replace(",", ""))


def parse_year(text: str) -> int | None:
    """The year a value refers to: '(2025 est.)' -> 2025, '(July 2020 est.)' -> 2020, '(2014-15 est.)' -> 2015.

    Takes the last parenthesised year, because the Factbook puts the reference year at the end.
    """
    found = None
    for m in _YEAR.finditer(text):
        found = m
    if not found:
        return None
    year = int(found.group(1))
    end = found.group(2)
    if end:
        end_year = int(end) if len(end) == 4 else year // 100 * 100 + int(end)
        if year <= end_year <= year + 10:
            year = end_year
    return year


def is_estimate(text: str) -> bool:
    """True when the value's year is marked 'est.'."""
    return bool(re.search(r"\d{4}\s*est\.?\)", text))


def parse_number(text: str) -> float | None:
    """The first number in the text with its multiplier: '2.057 million' -> 2057000.0; 'NA' -> None."""
    m = _NUMBER.search(text)
    if not m:
        return None
    value = round(to_number(m.group(2)) * _MULTIPLIERS.get(m.group(3) or "", 1.0), 2)
    return -value if m.group(1) else value


def parse_quantity(text: str) -> tuple[float | None, int | None]:
    """A leading quantity and its year: '9,460,972 (2025 est.)' -> (9460972.0, 2025); '207,600 sq km' -> (.., None).

    Text that does not start with a number ('NA', 'no permanent inhabitants') gives (None, None).
    """
    text = clean(text)
    if not re.match(r"^(?:about |approximately |~)?-?\d", text):
        return None, None
    head = re.sub(r"^(?:about |approximately |~)", "", text)
    return parse_number(head), parse_year(text)


def parse_money(text: str) -> tuple[float | None, int | None]:
    """US dollars: '$75.962 billion (2024 est.)' -> (75962000000.0, 2024); '-$1.9 billion' is negative."""
    text = clean(text)
    m = re.search(r"(-)?\$\s*(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b)?", text)
    if not m:
        return None, None
    value = round(to_number(m.group(2)) * _MULTIPLIERS.get(m.group(3) or "", 1.0), 2)
    return (-value if m.group(1) else value), parse_year(text)


def parse_date(text: str) -> str | None:
    """An ISO date (or year-month, or year) from '20 July 1994', 'July 2025', '5 Sep 2025' or '2025'."""
    m = re.search(r"(?:(\d{1,2})\s+)?([A-Z][a-z]{2,8})\.?\s+(\d{4})", text)
    if m and m.group(2)[:3].lower() in _MONTHS:
        month = _MONTHS[m.group(2)[:3].lower()]
        if m.group(1):
            return f"{m.group(3)}-{month:02d}-{int(m.group(1)):02d}"
        return f"{m.group(3)}-{month:02d}"
    m = re.search(r"\b(1[89]\d{2}|20\d{2})\b", text)
    return m.group(1) if m else None


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """Decimal (lat, lon) from '53 54 N, 27 34 E'; south and west are negative."""
    m = re.search(r"(\d{1,2})\s+(\d{1,2})\s*([NS])\s*,\s*(\d{1,3})\s+(\d{1,2})\s*([EW])", clean(text))
    if not m:
        return None
    lat = int(m.group(1)) + int(m.group(2)) / 60
    lon = int(m.group(4)) + int(m.group(5)) / 60
    return (round(-lat if m.group(3) == "S" else lat, 6), round(-lon if m.group(6) == "W" else lon, 6))


_STRUCTURE = re.compile(r"[()\[\],;]")


def split_top(text: str, seps: str = ",;") -> list[str]:
    """Split at separators that are not inside parentheses: 'A 5% (x, y), B 3%' -> ['A 5% (x, y)', 'B 3%']."""
    parts, depth, start = [], 0, 0
    for m in _STRUCTURE.finditer(text):
        ch, i = m.group(), m.start()
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        elif ch in seps and depth == 0:
            if ch == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                continue  # a thousands separator, as in '1,312 km'
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def outside_parens(text: str) -> tuple[str, list[str]]:
    """('Russian 71.4%', ['official']) from 'Russian (official) 71.4%': top-level text and the bracket texts."""
    if "(" not in text and "[" not in text:
        return text.strip(), []
    outer, inner, depth, buf = [], [], 0, []
    for ch in text:
        if ch in "([":
            if depth == 0:
                buf = []
            else:
                buf.append(ch)
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
            if depth == 0:
                inner.append("".join(buf).strip())
            else:
                buf.append(ch)
        elif depth:
            buf.append(ch)
        else:
            outer.append(ch)
    return _SPACE.sub(" ", "".join(outer)).strip(), inner


@dataclass(frozen=True)
class Share:
    """One item of a list such as 'Russian (official) 71.4%' or 'Muslim 10-15%'."""

    name: str
    value: float | None
    low: float | None = None
    high: float | None = None
    official: bool = False
    qualifier: str | None = None  # "range", "less than", "about", ...
    raw: str = ""


_SHARE = re.compile(
    r"(?:(less than|fewer than|under|<|about|approximately|approx\.|nearly|almost|over|more than|>)\s*)?"
    r"(\d+(?:\.\d+)?|(?<![\d.])\.\d+)(?:\s*(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*%"  # '.06%' (Brazil) too
)
_BARE_SHARE = re.compile(r"\s(\d{1,2}(?:\.\d+)?|100)$")
_TRAILING_YEAR = re.compile(r"\s*\((?:[A-Za-z]+\s+)?(?:19|20)\d{2}(?:\s*[-/]\s*\d{2,4})?(?:\s+est\.?)?\)\s*$")
_SKIP_START = re.compile(
    r"^(?:note\b|\d|(?:more than|over|some|about|approximately|less than) \d|many |several |see |including |"
    r"includes |less common |declining |small )",
    re.I,
)


def parse_shares(text: str) -> tuple[list[Share], int | None]:
    """Named shares and the list's year, for languages, religions and ethnic groups.

    'Russian (official) 71.4%, Belarusian (official) 26%, other 0.3% (...) (2019 est.)' gives three
    Shares and 2019. Items without a share keep value None ('Fang, Myene'); sub-breakdowns in brackets
    ('Protestant 45% (Methodist 34.6%, ...)') are kept inside their parent; descriptive items
    ('55 languages', 'note - ...') are skipped.
    """
    text = clean(text)
    text = re.split(r"\s*;?\s*\bnote\s*:", text, maxsplit=1)[0]
    year = parse_year(text)
    body = _TRAILING_YEAR.sub("", text)
    shares: list[Share] = []
    for item in split_top(body):
        item = _TRAILING_YEAR.sub("", item).strip(" .")
        outer, inner = outside_parens(item)
        official = any(re.search(r"\bofficial\b", q, re.I) and "unofficial" not in q.lower() for q in inner)
        m = _SHARE.search(outer)
        value = low = high = None
        qualifier = None
        if m:
            name = outer[: m.start()]
            low_v, high_v = float(m.group(2)), m.group(3)
            if high_v is not None:
                low, high = low_v, float(high_v)
                value, qualifier = round((low + high) / 2, 4), "range"
            else:
                value = low_v
                word = (m.group(1) or "").lower()
                if word in ("less than", "fewer than", "under", "<"):
                    qualifier, low, high = "less than", 0.0, low_v
                elif word in ("over", "more than", ">"):
                    qualifier, low = "more than", low_v
                elif word:
                    qualifier = "about"
        else:
            bare = _BARE_SHARE.search(outer)
            name = outer[: bare.start()] if bare else outer
            value = float(bare.group(1)) if bare else None
        name = re.sub(r"^(?:and|or)\s+", "", name.strip(" ,;:-–")).strip()
        name = re.sub(r"\s+(?:is|are)\b.*$", "", name) if re.search(r"\s(?:is|are)\s", name) else name
        name = re.sub(r"^.*\b(?:cited|include|includes|including)\s+", "", name)
        lead = re.match(r"^(predominantly|traditionally|mostly|mainly|largely|some)\s+(?=[A-Z])", name)
        if lead:  # 'predominantly Swazi', 'traditionally Buddhist and Confucian'
            name, qualifier = name[lead.end():], qualifier or lead.group(1)
        if not name or _SKIP_START.match(name) or (value is None and (len(name.split()) > 5 or name[0].islower())):
            continue
        shares.append(Share(name, value, low, high, official, qualifier, item))
    return shares, year


_NAMES = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)*(?:(?:, | and | or )[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)*"
_OFFICIAL_SENTENCE = re.compile(
    rf"({_NAMES}) (?:is|are) (?:the |an )?(?:subsidiary |national |co-)?official (?:national )?languages?"
    r"(?=\s*$|[;.,A-Z]|\s+as of\b|\s+but\b)"
)
_OFFICIAL_MARK = re.compile(r"\b([A-Z][\w'-]+) \(official[;),]")


def official_languages(text: str) -> list[str]:
    """Languages a sentence or note declares official nationally.

    'Tetun and Portuguese are official languages', 'English is the subsidiary official language but ...',
    'English (official; lingua franca ...)'. Regional statuses ('official in Sonsoral', 'official minority
    languages', 'official language of the three special municipalities') are deliberately not matched.
    """
    text = clean(text)
    names: list[str] = []
    for version in (re.sub(r"\s*\([^()]*\)", "", text), text):
        for m in _OFFICIAL_SENTENCE.finditer(version):
            names += [n for n in re.split(r", | and | or ", m.group(1)) if n]
    names += _OFFICIAL_MARK.findall(text)
    return list(dict.fromkeys(n.strip() for n in names))


def _rejoin(items: list[str], has_value: re.Pattern[str]) -> list[str]:
    """Glue 'Congo' back onto 'Republic of the 5%': a comma inside a name splits it into two items."""
    out: list[str] = []
    pending = ""
    for item in items:
        if has_value.search(item):
            out.append(f"{pending}, {item}" if pending else item)
            pending = ""
        else:
            pending = f"{pending}, {item}" if pending else item
    return out


def parse_borders(text: str) -> list[tuple[str, float, str]]:
    """(neighbour name, km, raw item) from 'Latvia 161 km; Lithuania 640 km; ...; Russia 1,312 km'."""
    out = []
    for item in _rejoin(split_top(clean(text)), re.compile(r"\d\s*km\b")):
        outer, _ = outside_parens(item)
        m = re.match(r"^(.*?)\s+(\d[\d,]*(?:\.\d+)?)\s*km\b", outer)
        if m and m.group(1).strip():
            out.append((m.group(1).strip(" :-"), to_number(m.group(2)), item))
    return out


def parse_partners(text: str) -> tuple[list[tuple[str, float, str]], int | None]:
    """(partner name, %, raw item) and the year from 'China 34%, Kazakhstan 10%, ... (2023)'."""
    text = clean(text)
    year = parse_year(text)
    out = []
    for item in _rejoin(split_top(_TRAILING_YEAR.sub("", text)), re.compile(r"\d\s*%")):
        m = re.match(r"^(.*?)\s+(\d+(?:\.\d+)?)\s*%", item)
        if m and m.group(1).strip():
            out.append((m.group(1).strip(), float(m.group(2)), item))
    return out, year


def parse_memberships(text: str) -> list[tuple[str, str | None, str]]:
    """(organisation as written, qualifier or None, raw item) from 'BSEC (observer), CBSS (observer), CEI, ...'."""
    text = clean(text)
    text = re.sub(r"^.*?following organizations[^:]*:\s*", "", text)
    out = []
    for item in split_top(text, ",;"):
        outer, inner = outside_parens(item)
        org = outer.strip(" .")
        if not org or org.lower() in ("none", "note") or len(org) > 40:
            continue
        out.append((org, "; ".join(inner) if inner else None, item))
    return out


_CAPITAL_NOTE = re.compile(r"^[^;]{0,45}\bcapital$|^seat of government$", re.I)


def parse_urban_areas(text: str) -> list[tuple[str, float, bool, str | None, int | None]]:
    """(city, population, is capital, qualifier, year) from '2.057 million MINSK (capital) (2023)'.

    Capitals are the names the Factbook writes in capitals and marks '(capital)'; a group separated by ';'
    carries its own year ('285,000 PORTO-NOVO (capital) (2018); 1.253 million Abomey-Calavi (2022)').
    """
    out = []
    for group in split_top(clean(text), ";"):
        year = parse_year(group)
        for item in split_top(_TRAILING_YEAR.sub("", group), ","):
            outer, inner = outside_parens(item)
            m = re.match(r"^(\d[\d,]*(?:\.\d+)?)\s*(thousand|million)?\s+(.+)$", outer)
            if not m:
                continue
            value = round(to_number(m.group(1)) * _MULTIPLIERS.get(m.group(2) or "", 1.0))
            qualifier = next((q for q in inner if _CAPITAL_NOTE.match(q)), None)
            out.append((m.group(3).strip(), value, qualifier is not None, qualifier, year))
    return out


def parse_capitals(text: str) -> list[tuple[str, str | None]]:
    """(name, qualifier) from 'Pretoria (administrative capital); Cape Town (legislative capital); ...'."""
    out: list[tuple[str, str | None]] = []
    text = clean(text)
    seat = re.match(r"^no official capital; government offices in (?:the )?(.+?)(?: District)?$", text)
    if seat:  # Nauru
        return [(seat.group(1), "seat of government")]
    for item in split_top(text, ";,"):
        if re.match(r"^(?:note|aka|the |see )", item, re.I):
            continue
        outer, inner = outside_parens(item)
        qualifier = next((q for q in inner if _CAPITAL_NOTE.match(q)), None)
        m = re.match(r"^(.*?)\s+is the (.*capital)\b", outer)
        if m:
            outer, qualifier = m.group(1), m.group(2)
        name = outer.strip(" .")
        if name and name[0].isupper() and len(name.split()) <= 5:
            out.append((name, qualifier))
        if not out:
            break
    return out


def parse_currency(text: str) -> tuple[str | None, list[str]]:
    """('Belarusian rubles', ['BYB', 'BYR']) from 'Belarusian rubles (BYB/BYR) per US dollar -'."""
    text = clean(text)
    low = text.lower()
    if "us dollar is used" in low or "us dollar became" in low:
        return "US dollar", ["USD"]
    if "uses the euro" in low:
        return "euro", ["EUR"]
    head = re.split(r"\s+per\s+US dollar", text, maxsplit=1, flags=re.I)[0]
    if head == text and " per " not in low:
        return None, []
    outer, inner = outside_parens(head)
    codes = [c for q in inner for c in re.findall(r"\b[A-Z]{3}\b", q)]
    name = outer.strip(" -:") or None
    return name, codes


# Office holders live in their own module; re-exported here for callers of `parse.parse_people`.
from bilateral.countries.parse_people import Person, parse_people, parse_person, title_case  # noqa: E402, F401
