"""Class (session 42): *a title's written form hides the office it names*.

"Attorney-General" was unknown where "attorney general" is a judicial office; "Surgeon General" and
"Postmaster General" were generals (the last word alone is a military rank); "Vice-President",
"Under-Secretary-General", "President-elect" and "Prime Minister-designate" named no sector. The
knowledge base reads a hyphen as a space, "general" after an office as "chief" (the office's sector;
after a rank, still a general), and an affix of deputising or of an office not yet taken ("vice-",
"under-", "acting", "-elect", "-designate"; ``kb/data/title_affixes.csv``) as the office itself.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.kb import load_kb
from tidings.resolve import resolve

ON = dt.date(2020, 1, 1)


@pytest.mark.parametrize("term, sector", [
    ("attorney-general", "JUD"),            # a hyphen is a space: "attorney general"
    ("solicitor-general", "JUD"),
    ("under-secretary-general", "GOV"),     # "under-" deputises for the secretary-general
    ("deputy secretary-general", "GOV"),
    ("vice-president", "GOV"),
    ("vice-chancellor", "GOV"),
    ("president-elect", "GOV"),             # an office not yet taken is still that office's sector
    ("prime minister-designate", "GOV"),
    ("acting president", "GOV"),
    ("consul-general", "GOV"),              # "general" after an office: its head
    ("surgeon general", "GOV"),
    ("postmaster general", "GOV"),
    ("accountant general", "GOV"),
    ("lieutenant-general", "MIL"),          # after a rank, a general
    ("major general", "MIL"),
    ("brigadier-general", "MIL"),
])
def test_title_forms_name_their_office(term, sector):
    found = load_kb().sector_term(term)
    assert found is not None and found.sector == sector, (term, found)


@pytest.mark.parametrize("term, sector", [
    ("general", "MIL"),      # alone a general stays a general
    ("deputy", "LEG"),       # alone a deputy is a member of a parliament
    ("surgeon", "MED"),      # alone a surgeon is a doctor
    ("vice", None),          # an affix alone names nothing
    ("elect", None),
    ("designate", None),
    ("retired general", None),   # a word before "general" that is no office says nothing of it here
    ("under fire", None),
    ("self-elect", None),
    ("accountant", "BUS"),
    ("union general", None),     # after a body, no office: "the union general secretary" heads the union
])
def test_words_that_are_no_title_form_keep_their_reading(term, sector):
    found = load_kb().sector_term(term)
    assert (found.sector if found else None) == sector, (term, found)


@pytest.mark.parametrize("text, sector", [
    ("Surgeon General", "GOV"),
    ("Attorney-General", "JUD"),
    ("Vice-President", "GOV"),
    ("President-elect", "GOV"),
    ("Lieutenant-General", "MIL"),
    ("Under-Secretary-General", "GOV"),
    ("retired general", "MIL"),
    ("Major General", "MIL"),
])
def test_actor_strings_with_title_forms(text, sector):
    assert resolve(text, ON).sector == sector, resolve(text, ON)


# Class (session 42): *a title names its holder only when the holder's role is that office*.
# "UN Under-Secretary-General" resolved to the one holder of "Under-Secretary-General for
# Humanitarian Affairs" the knowledge base has: the role began with the title, but it is one of many
# offices of that title (a portfolio after it, "for ..." or "of ..." other than the state's name).
@pytest.mark.parametrize("text, on", [
    ("UN Under-Secretary-General", dt.date(2024, 5, 1)),
    ("UN Under-Secretary-General", dt.date(2025, 5, 1)),
])
def test_a_title_of_many_offices_names_no_holder(text, on):
    res = resolve(text, on)
    # an office of the UN is no state's government: no sector (session 58, tests/test_resolve_un_offices.py)
    assert res.named is None and res.sector is None and res.country == "UNO", res


@pytest.mark.parametrize("text, on, name", [
    ("US Secretary of State", dt.date(2024, 5, 1), "Antony Blinken"),
    ("French President", dt.date(2024, 5, 1), "Emmanuel Macron"),
    ("the Indian prime minister", dt.date(2024, 5, 1), "Narendra Modi"),
])
def test_a_title_of_one_office_names_its_holder(text, on, name):
    assert resolve(text, on).name == name, resolve(text, on)


# Class (session 42): *an office the knowledge base did not know was read as part of a name*.
# "Commissioner Erdal Eren", "Emergency Relief Coordinator Valerie Amos" became people of those
# names (no role, no sector): commissioners and administrators are officials of a state or a union of
# states; a coordinator, a rapporteur or an adviser is an office of no sector of its own.
@pytest.mark.parametrize("text, sector", [
    ("European Commissioner", "GOV"), ("High Commissioner", "GOV"), ("NASA Administrator", "GOV"),
    ("police commissioner", "COP"),   # the body before the office still says whose it is
    ("coordinator", "UNK"), ("the adviser", "UNK"), ("special rapporteur", "UNK"),  # an office of unknown sector
])
def test_offices_of_officials(text, sector):
    assert resolve(text, ON).sector == sector, resolve(text, ON)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Commissioner Vera Holm said the plan would fail.", "Vera Holm"),
    ("Relief Coordinator Vera Holm said the plan would fail.", "Vera Holm"),
    ('"It will fail," said Emergency Relief Coordinator Vera Holm.', "Vera Holm"),
    ("Administrator Tom Baker said the plan would fail.", "Tom Baker"),
])
def test_office_before_a_name_is_no_part_of_it(text, name):
    from tidings.pipeline import Pipeline
    from tidings.schema import Article
    result = Pipeline(errors="raise").code(Article(id="t", text=text, date=ON))
    assert [a.name for a in result.actors] == [name], result.actors


@pytest.mark.parametrize("text, on", [
    ("UN Commissioner", dt.date(2024, 5, 1)),   # no "Commissioner-General": that is another office
    ("UN High Commissioner for Human Rights", dt.date(2024, 5, 1)),
])
def test_a_title_is_a_whole_word_of_its_holders_role(text, on):
    res = resolve(text, on)
    assert res.named is None or "general" not in (res.role or "").lower(), res


# The article's words: a hyphenated office before a name was its last part ("Secretary-General X"
# made X a general), a hyphenated office after "the" was cut at the hyphen ("the U.N. secretary"),
# and "secretary general" spelt without the hyphen named no holder.
@pytest.mark.model
@pytest.mark.parametrize("text, name, sector", [  # the UN's officials have no sector since session 58
    ("UN Secretary-General Ban Ki-moon said the plan would fail.", "Ban Ki-moon", None),
    ("Lieutenant-General Tom Baker said the plan would fail.", "Tom Baker", "MIL"),
    ("Defectors asked the U.N. secretary-general to intervene.", "Ban Ki-moon", None),
    ("The UN secretary general said the plan would fail.", "Ban Ki-moon", None),
])
def test_hyphenated_offices_in_the_text(text, name, sector):
    from tidings.pipeline import Pipeline
    from tidings.schema import Article
    result = Pipeline(errors="raise").code(Article(id="t", text=text, date=dt.date(2012, 5, 1)))
    people = [a for a in result.actors if a.kind == "person"]
    assert [(a.name, a.sector) for a in people] == [(name, sector)], people
