"""A user's own lexicon file adds and overrides trigger patterns (read before the packaged table)."""

from __future__ import annotations

import pytest

from tidings.extract.events import lexicon as event_lexicon


def test_user_rows_win_and_add(tmp_path) -> None:  # type: ignore[no-untyped-def]
    own = tmp_path / "mine.csv"
    own.write_text("kind,lemma,extra,event,mode,context\n"
                   "# turn a packaged trigger off, and add one\n"
                   "verb,attack,,,,\n"
                   "verb,harangue,,ACCUSE,disapprove,\n"
                   "idiom,pull,plug,SANCTION,discontinue,\n", encoding="utf-8")
    lex = event_lexicon.load(str(own))
    assert lex.verbs["attack"].event is None
    assert lex.verbs["harangue"].event == "ACCUSE"
    assert lex.idioms[("pull", "plug")].event == "SANCTION"
    assert event_lexicon.load().verbs["attack"].event == "ASSAULT"  # the packaged table is untouched


@pytest.mark.parametrize("body, message", [
    ("kind,lemma,extra,event,mode,context\nadverb,quickly,,ACCUSE,,\n", "a lexicon row needs kind"),
    ("kind,lemma,extra,event,mode,context\nverb,harangue,,SCOLD,,\n", "unknown event type"),
    ("kind,lemma\nverb,harangue\n", "a lexicon row needs kind"),
])
def test_user_rows_are_checked(tmp_path, body: str, message: str) -> None:  # type: ignore[no-untyped-def]
    own = tmp_path / "bad.csv"
    own.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        event_lexicon.load(str(own))


def test_user_files_from_the_environment(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(event_lexicon.USER_LEXICON_ENV, f"{tmp_path / 'a.csv'}")
    assert event_lexicon.user_files() == (str(tmp_path / "a.csv"),)
    monkeypatch.delenv(event_lexicon.USER_LEXICON_ENV)
    assert event_lexicon.user_files() == ()


def test_idioms_by_word_class(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An idiom's object may be a word class ("@utterances"): any noun of the class makes the idiom,
    a row naming the noun itself wins, and a noun outside the class makes none."""
    own = tmp_path / "mine.csv"
    own.write_text("kind,lemma,extra,event,mode,context\n"
                   "idiom,oppose,remark,SUPPORT,,\n", encoding="utf-8")
    lex = event_lexicon.load(str(own))
    assert lex.idiom("oppose", "statement").event == "ACCUSE"  # packaged: oppose,@utterances
    assert lex.idiom("oppose", "remark").event == "SUPPORT"  # the noun's own row first
    assert lex.idiom("oppose", "plan") is None
    assert lex.idiom("welcome", "statement") is None
    assert event_lexicon.load().idiom("oppose", "remark").event == "ACCUSE"
