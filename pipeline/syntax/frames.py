"""What one figure is about, read from the repaired tree: `frame_of` returns a
`Frame` with the figure's subject, the words the taxonomy reads, the years
ranked by how close they attach, the attribution, list place and scope cues.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import replace

from .. import units as units_lexicon
from .pieces import _CLAUSE_BREAKS, _DASHES
from .tree import _AGE_NOUNS, _AGENT, _aside_clause, _child, _clause_head, _COMPARING, _dated, _empty, _figure_positions, _figure_span, _FILLER_OBJECTS, _FILLERS, _FINITE_TAGS, _free_relative, _gather, _has_case, _hyphen_glued, is_bare_unit, _is_clause_head, _is_passive, _is_predicate, _is_unit_word, _MAX_PHRASE, _MEASURE_DEPS, names_a_measure, noun_phrase, _NOUNS, _offset, participle, _partitive, _phrase_tokens, _span_head, _SUBJECTS, _text
from .words import _FORMS_OF_BE, _words, _YEAR_TOKEN


@dataclass(frozen=True, slots=True)
class Frame:
    subject: str | None
    subject_head: str | None
    governor: str | None
    frame_text: str
    years: tuple[tuple[int, int], ...]  # (char offset in the sentence, rank)
    attribution: str | None
    list_item: str | None
    restrictions: tuple[str, ...] = ()
    singular: str | None = None
    direction: str | None = None  # a change the tree shows ("grow sales by 35 per cent") and the words before the figure do not
    doer: str | None = None  # who acts, then the verb governing the figure ("workers kept"), when the figure is not the subject
    acts_on: str | None = None  # the active verb and its object when what the figure counts acts on another ("killed people")


# ---------------------------------------------------------------- the figure's noun

def _counted_noun(head, exclude: set[int], own: set[int], share: bool = False):
    """The noun the figure counts or measures, following measure nouns ("an
    average of", "a total of") and unit words outside the expression. `share`:
    the figure is a percent, a share of something."""
    words = _words()
    for token in (head.doc[i] for i in sorted(own)):
        parent = token.head
        if parent.i not in exclude and parent.i > token.i and parent.pos_ in _NOUNS \
                and (token.dep_ in ("amod", "nummod", "det", "det:predet", "quantmod", "compound", "nmod:npmod")
                     or (token.dep_ in ("obl:unmarked", "obl:npmod", "nmod:unmarked") and not _has_case(parent))) \
                and not _is_unit_word(parent) and not _empty(parent) \
                and (parent.lower_ not in words["measure"] or (token.dep_ == "det:predet" and not _of_phrase(parent))):
            # (a measure noun the figure reads past: "a total of 30,000"; but "half the local average" is of the average)
            while parent.dep_ in ("compound", "flat") and parent.head.pos_ in _NOUNS and parent.head.i > parent.i:
                parent = parent.head  # "a 352 µm pixel pitch" measures the pitch
            return parent, head  # "five times as many tourist visas": a word of the figure modifies the noun
    figure = head
    others = exclude - own  # the words of the sentence's other figures
    for _ in range(4):
        # "70 percent of wages", "five times as many visas", "1,975 as students" (a verb left out);
        # not past another figure: "296 hp and 450 Nm of torque" is torque for the 450 Nm only
        # (or the set the sentence opens with: "Of the 2,300 cases, 41 percent ...", but for a count a predicate
        # noun names what is counted: "Of the 1,420 individuals convicted, 300 were women")
        copular = figure.dep_ in _SUBJECTS and _child(figure.head, ("cop",)) is not None
        named_after = copular and figure.head.pos_ in _NOUNS and not share and not _has_case(figure.head)
        of = next((c for c in figure.children if c.dep_ in ("nmod", "obl") and c.i not in exclude
                   and (c.i > figure.i or (not named_after and c.left_edge.lower_ == "of"
                                           and figure.doc[c.right_edge.i + 1].text == ","))
                   and any(g.lower_ in ("of", "as") for g in c.children if g.dep_ == "case")
                   and not _figure_between(figure.doc, figure.i + 1, c.left_edge.i, others)), None)
        if of is not None and _free_relative(of):
            return of, figure  # "90 percent of what these workers earn abroad"
        if of is not None and _partitive(of) and not copular:
            # (not "27 of whom were children": the predicate names what is counted)
            counted = _counted_before(figure, exclude)
            if counted is not None:
                return counted, figure  # "reviewed 37 applications and approved 29 of them": applications
        if of is not None and not _empty(of) and not _is_unit_word(of):
            if of.lower_ in words["measure"]:
                exclude = exclude | {figure.i}
                figure = of
                continue
            return of, figure
        changed = _changed_thing(figure, exclude) if figure.i not in own else None
        if changed is not None:
            return changed, figure  # "a 25% drop in the region's EPS"
        parent = figure.head
        if figure.dep_ == "nmod" and _has_case(figure, ("to",)) \
                and (changed := _changed_thing(parent, exclude)) is not None:
            return changed, figure  # the level it reaches: "a cut in the tax rate to 15 percent"
        if parent.i == figure.i or parent.i in exclude:
            break
        if parent.pos_ in ("ADJ", "ADV") and figure.dep_ in _MEASURE_DEPS:
            # "a village 20 miles west of Prague", "the river was some 40 m wide"
            if parent.dep_ in ("amod", "advmod", "nmod", "acl") and parent.head.pos_ in _NOUNS and not _empty(parent.head):
                return parent.head, figure
            return None, parent
        if figure.dep_ in ("appos", "parataxis", "dep", "list"):
            before = _phrase_before(figure)
            if before is not None and before.dep_ == "conj" and before.head.pos_ in _NOUNS and before.head.i < before.i \
                    and any(c.dep_ == "cc" for c in before.children) \
                    and not any(t.i in exclude or t.is_punct for t in before.head.doc[before.head.i:before.i] if t.i not in own):
                before = before.head  # "food services and drinking places (+30,000)": the whole coordination
            if before is not None and before.i not in exclude and not _is_unit_word(before) and not _empty(before):
                return before, figure  # "the monthly salaries of the women here, about $260,"
        if _named_measure(figure, own) is not None:
            return figure, figure  # "with a net worth of $1.3 billion": the worth, not whose it is
        # "16 years' imprisonment", "three months' wages": a unit word in the possessive measures its owner
        possessive_unit = figure.dep_ == "nmod:poss" and _is_unit_word(figure)
        if (figure.dep_ in ("nummod", "amod", "compound", "nmod:npmod", "obl:npmod", "det", "nmod", "appos", "quantmod")
                or possessive_unit) and parent.pos_ in _NOUNS:
            if _names_a_level(parent) and parent.dep_ == "obj" and figure.i in own \
                    and _has_case(figure, ("to", "from", "by")) and _of_phrase(parent):
                # "increased the number of shelters to 12", "raises the age of criminal responsibility from 10 to 14":
                # the number or the age changed, not the shelters
                return parent, figure
            if _is_unit_word(parent) or parent.lower_ in words["measure"]:
                exclude = exclude | {parent.i}
                figure = parent  # "$100" beside "90,000 won", "a total of 30,000": look past it
                continue
            if _empty(parent) and not _others_acted_on(parent):
                return None, figure
            while parent.dep_ in ("compound", "flat") and parent.head.pos_ in _NOUNS and parent.head.i > parent.i:
                parent = parent.head  # "800 government employees": the count is of the compound's head
            return parent, figure
        break
    # nothing past the measure noun the figure hangs from: it may name whose measure it is
    return _named_measure(figure, own), figure


def _others_acted_on(noun) -> bool:
    """"killed a man and injured two others": the others, said with what was done to them
    ("others injured by police"), rather than whoever did it."""
    return noun.lower_ == "others" and noun.dep_ in ("obj", "nsubj:pass") and noun.head.pos_ == "VERB"


def _names_a_level(noun) -> bool:
    """Whether a noun names a level a verb can change or bring to a figure: a number of things ("the number of
    shelters", "the total") or an age ("the minimum age of marriage")."""
    return noun.lower_ in _words()["count_heads"] or noun.lower_ in _AGE_NOUNS


def _of_phrase(noun):
    """The noun's "of" phrase ("an average of 40 hours": the hours), or None."""
    return next((c for c in noun.children if c.dep_ == "nmod" and _has_case(c, ("of",))), None)


def _counted_before(figure, exclude: set[int]):
    """The plural noun another figure before this one counts, nearest first: what "29 of them" picks from."""
    figures = _figure_positions(figure)
    for t in reversed(figure.doc[: figure.i]):  # the parsed document is the one sentence
        if t.tag_ in ("NNS", "NNPS") and t.pos_ in _NOUNS and t.i not in exclude \
                and any(c.dep_ == "nummod" and c.i in figures for c in t.children):
            return t
    return None


def _named_measure(noun, own: set[int]):
    """A measure noun the figure hangs from that names whose measure it is by
    itself ("FactSet estimates of 64,900", "a net worth of 1.356 billion", "US
    trade balance figures"), when nothing past it is named; None for a bare
    one ("a total of 30,000") or one named by an adjective ("a record high of 5%")."""
    if noun.i in own or noun.pos_ not in _NOUNS or noun.lower_ not in _words()["measure"]:
        return None
    words = _words()
    named = any(c.dep_ in ("compound", "nmod:poss") and c.pos_ in _NOUNS and c.i not in own and not _empty(c)
                and c.lower_ not in words["measure"] for c in noun.children)
    # or a property its clause's subject has: "The car has a range of about 300 miles"
    owned = noun.lower_ in words["owned_measures"] and noun.dep_ == "obj" and noun.head.lower_ in words["possession"]
    # or the standard a figure before is held against: "8 percent, above the national average of 5 percent" (the
    # average is not the clause's unemployment, as "reached a record high of 27 percent" is; "compared with an
    # average gain of 229,000" is the clause's growth again)
    standard = any(c.dep_ == "amod" and c.lower_ not in words["measure"] for c in noun.children) and (
        any(c.dep_ == "case" and c.lower_ in _STANDARD_CASES for c in noun.children) or noun.head.lower_ in _COMPARING)
    return noun if named or owned or standard else None


_STANDARD_CASES = frozenset({"above", "below", "under", "over", "than", "versus", "vs", "vs."})


def _changed_thing(noun, exclude: set[int]):
    """What a change noun is a change of, in the phrase right after it: "a 19%
    drop for the MSCI Europe index", "a 5 percent rise in wages" (not a time, a
    place or a figure: "a rise in 2019", "a drop in Europe")."""
    if noun.lower_ not in _words()["change_nouns"] or noun.i + 2 >= len(noun.doc):
        return None
    case = noun.doc[noun.i + 1]
    if case.lower_ not in ("in", "for", "of") or case.dep_ != "case" or case.head.i <= case.i:
        return None
    thing, doc = case.head, noun.doc
    while thing.i + 2 < len(doc) and doc[thing.i + 1].text == "-" and not thing.whitespace_ \
            and not doc[thing.i + 1].whitespace_ and doc[thing.i + 2].pos_ in _NOUNS:
        thing = doc[thing.i + 2]  # "e-cigarette" is one word the tokenizer split
    while thing.dep_ in ("compound", "flat") and thing.head.i > thing.i and thing.head.pos_ in _NOUNS:
        thing = thing.head  # "in e-cigarette usage": the compound's head
    words = _words()
    if thing.i in exclude or thing.pos_ not in _NOUNS or _empty(thing) or _is_unit_word(thing) \
            or thing.lower_ in words["time_words"] or thing.lower_ in words["places"] or thing.lower_ in words["measure"] \
            or any(t.i in exclude for t in thing.subtree if t.i < thing.i and t.dep_ != "det"):
        return None
    return thing


def _figure_between(doc, start: int, end: int, figures: set[int]) -> bool:
    """Whether a word of another figure stands in doc[start:end] outside brackets (a conversion in
    brackets, "450 Nm (332 lb-ft) of torque", is the same figure)."""
    depth = 0
    for j in range(start, end):
        depth += (doc[j].text == "(") - (doc[j].text == ")")
        if depth <= 0 and j in figures:
            return True
    return False


def _phrase_before(figure):
    """The noun whose phrase ends right before the comma or parenthesis that
    opens an appositive figure ("the monthly salaries of the women here, about $260,")."""
    doc = figure.doc
    start = figure.i
    while start > 0 and doc[start - 1].like_num or (start > 0 and doc[start - 1].text == "$"):
        start -= 1  # the figure's own words before its head ("$ 1,000")
    k = start - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k < 0 or k == start - 1:
        return None  # no comma or bracket between: not a restatement
    while k >= 2 and _hyphen_glued(doc, k - 1):
        k -= 2  # "Kim Chun-ae, a matronly 51-year-old": the name, not its last syllable
    token = doc[k]
    best = token if token.pos_ in _NOUNS else None
    while token.head.i != token.i and token.head.i < start \
            and (token.head.right_edge.i <= k + 1 or token.dep_ in ("flat", "compound")):
        token = token.head  # a name's parts belong to it though the figure hangs from it ("Jamie Armstrong, 25,")
        if token.pos_ in _NOUNS:
            best = token
    if best is None and token.head.i != token.i and token.head.i < start and token.head.pos_ in _NOUNS:
        best = token.head  # "salaries ... here": the adverb hangs from the noun
    return best


def _noun_before(token, reach: int = 3):
    """The noun or name right before `token` (punctuation and brackets between)."""
    doc = token.doc
    k = token.i - 1
    while k >= 0 and doc[k].is_punct and token.i - k <= reach:
        k -= 1
    if k < 0 or doc[k].pos_ not in _NOUNS or _empty(doc[k]):
        return None
    noun = doc[k]
    while noun.dep_ in ("compound", "flat") and noun.head.pos_ in _NOUNS and noun.head.i < token.i:
        noun = noun.head
    return noun


_RATE_WORDS = frozenset({"per", "a", "an", "each", "every"})


_TIME_OFF_WORDS = re.compile(r"\b(?:rest|off|leave|holidays?|vacation|free)\b", re.I)


def _inner_noun(text: str, unit: str) -> str | None:
    """The words after the last number of the figure itself, up to a rate
    ("one or two rest days per month" -> "rest days"), when they are more than
    the unit word."""
    if unit in ("count", "percent") or unit.startswith("currency:"):
        return None
    words = text.split()
    numbers = _words()["number_words"]
    last = max((i for i, w in enumerate(words) if any(ch.isdigit() for ch in w) or w.lower().strip(",") in numbers), default=None)
    if last is None:
        return None
    inner = []
    for w in words[last + 1:]:
        if w.lower() in _RATE_WORDS:
            break
        inner.append(w)
    if len(inner) < 2 or is_bare_unit(" ".join(inner)) or inner[0].lower() in ("or", "and", "to", "plus"):
        return None  # "65 and older", "12 or younger": a bound, no noun
    return " ".join(inner)


def _noun_run_before(verb, exclude: set[int], predicate: bool = False) -> list:
    """The run of nouns and their modifiers that ends right before `verb` (its
    auxiliaries and adverbs skipped): a subject the parse missed. `predicate`:
    also skip a predicate of change or level standing before the figure
    `verb` ("the S&P 500 was down 2.1%", "Healthcare ... dropped 1.61%",
    "dairy prices expected to increase between 4% and 5%")."""
    doc = verb.doc
    k = verb.i - 1
    skipped = 0
    level, bridges = _words()["level"], _words()["predicate_bridges"]
    aside = predicate  # one phrase set off by commas may be stepped over
    while k >= 0 and k not in exclude:
        token = doc[k]
        if (token.pos_ in ("AUX", "ADV", "PART") and token.tag_ != "POS") or (predicate and skipped < 6 and (
                token.text in _DASHES or token.lower_ in bridges and token.pos_ not in _NOUNS
                or token.lower_ in level and (token.pos_ not in _NOUNS or _PAST_FORM.search(token.lower_)))):
            k -= 1
            skipped += 1
            continue
        if aside and token.text == ",":
            # "Healthcare, 2018s best performing sector, dropped 1.61%", "A Mars day, called a sol, is ... 24 hours"
            opening = next((j for j in range(k - 1, max(-1, k - 10), -1) if doc[j].text == ","), None)
            if opening is not None and opening > 0 and not any(j in exclude for j in range(opening, k)):
                k, aside = opening - 1, False
                continue
        break
    run = []
    while k >= 0 and k not in exclude and (doc[k].pos_ in ("NOUN", "PROPN", "ADJ") or doc[k].tag_ == "POS"
                                            or (doc[k].like_num and (run or (k > 0 and _name_part(doc[k - 1]))))
                                            or (run and _name_part(doc[k]))):
        # a number is part of the run after a name ("the S&P 500", "Nasdaq 100 e-minis", "The S P 500")
        run.insert(0, doc[k])
        k -= 1
    if not any(t.pos_ in _NOUNS for t in run) or all(_empty(t) for t in run) or _only_when(run):
        return []
    if predicate and skipped and len(run) == 1 and run[0].lower_ in _words()["measure"]:
        return []  # "a decrease from 203,100 TTD": a change of something the run does not name
    return run


def _only_when(run) -> bool:
    """Whether a run of words only says when ("Last year 45 were convicted", "on Sunday 5.5%"):
    never what a figure is about. A bare "The day" may be ("The day lasts 24 hours")."""
    words = [t.lower_ for t in run if t.pos_ != "DET"]
    time_words, when_words = _words()["time_words"], _words()["when_words"]
    return bool(words) and all(w in time_words or w in when_words or _YEAR_TOKEN.fullmatch(w) for w in words) \
        and any(w in when_words or _YEAR_TOKEN.fullmatch(w) for w in words)


def _name_part(token) -> bool:
    """A word that may stand in a name: a noun, or a letter the tagger took for a symbol ("S P 500")."""
    return token.pos_ in _NOUNS or (token.pos_ in ("SYM", "X") and token.is_alpha)


# a word of change the tagger took for a noun ("employment rose by 67,000") is a verb when it is past
_PAST_FORM = re.compile(r"(?:ed|^rose|^fell|^grew|^sank|^shrank)$")


def _list_place(head):
    """A figure listed after a proper noun: "Laos (350)", "in Peru 40-60, Chile 25"; or the proper
    noun hung from the figure right after it ("30,000 workers, China 50,000")."""
    parent = head.head
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.head.i == head.i and before.pos_ == "PROPN" \
            and before.dep_ in ("nmod:unmarked", "compound", "nmod", "obl:npmod", "nmod:npmod", "obl:unmarked") \
            and _place_name(before) in _words()["places"]:
        return before
    if parent.i == head.i or parent.pos_ != "PROPN" or parent.i > head.i:
        return None
    between = head.doc[parent.i + 1: head.i]
    if any(not (t.is_punct or t.dep_ in ("flat", "compound")) for t in between):
        return None
    if head.dep_ not in ("appos", "nummod", "parataxis", "dep", "list", "nmod", "conj", "obl:npmod", "nmod:npmod", "amod",
                         "nmod:unmarked", "flat"):
        return None
    if _place_name(parent) not in _words()["places"]:
        return None  # "Ms. G (age: 26)" is a person with her age, not a listed place
    return parent


def _place_name(token) -> str:
    parts = [t for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "flat") or t.i == token.i]
    parts += [t for t in token.rights if t.dep_ == "flat"]
    figures = _figure_positions(token)
    return _text(sorted((t for t in parts if t.i not in figures), key=lambda t: t.i)) or token.text  # not "Chile 25"


# ---------------------------------------------------------------- predicates

def _nearest_subject(verb, deps, exclude: set[int]):
    """The subject of `verb` (a child in one of `deps`) nearest to it: two subjects is a parse
    error ("70 percent of refugees are women, NGOs said"), and the nearer is the likelier."""
    subjects = [t for t in verb.children if t.dep_ in deps and t.i not in exclude]
    return min(subjects, key=lambda t: abs(verb.i - t.i)) if subjects else None


def _by_agent(verb):
    """The "by" phrase of a passive verb: who acts ("was confiscated by the state"), not a time
    ("By 2019, 100,000 were believed to work abroad", "by the end of March", "by then")."""
    return next((c for c in verb.children if c.dep_.startswith("obl")
                 and any(g.lower_ == "by" for g in c.children if g.dep_ == "case")
                 and not (_YEAR_TOKEN.fullmatch(c.text) or c.lower_ in _words()["time_words"] or c.pos_ == "NUM")), None)


def _clause_subject(clause, exclude: set[int], modified: bool = True):
    """The subject of `clause`, following control and coordination upwards
    ("workers were forced to work ..."), and (with `modified`) the noun a
    relative or participial clause modifies ("sentences ranging from ...")."""
    c = clause
    for _ in range(4):
        s = _nearest_subject(c, _SUBJECTS, exclude)
        if s is not None:
            if s.tag_ in ("WP", "WDT") and c.dep_ in ("acl:relcl", "acl") and c.head.pos_ in _NOUNS:
                return c.head
            return s
        if c.dep_ == "xcomp" and c.head.i < c.i and c.head.lower_ in _words()["object_control"] \
                and (c.tag_ in ("VB", "VBP") or any(m.dep_ == "mark" and m.lower_ == "to" for m in c.children)):
            # "cause sea levels to rise 11 feet", "helped fraudsters launder $1 million": the object does it
            # (an infinitive; "made 188 arrests, filed 126 indictments" is a list the parse took for one)
            obj = _child(c.head, ("obj",), exclude)
            if obj is not None and obj.i < c.i and obj.pos_ in _NOUNS and not _empty(obj):
                return obj
        if c.dep_ == "acl" and c.head.dep_ == "obj" and any(m.lower_ == "to" for m in c.children if m.dep_ == "mark"):
            c = c.head.head  # "Dell announced plans to lay off ...": who plans acts
            continue
        if modified and c.dep_ in ("acl", "acl:relcl") and c.head.pos_ in _NOUNS and c.head.i not in exclude \
                and not (c.tag_ == "VBG" and any(m.lower_ == "of" for m in c.children if m.dep_ in ("mark", "case"))):
            return c.head  # (not "the cost of sending $200": the cost does not send)
        # up through control and coordination; into a verb of saying only when it is passive
        # ("prices are expected to increase"), as its active subject is a source ("reports indicate ...")
        if c.dep_ in ("xcomp", "conj", "advcl") and c.head.i != c.i and (
                c.head.lower_ not in _words()["reporting"] or _is_passive(c.head)):
            c = c.head
            continue
        break
    return None


_NOT_COMPLEMENTS = frozenset({"conj", "cc", "parataxis", "advcl", "punct", "mark", "ccomp", "acl:relcl", "discourse",
                              "vocative", "list", "dep", "aux", "aux:pass", "cop", "expl", "obl:tmod", "nmod:tmod", "obl:unmarked"})


def _complements(clause, skip: set[int], limit: int = 16, timeless: bool = False, truncate: bool = False) -> list:
    """The clause head and the words that complete it (objects, obliques,
    verb particles, open complements): not its subject, not other clauses;
    with `timeless`, no time expression or other figure either."""
    keep = {clause.i}
    words = _words()
    figures = _figure_positions(clause)
    skip = skip | figures
    for child in clause.children:
        if child.i in skip or child.dep_ in _SUBJECTS:
            continue
        if child.pos_ == "SCONJ" and not child.n_lefts + child.n_rights:
            continue  # a "that" the parser made an object ("estimates that the regime raises $2 billion") opens the clause
        if child.dep_ in _NOT_COMPLEMENTS and not (child.dep_ == "advcl" and child.i > clause.i and not any(
                m.lower_ in words["subordinators"] for m in child.children if m.dep_ == "mark")
                and "," not in (child.left_edge.text, child.doc[child.left_edge.i - 1].text)):
            continue  # "lured citizens to work abroad" completes the verb; "after ...", ", down from 340" do not
        if timeless and ((child.dep_ == "advmod" and all(g.is_punct for g in child.children) and child.lower_ not in words["place_adverbs"]) or child.dep_ in ("iobj", "obl:npmod", "nmod:npmod")
                         or (child.pos_ == "PRON" and child.dep_ in ("obj", "iobj")) or (child.lower_ in _FILLERS and not (child.dep_ == "obj" and child.lower_ in _FILLER_OBJECTS))
                         or (child.dep_.startswith("obl") and (child.i < clause.i or any(g.lower_ == "according" for g in child.children)))
                         or any(t.lower_ in words["time_words"] or _YEAR_TOKEN.fullmatch(t.text) for t in child.subtree if t.i not in figures)):
            continue  # an action is its objects and places, not when or how often (other figures are left out word by word)
        # another figure's phrase coordinated inside the complement goes whole, not word by word ("on health,
        # or 3 percent of GDP": not "on health or of GDP")
        listed = {t.i for d in child.subtree if d.dep_ in ("conj", "appos") and d.i != child.i
                  and (d.i in figures or any(c.i in figures for c in d.children)) for t in d.subtree}
        if timeless and (child.lower_ in _AGE_NOUNS or _is_unit_word(child) or child.lower_ in words["measure"]) \
                and any(c.i in figures for c in child.children):
            continue  # "married before the age of 18": a phrase that only carries another figure
        # (the preposition of another figure goes with it: not "sent to countries of")
        listed |= {c.i for t in child.subtree if t.i in figures and t.i != child.i for c in t.children if c.dep_ == "case"}
        subtree = [t.i for t in child.subtree if t.i not in skip and t.i not in listed]
        room = limit - len(keep)
        if room <= 0:
            break
        if len(subtree) > room and not truncate:
            # a subject holds whole phrases, in order: the complement's head with what fits of its modifiers
            # ("countries that met the criteria", not "countries that met"), or nothing
            if child.dep_ == "obj" and child.pos_ in _NOUNS:
                part = sorted(i for i in _gather(child, room) if i not in skip)
                if len(part) <= room and all(j in part or j in skip for j in range(part[0], part[-1] + 1)):
                    keep.update(part)
            break
        keep.update(subtree[:room])  # the frame keeps a long complement's first words: "to work in industries around ..."
    return sorted((clause.doc[i] for i in keep), key=lambda t: t.i)


def _measure_noun(unit: str, unit_text: str | None) -> str:
    """What an amount an action involves is called: its unit as written ("hours worked"), but money
    is money, not "Australian dollars allocated"."""
    dimension = unit.split(":", 1)[0]
    if unit_text and re.fullmatch(r"[A-Za-z][A-Za-z ]*", unit_text) and len(unit_text) > 2 and dimension != "currency":
        return unit_text
    return {"currency": "money", "length": "distance", "mass": "weight", "duration": "time", "speed": "speed",
            "temperature": "temperature", "area": "area", "volume": "volume", "age": "age"}.get(dimension, "amount")


# ---------------------------------------------------------------- years and attribution

def _clause_chain(clause) -> list:
    chain = [clause]
    c = clause
    for _ in range(6):
        if c.head.i == c.i:
            break
        c = _clause_head(c.head) if not _is_clause_head(c.head) else c.head
        if c in chain:
            break
        chain.append(c)
    return chain


_SUBSET_PRONOUNS = frozenset({"whom", "which", "them", "these", "those"})
_YEAR_NAMES = frozenset({"fy", "fiscal", "year", "calendar"})  # the words of "in fiscal year 2019", "in FY 2019"
# rank of a year the tree or the words give to another figure of the sentence ("compared with 35 in 2015")
OTHER_FIGURES_YEAR = 3
# rank of the year a "when" clause holding the figure is the time of ("since 2016, when the government
# identified eight victims"): it wins, even after "since", which otherwise only starts a period
WHEN_CLAUSE_YEAR = -1


def _conversion_partner(sent, own: set[int], figures: set[int]) -> set[int]:
    """The tokens of the figure this one converts or is converted by, across an opening bracket:
    "€461,500 ($492,753) in 2020" is one amount, and the year is both figures'."""
    first, last = min(own), max(own) + 1
    partner: set[int] = set()
    if last + 1 < len(sent) and sent[last].text in "([" and last + 1 in figures:
        k = last + 1
        while k < len(sent) and k in figures:
            partner.add(k)
            k += 1
    if first >= 2 and sent[first - 1].text in "([" and first - 2 in figures:
        k = first - 2
        while k >= 0 and k in figures:
            partner.add(k)
            k -= 1
    return partner


def _figure_before_in(sent, year) -> int | None:
    """The token right before "in YEAR", past a bracket that closes there: "12 in 2016" -> the 12,
    "203,100 TTD ($30,330) in 2018" -> the TTD figure's last token, "$1.4 million in fiscal year
    2019" -> the figure's. None without "in"."""
    k = year.i - 1
    while k > 0 and year.i - k <= 2 and sent[k].lower_ in _YEAR_NAMES:
        k -= 1
    if k < 1 or sent[k].lower_ != "in":
        return None
    k -= 1
    if sent[k].text in (")", "]"):
        while k >= 0 and sent[k].text not in ("(", "["):
            k -= 1
        k -= 1
    return k if k >= 0 else None


def _level_after_change(sent, change: int, own: set[int]) -> bool:
    """Whether the figure (`own`) is the level a verb of change reached ("to $212 million") and the token
    `change` ends the change the same verb names ("fell 88 percent"): both tell of one event."""
    verb = sent[change].head
    head = next((sent[i] for i in own if sent[i].head.i not in own), None)
    if head is not None and head.dep_ == "nummod":
        head = head.head  # "to 4.5 million units": the counted noun stands in the verb's phrase
    # (a change that starts "from" a level is one level, its year its own: "fell from 246 million in 2000 to ...")
    return head is not None and verb.lower_ in _words()["direction_of"] and head.head.i == verb.i and head.i > change \
        and _has_case(head, ("to",)) \
        and not _has_case(sent[change], ("from",)) \
        and not (sent[change].dep_ == "nummod"  # ("from 60 percent of GDP in 2010": the "from" is on its noun)
                 and _has_case(sent[change].head, ("from",)))


def _bracket_closed_by_year(sent, year) -> int | None:
    """The index of the bracket that the year closes ("(... 65 of forced begging in 2017)"), or None."""
    if year.i + 1 >= len(sent) or sent[year.i + 1].text not in (")", "]"):
        return None
    k = year.i - 1
    while k >= 0 and sent[k].text not in ("(", "[", ")", "]"):
        k -= 1
    return k if k >= 0 and sent[k].text in ("(", "[") else None


def _year_anchors(sent, noun, own: set[int]) -> set[int]:
    """The tokens a year can hang from to be the figure's own: the figure and its noun's phrase, less an
    apposition that holds another figure, which compares rather than describes ("34 victims, an increase
    from 14 victims identified in 2018": those years are not the 34's)."""
    if noun is None:
        return set(own)
    anchors = own | {t.i for t in noun.subtree}
    others = set(_figure_positions(sent)) - own
    for child in noun.children:
        if child.dep_ == "appos" and child.i not in own:
            inside = {t.i for t in child.subtree}
            if inside & others and not inside & own:
                anchors -= inside
    return anchors


def _compared_year(sent, year) -> bool:
    """The year follows "than" or "as" ("more than in 2019", "as many as in 2019"): the time of what the
    figure is compared with, not the figure's ("as of 2019" dates it)."""
    k = year.i - 1
    marked = k >= 0 and sent[k].lower_ in ("in", "during")
    if marked:
        k -= 1
    # ("as" only with "in": "as 2019 ended" opens a clause)
    return k >= 0 and (sent[k].lower_ == "than" or (sent[k].lower_ == "as" and marked))


def _when_year(sent, chain) -> int | None:
    """The position of the year a "when" clause around the figure follows ("since 2016, when ..."),
    however the parser hung the clause."""
    for clause in chain:
        when = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i), None)
        if when is None:
            continue
        k = when.i - 1
        while k >= 0 and sent[k].text == ",":
            k -= 1
        return k if k >= 0 and _YEAR_TOKEN.fullmatch(sent[k].text) else None
    return None


