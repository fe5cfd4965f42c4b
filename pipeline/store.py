"""Store: records in, Parquet tables out, with explicit pyarrow schemas.

Every table is checked before it is written (offsets match the text, values
are ordered, ids are unique, vocabularies are respected) and written
atomically: all tables of a run go to a staging folder first and are moved
into place only when every one of them is complete.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from operator import attrgetter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .cache import CACHE_DIR
from .quantities import DIRECTIONS, QUALIFIERS, is_known_unit

DOCUMENTS_SCHEMA = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False, metadata={"description": "stable id: the first 16 hex digits of the SHA-256 of the file's bytes"}),
    pa.field("doc_path", pa.string(), nullable=False, metadata={"description": "path relative to the corpus folder, '/'-separated"}),
    pa.field("title", pa.string(), metadata={"description": "title from the manifest, else detected"}),
    pa.field("publisher", pa.string(), metadata={"description": "who published the document"}),
    pa.field("url", pa.string(), metadata={"description": "where it came from, when known"}),
    pa.field("published", pa.date32(), metadata={"description": "publication date, when known to the day"}),
    pa.field("pub_year", pa.int16(), metadata={"description": "publication year"}),
    pa.field("text", pa.large_string(), metadata={"description": "the normalized text that all character offsets refer to"}),
    pa.field("status", pa.string(), nullable=False, metadata={"description": "'ok', or 'error' with the reason in `error`"}),
    pa.field("error", pa.string(), metadata={"description": "what went wrong, in words a user can act on"}),
    pa.field("warning", pa.string(), metadata={"description": "what was repaired while reading, the document still read (e.g. stray NUL bytes removed)"}),
    pa.field("author", pa.string(), metadata={"description": "who wrote it: a byline ('By Jane Doe'), or the HTML or PDF metadata"}),
    pa.field("metadata_source", pa.string(), metadata={"description": "where each detected field came from, 'field=origin; ...' with origin manifest, html, pdf, text or filename ('title=html; published=text')"}),
    pa.field("file_format", pa.string(), metadata={"description": "txt, md, html, htm or pdf"}),
    pa.field("encoding", pa.string(), metadata={"description": "the text encoding the file was read with (null for PDF)"}),
    pa.field("size_bytes", pa.int64(), metadata={"description": "size of the file in bytes"}),
    pa.field("n_claims", pa.int32(), metadata={"description": "number of claims taken from the document"}),
    pa.field("n_excerpts", pa.int32(), metadata={"description": "number of quoted excerpts when the document is a compilation page, else 0"}),
])

CLAIMS_SCHEMA = pa.schema([
    pa.field("claim_id", pa.string(), nullable=False, metadata={"description": "stable id: hash of doc_id, char_start, char_end"}),
    pa.field("doc_id", pa.string(), nullable=False, metadata={"description": "the document it comes from"}),
    pa.field("doc_path", pa.string(), nullable=False, metadata={"description": "the document's path relative to the corpus folder"}),
    pa.field("source", pa.string(), metadata={"description": "the outlet or publisher the figure is published by (an excerpt's own outlet in a compilation page)"}),
    pa.field("source_title", pa.string(), metadata={"description": "title of that document or excerpt"}),
    pa.field("published", pa.date32(), metadata={"description": "publication date of that document or excerpt"}),
    pa.field("pub_year", pa.int16(), metadata={"description": "its publication year"}),
    pa.field("ref_year", pa.int16(), metadata={"description": "the year the figure describes: a year the parse attaches to the figure's clause first ('In 2014 the government convicted 9 traffickers'), else the nearest explicit year ('at the end of 2019'); present tense gives pub_year"}),
    pa.field("period_start", pa.int16(), metadata={"description": "first year of the period the figure covers, when the text gives one"}),
    pa.field("period_end", pa.int16(), metadata={"description": "last year of that period"}),
    pa.field("sentence", pa.string(), nullable=False, metadata={"description": "the whole source sentence"}),
    pa.field("sentence_start", pa.int32(), nullable=False, metadata={"description": "offset of the sentence in documents.text"}),
    pa.field("sentence_end", pa.int32(), nullable=False, metadata={"description": "end offset of the sentence in documents.text"}),
    pa.field("text", pa.string(), nullable=False, metadata={"description": "the quantity expression as written, qualifier words included"}),
    pa.field("char_start", pa.int32(), nullable=False, metadata={"description": "offset of `text` in documents.text"}),
    pa.field("char_end", pa.int32(), nullable=False, metadata={"description": "end offset: documents.text[char_start:char_end] == text"}),
    pa.field("value_low", pa.float64(), nullable=False, metadata={"description": "the stated value, or the low end of a range"}),
    pa.field("value_high", pa.float64(), nullable=False, metadata={"description": "the stated value, or the high end of a range (never an average)"}),
    pa.field("qualifier", pa.string(), nullable=False, metadata={"description": "exact, approx, upper_bound, lower_bound or vague"}),
    pa.field("qualifier_text", pa.string(), metadata={"description": "the words that set the qualifier ('as many as')"}),
    pa.field("unit", pa.string(), nullable=False, metadata={"description": "count, percent, times, currency:ISO, duration:*, age:*, length:*, mass:*, ..."}),
    pa.field("per", pa.string(), metadata={"description": "rate denominator (day, month, year, person, 100,000 population, ...)"}),
    pa.field("subject", pa.string(), metadata={"description": "what is counted or measured, read from the dependency parse: the noun phrase with its modifiers ('North Korean workers in Russia'); for a share, what it is a share of ('wages'); for a figure in a predicate, the clause's subject ('the S&P 500'); for money or time an action involves, the action ('hours worked by these laborers'); never a bare unit word"}),
    pa.field("metric", pa.string(), nullable=False, metadata={"description": "metric id from pipeline/data/metrics.toml, or 'other': decided from the subject, the word that governs the figure and its complements"}),
    pa.field("location", pa.string(), metadata={"description": "the place the figure is about: the place a listed figure follows ('Laos (350)'), else the place the sentence names nearest the figure"}),
    pa.field("scope", pa.string(), nullable=False, metadata={"description": "total (an estimate for the whole population the metric is about), subset (restricted to a place, a group or a part: 'in Russia', 'of them, women') or individual (one person or one case: 'six workers', 'his salary', 'a 26-year-old')"}),
    pa.field("scope_detail", pa.string(), metadata={"description": "what restricts a subset ('in China', 'of these') or who an individual figure is about ('his', 'one worker'); null for a total"}),
    pa.field("attribution", pa.string(), metadata={"description": "who the sentence credits for the figure: the subject of the reporting verb above it, or 'according to ...'"}),
    pa.field("direction", pa.string(), metadata={"description": "'increase' or 'decrease' when the figure is a change"}),
    pa.field("unit_text", pa.string(), metadata={"description": "the unit or currency as written"}),
    pa.field("quantity_kind", pa.string(), nullable=False, metadata={"description": "number, range, vague, fraction, ratio or multiplier"}),
    pa.field("paragraph_start", pa.int32(), nullable=False, metadata={"description": "offset of the paragraph that holds the sentence"}),
    pa.field("paragraph_end", pa.int32(), nullable=False, metadata={"description": "end offset of that paragraph"}),
    pa.field("page", pa.int32(), metadata={"description": "for a PDF: the page the figure is on, 1-based as a viewer counts (FILE.pdf#page=N opens it); null for other formats"}),
    pa.field("page_label", pa.string(), metadata={"description": "the page number printed on that page ('289', 'iv'), from its header or footer or the PDF's own page labels; null where none was found"}),
])

MENTIONS_SCHEMA = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False, metadata={"description": "the document"}),
    pa.field("doc_path", pa.string(), nullable=False, metadata={"description": "the document's path relative to the corpus folder"}),
    pa.field("char_start", pa.int32(), nullable=False, metadata={"description": "offset of the number in documents.text"}),
    pa.field("char_end", pa.int32(), nullable=False, metadata={"description": "end offset of the number"}),
    pa.field("text", pa.string(), nullable=False, metadata={"description": "the number as written (digits, number words or a vague magnitude)"}),
    pa.field("status", pa.string(), nullable=False, metadata={"description": "'claim' when it is part of a claim, else 'skipped'"}),
    pa.field("reason", pa.string(), metadata={"description": "why it was skipped: year, date, time, identifier, ordinal, reference, determiner, report window, rate denominator, metadata line, ..."}),
    pa.field("claim_id", pa.string(), metadata={"description": "the claim it belongs to"}),
])

COMPRESSION = "zstd"

TABLES = {"documents": DOCUMENTS_SCHEMA, "claims": CLAIMS_SCHEMA, "mentions": MENTIONS_SCHEMA}


class ValidationError(Exception):
    """A row that breaks the output contract: a bug, reported with where it is."""


def records_to_table(records: Iterable, schema: pa.Schema) -> pa.Table:
    """Plain records (dicts or dataclasses) into a table with exactly `schema`."""
    rows = list(records)
    names = schema.names
    if rows and not isinstance(rows[0], dict):
        # dataclass records: one attrgetter call per row, then columns by transposing
        columns = dict(zip(names, map(list, zip(*map(attrgetter(*names), rows)))))
    else:
        columns = {name: [row.get(name) for row in rows] for name in names}
        if any(isinstance(value, pa.Array) for value in columns.get("text", ())):
            columns["text"] = _spliced(columns["text"], schema.field("text").type)
    return pa.Table.from_pydict(columns, schema=schema)


def _spliced(values: list, type_: pa.DataType) -> pa.Array:
    """A column whose values are plain or already one-value Arrow arrays (a huge
    document's text, see batches.encoded_text): the arrays are used as they are."""
    parts, run = [], []
    for value in values:
        if isinstance(value, pa.Array):
            parts += [pa.array(run, type_)] if run else []
            parts.append(value)
            run = []
        else:
            run.append(value)
    parts += [pa.array(run, type_)] if run else []
    return parts[0] if len(parts) == 1 else pa.concat_arrays(parts)


def validate(documents: pa.Table, claims: pa.Table, mentions: pa.Table | None = None,
             seen_claim_ids: set | None = None, seen_doc_ids: set | None = None, texts: dict[str, str] | None = None) -> None:
    """Check the contract before anything is written; raise with every violation found.
    `seen_*` carry the ids of batches already written, and are updated. `texts`:
    the text of documents whose claims come before their row (a huge document's pieces)."""
    problems: list[str] = []
    texts = dict(texts or {})
    # only the texts that claims and mentions point into are taken out of Arrow (a huge document's row comes alone)
    wanted = set(claims.column("doc_id").to_pylist()) | (set(mentions.column("doc_id").to_pylist()) if mentions is not None else set())
    document_texts = documents.column("text")
    for index, doc_id in enumerate(documents.column("doc_id").to_pylist()):
        if doc_id in wanted and doc_id not in texts:
            texts[doc_id] = document_texts[index].as_py()
    seen_claim_ids = set() if seen_claim_ids is None else seen_claim_ids
    seen_doc_ids = set() if seen_doc_ids is None else seen_doc_ids
    dupes = set()
    for i in claims.column("claim_id").to_pylist():
        (dupes if i in seen_claim_ids else seen_claim_ids).add(i)
    if dupes:
        problems.append(f"duplicate claim_id values: {sorted(dupes)[:5]}")
    dupes = set()
    for i in documents.column("doc_id").to_pylist():
        (dupes if i in seen_doc_ids else seen_doc_ids).add(i)
    if dupes:
        problems.append(f"duplicate doc_id values: {sorted(dupes)[:5]}")
    for row in claims.to_pylist():
        where = f"{row['doc_path']} [{row['char_start']}:{row['char_end']}]"
        text = texts.get(row["doc_id"])
        if text is None:
            problems.append(f"{where}: claim from a document not in documents")
            continue
        if text[row["char_start"] : row["char_end"]] != row["text"]:
            problems.append(f"{where}: text {row['text']!r} does not match the document at its offsets")
        if text[row["sentence_start"] : row["sentence_end"]] != row["sentence"]:
            problems.append(f"{where}: sentence does not match the document at its offsets")
        if not row["sentence_start"] <= row["char_start"] <= row["char_end"] <= row["sentence_end"]:
            problems.append(f"{where}: quantity lies outside its sentence")
        if row["value_low"] > row["value_high"]:
            problems.append(f"{where}: value_low {row['value_low']} > value_high {row['value_high']}")
        if not is_known_unit(row["unit"]):
            problems.append(f"{where}: unit {row['unit']!r} is not in the unit vocabulary")
        if row["qualifier"] not in QUALIFIERS:
            problems.append(f"{where}: unknown qualifier {row['qualifier']!r}")
        if row["direction"] is not None and row["direction"] not in DIRECTIONS:
            problems.append(f"{where}: unknown direction {row['direction']!r}")
        for key in ("pub_year", "ref_year", "period_start", "period_end"):
            year = row[key]
            if year is not None and not 1000 <= year <= 2200:
                problems.append(f"{where}: implausible {key} {year}")
    if mentions is not None:
        for row in mentions.to_pylist():
            text = texts.get(row["doc_id"])
            if text is None or text[row["char_start"] : row["char_end"]] != row["text"]:
                problems.append(f"{row['doc_path']} [{row['char_start']}:{row['char_end']}]: mention {row['text']!r} does not match the document")
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise ValidationError(f"{len(problems)} rows break the output contract (a bug; please report it):\n  {shown}{more}")


class TableWriter:
    """Streams batches of rows into the tables of a staging folder: each batch
    is validated and appended as a row group, so memory holds one batch at a
    time however large the corpus. `publish()` swaps the folder into place."""

    def __init__(self, out_dir: Path, partition_by: str | None = None) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.parent.mkdir(parents=True, exist_ok=True)
        recover(self.out_dir)
        _remove_stale_staging(self.out_dir)
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.out_dir.name}.staging-{os.getpid()}-", dir=self.out_dir.parent))
        self.partition_by = partition_by
        self.claim_ids: set = set()
        self.doc_ids: set = set()
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._batches = 0

    def path(self, name: str) -> Path:
        return self.staging / f"{name}.parquet"

    def write(self, documents: Iterable, claims: Iterable, mentions: Iterable, texts: dict[str, str] | None = None) -> None:
        self.write_tables(batch_tables(documents, claims, mentions), texts=texts)

    def write_tables(self, tables: dict[str, pa.Table], validated: bool = False, texts: dict[str, str] | None = None) -> None:
        """Append one batch's tables. `validated`: the rows were checked where the
        batch was made (a worker process); only the ids across batches are checked here.
        `texts`: see `validate`."""
        if validated:
            _check_unique(tables["claims"].column("claim_id").to_pylist(), self.claim_ids, "claim_id")
            _check_unique(tables["documents"].column("doc_id").to_pylist(), self.doc_ids, "doc_id")
        else:
            validate(tables["documents"], tables["claims"], tables[AUDIT_MENTIONS], self.claim_ids, self.doc_ids, texts)
        for name, table in tables.items():
            if name == "claims" and self.partition_by:
                write_partitioned(table, self.path(name), self.partition_by, self._batches)
                continue
            if name not in self._writers:
                self.path(name).parent.mkdir(parents=True, exist_ok=True)
                self._writers[name] = pq.ParquetWriter(self.path(name), table.schema, **parquet_options(name, table.schema))
            if table.num_rows:
                self._writers[name].write_table(table)
        self._batches += 1

    def close(self) -> None:
        for name, schema in (("documents", DOCUMENTS_SCHEMA), ("claims", CLAIMS_SCHEMA), (AUDIT_MENTIONS, MENTIONS_SCHEMA)):
            if name == "claims" and self.partition_by:
                self.path(name).mkdir(parents=True, exist_ok=True)
                continue
            if name not in self._writers and self.path(name).is_dir():
                continue  # written as part files by distributed workers
            if name not in self._writers:  # an empty corpus still gets empty tables
                self.path(name).parent.mkdir(parents=True, exist_ok=True)
                self._writers[name] = pq.ParquetWriter(self.path(name), schema, **parquet_options(name, schema))
            self._writers.pop(name).close()

    def publish(self, extra_files: dict[str, bytes] | None = None, carry_over: bool = True, drop: tuple[str, ...] = ()) -> None:
        """Swap the staging folder into place. `drop`: files of the previous
        outputs not to carry over (derived from tables this run replaced)."""
        if self._writers:
            self.close()
        for name, data in (extra_files or {}).items():
            (self.staging / name).write_bytes(data)
        for path in self.staging.rglob("*"):
            # the tables must be on disk before the swap; a cache entry need not:
            # a damaged one fails its gzip check and the document is processed again
            if path.is_file() and path.relative_to(self.staging).parts[0] != CACHE_DIR:
                _fsync(path)
        if carry_over:
            _carry_over(self.out_dir, self.staging, drop)
        publish(self.staging, self.out_dir)
        shutil.rmtree(self.staging, ignore_errors=True)

    def abort(self) -> None:
        for writer in self._writers.values():
            try:
                writer.close()
            except Exception:
                pass
        self._writers.clear()
        shutil.rmtree(self.staging, ignore_errors=True)


