"""Cue verbs and their subjects: which verbs report speech, and who is doing the reporting.

The subject of a reporting verb is found in the dependency parse; participles ("…, claiming")
and conjoined verbs borrow the subject of the clause they hang from, skipping complement
clauses (the parser often hangs a participle off the reported clause, whose subject is not the
speaker). News conventions the parser gets wrong are repaired by rule: the speaker after the verb
("…," said X; "…, says X" in a headline), a closing attribution ("…, witnesses said."), a dateline
word taken for a subject ("HALVIK, Kostmark - Kostmark warned …"), and a noun root with the real
main verb hanging from it. Split from :mod:`.quote_speakers`, which maps a subject to an actor.
"""

from __future__ import annotations

from typing import Any

from ..common import gerund_stems, is_infinitive, word_class
from .citing import cited_source
from .nouns import speaking_body, stranded_name
from .slips import (CLOSING_MARKS, OPENING_MARKS, checked_with as _checked_with, coordinated_cue,
                    glued_to_quote as _glued_to_quote, inverted_document, name_after_abbreviation,
                    name_swallowed_by_opening_phrase as _name_swallowed_by_opening_phrase, place_after_affiliation,
                    stray_agent as _stray_agent, swallowed_by_according as _swallowed_by_according,
                    swallowed_by_participle as _swallowed_by_participle)

# lemmas of verbs that introduce speech (direct, partial or indirect)
SPEECH_VERBS = frozenset("""
say tell warn claim insist argue add vow suggest state declare announce explain note remark reply respond
answer ask write tweet post comment stress emphasise emphasize acknowledge admit deny urge pledge promise
predict confirm allege assert maintain contend observe complain recall report describe threaten accuse boast
concede caution demand hint reiterate repeat shout quip joke signal indicate mention reveal disclose protest
retort counter lament propose recommend agree estimate testify concur reckon brief inform assure express
call dismiss praise hail denounce condemn criticise criticize brand label slam blast decry welcome apologise apologize
characterize characterise
""".split()) | word_class("quotes.speech_verb")
# evaluative verbs quote a word or two ("dismissed it as a 'stunt'") but report no clause
_EVALUATIVE = frozenset("call dismiss praise hail denounce condemn criticise criticize brand label slam blast decry "
                        "welcome".split())
# speech verbs with an everyday non-speech sense ("respond with force", "signal a turn", "note the
# damage"): they govern a partial quote only when the quote lies in their complement
WEAK_SPEECH_VERBS = frozenset("""
respond reply answer counter signal indicate agree report observe note recall repeat post add hint protest
maintain brief inform estimate propose recommend mention reveal disclose concur reckon testify predict remark
comment write express
""".split()) | word_class("quotes.weak_speech_verb")
# verbs that take the speaker after them in "…," said Mr Smith (word class quotes.invertible)
INVERTIBLE = word_class("quotes.invertible")
_NAME_AFTER = frozenset({"tell", "report"})  # "told reporters", "reported the attack": a name only ("reported Reuters")
# verbs of going on whose "to" infinitive is their subject's next act ("X went on to add")
_CONTINUING = frozenset({"go", "continue", "proceed"})
# finite forms: only these take the speaker after them ("telling the Times" names the hearer)
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# verbs whose clausal complement is reported content (indirect speech)
# (with the verbs that give a finding, ruling or belief as a clause: "the court ruled the law …")
INDIRECT_VERBS = SPEECH_VERBS - _EVALUATIVE - frozenset("ask describe characterize characterise accuse demand urge "
                                                         "propose recommend protest".split()) \
    | word_class("quotes.judgement_verb")
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


# verbs that relay someone else's words: "Y was quoted / cited as saying" (the passive subject speaks)
_RELAYING = frozenset({"quote", "cite"})