def _opens_clause(token, clause) -> bool:
    """`token` stands before the subject of the `clause` it hangs from ("In 2019, revenue was ...")."""
    subject = _child(clause, _SUBJECTS)
    return subject is not None and token.i < subject.left_edge.i


def _years(sent, chain, anchors: set[int], base: int, own: set[int]) -> tuple[tuple[int, int], ...]:
    """(offset in the sentence, rank) of each year: 0 attached to the figure or its clause, 1 to a clause
    above it, OTHER_FIGURES_YEAR to another figure ("36 victims, compared with 35 in 2015": 2015 is the 35's),
    WHEN_CLAUSE_YEAR to the year a "when" clause holding the figure follows."""
    when_year = _when_year(sent, chain)
    figures = set(_figure_positions(sent))
    partner = _conversion_partner(sent, own, figures)
    others = figures - own - partner
    # the nouns other figures count ("121 confirmed and potential victims in 2015"), but for a noun this
    # figure is part of ("279 victims in 2016, 27 of whom were children")
    counted_by_others = {sent[i].head.i for i in others if sent[i].dep_ in ("nummod", "quantmod") and sent[i].head.i not in anchors
                         and not own & {t.i for t in sent[i].head.subtree}}
    last = max(own) + 1
    if last + 1 < len(sent) and sent[last].lower_ == "of" and sent[last + 1].lower_ in _SUBSET_PRONOUNS:
        counted_by_others = {i for i in counted_by_others if i > last}  # "279 victims in 2016, 27 of whom": the set's year
    # what hangs from another figure, though inside this figure's noun phrase ("four prosecutions (23 in 2017)")
    below_others: set[int] = set()
    for i in others:
        hanging = {t.i for t in sent[i].subtree}
        if not own & hanging:
            below_others |= hanging
    # a figure's clause in the present (or present perfect) is not dated by the past of a noun it mentions
    present = chain[0].tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "cop") and c.tag_ in ("VBZ", "VBP") for c in chain[0].children)
    out = []
    for t in sent:
        if len(t.text) != 4 or not _YEAR_TOKEN.fullmatch(t.text):
            continue
        if t.i == when_year:
            out.append((_offset(t) - base, WHEN_CLAUSE_YEAR))
            continue
        if _compared_year(sent, t) and t.i > max(own):
            out.append((_offset(t) - base, OTHER_FIGURES_YEAR))  # "deported 12,000 last year, twice as many as in 2019"
            continue
        opening = _bracket_closed_by_year(sent, t)
        if opening is not None and opening < min(own) < t.i:
            out.append((_offset(t) - base, 0))  # "(186 were victims ..., 52 of forced labor, ... in 2017)": the bracket's year
            continue
        owner = _figure_before_in(sent, t)
        if owner is not None and (owner in own or owner in partner):
            out.append((_offset(t) - base, 0))  # "198,900 TTD ($29,700) in 2017"
            continue
        if owner is not None and owner in others and (_level_after_change(sent, owner, own)
                                                      or _level_after_change(sent, max(own), _figure_span(sent, owner, others))):
            # "fell 88 percent in 2018 to $212 million", "fell by 9 percent to 612,700 in 2019": one change, one year
            out.append((_offset(t) - base, 0))
            continue
        if t.dep_.startswith("obl") and chain[0].dep_ == "conj" and chain[0].head.i == t.head.i and t.head.pos_ == "VERB" \
                and chain[0].i > t.i:
            # "prosecuted 14 suspects in 2019 and convicted seven traffickers": the first verb's year dates the
            # verb coordinated with it, though it follows the other figure
            out.append((_offset(t) - base, 1))
            continue
        if t.head.i in others and t.head.lower_ in _words()["time_words"] and _has_case(t, ("of",)):
            # "arrived in the first six months of 2019": the span is the clause's time, its year the clause's
            out.append((_offset(t) - base, 1))
            continue
        if t.head.i in others and _opens_clause(t, t.head) and any(t.head.i == c.i for c in chain[1:]):
            # "In 2019, revenue was $3 billion and profit was $200 million": a year opening the first of two
            # clauses dates both, though the first clause's head is another figure
            out.append((_offset(t) - base, 1))
            continue
        if t.i in below_others or owner is not None and (owner in others or owner in counted_by_others):
            out.append((_offset(t) - base, OTHER_FIGURES_YEAR))  # "up from 12 in 2016", however the parse hung it
            continue
        g, rank, clause_rank = t, None, False
        for _ in range(12):
            if g.i in anchors:
                rank = 0
                break
            if g.i in others or g.i in counted_by_others:
                rank = OTHER_FIGURES_YEAR  # "from 14 victims identified in 2018": past the clause that describes them
                break
            if g is not t and _is_clause_head(g) and not clause_rank:
                rank = 0 if g.i == chain[0].i else (1 if any(g.i == c.i for c in chain) else None)
                clause_rank = True
                if rank is None and present and _aside_clause(g) and not own & {d.i for d in g.subtree}:
                    # "The factory, which opened in 2015, produces 2 million pairs": the aside's event, not the figure's
                    rank = OTHER_FIGURES_YEAR
                    break
                if not g.dep_.startswith("acl"):
                    break
            if g.head.i == g.i:
                break
            g = g.head
        if rank is not None:
            out.append((_offset(t) - base, rank))
    return tuple(out)


