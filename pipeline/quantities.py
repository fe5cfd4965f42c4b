"""The quantity grammar: every number in a piece of text, with what it is.

`find_quantities(text)` returns two lists of plain records:

- `Quantity`: a numeric expression that states a value (`as many as 30,000`,
  `70-90 percent`, `$2.3 billion per year`, `tens of thousands`), with its
  value(s), qualifier, unit, rate denominator and change direction, and the
  exact character offsets of the expression in `text`.
- `Mention`: every number core (a run of digits, a number phrase, a vague
  magnitude) with what became of it: part of a quantity, or skipped with a
  reason (`year`, `date`, `time`, `identifier`, `ordinal`, ...).

The grammar works outward from each number core: currency sign and minus before
it, scale word, unit and age suffix after it, then a range partner, a
qualifier, a rate and a change verb. Every vocabulary it uses lives in
`pipeline/data/*.toml`. Values are never averaged: a range keeps both ends.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from text_to_num import text2num

from . import units as units_lexicon
from . import vocab

QUALIFIERS = ("exact", "approx", "upper_bound", "lower_bound", "vague")
DIRECTIONS = ("increase", "decrease")


@dataclass(frozen=True, slots=True)
class Quantity:
    char_start: int
    char_end: int
    text: str
    value_low: float
    value_high: float
    qualifier: str
    qualifier_text: str | None
    unit: str
    unit_text: str | None
    per: str | None
    direction: str | None
    kind: str  # number, range, vague, fraction, ratio, multiplier


@dataclass(frozen=True, slots=True)
class Mention:
    char_start: int
    char_end: int
    text: str
    reason: str | None  # why it is not (part of) a quantity; None when it is
    quantity: int | None  # index of its quantity in the same result


def is_known_unit(unit: str) -> bool:
    """Units the grammar can produce: the lexicon's ids (the project's own units,
    pint's dimensions, ISO currencies) and ages."""
    return units_lexicon.is_unit_id(unit) or unit in ("age:year", "age:month", "age:week", "age:day")


def shift_quantity(q: Quantity, offset: int) -> Quantity:
    # spelled out: dataclasses.replace introspects the class on every call, and this runs per quantity
    return Quantity(q.char_start + offset, q.char_end + offset, q.text, q.value_low, q.value_high, q.qualifier,
                    q.qualifier_text, q.unit, q.unit_text, q.per, q.direction, q.kind)


def shift_mention(m: Mention, offset: int, quantity_base: int = 0) -> Mention:
    quantity = None if m.quantity is None else m.quantity + quantity_base
    return Mention(m.char_start + offset, m.char_end + offset, m.text, m.reason, quantity)


def _alts(words, flags_insensitive: bool = False) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return f"(?i:{body})" if flags_insensitive else f"(?:{body})"


