"""The extractor on long relations articles in Wikipedia's manner, scored like the corpus.

`tests/extract/heldout/` holds a hundred and seventy-four articles of 1,800-2,100 words each, written in eighty-six
rounds in the corpus layout from the facts and structure of the English Wikipedia articles of those titles, in their own
words, with a dense hand gold (about a hundred events each: every dated happening, as the corpus gold):
Armenia–Azerbaijan, Kazakhstan–Russia, Cuba–United States, Poland–Ukraine; India–Pakistan, Eritrea–Ethiopia,
Germany–Poland, Iran–Iraq; Algeria–Morocco, China–Vietnam, Croatia–Serbia, South Sudan–Sudan;
Afghanistan–Pakistan, Bangladesh–Myanmar, Hungary–Romania, Israel–Turkey (session 10); China–Japan,
Ecuador–Peru, Egypt–Israel, Lithuania–Poland, Mexico–United States, Qatar–Saudi Arabia; Cambodia–Thailand,
Russia–Ukraine; Bolivia–Peru, Ethiopia–Somalia; Cameroon–Nigeria, Iraq–Kuwait (session 11); Argentina–Chile,
India–Sri Lanka, Russia–Turkey, Indonesia–Netherlands (session 12); France–Germany, Iran–Israel,
Armenia–Turkey, Bosnia and Herzegovina–Croatia, Russia–Sweden, Hungary–Ukraine (session 13); Georgia–Russia,
Estonia–Russia, Guyana–Venezuela, Costa Rica–Nicaragua, Rwanda–Uganda, Egypt–Libya, Syria–Turkey, North Korea–South
Korea (session 14: their events scored but never read before they joined; their figure misses were read);
Chile–Peru, Azerbaijan–Iran, Ethiopia–Sudan, Cambodia–Vietnam, Greece–North Macedonia, Japan–Russia,
Colombia–Ecuador, Kenya–Somalia, Myanmar–Thailand, Bulgaria–Turkey, Albania–Greece, Chad–Sudan, Bolivia–Brazil,
China–Mongolia, Latvia–Russia, Djibouti–Eritrea (session 14, scored at the end, never read); Austria–Italy,
Belgium–Netherlands, China–Philippines, Malaysia–Singapore, Burkina Faso–Mali, Gambia–Senegal, Belarus–Poland,
Moldova–Romania, Kyrgyzstan–Tajikistan, Democratic Republic of the Congo–Rwanda (session 15: their misses read);
Bhutan–China, China–Pakistan, Dominican Republic–Haiti, Cuba–Mexico, Iceland–United Kingdom, Denmark–Norway (session
15, scored at the end, never read; only their border results were seen before); Mauritania–Senegal, El
Salvador–Honduras, Belarus–Ukraine, Argentina–Uruguay (session 16: their misses read); Portugal–Spain, Saudi
Arabia–Yemen, Czech Republic–Slovakia, Laos–Thailand (session 16, scored before and after, never read);
Tanzania–Uganda, Cyprus–Turkey, Egypt–Saudi Arabia, Argentina–Paraguay (session 16: their misses read);
Malaysia–Thailand, China–South Korea, Canada–United States, Benin–Niger (session 16, scored before and after;
their misses were listed among the ninety-four's late in the session); Israel–Jordan, China–Nepal,
Kazakhstan–Uzbekistan, Niger–Nigeria (session 16, scored at the end, never read); Finland–Russia, Belize–Guatemala,
India–Nepal, Libya–Tunisia, Hungary–Slovakia, Angola–Namibia, East Timor–Indonesia, Lebanon–Syria (session 17:
their misses read); Laos–Vietnam, Ghana–Togo, Brazil–Paraguay, Japan–North Korea (session 17, scored before and
after, never read); Bangladesh–India, Australia–Indonesia, Ireland–United Kingdom, Mozambique–Zimbabwe,
Afghanistan–Iran, Iraq–Turkey, Egypt–Sudan, Albania–Serbia (session 18: their misses read); China–Myanmar,
Guatemala–Mexico, Kenya–Uganda, Romania–Ukraine, Iran–Turkey, Benin–Nigeria, Colombia–Peru, Tajikistan–Uzbekistan
(session 18, scored before and after, never read); Israel–Lebanon, Brazil–Venezuela, Croatia–Slovenia,
Malaysia–Philippines, Iran–Pakistan, Namibia–South Africa, Honduras–Nicaragua, Spain–United Kingdom (session 19:
their misses read); Azerbaijan–Turkey, Jordan–Syria, Chad–Nigeria, Norway–Sweden, Cambodia–Laos, Zambia–Zimbabwe,
Cyprus–Greece, Thailand–Vietnam (session 19, scored before and after, never read); Egypt–Turkey,
Botswana–South Africa, France–United Kingdom, Iraq–Syria, Japan–United States, Algeria–Mali, Poland–Russia,
Cuba–Venezuela (session 20: their misses read); Mauritania–Morocco, Belarus–Lithuania, Colombia–Panama, Iran–United
Arab Emirates, Ethiopia–Kenya, Denmark–Germany, South Sudan–Uganda, Afghanistan–Uzbekistan (session 20, scored
before and after, never read); China–Russia, Bangladesh–Pakistan, Austria–Germany, Burundi–Rwanda, Bolivia–Paraguay,
Latvia–Lithuania, China–North Korea, Democratic Republic of the Congo–Uganda (session 21: their misses read);
Argentina–United Kingdom, Israel–Syria, Bulgaria–North Macedonia, China–Kazakhstan, Saudi Arabia–United Arab Emirates,
Malawi–Zambia, Brazil–Uruguay, Estonia–Finland (session 21, scored before and after, never read). Each round was
written by annotators who saw neither the extractor nor its code, and scored before any rule it prompted
(BENCHMARKS.md, "Held-out rounds").
They are harder than `generality/` (longer, more history, more events per sentence); the floors below are set a
little under what the extractor reached once the rules were generalised, to guard those rules against
regressions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilateral.documents.read import read_document
from bilateral.extract import extract
from bilateral.extract.scoring import combine, score_doc

GOLD_DIR = Path(__file__).parent / "heldout"
SLUGS = sorted(p.name[: -len(".gold.json")] for p in GOLD_DIR.glob("*.gold.json"))

# Measured on the hundred and seventy-four (session 21's last code): events 0.831 (P 0.910, R 0.764), missions 0.971,
# organisations 0.961, figures 0.769; on matched events PLOVER 0.682, actors 0.590, date 0.880; border 173/174
# (some from the Factbook: the text never says). The sixteen added in session 19 brought the actor agreement down
# from 0.608 (their annotators code armed groups as actors of their own, e.g. HEZBOLLAH rather than LBN), so its
# floor is 0.58; Spain–United Kingdom's gold counts the Gibraltar frontier as a shared land border, which its text
# tells only as "the 1.2 km land frontier".
# Since session 14 the matched events include dated acts the lexicon does not type (`extract.untyped`, kept as
# OTHER): PLOVER agreement fell with them (0.76 -> 0.72 on the thirty-eight); on the events matched before, 0.763.
FLOORS = {"events": 0.81, "missions": 0.93, "organizations": 0.95, "figures": 0.76}
AGREE_FLOORS = {"plover": 0.65, "actors": 0.58, "date": 0.87}


@pytest.fixture(scope="module")
def scored() -> dict[str, dict]:
    out = {}
    for slug in SLUGS:
        text = (GOLD_DIR / f"{slug}.txt").read_text(encoding="utf-8")
        gold = json.loads((GOLD_DIR / f"{slug}.gold.json").read_text(encoding="utf-8"))
        doc = read_document(GOLD_DIR / f"{slug}.txt")
        out[slug] = score_doc(gold, extract(doc).to_gold_json(doc.text), text)
    return out


def test_the_gold_is_well_formed() -> None:
    assert len(SLUGS) == 174
    for slug in SLUGS:
        text = (GOLD_DIR / f"{slug}.txt").read_text(encoding="utf-8")
        gold = json.loads((GOLD_DIR / f"{slug}.gold.json").read_text(encoding="utf-8"))
        assert gold["title"] in text.splitlines()[0], slug
        assert len(gold["events"]) >= 70, slug
        for e in gold["events"] + gold["figures"]:
            assert e["evidence"] in text, (slug, e["evidence"])


def test_scores_on_long_articles_reach_the_floors(scored) -> None:
    total = combine(list(scored.values()))
    for key, floor in FLOORS.items():
        assert total[key]["f1"] >= floor, (key, total[key])
    for key, floor in AGREE_FLOORS.items():
        assert total["matched_agree"][key] >= floor, (key, total["matched_agree"])
    assert total["events"]["precision"] >= 0.90, total["events"]
    assert total["border_correct"] >= len(scored) - 1  # all but Spain–United Kingdom (above)


def test_every_long_article_on_its_own(scored) -> None:
    for slug, s in scored.items():  # the hardest, Kyrgyzstan–Tajikistan (session 15): F1 0.66, P 0.79
        assert s["events"]["f1"] >= 0.64, (slug, s["events"])
        assert s["events"]["precision"] >= 0.77, (slug, s["events"])
