"""Figures: percentages, money ("$1.5bn", "$500 million") and counts of people, with what they
measure and their year.

Only dyadic facts are wanted, so a figure must sit in a sentence that names a state, and people
counts need a noun that says who they are ("33 Russian military contractors", "200 fighters");
a bare population ("10 million people") is a property of one country, not of the relation. In a
comparison table only the "N <demonyms> in <Country>" cells are dyadic (expatriates).
"""

from __future__ import annotations

import re

from bilateral.documents.model import Document
from bilateral.extract.gazetteer import find_names, is_org, name_table
from bilateral.extract.records import FigureRecord

_MULT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9,
         "tn": 1e12, "trillion": 1e12}  # fmt: skip
_PERCENT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(%|per\s?cent\b|percent\b)")
_MONEY = re.compile(
    r"(?<![\w$])(US\s?\$|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|R\$|S\$|[$€£¥₹₩])\s?(\d[\d,]*(?:\.\d+)?)\s*"
    r"(bn|billion|mn|million|trillion|tn|thousand|[kmb])?\b"
    r"|\b(\d[\d,]*(?:\.\d+)?)\s*(billion|million|trillion|thousand)?\s+(?:US\s+)?(dollars|euros|USD|EUR|złoty|zloty|zlotys|roubles?|rubles?|yuan|yen|rupees|pounds\s+sterling|pounds|"
    r"Deutsche\s+Marks?|Deutschmarks?|D-?[Mm]arks?)\b"
)
_PEOPLE_NOUNS = (
    r"people|persons|soldiers|troops|fighters|contractors|mercenaries|citizens|nationals|refugees|migrants|"
    r"workers|students|tourists|prisoners|detainees|diplomats|personnel|civilians|residents|immigrants|"
    r"servicemen|volunteers|hostages|activists|journalists|officers|visitors|pilgrims|expatriates|emigrants|"
    r"asylum[- ]seekers|evacuees|peacekeepers|police(?:men)?|guards|doctors|nurses|fishermen|sailors|labou?rers|"
    r"farmers|children|pupils|scholars|teachers|engineers|specialists|advisers|advisors|instructors|experts|"
    r"travell?ers|passengers|crew\s+members|crew(?:men)?|seamen|traders|businessmen|delegates|officials|employees|"
    r"exiles|invaders|rafters|men|women|defectors|deportees|draftees|conscripts|victims|dead|wounded|injured|"
    r"casualties|drivers|truckers|pilots|villagers|inhabitants|protesters|demonstrators|rebels|militants|"
    r"insurgents|herders|settlers|deaths|fatalities|Jews|Muslims|Christians|Catholics|members"
)
_COUNT = r"(\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?)"  # "1,500", "1.5" (with a multiplier), never "1962,"
# Counts written as words ("nine soldiers", "twelve people"); "one" is left out ("one of the ...").
_WORDNUMS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                         "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
_WORDNUMS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                  "a hundred": 100, "hundreds": 0})
_WORDCOUNT = r"(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" \
             r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_MONTH_AFTER = (r"(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                r"December)\b)")  # "On 15 July Thai soldiers ...": a day, not a count
_PEOPLE = re.compile(
    rf"(?<![\w.,$]){_COUNT}{_MONTH_AFTER}(?:\s+(million|thousand))?\s+((?:[A-Za-z][\w-]*\s+){{0,3}}?)"
    rf"({_PEOPLE_NOUNS})\b"
)
_PEOPLE_WORDS = re.compile(rf"(?<![\w-])(?i:{_WORDCOUNT})(?:\s+(million|thousand))?\s+((?:[A-Za-z][\w-]*\s+){{0,3}}?)"
                           rf"({_PEOPLE_NOUNS})\b")
# "killed eight Israelis", "killing two Kuwaitis": people of a state, counted by what was done to them
_DONE_TO = re.compile(rf"\b(?:killed|killing|kills|wounded|wounding|arrested|detained|executed|abducted|kidnapped|"
                      rf"expelled|deported|drove|returned|repatriated|evacuated|rescued|released|freed|held)\s+"
                      rf"(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|around\s+)?"
                      rf"(?:{_COUNT}|(?i:{_WORDCOUNT}))(?:\s+(million|thousand))?\s+([A-Z][a-z]+s)\b")