class Grammar:
    """Compiled patterns of the grammar, built once from the vocabulary files."""

    def __init__(self) -> None:
        nums, units, ctx = vocab.numbers(), vocab.units(), vocab.context()
        word = _alts(nums["number_words"] + [f"{t}-{u}" for t in nums["number_words"][20:] for u in nums["number_words"][1:10]])
        scale_words = _alts(nums["number_scales"])
        number_phrase = (
            rf"(?:{word}|a(?=[\s-]+{scale_words}\b)|a(?=\s+dozen\b))"
            # "and" only after a scale word: "two hundred and five" is one number, "between two and five" two
            rf"(?:(?:\s+|-)(?:{word}|dozen)(?![A-Za-z])|(?:\s+|-){scale_words}(?![A-Za-z])(?:\s+and(?=\s+{word}(?![A-Za-z])))?)*"
        )
        vague = _alts(nums["vague"].keys())
        # "two thirds", "two-thirds": the words of a fraction are spaced or hyphenated alike
        fractions = _alts(nums["fractions"].keys()).replace(r"\s+", r"[\s-]+")
        self.vague = {re.sub(r"\s+", " ", k.lower()): v for k, v in nums["vague"].items()}
        self.fractions = {re.sub(r"[\s-]+", " ", k.lower()): v for k, v in nums["fractions"].items()}
        self.multipliers = {k.lower(): (float(v["value"]), v.get("direction")) for k, v in nums["multipliers"].items()}
        self.compared_multipliers = {k.lower() for k, v in nums["multipliers"].items() if v.get("compared")}
        self.core = re.compile(
            r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
            rf"|(?<![A-Za-z-])(?P<multiplier>(?i:{_alts(self.multipliers)[3:-1]}))(?![A-Za-z-])"
            rf"|(?<![A-Za-z-])(?P<vague>(?i:{vague[3:-1]}))(?![A-Za-z-])"
            rf"|(?<![A-Za-z-])(?P<fraction>(?i:{fractions[3:-1]}))(?![A-Za-z])"
            rf"|(?<![A-Za-z-])(?P<words>(?i:{number_phrase}))(?![A-Za-z])"
        )
        self.scale_spaced = re.compile(rf"\s?(?P<s>(?i:{_alts(nums['scales'].keys())[3:-1]}))(?![A-Za-z])")
        self.scale_attached = re.compile(r"(?P<s>[kKmMbB])(?![A-Za-z0-9²³])")
        self.scales = {k.lower(): v for k, v in nums["scales"].items()}
        self.number_scales = frozenset(nums["number_scales"])
        self.attached_scales = dict(nums["attached_scales"])
        self.plural_scale = re.compile(r"\s+of\s+(?P<s>thousands|millions|billions)(?![A-Za-z])", re.I)
        self.age_suffix = re.compile(r"(?:\s*-\s*|\s+)(?P<u>year|month|week|day)s?(?:\s*-\s*|\s+)(?:old|of\s+age)(?![A-Za-z])", re.I)
        self.age_group_before = re.compile(
            rf"(?<![A-Za-z]){_alts(ctx['age_groups'], True)}\s+(?:under|over|above|below|younger\s+than|older\s+than)\s+$", re.I)
        # what an age is of: "the minimum age for employment", "the age of criminal responsibility"
        age_of = r"(?:\s+(?:of|for|at|in)\s+[A-Za-z][\w\s,-]{0,40}?)?"
        # "the minimum age for employment is 15", "the median age of victims identified was 17"
        self.age_predicate_before = re.compile(
            r"(?<![A-Za-z])(?:ages?|life\s+expectancy)" + age_of
            + r"\s+(?:is|was|are|were|remains|remained|stands\s+at|stood\s+at)\s+(?:(?:about|around|roughly|nearly|almost|just|only)\s+)?$", re.I)
        # "raised the minimum age of marriage from 16 to 18", "the retirement age was raised to 65": an age's new
        # level, after a verb of change (the vocabulary's) or of setting
        age_changed = _alts([verb for verbs in ctx["change_verbs"].values() for verb in verbs] + ["set", "fixed", "changed"], True)
        self.age_change_before = re.compile(
            r"(?<![A-Za-z])ages?" + age_of + r"(?:\s+(?:(?:is|was|were|has\s+been|had\s+been|will\s+be)\s+)?"
            + age_changed + r")?\s+(?:from|to)\s+$", re.I)
        # "their older daughter Maria who was 10.": a person's predicate number, the clause ending with it
        self.person_predicate_before = re.compile(r"(?<![A-Za-z])(?:who|he|she)\s+(?:is|was)\s+$", re.I)
        self.age_bound_after = re.compile(r"\s+(?:or|and)\s+(?:younger|older)\b", re.I)  # "12 or younger"
        # "12 percent were under 18.", "victims aged under 18": people's bound, the clause ending with it
        self.bound_predicate_before = re.compile(r"(?<![A-Za-z])(?:were|are|aged)\s+(?:under|over|below|above|younger\s+than|older\s+than)\s+$", re.I)
        self.clause_end_after = re.compile(r"\s*(?:[.,;)]|$|(?:when|at\s+the\s+time)\b)")
        self.age_prefix = re.compile(r"(?<![A-Za-z])(?:aged|ages?\s*:?|the\s+ages?\s+of)(?:\s+between)?\s*$", re.I)
        # "Jamie Armstrong, 25, said": one to four capitalised words, a comma, the number, a comma, a lower-case word
        self.apposed_name = re.compile(r"(?:^|(?<=[\s(\"“]))(?P<name>[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z'’-]+){0,3}),\s*$")
        self.apposed_after = re.compile(r",\s+[a-z]")
        place_words = {w for surface, name in vocab.places().items() for w in (*surface.split(), *name.split())}
        self.not_name_words = frozenset(nums["apposed_age"]["not_names"]) | frozenset(place_words)
        self.place_names = frozenset(vocab.places())
        # what may follow a figure listed after its place ("in Peru 40-60, Chile 25"): the list goes on or ends
        self.list_item_end = re.compile(r"\s*(?:[,;.)]|and\s|or\s|$)")

        # units: the project's own (percent, basis points) by pattern, the rest read by the lexicon
        # (pint for physical units, Babel for currencies) from the words after the number
        own = units_lexicon.own_unit_forms()
        self.own_unit_spaced = re.compile(
            rf"(?:\s*-\s*|\s+)(?P<u>{_alts(own['words'], True)}|{_alts(own['cased'])})(?![A-Za-z0-9])")
        self.own_unit_attached = re.compile(
            rf"(?P<u>{_alts(own['cased'] + own['attached'])}|{_alts(own['words'], True)})(?![A-Za-z0-9])")
        # symbols that are not letters: the project's ("%", "°") and the temperature signs its aliases name ("°C")
        signs = own["symbols"] + [form for form in units["aliases"] if not (form[0].isascii() and form[0].isalnum())]
        self.unit_symbol = re.compile(rf"\s?(?P<u>{_alts(signs)})")
        token = r"[A-Za-zµμΩ][A-Za-z0-9µμΩ²³/·]*(?:-[a-z]+)?"
        self.unit_words = re.compile(rf"(?P<sep>\s*-\s*|\s+|)(?P<w1>{token})(?:(?P<s2>\s+)(?P<w2>{token}))?(?:(?P<s3>\s+)(?P<w3>{token}))?")
        self.time_unit_modified = re.compile(
            rf"\s+(?P<mod>{_alts(units['per']['time_unit_modifiers'], True)})\s+(?P<u>[A-Za-z]+)(?![A-Za-z])"
        )
        self.length_m = re.compile(rf"\s?m\s+(?={_alts(units['per']['length_m_context'], True)}\b)")
        self.length_m_attached = re.compile(rf"m(?=\s+{_alts(units['per']['length_m_context'], True)}\b)")

        before, after = units_lexicon.currency_forms()
        self.currency_prefix = dict(before)
        self.currency_prefix_re = re.compile(rf"(?<![A-Za-z])(?P<c>{_alts(self.currency_prefix)})\s?(?P<minus>-)?$")
        self.currency_suffix = {re.sub(r"\s+", " ", k): v for k, v in after.items()}
        # names in any case ("US dollars", "Euros"), codes and symbols as written ("USD", "€")
        names = [k for k in self.currency_suffix if k[:1].islower() or " " in k]
        marks = [k for k in self.currency_suffix if k not in names]
        self.currency_suffix_lower = {k.lower(): v for k, v in self.currency_suffix.items() if k in names}
        self.currency_suffix_re = re.compile(rf"(?:\s*-\s*|\s*)(?P<c>{_alts(names, True)}|{_alts(marks)})(?![A-Za-z])")
        self.currency_context = units_lexicon.currency_context()
        self.ambiguous = [(rule["unit"], frozenset(rule["written"]), rule["becomes"], re.compile("|".join(rule["when"]), re.I),
                           re.compile("|".join(rule["unless"]), re.I)) for rule in units.get("ambiguous", [])]
        # letters that stand for a currency sign only after an ASCII folding ("PS40m" for £40m) or as a short form
        self.folded_signs = frozenset(units["currency"]["folded_signs"])
        self.us_suffix = re.compile(r"\s+(?:US|U\.S\.)(?![A-Za-z])")

        self.qualifier_of: dict[str, str] = {}
        for qual, phrases in nums["qualifiers_before"].items():
            for p in phrases:
                self.qualifier_of[re.sub(r"\s+", " ", p.lower())] = qual
        self.qualifier_before = re.compile(
            rf"(?<![A-Za-z])(?P<q>{_alts(self.qualifier_of, True)})\s*$"
        )
        self.qualifier_after_of: dict[str, str] = {}
        for qual, phrases in nums["qualifiers_after"].items():
            for p in phrases:
                self.qualifier_after_of[re.sub(r"\s+", " ", p.lower())] = qual
        self.qualifier_after = re.compile(rf"\s*(?P<q>{_alts(self.qualifier_after_of, True)})(?![A-Za-z0-9])")

        self.range_connector = re.compile(
            r"(?P<c>\s*(?:-\s*)?(?i:to|through|thru|or|and)\s+(?:(?i:about|around|some)\s+)?|\s*[–—]\s*|-(?=[\d$€£.])|\s*-\s+(?=\d))"
        )
        self.range_opener = re.compile(r"(?<![A-Za-z])(?P<o>(?i:between|from|ages?|aged|in\s+between|(?:between\s+)?the\s+ages\s+of|aged\s+between))\s+$")
        # "one in five", "two out of five", "one of every 10"; not "one of four tiers" (a choice, not a share)
        self.ratio = re.compile(r"(?:\s+|-)(?:(?i:in|out[\s-]+of)(?:\s+|-)(?:(?i:every)\s+)?|(?i:of)\s+(?i:every)\s+)(?=[\d]|(?i:ten|five|four|three|two|twenty|hundred|a\s+hundred)\b)")

        per_words = units["per"]["words"]
        self.per_of = {re.sub(r"\s+", " ", k.lower()): v for k, v in per_words.items()}
        self.per_adverbs = {k.lower(): v for k, v in units["per"]["adverbs"].items()}
        not_a_rate = r"(?!\s+(?i:earlier|ago|before|later|previously|prior)\b)"  # "4.1 million a year earlier"
        self.per_immediate = re.compile(
            rf"\s*(?:(?:(?i:per|a|an|each|every)\s+|/\s?)(?P<w>{_alts(per_words, True)})(?![A-Za-z]){not_a_rate}"
            rf"|-?\s*(?P<a>{_alts(self.per_adverbs, True)})(?![A-Za-z]))"
        )
        self.per_window = re.compile(
            r"\b(?:(?:per|a|an|each|every)\s+(?P<w>day|week|month|year|hour|night|shift)\b" + not_a_rate + r"|(?P<a>daily|weekly|monthly|annually|yearly|hourly)\b)",
            re.I,
        )
        self.per_before = re.compile(r"\b(?P<a>annual|annually|yearly|monthly|weekly|daily|hourly)\b", re.I)
        self.denominator_before = re.compile(r"(?<![A-Za-z])(?i:per|for\s+every|every)\s+$")
        self.denominator_noun = re.compile(rf"\s+(?P<n>{_alts(units['per']['denominator_nouns'], True)})(?![A-Za-z])")

        comparison = r"(?:as|more|less|higher|larger|greater|bigger|faster|smaller|lower|the|that|what|over)\b"
        self.times = re.compile(rf"\s+times(?=\s+{comparison})", re.I)
        # a multiplier written as a verb: "plans to double", "exports will double"
        self.verb_before = re.compile(r"(?<![A-Za-z'])(?i:to|will|would|could|may|might|can|should|must|shall)\s+$|'ll\s+$")
        # "twice the national rate", "twice as likely"; not "twice the following year", "twice that month",
        # "scored twice as United won" (a clause after "as")
        self.compared_after = re.compile(
            r"\s+(?!(?i:the|that|this)\s+(?i:same|following|previous|next|last|first|day|week|month|year|season|time|morning|night)\b)"
            r"(?!(?i:as)\s+(?:(?i:a|an|the|it|he|she|they|we|you|his|her|their|its|i)\b|[A-Z]))(?i:" + comparison
            + r"|(?:its|their|his|her|our)\s+(?!own\b))")  # "twice its official capacity"
        self.times_plain = re.compile(r"\s+times(?![A-Za-z])", re.I)
        self.fold = re.compile(r"\s*-?\s*fold(?![A-Za-z])", re.I)

        months = ctx["months"]
        self.ambiguous_months = set(ctx["ambiguous_months"])
        month_alt = _alts([m for m in months if m not in self.ambiguous_months], True)
        amb_alt = "|".join(m.capitalize() for m in self.ambiguous_months) + "|" + "|".join(m.upper() for m in self.ambiguous_months)
        any_month = rf"(?:{month_alt}|{amb_alt})"
        self.month_before = re.compile(rf"(?<![A-Za-z]){any_month}\.?(?P<comma>,)?\s*(?P<day>\d{{1,2}}(?:st|nd|rd|th)?,?\s*)?$")
        self.month_after = re.compile(rf"(?:st|nd|rd|th)?\s*(?:of\s+)?,?\s*{any_month}(?![A-Za-z])")
        # every alternative starts with a digit, so that `re` can skip to the digits
        # telephone numbers: "(202) 555-0147", "202-555-0147", "1-800-555-0199"
        self.phone = re.compile(r"(?<![\w.,-])(?:1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?![\w-])")
        self.fixed_spans = re.compile(
            r"\d(?<![\w]\d)(?:\d{3}-\d{1,2}-\d{1,2}(?:T[\d:.]+Z?)?"
            r"|\d?/\d{1,2}/\d{2,4}\b)"
            r"|\d(?<![\d.,]\d)\d?(?::\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*(?:[ap]\.m\.|[AaPp][Mm]\b))?"
            r"|(?:\.\d{2})?\s*(?:[ap]\.m\.|[AaPp][Mm]\b))"
        )
        self.ordinal_suffix = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])")
        self.decade_suffix = re.compile(r"['’′]?s(?![A-Za-z])")
        self.temporal_before = re.compile(r"(?<![A-Za-z])(?:in|since|by|from|between|until|till|to|circa|c\.|during|of|A\.D\.|AD|year|the|and|before|after)\s+$", re.I)
        self.word_before = re.compile(r"(?P<w>[A-Za-z§#][\w.&'’-]*)\s*$")
        self.function_words = {w.lower() for w in ctx["function_words"]} | set(ctx["weekdays"])
        self.identifier_prefixes = {w.lower() for w in ctx["identifier_prefixes"]}
        self.identifier_suffix = re.compile(rf"\s*(?:{_alts(ctx['identifier_suffixes'])})(?![A-Za-z])")
        self.name_suffix = re.compile(r"-[A-Z][a-z]+\s+[A-Z]")
        self.numbered_name = re.compile(rf"(?<![\w&/.-]){_alts(ctx['numbered_names'], flags_insensitive=True)}(?![\w-])")
        self.street_after = re.compile(rf"[A-Z]?\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}{_alts(ctx['street_words'])}(?![A-Za-z])")
        self.model_after = re.compile(rf"\s*-?\s*{_alts(ctx['model_suffixes'])}(?![A-Za-z])")
        self.date_range_after = re.compile(r"\s*[-–]\s*\d{1,2}(?!\d)(?!\s*(?:%|percent|per cent))")
        self.date_range_before = re.compile(r"\d{1,2}\s*[-–]\s*$")
        self.report_window = re.compile(ctx["report_window"], re.I)
        self.money_raised = frozenset(ctx["money_raised"])
        self.particle_before = re.compile(rf"(?<![A-Za-z])(?i:{_alts(ctx['particle_verbs'], True)})\s+$")
        self.over_particle_before = re.compile(rf"(?<![A-Za-z])(?i:{_alts(ctx['over_particle_verbs'], True)})\s+$")
        verbs = ctx["change_verbs"]
        self.direction_of = {v.lower(): d for d, vs in verbs.items() for v in vs}
        self.direction_before = re.compile(
            rf"(?<![A-Za-z])(?P<v>{_alts(self.direction_of, True)})\s+(?:(?i:by|to\s+the\s+tune\s+of)\s+)?(?:(?i:a\s+further|another|an\s+additional)\s+)?$"
        )
        self.direction_of_noun = {v.lower(): d for d, vs in ctx["change_nouns"].items() for v in vs}
        self.change_noun_before = re.compile(rf"(?<![A-Za-z])(?P<v>{_alts(self.direction_of_noun, True)})\s+(?i:of)\s+$")
        self.direction_of_comparative = dict(ctx["change_comparatives"])
        self.comparative_after = re.compile(
            rf"\s+(?P<v>{_alts(self.direction_of_comparative, True)})(?![A-Za-z-])(?!\s+than\b)", re.I)
        self.change_noun_after = re.compile(rf"\s*-?\s*(?P<v>{_alts(self.direction_of_noun, True)})(?![A-Za-z-])")
        self.article_before = re.compile(r"(?<![A-Za-z])(?i:an?|the)\s+$")
        self.minus_word = re.compile(r"(?<![A-Za-z])(?i:minus|negative)[\s-]*$")
        self.of_unit = re.compile(rf"\s+of\s+(?:(?P<c>{_alts(names, True)})(?![A-Za-z])|(?P<u>{token}))")
        self.rank_before = re.compile(r"(?<![A-Za-z])(?:top|bottom|best|worst|first|last|final|No\.)\s+$", re.I)
        self.fraction_of_scale = re.compile(
            rf"(?:\s+of)?(?:\s+(?:a|one))?(?:\s+|-)(?P<s>(?i:{_alts(nums['number_scales'])[3:-1]}))(?![A-Za-z])", re.I)
        self.fraction_point_after = re.compile(r"(?:\s+of)?(?:\s+an?)?[\s-]+(?P<pp>percentage[\s-]+)?points?(?![A-Za-z])", re.I)
        self.half_ok_after = re.compile(r"\s+(?:of|the|their|its|his|her|a|an|all|that|those|these)\b|\s*[,.;)]", re.I)
        self.half_bad_before = re.compile(r"(?<![A-Za-z])(?:first|second|other|last|latter|former|back|top|bottom|this|next|each|1st|2nd)\s+$", re.I)
        self.half_unit_after = re.compile(r"\s+(?:an?\s+)(?P<u>hour|day|week|month|year|century|mile|kilometre|kilometer|dozen)(?![A-Za-z])", re.I)
        self.and_a_half = re.compile(r"\s+and\s+a\s+half(?![A-Za-z])", re.I)
        self.paren_open = re.compile(r"\s*\(\s*$")


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    return Grammar()