def is_speech_verb(tok: Any, lexicon: frozenset[str] = SPEECH_VERBS) -> bool:
    """A verb of the lexicon, or a phrasal verb of speech ("pointed out that …", quotes.phrasal_speech)."""
    if tok.pos_ == "NOUN" and _gerund_clause(tok):
        return any(stem in lexicon for stem in gerund_stems(tok.lower_))  # ", writing, "…"" tagged a noun
    if misread_present(tok):
        return tok.lower_[:-1] in lexicon  # 'The X Authority states, "…"' tagged a plural noun
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ == "MD":
        return False
    lemma = tok.lemma_.lower()
    return lemma in lexicon or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in word_class("quotes.phrasal_speech")
                                   for c in tok.children)


def _gerund_clause(tok: Any) -> bool:
    """An -ing word the tagger took for a noun that heads a clause of its own ("…, writing, "Our
    country …""): it hangs from a verb as a clause, or is set off by commas after the object it was
    hung on ("affirmed her willingness to serve, writing, "…""), and has no determiner."""
    if tok.tag_ != "NN" or not tok.lower_.endswith("ing") \
            or any(c.dep_ in ("det", "poss", "amod") for c in tok.children):
        return False
    if tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.pos_ in ("VERB", "AUX"):
        return True
    return tok.dep_ in ("acl", "appos") and 0 < tok.i < len(tok.doc) - 1 and tok.doc[tok.i - 1].text == "," \
        and tok.doc[tok.i + 1].text in (",", ":")


def misread_present(tok: Any) -> bool:
    """A present-tense verb after a name that the tagger read as a plural noun, right before a quote
    ('The Palu Harbour Authority states, "…"'): the word ends in "s", a proper name is compounded to
    its left, and a comma or colon and an opening mark follow it."""
    doc = tok.doc
    return tok.tag_ == "NNS" and tok.lower_.endswith("s") and tok.i + 2 < len(doc) \
        and doc[tok.i + 1].text in (",", ":") and doc[tok.i + 2].text in OPENING_MARKS \
        and _misread_subject(tok) is not None