def _attribution(chain, exclude: set[int], own: set[int] = frozenset()) -> str | None:
    """Who the clauses above the figure credit: "according to ...", or the subject of a verb of saying
    (the agent of a passive one), unless the figure (`own`) counts who speaks."""
    for clause in chain:
        for child in clause.children:
            if child.dep_.startswith("obl") and any(g.lower_ == "according" for g in child.children):
                return noun_phrase(_author(child, exclude), exclude)
    for clause in chain:
        if not _reports(clause):
            continue
        who = _by_agent(clause) if _is_passive(clause) else _nearest_subject(clause, ("nsubj",), exclude)
        if who is not None and any(t.i in own for t in who.subtree):
            return None  # "Nearly 40 percent of the workers surveyed said ...": the figure counts who speaks
        if who is not None and not _empty(who):
            return noun_phrase(_author(who, exclude), exclude)
    return None


def _reports(verb) -> bool:
    """A verb of saying, used as one: "the minister added that ...", not "Health care added 33,000 jobs"."""
    words = _words()
    return verb.lower_ in words["reporting"] \
        and not (verb.lower_ in words["reporting_without_object"] and _child(verb, ("obj",)) is not None)


def _author(source, exclude: set[int]):
    """Who made the document a figure is credited to, when a relative clause says so ("according to the
    annual report UNAMA released in February": UNAMA); otherwise the source itself."""
    for clause in source.children:
        if clause.dep_ in ("acl:relcl", "acl") and clause.pos_ == "VERB" and not _is_passive(clause):
            who = _child(clause, ("nsubj",))
            if who is not None and who.i < clause.i and who.i not in exclude and not _empty(who) and who.pos_ in _NOUNS:
                return who
    return source


# ---------------------------------------------------------------- scope cues

def _restriction(child, exclude: set[int], settings_only: bool = False) -> str | None:
    """"in China" for a prepositional phrase that narrows what is counted to a
    place, a group or a part; None for a time, a breakdown ("primarily in
    Russia"), a phrase holding a figure or another preposition. With
    `settings_only` (a phrase of the clause, not of the counted noun), only a
    place or a setting ("in retail trade") narrows."""
    words = _words()
    case = next((g for g in child.children if g.dep_ == "case"), None)
    if case is None or any(t.i in exclude for t in child.subtree):
        return None  # "convictions in seven cases": the figure's own phrase
    if case.lower_ in ("of", "among") and child.lower_ in words["partitive"]:
        return f"{case.lower_} {child.lower_}"  # "Of these, 753 registered ..."
    if case.lower_ in ("of", "among") and settings_only and any(
            d.dep_ == "det" and d.lower_ in ("these", "those", "them") for d in child.children):
        return f"{case.lower_} {noun_phrase(child, exclude, limit=6, article=True)}"  # "Of those victims, 48 were women"
    if case.lower_ not in words["restricting"] or _empty(child) or child.lower_ in words["not_restricting"]:
        return None
    if any(t.lower_ in words["time_words"] or _YEAR_TOKEN.fullmatch(t.text) for t in child.subtree if t.dep_ != "nmod" or t.i == child.i):
        return None
    before = child.doc[case.i - 1] if case.i > 0 else None
    if any(g.lower_ in words["breakdown"] for g in child.children) or (before is not None and before.lower_ in words["breakdown"]):
        return None
    if settings_only and child.lower_ not in words["settings"] and _place_name(child) not in words["places"] \
            and not (child.pos_ == "PROPN" and child.text[:1].isupper()):
        return None
    phrase = noun_phrase(child, exclude, limit=10, article=True)
    return f"{case.lower_} {phrase}" if phrase else None