@lru_cache(maxsize=1)
def number_hint() -> re.Pattern:
    """A cheap pattern, run over lower-cased text, that matches wherever a
    number core may stand: a digit, or a word of a number phrase, vague
    magnitude or fraction. A sentence it does not match holds no quantity."""
    nums = vocab.numbers()
    words = set(nums["number_words"]) | set(nums["number_scales"]) | {"dozen", "dozens", "scores"} | set(nums["multipliers"])
    for phrase in list(nums["vague"]) + list(nums["fractions"]):
        words.update(w for w in re.split(r"[\s-]+", phrase.lower()) if w not in ("a", "of", "one"))
    # plain lower-case alternation: much faster in `re` than a case-insensitive one
    return re.compile(rf"[0-9]|\b(?:{'|'.join(sorted(words, key=len, reverse=True))})\b")


@dataclass(slots=True)
class _Part:
    """One number with its own prefix and suffix, before ranges are joined."""

    start: int
    end: int
    low: float
    high: float
    kind: str
    unit: str | None = None
    unit_text: str | None = None
    currency: str | None = None
    scaled: bool = False
    core_text: str = ""
    is_word: bool = False
    core_end: int = 0
    direction: str | None = None


def _digits_value(text: str) -> float:
    return float(text.replace(",", ""))


def _scaled(value: float, factor: float) -> float:
    # 4.1 * 1e6 is 4099999.9999999995 in binary floating point; the text said 4,100,000
    return float(f"{value * factor:.12g}")


def _words_value(phrase: str) -> float | None:
    words = re.sub(r"\s+", " ", phrase.lower()).strip()
    words = re.sub(r"^a(?=[ -])", "one", words)
    dozen = 1.0
    if words.endswith("dozen"):
        dozen, words = 12.0, words[: -len("dozen")].strip(" -") or "one"
    for candidate in (words, words.replace("-", " ")):
        try:
            return float(text2num(candidate, "en")) * dozen
        except ValueError:
            continue
    return None


def _resolve_currency(g: Grammar, code: str, context: str) -> str:
    for pattern, resolved in g.currency_context.get(code, ()):
        if pattern.search(context):
            return resolved
    return code


def _parse_part(g: Grammar, text: str, core: re.Match, context: str) -> _Part | None:
    """The number at `core` with currency sign, minus, scale, unit and age suffix, read in
    phases: the number itself, how a fraction reads, what is written before it, then after it.
    `part.end` is how far the reading has got; `digits` says whether the number is written
    in digits, the only form a currency sign, a minus or a letter scale ("4m") is glued to."""
    part = _number_at(g, text, core)
    if part is None or part.kind == "multiplier":
        return part
    digits = part.kind == "number" and not part.is_word
    if digits and _read_slashed_fraction(g, text, part):
        if part.unit == "percent":
            return part
        digits = False  # no scale or currency glued to a fraction: its unit follows
    if part.kind == "fraction" and _read_fraction(g, text, part):
        return part
    if digits:
        _read_sign_before(g, text, core.start(), part)
    _read_half_after(g, text, part, digits)
    if _read_age_after(g, text, part):
        return part
    if part.kind == "number":
        _read_scale_after(g, text, part, digits)
    if part.kind == "vague":
        _read_vague_unit_after(g, text, part, context)
        return part
    _read_unit_after(g, text, core, part, digits, context)
    return part


def _number_at(g: Grammar, text: str, core: re.Match) -> _Part | None:
    """The number `core` writes: digits, words, a fraction, a multiplier or a vague magnitude."""
    start, pos = core.start(), core.end()
    kind = "number"
    core_text = core.group()
    is_word = False
    if (plural := _plural_magnitude(text, core)) is not None:
        # "1,000s of people", "10s of thousands": vague, as "thousands" is
        magnitude, pos = plural
        plural_scale = g.plural_scale.match(text, pos)
        if plural_scale:
            magnitude *= g.scales[plural_scale.group("s").lower()[:-1]]
            pos = plural_scale.end()
        low, high, kind = magnitude, magnitude * 10, "vague"
    elif core.group("digits") is not None:
        low = high = _digits_value(core_text)
    elif core.group("multiplier") is not None:
        value, direction = g.multipliers[core_text.lower()]
        if core_text.lower() in g.compared_multipliers and _multiplier_as_verb(g, text, start):
            direction = "increase" if value > 1 else "decrease"  # "plans to double the number of inspectors"
        return _Part(start, pos, value, value, "multiplier", unit="times", unit_text=core_text, core_text=core_text,
                     is_word=True, core_end=pos, direction=direction)
    elif core.group("vague") is not None:
        low, high = g.vague[re.sub(r"\s+", " ", core_text.lower())]
        kind = "vague"
    elif core.group("fraction") is not None:
        low = high = _fraction_value(g, core_text)
        kind = "fraction"
    else:
        value = _words_value(core_text)
        if value is None:
            return None
        low = high = value
        is_word = True
    return _Part(start, pos, low, high, kind, core_text=core_text, is_word=is_word, core_end=pos)


def _read_slashed_fraction(g: Grammar, text: str, part: _Part) -> bool:
    """"1/3", "2/5 of the land": True when digits over digits are read as a fraction (in
    percent when a share of something follows)."""
    pair = _slashed_pair(text, part.start, part.end)
    if pair is None or pair.start("n") != part.start or not _slash_fraction(g, text, pair):
        return False
    part.end = part.core_end = pair.end()
    part.low = part.high = int(pair.group("n")) / int(pair.group("d"))
    if _FRACTION_SHARE_AFTER.match(text, part.end):  # "1/3 of the land": a share, in percent as "a third" is
        share = round(100 * part.low, 6)
        part.low, part.high, part.kind, part.unit = share, share, "fraction", "percent"
    return True


def _read_fraction(g: Grammar, text: str, part: _Part) -> bool:
    """A fraction in words: a share in percent ("a third of"), a fraction of a point, or
    of a scale word ("half a million": then a number, and False as its reading goes on)."""
    m = g.fraction_point_after.match(text, part.end)
    if m is not None:  # "a quarter point", "half a percentage point": a fraction of one point, not a share
        part.low = part.high = round(part.low / 100, 6)
        part.unit = "percentage_point" if m.group("pp") else "point"
        part.end, part.kind = m.end(), "number"
        return True
    m = g.fraction_of_scale.match(text, part.end)
    if m is None:
        part.unit, part.unit_text = "percent", None
        return True
    # "half a million", "a quarter of a million", "three-quarters of a billion dollars": a number, not a share
    part.low = part.high = _scaled(part.low / 100, g.scales[m.group("s").lower()])
    part.kind = "number"
    part.is_word = part.scaled = True
    part.end = m.end()
    return False


def _read_sign_before(g: Grammar, text: str, start: int, part: _Part) -> None:
    """Before digits: a currency sign ("$", "US$", "W", "RM"), a minus sign or word, a plus sign."""
    m = g.currency_prefix_re.search(text, max(0, start - 8), start)
    if m:
        part.currency = g.currency_prefix[re.sub(r"\s+", " ", m.group("c"))]
        part.start = m.start("c")
        if m.group("minus"):
            part.low = part.high = -part.low
    elif start > 0 and text[start - 1] in "-\u2212" and (start == 1 or not text[start - 2].isalnum()):
        part.start = start - 1
        part.low = part.high = -part.low
    elif start > 0 and text[start - 1] == "+" and (start == 1 or not text[start - 2].isalnum()):
        part.start = start - 1  # "(+24,000)": the sign is part of what is written (`_direction` reads it)
    else:
        m = g.minus_word.search(text, max(0, start - 12), start)
        if m:
            part.start = m.start()
            part.low = part.high = -part.low


def _read_half_after(g: Grammar, text: str, part: _Part, digits: bool) -> None:
    """"two and a half"; "2 1/2", "2½"."""
    m = g.and_a_half.match(text, part.end)
    if m and part.kind == "number":
        part.low = part.high = part.low + 0.5
        part.end = m.end()
    elif part.kind == "number" and digits and part.core_text.isdigit() and (m := _MIXED_FRACTION.match(text, part.end)):
        numerator, denominator = (int(m.group("n")), int(m.group("d"))) if m.group("n") else (unicodedata.numeric(m.group("v")), 1)
        if numerator < denominator:
            part.low = part.high = part.low + numerator / denominator
            part.end = part.core_end = m.end()


def _read_age_after(g: Grammar, text: str, part: _Part) -> bool:
    """"12-year-old", "a 40 year old": an age, and nothing more to read."""
    m = g.age_suffix.match(text, part.end)
    if m:
        part.unit, part.unit_text, part.end = f"age:{m.group('u').lower()}", m.group().strip(" -"), m.end()
    return m is not None


def _read_scale_after(g: Grammar, text: str, part: _Part, digits: bool) -> None:
    """A scale word ("3 hundred thousand", "2 lakh crore") or a letter glued to digits ("4m", "$2bn")."""
    pos = part.end
    m = g.scale_spaced.match(text, pos)
    # (after number words, a scale word is glued on only past a space and never "hundred": "two hundred" is one number)
    if m and (digits or (m.start("s") != pos and m.group("s").lower() != "hundred")):
        previous = 0.0
        while m and g.scales[m.group("s").lower()] > previous:
            # "3 hundred thousand", "2 lakh crore": each larger scale word multiplies
            previous = factor = g.scales[m.group("s").lower()]
            part.low, part.high = _scaled(part.low, factor), _scaled(part.high, factor)
            part.scaled, part.end = True, m.end()
            m = g.scale_spaced.match(text, part.end)
    elif digits:
        m = g.scale_attached.match(text, pos)
        if m and m.group("s") in g.attached_scales:
            letter = m.group("s")
            metre = letter == "m" and g.length_m_attached.match(text, pos)
            billion_ok = letter not in "bB" or part.currency
            if not metre and billion_ok:
                factor = g.attached_scales[letter]
                part.low, part.high = _scaled(part.low, factor), _scaled(part.high, factor)
                part.scaled, part.end = True, m.end()


def _read_vague_unit_after(g: Grammar, text: str, part: _Part, context: str) -> None:
    """What a vague magnitude is of: "thousands of dollars", "tens of thousands of miles"."""
    m = g.of_unit.match(text, part.end)
    reading = units_lexicon.read_unit(m.group("u")) if m and m.group("u") else None
    if m and m.group("c"):
        part.currency = _resolve_currency(g, g.currency_suffix_lower[re.sub(r"\s+", " ", m.group("c").lower())], context)
        part.unit_text, part.end = m.group("c"), m.end()
    elif reading is not None:
        part.unit, part.unit_text, part.end = reading.unit, m.group("u"), m.end()


