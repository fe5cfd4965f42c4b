"""Repairs of the parse before it is read: `repair_tree` rehangs the arcs a small
parser gets wrong in report sentences (a verb tagged as a noun, a figure hung
under the wrong head, a subject read as an object), each repair a function in
`_REPAIRS`, run only where the words or tags it needs are in the sentence.

Each repair keeps its change only if the tree stays acyclic (`_keep_if_acyclic`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .tree import _AGE_NOUNS, _child, _figure_positions, _figure_span, _FINITE_TAGS, _has_case, _headed_span, _is_passive, _is_unit_word, _NOUNS, _partitive, _span_head, _SUBJECTS
from .words import _AUXILIARY_WORDS, _COPULAS, _FORMS_OF_BE, _participle_qualifiers, _words, _YEAR_SPAN_TOKEN, _YEAR_TOKEN


def repair_tree(sent) -> None:
    """Mends, in place, what the tagger and parser get wrong that no reading allows, one
    error per function below, in this order. Most come from the parser seeing a figure as
    the stand-in "1,000" and from verbs in -s or -ed that the tagger reads as nouns or
    adjectives. The order matters where one repair reads what another made: the sentence's
    head and its opening set are settled before the clause repairs, and a noun is made a
    verb's subject (`_repair_compound_subject`) before a verb inside a phrase is freed
    (`_repair_verb_in_phrase`)."""
    words = frozenset(t.lower_ for t in sent)
    tags = frozenset(t.tag_ for t in sent)
    for repair, needed_words, needed_tags in _repair_plan():
        if (needed_words is None or not words.isdisjoint(needed_words)) and (needed_tags is None or not tags.isdisjoint(needed_tags)):
            repair(sent)


def _finite_verbs(tokens) -> list:
    return [t for t in tokens if t.tag_ in _FINITE_TAGS]


def _only_finite_verb(sent, verb) -> bool:
    """Whether no verb of `sent` but `verb` is finite (an auxiliary may be)."""
    return all(t.i == verb.i or t.pos_ != "VERB" for t in _finite_verbs(sent))


def _root(sent):
    """The token heading the sentence (the first, should the parse give several)."""
    return next((t for t in sent if t.head.i == t.i), None)


_LETTERS_THEN_DIGITS = re.compile(r"[A-Za-z]+-?\d")


def _repair_named_numbers(sent) -> None:
    """A name that opens with letters and holds a digit is a name, whatever its tag ("H-2A visas",
    "COVID-19 deaths", "F-16 jets" read as numbers): a figure before it counts the noun it names."""
    for token in sent:
        if token.pos_ == "NUM" and _LETTERS_THEN_DIGITS.match(token.text):
            token.pos_, token.tag_ = "PROPN", "NNP"


def _repair_noun_verb(sent) -> None:
    """A verb that is a noun as well (`noun_verbs`: "face", "risk"), read as a noun right after
    a plural noun or a participle, in a sentence with no finite verb ("Offenders face sentences
    of five to 15 years", "Those caught face up to 10 years in prison", "Those convicted of
    crimes face ...", "Persons found guilty of ... face ..." with "found" read as the past
    tense): it heads the sentence; the phrase before it is its subject (a participle
    there describes the subject) and the first phrase after it its object."""
    words = _words()
    finite = _finite_verbs(sent)
    if len(finite) == 1 and finite[0].tag_ == "VBD" and finite[0].dep_ == "ROOT" and finite[0].i > 0 \
            and sent[finite[0].i - 1].head.i == finite[0].i and sent[finite[0].i - 1].dep_ == "nsubj" \
            and not any(c.dep_ == "obj" for c in finite[0].children) \
            and any(t.lower_ in words["noun_verbs"] and t.pos_ in _NOUNS for t in sent[finite[0].i + 1:]):
        finite[0].tag_ = "VBN"  # "Persons found guilty of forced labor face ...": "found" describes "Persons"
    elif finite:
        return
    # after a singular noun only past a participle: "Those convicted of human trafficking face ..."
    # ("a human trafficking risk assessment" is a title)
    # or after the place of a plural noun heading the sentence: "Inmates at the camp work 16 hours"
    root = _root(sent)
    verb = next((t for t in sent if t.lower_ in words["noun_verbs"] and t.pos_ in _NOUNS and t.i > 0
                 and (sent[t.i - 1].tag_ in ("NNS", "NNPS", "VBN")
                      or (sent[t.i - 1].tag_ == "NN" and any(p.tag_ == "VBN" for p in sent[:t.i - 1]))
                      or (root is not None and root.tag_ in ("NNS", "NNPS") and root.i < t.i - 1 and not t.lower_.endswith("s")
                          and sent[root.i + 1].dep_ == "case")
                      # "The law prescribes penalties of ...": a verb in -s after "the" and a singular noun opening the sentence
                      or (t.lower_.endswith("s") and t.i >= 2 and sent[t.i - 1].tag_ == "NN"
                          and sent[t.i - 2].lower_ in ("the", "this", "that", "its", "their", "each")
                          and (t.i == 2 or sent[t.i - 3].is_punct)))), None)
    if verb is None:
        return
    tokens = list(sent)
    left = [t for t in tokens if t.i < verb.i]
    roots = [t for t in left if t.head.i >= verb.i or t.head.i == t.i]
    participle = next((t for t in left if t.tag_ == "VBN"), None)
    subject = next((c for c in participle.children if c.dep_.startswith("nsubj") and c.i < participle.i), None) \
        if participle is not None else None
    if subject is None:
        subject = next((t for t in roots if t.pos_ in _NOUNS + ("PRON",) or t.lower_ == "those"), None)
    if subject is None or (participle is not None and participle.i < subject.i):
        return
    for t in roots:
        if t.i == subject.i:
            continue
        if participle is not None and t.i > participle.i:
            t.head = participle  # "of crimes" after "convicted"
            if t.dep_ in ("compound", "ROOT"):
                t.dep_ = "obl"
        else:
            t.head = subject
    if participle is not None:
        participle.head, participle.dep_ = subject, "acl"
    object_found = False
    for t in tokens:
        if t.i <= verb.i or not (t.head.i < verb.i or t.head.i == verb.i or t.head.i == t.i):
            continue
        t.head = verb
        if not object_found and t.pos_ in _NOUNS + ("NUM",):
            t.dep_, object_found = "obj", True
        elif t.dep_ in ("compound", "appos", "ROOT"):
            t.dep_ = "dep"
    subject.head, subject.dep_ = verb, "nsubj"
    verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
    verb.tag_ = "VBZ" if verb.lower_.endswith("s") else "VBP"


def _repair_present_verb_as_noun(sent) -> None:
    """A plural subject's verb in the present that is a noun as well, read as one in a sentence with no
    verb ("Prisons house some 20,000 inmates", "Brokers place about 20,000 workers abroad every year"):
    with a figure right after it, it heads the sentence, the plural before it is its subject and the
    figure's noun its object."""
    if _finite_verbs(sent) or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return
    figures = _figure_positions(sent)
    words = _words()
    for verb in sent[1:]:
        subject = sent[verb.i - 1]
        if verb.tag_ != "NN" or verb.pos_ != "NOUN" or not verb.is_lower or subject.tag_ not in ("NNS", "NNPS") \
                or subject.i in figures or verb.lower_ in words["measure"] or verb.lower_ in _AGE_NOUNS or _is_unit_word(verb):
            continue
        start = _figure_after(sent, verb.i, figures)
        if start is None:
            continue
        end = max(_figure_span(sent, start, figures))
        if end + 1 >= len(sent) or sent[end + 1].pos_ not in _NOUNS:
            continue  # the noun counted names the object ("The neutron stars spin 78,000 times a minute" has none)
        counted = sent[end + 1]
        adverb = counted.head if counted.head.pos_ == "ADV" and counted.head.i == counted.i + 1 else None
        for t in sent:
            if t.i < subject.i and (t.head.i >= subject.i or t.head.i == t.i):
                t.head = subject  # "Private recruitment agencies"
            elif t.i > verb.i and t.i != counted.i and (t.head.i <= verb.i or t.head.i == t.i):
                t.head = verb
                if t.dep_ == "ROOT":
                    t.dep_ = "dep"
        verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBP"
        subject.head, subject.dep_ = verb, "nsubj"
        counted.head, counted.dep_ = verb, "obj"
        if adverb is not None:
            adverb.head, adverb.dep_ = verb, "advmod"  # "workers abroad", read as the adverb's: the verb's
        for t in sent[verb.i + 1 : end + 1]:
            if not verb.i < t.head.i <= end or t.head.i == t.i:
                t.head, t.dep_ = counted, "nummod" if t.i == end else t.dep_  # the figure counts the noun
        return


def _repair_counted_under_adverb(sent) -> None:
    """A counted noun hung as a bare modifier of the adverb after it ("Brokers place about 20,000 workers
    abroad every year", "workers" under "abroad"): the noun is the verb's object and the adverb the verb's."""
    figures = _figure_positions(sent)
    for noun in sent:
        adverb = noun.head
        if noun.pos_ not in _NOUNS or not noun.dep_.endswith((":unmarked", ":npmod")) or adverb.pos_ != "ADV" \
                or adverb.i != noun.i + 1 or not any(c.dep_ == "nummod" and c.i in figures for c in noun.children):
            continue
        verb = next((a for a in adverb.ancestors if a.pos_ == "VERB"), None)
        if verb is None or verb.i > noun.i or any(c.dep_ == "obj" for c in verb.children):
            continue
        noun.head, noun.dep_ = verb, "obj"
        adverb.head, adverb.dep_ = verb, "advmod"


def _repair_counted_verbs(sent) -> None:
    """A word counted by a number is a noun, whatever its tag ("Police arrested 20 suspects"); one the
    parser made a relative clause right after a participle is that participle's object ("58 cases
    involving 112 suspects")."""
    for token in sent:
        if token.pos_ == "VERB" and token.dep_ in ("obj", "nsubj", "nsubj:pass", "obl", "nmod", "conj") \
                and any(c.dep_ == "nummod" for c in token.children):
            token.pos_, token.tag_ = "NOUN", "NNS" if token.lower_.endswith("s") else "NN"
        elif token.pos_ == "VERB" and token.dep_ in ("xcomp", "ccomp") and token.head.pos_ == "VERB" and token.head.i < token.i \
                and any(c.dep_ == "nummod" and c.i == token.i - 1 for c in token.children) \
                and not any(c.dep_ in ("obj", "nsubj", "mark", "aux") for c in token.children):
            # "prosecuted 14 suspects in 2019", "suspects" read as the verb of a clause: the first verb's object
            token.pos_, token.tag_, token.dep_ = "NOUN", "NNS" if token.lower_.endswith("s") else "NN", "obj"
        elif token.pos_ == "VERB" and token.tag_ == "VBZ" and token.dep_ in ("xcomp", "ccomp", "conj") and token.i >= 2 \
                and sent[token.i - 1].lower_ in _words()["added"] \
                and sent[token.i - 2].i in _figure_positions(sent) and sent[token.i - 2].dep_ == "obj" \
                and sent[token.i - 2].head.i == token.head.i and token.head.i < token.i \
                and not any(c.dep_ in ("obj", "nsubj", "mark", "aux") for c in token.children):
            # "arrested 12 more suspects", the stand-in's number the object and "suspects" a verb: what it counts
            number = sent[token.i - 2]
            for child in list(token.children):
                if child.dep_ in ("obl", "advmod", "advcl") and child.i > token.i:
                    child.head = token.head  # "in the operation": where the arresting was
            token.pos_, token.tag_, token.dep_ = "NOUN", "NNS", "obj"
            for child in list(number.children):
                child.head = token
            number.head, number.dep_ = token, "nummod"
            sent[token.i - 1].head, sent[token.i - 1].dep_ = token, "amod"
        elif token.pos_ == "VERB" and token.dep_ in ("acl", "acl:relcl") and token.tag_ in ("NNS", "NN") \
                and any(c.dep_ == "nummod" for c in token.children) and token.left_edge.i > 0:
            verb = sent[token.left_edge.i - 1]
            if verb.pos_ == "VERB" and verb.tag_ in ("VBG", "VBN") and verb.head.i == token.head.i:
                token.pos_, token.head, token.dep_ = "NOUN", verb, "obj"
        elif token.tag_ == "VBZ" and token.i > 0 and token.lower_.endswith("s") and token.lower_ not in _FORMS_OF_BE | {"has", "does"}:
            # "72 suspects were convicted", "suspects" read as an auxiliary of "convicted" or a phrase of the number
            # that is its subject
            number = sent[token.i - 1]
            if number.i in _figure_positions(sent) and number.dep_ in _SUBJECTS and not any(c.dep_ == "obj" for c in token.children) \
                    and (token.dep_ in ("aux", "aux:pass") and number.head.i == token.head.i
                         or token.dep_ in ("appos", "acl", "dep") and token.head.i == number.i):
                token.pos_, token.tag_ = "NOUN", "NNS"
                token.head, token.dep_ = number.head, number.dep_
                number.head, number.dep_ = token, "nummod"


def _repair_compound_verb(sent) -> None:
    """A word tagged as a noun and hung as a compound of the noun after it is a noun, whatever its part
    of speech ("zero labor trafficking investigations" with "trafficking" a verb): counts reach past it."""
    for token in sent:
        if token.pos_ == "VERB" and token.tag_ in ("NN", "NNS") and token.dep_ == "compound" \
                and token.head.i > token.i and token.head.pos_ in _NOUNS:
            token.pos_ = "NOUN"


def _repair_verb_with_subject_as_modifier(sent) -> None:
    """A past verb with its own subject, hung as the adjective of the counted noun after it ("The
    inspectorate carried out 2,300 inspections and issued 410 fines", "carried" an adjective of
    "inspections"): no adjective has a subject, so it is the verb, the noun its object, and a verb
    coordinated with the noun is coordinated with it."""
    figures = _figure_positions(sent)
    for verb in sent:
        if verb.dep_ != "amod" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.head.i <= verb.i \
                or verb.head.pos_ not in _NOUNS or not any(c.dep_ == "nummod" and c.i in figures for c in verb.head.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None:
            continue
        noun = verb.head
        saved = _snapshot(sent)
        if noun.dep_ == "ROOT":
            verb.head = verb
        else:
            verb.head = noun.head
        verb.dep_, verb.tag_ = noun.dep_, "VBD"
        noun.head, noun.dep_ = verb, "obj"
        for child in list(noun.children):
            if child.i > noun.i and ((child.dep_ == "conj" and child.pos_ == "VERB") or child.dep_ in ("punct", "advcl", "parataxis")):
                child.head = verb  # "and issued 410 fines", the full stop
        if subject.pos_ == "ADJ":
            subject.pos_, subject.tag_ = "NOUN", "NN"  # "The inspectorate"
        for child in verb.children:
            if child.i == verb.i + 1 and child.dep_ == "advmod" and child.lower_ in _words()["verb_particles"]:
                child.dep_ = "compound:prt"  # "carried out"
        _keep_if_acyclic(sent, saved)
        return


def _repair_spread_participle_head(sent) -> None:
    """"ranging", "varying" right after a noun, hung on a noun before that one ("prison terms ranging from
    2 to 15 years", "ranging" hung on "traffickers"): what ranges is the noun it follows."""
    spread = _words()["spread"]
    for verb in sent:
        if verb.dep_ != "acl" or verb.lower_ not in spread or verb.i == 0:
            continue
        noun = sent[verb.i - 1]
        if noun.pos_ in _NOUNS and verb.head.i != noun.i and verb.head.i < noun.i and verb.head in noun.ancestors:
            verb.head = noun


def _repair_participle_qualifier(sent) -> None:
    """A figure's qualifier that is a participle ("fines not exceeding 500,000 pesos", kept in the parser's
    input as written), right after a noun but hung as the verb's complement: it describes that noun."""
    endings = {p[-1] for p in _participle_qualifiers()}
    figures = _figure_positions(sent)
    for verb in sent:
        if verb.lower_ not in endings or verb.dep_ == "acl" or verb.i == 0 \
                or not any(c.i in figures and c.dep_ == "obj" for c in verb.children):
            continue
        before = sent[verb.i - 1]
        noun = sent[verb.i - 2] if before.lower_ == "not" and verb.i > 1 else before
        if noun.pos_ in _NOUNS and noun.i not in figures and noun.head.i != verb.i:
            verb.head, verb.dep_ = noun, "acl"


def _repair_noun_root(sent) -> None:
    """A plural noun read as the sentence's head with the finite verb right after it hung below it
    ("an estimated 20,000 inmates work in mines", "inmates" read as a verb and "work" as its object),
    or any noun with the sentence's one past-tense verb hung deeper in its phrase: the verb heads the
    sentence, the noun is its subject, and what opened the sentence is the verb's."""
    root = _root(sent)
    if root is not None and root.i == 0 and root.tag_ == "NNP":
        _rehang_marked_subject(sent, root)  # "Deforestation in the Amazon reached ...", the first word read as a name
    if root is None or root.tag_ not in ("NN", "NNS", "NNPS") or (root.tag_ == "NN" and root.pos_ not in _NOUNS) \
            or root.i + 1 >= len(sent):
        return
    # right after the noun, or after its prepositional phrase ("Average hourly earnings for all employees rose")
    verb = next((c for c in root.rights if c.tag_ in ("VBP", "VBD") and c.pos_ == "VERB"
                 and not any(t.is_punct for t in sent[root.i + 1 : c.i])), None) if root.tag_ != "NN" else None
    finite = _finite_verbs(sent) if verb is None else []
    if verb is None and len(finite) == 1 and finite[0].tag_ == "VBD" and finite[0].i > root.i and finite[0] in list(root.subtree) \
            and not any(t.tag_ in ("WDT", "WP") or t.lower_ == "that" or t.is_punct for t in sent[root.i + 1 : finite[0].i]):
        # the sentence's one finite verb, deeper in the noun's phrase: "The average sentence for watching foreign
        # films rose from two years to seven years", "rose" hung under "watching"
        verb = finite[0]
    if verb is None and not finite and root.tag_ in ("NNS", "NNPS"):
        # no finite verb at all, and a verb of level in -ed after the noun's phrase read as a participle of it:
        # "Political prisoners in Camp 15 numbered about 50,000"
        figures = _figure_positions(sent)
        verb = next((c for c in root.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.lower_ in _words()["level"]
                     and any(g.i in figures for g in c.children) and not any(t.is_punct for t in sent[root.i + 1 : c.i])), None)
        if verb is not None:
            verb.tag_ = "VBD"
    if verb is None or any(c.dep_.startswith("nsubj") for c in verb.children) \
            or any(t.tag_ in ("VBP", "VBD", "VBZ") for t in sent[root.i + 1 : verb.i]):
        return
    if verb.head.i != root.i:
        verb.head = root  # set free from the phrase it was hung in, then promoted
    _promote(verb, root, "nsubj")
    verb.pos_, root.pos_ = "VERB", "NOUN"
    for child in list(root.children):
        if child.dep_ == "obl" and root.i < child.i < verb.i:
            child.dep_ = "nmod"  # "for all employees" describes the earnings
        elif child.dep_ in ("obl", "advmod", "advcl", "punct", "obl:tmod", "parataxis") and child.i != verb.i:
            child.head = verb


def _repair_subject_before_aside(sent) -> None:
    """A noun read as the sentence's head with its verb coordinated after an aside in commas
    ("Some 1,500 migrants, including 300 minors, arrived in Lampedusa", "An estimated 40,000
    children, most of them girls, work as domestic servants"): the verb heads the sentence, the
    noun is its subject and the aside stays the noun's."""
    root = _root(sent)
    if root is None or root.pos_ not in _NOUNS or any(c.dep_ in ("cop", "case") for c in root.children):
        return
    verb = next((c for c in root.rights if c.dep_ in ("conj", "parataxis") and sent[c.i - 1].text == ","
                 and ((c.tag_ in _FINITE_TAGS or c.tag_ == "VB") and c.pos_ == "VERB" or c.lower_ in _words()["noun_verbs"])), None)
    if verb is None or verb.i < root.i + 3 or sent[root.i + 1].text != "," \
            or any(c.dep_.startswith(("nsubj", "csubj")) or c.dep_ in ("cc", "mark") for c in verb.children) \
            or any(t.tag_ in _FINITE_TAGS or (t.lower_ in ("and", "or", "but") and t.head.i == verb.i)
                   for t in sent[root.i + 2 : verb.i - 1]) \
            or any(not any(a.i == root.i for a in t.ancestors) for t in sent[root.i + 1 : verb.i]):
        return
    _verb_heads_sentence(verb, root, "nsubj:pass" if _is_passive(verb) else "nsubj")
    if verb.pos_ != "VERB":
        verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.lower_.endswith("s") else "VBP"


def _repair_verbless_compound(sent) -> None:
    """A sentence with no verb at all, its verb read into a run of nouns after "The" + a singular noun
    ("The fund manages assets worth about $30 billion", "The program cost taxpayers $2.1 billion"): the
    word in -s (or a past tense spelt as its base) heads the sentence, the noun before it is its
    subject, and the phrase after it its object (a noun right after it, before another, whom it is for)."""
    if any(t.tag_ in _FINITE_TAGS or t.pos_ == "AUX" for t in sent):
        return
    root = _root(sent)
    for verb in sent[2:]:
        subject, article = sent[verb.i - 1], sent[verb.i - 2]
        past = verb.tag_ in ("VBN", "VBD") and verb.lower_.endswith("ed")  # "The company reduced employment by 7,000"
        if subject.tag_ != "NN" or article.lower_ not in ("the", "a", "an", "this", "its", "their") \
                or not (past or (verb.pos_ != "VERB" and (re.fullmatch(r"[a-z]+[^s]s", verb.lower_) or verb.lower_ in _words()["bare_past"]))) \
                or verb.i + 1 >= len(sent) or root is None or root.i < verb.i:
            continue
        verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
        verb.tag_ = "VBZ" if verb.lower_.endswith("s") else "VBD"
        subject.head, subject.dep_ = verb, "nsubj"
        article.head, article.dep_ = subject, "det"
        if root.i != verb.i:
            root.head, root.dep_ = verb, "obj"
            for token in sent[verb.i + 1:root.i]:
                if token.head.i == root.i and token.dep_.startswith("nsubj") and token.pos_ in _NOUNS:
                    token.head, token.dep_ = verb, "iobj"  # "cost taxpayers $2.1 billion"
        for token in sent:
            if token.head.i == token.i and token.i != verb.i:
                token.head, token.dep_ = verb, "dep"
        return


def _rehang_marked_subject(sent, root) -> None:
    """"Deforestation in the Amazon reached 13,235 square kilometres", parsed as a name heading the
    sentence with "in" opening a clause whose subject is "the Amazon": the preposition's noun is
    the first noun's, which is the subject of the one finite verb (a common noun: `_repair_noun_root`)."""
    finite = _finite_verbs(sent)
    if len(finite) != 1 or finite[0].head.i != root.i or finite[0].tag_ != "VBD":
        return
    verb = finite[0]
    subject = _child(verb, ("nsubj",))
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.pos_ == "ADP"), None)
    if subject is None or mark is None or not root.i < mark.i < subject.i < verb.i:
        return
    subject.head, subject.dep_ = root, "nmod"
    mark.head, mark.dep_ = subject, "case"
    root.pos_, root.tag_ = "NOUN", "NN"


