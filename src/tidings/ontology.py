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

# Sectors by the kind of actor they make: the state, armed groups outside it, politics outside
# office, private bodies, civil society; "other" for the unidentified and partly recognised.
SECTOR_GROUPS = {
    **dict.fromkeys(("GOV", "MIL", "COP", "LEG", "JUD", "SPY", "PRM"), "state"),
    **dict.fromkeys(("REB", "UAF", "CRM"), "armed"),
    **dict.fromkeys(("PTY", "OPP", "ELI"), "politics"),
    **dict.fromkeys(("BUS", "JRN", "EDU", "MED", "AGR"), "private"),
    **dict.fromkeys(("CVL", "SOC", "REL", "LAB", "REF"), "civil"),
    **dict.fromkeys(("UNK", "PRE"), "other"),
}

# Sectors of a state's own organs: offices only a state holds (not its paramilitaries).
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})

# Non-state "country" codes of PLOVER.
NONSTATE_CODES = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}

AUX_MODES = ("negation", "hypothetical", "future", "historical")


# Sectors one body may be called by: an opposition party is a party, a militia an armed group.
_KINDRED_SECTORS = (frozenset({"OPP", "PTY"}), frozenset({"REB", "PRM", "UAF"}))


def sectors_agree(a: str | None, b: str | None) -> bool:
    """Whether two sectors may be said of one body: either unknown, the same, or kindred ("the
    opposition party" of a party the knowledge base files as PTY)."""
    return a is None or b is None or a == b or any(a in k and b in k for k in _KINDRED_SECTORS)


def normalise_type(label: str) -> str:
    """Map a legacy or lower-case label to one of the 16 current types."""
    up = label.strip().upper()
    return LEGACY_TYPES.get(up, up)


def quad_of(event_type: str) -> int:
    return EVENT_TYPES[event_type][0]


def base_intensity(event_type: str) -> float:
    return EVENT_TYPES[event_type][1]


# --- CAMEO compatibility ---------------------------------------------------------------------
#
# The contract's ``quad`` and ``intensity`` exist so that tidings output can stand beside CAMEO
# data. They therefore follow the CAMEO code an event is given, not the PLOVER type: PLOVER files
# "reduce relations" (CAMEO 16) under SANCTION, a material act, while the CAMEO quad classes used
# by Phoenix-style data sets count it as verbal conflict.

# CAMEO root (two digits) -> quad class. 01-02 (statements, appeals) are class 0, which tidings
# never emits as an event.
_ROOT_QUAD = {1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3, 12: 3, 13: 3, 16: 3,
              14: 4, 15: 4, 17: 4, 18: 4, 19: 4, 20: 4}

# A Goldstein-like cooperation/conflict score (-10..+10) written for tidings: one value per CAMEO
# root, refined for the codes whose weight differs clearly from their root's.
_ROOT_SCORE = {1: 0.0, 2: 3.0, 3: 4.5, 4: 2.0, 5: 4.0, 6: 6.5, 7: 7.5, 8: 6.0, 9: -2.0, 10: -4.5,
               11: -2.5, 12: -4.0, 13: -5.5, 14: -6.5, 15: -7.0, 16: -5.0, 17: -6.5, 18: -9.0, 19: -9.5,
               20: -10.0}
_CODE_SCORE = {
    "036": 4.0, "039": 5.0, "041": 1.0, "042": 2.0, "043": 3.0, "046": 6.5, "057": 8.0, "054": 6.0,
    "055": 6.5, "072": 8.0, "074": 8.5, "0841": 7.0, "0871": 9.0, "0872": 8.5, "0873": 9.0, "086": 8.5,
    "081": 5.0, "083": 5.0, "111": -2.0, "112": -2.5, "115": -3.0, "125": -4.5, "128": -5.0,
    "138": -7.0, "1382": -7.0, "136": -6.5, "145": -7.5, "144": -7.0, "161": -4.5, "162": -5.5,
    "164": -6.5, "166": -7.5, "173": -5.5, "174": -5.5, "172": -5.0, "1711": -8.5, "181": -9.0,
    "182": -9.0, "1822": -9.5, "1831": -10.0, "1832": -10.0, "186": -10.0, "195": -10.0, "204": -10.0,
}


def _root(code: str) -> int:
    if len(code) < 2 or not code[:2].isdigit():
        raise ValueError(f"not a CAMEO code: {code!r}")
    return int(code[:2])


def cameo_quad(code: str) -> int:
    """The CAMEO quad class of a CAMEO code (0 statement/appeal, 1-4 as in :data:`QUAD_NAMES`)."""
    return _ROOT_QUAD[_root(code)]


def cameo_intensity(code: str) -> float:
    """The cooperation (+) / conflict (-) score of a CAMEO code, from -10 to +10."""
    return _CODE_SCORE.get(code, _ROOT_SCORE[_root(code)])


__all__ = sorted(["sectors_agree", "AUX_MODES", "CONTEXTS", "EVENT_TYPES", "LEGACY_TYPES", "NONSTATE_CODES", "STATE_ORGANS", "QUAD_NAMES",
                  "SECTORS", "SECTOR_GROUPS", "base_intensity", "cameo_intensity", "cameo_quad", "normalise_type", "quad_of"])