def parquet_options(name: str, schema: pa.Schema) -> dict:
    """How a table is written. Every column but documents.text gets min/max
    statistics: a text's are two more copies of it while its row group is
    written (100 MB for a 50 MB document), and no query filters on them."""
    return {"compression": COMPRESSION,
            "write_statistics": [column for column in schema.names if not (name == "documents" and column == "text")]}


def batch_tables(documents: Iterable, claims: Iterable, mentions: Iterable) -> dict[str, pa.Table]:
    return {
        "documents": records_to_table(documents, DOCUMENTS_SCHEMA),
        "claims": records_to_table(claims, CLAIMS_SCHEMA),
        AUDIT_MENTIONS: records_to_table(mentions, MENTIONS_SCHEMA),
    }


def spill_tables(tables: dict[str, pa.Table], folder: Path, index: int) -> dict[str, str]:
    """Write one batch's tables as Arrow IPC files under `folder`; their paths by table name."""
    paths = {}
    for name, table in tables.items():
        path = Path(folder) / f"batch-{index:06d}-{name.replace('/', '-')}.arrow"
        with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as ipc:
            ipc.write_table(table)
        paths[name] = str(path)
    return paths


def read_spilled(paths: dict[str, str]) -> dict[str, pa.Table]:
    """Tables written by `spill_tables`, memory-mapped; the files are removed
    (a mapping stays valid until its table is dropped)."""
    tables = {}
    for name, path in paths.items():
        with pa.memory_map(path) as source:
            tables[name] = pa.ipc.open_file(source).read_all()
        os.unlink(path)
    return tables


