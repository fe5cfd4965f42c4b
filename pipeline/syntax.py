"""The syntactic layer: what each figure is about, read from a dependency parse.

`parser_pieces` turns a sentence's tokens and quantities into what the parser
reads (each figure as a plain stand-in number, the sentence cut at semicolons
and dashes). `frame_of(sentence, first, last, unit, unit_text)` takes one parsed
piece (a spaCy `Doc` from the project's tagger and parser, `pipeline/models/`)
and the word range of a quantity in it, and returns a `Frame`, a plain record:

- `subject`: the noun phrase the figure counts or measures, with its modifiers
  and prepositional phrases ("North Korean workers in Russia's Far East"); for
  a share, what it is a share of ("70 percent of wages" -> "wages"); for a
  figure in a predicate, the clause's subject ("The S&P 500 is up 15 percent");
  for money or a duration that an action involves, the action and who does it
  ("hours worked by these laborers", "pay earned by one worker"); for people
  or things counted, what they do or undergo ("persons held in political
  prison camps") or who acts on them ("employees laid off by Dell").
- `frame_text`: the subject, the word that governs the figure and that word's
  complements: what the metric taxonomy reads, instead of the whole clause.
- `years`: the years in the sentence, ranked by how close they attach in the
  tree to the figure's clause (0: its own clause, 1: a clause above it).
- `attribution`: the subject of the reporting verb above the figure, or the
  object of "according to".
- `list_item`: the place a figure is listed after ("Laos (350), Vietnam (120)").
- `restrictions`: phrases that narrow what the figure counts to a place, a
  group or a part ("in China" of "North Koreans working in China", "of these"
  of "Of these, 753 registered ..."); `pipeline/scope.py` weighs them.
- `singular`: the word that makes the figure one person's or one case's ("his"
  of "his salary", "Kim" of "Kim's wages", "one worker" of "pay earned by one worker").

Nothing here loads a model: `load_parser` does, when the pipeline is built.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from . import units as units_lexicon
from . import vocab
from .quantities import restates

MODEL_NAME = "en_claims_syntax"
_YEAR = r"(?:1[6-9]|20)\d\d"
_YEAR_TOKEN = re.compile(_YEAR)
_YEAR_SPAN_TOKEN = re.compile(rf"{_YEAR}(?:[-–/]{_YEAR})?")  # "2016", "2016–2018" as one token
# a year as a report writes it in running text: "2015", "FY 2012", "fiscal year 2012"
_YEAR_PHRASE = rf"(?:(?:FY|fiscal\s+year)\s*)?{_YEAR}\b"
_IN_YEAR = rf"\bin\s+{_YEAR_PHRASE}"
# the year before the one a sentence names: "29 the previous year", "$4 million a year earlier"
# "the year before", "a year earlier", "two years earlier" (not "two years before the war": whose year is that?)
YEARS_BACK = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years?|decades?)"
YEAR_BEFORE = rf"(?:the\s+(?:year\s+before|previous\s+year|prior\s+year|preceding\s+year)|{YEARS_BACK}\s+(?:earlier|before(?![ \t]+[\w\"“])))\b"


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


def default_model_path():
    """The pipeline the project trained (scripts/train_syntax.py), shipped as package data."""
    return resources.files("pipeline") / "models" / MODEL_NAME


def load_parser(model: str | None = None):
    """The shipped syntactic pipeline, or a user's trained spaCy pipeline (a
    package name or a path) that has a dependency parser."""
    import spacy
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    name = str(default_model_path()) if model is None else model
    # numpy's BLAS multiplies the small matrices of a CNN tagger and parser about
    # twice as fast as thinc's default (blis) here; one BLAS thread per process
    # keeps `--jobs N` at N busy cores and the speed figures per core honest.
    threadpool_limits(limits=1, user_api="blas")
    try:
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(name, exclude=["ner", "lemmatizer", "textcat", "textcat_multilabel", "entity_ruler", "senter"])
    except OSError as exc:
        raise ValueError(f"cannot load the spaCy pipeline {name!r}: {exc}") from None
    if not nlp.has_pipe("parser"):
        raise ValueError(f"the spaCy pipeline {name!r} has no dependency parser (components: {', '.join(nlp.pipe_names)})")
    return nlp


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = vocab.load_toml("syntax.toml")
    change = vocab.context()["change_verbs"]
    direction_of = {verb: direction for direction in ("increase", "decrease") for verb in change[direction]}
    participles = {form: participle for participle, forms in data["irregular_participles"].items() for form in forms}
    unit_words = set()
    for forms in units_lexicon.own_unit_forms().values():
        for form in forms:
            unit_words.update(w.lower() for w in form.split())
    unit_words.update({"percent", "per", "cent", "%", "percentage", "points", "point", "times", "year-old", "old"})
    weekdays = frozenset(vocab.context()["weekdays"])  # one list for the grammar, the years and the tree
    return {
        "measure": frozenset(data["measure_nouns"]),
        "owned_measures": frozenset(data["owned_measures"]),
        "level": frozenset(data["level_verbs"]) | frozenset(direction_of),
        "direction_of": direction_of,  # the verbs of change, with the direction each gives
        "comparatives": frozenset(vocab.context()["change_comparatives"]),  # "2 percent lower"
        "change_nouns": frozenset(data["change_nouns"]),
        "reporting": frozenset(data["reporting_verbs"]),
        "reporting_without_object": frozenset(data["reporting_without_object"]),
        "empty": frozenset(data["empty_heads"]),
        "units": frozenset(unit_words),  # the project's own; pint's and Babel's are asked of the lexicon
        "participles": participles,
        "possession": frozenset(data["possession_verbs"]),
        "owning_gift": frozenset(data["owning_gift_verbs"]),
        "bare_past": frozenset(data["bare_past_verbs"]),
        "level_nouns": frozenset(data["level_nouns"]),
        "age_holders": frozenset(data["age_holders"]),
        "inclusion": frozenset(data["inclusion_verbs"]),
        "group_adjectives": frozenset(data["group_adjectives"]),
        "spread": frozenset(data["spread_verbs"]),
        "object_control": frozenset(data["object_control_verbs"]),
        "double_object": frozenset(data["double_object_participles"]),
        "subordinators": frozenset(data["subordinators"]),
        "clause_openers": frozenset(data["clause_openers"]),
        "places": frozenset(vocab.places()),
        # one-word place names as a subject head reads them ("china")
        "place_heads": frozenset(w.lower() for w in vocab.places() if " " not in w),
        "money_heads": frozenset(data["money_heads"]),
        "share_bases": re.compile(r"\b(?:%s)$" % "|".join(re.escape(b) for b in data["share_bases"]), re.I),
        "action_nouns": {"currency": {form: noun for noun, forms in data["money_nouns"].items() for form in forms},
                         "duration": {form: noun for noun, forms in data["duration_nouns"].items() for form in forms}},
        "number_words": frozenset(w.lower() for w in vocab.numbers()["number_words"]) | frozenset(vocab.numbers()["number_scales"]),
        "restricting": frozenset(data["restricting_cases"]),
        "breakdown": frozenset(data["breakdown_adverbs"]),
        "not_restricting": frozenset(data["not_restricting"]),
        "settings": frozenset(data["setting_nouns"]),
        "partitive": frozenset(data["partitive_pronouns"]),
        "singular_possessives": frozenset(data["singular_possessives"]),
        "singular_pronouns": frozenset(data["singular_pronouns"]),
        "singular_objects": frozenset(data["singular_objects"]),
        "object_pronouns": dict(data["object_pronouns"]),
        "place_adverbs": frozenset(data["place_adverbs"]),
        "verb_particles": frozenset(data["verb_particles"]),
        "noun_verbs": frozenset(data["noun_verbs"]),
        "singular_determiners": frozenset(data["singular_determiners"]),
        "case_verbs": frozenset(data["case_verbs"]),
        "predicate_bridges": frozenset(data["predicate_bridges"]),
        "count_heads": frozenset(data["count_heads"]),
        "part_verbs": frozenset(data["part_verbs"]),
        "clause_prepositions": frozenset(data["clause_prepositions"]),
        "valuing": frozenset(data["valuing_verbs"]),
        "value_noun": data["value_noun"],
        "institution_earners": frozenset(data["revenue_earners"]["heads"]),
        "earning_verbs": frozenset(data["revenue_earners"]["verbs"]),
        "earned_by_institution": data["revenue_earners"]["noun"],
        "paid_work": frozenset(data["paid_for_work"]["words"]),
        "price_noun": data["paid_for_work"]["goods_noun"],
        "pay_noun": data["paid_for_work"]["work_noun"],
        "priced_subject": frozenset(data["paid_for_work"]["priced_subject_verbs"]),
        "paying": frozenset(data["paid_for_work"]["paying_verbs"]),
        "staying": frozenset(data["staying_verbs"]),
        "time_words": _TIME_WORDS_BUT_DAYS | weekdays,
        "date_words": _TIME_WORDS_BUT_DAYS | weekdays | _DATE_EXTRAS,
        "when_words": _WHEN_BUT_DAYS | weekdays,
        "payment_noun": data["paid_for_work"]["payment_noun"],
    }


# ---------------------------------------------------------------- what the parser reads

# The parser sees a figure as one plain number with a plain unit noun: "As many
# as 30,000 children" reads "1,000 children", "an estimated 70-90 percent of
# wages" reads "10 percent of wages", "some 40 m wide" reads "1,000 meters wide" (the noun pint names the unit by),
# "W46,000" reads "$ 1,000". The grammar has already read the expression;
# qualifiers, ranges and symbols only give the parser room to err.
_KEEP_AS_WRITTEN = ("fraction", "ratio", "multiplier")
_AGE_BOUNDS = frozenset({"under", "over", "above", "below"})  # "children under five": an age bound, its unit unwritten
_AGE_OPENERS = frozenset({"aged", "ages"})  # "children aged 5 to 17", "children ages 16 and 17"
_FORMS_OF_BE = frozenset({"is", "was", "are", "were", "be", "been", "being"})
_COPULAS = (_FORMS_OF_BE - {"being"}) | {"remains", "remained"}
# auxiliaries in -ed ("used to", "needed not"): any other word in -ed tagged an auxiliary is a participle
_AUXILIARY_WORDS = frozenset({"used", "needed", "dared"})


def _stand_in(unit: str, unit_text: str | None, kind: str) -> list[str]:
    number = "thousands" if kind == "vague" else "1,000"
    if unit == "count":
        return [number]
    if unit == "percent":
        return ["10", "percent"]
    if unit.startswith("currency:"):
        return ["$", "1,000"]  # "won" as written would read as a verb
    if unit_text is None and not unit.startswith("age:"):
        return [number]  # a unit the figure shares with the next ("nine and 16 years"): not written here
    noun = units_lexicon.unit_noun(unit)
    # a unit of several words reaches the parser as words ("miles per hour"): one token with spaces in it
    # is a word no tagger has seen ("the 50mph winds" read "winds" as a verb)
    return [number, *noun.split()] if noun else [number]


_APOSTROPHES = frozenset({"'", "\u2019"})


def parser_input(tokens: list[tuple[str, int, str]], quantities: list[tuple[int, int, str, str | None, str]]):
    """Words and spaces for the parser, the (start, end) offsets each word stands
    for, and each quantity's [first, last) word range (quantities in text order).

    `tokens`: (text, offset, trailing space) of the sentence's tokens;
    `quantities`: (start, end, unit, unit text, kind) of its quantities."""
    words: list[str] = []
    spaces: list[bool] = []
    origin: list[tuple[int, int]] = []
    ranges: list[tuple[int, int]] = []
    i = 0
    for q_start, q_end, unit, unit_text, kind in list(quantities) + [(None, None, None, None, None)]:
        while i < len(tokens) and (q_start is None or tokens[i][1] + len(tokens[i][0]) <= q_start):
            text, offset, space = tokens[i]
            # a plural's possessive mark ("workers' wages") the tagger reads as a quote: it reads "'s" as one
            possessive = text in _APOSTROPHES and words and not spaces[-1] and words[-1][-1:] in ("s", "S") \
                and i + 1 < len(tokens) and tokens[i + 1][0][:1].isalpha() \
                and not any(t[0] in _APOSTROPHES and (k == 0 or tokens[k - 1][2]) for k, t in enumerate(tokens[:i]))
            # (not after an opening quote: "said 'the 300 workers' were paid" closes it)
            words.append("'s" if possessive else text), spaces.append(bool(space)), origin.append((offset, offset + len(text)))
            i += 1
        if q_start is None:
            break
        restated = _restatement(tokens, i, q_start, q_end)
        if restated is not None and words and words[-1] in ("(", "[") and ranges and ranges[-1][1] == len(words) - 1 \
                and ranges[-1][0] < ranges[-1][1]:
            # "377,883 (11.3%) of those deaths", "€461,500 ($492,753) in 2020": the same amount again, in
            # brackets right after it; the parser reads the sentence without it and the figure shares its words
            words.pop(), spaces.pop(), origin.pop()
            spaces[-1] = True
            ranges.append(ranges[-1])
            i = restated
            continue
        first = len(words)
        inside = []
        while i < len(tokens) and tokens[i][1] < q_end:
            inside.append(tokens[i])
            i += 1
        if not inside:
            ranges.append((first, first))
            continue
        # an age after a copula ("the median age ... was 17") reads as any number there
        predicate_age = unit.startswith("age:") and unit_text is None and bool(words) and words[-1].lower() in _COPULAS
        if kind in _KEEP_AS_WRITTEN or (unit.startswith("age:") and not predicate_age):
            for text, offset, space in inside:
                words.append(text), spaces.append(bool(space)), origin.append((offset, offset + len(text)))
            opener = inside[0][0].lower()
            if unit.startswith("age:"):
                # "girls aged 12 were married off", "youth aged 15 to 24 stood at": the tagger reads "aged" as the
                # sentence's verb; a preposition in its place reads as a phrase of the noun, which the age is
                at = first if opener in _AGE_OPENERS and len(inside) > 1 else first - 1
                # ("adults aged 85 years" reads best as "adults of 85 years")
                if at >= 0 and words[at].lower() in _AGE_OPENERS and at + 1 < len(words) and words[at + 1].lower() not in _AGE_BOUNDS:
                    words[at] = "of" if unit_text else "between"
            if unit.startswith("age:") and unit_text is None and inside[-1][0][:1].isalnum() and opener in _AGE_BOUNDS:
                # "children under five died": with its unit word the age reads as a phrase of the noun, and the
                # verb after it as the verb ("five died" read "died" as a noun)
                spaces[-1] = True
                words.append(unit.split(":", 1)[1] + "s"), spaces.append(bool(inside[-1][2]))  # "years", "months"
                origin.append(origin[-1])
        else:
            stand_in = _stand_in(unit, unit_text, kind)
            if unit == "count" and inside[-1][0].lower() in ("times", "time"):
                stand_in = stand_in + ["times"]  # "sold three times": how often, not how many
            if inside[0][0].lower() == "from" and len(inside) > 1 and not unit.startswith("currency:") and words \
                    and words[-1].isalpha() and words[-1].lower() not in _words()["level"]:
                # "increased its workforce from 1,200 to 1,500": after a noun, the change's levels are a phrase,
                # not a bare number read as part of a name ("workforce 1,000"); after a verb ("ranged") a
                # bare number reads as well
                stand_in = ["from", *stand_in]
            words.extend(stand_in)
            spaces.extend([True] * (len(stand_in) - 1) + [bool(inside[-1][2])])
            origin.extend([(q_start, q_end)] * len(stand_in))
        ranges.append((first, len(words)))
    if spaces:
        spaces[-1] = False
    return words, spaces, origin, ranges


def _restatement(tokens: list[tuple[str, int, str]], i: int, q_start: int, q_end: int) -> int | None:
    """When tokens[i] opens the quantity (`q_start`, `q_end`) and a closing bracket follows it, the
    index of the token after that bracket; else None."""
    if i >= len(tokens) or tokens[i][1] != q_start:
        return None
    k = i
    while k < len(tokens) and tokens[k][1] < q_end:
        k += 1
    return k + 1 if k < len(tokens) and tokens[k][0] in (")", "]") else None


_CLAUSE_BREAKS = frozenset({";", "—", "--", "…", "...", "–"})
_DASHES = frozenset({"—", "--", "–"})
_DASH_TAIL = 8  # words: a shorter tail after a dash is parsed with the clause before it


_FINAL_PUNCTUATION = frozenset({".", "!", "?", ":", "…", '"', "”", "'", "’", ")"})


def parser_pieces(tokens: list[tuple[str, int, str]], quantities: list[tuple[int, int, str, str | None, str]]):
    """The parts of one sentence that go to the parser: the sentence is cut at
    semicolons and dashes (independent clauses: a shorter input parses faster
    and better), and only parts holding a quantity are kept. Yields (words,
    spaces, origin, [(index into `quantities`, (first, last))])."""
    pieces, current = [], []
    for token in tokens:
        if token[0].isspace():
            continue  # spaCy keeps runs of spaces as tokens; the parser was trained without them
        if token[0] in _CLAUSE_BREAKS:
            if current:
                pieces.append(current)
            current = [token]  # the break opens the next piece, and is dropped unless it joins the one before
        else:
            current.append(token)
    if current:
        pieces.append(current)
    joined: list[list] = []
    for piece in pieces:
        if joined and piece[0][0] in _DASHES and sum(1 for t in piece[1:] if t[0][:1].isalnum()) < _DASH_TAIL:
            # a short tail after a dash is no clause of its own but the end of the one before it
            # ("A Mars day, called a sol, is also longer — 24 hours, 39 minutes, and 35 seconds")
            joined[-1] = joined[-1] + piece
        else:
            joined.append(piece)
    pieces = [piece[1:] if piece[0][0] in _CLAUSE_BREAKS else piece for piece in joined]
    pieces = [piece for piece in pieces if piece]
    for piece in pieces:
        start, end = piece[0][1], piece[-1][1] + len(piece[-1][0])
        members = [k for k, q in enumerate(quantities) if start <= q[0] < end]
        if not members:
            continue
        members.sort(key=lambda k: quantities[k][0])
        words, spaces, origin, ranges = parser_input(piece, [quantities[k] for k in members])
        if words[-1][-1:] not in _FINAL_PUNCTUATION:
            # a piece cut at a semicolon ends as a sentence does: the parser, trained on whole sentences, reads
            # "The median age of victims identified was 17" without its period as a clause "identified" heads
            words.append("."), spaces.append(False), origin.append((end, end))
        yield words, spaces, origin, list(zip(members, ranges))


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
# words of time (with the weekdays of context.toml, in `_words()["time_words"]`)
_TIME_WORDS_BUT_DAYS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times", "today",
                         "yesterday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "quarter", "decade", "period", "end", "beginning",
                         "ago", "earlier", "later"})
# how a measure hangs from the adjective it measures ("40 m wide", "26 years old")
_MEASURE_DEPS = frozenset({"obl:npmod", "nmod:npmod", "npadvmod", "obl:unmarked"})


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


def _figure_positions(tokens) -> frozenset[int]:
    """The positions of every figure's tokens in the parsed sentence (`tokens`: the sentence, a span
    or a token of it), as the pipeline set them before parsing."""
    return frozenset(tokens.doc.user_data.get("claims_figures", ()))


# tags of a finite verb or modal: a clause with none has no verb of its own
_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _finite_verbs(tokens) -> list:
    return [t for t in tokens if t.tag_ in _FINITE_TAGS]


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
    _promote(verb, root, "nsubj:pass" if _is_passive(verb) else "nsubj")
    if verb.pos_ != "VERB":
        verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.lower_.endswith("s") else "VBP"
    for child in list(root.children):
        if child.i > verb.i:
            child.head = verb  # the full stop


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
    level = _words()["level"]
    for verb in sent:
        if verb.pos_ == "NOUN" and verb.dep_ in ("nmod", "obl") and (
                verb.lower_ in direction_of or verb.lower_ in level and verb.i + 1 in figures and verb.lower_.endswith("s")):
            _change_verb_as_noun_phrase(sent, verb, figures)


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
    if noun.i >= verb.i or not (noun.pos_ in _NOUNS or gerund) or last.head.i != verb.i or last.dep_ in ("case", "det") \
            or last.pos_ not in ("NOUN", "PROPN", "ADJ") \
            or not any(c.dep_ == "case" and c.lower_ not in _words()["clause_openers"] for c in verb.children if c.i < verb.i) \
            or not (level or any(c.i > verb.i and any(t.i in figures for t in c.subtree)
                                 and any(g.dep_ == "case" and g.lower_ in ("to", "by", "from") for g in c.children)
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
    phrase inside the verb's object ("raises the age of criminal responsibility from 10 to 14"): it
    is the verb's amount or levels, and the object, the whole phrase, is what changed."""
    figures = _figure_positions(sent)
    direction_of = _words()["direction_of"]
    for figure in sent:
        owner = figure.head
        if figure.i not in figures or figure.dep_ != "nmod" or owner.dep_ != "nmod" or owner.i > figure.i \
                or not any(c.dep_ == "case" and c.lower_ in ("by", "from", "to") and c.i < figure.i for c in figure.children):
            continue
        obj = owner.head
        verb = obj.head
        if obj.dep_ != "obj" or verb.pos_ != "VERB" or verb.lower_ not in direction_of or obj.i > owner.i \
                or figure.right_edge.i != owner.right_edge.i:
            continue  # (the figure's phrase ends the noun's: nothing of the noun's follows it)
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
    subject, and the prepositional phrase is that noun's again."""
    root = _root(sent)
    if root is None or root.pos_ not in _NOUNS:
        return
    for verb in root.rights:
        case = next((c for c in verb.children if c.dep_ == "case" and c.i < verb.i), None)
        inner = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i), None)
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBD", "VBP") or case is None or inner is None or case.i > inner.i:
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
        if not any(c.dep_ == "case" and c.lower_ in ("in", "for", "of") for c in changed.children):
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
        copular = verb.pos_ == "AUX" and verb.dep_ == "cop" and verb.head.i > verb.i
        if copular:
            verb = verb.head  # "50 of whom were minors": the predicate heads the clause
        elif not (verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ in ("JJ", "VBN") and verb.lower_.endswith("ed")):
            continue
        end = next((t.i for t in sent[verb.i + 1 :] if t.is_punct), len(sent))
        inside = range(verb.i + 1, end)
        tops = [t for t in sent[verb.i + 1 : end] if t.head.i not in inside or t.head.i == t.i] if not copular else []
        saved = _snapshot(sent)
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
                       and any(g.dep_ == "case" and g.lower_ == "of" for g in c.children)), None)
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
        if noun.pos_ not in _NOUNS + ("ADJ",) or not any(c.dep_ == "case" and c.lower_ == "with" for c in noun.children) \
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
                or not _YEAR_TOKEN.fullmatch(year.text) or year.dep_ == "obl":
            continue
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