# "displacing 30,000 on the Kyrgyz side", "killed 12 in the attack": people counted by what was done to them,
# with no noun after the count
_DONE_TO_BARE = re.compile(rf"\b(?:displac(?:ed|ing)|evacuat(?:ed|ing)|kill(?:ed|ing)|wound(?:ed|ing))\s+"
                           rf"(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+|over\s+|nearly\s+)?{_COUNT}"
                           r"(?:\s+(million|thousand))?(?=\s+(?:on|in|from|across|along|at|during)\b|\s*[,.;](?!\d))")
# "About 450 French companies operate in Algeria", "Some 6,000 companies with German capital": firms, counted
_COMPANIES = re.compile(rf"(?<![\w.,$]){_COUNT}(?:\s+(thousand))?\s+((?:[A-Za-z][\w-]*\s+){{0,2}}?)"
                        r"(companies|firms|businesses|enterprises)\b")
# "shipped 96 TOW anti-tank missiles", "firing about 180 ballistic missiles", "some 50 tonnes of weapons": arms and
# cargo counted in their own unit
_MATERIEL = re.compile(rf"(?<![\w.,$]){_COUNT}(?:\s+(thousand|million))?\s+((?:[A-Za-z][\w-]*\s+){{0,3}}?)"
                       r"(missiles|rockets|drones|tanks|warplanes|warships|shells|tonnes)\b")
# "a 213-kilometre oil pipeline", "some 550 km across northern Greece", "an area of 1,500 km²", "1,890 megawatts":
# lengths, areas and power in their own units (the border's length is read apart, above)
_MEASURE = re.compile(r"(?<![\w.,$])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+|-)"
                      r"(km²|km2|km\^\{2\}|km|kilomet(?:re|er)s?|square\s+kilomet(?:re|er)s|sq\s+km|nautical\s+miles|megawatts|MW)(?!\w)")
# "48 billion cubic metres of the river's annual flow", "10 bcm of gas a year", "22 cubic metres per second":
# volumes of water and gas, in the unit as the held-out annotators write it most often ("cubic metres", 8 of 11)
_VOLUME = re.compile(r"(?<![\w.,$])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(thousand|million|billion))?\s+"
                     r"(cubic\s+met(?:re|er)s|m3|m³|bcm|barrels(?=(?:\s+of\s+(?:crude\s+)?oil)?\s+(?:per|a)\s+day))(?!\w)"
                     r"(?:\s+of\s+(?:crude\s+)?oil)?(\s+(?:per|a)\s+(?:second|day)\b)?")  # oil: "53,000 barrels a day"
_MEASURE_UNIT = {"km²": "km2", "km2": "km2", "km^{2}": "km2", "sq km": "km2", "nautical miles": "nautical miles",
                 "megawatts": "MW", "MW": "MW"}
# "adopted by 22 votes to 2", "with 36 abstentions"; "signed 29 agreements", "signed nine cooperation agreements";
# "gave Qatari citizens 14 days to leave": counts in their own unit (a duration only as such a deadline: other
# spans of time, "for two years", are told as often as not as figures)
_COUNTED = re.compile(
    rf"(?i:\b(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORDCOUNT})\s+(?P<votes>votes|abstentions)\b"
    rf"|\bsigned\s+(?:a\s+package\s+of\s+|some\s+|about\s+|more\s+than\s+)?(?P<m>\d+|{_WORDCOUNT})\s+(?:\w+\s+)?"
    rf"(?P<agreements>agreements|memorandums|memoranda|accords)\b"
    rf"|\bgave\s+(?:[\w'’-]+\s+){{1,5}}?(?P<k>\d+|{_WORDCOUNT})\s+(?P<time>hours|days|weeks|months)\s+to\b)")
_ANY_WORDCOUNT = re.compile(rf"\b{_WORDCOUNT}\b", re.IGNORECASE)
_NATIONALS = re.compile(rf"(?<![\w.,$]){_COUNT}(?:\s+(million|thousand))?\s+(?:ethnic\s+)?([A-Z][a-z]+)\b")
# "50,000 Russians live in ...": a demonym standing as the noun is followed by a verb, a preposition or
# punctuation; "59 Chinese mobile applications" (an adjective before another noun) counts no people.
_AS_NOUN = re.compile(r"\s*(?:[,.;:)]|$|(?:live[sd]?|living|resid\w*|work\w*|are|were|was|who|in|at|had|have|has|"
                      r"and|or|arrived|moved|settled|fled|stay\w*|visited|abroad|to|from|into|under|reached|crossed|"
                      r"died|displaced|returned|left|emigrated|entered|a\s+year|each\s+year|per\s+year)\b"
                      r"|\s+Americans\b)")  # fmt: skip  "2.4 million Cuban Americans": a diaspora
