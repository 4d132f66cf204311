"""The dashboard in a real browser (Playwright driving Debian's Chromium): filter -> list -> event -> article.

Each page visited is saved as a screenshot under ``test-screenshots/`` (git-ignored) for review.
Skips with a message where Playwright or ``/usr/bin/chromium`` is absent (``apt-get install
chromium``; Playwright's own browser download is never used).
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import pytest
from test_serve_stats import TOTAL_EVENTS, build_store

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parent.parent / "test-screenshots"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium); browser tests skipped")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from tidings.serve import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(build_store(tmp_path_factory.mktemp("browser") / "t.db"))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the server did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    SHOTS.mkdir(exist_ok=True)
    p = browser.new_page(viewport={"width": 1280, "height": 900})
    p.set_default_timeout(10_000)
    yield p
    p.close()


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_serve_browser_filter_list_event_article(page: Any, server: str) -> None:
    page.goto(server + "/events")
    assert page.locator("#event-count").inner_text() == str(TOTAL_EVENTS)
    shot(page, "01-events")
    page.select_option("select[name=event]", "ASSAULT")  # the drop-down applies the filter at once
    page.wait_for_url("**/events?*event=ASSAULT*")
    assert "text=" not in page.url  # empty fields stay out of the address
    assert page.locator("#event-count").inner_text() == "1"
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 1 and "Dunmarch army" in rows.first.inner_text()
    shot(page, "02-events-filtered")
    page.click("a.event-link")
    page.wait_for_url("**/events/clash/e1")
    assert page.locator("h1.event-title").inner_text().startswith("ASSAULT")
    assert page.locator("#event-rule").inner_text() == "verb:shelled"
    assert page.locator("#event-flags").inner_text() == "none (asserted)"
    assert page.locator("#event-confidence").inner_text().startswith("0.80")
    assert page.locator("#article-text .m-trigger").all_inner_texts() == ["shelled"]
    assert set(page.locator("#article-text .m-actor").all_inner_texts()) == {"Dunmarch army", "Rhovania"}
    assert "The Dunmarch army shelled Kehl on Friday." in page.locator("#evidence").inner_text()
    shot(page, "03-event")
    page.click("#article-link")
    page.wait_for_url("**/articles/clash")
    assert page.locator("#article-title").inner_text() == "Story clash"
    assert page.locator("#article-text .m-trigger").all_inner_texts() == ["shelled", "condemned", "impose"]
    shot(page, "04-article")


def test_serve_browser_pointing_at_a_span_lights_its_record(page: Any, server: str) -> None:
    page.goto(server + "/articles/summit")
    page.locator("#article-text .m-trigger", has_text="agree").hover()
    lit = page.locator("#article-text .lit")
    assert lit.count() >= 2  # the trigger and the rest of its evidence sentence
    assert "agree" in " ".join(lit.all_inner_texts())


@pytest.mark.parametrize("name, url, visible", [
    ("05-home", "/", "Events per month by quad class"),
    ("06-timeline", "/timeline?interval=day", "2025-09-15"),
    ("07-network", "/network", "Ada Voss"),
    ("08-map", "/map", "Kehl"),
    ("09-actors", "/actors", "Dunmarch army"),
    ("10-actor", "/actors/Ada%20Voss%7CFRA%7CGOV", "Top counterparts"),
    ("11-quotes", "/quotes?text=border", "We agree on the border."),
    ("12-activity", "/activity", "Latest articles"),
    ("13-error", "/events?since=someday", "is not a date"),
])
def test_serve_browser_pages_render(page: Any, server: str, name: str, url: str, visible: str) -> None:
    page.goto(server + url)
    assert visible in page.locator("main").inner_text()
    shot(page, name)


def test_serve_browser_count_on_the_map_leads_to_its_events(page: Any, server: str) -> None:
    page.goto(server + "/map")
    germany = page.locator("svg.world use.counted[data-iso3=DEU]")
    box = germany.bounding_box()  # the outline came from /map/world.svg and was drawn
    assert box is not None and box["width"] > 5 and box["height"] > 5
    germany.click()
    page.wait_for_url("**/events?*place=DEU*")
    assert page.locator("#event-count").inner_text() == "2"


def test_serve_browser_needs_no_network(page: Any, server: str) -> None:
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
    for url in ("/", "/map", "/network", "/events/summit/e1"):
        page.goto(server + url)
    assert outside == []