def _repair_level_under_change(sent) -> None:
    """"Sales fell by 2,000 to 9,000 in 2020": the parser hangs the level reached from the change
    ("by 2,000 to 9,000"), which leaves the change without the verb's year. Both tell of the verb."""
    figures = _figure_positions(sent)
    direction_of = _words()["direction_of"]
    for level in sent:
        change = level.head
        if level.i not in figures or level.dep_ != "nmod" or change.i not in figures or change.i > level.i \
                or change.head.lower_ not in direction_of or change.head.pos_ != "VERB" \
                or not any(c.dep_ == "case" and c.lower_ == "to" for c in level.children):
            continue
        level.head, level.dep_ = change.head, "obl"


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
                      and any(g.dep_ == "case" and g.lower_ == "than" for g in c.children)), None)
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
    of = sent[0] if sent[0].lower_ == "of" else \
        next((t for t in sent[2:] if t.lower_ == "of" and sent[t.i - 1].lower_ == "that"), None)
    if of is None or of.dep_ not in ("case", "mark") or len(sent) < of.i + 6:
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
    if of.i > 0:
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
    agent = any(c.dep_ == "obl" and any(g.dep_ == "case" and g.lower_ == "by" for g in c.children) for c in root.rights)
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


def _repair_participle_as_auxiliary(sent) -> None:
    """A participle right after its noun, tagged an auxiliary of the verb after it ("Only 30 of the
    200 workers interviewed received the minimum wage", "migrants surveyed reported"): no
    auxiliary ends in -ed, so it is a participle describing the noun."""
    for participle in sent:
        if participle.pos_ != "AUX" or not participle.lower_.endswith("ed") or participle.lower_ in _AUXILIARY_WORDS \
                or participle.i == 0 or participle.head.i <= participle.i or participle.head.pos_ != "VERB":
            continue
        noun = sent[participle.i - 1]
        if noun.pos_ not in _NOUNS or noun.tag_ not in ("NN", "NNS"):
            continue
        participle.pos_, participle.tag_ = "VERB", "VBN"
        participle.head, participle.dep_ = noun, "acl"


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
        for child in list(root.children):
            if child.i > verb.i:
                child.head = verb  # the full stop
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        root.head, root.dep_ = verb, "nsubj"
        participle.tag_ = "VBN"
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
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        for child in list(root.children):
            if child.i > verb.i:
                child.head = verb  # the full stop
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