def _repair_second_object(sent) -> None:
    """A figure right after a verb's object, hung as that object's apposition with no comma between
    ("earn the regime about $200 million a year"), as a second object ("paid the broker 5,000
    yuan") or with the object as its compound ("pay the state $500", the article the noun's), is
    the verb's direct object: the noun before it is whom it is for."""
    figures = _figure_positions(sent)
    for figure in sent:
        if figure.dep_ != "obj" or figure.i not in figures or figure.head.pos_ != "VERB":
            continue
        noun = next((c for c in figure.children if c.dep_ == "compound" and c.pos_ in _NOUNS and c.i < figure.i), None)
        article = next((c for c in figure.children if c.dep_ == "det" and noun is not None and c.i < noun.i), None)
        if article is not None:
            article.head = noun
            noun.head, noun.dep_ = figure.head, "iobj"
    measure = _words()["measure"]
    for figure in sent:
        noun = figure.head
        # (or the measure noun the figure hangs from: "fined 14 agencies a total of 2.3 million pesos")
        holds_figure = figure.i in figures or (figure.lower_ in measure and any(
            c.dep_ == "nmod" and c.i in figures and c.i > figure.i for c in figure.children))
        if figure.dep_ != "appos" or not holds_figure or noun.dep_ not in ("obj", "iobj") or noun.head.pos_ != "VERB" \
                or figure.left_edge.i <= noun.i or any(t.is_punct for t in sent.doc[noun.i + 1 : figure.i]):
            continue
        figure.head, figure.dep_ = noun.head, "obj"
        noun.dep_ = "iobj"
    for figure in sent:
        # two objects, the figure second ("paid the broker 5,000 yuan"): the first is whom it goes to
        if figure.dep_ != "obj" or figure.i not in figures:
            continue
        first = next((c for c in figure.head.children if c.dep_ == "obj" and c.i < figure.i and c.pos_ in _NOUNS
                      and c.right_edge.i + 1 == figure.left_edge.i), None) if figure.head.pos_ == "VERB" else None
        if first is not None:
            first.dep_ = "iobj"


def _repair_subordinate_clause(sent) -> None:
    """A clause after "after", "before", "until" read as a prepositional phrase whose noun is
    followed by the clause's verb hung elsewhere ("received about $30 a month after the state
    took its cut", with "after the state" an oblique of "received" and "took" a clause of "said"):
    the noun is the verb's subject, the word its marker, the clause a modifier of the verb before."""
    openers = _words()["clause_prepositions"]
    for noun in sent:
        case = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in openers), None)
        if case is None or not noun.dep_.startswith("obl") or noun.right_edge.i + 1 >= len(sent):
            continue
        verb = sent[noun.right_edge.i + 1]
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_.startswith("nsubj") for c in verb.children) \
                or verb in list(noun.ancestors):
            continue
        host = noun.head
        verb.head, verb.dep_ = host, "advcl"
        noun.head, noun.dep_ = verb, "nsubj"
        case.head, case.dep_ = verb, "mark"


def _repair_preposition_as_subordinator(sent) -> None:
    """A phrase of time after the sentence's subject, read as the start of a clause whose subject
    is the phrase's noun ("Hospital admissions since January climbed to 4,500", with "January"
    a second subject of "climbed"; "Exports until March fell 12 percent", with "fell" a clause of
    "Exports"): the word is a preposition, its noun modifies the subject, and the verb is the
    sentence's, with that subject."""
    openers = _words()["clause_prepositions"]
    for opener in sent:
        if opener.lower_ not in openers or opener.dep_ not in ("mark", "case") or opener.i == 0:
            continue
        verb = opener.head if opener.dep_ == "mark" else opener.head.head
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
            continue
        inner = next((c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == opener.i + (opener.dep_ == "mark")
                      and c.pos_ in _NOUNS and c.i < verb.i), None)
        if inner is None or (opener.dep_ == "case" and opener.head.i != inner.i):
            continue
        outer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:outer") and c.i < opener.i and c.i != inner.i
                      and c.pos_ in _NOUNS and c.right_edge.i == opener.i - 1), None)
        if outer is None and verb.dep_ == "advcl" and verb.head.tag_ in ("NN", "NNS", "NNP", "NNPS") and verb.head.dep_ == "ROOT" \
                and verb.head.i < opener.i and _phrase_end(verb.head, verb) == opener.i - 1:
            outer = verb.head  # "Exports until March fell": the noun heads the sentence, the verb its clause
            _verb_heads_sentence(verb, outer)
        if outer is None or any(t.pos_ in ("VERB", "AUX") for t in sent[: outer.left_edge.i]):
            continue
        outer.dep_ = "nsubj"
        inner.head, inner.dep_ = outer, "nmod"
        opener.head, opener.dep_ = inner, "case"


def _phrase_end(noun, clause) -> int:
    """Where a noun's own phrase ends, leaving out the clause hung on it and the full stop."""
    return max([noun.i] + [c.right_edge.i for c in noun.children if c.i != clause.i and not c.is_punct])


def _repair_change_noun_verb(sent) -> None:
    """A noun of change after an article and a figure, read as a verb ("following a 9-cent gain in
    March", with "gain" a verb and "following" its subject): it is a noun, the figure its modifier, and
    a participle or preposition right before the article governs it."""
    figures = _figure_positions(sent)
    change_nouns = _words()["change_nouns"]
    for change in sent:
        if change.pos_ != "VERB" or change.lower_ not in change_nouns or change.i < 2:
            continue
        k = change.i - 1
        while k > 0 and (k in figures or sent[k].pos_ == "ADJ"):
            k -= 1
        if k == change.i - 1 or sent[k].lower_ not in ("a", "an") or k == 0:
            continue
        governor = sent[k - 1]
        change.pos_, change.tag_ = "NOUN", "NN"
        for t in sent[k : change.i]:
            if t.head.i == change.i or t.head.i == t.i or not (k <= t.head.i < change.i):
                t.head = change
                t.dep_ = "det" if t.i == k else "nummod" if t.i in figures and t.pos_ == "NUM" else "amod" if t.pos_ == "ADJ" else "compound"
        if governor.head.i != change.i:
            continue
        if governor.tag_ == "VBG":  # "following a 9-cent gain": the participle takes the noun as its object
            _promote(governor, change, "obj")
            governor.dep_ = "advcl"
        elif governor.tag_ == "IN":  # "after a 9-cent gain": the preposition is the noun's
            governor.dep_, change.dep_ = "case", "obl"


def _repair_change_verb_as_noun(sent) -> None:
    """A verb of change in the past the tagger read as a noun with the noun before it as its
    compound ("the company said revenue rose 12% to $4.5 billion", "rose" a flower): it is the
    verb, and that noun its subject. Read as the noun of a phrase after the subject, see
    `_change_verb_as_noun_phrase`."""
    figures = _figure_positions(sent)
    direction_of = _words()["direction_of"]
    for verb in sent:
        if verb.pos_ != "NOUN" or verb.lower_ not in direction_of or verb.lower_ in _words()["change_nouns"] \
                or verb.i == 0 or sent[verb.i - 1].head.i != verb.i or sent[verb.i - 1].dep_ not in ("compound", "nsubj") \
                or sent[verb.i - 1].pos_ not in _NOUNS or any(c.dep_ == "det" for c in verb.children) \
                or not any(c.dep_ in ("obj", "obl", "obl:unmarked") and any(t.i in figures for t in c.subtree)
                           for c in verb.children if c.i > verb.i):
            continue
        # (with the noun its subject already, "the key 30-year rate climbed to 6.7%", only the verb's word was misread)
        subject = sent[verb.i - 1]
        named = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < subject.i), None)
        if subject.dep_ == "compound" and named is not None:
            # "the average on the key 30 year rate climbed": the subject was read; the noun is its phrase's
            for child in list(verb.children):
                if named.i < child.i < subject.i:
                    child.head = subject
                    if child.dep_ != "case":
                        child.dep_ = "compound" if child.pos_ in _NOUNS else child.dep_
            subject.head, subject.dep_ = named, "nmod"
        elif subject.dep_ == "compound":
            for child in list(verb.children):
                if child.i < subject.i:
                    child.head = subject  # the subject's own words ("operating profit rose")
            subject.head, subject.dep_ = verb, "nsubj"
        verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.lower_.endswith("s") else "VBD"
    for verb in sent:
        if verb.pos_ == "NOUN" and verb.lower_ in direction_of and verb.lower_ not in _words()["change_nouns"] \
                and verb.dep_ in ("parataxis", "appos", "conj", "dep", "list") and verb.head.dep_ == "ROOT":
            _change_verb_beside_root(sent, verb, figures)
    level = _words()["level"]
    for verb in sent:
        if verb.pos_ == "NOUN" and verb.dep_ in ("nmod", "obl") and (
                verb.lower_ in direction_of or verb.lower_ in level and verb.i + 1 in figures and verb.lower_.endswith("s")):
            _change_verb_as_noun_phrase(sent, verb, figures)


def _change_verb_beside_root(sent, verb, figures: set[int]) -> None:
    """"Homicides in the capital rose from 412 in 2019 to 530 in 2021": the verb read as a noun set beside
    the sentence's head noun ("rose" a flower, in parataxis with "Homicides"). With no verb in between and
    a figure after it, it is the sentence's verb, that noun its subject, and what followed the verb its own."""
    root = verb.head
    if root.pos_ not in _NOUNS or root.i > verb.i or any(c.dep_ == "det" for c in verb.children) \
            or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in sent[root.i + 1 : verb.i]) \
            or not any(i > verb.i for i in figures) or any(t.i != verb.i for t in _finite_verbs(sent)):
        return
    saved = _snapshot(sent)
    verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.lower_.endswith("s") else "VBD"
    _verb_heads_sentence(verb, root)
    for child in verb.children:
        if child.dep_ == "nmod":
            child.dep_ = "obl"  # "from 412 in 2019": the verb's levels
    _keep_if_acyclic(sent, saved)


def _change_verb_as_noun_phrase(sent, verb, figures: set[int]) -> None:
    """"Hospital admissions for influenza climbed to 9,500", "Government spending on health rose
    to 9.8 percent", "The monthly wage in the sector averages $95": the verb read as the noun of
    "for influenza climbed", that phrase hung on the noun before it (or on a noun in -ing read as
    the sentence's verb). The noun is the verb's subject, the phrase up to the verb the noun's
    again ("admissions for influenza"), and what follows the verb the verb's."""
    noun, last = verb.head, sent[verb.i - 1]
    gerund = noun.tag_ == "VBG" and noun.dep_ == "ROOT" and not any(c.dep_.startswith("nsubj") for c in noun.children)
    level = verb.i + 1 in figures and verb.lower_ not in _words()["direction_of"]
    # (a noun of its own before it: "for influenza climbed"; not an article: "to the rise")
    # (or a year: "Hospital admissions since 2019 climbed to 4,500")
    year = last.pos_ == "NUM" and last.i not in figures and _YEAR_TOKEN.fullmatch(last.text) is not None
    if noun.i >= verb.i or not (noun.pos_ in _NOUNS or gerund) or last.head.i != verb.i or last.dep_ in ("case", "det") \
            or (last.pos_ not in ("NOUN", "PROPN", "ADJ") and not year) \
            or not any(c.dep_ == "case" and c.lower_ not in _words()["clause_openers"] for c in verb.children if c.i < verb.i) \
            or not (level or any(c.i > verb.i and any(t.i in figures for t in c.subtree)
                                 and _has_case(c, ("to", "by", "from"))
                                 for c in list(verb.children) + list(noun.children))):
        return
    saved = _snapshot(sent)
    for child in list(verb.children):
        if child.i < last.i:
            child.head = last
        elif child.i > verb.i and child.dep_ == "nmod":
            child.dep_ = "obl"
    end = max(_figure_span(sent, verb.i + 1, figures)) if level else None
    figure = _span_head(sent[verb.i + 1 : end + 1]) if level else None
    subject = next((c for c in figure.children if c.dep_ in _SUBJECTS and c.i < verb.i), None) if level else None
    # no verb but the figure's stand-in, the phrase its subject ("The price of rice in the markets of Pyongyang
    # averages 5,000 won"): the verb takes the figure's place, with the figure's subject
    verbless = subject is not None and figure in verb.ancestors
    if not verbless:
        for child in list(noun.children):
            if child.i > verb.i and (gerund or level):
                child.head = verb  # "to 9.8 percent of GDP in 2021": the verb's, not the noun's
        if level:
            figure.head, figure.dep_ = verb, "obj"  # "averages $95"
        if gerund:
            noun.pos_, noun.tag_ = "NOUN", "NN"
    last.head, last.dep_, last.pos_ = noun, "nmod", "NOUN" if last.pos_ == "ADJ" else last.pos_
    if verbless:
        _promote(verb, figure, "obj")
        for child in list(figure.children):
            if child.i == subject.i or child.i > end:
                child.head = verb  # the subject, the full stop
    else:
        _promote(verb, noun, "nsubj")
    verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.lower_.endswith("s") else "VBD"
    _keep_if_acyclic(sent, saved)


def _repair_change_amount_in_object(sent) -> None:
    """A figure of a verb of change ("from 10 to 14", "by 10 percent") hung on the last noun of a
    phrase inside the verb's object ("raises the age of criminal responsibility from 10 to 14"), or on a
    clause describing it or that clause's object ("cut the number of crimes punishable by death from 55 to
    46", "reduced the number of offences carrying the death penalty from 68 to 46"): it is the verb's
    amount or levels, and the object, the whole phrase, is what changed."""
    figures = _figure_positions(sent)
    direction_of = _words()["direction_of"]
    for figure in sent:
        owner = figure.head
        if figure.i not in figures or figure.dep_ not in ("nmod", "obl") or owner.i > figure.i or owner.i in figures \
                or not any(c.dep_ == "case" and c.lower_ in ("by", "from", "to") and c.i < figure.i for c in figure.children) \
                or (figure.dep_ == "obl" and owner.dep_ not in ("acl", "amod")):
            continue
        obj = owner
        for _ in range(4):  # up through the object's own phrases and clauses
            if obj.dep_ not in ("nmod", "acl", "amod", "obj") or obj.head.i == obj.i \
                    or (obj.dep_ == "obj" and obj.head.lower_ in direction_of):
                break
            obj = obj.head
        verb = obj.head
        if obj.i == owner.i and owner.dep_ != "nmod" and figure.dep_ == "nmod":
            continue  # the figure's own noun is the object: "cut its workforce to 1,200" reads right
        if obj.dep_ != "obj" or verb.pos_ != "VERB" or verb.lower_ not in direction_of or obj.i > owner.i \
                or figure.right_edge.i != obj.right_edge.i:
            continue  # (the figure's phrase ends the object's: nothing of the object's follows it)
        figure.head, figure.dep_ = verb, "obl"


def _repair_multiplier_verb(sent) -> None:
    """A multiplier written as a verb after an auxiliary ("The number of refugees has more than
    doubled since 2015 to 3.6 million"), with the auxiliary read as the sentence's verb and "more"
    its object: the verb of the figure heads the clause, the auxiliary is its auxiliary and what
    hung on the auxiliary is the verb's."""
    figures = _figure_positions(sent)
    direction_of = _words()["direction_of"]
    for verb in sent:
        if verb.i not in figures or verb.tag_ not in ("VBN", "VBD") or verb.lower_ not in direction_of:
            continue
        auxiliary = next((a for a in verb.ancestors if a.i not in figures), None)
        if auxiliary is None or auxiliary.lower_ not in ("has", "have", "had") or auxiliary.i > verb.i \
                or any(t.i not in figures for t in sent[auxiliary.i + 1 : verb.i]):
            continue
        saved = _snapshot(sent)
        for child in list(auxiliary.children):
            if child.i not in figures:
                child.head = verb
        for token in sent[auxiliary.i + 1 : verb.i]:
            if token.head.i == auxiliary.i or token.head.i == token.i:
                token.head, token.dep_ = verb, "advmod"
        _promote(verb, auxiliary, "aux")
        auxiliary.pos_ = "AUX"
        _keep_if_acyclic(sent, saved)
        return


def _repair_multiplied_noun(sent) -> None:
    """"Russia issued five times as many visas", "Twice as many women as men were identified": the
    parser hangs the multiplier on the verb (as its object, or an adverb) and the noun it multiplies
    as a phrase of "as". The noun after "as many" or "as much" is what the multiplier counts: it
    takes the multiplier's place in its clause, the multiplier hangs on it, and what it is compared
    with ("as men") is a phrase of the noun, however the parser hung it."""
    figures = _figure_positions(sent)
    for as_ in sent[1:-2]:
        many = sent[as_.i + 1]
        multiplier = sent[as_.i - 1]
        noun = many.head
        if as_.lower_ != "as" or many.lower_ not in ("many", "much") or multiplier.i not in figures \
                or noun.i <= many.i or noun.i in figures:
            continue
        saved = _snapshot(sent)
        if noun.i == many.i + 1 and noun.pos_ == "VERB" and noun.tag_ == "VBZ":
            noun.pos_, noun.tag_ = "NOUN", "NNS"  # "three times as many suspects", "suspects" read as a verb
        while noun.dep_ in ("compound", "flat", "amod") and noun.head.pos_ in _NOUNS and noun.head.i > noun.i:
            noun = noun.head  # "as many tourist and study visas": the visas
        if noun.pos_ not in _NOUNS:
            continue
        many.head, many.dep_ = noun, "amod"
        figure = multiplier
        while figure.head.i in figures and figure.head.i != figure.i:
            figure = figure.head  # "five times": the figure's head word
        if noun.head.i == figure.i:
            _promote(noun, figure, "nmod:npmod")  # "issued [five times [as many visas]]"
        elif figure.head.i != noun.i:
            if figure.dep_ in ("obj", "nsubj", "nsubj:pass", "obl") and noun.head.i == figure.head.i:
                noun.dep_ = figure.dep_  # "issued five times (obj) as many visas (obl)": the visas are issued
            figure.head = noun
        figure.dep_ = "nmod:npmod"
        as_.head, as_.dep_, as_.pos_ = many, "advmod", "ADV"
        than = next((t for t in sent[noun.i + 1 :] if t.lower_ == "as" and t.head.i != many.i), None)
        compared = than.head if than is not None else None
        if compared is not None and compared.pos_ in _NOUNS and compared.i > than.i and compared.head.i != noun.i \
                and compared.dep_.startswith("nsubj") and noun.dep_.startswith("nsubj") and compared.head.i == noun.head.i:
            # "as men were identified": one subject, compared with another
            compared.head, compared.dep_ = noun, "nmod"
            than.head, than.dep_, than.pos_ = compared, "case", "ADP"
        _keep_if_acyclic(sent, saved)


def _repair_year_after_participle(sent) -> None:
    """"more than double the 20,000 recorded in 2019": the parser hangs the year right after a
    participle that describes a noun on the clause above, which dates the clause's figure with the
    noun's year. A participle with nothing after it takes the phrase that follows it."""
    for year in sent:
        participle = sent[year.left_edge.i - 1] if year.left_edge.i > 0 else None
        if participle is None or not _YEAR_TOKEN.fullmatch(year.text) or not year.dep_.startswith("obl") \
                or not _has_case(year) or participle.tag_ != "VBN" or participle.dep_ != "acl" \
                or any(c.i > participle.i for c in participle.children) \
                or not any(a.i == year.head.i for a in participle.ancestors) or year.head.i == participle.i:
            continue
        year.head = participle


