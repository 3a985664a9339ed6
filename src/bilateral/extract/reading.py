"""Reading one sentence: where its clauses are, and which event type each clause states.

The rules: a sentence is cut into clauses at connectives that start a new happening ("..., while",
"; ", "..., and exactly a year later"), and at a coordinated verb of another type ("blamed X and
mobilised troops"); each clause takes its leftmost lexicon trigger (a leader "taking office"
only when nothing else happens). Reported speech changes the reading: an obligation in a
statement is a REQUEST, a conditional or announced conflict act a THREATEN, an announced
cooperative act an intent (AGREE), a negated cooperative act a REJECT; summaries ("have fought
four wars") and possibilities ("could visit") are not happenings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilateral.extract.lexicon import (
    CONDITIONAL,
    FUTURE,
    INTENT,
    NEGATION,
    OBLIGATION,
    SPEECH,
    Trigger,
    find_triggers,
)
from bilateral.extract.verbforms import IRREGULAR_PAST, alternation

_BOUNDARY = re.compile(
    r";\s+|,\s+(?=(?:while|whereas|where|but|and|when|before|which\s+(?:was|were)\s+\w+ed|during\s+which|at\s+which)\b)"
    r"|:\s+(?=[a-z])"
    # ", which Greek president X refused", ", which entered into force ...": a relative clause of its own
    r"|,\s+(?=which\s+(?:the\s+)?[A-Z]|which\s+(?:later\s+)?(?:entered|came)\s+into\s+(?:force|effect))"
    r"|\s+(?=(?:after|before)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){1,4}?(?:[a-z]+ed|took|won|left|began|"
    r"broke|came|fell|met|withdrew|sent|seized|held|made|gave|lost|fought|struck)\s)"  # "..., after Venezuela expelled
    r"|\s+and\s+(?=(?:exactly\s+|just\s+)?(?:a|an|one|two|three)\s+(?:year|month|week|day)s?\s+later)"
    r"|\s+and\s+(?=when\s)"  # "The efforts failed and when Germany defeated France ..., Italy declared war"
    r"|,\s+(?=(?:prompting|provoking|forcing)\s)",  # "..., prompting Hungary to summon the ambassador": its own act
)
LEADING = re.compile(r"^(?:After|Following|Before|Despite|Since|Amid|During|When|As|While|Once|"
                     r"In\s+the\s+(?:lead|run|build)-up\s+to)\b[^,]{3,120},\s+")  # fmt: skip
QUOTES = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_SUMMARY = re.compile(r"\b(?:have|has)\s+(?:been\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_COUNTED = re.compile(r"\s+(?:several|many|numerous|multiple|various|two|three|four|five|six|seven|a\s+number\s+of|"
                      r"\d+)\b", re.IGNORECASE)  # fmt: skip
_HYPOTHETICAL = re.compile(r"\b(?:could|might|(?-i:may))\b(?:\s+\w+){0,2}\s*$", re.IGNORECASE)  # not "16 May"
_PROGRESSIVE = re.compile(r"\w+ing\b")
_ALLEGED = re.compile(r"\b(?:allegations?|alleged(?:ly)?|evidence|linking|responsible\s+for|behind\s+the)\b",
                      re.IGNORECASE)  # fmt: skip
_CROWD = re.compile(r"(?:rioters|protesters|demonstrators|strikers|protestors)\b", re.IGNORECASE)
_COUNTED_VISITORS = re.compile(r"(?:\d(?:[\d,.]*\d)?(?:\s+(?:million|thousand))?|\b(?:many|numerous|thousands\s+of|"
                               r"millions\s+of|hundreds\s+of|tens\s+of\s+thousands\s+of))\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:tourists|visitors|people|travell?ers|pilgrims|students|citizens|nationals|fans)\s+$",
                               re.IGNORECASE)
_IRREGULAR_PAST = frozenset(IRREGULAR_PAST)
CONFLICT_ACTS = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "SANCTION"})
COOP_ACTS = frozenset({"CONSULT", "COOPERATE", "AID", "SUPPORT", "CONCEDE", "RETREAT"})


# ", a claim the Turkish defence ministry denied.", ", an accusation Khan rejected": a noun in apposition that a
# state answers in the sentence's last words is a happening of its own (not ", a step Zagreb had long requested")
_APPOSITIVE_ACT = re.compile(r",\s+(?=(?:a|an)\s+(?:[\w-]+\s+){0,2}?[a-z]+\s+(?:that\s+|which\s+)?(?:the\s+)?"
                             r"(?:[A-Z][\w'’-]*|government|president|prime\s+minister|foreign\s+ministry)\b"
                             r"(?:\s+(?!had\b|has\b|have\b)[\w'’-]+){0,6}?\s+[a-z]+(?:ed|ied)\b[^,;]*(?:[.;]|$|,\s+and\s))")
_APPOSED = re.compile(r"(?:a|an)\s")  # the start of such a clause


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a sentence into clauses at connectives that start a new happening."""
    cuts = [start]
    lead = LEADING.match(text[start:end])
    if lead:
        cuts.append(start + lead.end())
    found = sorted([*_BOUNDARY.finditer(text, start, end), *_APPOSITIVE_ACT.finditer(text, start, end)],
                   key=lambda m: m.start())  # fmt: skip
    for m in found:
        if m.start() > cuts[-1]:
            cuts.append(m.end())
            if re.match(r"(?:after|before)\s", text[m.end() : m.end() + 7]) or (  # "after X did Y, Z did W"
                    text.startswith("when ", m.end()) and m.group(0).strip() == "and"):
                comma = text.find(", ", m.end(), end)
                semi = text.find(";", m.end(), end)  # "after X agreed ...; Bulgaria blocked ...": the semicolon first
                if comma > 0 and (semi < 0 or comma < semi):
                    cuts.append(comma + 2)
    cuts.append(end)
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        while a < b and text[a] in " ,;:":
            a += 1
        while b > a and text[b - 1] in " ,;:":
            b -= 1
        if b > a:
            out.append((a, b))
    return out


