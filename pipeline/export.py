"""The tables where people already work: a Datasette-ready SQLite database
(written with sqlite-utils, full-text search on sentences, subjects and
documents) and CSV files for spreadsheets.

Export reads the Parquet tables of `claims run` (and the figures and trends of
`claims analyze`, made here when they are missing) and writes new files; it
never changes the tables. Each file is written under a temporary name and
renamed when complete, so a failed export leaves no half-written file.
"""
from __future__ import annotations

import csv
import datetime as dt
import decimal
import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any, Iterator

import pyarrow as pa

from .analysis import FIGURES_SCHEMA, TRENDS_SCHEMA, Aggregates, derived_tables
from .store import AUDIT_MENTIONS, TABLES, publish_file, table_dataset, write_file_atomic
from .taxonomy import metric_ids_of, taxonomy_of_tables

# The exported tables, in order, with their schemas (the data dictionary's descriptions ride along).
SCHEMAS = {"documents": TABLES["documents"], "claims": TABLES["claims"], "figures": FIGURES_SCHEMA,
           "trends": TRENDS_SCHEMA, "mentions": TABLES["mentions"]}
PRIMARY_KEYS = {"documents": "doc_id", "claims": "claim_id", "figures": "figure_id"}
FOREIGN_KEYS = {"claims": [("doc_id", "documents", "doc_id")], "mentions": [("doc_id", "documents", "doc_id")]}
INDEXES = {"claims": [["metric"], ["pub_year"], ["source"], ["doc_id"], ["metric", "pub_year"]],
           "documents": [["pub_year"], ["publisher"]], "trends": [["metric", "year"]], "figures": [["metric"]],
           "mentions": [["doc_id"]]}
FULL_TEXT = {"claims": ["sentence", "subject"], "documents": ["text"]}
TABLE_DESCRIPTIONS = {
    "documents": "One row per document of the corpus: its metadata, its normalized text (the text every offset "
                 "points into) and, for a document that could not be read, why.",
    "claims": "One row per numeric claim: the figure as written and its values, unit, qualifier, what it counts "
              "(subject), metric, year, scope, source, and the sentence and character offsets it came from.",
    "figures": "The same figure for the same metric stated in several documents, grouped: who stated it and "
               "when it was first and last published.",
    "trends": "Per metric, unit, scope and publication year: the lowest low, the highest high and the medians "
              "of the estimates published that year, and who published them.",
    "mentions": "Every number the grammar saw, with the reason it was skipped when it is not a claim (a year, "
                "an identifier, a footnote marker, ...).",
}


def read_tables(tables: Path | str) -> dict[str, pa.Table]:
    """The tables under `tables` (claims possibly partitioned or in part files);
    figures and trends are computed from the claims when `claims analyze` has
    not written them."""
    folder = Path(tables)
    if not (folder / "claims.parquet").exists() or not (folder / "documents.parquet").exists():
        raise FileNotFoundError(f"no claims.parquet and documents.parquet under {folder}: run `claims run` first")
    paths = {"documents": folder / "documents.parquet", "claims": folder / "claims.parquet",
             "figures": folder / "figures.parquet", "trends": folder / "trends.parquet",
             "mentions": folder / f"{AUDIT_MENTIONS}.parquet"}
    read: dict[str, pa.Table] = {}
    for name, path in paths.items():
        if not path.exists():
            continue
        read[name] = _conform(table_dataset(path).to_table(), SCHEMAS[name])
    if "figures" not in read or "trends" not in read:
        aggregates = Aggregates()
        aggregates.add(read["claims"])
        read.update({name: table for name, table in derived_tables(aggregates).items() if name not in read})
    return {name: read[name] for name in SCHEMAS if name in read}


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """The table's columns in the schema's order and types (a partition column
    comes back as a dictionary at the end)."""
    columns = [table.column(f.name).cast(f.type) if f.name in table.column_names else pa.nulls(table.num_rows, f.type)
               for f in schema]
    return pa.Table.from_arrays(columns, schema=schema)


# ---------------------------------------------------------------- SQLite

SQLITE_TYPES = {"string": str, "large_string": str, "int16": int, "int32": int, "int64": int, "double": float,
                "bool": int, "date32[day]": str}


def _sqlite_type(field: pa.Field):
    return SQLITE_TYPES.get(str(field.type), str)  # lists are stored as JSON text


def _rows(table: pa.Table, chunk: int = 2000) -> Iterator[dict[str, Any]]:
    lists = [f.name for f in table.schema if pa.types.is_list(f.type)]
    dates = [f.name for f in table.schema if pa.types.is_date(f.type)]
    for batch in table.to_batches(max_chunksize=chunk):
        for row in batch.to_pylist():
            for name in lists:
                row[name] = json.dumps(row[name], ensure_ascii=False) if row[name] is not None else None
            for name in dates:
                row[name] = row[name].isoformat() if row[name] is not None else None
            yield row


