"""Dated facts that fit no PLOVER type read as what they are: changes of office, not 'an event'."""

from __future__ import annotations

from bilateral.profile.narrate import event_sentence

NAMES = {"RUS": "Russia", "BLR": "Belarus", "JPN": "Japan"}.__getitem__


def test_terms_of_office_from_a_comparison_table() -> None:
    ev = "Prime Minister Shigeru Ishiba (2024–2025, 2026–present)"
    assert event_sentence("2024", 2024, ["JPN"], "OTHER", NAMES, ev).startswith(
        "In 2024, Shigeru Ishiba became Prime Minister of Japan:")
    assert "returned to office as Prime Minister of Japan" in event_sentence("2026", 2026, ["JPN"], "OTHER", NAMES, ev)
    assert "Shigeru Ishiba's term as Prime Minister of Japan ended" in event_sentence(
        "2025", 2025, ["JPN"], "OTHER", NAMES, "Prime Minister Shigeru Ishiba (2024–2025")
    s = event_sentence("2012", 2012, ["RUS"], "OTHER", NAMES, "2012–present)")
    assert "a new term of office began in Russia" in s


def test_coming_to_power_and_plain_mentions() -> None:
    s = event_sentence("1994-07", 1994, ["BLR"], "OTHER", NAMES, "Alexander Lukashenko coming to power in July 1994")
    assert s.startswith("In July 1994, Alexander Lukashenko came to power in Belarus:")
    s = event_sentence("2020-08-09", 2020, ["BLR"], "OTHER", NAMES, "its 9 August presidential election")
    assert s.startswith("On 9 August 2020, a dated development concerning Belarus is recorded:")
    assert "an event involving" not in s


def test_becoming_or_taking_office_as_president_is_worded_so() -> None:
    from bilateral.profile.narrate import event_sentence

    names = {"PER": "Peru", "ECU": "Ecuador"}.__getitem__
    became = event_sentence("2006", 2006, ["PER"], "OTHER", names, "Alan García became president of Peru in 2006")
    assert became.startswith("In 2006, Alan García became President of Peru:")
    assert event_sentence("2007", 2007, ["ECU"], "OTHER", names, "In 2007, Rafael Correa took office as prime "
                          "minister of Ecuador").startswith("In 2007, Rafael Correa became Prime Minister of Ecuador:")