def _misread_subject(tok: Any) -> Any | None:
    """The name compounded to the left of a misread present-tense verb (see :func:`misread_present`)."""
    return next((c for c in reversed(list(tok.lefts)) if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"), None)


def is_weak_speech_verb(tok: Any) -> bool:
    return tok.lemma_.lower() in WEAK_SPEECH_VERBS or tok.pos_ == "NOUN" and _gerund_clause(tok) and any(
        s in WEAK_SPEECH_VERBS for s in gerund_stems(tok.lower_))


def is_evaluative(tok: Any) -> bool:
    return tok.lemma_.lower() in _EVALUATIVE


def is_negated(tok: Any) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def subject_of(verb: Any) -> tuple[Any | None, str]:
    """The token that says who uttered ``verb``, and how it was found.

    Own subject first; a participle, infinitive or conjoined verb borrows the subject of the
    clause it modifies, skipping complement clauses; "…, said X" takes the noun after the verb.
    """
    cited = cited_source(verb)
    if cited is not None:  # "…, the news agency reported, citing diplomats": the original source
        return cited, "cited-source"
    after_comma = _inverted_after_comma(verb) or inverted_document(verb)  # '"…," read the statement'
    if after_comma is not None:
        return after_comma, "inverted-subject"
    source = _checked_with(verb)
    if source is not None:
        return source, "checked-with"
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in _CONTINUING \
            and is_infinitive(verb):
        going = _own_subject(verb.head)  # "X went on to add", "X continued to say": X
        if going is not None:
            return through_relative(going), "controller-subject"
    closing = _closing_attribution(verb) or stranded_name(verb)  # or the name hung on the clause's last noun
    if closing is not None:
        return closing, "closing-attribution"
    subj = _own_subject(verb)
    if subj is not None and subj.lower_ in word_class("quotes.what_is_said") and is_infinitive(verb) and verb.head.lemma_ == "have":
        return subject_of(verb.head)  # "X had this to say": X, not "this"
    if subj is not None and _thing_before_participle(verb, subj):
        main = _own_subject(verb.head)  # "tweeted her reasoning saying, '…'": the thing is the tweet's object
        return (through_relative(main), "controller-subject") if main is not None else (None, "none")
    if subj is not None and _thing_in_report(verb, subj):
        return subject_of(verb.head)  # "X told Y the data suggested Z": the report is X's
    if subj is not None:
        return _past_dateline(through_relative(subj), verb), "subject"
    stranded = _object_before_report(verb)
    if stranded is not None:  # "X reported its source said that …" parsed with "its source" as X's object
        return stranded, "subject"
    agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if agent is None and any(c.dep_ == "auxpass" for c in verb.children):
        agent = _stray_agent(verb)
    if agent is not None and any(c.dep_ == "auxpass" for c in verb.children):
        # "was praised by Jobs as '…'"; not a bare participle ("if written by the suspect", "as reported by X")
        return agent, "subject"
    relayed = _relayed_speaker(verb)
    if relayed is not None:
        return relayed, "object-controller"
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and verb.lemma_.lower() in _RELAYING:
        return through_relative(passive), "subject"
    if verb.lemma_.lower() in INVERTIBLE and verb.tag_ in _FINITE and not coordinated_cue(verb):
        for c in verb.rights:
            if c.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "appos") and c.pos_ in ("PROPN", "NOUN", "PRON") \
                    and c.ent_type_ not in ("DATE", "TIME"):  # "…, X said Monday": a day says nothing
                if verb.lemma_.lower() in _NAME_AFTER and c.pos_ != "PROPN":
                    continue  # "told reporters": the hearer, not the speaker
                return c, "inverted-subject"
            if c.dep_ not in ("punct", "advmod", "prep", "npadvmod"):
                break
    if verb.dep_ == "compound" and verb.head.i > verb.i and verb.head.pos_ in ("NOUN", "PROPN") \
            and verb.lemma_.lower() in INVERTIBLE:
        return verb.head, "inverted-subject"  # headline "…,' says minister" parsed as one noun
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        thing = verb.head.pos_ == "NOUN" and speaking_body(verb.head) is None and verb.doc[verb.i - 1].text == ","
        main = _own_subject(verb.head.head) if thing and verb.head.dep_ in ("dobj", "pobj") else None
        # "the demonstrators, demanding …"; "overturned the decision …, ruling that …": who overturned it
        return (through_relative(main), "controller-subject") if main is not None else (verb.head, "controller-subject")
    if verb.dep_ == "xcomp":
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and not any(c.dep_ == "nsubj" for c in verb.children):
            return through_relative(obj), "object-controller"  # "led Biden to express …", "urged X to say"
    if _misparsed_main_verb(verb):
        return verb.head, "root-noun-subject"
    if misread_present(verb):
        return _misread_subject(verb), "root-noun-subject"  # 'The X Authority states, "…"': the name
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ") and verb.sent.root.i < verb.i:
        # "X speaking to the think tank called the deal …": a finite verb hung on the participle's object
        root_subject = _own_subject(verb.sent.root)
        if root_subject is not None:
            return through_relative(root_subject), "controller-subject"
    if _subjectless_reported_conjunct(verb):
        return None, "none"
    if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl", "dep", "prep") or verb.tag_ in ("VBG", "VBN"):
        node = verb
        comma_participle = verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
        while node.head is not node:
            was_complement = node.dep_ in ("ccomp", "parataxis")
            node = node.head
            if _glued_to_quote(node):
                own = _own_subject(node)  # 'X paraphrased Y, commenting: "We are go"': X's clause is the main one
                if own is not None and own.i != verb.i:
                    return through_relative(own), "controller-subject"
            if comma_participle and node.dep_ in ("ccomp", "relcl", "pcomp", "acl") and node.head is not node \
                    and not is_speech_verb(node):
                continue  # ", stating …" hangs from the main clause, not from "how the attack unfolded"
            if was_complement and not is_speech_verb(node):
                continue  # the reported clause's subject is not the speaker
            if node.dep_ in ("ccomp",) and not is_speech_verb(node):
                continue
            own = _own_subject(node)
            if own is not None and own.i != verb.i:
                return through_relative(own), "controller-subject"
            agent = _speech_agent(node)
            if agent is not None:  # "was described by X as …, saying …": X goes on speaking
                return through_relative(agent), "controller-subject"
            for c in node.children:
                if c.dep_ == "nsubjpass" and node.lemma_.lower() in _RELAYING:
                    return through_relative(c), "controller-subject"
            if node.pos_ == "ADV" and node.dep_ == "advmod" and node.head.pos_ == "VERB":
                own = _own_subject(node.head)  # "X went as far to say": the subject of the verb "far" modifies
                if own is not None:
                    return through_relative(own), "controller-subject"
            if node.dep_ not in ("conj", "advcl", "xcomp", "ccomp", "pcomp", "prep", "acl"):
                break
    if (verb.tag_ == "VBG" or _gerund_clause(verb)) and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        root = verb.sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if root.pos_ in ("VERB", "AUX") and subj is not None:
            return through_relative(subj), "controller-subject"  # "X defied calls …, telling reporters …"
        for noun in verb.ancestors:
            if noun.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "acl" and c.i == noun.i + 1 and c.tag_ in ("VBD", "VBN") for c in noun.children):
                # "An eyewitness described … how the attack unfolded, stating, …": the main verb was taken
                # for a participle on its subject, and the rest hung on that noun
                return noun, "controller-subject"
    return None, "none"