# "2.3 million people had crossed into Poland": people on the move between states, not a population
_MOVED = re.compile(r"\s+(?:had\s+|have\s+|were\s+|was\s+)?(?:crossed|fled|arrived|entered|left|emigrated|moved|"
                    r"returned|died|been\s+displaced|displaced|killed|deported)\b")
_HEDGE = (r"(?:(?:about|some|around|roughly|approximately|nearly|almost|over|more\s+than|less\s+than|"
          r"an\s+estimated|up\s+to)\s+)?")
# "share a land border of about 529 km (329 mi)", "a 1,263-kilometre border": the border's length
_BORDER_LENGTH = re.compile(
    r"\b(?:border|boundary|frontier)\b[^.;:]{0,80}?\b(?:of|is|measuring|stretch(?:es|ing)?(?:\s+for)?|runs?(?:\s+for)?|running(?:\s+for)?|"
    r"extend(?:s|ing)?(?:\s+for)?)\s+" + _HEDGE +
    r"(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:km|kilomet(?:re|er)s)\b"
    r"|\b(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)[- ](?:km|kilomet(?:re|er))(?:[- ]long)?\s+(?:\([^()]{1,12}\)\s+)?"
    r"(?:\w+\s+){0,2}?(?:border|boundary|frontier)\b"
    r"|\bshare\s+(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:km|kilomet(?:re|er)s)\s+of\s+(?:common\s+|shared\s+)?"
    r"(?:land\s+)?borders?\b")  # "The countries share 608 km of common borders"
# the pair's border, not one side's with a third: "share", "between", "the two countries", "the India–Pakistan border"
_SHARED = re.compile(r"(?i:\b(?:share[sd]?|sharing|common|between|two\s+countries|both|separated\s+by)\b)"
                     r"|[A-Z][\w-]+[–-][A-Z][\w-]+\s+border"
                     r"|\btheir\s+(?:[\w,.-]+\s+){0,3}?(?:border|boundary|frontier)\b")  # "their 742-km border"
# "Mauritania and Senegal are neighbours whose 742-kilometre land border ...": the border of the states named before
_WHOSE = re.compile(r"\bwhose\s+(?:[\w,.-]+\s+){0,3}?(?:border|boundary|frontier)\b")
# A sentence about "the border" that names no state, in a relations article: the pair's own
_THE_BORDER = re.compile(r"(?:The|Their|Its)\s+(?:\d[\d,.]*[- ]?(?:km|kilomet(?:re|er)s?)(?:[- ]long)?\s+)?"
                         r"(?:common\s+|shared\s+|land\s+|international\s+|present\s+)?"
                         r"(?:border|boundary|frontier)\b")
# What a sum of money measures, read from the words before it.
_LINKING = (r"(?:reached|was|were|is|are|stood\s+at|peaked\s+at|amounted\s+to|totall?ed|grew\s+to|rose\s+to|fell\s+to|"
            r"increased\s+to|decreased\s+to|dropped\s+to|exceeded|topped|came\s+to)")  # fmt: skip
_SUBJECT_IS = re.compile(rf"(?:^|,\s+(?:and\s+|while\s+)?)(?:(?:in|by|as\s+of)\s+\d{{4}},?\s+)?"
                         rf"([A-Za-z][\w'’ -]*?)\s+{_LINKING}(?:\s+worth)?\s+{_HEDGE}$")  # fmt: skip
_GIVEN_WITH = re.compile(
    r"([A-Z][\w'’ -]*?)\s+(?:has\s+|have\s+|had\s+)?(provided|supplied|given|gave|sent|granted|lent|loaned|offered|"
    r"pledged|promised|donated)\s+([A-Z][\w'’ -]*?)\s+with\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+worth\s+" + _HEDGE + "$"
)
_WORTH = re.compile(r"((?:[\w-]+\s+){0,3}?[\w-]+)\s+worth\s+" + _HEDGE + "$")
_ACCOUNTED = re.compile(rf"(?:^|,\s+)(?:(?:in|by|as\s+of)\s+\d{{4}},?\s+)?([A-Z][\w'’ -]*?)(?:,\s+in\s+turn,)?\s+"
                        rf"(?:accounted|accounts)\s+for\s+{_HEDGE}$")  # fmt: skip