def _repair_figure_as_range_end(sent) -> None:
    """"provides an allowance of 1,500 rupees to 3 million elderly people": the parser reads "to 3
    million" as the end of a range begun by the money, and the people as a second object. Two figures
    are two claims (a range would be one), so a figure after "to" hung on another figure counts the
    noun right after it: the figure hangs on that noun, and the noun, with "to", on the verb."""
    figures = _figure_positions(sent)
    for figure in sent:
        to = sent[figure.i - 1] if figure.i > 0 else None
        if figure.i not in figures or figure.dep_ != "nmod" or figure.head.i not in figures or to is None \
                or to.lower_ != "to" or to.head.i != figure.i or figure.i + 1 in figures:
            continue
        noun = figure.doc[figure.i + 1]
        while noun.pos_ == "ADJ" and noun.dep_ == "amod" and noun.head.i > noun.i:
            noun = noun.head  # "3 million elderly people"
        if noun.pos_ not in _NOUNS or noun.head.pos_ != "VERB" or any(t.pos_ not in ("ADJ", "NOUN") for t in sent[figure.i + 1 : noun.i]):
            continue
        figure.head, figure.dep_ = noun, "nummod"
        to.head = noun
        noun.dep_ = "obl"


def _repair_participle_after_phrase(sent) -> None:
    """A participle right after the noun of a phrase that it describes, hung on the figure the phrase
    belongs to ("70 percent of the victims identified in the region": a share is not identified) or
    on the clause's predicate after the subject ("A quarter of all trafficking victims detected
    worldwide are children"): it describes the noun."""
    figures = _figure_positions(sent)
    for participle in sent:
        if participle.tag_ != "VBN" or participle.dep_ not in ("acl", "advcl") or participle.i == 0:
            continue
        noun = sent[participle.i - 1]
        if noun.pos_ not in _NOUNS or noun.tag_ not in ("NN", "NNS") or noun.dep_ != "nmod" \
                or any(c.dep_ in ("aux", "aux:pass", "mark") for c in participle.children):
            continue
        head = participle.head
        own_subject = next((c for c in participle.children if c.dep_.startswith("nsubj")), None)
        if participle.dep_ == "acl" and head.i in figures and noun.head.i == head.i and own_subject is None:
            participle.head = noun  # "70 percent of the victims identified"
        elif participle.dep_ == "advcl" and head.i > participle.i:
            # the subject hung on the predicate, or on the participle ("A quarter ... detected")
            subject = own_subject if own_subject is not None and own_subject.i < participle.i else \
                next((c for c in head.children if c.dep_ in _SUBJECTS and c.i < participle.i), None)
            if subject is not None and subject.right_edge.i == noun.i:
                subject.head, subject.dep_ = head, "nsubj"
                participle.head, participle.dep_ = noun, "acl"  # "victims detected worldwide are children"


def _repair_copula_passive(sent) -> None:
    """A form of "be" before a participle that the parser made its copula ("The factory ... was
    fined $50,000"): it is the passive's auxiliary, and the subject the passive's, so the fine is
    the factory's, not one it imposed."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.tag_ != "VBN":
            continue
        copula = next((c for c in verb.children if c.dep_ == "cop" and c.lower_ in _FORMS_OF_BE and c.i < verb.i), None)
        if copula is None:
            continue
        copula.dep_ = "aux:pass"
        for child in verb.children:
            if child.dep_ == "nsubj":
                child.dep_ = "nsubj:pass"


def _repair_gerund_subject(sent) -> None:
    """A noun in -ing read as a clause that is the subject of a verb of change or level
    ("Spending on defense fell by 3 percent", "Lending to households reached $2 trillion"): with no
    object it names a thing, and its phrases describe it ("Spending on defense", not "Spending")."""
    words = _words()
    for gerund in sent:
        verb = gerund.head
        if gerund.tag_ != "VBG" or gerund.dep_ != "csubj" or verb.i < gerund.i \
                or verb.lower_ not in words["level"] \
                or any(c.dep_ in ("obj", "iobj", "ccomp", "xcomp", "aux", "mark") for c in gerund.children):
            continue
        gerund.pos_, gerund.tag_, gerund.dep_ = "NOUN", "NN", "nsubj"
        for child in gerund.children:
            if child.dep_ in ("obl", "obl:unmarked"):
                child.dep_ = "nmod"


def _repair_part_verb(sent) -> None:
    """A verb of parts in -ed right after its noun, read as a participle describing it ("Natural gas
    accounted for 38% of generation, while coal accounted for 23%", with "gas" the sentence's head
    and "coal" hung under it): followed by "for" or a figure it is the clause's verb, the noun its
    subject, and a clause opened by "while" modifies the verb before. In the present, read as a
    noun heading the sentence with a subject of its own, it is the verb too."""
    figures = _figure_positions(sent)
    part_verbs = _words()["part_verbs"]
    root = _root(sent)
    if root is not None and root.pos_ == "NOUN" and root.lower_ in part_verbs and not _finite_verbs(sent) \
            and any(c.dep_ == "nsubj" and c.i < root.i for c in root.children) and root.i + 1 < len(sent) \
            and (sent[root.i + 1].lower_ == "for" or root.i + 1 in figures):
        # "Women and girls account for 4.9 million of those ...", "account" read as a noun with a subject
        root.pos_, root.tag_ = "VERB", "VBZ" if root.tag_ == "NNS" else "VBP"
        for child in root.children:
            if child.dep_ == "nmod":
                child.dep_ = "obl"
    elif root is not None and root.pos_ == "NOUN" and root.lower_ in part_verbs and 0 < root.i < len(sent) - 2 \
            and sent[root.i + 1].lower_ == "for" and root.i + 2 in figures \
            and sent[root.i - 1].head.i == root.i and sent[root.i - 1].dep_ in ("amod", "compound") \
            and all(t.dep_ == "conj" for t in _finite_verbs(sent)):
        # "Agriculture accounts for 22 percent of GDP and employs 60 percent of the workforce", with
        # "Agriculture" read as an adjective of "accounts": the verb, its subject, and the verb after "and"
        # coordinated with it, not with the figure's noun
        subject = sent[root.i - 1]
        root.pos_, root.tag_ = "VERB", "VBZ" if root.tag_ == "NNS" else "VBP"
        subject.dep_ = "nsubj"
        if subject.pos_ == "ADJ":
            subject.pos_ = "NOUN"
        for child in root.children:
            if child.dep_ == "nmod":
                child.dep_ = "obl"
        for verb in _finite_verbs(sent):
            if verb.head.i > root.i:
                verb.head = root
    for verb in sent:
        noun = verb.head
        if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.lower_ not in part_verbs \
                or not verb.lower_.endswith("ed") or noun.i != verb.i - 1 or noun.pos_ not in _NOUNS \
                or verb.i + 1 >= len(sent) or not (sent[verb.i + 1].lower_ == "for" or verb.i + 1 in figures) \
                or noun.dep_ in ("nsubj", "nsubj:pass", "obj"):
            continue
        _promote(verb, noun, "nsubj")
        verb.tag_ = "VBD"
        mark = next((c for c in noun.children if c.dep_ == "mark"), None)
        if mark is None:
            continue
        mark.head = verb
        if verb.dep_ != "ROOT":  # "while coal accounted for 23%": a clause of the verb above it
            above = verb.head
            while above.pos_ != "VERB" and above.head.i != above.i:
                above = above.head
            verb.dep_ = "advcl"
            if above.pos_ == "VERB":
                verb.head = above


def _repair_clause_noun(sent) -> None:
    """A noun read as a reported clause with the clause's verb hung below it as a participle ("The
    panel estimated that cyber theft brought in $2 billion", "theft" the complement of "estimated",
    "brought" its adjective clause, "that" its determiner): the verb is the complement, the noun its
    subject, "that" the clause's marker. A noun is never a clause of its own."""
    for noun in sent:
        if noun.dep_ != "ccomp" or noun.pos_ not in _NOUNS or any(c.dep_ == "cop" for c in noun.children):
            continue
        verb = next((c for c in noun.rights if c.dep_ in ("acl", "acl:relcl") and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN", "VBZ", "VBP")
                     and not any(g.dep_.startswith("nsubj") for g in c.children)), None)
        if verb is None:
            continue
        _promote(verb, noun, "nsubj")
        if verb.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in verb.children):
            verb.tag_ = "VBD"
        that = next((c for c in noun.children if c.lower_ == "that" and c.i == noun.left_edge.i), None)
        if that is not None:
            that.head, that.dep_, that.pos_ = verb, "mark", "SCONJ"


