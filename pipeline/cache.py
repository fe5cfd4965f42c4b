"""Results of earlier runs, so that a second run re-processes only documents
whose bytes, path, manifest row or extractor version changed.

One gzipped JSON file per document under OUT/_cache/<extractor version>/. JSON
rather than pickle: the output folder may be shared, and loading it must never
run code.
"""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import zlib
from dataclasses import fields
from functools import lru_cache
from importlib import metadata, resources
from operator import attrgetter
from pathlib import Path

from .claims import Claim, MentionRecord

CACHE_DIR = "_cache"


@lru_cache(maxsize=4)
def extractor_version(model: str | None = None, taxonomy: str | None = None) -> str:
    """A fingerprint of everything that decides the output: the package's code,
    data files and shipped model, the user's --model when one is named, the
    user's taxonomy (its digest) when one is given, and the versions of the
    libraries that read the input."""
    digest = hashlib.sha256()
    if taxonomy is not None:
        digest.update(f"taxonomy={taxonomy}".encode())
    package = resources.files("pipeline")
    for entry in sorted(_walk(package), key=lambda e: e[0]):
        digest.update(entry[0].encode())
        digest.update(entry[1])
    if model is not None:
        digest.update(f"model={model}".encode())
        folder = Path(model)
        if folder.is_dir():
            for name, data in sorted(_walk(folder, everything=True)):
                digest.update(name.encode())
                digest.update(data)
    for dist in ("spacy", "text2num", "trafilatura", "pypdf", "dateparser", "pint", "babel"):  # pint and Babel decide units
        try:
            digest.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            pass
    return digest.hexdigest()[:16]


def _walk(folder, prefix: str = "", everything: bool = False):
    for item in folder.iterdir():
        name = f"{prefix}{item.name}"
        if item.is_dir():
            if item.name != "__pycache__":
                # a model's weights are files without a suffix: every file of a model counts
                yield from _walk(item, name + "/", everything or name == "models")
        elif everything or item.name.endswith((".py", ".toml", ".txt")):
            yield name, item.read_bytes()


def entry_name(doc_id: str, doc_path: str, manifest_row) -> str:
    key = hashlib.sha256(f"{doc_path}\0{manifest_row!r}".encode()).hexdigest()[:16]
    return f"{doc_id}-{key}.json.gz"


def load(folder: Path | None, name: str):
    """(document row, claims, mentions) stored under `name`, or None."""
    if folder is None:
        return None
    try:
        return _decode(json.loads(gzip.decompress((folder / name).read_bytes())))
    except (OSError, EOFError, ValueError, KeyError, TypeError, zlib.error):
        return None  # missing or damaged (entries are not fsynced): the document is processed again


def _decode(data: dict):
    row = data["row"]
    if row.get("published"):
        row["published"] = dt.date.fromisoformat(row["published"])
    claims = []
    for values in data["claims"]:
        c = dict(zip(data["claim_fields"], values))
        if c.get("published"):
            c["published"] = dt.date.fromisoformat(c["published"])
        claims.append(Claim(**c))
    mentions = [MentionRecord(**dict(zip(data["mention_fields"], values))) for values in data["mentions"]]
    return row, claims, mentions


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
_MENTION_FIELDS = tuple(f.name for f in fields(MentionRecord))


def save(folder: Path, name: str, row: dict, claims: list[Claim], mentions: list[MentionRecord]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    # rows as lists under one header: a third of the size of a dict per record, and faster to write
    payload = {
        "row": row,
        "claim_fields": _CLAIM_FIELDS,
        "claims": list(map(attrgetter(*_CLAIM_FIELDS), claims)),
        "mention_fields": _MENTION_FIELDS,
        "mentions": list(map(attrgetter(*_MENTION_FIELDS), mentions)),
    }
    temporary = folder / f".{name}.{os.getpid()}.tmp"
    # one dumps and one compress: streaming json.dump into a gzip file writes in tiny pieces
    temporary.write_bytes(gzip.compress(json.dumps(payload, default=_json_default).encode("utf-8"), compresslevel=1))
    os.replace(temporary, folder / name)


def _json_default(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in the cache")


def carry(previous: Path | None, current: Path, name: str) -> bool:
    """Link a reused entry into this run's cache folder (entries no run uses are dropped)."""
    if previous is None or not (previous / name).is_file():
        return False
    current.mkdir(parents=True, exist_ok=True)
    target = current / name
    if not target.exists():
        try:
            os.link(previous / name, target)
        except OSError:
            target.write_bytes((previous / name).read_bytes())
    return True
