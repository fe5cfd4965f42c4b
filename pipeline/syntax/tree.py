"""Helpers over a parsed piece: clause heads, children, and the noun phrases a
subject is written from (`noun_phrase`, `_phrase_tokens`, `_gather`).
"""
from __future__ import annotations

import re

from .. import units as units_lexicon
from .words import _RELATIVE_TIMES, _words, _YEAR_SPAN_TOKEN


# ---------------------------------------------------------------- tree helpers

_NOUNS = ("NOUN", "PROPN")
_SUBJECTS = ("nsubj", "nsubj:pass", "csubj", "csubj:pass")
# modifiers kept in a noun phrase, before and after its head
_LEFT = frozenset({"amod", "compound", "nmod:poss", "flat", "nummod", "det:poss", "punct", "cc", "conj", "obl:npmod", "nmod:npmod"})
_RIGHT = frozenset({"nmod", "acl", "flat", "compound", "conj", "cc", "amod", "nummod", "case", "punct", "nmod:poss"})
_MAX_PHRASE = 14
_AGENT = 6  # who acts, inside a subject: a name, not its whole description
# obliques that say how a statement is made, not what the action is: "for example", "in some cases"
_FILLERS = frozenset({"example", "instance", "case", "cases", "average", "estimates", "estimate", "all", "part"})
_FILLER_OBJECTS = frozenset({"case", "cases"})  # as an object a case is a thing: "concerned potential trafficking cases"


# how a measure hangs from the adjective it measures ("40 m wide", "26 years old")
_MEASURE_DEPS = frozenset({"obl:npmod", "nmod:npmod", "npadvmod", "obl:unmarked"})


def _figure_positions(tokens) -> frozenset[int]:
    """The positions of every figure's tokens in the parsed sentence (`tokens`: the sentence, a span
    or a token of it), as the pipeline set them before parsing."""
    return frozenset(tokens.doc.user_data.get("claims_figures", ()))


# tags of a finite verb or modal: a clause with none has no verb of its own
_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _has_case(token, words=None) -> bool:
    """Whether `token` has a preposition of its own ("case"), one of `words` when given."""
    return any(c.dep_ == "case" and (words is None or c.lower_ in words) for c in token.children)