def _scope_cues(noun, anchor, clause, exclude: set[int], named=None) -> tuple[tuple[str, ...], str | None]:
    """(restrictions, singular): the phrases that narrow what the figure counts,
    read from the counted noun, the clauses that describe it and the clause
    it stands in; and the word that makes it one person's or one case's."""
    words = _words()
    found: list[str] = []
    places = []  # (phrase head, whether only a place or setting narrows)
    # what is counted, or what a figure in a predicate measures ("inventories in Cushing totaled 32.9 million barrels")
    counted = noun if noun is not None else named if named is not None and named.pos_ in _NOUNS else None
    if counted is not None and counted.lower_ not in words["measure"]:  # "an increase in civilian deaths" measures them
        places += [(c, False) for c in counted.children if c.dep_ == "nmod"]
        for described in (c for c in counted.children if c.dep_ in ("acl", "acl:relcl")):
            places += [(c, False) for c in described.children if c.dep_.startswith("obl")]
    holder = noun if noun is not None else anchor
    if holder.head.i == clause.i or holder.i == clause.i or anchor.head.i == clause.i:
        places += [(c, True) for c in clause.children if c.dep_.startswith("obl")]
        for verb in (c for c in clause.children if c.dep_ == "xcomp" or (
                c.dep_ in ("advcl", "acl") and c.tag_ in ("VBG", "VBN") and not any(m.dep_ == "mark" for m in c.children))):
            places += [(c, True) for c in verb.children if c.dep_.startswith("obl")]  # "... are North Koreans working in China"
    places += [(c, False) for c in anchor.children if c.dep_ in ("nmod", "obl") and c.lower_ in words["partitive"]]
    for child, settings_only in sorted(set(places), key=lambda pair: pair[0].i):
        phrase = _restriction(child, exclude, settings_only)
        if phrase and phrase not in found:
            found.append(phrase)
    singular = None
    owner = noun if noun is not None else named if named is not None and named.pos_ in _NOUNS else None
    if owner is not None:
        for c in owner.children:
            if c.dep_ in ("nmod:poss", "det:poss") and (c.lower_ in words["singular_possessives"]
                                                         or (c.pos_ == "PROPN" and _place_name(c) not in words["places"])):
                singular = _text([t for t in c.subtree if t.i not in exclude])
            elif c.dep_ in ("det", "nummod") and c.lower_ in words["singular_determiners"] and c.i not in exclude:
                singular = f"{c.lower_} {owner.text}"
    if singular is None and clause.lower_ in words["case_verbs"]:
        sentenced = _child(clause, ("obj",), exclude)
        if sentenced is not None and (noun is None or noun.i != sentenced.i):
            singular = f"{clause.lower_} {noun_phrase(sentenced, exclude, limit=_AGENT, article=True)}"
    if singular is None and noun is None:
        # "The middleman paid her 350 yuan": the money is hers
        given = next((c for c in clause.children if c.dep_ in ("iobj", "obj") and c.i not in exclude
                      and c.lower_ in words["singular_objects"]), None)
        if given is not None:
            singular = given.text
    if singular is None:
        who = _clause_subject(clause, exclude, modified=False)
        if who is not None and who.i not in exclude:
            owner_word = next((c for c in who.children if c.dep_ in ("nmod:poss", "det:poss")
                               and c.lower_ in words["singular_possessives"]), None)
            if who.lower_ in words["singular_pronouns"]:
                singular = who.text
            elif owner_word is not None:
                singular = f"{owner_word.lower_} {who.text}"  # "Her family owed 300 kg of corn"
            elif any(c.dep_ in ("det", "nummod") and c.lower_ in words["singular_determiners"] for c in who.children) \
                    and noun is None:
                singular = f"one {who.text}"  # "pay earned by one worker"
    return tuple(found), singular


# ---------------------------------------------------------------- the frame

def frame_of(sent, first: int, last: int, unit: str, unit_text: str | None, base: int = 0) -> Frame | None:
    """What the quantity on tokens [first, last) of the parsed sentence `sent`
    is about; `base` is the sentence's offset in the text (year offsets in the
    frame are relative to the sentence)."""
    if not 0 <= first < last <= len(sent):
        return None
    outer = sent.user_data.get("claims_figure")
    sent.user_data["claims_figure"] = (first, last)  # whose phrase is built: other figures' phrases are left out
    try:
        return _frame_of(sent, first, last, unit, unit_text, base)
    finally:
        sent.user_data["claims_figure"] = outer


def _frame_of(sent, first: int, last: int, unit: str, unit_text: str | None, base: int) -> Frame | None:
    span = sent[first:last]
    # the figure's own words, and the words of every other figure of the sentence: no subject holds them
    exclude = set(range(first, last)) | set(_figure_positions(sent)) | sent.user_data.get("claims_drop", set())
    shared = _shared_with_coordinated(sent, span, exclude, unit, unit_text, base)
    if shared is not None:
        return shared
    noun, anchor, list_place = _counted(span, exclude, unit)
    # "reviewed 37 applications and approved 29 of them": the applications, in the 29's own clause
    picked = noun is not None and noun.i < first and any(c.dep_ == "nmod" and _partitive(c) for c in anchor.children)
    clause = _clause_head(anchor if picked or noun is None else noun)
    if noun is None and clause.dep_ == "acl" and clause.lower_.endswith("ing") and clause.lower_ in _words()["level"] \
            and anchor.head.i == clause.i and not any(c.dep_ in _SUBJECTS for c in clause.children) \
            and clause.head.pos_ in _NOUNS and clause.head.i not in exclude and not _empty(clause.head):
        # "The laborers, numbering about 2,500, were sent to ...": the figure counts the noun the participle describes
        exclude = exclude | {t.i for t in clause.subtree}
        noun = clause.head
        clause = _clause_head(noun)
    if clause.pos_ in _NOUNS and clause.dep_ == "ROOT":
        # "Some 200,000 men, women, and children are held in camps" parsed as a list whose
        # last item holds the verb: the verb is the clause
        verb = next((c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        clause = verb if verb is not None else clause
    subject, subject_head, used = _subject_of(span, noun, anchor, clause, exclude, unit, unit_text, picked)
    subject, subject_head, used = _checked_subject(span, subject, subject_head, used, anchor, clause, exclude, unit, list_place)
    chain = _clause_chain(clause)
    frame_text = _taxonomy_text(sent, span, subject, anchor, clause, used | exclude, exclude, unit)
    own = set(range(first, last))
    anchors = _year_anchors(sent, noun, own)
    restrictions, singular = _scope_cues(noun, anchor, clause, exclude, subject_head)
    if list_place is not None:
        restrictions = (f"in {_place_name(list_place)}",) + restrictions
    subject_head = _counted_population(subject_head)
    return Frame(
        subject=subject,
        subject_head=subject_head.lower_ if subject_head is not None and subject_head.pos_ in _NOUNS + ("PRON",) else None,
        governor=clause.lower_,
        frame_text=frame_text,
        years=_years(sent, chain, anchors, base, own),
        attribution=_attribution(chain, exclude, own),
        list_item=_place_name(list_place) if list_place is not None else None,
        restrictions=restrictions,
        singular=singular,
        direction=_change_direction(anchor, clause),
        doer=_doer(clause, subject_head, exclude),
        acts_on=_acts_on(noun, clause),
    )


def _shared_with_coordinated(sent, span, exclude: set[int], unit: str, unit_text: str | None, base: int) -> Frame | None:
    """"between 12 and 16 hours a day, and sometimes up to 20 hours per day": a figure
    coordinated with an earlier one shares what that one is about (one step: no chains),
    with its own restriction and year. None when the figure is not such a one."""
    first, last = span.start, span.end
    head = _span_head(span)
    if not ((head.dep_ == "conj" or _end_of_from_to(head)) and head.head.i in exclude and head.head.i < first
            and not sent.user_data.get("claims_shared")
            and not any(c.dep_ in _SUBJECTS for c in head.children)
            and _counted(span, exclude, unit)[0] is None):  # "... and 450 Nm of torque" names its own
        return None
    sent.user_data["claims_shared"] = True
    # what restricts the other figure alone is not shared ("fines of 500,000 pesos for individuals
    # and 1 million pesos for companies"); this figure's own restriction is said instead
    other = head.head
    after_other = _restrictions_after(other)
    theirs = [c for c in after_other if c.i < head.i]
    if other.dep_ == "obj":  # "allocated $2 million for shelters and $500,000 for hotlines": hung on the verb
        theirs += [c for c in _restrictions_after(other.head) if other.i < c.i < head.i]
    # the parse may hang this figure's phrase on the other figure ("... for the manual version and 2,380,000 for the CVT")
    mine = _restrictions_after(head) + [c for c in after_other if c.i > head.i]
    sent.user_data["claims_drop"] = {t.i for c in theirs for t in c.subtree}
    try:
        shared = frame_of(sent, other.i, other.i + 1, unit, unit_text, base)
    finally:
        del sent.user_data["claims_shared"], sent.user_data["claims_drop"]
    if shared is None or not shared.subject:
        return None
    restrictions = [_text(list(c.subtree)) for c in mine if not any(t.i in exclude for t in c.subtree)]
    shared = replace(shared, subject=" ".join(filter(None, (shared.subject, *restrictions))))
    # a copy keeps no direction: the figures' own words give theirs; nor the other figure's year when
    # this one has its own ("€412,870 in 2021 and €461,500 in 2020")
    own = set(range(first, last))
    years = _years(sent, _clause_chain(_clause_head(head)), own, base, own)
    return replace(shared, frame_text=" ".join(filter(None, (_text(list(span)), shared.frame_text))), direction=None,
                   years=years if any(rank == 0 for _, rank in years) else shared.years)


def _counted_tokens(noun, span, clause, exclude: set[int]) -> list:
    """The words of the noun phrase the figure counts, less what only says how much."""
    first, last = span.start, span.end
    subject_tokens = _phrase_tokens(noun, exclude)
    if subject_tokens and noun.i < first:
        # "children under the age of 5 years", "employment by 7,000 on net": the phrase that holds the figure
        # says how much, not what ("penalties of 10 to 14 years imprisonment" keeps its "of")
        branch = next((c for c in noun.children if c.left_edge.i <= first <= c.right_edge.i), None)
        if branch is not None and (first <= branch.i < last or branch.lower_ in _words()["measure"] or branch.lower_ in _AGE_NOUNS
                                   or _is_unit_word(branch)) \
                and any(g.dep_ == "case" and g.lower_ not in ("of", "as", "including") for g in branch.children):
            subject_tokens = [t for t in subject_tokens if not branch.left_edge.i <= t.i <= branch.right_edge.i]
    if subject_tokens and noun.i > first:
        # the figure opens its noun phrase: what stands before it ("In the report Sweatshop North Korea,
        # 16- or 17-year-old individuals") is not what it counts, but for a possessor ("Russia's 30,000 workers")
        possessor = {t.i for c in noun.children if c.dep_ == "nmod:poss" for t in c.subtree}
        subject_tokens = [t for t in subject_tokens if t.i > first or t.i in possessor]
    if subject_tokens and noun.dep_ in _SUBJECTS and any(c.dep_ == "expl" for c in clause.children):
        # "there are 80,000 North Koreans working in Dandong": the participle describes them
        for child in clause.children:
            if child.i == subject_tokens[-1].i + 1 and child.dep_ in ("advcl", "acl", "xcomp", "dep") and child.tag_ in ("VBG", "VBN"):
                subject_tokens += [t for t in child.subtree if t.i not in exclude][:_MAX_PHRASE - len(subject_tokens)]
    return subject_tokens


def _possessor_named(noun, tokens: list, clause, exclude: set[int], pronouns=("their", "its")):
    """For a share of a noun a possessive pronoun opens ("of their income"), the subject of the share's own
    clause when the pronoun can stand for it ("their" for a plural, "its" for a singular): (the pronoun, that
    subject's phrase, its tokens). None otherwise ("The state takes 70 percent of their wages": not the state's)."""
    pronoun = next((c for c in noun.children if c.dep_ == "nmod:poss" and c.lower_ in pronouns), None)
    if pronoun is None or pronoun.i != tokens[0].i:
        return None
    owner = _nearest_subject(clause, ("nsubj",), exclude)
    if owner is None or owner.pos_ not in _NOUNS or _empty(owner) or owner.i > noun.i:
        return None
    plural = owner.tag_ in ("NNS", "NNPS")
    # (a name may look plural and be one thing: "Adani Enterprises lost 60% of its market cap")
    if (pronoun.lower_ == "their" and not plural) or (pronoun.lower_ == "its" and plural and not owner.text[:1].isupper()):
        return None
    return pronoun, noun_phrase(owner, exclude, article=True), {t.i for t in _phrase_tokens(owner, exclude, article=True)}


def _total_brought_to(anchor, exclude: set[int]):
    """A figure a total is brought to ("bringing the total number of inspectors to 420"): that total. One that
    names nothing of its own ("hired 150 new labour inspectors, bringing the total to 420") totals what the
    clause before counts ("total of labour inspectors"). None otherwise."""
    verb = anchor.head
    total = next((c for c in verb.children if c.dep_ == "obj" and c.lower_ in _words()["count_heads"] and c.i < anchor.i), None)
    if total is None or anchor.dep_ != "obl" or not _has_case(anchor, ("to",)) or verb.lower_ not in _words()["bringing"]:
        return None
    if _of_phrase(total) is not None:
        return noun_phrase(total, exclude)  # "the total number of inspectors"
    if any(c.dep_ in ("nmod", "compound", "amod") for c in total.children) or verb.dep_ not in ("advcl", "conj", "xcomp") \
            or verb.head.i > verb.i:
        return None
    counted = next((c for c in verb.head.children if c.dep_ in ("obj", "nsubj:pass") and c.pos_ in _NOUNS and c.i < verb.i
                    and any(d.dep_ == "nummod" and d.i in exclude for d in c.children)), None)
    if counted is None:
        return None
    words = [t for t in counted.lefts if t.dep_ == "compound" or (t.dep_ == "amod" and t.lower_ not in _words()["added"])]
    return f"{total.lower_} of {_text(words + [counted])}"


def _compared_with_none(anchor, exclude: set[int]):
    """"The government did not convict any traffickers, compared with two in 2017": a count a comparison sets
    beside a clause that counts none counts what that clause's object is ("traffickers convicted by the
    government"): (subject, its head, the words used), or None."""
    verb = anchor.head
    if anchor.dep_ != "obl" or not _has_case(anchor, ("with", "to")) or verb.lower_ not in ("compared", "comparing") \
            or verb.dep_ not in ("advcl", "conj") or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
        return None
    clause = verb.head
    obj = next((c for c in clause.children if c.dep_ == "obj" and c.pos_ in _NOUNS and c.i < verb.i and c.i not in exclude), None)
    none = next((d for d in obj.children if d.dep_ == "det" and d.lower_ in ("any", "no")), None) if obj is not None else None
    if none is None:
        return None
    tokens = _phrase_tokens(obj, exclude | {none.i})
    return _noun_subject(obj, tokens, clause, exclude | {anchor.i}), obj, {t.i for t in tokens}


def _money_compared(anchor, clause, exclude: set[int]):
    """"Women earn on average 20 percent less than men": a share by which a verb of money ("earn", "pay",
    "spend") gives more or less than another's is of that money: "pay earned by Women"; None otherwise."""
    if clause.lower_ in ("less", "more") and clause.dep_ == "advmod" and anchor.head.i == clause.i:
        clause = clause.head  # "earn 30 percent less": the figure's clause read as the comparative's
    noun = _words()["action_nouns"]["currency"].get(clause.lower_)
    comparative = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ in ("less", "more")), None)
    if noun is None or comparative is None or clause.pos_ != "VERB" or not (
            (anchor.head.i == clause.i and anchor.dep_.startswith("obl")) or anchor.head.i == comparative.i
            or anchor.i == comparative.i) \
            or _child(clause, ("obj",), exclude) is not None:
        return None
    who = _clause_subject(clause, exclude | {anchor.i})
    if who is None or _empty(who) or who.pos_ not in _NOUNS:
        return None
    tokens = _phrase_tokens(who, exclude, limit=_AGENT, article=True)
    return f"{noun} {participle(clause)} by {noun_phrase(who, exclude, limit=_AGENT, article=True)}", None, {t.i for t in tokens}