def _read_unit_after(g: Grammar, text: str, core: re.Match, part: _Part, digits: bool, context: str) -> None:
    """A currency after the number ("500 euros", "40m rupees"), "US" after dollars, or a unit."""
    if part.currency is None:
        m = g.currency_suffix_re.match(text, part.end)
        if m:
            written = re.sub(r"\s+", " ", m.group("c"))
            code = g.currency_suffix.get(written) or g.currency_suffix_lower[written.lower()]
            # a bare name shared by several countries ("pesos") is read by the text's country;
            # a code or a name with its country ("Indian rupees") is what it says
            part.currency = code if written == code or " " in written else _resolve_currency(g, code, context)
            part.unit_text, part.end = m.group("c"), m.end()
            return
    else:
        m = g.us_suffix.match(text, part.end)
        if m and part.currency == "USD":
            part.end = m.end()
    if part.currency is not None:
        return
    pos = part.end
    attached_ok = digits and pos == core.end() or (part.scaled and text[pos - 1 : pos].isalpha() and not text[pos : pos + 1].isspace())
    found = unit_at(g, text, pos, attached_ok, symbols_ok=digits)
    if found is not None:
        part.unit, part.unit_text, part.end = found
        part.unit = _by_context(g, part.unit, part.unit_text, text, core.start(), part.end)
        m = g.and_a_half.match(text, part.end)
        if m and part.kind == "number" and part.low == part.high:
            part.low = part.high = part.low + 0.5  # "one hour and a half"
            part.end = m.end()
    elif (m := g.length_m.match(text, pos)) is not None:
        part.unit, part.unit_text = "length:m", "m"
        part.end = m.start() + m.group().index("m") + 1


def _by_context(g: Grammar, unit: str, written: str, text: str, start: int, end: int) -> str:
    """A unit word read by the words around it (`[[ambiguous]]` in units.toml):
    "paid 500 pounds a year" is money, "weighs 500 pounds" mass."""
    for rule_unit, forms, becomes, when, unless in g.ambiguous:
        if unit == rule_unit and (written in forms or written.lower() in forms):
            window = text[max(0, start - 100) : end + 100]
            if when.search(window) and not unless.search(window):
                return becomes
    return unit


_NAMED_MODEL = re.compile(r"[A-Z]-?\d")
_TIME_OFF = re.compile(r"\s+(?:off|of\s+(?:rest|leave))(?![\w-])", re.I)


def unit_at(g: Grammar, text: str, pos: int, attached_ok: bool = True, symbols_ok: bool = True) -> tuple[str, str, int] | None:
    """(unit id, unit as written, end) of the unit written at `pos` after a
    number: the project's own units by pattern, then the longest run of up to
    three words the lexicon reads as one unit ("square miles", "kV/cm", "kWh");
    a unit "of"-free modifier may stand between ("two rest days"), and time off
    ends after "off" ("two days off a month"). A capital letter that opens a
    model's name is none ("24 F-16 jets", "50 C-130 aircraft")."""
    found = _unit_word_at(g, text, pos, attached_ok, symbols_ok)
    if found is None or _NAMED_MODEL.match(text, found[2] - len(found[1]), min(len(text), found[2] + 2)):
        return None
    if found[0] in ("duration:day", "duration:week") and (off := _TIME_OFF.match(text, found[2])):
        return found[0], found[1], off.end()  # "two days off a month", "one day of rest per month": the rate follows
    return found


def _unit_word_at(g: Grammar, text: str, pos: int, attached_ok: bool, symbols_ok: bool) -> tuple[str, str, int] | None:
    if attached_ok:
        m = g.own_unit_attached.match(text, pos)
        if m and m.group("u") != "m":
            reading = units_lexicon.read_unit(m.group("u"), attached=True)
            if reading is not None:
                return reading.unit, m.group("u"), m.end()
    if symbols_ok:
        m = g.unit_symbol.match(text, pos)
        if m:
            reading = units_lexicon.read_unit(m.group("u"), attached=True)  # a sign reads the same spaced or not
            if reading is not None:
                return reading.unit, m.group("u"), m.end()
    words = g.unit_words.match(text, pos)
    if words and not (words.group("sep") or attached_ok):
        words = None
    # longest first: "degrees Fahrenheit" before the project's "degrees", "square miles" before "miles"
    for first, last in (("w1", "w3"), ("w1", "w2")):
        if words and words.group(last) and all(words.group(gap) in (" ", None) for gap in ("s2", "s3")[: 1 if last == "w2" else 2]):
            written = text[words.start(first) : words.end(last)]
            reading = units_lexicon.read_unit(written, attached=not words.group("sep"))
            if reading is not None:
                return reading.unit, written, words.end(last)
    m = g.own_unit_spaced.match(text, pos)
    if m:
        reading = units_lexicon.read_unit(re.sub(r"\s+", " ", m.group("u")))
        if reading is not None:
            return reading.unit, m.group("u"), m.end()
    if words:
        reading = units_lexicon.read_unit(words.group("w1"), attached=not words.group("sep"))
        if reading is not None:
            return reading.unit, words.group("w1"), words.end("w1")
    m = g.time_unit_modified.match(text, pos)
    if m:
        reading = units_lexicon.read_unit(m.group("u"))
        if reading is not None and reading.unit.startswith("duration:"):
            return reading.unit, m.group("u"), m.end()
    return None


def _unit_of_part(p: _Part) -> str | None:
    if p.currency:
        return f"currency:{p.currency}"
    return p.unit


def _year_like(g: Grammar, text: str, p: _Part) -> bool:
    if p.kind != "number" or p.is_word or p.currency or p.unit or p.scaled:
        return False
    core = p.core_text
    if not re.fullmatch(r"\d{4}", core):
        return False
    value = int(core)
    if 1900 <= value <= 2100:
        return True
    if re.search(r"(?:average|total|sum|maximum|minimum|estimate|some|about|around|nearly|almost)\s+of\s+$", text[max(0, p.start - 20) : p.start], re.I):
        return False  # "an average of 1500" is an amount, "the summer of 1812" a year
    return 1000 <= value < 2200 and bool(g.temporal_before.search(text, max(0, p.start - 12), p.start))


_MIXED_FRACTION = re.compile(r"\s(?P<n>[1-9])/(?P<d>1?\d)(?![\d/])|(?P<v>[½¼¾⅓⅔⅛⅜⅝⅞])")
_YEAR_SPAN_BEFORE = re.compile(r"(?<!\d)(?P<y>(?:1[89]|20)\d\d)\s?[-–/]\s?$")
_SLASHED = re.compile(r"(?<![\d/.,])(?P<n>\d{1,3})/(?P<d>\d{1,3})(?![\d/]|[.,]\d)")
# what makes "n/d" a fraction: a unit after it is the grammar's to find; these make it a share
_FRACTION_SHARE_AFTER = re.compile(r"\s+of\b|[\s-]+majority\b", re.I)


def _slashed_pair(text: str, start: int, end: int) -> re.Match | None:
    """The "n/d" a digit core at start..end is the numerator or denominator of."""
    if text[end : end + 1] != "/" and text[start - 1 : start] != "/":
        return None
    m = _SLASHED.match(text, start)
    if m is not None and m.end("n") == end:
        return m
    m = _SLASHED.search(text, max(0, start - 4), end)
    return m if m is not None and m.start("d") == start and m.end("d") == end else None


def _slash_fraction(g: Grammar, text: str, pair: re.Match) -> bool:
    """Whether "n/d" is a fraction: a proper one with a small denominator, of
    something or of a unit ("1/3 of the land", "a 2/3 majority", "1/2 mile")."""
    numerator, denominator = int(pair.group("n")), int(pair.group("d"))
    if not (0 < numerator < denominator <= 16) or pair.group("n").startswith("0"):
        return False
    return bool(_FRACTION_SHARE_AFTER.match(text, pair.end()) or unit_at(g, text, pair.end(), symbols_ok=False))


