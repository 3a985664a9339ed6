"""One document in, all its records out: the order in which the extractors run and share context.

Leaders are learnt first (a whole-document pass), then sentences are walked in reading order so
that dates without a year, relative dates and pronouns can lean on what came before. Events are
de-duplicated ("one event per distinct happening": the same type, actors and date said twice),
and terms of office from a comparison table are added unless the prose already tells them.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter

from bilateral.documents.model import Document
from bilateral.extract.actors import learn_people, learn_visitors
from bilateral.extract.dates import heading_period, year_of
from bilateral.extract.events import EventExtractor
from bilateral.extract.figures import sentence_figures, table_figures, told_once
from bilateral.extract.gazetteer import COMBINING, find_names, is_org
from bilateral.extract.happenings import TREATIES
from bilateral.extract.missions import extract_missions
from bilateral.extract.records import EventRecord, Extraction
from bilateral.extract.scoring import compatible
from bilateral.extract.tables import table_events
from bilateral.extract.ties import extract_border, extract_organisations

_TITLE_PAIR = re.compile(r"^(.+?)\s+relations\b", re.IGNORECASE)
def _side(part: str) -> str | None:
    part = part.strip()
    if part.lower() in COMBINING:
        return COMBINING[part.lower()]
    names = [x for x in find_names(part) if not is_org(x.code)]
    return names[0].code if names and names[0].start == 0 and names[0].end == len(part) else None


def _title_pair(title: str) -> tuple[str, str] | None:
    """'X–Y relations': split at the en dash, else at the hyphen where both sides are names ("Guinea-Bissau–
    Portugal", "Timor-Leste–Indonesia", "Sino-Indian")."""
    m = _TITLE_PAIR.match(title)
    if not m:
        return None
    body = m.group(1).strip()
    dashes = [i for i, ch in enumerate(body) if ch in "–—"] or [i for i, ch in enumerate(body) if ch == "-"]
    for i in dashes:
        a, b = _side(body[:i]), _side(body[i + 1 :])
        if a and b and a != b:
            return a, b
    return None


def infer_pair(doc: Document) -> tuple[str, str] | None:
    """The two states of a relations article: from an "X–Y relations" title, else the two most named."""
    pair = _title_pair(doc.title or "")
    if pair:
        return pair
    counts = Counter(x.code for x in find_names(doc.text) if not is_org(x.code))
    top = [c for c, _ in counts.most_common(2)]
    return (top[0], top[1]) if len(top) == 2 else None


_NO_EVENTS = re.compile(r"^(?:see\s+also|references|notes|external\s+links|further\s+reading|bibliography|sources)$",
                        re.IGNORECASE)  # fmt: skip


def _skip(doc: Document, start: int, section: int) -> bool:
    """Paragraphs that are a bare quotation, and the link lists at an article's end, narrate no events."""
    if doc.text[start] in "\"“'‘":
        return True
    sec = doc.sections[section] if section < len(doc.sections) else None
    return bool(sec and sec.path and _NO_EVENTS.match(sec.path[-1].strip()))


def _period(doc: Document, section: int) -> tuple[str, bool] | None:
    sec = doc.sections[section] if section < len(doc.sections) else None
    if sec is None:
        return None
    for heading in reversed(sec.path):
        p = heading_period(heading)
        if p:
            return p
    return None


def _told_signing(ev: EventRecord, events: list[EventRecord]) -> bool:
    """'under the 1997 treaty' names a signing the text tells elsewhere ('signed a treaty in 1997'): the
    named document is an event only where no other agreement of its year is told."""
    if ev.plover != "AGREE" or (ev.trigger or "").lower() not in TREATIES:
        return False
    named_first = True
    for o in events:
        if o is ev:
            named_first = False
        elif o.plover == "AGREE" and year_of(o.date) == year_of(ev.date) and compatible(o.date, ev.date):
            if (o.trigger or "").lower() not in TREATIES or named_first:
                return True
    return False


_CASUALTIES = re.compile(r"\b(?:killed|died|dead|wounded|injured)\b")
"""An act's toll, told after it ("clashed in the Galwan valley on 15 June 2020, and 20 Indian soldiers were
killed"): the same happening, not a second one."""


def _dedupe(events: list[EventRecord]) -> list[EventRecord]:
    """One event per happening told twice (in two sentences, or over one span, or as the toll of an act told
    before it); none dated after this year ("supply gas through 2040" is a term, not a happening: what a text
    says happened cannot lie in the future). Two acts of one type on one day in one sentence are two happenings:
    "recalled its ambassador and closed its embassy"."""
    out: list[EventRecord] = []
    this_year = datetime.date.today().year
    for ev in events:
        if (year_of(ev.date) or 0) > this_year or _told_signing(ev, events):
            continue
        dup = any(
            o.plover == ev.plover and o.date == ev.date and set(o.actors) == set(ev.actors) and len(ev.date) == 10
            and (o.sentence_start != ev.sentence_start or (o.start < ev.end and ev.start < o.end)
                 or _CASUALTIES.search(ev.trigger or "") is not None)
            for o in out
        )
        if not dup:
            out.append(ev)
    return out


def _holder(cell: str) -> str | None:
    """The office holder's last name in a table cell such as 'President Lương Cường (2024'."""
    m = re.search(r"([^\W\d_][\w'’-]+)\s*\(", cell)
    return m.group(1) if m else None


def extract(doc: Document, *, pair: tuple[str, str] | None = None) -> Extraction:
    """Events, missions, shared organisations, border and figures of one document, with spans."""
    pair = pair or infer_pair(doc)
    people = learn_people(doc)
    learn_visitors(doc, people, pair)
    walker = EventExtractor(doc.text, people, pair)
    events: list[EventRecord] = []
    figures = []
    for sent in doc.sentences:
        if _skip(doc, sent.start, sent.section):
            continue
        before = walker.ctx.last_year
        events += walker.sentence(sent.start, sent.end, sent.section, _period(doc, sent.section))
        explicit = [year_of(ev.date) for ev in events if ev.sentence_start == sent.start and not ev.vague]
        year = explicit[0] if explicit else (walker.ctx.last_year or before)
        figures += sentence_figures(doc.text, sent.start, sent.end, year)
    events = _dedupe(events)
    for ev in table_events(doc):
        # the prose already tells this term when an office event of the same state and year names the holder
        # ("Alexander Lukashenko coming to power in July 1994"); another office change that year does not
        holder = _holder(doc.text[ev.start : ev.end])
        told = any(o.plover == "OTHER" and o.actors[:1] == ev.actors and compatible(o.date, ev.date)
                   and (holder is None or holder in doc.text[o.start : o.end]) for o in events)  # fmt: skip
        if not told:
            events.append(ev)
    return Extraction(
        title=doc.title,
        pair=pair,
        events=events,
        missions=extract_missions(doc, pair),
        organizations=extract_organisations(doc, pair),
        border=extract_border(doc, pair),
        figures=told_once(figures) + table_figures(doc),
    )