def _repair_verb_in_phrase(sent) -> None:
    """A finite verb hung as a prepositional phrase of the noun heading the sentence, the preposition
    its own and the phrase's noun its subject ("A worker in the Amnokgang factory earns ...", with
    "in ... earns" a phrase of "worker"): the verb heads the sentence, the noun before is its
    subject, and the prepositional phrase is that noun's again. So too where the phrase is read as
    the subject of a relative clause ("The average waiting time for a hearing has grown to 18
    months", "for a hearing has grown" a clause of "time")."""
    root = _root(sent)
    if root is None or root.pos_ not in _NOUNS:
        return
    for verb in root.rights:
        inner = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i), None)
        case = next((c for c in verb.children if c.dep_ == "case" and c.i < verb.i), None)
        if case is None and inner is not None and verb.dep_ == "acl:relcl":
            case = next((c for c in inner.children if c.dep_ == "case" and c.pos_ == "ADP" and c.i < inner.i), None)
        finite = verb.tag_ in ("VBZ", "VBD", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBD", "VBP") for c in verb.children)
        if verb.pos_ != "VERB" or not finite or case is None or inner is None or case.i > inner.i:
            continue
        case.head = inner
        inner.head, inner.dep_ = root, "nmod"
        _promote(verb, root, "nsubj")
        for child in list(root.children):
            if child.i > verb.i:
                child.head = verb
        return


def _repair_reporting_participle(sent) -> None:
    """A verb in -ed read as an adjective of the noun after it, in a sentence with no finite verb,
    right after the phrase of a figure ("About 1 in 5 adults reported symptoms of anxiety", with
    "reported symptoms" one noun phrase): the verb heads the sentence, the figure's phrase before it
    is its subject and the noun its object."""
    if _finite_verbs(sent):
        return
    figures = _figure_positions(sent)
    root = _root(sent)
    for verb in sent:
        if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD", "JJ") or not verb.lower_.endswith("ed") \
                or verb.head.i != root.i or root.pos_ not in _NOUNS or verb.i == 0 \
                or sent[verb.i - 1].tag_ not in ("NNS", "NN", "NNP", "NNPS"):
            continue
        # the figure's phrase, or a noun phrase ending right before the verb ("The fund disbursed $45 million
        # in grants", "disbursed" tagged as an adjective)
        subject = next((c for c in (*root.lefts, *verb.lefts) if c.i < verb.i and c.dep_ not in ("det", "punct")
                        and (any(t.i in figures for t in c.subtree)
                             or (c.pos_ in _NOUNS and c.right_edge.i == verb.i - 1 and verb.tag_ == "JJ"))), None)
        if subject is None:
            return
        _promote(verb, root, "obj")
        verb.tag_, verb.pos_ = "VBD", "VERB"
        subject.head, subject.dep_ = verb, "nsubj"
        for child in list(root.children):
            if child.i < verb.i and child.dep_ not in ("det",):
                child.head = verb
        money = next((c for c in root.children if verb.i < c.i < root.i and c.i in figures), None)
        if money is not None and _has_case(root):
            # "disbursed $45 million in grants": the sum is the object, "in grants" says what money it is
            money.head, money.dep_ = verb, "obj"
            root.dep_ = "obl"
        return


def _repair_noun_object(sent) -> None:
    """A noun never takes an object: a noun hung as the object of the noun right before it ("20 sex
    trafficking and 13 labor trafficking victims", with "victims" the object of "trafficking") is
    the head of their phrase, and the word before it a compound of it."""
    for noun in sent:
        head = noun.head
        if noun.dep_ != "obj" or noun.pos_ not in _NOUNS or head.i != noun.i - 1 or head.pos_ != "NOUN" \
                or head.tag_ not in ("NN", "NNS"):
            continue
        _promote(noun, head, "compound")
        for child in list(head.children):
            if child.i < head.i and child.dep_ not in ("compound", "amod"):
                child.head = noun  # its count and article


def _repair_participle_as_phrase_head(sent) -> None:
    """A participle right after a noun made the head of the noun's phrase, with the noun its compound
    ("seized 1,800 kilograms of cocaine hidden in banana shipments", "hidden" the "of" phrase's
    head): the noun heads the phrase and the participle describes it."""
    for participle in sent:
        if participle.tag_ != "VBN" or participle.i == 0:
            continue
        noun = sent[participle.i - 1]
        if noun.head.i != participle.i or noun.dep_ != "compound" or noun.pos_ not in _NOUNS:
            continue
        if participle.dep_ not in ("nmod", "obl", "obj", "nsubj", "nsubj:pass", "conj") \
                and not any(c.dep_ == "case" and c.i < noun.i for c in participle.children):
            continue  # (a verb takes no preposition before its subject: "of cocaine hidden" is the noun's phrase)
        _promote(noun, participle, "acl")
        if noun.dep_ == "acl":
            noun.dep_ = "nmod"
        for child in list(participle.children):
            if child.i < noun.i:
                child.head = noun  # "of", the article
        after = next((c for c in noun.head.children if c.dep_ in ("nmod", "obl") and c.left_edge.i == participle.i + 1), None)
        if after is not None:
            after.head, after.dep_ = participle, "obl"  # "hidden in banana shipments", hung higher: where it was hidden


def _repair_level_after_change_noun(sent) -> None:
    """A level "to N" right after the phrase a noun of change names ("a cut in the tax rate to 15
    percent", "a 19% drop for the index to 1,350 points"), hung on the verb or on that phrase's
    noun: it is the level the change reaches, the change noun's."""
    words = _words()
    figures = _figure_positions(sent)
    for to in sent:
        if to.lower_ != "to" or to.dep_ != "case" \
                or (to.head.i not in figures and not any(c.i in figures for c in to.head.children)):
            continue
        level = to.head
        changed = sent[to.i - 1] if to.i > 0 else None
        while changed is not None and changed.head.i != changed.i and changed.dep_ not in ("nmod", "obl"):
            changed = changed.head if changed.head.i < to.i else None
        if changed is None or changed.pos_ not in _NOUNS or changed.head.lower_ not in words["change_nouns"] \
                or changed.right_edge.i != to.i - 1 or level.head.i == changed.head.i:
            continue
        if not _has_case(changed, ("in", "for", "of")):
            continue
        level.head, level.dep_ = changed.head, "nmod"


def _repair_apposition_as_object(sent) -> None:
    """A noun after a comma hung as the object of a verb of change whose figure came before the comma
    ("The unemployment rate fell to 4.2 percent in March, its lowest level since 2008"): a verb of
    change takes no object after its level, so the noun restates the figure, in apposition to it."""
    words = _words()
    figures = _figure_positions(sent)
    for noun in sent:
        verb = noun.head
        if noun.dep_ != "obj" or noun.pos_ not in _NOUNS or verb.lower_ not in words["direction_of"] \
                or noun.left_edge.i < 1 or sent[noun.left_edge.i - 1].text != ",":
            continue
        figure = next((c for c in verb.children if c.i < noun.left_edge.i and c.dep_ in ("obl", "obj", "obl:npmod", "obl:unmarked")
                       and any(t.i in figures for t in c.subtree)), None)
        if figure is None:
            continue
        noun.head, noun.dep_ = figure, "appos"
        sent[noun.left_edge.i - 1].head = figure


def _repair_subject_of_noun(sent) -> None:
    """A noun read as the subject of the noun right after it, which has no copula and so is no
    predicate ("Measles cases in the province jumped to 4,200", "Measles" the subject of "cases"):
    it is a compound of that noun."""
    for noun in sent:
        head = noun.head
        if noun.dep_ != "nsubj" or noun.pos_ not in _NOUNS or head.i != noun.i + 1 or head.pos_ not in _NOUNS \
                or any(c.dep_ in ("cop", "aux", "aux:pass", "obl") for c in head.children) or head.dep_ == "ROOT":
            continue  # (with an oblique, a clause without its verb: "for the MSCI Europe index to 1,350 points")
        noun.dep_ = "compound"


def _repair_verb_in_apposition(sent) -> None:
    """A verb in -s after an aside, read as a plural noun in apposition to the subject heading the
    sentence ("The shelter, which was built in 2010, now houses 45 victims"): a noun never takes an
    object, so the word heads the sentence and the noun is its subject."""
    root = _root(sent)
    if root is None or root.pos_ not in _NOUNS:
        return
    verb = next((c for c in root.rights if c.dep_ in ("appos", "parataxis", "dep") and c.pos_ == "NOUN" and c.tag_ == "NNS"
                 and any(g.dep_ == "obj" and g.i > c.i for g in c.children)), None)
    if verb is None or any(t.tag_ in _FINITE_TAGS and t.i > verb.i for t in sent):
        return
    for child in list(root.children):
        if child.i > verb.i:
            child.head = verb  # the full stop
    own = next((c for c in verb.lefts if c.i == verb.i - 1 and c.pos_ in _NOUNS and c.dep_ in ("compound", "nsubj")), None)
    # a noun of its own right before it is its subject, and what heads the sentence a heading ("EXECUTIVE SUMMARY -
    # This report outlines two distinct systems")
    _promote(verb, root, "nsubj" if own is None else "dep")
    if own is not None:
        own.dep_ = "nsubj"
        for child in list(verb.lefts):
            if child.i < own.i and child.dep_ in ("det", "amod", "compound", "nmod:poss"):
                child.head = own  # "This"
    verb.pos_, verb.tag_ = "VERB", "VBZ"


def _repair_adjective_verbs(sent) -> None:
    """A finite verb with a subject of its own hung as an adjective of the noun after it
    ("The famine killed 1,000 people" parsed with "killed" as an amod of "people") becomes
    the clause's head, and the noun its object."""
    for verb in sent:
        noun = verb.head
        if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBZ", "VBP") or noun.i <= verb.i \
                or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            continue
        _promote(verb, noun, "obj")


def _repair_according_relative(sent) -> None:
    """"According to the report the ILO published in June, 40 workers died" parsed with
    "published" as the sentence's verb, and the clause after the comma below it: the verb
    before the comma describes the report, and the clause after it is the sentence."""
    root = _root(sent)
    if root is None or root.pos_ != "VERB":
        return
    source = next((c for c in root.children if c.dep_ == "obl" and c.i < root.i
                   and any(g.lower_ == "according" for g in c.children)), None)
    who = _child(root, ("nsubj",))
    if source is None or who is None or not source.i < who.i < root.i:
        return
    comma = next((t for t in sent[root.i + 1 :] if t.text == "," and t.head.i == root.i), None)
    main = next((c for c in root.children if comma is not None and c.i > comma.i
                 and c.dep_ in ("advcl", "parataxis", "ccomp", "conj") and c.pos_ == "VERB"
                 and any(g.dep_.startswith("nsubj") for g in c.children)), None)
    if main is None:
        return
    for child in list(root.children):
        if child.i > comma.i and child.i != main.i:
            child.head = main
    main.head, main.dep_ = main, "ROOT"
    source.head = main
    root.head, root.dep_ = source, "acl:relcl"


def _repair_partitive_relative(sent) -> None:
    """"900 migrants, of whom 45 were identified as victims", "60 cases, of which 12 resulted in
    convictions": the relative clause describes the noun before the comma (the parser hung it from
    the sentence's verb, or "which" as the figure's determiner); "of whom" picks from that noun."""
    figures = _figure_positions(sent)
    for pronoun in sent:
        if pronoun.lower_ not in ("which", "whom") or pronoun.i < 3 or sent[pronoun.i - 1].lower_ != "of" \
                or sent[pronoun.i - 2].text != "," or pronoun.i + 1 not in figures:
            continue
        noun, figure = sent[pronoun.i - 3], sent[pronoun.i + 1]
        verb = figure.head
        if noun.pos_ not in _NOUNS or figure.dep_ not in _SUBJECTS or verb.pos_ != "VERB" or verb.i < figure.i \
                or any(t.i == noun.i for t in verb.subtree):
            continue
        if pronoun.dep_ == "det":
            pronoun.head, pronoun.dep_ = figure, "nmod"
            sent[pronoun.i - 1].head, sent[pronoun.i - 1].dep_ = pronoun, "case"
        verb.head, verb.dep_ = noun, "acl:relcl"


def _repair_relative_noun_verb(sent) -> None:
    """"Exports to China, which account for about 30 percent of the total, dropped ...": a verb that is
    a noun as well read as the noun "which" determines. It is the verb of a relative clause about
    the phrase before the comma, "which" its subject; that phrase takes the place the noun had."""
    words = _words()
    for pronoun in sent:
        verb = pronoun.head
        if pronoun.lower_ not in ("which", "who", "that") or pronoun.dep_ != "det" or verb.i != pronoun.i + 1 \
                or verb.pos_ != "NOUN" or pronoun.i < 2 or sent[pronoun.i - 1].text != "," \
                or not (verb.lower_ in words["part_verbs"] or verb.lower_ in words["noun_verbs"]):
            continue
        saved = _snapshot(sent)
        if verb.dep_ != "acl:relcl":  # (hung right, only its word and "which" misread)
            antecedent = sent[pronoun.i - 2]
            while antecedent.head.i < pronoun.i - 1 and antecedent.head.i != antecedent.i:
                antecedent = antecedent.head
            if antecedent.pos_ not in _NOUNS or antecedent.head.i == antecedent.i:
                continue
            if verb.head.i != antecedent.i:  # (hung on the phrase already, the phrase keeps its place)
                antecedent.head, antecedent.dep_ = verb.head, verb.dep_
            verb.head, verb.dep_ = antecedent, "acl:relcl"
        verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.lower_.endswith("s") else "VBP"
        pronoun.dep_ = "nsubj"
        for child in verb.children:
            if child.dep_ == "nmod":
                child.dep_ = "obl"
        _keep_if_acyclic(sent, saved)


def _repair_participle_of_those(sent) -> None:
    """"60 percent of those surveyed": the participle describes "those", not the share it was hung from."""
    for participle in sent:
        those = sent[participle.i - 1] if participle.i > 0 else None
        if those is None or those.lower_ not in ("those", "these") or those.dep_ != "nmod":
            continue
        if participle.tag_ == "VBN" and participle.dep_ in ("dep", "acl", "amod") and those.head.i == participle.head.i:
            participle.head, participle.dep_ = those, "acl"
        elif participle.tag_ == "VBD" and participle.dep_ in ("ROOT", "ccomp", "parataxis") and those.head.head.i == participle.i \
                and those.head.dep_ in _SUBJECTS and participle.i + 1 < len(sent) and sent[participle.i + 1].dep_ == "cop" \
                and sent[participle.i + 1].head.head.i == participle.i:
            # "40 percent of those interviewed were women": "interviewed" read as the sentence's verb
            predicate, share = sent[participle.i + 1].head, those.head
            for child in list(participle.children):
                if child.i > predicate.i:
                    child.head = predicate
            rooted = participle.dep_ == "ROOT"
            predicate.head, predicate.dep_ = predicate if rooted else participle.head, participle.dep_
            if rooted:
                for child in list(participle.children):
                    if child.i < those.head.i or child.dep_ == "punct":
                        child.head = predicate
            share.head, share.dep_ = predicate, "nsubj"
            participle.head, participle.dep_, participle.tag_ = those, "acl", "VBN"


def _repair_part_relative(sent) -> None:
    """"heard 45 cases, 30 of which involved forced labor", "rescued 80 people, 50 of whom were minors":
    the parser makes the verb after "of which" an adjective of the noun after it and the figure an
    apposition. The clause describes the noun before the comma: its subject is the figure (a part of
    that noun's set, "of which" its partitive), its object the phrase after the verb."""
    figures = _figure_positions(sent)
    for pronoun in sent:
        if pronoun.lower_ not in ("which", "whom") or pronoun.i < 4 or pronoun.i + 1 >= len(sent) \
                or sent[pronoun.i - 1].lower_ != "of" or pronoun.i - 2 not in figures:
            continue
        span = _figure_span(sent, pronoun.i - 2, figures)
        figure = _span_head(sent[min(span) : max(span) + 1])
        noun, verb = sent[min(span) - 2], sent[pronoun.i + 1]
        if sent[min(span) - 1].text != "," or noun.pos_ not in _NOUNS or figure.dep_ in _SUBJECTS:
            continue
        while noun.dep_ == "nmod" and noun.head.pos_ in _NOUNS and noun.head.i < noun.i:
            noun = noun.head  # "212 victims of trafficking, 64 of whom": whom the set is of is the phrase's head
        copular = verb.pos_ == "AUX" and verb.dep_ == "cop" and verb.head.i > verb.i
        if copular:
            verb = verb.head  # "50 of whom were minors": the predicate heads the clause
        elif not (verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ in ("JJ", "VBN") and verb.lower_.endswith("ed")):
            continue
        end = next((t.i for t in sent[verb.i + 1 :] if t.is_punct), len(sent))
        inside = range(verb.i + 1, end)
        tops = [t for t in sent[verb.i + 1 : end] if t.head.i not in inside or t.head.i == t.i] if not copular else []
        saved = _snapshot(sent)
        if verb.head.i == verb.i:
            # the clause read as the sentence, its main verb as its subject ("the police identified 212 victims ...,
            # 64 of whom were children", "identified" a csubj of "children"): that verb heads the sentence
            main = next((c for c in verb.children if c.i < min(span) and c.dep_ in ("csubj", "ccomp", "advcl", "parataxis", "nsubj")
                         and c.pos_ in ("VERB", "AUX")), None)
            if main is None:
                continue
            main.head, main.dep_ = main, "ROOT"
            for child in list(verb.children):
                if child.is_punct and child.i >= end:
                    child.head = main
        top = next((t for t in tops if any(a.i == t.i for a in noun.ancestors)), None)
        if top is not None:
            # the noun hangs inside the clause's words ("cases" a compound of "labor"): it takes the place of
            # the phrase that held it
            noun.head, noun.dep_ = top.head, top.dep_
        if not copular:
            verb.pos_, verb.tag_ = "VERB", "VBD" if verb.tag_ in ("JJ", "VBN") else verb.tag_
        verb.head, verb.dep_ = noun, "acl:relcl"
        figure.head, figure.dep_ = verb, "nsubj"
        pronoun.head, pronoun.dep_ = figure, "nmod"
        sent[pronoun.i - 1].head, sent[pronoun.i - 1].dep_ = pronoun, "case"
        if len(tops) == 1 and tops[0].pos_ in _NOUNS:
            tops[0].head, tops[0].dep_ = verb, "obj"
        _keep_if_acyclic(sent, saved)


def _snapshot(sent) -> list:
    return [(t, t.head, t.dep_, t.pos_, t.tag_) for t in sent]


def _keep_if_acyclic(sent, saved: list) -> None:
    """A repair that moves several heads keeps its work only if every token still reaches a root;
    otherwise the tree goes back to `saved` (a cycle would hang every walk up the tree)."""
    if not _acyclic(sent):
        for token, head, dep, pos, tag in saved:
            token.head, token.dep_, token.pos_, token.tag_ = head, dep, pos, tag


def _acyclic(sent) -> bool:
    """Whether every token reaches a root of the sentence."""
    for token in sent:
        seen = 0
        while token.head.i != token.i:
            token = token.head
            seen += 1
            if seen > len(sent):
                return False
    return True


def _repair_possessive_of(sent) -> None:
    """"Half of the company's 3,000 employees were laid off" parsed with two subjects, "Half" and
    "employees" (the "of" on either noun or its possessor): the noun "of" opens belongs to the word
    before "of"."""
    for of in sent:
        if of.lower_ != "of" or of.dep_ != "case" or of.i == 0:
            continue
        noun = of.head.head if of.head.dep_ == "nmod:poss" else of.head
        before = sent[of.i - 1]
        if noun.i <= of.i or not noun.dep_.startswith("nsubj") or not before.dep_.startswith("nsubj") \
                or before.head.i != noun.head.i:
            continue
        of.head = noun
        noun.head, noun.dep_ = before, "nmod"


def _repair_predicate_in_relative(sent) -> None:
    """A noun with a copula of its own hung as the object of a relative clause ("About 80 percent of
    those who arrived were women", "women" the object of "arrived"): it is the sentence's predicate,
    and what headed the sentence its subject."""
    root = _root(sent)
    if root is None or root.pos_ not in ("NOUN", "NUM") or _child(root, ("cop",)) is not None:
        return
    for noun in sent:
        if noun.pos_ in _NOUNS and noun.dep_ in ("obj", "obl", "xcomp") and noun.head.dep_ == "acl:relcl" \
                and _child(noun, ("cop",)) is not None and root in list(noun.ancestors):
            noun.head = noun
            _promote(noun, root, "nsubj")
            return


def _repair_figure_compound(sent) -> None:
    """A figure hung as a compound of a noun past a prepositional phrase ("raised $40 million in a
    Series B round", "$ 1,000" a compound of "round"): a compound never spans a preposition. The
    figure takes the noun's place, and the phrase is the verb's ("in a Series B round")."""
    figures = _figure_positions(sent)
    for figure in sent:
        noun = figure.head
        if figure.i not in figures or figure.dep_ != "compound" or noun.i <= figure.i or noun.head.i == noun.i \
                or noun.head.pos_ != "VERB":
            continue
        last = max(_figure_span(sent, figure.i, figures))
        if last + 1 >= noun.i:
            continue
        between = sent[last + 1 : noun.i]
        case = between[0]
        if case.pos_ != "ADP" or case.lower_ == "of":
            continue
        verb = noun.head
        figure.head, figure.dep_ = verb, noun.dep_
        noun.head, noun.dep_ = verb, "obl"
        for token in between:
            if token.i == case.i:
                token.head, token.dep_ = noun, "case"
            elif token.head.i == figure.i or token.head.i == token.i or not (between.start <= token.head.i < between.end):
                token.head, token.dep_ = noun, "compound" if token.dep_ in ("nmod", "nmod:unmarked") else token.dep_
        return


def _repair_figure_before_rate(sent) -> None:
    """A bare figure hung as the number of the noun of its own rate ("from 45 per 1,000 live births",
    "45" a nummod of "births"): what follows "per" is what the figure is counted against, not what it
    counts. The figure takes the noun's place, and the "per" phrase is the figure's."""
    figures = _figure_positions(sent)
    for figure in sent:
        noun = figure.head
        if figure.i not in figures or figure.dep_ != "nummod" or noun.i <= figure.i + 1 or noun.i in figures:
            continue
        per = next((t for t in sent[figure.i + 1 : noun.i] if t.lower_ == "per"), None)
        if per is None or any(t.i in figures and not any(a.i == figure.i for a in t.ancestors) for t in sent[figure.i + 1 : per.i]):
            continue  # (the level it changes to may come between: "from 45 to 22 per 1,000 live births")
        saved = _snapshot(sent)
        if noun.head.i == noun.i:
            figure.head, figure.dep_ = figure, "ROOT"
            for child in list(noun.children):
                if child.i > noun.i or child.dep_ in ("punct", "nsubj", "cop", "aux"):
                    child.head = figure
        else:
            figure.head, figure.dep_ = noun.head, noun.dep_
        for child in list(noun.children):
            if child.i < figure.i and child.dep_ == "case":
                child.head = figure  # "from"
        noun.head, noun.dep_ = figure, "nmod"
        per.head, per.dep_ = noun, "case"
        _keep_if_acyclic(sent, saved)
        return


def _repair_figure_of(sent) -> None:
    """An "of" phrase right after a figure coordinated with a noun, hung on that noun ("convicted
    12 traffickers and 3 of their accomplices", "accomplices" a phrase of "traffickers"): it is
    the figure's, the set the figure picks from."""
    figures = _figure_positions(sent)
    for figure in sent:
        noun = figure.head
        if figure.i not in figures or figure.dep_ != "conj" or noun.pos_ not in _NOUNS or noun.i in figures:
            continue
        last = max(_figure_span(sent, figure.i, figures))
        phrase = next((c for c in noun.children if c.dep_ == "nmod" and c.left_edge.i == last + 1
                       and _has_case(c, ("of",))), None)
        if phrase is not None:
            phrase.head = figure


_LIST_SEPARATORS = frozenset({",", "and", "or"})
_NAME_CASES = frozenset({"in", "at", "from"})


def _named_item(sent, first: int, last: int, noun_allowed: bool):
    """(the counted noun or None, the name's tokens, the position after them) for a figure at
    [first, last] followed by its place or time ("3,000 people in Germany", "1,200 in France"); None
    when no name follows."""
    j, noun = last + 1, None
    if noun_allowed:
        head = next((sent[i].head for i in range(first, last + 1) if sent[i].dep_ == "nummod" and sent[i].head.i > last), None)
        if head is not None and head.pos_ == "NOUN" and head.i <= last + 3 \
                and all(t.dep_ in ("amod", "compound") and t.head.i == head.i for t in sent[last + 1:head.i]):
            noun, j = head, head.i + 1
    if j + 1 >= len(sent) or sent[j].lower_ not in _NAME_CASES:
        return None
    k = j + 1 + (sent[j + 1].lower_ == "the")
    start = k
    while k < len(sent) and sent[k].is_alpha and sent[k].text[0].isupper():
        k += 1
    if k == start or k < len(sent) and not (sent[k].is_punct or sent[k].lower_ in _LIST_SEPARATORS):
        return None
    return noun, sent[j:k], k


def _repair_listed_names(sent) -> None:
    """A list of figures, each with its place or time, the first naming what all count ("hired 3,000
    people in Germany, 1,200 in France and 800 in Spain", "arrested 30 people in Lagos, 12 in Abuja"):
    the parser hangs the places and figures anywhere (a figure as an apposition of the place before
    it). Each later figure is a conjunct of the first item's noun (or figure), and each name its own item's."""
    figures = _figure_positions(sent)
    spans = sorted({(min(_figure_span(sent, i, figures)), max(_figure_span(sent, i, figures))) for i in figures})
    if len(spans) < 2:
        return
    items, next_start = [], None
    for first, last in spans:
        item = _named_item(sent, first, last, noun_allowed=not items)
        joined = items and all(t.lower_ in _LIST_SEPARATORS for t in sent[next_start:first]) and first > next_start
        if item is not None and (not items or joined):
            items.append((first, last, *item))
            next_start = item[2]
            continue
        if len(items) >= 2:
            break
        items, next_start = [], None
        item = _named_item(sent, first, last, noun_allowed=True)
        if item is not None:
            items.append((first, last, *item))
            next_start = item[2]
    if len(items) < 2:
        return
    first, last, noun, name, _ = items[0]
    anchor = noun if noun is not None else _span_head(sent[first:last + 1])

    def hang(token, head, dep) -> None:
        if token.i != head.i and not token.is_ancestor(head):
            token.head, token.dep_ = head, dep

    previous_end = None
    for first, last, _, name, end in items:
        figure = _span_head(sent[first:last + 1])
        if previous_end is not None:
            hang(figure, anchor, "conj")
            for separator in sent[previous_end:first]:
                hang(separator, figure, "cc" if separator.is_alpha else "punct")
        place = name[-1]
        # the first item's place narrows its noun ("people in Germany"); a time is its verb's ("arrested ... in March")
        timed = place.lower_ in _words()["time_words"] and previous_end is None and anchor.head.pos_ == "VERB"
        hang(place, anchor.head if timed else anchor if previous_end is None else figure, "obl" if timed else "nmod")
        for token in name[:-1]:
            hang(token, place, "case" if token.lower_ in _NAME_CASES else "det" if token.lower_ == "the" else "compound")
        previous_end = end


def _repair_moved_by(sent) -> None:
    """A verb, an object and a figure followed by "higher" or "lower" ("pulled the healthcare sector
    0.68 percent lower", "sent shares 5 percent lower"): the parser reads the object into the
    figure's phrase or the figure as a conjunct of the object. The object is the verb's, the figure
    measures the comparative, and the comparative is the verb's complement."""
    figures = _figure_positions(sent)
    comparatives = _words()["comparatives"]
    for moved in sent:
        if moved.lower_ not in comparatives or moved.i - 1 not in figures:
            continue
        span = sorted(_figure_span(sent, moved.i - 1, figures))
        figure = _span_head(sent[span[0]:span[-1] + 1])
        verb = next((a for a in moved.ancestors if a.pos_ == "VERB"), None) \
            or next((a for a in figure.ancestors if a.pos_ == "VERB"), None)
        if verb is None or verb.i >= span[0] - 1:
            continue
        between = sent[verb.i + 1:span[0]]
        if not len(between) or between[-1].pos_ not in _NOUNS or any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") for t in between):
            continue
        obj = between[-1]
        region = {t.i for t in between}
        for token in between:
            if token.i != obj.i and token.head.i not in region:
                token.head = obj
                if token.pos_ in _NOUNS:
                    token.dep_ = "compound"
        if obj.is_ancestor(verb) or figure.is_ancestor(verb) or moved.is_ancestor(verb):
            continue
        obj.head, obj.dep_ = verb, "obj"
        moved.head, moved.dep_ = verb, "xcomp"
        figure.head, figure.dep_ = moved, "obl:npmod"


def _repair_with_at(sent) -> None:
    """"with carbon levels at 1200 parts per million", "with unemployment at 4 percent": the figure
    after "at" is the level of the noun "with" introduces, which the parser hangs beside it on
    the verb (and tags as an adjective when it ends in -ment or -ion)."""
    figures = _figure_positions(sent)
    for at in sent:
        if at.lower_ != "at" or at.dep_ != "case" or at.head.i not in figures and not any(
                c.i in figures for c in at.head.children) or at.i < 3:
            continue
        figure = at.head
        noun = sent[at.i - 1]
        while noun.head.i != noun.i and noun.head.i < at.i and noun.dep_ in ("compound", "amod", "det", "flat") \
                and noun.head.i > noun.i:
            noun = noun.head
        if noun.pos_ not in _NOUNS + ("ADJ",) or not _has_case(noun, ("with",)) \
                or figure.is_ancestor(noun) or noun.i in figures:
            continue
        if noun.pos_ == "ADJ":
            noun.pos_, noun.tag_ = "NOUN", "NN"
        figure.head, figure.dep_ = noun, "nmod"


def _repair_agreement_verb(sent) -> None:
    """A noun the tagger read as a plural present verb after a singular noun, with the real verb
    in -ed after it ("The labor inspectorate employed 120 inspectors": "inspectorate" the verb,
    "employed" an adjective of its object). A singular noun takes no such verb; the word is the
    subject's head and the word in -ed the verb."""
    for noun in sent:
        verb = sent[noun.i + 1] if noun.i + 1 < len(sent) else None
        before = sent[noun.i - 1] if noun.i > 0 else None
        if noun.tag_ != "VBP" or verb is None or before is None or before.tag_ != "NN" or before.head.i != noun.i \
                or not before.dep_.startswith("nsubj") or verb.tag_ not in ("VBD", "VBN") or not verb.lower_.endswith("ed") \
                or any(c.dep_.startswith("aux") for c in verb.children) or verb.head.i < noun.i:
            continue
        _promote(verb, noun, "nsubj")
        noun.pos_, noun.tag_ = "NOUN", "NN"
        verb.pos_, verb.tag_ = "VERB", "VBD"
        before.dep_ = "compound"
        for child in list(noun.children):
            if child.i > verb.i:
                child.head = verb  # its object, and what follows
        return


def _repair_parallel_count(sent) -> None:
    """A counted noun after "and" hung as a conjunct of a noun inside the earlier counted noun's
    phrase ("nine persons focused on trafficking and 23 persons focused on migrant smuggling", the
    23 persons a conjunct of "trafficking"): two counts side by side, the second a conjunct of
    the first, whose phrase then ends before "and"."""
    figures = _figure_positions(sent)
    counted = {t.head.i for t in sent if t.i in figures and t.dep_ == "nummod" and t.head.pos_ in _NOUNS}
    for noun in sent:
        inner = noun.head
        if noun.i not in counted or noun.dep_ != "conj" or inner.i in counted or inner.pos_ not in _NOUNS \
                or inner.i > noun.i or not any(c.dep_ == "cc" for c in noun.children):
            continue
        # the nearest counted noun before it, when the conjunct's noun lies in its phrase
        earlier = max((i for i in counted if i < inner.i), default=None)
        if earlier is not None and sent[earlier].is_ancestor(inner) and not noun.is_ancestor(sent[earlier]):
            noun.head = sent[earlier]


def _repair_absolute_participle(sent) -> None:
    """An absolute phrase after a list ("95 victims, 60 women and 35 girls, and two forced labor
    victims, gender not specified"), whose participle the parser gave the list's first noun as
    its subject: the noun right before the participle is its subject, and the list's noun an
    apposition of the noun before its comma."""
    for verb in sent:
        if verb.tag_ != "VBN" or any(c.dep_.startswith("aux") for c in verb.children) or verb.i < 3:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i), None)
        before = verb.i - 1
        while before > 0 and sent[before].dep_ == "advmod" and sent[before].head.i == verb.i:
            before -= 1
        noun = sent[before]
        if subject is None or noun.pos_ not in _NOUNS or noun.i == subject.i or not subject.is_ancestor(noun):
            continue
        noun_start = min(t.i for t in noun.subtree if not t.is_punct and t.dep_ != "cc")
        subject_start = min(t.i for t in subject.subtree if not t.is_punct and t.dep_ != "cc")
        if noun_start < 2 or subject_start < 2 or sent[noun_start - 1].text != "," or sent[subject_start - 1].text != ",":
            continue
        listed = sent[subject_start - 2]
        if listed.pos_ not in _NOUNS or verb.is_ancestor(listed):
            continue
        noun.head, noun.dep_ = verb, "nsubj:pass"
        subject.head, subject.dep_ = listed, "appos"