def _has_case(token) -> bool:
    return any(c.dep_ == "case" for c in token.children)


def _promote(token, replaced, dep: str) -> None:
    """`token` takes `replaced`'s place in the tree (its head and relation, or the root's),
    and `replaced` hangs under it as `dep`. `token` must not be above `replaced`."""
    if replaced.head.i == replaced.i:
        token.head, token.dep_ = token, "ROOT"
    else:
        token.head, token.dep_ = replaced.head, replaced.dep_
    replaced.head, replaced.dep_ = token, dep


_REPAIRS = (
    _repair_named_numbers, _repair_participle_as_auxiliary, _repair_noun_verb, _repair_present_verb_as_noun, _repair_counted_under_adverb, _repair_counted_verbs, _repair_compound_verb, _repair_change_noun_verb, _repair_change_verb_as_noun, _repair_gerund_subject,
    _repair_part_verb, _repair_clause_noun, _repair_reporting_participle, _repair_noun_root, _repair_subject_before_aside, _repair_noun_object,
    _repair_second_object, _repair_apposition_as_object, _repair_level_after_change_noun, _repair_subject_of_noun, _repair_participle_as_phrase_head, _repair_verb_in_apposition, _repair_subordinate_clause, _repair_according_relative, _repair_relative_noun_verb, _repair_partitive_relative, _repair_part_relative, _repair_participle_of_those, _repair_possessive_of,
    _repair_predicate_in_relative, _repair_figure_compound, _repair_figure_of, _repair_adjective_verbs,
    _repair_adjective_conjunct, _repair_verb_in_object, _repair_copular_conjuncts, _repair_subject_in_conjunct,
    _repair_listed_names, _repair_moved_by, _repair_with_at, _repair_agreement_verb, _repair_parallel_count,
    _repair_absolute_participle, _repair_year_to_figure, _repair_level_under_change, _repair_figure_after_date, _repair_figure_conjunct, _repair_clause_as_noun_conjunct,
    _repair_number_heads, _repair_postnominal_adjective, _repair_adjective_subject, _repair_hyphenated_modifier,
    _repair_comparative_share, _repair_relative_verb, _repair_coordinated_verb_in_s, _repair_opening_participle,
    _repair_opening_set, _repair_apposition_root, _repair_comparison_root, _repair_verb_after_comparison, _repair_plural_noun_verb,
    _repair_reporting_root, _repair_reported_clause, _repair_source_as_object, _repair_verbless_compound, _repair_verbless_root,
    _repair_level_adjective, _repair_level_noun_root, _repair_change_participle, _repair_participle_subject, _repair_reduced_relative_root,
    _repair_participle_complement,
    _repair_reduced_relative_copula, _repair_verb_as_relative, _repair_free_relative_verb, _repair_compound_subject, _repair_verb_in_phrase,
    _repair_coordinated_participle, _repair_copula_passive, _repair_change_amount_in_object, _repair_multiplier_verb,
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
    "_repair_according_relative": lambda: frozenset({"according"}),
    "_repair_relative_noun_verb": lambda: frozenset({"which", "who", "that"}),
    "_repair_partitive_relative": lambda: frozenset({"which", "whom"}),
    "_repair_part_relative": lambda: frozenset({"which", "whom"}),
    "_repair_participle_of_those": lambda: frozenset({"those", "these"}),
    "_repair_possessive_of": lambda: frozenset({"of"}),
    "_repair_figure_of": lambda: frozenset({"of"}),
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
}


