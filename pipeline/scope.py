"""Scope: is a figure an estimate for a whole population, for a part of it, or
for one person or one case?

- `total`: for the whole population the metric is about ("an estimated 80,000
  to 120,000 prisoners in political prison camps");
- `subset`: restricted to a place, a group or a part ("North Koreans working in
  China", "Of these, 753 registered ...", "Russia (20,000)");
- `individual`: one person or one case ("his salary", "a 26-year-old", "six
  workers", "she was sold for $1,500").

`scope_of` is a function over plain values: the quantity, the cues the
syntactic layer read from the parse (`Frame.restrictions`, `Frame.singular`,
`Frame.list_item`) and the metric. Trends use totals by default, so that a
per-country breakdown or an anecdote never rewrites a year's span.
The vocabulary is in `pipeline/data/scope.toml`; what describes a metric's
whole population is in the taxonomy (`metrics.toml`: `home`, `whole`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import vocab

SCOPES = ("total", "subset", "individual")


@dataclass(frozen=True, slots=True)
class Scope:
    scope: str
    detail: str | None  # the restricting place or group, or who the figure is about


def _vocabulary():
    return _compiled_vocabulary(vocab.taxonomy_key())


@lru_cache(maxsize=4)  # one entry per taxonomy in use
def _compiled_vocabulary(taxonomy_key: str):
    data = vocab.load_toml("scope.toml")
    taxonomy = vocab.metrics()
    home = [re.compile(p, re.I) for p in taxonomy.get("home", [])]
    whole = {m["id"]: [re.compile(p, re.I) for p in m.get("whole", [])] for m in taxonomy["metric"]}
    partitive = re.compile(r"^(?:" + "|".join(re.escape(p) for p in data["partitive"]) + r")\b", re.I)
    anecdote = re.compile("|".join(data["anecdote"]), re.I)
    single_case = re.compile("|".join(data["single_case"]), re.I)
    return (data["small_count"], data["case_count"], frozenset(data["person_nouns"]), partitive, home, whole, anecdote,
            single_case, frozenset(vocab.load_toml("syntax.toml")["singular_pronouns"]))


# "76 cases (73 sex trafficking cases, two forced labor cases ...)", "25 investigations—23 for sex
# trafficking": a figure inside a bracket or a dash aside that opens right after another figure and
# its noun, and not larger than it, is a part of it
_NOT_NOUN = r"(?!(?:is|are|was|were|be|been|in|of|for|and|or|to|from|with|by|at|on|as|than)\b)"
_ASIDE_OPENER = re.compile(rf"(?P<whole>(?<![\w.,$€£¥])\d[\d,]*)\s+(?P<noun>{_NOT_NOUN}[a-z][\w-]*(?:\s+{_NOT_NOUN}[A-Za-z][\w-]*){{0,3}})\s*(?:\(|—|–|--)\s*$")
# a clause opening with one person's own ("Her family owed ...", "His salary was ...")
_OWNED = re.compile(r"^[\"“]?(?P<who>(?:His|Her|My)\s+[a-z][\w-]*)\b")
_FRONTED_PART = re.compile(r"^(?:[A-Z][\w'’ -]{0,40}[,:]\s+)?(?P<p>(?:Of|Among)\s+(?:these|those|them|whom|which)\b[^,;]{0,40}),\s")
# "17 trafficking investigations (10 in 2017), including three for labor trafficking and 14 for sex trafficking"
_INCLUDING = re.compile(r"(?P<whole>(?<![\w.,$€£¥])\d[\d,]*)\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\b[^;]{0,40}?,?\s+including\b[^;]*$")
# "... that of the 621 detainees they interviewed, 79 persons ...": a part of a group counted before
_PART_BEFORE = re.compile(r"\b(?P<p>(?:of|among)\s+(?:the|these|those)\s+[\d,]+\s+[^,;()]{0,60}),\s*$", re.I)
_OTHER_YEAR = re.compile(r"[\w,.-]+\s+in\s+(?:1[89]|20)\d\d\b")  # "(10 in 2017)": last year's figure, not a part


# "95 sex trafficking victims, 60 women and 35 girls, and ...": a list in apposition whose figures add up to the
# figure before it breaks that figure down
_APPOSED_LIST = re.compile(r"(?P<whole>(?<![\w.,$€£¥])\d[\d,]*)\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+"
                           r"(?P<list>\d[\d,]*\s+[a-z][\w-]*(?:(?:,\s+and\s+|,\s+|\s+and\s+)\d[\d,]*\s+[a-z][\w-]*)+)")
_LIST_FIGURE = re.compile(r"\d[\d,]*")


def _breakdown_of(sentence: str, position: int, value_high: float) -> str | None:
    if _OTHER_YEAR.match(sentence, position):
        return None
    for listed in _APPOSED_LIST.finditer(sentence, max(0, position - 200)):
        if listed.start("list") > position:
            break
        if listed.start("list") <= position < listed.end("list") \
                and sum(float(f.replace(",", "")) for f in _LIST_FIGURE.findall(listed.group("list"))) \
                == float(listed.group("whole").replace(",", "")):
            return f"part of {listed.group('whole')} {listed.group('noun')}"
    including = _INCLUDING.search(sentence, max(0, position - 160), position)
    if including and value_high <= float(including.group("whole").replace(",", "")):
        return f"part of {including.group('whole')} {including.group('noun')}"
    depth, k = 0, position - 1
    while k >= 0:
        ch = sentence[k]
        if ch == ")":
            depth += 1
        elif ch == "(" and depth:
            depth -= 1
        elif (ch == "(" or ch in "—–") and not depth:
            m = _ASIDE_OPENER.search(sentence, max(0, k - 80), k + 1)
            if m is None:
                return None
            whole = float(m.group("whole").replace(",", ""))
            return f"part of {m.group('whole')} {m.group('noun')}" if value_high <= whole else None
        elif ch in ".;" and not depth:
            return None
        k -= 1
    return None


# "In Russia, some 30,000 ...": a place put before the clause, which a parse may attach anywhere
_FRONTED = re.compile(r"^(?:[A-Z][\w'’ -]{0,40}[,:]\s+)?(?P<p>(?:In|At|Among|Within)\s+(?:the\s+)?(?P<w>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})),\s")


def scope_of(unit: str, value_high: float, qualifier: str, kind: str, subject: str | None, subject_head: str | None,
             restrictions: tuple[str, ...], singular: str | None, metric: str, clause_before: str = "",
             place_named=None, sentence: str = "", position: int | None = None) -> Scope:
    """The scope of one figure. `restrictions` and `singular` are the parse's
    cues; `clause_before` is the text of the figure's clause before it (a place
    fronted there restricts it); `place_named(text)` returns the place a phrase
    names, or None (it keeps places canonical; None leaves that cue out);
    `sentence` is the whole sentence (a small count of people is one case
    only in a sentence that tells one: "In one case, six workers ..."), and
    `position` the figure's offset in it (a figure in a bracket after another
    figure is a part of it: "76 cases (73 sex trafficking cases, ...)")."""
    small_count, case_count, person_nouns, partitive, home, whole, anecdote, single_case, pronouns = _vocabulary()
    plural = subject_head is not None and (subject_head.endswith(("men", "children", "people"))
                                           or (subject_head.endswith("s") and not subject_head.endswith("ss")))
    if unit.startswith("age:") and qualifier == "exact" and not plural:
        return Scope("individual", subject)  # "a 26-year-old", not "workers under 41 years old"
    if singular and not (unit in ("count", "percent") and singular.lower() in pronouns):
        # "his salary", "she was sold for ..."; but "he pardoned 154 more" counts prisoners, not him
        return Scope("individual", singular)
    if unit == "count" and kind == "number" and qualifier == "exact" and (
            (value_high <= small_count and subject_head in person_nouns and anecdote.search(sentence))
            or (value_high <= case_count and single_case.search(sentence))):
        return Scope("individual", subject)  # "In one case, six workers fled ...", not "convicted six traffickers in 2016"
    owned = _OWNED.match(clause_before)
    if owned and not singular:
        return Scope("individual", owned.group("who"))  # "Her family owed 300 kg of corn", however the parse read it
    wide = whole.get(metric, []) + home
    narrowing = []
    for phrase in restrictions:
        if partitive.match(phrase):
            if unit != "percent":  # "70 percent of them are women": "of them" is the share's base, not a part
                narrowing.append(phrase)
        elif not any(p.search(phrase) for p in wide):
            narrowing.append(phrase)
    fronted_part = _FRONTED_PART.match(clause_before) or _PART_BEFORE.search(clause_before[-120:])
    if not narrowing and fronted_part and unit != "percent":
        narrowing.append(fronted_part.group("p")[0].lower() + fronted_part.group("p")[1:])  # "Of those victims, 48 were women"
    if not narrowing and place_named is not None:
        fronted = _FRONTED.match(clause_before)
        if fronted and place_named(fronted.group("w")) and not any(p.search(fronted.group("p")) for p in wide):
            narrowing.append(fronted.group("p")[0].lower() + fronted.group("p")[1:])
    if not narrowing and position is not None and unit == "count":
        part = _breakdown_of(sentence, position, value_high)
        if part:
            narrowing.append(part)
    if narrowing:
        return Scope("subset", "; ".join(narrowing))
    return Scope("total", None)
