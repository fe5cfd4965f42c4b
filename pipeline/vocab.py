"""Vocabulary files under pipeline/data, loaded once on first use.

Code never hard-codes a list of words that belongs to the domain: units,
qualifiers, number words, months, metrics and places live in data files so that
they can be reviewed and extended without touching the grammar.
"""
from __future__ import annotations

import hashlib
import json
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any


def data_path(name: str):
    return resources.files("pipeline") / "data" / name


@lru_cache(maxsize=None)
def load_toml(name: str) -> dict[str, Any]:
    with data_path(name).open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """A one-entry-per-line file; blank lines and `#` comments are ignored."""
    text = data_path(name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Place names as written -> the name the tables use (places.txt: "surface|canonical" or one name)."""
    out: dict[str, str] = {}
    for line in load_lines("places.txt"):
        surface, _, name = line.partition("|")
        out[surface] = name or surface
    return out


def numbers() -> dict[str, Any]:
    return load_toml("numbers.toml")


def units() -> dict[str, Any]:
    return load_toml("units.toml")


def context() -> dict[str, Any]:
    return load_toml("context.toml")


# The metric taxonomy in use: the shipped one, or a user's (`--taxonomy`, see
# pipeline/taxonomy.py) set for the length of a run with `use_taxonomy`.
_TAXONOMY: dict[str, Any] = {"data": None, "key": "default"}


def metrics() -> dict[str, Any]:
    return _TAXONOMY["data"] if _TAXONOMY["data"] is not None else load_toml("metrics.toml")


def taxonomy_key() -> str:
    """Names the taxonomy in use: what compiled rules are cached under."""
    return _TAXONOMY["key"]


def taxonomy_digest(data: dict[str, Any]) -> str:
    """A fingerprint of a taxonomy's content: the cache key of its compiled
    rules and, in the extractor version, of a run's results."""
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def use_taxonomy(data: dict[str, Any] | None) -> dict[str, Any] | None:
    """Make `data` the taxonomy in use (None: the shipped one); returns the one
    it replaces, to be put back when the run is over."""
    previous = _TAXONOMY["data"]
    _TAXONOMY["data"] = data
    if data is not previous:  # a batch of the same run brings the same taxonomy: no need to hash it again
        _TAXONOMY["key"] = "default" if data is None else taxonomy_digest(data)
    return previous


def sources() -> dict[str, Any]:
    return load_toml("sources.toml")
