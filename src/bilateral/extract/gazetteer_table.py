"""The gazetteer's tables: organisations, state bodies, extra and former names of states, combining forms.

Why its own module: `gazetteer` finds names in text; these are the facts it reads them from (each table
says its source), kept apart so the finder stays short and the tables can grow.
"""

from __future__ import annotations

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
    "Commonwealth": ("Commonwealth of Nations", "the Commonwealth"),  # not "the Commonwealth of ...": NOT_BEFORE_OF
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
    "PARLACEN": ("Central American Parliament", "PARLACEN"),
    "CABEI": ("Central American Bank for Economic Integration", "CABEI", "BCIE"),
    "CACM": ("Central American Common Market", "CACM"),
    "CARIFORUM": ("CARIFORUM", "Caribbean Forum"),
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
    # regional and river-basin bodies of Africa, Asia-Pacific and Europe that relations articles name as shared
    "CILSS": ("Permanent Interstate Committee for Drought Control in the Sahel", "CILSS"),
    "LGA": ("Liptako-Gourma Authority", "Liptako–Gourma Authority", "Liptako-Gourma Integrated Development Authority"),
    "AES": ("Alliance of Sahel States", "Confederation of Sahel States"),
    "OMVG": ("Gambia River Basin Development Organization", "Gambia River Basin Development Organisation", "OMVG"),
    "OMVS": ("Senegal River Basin Development Organization", "Senegal River Basin Development Organisation",
             "Organization for the Development of the Senegal River", "OMVS"),
    "MRU": ("Mano River Union",),
    "ACMECS": ("Ayeyawady–Chao Phraya–Mekong Economic Cooperation Strategy",
               "Ayeyawady-Chao Phraya-Mekong Economic Cooperation Strategy", "ACMECS"),
    "Entente Council": ("Council of the Entente", "Conseil de l'Entente", "Entente Council"),
    "CEPGL": ("Economic Community of the Great Lakes Countries", "CEPGL"),
    "ICGLR": ("International Conference on the Great Lakes Region", "ICGLR"),
    "NBI": ("Nile Basin Initiative",),
    "IOC": ("Indian Ocean Commission",),
    "CPTPP": ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "CPTPP"),
    "FPDA": ("Five Power Defence Arrangements", "Five Power Defense Arrangements", "FPDA"),
    "Colombo Plan": ("Colombo Plan",),
    "3SI": ("Three Seas Initiative",),
    "NCM": ("Nordic Council of Ministers",),
    "NORDEFCO": ("Nordic Defence Cooperation", "NORDEFCO"),
    "EEA": ("European Economic Area",),
    "Taalunie": ("Dutch Language Union", "Nederlandse Taalunie", "Taalunie"),
}
# The Factbook's codes for the first two are also ISO codes of states (Namibia, Canada): inside the extractor the
# organisations go by their names, and only the memberships list prints the Factbook code. LAIA prints as
# ALADI and NC as "Nordic Council", the forms relations articles (and their annotators) use.
OUTPUT_CODE = {"Non-Aligned Movement": "NAM", "Andean Community": "CAN", "LAIA": "ALADI", "NC": "Nordic Council"}
# Forms that name something else when " of" follows ("the Commonwealth of Independent States").
NOT_BEFORE_OF = frozenset({"the Commonwealth"})
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

# Combining forms of compound names ("the Sino-Indian War", "Franco-German relations", "the
# Russo-Japanese War"): a state only when a name follows the hyphen ("Indo-Pacific" is no state).
COMBINING = {"sino": "CHN", "indo": "IND", "franco": "FRA", "anglo": "GBR", "russo": "RUS", "italo": "ITA",
             "luso": "PRT", "hispano": "ESP", "germano": "DEU", "austro": "AUT", "greco": "GRC", "turco": "TUR",
             "nippo": "JPN", "japano": "JPN", "irano": "IRN", "serbo": "SRB", "polono": "POL", "hungaro": "HUN",
             "belgo": "BEL", "americano": "USA", "afghano": "AFG", "sovieto": "RUS"}  # fmt: skip