# The same for tags: a repair of a word the tagger gave a tag needs that tag in the sentence.
_NEEDED_TAGS = {
    "_repair_participle_as_phrase_head": frozenset({"VBN"}),
    "_repair_verb_in_apposition": frozenset({"NNS"}),
    "_repair_counted_under_adverb": frozenset({"RB"}),
    "_repair_present_verb_as_noun": frozenset({"NNS", "NNPS"}),
    "_repair_hyphenated_modifier": frozenset({"HYPH"}),
    "_repair_agreement_verb": frozenset({"VBP"}),
    "_repair_copula_passive": frozenset({"VBN"}),
    "_repair_participle_after_phrase": frozenset({"VBN"}),
    "_repair_level_noun_root": frozenset({"NNS"}),
    "_repair_participle_as_auxiliary": frozenset({"VBD", "VBN"}),
    "_repair_participle_complement": frozenset({"VBD", "VBN"}),
    "_repair_gerund_subject": frozenset({"VBG"}),
    "_repair_absolute_participle": frozenset({"VBN"}),
    "_repair_year_to_figure": frozenset({"CD"}),
    "_repair_figure_after_date": frozenset({"CD"}),
}


@lru_cache(maxsize=1)
def _repair_plan() -> tuple:
    """(repair, the words it needs or None, the tags it needs or None), in `_REPAIRS` order: the word
    lists are read from the vocabularies once, not for every sentence."""
    return tuple((repair, frozenset(_NEEDED_WORDS[repair.__name__]()) if repair.__name__ in _NEEDED_WORDS else None,
                  _NEEDED_TAGS.get(repair.__name__)) for repair in _REPAIRS)


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
    for child in token.lefts:
        if child.dep_ in _LEFT or (child.dep_ == "det" and (article or child.lower_ not in ("the", "a", "an"))):
            keep.update(t.i for t in child.subtree)
    for child in token.rights:
        if child.dep_ in ("acl:relcl", "acl") and _free_relative(token):
            keep.update(t.i for t in child.subtree)  # "what these workers earn abroad" is one phrase
            break
        if child.dep_ not in _RIGHT:
            break  # a relative clause, a verb's complement: the phrase ends
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
        part = set(subtree) if len(subtree) <= room else _gather(child, room)
        if len(part) > room:
            break
        keep.update(part)
    return keep


# with the words of time, the words of a phrase that only dates something (`_words()["date_words"]`)
_DATE_EXTRAS = {"fiscal", "fy", "calendar", "reporting", "the", "of", "as", ",", "and", "to", "through", "-", "–",
                              "all", "first", "second", "third", "fourth", "half", "early", "late", "mid", "start"}


_RELATIVE_PERIODS = frozenset({"year", "month", "week", "quarter", "decade"})
_RELATIVE_TIMES = frozenset({"last", "this", "next", "past", "previous"})


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
        hung = child.dep_ == "nmod" and child.i in others and not any(g.dep_ == "case" and g.lower_ == "of" for g in child.children)
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
        if figure.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ == "to" for c in figure.children) \
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


def _of_phrase(noun):
    """The noun's "of" phrase ("an average of 40 hours": the hours), or None."""
    return next((c for c in noun.children if c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ == "of" for g in c.children)), None)


def _counted_before(figure, exclude: set[int]):
    """The plural noun another figure before this one counts, nearest first: what "29 of them" picks from."""
    figures = _figure_positions(figure)
    for t in reversed(figure.doc[: figure.i]):  # the parsed document is the one sentence
        if t.tag_ in ("NNS", "NNPS") and t.pos_ in _NOUNS and t.i not in exclude \
                and any(c.dep_ == "nummod" and c.i in figures for c in t.children):
            return t
    return None


def _partitive(token) -> bool:
    """A pronoun a part is taken from: "them" of "29 of them", "whom" of "27 of whom" (not "those"
    with a clause of its own: "of those who arrived" names them)."""
    return token.pos_ == "PRON" and token.lower_ in _words()["partitive"] and not _free_relative(token)


def _free_relative(token) -> bool:
    """ "what" or "those" heading a clause of its own: "of what these workers earn" names the
    earnings, "of those who arrived" the arrivals."""
    return (token.lower_ in ("what", "whatever") and any(c.dep_ == "acl:relcl" for c in token.children)) \
        or (token.lower_ == "those" and any(c.dep_ in ("acl:relcl", "acl") and c.i > token.i for c in token.children))


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
    return noun if named or owned else None


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


