"""Places that users name as if they were countries but are not sovereign states, and what each one is.

The resolver raises `NotAStateError("<name> is <what>, not a sovereign state")` for these rather than
"unknown country", so a user who types "Puerto Rico" learns why it cannot be one side of a dyad.
Sources: CIA World Factbook 2025 "Dependency status" field of each entry (the political status is
restated here in plain words), ISO 3166-1 for entries the Factbook lacks (French overseas departments,
Caribbean Netherlands, Åland), and common knowledge for continents, unions and sub-national units.
Each row: (ISO alpha-3 or None, names, what it is). The first name is the display name.
"""

from __future__ import annotations

_UK = "a British overseas territory"
_US = "a territory of the United States"
_FR_COLL = "an overseas collectivity of France"
_FR_DEP = "an overseas department and region of France"
_AU = "an external territory of Australia"
_NL = "a constituent country of the Kingdom of the Netherlands"
_NZ = "a self-governing territory in free association with New Zealand"
_CROWN = "a British Crown dependency"

NON_STATES: tuple[tuple[str | None, tuple[str, ...], str], ...] = (
    # territories of the United States
    ("PRI", ("Puerto Rico",), _US),
    ("GUM", ("Guam",), _US),
    ("ASM", ("American Samoa",), _US),
    ("VIR", ("United States Virgin Islands", "US Virgin Islands", "U.S. Virgin Islands", "Virgin Islands"), _US),
    ("MNP", ("Northern Mariana Islands",), "a commonwealth in political union with the United States"),
    (
        "UMI",
        (
            "United States Minor Outlying Islands",
            "Wake Island",
            "Navassa Island",
            "Midway Islands",
            "Baker Island",
            "Howland Island",
            "Jarvis Island",
            "Johnston Atoll",
            "Kingman Reef",
            "Palmyra Atoll",
        ),
        _US,
    ),
    # United Kingdom
    ("BMU", ("Bermuda",), _UK),
    ("GIB", ("Gibraltar",), _UK),
    ("CYM", ("Cayman Islands",), _UK),
    ("VGB", ("British Virgin Islands",), _UK),
    ("AIA", ("Anguilla",), _UK),
    ("MSR", ("Montserrat",), _UK),
    ("TCA", ("Turks and Caicos Islands",), _UK),
    ("FLK", ("Falkland Islands", "Falklands", "Islas Malvinas", "Malvinas"), _UK + " (also claimed by Argentina)"),
    (
        "SGS",
        ("South Georgia and the South Sandwich Islands", "South Georgia and South Sandwich Islands", "South Georgia"),
        _UK + " (also claimed by Argentina)",
    ),
    (
        "SHN",
        ("Saint Helena, Ascension and Tristan da Cunha", "Saint Helena", "Ascension Island", "Tristan da Cunha"),
        _UK,
    ),
    ("PCN", ("Pitcairn Islands", "Pitcairn"), _UK),
    ("IOT", ("British Indian Ocean Territory", "Chagos Islands", "Diego Garcia"), _UK),
    (None, ("Akrotiri", "Dhekelia", "Akrotiri and Dhekelia"), "a British sovereign base area on Cyprus"),
    ("GGY", ("Guernsey",), _CROWN),
    ("JEY", ("Jersey",), _CROWN),
    ("IMN", ("Isle of Man",), _CROWN),
    (None, ("England", "Scotland", "Wales", "Northern Ireland"), "a constituent country of the United Kingdom"),
    (None, ("Channel Islands",), "a group of British Crown dependencies"),
    # France
    ("PYF", ("French Polynesia", "Tahiti"), "an overseas country of France"),
    ("NCL", ("New Caledonia",), "a special collectivity of France"),
    ("WLF", ("Wallis and Futuna",), _FR_COLL),
    ("MAF", ("Saint Martin", "Saint-Martin"), _FR_COLL),
    ("BLM", ("Saint Barthelemy", "Saint Barthélemy", "St Barts"), _FR_COLL),
    ("SPM", ("Saint Pierre and Miquelon",), _FR_COLL),
    ("ATF", ("French Southern and Antarctic Lands", "French Southern Territories"), "an overseas territory of France"),
    (None, ("Clipperton Island",), "a possession of France"),
    ("REU", ("Reunion", "Réunion"), _FR_DEP),
    ("GLP", ("Guadeloupe",), _FR_DEP),
    ("MTQ", ("Martinique",), _FR_DEP),
    ("GUF", ("French Guiana", "Guyane"), _FR_DEP),
    ("MYT", ("Mayotte",), _FR_DEP),
    # Netherlands, Denmark, Norway, Finland
    ("ABW", ("Aruba",), _NL),
    ("CUW", ("Curacao", "Curaçao"), _NL),
    ("SXM", ("Sint Maarten",), _NL),
    (
        "BES",
        ("Caribbean Netherlands", "Bonaire", "Sint Eustatius", "Saba", "Bonaire, Sint Eustatius and Saba"),
        "a part of the Netherlands (special municipalities)",
    ),
    ("GRL", ("Greenland",), "a self-governing territory of the Kingdom of Denmark"),
    ("FRO", ("Faroe Islands", "Faroes", "Faeroe Islands"), "a self-governing territory of the Kingdom of Denmark"),
    ("SJM", ("Svalbard", "Jan Mayen", "Svalbard and Jan Mayen", "Spitsbergen"), "a territory of Norway"),
    ("BVT", ("Bouvet Island",), "a territory of Norway"),
    ("ALA", ("Aland Islands", "Åland Islands", "Aland", "Åland"), "an autonomous region of Finland"),
    # Australia, New Zealand
    ("CXR", ("Christmas Island",), _AU),
    ("CCK", ("Cocos (Keeling) Islands", "Cocos Islands", "Keeling Islands"), _AU),
    ("NFK", ("Norfolk Island",), _AU),
    ("HMD", ("Heard Island and McDonald Islands",), _AU),
    (None, ("Ashmore and Cartier Islands", "Coral Sea Islands"), _AU),
    ("COK", ("Cook Islands",), _NZ),
    ("NIU", ("Niue",), _NZ),
    ("TKL", ("Tokelau",), "a dependent territory of New Zealand"),
    # China
    (
        "HKG",
        ("Hong Kong", "Hong Kong SAR", "Hong Kong SAR, China"),
        "a special administrative region of the People's Republic of China",
    ),
    (
        "MAC",
        ("Macau", "Macao", "Macao SAR", "Macao SAR, China"),
        "a special administrative region of the People's Republic of China",
    ),
    # disputed and special
    (
        "ESH",
        ("Western Sahara",),
        "a disputed non-self-governing territory (claimed by Morocco and by the Sahrawi Arab Democratic Republic)",
    ),
    (None, ("Gaza Strip", "Gaza"), "a part of the Palestinian territories (for the state, use 'Palestine')"),
    (None, ("West Bank",), "a part of the Palestinian territories (for the state, use 'Palestine')"),
    (None, ("Paracel Islands", "Spratly Islands"), "a group of disputed islands in the South China Sea"),
    (
        None,
        ("Abkhazia", "South Ossetia", "Transnistria", "Northern Cyprus", "Somaliland", "Artsakh", "Nagorno-Karabakh"),
        "a breakaway region recognised by few or no UN members",
    ),
    (None, ("Crimea",), "a region of Ukraine (annexed by Russia in 2014)"),
    (None, ("Tibet",), "an autonomous region of China"),
    (None, ("Kurdistan",), "a region spread over Iraq, Iran, Syria and Turkey"),
    # not places of one state at all
    ("ATA", ("Antarctica",), "a continent governed under the Antarctic Treaty System"),
    (None, ("European Union", "EU"), "a supranational union of 27 states"),
    (None, ("United Nations", "UN"), "an international organisation"),
    (
        None,
        ("Africa", "Asia", "Europe", "North America", "South America", "Oceania", "Australasia"),
        "a continent or world region",
    ),
    (None, ("World",), "the whole world (a Factbook summary entry)"),
)

