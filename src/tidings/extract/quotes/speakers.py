"""Who said it: the actor a cue verb's subject refers to (the subject itself: :mod:`.quote_cues`).

A subject is mapped to an actor of the earlier ``actors`` stage through its head, its
appositive, or, for a spokesperson-like noun, the body it speaks for; a pronoun goes to the most
salient compatible actor before it (subjects of recent sentences first) and becomes a mention of
that actor. Nothing here invents a speaker the text does not name.
"""

from __future__ import annotations

from typing import Any, Iterable

from ...schema import Actor, Span
from ..common import actor_of_token, token_span, word_class
from .book import _ENTITY_KINDS, COMPONENT, ActorBook, Found, Speaker, name_words
from ..agreement import agrees, pronoun_features
from .coreference import (WINDOW, cited_source, described, document_author, document_before, is_definite_description,
                          research_author, resolve)
from .cues import (CLOSING_MARKS, INDIRECT_VERBS, OPENING_MARKS, SPEECH_VERBS, WEAK_SPEECH_VERBS, is_evaluative,
                   is_negated, is_speech_verb, is_weak_speech_verb, spaced_dash, subject_of)
from .documents import act_author
from .slips import abbreviation_cut
from .statements import last_speakers_statement
from .nouns import (INSTITUTION_NOUNS, SPOKES_NOUNS, appositive_person, appositives, bare_office, closing_name, is_title,
                    name_tokens, part_owner, partitive_whole, speaking_body, title_and_name, titled_name, unknown_name,
                    unplaced_name)


PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# quantifiers that stand alone for a group met before, as "they" does ("several said they wanted …")
_QUANTIFIERS = {w: "they" for w in ("some", "several", "many", "most", "others", "both")}
GROUP_PRONOUNS = frozenset({"they", "them", "it"})


def phrase_of(head: Any) -> Span:
    """The noun phrase of a speaker: its left modifiers up to the head, plus "of/from/for X"."""
    doc = head.doc
    left = head.left_edge.i
    while left < head.i and (doc[left].is_punct or doc[left].is_space or doc[left].ent_type_ == "DATE"):
        left += 1  # "On Friday Ford Motor Company announced": the date is no part of the name
    dash = next((t.i for t in doc[left: head.i] if spaced_dash(t)), None)
    if dash is not None:
        left = dash + 1  # "EASTON, Ostreland - Ostreland": the dateline is not part of the name
    right = head.i
    for c in head.rights:
        if c.dep_ in ("compound", "flat") or (c.dep_ == "prep" and c.lower_ in ("of", "from", "for", "at")
                                              and c.i == right + 1):
            right = c.right_edge.i
        else:
            break
    comma = next((t.i for t in doc[head.i + 1: right + 1] if t.text in (",", ";", "(", "\u2013", "\u2014")), None)
    if comma is not None:
        right = comma - 1  # "teachers from Palu, a territory of …": the appositive is not the name
    if right + 1 < len(doc) and doc[right + 1].is_punct and doc[right + 1].text in CLOSING_MARKS \
            and any(t.text in OPENING_MARKS for t in doc[left: right + 1]):
        right += 1  # leaders from the 'Coalition': keep the closing mark with its opening one
    toks = [t for t in doc[left: right + 1] if not (t.is_punct and t.i == left)]
    while len(toks) > 1 and toks[-1].is_punct and toks[-1].text not in CLOSING_MARKS:
        toks.pop()
    return token_span(toks or [head])


def _named_across(tok: Any, cut: int, book: ActorBook) -> bool:
    """Whether the actors stage found one name running over the abbreviation before ``tok`` ("The
    U.S. Navy"): the abbreviation is part of the name, not the end of the sentence before."""
    actor = book.at_token(tok)
    start = tok.doc[cut - 1].idx
    return actor is not None and any(m.span.start <= start < tok.idx < m.span.end for m in actor.mentions)