def _subjectless_reported_conjunct(verb: Any) -> bool:
    """``X told the paper that Y "walked in" and told the police "…"``, with Y lost by the parser: a
    verb conjoined to a reported clause that has no subject goes with that clause, whose subject is
    not the outer reporter; its speaker is unknown rather than X."""
    first = verb.head
    return verb.dep_ == "conj" and first.dep_ == "ccomp" and first.i < verb.i and is_speech_verb(first.head) \
        and not is_speech_verb(first) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in first.children)


def _thing_before_participle(verb: Any, subj: Any) -> bool:
    """``The governor tweeted her reasoning saying, "…"``: a participle parsed with the main verb's
    missing object as its own subject. A possessed common noun that names no one able to speak
    ("her reasoning", not "her spokesman", "the protesters") says nothing; the main subject does."""
    head = verb.head
    return (verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.i < subj.i and head.pos_ == "VERB"
            and subj.pos_ == "NOUN" and subj.right_edge.i == verb.i - 1
            and any(c.dep_ == "poss" for c in subj.children)
            and not any(c.dep_ in ("dobj", "ccomp") for c in head.children)
            and speaking_body(subj) is None and subj.lemma_.lower() not in word_class("quotes.document_noun"))


def _speech_agent(verb: Any) -> Any | None:
    """The agent of a passive speech verb ("was described by Ann Vale as …"): its speaker."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or not is_speech_verb(verb):
        return None
    return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def _thing_in_report(verb: Any, subj: Any) -> bool:
    """``Ann Vale told the Herald the number of dry wells suggested a drought``: an evidential cue
    ("suggest", "indicate": ``quotes.evidential_verb``) whose subject is a common noun that names no
    one able to speak nor a document, heading the reported clause of another speech verb. What it
    "suggests" is what the outer speaker reports; "X said his neighbours said …" keeps the neighbours."""
    return (verb.dep_ == "ccomp" and verb.lemma_.lower() in word_class("quotes.evidential_verb")
            and is_speech_verb(verb.head) and subj.pos_ == "NOUN"
            and speaking_body(subj) is None and subj.lemma_.lower() not in word_class("quotes.document_noun"))


def _own_subject(verb: Any) -> Any | None:
    """The verb's own subject token, with two parser slips repaired (see below)."""
    swallowed = _swallowed_by_according(verb)
    if swallowed is not None:
        return swallowed
    after_abbreviation = name_after_abbreviation(verb)
    if after_abbreviation is not None:
        return after_abbreviation
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return _name_swallowed_by_opening_phrase(verb) or _swallowed_by_participle(verb)
    # two subjects before one verb: a description then a name is one phrase in apposition ("His
    # daughter, …, Ann Vale wrote"), whose name is next to the verb; two names are coordinated
    before = [c for c in subjects if c.i < verb.i]
    stacked = len(before) > 1 and before[-1].pos_ == "PROPN" and not any(
        t.ent_type_ for t in [before[0], *(c for c in before[0].children if c.dep_ in ("compound", "flat"))]) \
        and verb.doc[before[-1].left_edge.i - 1].lemma_.lower() not in word_class("actors.finder.context.place_nouns")
    # (not a place closing the description: "an official in the capital Bangui said" is the official)
    if stacked:
        return before[-1]
    opening = before[-1].left_edge.i if len(before) > 1 else 0
    if opening > 0 and verb.doc[opening - 1].lower_ in ("but", "yet", "while", "whereas"):
        return before[-1]  # "The partner asked …, but the commissioner stated …" parsed as one clause
    return _contrasted(verb, subjects[0]) or _name_closing_subject(verb, subjects[0]) \
        or place_after_affiliation(verb, subjects[0]) or subjects[0]