# demonyms of non-states -> the display name of their entry above
NON_STATE_DEMONYMS: dict[str, str] = {
    "Puerto Rican": "Puerto Rico",
    "Guamanian": "Guam",
    "American Samoan": "American Samoa",
    "Greenlandic": "Greenland",
    "Greenlander": "Greenland",
    "Faroese": "Faroe Islands",
    "Hongkonger": "Hong Kong",
    "Macanese": "Macau",
    "Bermudian": "Bermuda",
    "Gibraltarian": "Gibraltar",
    "Caymanian": "Cayman Islands",
    "Falkland Islander": "Falkland Islands",
    "Falklander": "Falkland Islands",
    "Manx": "Isle of Man",
    "Aruban": "Aruba",
    "Curaçaoan": "Curacao",
    "New Caledonian": "New Caledonia",
    "French Polynesian": "French Polynesia",
    "Tahitian": "French Polynesia",
    "Niuean": "Niue",
    "Cook Islander": "Cook Islands",
    "Tokelauan": "Tokelau",
    "Sahrawi": "Western Sahara",
    "Scottish": "Scotland",
    "Scot": "Scotland",
    "Welsh": "Wales",
    "English": "England",
    "Tibetan": "Tibet",
    "Kurdish": "Kurdistan",
    "Kurd": "Kurdistan",
    "Abkhaz": "Abkhazia",
    "Antarctic": "Antarctica",
    "European": "European Union",
}


def place_name(iso3: str | None) -> str | None:
    """The display name of a place that is not a state ('HKG' -> 'Hong Kong'), or None."""
    return _PLACE_NAMES.get(iso3 or "")


_PLACE_NAMES = {code: names[0] for code, names, _ in NON_STATES if code}
