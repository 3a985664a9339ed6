"""The web app in real headless Chromium (Debian's /usr/bin/chromium through Playwright).

Opens `/`, types into the two type-ahead pickers, opens the Belarus–Russia profile, filters the
timeline by period and by PLOVER type, and saves a screenshot under tests/artifacts/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists() and not shutil.which("chromium"),
                       reason="Debian chromium is not installed (make system-deps installs it)"),
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_pick_two_countries_read_the_profile_and_filter_the_timeline(browser, live_server):
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(live_server) else None)
    page.goto(live_server + "/")
    options = page.locator("#states option")
    assert options.count() > 190
    page.fill("#country-a", "Belarus")
    page.fill("#country-b", "RUS")  # a code works as well as a name
    page.click("#open-pair")
    page.wait_for_url("**/pair/BLR/RUS")
    assert page.locator("h1").inner_text() == "Belarus–Russia relations"
    assert page.locator(".charts svg").count() >= 3

    events = page.locator("#timeline li.event")
    total = events.count()
    assert total >= 55
    assert page.locator("#timeline-count").inner_text() == f"{total} events shown"

    page.select_option("#period-filter", "2000s")
    visible = page.locator("#timeline li.event:visible")
    n_period = visible.count()
    assert 0 < n_period < total
    assert all(v == "2000s" for v in visible.evaluate_all("els => els.map(e => e.dataset.period)"))

    page.select_option("#type-filter", "ACCUSE")
    n_both = visible.count()
    assert 0 < n_both < n_period
    assert set(visible.evaluate_all("els => els.map(e => e.dataset.plover)")) == {"ACCUSE"}
    assert page.locator("#timeline-count").inner_text().startswith(str(n_both))
    assert page.locator(".period:visible h3").all_inner_texts() == ["2000s"]

    page.locator("#history").scroll_into_view_if_needed()
    page.evaluate("document.getElementById('history').scrollIntoView()")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "pair_BLR_RUS_filtered.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000

    page.select_option("#period-filter", "")
    page.select_option("#type-filter", "")
    assert visible.count() == total
    assert outside == [], f"requests left the app: {outside}"
    page.close()


def test_unknown_country_shows_suggestions(browser, live_server):
    page = browser.new_page()
    page.goto(live_server + "/")
    page.fill("#country-a", "Belarus")
    page.fill("#country-b", "Rusia")
    page.click("#open-pair")
    page.wait_for_load_state()
    assert "Russia" in page.locator("main").inner_text()
    page.close()
