"""A user's own metric taxonomy (`--taxonomy FILE.toml`), read and checked.

The file has the format of `pipeline/data/metrics.toml`. With
`extends = "default"` its metrics come first (they are the user's topic, and the
first metric whose rules hold wins) and the shipped ones after them; without
it, it replaces the shipped taxonomy. Every mistake is reported with the file
and line it is on, before anything is read or written: an unknown key, a
value of the wrong type, a pattern that is not a regular expression, a
duplicate id.
"""
from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

from . import vocab

# What a metric may say (pipeline/data/metrics.toml explains each key).
LIST_KEYS = ("units", "per", "none", "not_subject", "not_doer", "subject_heads", "whole")
PATTERN_KEYS = ("none", "not_subject", "not_doer", "subject_heads", "whole")  # units and per are prefixes and words
TEXT_KEYS = ("id", "label", "description", "population", "scope")
METRIC_KEYS = frozenset(LIST_KEYS + TEXT_KEYS + ("all",))
TOP_KEYS = frozenset({"extends", "home", "home_places", "metric"})
SCOPES = ("clause", "after")
_ID = re.compile(r"[a-z][a-z0-9_]*")
RESERVED_IDS = frozenset({"other"})  # what a claim gets when no metric holds
TAXONOMY_FILE = "_audit/taxonomy.json"  # beside the tables: the taxonomy that decided their metrics


