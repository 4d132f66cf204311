"""Update the knowledge base from Wikidata's SPARQL endpoint: ``tidings kb update --out DIR``.

For users with network access, and only when they run the command: nothing else in tidings goes
to the network. Each query of :data:`QUERIES` (heads of state, heads of government, ministers,
legislators, party leaders, armed-group leaders) is sent once and its answer written as the KB's
own CSV format into ``DIR``:

* ``people_wikidata_<query>.csv``: one row per (person, office) with its start and end;
* ``organizations_wikidata_<query>.csv``: the parties and armed groups whose leaders were asked for.

A file is replaced only when its query succeeded (written to a temporary file, then renamed), so a
failed or interrupted run never leaves a half-written KB. Rows the KB could not use are left out
and counted: a country that is not one of the KB's ISO 3166 alpha-3 codes, an office without an
English label, a date that is not a date. Aliases are kept only when they have two words or more
and are no common phrase (a bare surname, a short acronym or "the party" would turn ordinary text
into an actor).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from .load import PACKAGE_DIR, build
from .model import name_key
from .validate import COMMON_WORDS

ENDPOINT = "https://query.wikidata.org/sparql"
DEFAULT_SINCE = "2000-01-01"
USER_AGENT = "tidings-kb-update/1 (offline news event coder; run on a user's request)"
PEOPLE_HEADER = ["name", "aliases", "wikidata", "country", "role", "sector", "start", "end"]
ORG_HEADER = ["name", "aliases", "wikidata", "country", "sector", "kind", "members"]
_QID = re.compile(r"^Q[1-9]\d*$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_GENERIC = re.compile(r"^(the|a|an)\s")  # "the president": a lower-case description, not a name

PREFIXES = """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX p: <http://www.wikidata.org/prop/>
PREFIX ps: <http://www.wikidata.org/prop/statement/>
PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

# People who held an office (P39) that ``{pattern}`` binds to ?office, in ?country.
OFFICE_QUERY = """SELECT ?person ?personName ?iso3 ?office ?officeName ?start ?end
       (GROUP_CONCAT(DISTINCT COALESCE(?alias, ""); separator="|") AS ?aliases) WHERE {{
  {pattern}
  ?country wdt:P298 ?iso3 .{countries}
  ?person p:P39 ?held . ?held ps:P39 ?office .
  ?person wdt:P31 wd:Q5 .
  OPTIONAL {{ ?held pq:P580 ?start }}
  OPTIONAL {{ ?held pq:P582 ?end }}
  FILTER(!BOUND(?end) || ?end >= "{since}T00:00:00Z"^^xsd:dateTime)
  ?person rdfs:label ?personName . FILTER(LANG(?personName) = "en")
  ?office rdfs:label ?officeName . FILTER(LANG(?officeName) = "en")
  OPTIONAL {{ ?person skos:altLabel ?alias . FILTER(LANG(?alias) = "en") }}
}}
GROUP BY ?person ?personName ?iso3 ?office ?officeName ?start ?end"""

# Leaders (``{props}``: chairperson P488, director P1037, ...) of organisations of class ``{cls}``.
LEADER_QUERY = """SELECT ?person ?personName ?org ?orgName ?iso3 ?start ?end
       (GROUP_CONCAT(DISTINCT COALESCE(?alias, ""); separator="|") AS ?aliases)
       (GROUP_CONCAT(DISTINCT COALESCE(?orgAlias, ""); separator="|") AS ?orgAliases) WHERE {{
  ?org wdt:P31/wdt:P279* wd:{cls} .
  ?org {props} ?held . ?held {values} ?person .
  ?person wdt:P31 wd:Q5 .
  OPTIONAL {{ ?org wdt:P17 ?country . ?country wdt:P298 ?iso3 . }}{countries}
  OPTIONAL {{ ?held pq:P580 ?start }}
  OPTIONAL {{ ?held pq:P582 ?end }}
  FILTER(!BOUND(?end) || ?end >= "{since}T00:00:00Z"^^xsd:dateTime)
  ?person rdfs:label ?personName . FILTER(LANG(?personName) = "en")
  ?org rdfs:label ?orgName . FILTER(LANG(?orgName) = "en")
  OPTIONAL {{ ?person skos:altLabel ?alias . FILTER(LANG(?alias) = "en") }}
  OPTIONAL {{ ?org skos:altLabel ?orgAlias . FILTER(LANG(?orgAlias) = "en") }}
}}
GROUP BY ?person ?personName ?org ?orgName ?iso3 ?start ?end"""