def _subject_of(span, noun, anchor, clause, exclude: set[int], unit: str, unit_text: str | None, picked: bool):
    """The subject, its head and the words it used: the counted noun's phrase, the time off a
    duration names, or what the predicate says (`_predicate_subject`), else a fallback."""
    subject_tokens = _counted_tokens(noun, span, clause, exclude) if noun is not None else []
    if subject_tokens:
        subject, used = _noun_subject(noun, subject_tokens, clause, exclude, unit, role=anchor if picked else None), \
            {t.i for t in subject_tokens}
        subject_head = noun
        owner = None
        if subject == _text(subject_tokens) and unit in ("percent", "count"):
            # a part of what "its" owns is of one thing ("The company shut three of its factories"); "their"
            # may stand for others than the clause's subject ("Police rescued 12 of their victims")
            owner = _possessor_named(noun, subject_tokens, clause, exclude, ("their", "its") if unit == "percent" else ("its",))
        if owner is not None:
            # "Families spend about 40 percent of their income on food": a share of the families' income
            kept = [t for t in subject_tokens if t.i != owner[0].i]
            subject = _text([t for t in kept if t.i <= noun.i]) + f" of {owner[1]}" \
                + "".join(" " + t.text for t in kept if t.i > noun.i)
            used |= owner[2]
        where = _set_part_predicate(anchor, noun, exclude) if unit == "count" and subject else []
        if where:
            # "Of the 300 workers, 120 were in Russia": the part of the set the predicate says where it is
            subject += " " + _text(where)
            used |= {t.i for t in where}
    elif unit.startswith("duration:") and (time_off := _inner_noun(_text(list(span)), unit)) and _TIME_OFF_WORDS.search(time_off):
        # "allowed just one day of rest per month": the time off the figure names, not who is allowed it
        subject, subject_head, used = time_off, None, set()
    elif total := _total_brought_to(anchor, exclude):
        subject, subject_head, used = total, None, set()
    elif unit == "count" and (none := _compared_with_none(anchor, exclude)):
        subject, subject_head, used = none
    elif unit == "percent" and (compared := _money_compared(anchor, clause, exclude)):
        subject, subject_head, used = compared
    else:
        subject, subject_head, used = _predicate_subject(anchor, clause, exclude, unit, unit_text)
    if subject is None:
        subject, used = _fallback_subject(span, anchor, clause, exclude, unit)
    return subject, subject_head, used


def _checked_subject(span, subject: str | None, subject_head, used: set[int], anchor, clause, exclude: set[int], unit: str,
                     list_place):
    """The subject as the figure's own words correct it: a value "worth" it, a name in brackets
    it measures, a share of GDP; never a year or a bare unit word."""
    valued = _valued_before_worth(span, exclude) if unit.startswith("currency:") else None
    if valued:
        # "seized 300 kilograms of heroin worth an estimated $36 million": the heroin's value, however parsed
        subject, subject_head = f"{_words()['value_noun']} of {_text(valued)}", valued[-1]
    holder = _bracket_holder(span, exclude) if list_place is None and not unit.startswith("age:") else None
    if holder is not None and holder.lower() not in (subject or "").lower() and (subject or "\0").lower() not in holder.lower():
        # "G Hunter Maldonado (15.3 ppg, 7.4 rpg)", "RHP John Gant (0.5 WAR)": a figure in brackets after a
        # name measures that name's something
        subject = f"{subject} of {holder}" if subject and not is_bare_unit(subject) else holder
    # a bare number's subject may be a measure named by a unit's word ("Horsepower jumped from 240 to 273"):
    # it says what the figure is; the unit stays as written (none)
    measure_named = unit == "count" and names_a_measure(subject) and subject_head is not None and subject_head.dep_ in _SUBJECTS
    if subject is not None and _YEAR_TOKEN.fullmatch(subject):
        subject = None  # a year dates a figure, it is never what the figure is about ("six months of 2019")
    if subject is not None and is_bare_unit(subject) and not measure_named:
        subject = None  # never a bare unit word ("percent", "per cent", "%")
    if unit == "percent" and subject is not None and _words()["share_bases"].search(subject):
        measured = _measured_against_base(anchor, clause, used | exclude)
        if measured is not None:
            # "Public debt reached 85 percent of GDP": the debt's size, given as a share of GDP
            subject = f"{noun_phrase(measured, used | exclude)} as a share of {subject}"
            subject_head = measured
            used |= {t.i for t in measured.subtree}
    elif unit == "percent" and subject is not None and not _words()["share_bases"].search(subject):
        base = _base_of_other_level(anchor, exclude)
        if base is not None:
            # "rose to 4.1 percent of GDP in 2020 from 3.6 percent in 2015": both levels are shares of GDP
            subject = f"{subject} as a share of {base}"
    return subject, subject_head, used


def _base_of_other_level(anchor, exclude: set[int]) -> str | None:
    """The total (GDP) the other level of the same change is a share of, when the figure is one of a verb of
    change's two levels ("from 60 percent of GDP in 2010 to 85 percent in 2020") and names none of its own."""
    verb = anchor.head
    words = _words()
    if verb.lower_ not in words["direction_of"] or not _has_case(anchor, ("from", "to")) \
            or any(c.dep_ == "nmod" for c in anchor.children):
        return None
    for level in verb.children:
        if level.i == anchor.i or not any(c.i in exclude and c.dep_ == "nummod" for c in level.children) \
                or not _has_case(level, ("from", "to")):
            continue
        for base in level.children:
            if base.dep_ == "nmod" and _has_case(base, ("of",)):
                phrase = noun_phrase(base, exclude)
                if phrase and words["share_bases"].search(phrase):
                    return phrase
    return None


def _taxonomy_text(sent, span, subject: str | None, anchor, clause, used: set[int], exclude: set[int], unit: str) -> str:
    """What the taxonomy reads: the figure as written, its subject, the governing word and its complements."""
    complement = [t for t in _complements(clause, used, limit=20, truncate=True) if t.i not in used]
    after = sent[clause.i + 1] if clause.i + 1 < len(sent) else None
    if after is not None and clause.pos_ == "VERB" and after.lower_ in _words()["verb_particles"] and after not in complement \
            and after.i not in range(span.start, span.end):
        # "hand over 70% to 80% of their pay": the particle the parse gave the figure ("over 70%") is the verb's
        complement = sorted(complement + [after], key=lambda t: t.i)
    frame_text = " ".join(filter(None, (_text(list(span)), subject, _text(complement))))
    if unit == "percent" and clause.lower_ in _words()["part_verbs"] and clause.i != anchor.i:
        # "Women make up 70 percent of defectors": the part is the clause's subject
        part = _child(clause, _SUBJECTS)
        if part is not None and part.i not in used:
            frame_text += " " + _text(_phrase_tokens(part, exclude))
    return frame_text


def _counted_population(subject_head):
    """"the number of North Korean laborers": the metric's population is the laborers ("estimates
    of the number of North Koreans held": the North Koreans)."""
    for _ in range(3):
        if subject_head is None or subject_head.lower_ not in _words()["count_heads"]:
            break
        counted = next((c for c in subject_head.children if c.dep_ == "nmod" and c.pos_ in _NOUNS
                        and any(g.lower_ == "of" for g in c.children if g.dep_ == "case")), None)
        if counted is None:
            break
        subject_head = counted
    return subject_head


_RESTRICTING_CASES = frozenset({"for", "in", "among", "on", "at"})


def _restrictions_after(token) -> list:
    """The prepositional phrases after a figure (or its verb) that say what it is for or where
    ("500,000 pesos for individuals"), not when."""
    return [c for c in token.rights if c.dep_ in ("nmod", "obl") and c.pos_ in _NOUNS and not _dated(c)
            and _has_case(c, _RESTRICTING_CASES) and len(list(c.subtree)) <= 8]


def _end_of_from_to(token) -> bool:
    """'from 300 to 250' parsed as the 250 hanging from the 300: the second level of one change."""
    return token.dep_ in ("nmod", "obl") and _has_case(token, ("to",)) \
        and _has_case(token.head, ("from",))


def _valued_before_worth(span, exclude: set[int]) -> list:
    """The nouns right before "worth" when "worth" stands right before the figure ("drugs worth
    $36 million", "land worth $5 million"): what the money is the value of. Empty otherwise."""
    doc = span.doc
    at = span.start - 1
    if at > 1 and doc[at].lower_ in _words()["combined"] and doc[at - 1].lower_ in ("a", "an"):
        at -= 2  # "grants worth a combined $12 million", "worth a total $5 million"
    if at < 1 or doc[at].lower_ != "worth":
        return []
    run = []
    before = at
    if before > 1 and doc[before - 1].text == ",":
        before -= 1  # "The project, worth $1.5 billion,"
    for token in reversed(doc[:before]):
        if token.i in exclude or token.pos_ not in ("NOUN", "PROPN", "ADJ") or _is_unit_word(token):
            break
        run.insert(0, token)
    while run and run[-1].pos_ == "ADJ":
        run.pop()
    return run if run and run[-1].pos_ in _NOUNS else []


def _measured_against_base(anchor, clause, exclude: set[int]):
    """The noun whose size a share of a total such as GDP gives: the subject of the verb of level or
    part that governs the share ("Public debt reached 85 percent of GDP", "Remittances accounted for
    6 percent of GDP", "debt was 85 percent of GDP"), or of the figure it is "equivalent to"
    ("Remittances totalled $8.1 billion, equivalent to 6 percent of GDP"). None when an agent acts on
    the share ("The country spends 2 percent of its GDP on defence") or no noun is named."""
    words = _words()
    governor = clause
    if anchor.head.pos_ == "ADJ" and anchor.head.lower_ in ("equivalent", "equal", "comparable") and anchor.head.i != anchor.i:
        other = anchor.head.head  # the figure the share restates, and the clause that holds it
        governor = other if _is_predicate(other) else other.head
    if governor.i != anchor.i and governor.lower_ not in words["level"] and governor.lower_ not in words["part_verbs"]:
        return None
    measured = _child(governor, _SUBJECTS)
    if measured is None or measured.i in exclude or measured.pos_ not in _NOUNS or _is_unit_word(measured):
        return None
    return measured