def _check_unique(ids: list, seen: set, name: str) -> None:
    dupes = seen.intersection(ids)
    if dupes or len(set(ids)) != len(ids):
        raise ValidationError(f"duplicate {name} values: {sorted(dupes)[:5]} (a bug; please report it)")
    seen.update(ids)


def write_partitioned(table: pa.Table, root: Path, column: str, batch: int) -> None:
    """A hive-partitioned dataset (`root/pub_year=2020/part-....parquet`)."""
    import pyarrow.dataset as ds

    ds.write_dataset(
        table, root, format="parquet", basename_template=f"part-{batch:09d}-{{i}}.parquet",
        partitioning=ds.partitioning(pa.schema([table.schema.field(column)]), flavor="hive"),
        existing_data_behavior="overwrite_or_ignore",
    )


AUDIT_MENTIONS = "_audit/mentions"


def write_tables(out_dir: Path, tables: dict[str, pa.Table], extra_files: dict[str, bytes] | None = None) -> None:
    """Write whole tables (and extra files) through a TableWriter's staging
    folder and swap it for `out_dir` in one step, so that a crash at any moment
    leaves either the previous set of tables or the new one, never a mix."""
    writer = TableWriter(out_dir)
    try:
        for name, table in tables.items():
            writer.path(name).parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(table, writer.path(name), **parquet_options(name, table.schema))
        writer.publish(extra_files=extra_files)
    except BaseException:
        writer.abort()
        raise