def resolve_speaker(tok: Any, book: ActorBook, quoted: Iterable[tuple[int, int]] = (),
                    focus: Actor | None = None) -> Speaker:
    """Map a speaker token (the head of the subject) to an actor of the book, or keep its text.

    ``focus`` is the speaker of the quote before, whom a continuing pronoun cue ("he added") keeps."""
    phrase = phrase_of(tok)
    if tok.pos_ == "NOUN" and tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.ent_type_ == "PERSON":
        return resolve_speaker(tok.head, book, quoted, focus)  # "X, a management expert at Y, who stated": X
    cut = abbreviation_cut(tok) if tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "pobj") else None
    if cut is not None and tok.left_edge.i < cut and not _named_across(tok, cut, book):
        # "in the U.S. Jobs also noted": the name alone, not a mention that runs over the abbreviation
        name = token_span(list(tok.doc[cut: tok.i + 1]))
        known = book.by_surname(tok) or book.by_name(name.text)
        if known is None:
            return Speaker(None, name.text, name, "speaker-text", 0.4)
        book.add_mention(known.id, tok, "name", "speaker-surname", 0.7, "a name after an abbreviation", span=name)
        return Speaker(known.id, name.text, name, "speaker-surname", 0.7)
    titled_head = _coordinated_title(tok, book)
    if titled_head is not None:  # "said GM's sales, service, and marketing vice president": the vice president
        return resolve_speaker(titled_head, book, quoted, focus)
    named = _reflexive_named(tok)
    if named is not None:  # "In the filing itself Ford also wrote" parsed with "itself" as the subject
        return resolve_speaker(named, book, quoted, focus)
    owner = part_owner(tok)
    if owner is not None:  # "the armed wing of X said", "X's military branch said": X speaks
        return resolve_speaker(owner, book, quoted, focus)
    whole = partitive_whole(tok)
    if whole is not None and not any(c.pos_ == "PROPN" for c in appositives(tok)):
        # "a number of senators said": the senators speak ("One of them, Ivo Marsh, said": Marsh, below)
        return resolve_speaker(whole, book, quoted, focus)
    one_of = _one_of_them(tok)
    if one_of is not None:  # "One of them said": a member of the group "them" refers to, else someone unnamed
        found = _pronoun_speaker(one_of, book, list(quoted), focus)
        if found.actor is not None:
            return found
        actor = book.new_group(phrase, None, "person")
        return Speaker(actor.id, phrase.text, phrase, "speaker-group", 0.5)
    if tok.lower_ == "those" and any(c.dep_ in ("relcl", "acl") for c in tok.children):
        whole = token_span(list(tok.subtree))  # "Those who took part in the strike said": the ones described
        return Speaker(book.new_group(whole, None, "group").id, whole.text, whole, "speaker-group", 0.5)
    if tok.pos_ == "PRON" or tok.lower_ in _QUANTIFIERS and tok.dep_ == "nsubj":
        return _pronoun_speaker(tok, book, list(quoted), focus)  # "he said"; "several said" stands for a group like "they"
    titled = title_and_name(tok)
    if titled is not None:  # "Valley Party leader and Prime Minister Ann Vale said": one person, two titles
        return resolve_speaker(titled, book, quoted, focus)
    closing = closing_name(tok)
    if closing is not None:  # "Acme's head of sales for the east, Ann Vale, said": the name closing the phrase
        named = book.at_token(closing.root) or book.by_surname(closing.root) or book.new_actor(closing, "PERSON")
        return Speaker(book.namesake(named).id, phrase.text, phrase, "speaker-closing-appositive", 0.75)
    actor = book.at_token(tok)
    if actor is not None and all(m.kind in ("nominal", "title") for m in actor.mentions) \
            and (known := _described_speaker(tok, book, list(quoted))) is not None and known.id != actor.id:
        # "Striker Leon Hart scored … the striker said": the one actor described so, not a nameless "striker"
        book.add_mention(known.id, tok, "nominal", "speaker-description", 0.65,
                         f"'{phrase.text}' describes {known.name}, met before", span=phrase)
        return Speaker(known.id, phrase.text, phrase, "speaker-description", 0.65)
    if actor is not None and tok.pos_ == "NOUN":
        named = next((found for c in appositives(tok) if c.pos_ == "PROPN"
                      and (found := book.at_token(c) or _compound_actor(c, book)) is not None), None)
        if named is not None and named.id != actor.id:  # "The US automobile firm General Motors said": the name
            return Speaker(book.namesake(named).id, phrase.text, phrase, "speaker-appositive", 0.85)
        person = next((p for c in appositives(tok) if (p := appositive_person(tok, c)) is not None), None)
        if person is not None and actor.kind == "person" and all(m.kind in ("nominal", "title") for m in actor.mentions):
            # "said the mayor of Palu, Ann Vale" with a nameless "mayor of Palu" made: the name speaks
            found = book.by_surname(person.root) or book.new_actor(person, "PERSON")
            return Speaker(book.namesake(found).id, phrase.text, phrase, "speaker-appositive", 0.6)
    if actor is not None and actor.kind != "person":
        person = _person_in_apposition(tok, book)
        if person is not None:  # "The UN relief coordinator Jan Egeland said": the person, not the body
            return Speaker(person.id, phrase.text, phrase, "speaker-appositive", 0.8)
    if actor is not None:
        fuller = book.namesake(actor)
        if fuller.id != actor.id:
            return Speaker(fuller.id, phrase.text, phrase, "speaker-namesake", 0.85)
        return Speaker(actor.id, phrase.text, phrase, "speaker-actor", 0.9)
    for c in sorted(appositives(tok), key=lambda c: c.ent_type_ != "PERSON"):  # "the secretary of X, Name,"
        actor = book.at_token(c) or _compound_actor(c, book)
        if actor is not None and actor.kind != "person" and tok.pos_ == "PROPN" and c.tag_ == "NN" \
                and (body := speaking_body(c)) is not None and body[1] == "person":
            # "X, a demonstrator who …": the person named speaks, not the demonstrators the noun joins
            name = tok.doc[name_tokens(tok)[0].i: tok.i + 1]  # the name alone: the phrase holds the group's mention
            return Speaker(book.new_actor(name, "PERSON").id, name.text, token_span(list(name)), "speaker-named-member", 0.6)
        if actor is not None:
            return Speaker(book.namesake(actor).id, phrase.text, phrase, "speaker-appositive", 0.85)
        named = appositive_person(tok, c)
        if named is not None:  # "the city's chief prosecutor, Ines Baltar, said"
            known = book.by_surname(c)
            if known is not None:
                book.add_mention(known.id, c, "name", "speaker-appositive", 0.7, "named in apposition",
                                 span=token_span(named))
                return Speaker(known.id, phrase.text, phrase, "speaker-appositive", 0.75)
            actor = book.new_actor(named, "PERSON")
            return Speaker(actor.id, phrase.text, phrase, "speaker-appositive", 0.6)
    actor = _compound_actor(tok, book)
    if actor is not None and tok.pos_ == "PROPN":
        if actor.kind == "person":  # the mention stops short of the surname ("Chief Superintendent Graciano| Mijares")
            book.add_mention(actor.id, tok, "name", "speaker-actor", 0.7, "the full name of a speaker",
                             span=token_span(name_tokens(tok)))
        return Speaker(actor.id, phrase.text, phrase, "speaker-actor", 0.85)
    documents = word_class("quotes.document_noun") | (word_class("quotes.count_noun") if cited_source(tok) else frozenset())
    if {tok.lower_, tok.lemma_.lower()} & (SPOKES_NOUNS | documents):
        # "a ministry spokesman", "a statement from X", "its website": who speaks through them
        informant = tok.lemma_.lower() in _INFORMANT_NOUNS
        for target in _affiliations(tok):
            if target.dep_ == "compound" and target.pos_ == "NOUN" and (
                    _issuer(tok) is not None or target.lower_ in word_class("quotes.document_kind_word")):
                continue  # "X held a press conference", "news reports": the kind of document, not its author
            if target.pos_ == "PRON" and target.dep_ == "poss":
                actor = antecedent(target, book, list(quoted)) if target.lower_ in _POSSESSIVE_PRONOUNS else None
                if actor is not None and agrees(actor, target.lower_) and not informant:  # "its source": not it
                    return Speaker(actor.id, phrase.text, phrase, "speaker-affiliation", 0.55)
                continue
            actor = book.at_token(target) or _alias_actor(target, book)
            if informant and actor is not None and actor.sector in _MEDIA_SECTORS:
                continue  # "the paper's source said": an informant of the paper, not the paper
            if actor is None and target.dep_ == "poss" and target.pos_ == "NOUN":
                actor = _described_speaker(target, book, list(quoted))  # "the judge's statement": the judge met before
            if actor is not None:
                return Speaker(actor.id, phrase.text, phrase, "speaker-affiliation", 0.6)
            if target.dep_ == "compound" and target.pos_ == "PROPN" and target.text.isupper() and len(target.text) > 1 \
                    and target.i == tok.i - 1:  # "NEOC data", "the JHU data": a body's acronym
                actor = book.new_actor(tok.doc[target.i: target.i + 1], "ORG")
                return Speaker(actor.id, phrase.text, phrase, "speaker-affiliation", 0.55)
            unplaced = unplaced_name(target, book.known_place)
            if unplaced is not None:  # "a report by The Baltic", "Orvanta's statement": a body with a place-like name
                actor = book.new_actor(unplaced, "ORG")
                return Speaker(actor.id, phrase.text, phrase, "speaker-affiliation", 0.55)
            ent = next((e for e in tok.doc.ents if e.start <= target.i < e.end and e.label_ in _ENTITY_KINDS), None)
            if target.dep_ in ("pobj", "poss", "compound") and ent is not None:
                # "a statement from the Ministry of Health", "PC Planet's analysis", no actor yet
                actor = book.new_actor(ent)
                return Speaker(actor.id, phrase.text, phrase, "speaker-affiliation", 0.55)
            compound_author = target.dep_ == "compound" and tok.lemma_.lower() in documents
            owner = target.dep_ == "poss" and not is_title(target)  # "the judge's statement": a judge met before only
            if (target.dep_ == "pobj" or owner or compound_author) and target.pos_ == "NOUN" \
                    and (body := speaking_body(target)) is not None:
                # "a report from the Mexican government", "a fire service statement", "the family's statement":
                # a body or group named by a common noun
                actor = book.new_group(phrase_of(target), None if body[0] == "UNK" else body[0], body[1])
                return Speaker(actor.id, phrase.text, phrase, "speaker-affiliation", 0.55)
        issuer = _issuer(tok)
        if issuer is not None:  # "They released a statement which said …": who released it
            found = resolve_speaker(issuer, book, quoted)
            if found.actor is not None:
                return Speaker(found.actor, phrase.text, phrase, "speaker-issuer", 0.55)
        author = document_author(tok, book, list(quoted)) or act_author(tok, book, list(quoted)) \
            or last_speakers_statement(tok, book)  # "X said … The statement said": X's, none named before
        if author is not None:  # "Ford said in a filing … The filing said": who issued the document met before
            return Speaker(book.namesake(author).id, phrase.text, phrase, "speaker-document-author", 0.55)
        researchers = research_author(tok, book)
        if researchers is not None:  # "Scientists report … The study says": the researchers speak through it
            book.add_mention(researchers.id, tok, "nominal", "speaker-research-author", 0.55,
                             f"'{phrase.text}' speaks for {researchers.name}", span=phrase)
            return Speaker(researchers.id, phrase.text, phrase, "speaker-research-author", 0.55)
    if tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.text[:1].isupper():  # a surname opening a sentence
        actor = book.by_surname(tok)
        if actor is not None:  # "Ms Halden said" after "Mira Halden" with no mention made of it
            book.add_mention(actor.id, tok, "honorific" if phrase.text != tok.text else "name", "speaker-surname",
                             0.75, f"'{tok.text}' is the surname of {actor.name}", span=phrase)
            return Speaker(actor.id, phrase.text, phrase, "speaker-surname", 0.75)
    if (aliased := _alias_actor(tok, book)) is not None:  # "World Ring Kestova (Kestova) … Kestova said"
        book.add_mention(aliased.id, tok, "name", "speaker-alias", 0.7, "the short name given in parentheses",
                         span=token_span(name_tokens(tok)))
        return Speaker(aliased.id, phrase.text, phrase, "speaker-alias", 0.7)
    if tok.pos_ == "PROPN" and (named := book.by_name(" ".join(t.text for t in name_tokens(tok)))) is not None:
        book.add_mention(named.id, tok, "name", "speaker-name", 0.7, "the same name again",
                         span=token_span(name_tokens(tok)))
        return Speaker(named.id, phrase.text, phrase, "speaker-name", 0.7)
    titled = titled_name(tok)
    if titled is not None:  # "Cardinal Marc Ouellet said", a person the parser did not tag
        actor = book.new_actor(titled, "PERSON")
        return Speaker(actor.id, phrase.text, phrase, "speaker-titled-name", 0.6)
    if tok.ent_type_ in _ENTITY_KINDS:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None and ent.label_ in _ENTITY_KINDS:
            actor = book.new_actor(ent)
            return Speaker(actor.id, phrase.text, phrase, "speaker-entity", 0.6)
    known = _described_speaker(tok, book, list(quoted))
    if known is not None:  # "Commissioner Gabor Rath … the commissioner stated": the one actor described so
        book.add_mention(known.id, tok, "nominal", "speaker-description", 0.65,
                         f"'{phrase.text}' describes {known.name}, met before", span=phrase)
        return Speaker(known.id, phrase.text, phrase, "speaker-description", 0.65)
    # a common noun, or an acronym the parser took for a name ("One MP said")
    acronym = tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text.isupper() and len(tok.text) > 1
    if (tok.pos_ == "NOUN" or acronym) and (body := speaking_body(tok)) is not None or (body := bare_office(tok)):
        # "The government said", "a hospital spokesperson said": a body, group or person named by a common noun
        sector, kind = body
        actor = book.new_group(phrase, None if sector == "UNK" else sector, kind)
        return Speaker(actor.id, phrase.text, phrase, "speaker-group", 0.55)
    unplaced = unplaced_name(tok, book.known_place)
    if unplaced is not None:  # "Orvanta states …", "news agency Mehr reported …": a body with a place-like name
        actor = book.new_actor(unplaced, "ORG")
        return Speaker(actor.id, phrase.text, phrase, "speaker-unplaced-name", 0.5)
    unknown = unknown_name(tok)
    if unknown is not None:  # "TVK24 reported …": a name that speaks is someone, though no stage knew it
        actor = book.new_actor(unknown, "ORG")
        return Speaker(actor.id, phrase.text, phrase, "speaker-unknown-name", 0.5)
    # no actor: the span is the head word alone, so that no actor named inside the phrase ("Retired FBI
    # agent", "Cardinal X of the Holy See") is taken for the speaker
    return Speaker(None, phrase.text, token_span([tok]), "speaker-text", 0.5)


