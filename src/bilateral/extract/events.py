"""Events from sentences: for each clause a trigger, its date and its actors.

`reading.py` decides what a clause says (its PLOVER type); this module walks a document's
sentences in order and attaches what the text around it supplies: the date (from the clause,
else the sentence, else the running context of the section at year precision, else the section
heading's period, marked vague; "a year later" moves the previous event's date), and the actors
(pair-aware: a bilateral act naming one side involves the other). A dated noun ("its 9 August
presidential election", "the September 11 attacks") and a nested "invasion of X" are events of
their own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bilateral.extract.actors import People, clause_actors
from bilateral.extract.asides import OFFICE, aside_acts, aside_of_main, find_asides, is_office_apposition
from bilateral.extract.clause_dates import DOC_NAMES, ClauseDater, Context
from bilateral.extract.compound import dated_second_act, framing_meeting, listed_dates
from bilateral.extract.dates import NUMWORDS, DateMention, find_dates, shift
from bilateral.extract.during import acted_in, happening_dates
from bilateral.extract.gazetteer import find_names, is_org
from bilateral.extract.happenings import (
    DATED_NOUN,
    Happening,
    around,
    dated_noun_event,
    find_happenings,
    happening_event,
)
from bilateral.extract.lexicon import Trigger, find_triggers, quad_of
from bilateral.extract.listings import visit_line
from bilateral.extract.reading import (
    LEADING,
    QUOTES,
    choose,
    classify,
    clauses,
    coordinated,
    in_name,
    within,
)
from bilateral.extract.reciprocal import RECIPROCITY, reciprocal_acts
from bilateral.extract.records import EventRecord
from bilateral.extract.untyped import untyped_act

__all__ = ["EventExtractor", "classify", "clauses"]

_AFTER_THEN = re.compile(r"(?:After|Following|When|Once|During|Amid)\b")
"""A lead that tells what came first or around: the act happened then ("Before 2004, Gazprom sold gas ..." and
"Since 2014, ..." tell a state of affairs, not an act)."""
_AUX = re.compile(r"\b(?:was|were|is|are|be|been|being|has|have|had|get|got)\s+(?:\w+\s+)?$", re.IGNORECASE)
_INVASION_OF = re.compile(r"\b(?:the\s+)?(?:invasion|annexation|occupation)\s+of\s+")
_OFFICE_CHANGE = re.compile(r"resign|step(?:ped|s)?\s+down|seiz(?:ed|es|e|ing)\s+power", re.IGNORECASE)
"""'Suharto resigned', 'Mubarak stepped down', 'Kérékou seized power': read as RETREAT or COERCE, so that a second
act joined to it is still cut off ('resigned on 10 November and flew to Mexico'), but typed as an office change of
one state (the golds: 'resigned' OTHER 47 of 53, one state in 47; 'seized power' OTHER 54 of 62, one state in
all)."""
_CIVILIANS = re.compile(r"\b(?:farmers|truckers|drivers|activists|workers|students|protesters|demonstrators|"
                        r"nationalists|residents|miners|unions?|crowds?|fans|villagers|fishermen|hauliers|pensioners)"
                        r"\s+$")  # fmt: skip
_NONSTATE = re.compile(r"\b(?:gunmen|militants?|insurgents?|terrorists?|rebels?|suicide|bombers?|jihadists?|"
                       r"separatists?|extremists?|armed\s+men|guerrillas?|Taliban|al-Qaeda|Islamic\s+State|ISIL|ISIS|"
                       r"Hamas|Hezbollah)\b")
_DOMESTIC = re.compile(r"\bseized\s+power\b|\bmartial\s+law\b|\bcrackdown\b|\bcoup\b|\bstate\s+of\s+emergency\b"
                       r"|\bassassinated\b|\bmurdered\b|\bmutinied\b", re.IGNORECASE)
"""Acts within one state: of the matched events the extractor read with both states of the pair, the golds give
a lone state for a state of emergency 7 times in 8, an assassination or a murder 15 in 21, a mutiny 4 in 4."""
# acts the lexicon has no type for that a state does within itself: "Tandja dissolved parliament", "the army removed
# Morsi", "Honduras seceded", "Nepal promulgated its new constitution"; not in an aside ("who had returned as")
_INTERNAL = re.compile(r"(?<!who )(?<!had )\b(?:dissolved|impeached|renamed|promulgated|elected|seceded|succeeded|"
                       r"was\s+awarded|removed\s+[A-Z]\w+|returned\s+as)\b")
_DATED_BY = re.compile(r"\s+by\s+[^,;()]{2,80}?\s+(?:on|in)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\b")
_DOCUMENT = re.compile(rf"\b(?:{DOC_NAMES}|treaty|agreement|accord|convention|protocol|declaration|pact|deal)\b"
                       r"[^,;]{0,30},?\s+$")
_JOINED = re.compile(r",?\s*(?:and\s+(?:then\s+|also\s+)?)?[a-z]+ed\b")  # a verb joined to the clause before
_WHERE = re.compile(r"[\s,]*(?:where|at\s+which|during\s+which)\s")
_POLL = re.compile(r"\b(?:polls?|survey(?:s|ed)?|respondents|opinion\s+research)\b", re.IGNORECASE)
_VENUE = re.compile(r"\b(?:with|at|to|before|in|within)\s+(?:the\s+)?$")
_FORCES = re.compile(r"\s*(?:forces|troops|army|military|soldiers)\b")


# A sentence opening with a word that points back to the last named state: "The country then expelled ...".
_ANAPHOR = re.compile(r"(?:It|The\s+country|The\s+government|The\s+state)\s+"
                      r"(?:then\s+|later\s+|also\s+|subsequently\s+)?"
                      r"(?:[a-z]+ed|sent|gave|took|made|met|held|lent|sold|broke|froze|cut|withdrew|brought|left)\b")


def _describes(aside: tuple[int, int], happened: list[tuple[int, int]]) -> bool:
    """'After the Lima Uprising, which began on 1 August 1944, ...': the aside dates the happening before it."""
    return any(0 <= aside[0] - b <= 1 for _, b in happened)


_PRESENT = re.compile(r"\b(?:does|do|has|have|continues?\s+to|is|are|remains?)\s+"
                      r"(?:(?:\w+ly|not|long|still|also)\s+)*$")  # fmt: skip
_PRESENT_VERB = re.compile(r"(?:hosts|continues|remains|maintains|supports|accuses|recogni[sz]es|rents|leases|imports|"
                           r"exports|buys|sells|supplies|provides|funds|operates|claims|disputes|rejects|opposes|backs|"
                           r"trains|deploys|stations|keeps|holds|has|have|is|are)\b")
"""A clause in the present, which states how things stand rather than telling what happened: with no date
in its sentence it is no event, however recent the section's year."""