def _depth(token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 64:
        token = token.head
        depth += 1
    return depth


def _span_head(span):
    inside = range(span.start, span.end)
    heads = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    return min(heads, key=_depth) if heads else span.root


def _is_predicate(token) -> bool:
    """A word with a subject or a copula of its own: "remittances were $40 billion"."""
    return any(c.dep_ in ("cop", "nsubj", "nsubj:pass") for c in token.children)


def _is_clause_head(token) -> bool:
    return token.dep_ == "ROOT" or token.pos_ in ("VERB", "AUX") or _is_predicate(token)


def _clause_head(token):
    """The verb (or nominal/adjectival predicate) whose clause holds `token`."""
    g = token
    for _ in range(12):
        if g is token:
            if _is_predicate(g):
                return g  # the figure is the predicate: "remittances were $40 billion"
        elif _is_clause_head(g):
            return g
        if g.head.i == g.i:
            return g
        g = g.head
    return g


def _child(token, deps, exclude=()):
    for c in token.children:
        if c.dep_ in deps and c.i not in exclude:
            return c
    return None


def _is_passive(verb) -> bool:
    return any(c.dep_ in ("nsubj:pass", "aux:pass", "csubj:pass") for c in verb.children)


def _unit_word(word: str) -> bool:
    """A unit's word or symbol: the project's own ("percent"), or one the lexicon reads ("miles", "km", "dollars")."""
    lower = word.lower()
    if lower in _words()["units"]:
        return True
    if units_lexicon.read_unit(word) is not None:
        return True
    _, after = units_lexicon.currency_forms()
    return word in after or lower in after


def names_a_measure(text: str | None) -> bool:
    """One word naming a physical measure by its unit ("Horsepower"): as the subject of a bare
    number it says what the number is ("Horsepower jumped from 240 to 273")."""
    if text is None or not re.fullmatch(r"[A-Za-z]+", text):
        return False
    reading = units_lexicon.read_unit(text.lower())
    return reading is not None and ":" in reading.unit and reading.unit.split(":", 1)[0] not in ("duration", "age", "currency")


def is_bare_unit(text: str) -> bool:
    """True when `text` is only unit words and symbols ("percent", "per cent", "%", "$", "miles")."""
    return all(_unit_word(w) or not any(ch.isalnum() for ch in w) for w in text.split())


def _empty(token) -> bool:
    return token.lower_ in _words()["empty"] or token.pos_ == "PRON"


def _is_unit_word(token) -> bool:
    return _unit_word(token.text)


_COMPARING = frozenset({"compared", "comparing", "versus", "vs", "vs.", "against", "from"})


def _gather(token, budget: int, article: bool = False) -> set[int]:
    """`token` with its modifiers and prepositional phrases, deepest parts left
    out first when the phrase would pass `budget` tokens."""
    keep = {token.i}
    # "five times as many visas as in 2018": the degree words of a multiplier and what it compares with are the
    # figure's, not which visas
    degree = [child.i for child in token.lefts if _as_many(child)]
    for child in token.lefts:
        if (child.dep_ in _LEFT or (child.dep_ == "det" and (article or child.lower_ not in ("the", "a", "an")))) and child.i not in degree:
            keep.update(t.i for t in child.subtree)
    for child in token.rights:
        if degree and any(g.lower_ == "as" for g in child.children if g.dep_ in ("case", "mark")):
            continue
        if child.dep_ in ("acl:relcl", "acl") and _free_relative(token):
            keep.update(t.i for t in child.subtree)  # "what these workers earn abroad" is one phrase
            break
        restrictive = child.dep_ == "acl:relcl" and _restricts(token, child)
        if child.dep_ not in _RIGHT and not restrictive:
            break  # a relative clause set off by a comma, a verb's complement: the phrase ends
        if child.dep_ == "acl" and (child.lower_ in _words()["direction_of"] or child.lower_ in _COMPARING):
            break  # "50,000 workers in Russia, down from 60,000 the year before": a comparison, not a description
        if any(g.lower_ == "according" for g in child.children if g.dep_ == "case"):
            break  # "people, according to researchers": who says so, not which people
        if any(g.lower_ in ("including", "excluding") for g in child.children if g.dep_ == "case") \
                and "," in (child.left_edge.text, token.doc[max(child.left_edge.i - 1, 0)].text):
            break  # "187 countries, including the United States": an example, not which countries
        if _dated(child):
            continue  # "children in 2017": the claim's year says when
        if (child.dep_ == "acl" and _aside_clause(child)) or (child.dep_ == "amod" and child.i > token.i and "," in (
                child.left_edge.text, token.doc[child.left_edge.i - 1].text)):
            break  # "The law, adopted in 2018,", "The project, worth $1.5 billion,": more of the noun, not which
        room = budget - len(keep)
        if room <= 0:
            break
        subtree = _restrictive_subtree(child)
        if len(subtree) > room:
            subtree = _without_other_figures(child, subtree)
        if len(subtree) > room and child.dep_ in ("acl", "appos") \
                and "," in (child.left_edge.text, token.doc[max(child.left_edge.i - 1, 0)].text):
            break  # an aside too long to keep ("the prison, built for 1,500 inmates,") is left out whole, not cut
        if restrictive and len(subtree) > room:
            break  # a relative clause is kept whole or not at all
        part = set(subtree) if len(subtree) <= room else _gather(child, room)
        if len(part) > room:
            break
        keep.update(part)
    return keep


def _as_many(token) -> bool:
    """"as many", "as much" before a noun: the degree of a comparison ("twice as many women as men")."""
    return token.dep_ == "amod" and token.lower_ in ("many", "much") \
        and any(g.lower_ == "as" and g.dep_ == "advmod" and g.i < token.i for g in token.children)


def _restricts(noun, clause) -> bool:
    """Whether a relative clause says which of the noun's things are meant ("45 cases that were dismissed",
    "180 individuals officials screened"): not set off by a comma, holding no figure (a clause that gives the
    noun's figure is its predicate: "Maria who was 10"), and not spoken to the reader ("the screen you see")."""
    doc = noun.doc
    if _aside_clause(clause) or clause.left_edge.i <= noun.i or clause.pos_ == "AUX":
        return False  # (an auxiliary heading it: the parse lost its verb, "who may have [been, ...]")
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in ("you", "we", "i") for c in clause.children):
        return False
    figures = _figure_positions(doc)
    return not any(t.i in figures for t in clause.subtree)