def table_dataset(path: Path):
    """A table `claims run` wrote, as a pyarrow dataset: one file, part files
    (a distributed run) or a hive-partitioned folder (`--partition-by pub_year`)."""
    import pyarrow.dataset as ds

    path = Path(path)
    partitioned = path.is_dir() and any(p.name.startswith("pub_year=") for p in path.iterdir())
    return ds.dataset(path, format="parquet", partitioning="hive" if partitioned else None)


def publish_file(temporary: str | Path, path: Path) -> None:
    """Rename a finished temporary file into place, with the permissions a new
    file gets here (mkstemp makes it readable by its owner only)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)
    os.replace(temporary, path)


def write_file_atomic(path: Path | str, data: bytes) -> None:
    """Write a whole file under a temporary name beside it and rename it into
    place: a reader sees the old file or the new one, never half of one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        publish_file(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# What this tool writes at the top of an output folder; anything else is foreign.
OWN_NAMES = frozenset({"documents.parquet", "claims.parquet", "_audit", CACHE_DIR, "figures.parquet", "trends.parquet",
                       "datapackage.json", "_previous"})


def _carry_over(out_dir: Path, staging: Path, drop: tuple[str, ...] = ()) -> None:
    """Files of the old output folder that this run does not write move into the
    new one: the tool's own (another command's tables) where they were, and
    foreign files (a user's notes, a redirected log) into `_previous/`, where a
    tool reading the folder as one Parquet dataset skips them. Nothing is
    deleted. The result cache is not carried: each run links in the entries it used."""
    if not out_dir.is_dir():
        return
    for path in out_dir.rglob("*"):
        if path.is_dir() or path.relative_to(out_dir).parts[0] == CACHE_DIR:
            continue
        parts = path.relative_to(out_dir).parts
        if parts[0] in drop:
            continue
        if len(parts) > 1 and parts[0].endswith(".parquet") and (staging / parts[0]).exists():
            continue  # a table this run rewrote as a whole (partitioned before, or now)
        relative = path.relative_to(out_dir)
        target = staging / (relative if parts[0] in OWN_NAMES else Path("_previous") / relative)
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, target)
        except OSError:
            shutil.copy2(path, target)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def publish(staging: Path, out_dir: Path) -> None:
    """Put the complete staging folder in the place of `out_dir`."""
    if not out_dir.exists():
        os.rename(staging, out_dir)
    elif _exchange(staging, out_dir):
        pass  # `staging` now holds the previous tables; the caller removes it
    else:
        # two renames: between them `out_dir` is briefly missing, and recover() puts the old one back
        old = out_dir.with_name(f".{out_dir.name}.previous")
        shutil.rmtree(old, ignore_errors=True)
        os.rename(out_dir, old)
        os.rename(staging, out_dir)
        shutil.rmtree(old, ignore_errors=True)
    _fsync_dir(out_dir.parent)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def recover(out_dir: Path) -> None:
    """After a crash between the two renames of the fallback swap, restore the previous tables."""
    old = out_dir.with_name(f".{out_dir.name}.previous")
    if old.is_dir() and not out_dir.exists():
        os.rename(old, out_dir)


def _remove_stale_staging(out_dir: Path) -> None:
    """Remove staging folders left by runs that were killed (their process is gone)."""
    for path in out_dir.parent.glob(f".{out_dir.name}.staging-*"):
        try:
            pid = int(path.name.split("staging-", 1)[1].split("-", 1)[0])
        except (IndexError, ValueError):
            continue
        if pid != os.getpid() and not _alive(pid):
            shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def field_descriptions(schema: pa.Schema) -> list[tuple[str, str, str, bool]]:
    """(name, type, description, nullable) for the data dictionary."""
    out = []
    for f in schema:
        meta = f.metadata or {}
        out.append((f.name, str(f.type), meta.get(b"description", b"").decode(), f.nullable))
    return out
