"""When a clause happened: the running date context of a document read in order, and the date of one clause.

Why its own module: `events.py` decides what a clause tells (its trigger, type and actors); the date is a
separate question with its own state (the last year told, the section's last date, the anchor of relative
dates) and its own rules (a clause's own date first, then the happening it acts in, then what came before
it in the sentence, then the section). `EventExtractor` inherits this class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bilateral.extract.dates import BY_BEFORE, DateMention, year_of
from bilateral.extract.happenings import Happening
from bilateral.extract.reading import LEADING, within
from bilateral.extract.records import EventRecord

# named documents, capitalised: "the Water Treaty signed in 1944", "The Secure Fence Act, signed by Bush on ..."
DOC_NAMES = r"Act|Treaty|Agreement|Accords?|Convention|Protocol|Declaration|Pact|Memorandum|Charter"
_AFTER_LEAD = re.compile(r"(?:After|Following|In\s+the\s+wake\s+of)\b")
# "condemned attempts to question the ceasefire agreement signed in May 1994": a date after a noun and a
# past participle describes that noun (when the agreement was signed), not the clause's own happening.
_NOUN_PARTICIPLE = re.compile(
    r"\b(?!(?:was|were|is|are|be|been|being|has|have|had|it|they|which|that|who|and|or|also|then|later|jointly)\s)"
    rf"(?:[a-z]+|{DOC_NAMES})\s+"
    r"(signed|concluded|adopted|ratified|brokered|negotiated|initiall?ed|established|founded)"
    r"\s+(?:in|on)\s+$"
)
# "During the Falklands War, which began with the Argentine landing on 2 April 1982, Chile ...": that year
_DURING_LEAD = re.compile(r"(?:During|Throughout|Amid|In\s+the\s+(?:lead|run|build)-up\s+to)\b")
_FRAMING_YEAR = re.compile(r"(?:During|After|Following|In|At|Before|Amid|Throughout)\s+(?:the|its|their)\s+")
_FRAME_LEAD = re.compile(r"(?:In|During|Throughout)\s+(?:the\s+)?")  # a sentence set in a named happening
_SINCE = re.compile(r"\bsince\s+$")
_WHEN_CLAUSE = re.compile(r"[\s,]*when\b")
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+\s+)?\w+(?:ed|en|un|ne)\b")


@dataclass
class Context:
    """Running date context while walking a document in order."""

    last_year: int | None = None  # last explicit year anywhere before (for "On 14 September")
    section_date: dict[int, str] | None = None  # section index -> last explicit date in it
    anchor: str | None = None  # last event date (for "a year later")
    previous_person: str | None = None
    previous_subject: str | None = None  # the last named initiator (for "The country then expelled ...")

    def __post_init__(self) -> None:
        self.section_date = {}


class ClauseDater:
    """The date half of `EventExtractor`: the running context and the date of one clause."""

    text: str
    ctx: Context
    _sent_start: int
    _sent_anchor: str | None  # the anchor as the sentence began: its relative dates count from it
    _asides: list[tuple[int, int]]
    _named: list[tuple[int, int]]
    _happenings: list[Happening]

    def _anchor_for(self, d: DateMention, dates: list[DateMention]) -> str | None:
        """'X arrived in Quito on 12 May 2008; three officers were detained the same day': a relative date
        counts from the sentence's own earlier date, even when that clause held no event."""
        if d.kind == "relative":
            # "The following day, ... the same day": an earlier relative date counts from the one before it, and
            # the first from the anchor as the sentence began (an event of the sentence may have moved it since)
            value = None
            for x in dates:
                if x.start >= d.start or x.modifier or x.kind == "decade":
                    continue
                if x.kind != "relative" and self._describes_noun(x, -1):
                    continue  # "the Water Treaty signed in 1944 ..., and by the end of that month": not 1944
                if x.kind == "relative":
                    value = x.resolve(self.ctx.last_year, value or self._sent_anchor) or value
                else:
                    value = x.resolve(self.ctx.last_year) or value
            if value:
                return value
        return self.ctx.anchor

    def _anchor(self, date: str) -> None:
        """'Canada expelled a diplomat, and India expelled one the next day': a clause dated only by its
        section (year precision) keeps the more precise anchor of the same year for relative dates."""
        old = self.ctx.anchor
        if old and "/" not in old and old[:4] == date[:4] and len(old) > len(date):
            return
        self.ctx.anchor = date

    def _describes_noun(self, d: DateMention, at: int) -> bool:
        """True if `d` dates a noun before it ("the agreement signed in May 1994"), not the trigger at `at`."""
        m = _NOUN_PARTICIPLE.search(self.text, max(self._sent_start, d.start - 60), d.start)
        return bool(m) and at != m.start(1) and not m.group(0)[:m.start(1) - m.start()].rstrip().endswith("ly")

    def _date_for(self, dates: list[DateMention], consumed: set[int], cs: int, ce: int, at: int, section: int,
                  heading: tuple[str, bool] | None, at_end: int | None = None,
                  during: list[str] | None = None) -> tuple[str | None, bool]:  # fmt: skip
        """The clause's date and whether it is vague; `during` is what `during.happening_dates` gives it."""
        # an aside's date is its own, not the clause's; unless the trigger runs into it ("the Warsaw Uprising,
        # which began on 1 August 1944")
        aside = [r for r in self._asides if not (r[0] <= at < r[1] or (at_end is not None and at < r[0] < at_end))]
        usable = [d for d in dates if not d.modifier and d.start not in consumed and not self._describes_noun(d, at)
                  and not within(d.start, aside)]
        # "the next day" dates its own clause only; "after X had ordered the arson in May 2024, Poland closed ...":
        # what came before is not the clause's time (but "had begun on 1 September 1961, when ... fired" is)
        when = _WHEN_CLAUSE.match(self.text, cs, cs + 10)
        elsewhere = [d for d in usable if d.kind != "relative"
                     and (when or not (d.start < cs and self._pluperfect(d, self._sent_start)))]
        own = [d for d in usable if cs <= d.start < ce]
        # "Two years later ... sailed on 20 August 1820": the day told; but "lost the election of 1 December 2016
        # and conceded the following day": a relative date after the act, the day before it, counts from that day
        later = [d for d in own if d.kind == "relative" and 0 < d.start - (at_end or at) <= 25]
        if any(d.explicit and d.day for d in own) and not (later and all(d.start < at for d in own if d.explicit)):
            own = [d for d in own if d.kind != "relative"]
        for k, pool in enumerate((own, elsewhere)):
            if k:  # no date of the clause's own: what its act's words name, then the happening it acts in
                named = [d for d in dates if d.modifier and d.year and at_end and at < d.start < at_end]
                if named:  # "helped broker the 1972 Addis Ababa Agreement": the act's own phrase names its year
                    return str(named[0].year), False
                if during:  # "supported Iran in the Iran–Iraq War (1980–1988)", before a date outside the clause
                    return during[0], False
            if pool:
                d = min(pool, key=lambda x: abs(x.start - at))
                before = [x for x in pool if x.start < cs]
                if k and before and d.start >= ce:
                    d = max(before, key=lambda x: x.start)  # "blamed X, which Athens denied, and in May ...": April
                value = d.resolve(self.ctx.last_year, self._anchor_for(d, dates))
                if value and d.start < cs and _AFTER_LEAD.match(self.text, self._sent_start, cs):
                    # "After Russia invaded on 24 February 2022, Poland took in ...": later, within the month
                    return (value if "/" in value else value[:7]), d.vague
                if value:
                    return value, d.vague
        framing = next((h for h in self._happenings if h.start < cs
                        and _FRAME_LEAD.fullmatch(self.text, self._sent_start, h.start)), None)
        if framing:  # "In the October 1973 war Iraq sent ..., but it withdrew its forces": the war's time
            return framing.date, False
        if _AFTER_LEAD.match(self.text, self._sent_start, cs) or _DURING_LEAD.match(self.text, self._sent_start, cs):
            # "After the Warsaw Uprising, which began on 1 August 1944, German troops razed the capital":
            # the aside dates what came first; the clause is later, in that year at least
            before = [d for d in dates if not d.modifier and d.start < at and within(d.start, aside) and d.year]
            if before:
                return str(before[-1].year), False
        for d in dates:  # "the 2008 Mumbai attacks": a year naming the event noun right after it
            if d.modifier and d.year and cs <= d.start < at and at - d.end <= 30:
                return str(d.year), False
        if LEADING.match(self.text[self._sent_start : cs + 1] if cs > self._sent_start else ""):
            lead_years = [d.year for d in dates if d.modifier and d.year and d.start < cs]
            if lead_years:  # "After the 2008 Mumbai attacks, India suspended ...": not before that year
                return str(lead_years[0]), False
        after = _AFTER_LEAD.match(self.text, self._sent_start)  # "After the dissolution of the USSR in 1991, ..."
        eaten = [d for d in dates if d.start in consumed and (after or not within(d.start, self._named))]
        if eaten:
            d = ([x for x in eaten if x.start < cs] or eaten)[-1] if after else eaten[0]  # after "(1978–1979)": its end
            y = (d.hi if after else None) or d.year or d.hi or self.ctx.last_year
            if y:
                return str(y), False
        assert self.ctx.section_date is not None
        # the lead (section 0) summarises out of order: an undated sentence there is not dated by the one before
        last = self.ctx.section_date.get(section) if section else None
        if last:
            if "/" in last:
                return last, True
            return last[:4], False
        if heading:
            return heading
        return None, False

    def _pluperfect(self, d: DateMention, s: int) -> bool:
        """True if `d` dates a clause in the past perfect ("... that Argentina had claimed in 2020"): what came
        before the sentence's time, which does not move the running date."""
        lo = max(self.text.rfind(",", s, d.start), self.text.rfind(";", s, d.start), s)
        return bool(_PLUPERFECT.search(self.text, lo, d.start))

    def _update_context(self, dates: list[DateMention], consumed: set[int], section: int,
                        events: list[EventRecord], s: int, e: int) -> None:  # fmt: skip
        assert self.ctx.section_date is not None
        framing = _FRAMING_YEAR.match(self.text, s)  # "During the 2004 presidential election ...": the time is 2004
        told = False
        # "on 2 September President Duda, in office since 2015, declared ...": a state's start told in passing is not
        # the time the text has reached, when the sentence tells another date
        since = [d for d in dates if _SINCE.search(self.text, max(s, d.start - 8), d.start)]
        if len(since) < len([d for d in dates if not d.modifier and d.kind != "relative"]):
            dates = [d for d in dates if d not in since]
        for d in dates:
            if d.kind == "year" and BY_BEFORE.search(self.text, max(s, d.start - 4), d.start):
                continue  # "by 2022 Costa Rica had received ...": a sum at that time, out of the story's order
            if d.modifier and framing and d.start == framing.end() and d.year:
                self.ctx.last_year = d.year
            if d.modifier or d.kind == "relative" or (d.kind == "decade" and (d.hi or 0) - (d.lo or 0) > 20):
                continue  # a century ("around the 10th century") dates its own clause, not the sentences after
            if told and self._pluperfect(d, s):
                continue  # "In August 2021 Chile ..., overlapping the area Argentina had claimed in August 2020"
            value = d.resolve(self.ctx.last_year, self.ctx.anchor)
            if value is None:
                continue
            told = True
            if d.kind != "decade":
                self.ctx.last_year = year_of(value)
            self.ctx.section_date[section] = value
        # "... told the Diet on 7 November that ... The next day ...": the last day the sentence tells, in an
        # event or in its own words (not an aside's), anchors the next sentence's relative dates
        told = [(ev.start, ev.date) for ev in events if not ev.vague]
        told += [(d.start, d.resolve(self.ctx.last_year)) for d in dates if d.kind in ("dm", "dmy") and not d.modifier
                 and not within(d.start, self._asides)]  # fmt: skip
        told = [t for t in told if t[1]]
        if told:
            self._anchor(max(told)[1])
        for m in reversed(self.people.find(self.text, s, e)):
            self.ctx.previous_person = m.code
            break