def _blocked_spans(g: Grammar, text: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of the spans no number inside is a claim: dates, times, telephone numbers."""
    spans = [(m.start(), m.end(), "time" if ":" in m.group() or re.search(r"[ap]\.?m", m.group(), re.I) else "date")
             for m in g.fixed_spans.finditer(text)]
    return spans + [(m.start(), m.end(), "phone number") for m in g.phone.finditer(text)]


_PLURAL_MAGNITUDE = re.compile(r"'?s(?=\s+of\s)")


def _plural_magnitude(text: str, core: re.Match) -> tuple[float, int] | None:
    """(the power of ten, the end of its plural "s") for a plural of digits ("1,000s
    of people" is thousands of people), or None; a decade ("the 1990s") is no power of ten."""
    plural = _PLURAL_MAGNITUDE.match(text, core.end()) if core.group("digits") is not None else None
    digits = core.group().replace(",", "")
    return (float(digits), plural.end()) if plural and re.fullmatch(r"10+", digits) else None


def _skip_reason_for_core(g: Grammar, text: str, core: re.Match, blocked: list[tuple[int, int, str]]) -> str | None:
    """Reasons that can be read off a core and its neighbours before parsing."""
    start, end = core.start(), core.end()
    for b_start, b_end, reason in blocked:
        if b_start <= start < b_end:
            return reason
    if core.group("digits") is None:
        return None
    before = text[start - 1] if start > 0 else ""
    after = text[end : end + 1]
    reason = _enumerator_or_footnote(text, start, end)
    if reason:
        return reason
    if g.ordinal_suffix.match(text, end) and unit_at(g, text, end, symbols_ok=False) is None:
        return "ordinal"
    if _plural_magnitude(text, core) is not None:
        return None  # "1,000s of people", "100s of jobs"
    if re.fullmatch(r"\d{2}|\d{4}", core.group()) and g.decade_suffix.match(text, end):
        return "year"
    span = _YEAR_SPAN_BEFORE.search(text, max(0, start - 7), start)
    if span and re.fullmatch(r"\d{2}", core.group()) and int(core.group()) > int(span.group("y")[2:]):
        return "year"  # "the 2022-23 season", "2019/20"
    pair = _slashed_pair(text, start, end)
    if pair is not None and not _slash_fraction(g, text, pair):
        return "slashed pair"  # "24/7", "9/11", "50/50", "rated 7/10", a date written "3/4"
    if before.isalpha() or before == "_":
        # letters glued to the front are a currency sign ("W46,000") or an identifier ("A01")
        sign = g.currency_prefix_re.search(text, max(0, start - 8), start)
        if not sign:
            return "identifier"
        if sign.group("c") in g.folded_signs and len(core.group()) == 1 and not g.scale_attached.match(text, end) \
                and not g.scale_spaced.match(text, end):
            return "model number"  # "PS5" is a console; the pound folded to "PS" comes with an amount ("PS40m")
    if after == "(" and re.match(r"\([a-z]\)", text[end : end + 3]):
        return "identifier"  # "401(k)", "501(c)(3)"
    if before == "-" and start >= 2 and text[start - 2].isalnum():
        head = re.search(r"[A-Za-z0-9]+$", text[:start - 1])
        if head and (any(c.isupper() for c in head.group()) or head.group().isdigit()):
            if not head.group().isdigit():
                return "identifier"
    if after.isalpha() and not (
        g.scale_attached.match(text, end) or g.scale_spaced.match(text, end) or unit_at(g, text, end, symbols_ok=False)
        or g.currency_suffix_re.match(text, end) or g.age_suffix.match(text, end)
    ):
        return "identifier"
    if before == "[" and after == "]":
        return "reference"
    month = g.month_before.search(text, max(0, start - 16), start)
    if month and (_dated_by_month(month, core.group()) or (not month.group("comma") and _YEAR_AFTER.match(text, end))):
        return "date range" if g.date_range_after.match(text, end) else "date"
    if g.date_range_before.search(text, max(0, start - 6), start) and re.fullmatch(r"\d{1,2}", core.group()):
        before = g.date_range_before.search(text, max(0, start - 6), start)
        if g.month_before.search(text, max(0, before.start() - 16), before.start()):
            return "date range"  # "Oct. 3-7": the 7 too
    if re.fullmatch(r"\d{1,2}", core.group()) and g.month_after.match(text, end):
        return "date"
    return None


_YEAR_AFTER = re.compile(r",?\s+(?:1[89]|2[01])\d\d(?!\d)")  # "December 12 1999": a month, a day, a year


def _dated_by_month(month: re.Match, number: str) -> bool:
    """Whether a number after a month's name is part of the date: a day ("May 12"), a
    year ("May 2019", "May 12, 2019"). "In May, 40 workers died": after a comma, or past
    the 31st, only a year is."""
    year = re.fullmatch(r"\d{4}", number) is not None and 1000 <= int(number) <= 2100
    if month.group("day") or month.group("comma"):
        return year
    return year or (re.fullmatch(r"\d{1,2}", number) is not None and 1 <= int(number) <= 31)


_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_AFTER_ITEM = re.compile(r"(?:^|\n|[:;.]\s)[ \t]*$")
_WORD_GLUED = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,}[a-z]$")


# "(2) were ranked": an item's number opens words, not a conjunction ("Laos (3) and Vietnam (2)" counts)
_ITEM_OPENS = re.compile(r"\)[ \t]+(?!(?:and|or|in|of|to|for|from|with|at|by|on)\b)[A-Za-z]")


def _next_item_nearby(text: str, start: int, number: int) -> bool:
    """The item numbered one before or after this one opens words within a few hundred characters."""
    window = text[max(0, start - 400) : start + 400]
    return any(_ITEM_OPENS.match(m.string, m.end())
               for k in (number - 1, number + 1) if k > 0
               for m in re.finditer(rf"\({k}(?=\))", window))


def _enumerator_or_footnote(text: str, start: int, end: int) -> str | None:
    """Numbers that only enumerate: a list item's number ("(2) wages are
    withheld", "2. The government ...") and a footnote marker after a word or
    its punctuation ("labor.12", "abroad,3", "Russia4")."""
    core = text[start:end]
    after = text[end : end + 1]
    if re.fullmatch(r"\d{1,2}", core):
        if start > 0 and text[start - 1] == "(" and after == ")" and _AFTER_ITEM.search(text, max(0, start - 40), start - 1):
            return "enumerator"
        if start > 0 and text[start - 1] == "(" and _ITEM_OPENS.match(text, end) and _next_item_nearby(text, start, int(core)):
            return "enumerator"  # "either: (1) advanced a tier ..., or (2) were ranked on ...": inside a sentence
        if after in (".", ")") and text[end + 1 : end + 2] in (" ", "\t", "") and _LINE_START.search(text, max(0, start - 40), start):
            return "enumerator"
    closing = not after or after.isspace() or after in ",;:)]"
    if re.fullmatch(r"\.\d{1,3}", core) and start > 1 and text[start - 1].isalpha() and closing:
        return "footnote"  # "forced labor.12 Most ..." (the core read ".12")
    if re.fullmatch(r"\d{1,3}", core) and closing and start > 2:
        k = start
        while k > 0 and text[k - 1] in ".,;:\"”’)":
            k -= 1
        if k < start and k > 0 and text[k - 1].isalpha() and text[k:start] != ".":
            return "footnote"  # "abroad,3 and", "wages.”4"
        if _WORD_GLUED.search(text, max(0, start - 30), start) and start >= 4 and text[start - 4 : start].isalpha():
            return "footnote"  # "Russia4", "camps12"
    return None


_OVER_A_YEAR = re.compile(r".*\b(?:increase|decrease|rise|growth|gain|drop|decline|fall|jump|up|down|higher|lower|"
                          r"percent|per\s+cent|points?)\s+over\s+|.*%\s+over\s+", re.I | re.S)
_AFTER_A_YEAR = re.compile(r"\s*(?:[.,;:)]|$|levels?\b|figures?\b|and\b|when\b)", re.I)
# "consistently below 2019," "above 2008 levels": a year a level is compared with, no noun after it
_BELOW_A_YEAR = re.compile(r".*\b(?:below|above|under|(?:higher|lower)\s+than)\s+", re.I | re.S)
_LEVELS_AFTER = re.compile(r"\s+(?:levels?|figures?)\b", re.I)


def _final_skip_reason(g: Grammar, text: str, q_start: int, parts: list[_Part], qualifier: str | None, unit: str) -> str | None:
    first = parts[0]
    bare = qualifier is None and unit == "count" and not any(p.scaled for p in parts)
    if bare and all(_year_like(g, text, p) for p in parts):
        return "year"
    if unit == "count" and len(parts) == 1 and _year_like(g, text, first):
        before = max(0, q_start - 30)
        if _OVER_A_YEAR.fullmatch(text, before, first.start) and _AFTER_A_YEAR.match(text, first.core_end):
            return "year"  # "a 15 percent increase over 2020", "up 5% over 2019 levels": the year compared with
        if _BELOW_A_YEAR.fullmatch(text, before, first.start) \
                and (_LEVELS_AFTER.match(text, first.core_end)
                     or (int(first.core_text) % 100 and _AFTER_A_YEAR.match(text, first.core_end))):
            return "year"  # "below 2019 levels", "below 2019,": a round "below 2000." may still be a count
    if g.report_window.search(text, max(0, q_start - 40), q_start) and unit.startswith("duration:"):
        return "report window"
    if any(g.name_suffix.match(text, p.core_end) for p in parts):
        return "part of a name"  # "the 150-Day Battle"
    if bare and len(parts) == 1 and any(m.start() < q_start and m.end() == first.core_end
                                        for m in g.numbered_name.finditer(text, max(0, q_start - 24), first.core_end + 1)):
        return "part of a name"  # "the S&P 500", "a Fortune 500 company"
    if unit == "pence" and first.unit_text == "p" and first.low in (240, 360, 480, 576, 720, 1080, 1440, 2160, 4320):
        return "identifier"  # "a 1080p screen" is a video format, not pence
    if unit == "point" and first.is_word and first.low == 1 and re.search(r"\bat\s+$", text[max(0, q_start - 4) : q_start], re.I):
        return "idiom"  # "at one point"
    if bare and not first.is_word:
        if g.street_after.match(text, parts[-1].end):
            return "address"  # "123 Main Street", "1600 Pennsylvania Avenue"
        if g.model_after.match(text, parts[-1].end):
            return "model number"  # "737 Max jets", "iPhone 11 Pro"
        m = g.word_before.search(text, max(0, q_start - 30), q_start)
        if m and q_start - m.end() <= 1 and re.search(r"[a-z][A-Z]", m.group("w")):
            return "model number"  # "iPhone 11", "PlayStation 5"
    if bare:
        if len(parts) == 1 and first.is_word and first.core_text.lower() in ("one", "a"):
            return "determiner"
        if first.is_word and re.match(r"-[a-z]", text[first.core_end : first.core_end + 2]):
            return "compound word"  # "a six-speed gearbox", "a three-bed flat"
        if q_start >= 2 and text[q_start - 1] == "-" and text[q_start - 2].isalpha():
            return "compound word"  # "a last-32 tie"
        if g.rank_before.search(text, max(0, q_start - 10), q_start):
            return "rank"  # "the top three", "the bottom three"
        m = g.word_before.search(text, max(0, q_start - 30), q_start)
        # a figure opened by a word ("between 20,000 and 30,000") is no label's number:
        # "they number between ..." is the verb
        if m and q_start - m.end() <= 1 and not text[q_start].isalpha():
            word = m.group("w")
            lower = word.lower()
            if lower in g.identifier_prefixes or word in ("#", "§", "§§"):
                return "identifier"
            if word in g.place_names and g.list_item_end.match(text, parts[-1].end):
                pass  # a place and its figure in a list ("in Peru 40-60, Chile 25"), not a name with a number
            elif any(c.isupper() for c in word) and lower.rstrip(".") not in g.function_words and not g.month_before.search(word + " "):
                return "identifier"
        if text[q_start - 2 : q_start] in ("§ ", "# ") or text[q_start - 1 : q_start] in ("§", "#"):
            return "identifier"
        if g.identifier_suffix.match(text, parts[-1].end):
            return "identifier"
    return None


def _cores_at(g: Grammar, text: str, hints: list[int]) -> list[re.Match]:
    """The matches `g.core.finditer(text)` would give, tried only where a core
    can start: at the hint positions (digits and number words), one character
    earlier for ".5", and two earlier for "a dozen" or "a third"."""
    cores: list[re.Match] = []
    end = 0
    for position in hints:
        if position < end:
            continue
        for start in (position - 2, position - 1, position):
            if start < end or start < 0:
                continue
            if start == position - 2 and text[start : position].lower() != "a ":
                continue
            if start == position - 1 and text[start] != ".":
                continue
            m = g.core.match(text, start)
            if m and m.end() > m.start():
                cores.append(m)
                end = m.end()
                break
    return cores


def find_quantities(text: str, context: str | None = None, hints: list[int] | None = None) -> tuple[list[Quantity], list[Mention]]:
    """All quantities and number mentions in `text` (one sentence or paragraph).

    `context` is the surrounding text used to settle ambiguous currencies
    (`won` in a text about North Korea is KPW); it defaults to `text`.
    `hints`, when given, are the positions in `text` where `number_hint()`
    matched; the grammar then looks for number cores only there.

    The grammar's phases, for each number core in turn: skip what is not a
    claim (`_skip_reason_for_core`), read the number with what is glued to it
    (`_parse_part`), join what extends it to the right (a range, a ratio, "half
    an hour": `_extend_right`), settle its unit (`_settle_unit`), take the words
    to its left (age, range opener, qualifier: `_extend_left`) and to its right
    (a qualifier after it, a rate: `_qualify_after`, `_rate_after`), skip what
    the whole expression shows is not a claim (`_final_skip_reason`), and read
    a change verb before it (`_direction`). `_second_pass` then settles what
    depends on neighbouring quantities.
    """
    g = grammar()
    context = text if context is None else context
    blocked = _blocked_spans(g, text)
    cores = _cores_at(g, text, hints) if hints is not None else list(g.core.finditer(text))
    quantities: list[Quantity] = []
    mentions: list[Mention] = []
    consumed_until = 0
    waiting_rate: tuple[str, int] | None = None  # a denominator before its figure, and where it ends
    i = 0
    while i < len(cores):
        core = cores[i]
        if core.start() < consumed_until:
            mentions.append(Mention(core.start(), core.end(), core.group(), None, len(quantities) - 1))
            i += 1
            continue
        reason = _skip_reason_for_core(g, text, core, blocked)
        if reason is None and core.group("fraction") is not None:
            reason = _fraction_reason(g, text, core)
        if reason is None and core.group("multiplier") is not None:
            reason = _multiplier_reason(g, text, core)
        part = None if reason else _parse_part(g, text, core, context)
        if reason is None and part is None:
            reason = "unparsed number words"
        if reason:
            mentions.append(Mention(core.start(), core.end(), core.group(), reason, None))
            i += 1
            continue
        opener = g.range_opener.search(text, max(0, part.start - 24), part.start)
        # the next core past this part: "2 1/2 and 3 hours" joins the 3, not the 1 inside the part
        nxt = next((c for c in cores[i + 1 : i + 4] if c.start() >= part.end), None)
        parts, kind = _extend_right(g, text, part, nxt, opener, context, blocked)
        unit, end, kind = _settle_unit(g, text, parts, kind)
        low_value, high_value = (parts[0].low, parts[1].high) if kind == "range" else (parts[0].low, parts[0].high)
        start, unit = _extend_left(g, text, parts[0].start, end, low_value, unit, kind, opener)
        qualifier, qualifier_text, start, end = _qualify(g, text, start, end, kind)
        per, end = _rate_after(g, text, end, unit)
        reason = _final_skip_reason(g, text, start, parts, qualifier if qualifier != "exact" else None, unit)
        if reason is None and kind == "range" and low_value >= high_value:
            reason = "score"
        denominator = None if reason else _rate_denominator(g, text, start, end, quantities)
        if denominator is not None:
            # "91.5 deaths per 100,000": the rate of the figure before, not a claim of its own
            quantities[-1] = replace(quantities[-1], per=denominator)
            reason = "rate denominator"
        elif reason is None and (ahead := _rate_denominator_ahead(g, text, start, end)) is not None:
            # "The number of doctors per 1,000 people is 2.1": the rate of the figure after
            waiting_rate, reason = (ahead, end), "rate denominator"
        if reason is None and waiting_rate is not None and per is None and unit in ("count", "percent") \
                and _RATE_REACHES.fullmatch(text, waiting_rate[1], start):
            per = waiting_rate[0]
        if reason is None:
            waiting_rate = None
        if reason:
            # every core the rejected expression covered gets the same reason
            consumed_until = max(consumed_until, parts[-1].end)
            while i < len(cores) and cores[i].start() < consumed_until:
                mentions.append(Mention(cores[i].start(), cores[i].end(), cores[i].group(), reason, None))
                i += 1
            continue
        quantities.append(Quantity(
            char_start=start, char_end=end, text=text[start:end],
            value_low=float(low_value), value_high=float(high_value),
            qualifier=qualifier, qualifier_text=qualifier_text,
            unit=unit, unit_text=next((p.unit_text for p in reversed(parts) if p.unit_text), None), per=per,
            direction=_direction(g, text, start, end, low_value, unit, parts[0]), kind=kind,
        ))
        mentions.append(Mention(core.start(), core.end(), core.group(), None, len(quantities) - 1))
        consumed_until = end
        i += 1
    quantities = _second_pass(g, text, quantities)
    mentions.sort(key=lambda m: m.char_start)
    return quantities, mentions


def _rate_denominator(g: Grammar, text: str, start: int, end: int, quantities: list[Quantity]) -> str | None:
    """The rate denominator the expression at [start, end) is ("100,000", "1,000 live
    births", "100 km", "10 days") when it follows "per", "for every" or "every" after
    the previous figure of its clause, else None."""
    before = g.denominator_before.search(text, max(0, start - 12), start)
    if before is None or not quantities or quantities[-1].per is not None:
        return None
    between = text[quantities[-1].char_end : before.start()]
    if len(between) > 40 or re.search(r"[;:()]|[.!?](?:\s|$)|\b(?:and|or|but|while|compared)\b", between):
        return None
    return _denominator_text(g, text, start, end)


def _denominator_text(g: Grammar, text: str, start: int, end: int) -> str:
    """A denominator as `per` holds it: its number, with the noun right after it ("1,000 live births")."""
    noun = g.denominator_noun.match(text, end)
    return " ".join(text[start:end].split()) + (f" {noun.group('n').lower()}" if noun else "")


# from a denominator written before its figure to the figure, in one clause
_RATE_REACHES = re.compile(r"[^.;:!?()\d]{1,80}")
_PER_AFTER_NOUN = re.compile(r"(?<=[A-Za-z])\s+(?i:per)\s+$")


def _rate_denominator_ahead(g: Grammar, text: str, start: int, end: int) -> str | None:
    """The denominator the expression at [start, end) is when "per" follows a noun with no figure
    before it: "Deaths per 100,000 people rose to 12" (the 12's rate), else None."""
    if _PER_AFTER_NOUN.search(text, max(0, start - 12), start) is None:
        return None
    return _denominator_text(g, text, start, end)


def _extend_right(g: Grammar, text: str, part: _Part, nxt: re.Match | None, opener, context: str, blocked) -> tuple[list[_Part], str]:
    """The parts of the expression and its kind: "half an hour", a range
    ("80,000 to 120,000", "between 12 and 16"), a ratio ("one in five")."""
    parts, kind = [part], part.kind
    if kind == "fraction":
        m = g.half_unit_after.match(text, part.end)
        if m and part.core_text.lower() == "half":
            unit_word = m.group("u").lower()
            if unit_word == "dozen":
                part.low = part.high = 6.0
                part.unit = "count"
            else:
                part.low = part.high = 0.5
                reading = units_lexicon.read_unit(unit_word)
                part.unit = reading.unit if reading is not None else None
            part.end, kind, part.kind = m.end(), "number", "number"
    if kind == "fraction" and part.unit == "percent" and nxt is not None:
        second_core = _fraction_range_end(g, text, part.core_end, part.core_text)
        if second_core is not None and second_core.start() == nxt.start():
            second = _parse_part(g, text, nxt, context)
            if second is not None and second.unit == "percent":
                return [part, second], "range"
    if kind == "number" and nxt is not None:
        joined = _try_range(g, text, part, nxt, opener, context, blocked)
        if joined is not None:
            return [part, joined], "range"
    if kind == "number" and nxt is not None and part.unit is None and part.currency is None:
        m = g.ratio.match(text, part.end)
        if m and nxt.start() == m.end() and (nxt.group("digits") is not None or nxt.group("words") is not None):
            denominator = _digits_value(nxt.group()) if nxt.group("digits") else _words_value(nxt.group())
            if denominator and denominator > part.low and not re.fullmatch(r"\d{4}", nxt.group()):
                share = 100.0 * part.low / denominator
                ratio_part = _Part(nxt.start(), nxt.end(), share, share, "ratio", core_text=nxt.group())
                return [replace(part, low=share, high=share, unit="percent"), ratio_part], "ratio"
    return parts, kind


def _settle_unit(g: Grammar, text: str, parts: list[_Part], kind: str) -> tuple[str, int, str]:
    """(unit, end, kind): a multiplier ("five times as many", "three-fold"),
    else the unit of the last part that has one, else a count."""
    end = parts[-1].end
    first = parts[0]
    if kind == "multiplier":
        return "times", end, kind
    if kind == "number" and first.unit is None and first.currency is None:
        m = g.times.match(text, end) or g.fold.match(text, end)
        if m:
            return "times", m.end(), "multiplier"
        m = g.times_plain.match(text, end)
        if m:
            return "count", m.end(), kind
    units_seen = [_unit_of_part(p) for p in parts if _unit_of_part(p)]
    return (units_seen[-1] if units_seen else "count"), end, kind


def _apposed_age(g: Grammar, text: str, start: int, end: int, value: float) -> bool:
    """A bare whole number between commas after a person's name is the
    person's age, as news writes it ("Jamie Armstrong, 25, said")."""
    if not (1 <= value < 120 and value == int(value)) or not g.apposed_after.match(text, end):
        return False
    m = g.apposed_name.search(text, max(0, start - 60), start)
    return m is not None and not any(w.rstrip(".") in g.not_name_words for w in m.group("name").split())


def _extend_left(g: Grammar, text: str, start: int, end: int, value: float, unit: str, kind: str, opener) -> tuple[int, str]:
    """An age given before the number ("ages 16 and 17", "(age: 26)") or by the
    name it follows ("Jamie Armstrong, 25, said"), and a range's opening word
    ("between") belong to the expression."""
    age_m = g.age_prefix.search(text, max(0, start - 16), start)
    if age_m and (unit == "count" or unit.startswith("duration:")):
        unit = "age:" + (unit.split(":")[1] if unit.startswith("duration:") else "year")
        start = age_m.start() if text[age_m.start():age_m.end()].lower().startswith("age") and ":" in age_m.group() else start
    elif unit == "count" and kind == "number" and _apposed_age(g, text, start, end, value):
        unit = "age:year"
    elif unit in ("count", "duration:year") and kind in ("number", "word", "range") and 1 <= value < 120 and value == int(value) \
            and g.age_change_before.search(text, max(0, start - 80), start):
        unit = "age:year"
    elif unit in ("count", "duration:year") and kind in ("number", "word") and 1 <= value < 120 \
            and (g.age_predicate_before.search(text, max(0, start - 60), start)
                 or (value == int(value) and (g.age_group_before.search(text, max(0, start - 40), start)
                                              or ((g.person_predicate_before.search(text, max(0, start - 12), start)
                                                   or g.bound_predicate_before.search(text, max(0, start - 24), start))
                                                  and g.clause_end_after.match(text, end))
                                              or g.age_bound_after.match(text, end)))) \
            and not g.scale_spaced.match(text, end):
        unit = "age:year"  # "children under five", "adults over 65 years", "the minimum age for employment is 15"
    if kind == "range" and opener is not None:
        start = opener.start("o")
    return start, unit


def _qualify(g: Grammar, text: str, start: int, end: int, kind: str) -> tuple[str, str | None, int, int]:
    """(qualifier, its words, start, end): "as many as", "an estimated" before,
    "or more" after; a vague magnitude stays vague but keeps the words."""
    qualifier, qualifier_text = ("vague", None) if kind == "vague" else ("exact", None)
    q_match = g.qualifier_before.search(text, max(0, start - 30), start)
    if q_match and q_match.group("q").lower() == "over" \
            and g.over_particle_before.search(text, max(0, q_match.start("q") - 20), q_match.start("q")):
        q_match = None  # "must hand over $800 a month": a particle, not a bound
    if q_match:
        if kind != "vague":
            qualifier = g.qualifier_of[re.sub(r"\s+", " ", q_match.group("q").lower())]
        qualifier_text, start = q_match.group("q"), q_match.start("q")
    m = g.qualifier_after.match(text, end)
    if m and kind != "vague":
        phrase = re.sub(r"\s+", " ", m.group("q").lower())
        if not (phrase == "plus" and re.match(r"\s*plus\s+\d", text[end:])):
            qualifier = g.qualifier_after_of[phrase]
            qualifier_text = (qualifier_text + " … " if qualifier_text else "") + m.group("q")
            end = m.end()
    return qualifier, qualifier_text, start, end


def _rate_after(g: Grammar, text: str, end: int, unit: str) -> tuple[str | None, int]:
    """A rate right after the expression: "a day", "per year", "monthly"."""
    if unit.startswith("age:"):
        return None, end
    m = g.per_immediate.match(text, end)
    if m:
        per = g.per_of.get(re.sub(r"\s+", " ", (m.group("w") or "").lower())) if m.group("w") else g.per_adverbs[m.group("a").lower()]
        if per and per != unit.split(":")[-1]:
            return per, m.end()
    return None, end


def _direction(g: Grammar, text: str, start: int, end: int, low: float, unit: str, first: _Part) -> str | None:
    """A change: a change verb before the figure ("rose 5%"), a noun of change
    around it ("an increase of 18 percent", "an 18 percent increase"), a
    multiplier verb ("doubled", "halved"), a plus sign, or a negative percentage."""
    if first.direction is not None:
        return first.direction
    if text.startswith("+", start) and not unit.startswith("temperature:"):
        return "increase"  # "hospitals (+7,000)": a gain, as statistical releases write it; "+5°C" is a level
    m = g.direction_before.search(text, max(0, start - 40), start)
    if m and unit.startswith("currency:") and m.group("v").lower() in g.money_raised \
            and not re.search(r"\bby\b", m.group(), re.I):
        return None  # "the fund raised $500 million": money raised, not a rise
    if m and m.group("v").lower() in ("up", "down") and g.particle_before.search(text, max(0, m.start() - 20), m.start()):
        return None  # "women make up 70 percent": a particle, not a change
    if m:
        return g.direction_of[re.sub(r"\s+", " ", m.group("v").lower())]
    m = g.change_noun_before.search(text, max(0, start - 20), start)
    if m is None and (unit != "count" or g.article_before.search(text, max(0, start - 6), start)):
        m = g.change_noun_after.match(text, end)  # "a 1,000 increase", not "10 cuts" nor "the top 10 gain"
    if m:
        return g.direction_of_noun[m.group("v").lower()]
    m = g.comparative_after.match(text, end) if unit in ("percent", "point") else None
    if m:
        return g.direction_of_comparative[m.group("v").lower()]  # "closed 2 percent lower"
    if low < 0 and unit == "percent":
        return "decrease"
    return None


def _multiplier_as_verb(g: Grammar, text: str, start: int) -> bool:
    """Whether the multiplier word at `start` is a verb: after a modal or "to" ("plans to double")."""
    return g.verb_before.search(text, max(0, start - 16), start) is not None


def _multiplier_reason(g: Grammar, text: str, core: re.Match) -> str | None:
    if re.match(r"\s+down\b", text[core.end():]):
        return "idiom"  # "doubled down on its claim"
    if core.group().lower() in g.compared_multipliers and not g.compared_after.match(text, core.end()) \
            and not _multiplier_as_verb(g, text, core.start()):
        return "not a comparison"  # "scored twice", "a double room"; but "exports will double by 2030"
    return None


def _fraction_reason(g: Grammar, text: str, core: re.Match) -> str | None:
    if g.half_bad_before.search(text, max(0, core.start() - 12), core.start()):
        return "part of a time period"
    if g.fraction_of_scale.match(text, core.end()) or g.fraction_point_after.match(text, core.end()):
        return None  # "half a million", "a quarter-million", "a quarter point"
    if text[core.end() : core.end() + 1] == "-":
        return "part of a compound word"
    qualified_after = g.qualifier_after.match(text, core.end())  # "half or more of the workers"
    after = qualified_after.end() if qualified_after else core.end()
    if _share_before(g, text, core) or g.half_ok_after.match(text, after) or g.half_unit_after.match(text, core.end()):
        return None
    second = _fraction_range_end(g, text, core.end(), core.group())
    if second is not None and g.half_ok_after.match(text, second.end()):
        return None  # "between a third and a half of the workers"
    return "not a share"


def _share_before(g: Grammar, text: str, core: re.Match) -> bool:
    """A qualifier or "by" before a fraction makes it a share: "nearly half", "cut by a third"."""
    qualified = g.qualifier_before.search(text, max(0, core.start() - 30), core.start())
    by = re.search(r"(?<![A-Za-z])by\s+$", text[max(0, core.start() - 6) : core.start()], re.I)
    return bool(qualified or by)


def _fraction_value(g: Grammar, written: str) -> float:
    """The share a fraction written in words stands for, in percent ("two-thirds" as "two thirds")."""
    return float(g.fractions[re.sub(r"[\s-]+", " ", written.lower())])


def _fraction_range_end(g: Grammar, text: str, end: int, first: str) -> re.Match | None:
    """The second share of a range of two shares written as words, when one
    follows the fraction `first` ending at `end` ("one-third to one-half", "a
    third and a half"): a larger fraction, not a fraction of a scale word nor part of a compound."""
    connector = g.range_connector.match(text, end)
    if connector is None or connector.group("c").strip().lower() not in ("to", "and", "or", "-", "–", "—"):
        return None
    second = g.core.match(text, connector.end())
    if second is None or second.group("fraction") is None or text[second.end() : second.end() + 1] == "-":
        return None
    if _fraction_value(g, second.group()) <= _fraction_value(g, first) or g.fraction_of_scale.match(text, second.end()):
        return None
    return second


def _try_range(g: Grammar, text: str, first: _Part, nxt: re.Match, opener, context: str, blocked) -> _Part | None:
    connector = g.range_connector.match(text, first.end)
    if not connector:
        return None
    # the second number may carry its own currency sign: "$10 to $15 billion"
    gap = text[connector.end() : nxt.start()]
    sign = g.currency_prefix_re.search(gap) if gap else None
    if gap and (sign is None or sign.start("c") != 0):
        return None  # only a currency sign may stand between: not "2018 to lead its efforts ... from $1 million"
    if _skip_reason_for_core(g, text, nxt, blocked):
        return None
    word = re.sub(r"[\s-]+", " ", connector.group("c")).strip().lower()
    if word in ("and",) and opener is None:
        return None
    second = _parse_part(g, text, nxt, context)
    if second is None or second.kind != "number":
        return None
    if _year_like(g, text, first) != _year_like(g, text, second):
        return None  # "sales in 2018 to 3.9 million": a year and a figure
    if word == "or" and not (first.is_word or second.is_word or second.unit and second.unit.startswith("age:")):
        return None
    first_unit, second_unit = _unit_of_part(first), _unit_of_part(second)
    # "six months to three years": one range, in the larger unit (0.5 to 3 years)
    unit_factor = units_lexicon.whole_fraction(first_unit, second_unit) if word == "to" and first_unit and second_unit else None
    first_low = first.low * unit_factor if unit_factor else first.low
    if unit_factor and first_low >= second.low:
        return None
    after_by = "by" in text[max(0, first.start - 4) : first.start].lower().split()
    if first_unit and after_by:
        return None  # "increased by $43.6 billion to $419.2 billion" is a change and a level
    if after_by and word == "to" and first.low > 0 and second.low > 3 * first.low:
        return None  # "jumped by 36,000 to 248,000": a change and the level it reached, too far apart for a range
    if opener is not None and opener.group("o").lower() == "from" and second.low < first_low \
            and not (second.scaled and not first.scaled):
        return None  # "decreased from 8,084 to 8,050": two levels of a change, not a range (nor a score)
    if opener is not None and opener.group("o").lower() == "from" and second.scaled and not first.scaled \
            and _bare_value(second) < first.low <= 10 * _bare_value(second):
        return None  # "fell from 24.2 to 13.5 billion euros": two levels of a fall, both in billions
    if word == "to" and _DASH_RANGE_AFTER.match(text, second.end):
        return None  # "from 24.2 to 33-35 billion euros": the change goes to the range "33-35", which binds closer
    if first_unit and first_unit != second_unit and not unit_factor:
        return None
    if first.currency and not second.currency:
        return None
    if second.currency and not first.currency and (first.unit is not None or first.low > second.low or sign):
        return None  # "10 to 15 dollars" shares its currency; "5 kg to $15" does not (years were ruled out above)
    # the second number's scale and unit apply to both: "1 to 2 thousand", "12 to 16 hours"
    if second.scaled and not first.scaled and abs(first.low) < _bare_value(second):
        factor = second.low / _bare_value(second)
        first.low, first.high = _scaled(first.low, factor), _scaled(first.high, factor)
        first.scaled = True
    scale = _closing_scale(g, second)
    if scale and first.is_word and not first.scaled and _closing_scale(g, first) is None and first.low * scale <= second.low:
        first.low, first.high = _scaled(first.low, scale), _scaled(first.high, scale)  # "six to seven thousand": the scale word ends both
        first.scaled = True
    if connector.group("c").strip() in ("-", "–", "—") and first.is_word != second.is_word:
        return None
    if unit_factor and _short_decimal(first.low * unit_factor) and _short_decimal(first.high * unit_factor):
        first.low, first.high = _scaled(first.low, unit_factor), _scaled(first.high, unit_factor)
        first.unit, first.unit_text = second.unit, second.unit_text
    elif unit_factor:  # "three days to two weeks" is 3 to 14 days, not 0.43 to 2 weeks
        second.low, second.high = _scaled(second.low, 1 / unit_factor), _scaled(second.high, 1 / unit_factor)
        second.unit, second.unit_text = first.unit, first.unit_text
    if first_unit is None:
        first.unit, first.currency, first.unit_text = second.unit, second.currency, second.unit_text
    return second


def _short_decimal(value: float) -> bool:
    return abs(value * 100 - round(value * 100)) < 1e-6


_DASH_RANGE_AFTER = re.compile(r"\s*[-–]\s*\d")


def _closing_scale(g: Grammar, p: _Part) -> float | None:
    """The value of the scale word a number phrase ends with ("seven thousand" -> 1000)."""
    if not p.is_word:
        return None
    last = re.split(r"[\s-]+", p.core_text.strip().lower())[-1]
    return g.scales.get(last) if last in g.number_scales else None


def _bare_value(p: _Part) -> float:
    core = p.core_text
    if re.fullmatch(r"[\d,]*\.?\d+", core):
        value = abs(_digits_value(core))
    else:
        value = _words_value(core) or 1.0
    return value or 1.0


_RESTATED = re.compile(r"\s*,\s*or\s+")


def restates(between: str) -> bool:
    """Whether the text between two figures makes the second restate the first
    in another unit ("up 25 points, or 0.8%")."""
    return _RESTATED.fullmatch(between) is not None


# a number whose unit is written only on the next figure: "7- or 8-inch", "3-, 5- and 10-year", "6 x 3 inches"
_SUSPENDED = re.compile(r"-\s*(?:,\s*)?(?:(?:or|and|to)\s+)?|\s*[x×]\s*", re.I)
# numbers listed before the one unit they share: "15 and 18 months", "9, 12 and 16 years"
_COORDINATED = re.compile(r"\s*,?\s+(?:and|or)\s+")
# a figure compared with an earlier one whose unit it leaves out: "$2.5 billion, up from 1.9 billion"
_COMPARED_FROM = re.compile(r",?\s+(?:(?:up|down)\s+from|from|compared\s+(?:with|to)|versus|vs\.?|against)\s+", re.I)
_FROM_TO = re.compile(r"(?:\s+in\s+(?:fiscal\s+year\s+|FY\s?)?\d{4})?,?\s+to\s+", re.I)  # "fell from $2 million (in 2019) to 900,000"
_FROM_BEFORE = re.compile(r"(?<![A-Za-z])from\s+$", re.I)
# ... when nothing after it names what it counts
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|on|at|during|last|a\s+year|the\s+(?:previous|prior|same)|previously|earlier|before)\b", re.I)


