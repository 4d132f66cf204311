"""PLOVER's vocabulary: event types, modes, quad classes, base intensities, contexts, sectors."""

from __future__ import annotations

# type -> (quad class, base intensity, modes)
EVENT_TYPES: dict[str, tuple[int, float, tuple[str, ...]]] = {
    "AGREE": (1, 2.5, ()),
    "CONSULT": (1, 2.5, ("visit", "third-party", "multilateral", "phone")),
    "SUPPORT": (1, 5.0, ()),
    "CONCEDE": (1, 4.5, ()),
    "COOPERATE": (2, 9.5, ()),
    "AID": (2, 10.0, ()),
    "RETREAT": (2, 6.5, ("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
    "REQUEST": (3, 0.0, ("assist", "change", "yield", "meet")),
    "ACCUSE": (3, -2.0, ("disapprove", "investigate", "allege")),
    "REJECT": (3, -2.0, ("assist", "change", "yield", "meet")),
    "THREATEN": (3, -3.5, ("restrict", "arrest", "relations", "expel", "territory", "violence")),
    "PROTEST": (4, -5.0, ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize")),
    "SANCTION": (4, -6.0, ("convict", "expel", "withdraw", "discontinue")),
    "MOBILIZE": (4, -5.5, ("troops", "weapons", "police", "militia")),
    "COERCE": (4, -7.0, ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
                         "withhold", "misinformation", "cyber")),
    "ASSAULT": (4, -9.0, ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                          "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                          "unconventional")),
}

# Older labels still found in data sets.
LEGACY_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}

CONTEXTS = (
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms",
    "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
    "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking",
)

SECTORS = {
    "COP": "police", "GOV": "government", "JUD": "judiciary", "LEG": "legislature", "MIL": "military",
    "PRM": "pro-government paramilitary", "PTY": "political party", "REB": "rebels", "SPY": "intelligence",
    "UAF": "unidentified armed forces", "UNK": "unidentified", "AGR": "agriculture", "BUS": "business",
    "CRM": "criminals", "CVL": "civilians", "EDU": "education", "ELI": "elites and former officials",
    "JRN": "journalists and media", "LAB": "labour", "MED": "health", "REF": "refugees", "OPP": "opposition",
    "PRE": "partially recognised entity", "REL": "religious", "SOC": "civil society",
}

# Non-state "country" codes of PLOVER.
NONSTATE_CODES = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}

AUX_MODES = ("negation", "hypothetical", "future", "historical")


def normalise_type(label: str) -> str:
    """Map a legacy or lower-case label to one of the 16 current types."""
    up = label.strip().upper()
    return LEGACY_TYPES.get(up, up)


def quad_of(event_type: str) -> int:
    return EVENT_TYPES[event_type][0]


def base_intensity(event_type: str) -> float:
    return EVENT_TYPES[event_type][1]


__all__ = sorted(["AUX_MODES", "CONTEXTS", "EVENT_TYPES", "LEGACY_TYPES", "NONSTATE_CODES", "QUAD_NAMES",
                  "SECTORS", "base_intensity", "normalise_type", "quad_of"])