_RELATIVE_PERIODS = frozenset({"year", "month", "week", "quarter", "decade"})


def _dated(token) -> bool:
    """Whether `token` heads a phrase that only dates something: "in 2017", "in fiscal year 2018",
    "as of September 5, 2024". It says when, which the claim's year holds, not what is counted."""
    if token.dep_ not in ("nmod", "obl", "nmod:tmod", "obl:tmod", "nmod:unmarked", "obl:unmarked"):
        return False
    cases = [c.lower_ for c in token.children if c.dep_ == "case"]
    if cases == ["of"]:
        return False  # "the Child Protection Code of 2003" names which code
    figures = _figure_positions(token)
    subtree = [t for t in token.subtree if t.dep_ != "case" or t.i == token.i]
    if token.lower_ in _RELATIVE_PERIODS and not cases and len(subtree) == 2 and subtree[0].lower_ in _RELATIVE_TIMES:
        return True  # "last year", "this month"
    if not any(_YEAR_SPAN_TOKEN.fullmatch(t.text) for t in subtree) or any(t.i in figures for t in subtree):
        return False
    date_words = _words()["date_words"]
    return all(_YEAR_SPAN_TOKEN.fullmatch(t.text) or t.lower_ in date_words or (t.like_num and len(t.text) <= 2)
               for t in subtree)


def _without_other_figures(token, subtree: list[int]) -> list[int]:
    """`subtree` less the phrases of other figures coordinated inside it ("victims of sex trafficking,
    52 of forced labor, and 65 of forced begging"): they are those figures' words, not this one's."""
    doc = token.doc
    own = range(*doc.user_data.get("claims_figure", (0, 0)))
    others = {i for i in _figure_positions(token) if i not in own}
    aside = set()
    for t in token.subtree:
        if t.i != token.i and t.dep_ in ("conj", "appos") and t.i in others:
            aside.update(c.i for c in t.subtree)
            aside.update(j for j in range(t.left_edge.i - 2, t.left_edge.i) if j > token.i and doc[j].dep_ in ("cc", "punct")
                         and doc[j].head.i in (t.i, t.head.i))
    return [i for i in subtree if i not in aside]


def _restrictive_subtree(token) -> list[int]:
    """The positions of `token`'s subtree without its relative clauses and verbless asides set off
    by a comma ("imprisonment, which were sufficiently stringent" comments on the phrase,
    it does not say which one) and without phrases that only date it ("cases in 2015")."""
    aside = set()
    for t in token.subtree:
        if t.i != token.i and _dated(t):
            aside.update(c.i for c in t.subtree)
            continue
        if t.i == token.i or not _aside_clause(t):
            continue
        if t.left_edge.text == ",":
            aside.update(range(t.left_edge.i, t.right_edge.i + 1))
        else:
            aside.update(range(t.left_edge.i - 1, t.right_edge.i + 1))
    return [t.i for t in token.subtree if t.i not in aside]