def _set_part_predicate(anchor, noun, exclude: set[int]) -> list:
    """For a count that is the subject of a copula whose predicate is a prepositional phrase, or
    that counts part of a set named before it: that phrase's words ("27.6 million people were in
    forced labour", "Of the 40 million people in modern slavery, 25 million are in forced labor":
    "in forced labo(u)r"). Empty otherwise."""
    subject = anchor if noun.i < anchor.i else noun
    picked = next((c for c in subject.children if c.dep_ == "nmod" and c.lower_ in ("them", "whom") and _has_case(c, ("of",))), None)
    closing = next((c for c in subject.children if c.dep_ == "nmod" and picked is not None and c.i > picked.i
                    and _has_case(c) and not _has_case(c, ("of",))), None)
    if closing is not None and subject.dep_ in ("appos", "conj", "parataxis", "dep"):
        # "4,200 victims, 1,300 of them in the capital": the part the phrase closing it says where it is
        words = [t for t in closing.subtree if t.i not in exclude]
        return words if len(words) <= 9 and not any(t.is_punct for t in words) else []
    predicate = subject.head
    copula = _child(predicate, ("cop",))
    if not subject.dep_.startswith("nsubj") or copula is None or not _has_case(predicate) \
            or predicate.pos_ not in _NOUNS or predicate.i < subject.i:
        return []
    case = [c for c in predicate.children if c.dep_ == "case" and c.i < predicate.i]
    words = case + [t for t in _phrase_tokens(predicate, exclude, limit=8) if t not in case]
    return words if len(words) <= 9 and not any(t.is_punct for t in words) else []


def _doer(clause, subject_head, exclude: set[int]) -> str | None:
    """Who acts on the figure, then the verb ("workers kept", "the state took"): the
    subject of the verb governing it, or a passive verb's agent; None when the figure
    or what it counts is that subject."""
    if clause.pos_ != "VERB" or (subject_head is not None and subject_head.dep_ in _SUBJECTS and subject_head.head.i == clause.i):
        return None
    who = _by_agent(clause) if _is_passive(clause) else _clause_subject(clause, exclude, modified=False)
    if who is None or who.i in exclude or _empty(who):
        return None
    name = noun_phrase(who, exclude, limit=_AGENT, article=True)
    if name is None:
        return None
    particle = _child(clause, ("compound:prt",))
    return f"{name} {clause.text}" + (f" {particle.text}" if particle is not None else "")


def _acts_on(noun, clause) -> str | None:
    """The verb and its object when the counted noun is that active verb's subject ("killed people"
    of "2,000 soldiers killed 40 people"): what the verb says happens to the object, not to them."""
    if noun is None or noun.dep_ != "nsubj" or noun.head.i != clause.i or clause.pos_ != "VERB":
        return None
    done_to = next((c for c in clause.children if c.dep_ == "obj" and c.pos_ in _NOUNS + ("PRON",)), None)
    return f"{clause.text} {done_to.text}" if done_to is not None else None


def _change_direction(anchor, clause) -> str | None:
    """`increase` or `decrease` when the figure is the amount "by" which its clause's verb of change
    changes something, however far the verb stands ("expected to grow sales by 35 per cent")."""
    return _words()["direction_of"][clause.lower_] if _change_case(anchor, clause) == "by" else None


def _bracket_holder(span, exclude: set[int]) -> str | None:
    """The name a bracket holding the figure follows ("G Hunter Maldonado (15.3 ppg,
    7.4 rpg)"), when the bracket opens at most 12 tokens before the figure; None
    for a place (a list of places is read as one), a figure's own word ("5,300 BDT
    ($66)") or a common noun ("76 cases (73 sex trafficking cases ...)")."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and span.start - k <= 12 and doc[k].text not in ("(", ")") and doc[k].text not in _CLAUSE_BREAKS:
        k -= 1
    if k <= 0 or doc[k].text != "(" or (k - 1) in exclude or doc[k - 1].pos_ != "PROPN":
        return None
    run = _noun_run_before(doc[k], exclude)
    if not run or run[-1].i != k - 1 or any(t.lower_ in _words()["places"] for t in run):
        return None
    return _text(run)


def _counted(span, exclude: set[int], unit: str):
    """(the noun the figure counts or None, the token standing for the figure in
    its clause, the place a listed figure follows or None)."""
    head = _span_head(span)
    list_place = _list_place(head)
    if list_place is not None:
        # the list is about what its first item is governed by: "host countries include Laos (350), ..."
        item = list_place
        while item.dep_ == "conj" and item.head.i != item.i:
            item = item.head
        return None, item, list_place
    own = set(range(span.start, span.end))
    noun, anchor = _counted_noun(head, exclude, own, share=unit == "percent")
    if noun is None and unit.startswith("age:"):
        start = span[0]
        while start.i > 0 and start.doc[start.i - 1].pos_ in ("DET", "ADJ"):
            start = start.doc[start.i - 1]  # "Kim Chun-ae, a matronly 51-year-old"
        # "Children ages 16 and 17", "Ms. G (age: 26)", "adults aged 85 years", "anyone under 18 years of age"
        noun = _phrase_before(start) or _noun_before(start)
        if noun is None and start.i > 0 and start.doc[start.i - 1].lower_ in _words()["age_holders"]:
            noun = start.doc[start.i - 1]
        if noun is not None and noun.dep_ == "nmod" and noun.head.lower_ in _AGE_NOUNS and _has_case(noun, ("of",)) \
                and _has_case(anchor, ("from", "to")):
            noun = noun.head  # "raises the age of criminal responsibility from 10 to 14": that age changed
    if noun is not None and unit.startswith("age:") and noun.lower_ in _AGE_NOUNS:
        # "children under the age of 5 years", "sold at the age of 12": whose age it is
        if noun.dep_ == "nmod" and noun.head.pos_ in _NOUNS and noun.head.i not in exclude and not _empty(noun.head):
            noun = noun.head
        elif noun.dep_ == "obl" and noun.head.pos_ == "VERB" and any(c.dep_ == "case" and c.lower_ in ("before", "after", "at", "by", "until")
                                                                    for c in noun.children):
            # "25,000 girls are married before the age of 18": the age of who is married
            who = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in _NOUNS
                        and c.i not in exclude and not _empty(c)), None)
            noun = who if who is not None else noun
    if noun is not None and unit.startswith("duration:") and noun.dep_ == "nmod" and noun.head.pos_ in _NOUNS \
            and noun.head.i not in exclude and noun.head.lower_ not in _words()["measure"]:
        noun = noun.head  # what lasts is the penalty: "penalties of 10 to 14 years imprisonment"
    if noun is not None and unit.startswith("currency:") and noun.lower_ not in _words()["money_heads"] \
            and any(c.lower_ == "for" for c in anchor.children if c.dep_ == "case") and noun.head.pos_ == "VERB" \
            and noun.head.lower_ in _words()["action_nouns"]["currency"]:
        noun = None  # "sold to a disabled Chinese man for 585 dollars": the money goes with the sale, not the man
    if noun is not None and unit.startswith("currency:") and noun.lower_ not in _words()["money_heads"]:
        # "revenue to the government of $2 billion": the money is the revenue, wherever the "of" attached
        up = noun
        for _ in range(3):
            if up.dep_ not in ("nmod", "appos", "conj") or up.head.pos_ not in _NOUNS:
                break
            up = up.head
            if up.lower_ in _words()["money_heads"]:
                noun = up
                break
    if noun is not None and noun.i in exclude:
        noun = None  # another figure's word
    if noun is not None and noun.lower_ in _words()["level_nouns"] and noun.dep_ == "obl" and noun.head.lower_ in _words()["direction_of"] \
            and _has_case(noun, ("to",)):
        return None, noun, None  # "Sales rose ... to 4.5 million units": the level of what rose, counted in units
    if noun is not None and unit == "count" and _rate_of_named_measure(noun):
        return None, noun, None  # "The maternal mortality ratio stood at 210 deaths per 100,000 live births"
    return noun, anchor, None


def _rate_of_named_measure(noun) -> bool:
    """Whether a counted noun with a rate ("210 deaths per 100,000 live births") is the level of a measure
    its clause's subject names ("The maternal mortality ratio stood at", "Infant mortality fell to"): the
    rate's words are how it is counted, and the subject is what it measures. A bare measure word ("The
    rate was") names nothing, and "There were 91.5 deaths per 100,000 people" has no such subject."""
    if not any(c.dep_ == "nmod" and _has_case(c, ("per",)) for c in noun.children):
        return False
    words = _words()
    if noun.dep_ == "ROOT":
        clause = noun if any(c.dep_ == "cop" for c in noun.children) else None
    elif noun.dep_ == "obl" and _has_case(noun, ("to", "at", "from")):
        clause = noun.head
    elif noun.dep_ == "obj" and noun.head.lower_ in words["level"]:
        clause = noun.head
    else:
        clause = None
    if clause is None or (clause.i != noun.i and clause.lower_ not in words["level"] and clause.lower_ not in words["direction_of"]):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None or subject.pos_ not in _NOUNS or _empty(subject) or subject.lower_.rstrip("s") == noun.lower_.rstrip("s"):
        return False
    return subject.lower_ not in words["measure"] or any(c.dep_ in ("amod", "compound", "nmod") for c in subject.children)


def _noun_subject(noun, tokens: list, clause, exclude: set[int], unit: str = "count", role=None) -> str | None:
    """The counted noun's phrase; what an action counts belongs to whoever acts
    ("employees laid off by Dell", "employees of the company"); people or things
    counted as the subject of a verb come with it ("persons held in political
    prison camps", "people that died in the gulags"). `role` is the token whose
    place in the clause is the noun's, when not the noun's own ("approved 29 of
    them": the 29's)."""
    subject = _text(tokens)
    words = _words()
    if role is not None:
        noun = role
    acting = clause
    if noun.head.i == clause.i and clause.lower_ in words["reporting"] and _is_passive(clause):
        # "10,000 workers are thought to be employed in the Middle East": what is thought of them says what they do
        acting = next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), clause)
    # (a multiplier of a count says how many as well: "twice as many women were identified")
    if (subject is not None and unit in ("count", "times") and noun.dep_ in _SUBJECTS and noun.head.i == clause.i
            and acting.pos_ == "VERB" and (acting.lower_ not in words["level"] or _is_passive(acting)
                                           or _object_of_its_own(acting, exclude) or _levels_nothing(acting, noun))
            and acting.lower_ not in words["reporting"]
            and not any(c.dep_ in ("acl", "acl:relcl") and not _aside_clause(c) for c in noun.children)):
        rest = [t for t in _complements(acting, exclude | {t.i for t in tokens}, limit=7, timeless=True)
                if t.i != acting.i and not t.is_punct]
        # a negation stays with its verb: "800,000 eligible pensioners were not claiming the money"
        negation = next((c.lower_ for c in acting.children if c.dep_ == "advmod" and c.lower_ in ("not", "n't", "never")), None)
        negation = "not" if negation == "n't" else negation
        if _is_passive(acting):
            verb = " ".join(filter(None, (negation, participle(acting))))
        elif acting.tag_ == "VBG":  # "North Koreans working in China's seafood plants"
            verb = " ".join(filter(None, (negation, acting.text)))
        else:  # "people that died in the gulags", "workers that did not receive ..."
            auxiliaries = [c.text for c in acting.children if c.dep_ == "aux" and c.i < acting.i] if negation else []
            verb = " ".join(filter(None, ("that", *auxiliaries, negation, acting.text)))
        return " ".join(filter(None, (subject, verb, _text(rest))))
    # a conjunct of the object is the verb's object as much ("arrested 20 suspects and 30 accomplices")
    placed = noun.head if noun.dep_ == "conj" and noun.head.dep_ in ("obj", "iobj") and noun.head.head.i == clause.i else noun
    if noun.dep_ == "conj" and noun.head.i == clause.i and not any(c.dep_ in _SUBJECTS for c in noun.children) \
            and not noun.lower_.endswith("ed"):  # ("and charged 12", "charged" read as a counted noun: a verb)
        # the same, hung on the verb: "20 suspects and 30 accomplices" read as two clauses, the second verbless
        earlier = _child(clause, ("obj",), exclude)
        placed = earlier if earlier is not None and earlier.i < noun.i else noun
    if noun.dep_ == "nmod" and noun.head.lower_ in words["measure"] and noun.head.dep_ in ("obj", "iobj") \
            and _has_case(noun, ("of",)):
        placed = noun.head  # "covers an average of 40,000 workers": the measure noun stands in the object's place
    if subject is None or placed.dep_ not in ("obj", "iobj") or placed.head.i != clause.i or clause.pos_ != "VERB" \
            or _is_passive(clause) or _reports(clause) \
            or (_names_a_level(noun) and (clause.lower_ in words["bringing"] or clause.lower_ in words["direction_of"])) \
            or any(t.text == "," for t in noun.doc[clause.i + 1 : placed.left_edge.i]):
        # (an "object" after a comma sums up the clause rather than receiving its verb: "prosecuted 312 suspects,
        # but only 39 were convicted, a conviction rate of 12.5 percent")
        return subject
    agent = _clause_subject(clause, exclude | {t.i for t in tokens}, modified=False)
    if agent is not None:
        agent = _antecedent(agent, exclude | {t.i for t in tokens})  # "Musk ..., where he has 80 million followers"
    if agent is None and clause.tag_ in _FINITE_TAGS and 0 < clause.i < noun.i and clause.lower_ not in words["possession"] \
            and clause.lower_ not in words["inclusion"] \
            and clause.lower_ not in words["spread"] and clause.lower_ not in words["level"]:
        # a finite verb whose subject the parse lost ("ISIS-K killed 48 individuals", the name split at its
        # hyphen): what was done to them still says what they are
        return f"{subject} {participle(clause)}"
    if agent is None or _empty(agent) or agent.pos_ not in _NOUNS:
        return subject
    owner = _child(clause, ("iobj",), exclude | {t.i for t in tokens}) if clause.lower_ in words["owning_gift"] else None
    if owner is not None and owner.pos_ in _NOUNS and placed.dep_ == "obj" and noun.lower_ in words["measure"] | words["money_heads"] \
            | words["owned_measures"]:
        return f"{subject} of {noun_phrase(owner, exclude, limit=_AGENT, article=True)}"  # "giving the company a market value"
    if clause.lower_ in words["inclusion"]:
        return f"{subject} in {noun_phrase(agent, exclude, limit=_AGENT, article=True)}"
    if clause.lower_ in words["possession"]:
        return f"{subject} of {noun_phrase(agent, exclude, limit=_AGENT, article=True)}"
    if clause.lower_ in words["spread"]:
        return f"{noun_phrase(agent, exclude, limit=_AGENT)} of {subject}"
    particle = _child(clause, ("compound:prt",))
    verb = participle(clause) + (f" {particle.lower_}" if particle is not None else "")
    # where the action takes those counted, hung on the noun, follows the verb: "workers sent to Russia by ...", not
    # "workers to Russia sent by ..." (money's "to" is whose it is: "revenue to the government generated by ...")
    destination = next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and tokens and c.left_edge.i <= tokens[-1].i <= c.right_edge.i
                        and any(g.dep_ == "case" and g.lower_ == "to" and g.i == c.left_edge.i for g in c.children)), None) \
        if unit == "count" else None
    if destination is not None:
        own = _text([t for t in tokens if t.i < destination.left_edge.i])
        subject = f"{own} {verb} {_text([t for t in tokens if t.i >= destination.left_edge.i])}"
        return f"{subject} by {noun_phrase(agent, exclude, limit=_AGENT, article=True)}"
    return f"{subject} {verb} by {noun_phrase(agent, exclude, limit=_AGENT, article=True)}"