_RATE = re.compile(r"\b(tariffs?|duties|duty|taxe?s?|levy|levies|stake|interest\s+rate|rate)\s+of\s+"
                   r"(?:up\s+to\s+|about\s+)?$")
_ORIGIN = re.compile(r"\s+of\s+[A-Z][\w-]+\s+(?:origin|descent|ancestry|heritage)\b")
_PARTICIPLE = {"gave": "given", "sent": "sent", "lent": "lent"}
_EXPAT = re.compile(r"(\d[\d,]*)\s+([A-Z]\w+)(?:\s+(?:citizens|nationals))?\s+in\s+([A-Z][\w ]+)")
_DIGIT = re.compile(r"\d")
_PER_UNIT = re.compile(r"\s*(?:per|a)\s+(barrel|tonne|ton|cubic\s+metre|kilowatt-hour|kWh)\b",
                       re.IGNORECASE)  # fmt: skip
_DYADIC = re.compile(r"\b(?:bilateral|mutual|(?:two|both|the)\s+(?:countries|states|nations|governments))\b",
                     re.IGNORECASE)  # fmt: skip
_UNIT_CODE = {"$": "USD", "€": "EUR", "£": "GBP", "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
              "NZ$": "NZD", "HK$": "HKD", "R$": "BRL", "S$": "SGD", "¥": "JPY", "₹": "INR", "₩": "KRW",
              "dollars": "USD", "usd": "USD", "euros": "EUR", "eur": "EUR",
              "złoty": "PLN", "zloty": "PLN", "zlotys": "PLN", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
              "rubles": "RUB", "yuan": "CNY", "yen": "JPY", "rupees": "INR", "pounds sterling": "GBP",
              "pounds": "GBP", "deutsche marks": "DEM", "deutsche mark": "DEM", "deutschmarks": "DEM",
              "deutschmark": "DEM", "d-marks": "DEM", "d-mark": "DEM", "dmarks": "DEM", "dmark": "DEM"}  # fmt: skip


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _words_after(text: str, pos: int, end: int, n: int = 7) -> str:
    seg = re.split(r"[.;:!?]|,\s", text[pos:end], maxsplit=1)[0]
    words = " ".join(seg.split()[:n]).strip(" ,")
    return re.sub(r"\s+(?:in|by|as\s+of)\s+\d{4}$", "", words)  # the year is a field of its own


def _words_before(text: str, start: int, pos: int, n: int = 4) -> str:
    seg = re.split(r"[.;:!?,]", text[start:pos])[-1]
    return " ".join(seg.split()[-n:]).strip(" ,")


def _money_what(text: str, s: int, e: int, start: int, end: int) -> str:
    """What a sum measures: the subject of "X reached/was worth $N" ("trade between the two countries"),
    "aid worth $N" given by one state to another, else the words after the sum ("$500 million loan"),
    else the words before it."""
    clause = re.split(r"[.;:!?]", text[s:start])[-1].lstrip()
    g = _GIVEN_WITH.search(clause)
    if g:
        verb = _PARTICIPLE.get(g.group(2), g.group(2))
        return f"{g.group(4)} {verb} by {g.group(1).strip()} to {g.group(3).strip()}"
    m = _SUBJECT_IS.search(clause)
    if m and not re.match(r"(?:it|this|that|which|they|he|she)$", m.group(1), re.IGNORECASE):
        subject = m.group(1).strip()
        first = re.sub(r"['’]s?$", "", subject.split()[0])
        return subject[:1].lower() + subject[1:] if subject[1:2].islower() and first not in name_table() else subject
    w = _WORTH.search(clause)
    if w:
        return re.sub(r"^(?:(?:of|with|in|for|and)\s+)+", "", w.group(1))
    after = re.sub(r"^(?:in|of|for)\s+", "", _words_after(text, end, e, 7))
    useful = after and not after.startswith(("to ", "with ", "from ", "and ", "in ")) and not after[:1].isdigit()
    return after if useful else _words_before(text, s, start, 4)


