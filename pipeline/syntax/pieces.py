"""What the parser reads: a sentence's tokens with each figure as a plain
stand-in number (`parser_input`), cut at semicolons and dashes (`parser_pieces`).
"""
from __future__ import annotations

from .. import units as units_lexicon
from .words import _COPULAS, _participle_qualifiers, _words


# ---------------------------------------------------------------- what the parser reads

# The parser sees a figure as one plain number with a plain unit noun: "As many
# as 30,000 children" reads "1,000 children", "an estimated 70-90 percent of
# wages" reads "10 percent of wages", "some 40 m wide" reads "1,000 meters wide" (the noun pint names the unit by),
# "W46,000" reads "$ 1,000". The grammar has already read the expression;
# qualifiers, ranges and symbols only give the parser room to err.
_KEEP_AS_WRITTEN = ("fraction", "ratio", "multiplier")
_AGE_BOUNDS = frozenset({"under", "over", "above", "below"})  # "children under five": an age bound, its unit unwritten
_AGE_OPENERS = frozenset({"aged", "ages"})  # "children aged 5 to 17", "children ages 16 and 17"


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


def _leading_participle(inside: list[tuple[str, int, str]]) -> int:
    """How many of a figure's first tokens are a participle qualifier (`_participle_qualifiers`), or 0."""
    written = [t[0].lower() for t in inside]
    return next((len(p) for p in _participle_qualifiers() if len(p) < len(written) and tuple(written[: len(p)]) == p), 0)


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
            leading = _leading_participle(inside) if words and words[-1][:1].isalpha() else 0
            for text, offset, space in inside[:leading]:
                words.append(text), spaces.append(True), origin.append((offset, offset + len(text)))
            first = len(words)
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