def _repair_year_to_figure(sent) -> None:
    """"rose 12 percent in 2019 to 4.5 million units": the parser reads "2019 to 4.5 million" as
    one range of numbers. The year dates the verb, and "to" the level its figure reached."""
    figures = _figure_positions(sent)
    for year in sent:
        i = year.i
        if i + 2 not in figures or i < 1 or sent[i + 1].lower_ != "to" or sent[i - 1].lower_ not in ("in", "during") \
                or not _YEAR_TOKEN.fullmatch(year.text):
            continue
        if year.dep_ == "obl" and sent[i + 2].head.i != year.i:
            continue  # the year dates the verb already, and the figure is not its (it was: "in 2010 to 85 percent")
        verb = next((a for a in year.ancestors if a.pos_ == "VERB"), None)
        if verb is None or verb.i > i:
            continue
        last = max(_figure_span(sent, i + 2, figures))
        figure = _span_head(sent[i + 2:last + 1])
        after = sent[last + 1] if last + 1 < len(sent) else None
        level = after if after is not None and after.pos_ == "NOUN" and after.i not in figures else figure
        for token, head, dep in ((year, verb, "obl"), (sent[i - 1], year, "case"), (level, verb, "obl"),
                                 (sent[i + 1], level, "case")):
            token.head, token.dep_ = head, dep
        if level.i != figure.i:
            figure.head, figure.dep_ = level, "nummod"
        for token in sent[i + 2 : last + 1]:
            if token.head.i == year.i and token.i != figure.i:
                token.head, token.dep_ = figure, "nummod"  # the figure's number, left under the year


def _repair_level_under_change(sent) -> None:
    """"Sales fell by 2,000 to 9,000 in 2020": the parser hangs the level reached from the change
    ("by 2,000 to 9,000"), which leaves the change without the verb's year. Both tell of the verb."""
    figures = _figure_positions(sent)
    direction_of = _words()["direction_of"]
    for level in sent:
        change = level.head
        if level.i not in figures or level.dep_ != "nmod" or change.i not in figures or change.i > level.i \
                or change.head.lower_ not in direction_of or change.head.pos_ != "VERB" \
                or not _has_case(level, ("to",)):
            continue
        level.head, level.dep_ = change.head, "obl"


def _repair_term_on_object(sent) -> None:
    """"The court sentenced the two men to 15 years in prison": the parser hangs the term ("to 15
    years") on whom it is given to, which makes the men's phrase hold their sentence. A term after
    "to" tells of the verb that gives it (syntax.toml's `duration_nouns`), never of a person. The
    "to" may hang on the first of two numbers ("to 15 and 12 years"): it is the term's."""
    figures = _figure_positions(sent)
    giving = _words()["action_nouns"]["duration"]
    for term in sent:
        person, to = term.head, term.left_edge
        verb = person.head
        if term.dep_ != "nmod" or person.dep_ != "obj" or verb.lower_ not in giving or verb.pos_ != "VERB" \
                or to.lower_ != "to" or to.dep_ != "case":
            continue
        # the term's own figure, not one in a clause about it ("to prison terms ranging from 2 to 15 years")
        clauses = {t.i for c in term.children if c.dep_.startswith("acl") for t in c.subtree}
        if not any(t.i in figures and t.i not in clauses for t in term.subtree):
            continue
        term.head, term.dep_ = verb, "obl"
        to.head = term


def _repair_figure_after_date(sent) -> None:
    """"In 2017, 186 were victims of sex trafficking", "Last year, 186 were victims", "In 2019,
    1,200 workers, or nearly 15 percent, were dismissed": the parser hangs a figure (or the noun
    it counts) that opens its clause from the date before it. Followed by a finite verb, past a
    share restating it, the figure is the clause's subject, and the date dates that clause."""
    figures = _figure_positions(sent)
    for figure in sent:
        date = figure.head
        if figure.dep_ in _SUBJECTS or date.i >= figure.i or date.i in figures \
                or not (_YEAR_SPAN_TOKEN.fullmatch(date.text) or date.lower_ in _words()["time_words"]):
            continue
        if figure.i in figures:
            span = _headed_span(sent, figure, figures)
            first = figure.i
        else:
            # "In 2019, 1,200 workers were dismissed": the figure's noun is what opens the clause
            number = next((c for c in figure.children if c.dep_ == "nummod" and c.i in figures), None)
            span = {figure.i} if figure.pos_ in _NOUNS and number is not None and figure.right_edge.i == figure.i else None
            first = min(_figure_span(sent, number.i, figures)) if span is not None else figure.i
        if span is None or min(span) < figure.i or max(span) + 1 >= len(sent) \
                or any(sent[j].text != "," for j in range(date.i + 1, first)):
            continue
        after = max(span) + 1
        restated = _restated_after(sent, after, (date.i, figure.i))
        if restated is not None:
            after = restated.right_edge.i + 2  # "1,200 workers, or nearly 15 percent, were dismissed"
        verb = sent[after] if after < len(sent) else None
        if verb is None or verb.tag_ not in _FINITE_TAGS:
            continue
        predicate = verb if verb.pos_ == "VERB" else verb.head if verb.dep_ in ("cop", "aux", "aux:pass") and verb.head.i > verb.i else None
        if predicate is None:
            continue
        if restated is not None:
            restated.head = figure
        figure.head, figure.dep_ = predicate, "nsubj:pass" if _is_passive(predicate) else "nsubj"
        if date.head.i != predicate.i and not any(a.i == predicate.i for a in date.ancestors):
            date.head, date.dep_ = predicate, "obl" if any(c.dep_ == "case" for c in date.children) else "obl:unmarked"


def _restated_after(sent, comma: int, holders: tuple[int, ...]):
    """The conjunct in ", or nearly 15 percent," starting at `comma`, when it hangs from one of
    `holders` and a comma closes it; None otherwise."""
    if comma + 2 >= len(sent) or sent[comma].text != "," or sent[comma + 1].lower_ != "or":
        return None
    conjunct = sent[comma + 1].head
    if conjunct.dep_ != "conj" or conjunct.head.i not in holders or conjunct.i < comma \
            or conjunct.right_edge.i + 2 >= len(sent) or sent[conjunct.right_edge.i + 1].text != ",":
        return None
    return conjunct


def _repair_figure_conjunct(sent) -> None:
    """"fines of 500,000 pesos for individuals and 1 million pesos for companies", "allocated $2 million
    for shelters and $500,000 for hotlines": the parser coordinates the second sum with the noun or the
    verb the first hangs from. It is the first sum's conjunct: the same kind of money, for something else."""
    figures = _figure_positions(sent)
    for second in sent:
        holder = second.head
        if second.dep_ != "conj" or second.i not in figures or holder.i in figures or holder.pos_ not in ("NOUN", "VERB") \
                or _headed_span(sent, second, figures) is None:
            continue
        first = next((c for c in holder.children if c.i in figures and c.i < second.i
                      and (c.dep_ == "nmod" and holder.pos_ == "NOUN" or c.dep_ == "obj" and holder.pos_ == "VERB")), None)
        # or "a price of 2,435,000 yen for the manual version and 2,380,000 yen for ...", coordinated with the first
        # sum's phrase, which the parser hung beside the sum: the phrase is the sum's
        beside = first is None and holder.dep_ == "nmod" and holder.pos_ == "NOUN"
        if beside:
            first = next((c for c in holder.head.children if c.i in figures and c.dep_ == "nmod" and c.i < holder.i), None)
        if first is None or first.pos_ != second.pos_:
            continue
        if beside:
            holder.head = first
        second.head = first


def _repair_adjective_conjunct(sent) -> None:
    """A participle tagged as an adjective, coordinated with a verb and holding an object of its
    own ("The blast killed a policeman and wounded 20 bystanders") is a verb."""
    for verb in sent:
        if verb.pos_ == "ADJ" and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.lower_.endswith("ed") \
                and any(c.dep_ == "obj" for c in verb.children):
            verb.pos_, verb.tag_ = "VERB", "VBD"


def _repair_verb_in_object(sent) -> None:
    """A verb read into the object of the verb before it ("Police killed a civilian and injured
    two others" parsed as one object, "a civilian-and-injured two others"): the singular article
    cannot count the plural noun, so the words before "and" are the first verb's object and
    the verb after it a second verb, with the counted noun its object."""
    for verb in sent:
        earlier = verb.head
        if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN", "JJ") or not verb.lower_.endswith("ed") \
                or verb.i + 2 >= len(sent) or sent[verb.i - 1].lower_ != "and" or earlier.dep_ != "amod":
            continue
        noun = earlier.head
        article = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < earlier.i), None)
        if article is None or noun.tag_ != "NNS" or noun.dep_ != "obj" or noun.head.pos_ != "VERB" \
                or not any(c.dep_ == "nummod" and verb.i < c.i < noun.i for c in noun.children):
            continue
        first = noun.head
        article.head = earlier
        earlier.head, earlier.dep_, earlier.pos_, earlier.tag_ = first, "obj", "NOUN", "NN"
        verb.head, verb.dep_, verb.pos_, verb.tag_ = first, "conj", "VERB", "VBD"
        noun.head = verb
        sent[verb.i - 1].head = verb  # the "and"


def _repair_copular_conjuncts(sent) -> None:
    """Two copular clauses joined by "and" ("The charge stored was 2.5 F and the voltage across it
    was 5 volts") read as one: the first predicate, with the second clause's subject as its
    conjunct, made that clause's subject. A predicate with a copula of its own heads its own clause;
    the conjunct is the second clause's subject."""
    for first in sent:
        second = first.head
        if first.dep_ not in ("nsubj", "nsubj:pass") or second.i <= first.i \
                or not any(c.dep_ == "cop" and c.i < first.i for c in first.children) \
                or not any(c.dep_ == "cop" and c.i > first.i for c in second.children):
            continue
        subject = next((c for c in first.children if c.dep_ == "conj" and c.pos_ in _NOUNS + ("PRON",)
                        and any(g.dep_ == "cc" for g in c.children)), None)
        if subject is None:
            continue
        _promote(first, second, "conj")
        subject.head, subject.dep_ = second, "nsubj"
        for joiner in [c for c in subject.children if c.dep_ in ("cc", "punct") and c.i < subject.i]:
            joiner.head = second
        return


def _repair_subject_in_conjunct(sent) -> None:
    """A second clause's subject read as a conjunct of the first clause's object, its verb left
    without a subject ("The stock dropped to $8.29 and Kangmei also dropped to 4.10 yuan", with
    "Kangmei" a second "$"): the name after "and" is the subject of the finite verb that follows it,
    and that verb the first one's conjunct."""
    for verb in sent:
        if verb.dep_ not in ("xcomp", "ccomp", "advcl", "parataxis", "dep", "conj") or verb.pos_ not in ("VERB", "AUX"):
            continue
        finite = verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ in ("VBG", "VBN") and any(
            c.dep_.startswith("aux") and c.tag_ in _FINITE_TAGS for c in verb.children)  # "800,000 pensioners were not claiming"
        if not finite \
                or verb.head.pos_ != "VERB" or verb.head.i > verb.i or _child(verb, _SUBJECTS + ("expl",)) is not None:
            continue
        last = verb.i - 1
        while last > 0 and sent[last].pos_ in ("ADV", "AUX", "PART") and sent[last].head.i == verb.i:
            last -= 1
        head = sent[last]
        phrase = [t for t in head.subtree if t.i <= last and t.dep_ not in ("cc", "punct")]
        if head.pos_ in _NOUNS and head.dep_ == "conj" and head.head.i == verb.head.i \
                and [t.i for t in phrase] == list(range(phrase[0].i, last + 1)) and phrase[0].i > 0 \
                and sent[phrase[0].i - 1].lower_ in ("and", "but") and sent[phrase[0].i - 1].head.i == head.i:
            # a whole noun phrase conjoined to the first clause's verb or a word of it: "... but 800,000 eligible
            # pensioners were not claiming the money"
            head.head, head.dep_ = verb, "nsubj"
            sent[phrase[0].i - 1].head = verb
            verb.dep_ = "conj"
            continue
        first = last
        while first > 0 and sent[first - 1].pos_ in _NOUNS and sent[last].pos_ in _NOUNS:
            first -= 1
        name = sent[first:last + 1]
        if last <= 0 or not len(name) or any(t.pos_ not in _NOUNS for t in name) or first < 1 \
                or sent[first - 1].lower_ not in ("and", "but") or sent[first - 1].dep_ != "cc":
            continue
        # the name hangs in the first clause, after its verb (a conjunct, an apposition of its last phrase)
        if not any(t.dep_ in ("conj", "appos") and verb.head.i < t.head.i < first for t in name) \
                or any(not verb.head.i < t.head.i <= last for t in name):
            continue
        for token in name:
            if token.i != head.i:
                token.head, token.dep_ = head, "compound" if token.pos_ == "NOUN" or head.pos_ == "NOUN" else "flat"
        head.head, head.dep_ = verb, "nsubj"
        sent[first - 1].head = verb
        verb.dep_ = "conj"


def _repair_clause_as_noun_conjunct(sent) -> None:
    """"Police arrested 20 people, and courts convicted 12": the second clause's subject read as a
    conjunct of the first verb, and its verb as a participle describing it. The verb is the first
    one's conjunct, the noun its subject, and the figure it governs its object."""
    figures = _figure_positions(sent)
    for verb in sent:
        noun = verb.head
        if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or noun.pos_ not in _NOUNS or noun.dep_ != "conj" \
                or noun.head.pos_ != "VERB" or noun.head.i > noun.i or verb.i != noun.i + 1:
            continue
        cc = next((c for c in noun.children if c.dep_ == "cc" and c.lower_ in ("and", "but")), None)
        complement = next((c for c in verb.children if c.dep_ in ("obj", "xcomp") and c.i > verb.i
                           and (c.i in figures or c.pos_ in _NOUNS)), None)
        if cc is None or complement is None:
            continue
        verb.head, verb.dep_ = noun.head, "conj"
        noun.head, noun.dep_ = verb, "nsubj"
        cc.head = verb
        complement.dep_ = "obj"


def _repair_number_heads(sent) -> None:
    """A number the parser made the head of the plural noun right after it ("allocated €277,000 to
    two NGOs responsible for ...", with "NGOs" hung under "responsible", an adjective of "two"):
    the noun takes the number's place in the tree, the number counts it, and what the number
    held (its preposition, its adjective) is the noun's."""
    for number in sent:
        if number.pos_ != "NUM" or number.dep_ in ("nummod", "compound", "flat", "fixed") or number.i + 1 >= len(sent):
            continue
        noun = sent[number.i + 1]
        if noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NNS", "NNPS") or noun.head.i == number.i \
                or _has_case(noun):
            continue
        if number not in list(noun.ancestors):
            if noun.dep_ != "nummod" or number in list(noun.subtree):
                continue
            noun.head = noun  # a plural noun hung as a number beside the number before it: set free, then promoted
        _promote(noun, number, "nummod")
        for child in list(number.children):
            child.head = noun


def _repair_postnominal_adjective(sent) -> None:
    """An adjective with a complement of its own right after a noun describes that noun, not one
    further back ("allocated €277,000 to two NGOs responsible for coordinating care": not money
    responsible for care)."""
    for adjective in sent:
        if adjective.pos_ != "ADJ" or adjective.dep_ != "amod" or adjective.i == 0:
            continue
        noun = sent[adjective.i - 1]
        if noun.pos_ not in _NOUNS or adjective.head.i >= noun.i or noun in list(adjective.ancestors) \
                or not any(c.dep_ in ("obl", "xcomp", "ccomp", "advcl") for c in adjective.rights):
            continue
        adjective.head = noun


def _repair_adjective_subject(sent) -> None:
    """A subject the tagger called a noun and the parser an adjective ("Unemployment among young people
    aged 15 to 24 reached 27 percent", capitalised at the start), whose prepositional phrase the parser
    then made an oblique, which no noun phrase keeps: the word is a noun and the phrase its modifier."""
    for word in sent:
        if word.pos_ != "ADJ" or not word.tag_.startswith("NN") or word.dep_ not in _SUBJECTS \
                or any(c.dep_ in ("cop", "nsubj") for c in word.children):
            continue
        word.pos_ = "PROPN" if word.tag_.startswith("NNP") and not word.is_sent_start else "NOUN"
        for child in word.rights:
            if child.dep_ == "obl" and any(g.dep_ == "case" for g in child.children):
                child.dep_ = "nmod"


def _repair_hyphenated_modifier(sent) -> None:
    """Words joined by hyphens before a noun ("The debt-to-GDP ratio rose to 90 percent"), which the
    parser split into a phrase of their own with the noun hung under it: the joined words modify the
    noun, and the noun takes their place in the sentence."""
    for noun in sent:
        if noun.pos_ not in _NOUNS or noun.i < 3 or not sent[noun.i - 1].whitespace_:
            continue
        start = noun.i - 1
        while start > 0 and not sent[start - 1].whitespace_:
            start -= 1
        while start < noun.i and sent[start].is_punct:
            start += 1  # an opening bracket or quote is not one of the joined words
        run = range(start, noun.i)
        if len(run) < 3 or not any(sent[i].tag_ == "HYPH" for i in run) or noun.head.i not in run:
            continue
        top = next((sent[i] for i in run if sent[i].head.i not in run or sent[i].head.i == i), None)
        if top is None or top.i != noun.head.i:
            continue
        _promote(noun, top, "compound")
        for child in list(top.children):
            if child.i not in run:
                child.head = noun  # "The": the noun's
        last = sent[noun.i - 1]
        if last.i != top.i and last.head.i != noun.i:
            # the word next to the noun is what modifies it, the others hang within the joined words
            last.head, last.dep_ = noun, "compound"
            top.head = last


def _repair_comparative_share(sent) -> None:
    """A share kept as written ("More than half of the 204 goods are ...") that the parser hung under its
    comparative ("More", with "half" an oblique of it): the share heads its phrase, the comparative
    modifies it, and in a clause with no subject the share is the subject."""
    for more in sent:
        if more.lower_ not in ("more", "less", "fewer") or more.tag_ not in ("JJR", "RBR"):
            continue
        share = next((c for c in more.rights if c.pos_ in _NOUNS + ("NUM",)
                      and _has_case(c, ("than",))), None)
        if share is None or not any(c.dep_ == "nmod" and any(g.lower_ == "of" for g in c.children) for c in share.children):
            continue
        head = more.head
        subjectless = head.i != more.i and more.dep_ == "advmod" \
            and not any(c.dep_.startswith(("nsubj", "csubj")) for c in head.children)
        _promote(share, more, "advmod")
        if subjectless:
            share.dep_ = "nsubj"


def _repair_relative_verb(sent) -> None:
    """A verb in -s right after a relative pronoun that the tagger read as a noun compounded
    with its object ("the penal code, which prescribes penalties of ...": "which" a determiner,
    "prescribes penalties" one noun), or a verb in -ed read as its object's adjective ("revisions,
    which reduced nonfarm employment by 7,000"): the verb heads the relative clause, the pronoun
    is its subject and the noun its object."""
    for verb in sent:
        noun = verb.head
        as_noun = verb.pos_ in ("NOUN", "PROPN") and verb.lower_.endswith("s") and verb.dep_ == "compound"
        as_adjective = verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN")  # "which reduced nonfarm employment"
        if not (as_noun or as_adjective) or noun.i <= verb.i or verb.i == 0 or noun.i == noun.head.i:
            continue
        pronoun = sent[verb.i - 1]
        if pronoun.tag_ not in ("WDT", "WP") or pronoun.head.i not in (verb.i, noun.i):
            continue
        for child in list(noun.children):
            if child.i < verb.i:
                child.head = verb  # the comma before "which"
        verb.pos_, verb.tag_ = "VERB", ("VBZ" if as_noun else "VBD")
        _promote(verb, noun, "obj")
        pronoun.head, pronoun.dep_ = verb, "nsubj"


def _repair_coordinated_verb_in_s(sent) -> None:
    """A verb in -s after "and" that the tagger read as a singular noun compounded with its
    object, coordinated with an earlier verb in -s ("prohibits most forms of trafficking and
    prescribes penalties of 15 to 20 years": "prescribes penalties" one noun): the word is the
    earlier verb's conjunct, the noun its object. A singular noun in -s is rare ("series",
    "business"), and one after "and" hung on a phrase that an earlier verb in -s governs rarer."""
    for verb in sent:
        noun = verb.head
        if verb.tag_ != "NN" or verb.dep_ != "compound" or noun.i != verb.i + 1 or noun.dep_ != "conj" \
                or verb.i == 0 or sent[verb.i - 1].lower_ not in ("and", ",") \
                or not re.search(r"[^s]s$", verb.lower_) or not re.search(r"(?:es|ts)$", verb.lower_):
            continue
        earlier = next((a for a in noun.ancestors if a.pos_ == "VERB" and a.tag_ == "VBZ" and a.i < verb.i), None)
        if earlier is None:
            continue
        verb.tag_ = "VBZ"
        _coordinate(verb, noun, earlier, "conj")