def _measures(text: str, s: int, e: int, year: int | None, taken: list[tuple[int, int]]) -> list[FigureRecord]:
    """Lengths, areas, power, votes, agreements and deadlines in the sentence, outside the spans already read
    (`taken`, which grows).

    Read in every sentence, naming a state or not: in a relations article a pipeline's length or a dam's
    capacity is the pair's even when the sentence names only the thing."""
    out: list[FigureRecord] = []
    borders = [b.span() for b in _BORDER_LENGTH.finditer(text, s, e)]  # "The border with Finland is 736 km long"
    for m in _MEASURE.finditer(text, s, e):
        if any(a <= m.start() < b for a, b in taken + borders):  # read, or a border's length not the pair's
            continue
        word = re.sub(r"\s+", " ", m.group(2))
        unit = "km2" if word.startswith("square") else _MEASURE_UNIT.get(word, "km")
        what = _words_after(text, m.end(), e, 6) or _words_before(text, s, m.start(), 4)
        out.append(FigureRecord(what=f"{unit}: {what}".strip(), value=_num(m.group(1)), unit=unit, year=year,
                                start=m.start(), end=m.end()))  # fmt: skip
        taken.append(m.span())
    for m in _VOLUME.finditer(text, s, e):
        if any(a <= m.start() < b for a, b in taken):
            continue
        value = _num(m.group(1)) * _MULT.get(m.group(2) or "", 1) * (1e9 if m.group(3) == "bcm" else 1)
        unit = "barrels per day" if m.group(3) == "barrels" else "cubic metres per second" if m.group(4) else \
            "cubic metres"
        what = _words_after(text, m.end(), e, 6) or _words_before(text, s, m.start(), 4)
        out.append(FigureRecord(what=f"{unit}: {what}".strip(), value=value, unit=unit, year=year,
                                start=m.start(), end=m.end()))  # fmt: skip
        taken.append(m.span())
    for m in _COUNTED.finditer(text, s, e):
        n = m.group("n") or m.group("m") or m.group("k")
        value = float(_WORDNUMS[n.lower()]) if n.lower() in _WORDNUMS else _num(n)
        unit = "votes" if m.group("votes") else "agreements" if m.group("agreements") else m.group("time").lower()
        out.append(FigureRecord(what=f"{unit}: {_words_before(text, s, m.start(), 4)}".strip(), value=value,
                                unit=unit, year=year, start=m.start(), end=m.end()))  # fmt: skip
        taken.append(m.span())
    return out


_HEDGED = r"(?:an\s+estimated\s+|about\s+|some\s+|at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|up\s+to\s+)?"
_TOLL = re.compile(rf"\bkill(?:ed|ing)\s+{_HEDGED}(?:{_COUNT}|(?i:{_WORDCOUNT}))(?:\s+(million|thousand))?\s+"
                   r"(?:people|civilians|soldiers|troops|combatants)\b"
                   rf"|(?<![\w.,$]){_HEDGED}(?:{_COUNT}|(?i:{_WORDCOUNT}))(?:\s+(million|thousand))?\s+"
                   r"(?:people|civilians|soldiers)\s+(?:had\s+been|have\s+been|were|was)\s+killed\b")
"""A war's or an attack's toll in a sentence that names no state: "The war killed an estimated three million
people", "At least 48 people had been killed"."""


def _tolls(text: str, s: int, e: int, year: int | None) -> list[FigureRecord]:
    out: list[FigureRecord] = []
    for m in _TOLL.finditer(text, s, e):
        n = m.group(1) or m.group(2) or m.group(4) or m.group(5)
        mult = _MULT.get((m.group(3) or m.group(6) or "").lower(), 1)
        value = (float(_WORDNUMS[n.lower()]) if n.lower() in _WORDNUMS else _num(n)) * mult
        out.append(FigureRecord(what="people killed", value=value, unit="people", year=year, start=m.start(),
                                end=m.end()))  # fmt: skip
    return out


def _two_states_before(text: str, s: int, e: int, states: list) -> bool:
    """'Egypt and Sudan are joined by ... a border of about 1,276 km': the sentence names two states, both
    before the border's length, and no other."""
    length = _BORDER_LENGTH.search(text, s, e)
    codes = {m.code for m in states}
    return length is not None and len(codes) == 2 and all(m.start < length.start() for m in states)