_OBJECT = re.compile(r"\s+(?:the|its|their|his|her|a|an|all|some|it|them|him|\d)\b")
# acts that are separate happenings when joined to one of their own type: "recalled its ambassador and expelled
# ...", "a 30% tariff ... and suspended electricity sales", "signed a treaty ..., adopted the Khujand Declaration"
_SEPARATE = re.compile(r"recalled|expelled|closed|suspended|summoned|imposed|banned|arrested|detained|seized|adopted|"
                       r"signed|opened|concluded|ratified|launched|established")


_TOLL = re.compile(r"killing|wounding|injuring|leaving")  # ", killing 21 people": the act's toll, not a second act
_AND_BEFORE = re.compile(r"\band\s+(?:(?:was|were|had|has|have)\s+(?:been\s+)?(?:later\s+)?)?$")
_COMMA_BEFORE = re.compile(r",\s+$")


def coordinated(text: str, parts: list[tuple[int, int]], triggers: list[Trigger],
                dated: Sequence[int] = ()) -> list[tuple[int, int]]:  # fmt: skip
    """'India blamed X and mobilised troops': a second verb of another type joined by 'and' is a
    second happening, so the clause is cut before the 'and'. So is a second verb of any kind when each
    verb has a date of its own (`dated`: where the sentence's own dates start): 'Ethiopian forces re-entered
    Somalia in November 2011 and captured Beledweyne on 31 December 2011', 'the building was blown up on
    4 May 1995, the remaining radar was switched off on 31 August 1998'."""
    out: list[tuple[int, int]] = []
    todo = list(parts)
    while todo:
        cs, ce = todo.pop(0)
        both = _dated_halves(text, cs, ce, dated)
        if both is not None:
            out.append((cs, both[0]))
            todo.insert(0, (both[1], ce))
            continue
        inside = [t for t in triggers if cs <= t.start < ce and t.plover != "OTHER"]
        cut = None
        first = text[inside[0].start : inside[0].end].split()[0].lower() if inside else ""
        noun_first = bool(first) and not first.endswith("ed") and first not in _IRREGULAR_PAST  # "a 30% tariff"
        first_end = inside[0].start + len(first) if inside else cs  # "recalled| its ambassador and closed ..."
        for t in inside[1:]:
            word = text[t.start : t.end].split()[0].lower()
            past = word.endswith("ed") or word in _IRREGULAR_PAST or (  # ", accusing it of ...": a second act
                word.endswith("ing") and t.plover != inside[0].plover and not _TOLL.match(word))
            joined = _AND_BEFORE.search(text, max(cs, t.start - 20), t.start)  # "and (were) reinstated"
            if not joined and not past:  # "and imposed the United Nations| sanctions": the verb before the noun
                verb = _AND_VERB_NOUN.search(text, max(cs, t.start - 60), t.start)
                if verb:
                    word, past, joined = verb.group(1).lower(), True, verb
            listed = _COMMA_BEFORE.search(text, max(cs, t.start - 5), t.start) if not joined else None
            listed = listed if listed and _OBJECT.match(text, t.start + len(word)) else None  # ", expelled the ..."
            if ((joined or listed) and past
                    and (t.plover != inside[0].plover or (_SEPARATE.match(word) and (noun_first or (
                        _SEPARATE.match(first) and text[first_end : (joined or listed).start()].strip()))))
                    and t.plover != "COOPERATE"):  # "invaded X and established a puppet state": one happening
                cut = (joined or listed).start()
                break
        if cut is None or cut <= cs:  # no cut, or one that would leave the clause as it is (and loop for ever)
            out.append((cs, ce))
            continue
        head_end = cut
        while head_end > cs and text[head_end - 1] in " ,":
            head_end -= 1
        out.append((cs, head_end))
        todo.insert(0, (cut, ce))  # "abrogated ..., expelled ... and broke relations ...": cut again
    return out


