"""Names of states, demonyms, capitals, organisations and leaders learnt from the text."""

from __future__ import annotations

from bilateral.documents.plaintext import read_plaintext
from bilateral.extract.actors import learn_people
from bilateral.extract.gazetteer import find_names, resolve_name


def test_names_demonyms_capitals_and_official_names() -> None:
    assert resolve_name("Belarusian") == "BLR"
    assert resolve_name("Russian Federation") == "RUS"
    assert resolve_name("RF") == "RUS"
    assert resolve_name("Minsk") == "BLR"
    assert resolve_name("Buenos Aires") == "ARG"
    assert resolve_name("Chileans") == "CHL"
    assert resolve_name("Republic of Korea") == "KOR"
    assert resolve_name("Korean") is None  # ambiguous between the two Koreas: left out
    assert resolve_name("Gazprom") == "RUS"
    # forms only the product's country resolver supplies (ambiguous in the Factbook pass)
    assert resolve_name("French") == "FRA"
    assert resolve_name("Chinese") == "CHN"
    assert resolve_name("Andorra la Vella") == "AND"


def test_find_names_codes_and_kinds() -> None:
    text = "The Kremlin and Paris signed, and both joined the Collective Security Treaty Organization and NATO."
    found = [(text[m.start : m.end], m.code, m.kind) for m in find_names(text)]
    assert ("Kremlin", "RUS", "body") in found
    assert ("Paris", "FRA", "capital") in found
    assert ("Collective Security Treaty Organization", "CSTO", "org") in found
    assert ("NATO", "NATO", "org") in found


def test_leaders_are_learnt_per_document() -> None:
    text = (
        "Chilean president Patricio Aylwin met Carlos Menem. "
        "President of Argentina Carlos Menem agreed. Germany's foreign minister Hans Schmidt left."
    )
    people = learn_people(read_plaintext(text))
    assert people.names["Patricio Aylwin"] == "CHL"
    assert people.names["Aylwin"] == "CHL"
    assert people.names["Menem"] == "ARG"
    assert people.names["Schmidt"] == "DEU"
    later = "Later Menem and Aylwin spoke."
    assert [m.code for m in people.find(later, 0, len(later))] == ["ARG", "CHL"]


def test_leader_names_beyond_ascii_and_with_particles() -> None:
    text = (
        "Turkish president Recep Tayyip Erdoğan met Saudi crown prince Mohammed bin Salman. "
        "Egyptian president Abdel Fattah el-Sisi left."
    )
    people = learn_people(read_plaintext(text))
    assert people.names["Erdoğan"] == "TUR"
    assert people.names["Mohammed bin Salman"] == "SAU"
    assert people.names["el-Sisi"] == "EGY"


def test_current_leaders_from_the_factbook_resolve_bare_names() -> None:
    from bilateral.extract.leaders import _forms, current_leaders

    assert _forms("President Vladimir Vladimirovich PUTIN") == ["Vladimir Vladimirovich Putin", "Vladimir Putin"]
    assert _forms("President XI Jinping") == ["Xi Jinping"]
    leaders = current_leaders()
    assert leaders["Emmanuel Macron"].code == "FRA"  # not Andorra, whose co-prince he is
    assert leaders["Xi Jinping"].code == "CHN"
    assert leaders["Vladimir Putin"].in_office("2020-01") and not leaders["Vladimir Putin"].in_office("2010")
    people = learn_people(read_plaintext("In May 2019, Emmanuel Macron visited Berlin. Later Macron left."))
    assert people.names["Macron"] == "FRA"
    assert people.terms["Emmanuel Macron"] == leaders["Emmanuel Macron"].since