class TaxonomyError(ValueError):
    """A taxonomy file that cannot be used; `str()` reads `FILE:LINE: reason`."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path, self.line, self.reason = str(path), line, reason
        super().__init__(f"{path}:{line}: {reason}" if line else f"{path}: {reason}")


def load_taxonomy(path: Path | str) -> dict[str, Any]:
    """The taxonomy a run uses: the file checked, merged with the shipped one
    when it says `extends = "default"`. Raises TaxonomyError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TaxonomyError(path, None, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TaxonomyError(path, None, f"cannot be read: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"at line (\d+)", str(exc))
        raise TaxonomyError(path, int(where.group(1)) if where else None, f"not valid TOML: {exc}") from None
    lines = _Lines(text)
    check(data, lines, path)
    if data.get("extends") == "default":
        default = vocab.load_toml("metrics.toml")
        shipped = {m["id"] for m in default["metric"]}
        for index, metric in enumerate(data.get("metric", [])):
            if metric["id"] in shipped:
                raise TaxonomyError(path, lines.key(index, "id"), f"duplicate id {metric['id']!r}: the default taxonomy, "
                                    "which this file extends, has it already (give yours another id, or drop "
                                    "`extends` to replace the default)")
        merged = {"home": list(dict.fromkeys(data.get("home", []) + default.get("home", []))),
                  "home_places": list(dict.fromkeys(data.get("home_places", []) + default.get("home_places", []))),
                  "metric": list(data.get("metric", [])) + list(default["metric"])}
    else:
        merged = {"home": list(data.get("home", [])), "home_places": list(data.get("home_places", [])),
                  "metric": list(data.get("metric", []))}
    merged["source"] = str(path)
    merged["extends"] = data.get("extends")
    return merged


def check(data: dict[str, Any], lines: "_Lines", path: Path) -> None:
    for key in data:
        if key not in TOP_KEYS:
            raise TaxonomyError(path, lines.top(key), f"unknown key {key!r} (a taxonomy has {', '.join(sorted(TOP_KEYS))})")
    if "extends" in data and data["extends"] != "default":
        raise TaxonomyError(path, lines.top("extends"), f"extends = {data['extends']!r}: only \"default\" (the shipped taxonomy) can be extended")
    _check_patterns(data.get("home", []), "home", path, lambda: lines.top("home"), lines)
    places = data.get("home_places", [])
    if not isinstance(places, list) or not all(isinstance(p, str) for p in places):
        raise TaxonomyError(path, lines.top("home_places"), "home_places must be a list of place names")
    metrics = data.get("metric", [])
    if not isinstance(metrics, list) or not all(isinstance(m, dict) for m in metrics):
        raise TaxonomyError(path, lines.top("metric"), "metrics are [[metric]] tables")
    if not metrics and data.get("extends") != "default":
        raise TaxonomyError(path, None, "no [[metric]] table: a taxonomy needs at least one metric")
    seen: dict[str, int] = {}
    for index, metric in enumerate(metrics):
        for key in metric:
            if key not in METRIC_KEYS:
                raise TaxonomyError(path, lines.key(index, key), f"unknown key {key!r} in a [[metric]] (known: {', '.join(sorted(METRIC_KEYS))})")
        if "id" not in metric:
            raise TaxonomyError(path, lines.metric(index), "a [[metric]] without an id")
        for key in TEXT_KEYS:
            if key in metric and not isinstance(metric[key], str):
                raise TaxonomyError(path, lines.key(index, key), f"{key} must be a string")
        metric_id = metric["id"]
        if not _ID.fullmatch(metric_id) or metric_id in RESERVED_IDS:
            raise TaxonomyError(path, lines.key(index, "id"), f"id {metric_id!r}: use lower-case letters, digits and _ "
                                "(starting with a letter), and not 'other'")
        if metric_id in seen:
            raise TaxonomyError(path, lines.key(index, "id"), f"duplicate id {metric_id!r} (first on line {seen[metric_id]})")
        seen[metric_id] = lines.key(index, "id") or 0
        if metric.get("scope", "clause") not in SCOPES:
            raise TaxonomyError(path, lines.key(index, "scope"), f"scope {metric['scope']!r}: use {' or '.join(SCOPES)}")
        for key in LIST_KEYS:
            if key in metric:
                if not isinstance(metric[key], list) or not all(isinstance(v, str) for v in metric[key]):
                    raise TaxonomyError(path, lines.key(index, key), f"{key} must be a list of strings")
                if key in PATTERN_KEYS:
                    _check_patterns(metric[key], key, path, lambda k=key: lines.key(index, k), lines)
        if "all" in metric:
            groups = metric["all"]
            if not isinstance(groups, list) or not all(isinstance(g, list) and g and all(isinstance(p, str) for p in g) for g in groups):
                raise TaxonomyError(path, lines.key(index, "all"), "all must be a list of lists of patterns: [[\"a\", \"b\"], [\"c\"]]")
            for group in groups:
                _check_patterns(group, "all", path, lambda: lines.key(index, "all"), lines)


def _check_patterns(patterns, key: str, path: Path, line_of, lines: "_Lines") -> None:
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise TaxonomyError(path, line_of(), f"{key} must be a list of strings")
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise TaxonomyError(path, lines.holding(pattern) or line_of(),
                                f"{key}: {pattern!r} is not a valid regular expression ({exc})") from None


class _Lines:
    """Where a key of the file is: tomllib gives values, not positions, so the
    positions are found in the text (the `[[metric]]` headers, then `key =`)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers = [i for i, line in enumerate(self.lines) if re.match(r"\s*\[\[\s*metric\s*\]\]", line)]
        self.first_table = next((i for i, line in enumerate(self.lines) if re.match(r"\s*\[", line)), len(self.lines))

    def _find(self, key: str, start: int, stop: int) -> int | None:
        pattern = re.compile(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for i in range(start, stop):
            if pattern.match(self.lines[i]):
                return i + 1
        return None

    def top(self, key: str) -> int | None:
        return self._find(key, 0, self.first_table) or (self.headers[0] + 1 if key == "metric" and self.headers else None)

    def metric(self, index: int) -> int | None:
        return self.headers[index] + 1 if index < len(self.headers) else None

    def key(self, index: int, key: str) -> int | None:
        if index >= len(self.headers):
            return None
        stop = self.headers[index + 1] if index + 1 < len(self.headers) else len(self.lines)
        return self._find(key, self.headers[index], stop) or self.headers[index] + 1

    def holding(self, pattern: str) -> int | None:
        """The line whose text holds the pattern as TOML writes it (basic or literal string)."""
        for written in (json.dumps(pattern)[1:-1], pattern):
            for i, line in enumerate(self.lines):
                if written in line:
                    return i + 1
        return None


def taxonomy_digest(taxonomy: dict[str, Any] | None) -> str | None:
    """A fingerprint of a user's taxonomy for the cache (None: the shipped one)."""
    return None if taxonomy is None else vocab.taxonomy_digest(taxonomy)


def shipped_taxonomy() -> dict[str, Any]:
    """The shipped taxonomy, labelled as such (what `_audit/taxonomy.json` and the data package record)."""
    return dict(vocab.load_toml("metrics.toml"), source="default", extends=None)


def taxonomy_json(taxonomy: dict[str, Any] | None) -> bytes:
    """The taxonomy a run used, written beside its tables (`_audit/taxonomy.json`)
    so that the commands reading them later know its metrics."""
    return (json.dumps(taxonomy if taxonomy is not None else shipped_taxonomy(), indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def taxonomy_of_tables(tables: Path | str) -> dict[str, Any] | None:
    """The taxonomy the tables under `tables` were made with (None: the shipped
    one, or tables written before the taxonomy was recorded)."""
    path = Path(tables) / TAXONOMY_FILE
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return None if data.get("source") == "default" else data


def metric_ids_of(taxonomy: dict[str, Any] | None) -> list[str]:
    """The metric ids a claim can have under `taxonomy` (None: the shipped one), `other` last."""
    data = taxonomy if taxonomy is not None else vocab.load_toml("metrics.toml")
    return [m["id"] for m in data["metric"]] + ["other"]
