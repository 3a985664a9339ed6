"""Diplomatic missions: "X has an embassy in Moscow as well as branches in: A, B and C",
"a consulate-general in Brest", an infobox's "Embassy of X, City", "both have embassies in each
other's capitals".

The sender is the state the sentence is about (its first state mention), each listed city is one
mission of the kind named before it, and the receiver is the state whose capital the city is, or
else the other state of the pair. Only missions between the two states of the pair are kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilateral.documents.model import Document
from bilateral.extract.gazetteer import find_names, is_org, name_table
from bilateral.extract.records import MissionRecord

_KIND = re.compile(
    r"\b(honorary\s+consul(?:ates?|s)?|vice[- ]consulates?|consulates?[- ]general|general\s+consulates?|consulates?|"
    r"embass(?:y|ies)|"
    r"(?:(?:deputy|assistant)\s+)?high\s+commissions?|chancell(?:ery|eries)|"
    r"branch(?:es)?|"
    r"trade\s+missions?|liaison\s+offices?|representative\s+offices?)\b",
    re.IGNORECASE,
)
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"  # "İzmir", "Łódź"; particles: "Rio de Janeiro"
_CITY = (rf"[{_UP}][\w.'’]*(?:-[a-zà-öø-ÿ]+-[{_UP}][\w'’]*|[- ][{_UP}][\w.'’]*"  # "Anse-à-Pitres"
         rf"|\s(?:de|do|da|dos|das|del|de\s+la|de\s+los|de\s+las|di|la|le|el|es|al|am|an|upon|on|sur)\s[{_UP}][\w.'’]*)*")
# Territories that are one city: listed as a city in "consulates-general in Shanghai and Hong Kong".
_CITY_TERRITORIES = frozenset({"HKG", "MAC", "SGP", "MCO", "GIB"})
# "in Milan", "(in Milan and Palermo)", "in Italy's capital, Rome", "in the capital of Italy, Rome", "in cities
# including Bremen and Dresden", "in, among others, Lille and Nantes"
_LIST = re.compile(rf",?\s+(?:\w+\s+){{0,3}}?\(?in(?:,\s*among\s+others,)?:?\s+"
                   r"(?:(?:(?:cities|towns|places)\s+)?(?:including|such\s+as)\s+)?"
                   r"(?:(?:the\s+)?(?:\w+['’]s\s+)?(?:capital|capital\s+city|largest\s+city)(?:\s+of\s+[A-Z]\w+)?,?\s+)?"
                   rf"((?:{_CITY})(?:\s*,\s*(?:and\s+)?{_CITY})*(?:,?\s+and\s+{_CITY})?)")
_CLOSING = re.compile(r"\b(?:clos|shut|evacuat|storm|attack|besieg|burn|suspend|downgrad|threw|throw|bomb|raid|"
                      r"protest)\w*\b", re.IGNORECASE)  # fmt: skip
_CLOSED = re.compile(r"\b(?:was|were)\s+(?:both\s+|later\s+|also\s+)?(?:closed|shut(?:\s+down)?|downgraded)\b")
_ORDERED_CLOSED = re.compile(r"\bordered\s+(?:the\s+)?[^,.;]{0,60}?\s(?:closed|shut)\b")  # "ordered ... closed"
_FORMER = re.compile(r"\b(?:used\s+to\s+have|formerly\s+(?:had|kept|maintained)|once\s+had|no\s+longer\s+has)\s+"
                     r"(?:an?\s+|the\s+|its\s+)?$")
# "had a consulate general in Mosul until its diplomats were kidnapped": kept once, no longer
# "but no consulate in Sabah", "not a single consulate": none kept
_NONE = re.compile(r"\b(?:no|not\s+an?|not\s+a\s+single|neither\s+an?)\s+$")
_HAD = re.compile(r"\bhad\s+(?:an?\s+|the\s+|its\s+)?$")
_UNTIL = re.compile(r"\s+until\b")
_AND_ANOTHER = re.compile(r"\s*(?:,|,?\s*and)\s*(?:an?\s+|the\s+)?")
_REPRESENTED = re.compile(r"\b(?:is|are)\s+(?:also\s+)?(?:represented\s+in|accredited\s+to)\s+(?:the\s+)?")
_INFOBOX = re.compile(r"^(Embassy|Consulate[- ]General|Consulate|Honorary Consulate|"
                      r"(?:(?:Deputy|Assistant) )?High Commission)"
                      r"\s+of\s+(.+?)(?:,|\s+in)\s+(.+)$",
                      re.IGNORECASE)  # fmt: skip
# "French embassy, Algiers": the demonym names the sender
_INFOBOX_DEMONYM = re.compile(r"^(?P<sender>[A-Z][\w'’-]+)\s+(?P<kind>Embassy|Consulate[- ]General|Consulate|"
                              r"Honorary\s+Consulate|High\s+Commission)\s*(?:,|\s+in)\s+(?P<city>.+)$",
                              re.IGNORECASE)  # fmt: skip
_NAMED = re.compile(r"\b(Embassy|Consulate[- ]General|Consulate|Honorary\s+Consulate|"
                    r"(?:(?:Deputy|Assistant)\s+)?High\s+Commission)"
                    r"\s+of\s+(?:the\s+)?"
                    rf"([A-Z][\w ]+?)\s+in\s+({_CITY})")  # fmt: skip


# "Both countries have embassies in each other's capitals": one embassy each way, in the capitals.
_EACH_OTHER = re.compile(
    r"\b(?:have|has|maintain|maintains|operate|operates|host|hosts)\s+(?:resident\s+)?"
    r"(?:(?:embassies|high\s+commissions)\s+in\s+(?:each\s+other|one\s+another)|"
    r"an?\s+(?:embassy|high\s+commission)\s+in\s+the\s+other)['’]s\s+capitals?\b",
    re.IGNORECASE,
)


_HAS = re.compile(r"\s+(?:also\s+|still\s+)?(?:has|have|maintains?|operates?|runs?|hosts?|keeps?)\b")
# "Until the capital moved in 1991, Cameroon's embassy was in Lagos": where a mission used to be
_WAS_IN = re.compile(r"\s+(?:was|were|had\s+been)\s+(?:located\s+|based\s+)?in\b")
# "the Finnish consulate-general in Saint Petersburg, which closed on 1 October": a mission no longer kept
_CLOSED_AFTER = re.compile(r",\s+which\s+(?:was\s+|were\s+|had\s+)?(?:later\s+|then\s+)?(?:closed|shut)\b")

# Where foreign embassies sit when that is not the Factbook's (first) capital: the seat of
# government (The Hague), the city most embassies are in (Tel Aviv, Dar es Salaam, Colombo, Yangon),
# and the capital's usual written form (Washington, D.C.).
_EMBASSY_CITY = {"NLD": "The Hague", "USA": "Washington, D.C.", "ISR": "Tel Aviv", "TZA": "Dar es Salaam",
                 "LKA": "Colombo", "MMR": "Yangon"}  # fmt: skip


@lru_cache(maxsize=256)
def _embassy_city(iso3: str) -> str | None:
    """The city a state's foreign embassies are in: an override above, the administrative capital or
    seat of government where the Factbook names one, else its first capital."""
    if iso3 in _EMBASSY_CITY:
        return _EMBASSY_CITY[iso3]
    from bilateral.countries.factbook import factbook_facts

    caps = [(f.value, f.status or "") for f in factbook_facts(iso3) if f.field == "capital" and f.value]
    seat = [c for c, q in caps if "administrative" in q or "seat of government" in q]
    return (seat or [c for c, _ in caps] or [None])[0]


def _kind(word: str) -> str:
    w = word.lower().replace(" ", "-")
    if w.startswith("honorary"):
        return "honorary consulate"
    if w.startswith("vice"):
        return "other"  # a consular post below a consulate (Vienna Convention, art. 9), a kind the schema lacks
    if (w.startswith("consulate") or w.startswith("general")) and "general" in w:  # "two general consulates"
        return "consulate-general"
    if w.startswith("consulate"):
        return "consulate"
    # Between Commonwealth members a high commission is the embassy, a deputy high commission the
    # consulate-general and an assistant high commission the consulate.
    if w.startswith("deputy-high-commission"):
        return "consulate-general"
    if w.startswith("assistant-high-commission"):
        return "consulate"
    if w.startswith("embass") or w.startswith("high-commission"):
        return "embassy"
    if w.startswith("branch"):
        return "branch"
    return "other"


def _receiver(city: str, sender: str, pair: tuple[str, str] | None) -> str | None:
    hit = name_table().get(city)
    if hit and hit[1] == "capital":
        return hit[0]  # its own capital: no mission ("closed its embassy in Bogotá" said of Colombia's partner)
    if pair and sender in pair:
        return pair[1] if sender == pair[0] else pair[0]
    return None


_ABBREV = re.compile(r"^[A-Z]\.(?:[A-Z]\.?)+$")  # "Washington, D.C.": the comma does not end the city


def _cities(listing: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listing) if p.strip()]
    out: list[str] = []
    for part in parts:
        if re.search(r"['’]s$", part):
            break  # "in Karachi and Pakistan's consulate in Mumbai": the list of cities has ended
        if out and _ABBREV.match(part):
            out[-1] = f"{out[-1]}, {part.rstrip('.')}."
        else:
            out.append(part.rstrip("."))
    return out


def extract_missions(doc: Document, pair: tuple[str, str] | None) -> list[MissionRecord]:
    """Missions from sentences and the infobox, one per (sender, receiver, city)."""
    text = doc.text
    out: list[MissionRecord] = []
    seen: set[tuple[str, str | None, str, str]] = set()

    def add(sender: str, city: str, kind: str, start: int, end: int, receiver: str | None = None) -> None:
        receiver = receiver or _receiver(city, sender, pair)
        key = (sender, receiver, city.casefold(), kind)
        if key in seen or receiver == sender:
            return
        if pair and not (sender in pair and receiver in pair):
            return  # "Brazil took over the Argentine embassy in Caracas": not a mission between the two
        seen.add(key)
        out.append(MissionRecord(sender, receiver, city, kind, start, end))

    for key, value in doc.infobox.items():
        m = _INFOBOX.match(value.strip())
        d = None if m else _INFOBOX_DEMONYM.match(value.strip())
        if not m and not d:
            continue
        kind, who, where = (m.group(1), m.group(2), m.group(3)) if m else (d["kind"], d["sender"], d["city"])
        sender = next((x.code for x in find_names(who) if not is_org(x.code)), None)
        span = doc.infobox_spans.get(key)
        if sender and span:
            add(sender, _cities(where.strip())[0], _kind(kind), span.start, span.end)
    for sent in doc.sentences:
        s, e = sent.start, sent.end
        each = _EACH_OTHER.search(text, s, e) if pair else None
        if each and pair and not _CLOSING.search(text, s, each.start()):
            for sender, receiver in (pair, pair[::-1]):
                city = _embassy_city(receiver)
                if city:
                    add(sender, city, "embassy", each.start(), each.end(), receiver=receiver)
        for m in _NAMED.finditer(text, s, e):  # "- Embassy of Belarus in Moscow"
            sender = next((x.code for x in find_names(m.group(2)) if not is_org(x.code)), None)
            if sender:
                add(sender, m.group(3), _kind(m.group(1)), m.start(), m.end())
        kinds = [k for k in _KIND.finditer(text, s, e) if not _NAMED.match(text, k.start(), e)]
        if not kinds:
            continue
        named = [x for x in find_names(text, s, e) if not is_org(x.code)]  # once per sentence: senders, subjects
        states = [x for x in named if x.end <= kinds[0].start()]
        if not states:
            continue
        sender = states[0].code
        if _CLOSING.search(text, s, kinds[0].start()) or _CLOSED.search(text, kinds[0].start(), e) \
                or _ORDERED_CLOSED.search(text, max(s, kinds[0].start() - 40), e):
            continue  # "closed its embassy", "stormed the embassy", "were both closed": an event, no mission
        own = [x for x in states if re.fullmatch(r"\s+", text[x.end : kinds[0].start()])]
        if own and own[-1].kind == "demonym":
            sender = own[-1].code  # "protesters ... at the Malaysian embassy in Jakarta": the embassy is Malaysia's
        rep = _REPRESENTED.search(text, s, kinds[0].start())  # "represented in Chile through its embassy in ..."
        host = next((x.code for x in find_names(text, rep.end(), rep.end() + 60) if not is_org(x.code)), None) \
            if rep else None
        subjects = [x for x in named if _HAS.match(text, x.end)]
        former_end = -1  # where the last list of former missions ended
        for km in kinds:
            lm = _LIST.match(text, km.end(), e)
            if not lm:
                continue
            if _NONE.search(text, max(s, km.start() - 16), km.start()):
                continue  # "but no consulate in Sabah"
            # "used to have a consulate-general in Turku and a consulate in Lappeenranta": missions no longer kept
            had_until = _HAD.search(text, max(s, km.start() - 12), km.start()) and _UNTIL.match(text, lm.end())
            if had_until or _FORMER.search(text, max(s, km.start() - 40), km.start()) or (
                    former_end >= 0 and _AND_ANOTHER.fullmatch(text, former_end, km.start())):
                former_end = lm.end()
                continue
            former_end = -1
            if _CLOSING.search(text, max(s, km.start() - 30), km.start()) or _CLOSED_AFTER.match(text, lm.end()) \
                    or _WAS_IN.match(text, km.end()):  # "Until 1991, Cameroon's embassy was in Lagos"
                continue  # "..., and Finland in turn closed the Russian consulate-general in Turku"
            # "Peru has an embassy in Quito, while Ecuador has one in Lima": the nearest state that "has"
            own_subject = [x for x in subjects if x.end <= km.start()]
            by = own_subject[-1].code if own_subject else sender
            adjective = [x for x in named if x.kind == "demonym" and re.fullmatch(r"\s+", text[x.end : km.start()])]
            by = adjective[-1].code if adjective else by  # "the Finnish consulate-general in Saint Petersburg"
            for city in _cities(lm.group(1)):
                code, known = name_table().get(city, ("", ""))
                if known in ("", "capital") or code in _CITY_TERRITORIES:
                    add(by, city, _kind(km.group(1)), km.start(), lm.end(), receiver=host)
    return out