# a news medium's "source" is an informant who speaks for no one the medium names
_INFORMANT_NOUNS = frozenset({"source"})
_MEDIA_SECTORS = frozenset({"JRN"})
_POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}


def _described_speaker(tok: Any, book: ActorBook, quoted: list[tuple[int, int]]) -> Actor | None:
    """The one earlier actor a definite description names ("the commissioner", "the network"):
    a person for one office holder, a body for an institution noun, either for other nouns."""
    if not is_definite_description(tok):
        return None
    body = speaking_body(tok)
    person = None if body is None else body[1] == "person"
    return described(tok, book, quoted, person)


def _alias_actor(tok: Any, book: ActorBook) -> Actor | None:
    """The actor a proper name stands for as the short name given in parentheses after one of its
    mentions ("World Ring Kestova (Kestova)"), or None."""
    if tok.pos_ != "PROPN":
        return None
    words = name_tokens(tok)
    return book.by_alias(tok.doc[words[0].i: tok.i + 1])


def _coordinated_title(tok: Any, book: ActorBook) -> Any | None:
    """The title that ends a subject of coordinated modifiers the parser split ("the sales and
    marketing chief", "GM's sales, service, and marketing vice president" parsed with "sales" as the
    head): a head noun that names no one, and after its "and" the first noun that ends a compound and
    names one person by office; else None."""
    if tok.pos_ != "NOUN" or speaking_body(tok) is not None or book.at_token(tok) is not None:
        return None
    words = sorted(tok.subtree, key=lambda t: t.i)
    cc = next((t for t in words if t.i > tok.i and t.dep_ == "cc" and t.lower_ in ("and", "or")), None)
    if cc is None:
        return None
    doc = tok.doc
    for t in words:
        if t.i <= cc.i or t.pos_ != "NOUN" or t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "PROPN"):
            continue
        body = speaking_body(t)
        return t if body is not None and body[1] == "person" else None
    return None