def _aside_clause(token) -> bool:
    """A relative clause set off by a comma ("workers, who were recruited by agencies,"), a participle
    set off by two ("The law, adopted in 2018,"), or a verbless clause with a subject of its own
    ("victims of the raid, most of them women,"): it says more of a noun, not which."""
    doc = token.doc
    opened = token.left_edge.text == "," or (token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == ",")
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.i < token.i:
        # a participle in commas on both sides ("The law, adopted in 2018, sets ..."); one that only opens
        # with a comma may run to the end of what it describes ("the prison, built for 1,500 inmates")
        after = token.right_edge.i + 1
        return opened and ((after < len(doc) and doc[after].text == ",") or token.right_edge.text == ",")
    if not (token.dep_ == "acl:relcl" or token.dep_ == "appos" and any(c.dep_.startswith("nsubj") for c in token.children)):
        return False
    return opened


_ONE = frozenset({"one", "1", "a", "an", "single"})


def _shared_noun(head, others: set[int]):
    """The plural noun two counts share when the first names only its kind: "20 sex trafficking and
    13 labor trafficking victims" counts 20 sex trafficking victims. A singular noun counted by more
    than one cannot be what is counted; the plural conjunct that another figure counts is."""
    if head.tag_ != "NN" or head.pos_ != "NOUN" or any(c.dep_ == "nummod" and c.lower_ in _ONE for c in head.children):
        return None
    for child in head.rights:
        if child.dep_ == "conj" and child.tag_ == "NNS" and child.pos_ == "NOUN" \
                and any(t.i in others and t.i < child.i for t in child.subtree) \
                and any(c.dep_ == "compound" for c in child.children):
            return child
    return None