def _repair_opening_participle(sent) -> None:
    """A participle opening the sentence up to a comma ("Excluding major events, the average
    duration was ...") that the parser made the subject of the main clause, with its object as a
    subject too: the participle modifies the main clause, its noun is its object, and the noun
    after the comma that the parse hung inside the opening is the main clause's subject."""
    first = sent[0]
    root = first.head
    if first.tag_ != "VBG" or first.dep_ not in ("csubj", "nsubj") or root.i <= first.i:
        return
    comma = next((t for t in sent[1:9] if t.text == ","), None)
    if comma is None or root.i < comma.i:
        return
    opening = range(0, comma.i + 1)
    for t in sent[1:comma.i]:
        if t.dep_.startswith("nsubj") and t.head.i not in opening:
            t.head, t.dep_ = first, "obj"  # "major events"
    subject = None
    for t in sent[comma.i + 1:root.i]:
        if t.head.i not in opening:
            continue
        if t.pos_ in _NOUNS:
            subject = t
        elif t.pos_ == "VERB":
            # "the average duration of interruptions customers experienced": the noun is the verb's subject
            subject = next((c for c in t.children if c.dep_.startswith("nsubj") and c.i < t.i and c.pos_ in _NOUNS), None)
            if subject is not None:
                t.head, t.dep_ = subject, "acl:relcl"
        break
    first.head, first.dep_ = root, "advcl"
    comma.head = first
    if subject is not None and not any(c.dep_.startswith("nsubj") and c.i > comma.i for c in root.children):
        subject.head, subject.dep_ = root, "nsubj"


def _repair_opening_set(sent) -> None:
    """A clause opening with the set its figure picks from ("Of the 2,300 cases reviewed, 41 percent
    involved minors", "Of the 1,420 individuals convicted, 300 were women", "... reported that of the
    1,420 individuals convicted, none were victims"), which the parser hangs as the clause's subject or
    head, with a verb in -ed after the figure read as an adjective of the object: the words after the
    comma are the clause, the figure its subject, and the set an "of" phrase of the figure ("41 percent
    of the cases"). Not when the figure counts a noun of its own ("79 persons reported"): that noun is
    its subject."""
    opening = _opening_set(sent)
    if opening is None:
        return
    of, comma, noun, participle, governor = opening
    figures = _figure_positions(sent)
    last = max(_figure_span(sent, _figure_after(sent, comma.i, figures), figures))
    predicate = _set_predicate(sent[last + 1], last) if last + 1 < len(sent) else None
    if predicate is None:
        return
    _hang_opening_set(sent, of, comma, noun, participle, governor, sent[last], predicate)


def _opening_set(sent):
    """(of, comma, the set's noun, a participle describing it or None, the verb a "that" clause
    hangs from or None) of a clause opening "Of the N nouns, ..." or "... that of the N nouns, ...";
    None for any other sentence."""
    out = int(sent[0].lower_ == "out" and sent[1].lower_ == "of")  # "Out of the N nouns, ..."
    of = sent[out] if sent[out].lower_ == "of" else \
        next((t for t in sent[2:] if t.lower_ == "of" and sent[t.i - 1].lower_ == "that"), None)
    # ("Of 1,200 companies inspected": "Of" may be read as an adverb of the participle)
    if of is None or of.dep_ not in ("case", "mark", "advmod") or len(sent) < of.i + 6:
        return None
    figures = _figure_positions(sent)
    # the comma the clause's figure follows (the set may hold commas of its own: "the 469 NDS, ANP, and ... detainees")
    comma = next((t for t in sent[of.i + 1:] if t.text == "," and _figure_after(sent, t.i, figures) is not None), None)
    noun = of.head
    if comma is None or not of.i < noun.i < comma.i or comma.i + 2 >= len(sent):
        return None
    participle = None
    if noun.pos_ == "VERB" and noun.tag_ in ("VBD", "VBN"):
        # "Of the 2,300 cases reviewed, ...", with "cases" the subject of "reviewed": the participle describes them
        participle, noun = noun, next((c for c in noun.children if c.dep_.startswith("nsubj") and c.i == noun.i - 1), noun)
    elif noun.dep_.startswith("nsubj") and noun.head.i == noun.i + 1 and noun.head.tag_ in ("VBD", "VBN") and noun.head.i < comma.i:
        participle = noun.head  # the same, with the case hung on the noun
    if noun.pos_ not in _NOUNS and not _partitive(noun):  # "Of these, 40 were victims of forced labor"
        return None
    governor = None
    if of.i > out:
        that = sent[of.i - 1]
        governor = that.head if that.head.i < that.i and that.head.pos_ == "VERB" else \
            next((t for t in reversed(sent[: that.i]) if t.pos_ == "VERB"), None)
        if governor is None:
            return None
    return of, comma, noun, participle, governor


def _figure_after(sent, comma: int, figures: set[int]) -> int | None:
    """The position of the figure right after the comma at `comma`, past at most two words that qualify
    it ("Of the 1,300 cases investigated, only 95 resulted in convictions"); None when none follows."""
    for i in range(comma + 1, min(comma + 4, len(sent))):
        if i in figures:
            return i
        if sent[i].tag_ not in ("RB", "RBR", "IN", "DT", "JJ", "JJR") or sent[i].is_punct:
            return None
    return None


def _set_predicate(after, last: int):
    """The predicate of the clause whose figure ends at `last`, from the word `after` it: the noun
    after a copula ("300 were women"), a verb in -ed read as an adjective of its object, made the
    verb ("41 percent involved minors"), or a finite verb; None otherwise."""
    if after.pos_ == "AUX" and after.dep_ in ("cop", "aux", "aux:pass") and after.head.i > last:
        return after.head
    if after.pos_ in ("ADJ", "VERB") and after.tag_ in ("JJ", "VBN", "VBD") and after.lower_.endswith("ed") \
            and after.head.i > after.i and after.head.pos_ in _NOUNS:
        obj = after.head
        after.pos_, after.tag_ = "VERB", "VBD"
        obj.head, obj.dep_ = after, "obj"
        return after
    if after.pos_ == "VERB" and after.tag_ in ("VBD", "VBZ", "VBP"):
        return after
    if after.pos_ == "VERB" and after.tag_ == "VBN" and after.lower_.endswith("ed") \
            and not any(c.dep_.startswith("aux") for c in after.children):
        after.tag_ = "VBD"  # "45 resulted in convictions": no auxiliary, a past tense
        return after
    return None


def _hang_opening_set(sent, of, comma, noun, participle, governor, figure, predicate) -> None:
    """The words after the comma become the clause of `predicate` (the sentence's head, or the
    complement of `governor`), `figure` its subject, and the opening set an "of" phrase of it."""
    main = range(comma.i + 1, len(sent))
    opening = range(of.i, comma.i)
    if governor is None:
        predicate.head, predicate.dep_ = predicate, "ROOT"
    else:
        for t in sent[: of.i]:
            if t.head.i >= of.i - 1 or t.head.i == t.i:
                t.head, t.dep_ = (t, "ROOT") if t.i == governor.i else (governor, t.dep_ if t.dep_ != "ROOT" else "dep")
        predicate.head, predicate.dep_ = governor, "ccomp"
        sent[of.i - 1].head, sent[of.i - 1].dep_ = predicate, "mark"
    if participle is not None:
        of.head, of.dep_ = noun, "case"
        participle.head, participle.dep_, participle.tag_ = noun, "acl", "VBN"
    for t in sent:
        if t.i in main and t.i != predicate.i and (t.head.i not in main or t.head.i == t.i):
            t.head = predicate
            if t.dep_ == "ROOT":
                t.dep_ = "dep"
        elif t.i in opening and t.i != noun.i and (t.head.i not in opening or t.head.i == t.i):
            t.head = noun
            if t.dep_ == "ROOT":
                t.dep_ = "dep"
    inside = range(comma.i + 1, figure.i + 1)
    for t in sent[comma.i + 1 : figure.i + 1]:
        if t.head.i not in inside:
            t.head, t.dep_ = figure, t.dep_ if t.dep_ not in ("fixed", "dep") else "nummod"
    figure.head, figure.dep_ = predicate, "nsubj"
    noun.head, noun.dep_ = figure, "nmod"
    comma.head, comma.dep_ = predicate, "punct"


def _repair_apposition_root(sent) -> None:
    """A noun after a comma made the sentence's head over the predicate before it ("The life
    expectancy ... was 77.0 years, a decrease of 1.8 years from 2019", with "years" an nmod of
    "decrease"): the predicate, which has a subject and a copula of its own, heads the sentence,
    and the noun is its apposition."""
    root = _root(sent)
    if root is None or root.pos_ not in _NOUNS or root.i == 0:
        return
    predicate = next((c for c in root.lefts if c.dep_ not in ("det", "amod", "compound", "punct", "nummod")
                      and any(g.dep_ == "cop" for g in c.children) and any(g.dep_.startswith("nsubj") for g in c.children)), None)
    if predicate is None or not any(t.text == "," for t in sent[predicate.right_edge.i : root.i]):
        return
    _promote(predicate, root, "appos")
    for child in list(root.children):
        if child.i < predicate.right_edge.i and child.i != predicate.i:
            child.head = predicate


def _repair_comparison_root(sent) -> None:
    """ "compared" after a comma made the sentence's head over the finite verb before it ("Federal
    spending on the program totaled $3.4 billion in FY 2021, compared with $2.9 billion", with
    "totaled" an adjective clause of "spending"): the verb heads the sentence, the noun is its
    subject, and the comparison modifies it."""
    root = _root(sent)
    if root is None or root.lower_ not in ("compared", "comparing") or root.i < 3 or sent[root.i - 1].text != ",":
        return
    verb = next((t for t in sent[: root.i] if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_.startswith("acl")
                 and any(c.dep_ == "obj" for c in t.children)), None)
    subject = verb.head if verb is not None else None
    if subject is None or subject.head.i != root.i or not subject.dep_.startswith("nsubj"):
        return
    _promote(verb, root, "advcl")
    subject.head, subject.dep_ = verb, "nsubj"
    for child in list(root.children):
        if child.i < root.i - 1 and child.i != subject.i:
            child.head = verb


def _repair_verb_after_comparison(sent) -> None:
    """"prosecuted 14 suspects in 2019, compared with 9 in 2018, and convicted seven traffickers": the
    verb after the comparison was coordinated with "compared"; it is the first verb's conjunct, as
    the comparison is set off by commas (and the first verb's year is its year)."""
    for verb in sent:
        compared = verb.head
        if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and compared.lower_ in ("compared", "comparing") \
                and compared.dep_ == "advcl" and compared.head.pos_ == "VERB" and compared.head.tag_ == verb.tag_ \
                and not any(c.dep_ in _SUBJECTS for c in verb.children):
            verb.head = compared.head


def _repair_plural_noun_verb(sent) -> None:
    """A plural noun in -s after a noun, read as the sentence's verb while the real verb after it has
    no subject ("Remittance flows to low- and middle-income countries reached $548 billion", with
    "flows" the verb): the later verb heads the sentence and the two nouns are its subject. Read
    as a verb and as the later verb's subject at once ("Import costs rose"), it is a noun."""
    for token in sent:
        # the same noun already hung as the later verb's subject, with its own "subject" before it ("Import costs rose")
        if token.tag_ == "VBZ" and token.dep_.startswith("nsubj") and token.head.i > token.i and token.i >= 1 \
                and sent[token.i - 1].head.i == token.i and sent[token.i - 1].dep_.startswith("nsubj") \
                and sent[token.i - 1].tag_ in ("NN", "NNP"):
            token.pos_, token.tag_ = "NOUN", "NNS"
            sent[token.i - 1].dep_ = "compound"
    root = _root(sent)
    if root is None or root.tag_ != "VBZ" or root.i < 1 or not root.lower_.endswith("s") \
            or any(c.dep_ in ("obj", "ccomp", "xcomp", "cop") for c in root.children):
        return
    before = sent[root.i - 1]
    if before.tag_ not in ("NN", "NNP") or before.head.i != root.i or not before.dep_.startswith("nsubj"):
        return
    verb = next((c for c in root.rights if c.pos_ == "VERB"
                 and ((c.tag_ in ("VBD", "VBZ", "VBP") and c.dep_ in ("advcl", "conj", "parataxis", "ccomp"))
                      or (c.tag_ == "VBN" and c.dep_ == "acl" and c.i == root.i + 1))  # "Labor costs increased by 2 percent"
                 and not any(g.dep_.startswith("nsubj") for g in c.children)
                 and not any(t.is_punct and t.text != "-" for t in sent[root.i + 1 : c.i])), None)
    if verb is None:
        return
    _promote(verb, root, "nsubj")
    root.pos_, root.tag_ = "NOUN", "NNS"
    before.dep_ = "compound"
    if verb.tag_ == "VBN":
        verb.tag_ = "VBD"
    for child in list(root.children):
        if child.i > verb.i:
            child.head = verb
        elif child.dep_ == "obl":
            child.dep_ = "nmod"


def _repair_reporting_root(sent) -> None:
    """A verb of reporting in -s that the tagger read as a noun heading the sentence, with its
    subject compounded into it and what it reports hung as a relative clause ("The UN estimates
    that 100,000 workers are abroad", "Human Rights Watch estimates 50,000 workers are in Russia"):
    the verb heads the sentence, the name before it is its subject, the clause its complement."""
    roots = [t for t in sent if t.head.i == t.i]
    if len(roots) != 1:
        return
    verb = roots[0]
    if verb.pos_ not in ("NOUN", "PROPN") or verb.i == 0 or not verb.lower_.endswith("s") \
            or verb.lower_ not in _words()["reporting"]:
        return
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ in ("compound", "flat") and c.pos_ in _NOUNS), None)
    clause = next((c for c in verb.rights if c.dep_ in ("acl:relcl", "acl", "ccomp", "parataxis")), None)
    if subject is None or clause is None or sent[verb.i - 1] not in list(subject.subtree):
        return
    for child in list(verb.lefts):
        if child.i != subject.i:
            child.head = subject  # "The" of "The UN"
    verb.pos_, verb.tag_ = "VERB", "VBZ"
    subject.head, subject.dep_ = verb, "nsubj"
    clause.dep_ = "ccomp"
    for child in list(clause.children):
        if child.lower_ == "that" and child.i < clause.i and child.dep_ in ("obj", "nsubj", "mark"):
            child.dep_, child.pos_ = "mark", "SCONJ"


def _repair_source_as_object(sent) -> None:
    """A sentence that ends with who said it, the speaker read as the object of the reported verb and
    the verb of saying as a participle describing it ("Nearly 3,000 workers remain in Russia despite
    the sanctions, the report estimated": "remain ... the report [that was] estimated"): the verb of
    saying heads the sentence, the speaker is its subject and the clause before the comma its
    complement."""
    root = _root(sent)
    if root is None or root.pos_ != "VERB":
        return
    speaker = next((c for c in root.children if c.dep_ in ("obj", "obl", "obl:unmarked") and c.i > root.i and c.pos_ in _NOUNS
                    and c.left_edge.i > 0 and sent[c.left_edge.i - 1].text == ","), None)
    if speaker is None:
        return
    verb = next((c for c in speaker.children if c.dep_ == "acl" and c.i > speaker.i and c.tag_ in ("VBD", "VBN")
                 and c.lower_ in _words()["reporting"] and not any(g.dep_ in ("obj", "ccomp") for g in c.children)), None)
    if verb is None or any(not t.is_punct for t in sent[verb.right_edge.i + 1:]):
        return
    for child in list(root.children):
        if child.i > speaker.i:
            child.head = verb  # the full stop
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    speaker.head, speaker.dep_ = verb, "nsubj"
    root.head, root.dep_ = verb, "ccomp"


def _repair_reported_clause(sent) -> None:
    """A sentence that ends with who said it ("More than 3,000 people attended the protest, police
    said"), parsed with the reported clause's subject as a second subject of "said" and its verb as
    a relative clause of that subject: the verb heads the reported clause, the complement of "said"."""
    verb = _root(sent)
    if verb is None or verb.lower_ not in _words()["reporting"] or verb.pos_ != "VERB":
        return
    speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    reported = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and speaker is not None
                     and c.i < speaker.i), None)
    if reported is None:
        return
    clause = next((c for c in reported.children if c.dep_ in ("acl", "acl:relcl") and c.tag_ in ("VBD", "VBZ", "VBP")
                   and c.i > reported.i and not any(g.dep_ in _SUBJECTS or g.tag_ in ("WDT", "WP") for g in c.children)), None)
    if clause is None or not any(t.text == "," for t in sent[clause.i:speaker.i]):
        return
    clause.head, clause.dep_ = verb, "ccomp"
    reported.head, reported.dep_ = clause, "nsubj"
    for token in sent[clause.i + 1:speaker.i]:
        if token.text == "," and token.head.i == reported.i:
            token.head = verb


def _repair_split_subject(sent) -> None:
    """Two subjects of one verb, the second right after a noun of the first one's phrase ("The budget for
    the labour inspectorate was cut", "labour" read as the phrase's noun and "inspectorate" as a second
    subject): the second is that phrase's noun, the first word its compound. The second right after a
    figure's, opened by "of" ("Nearly 40 percent of the population lives on ..."): it is what the figure
    is a part of."""
    for verb in sent:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if len(subjects) != 2:
            continue
        first, second = subjects
        if first.right_edge.i + 1 == second.left_edge.i and _has_case(second, ("of",)) \
                and any(t.i in _figure_positions(sent) for t in first.subtree):
            saved = _snapshot(sent)
            second.head, second.dep_ = first, "nmod"
            _keep_if_acyclic(sent, saved)
            continue
        before = sent[second.i - 1] if second.i > 0 else None
        if before is None or before.dep_ != "nmod" or before.pos_ not in _NOUNS or before.i in _figure_positions(sent) \
                or not any(a.i == first.i for a in before.ancestors) or any(c.dep_ in ("det", "case") for c in second.children) \
                or second.pos_ not in _NOUNS:
            continue
        saved = _snapshot(sent)
        second.head, second.dep_ = before.head, "nmod"
        for child in list(before.children):
            child.head = second  # "for", "the"
        before.head, before.dep_ = second, "compound"
        _keep_if_acyclic(sent, saved)


def _repair_figure_root(sent) -> None:
    """A figure read as the sentence's head, its verb hung as an adjective of it or of the subject ("The fine
    for employing children was increased [from 20,000 to] 50,000 rupees", "Recruitment agencies charged migrants
    [between] $2,000 [and $5,000]", the parser reading "$ 1,000" alone): the verb heads the sentence, the
    subject and auxiliaries the figure held are the verb's, and the figure is its object (after a passive, its
    oblique)."""
    figures = _figure_positions(sent)
    roots = [t for t in sent if t.head.i == t.i]
    if len(roots) != 1 or roots[0].i not in figures:
        return
    figure = roots[0]
    if any(c.dep_ == "cop" for c in figure.children):
        return  # "The charge stored in the capacitor was 2.5 F": a predicate
    # (or tagged an adjective but with a subject: "The company shut three of its factories")
    verb = next((t for t in sent[: figure.i] if (t.tag_ in ("VBD", "VBN") or t.tag_ == "JJ" and any(c.dep_ == "nsubj" for c in t.children))
                 and t.dep_ in ("amod", "acl") and (t.head.i == figure.i or t.head.head.i == figure.i)), None)
    after = next((t for t in sent[figure.i + 1 :] if t.tag_ == "VBD" and t.dep_ == "acl" and t.head.dep_ == "nmod"
                  and t.head.head.i == figure.i and _has_case(t.head, ("of",))
                  # (not a participle before the verb: "12 of the 150 factories inspected complied")
                  and not any(c.pos_ == "VERB" for c in t.children)), None) if verb is None else None
    if after is not None and _only_finite_verb(sent, after):
        # "Fewer than 1,000 of the estimated 12,000 victims received assistance": the part is the verb's subject
        saved = _snapshot(sent)
        after.head, after.dep_ = after, "ROOT"
        for child in list(figure.children):
            if child.is_punct and child.i > after.i:
                child.head = after
        figure.head, figure.dep_ = after, "nsubj"
        _keep_if_acyclic(sent, saved)
        return
    # a verb coordinated with it the parser hung on the figure ("... and laid off 2,400 workers") is the verb's
    coordinated = [c for c in figure.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > figure.i
                   and any(d.dep_ == "cc" for d in c.children)] if verb is not None else []
    if verb is None or not all(t.i == verb.i or t.pos_ != "VERB" or any(t.i == c.i for c in coordinated) for t in _finite_verbs(sent)):
        return
    saved = _snapshot(sent)
    holder = verb.head
    verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
    if verb.tag_ == "JJ":
        verb.tag_ = "VBD"
    for conjunct in coordinated:
        conjunct.head = verb
    if holder.i != figure.i:
        holder.head, holder.dep_ = verb, "nsubj"  # "agencies [charged ...]": who charged
        if verb.tag_ == "VBN":
            verb.tag_ = "VBD"
    for child in list(figure.children):
        if child.dep_.startswith("nsubj") or child.dep_ in ("aux", "aux:pass", "punct") or (child.dep_ == "advmod" and child.i < verb.i):
            child.head = verb
    passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children)
    obj = next((c for c in verb.children if c.dep_ == "obj" and c.i < figure.i), None)
    if obj is not None:
        obj.dep_ = "iobj"  # "charged migrants $2,000": whom the money is charged
    figure.head, figure.dep_ = verb, "obl" if passive else "obj"
    _keep_if_acyclic(sent, saved)