@dataclass(frozen=True)
class Query:
    """One question to Wikidata and how its answers become KB rows."""

    name: str
    describe: str
    sector: str
    template: str
    fields: tuple[tuple[str, str], ...]  # template fields other than since/countries
    org_kind: str | None = None  # leaders: the kind of the organisation rows written beside them

    def sparql(self, since: str, countries: Iterable[str] = ()) -> str:
        codes = " ".join(f'"{c}"' for c in countries)
        where = f"\n  VALUES ?iso3 {{ {codes} }}" if codes else ""
        return f"#tidings:{self.name}\n{PREFIXES}" + self.template.format(since=since, countries=where,
                                                                          **dict(self.fields))


QUERIES: dict[str, Query] = {q.name: q for q in (
    Query("heads_of_state", "presidents, monarchs and other heads of state (P1906 of a country)", "GOV", OFFICE_QUERY,
          (("pattern", "?country wdt:P1906 ?office ."),)),
    Query("heads_of_government", "prime ministers and other heads of government (P1313 of a country)", "GOV",
          OFFICE_QUERY, (("pattern", "?country wdt:P1313 ?office ."),)),
    Query("ministers", "holders of ministerial offices (subclasses of minister, Q83307) of a country", "GOV",
          OFFICE_QUERY, (("pattern", "?office (wdt:P31|wdt:P279)/wdt:P279* wd:Q83307 ; wdt:P1001 ?country ."),)),
    Query("legislators", "members of national parliaments (subclasses of member of parliament, Q486839); "
                         "large: narrow it with --country", "LEG",
          OFFICE_QUERY, (("pattern", "?office (wdt:P31|wdt:P279)/wdt:P279* wd:Q486839 ; wdt:P1001 ?country ."),)),
    Query("party_leaders", "chairs and leaders of political parties (Q7278)", "PTY", LEADER_QUERY,
          (("cls", "Q7278"), ("props", "p:P488|p:P1037"), ("values", "ps:P488|ps:P1037")), org_kind="party"),
    Query("armed_group_leaders", "leaders of armed organisations and militant groups (Q17149090)", "REB",
          LEADER_QUERY, (("cls", "Q17149090"), ("props", "p:P488|p:P1037|p:P35"),
                         ("values", "ps:P488|ps:P1037|ps:P35")), org_kind="armed group"),
)}


class UpdateError(Exception):
    """A query could not be sent or its answer could not be read."""