def _hyphen_glued(doc, i: int) -> bool:
    """Whether the token at `i` is a hyphen joining the words on both sides without a space
    ("Chun-ae", "Jong-un": the tokenizer splits them)."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and doc[i - 1].is_alpha and doc[i + 1].is_alpha


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


# words that, with the time words and the weekdays, make a phrase that only says when ("last year", "on Sunday
# evening"; `_words()["when_words"]`)
_WHEN_BUT_DAYS = _RELATIVE_TIMES | {"morning", "afternoon", "evening", "night", "weekend", "tonight", "today", "yesterday"}


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
        subtree = [t.i for t in child.subtree if t.i not in skip]
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
        and any(c.dep_ == "case" and c.lower_ == "to" for c in head.children) \
        and not any(c.dep_ == "case" and c.lower_ == "from" for c in sent[change].children)


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
        if t.head.i in others and t.head.lower_ in _words()["time_words"] and any(c.dep_ == "case" and c.lower_ == "of" for c in t.children):
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
    head = _span_head(span)
    if (head.dep_ == "conj" or _end_of_from_to(head)) and head.head.i in exclude and head.head.i < first \
            and not sent.user_data.get("claims_shared") \
            and not any(c.dep_ in _SUBJECTS for c in head.children) \
            and _counted(span, exclude, unit)[0] is None:  # "... and 450 Nm of torque" names its own
        # "between 12 and 16 hours a day, and sometimes up to 20 hours per day": a figure
        # coordinated with another shares what that one is about (one step: no chains)
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
        if shared is not None and shared.subject:
            restrictions = [_text(list(c.subtree)) for c in mine if not any(t.i in exclude for t in c.subtree)]
            shared = replace(shared, subject=" ".join(filter(None, (shared.subject, *restrictions))))
            # a copy keeps no direction: the figures' own words give theirs; nor the other figure's year when
            # this one has its own ("€412,870 in 2021 and €461,500 in 2020")
            own = set(range(first, last))
            years = _years(sent, _clause_chain(_clause_head(head)), own, base, own)
            return replace(shared, frame_text=" ".join(filter(None, (_text(list(span)), shared.frame_text))), direction=None,
                           years=years if any(rank == 0 for _, rank in years) else shared.years)
    noun, anchor, list_place = _counted(span, exclude, unit)
    # "reviewed 37 applications and approved 29 of them": the applications, in the 29's own clause
    picked = noun is not None and noun.i < first and any(c.dep_ == "nmod" and _partitive(c) for c in anchor.children)
    clause = _clause_head(anchor if picked or noun is None else noun)
    if noun is None and clause.dep_ == "acl" and clause.lower_.endswith("ing") and clause.lower_ in _words()["level"] \
            and anchor.head.i == clause.i \
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
    subject_tokens = _phrase_tokens(noun, exclude) if noun is not None else []
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
    if subject_tokens:
        subject, used = _noun_subject(noun, subject_tokens, clause, exclude, unit, role=anchor if picked else None), \
            {t.i for t in subject_tokens}
        subject_head = noun
        where = _set_part_predicate(anchor, noun, exclude) if unit == "count" and subject else []
        if where:
            # "Of the 300 workers, 120 were in Russia": the part of the set the predicate says where it is
            subject += " " + _text(where)
            used |= {t.i for t in where}
    elif unit.startswith("duration:") and (time_off := _inner_noun(_text(list(span)), unit)) and _TIME_OFF_WORDS.search(time_off):
        # "allowed just one day of rest per month": the time off the figure names, not who is allowed it
        subject, subject_head, used = time_off, None, set()
    else:
        subject, subject_head, used = _predicate_subject(anchor, clause, exclude, unit, unit_text)
    if subject is None:
        subject, used = _fallback_subject(span, anchor, clause, exclude, unit)
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
    chain = _clause_chain(clause)
    # what the taxonomy reads: the figure as written, its subject, the governing word and its complements
    used |= exclude
    complement = [t for t in _complements(clause, used, limit=20, truncate=True) if t.i not in used]
    after = sent[clause.i + 1] if clause.i + 1 < len(sent) else None
    if after is not None and clause.pos_ == "VERB" and after.lower_ in _words()["verb_particles"] and after not in complement \
            and after.i not in range(first, last):
        # "hand over 70% to 80% of their pay": the particle the parse gave the figure ("over 70%") is the verb's
        complement = sorted(complement + [after], key=lambda t: t.i)
    frame_text = " ".join(filter(None, (_text(list(span)), subject, _text(complement))))
    if unit == "percent" and clause.lower_ in _words()["part_verbs"] and clause.i != anchor.i:
        # "Women make up 70 percent of defectors": the part is the clause's subject
        part = _child(clause, _SUBJECTS)
        if part is not None and part.i not in used:
            frame_text += " " + _text(_phrase_tokens(part, exclude))
    own = set(range(first, last))
    anchors = _year_anchors(sent, noun, own)
    restrictions, singular = _scope_cues(noun, anchor, clause, exclude, subject_head)
    if list_place is not None:
        restrictions = (f"in {_place_name(list_place)}",) + restrictions
    for _ in range(3):
        if subject_head is None or subject_head.lower_ not in _words()["count_heads"]:
            break
        # "the number of North Korean laborers": the metric's population is the laborers ("estimates of the
        # number of North Koreans held": the North Koreans)
        counted = next((c for c in subject_head.children if c.dep_ == "nmod" and c.pos_ in _NOUNS
                        and any(g.lower_ == "of" for g in c.children if g.dep_ == "case")), None)
        if counted is None:
            break
        subject_head = counted
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
    )


_RESTRICTING_CASES = frozenset({"for", "in", "among", "on", "at"})


def _restrictions_after(token) -> list:
    """The prepositional phrases after a figure (or its verb) that say what it is for or where
    ("500,000 pesos for individuals"), not when."""
    return [c for c in token.rights if c.dep_ in ("nmod", "obl") and c.pos_ in _NOUNS and not _dated(c)
            and any(g.dep_ == "case" and g.lower_ in _RESTRICTING_CASES for g in c.children) and len(list(c.subtree)) <= 8]


def _end_of_from_to(token) -> bool:
    """'from 300 to 250' parsed as the 250 hanging from the 300: the second level of one change."""
    return token.dep_ in ("nmod", "obl") and any(c.dep_ == "case" and c.lower_ == "to" for c in token.children) \
        and any(c.dep_ == "case" and c.lower_ == "from" for c in token.head.children)


def _valued_before_worth(span, exclude: set[int]) -> list:
    """The nouns right before "worth" when "worth" stands right before the figure ("drugs worth
    $36 million", "land worth $5 million"): what the money is the value of. Empty otherwise."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "worth":
        return []
    run = []
    before = span.start - 1
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


def _change_direction(anchor, clause) -> str | None:
    """`increase` or `decrease` when the figure is the amount "by" which its clause's verb of change
    changes something, however far the verb stands ("expected to grow sales by 35 per cent")."""
    return _words()["direction_of"][clause.lower_] if _change_case(anchor, clause) == "by" else None


_CONVERSION = re.compile(r"\s*[(\[]\s*(?:or\s+)?", re.I)


# A figure that leaves its noun to an earlier figure: what follows it names no noun ("compared with 35 in 2015",
# "154 more", "including three for labor trafficking") and what precedes it ties it to that figure.
_ELLIPSIS_BEFORE = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|\bup\s+from|\bdown\s+from|\bfrom|\bthan|\(|\bincluding)"
    r"\s*(?:(?:about|approximately|some|an\s+estimated|nearly|almost|roughly|only|just)\s+)?$", re.I)
_ELLIPSIS_AFTER_YEAR = re.compile(rf"\s*(?:\([^()]*\)\s*)?(?:{_IN_YEAR}|(?:in\s+)?{YEAR_BEFORE}|last\s+year\b|{YEARS_BACK}\s+ago\b"
                                  r"|(?:in|during|over)\s+the\s+(?:previous|prior|preceding|last|same)\s+(?:reporting\s+)?(?:period|year|quarter|month)\b)", re.I)
