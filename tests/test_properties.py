"""Property tests: numbers written in every supported form, inside sentences,
come back with the value they were written with.

CI runs at least 10,000 examples in all: 1,700 for each of the six open-ended tests (10,200) (HYPOTHESIS_EXAMPLES
changes that), plus every distinct case of the three small ones (42 + 1,056 + 294).
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.quantities import find_quantities

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "1700"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)

ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """English words for 1 <= n < 1,000,000 (the test's own writer, independent of text2num)."""
    if n >= 1000:
        head, rest = divmod(n, 1000)
        return f"{words(head)} thousand" + (f" {words(rest)}" if rest else "")
    if n >= 100:
        head, rest = divmod(n, 100)
        return f"{ONES[head]} hundred" + (f" {words(rest)}" if rest else "")
    if n >= 20:
        tens, one = divmod(n, 10)
        return TENS[tens] + (f"-{ONES[one]}" if one else "")
    return ONES[n]


def digits(n: float, decimals: int) -> str:
    return f"{n:,.{decimals}f}"


OPENERS = st.sampled_from(["", "Officials said that ", "The report found that ", "Last month ", "According to the survey, "])
NOUNS = st.sampled_from(["workers", "people", "visitors", "children", "migrants", "prisoners"])
QUALIFIERS = st.sampled_from([("", "exact"), ("about ", "approx"), ("an estimated ", "approx"), ("up to ", "upper_bound"),
                              ("as many as ", "upper_bound"), ("nearly ", "upper_bound"), ("at least ", "lower_bound"),
                              ("more than ", "lower_bound"), ("some ", "approx"), ("fewer than ", "upper_bound")])
UNITS = st.sampled_from([("percent", "percent"), ("per cent", "percent"), ("%", "percent"), ("hours", "duration:hour"),
                         ("days", "duration:day"), ("years", "duration:year"), ("km", "length:km"), ("kg", "mass:kg"),
                         ("miles", "length:mi"), ("months", "duration:month")])
CURRENCIES = st.sampled_from([("$", "", "USD"), ("€", "", "EUR"), ("£", "", "GBP"), ("", " yuan", "CNY"), ("", " dollars", "USD"),
                              ("US$", "", "USD"), ("", " euros", "EUR")])
SCALES = st.sampled_from([("million", 1e6), ("billion", 1e9), ("thousand", 1e3)])


def only(sentence: str):
    quantities, _ = find_quantities(sentence)
    assert len(quantities) == 1, (sentence, quantities)
    return quantities[0]


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


@SETTINGS
@given(OPENERS, QUALIFIERS, st.integers(min_value=2, max_value=999_999_999), NOUNS)
def test_counts_with_separators(opener, qualifier, n, noun):
    sentence = f"{opener}{qualifier[0]}{digits(n, 0)} {noun} were counted."
    q = only(sentence)
    assert (q.value_low, q.value_high, q.qualifier, q.unit) == (n, n, qualifier[1], "count")
    assert sentence[q.char_start:q.char_end] == q.text


@SETTINGS
@given(OPENERS, st.integers(min_value=0, max_value=99_999), st.integers(min_value=1, max_value=3), UNITS)
def test_decimals_with_units(opener, whole, decimals, unit):
    value = whole + 0.5 + 10 ** -decimals
    written = digits(value, decimals)
    sentence = f"{opener}the figure was {written} {unit[0]} in total."
    q = only(sentence)
    assert close(q.value_low, float(written.replace(",", ""))) and q.value_low == q.value_high
    assert q.unit == unit[1]


@SETTINGS
@given(OPENERS, QUALIFIERS, st.integers(min_value=2, max_value=999_999), NOUNS)
def test_number_words(opener, qualifier, n, noun):
    sentence = f"{opener}{qualifier[0]}{words(n)} {noun} were counted."
    q = only(sentence)
    assert (q.value_low, q.value_high, q.qualifier) == (n, n, qualifier[1])


@SETTINGS
@given(OPENERS, st.integers(min_value=2, max_value=500_000), st.integers(min_value=1, max_value=500_000),
       st.sampled_from(["{a} to {b}", "{a}-{b}", "between {a} and {b}", "from {a} to {b}"]), NOUNS)
def test_ranges(opener, low, gap, form, noun):
    high = low + gap
    sentence = f"{opener}{form.format(a=digits(low, 0), b=digits(high, 0))} {noun} were counted."
    q = only(sentence)
    assert (q.value_low, q.value_high, q.kind) == (low, high, "range")


@SETTINGS
@given(OPENERS, st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=9), st.sampled_from(["{a}-{b} percent", "{a} to {b} percent", "between {a} percent and {b} percent", "{a}% to {b}%"]))
def test_percent_ranges(opener, low, gap, form):
    high = low + gap
    q = only(f"{opener}the state withholds {form.format(a=low, b=high)} of wages.")
    assert (q.value_low, q.value_high, q.unit) == (low, high, "percent")


@SETTINGS
@given(OPENERS, st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9), SCALES, CURRENCIES)
def test_money_with_scale_words(opener, whole, tenth, scale, currency):
    written = f"{whole}.{tenth}" if tenth else f"{whole}"
    prefix, suffix, code = currency
    sentence = f"{opener}the deal was worth {prefix}{written} {scale[0]}{suffix} in the end."
    q = only(sentence)
    assert close(q.value_low, float(written) * scale[1])
    assert q.unit == f"currency:{code}"


@SETTINGS
@given(st.sampled_from(["thousands", "tens of thousands", "hundreds of thousands", "millions", "hundreds of millions", "dozens", "hundreds"]), NOUNS)
def test_vague_magnitudes(phrase, noun):
    expected = {"dozens": (12, 100), "hundreds": (100, 1000), "thousands": (1e3, 1e4), "tens of thousands": (1e4, 1e5),
                "hundreds of thousands": (1e5, 1e6), "millions": (1e6, 1e7), "hundreds of millions": (1e8, 1e9)}[phrase]
    q = only(f"Officials said {phrase} of {noun} had left.")
    assert (q.value_low, q.value_high, q.qualifier) == (*expected, "vague")


@SETTINGS
@given(st.integers(min_value=2, max_value=23), st.integers(min_value=1, max_value=8), st.sampled_from(["a day", "per day", "a week", "per month", "a year", "per year"]))
def test_rates(low, gap, rate):
    q = only(f"Laborers worked {low} to {low + gap} hours {rate}.")
    assert (q.value_low, q.value_high, q.unit, q.per) == (low, low + gap, "duration:hour", rate.split()[-1])


@SETTINGS
@given(st.integers(min_value=2, max_value=99), st.sampled_from([("-year-old", "age:year"), (" year-old", "age:year"), ("-month-old", "age:month")]))
def test_ages(age, suffix):
    q = only(f"A {age}{suffix[0]} woman crossed the river.")
    assert (q.value_low, q.unit) == (age, suffix[1])
