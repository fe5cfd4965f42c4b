"""Vocabulary files under pipeline/data, loaded once on first use.

Code never hard-codes a list of words that belongs to the domain: units,
qualifiers, number words, months, metrics and places live in data files so that
they can be reviewed and extended without touching the grammar.
"""
from __future__ import annotations

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


def numbers() -> dict[str, Any]:
    return load_toml("numbers.toml")


def units() -> dict[str, Any]:
    return load_toml("units.toml")


def context() -> dict[str, Any]:
    return load_toml("context.toml")


def metrics() -> dict[str, Any]:
    return load_toml("metrics.toml")


def sources() -> dict[str, Any]:
    return load_toml("sources.toml")