_PAST = r"[a-z]{2,}ed|" + alternation(IRREGULAR_PAST)
"""A past tense, as the clause cuts below look for one."""
_AND_VERB = re.compile(r",?\s+and\s+(?:then\s+|later\s+|soon\s+|also\s+)?(?:had\s+(?=[a-z]{3,}(?:ed|en|wn)\b)|"
                       rf"(?=(?:re-)?(?:{_PAST})\b))")
_VERB_BEFORE = re.compile(rf"\b(?:re-)?(?:{_PAST}|became)\b")
_AND_VERB_NOUN = re.compile(rf"\band\s+((?:re-)?(?:{_PAST}))\s+(?:the|its|their|a|an|new|fresh)\s+"
                            r"(?:[\w'’-]+\s+){0,3}$")
"""A verb whose object is a trigger's noun: "and imposed the United Nations| sanctions"."""


def _new_subject(not_words: str, not_verb: str = "") -> str:
    """A lookahead for a new subject of one to four words (none of `not_words`) and its past verb (not
    `not_verb`): "the remaining radar was switched off", "Paraguay opened"."""
    return (r"(?=(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
            rf"(?:(?!(?:{not_words})\b)[\w'’-]+\s+){{1,4}}?"
            + (rf"(?!{not_verb}\b)" if not_verb else "")
            + rf"(?:(?:was|were)\s+(?:\w+ly\s+)?[a-z]{{3,}}(?:ed|en|wn)|{_PAST})\b)")


_COMMA_SUBJECT = re.compile(r",\s+(?!(?:which|who|whose|and|but|or|while|when|where)\b)"
                            + _new_subject("had|has|have|been|being"))
# "Argentina began the work in 1983 and Paraguay opened the border in 1994": "and" before a new subject's past verb
# ("and Sweden followed three days later" is the act before, repeated: `reciprocal`)
_AND_SUBJECT = re.compile(r",?\s+and\s+" + _new_subject("had|has|have|been|being|then|later|also|was|were|is|are",
                                                                "followed"))


_CLOSES_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,]*$")
"""'Ecuador, which had been invaded by Peru in 1941|, signed ...': the comma ends an aside, not a clause."""


