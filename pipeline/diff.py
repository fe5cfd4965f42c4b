"""What changed between two runs: the claims added, removed and changed.

Claims are matched document by document (the same `doc_path`), sentence by
sentence. A document edited between the runs gets a new `doc_id` and its
sentences move, so ids and offsets cannot match claims; the sentences are
aligned instead (difflib over each document's claim sentences, in order): the
same sentence, or a sentence edited in place (most of its characters kept,
between unchanged neighbours), is the same sentence. Within a sentence, claims
are paired by their order and their text. A pair whose value, unit,
qualifier or metric differ is `changed`; a claim left without a partner is
`added` or `removed`.
"""
from __future__ import annotations

from difflib import SequenceMatcher
from itertools import groupby
from pathlib import Path
from typing import Any

import pyarrow as pa

COMPARED = ("value_low", "value_high", "unit", "qualifier", "metric")  # what makes a pair `changed`
EDITED_SENTENCE = 0.6  # difflib's ratio from which an edited sentence is still the same sentence

DIFF_SCHEMA = pa.schema([
    pa.field("change", pa.string(), nullable=False, metadata={"description": "added, removed or changed"}),
    pa.field("metric", pa.string(), nullable=False, metadata={"description": "the claim's metric (the new one for a changed claim)"}),
    pa.field("doc_path", pa.string(), nullable=False, metadata={"description": "the document, by its path in the corpus"}),
    pa.field("pub_year", pa.int16(), metadata={"description": "publication year (of the new claim when there is one)"}),
    pa.field("fields", pa.list_(pa.string()), nullable=False, metadata={"description": "for a changed claim, what changed (value_low, value_high, unit, qualifier, metric)"}),
    pa.field("old_text", pa.string(), metadata={"description": "the figure as written in the old run (null for a claim added)"}),
    pa.field("new_text", pa.string(), metadata={"description": "the figure as written in the new run (null for a claim removed)"}),
] + [
    pa.field(f"{run}_{name}", kind, metadata={"description": f"{meaning} in the {run} run (null for a claim {absent})"})
    for name, kind, meaning in (("value_low", pa.float64(), "the low value"), ("value_high", pa.float64(), "the high value"),
                                ("unit", pa.string(), "the unit"), ("qualifier", pa.string(), "the qualifier"),
                                ("metric", pa.string(), "the metric"), ("sentence", pa.string(), "the sentence"),
                                ("claim_id", pa.string(), "the claim's id"))
    for run, absent in (("old", "added"), ("new", "removed"))
])

CLAIM_COLUMNS = ["claim_id", "doc_path", "pub_year", "sentence", "sentence_start", "char_start", "text"] + list(COMPARED)


def diff_claims(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> pa.Table:
    """The claims added, removed and changed from `old` to `new` (claim
    records, as `claims.parquet` rows), ordered by metric, document and place."""
    rows: list[dict[str, Any]] = []
    old_docs, new_docs = _by_document(old), _by_document(new)
    for doc_path in sorted(old_docs.keys() | new_docs.keys()):
        rows.extend(_diff_document(doc_path, old_docs.get(doc_path, []), new_docs.get(doc_path, [])))
    rows.sort(key=lambda r: (r["metric"], r["doc_path"], r["_order"]))
    for row in rows:
        del row["_order"]
    return pa.Table.from_pylist(rows, schema=DIFF_SCHEMA)


def _by_document(claims: list[dict[str, Any]]) -> dict[str, list[list[dict[str, Any]]]]:
    """Per document, its claims grouped by sentence, in document order."""
    ordered = sorted(claims, key=lambda c: (c["doc_path"], c["sentence_start"], c["char_start"]))
    return {path: [list(s) for _, s in groupby(group, key=lambda c: c["sentence_start"])]
            for path, group in ((p, list(g)) for p, g in groupby(ordered, key=lambda c: c["doc_path"]))}


def _diff_document(doc_path: str, old: list[list[dict]], new: list[list[dict]]) -> list[dict[str, Any]]:
    rows = []
    matcher = SequenceMatcher(None, [s[0]["sentence"] for s in old], [s[0]["sentence"] for s in new], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for old_sentence, new_sentence in zip(old[i1:i2], new[j1:j2]):
                rows.extend(_diff_sentence(old_sentence, new_sentence))
            continue
        # sentences edited, dropped or added between unchanged neighbours
        paired_new: set[int] = set()
        start = j1
        for old_sentence in old[i1:i2]:
            match = _edited_match(old_sentence[0]["sentence"], [s[0]["sentence"] for s in new[start:j2]])
            if match is None:
                rows.extend(_diff_sentence(old_sentence, []))
                continue
            for skipped in range(start, start + match):
                rows.extend(_diff_sentence([], new[skipped]))
                paired_new.add(skipped)
            rows.extend(_diff_sentence(old_sentence, new[start + match]))
            paired_new.add(start + match)
            start += match + 1
        for j in range(j1, j2):
            if j not in paired_new:
                rows.extend(_diff_sentence([], new[j]))
    return rows


def _edited_match(sentence: str, candidates: list[str]) -> int | None:
    """The index of the candidate most like `sentence`, if it is like enough
    to be the same sentence edited; candidates are kept in document order."""
    best, best_ratio = None, EDITED_SENTENCE
    for index, candidate in enumerate(candidates):
        ratio = SequenceMatcher(None, sentence, candidate, autojunk=False).ratio()
        if ratio >= best_ratio:
            best, best_ratio = index, ratio
    return best


def _diff_sentence(old: list[dict], new: list[dict]) -> list[dict[str, Any]]:
    """Pair the claims of one sentence: by their text in order (difflib), then
    what is left by order when as many are left on both sides."""
    pairs, lone_old, lone_new = [], [], []
    matcher = SequenceMatcher(None, [c["text"] for c in old], [c["text"] for c in new], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            pairs.extend(zip(old[i1:i2], new[j1:j2]))
        else:
            lone_old.extend(old[i1:i2])
            lone_new.extend(new[j1:j2])
    rows = []
    for before, after in pairs:
        fields = [name for name in COMPARED if before[name] != after[name]]
        if fields:
            rows.append(_row("changed", before, after, fields))
    rows.extend(_row("removed", c, None) for c in lone_old)
    rows.extend(_row("added", None, c) for c in lone_new)
    return rows


def _row(change: str, before: dict | None, after: dict | None, fields: list[str] | None = None) -> dict[str, Any]:
    either = after or before
    row = {"change": change, "metric": either["metric"], "doc_path": either["doc_path"], "pub_year": either["pub_year"],
           "fields": fields or [], "_order": (either["sentence_start"], either["char_start"])}
    for prefix, claim in (("old", before), ("new", after)):
        for name, column in (("text", "text"), ("value_low", "value_low"), ("value_high", "value_high"), ("unit", "unit"),
                             ("qualifier", "qualifier"), ("metric", "metric"), ("sentence", "sentence"), ("claim_id", "claim_id")):
            row[f"{prefix}_{name}"] = claim[column] if claim is not None else None
    return row


def read_claim_records(tables: Path | str) -> list[dict[str, Any]]:
    """The claims of an output folder (a file, a partitioned dataset or part
    files), with the columns a diff reads."""
    from .store import table_dataset

    path = Path(tables) / "claims.parquet"
    if not path.exists():
        raise FileNotFoundError(f"no claims.parquet under {tables}: run `claims run` first")
    return table_dataset(path).to_table(columns=CLAIM_COLUMNS).to_pylist()