def fetch(endpoint: str, query: str, timeout: float = 120.0) -> list[dict[str, Any]]:
    """The result bindings of one SPARQL query, POSTed as a form; any failure is an UpdateError."""
    data = urllib.parse.urlencode({"query": query, "format": "json"}).encode()
    req = urllib.request.Request(endpoint, data=data, method="POST", headers={
        "Accept": "application/sparql-results+json", "User-Agent": USER_AGENT,
        "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (the user's endpoint)
            body = resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read()[:200].decode("utf-8", "replace").strip()
        raise UpdateError(f"HTTP {exc.code} from {endpoint}: {detail or exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise UpdateError(f"cannot reach {endpoint}: {getattr(exc, 'reason', exc)}") from None
    try:
        doc = json.loads(body)
        bindings = doc["results"]["bindings"]
        if not isinstance(bindings, list):
            raise TypeError("bindings is not a list")
    except (ValueError, KeyError, TypeError) as exc:
        raise UpdateError(f"{endpoint} did not answer with SPARQL JSON results ({exc})") from None
    return bindings


def value(binding: dict[str, Any], var: str) -> str:
    cell = binding.get(var)
    return str(cell.get("value", "")).strip() if isinstance(cell, dict) else ""


def qid(uri: str) -> str:
    """``http://www.wikidata.org/entity/Q76`` -> ``Q76``; anything else -> ""."""
    tail = uri.rsplit("/", 1)[-1]
    return tail if _QID.match(tail) else ""


def day(text: str) -> str | None:
    """An xsd:dateTime as YYYY-MM-DD; "" when absent; None when it is not a usable date."""
    if not text:
        return ""
    m = _DATE.match(text)
    if not m:
        return None
    try:
        return dt.date(*map(int, m.groups())).isoformat()
    except ValueError:
        return None


def safe_aliases(text: str, name: str) -> str:
    """Aliases of two words or more with a capital, none a description ("the president") or a
    common phrase ("the party"), without the name itself."""
    out: list[str] = []
    for alias in text.split("|"):
        alias = " ".join(alias.split())
        if len(alias.split()) >= 2 and alias != name and alias not in out and "," not in alias \
                and name_key(alias) not in COMMON_WORDS and not _GENERIC.match(alias) \
                and any(c.isupper() for c in alias):
            out.append(alias)
    return "|".join(out)


def rows(query: Query, bindings: list[dict[str, Any]], known: set[str]) -> tuple[list[list[str]], list[list[str]], int]:
    """(people rows, organisation rows, rows skipped) for one query's answer."""
    people: dict[tuple[str, str, str], list[str]] = {}
    orgs: dict[str, list[str]] = {}
    skipped = 0
    for b in bindings:
        person, name, iso3 = qid(value(b, "person")), value(b, "personName"), value(b, "iso3")
        start, end = day(value(b, "start")), day(value(b, "end"))
        if query.org_kind:
            org, org_name = qid(value(b, "org")), value(b, "orgName")
            if not org or not org_name or (iso3 and iso3 not in known):
                skipped += 1
                continue
            orgs.setdefault(org, [org_name, safe_aliases(value(b, "orgAliases"), org_name), org, iso3, query.sector,
                                  query.org_kind, ""])
            role = f"Leader of {org_name}"
        else:
            role = value(b, "officeName")
        if not person or not name or not role or iso3 not in known or start is None or end is None \
                or (start and end and start > end):
            skipped += 1
            continue
        people.setdefault((person, role, start), [name, safe_aliases(value(b, "aliases"), name), person, iso3, role,
                                                  query.sector, start, end])
    return sorted(people.values(), key=lambda r: (r[3], r[0], r[6])), sorted(orgs.values()), skipped


def write_table(path: Path, header: list[str], body: list[list[str]], comments: list[str]) -> None:
    """Write a KB table atomically: a reader sees the old file or the whole new one."""
    buf = io.StringIO()
    for line in comments:
        buf.write(f"# {line}\n")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(body)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(buf.getvalue(), encoding="utf-8")
    os.replace(tmp, path)


def update(out_dir: str | Path, *, endpoint: str = ENDPOINT, only: Iterable[str] | None = None,
           since: str = DEFAULT_SINCE, countries: Iterable[str] = (), timeout: float = 120.0,
           today: dt.date | None = None) -> dict[str, Any]:
    """Run the queries (all, or ``only``) and write their files; failures are reported, not raised."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    known = set(build([PACKAGE_DIR, out]).countries)
    countries = tuple(countries)
    stamp = (today or dt.date.today()).isoformat()
    result: dict[str, Any] = {"queries": {}, "errors": {}}
    for name in only or QUERIES:
        query = QUERIES[name]
        try:
            bindings = fetch(endpoint, query.sparql(since, countries), timeout)
        except UpdateError as exc:
            result["errors"][name] = str(exc)
            continue
        people, orgs, skipped = rows(query, bindings, known)
        comments = [f"Written by `tidings kb update` from {endpoint} on {stamp}: {query.describe}.",
                    f"curated-until: {stamp}",
                    f"Roles ending before {since} are left out; rows whose country is not an ISO3 code are skipped."]
        write_table(out / f"people_wikidata_{name}.csv", PEOPLE_HEADER, people, comments)
        if query.org_kind:
            write_table(out / f"organizations_wikidata_{name}.csv", ORG_HEADER, orgs, comments[:1] + comments[2:])
        result["queries"][name] = {"people": len(people), "organizations": len(orgs), "skipped": skipped}
    return result


__all__ = ["DEFAULT_SINCE", "ENDPOINT", "QUERIES", "Query", "UpdateError", "day", "fetch", "qid", "rows",
           "safe_aliases", "update"]
