"""The words the tree reads: `syntax.toml`, the change verbs and places of the
shared vocabularies, the unit words, and the year patterns, built once (`_words`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import units as units_lexicon
from .. import vocab


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


@lru_cache(maxsize=1)
def _participle_qualifiers() -> tuple[tuple[str, ...], ...]:
    """Qualifiers before a figure that end in a participle ("exceeding", "not exceeding"), as words, longest
    first: they say what the noun before them measures ("fees exceeding $3,000"), and the parser reads that
    only with the participle in place ("fees $ 1,000" read "fees" as a second object of "paid")."""
    phrases = {tuple(p.split()) for group in vocab.numbers()["qualifiers_before"].values() for p in group}
    return tuple(sorted((p for p in phrases if p[-1].endswith("ing")), key=len, reverse=True))


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
    # one list of weekdays and one of months (names and abbreviations) for the grammar, the years and the tree
    weekdays = frozenset(vocab.context()["weekdays"])
    months = frozenset(vocab.context()["months"])
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
        # the irregular participles that are no present form too ("stood", "sold"; not "cost", "cut", "run")
        "irregular_participles": frozenset(p for p, forms in data["irregular_participles"].items() if p not in forms),
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
        "bringing": frozenset(data["bringing_verbs"]),
        "added": frozenset(data["added_words"]),
        "value_noun": data["value_noun"],
        "institution_earners": frozenset(data["revenue_earners"]["heads"]),
        "earning_verbs": frozenset(data["revenue_earners"]["verbs"]),
        "earned_by_institution": data["revenue_earners"]["noun"],
        "received_not_earned": frozenset(data["revenue_earners"]["not_earned"]),
        "combined": frozenset(data["combined_words"]),
        "paid_work": frozenset(data["paid_for_work"]["words"]),
        "price_noun": data["paid_for_work"]["goods_noun"],
        "pay_noun": data["paid_for_work"]["work_noun"],
        "priced_subject": frozenset(data["paid_for_work"]["priced_subject_verbs"]),
        "paying": frozenset(data["paid_for_work"]["paying_verbs"]),
        "staying": frozenset(data["staying_verbs"]),
        "time_words": _TIME_WORDS_BUT_DAYS | weekdays | months,
        "date_words": _TIME_WORDS_BUT_DAYS | weekdays | months | _DATE_EXTRAS,
        "when_words": _WHEN_BUT_DAYS | weekdays,
        "payment_noun": data["paid_for_work"]["payment_noun"],
    }


_FORMS_OF_BE = frozenset({"is", "was", "are", "were", "be", "been", "being"})
_COPULAS = (_FORMS_OF_BE - {"being"}) | {"remains", "remained"}
# auxiliaries in -ed ("used to", "needed not"): any other word in -ed tagged an auxiliary is a participle
_AUXILIARY_WORDS = frozenset({"used", "needed", "dared"})


# words of time (with the weekdays and months of context.toml, in `_words()["time_words"]`)
_TIME_WORDS_BUT_DAYS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times", "today",
                                  "yesterday", "quarter", "decade", "period", "end", "beginning", "ago", "earlier", "later"})


# with the words of time, the words of a phrase that only dates something (`_words()["date_words"]`)
_DATE_EXTRAS = {"fiscal", "fy", "calendar", "reporting", "the", "of", "as", ",", "and", "to", "through", "-", "–",
                              "all", "first", "second", "third", "fourth", "half", "early", "late", "mid", "start"}


_RELATIVE_TIMES = frozenset({"last", "this", "next", "past", "previous"})


# words that, with the time words and the weekdays, make a phrase that only says when ("last year", "on Sunday
# evening"; `_words()["when_words"]`)
_WHEN_BUT_DAYS = _RELATIVE_TIMES | {"morning", "afternoon", "evening", "night", "weekend", "tonight", "today", "yesterday"}
