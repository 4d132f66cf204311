"""The dashboard's pages: what a person reads on each, and that every count links to the list it counts."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from test_serve_stats import ARTICLES, TOTAL_EVENTS, build_store

from tidings.serve import create_app

VOSS = quote("Ada Voss|FRA|GOV", safe="")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    with TestClient(create_app(build_store(tmp_path_factory.mktemp("pages") / "t.db"))) as c:
        yield c  # type: ignore[misc]


def page(client: TestClient, url: str, status: int = 200) -> str:
    r = client.get(url)
    assert r.status_code == status, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def count_links(html: str) -> list[tuple[str, int]]:
    """(href, number) of every link whose text is a number."""
    found = re.findall(r'<a href="([^"]+)"[^>]*>\s*([\d,]+)\s*</a>', html)
    return [(unescape(h), int(n.replace(",", ""))) for h, n in found]


def events_listed(client: TestClient, href: str) -> int:
    html = page(client, href)
    return int(re.search(r'id="event-count">([\d,]+)<', html).group(1).replace(",", ""))  # type: ignore[union-attr]


@pytest.mark.parametrize("url, expected", [
    ("/", ["matching events", "Events per month by quad class", "Most active actors", "Ada Voss", "CONSULT"]),
    ("/events", [f"{TOTAL_EVENTS} events", "newest first", "CSV", "JSONL", "The Dunmarch army shelled Kehl on Friday."]),
    ("/events?event=ASSAULT", ["1 events", "Dunmarch army", "Rhovania"]),
    ("/events?actor=nobody", ["0 events", "No event matches these filters."]),
    ("/events/clash/e1", ["ASSAULT", "heavy-weapons", "Dunmarch army", "Rhovania", "Kehl (DEU)", "verb:shelled",
                          "0.80", "none (asserted)", "Evidence", "In the article"]),
    ("/events/clash/e3", ["THREATEN", "candidate", "hypothetical", "0.05"]),
    ("/articles/summit", ["Story summit", "3 events", "1 quotes", "We agree on the border.", "President"]),
    ("/actors", ["Ada Voss", "Ben Holt", "Dunmarch army", "dock workers"]),
    (f"/actors/{VOSS}", ["Ada Voss", "15 events", "Events by type", "Top counterparts", "Ben Holt", "President",
                        "Roles over time"]),
    ("/quotes", ["1 quotes", "We agree on the border.", "Ada Voss"]),
    ("/quotes?article_id=summit", ["1 quotes"]),
    ("/articles", ["Story summit", "Story clash", "Story strike", "Test Wire"]),
    ("/articles?since=2025-09-10", ["Story clash", "Story august"]),
    ("/quotes?text=nothinglikethis", ["0 quotes", "No quote matches."]),
    ("/timeline", ["per day week month year", "verbal cooperation", "are dated less precisely"]),
    ("/timeline?interval=month&by=event", ["2025-08", "RETREAT"]),
    ("/network", ["heaviest actor", "Ada Voss", "Ben Holt"]),
    ("/map", ["Kehl", "Paris", "Countries of the participants", "FRA"]),
    ("/activity", ["Ingest progress", f"{len(ARTICLES)} articles stored", "Latest articles", "Story summit"]),
])
def test_serve_pages_show_what_a_person_reads(client: TestClient, url: str, expected: list[str]) -> None:
    shown = text_of(page(client, url))
    for words in expected:
        assert words in shown, f"{words!r} not on {url}"


@pytest.mark.parametrize("url", ["/", "/actors", f"/actors/{VOSS}", "/timeline?interval=day", "/timeline",
                                 "/timeline?interval=month&by=event", "/network", "/map",
                                 "/articles"])
def test_serve_pages_every_count_links_to_a_list_of_that_many(client: TestClient, url: str) -> None:
    links = [(h, n) for h, n in count_links(page(client, url)) if h.startswith("/events?")]
    assert links, f"no count links on {url}"
    for href, n in links[:12]:
        assert events_listed(client, href) == n, href


def article_text(html: str) -> str:
    return html.split('id="article-text"')[1].split("</div>")[0]


def marked(html: str, kind: str) -> list[str]:
    return [unescape(t) for t in re.findall(rf'<span class="[^"]*m-{kind}[^"]*"[^>]*>([^<]+)<', article_text(html))]


def test_serve_pages_event_page_highlights_the_event_and_its_cast(client: TestClient) -> None:
    html = page(client, "/events/summit/e2")
    assert marked(html, "trigger") == ["agree"]  # only this event's trigger, not the article's others
    assert set(marked(html, "actor")) == {"Ada Voss", "Ben Holt"}
    assert "".join(marked(html, "quote")) == "We agree on the border."
    assert "".join(marked(html, "evidence")).startswith("Ada Voss said")
    assert 'href="/articles/summit"' in html and f'href="/actors/{VOSS}"' in html


def test_serve_pages_article_page_marks_every_span(client: TestClient) -> None:
    html = page(client, "/articles/summit")
    for kind in ("actor", "quote", "speaker", "cue", "trigger", "evidence"):
        assert marked(html, kind), kind
    assert marked(html, "trigger") == ["met", "agree", "praised"]
    assert marked(html, "cue") == ["said"]


def test_serve_pages_filters_carry_across_views(client: TestClient) -> None:
    html = page(client, "/network?event=ASSAULT&since=2025-09")
    nav = re.findall(r'<a href="(/(?:events|timeline|map|actors)[^"]*)"', html)
    assert all("event=ASSAULT" in unescape(h) and "since=2025-09" in unescape(h) for h in nav[:4])
    assert 'value="2025-09"' in html and "<option selected>ASSAULT</option>" in html


def test_serve_pages_next_page_link_continues_the_list(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.serve import pages

    assert 'id="next-page"' not in page(client, "/events")  # 20 events fit one page of 50
    monkeypatch.setattr(pages, "PAGE", 6)
    seen, url = [], "/events?sort=oldest"
    while url:
        html = page(client, url)
        seen += re.findall(r'class="event-link" href="([^"]+)"', html)
        nxt = re.search(r'id="next-page" href="([^"]+)"', html)
        url = unescape(nxt.group(1)) if nxt else ""
    assert len(seen) == len(set(seen)) == TOTAL_EVENTS


@pytest.mark.parametrize("url, status, words", [
    ("/events?since=someday", 400, "since"),
    ("/articles?until=later", 400, "until"),
    ("/events?event=PARTY", 400, "unknown event type"),
    ("/events/summit/e99", 404, "no event 'e99'"),
    ("/articles/missing", 404, "no article"),
    (f"/actors/{quote('Nobody||', safe='')}", 404, "no actor"),
    ("/no-such-page", 404, "Not Found"),
])
def test_serve_pages_errors_are_pages_not_traces(client: TestClient, url: str, status: int, words: str) -> None:
    html = page(client, url, status)
    assert words in text_of(html) and "Traceback" not in html and 'class="error"' in html


def test_serve_pages_static_assets_and_offline(client: TestClient) -> None:
    html = page(client, "/map")
    assert not re.search(r'(src|href)="(https?:)?//', html.split('id="filters"')[0])  # nothing from elsewhere
    for asset in ("/static/app.css", "/static/app.js"):
        assert client.get(asset).status_code == 200
    assert re.findall(r'class="counted" data-iso3="(\w+)"', html) == ["DEU", "FRA"]  # shaded, busiest first
    world = client.get("/map/world.svg")
    assert world.status_code == 200 and world.headers["content-type"].startswith("image/svg+xml")
    assert world.text.count('<g id="c-') > 150 and 'id="c-de"' in world.text and 'id="c-fr"' in world.text


@pytest.mark.parametrize("interval, present, expected", [
    ("month", ["2024-11", "2025-02"], ["2024-11", "2024-12", "2025-01", "2025-02"]),
    ("week", ["2025-09-01", "2025-09-22"], ["2025-09-01", "2025-09-08", "2025-09-15", "2025-09-22"]),
    ("day", ["2025-02-27", "2025-03-01"], ["2025-02-27", "2025-02-28", "2025-03-01"]),
    ("year", ["2020", "2022"], ["2020", "2021", "2022"]),
    ("day", ["2025-01-01"], ["2025-01-01"]),
    ("day", ["0001-01-01", "9999-12-31"], ["0001-01-01", "9999-12-31"]),  # past the cap: only what is there
    ("month", ["2025-1x", "2025-03"], ["2025-1x", "2025-03"]),  # unreadable: drawn as given
])
def test_serve_pages_timeline_keeps_quiet_periods_as_gaps(interval: str, present: list[str], expected: list[str]) -> None:
    from tidings.serve.charts import _every_period

    assert _every_period(interval, present) == expected