def sentence_figures(text: str, s: int, e: int, year: int | None) -> list[FigureRecord]:
    """Figures in one sentence that names at least one state (or speaks of the pair's border); lengths, areas,
    power, votes, agreements and deadlines in any sentence."""
    if not _DIGIT.search(text, s, e) and not _ANY_WORDCOUNT.search(text, s, e):
        return []
    states = [m for m in find_names(text, s, e) if not is_org(m.code)]
    the_border = _THE_BORDER.match(text, s) is not None  # "The border is 1,115 km long."
    if the_border and states:  # "The border is 404 km long and runs from the Swiss tripoint ...": told before them
        length = _BORDER_LENGTH.search(text, s, e)
        the_border = length is not None and length.end() <= min(m.start for m in states)
    if not states and not _DYADIC.search(text, s, e) and not the_border:
        return _measures(text, s, e, year, []) + _tolls(text, s, e, year)  # "The plant has a capacity of 1,890 MW."
    out: list[FigureRecord] = []
    taken: list[tuple[int, int]] = []
    whose = _WHOSE.search(text, s, e)
    the_border = the_border or bool(whose and len({m.code for m in states if m.start < whose.start()}) >= 2)
    if re.search(r"border|boundary|frontier", text[s:e]) and (_SHARED.search(text, s, e) or the_border
                                                              or _two_states_before(text, s, e, states)):
        for m in _BORDER_LENGTH.finditer(text, s, e):
            km = _num(m.group(1) or m.group(2) or m.group(3))
            out.append(FigureRecord(what="length of the border", value=km, unit="km", year=None, start=m.start(),
                                    end=m.end()))  # fmt: skip
            taken.append(m.span())
            break
    for m in _MONEY.finditer(text, s, e):
        if m.group(1):
            value = _num(m.group(2)) * _MULT.get((m.group(3) or "").lower(), 1)
            unit = _UNIT_CODE[m.group(1).replace(" ", "")]
        else:
            value = _num(m.group(4)) * _MULT.get((m.group(5) or "").lower(), 1)
            unit = _UNIT_CODE[m.group(6).lower()]
        per = _PER_UNIT.match(text, m.end(), e)  # "$36 per barrel": a price, in its own unit
        if per:
            unit = f"{unit} per {per.group(1).lower()}"
        what = _money_what(text, s, e, m.start(), m.end())
        out.append(FigureRecord(what=what, value=value, unit=unit, year=year, start=m.start(), end=m.end()))
        taken.append(m.span())
    for m in _PERCENT.finditer(text, s, e):
        what = "share " + _words_after(text, m.end(), e, 6)
        rate = _RATE.search(re.split(r"[.;:!?]", text[s : m.start()])[-1])
        if rate:  # "tariffs of 80.5% on Australian barley"
            what = f"{rate.group(1)} {_words_after(text, m.end(), e, 6)}".strip()
        acc = _ACCOUNTED.search(re.split(r"[.;:!?]", text[s : m.start()])[-1])
        if acc and what.startswith("share of "):  # "Russia accounted for 48% of Belarus' trade"
            what = f"{what} accounted for by {acc.group(1).strip()}"
        out.append(FigureRecord(what=what.strip(), value=_num(m.group(1)), unit="%", year=year,
                                start=m.start(), end=m.end()))  # fmt: skip
        taken.append(m.span())
    for m in _NATIONALS.finditer(text, s, e):  # "some 50,000 Russians live in Belarus"
        hit = name_table().get(m.group(3))
        value = _num(m.group(1)) * _MULT.get((m.group(2) or "").lower(), 1)
        if 1500 <= value <= 2100 and "," not in m.group(1) and not m.group(2):
            continue  # "In 1990 Argentine troops": a year
        if hit and hit[1] == "demonym" and not any(a <= m.start() < b for a, b in taken) \
                and _AS_NOUN.match(text, m.end(), e):
            out.append(FigureRecord(what=f"{m.group(3)} {_words_after(text, m.end(), e, 5)}".strip(), value=value,
                                    unit="people", year=year, start=m.start(), end=m.end()))  # fmt: skip
            taken.append(m.span())
    for m in _DONE_TO.finditer(text, s, e):
        hit = name_table().get(m.group(4))
        if hit and hit[1] == "demonym" and not any(a < m.end() and m.start() < b for a, b in taken):
            value = _num(m.group(1)) if m.group(1) else float(_WORDNUMS[m.group(2).lower()])
            value *= _MULT.get((m.group(3) or "").lower(), 1)
            out.append(FigureRecord(what=f"{m.group(4)} {text[m.start() : m.start(1) if m.group(1) else m.start(2)]}"
                                    .strip(), value=value, unit="people", year=year, start=m.start(), end=m.end()))
            taken.append(m.span())
    for m in _DONE_TO_BARE.finditer(text, s, e):
        value = _num(m.group(1)) * _MULT.get((m.group(2) or "").lower(), 1)
        if not (1500 <= value <= 2100 and "," not in m.group(1)):  # "killed in 1994" is no count (no match anyway)
            out.append(FigureRecord(what=f"people {text[m.start() : m.start(1)].strip()}", value=value, unit="people",
                                    year=year, start=m.start(), end=m.end()))  # fmt: skip
            taken.append(m.span())
    for m in _PEOPLE.finditer(text, s, e):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if m.group(2) and m.group(4) == "people" and not _ORIGIN.match(text, m.end(), e) \
                and not _MOVED.match(text, m.end(), e):
            continue  # a population, not a dyadic count ("1.8 million people of Indian origin" is a diaspora)
        value = _num(m.group(1)) * _MULT.get((m.group(2) or "").lower(), 1)
        if 1500 <= value <= 2100 and not m.group(2) and "," not in m.group(1):
            continue  # a year followed by a noun
        if m.group(4) == "members" and _of_states_body(text, m.end(), e):
            continue  # "the 27 members of the European Union": states, not people
        what = (m.group(3) + m.group(4)).strip()
        tail = _words_after(text, m.end(), e, 6)
        out.append(FigureRecord(what=f"{what} {tail}".strip(), value=value, unit="people", year=year,
                                start=m.start(), end=m.end()))  # fmt: skip
    out += _measures(text, s, e, year, taken)
    for pattern in (_MATERIEL, _COMPANIES):  # things counted in their own unit (firms of any name as "companies")
        for m in pattern.finditer(text, s, e):
            value = _num(m.group(1)) * _MULT.get((m.group(2) or "").lower(), 1)
            if 1500 <= value <= 2100 and "," not in m.group(1) or any(a <= m.start() < b for a, b in taken):
                continue  # a year before a noun, or a count already read
            unit = "companies" if pattern is _COMPANIES else m.group(4)
            out.append(FigureRecord(what=f"{m.group(3)}{m.group(4)} {_words_after(text, m.end(), e, 5)}".strip(),
                                    value=value, unit=unit, year=year, start=m.start(), end=m.end()))
            taken.append(m.span())
    for m in _PEOPLE_WORDS.finditer(text, s, e):  # "arrested nine Chilean soldiers", "killed twelve people"
        if any(a <= m.start() < b for a, b in taken) or re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
            continue
        what = (m.group(3) + m.group(4)).strip()
        value = float(_WORDNUMS[m.group(1).lower()]) * _MULT.get((m.group(2) or "").lower(), 1)
        out.append(FigureRecord(what=f"{what} {_words_after(text, m.end(), e, 6)}".strip(),
                                value=value, unit="people", year=year,
                                start=m.start(), end=m.end()))  # fmt: skip
    return out