def _repair_subject_as_compound(sent) -> None:
    """A subject hung as a compound of its finite verb ("The ministry hired 150 new labour inspectors",
    "ministry" read as an adjective): with no other subject, it is the verb's subject, and the article
    and adjectives before it its own."""
    for verb in sent:
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.pos_ != "VERB" or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        subject = next((c for c in verb.lefts if c.dep_ == "compound" and c.i == verb.i - 1 and c.is_alpha and c.is_lower
                        and c.pos_ in ("NOUN", "ADJ") and not c.tag_.startswith("VB")), None)
        if subject is None:
            continue
        saved = _snapshot(sent)
        for child in list(verb.lefts):
            if child.dep_ in ("det", "amod", "compound", "nmod:poss") and child.i < subject.i:
                child.head = subject
        subject.head, subject.dep_ = verb, "nsubj"
        if subject.pos_ == "ADJ":
            subject.pos_, subject.tag_ = "NOUN", "NNS" if subject.lower_.endswith("s") else "NN"
        _keep_if_acyclic(sent, saved)


def _repair_contact_relative(sent) -> None:
    """A counted noun with a relative clause that has no relative pronoun ("180 individuals officials screened",
    "counted 45 cases the courts dismissed"), read as a compound of the clause's subject, or as a phrase of the
    clause's verb: the noun is what its own verb or preposition governs, and the clause describes it."""
    figures = _figure_positions(sent)
    for noun in sent:
        if noun.tag_ not in ("NNS", "NNPS") or not any(c.dep_ == "nummod" and c.i in figures for c in noun.children):
            continue
        if noun.dep_ == "compound" and noun.head.i == noun.i + 1 and noun.head.tag_ in ("NNS", "NNPS") \
                and noun.head.i + 1 < len(sent):
            # "180 individuals officials screened": "officials" the subject of "screened"
            subject, verb = noun.head, sent[noun.head.i + 1]
            if verb.tag_ not in ("VBD", "VBP") or any(c.dep_ in _SUBJECTS or c.dep_ == "obj" for c in verb.children) \
                    or verb.head.i > verb.i or verb.dep_ not in ("xcomp", "ccomp", "conj", "acl", "dep"):
                continue
            saved = _snapshot(sent)
            for child in list(subject.children):
                if child.i < noun.i:
                    child.head = noun  # "out of"
            noun.head, noun.dep_ = subject.head, subject.dep_
            subject.head, subject.dep_ = verb, "nsubj"
            verb.head, verb.dep_ = noun, "acl:relcl"
            _keep_if_acyclic(sent, saved)
        elif noun.dep_ in ("obl:unmarked", "obl:npmod", "obj") and noun.head.tag_ in ("VBD", "VBP") and noun.head.i > noun.i \
                and noun.head.dep_ in ("ccomp", "xcomp") and noun.head.head.pos_ == "VERB" and noun.head.head.i < noun.i:
            # "counted 45 cases the courts dismissed": "cases" the object of "counted"
            verb, main = noun.head, noun.head.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and noun.i < c.i < verb.i), None)
            if subject is None or any(c.dep_ == "obj" for c in main.children) \
                    or any(c.dep_ == "obj" and c.i != noun.i for c in verb.children):
                continue
            saved = _snapshot(sent)
            noun.head, noun.dep_ = main, "obj"
            verb.head, verb.dep_ = noun, "acl:relcl"
            _keep_if_acyclic(sent, saved)


def _repair_object_under_gerund(sent) -> None:
    """A verb's object hung as an oblique of the -ing clause right after it ("The average household spends 45
    minutes a day collecting water", "minutes" read as how long the collecting takes): with the verb lacking an
    object, it is the verb's, and the -ing clause says what the time or money goes on."""
    figures = _figure_positions(sent)
    for noun in sent:
        gerund = noun.head
        if noun.dep_ not in ("obl:unmarked", "obl:npmod", "obl") or gerund.tag_ != "VBG" or gerund.i < noun.i \
                or gerund.dep_ not in ("advcl", "xcomp") or gerund.head.pos_ != "VERB" or gerund.head.i > noun.i \
                or _has_case(noun) or not any(c.i in figures for c in noun.subtree) \
                or any(c.dep_ in ("obj", "iobj") for c in gerund.head.children):
            continue
        saved = _snapshot(sent)
        noun.head, noun.dep_ = gerund.head, "obj"
        _keep_if_acyclic(sent, saved)


def _closes_clause(sent, token) -> bool:
    """Whether `token`'s phrase ends the sentence or is followed by punctuation."""
    return token.right_edge.i + 1 == len(sent) or sent[token.right_edge.i + 1].is_punct


def _repair_part_aside_phrase(sent) -> None:
    """The phrase closing a part set off after a comma ("4,200 victims, 1,300 of them in the capital"), hung on
    the clause before: it says where that part is, and is the part's; a bare noun there ("40 people, 12 of them
    women") is what the part counts."""
    figures = _figure_positions(sent)
    for pronoun in sent:
        part = pronoun.head
        if pronoun.lower_ not in ("them", "whom", "which") or pronoun.dep_ != "nmod" or not _has_case(pronoun, ("of",)) \
                or part.i not in figures or part.dep_ not in ("appos", "conj", "parataxis", "dep") or part.i > pronoun.i \
                or pronoun.right_edge.i + 2 >= len(sent):
            continue
        opener = sent[pronoun.right_edge.i + 1]
        if opener.pos_ == "NOUN" and opener.tag_ in ("NNS", "NN") and opener.head.i != part.i and opener.i not in figures \
                and any(a.i == opener.head.i for a in part.ancestors) and not any(c.dep_ == "case" for c in opener.children) \
                and _closes_clause(sent, opener):
            # "arrested 40 people, 12 of them women", "women" read as a second object: the noun the part counts
            saved = _snapshot(sent)
            opener.head, opener.dep_ = part.head, part.dep_
            part.head, part.dep_ = opener, "nummod"
            _keep_if_acyclic(sent, saved)
            continue
        phrase = opener.head
        if opener.dep_ != "case" or phrase.pos_ not in _NOUNS or phrase.i in figures or phrase.head.i == part.i \
                or not any(a.i == phrase.head.i for a in part.ancestors) or not _closes_clause(sent, phrase):
            continue
        saved = _snapshot(sent)
        phrase.head, phrase.dep_ = part, "nmod"
        _keep_if_acyclic(sent, saved)


def _repair_verb_conjunct_of_object(sent) -> None:
    """A verb after "and" hung as a conjunct of the object before it ("The project will cost an estimated
    $3.4 billion and employ 1,500 people", "employ" a conjunct of "$"): with an object of its own and no
    subject, it is the first verb's conjunct, and shares its subject."""
    for verb in sent:
        thing = verb.head
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or thing.dep_ != "obj" or thing.head.pos_ != "VERB" \
                or thing.i > verb.i or not any(c.dep_ == "cc" and c.i == verb.i - 1 for c in verb.children) \
                or not any(c.dep_ == "obj" and c.i > verb.i for c in verb.children) \
                or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        saved = _snapshot(sent)
        verb.head = thing.head
        _keep_if_acyclic(sent, saved)


def _repair_verbless_root(sent) -> None:
    """A sentence headed by a noun whose past-tense verb (or a plural's verb in the present), right
    after it and with an object, was hung as its adjective: "The regime collected $500 million" read as
    "the regime [that was] collected $500 million". The verb heads the sentence again,
    the noun is its subject, and what the noun held before it ("In 2016, ...") and the
    rest after the verb are the verb's. So with the object of a verb of reporting: "The UN
    panel said North Korea generated about $120 million" ("Korea [that was] generated")."""
    roots = [t for t in sent if t.head.i == t.i]
    if len(roots) != 1:
        return
    words = _words()
    if roots[0].pos_ in ("NOUN", "PROPN") and not any(t.pos_ == "AUX" for t in sent):
        nouns = [roots[0]]
    else:
        nouns = [t for t in sent if t.dep_ in ("obj", "ccomp") and t.pos_ in ("NOUN", "PROPN") and t.head.lower_ in words["reporting"]]
    for noun in nouns:
        verb = next((c for c in noun.rights if c.dep_ == "acl"), None)
        # a plural noun's verb in the present reads as a bare infinitive ("State-owned enterprises employ 3 million people")
        present = verb is not None and verb.tag_ == "VB" and noun.tag_ in ("NNS", "NNPS") and noun.dep_ == "ROOT" \
            and not _finite_verbs(sent)
        if verb is None or verb.i != noun.i + 1 or verb.pos_ != "VERB" or (verb.tag_ not in ("VBD", "VBN") and not present) \
                or verb.lower_ in words["double_object"] or not any(c.dep_ == "obj" for c in verb.children) \
                or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        rooted = noun.dep_ == "ROOT"
        for child in list(noun.children):
            if child.i > verb.i or (rooted and (child.dep_ in ("nmod", "obl", "advmod") or (child.dep_ == "punct" and child.i < noun.left_edge.i))):
                child.head = verb
                if child.dep_ == "nmod":
                    child.dep_ = "obl"
        if rooted:
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = noun.head, "ccomp"
            for child in list(noun.children):
                if child.lower_ == "that" and child.i < noun.i:
                    child.head, child.dep_, child.pos_ = verb, "mark", "SCONJ"  # "reported that overseas workers generated"
        verb.tag_ = "VBP" if present else "VBD"
        noun.head, noun.dep_ = verb, "nsubj"


def _repair_level_adjective(sent) -> None:
    """A sentence headed by a noun, with no verb, whose verb of level the tagger read as an adjective of
    the figure's noun ("Jet fuel consumption in 2022 averaged 1.5 million barrels per day": "averaged
    barrels"): the word heads the sentence, the noun heading it is its subject and the figure's noun
    its object."""
    root = _root(sent)
    if root is None or root.pos_ not in _NOUNS or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return
    verb = next((t for t in sent if t.dep_ == "amod" and t.tag_ in ("JJ", "VBN", "VBD", "VBP", "VBZ") and t.i > root.i
                 and _agrees_as_verb(t, root) and t.lower_ in _words()["level"] and t.head.i > t.i
                 and any(c.dep_ == "nummod" for c in t.head.children)), None)
    if verb is None:
        return
    past = verb.lower_.endswith("ed")
    noun = verb.head
    for child in list(root.children):
        if child.i > verb.i and child.i != noun.i and not (noun.left_edge.i <= child.i <= noun.right_edge.i):
            child.head = verb  # the full stop, a figure coordinated after a comma
    for child in list(noun.children):
        if child.i < verb.i:
            child.head = root  # "in 2022" before the verb is the subject's
            case = sent[child.i - 1]
            if case.dep_ == "case" and case.head.i in (root.i, noun.i) and child.pos_ == "NUM":
                case.head = child  # "in" hung on the noun, "2022" a number of it
            if _has_case(child):
                child.dep_ = "nmod"
    verb.pos_, verb.tag_ = "VERB", "VBD" if past else "VBZ" if verb.lower_.endswith("s") else "VBP"
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "obj"
    root.head, root.dep_ = verb, "nsubj"


def _past_of_level(word) -> bool:
    """A verb of level in a past form no noun shares ("stood", "totaled", "averaged")."""
    lower = word.lower_
    return lower in _words()["level"] and (lower.endswith("ed") or lower in _words()["irregular_participles"])


def _repair_past_level_as_noun_root(sent) -> None:
    """A past verb of level the tagger read as the noun heading a sentence with no other verb, the
    words before it its modifiers ("Youth unemployment stood at 31 percent": "stood" a noun, "Youth"
    its compound): it is the verb, and the last word before it heads its subject."""
    root = _root(sent)
    if root is None or root.pos_ != "NOUN" or root.i == 0 or not _past_of_level(root) or _finite_verbs(sent) \
            or any(t.pos_ in ("AUX", "VERB") for t in sent):
        return
    figures = _figure_positions(sent)
    subject = sent[root.i - 1]
    if subject.pos_ not in ("NOUN", "PROPN", "ADJ") or subject.i in figures or root.left_edge.i > subject.i \
            or not any(c.i > root.i and any(t.i in figures for t in c.subtree) for c in root.children):
        return
    saved = _snapshot(sent)
    for token in sent[root.left_edge.i : subject.i]:
        if token.head.i == root.i:
            token.head = subject
            if token.dep_.startswith("nsubj"):
                token.dep_ = "compound"
    subject.head, subject.dep_ = root, "nsubj"
    if subject.pos_ == "ADJ":
        subject.pos_, subject.tag_ = "NOUN", "NN"  # "Youth unemployment"
    root.pos_, root.tag_ = "VERB", "VBD"
    _keep_if_acyclic(sent, saved)


def _repair_past_level_in_phrase(sent) -> None:
    """A sentence headed by a noun, with no finite verb, whose past verb of level was hung as a
    participle on a noun of its phrase ("Average monthly wages in the garment sector stood at 95
    dollars", "stood" describing "sector"): the verb heads the sentence, the noun its subject."""
    root = _root(sent)
    if root is None or root.pos_ not in _NOUNS or _finite_verbs(sent) or any(t.pos_ == "AUX" for t in sent):
        return
    figures = _figure_positions(sent)
    verb = next((t for t in sent if t.i > root.i and t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and _past_of_level(t)
                 and t.head.i != t.i and root in t.ancestors
                 and not any(c.dep_.startswith(("nsubj", "aux", "mark")) for c in t.children)), None)
    if verb is None or not any(c.i > verb.i and any(t.i in figures for t in c.subtree) for c in verb.children) \
            or any(t.i > verb.i and not t.is_punct and verb not in t.ancestors for t in sent):
        return
    # the participle sits inside the noun's own phrase: no preposition before the noun ("From fiscal year 2018
    # through FY 2023, the number ... increased"), no comma or clause between ("rose ..., while the S&P 500 gained")
    between = [t for t in verb.ancestors if t.i != root.i]
    if any(c.dep_ == "case" for c in root.children) or any(t.dep_ not in ("nmod", "compound", "flat") for t in between) \
            or any(t.text in (",", ";", ":") for t in sent[root.i : verb.i]):
        return
    saved = _snapshot(sent)
    _verb_heads_sentence(verb, root)
    verb.tag_ = "VBD"
    _keep_if_acyclic(sent, saved)


def _repair_level_noun_root(sent) -> None:
    """A sentence headed by a noun, with no finite verb, whose present verb of level in -s the tagger
    read as a plural noun before the figure ("The fine for employing an undocumented worker ranges
    from $250 to $2,000", "worker ranges" the object of "employing"): the word heads the sentence,
    the noun heading it is its subject, the noun before the word takes the word's place in the
    phrase, and the figure and what follows are the verb's."""
    root = _root(sent)
    if root is None or root.pos_ not in _NOUNS or any(t.tag_ in _FINITE_TAGS or t.pos_ == "AUX" for t in sent):
        return
    figures = _figure_positions(sent)
    level = _words()["level"]
    verb = next((t for t in sent if t.pos_ == "NOUN" and t.tag_ == "NNS" and t.lower_ in level and t.i > root.i + 1
                 and (t.i + 1 in figures or sent[t.i + 1 : t.i + 2].text.lower() in ("from", "between", "at")
                      and t.i + 2 in figures)
                 and root in t.ancestors and root.tag_ in ("NN", "NNP")), None)
    if verb is None:
        return
    saved = _snapshot(sent)
    last = sent[verb.i - 1]
    if last.head.i == verb.i and last.pos_ in _NOUNS:
        for child in list(verb.children):
            if child.i < last.i:
                child.head = last  # "an undocumented worker"
        last.head, last.dep_ = verb.head, verb.dep_
    for token in sent:
        if token.i > verb.i and not (verb.i < token.head.i) and token.head.i != token.i:
            token.head = verb  # the figure, the full stop
            if token.dep_ in ("iobj", "nmod"):
                token.dep_ = "obl"
    for token in sent:
        if token.i > verb.i and token.head.i == verb.i and token.i in figures and token.dep_ not in ("obl", "obj"):
            token.dep_ = "obj"
    verb.pos_, verb.tag_ = "VERB", "VBZ"
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    _keep_if_acyclic(sent, saved)


def _agrees_as_verb(word, subject) -> bool:
    """Whether `word` can be the verb of `subject` by its form: a past in -ed, or a present that
    agrees ("Wages ... average $95 a month", "The wage averages $95")."""
    if word.lower_.endswith("ed"):
        return True
    plural = subject.tag_ in ("NNS", "NNPS")
    return plural != word.lower_.endswith("s")


def _repair_change_participle(sent) -> None:
    """A sentence with no finite verb whose verb of change the tagger read as a participle
    describing the noun before it ("Within the industry, employment in consulting services
    increased by 16,000 over the month": "services [that were] increased"): the verb heads the
    sentence, and the noun phrase the participle hangs in, up to an oblique ("Within the
    industry"), is its subject."""
    root = _root(sent)
    if root is None or root.pos_ not in _NOUNS:
        return
    direction_of = _words()["direction_of"]
    verb = next((t for t in sent if t.pos_ == "VERB" and t.tag_ == "VBN" and t.dep_ == "acl" and t.lower_ in direction_of
                 and any(g.dep_ == "case" and g.lower_ in ("by", "to", "from") for c in t.children for g in c.children)), None)
    if verb is None or any(t.tag_ in _FINITE_TAGS or t.pos_ == "AUX" for t in sent[:verb.i]):
        return  # a finite verb after it is a conjunct ("..., and employment continued to trend up")
    subject = verb.head
    while subject.head.i != subject.i and subject.dep_ in ("conj", "nmod", "compound"):
        if _has_case(subject.head) and subject.head.head.i == subject.head.i:
            break  # "employment", not the oblique "Within the industry" the parse made its head
        subject = subject.head
    if subject.i > verb.i or _has_case(subject):
        return
    for child in list(verb.children):
        if child.dep_ == "obl:agent":
            child.dep_ = "obl"  # "by 16,000" is the amount, not who increased it
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    if subject.i != root.i:
        for child in list(root.children):
            if child.i > verb.i and child.dep_ in ("conj", "parataxis"):
                child.head = verb
        root.head, root.dep_ = verb, ("obl" if _has_case(root) else "dep")
    subject.head, subject.dep_ = verb, "nsubj"


def _repair_participle_subject(sent) -> None:
    """A participle right after its noun that the parser made the subject of the clause, with the
    noun (or the phrase holding it) as its own subject ("Children born in China were [20,000]",
    "The median age of victims identified was 17": the participle the subject of the figure): the
    phrase is the clause's subject and the participle describes the noun."""
    for participle in sent:
        noun = sent[participle.i - 1] if participle.i > 0 else None
        if participle.dep_ not in ("csubj", "csubj:pass", "nsubj", "nsubj:pass") or participle.tag_ != "VBN" or noun is None \
                or noun.pos_ not in _NOUNS or any(c.dep_.startswith("aux") for c in participle.children):
            continue
        # its subject is the noun, or holds it ("The median age of victims identified was 17")
        subject = next((c for c in participle.children if c.dep_.startswith("nsubj") and c.i < participle.i
                        and c.left_edge.i <= noun.i <= c.right_edge.i), None)
        if subject is None:
            continue
        subject.head, subject.dep_ = participle.head, "nsubj"
        participle.head, participle.dep_ = noun, "acl"


def _repair_reduced_relative_root(sent) -> None:
    """A participle right after the subject that the tagger read as the past tense heading the
    sentence, with the real verb, which has its own auxiliary but no subject, hung as its
    complement ("North Korean women trafficked into China are sold for 6,000 yuan": "women
    trafficked ..., [that they] are sold"): the second verb heads the sentence, the noun is its
    subject and the participle describes the noun."""
    root = _root(sent)
    if root is None or root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBN") or root.lower_ in _words()["reporting"]:
        return
    subject = next((c for c in root.lefts if c.dep_ == "nsubj" and c.pos_ in _NOUNS), None)
    # the participle describes the noun right before it: the subject, or the last noun of its phrase ("70 percent
    # of the fish caught in the area is exported")
    if subject is None or subject.right_edge.i != root.i - 1 or sent[root.i - 1].pos_ not in _NOUNS \
            or any(c.dep_ in ("obj", "xcomp", "aux", "aux:pass") for c in root.children):
        return
    # an agent with no auxiliary makes the first verb a participle ("Remittances sent home by migrants
    # totalled $8.1 billion"), and the finite verb after it, however hung, the sentence's
    agent = any(c.dep_ == "obl" and _has_case(c, ("by",)) for c in root.rights)
    verb = next((c for c in root.rights if c.pos_ == "VERB" and (
        c.dep_ in ("ccomp", "conj", "parataxis") or (agent and c.dep_ == "advcl" and c.tag_ in ("VBD", "VBZ", "VBP")))), None)
    if verb is None or any(c.dep_.startswith(("nsubj", "csubj", "mark")) for c in verb.children):
        return
    auxiliary = next((c for c in verb.lefts if c.dep_ in ("aux", "aux:pass", "cop") and c.tag_ in _FINITE_TAGS), None)
    if auxiliary is None and agent and verb.tag_ in ("VBD", "VBZ", "VBP"):
        auxiliary = verb
    if auxiliary is None or any(t.text in (",", ";", ":") or t.lower_ in ("and", "or", "but") for t in sent[root.i + 1:auxiliary.i]):
        return
    for child in list(root.children):
        if child.i > verb.i or (child.dep_ == "punct" and child.i > auxiliary.i):
            child.head = verb  # the full stop
    verb.head, verb.dep_ = verb, "ROOT"
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    subject.head, subject.dep_ = verb, ("nsubj:pass" if passive else "nsubj")
    root.head, root.dep_, root.tag_ = sent[root.i - 1], "acl", "VBN"