def _listed_before(text: str, quantities: list[Quantity], idx: int) -> bool:
    """Whether the figure at `idx` follows another one after a bare comma ("9, 12"): a list."""
    return idx > 0 and text[quantities[idx - 1].char_end : quantities[idx].char_start].strip() == ","


def _elided_units(g: Grammar, text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A bare number takes the unit it leaves to a neighbouring figure: the next
    one's in a suspended compound, a dimension or a list ("7- or 8-inch", "6 x 3
    inches", "15 and 18 months"), the previous one's when compared with it
    ("$2.5 billion, up from 1.9 billion", "rose to 5.2% from 4.9"), and the level
    a change goes to, with its scale ("from 24.2 to 33-35 billion euros")."""
    out = list(quantities)
    chained = False
    for idx in range(len(out) - 2, -1, -1):  # right to left: "3-, 5- and 10-year" passes the year on twice
        q, nxt = out[idx], out[idx + 1]
        between = text[q.char_end : nxt.char_start]
        sharing = q.unit == "count" and q.kind == "number" and nxt.unit not in ("count", "times") and not nxt.unit.startswith("currency:")
        if sharing and _SUSPENDED.fullmatch(between) and (between.strip()[:1] != "x" or ":" in nxt.unit):
            out[idx] = replace(q, unit=nxt.unit, per=q.per or nxt.per)
        elif sharing and ((_COORDINATED.fullmatch(between) and ("," not in between or _listed_before(text, out, idx)))
                          or chained and between.strip() == ","):
            # "sentenced to 15 and 18 months' imprisonment", "9, 12 and 16 years": numbers listed before one unit;
            # ", and" only ends a list of three ("9, 12, and 16 years"): "the median age was 17, and 80 percent
            # were female" joins two clauses
            out[idx] = replace(q, unit=nxt.unit, per=q.per or nxt.per)
            chained = True
            continue
        chained = False
    for idx in range(1, len(out)):
        q, prev = out[idx], out[idx - 1]
        if idx + 1 < len(out) and _from_to(text, q, out[idx + 1]):
            continue  # "rose 30 percent, from 72,000 in 2019 to 93,000": the levels share their own unit (below)
        if q.unit == "count" and q.kind == "number" and prev.unit not in ("count", "times") and not prev.unit.startswith("age:") \
                and _compared_with(text, prev, q) and _NO_NOUN_AFTER.match(text, q.char_end):
            out[idx] = replace(q, unit=prev.unit, per=q.per or prev.per)
        elif q.unit == "count" and q.kind == "number" and prev.unit.startswith("age:") and q.value_high < 120 \
                and _AND_ANOTHER.fullmatch(text[prev.char_end : q.char_start]) and _FOR_KIND.match(text, q.char_end):
            # "The minimum age for employment is 15, and 18 for hazardous work": the same age, for another kind
            out[idx] = replace(q, unit=prev.unit)
    for idx in range(len(out) - 1):
        q, target = out[idx], out[idx + 1]
        # a level a change starts from, written bare, is in the unit and scale of the level it goes to:
        # "from 24.2 to 33-35 billion euros", "fell from 24.2 to 13.5 billion euros" (neither joins as a range)
        # (so is its rate: "fell from 320 to 210 deaths per 100,000 live births")
        if q.unit == "count" and q.kind == "number" and (target.unit != "count" or (target.per and not q.per)) \
                and _from_to(text, q, target):
            out[idx] = q = replace(q, unit=target.unit, per=q.per or target.per)
            factor = _scale_of(target)
            if factor > 1 and q.value_high * factor <= 10 * target.value_high:
                out[idx] = replace(q, value_low=_scaled(q.value_low, factor), value_high=_scaled(q.value_high, factor))
        elif target.unit == "count" and target.kind == "number" and not target.per and q.per and q.unit == "count" \
                and _from_rate_to(text, q, target) and _NO_NOUN_AFTER.match(text, target.char_end):
            # the level a change goes to, written bare after a rate, is that rate: "fell from 93 deaths per 1,000
            # live births in 1990 to 38 in 2019"
            out[idx + 1] = replace(target, per=q.per)
    for idx in range(2, len(out) - 1):
        # "2,435,000 YEN ($22,480) for the manual and 2,380,000 ($21,972) for the CVT": a bare number
        # converted in brackets the way an earlier amount was is in that amount's currency
        q, conversion = out[idx], out[idx + 1]
        if q.unit != "count" or q.kind != "number" or not conversion.unit.startswith("currency:") \
                or not g.paren_open.fullmatch(text[q.char_end : conversion.char_start]):
            continue
        for j in range(idx - 2, -1, -1):
            earlier, its_conversion = out[j], out[j + 1]
            if earlier.unit.startswith("currency:") and earlier.unit != conversion.unit and its_conversion.unit == conversion.unit \
                    and g.paren_open.fullmatch(text[earlier.char_end : its_conversion.char_start]):
                out[idx] = replace(q, unit=earlier.unit)
                break
    return out


_AND_ANOTHER = re.compile(r",?\s+and\s+", re.I)
_FOR_KIND = re.compile(r"\s+for\s+[a-z]", re.I)


def _scale_of(q: Quantity) -> float:
    """The factor a scale word or abbreviation gives the figure's last number
    ("33-35 billion euros" -> 1e9, "35m" -> 1e6), 1 when it has none."""
    written = re.findall(r"\d[\d,]*(?:\.\d+)?", q.text)
    bare = _digits_value(written[-1]) if written else 0.0
    if not bare:
        return 1.0
    factor = q.value_high / bare
    return factor if factor >= 1000 and math.isclose(math.log10(factor), round(math.log10(factor)), abs_tol=1e-9) else 1.0


def _compared_with(text: str, prev: Quantity, q: Quantity) -> bool:
    """Whether `q` is a figure `prev` is compared with: "up from", "compared with", or the
    second level of "from $2 million to 900,000"."""
    return bool(_COMPARED_FROM.fullmatch(text[prev.char_end : q.char_start])) or _from_to(text, prev, q)


def _from_to(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether two figures are the levels of "from X to Y"."""
    return bool(_FROM_TO.fullmatch(text[first.char_end : second.char_start])
                and _FROM_BEFORE.search(text, max(0, first.char_start - 6), first.char_start))


def starts_change(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether `first` is the level a change starts from and `second` the level it goes to ("fell from 320
    to 210 deaths per 100,000 live births", "from 45 per 1,000 live births in 2000 to 22")."""
    return _from_to(text, first, second) or bool(first.per and _from_rate_to(text, first, second))


def _from_rate_to(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether two figures are the levels of "from X [noun] per N ... to Y", the first with its rate written
    after it ("from 45 per 1,000 live births in 2000 to 22", "from 93 deaths per 1,000 live births to 38")."""
    between = text[first.char_end : second.char_start]
    rate = re.match(rf"(?:\s+[A-Za-z-]+)?\s+per\s+{re.escape(first.per)}", between)
    return bool(rate and _FROM_TO.fullmatch(between[rate.end():])
                and _FROM_BEFORE.search(text, max(0, first.char_start - 6), first.char_start))


_NEXT_IN_BRACKET = re.compile(r"\s*[/,;]\s*")


def _second_pass(g: Grammar, text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Settle what depends on neighbouring quantities: a conversion in brackets
    shares the qualifier and rate of the figure it converts ("approximately
    90,000 won ($100) per month"), and a rate may stand later in the clause
    ("20 percent or more of their prisoners die ... each year")."""
    out = _elided_units(g, text, list(quantities))
    prev_is_conversion = False
    for idx, q in enumerate(out):
        prev = out[idx - 1] if idx > 0 else None
        between = text[prev.char_end : q.char_start] if prev is not None else ""
        # "296 hp (224 kW / 300 PS)": a second conversion in the same bracket converts the same figure
        is_conversion = prev is not None and (bool(g.paren_open.fullmatch(between))
                                              or prev_is_conversion and bool(_NEXT_IN_BRACKET.fullmatch(between)))
        prev_is_conversion = is_conversion
        same_kind = prev is not None and prev.unit.split(":")[0] == q.unit.split(":")[0] and ":" in q.unit
        if is_conversion and same_kind and q.qualifier == "exact" and prev.qualifier in ("approx", "upper_bound", "lower_bound"):
            out[idx] = q = replace(q, qualifier=prev.qualifier, qualifier_text=None)  # "up to C$100,000 ($77,000)"
        if prev is not None and q.direction is None and prev.direction is not None \
                and (restates(text[prev.char_end : q.char_start]) or is_conversion and same_kind):
            # "up 25 points, or 0.8%", "dropped by 1 degree Celsius (1.8 Fahrenheit)": the same change restated
            out[idx] = q = replace(q, direction=prev.direction)
    for idx, q in enumerate(out):
        if q.per is not None or q.unit.startswith("age:") or q.unit in ("times", "count"):
            continue
        # window ahead: until the next quantity that is not a bracketed conversion, or the clause end
        limit = len(text)
        for later in out[idx + 1 :]:
            between = text[q.char_end : later.char_start]
            if g.paren_open.fullmatch(between or "x") or re.fullmatch(r"\s*\(?[^()]*", between or "") and "(" in between and ")" not in between:
                continue
            limit = later.char_start
            break
        clause_end = re.search(r"[;!?]|\.(?!\d)|\s—\s|,\s+(?:and|but|while|which|who)\b", text[q.char_end:limit])
        window_end = q.char_end + (clause_end.start() if clause_end else limit - q.char_end)
        window_end = min(window_end, q.char_end + 80)
        m = g.per_window.search(text, q.char_end, window_end)
        per = None
        if m:
            per = m.group("w").lower() if m.group("w") else g.per_adverbs[m.group("a").lower()]
        elif q.unit.startswith("currency:") or q.unit == "percent":
            clause_start = max(text.rfind(";", 0, q.char_start), text.rfind(".", 0, max(0, q.char_start - 1)), q.char_start - 80, 0)
            b = None
            for b in g.per_before.finditer(text, clause_start, q.char_start):
                pass
            # (an adjective of rate is of the money after it, not past a figure of another kind: "the daily limit of
            # 10 per cent to 18.97 yuan" is no daily price; "the minimum monthly wage from 5,300 BDT ($66) ... to
            # 8,000 BDT" is a wage a month at each level)
            if b is not None and q.unit.startswith("currency:") and not any(
                    b.end() <= other.char_start < q.char_start and not other.unit.startswith("currency:") for other in out):
                per = g.per_adverbs.get(b.group("a").lower()) or {"annual": "year"}.get(b.group("a").lower())
        if per and per != q.unit.split(":")[-1]:
            out[idx] = replace(out[idx], per=per)
    return out