def _contrasted(verb: Any, subj: Any) -> Any | None:
    """``The company invested …, but Gazeta Nowa reports …`` parsed as one subject "the company but
    Gazeta Nowa": a conjunct after "but" or "yet" that ends right before the verb is its subject."""
    contrast = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in subj.children)
    return next((c for c in subj.children if contrast and c.dep_ == "conj" and c.i > subj.i
                 and c.right_edge.i == verb.i - 1), None)


def _name_closing_subject(verb: Any, subj: Any) -> Any | None:
    """``Longtime <show> writer and performer Rob Tillman tweeted``: a person's name right before the
    verb, after a description word (no comma, "and", "of" or "for" before it), heads the subject
    however the parser hung it; a name inside the description ("<show>") is not the speaker."""
    doc = verb.doc
    k = verb.i - 1
    while k > subj.i and doc[k].pos_ == "ADV":
        k -= 1
    name = doc[k]
    if k <= subj.i or name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or subj.left_edge.i > k:
        return None
    if not (name.dep_ in ("nsubj", "conj", "appos") and name in subj.subtree or name.dep_ == "nsubj"):
        return None
    first = min([name.i] + [t.i for t in name.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"])
    return name if first > 0 and doc[first - 1].tag_ in ("NN", "NNS") else None


def _object_before_report(verb: Any) -> Any | None:
    """``X reported its source said that …`` parsed with "its source" as the object of "reported": the
    object of a speech verb that ends right before a subjectless reported speech verb is its subject."""
    if verb.dep_ != "ccomp" or verb.head.i >= verb.i or not is_speech_verb(verb.head) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                 and c.right_edge.i == verb.i - 1), None)