_COMPARED_JUST_BEFORE = re.compile(r"(?:\bcompared\s+(?:with|to)|\bup\s+from|\bdown\s+from|\bversus|\bvs\.?)\s*$", re.I)
# "including", a bracket or a dash opening an aside: "25 investigations—23 for sex trafficking and two for ..."
_INCLUDING_JUST_BEFORE = re.compile(r"(?:\bincluding|\(|—|\s–)\s*$", re.I)
_ELLIPSIS_AFTER_FOR = re.compile(r"\s+for\s+", re.I)
_AND_BY_JUST_BEFORE = re.compile(r"\band\s+(?:by|to)\s+$", re.I)
# a figure listed with the place or time it is of ("30 people in Lagos, 12 in Abuja and 8 in Kano"):
# the name after it, and the earlier item's words up to the separator
_NAME = r"(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})"
_ELLIPSIS_AFTER_NAME = re.compile(rf"\s+(?:in|at|from)\s+{_NAME}(?=\s*(?:[,;.)]|$|\band\b|\bor\b))")
_NAMED_ITEM_BEFORE = re.compile(rf"(?:\s+[\w-]+){{0,4}}?\s+(?P<phrase>(?:in|at|from)\s+{_NAME})\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
# "320 of which concerned trafficking": a part of the set before that the verb describes ("27 of whom were
# children" names its own noun)
_OF_WHICH_BEFORE = re.compile(r",\s*of\s+(?:which|whom)\s+$", re.I)
_OF_WHICH_ACTED = re.compile(r"\s+of\s+(?:which|whom)\s+(?!(?:were|was|are|is|became|remained)\b)[a-z]+", re.I)
_ELLIPSIS_MORE = re.compile(r"\s+(?:more|others|additional\s*[,.;)])", re.I)
_PARTITIVE_OPENING = re.compile(r"(?:^|[.;:]\s+|\n)(?i:of)\s+(?i:the|these|those|all|all\s+the)?\s*$")
_YEAR_AND = re.compile(rf"{_IN_YEAR}\s*(?:,\s*and|,|and)\s+$", re.I)
_IN_YEAR_PHRASE = re.compile(rf",?\s*\b(?:in|during)\s+{_YEAR_PHRASE}", re.I)
# between two figures of an elliptical run: "27 in 2015 and 32 in 2014", "three for labor trafficking and 14 for"
_ELLIPSIS_CHAIN = re.compile(r"[^;()]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)$", re.I)


def _elliptical(text: str, start: int, end: int, unit: str, chained: bool) -> bool:
    """Whether the figure at [start, end) names no noun and leaves it to an earlier figure;
    `chained`: the figure before it was elliptical too ("compared with 27 in 2015 and 32 in 2014")."""
    before = text[max(0, start - 40) : start]
    if unit == "count" and _ELLIPSIS_MORE.match(text, end):
        return True  # "he pardoned and released 154 more"
    if unit == "count" or unit.startswith("currency:"):
        if _OF_WHICH_BEFORE.search(before) and not re.match(r"\s+(?:were|was|are|is)\b", text[end:end + 6]):
            return True  # "a budget of $1.2 billion, of which $300 million went to enforcement"
        if _OF_WHICH_ACTED.match(text, end) and re.search(r",\s*$", before):
            return True  # "received 7,400 calls, 320 of which concerned ..."
    if _ELLIPSIS_AFTER_YEAR.match(text, end):
        # "compared with 121 ... victims in 2015 and 113 in 2014": a run of figures with their years
        return chained or bool(_ELLIPSIS_BEFORE.search(before) or _YEAR_AND.search(before))
    if unit == "count" and _ELLIPSIS_AFTER_FOR.match(text, end):
        return chained or bool(_INCLUDING_JUST_BEFORE.search(before))
    if _AND_BY_JUST_BEFORE.search(before):
        return True  # "rose by 67,000 in September and by 582,000 over the year"
    # "up from 12." ("compared to zero in 2017" is read above)
    return bool(re.match(r"\s*[,;.)]", text[end : end + 2]) and _COMPARED_JUST_BEFORE.search(before))


_OTHERS_AFTER = re.compile(r"\s+others\b", re.I)
_AND_VERB = re.compile(r"[^,;()]{0,40}?(?:,\s*)?\band\s+(?P<v>[a-z]+ed)\s+", re.I)
_AND_BEFORE = re.compile(r"[^,;()]{0,40}?(?:,\s*)?\b(?:and|but)\s+(?:only\s+)?", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|are|is|been)\s+[a-z]+(?:ed|en)\b", re.I)
_ELIDED_PASSIVE = re.compile(r"\s+(?P<v>[a-z]+(?:ed|en))\b(?!\s+(?:by|to|that)\b)", re.I)
_AND_PASSIVE = re.compile(r"\s+(?:were|was|are|is|(?:have|has|had)\s+been)\s+(?P<v>[a-z]+(?:ed|en))\b", re.I)


def _coordinated_verb(frame, previous, text: str, prev_end: int, start: int, end: int) -> str | None:
    """For a count after "and" + a verb of its own that names no noun (or only "others"),
    the earlier count's noun with this figure's verb: "ISIS-K killed 48 individuals and
    injured 67" -> "individuals injured", "12 people died and 40 were injured" -> "people
    injured"; None otherwise."""
    if not previous.subject_head:
        return None
    m = _AND_VERB.fullmatch(text, prev_end, start)
    if m is None:
        # "At least 12 people died and 40 were injured": the figure is the subject of a passive of its own, its
        # auxiliary left to the first clause's ("1,000 people have been killed and 3,500 injured")
        passive = _AND_PASSIVE.match(text, end) if _AND_BEFORE.fullmatch(text, prev_end, start) else None
        if passive is None and _AND_BEFORE.fullmatch(text, prev_end, start) and _PASSIVE_BEFORE.search(text, prev_end, start):
            passive = _ELIDED_PASSIVE.match(text, end)
        if passive is None or frame.subject_head:
            return None
        return f"{previous.subject_head} {passive.group('v').lower()}"
    verb = m.group("v").lower()
    if verb == previous.governor:
        return None
    if frame.subject and frame.subject.lower() not in (verb, (frame.governor or "").lower()) and not _OTHERS_AFTER.match(text, end):
        return None  # a noun of its own ("injured 50 others" names none: the clause's agent stood in)
    return f"{previous.subject_head} {verb}"


_SHARE_AFTER_COUNT = re.compile(r"\s+\w+(?:\s+\w+){0,3}\s*[,;]\s*(?:and|but|of\s+whom|of\s+them)?\s*", re.I)
_LIST_BEFORE = re.compile(r"[^;()]{0,60}?(?:,\s*(?:and\s+|including\s+)?|\s+and\s+|\s+including\s+)", re.I)
_OWN_KIND_AFTER = re.compile(r"\s+(?P<p>of|in|for)\s+(?!(?:the|them|whom|these|those|which|its|their|this|that|all)\b)"
                             r"(?P<k>[A-Za-z][\w-]*(?:\s+[\w-]+){0,4}?)(?=\s*(?:[,;().]|$|\band\b|\bin\s+\d{4}\b))", re.I)


def _listed_kind_of(frame, previous, text: str, prev_end: int, start: int, end: int) -> str | None:
    """For a count listed after an earlier one that says only its own kind ("95 were victims of sex
    trafficking and 39 of forced labor", "301 were exploited in sex trafficking and 111 in forced
    labor"): the earlier count's noun of this kind ("victims of forced labor"); None otherwise."""
    kind = _OWN_KIND_AFTER.match(text, end)
    if not previous.subject_head or not previous.subject or kind is None or not _LIST_BEFORE.fullmatch(text, prev_end, start):
        return None
    # a part after "including" names only the set it is of, whatever the parse hung it on ("40.3 million people were
    # in modern slavery, including 24.9 million in forced labour"); a named place is a list item's (`share_elliptical`)
    part = kind.group("p").lower() == "in" and kind.group("k")[:1].islower() \
        and bool(_INCLUDING_JUST_BEFORE.search(text, max(0, start - 12), start))
    if frame.subject_head and (frame.subject or "").lower() != kind.group("k").lower() and not part:
        return None  # a noun of its own, not just the kind
    # the earlier noun with what stands before it ("minimum age for employment is 15, and 18 for hazardous work":
    # the minimum age for hazardous work), not what follows it
    words = previous.subject.split()
    at = next((i for i, w in enumerate(words) if w.lower() == previous.subject_head), None)
    return f"{' '.join(words[:at + 1])} {kind.group('p').lower()} {kind.group('k')}" if at is not None else None


_ADJECTIVE_PREDICATE = re.compile(r"\s+(?:were|was|are|is)\s+(?P<a>[a-z-]+)(?=\s*(?:[,;.)]|$|\band\b|\(|\bin\s+\d{4}\b))")


def _described_by_adjective(frame, previous, text: str, end: int) -> str | None:
    """For a count whose predicate is only an adjective of a group ("111 were female"), the earlier
    count's noun it describes ("female victims"); None otherwise."""
    m = _ADJECTIVE_PREDICATE.match(text, end)
    if m is None or m.group("a") not in _words()["group_adjectives"] or not previous.subject_head \
            or (frame.subject_head and (frame.subject or "").lower() != m.group("a")):
        return None
    return f"{m.group('a')} {previous.subject_head}"


_AGENT_PHRASE = re.compile(r"\s+by\s+(?:the\s+)?(?P<a>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$")


def _listed_after_place(frame, previous, text: str, prev_end: int, start: int) -> str | None:
    """For a figure listed after a place with no noun of its own, the gapped verb left to the figure
    before it ("Russia hosted 30,000 workers, China 50,000 and Kuwait 5,000"): what that figure
    counts, less an agent that is itself a place (China hosted the 50,000, not Russia); None otherwise."""
    if frame.list_item is None or not previous.subject_head or not previous.subject \
            or (frame.subject_head and frame.subject_head != previous.subject_head and frame.subject_head not in _words()["place_heads"]):
        return None
    between = text[prev_end:start]
    if not re.search(r"(?:,|\band)\s+(?:in\s+)?" + re.escape(frame.list_item) + r"\s*:?\s*$", between) or ";" in between:
        return None
    agent = _AGENT_PHRASE.search(previous.subject)
    if agent is not None and agent.group("a") in _words()["places"]:
        return previous.subject[:agent.start()]
    return previous.subject


def _borrowing(frame, subject: str | None, subject_head: str | None, **fields):
    """`frame` about what another figure is about: that subject and head, whose words the taxonomy
    reads with the figure's own (and any other `fields` replaced)."""
    return replace(frame, subject=subject, subject_head=subject_head, frame_text=frame.frame_text + " " + (subject or ""), **fields)


def share_elliptical(frames: list, quantities: list[tuple[int, int, str]], text: str) -> list:
    """A figure that names no noun of its own and follows a comparison word, a bracket or "including"
    is about what the figure before it of its kind is about: "identified 36 potential victims, ...
    compared with 35 in 2015", "17 trafficking investigations ..., including three for labor trafficking
    and 14 for sex trafficking", "compared with €412,870 ($440,830) in 2021". It keeps its own year."""
    out = list(frames)
    chained = False
    for k in range(1, len(out)):
        frame, (start, end, unit) = out[k], quantities[k]
        kind = unit.split(":", 1)[0]
        counted = out[k - 1] if quantities[k - 1][2] == "count" else None
        if unit == "percent" and frame is not None and not frame.subject_head and counted is not None and counted.subject_head \
                and _SHARE_AFTER_COUNT.fullmatch(text, quantities[k - 1][1], start):
            # "surveyed 2,000 adults, and 58 percent said ...": a share of those counted
            out[k] = _borrowing(frame, counted.subject, counted.subject_head)
            continue
        if frame is not None and out[k - 1] is not None and _converts(quantities[k - 1], quantities[k], text):
            # "€412,870 ($440,830) in 2021": the conversion follows its figure, shared or not, and the run goes on
            if frame.subject != out[k - 1].subject:
                out[k] = _borrowing(frame, out[k - 1].subject, out[k - 1].subject_head)
            continue
        # the nearest earlier figure of the same kind, and the nearest of those with a subject
        same_kind = [j for j in range(k - 1, -1, -1) if quantities[j][2].split(":", 1)[0] == kind]
        previous = next((out[j] for j in same_kind if out[j] is not None and out[j].subject), None)
        # a share compared with the one before it ("20% of generation in 2021, down from 23% in 2020") is of the same
        if frame is None or previous is None or kind not in ("count", "currency") and not (
                kind == "percent" and _COMPARED_JUST_BEFORE.search(text, max(0, start - 24), start)):
            chained = False
            continue
        prev_start, prev_end = quantities[same_kind[0]][:2]
        chain = chained and bool(_ELLIPSIS_CHAIN.fullmatch(text[prev_end:start]))
        # "Of the 124 facilities, 15 were newly opened": a part of the whole the sentence opens with
        partitive = unit == "count" and not frame.subject_head \
            and bool(_PARTITIVE_OPENING.search(text, max(0, prev_start - 16), prev_start)) \
            and bool(re.fullmatch(r"[^,;()]{1,80},\s*", text[prev_end:start]))
        kind_of = _listed_kind_of(frame, previous, text, prev_end, start, end) if unit == "count" else None
        if kind_of is not None:
            # "95 were victims of sex trafficking and 39 of forced labor": victims of forced labor
            out[k] = _borrowing(frame, kind_of, previous.subject_head)
            chained = False
            continue
        listed = _listed_after_place(frame, previous, text, prev_end, start)
        if listed is not None:
            # "Russia hosted 30,000 workers, China 50,000": workers hosted, in China
            if listed != frame.subject:
                out[k] = _borrowing(frame, listed, previous.subject_head)
            chained = False
            continue
        described = _described_by_adjective(frame, previous, text, end) if unit == "count" else None
        if described is not None:
            # "134 victims; 111 were female and 23 were male": female victims, male victims
            out[k] = _borrowing(frame, described, previous.subject_head)
            chained = False
            continue
        coordinated = _coordinated_verb(frame, previous, text, quantities[same_kind[0]][1], start, end)
        if coordinated is not None:
            # "killed 48 individuals and injured 67": the earlier figure's noun, this figure's verb
            out[k] = _borrowing(frame, coordinated, previous.subject_head)
            chained = False
            continue
        named = _ELLIPSIS_AFTER_NAME.match(text, end) if kind in ("count", "currency") else None
        item_before = _NAMED_ITEM_BEFORE.fullmatch(text, prev_end, start) if named is not None else None
        if named is not None and (item_before is not None or chain or _INCLUDING_JUST_BEFORE.search(text, max(0, start - 12), start)):
            # "30 people in Lagos, 12 in Abuja and 8 in Kano": each item of the list counts the first one's noun in its own
            # place; the earlier item's place is not this one's
            subject = previous.subject
            if item_before is not None:
                subject = subject.replace(" " + item_before.group("phrase"), "").strip(" ,") or subject
            place = named.group("name")
            out[k] = _borrowing(frame, subject, previous.subject_head, attribution=frame.attribution or previous.attribution,
                                list_item=place if place in _words()["places"] else frame.list_item,
                                years=frame.years if any(rank == 0 for _, rank in frame.years) else previous.years)
            chained = True
            continue
        chained = partitive or _elliptical(text, start, end, unit, chain)
        if not chained:
            continue
        if frame.subject and previous.subject_head and frame.subject.lower().startswith(previous.subject_head + " ") \
                and (_OF_WHICH_BEFORE.search(text, max(0, start - 16), start) or _OF_WHICH_ACTED.match(text, end)):
            continue  # the tree read the part from its set, with what is said of it: "cases, of which 12 resulted in convictions"
        # the earlier figure's year is not this one's: "14 victims identified in 2018, 14 in 2017"
        subject = _IN_YEAR_PHRASE.sub("", previous.subject).strip(" ,") or previous.subject
        if (frame.subject or "") != subject:
            out[k] = _borrowing(frame, subject, previous.subject_head, attribution=frame.attribution or previous.attribution,
                                singular=frame.singular or previous.singular)
    return out


@lru_cache(maxsize=1)
def _change_apposition():
    """After an earlier figure: ", an increase of", ", which is a", ", representing a" (before the figure), and a
    noun of change right after it that names nothing changed ("a 42% decrease since ...", not "... in arrests"),
    or a comparison ("about 5 percent more than the year before", "12 percent below its 2019 level")."""
    nouns = "|".join(sorted(_words()["change_nouns"], key=len, reverse=True))
    before = re.compile(r"(?:[^;()]|\([^()]{0,160}\)){0,160}?,\s*(?:(?:which|that)\s+(?:is|was|represents|represented|marks|marked|amounts\s+to|reflects|reflected)\s+"
                        r"|representing\s+|marking\s+|reflecting\s+|following\s+|after\s+)?(?:an?\s+|the\s+)?"
                        rf"(?:(?P<noun>(?:[a-z-]+\s+)?(?:{nouns})\s+of\s+(?:about|approximately|some|nearly|almost|roughly|more\s+than|over|less\s+than|just|only)?\s*)"
                        r"|(?P<adverb>(?:up|down)\s+(?:by\s+)?(?:about|approximately|some|nearly|almost|roughly|more\s+than|over|less\s+than|just|only)?\s*)"  # ", up 15 percent from"
                        r"|(?:[a-z-]+\s+)?)$", re.I)  # "a sharp 3 percent drop"
    # "a 9-cent gain in March" names no changed thing: a month, a year or a span after "in" dates the change
    dated = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|(?:\w+\s+)?(?:months?|years?|weeks?|quarters?)\b)"
    after = re.compile(rf"\s*-?\s*(?:{nouns})(?![\w-])(?!\s+of\s)(?!\s+in\s(?!{dated}))"
                       r"|\s+(?:more|less|fewer|higher|lower|greater|above|below)\s+(?:than|its|their|the)\b", re.I)  # "5 percent more than"
    owned = re.compile(r"\s+(?:in|of)\s", re.I)
    return before, after, owned