def _phrase_tokens(head, exclude: set[int], limit: int = _MAX_PHRASE, article: bool = False) -> list:
    """The noun phrase of `head`: the head, its modifiers and prepositional
    phrases, contiguous, at most `limit` tokens, leading articles dropped."""
    if head.i in exclude:
        return []
    keep = _gather(head, limit, article)
    own = range(*head.doc.user_data.get("claims_figure", (0, 0)))
    others = {i for i in _figure_positions(head) if i not in own}
    shared = _shared_noun(head, others)
    for child in head.rights:
        # another figure before a plural noun coordinated with this plural counts it ("60 women and 35 girls");
        # "three sex trafficking and zero labor trafficking investigations" share their noun
        counted = head.tag_ in ("NNS", "NNPS") and any(t.i in others and t.i < child.i for t in child.subtree)
        hung = child.dep_ == "nmod" and child.i in others and not _has_case(child, ("of",))
        if (child.dep_ in ("conj", "appos") and (child.i in exclude or counted)) or hung:
            # "employees, or about 5% of its workforce", "eight sex trafficking victims and 17 labor trafficking
            # victims", "36 potential victims, including 22 for sex trafficking": another figure's phrase
            keep -= {t.i for t in child.subtree}
    # a preposition of the figure's own is left out with it ("expenditures for the division from [$1 million]")
    breakdown = _words()["breakdown"]
    dangling = {i for i in keep if head.doc[i].dep_ == "case" and head.doc[i].head.i in exclude
                and head.doc[i].lower_ not in breakdown}
    for i in list(keep):
        t = head.doc[i]
        if t.dep_ == "nmod" and t.head.i in exclude and _partitive(t):
            dangling |= {c.i for c in t.subtree}  # "38 of them children": whom the figure picks from
        elif t.i in others and t.dep_ == "conj" and t.head.i in keep and t.head.i != head.i and t.i > head.i:
            # "victims of sex trafficking and 39 of forced labor": what follows the other figure is its own
            dangling |= {c.i for c in t.head.subtree if c.i >= t.i}
        elif t.dep_ == "acl" and t.lower_ in _words()["spread"] and all(c.i in exclude for c in t.children if not c.is_punct):
            dangling.add(t.i)  # "traffickers ... ranging [from 2 to 15 years]": with its figure gone, it says nothing
        elif t.dep_ in ("conj", "appos") and t.head.i in exclude and any(c.i in others for c in t.subtree):
            # "a cost of $12 million, or about $2,700 per participant", "fines of up to 500,000 pesos and prison
            # terms of up to 15 years": the other figure's words
            dangling |= {c.i for c in t.subtree}
    bridged = keep | exclude  # a gap left by the figure itself does not end the phrase
    keep -= exclude | dangling
    if shared is not None:
        keep -= {t.i for t in shared.subtree}
        keep.add(shared.i)
        bridged |= set(range(head.i + 1, shared.i))
    tokens = [t for t in head.doc[min(keep, default=head.i): max(keep, default=head.i) + 1] if t.i in keep]
    # contiguous run around the head; a gap (a token left out) ends it
    run = [t for t in tokens if t.i == head.i]
    for t in reversed([t for t in tokens if t.i < head.i]):
        if any(j not in bridged for j in range(t.i + 1, run[0].i)):
            break
        run.insert(0, t)
    for t in [t for t in tokens if t.i > head.i]:
        if any(j not in bridged for j in range(run[-1].i + 1, t.i)):
            break
        run.append(t)
    drop = ("of", "and", "or") if article else ("of", "and", "or", "the", "a", "an")
    while run and (run[0].is_punct or run[0].dep_ in ("case", "cc") or run[0].pos_ == "SCONJ" or run[0].lower_ in drop) \
            and run[0].i != head.i:  # "(estimated) that remittances ...": the clause's "that" is not the phrase's
        run.pop(0)
    while run and (run[-1].is_punct or run[-1].dep_ in ("case", "cc") or run[-1].lower_ in ("of", "and", "or")) and run[-1].i != head.i:
        run.pop()
    opened = sum(t.text == "(" for t in run) - sum(t.text == ")" for t in run)
    after = run[-1].i + 1 if run else len(head.doc)
    if opened == 1 and after < len(head.doc) and head.doc[after].text == ")" and after not in exclude:
        run.append(head.doc[after])  # "Bureau of Economic Analysis (BEA)"
    elif opened > 0:
        cut = max(i for i, t in enumerate(run) if t.text == "(")
        if run[cut].i > head.i:
            run = run[:cut]  # a parenthesis the phrase cannot close: leave it out
    while run and run[-1].is_punct and run[-1].text != ")" and run[-1].i != head.i:
        run.pop()
    doc = head.doc
    while run and _hyphen_glued(doc, run[-1].i + 1) and run[-1].i + 2 not in exclude:
        run += [doc[run[-1].i + 1], doc[run[-1].i + 2]]  # a hyphenated word is whole: "Kim Chun-ae"
    while run and _hyphen_glued(doc, run[0].i - 1) and run[0].i - 2 not in exclude:
        run = [doc[run[0].i - 2], doc[run[0].i - 1]] + run
    return run


def _text(tokens) -> str | None:
    """The words of `tokens` as written in the document (a figure the parser saw
    as a stand-in number reads as written); a gap between tokens is one space."""
    if not tokens:
        return None
    doc = tokens[0].doc
    source = doc.user_data.get("claims_source")
    if source is None:
        out = tokens[0].text
        for prev, tok in zip(tokens, tokens[1:]):
            if tok.i == prev.i + 2 and _hyphen_glued(doc, prev.i + 1):
                out += "-" + tok.text
                continue
            out += (prev.whitespace_ if tok.i == prev.i + 1 else " ") + tok.text
        return out.strip() or None
    text, origin = source
    pieces, start, end, last = [], origin[tokens[0].i][0], origin[tokens[0].i][1], tokens[0].i
    for tok in tokens[1:]:
        # a hyphen left out between two parts of one word is put back: "Jong-ju", not "Jong ju"
        if tok.i == last + 1 or (tok.i == last + 2 and _hyphen_glued(doc, last + 1)):
            end = origin[tok.i][1]
        else:
            pieces.append(text[start:end])
            start, end = origin[tok.i]
        last = tok.i
    pieces.append(text[start:end])
    return " ".join(pieces).strip() or None