def _relayed_speaker(verb: Any) -> Any | None:
    """``X quoted / cited Y as saying …``: the object of the relaying verb, not its subject, speaks."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj") or verb.head.lower_ != "as":
        return None
    as_ = verb.head
    if as_.head.lemma_.lower() in _RELAYING and any(c.dep_ == "auxpass" for c in as_.head.children):
        return None  # '"…," Y was quoted as saying': the passive subject speaks (subject_of)
    # the relaying verb: the head of "as", or (the parser hung "as" elsewhere) the nearest verb to
    # its left whose object ends before it ("cited Y, chief of Z, as saying"), never inside a quote
    left = [t for t in reversed(list(verb.sent)) if t.i < as_.i]
    left = left[:next((k for k, t in enumerate(left) if t.is_quote), len(left))]
    relays = [as_.head] + [t for t in left if t.pos_ == "VERB"]
    for relay in relays:
        obj = next((c for c in relay.children if c.dep_ == "dobj" and c.i < as_.i), None)
        if relay.pos_ == "VERB" and obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
            return through_relative(obj)
    return None


# the words a speaker's noun may have before it after an inverted cue ('"…," said two senior officials')
_SPEAKER_WORDS = frozenset({"det", "compound", "amod", "flat", "nummod"})


def _inverted_after_comma(verb: Any) -> Any | None:
    """``…, says Pask`` / ``…," said the minister``: after a comma or closing mark, the noun that
    follows an invertible verb is its speaker, whatever subject the parser found to the left."""
    if verb.lemma_.lower() not in INVERTIBLE or verb.lemma_.lower() == "tell" or verb.tag_ not in _FINITE \
            or verb.i == 0 or verb.i + 1 >= len(verb.doc):
        return None  # "…, told Reuters" names the hearer
    prev = verb.doc[verb.i - 1]
    if prev.text not in {","} | CLOSING_MARKS:
        return None
    if any(c.dep_ == "nsubj" and any(k.dep_ in ("appos", "relcl", "acl") for k in c.children) for c in verb.children):
        return None  # "Ponomarev, the head of …, said": the comma closes the subject's apposition
    for c in verb.rights:
        if c.ent_type_ in ("DATE", "TIME"):
            return None  # "…, said Monday"
        if c.pos_ in ("PROPN", "NOUN") and c.dep_ in ("dobj", "attr", "nsubj", "npadvmod", "appos", "dep") \
                and all(t.dep_ in _SPEAKER_WORDS or t.i == c.i for t in verb.doc[verb.i + 1: c.i + 1]):
            if verb.lemma_.lower() in _NAME_AFTER and c.pos_ != "PROPN":
                return None
            return _past_split_word(c, verb)
        break
    return None


def _past_split_word(subj: Any, verb: Any) -> Any:
    """``said study co-author Professor Ann Vale``: the tokenizer split "co-author" and the parser
    made each piece a subject; the speaker is the last subject of that one unbroken phrase."""
    doc = subj.doc
    if subj.i + 1 >= len(doc) or doc[subj.i + 1].text != "-" or subj.whitespace_:
        return subj
    later = [c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.i + 1 and c.pos_ == "PROPN"]
    for c in later:
        if all(not t.is_punct or (t.text == "-" and not t.whitespace_) for t in doc[subj.i + 1: c.i]):
            return c
    return subj


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM", "PRON", "PART", "ADP"})


def spaced_dash(tok: Any) -> bool:
    """A dash standing apart ("EASTON, Ostreland - …"), not the hyphen of "Jean-Luc" or "13-year-old"."""
    return tok.text in _DASHES and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def _closing_attribution(verb: Any) -> Any | None:
    """``…, witnesses and rights groups said.``: the noun phrase between the last comma and a
    sentence-final speech verb is its subject, whatever the parser hung it on."""
    if verb.tag_ not in _FINITE or any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children):
        return None
    sent = verb.sent
    # "…, Ann Vale said Monday, after talks with …": the verb's time and adverbial phrases may follow
    adjuncts = {t.i for c in verb.rights if c.dep_ in ("prep", "advcl", "npadvmod", "advmod") for t in c.subtree}
    after = [t for t in sent if t.i > verb.i and t.i not in adjuncts and not t.is_punct and not t.is_space]
    if any(t.pos_ == "VERB" for t in after):
        return None
    commas = [t.i for t in sent if t.i < verb.i and t.text == ","]
    if not commas or not any(t.dep_ == "ccomp" or t.i < commas[-1] for t in sent if t.pos_ in ("VERB", "AUX")):
        return None
    segment = [t for t in sent if commas[-1] < t.i < verb.i]
    if not 1 <= len(segment) <= 8 or any(t.pos_ not in _NOUN_PHRASE_POS or t.is_punct for t in segment):
        return None
    if any(t.dep_ == "nsubj" and t.i in {s.i for s in segment} for t in verb.children):
        return None  # the parser already agrees
    inside = {t.i for t in segment}
    heads = [t for t in segment if t.pos_ in ("NOUN", "PROPN", "PRON") and t.head.i not in inside]
    nouns = heads or [t for t in segment if t.pos_ in ("NOUN", "PROPN", "PRON")]
    return nouns[0] if nouns else None


def _past_dateline(subj: Any, verb: Any) -> Any:
    """``HALVIK, Kostmark - Kostmark warned …``: a dateline word is no subject; the noun after the
    dateline's dash is: the verb's other subject there ("MOSCOW, May 3 (AP) - Russia's foreign
    ministry accused …": the ministry, not its possessor), else the first noun."""
    if not (subj.text.isupper() and len(subj.text) > 1 and subj.is_alpha):
        return subj
    dash = next((t for t in subj.doc[subj.i + 1: min(verb.i, subj.i + 9)] if spaced_dash(t)), None)
    if dash is None:
        return subj
    after = subj.doc[dash.i + 1: verb.i]
    return next((t for t in after if t.head.i == verb.i and t.dep_ in ("nsubj", "nsubjpass")), None) \
        or next((t for t in after if t.pos_ in ("NOUN", "PROPN")), subj)


def _misparsed_main_verb(verb: Any) -> bool:
    """``The minister, X, called Y "…".`` (or "The resolution called on Y to "…"") parsed as a noun root
    with the verb as its modifier.

    A past-tense speech verb hanging as ``acl`` from a root noun, with an object of its own, in a
    sentence without any other verb, is the main verb and the root noun is its subject.
    """
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    called_on = any(c.dep_ == "xcomp" for c in verb.children) and any(  # "The resolution called on X to …"
        c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children)
    if head.i > verb.i or not (called_on or any(c.dep_ in ("dobj", "oprd", "ccomp", "dative") for c in verb.children)):
        return False
    if any(c.dep_ == "agent" or c.lower_ == "by" for c in verb.children):
        return False  # "the man called by the court": a real participle
    return not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in verb.sent if t.i < verb.i)