def _repair_unmarked_subject(sent) -> None:
    """A sentence's only noun before its verb, hung as a bare oblique of a past participle that
    has an object and no auxiliary nor subject ("Some 300 guards executed 12 prisoners": "guards"
    an oblique of "executed"): no participle heads a sentence alone, so the verb is in the past
    tense and the noun is its subject."""
    root = _root(sent)
    if root is None or root.pos_ != "VERB" or root.tag_ != "VBN" \
            or any(c.dep_.startswith(("nsubj", "csubj", "aux", "expl", "mark", "cop")) for c in root.children) \
            or not any(c.dep_ == "obj" and c.i > root.i for c in root.children):
        return
    noun = next((c for c in root.lefts if c.dep_ == "obl:unmarked" and c.pos_ in _NOUNS and c.right_edge.i == root.i - 1), None)
    if noun is None or noun.lower_ in _words()["date_words"] or any(c.dep_ == "case" for c in noun.children) \
            or any(t.pos_ in ("VERB", "AUX") for t in sent[: noun.left_edge.i]):
        return
    noun.dep_ = "nsubj"
    root.tag_ = "VBD"


def _repair_participle_as_auxiliary(sent) -> None:
    """A participle right after its noun, tagged an auxiliary of the verb after it ("Only 30 of the
    200 workers interviewed received the minimum wage", "migrants surveyed reported"): no
    auxiliary ends in -ed, so it is a participle describing the noun."""
    for participle in sent:
        if (participle.pos_ != "AUX" and participle.dep_ != "aux") or not participle.lower_.endswith("ed") \
                or participle.lower_ in _AUXILIARY_WORDS \
                or participle.i == 0 or participle.head.i <= participle.i or participle.head.pos_ != "VERB":
            continue
        noun = sent[participle.i - 1]
        if noun.pos_ not in _NOUNS or noun.tag_ not in ("NN", "NNS"):
            continue
        participle.pos_, participle.tag_ = "VERB", "VBN"
        participle.head, participle.dep_ = noun, "acl"


# the auxiliaries a finite clause opens with ("they had witnessed", "it was found")
_CLAUSE_AUXILIARIES = (_FORMS_OF_BE - {"be", "being"}) | {"had", "has", "have", "will", "would", "could", "should", "may", "might",
                                                         "must", "can", "did", "do", "does"}


def _repair_reported_clause_as_phrase(sent) -> None:
    """"defectors interviewed said they had witnessed public executions", read as one noun phrase
    ("executions", described by "witnessed", whose auxiliary "had" has "they" for subject) and made
    the subject of "said": a participle with an auxiliary that has a subject is a clause's verb. It
    is what is said, with the auxiliary's subject for its own and the noun for its object."""
    for noun in sent:
        verb = next((c for c in noun.children if c.dep_ == "amod" and c.tag_ in ("VBN", "VBD") and c.i < noun.i), None)
        said = noun.head
        if verb is None or noun.pos_ not in _NOUNS or not noun.dep_.startswith("nsubj") or said.i > verb.i \
                or said.pos_ != "VERB":
            continue
        auxiliary = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _CLAUSE_AUXILIARIES), None)
        who = next((c for c in auxiliary.children if c.dep_.startswith("nsubj")), None) if auxiliary is not None else None
        if who is None or who.i > auxiliary.i:
            continue
        verb.head, verb.dep_, verb.pos_ = said, "ccomp", "VERB"
        for child in list(auxiliary.children):
            child.head = verb
        auxiliary.pos_ = "AUX"
        noun.head, noun.dep_ = verb, "obj"
        return


def _repair_participle_complement(sent) -> None:
    """A figure heading a sentence with no verb of its own, its noun described by a participle whose
    complement is the real verb ("Only 12 of the 150 factories inspected complied with the law",
    "inspected" taking "complied" as its complement): the second verb heads the sentence and the
    figure is its subject."""
    root = _root(sent)
    if root is None or root.pos_ not in ("NUM", "NOUN", "ADJ", "SYM") or any(c.dep_ in _SUBJECTS for c in root.children):
        return
    for noun in root.children:
        participle = next((c for c in noun.children if c.dep_ == "acl" and c.i == noun.i + 1 and c.tag_ in ("VBD", "VBN")), None)
        if noun.dep_ != "nmod" or participle is None or any(c.dep_ in ("obj", "iobj") for c in participle.children):
            continue
        verb = next((c for c in participle.children if c.i == participle.i + 1 and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN")
                     and c.dep_ in ("xcomp", "ccomp", "conj", "advcl") and not any(g.dep_ in _SUBJECTS for g in c.children)), None)
        if verb is None:
            continue
        saved = _snapshot(sent)
        _verb_heads_sentence(verb, root)
        verb.tag_, participle.tag_ = "VBD", "VBN"
        _keep_if_acyclic(sent, saved)
        return


def _repair_reduced_relative_copula(sent) -> None:
    """The same with a copula: "30 percent of the victims identified were children", the participle
    read as the sentence's verb and the predicate ("children") as its object. The predicate heads
    the sentence, the noun phrase is its subject and the participle describes the noun before it."""
    root = _root(sent)
    if root is None or root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBN") or root.lower_ in _words()["reporting"] \
            or root.i + 2 >= len(sent) or any(c.dep_.startswith("aux") for c in root.children):
        return
    subject = next((c for c in root.lefts if c.dep_ in ("nsubj", "nsubj:pass")), None)
    noun = sent[root.i - 1] if root.i > 0 else None
    copula = sent[root.i + 1]
    if subject is None or noun is None or subject.right_edge.i != root.i - 1 or noun.pos_ not in _NOUNS \
            or copula.lower_ not in _COPULAS or copula.tag_ not in _FINITE_TAGS:
        return
    predicate = copula.head
    if predicate.head.i != root.i or predicate.i <= copula.i or copula.dep_ != "cop":
        return
    for child in list(root.children):
        if child.i > root.i and child.i != predicate.i:
            child.head = predicate  # the full stop, a clause after
    predicate.head, predicate.dep_ = predicate, "ROOT"
    subject.head, subject.dep_ = predicate, "nsubj"
    root.head, root.dep_, root.tag_ = noun, "acl", "VBN"


def _repair_verb_as_relative(sent) -> None:
    """The sentence's first verb read as a participle describing its subject, when a second verb
    is coordinated after its object ("The fire destroyed more than 3,000 homes and forced 40,000
    residents to evacuate": "the fire destroyed homes" was the second verb's subject): a participle
    describing a noun takes no object, so it is the verb, the noun its subject and the second verb
    its conjunct. Not a participle that takes two objects ("the workers paid $5 a day and ...")."""
    for participle in sent:
        noun, verb = participle.head, participle.head.head
        if participle.dep_ != "acl" or participle.tag_ not in ("VBN", "VBD") or noun.i != participle.i - 1 \
                or noun.dep_ != "nsubj" or verb.i <= participle.i or verb.tag_ not in _FINITE_TAGS \
                or participle.lower_ in _words()["double_object"] \
                or not any(c.dep_ == "obj" and c.i > participle.i for c in participle.children) \
                or any(c.dep_.startswith("aux") for c in participle.children) \
                or any(c.dep_.startswith("nsubj") for c in verb.children if c.i != noun.i):
            continue
        conjunction = sent[participle.right_edge.i + 1] if participle.right_edge.i + 1 < verb.i else None
        if conjunction is None or conjunction.lower_ != "and" or conjunction.head.i != verb.i:
            continue
        for child in list(verb.children):
            if child.i < noun.left_edge.i:
                child.head = participle  # "In 2020, the fire destroyed ...": what opens the sentence is the first verb's
        _promote(participle, verb, "conj")
        noun.head, participle.tag_ = participle, "VBD"


def _repair_free_relative_verb(sent) -> None:
    """A sentence headed by a noun, whose verb the parser hung as a second clause of a "what"
    inside the noun's phrase ("70 percent of what they earn goes to the state": "what they earn",
    "what goes to the state"): the verb heads the sentence and the noun is its subject."""
    root = _root(sent)
    if root is None or root.pos_ not in _NOUNS:
        return
    for what in sent:
        clauses = [c for c in what.children if c.dep_ == "acl:relcl"]
        if what.lower_ not in ("what", "whatever") or len(clauses) < 2 or what not in list(root.subtree):
            continue
        verb = clauses[-1]
        if verb.pos_ != "VERB" or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        _verb_heads_sentence(verb, root)
        return


def _repair_compound_subject(sent) -> None:
    """A finite verb's subject hung as a compound of the verb ("that the North earns $500
    million": "North" a compound of "earns") is its subject, with its article."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBD", "VBP") or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "compound" and c.pos_ in _NOUNS), None)
        if subject is None or subject.i != verb.i - 1:
            continue
        for child in list(verb.lefts):
            if child.i < subject.i and child.dep_ in ("det", "amod", "compound", "nmod:poss"):
                child.head = subject
        subject.dep_ = "nsubj"


def _repair_coordinated_participle(sent) -> None:
    """A verb coordinated with an earlier one that the tagger read as an adjective of its
    object ("criminalized sex trafficking and prescribed penalties of four to 16 years",
    "..., prescribing penalties of ..."): no article before it and its noun hung as a
    conjunct of the earlier verb or of that verb's object. The participle is the earlier
    verb's conjunct (a clause of its own after a comma, in -ing), the noun its object."""
    for verb in sent:
        noun = verb.head
        if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD", "VBG") or noun.i != verb.i + 1 or verb.i == 0 \
                or noun.dep_ != "conj" or sent[verb.i - 1].lower_ not in ("and", ","):
            continue
        earlier = noun.head if noun.head.pos_ == "VERB" else noun.head.head if noun.head.dep_ == "obj" else None
        while earlier is not None and verb.tag_ != "VBG" and earlier.tag_ not in ("VBN", "VBD") \
                and earlier.dep_ in ("advcl", "xcomp") and earlier.head.pos_ == "VERB":
            earlier = earlier.head  # "formed the division to lead its efforts, and increased ..."
        if earlier is None or earlier.pos_ != "VERB" or earlier.i >= verb.i \
                or (verb.tag_ != "VBG" and earlier.tag_ not in ("VBN", "VBD")):
            continue
        _coordinate(verb, noun, earlier, "advcl" if verb.tag_ == "VBG" and sent[verb.i - 1].lower_ == "," else "conj")


def _coordinate(verb, noun, earlier, dep: str) -> None:
    """`verb`, misread as a modifier of the `noun` after it, becomes `earlier`'s `dep` (a conjunct)
    with the noun as its object; the "and" or comma before it is the verb's again."""
    for child in list(noun.children):
        if child.i < verb.i:
            child.head = verb
    verb.head, verb.dep_, verb.pos_ = earlier, dep, "VERB"
    noun.head, noun.dep_ = verb, "obj"


def _promote(token, replaced, dep: str) -> None:
    """`token` takes `replaced`'s place in the tree (its head and relation, or the root's),
    and `replaced` hangs under it as `dep`. `token` must not be above `replaced`."""
    if replaced.head.i == replaced.i:
        token.head, token.dep_ = token, "ROOT"
    else:
        token.head, token.dep_ = replaced.head, replaced.dep_
    replaced.head, replaced.dep_ = token, dep


def _verb_heads_sentence(verb, root, dep: str = "nsubj") -> None:
    """The noun heading the sentence becomes the subject (`dep`) of its verb: the verb takes the
    noun's place (`_promote`) and what follows the verb that hung on the noun (the full stop)."""
    for child in list(root.children):
        if child.i > verb.i:
            child.head = verb  # the full stop
    _promote(verb, root, dep)


_REPAIRS = (
    _repair_named_numbers, _repair_participle_as_auxiliary, _repair_reported_clause_as_phrase, _repair_noun_verb, _repair_present_verb_as_noun, _repair_counted_under_adverb, _repair_counted_verbs, _repair_compound_verb, _repair_change_noun_verb, _repair_change_verb_as_noun, _repair_gerund_subject,
    _repair_part_verb, _repair_clause_noun, _repair_reporting_participle, _repair_verb_with_subject_as_modifier, _repair_noun_root, _repair_spread_participle_head, _repair_participle_qualifier, _repair_subject_before_aside, _repair_noun_object,
    _repair_second_object, _repair_apposition_as_object, _repair_level_after_change_noun, _repair_subject_of_noun, _repair_participle_as_phrase_head, _repair_verb_in_apposition, _repair_subordinate_clause, _repair_preposition_as_subordinator, _repair_according_relative, _repair_relative_noun_verb, _repair_partitive_relative, _repair_part_relative, _repair_participle_of_those, _repair_possessive_of,
    _repair_predicate_in_relative, _repair_figure_compound, _repair_figure_before_rate, _repair_figure_of, _repair_adjective_verbs,
    _repair_adjective_conjunct, _repair_verb_in_object, _repair_copular_conjuncts, _repair_subject_in_conjunct,
    _repair_listed_names, _repair_moved_by, _repair_with_at, _repair_agreement_verb, _repair_parallel_count,
    _repair_absolute_participle, _repair_year_to_figure, _repair_level_under_change, _repair_term_on_object, _repair_figure_after_date, _repair_figure_conjunct, _repair_clause_as_noun_conjunct,
    _repair_number_heads, _repair_postnominal_adjective, _repair_adjective_subject, _repair_hyphenated_modifier,
    _repair_comparative_share, _repair_relative_verb, _repair_coordinated_verb_in_s, _repair_opening_participle,
    _repair_opening_set, _repair_apposition_root, _repair_comparison_root, _repair_verb_after_comparison, _repair_plural_noun_verb,
    _repair_reporting_root, _repair_reported_clause, _repair_source_as_object, _repair_verbless_compound, _repair_split_subject, _repair_figure_root, _repair_subject_as_compound, _repair_contact_relative, _repair_object_under_gerund, _repair_part_aside_phrase, _repair_verb_conjunct_of_object, _repair_verbless_root,
    _repair_level_adjective, _repair_level_noun_root, _repair_past_level_as_noun_root, _repair_past_level_in_phrase, _repair_change_participle, _repair_participle_subject, _repair_reduced_relative_root, _repair_unmarked_subject,
    _repair_participle_complement,
    _repair_reduced_relative_copula, _repair_verb_as_relative, _repair_free_relative_verb, _repair_compound_subject, _repair_verb_in_phrase,
    _repair_coordinated_participle, _repair_copula_passive, _repair_change_amount_in_object, _repair_multiplier_verb, _repair_multiplied_noun, _repair_year_after_participle, _repair_figure_as_range_end,
    _repair_participle_after_phrase,
)

# The words a repair's error needs in the sentence (any one of them): a sentence without them skips it,
# which matters as every repair runs on every sentence that holds a figure.
_NEEDED_WORDS = {
    "_repair_apposition_as_object": lambda: _words()["direction_of"],
    "_repair_level_after_change_noun": lambda: _words()["change_nouns"],
    "_repair_noun_verb": lambda: _words()["noun_verbs"],
    "_repair_change_noun_verb": lambda: _words()["change_nouns"],
    "_repair_change_verb_as_noun": lambda: _words()["level"],  # (the verbs of change are verbs of level too)
    "_repair_part_verb": lambda: _words()["part_verbs"],
    "_repair_gerund_subject": lambda: _words()["level"],
    "_repair_subordinate_clause": lambda: _words()["clause_prepositions"],
    "_repair_spread_participle_head": lambda: _words()["spread"],
    "_repair_participle_qualifier": lambda: {p[-1] for p in _participle_qualifiers()},
    "_repair_preposition_as_subordinator": lambda: _words()["clause_prepositions"],
    "_repair_according_relative": lambda: frozenset({"according"}),
    "_repair_relative_noun_verb": lambda: frozenset({"which", "who", "that"}),
    "_repair_partitive_relative": lambda: frozenset({"which", "whom"}),
    "_repair_part_relative": lambda: frozenset({"which", "whom"}),
    "_repair_participle_of_those": lambda: frozenset({"those", "these"}),
    "_repair_possessive_of": lambda: frozenset({"of"}),
    "_repair_figure_of": lambda: frozenset({"of"}),
    "_repair_figure_before_rate": lambda: frozenset({"per"}),
    "_repair_opening_set": lambda: frozenset({"of"}),
    "_repair_verb_in_object": lambda: frozenset({"and"}),
    "_repair_copular_conjuncts": lambda: frozenset({"and"}),
    "_repair_subject_in_conjunct": lambda: frozenset({"and", "but"}),
    "_repair_listed_names": lambda: _NAME_CASES,
    "_repair_moved_by": lambda: _words()["comparatives"],
    "_repair_with_at": lambda: frozenset({"with"}),
    "_repair_parallel_count": lambda: frozenset({"and"}),
    "_repair_figure_conjunct": lambda: frozenset({"and", "or"}),
    "_repair_clause_as_noun_conjunct": lambda: frozenset({"and", "but"}),
    "_repair_year_to_figure": lambda: frozenset({"to"}),
    "_repair_level_under_change": lambda: frozenset({"to"}),
    "_repair_term_on_object": lambda: _words()["action_nouns"]["duration"],
    "_repair_figure_as_range_end": lambda: frozenset({"to"}),
    "_repair_coordinated_verb_in_s": lambda: frozenset({"and", ","}),
    "_repair_coordinated_participle": lambda: frozenset({"and", ","}),
    "_repair_comparison_root": lambda: frozenset({"compared", "comparing"}),
    "_repair_verb_after_comparison": lambda: frozenset({"compared", "comparing"}),
    "_repair_comparative_share": lambda: frozenset({"more", "less", "fewer"}),
    "_repair_relative_verb": lambda: frozenset({"which", "who", "that", "whom", "whose", "what", "whatever", "whichever",
                                                "whoever"}),
    "_repair_free_relative_verb": lambda: frozenset({"what", "whatever"}),
    "_repair_verb_as_relative": lambda: frozenset({"and"}),
    "_repair_subject_before_aside": lambda: frozenset({","}),
    "_repair_reporting_root": lambda: _words()["reporting"],
    "_repair_reported_clause": lambda: _words()["reporting"],
    "_repair_source_as_object": lambda: _words()["reporting"],
    "_repair_change_participle": lambda: _words()["direction_of"],
    "_repair_level_adjective": lambda: _words()["level"],
    "_repair_level_noun_root": lambda: _words()["level"],
    "_repair_change_amount_in_object": lambda: _words()["direction_of"],
    "_repair_multiplier_verb": lambda: frozenset({"has", "have", "had"}),
    "_repair_multiplied_noun": lambda: frozenset({"many", "much"}),
    "_repair_verb_conjunct_of_object": lambda: frozenset({"and"}),
    "_repair_part_aside_phrase": lambda: frozenset({"them", "whom", "which"}),
}


# The same for tags: a repair of a word the tagger gave a tag needs that tag in the sentence.
_NEEDED_TAGS = {
    "_repair_participle_as_phrase_head": frozenset({"VBN"}),
    "_repair_verb_with_subject_as_modifier": frozenset({"VBD", "VBN"}),
    "_repair_verb_in_apposition": frozenset({"NNS"}),
    "_repair_counted_under_adverb": frozenset({"RB"}),
    "_repair_present_verb_as_noun": frozenset({"NNS", "NNPS"}),
    "_repair_hyphenated_modifier": frozenset({"HYPH"}),
    "_repair_agreement_verb": frozenset({"VBP"}),
    "_repair_copula_passive": frozenset({"VBN"}),
    "_repair_participle_after_phrase": frozenset({"VBN"}),
    "_repair_level_noun_root": frozenset({"NNS"}),
    "_repair_participle_as_auxiliary": frozenset({"VBD", "VBN"}),
    "_repair_reported_clause_as_phrase": frozenset({"VBD", "VBN"}),
    "_repair_participle_complement": frozenset({"VBD", "VBN"}),
    "_repair_gerund_subject": frozenset({"VBG"}),
    "_repair_absolute_participle": frozenset({"VBN"}),
    "_repair_unmarked_subject": frozenset({"VBN"}),
    "_repair_past_level_in_phrase": frozenset({"VBN", "VBD"}),
    "_repair_year_to_figure": frozenset({"CD"}),
    "_repair_figure_root": frozenset({"VBD", "VBN", "JJ"}),
    "_repair_contact_relative": frozenset({"NNS", "NNPS"}),
    "_repair_object_under_gerund": frozenset({"VBG"}),
    "_repair_figure_after_date": frozenset({"CD"}),
    "_repair_year_after_participle": frozenset({"VBN"}),
}


@lru_cache(maxsize=1)
def _repair_plan() -> tuple:
    """(repair, the words it needs or None, the tags it needs or None), in `_REPAIRS` order: the word
    lists are read from the vocabularies once, not for every sentence."""
    return tuple((repair, frozenset(_NEEDED_WORDS[repair.__name__]()) if repair.__name__ in _NEEDED_WORDS else None,
                  _NEEDED_TAGS.get(repair.__name__)) for repair in _REPAIRS)