def _one_of_them(tok: Any) -> Any | None:
    """The plural pronoun of "one of them/us" heading a speaker phrase, or None."""
    if tok.lower_ != "one":
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj" and g.lower_ in ("them", "us")), None) if of else None


def _reflexive_named(tok: Any) -> Any | None:
    """The name an emphatic reflexive stands in front of when the parser took the reflexive for the
    subject ("In the filing itself Ford wrote": "itself" the subject, "Ford" its appositive)."""
    if tok.pos_ != "PRON" or not tok.lower_.endswith(("self", "selves")) or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == tok.i + 1), None)


def _issuer(document: Any) -> Any | None:
    """The subject of the verb that issued a document ("X released a statement"), or None."""
    verb = document.head
    if document.dep_ != "dobj" or verb.lemma_.lower() not in word_class("quotes.issuing_verb"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _affiliations(tok: Any) -> list[Any]:
    """Who a spokesperson-like or document noun stands for: "of/from/for/at/by X", "X's", "X data",
    and the author a participle names ("a memo posted by X", "a tweet sent from X's account")."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "for", "at", "by"):
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "on":  # "a statement on X's website": the site's owner
            out += [o for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in word_class("quotes.document_noun")
                    for o in _affiliations(g)]
        elif c.dep_ in ("poss", "compound", "nmod", "amod"):
            out.append(c)
        elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in word_class("quotes.issuing_verb"):
            # the author issues it ("posted by X"); one who saw, obtained or leaked it did not write it
            for g in c.children:
                pobj = next((p for p in g.children if p.dep_ == "pobj"), None)
                if pobj is None or not (g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ in ("from", "by")):
                    continue
                out += [p for p in pobj.children if p.dep_ == "poss"] + [pobj]  # "from X's account": X
    if tok.dep_ == "dobj" and is_speech_verb(tok.head) and tok.head.i < tok.i:
        # '"…," explained a statement by X' with "by X" hung on the inverted verb: the statement's author
        out += [g for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == tok.right_edge.i + 1
                for g in c.children if g.dep_ == "pobj"]
    # the author ("a post by X") first, then names, then describing words ("the official X report")
    return sorted(out, key=lambda t: (not (t.head.lower_ == "by" or t.head.dep_ == "agent"),
                                      t.pos_ not in ("PROPN", "PRON"), t.i))


def _person_in_apposition(tok: Any, book: ActorBook) -> Actor | None:
    """A person actor named in apposition to a body's name ("The UN (UN) coordinator Jan Egeland")."""
    if tok.dep_ == "pobj":
        return None  # "according to NPR, former Vice President X has …": the appositive is a misparse
    for c in appositives(tok):
        if c.pos_ != "PROPN" or c.ent_type_ != "PERSON":
            continue
        actor = book.at_token(c) or _compound_actor(c, book)
        if actor is not None:
            return book.namesake(actor) if actor.kind == "person" else None
        if c.ent_type_ == "PERSON":
            ent = next((e for e in c.doc.ents if e.start <= c.i < e.end), None)
            if ent is not None and ent.label_ == "PERSON" and len(ent) > 1:
                return book.new_actor(ent)
    return None


def _compound_actor(tok: Any, book: ActorBook) -> Actor | None:
    for c in tok.children:
        if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN":
            actor = book.at_token(c)
            if actor is not None:
                return actor
    return None


def _pronoun_speaker(tok: Any, book: ActorBook, quoted: list[tuple[int, int]], focus: Actor | None) -> Speaker:
    pron = _QUANTIFIERS.get(tok.lower_, tok.lower_)
    span = token_span([tok])
    if pron not in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return Speaker(None, tok.text, span, "speaker-text", 0.4)  # I, we, you: the narrator or unknown
    if pron == "it" and tok.head.lemma_.lower() in word_class("quotes.document_cue") \
            and (document := document_before(tok, quoted)) is not None:
        found = resolve_speaker(document, book, quoted)  # "X released a statement. It read": the statement, so X
        return Speaker(found.actor, tok.text, span, "pronoun-document", 0.6) if found.actor is not None \
            else Speaker(None, tok.text, span, "pronoun-unresolved", 0.4)
    actor = antecedent(_main_subject_pronoun(tok) or tok, book, quoted, nominal=True, focus=focus)
    if actor is None:
        return Speaker(None, tok.text, span, "pronoun-unresolved", 0.4)
    actor = book.namesake(actor)
    book.add_mention(actor.id, tok, "pronoun", "pronoun-speaker", 0.7,
                     f"'{tok.text}' refers to the most salient earlier {actor.kind}")
    return Speaker(actor.id, tok.text, span, "pronoun-speaker", 0.7)


def _main_subject_pronoun(tok: Any) -> Any | None:
    """The same pronoun as subject of the sentence whose adverbial clause ``tok`` is the subject of
    ("He refused to name the man, referring to him as Varo, though he said …"): one person, whoever
    is named between them."""
    root = tok.sent.root
    if tok.dep_ != "nsubj" or tok.head.dep_ != "advcl" or tok.head.head.i != root.i:
        return None
    return next((c for c in root.children if c.dep_ == "nsubj" and c.lower_ == tok.lower_ and c.i < tok.i), None)


def _several_people(head: Any) -> bool:
    """A subject that names several people no actor may stand for: a quantifier ("some of those")
    or a collective noun ("the Montreal team")."""
    return head.lower_ in _QUANTIFIERS or head.pos_ == "NOUN" and head.tag_ == "NN" \
        and head.lemma_.lower() in word_class("quotes.collective_noun")


def _plural_met_before(head: Any, book: ActorBook) -> Actor | None:
    """The one earlier actor a definite plural ("the nine men", "these protesters") names again: one
    with a mention before it ending in the same noun; None with none or two."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children):
        return None
    found = {a.id: a for a in book.all() for m in a.mentions if m.span.end <= head.idx and m.kind != "pronoun"
             and m.span.text.split()[-1].lower() == head.lower_}
    return next(iter(found.values())) if len(found) == 1 else None


def antecedent(tok: Any, book: ActorBook, quoted: list[tuple[int, int]], window: int = WINDOW,
               nominal: bool = False, focus: Actor | None = None, blocking: bool = False) -> Actor | None:
    """The most salient earlier actor a third-person pronoun (or a quantifier standing for "they")
    agrees with (:func:`.coreference.resolve`); ``focus`` is the speaker of the quote before.

    With ``nominal`` (a quote's speaker), a plural common-noun subject that no actor stands for
    is an antecedent too: a group actor when it can speak, else it blocks any farther actor; with
    ``blocking`` (an event participant) such a subject only blocks ("Some farmers were veterans of
    the war, and they burned the farms": no actor met before), as no actor stands for it. With
    ``nominal``, an "it" whose nearer subject is a document ("The report by X says Y did Z. It
    also says …") means the document: its author speaks, or no one, never Y."""
    pron = _QUANTIFIERS.get(tok.lower_, tok.lower_)

    def plural_subject(head: Any, subj: Any, actor: Actor | None) -> tuple[bool, Actor | None]:
        whole = partitive_whole(head)
        if actor is None and whole is None and subj.dep_ in ("nsubj", "nsubjpass") and _several_people(head) and not (
                subj.head.dep_ in ("ccomp", "xcomp", "advcl", "relcl") and subj.head.head.i != tok.head.i):
            return True, None  # "Some of those were veterans, and they …"; "The research team found …"
        head = whole or head  # "Thousands of protesters marched": the protesters
        if actor is not None or head.pos_ != "NOUN" or head.tag_ != "NNS" \
                or subj.head.dep_ in ("ccomp", "xcomp", "advcl", "relcl") and subj.head.head.i != tok.head.i:
            # not the subject of another verb's reported clause (the pronoun's own report is fine:
            # "State prosecutors charged …, they said"; "The stores …, in which they said" stay unresolved)
            return False, None
        # a part is not the whole, but a quantity of a group the text made an actor stands for it
        # ("Thousands of farmers protested. Police detained two of them": the farmers)
        met = _plural_met_before(head, book) if whole is None else actor_of_token(book.all(), whole)
        if met is not None:
            return True, met  # "Nine men were jailed. … The nine men were prosecuted …, and they …"
        body = speaking_body(head)
        if body is None or blocking:
            return True, None  # a plural subject that is no actor stands nearer than any actor
        return True, book.new_group(phrase_of(head), None if body[0] == "UNK" else body[0], body[1])

    def document_subject(head: Any, subj: Any, actor: Actor | None) -> tuple[bool, Actor | None]:
        if actor is not None or head.pos_ != "NOUN" or head.lemma_.lower() not in word_class("quotes.document_noun") \
                or subj.head.dep_ in ("ccomp", "xcomp", "advcl", "relcl") and subj.head.head.i != tok.head.i:
            return False, None  # not a document, or one inside someone's reported clause
        found = resolve_speaker(head, book, quoted)  # "The report by X says …. It also says": the report, so X
        return True, book.by_id(found.actor) if found.actor is not None else None

    refers = pronoun_features().get(pron, ("",))[0]
    use = plural_subject if (nominal or blocking) and refers == "plural" else \
        document_subject if nominal and refers == "thing" else None
    return resolve(tok, book, quoted, pron, window, focus=focus, nominal=use)


__all__ = [
    "COMPONENT", "ActorBook", "Found", "INDIRECT_VERBS", "INSTITUTION_NOUNS", "SPEECH_VERBS", "Speaker", "WEAK_SPEECH_VERBS",
    "antecedent", "is_evaluative", "is_negated", "is_speech_verb", "is_weak_speech_verb", "name_words", "phrase_of",
    "resolve_speaker", "speaking_body", "subject_of",
]