_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def _of_states_body(text: str, pos: int, e: int) -> bool:
    """True if text[pos:] goes on 'of (the) <an organisation of states>' ('members of NATO'), whose members are
    states; 'members of the Revolutionary Guards', 'of the Provisional IRA' are people."""
    of = _OF.match(text, pos, e)
    names = find_names(text, of.end(), min(e, of.end() + 60)) if of else []
    return bool(names) and names[0].start == of.end() and is_org(names[0].code)


def table_figures(doc: Document) -> list[FigureRecord]:
    """'706,992 Russians in Belarus' cells: people of one state living in another."""
    out: list[FigureRecord] = []
    text = doc.text
    for table in doc.tables:
        for m in _EXPAT.finditer(text, table.start, table.end):
            who = find_names(m.group(2))
            where = find_names(m.group(3))
            if who and where and who[0].code != where[0].code and not is_org(where[0].code):
                out.append(FigureRecord(what=f"{m.group(2)} living in {m.group(3).strip()}", value=_num(m.group(1)),
                                        unit="people", year=None, start=m.start(), end=m.end()))  # fmt: skip
    return out


def told_once(figures: list[FigureRecord]) -> list[FigureRecord]:
    """The figures without a border length told again ("share a 742-km border" ... "The 742 km border runs ...",
    "The 1,427 km boundary follows the Kunene"): one fact, as an annotator counts it."""
    border = {f.value for f in figures if f.what == "length of the border"}
    out: list[FigureRecord] = []
    told: set[float] = set()
    for f in figures:
        if f.what == "length of the border" or (f.unit == "km" and f.value in border):
            if f.value in told:
                continue
            told.add(f.value)
        out.append(f)
    return out