def _object_of_its_own(verb, exclude: set[int]) -> bool:
    """Whether a verb that can give a level has an object that is no figure ("3,000 employees lost
    their jobs", not "exports fell 5 percent"): then it says what its subject did."""
    return any(c.dep_ == "obj" and c.i not in exclude and c.pos_ in _NOUNS + ("PRON",) for c in verb.children)


def _time_rate(anchor) -> bool:
    """Whether the figure is a rate of time ("$5 a day", "$300 per month"), as the quantity grammar
    read its rate (`Quantity.per`, passed with the parsed piece)."""
    doc = anchor.doc
    rates = doc.user_data.get("claims_per", {})
    return any((reading := units_lexicon.read_unit(rates[i])) is not None and reading.unit.startswith("duration:")
               for i in _figure_span(doc, anchor.i, _figure_positions(doc)) if i in rates)


def _levels_nothing(verb, counted) -> bool:
    """Whether a verb that can give a level holds no figure but the one that counts its subject ("Some
    500 workers returned home", "200 migrants remained in the camp"): then it says what they did."""
    if verb.lower_ in _FORMS_OF_BE or verb.lower_ in _words()["staying"] or any(c.dep_ == "expl" for c in verb.children):
        return False  # "there are 2,000 people", "3,000 workers remain in Russia": the count and where it is
    figures = _figure_positions(verb)
    counted_words = range(counted.left_edge.i, counted.right_edge.i + 1)
    return not any(t.i in figures for t in verb.subtree if t.i not in counted_words)


def _money_kind(anchor, clause, exclude: set[int]):
    """The noun of "in recruitment fees", "in fines" after a sum, hung on the sum or on its verb:
    what kind of money the sum is (a place or a time after "in" is not, nor a noun with an article:
    "allocated $2 million for shelters in the capital")."""
    for token in anchor.doc[anchor.i + 1 :]:  # the parsed document is the one sentence
        if token.dep_ in ("obl", "nmod") and token.lower_ in _words()["money_heads"] and token.i not in exclude \
                and (token.head.i in exclude or token.head.i in (anchor.i, clause.i)) \
                and not any(c.dep_ == "det" for c in token.children) \
                and _has_case(token, ("in",)):
            return token
    return None


# what an action may involve as its own measure ("price paid by the middleman", "hours worked by
# these laborers"); a power, a speed or an energy figure is a property of the clause's subject
_ACTION_DIMENSIONS = frozenset({"currency", "duration", "pence", "cent"})


def _predicate_subject(anchor, clause, exclude: set[int], unit: str, unit_text: str | None):
    """For a figure in a predicate: (subject, its head token, tokens it was read
    from). What the clause is about ("the S&P 500" for "is up 15 percent"), or
    for money or time an action involves, the action ("hours worked by ...")."""
    words = _words()
    who, by_pronoun = _predicate_who(anchor, clause, exclude)
    changed = _changed_object(anchor, clause, exclude)
    if changed is not None:
        # "expected to grow sales by 35 per cent", "raised prices to $5": what changed is the object
        return noun_phrase(changed, exclude), changed, {t.i for t in _phrase_tokens(changed, exclude)}
    if _accompanies(anchor):
        return None, None, set()  # the figure's own words say what it is (`_fallback_subject`)
    if _valued_at(anchor, clause) and clause.dep_ == "acl" and clause.head.pos_ in _NOUNS and not _empty(clause.head) \
            and clause.head.i not in exclude:
        # "the minimum wage, set in 2013 at 69 BDT per day": the participle's noun is what is set at the figure
        tokens = _phrase_tokens(clause.head, exclude | {t.i for t in clause.subtree})
        return _text(tokens), clause.head, {t.i for t in tokens}
    named = words["action_nouns"].get(unit.split(":", 1)[0], {}).get(clause.lower_)
    passive = _is_passive(clause)
    if clause.lower_ in words["reporting"] and not _is_passive(clause):
        who = None  # the subject of "reports noted ... 20 hours" is a source, not what is measured
    # "The minimum wage was raised to 8,000 taka": the level the subject was changed to, not money raised
    changed_to = passive and clause.lower_ in words["direction_of"] \
        and _has_case(anchor, ("to", "by", "from"))
    if (unit.split(":", 1)[0] in _ACTION_DIMENSIONS and _acts_as_verb(clause) and not _mistagged_opening(clause)
            and anchor.i != clause.i and clause.lower_ not in words["reporting"] and not changed_to
            and (named or (clause.lower_ not in words["level"] and not passive))):
        return _action_subject(anchor, clause, exclude, unit, unit_text, who, by_pronoun, named, passive)
    if who is not None and not _empty(who):
        return _named_subject(anchor, clause, exclude, unit, who, by_pronoun, passive)
    if who is not None or anchor.dep_ in _SUBJECTS:
        return _described_by_predicate(anchor, clause, exclude, unit)
    return None, None, set()


def _predicate_who(anchor, clause, exclude: set[int]):
    """Who or what the figure's clause is about, and whether a pronoun named it."""
    if anchor.dep_ in _SUBJECTS:
        # the figure is the subject: "70 percent of them are women" counts women
        who = clause if _child(clause, ("cop",)) is not None and clause.pos_ in _NOUNS else None
    else:
        who = _clause_subject(clause, exclude | {anchor.i})
    by_pronoun = who is not None and who.pos_ == "PRON"
    if who is not None:
        who = _antecedent(who, exclude | {anchor.i})  # "Tesla said it expects sales to rise 5%"
    if who is not None and (_empty(who) or who.pos_ in ("ADJ", "DET")):
        # "Most of these workers are in Russia (30,000), ...": what the quantifier picks from
        picked = next((c for c in who.children if c.dep_ == "nmod" and c.pos_ in _NOUNS and c.i not in exclude
                       and any(g.lower_ == "of" for g in c.children if g.dep_ == "case")), None)
        who = picked if picked is not None else who
    if who is not None and _empty(who) and who.dep_ in _SUBJECTS and who.head.i != clause.i:
        who = None
    return who, by_pronoun


def _action_subject(anchor, clause, exclude: set[int], unit: str, unit_text: str | None, who, by_pronoun: bool,
                    named: str | None, passive: bool):
    """Money or time an action involves: "price paid by the middleman", "hours worked by these
    laborers", "pay of the workers paid by the firm"."""
    words = _words()
    # who acts may sit above the verb ("the government, which took ..., leaving ..."): skip its phrase, not its subtree
    skip = exclude | {anchor.i} | ({t.i for t in _phrase_tokens(who, exclude)} if who is not None else set())
    action = [t for t in _complements(clause, skip, limit=7, timeless=True) if t.i != clause.i and not t.is_punct]
    # whom the money goes to, hung on the figure: "remit about $1,000 per month to the party"
    action += [t for c in anchor.children if c.dep_ == "nmod" and c.i not in skip and len(list(c.subtree)) <= 6
               and _has_case(c, ("to",)) for t in c.subtree]
    action.sort(key=lambda t: t.i)
    if named == "pay" and not passive and _paid_for_goods(clause, skip):
        named = words["price_noun"]  # "paid 20,000 yuan for a bride": the bride's price, not anyone's pay
    elif named == "pay" and not passive and clause.lower_ in words["paying"] and who is not None and _is_institution(who) \
            and not any(c.dep_ in ("iobj", "obj") and c.i not in exclude and c.pos_ in _NOUNS + ("PRON",) for c in clause.children) \
            and not _time_rate(anchor):
        named = words["payment_noun"]  # "The company paid $25 million to settle the claims"
    verb = participle(clause)
    if named and verb[:2] == named[:2]:
        verb = ""  # "pay for an 8.5 kW system", not "pay paid"; "pay earned by one worker" keeps its verb
    noun = named or _measure_noun(unit, unit_text)
    earned = unit.startswith("currency:") and clause.lower_ in words["earning_verbs"] and who is not None and _is_institution(who)
    if earned:
        noun = words["earned_by_institution"]  # "revenue earned ... by the government", not its "pay"
    kind = _money_kind(anchor, clause, exclude) if unit.startswith("currency:") else None
    if earned and kind is not None and not kind.lower_.startswith(noun) and kind.lower_ not in words["received_not_earned"]:
        kind = None  # revenue, though "in fees"; but "earns $500 million in revenue from ..." says it once
    if kind is not None:
        # "paid $4,000 in recruitment fees", "collected $2 million in fines": the money is the fees, the fines
        noun = noun_phrase(kind, skip)
        verb = verb or participle(clause)
        action = [t for t in action if t not in kind.subtree and not (t.dep_ == "case" and t.head == kind)]
    done = " ".join(filter(None, (verb, _text(action))))
    # (the noun the action's participle describes, without that participle: "a job paying $500", not "a job paying")
    described = {t.i for t in clause.subtree} if clause.dep_.startswith("acl") and who is not None and clause.head.i == who.i else set()
    agent = noun_phrase(who, exclude | described, limit=_AGENT, article=True) \
        if who is not None and not _empty(who) and who.pos_ in _NOUNS else None
    if agent is None and not passive and clause.tag_ in ("VBD", "VBZ", "VBP"):
        agent = _text(_noun_run_before(clause, exclude))
    if passive or (agent is not None and not by_pronoun and clause.lower_ in words["priced_subject"]):
        # "She was sold ... for 585 dollars", "A bride costs a farmer 10,000 yuan": the price of her, of a bride
        if agent is None and who is not None and who.pos_ == "PRON":
            agent = words["object_pronouns"].get(who.lower_)  # "She was sold ... for 585 dollars": the price of her
        phrase = " ".join(filter(None, (noun, f"of {agent}" if agent else None, f"({done})" if done else None)))
    else:
        # whom it is for, an object the action holds or one named before the figure ("charged each woman 5,000 yuan")
        bought = next((c for c in clause.children if (c.dep_ in ("obj", "iobj") and c.i in {t.i for t in action})
                       or (c.dep_ == "iobj" and c.pos_ in _NOUNS and c.i not in skip and not _empty(c))), None) \
            if (named and clause.lower_ not in words["priced_subject"]) or noun in (words["price_noun"], words["pay_noun"]) \
            else None  # (what a thing costs someone is not theirs: "will cost buyers around $42,500")
        if bought is not None and bought not in action:
            action = sorted(action + _phrase_tokens(bought, skip, article=True), key=lambda t: t.i)
        if bought is not None and bought.dep_ == "iobj" \
                and (noun == words["price_noun"] or (noun == words["pay_noun"] and _is_institution(bought)
                                                    and clause.lower_ not in words["earning_verbs"])):
            # "paid border guards 3,000 yuan for each person": a price for what follows, paid to the guards;
            # "must pay the state $500 a month": paid to the state, as "pay $500 a month to the state" is
            recipient = [t for t in action if t in bought.subtree]
            rest = [t for t in action if t not in recipient and t.i != clause.i]
            done = " ".join(filter(None, (verb or (participle(clause) if noun == words["price_noun"] else ""),
                                         f"to {_text(recipient)}", _text(rest))))
            bought = None
        if bought is not None:
            # "sold the women for 3,000 yuan": the price of the women; "paid the workers $100": their pay;
            # "earning the government $500 million": the government's revenue
            if unit.startswith("currency:") and clause.lower_ in words["earning_verbs"] and _is_institution(bought):
                noun = words["earned_by_institution"]
            whose = [t for t in action if t in bought.subtree]
            # whose it is stands between the noun and its verb, which reads again: "pay of its workers paid by the firm"
            done = " ".join(filter(None, (verb or (participle(clause) if agent else ""), _text([t for t in action if t not in whose]))))
            while whose and whose[0].dep_ == "case":
                whose.pop(0)  # "received $120 of their $800 monthly wage": "pay of their wage", not "of of"
            noun = f"{noun} of {_text(whose)}"
        phrase = " ".join(filter(None, (noun, done, f"by {agent}" if agent else None)))
    return phrase, clause, {t.i for t in action} | {clause.i}


