"""A name set off by commas after a description, before "and", is the description's apposition
(issue 10: the same actor split in two; session 43).

Class: "talks between Iran's top security official, Ali Shamkhani, and Saudi national security
adviser Musaed Al-Aiban" made "Iran's top security official" an actor of its own beside Ali
Shamkhani (and the consultation one between the title and both men): the parser reads
"official, Ali Shamkhani, and ..." as a list of three. A name right after a singular description
and a comma, and followed by a comma and "and", is set beside the description, as an apposition
is; "Saudi national security adviser Musaed Al-Aiban" is a government official (the title was of no
sector).
Negative case: a name of another country than the description says is not its holder.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _holder(result, mention):  # type: ignore[no-untyped-def]
    return next((a for a in result.actors for m in a.mentions if m.span.text == mention), None)


def test_a_listed_apposition_is_one_actor(actors_only) -> None:  # type: ignore[no-untyped-def]
    result = actors_only("The talks were held between Iran's top security official, Ali Shamkhani, and Saudi national "
                         "security adviser Musaed Al-Aiban.")
    actor = _holder(result, "Iran's top security official")
    assert actor is not None and actor.name == "Ali Shamkhani", result.actors
    adviser = _holder(result, "Saudi national security adviser Musaed Al-Aiban")
    assert adviser is not None and (adviser.country, adviser.sector) == ("SAU", "GOV"), result.actors


def test_a_name_of_another_country_is_no_apposition(actors_only) -> None:  # type: ignore[no-untyped-def]
    result = actors_only("The talks were held between Iran's top security official, John Kerry, and Saudi officials.")
    actor = _holder(result, "Iran's top security official")
    assert actor is None or actor.name != "John Kerry", result.actors