def _dated_halves(text: str, cs: int, ce: int, dated: Sequence[int]) -> tuple[int, int] | None:
    """(end of the first half, start of the second) when the clause is 'verb ... date and verb ... date',
    'verb ... date, the remaining radar was switched off ... date' or 'verb ... date and Paraguay opened ... date'."""
    inside = [d for d in dated if cs <= d < ce]
    if len(inside) < 2:  # most clauses: no second date, nothing to cut (and no pattern to run)
        return None

    def both_dated(m: re.Match[str]) -> bool:
        return any(d < m.start() for d in inside) and any(d >= m.end() for d in inside) \
            and _VERB_BEFORE.search(text, cs, m.start()) is not None

    for m in _COMMA_SUBJECT.finditer(text, cs, ce):
        if both_dated(m) and not any(m.start() <= d < m.end() + 3 for d in inside) \
                and not _CLOSES_ASIDE.search(text, cs, m.start()):
            return m.start(), m.end()
    for m in _AND_VERB.finditer(text, cs, ce):
        if both_dated(m):
            return m.start(), m.start() + len(m.group(0)) - len(m.group(0).lstrip(", "))
    for m in _AND_SUBJECT.finditer(text, cs, ce):
        if both_dated(m) and not any(m.start() <= d < m.end() + 3 for d in inside):
            return m.start(), m.start() + len(m.group(0)) - len(m.group(0).lstrip(", "))
    return None


def in_name(text: str, t: Trigger, s: int) -> bool:
    """A capitalised trigger inside a sentence is part of a name ("the Treaty on the Creation of ..."),
    a hyphenated one an adjective ("Israeli-occupied"); "the Cuban War of Independence broke out" is the
    war's outbreak (a "Milk War" that "erupted" is a trade dispute, left to its other words), "the Peace
    of Bautzen was concluded" the treaty's conclusion and "the Second Link opened to traffic on" the works'
    opening."""
    if t.start <= s:
        return False
    if text[t.start - 1] == "-":
        return True
    return text[t.start].isupper() and not _NAMED_HAPPENING.match(text, t.start, t.end)


_NAMED_HAPPENING = re.compile(r"War\s+of\s+[\w-]+\s+(?:broke\s+out|erupted)$"
                     r"|(?:Uprising|Revolt|Rebellion|Insurrection)\b.*(?:broke\s+out|began|erupted|started)$"
                     r"|(?:Treaty|Peace|Agreement|Accord|Truce|Protocol)\b.*\s(?:was|were|had\s+been)\s+"
                     r"(?:finali[sz]ed|initiall?ed|agreed|concluded)$"
                     # "the Treaty of Zuhab, concluded with Persia in 1639", "the Chittagong Hill Tracts Peace Accord
                     # ended the Shanti Bahini insurgency": a settlement's conclusion, told after its name
                     r"|(?:Treaty|Peace|Agreement|Accords?|Truce|Protocol|Convention|Pact|Armistice|Memorandum)\b.*"
                     r"(?:,\s+(?:concluded|reached)|\s(?:concluded|reached)\s+(?:by|between|with|in|on|at)|\s(?:ended|end\s+to)\s.*)$"
                     # "the Second Link ... opened to traffic on", "the Orange Line metro opened on": the works' opening
                     r"|(?:Bridge|Tunnel|Pipeline|Railway|Highway|Motorway|Canal|Dam|Causeway|Link|Line|Interconnection|"
                     r"Interconnector)\b.*\s(?:opened|inaugurated|completed|commissioned|service|operations?|on|in)$")