def _named_subject(anchor, clause, exclude: set[int], unit: str, who, by_pronoun: bool, passive: bool):
    """The clause's subject names what the figure is about ("The S&P 500 is up 15 percent"),
    or who acts on what the figure counts ("Police arrested 12": "arrested by Police")."""
    words = _words()
    tokens = _name_tokens(who, exclude)
    if tokens is None:
        return None, None, set()
    # a particle the parse made the figure's preposition ("laid off 6,650") is the verb's
    particle = next((c for c in anchor.children if c.dep_ == "case" and c.i == clause.i + 1
                     and c.lower_ in words["verb_particles"]), None) if anchor.dep_ == "obl" else None
    if unit == "count" and (anchor.dep_ in ("obj", "obl:unmarked", "xcomp") or particle is not None) \
            and anchor.head.i == clause.i and clause.pos_ == "VERB" and not passive and who.pos_ in _NOUNS and not by_pronoun \
            and clause.lower_ not in words["level"] | words["possession"] | words["reporting"] | words["part_verbs"]:
        # "Police arrested 12": the figure counts whom the action is done to, not who does it
        agent = noun_phrase(who, exclude, limit=_AGENT, article=True) or _text(tokens)
        done = " ".join(filter(None, (participle(clause), particle.lower_ if particle is not None else None)))
        return f"{done} by {agent}", clause, {t.i for t in tokens} | {clause.i}
    return _text(tokens), who, {t.i for t in tokens}


def _described_by_predicate(anchor, clause, exclude: set[int], unit: str):
    """What the figure counts is unnamed and its predicate describes it: "753 registered with
    the authorities as workers", "45 were convicted"."""
    # what the figure counts is unnamed, its predicate describes it: "753 registered with the authorities as workers"
    skip = exclude | {anchor.i} | {t.i for t in anchor.subtree}
    pred = _complements(clause, skip, limit=8, timeless=True) if clause.pos_ == "VERB" else []
    empty_of = next((c for c in anchor.children if c.dep_ == "nmod" and _empty(c) and c.pos_ != "PRON"), None)
    named = empty_of is not None or any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in pred)
    # "3,450 calls, of which 120 were referred to police": the calls the relative clause picks from
    picked = clause.head if clause.dep_ == "acl:relcl" and clause.head.pos_ in _NOUNS and not _empty(clause.head) \
        and clause.head.i not in exclude and any(_partitive(c) for c in (*clause.children, *anchor.children)) else None
    picked_text = noun_phrase(picked, exclude | {t.i for t in clause.subtree}) if picked is not None else None
    if not named and unit == "count" and anchor.dep_ in _SUBJECTS and anchor.head.i == clause.i and _is_passive(clause) \
            and (clause.tag_ == "VBN" or clause.tag_ == "JJ" and clause.lower_.endswith("ed")):
        # "45 were convicted", "40 were injured" (a participle the tagger read as an adjective): those convicted
        pred = pred or [clause]
        return " ".join(filter(None, (picked_text, _text(pred)))), clause, {t.i for t in pred}
    if not pred or not named:
        return None, None, set()  # a bare verb ("has") names nothing
    text = _text(pred)
    if empty_of is not None:
        text = f"{empty_of.text} {text}"  # "hundreds of thousands of others have perished": "others perished in them"
    if picked_text and clause.tag_ in _FINITE_TAGS and not any(c.dep_ == "aux:pass" for c in clause.children):
        picked_text += " that"  # "cases that resulted in convictions", as "people that died in the gulags"
    return " ".join(filter(None, (picked_text, text))), clause, {t.i for t in pred}
    return None, None, set()


# personal pronouns a subject may stand for earlier in the sentence, by what they can refer to
_PRONOUN_KINDS = {"he": "person", "she": "person", "it": "singular", "they": "plural"}


def _antecedent(token, exclude: set[int]):
    """For a personal pronoun, the subject earlier in the sentence it stands for ("The company also
    said it has more than 1000 customers", "Musk uses his account, where he has 80 million
    followers"): the nearest one that can be meant (a name for "he" and "she", one thing for "it").
    Any other token, or a pronoun with no such subject, is returned as it is."""
    kind = _PRONOUN_KINDS.get(token.lower_) if token.pos_ == "PRON" else None
    if kind is None:
        return token
    pronoun = token
    for t in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if t.dep_ not in _SUBJECTS or t.pos_ not in _NOUNS or t.i in exclude or _empty(t):
            continue
        plural = t.tag_ in ("NNS", "NNPS")
        if kind == "person" and (plural or not t.text[:1].isupper()):
            continue
        if kind == "singular" and plural or kind == "plural" and not plural and t.pos_ != "PROPN":
            continue
        return t
    return pronoun


def _paid_for_goods(verb, skip: set[int]) -> bool:
    """"paid $500 for the ticket", "paid 20,000 yuan for a bride": what is paid for is bought;
    not "paid $3 for 12 hours of work" (a wage)."""
    words = _words()
    for child in verb.children:
        if child.dep_ == "obl" and child.i > verb.i and child.i not in skip and child.pos_ in _NOUNS \
                and _has_case(child, ("for",)):
            return not any(t.lower_ in words["paid_work"] for t in child.subtree)
    return False


def _is_institution(token) -> bool:
    """A state, a company or a place (as opposed to a person): what it earns is revenue."""
    words = _words()
    if token.lower_ in words["institution_earners"]:
        return True
    name = " ".join(t.text for t in token.subtree if t.dep_ in ("compound", "flat") or t.i == token.i)
    return token.text[:1].isupper() and (name in words["places"] or token.text in words["places"])


def _acts_as_verb(token) -> bool:
    """A verb, or a root the tagger read as a noun that has a subject and an object
    of its own ("Laborers in Qatar receive only about $150 a month")."""
    if token.pos_ == "VERB":
        return True
    return token.pos_ == "NOUN" and token.dep_ == "ROOT" \
        and any(c.dep_ in _SUBJECTS for c in token.children) and any(c.dep_ == "obj" for c in token.children)


def _mistagged_opening(verb) -> bool:
    """A finite verb that opens its sentence with no subject is a noun the tagger misread
    ("Homes from $750,000 stay ..."); an imperative is tagged VB and stays a verb."""
    return verb.i == verb.sent.start and verb.tag_ in ("VBZ", "VBD", "VBP") \
        and not any(c.dep_ in _SUBJECTS for c in verb.children)


def _change_case(anchor, clause) -> str | None:
    """The preposition ("by", "to", "from") that attaches the figure to its clause's verb of change
    ("grow sales by 35 per cent", "rose to $5"), or None."""
    if clause.pos_ != "VERB" or clause.lower_ not in _words()["direction_of"]:
        return None
    cases = [c.lower_ for c in anchor.children if c.dep_ == "case"]
    if anchor.dep_ == "nmod" and anchor.head.head.i == clause.i and anchor.head.dep_ == "obj" and cases and cases[0] in ("by", "from", "to"):
        return cases[0]  # "reduced employment by 7,000", "raise the minimum wage from $7.25 to $15": hung on the object
    if anchor.dep_ == "nmod" and anchor.head.head.i == clause.i and anchor.head.dep_ == "obl" and cases == ["to"] \
            and _has_case(anchor.head, ("by",)):
        return "to"  # "raised its key rate by 50 basis points to 4.75%", the level hung on the amount
    if anchor.head.i != clause.i or not anchor.dep_.startswith("obl"):
        return None
    return next((c for c in cases if c in ("by", "to", "from")), None)


def _name_tokens(who, exclude: set[int]) -> list | None:
    """The noun phrase of a clause's subject, with the parts of a name the parse split off: the
    words before a bare number ("the sp 500 is poised to drop 0.2%") and initials ("The S P 500").
    None when the phrase is only a number: a number is never what a figure is about."""
    tokens = _phrase_tokens(who, exclude)
    if tokens and all(t.like_num or t.is_punct or t.pos_ == "DET" for t in tokens):
        name = [t for t in _noun_run_before(who, exclude) if t.i < tokens[0].i] if who.i == tokens[0].i else []
        if not name:
            return None
        tokens = name + tokens
    doc = who.doc
    while tokens and tokens[0].i > 0 and tokens[0].i - 1 not in exclude and doc[tokens[0].i - 1].is_upper \
            and doc[tokens[0].i - 1].is_alpha and len(doc[tokens[0].i - 1]) == 1:
        tokens = [doc[tokens[0].i - 1]] + tokens
    return tokens


def _changed_object(anchor, clause, exclude: set[int]):
    """The object of a verb of change whose amount or end the figure gives in a
    phrase of its own ("grow sales by 35 per cent", "cut its workforce to
    1,200"), or of a verb that values it at the figure ("put the number of
    children at 20,000"); None for an intransitive change ("sales grew by 35 per cent")."""
    if _is_passive(clause):
        return None
    if anchor.lower_ in _words()["comparatives"] and anchor.head.i == clause.i \
            and any(c.i in exclude and c.i < anchor.i for c in anchor.children):
        # "pulled the healthcare sector 0.68 percent lower" (the figure measures the comparative): the object moved
        obj = _child(clause, ("obj",), exclude)
        return obj if obj is not None and obj.pos_ in _NOUNS and not _empty(obj) and obj.i < anchor.i else None
    if anchor.dep_ == "obj" and anchor.head.i == clause.i and clause.lower_ in _words()["direction_of"]:
        # "raise the minimum wage from $7.25 to $15", the range read as a second object: what changed is the first
        changed = _child(clause, ("iobj",), exclude)
        if changed is not None and changed.lower_ in _words()["money_heads"] | _words()["measure"] and changed.i < anchor.i:
            return changed
    if anchor.i in exclude and anchor.pos_ == "VERB" and not _is_passive(anchor):
        # the figure is the verb: "The company doubled the number of inspectors" multiplies its object
        obj = _child(anchor, ("obj",), exclude)
        return obj if obj is not None and obj.pos_ in _NOUNS and not _empty(obj) and not _is_unit_word(obj) else None
    valued = _change_case(anchor, clause) is None
    if valued and not _valued_at(anchor, clause):
        return None
    obj = _child(clause, ("obj",), exclude)
    # "put the number of children at ..." names them; "raised its key rate by 50 basis points" names the rate
    # ("cut the number of shelters from 12 to 8" names them by a phrase)
    described = obj is not None and any(c.dep_ in ("amod", "compound") or c.dep_ == "nmod" and _has_case(c, ("of",))
                                        for c in obj.children)
    if obj is None or obj.pos_ not in _NOUNS or _empty(obj) or _is_unit_word(obj) \
            or (obj.lower_ in _words()["measure"] and not valued and not described):
        return None
    return obj


def _valued_at(anchor, clause) -> bool:
    """The figure is what a verb of valuing puts its object at: "the report put the
    number of children ... at 20,000 to 30,000", "analysts estimate the damage at $2 billion"."""
    return clause.pos_ == "VERB" and clause.lower_ in _words()["valuing"] and anchor.head.i == clause.i \
        and anchor.dep_.startswith("obl") and _has_case(anchor, ("at",))


def _fallback_subject(span, anchor, clause, exclude: set[int], unit: str):
    """When the tree names nothing: the noun phrase standing right before the
    verb (a subject the parse missed: "hong kong hang seng index jumped 0.4%"),
    else the figure's own noun ("one or two rest days per month" -> "rest days")."""
    if anchor.dep_ not in _SUBJECTS and clause.i != anchor.i and clause.pos_ in ("VERB", "AUX") \
            and clause.lower_ not in _words()["reporting"] and not _accompanies(anchor):  # before a verb of saying stands a source
        before = _noun_run_before(clause, exclude)
        if before:
            return _text(before), {t.i for t in before}
    inner = _inner_noun(_text(list(span)) or "", unit)
    if inner is not None:
        return inner, set()
    # the noun phrase the figure follows ("The December gold contract was up $31.20"), however it was parsed
    before = _noun_run_before(span[0], exclude, predicate=True)
    if before:
        return _text(before), {t.i for t in before}
    return _action(anchor, clause, exclude, unit)


def _accompanies(anchor) -> bool:
    """Whether the figure comes with the action ("work 16 hours a day with one rest day a month"):
    neither the action's measure nor its doer's."""
    return not anchor.head.lower_.startswith("compar") \
        and _has_case(anchor, ("with", "without"))


def _action(anchor, clause, exclude: set[int], unit: str):
    """Last, for a share or a measure that is the object of a verb of action
    whose doer the sentence does not name as a noun: the action with its
    objects and places ("shooting 47.6% from the field" -> "shooting from the
    field"), when they name something; a bare verb names nothing."""
    words = _words()
    if unit == "count" or clause.pos_ != "VERB" or anchor.head.i != clause.i or anchor.dep_ not in ("obj", "obl") \
            or clause.lower_ in words["level"] or clause.lower_ in words["reporting"]:
        return None, set()
    skip = exclude | {t.i for t in anchor.subtree}
    action = [t for t in _complements(clause, skip, limit=8, timeless=True) if not t.is_punct]
    while action and action[-1].dep_ in ("cc", "case") and action[-1].i != clause.i:
        action.pop()  # "from the field and [32.3% ...]": the coordination belongs to another figure
    if not any(t.pos_ in _NOUNS and not _empty(t) and t.i != clause.i for t in action):
        return None, set()
    return _text(action), {t.i for t in action}