def share_change(frames: list, quantities: list[tuple[int, int, str]], text: str) -> list:
    """A figure set after another as the change it makes, in apposition or a relative clause ("processed about
    1.2 million applications in 2019, an increase of 18 percent over the prior year", "totaled 32.9 million barrels
    ..., which is a 42% decrease since ..."), is about what the figure before it is about, and dates with it. A
    change that names what changed ("an increase of 18 percent in arrests") keeps its own subject."""
    before, after, owned = _change_apposition()
    out = list(frames)
    for k in range(1, len(out)):
        frame, (start, end, _) = out[k], quantities[k]
        previous = next((out[j] for j in range(k - 1, -1, -1) if out[j] is not None and out[j].subject), None)
        if frame is None or previous is None:
            continue
        m = before.fullmatch(text, quantities[k - 1][1], start)
        if m is None or not (m.group("noun") and not owned.match(text, end) or m.group("adverb")
                             or not m.group("noun") and after.match(text, end)):
            continue
        out[k] = _borrowing(frame, previous.subject, previous.subject_head, years=previous.years,
                            attribution=frame.attribution or previous.attribution)
    return out


def _converts(previous: tuple[int, int, str], figure: tuple[int, int, str], text: str) -> bool:
    """A figure in brackets right after another of its dimension: "5,300 BDT ($66)", "450 Nm (332 lb-ft)"."""
    unit, prev_unit = figure[2], previous[2]
    return unit not in ("count", "percent") and unit.split(":", 1)[0] == prev_unit.split(":", 1)[0] \
        and bool(_CONVERSION.fullmatch(text[previous[1] : figure[0]]))