def noun_phrase(head, exclude: set[int] = frozenset(), limit: int = _MAX_PHRASE, article: bool = False) -> str | None:
    """The phrase of `head` as written; `article` keeps a leading "the" (inside
    another phrase, where a capital determiner is lowered: "by these laborers")."""
    text = _text(_phrase_tokens(head, set(exclude), limit, article))
    if article and text:
        first, _, rest = text.partition(" ")
        if rest and first in ("The", "These", "This", "Those", "That", "A", "An", "Its", "Their", "His", "Her", "Our",
                              "One", "Some", "Many", "Most", "All", "Each", "Every", "Other", "Several"):
            text = f"{first.lower()} {rest}"
    return text


def _offset(token) -> int:
    """Character offset of `token` in the text the sentence was cut from."""
    source = token.doc.user_data.get("claims_source")
    return token.idx if source is None else source[1][token.i][0]


def participle(verb) -> str:
    """'worked' for work/works/working/worked, 'spent' for spend/spending: the
    form of "hours worked by ..."."""
    word = verb.lower_
    irregular = _words()["participles"]
    if word in irregular:
        return irregular[word]
    if verb.tag_ in ("VBN", "VBD") or word.endswith("ed"):
        return word  # the past participle of a regular verb is its past tense; irregular ones are in the table
    if word.endswith("ing") and len(word) > 4:
        stem = word[:-3]
        for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
            if base in irregular:
                return irregular[base]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            return stem + "ed"  # "running" -> "runned" is caught above; "planning" -> "planned"
        return stem + "ed"
    # a verb in -s is its third person whatever the tag says ("prescribes" tagged as a noun made "prescribesed")
    third_person = verb.tag_ == "VBZ" or (word.endswith("s") and not word.endswith(("ss", "us", "is")))
    if third_person and word.endswith("ies"):
        return word[:-3] + "ied"
    if third_person and word.endswith("s"):
        word = word[:-1]
        if word in irregular:
            return irregular[word]
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ied"
    return word + "ed"


def _partitive(token) -> bool:
    """A pronoun a part is taken from: "them" of "29 of them", "whom" of "27 of whom" (not "those"
    with a clause of its own: "of those who arrived" names them)."""
    return token.pos_ == "PRON" and token.lower_ in _words()["partitive"] and not _free_relative(token)


def _free_relative(token) -> bool:
    """ "what" or "those" heading a clause of its own: "of what these workers earn" names the
    earnings, "of those who arrived" the arrivals."""
    return (token.lower_ in ("what", "whatever") and any(c.dep_ == "acl:relcl" for c in token.children)) \
        or (token.lower_ == "those" and any(c.dep_ in ("acl:relcl", "acl") and c.i > token.i for c in token.children))


def _hyphen_glued(doc, i: int) -> bool:
    """Whether the token at `i` is a hyphen joining the words on both sides without a space
    ("Chun-ae", "Jong-un": the tokenizer splits them)."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and doc[i - 1].is_alpha and doc[i + 1].is_alpha


def _headed_span(sent, token, figures: set[int]) -> set[int] | None:
    """The positions of the figure `token` stands in, when `token` is its head (every other word of the
    figure hangs inside it); None otherwise."""
    span = _figure_span(sent, token.i, figures)
    return span if all(sent[j].head.i in span for j in span if j != token.i) else None


def _figure_span(sent, i: int, figures: set[int]) -> set[int]:
    """The positions of the figure whose stand-in holds position `i` (its symbol, number and unit word)."""
    start = end = i
    while start - 1 in figures:
        start -= 1
    while end + 1 in figures:
        end += 1
    return set(range(start, end + 1))


_AGE_NOUNS = frozenset({"age", "ages"})