def through_relative(subj: Any) -> Any:
    """``who`` in "experts who say" stands for the noun the relative clause modifies."""
    if subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
        noun = subj.head.head
        if subj.lower_ == "who":  # "X, an expert at the Herald, who stated": "who" is a person, not the Herald
            while noun.ent_type_ in ("ORG", "GPE", "FAC", "LOC") and noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
                    and noun.head.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head.head
        return noun
    doc = subj.doc
    if subj.lower_ == "who" and subj.i > 1 and doc[subj.i - 1].text == "," and doc[subj.i - 2].pos_ in ("NOUN", "PROPN"):
        return doc[subj.i - 2]  # "according to police, who said …" with the relative clause misparsed
    return subj


def gives_out_words(verb: Any) -> bool:
    """A verb by which someone gives out words ("said", "released", "issued"), not one that judges them."""
    return verb.lemma_.lower() in word_class("quotes.issuing_verb") or is_speech_verb(verb) and not is_evaluative(verb)


__all__ = [
    "CLOSING_MARKS", "INDIRECT_VERBS", "INVERTIBLE", "OPENING_MARKS", "RELATIVE_PRONOUNS", "SPEECH_VERBS", "WEAK_SPEECH_VERBS", "is_evaluative",
    "gives_out_words", "is_negated", "is_speech_verb", "is_weak_speech_verb", "spaced_dash", "subject_of", "through_relative",
]