def within(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


def choose(text: str, start: int, end: int, triggers: list[Trigger]) -> tuple[Trigger, str, bool] | None:
    """The clause's event trigger and its reading: (trigger, PLOVER type, negated)."""
    inside = [t for t in triggers if start <= t.start < end]
    main = next((t for t in inside if t.plover != "OTHER"), None) or (inside[0] if inside else None)
    if main is not None and main.plover == "CONSULT":  # "Jiang's visit produced a joint declaration": what came of it
        main = next((t for t in inside if t.start > main.start and t.plover == "AGREE"), main)
    if main is not None and _APPOSED.match(text, start) and text[start - 2 : start] == ", ":
        # ", a claim Stockholm rejected": the noun names the act before; the verb is this clause's act
        main = next((t for t in reversed(inside) if t.start > main.start and t.plover != "OTHER"), main)
    if main is not None and _CROWD.match(text, main.start):  # "rioters in Istanbul attacked ...": the verb says what
        verb = next((t for t in inside if main.end < t.start <= main.end + 30 and t.plover in CONFLICT_ACTS), None)
        main = verb or main
    speech = SPEECH.search(text, start, main.start if main else end)
    if main is None:
        if speech and re.search(r"\bmust\b", text[speech.end() : end]):
            m = re.search(r"\bmust\b", text[speech.end() : end])
            pos = speech.end() + m.start()
            return Trigger(pos, pos + 4, "REQUEST", "10"), "REQUEST", False
        return None
    plover = main.plover
    negated = bool(NEGATION.search(text[max(start, main.start - 30) : main.start]))
    near = text[max(start, main.start - 35) : main.start]  # "will visit", "would blockade", "plans to impose"
    later = [t for t in inside if main.end < t.start <= main.end + 20 and t.plover in CONFLICT_ACTS]
    if speech:
        between = text[speech.end() : main.start]
        tail = text[speech.end() : end]
        if OBLIGATION.search(between) and plover not in ("ACCUSE", "REJECT"):
            plover = "REQUEST"
        elif plover in CONFLICT_ACTS and _ALLEGED.search(between):
            plover = "ACCUSE"  # "told parliament there were credible allegations linking X to the killing"
        elif plover in CONFLICT_ACTS and CONDITIONAL.search(tail):
            plover = "THREATEN"
        elif plover in COOP_ACTS and plover != "RETREAT" and FUTURE.search(between):
            plover = "AGREE"
    if (plover in CONFLICT_ACTS or plover == "PROTEST") and FUTURE.search(near) \
            and not _PROGRESSIVE.search(text, main.start, main.end + 1):
        plover = "THREATEN"  # a declared future conflict act is a threat ("would be stationing" is a plan)
    elif plover in COOP_ACTS and FUTURE.search(near):
        plover = "AGREE"  # intent to cooperate: CAMEO 03
    elif plover == "AGREE" and INTENT.search(text, main.start, main.end) and later:
        plover = "THREATEN"  # "prepared to impose martial law"
    if _SUMMARY.search(near) and _COUNTED.match(text, main.end):
        return None  # "the two countries have fought four wars": a summary, not one happening
    if plover in COOP_ACTS and not speech and _HYPOTHETICAL.search(near):
        return None  # "North Korea could eventually open talks": not something that happened
    if plover == "CONSULT" and _COUNTED_VISITORS.search(text, start, main.start):
        return None  # "5 million Japanese tourists visited South Korea": a statistic, not a state visit
    if negated:
        if plover in COOP_ACTS or plover in ("AGREE", "REQUEST"):
            plover = "REJECT"
        elif plover != "REJECT":
            return None
    return main, plover, negated


def classify(text: str, start: int = 0, end: int | None = None) -> tuple[str, Trigger] | None:
    """The PLOVER reading of one sentence (no date or actor needed): its first clause with a trigger."""
    end = len(text) if end is None else end
    quotes = [(m.start(), m.end()) for m in QUOTES.finditer(text, start, end)]
    words = re.findall(r"[A-Za-z]+", text[start:end])
    headline = sum(w[0].isupper() for w in words) > 0.6 * len(words)  # Title Case: capitals say nothing
    triggers = [t for t in find_triggers(text, start, end)
                if not within(t.start, quotes) and not (t.start > start and text[t.start - 1] == "-")
                and (headline or not in_name(text, t, start))]  # fmt: skip
    parts = clauses(text, start, end)
    if len(parts) > 1 and LEADING.match(text[start:end]):
        parts = parts[1:] + parts[:1]  # the main clause first: "Despite warnings ..., X refused"
    for cs, ce in parts:
        picked = choose(text, cs, ce, triggers)
        if picked:
            return picked[1], picked[0]
    return None