# a count's noun, then the count restated as a share: "4,000 households, or 12 percent, had no access"
_COUNT_AS_SHARE = re.compile(r"\s+[^\W\d][^,;:()\d]{0,40},\s+or\s+")
# ... unless the share names its own whole: "2.6 million people, or 10 percent of the population" (not "of the total")
_SHARE_OF_OWN = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:total|all|them|those|these|whole)\b)", re.I)


def share_elided(frames: list, quantities: list[tuple[int, int, str]], text: str) -> list:
    """A figure in brackets right after another of its dimension converts it and
    shares its frame ("5,300 BDT ($66)", "450 Nm (332 lb-ft)"); a bracket holding nothing else
    is already parsed as the figure it restates (`parser_input`), this also reaches "(or $66)" and
    "(224 kW / 300 PS)". A figure the parse names nothing for,
    coordinated with the figure before it in the same sentence and of the same dimension ("between 12 and
    16 hours a day, and sometimes up to 20 hours per day") or restating it after ", or" ("up 0.25 points,
    or 0.01%", "4,000 households, or 12 percent"), is about the same thing. Counts are left alone: "753 as workers, 1,975 as students" name their own.
    `quantities`: (start, end, unit) of each frame's figure, in text order."""
    out = list(frames)
    for k in range(1, len(out)):
        frame, (start, _, unit) = out[k], quantities[k]
        previous, (_, prev_end, prev_unit) = out[k - 1], quantities[k - 1]
        if frame is not None and previous is not None and _converts(quantities[k - 1], quantities[k], text):
            # "5,300 BDT ($66)", "450 Nm (332 lb-ft)": a conversion in brackets is about what the figure it converts is about
            out[k] = replace(previous, frame_text=frame.frame_text + " " + (previous.subject or ""), years=previous.years or frame.years,
                             attribution=previous.attribution or frame.attribution, direction=None)
            continue
        if frame is None or previous is None or not previous.subject:
            continue
        between = text[prev_end:start]
        count_as_share = unit == "percent" and prev_unit == "count" and bool(_COUNT_AS_SHARE.fullmatch(between))
        if frame.subject and not (count_as_share and not _SHARE_OF_OWN.match(text, quantities[k][1])):
            continue
        # "were up 0.25 points, or 0.01%": the same change restated in another unit;
        # of the same dimension: "24 hours, 39 minutes, and 35 seconds" is one length of time
        if restates(between) or (unit != "count" and unit.split(":", 1)[0] == prev_unit.split(":", 1)[0]
                        and len(between) <= 40 and re.search(r"\b(?:and|or)\b|,", between)) or count_as_share:
            out[k] = _borrowing(frame, previous.subject, previous.subject_head, attribution=frame.attribution or previous.attribution,
                                restrictions=frame.restrictions or previous.restrictions, singular=frame.singular or previous.singular,
                                direction=None)
    return out


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


_AGE_NOUNS = frozenset({"age", "ages"})


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
    if noun is not None and unit.startswith("age:") and noun.lower_ in _AGE_NOUNS:
        # "children under the age of 5 years", "sold at the age of 12": whose age it is
        if noun.dep_ == "nmod" and noun.head.pos_ in _NOUNS and noun.head.i not in exclude and not _empty(noun.head):
            noun = noun.head
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
            and any(c.dep_ == "case" and c.lower_ == "to" for c in noun.children):
        return None, noun, None  # "Sales rose ... to 4.5 million units": the level of what rose, counted in units
    return noun, anchor, None


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
    if (subject is not None and unit == "count" and noun.dep_ in _SUBJECTS and noun.head.i == clause.i
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
            and any(c.dep_ == "case" and c.lower_ == "of" for c in noun.children):
        placed = noun.head  # "covers an average of 40,000 workers": the measure noun stands in the object's place
    if subject is None or placed.dep_ not in ("obj", "iobj") or placed.head.i != clause.i or clause.pos_ != "VERB" \
            or _is_passive(clause) or _reports(clause) \
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
                and any(g.dep_ == "case" and g.lower_ == "in" for g in token.children):
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
        and any(c.dep_ == "case" and c.lower_ in ("to", "by", "from") for c in anchor.children)
    if (unit.split(":", 1)[0] in _ACTION_DIMENSIONS and _acts_as_verb(clause) and not _mistagged_opening(clause)
            and anchor.i != clause.i and clause.lower_ not in words["reporting"] and not changed_to
            and (named or (clause.lower_ not in words["level"] and not passive))):
        # money or time an action involves: "price paid by the middleman", "hours worked by these laborers"
        # who acts may sit above the verb ("the government, which took ..., leaving ..."): skip its phrase, not its subtree
        skip = exclude | {anchor.i} | ({t.i for t in _phrase_tokens(who, exclude)} if who is not None else set())
        action = [t for t in _complements(clause, skip, limit=7, timeless=True) if t.i != clause.i and not t.is_punct]
        # whom the money goes to, hung on the figure: "remit about $1,000 per month to the party"
        action += [t for c in anchor.children if c.dep_ == "nmod" and c.i not in skip and len(list(c.subtree)) <= 6
                   and any(g.dep_ == "case" and g.lower_ == "to" for g in c.children) for t in c.subtree]
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
        if earned and kind is not None and not kind.lower_.startswith(noun):
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
    if who is not None and not _empty(who):
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
    if who is not None or anchor.dep_ in _SUBJECTS:
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
                and any(g.dep_ == "case" and g.lower_ == "for" for g in child.children):
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
            and any(c.dep_ == "case" and c.lower_ == "by" for c in anchor.head.children):
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
    valued = _change_case(anchor, clause) is None
    if valued and not _valued_at(anchor, clause):
        return None
    obj = _child(clause, ("obj",), exclude)
    # "put the number of children at ..." names them; "raised its key rate by 50 basis points" names the rate
    # ("cut the number of shelters from 12 to 8" names them by a phrase)
    described = obj is not None and any(c.dep_ in ("amod", "compound") or c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ == "of" for g in c.children)
                                        for c in obj.children)
    if obj is None or obj.pos_ not in _NOUNS or _empty(obj) or _is_unit_word(obj) \
            or (obj.lower_ in _words()["measure"] and not valued and not described):
        return None
    return obj


def _valued_at(anchor, clause) -> bool:
    """The figure is what a verb of valuing puts its object at: "the report put the
    number of children ... at 20,000 to 30,000", "analysts estimate the damage at $2 billion"."""
    return clause.pos_ == "VERB" and clause.lower_ in _words()["valuing"] and anchor.head.i == clause.i \
        and anchor.dep_.startswith("obl") and any(c.dep_ == "case" and c.lower_ == "at" for c in anchor.children)


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
        and any(c.dep_ == "case" and c.lower_ in ("with", "without") for c in anchor.children)


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