_OFFSET = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+$",
                     re.IGNORECASE)  # fmt: skip
"""The count a clause cut off before its "after"/"before": "one day| after the EC had done so"."""


class EventExtractor(ClauseDater):
    """Walks a document's sentences in order and yields events."""

    def __init__(self, text: str, people: People, pair: tuple[str, str] | None) -> None:
        self.text = text
        self.people = people
        self.pair = pair
        self.ctx = Context()
        self._extra: list[EventRecord] = []
        self._sent_start = 0
        self._sent_anchor: str | None = None
        self._asides: list[tuple[int, int]] = []
        self._happenings: list[Happening] = []
        self._quotes = [(m.start(), m.end()) for m in QUOTES.finditer(text)]

    def sentence(
        self, s: int, e: int, section: int, heading_period: tuple[str, bool] | None
    ) -> list[EventRecord]:
        """Events of one sentence; updates the running date context."""
        text = self.text
        dates = find_dates(text, s, e)
        visit = visit_line(text, s, e, dates, self.people, self.pair)  # "- May 2008: Hu Jintao to Tokyo"
        if visit:
            self._update_context(dates, set(), section, [visit], s, e)
            return [visit]
        quotes = [(a, b) for a, b in self._quotes if a < e and b > s]
        triggers = [
            t for t in find_triggers(text, s, e)
            if not within(t.start, quotes) and not self._attributive(t, s) and not in_name(text, t, s)
        ]
        poll = _POLL.search(text, s, e)  # "a 2019 poll found that 88% supported closer relations": opinions
        if poll:
            triggers = [t for t in triggers if t.start < poll.start()]
        named = find_happenings(text, dates, s, e, [(t.start, t.end) for t in triggers])  # "the 2020 ... War"
        self._named = [(h.start, h.end) for h in named if not h.nominal]
        self._happenings = named
        triggers = [t for t in triggers if not any(h.start <= t.start < h.end for h in named)]
        asides = find_asides(text, s, e)
        in_asides = [t for t in triggers if within(t.start, asides)]
        triggers = [t for t in triggers if not aside_of_main(text, t, asides, triggers, s, e)]
        self._asides = asides
        out: list[EventRecord] = []
        self._extra = []
        self._sent_start = s
        self._sent_anchor = self.ctx.anchor
        consumed: set[int] = set()
        for d in dates:  # dated nouns: "its 9 August presidential election"
            if d.kind in ("dm", "dmy") and not within(d.start, quotes):
                nm = DATED_NOUN.match(text, d.end, e)
                if nm:
                    ev = dated_noun_event(text, d, nm, (s, e), self.ctx.last_year, self.pair)
                    if ev:
                        out.append(ev)
                        consumed.add(d.start)
        names_told: set[str] = set()  # "... in the Indo-Pakistani War of 1971, and backed ... the same war"
        eventful: set[int] = set()  # starts of the happenings that are events
        for h in named:
            hev = happening_event(text, h, s, e, self.pair)
            if hev:
                eventful.add(h.start)
                consumed.update(d.start for d in dates if h.start <= d.start < h.end)
            name = re.sub(r"^(?:the|its|their)\s+", "", text[h.start : h.end], flags=re.IGNORECASE)
            if hev and name not in names_told:
                out.append(hev)
            names_told.add(name)
        subject: str | None = self.ctx.previous_subject if _ANAPHOR.match(text, s) else None
        last: EventRecord | None = None  # the sentence's last clause event
        read_at: set[int] = set()  # where the clauses' events were read: an aside read so tells no second act
        dated_sentence = any(not d.modifier for d in dates)
        own_dates = [d.start for d in dates if not d.modifier and d.kind != "decade"]
        for cs, ce in coordinated(text, clauses(text, s, e), triggers, own_dates):
            own = [d for d in dates if cs <= d.start < ce and not d.modifier]  # the clause's own dates
            picked = choose(text, cs, ce, triggers)
            untyped = picked is None  # an act the lexicon does not know: its type stays OTHER, its actors are read
            if picked is None:  # read as for a typed act (both sides, if bilateral)
                led = self._led(s, cs, dates)
                picked = self._untyped(cs, ce, dates, consumed, subject=subject is not None, led=led)
            before_main = False
            if picked is None and dated_sentence:
                picked = self._untyped(cs, ce, dates, consumed, undated=True)  # "after the Bundestag adopted ..."
                before_main = picked is not None
            if picked is None:
                continue
            trig, plover, negated = picked
            background = plover == "OTHER" and re.match(r"(?:shortly\s+|soon\s+|\w+\s+days\s+)?(?:after|before)\s",
                                                         text[cs : cs + 20])  # fmt: skip
            # "soon after Ukraine gained independence from the Soviet Union in 1991": dated there, a fact of its own
            background = background and not any(d.explicit for d in own)
            if background and not before_main and not OFFICE.search(text, trig.start, trig.end + 5):
                continue  # "..., after China began building a road": background to the main happening
            if plover == "PROTEST" and self._state_protests(cs, trig):
                plover = "ACCUSE"  # "Seoul protested": a government's protest is a complaint, not a demonstration
            elif plover in ("COERCE", "SANCTION") and _CIVILIANS.search(text, cs, trig.start):
                plover = "PROTEST"  # "Polish farmers blockaded border crossings": people, not the state, act
            elif plover in ("RETREAT", "COERCE") and _OFFICE_CHANGE.match(text, trig.start, trig.end + 6):
                plover = "OTHER"
            listed = happening_dates(text, named, cs, ce)  # the named happenings the clause acts in, dated
            date, vague = self._date_for(dates, consumed, cs, ce, trig.start, section, heading_period, trig.end,
                                         during=listed)  # fmt: skip
            if last and _JOINED.match(text, cs) and not own \
                    and any(d.start >= ce and d.resolve(self.ctx.last_year) == date for d in dates):
                date, vague = last.date, last.vague  # "declared it void and recalled ..., and on 6 January ..."
            elif last and _WHERE.match(text, cs) and not own:
                before = max((ev for ev in out + self._extra if ev.start < cs), key=lambda ev: ev.start, default=last)
                date, vague = before.date, before.vague  # "met again a month later, where they signed ...": then
            if date is None:
                continue
            if not own:
                date = self._offset_clause(cs, date)  # "..., one day after the EC had done so"
            present = _PRESENT.search(text, max(cs, trig.start - 40), trig.start) or _PRESENT_VERB.match(
                text, trig.start)
            if present and not dated_sentence:
                continue  # "Ethiopia hosts ...", "Khartoum has repeatedly accused Juba ...": undated, in the present
            if background and "/" not in date:
                date = date[:4]  # "three days after X took office": before the sentence's date, within its year
            actors, fallback = clause_actors(text, cs, ce, self.people, trigger_at=trig.start, pair=self.pair,
                                             previous_person=self.ctx.previous_person, subject=subject)  # fmt: skip
            actors = self._around_aside(actors, asides, s, cs, ce, trig.start)
            if not any(not is_org(a) for a in actors):
                continue  # an event involves at least one state
            if not fallback:
                subject = actors[0]
                if not is_org(subject):
                    self.ctx.previous_subject = subject
            actors = self._final_actors(actors, "UNTYPED" if untyped else plover, fallback, s, e, cs, ce)
            if any(h.plover == plover and cs <= h.start and 0 <= trig.start - h.end <= 3 for h in named):
                continue  # "The 1983 Rangoon bombing killed four ministers": the happening, told once
            inside = acted_in(text, named, cs, ce)
            if inside is not None and not inside.nominal and inside.plover == plover and inside.start in eventful:
                continue  # "both of which fought in the 2008 South Ossetia War": the war itself
            span_start, span_end = around(named, cs, ce, trig.start)
            out.append(EventRecord(
                date=date, actors=actors, plover=plover, quad=quad_of(plover), start=span_start, end=span_end,
                sentence_start=s, sentence_end=e, vague=vague, cameo_root=trig.cameo[:2] or None,
                negated=negated, confidence=0.4 if fallback else 0.7, trigger=text[trig.start : trig.end],
            ))  # fmt: skip
            last = out[-1]
            read_at.add(trig.start)
            self._secondary(out[-1], cs, ce, date, vague)
            self._compound(out[-1], cs, ce, dates, triggers, trig)
            for more in listed[1:]:  # "in the Indo-Pakistani War of 1965 and Indo-Pakistani War of 1971"
                if more != date:
                    self._extra.append(replace(out[-1], date=more))
            if not vague:
                self._anchor(date)
        out += self._extra
        happened = [(h.start, h.end) for h in named]
        undescribed = [d for d in dates if d.start not in consumed and not within(d.start, happened)]
        own_acts = [a for a in asides if not _describes(a, happened) and not any(a[0] <= x < a[1] for x in read_at)]
        out += aside_acts(text, self.people, in_asides, own_acts, undescribed, out, (s, e), self.ctx.last_year,
                          self.pair, lambda d: d.resolve(self.ctx.last_year, self._anchor_for(d, dates)))
        if RECIPROCITY.search(text, s, e):  # "Cambodia reciprocated", "as did Mauritania"
            states = sorted((n for n in find_names(text, s, e) + self.people.find(text, s, e) if not is_org(n.code)),
                            key=lambda n: n.start)  # fmt: skip
            out += reciprocal_acts(text, s, e, out, states, dates,
                                   lambda d: d.resolve(self.ctx.last_year, self._anchor_for(d, dates)))
        self._update_context(dates, consumed, section, out, s, e)
        out.sort(key=lambda ev: ev.start)
        return out

    def _offset_clause(self, cs: int, date: str) -> str:
        """'recognised it on 7 April 1992, one day after the member states had done so': the clause after the
        offset is N units before the date it borrows (or after, for 'before')."""
        m = _OFFSET.search(self.text, max(self._sent_start, cs - 30), cs)
        word = re.match(r"(after|before)\s", self.text[cs : cs + 7])
        if m is None or word is None:
            return date
        count = NUMWORDS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 0)
        unit = m.group(2).lower()
        sign = -1 if word.group(1) == "after" else 1
        moved = shift(date, sign * count, unit if unit in ("day", "week") else unit + "!")
        return moved or date

    def _led(self, s: int, cs: int, dates: list[DateMention]) -> bool:
        """True if the clause at `cs` follows a dated lead of what came first or around ("After the earthquake
        of February 2010, Argentina flew ..."), whose date then dates its act."""
        return cs > s and _AFTER_THEN.match(self.text, s) is not None \
            and LEADING.match(self.text[s : cs + 1]) is not None \
            and any(s <= d.start < cs and not d.modifier and d.kind in ("dmy", "my", "year") for d in dates)

    def _untyped(self, cs: int, ce: int, dates: list[DateMention], consumed: set[int],
                 undated: bool = False, subject: bool = False, led: bool = False) -> tuple[Trigger, str, bool] | None:
        """A dated act in words the lexicon does not know, kept as a fact of the timeline (`untyped`); a date
        that dates a named happening or a dated noun ("soon after the Agreement of 21 February 2014") is theirs."""
        own = [d for d in dates if d.start not in consumed and not within(d.start, self._named)]
        verb = untyped_act(self.text, cs, ce, own,
                           lambda: find_names(self.text, cs, ce) + self.people.find(self.text, cs, ce), undated,
                           subject, led)
        return (verb, "OTHER", False) if verb else None

    def _compound(self, ev: EventRecord, cs: int, ce: int, dates: list[DateMention],
                  triggers: list[Trigger], main: Trigger) -> None:  # fmt: skip
        """More happenings in one clause: the same act on a list of dates, a second act dated on its own,
        talks framing an agreement."""
        limit = ce if any(t.start >= ce for t in triggers) else ev.sentence_end  # no happening of its own follows
        def resolve(d: DateMention) -> str | None:
            return d.resolve(self.ctx.last_year, self._anchor_for(d, dates))
        listed = listed_dates(self.text, ev, dates, resolve, limit)
        self._extra += listed
        usable = [d for d in dates if not self._describes_noun(d, main.start)]  # not "the treaty signed in 1944"
        second = None if listed else dated_second_act(self.text, ev, main, triggers, usable, resolve)
        if second:
            self._extra.append(second)
        other = framing_meeting(self.text, ev, cs, [t for t in triggers if cs <= t.start < ce])
        if other:
            self._extra.append(other)

    def _venues_only(self, actors: list[str], cs: int, ce: int) -> bool:
        """'Brazil filed a complaint with Mercosur': every organisation of the clause is where the act took
        place, not its target, so the act is still between the pair."""
        orgs = [m for m in find_names(self.text, cs, ce) if is_org(m.code) and m.code in actors]
        return bool(orgs) and all(_VENUE.search(self.text, max(cs, m.start - 12), m.start) for m in orgs)

    def _one_sided(self, plover: str, cs: int, ce: int) -> bool:
        """'Gunmen opened fire on the Pakistani embassy', 'the military seized power in Myanmar': a non-state
        attacker or a domestic act; the state named is the only one involved (as the corpus gold codes the
        September 11 attacks with the United States alone)."""
        if _DOMESTIC.search(self.text, cs, ce) or (plover == "UNTYPED" and _INTERNAL.search(self.text, cs, ce)):
            return True
        return plover == "ASSAULT" and bool(_NONSTATE.search(self.text, cs, ce))

    def _final_actors(self, actors: list[str], plover: str, fallback: bool, s: int, e: int,
                      cs: int = 0, ce: int = 0) -> list[str]:  # fmt: skip
        """Pair-aware completion: a bilateral act naming one side involves the other; taking office
        and protests belong to one state (the first named in the sentence when the clause names none)."""
        states = [a for a in actors if not is_org(a)]
        if self.pair and not fallback and plover not in ("OTHER", "PROTEST") and not self._one_sided(plover, cs, ce):
            lone = len(actors) == 1 or (plover in ("CONSULT", "AGREE") and len(set(states)) == 1)  # meetings take two
            lone = lone or (len(set(states)) == 1 and self._venues_only(actors, cs, ce))
            if lone and states[0] in self.pair:
                return actors + [self.pair[1] if states[0] == self.pair[0] else self.pair[0]]
        if plover == "OTHER" and not fallback:
            return actors[:1]
        if self.pair and plover in ("AGREE", "RETREAT", "CONSULT", "CONCEDE") and not set(states) & set(self.pair) \
                and len(set(states)) < 2:  # "Peru and Bolivia concluded an alliance" is theirs
            return list(self.pair) + actors  # "a ceasefire brokered by Russia was signed": between the pair
        if plover in ("OTHER", "PROTEST") and fallback:
            named = sorted((m.start, m.code) for m in find_names(self.text, s, e) + self.people.find(self.text, s, e)
                           if not is_org(m.code))  # fmt: skip
            return [named[0][1]] if named else actors[:1]
        return actors

    def _state_protests(self, cs: int, t: Trigger) -> bool:
        """'Seoul protested', 'Poland formally protested': the protester named right before the verb is a
        state, its capital, a state body or a leader (not 'Polish farmers')."""
        if not self.text.startswith("protest", t.start):
            return False
        named = [m for m in find_names(self.text, cs, t.start) + self.people.find(self.text, cs, t.start)
                 if m.kind in ("state", "capital", "body", "person") and not is_org(m.code)]  # fmt: skip
        if not named:
            return False
        last = max(named, key=lambda m: m.end)
        return re.fullmatch(r"\s+(?:(?:formally|strongly|officially|also|then|later|immediately)\s+)?",
                            self.text[last.end : t.start]) is not None  # fmt: skip

    def _attributive(self, t: Trigger, s: int) -> bool:
        """'an idea backed by Putin': a participle describing a noun, not a happening."""
        word = self.text[t.start : t.end]
        if not word.endswith("ed") or not re.match(r"\s+by\b", self.text[t.end : t.end + 4]):
            return False
        if re.search(r"\b(?:was|were|been|is|are)\s", word):  # "an agreement was concluded by the two governments"
            return False
        if _DATED_BY.match(self.text, t.end) and _DOCUMENT.search(self.text, max(s, t.start - 40), t.start):
            return False  # "The Secure Fence Act, signed by Bush on 26 October 2006, ...": the signing, dated
        return not _AUX.search(self.text[max(s, t.start - 30) : t.start])

    def _secondary(self, ev: EventRecord, cs: int, ce: int, date: str, vague: bool) -> None:
        """'Russian forces ... the invasion of Ukraine': an ASSAULT inside a clause of another type."""
        if ev.plover in ("ASSAULT", "THREATEN"):
            return
        m = _INVASION_OF.search(self.text, cs, ce)
        if not m:
            return
        target = find_names(self.text, m.end(), min(ce, m.end() + 40))
        if not target or target[0].start != m.end():
            return
        attackers = [x.code for x in find_names(self.text, cs, m.start())
                     if _FORCES.match(self.text, x.end) and not is_org(x.code)]  # fmt: skip
        if not attackers:
            return
        target_code = target[0].code
        elsewhere = [x for x in find_names(self.text, cs, ce) if x.code == target_code and x.start != target[0].start]
        if not elsewhere and target_code in ev.actors and len(ev.actors) > 1:
            ev.actors.remove(target_code)  # named only inside the nested "invasion of X": that event's actor
        self._extra.append(EventRecord(
            date=date, actors=[attackers[0], target[0].code], plover="ASSAULT", quad=quad_of("ASSAULT"),
            start=m.start(), end=target[0].end, sentence_start=ev.sentence_start, sentence_end=ev.sentence_end,
            vague=vague, cameo_root="19", confidence=0.5, trigger=self.text[m.start() : m.end()].strip(),
        ))  # fmt: skip

    def _around_aside(self, actors: list[str], asides: list[tuple[int, int]], s: int, cs: int, ce: int,
                      at: int) -> list[str]:  # fmt: skip
        """'Ecuador, which was supported by Brazil, accused Peru': the clause after the aside acts for the
        state before it (Ecuador), and a state named only inside the aside (Brazil) is no party."""
        aside = next(((a, b) for a, b in asides if cs <= b <= at and a >= s), None)
        if aside is None:
            return actors
        a, b = aside
        head = [m.code for m in find_names(self.text, s, a) if not is_org(m.code)]
        if is_office_apposition(self.text, a):  # "Gordon Bajnai, Hungarian prime minister since April 2009, met":
            return actors  # the state named in it is the head's
        inside = {m.code for m in find_names(self.text, a, b)}
        outside = {m.code for m in find_names(self.text, b, ce)}
        kept = [c for c in actors if c not in inside or c in outside]
        return ([head[-1]] if head else []) + [c for c in kept if not head or c != head[-1]]