def export_sqlite(tables: Path | str, out: Path | str, metadata_path: Path | str | None = None) -> dict[str, int]:
    """Write the tables to the SQLite database `out` (replacing it) with column
    types, primary and foreign keys, indexes and FTS5 full-text search, and a
    Datasette metadata file (`metadata_path`, default `metadata.json` beside
    OUT, for `datasette OUT.db -m metadata.json`). Returns the rows written per table."""
    import sqlite_utils

    out = Path(out)
    read = read_tables(tables)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(handle)
    counts = {}
    try:
        db = sqlite_utils.Database(temporary, recreate=True)
        for name, table in read.items():
            schema = table.schema
            db[name].create({f.name: _sqlite_type(f) for f in schema}, pk=PRIMARY_KEYS.get(name),
                            not_null=[f.name for f in schema if not f.nullable],
                            foreign_keys=FOREIGN_KEYS.get(name))
            db[name].insert_all(_rows(table), batch_size=1000)
            for columns in INDEXES.get(name, []):
                missing = set(columns) - set(schema.names)
                if missing:  # SQLite would take an unknown quoted name for a string and index a constant
                    raise ValueError(f"cannot index {name}.{', '.join(sorted(missing))}: no such column")
                db[name].create_index(columns, if_not_exists=True)
            if name in FULL_TEXT:
                db[name].enable_fts(FULL_TEXT[name], fts_version="FTS5", create_triggers=True)
            counts[name] = table.num_rows
        db.conn.execute("PRAGMA foreign_keys = ON")
        problems = db.conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise ValueError(f"{len(problems)} rows point to documents that are not in documents.parquet")
        db.analyze()
        db.close()
        metadata_path = Path(metadata_path) if metadata_path else out.parent / "metadata.json"
        write_file_atomic(metadata_path, (json.dumps(datasette_metadata(out.stem, read, tables), indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
        publish_file(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return counts


def datasette_metadata(database: str, read: dict[str, pa.Table], tables: Path | str) -> dict[str, Any]:
    """Datasette's metadata: table and column descriptions from the data
    dictionary, source and licence, and the canned queries users ask for."""
    metric_ids = metric_ids_of(taxonomy_of_tables(tables))
    described = {}
    for name, table in read.items():
        described[name] = {
            "description": TABLE_DESCRIPTIONS[name],
            "columns": {f.name: (f.metadata or {}).get(b"description", b"").decode() for f in table.schema},
        }
        if name in FULL_TEXT:
            described[name]["fts_table"] = f"{name}_fts"
    described["claims"]["sort_desc"] = "pub_year"
    described["claims"]["facets"] = ["metric", "scope", "pub_year"]
    queries = {
        "estimates_by_year": {
            "title": "Published estimates of a metric, year by year",
            "description": "Every estimate of the metric's whole population (scope total, vague magnitudes left out), "
                           f"oldest first, with who published it. Metrics: {', '.join(metric_ids)}.",
            "sql": "select pub_year, source, text, value_low, value_high, unit, qualifier, subject, doc_path, claim_id\n"
                   "from claims\nwhere metric = :metric and scope = 'total' and qualifier != 'vague' and pub_year is not null\n"
                   "order by pub_year, value_low, value_high, doc_path, char_start",
        },
        "claims_of_a_figure": {
            "title": "Every claim that states a figure",
            "description": "Type the figure as a plain number (30000): every claim whose value, low or high, is it, "
                           "oldest first, with its sentence.",
            "sql": "select pub_year, source, text, metric, sentence, doc_path, char_start, char_end, claim_id\n"
                   "from claims\nwhere value_low = cast(:figure as real) or value_high = cast(:figure as real)\n"
                   "order by pub_year, doc_path, char_start",
        },
        "claims_of_an_outlet": {
            "title": "Claims of one outlet",
            "description": "Every claim published by one source (the outlet or publisher, as in claims.source).",
            "sql": "select pub_year, published, text, metric, subject, sentence, doc_path, claim_id\n"
                   "from claims\nwhere source = :source\norder by pub_year, doc_path, char_start",
        },
    }
    return {
        "title": "Numeric claims",
        "description": "Numeric claims extracted from a corpus of reports by claims-pipeline: each figure with its "
                       "value, unit, qualifier, what it counts, metric, year, source and the sentence it came from.",
        "license": "Apache-2.0 (the tool); quoted sentences and document text keep the terms of their sources",
        "license_url": "https://www.apache.org/licenses/LICENSE-2.0",
        "source": "claims-pipeline: the sources of each claim are in claims.source and documents.url",
        "databases": {database: {"tables": described, "queries": queries}},
    }


# ---------------------------------------------------------------- CSV

def plain_number(value: float) -> str:
    """A float as a plain decimal, never in exponent notation (2300000000, 0.00001, 66.67)."""
    if math.isnan(value):
        return ""
    if value == int(value) and abs(value) < 1e17:
        return str(int(value))
    text = repr(value)
    if "e" not in text and "E" not in text:
        return text
    return format(decimal.Decimal(text), "f")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return plain_number(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def export_csv(tables: Path | str, out_dir: Path | str, bom: bool = False) -> dict[str, int]:
    """One RFC 4180 file per table under `out_dir` (UTF-8, CRLF line ends,
    quotes where needed; with `bom`, a byte-order mark for spreadsheets that
    need one to read UTF-8). Numbers are plain decimals, lists JSON, empty
    fields null. Returns the rows written per table."""
    out_dir = Path(out_dir)
    read = read_tables(tables)
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, table in read.items():
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".csv.tmp", dir=out_dir)
        try:
            with os.fdopen(handle, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as stream:
                writer = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
                writer.writerow(table.schema.names)
                for batch in table.to_batches(max_chunksize=2000):
                    columns = [batch.column(i).to_pylist() for i in range(batch.num_columns)]
                    writer.writerows([_cell(v) for v in row] for row in zip(*columns))
            publish_file(temporary, out_dir / f"{name}.csv")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        counts[name] = table.num_rows
    return counts
