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


@lru_cache(maxsize=1)
def _vocabulary():
    data = vocab.load_toml("scope.toml")
    taxonomy = vocab.metrics()
    home = [re.compile(p, re.I) for p in taxonomy.get("home", [])]
    whole = {m["id"]: [re.compile(p, re.I) for p in m.get("whole", [])] for m in taxonomy["metric"]}
    partitive = re.compile(r"^(?:" + "|".join(re.escape(p) for p in data["partitive"]) + r")\b", re.I)
    return data["small_count"], frozenset(data["person_nouns"]), partitive, home, whole


# "In Russia, some 30,000 ...": a place put before the clause, which a parse may attach anywhere
_FRONTED = re.compile(r"^(?:[A-Z][\w'’ -]{0,40}[,:]\s+)?(?P<p>(?:In|At|Among|Within)\s+(?:the\s+)?(?P<w>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})),\s")


def scope_of(unit: str, value_high: float, qualifier: str, kind: str, subject: str | None, subject_head: str | None,
             restrictions: tuple[str, ...], singular: str | None, metric: str, clause_before: str = "",
             place_named=None) -> Scope:
    """The scope of one figure. `restrictions` and `singular` are the parse's
    cues; `clause_before` is the text of the figure's clause before it (a place
    fronted there restricts it); `place_named(text)` returns the place a phrase
    names, or None (it keeps places canonical; None leaves that cue out)."""
    small_count, person_nouns, partitive, home, whole = _vocabulary()
    if unit.startswith("age:"):
        return Scope("individual", subject)  # "a 26-year-old"
    if singular:
        return Scope("individual", singular)  # "his salary", "she was sold for ..."
    if (unit == "count" and kind == "number" and qualifier == "exact" and value_high <= small_count
            and subject_head is not None and subject_head in person_nouns):
        return Scope("individual", subject)  # "six workers", "two women"
    wide = whole.get(metric, []) + home
    narrowing = []
    for phrase in restrictions:
        if partitive.match(phrase):
            narrowing.append(phrase)
        elif not any(p.search(phrase) for p in wide):
            narrowing.append(phrase)
    if not narrowing and place_named is not None:
        fronted = _FRONTED.match(clause_before)
        if fronted and place_named(fronted.group("w")) and not any(p.search(fronted.group("p")) for p in wide):
            narrowing.append(fronted.group("p")[0].lower() + fronted.group("p")[1:])
    if narrowing:
        return Scope("subset", "; ".join(narrowing))
    return Scope("total", None)
