"""Run the stages over a corpus: ingest -> metadata -> spaCy components ->
claims -> store. Data flows one way; each document is processed in isolation.

Documents go through in batches. A batch runs in this process (`jobs=1`), in a
pool of worker processes (`jobs>1`), or as a task on a Dask cluster
(`engine="dask"`), where each worker writes its own part of the dataset. The
tables come out the same, in the same row order, whichever way they ran.
"""
from __future__ import annotations

import gc
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pyarrow as pa
from dataclasses import dataclass, field
from pathlib import Path

from . import cache, vocab
from .claims import Claim, MentionRecord, assemble_claims
from .ingest import DEFAULT_MAX_BYTES, SourceDocument, discover, document_id, read_document
from .nlp import sentence_spans
from .metadata import Manifest, apply_manifest, detect_metadata, load_manifest, split_excerpts
from .quantities import Mention, Quantity, shift_mention, shift_quantity
from .syntax import Frame
from .taxonomy import TAXONOMY_FILE, metric_ids_of, shipped_taxonomy, taxonomy_digest, taxonomy_json, taxonomy_of_tables
from .store import CLAIMS_SCHEMA, DOCUMENTS_SCHEMA, MENTIONS_SCHEMA, TableWriter, records_to_table, table_dataset, write_file_atomic

BLOCK_CHARS = 50_000
TOPIC_CHARS = 2_000  # a document's opening (title, first lines): what it is about, for every block of it
SPILL_DIR = "_spill"  # in the staging folder: worker tables on their way to the writer


class CorpusError(Exception):
    """The corpus as a whole cannot be read (missing folder, ...)."""


class StrictError(Exception):
    """--strict: a document could not be read, so the run stops and writes nothing."""


class RunInterrupted(Exception):
    """Ctrl-C: what was finished, so that the user knows where the run stopped."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__(f"interrupted after {done} of {total} documents; no tables were written, the previous outputs are unchanged")
        self.done, self.total = done, total


@dataclass
class RunSummary:
    documents: int = 0
    claims: int = 0
    errors: int = 0
    seconds: float = 0.0
    processed: int = 0  # documents run through the extractor
    reused: int = 0  # documents whose results came from the cache of an earlier run
    out_dir: Path | None = None
    error_messages: list[str] = field(default_factory=list)

    def line(self) -> str:
        cached = f" ({self.reused} unchanged, from the cache)" if self.reused else ""
        return (f"{self.documents} documents, {self.claims} claims, {self.errors} errors "
                f"in {self.seconds:.1f} s{cached} -> {self.out_dir}")


@dataclass
class DocumentResult:
    row: dict
    claims: list[Claim]
    mentions: list[MentionRecord]


def iter_blocks(text: str, max_chars: int = BLOCK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, text) blocks of whole paragraphs, each under `max_chars` where
    a paragraph allows; an overlong paragraph is cut after a sentence end."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + max_chars)
        if end < n:
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = max(text.rfind(". ", start, end), text.rfind("\n", start, end))
                cut = cut + 1 if cut > start else end
            end = cut
        yield start, text[start:end]
        start = end


def numeric_blocks(text: str, max_chars: int = BLOCK_CHARS) -> list[tuple[int, str]]:
    """Blocks (runs of consecutive paragraphs) that can hold a number: a
    paragraph without a digit or number word holds no claim and no mention,
    so it is not tokenized at all."""
    from .quantities import number_hint

    hint = number_hint()
    lowered = text.lower()
    blocks: list[tuple[int, str]] = []
    run_start = run_end = None
    for offset, block in iter_blocks(text, max_chars):
        for m in re.finditer(r"[^\n]+", block):
            start, end = offset + m.start(), offset + m.end()
            if hint.search(lowered, start, end):
                if run_start is not None and start - run_end <= 2 and end - run_start <= max_chars:
                    run_end = end
                    continue
                if run_start is not None:
                    blocks.append((run_start, text[run_start:run_end]))
                run_start, run_end = start, end
    if run_start is not None:
        blocks.append((run_start, text[run_start:run_end]))
    return blocks


def extract(nlp, text: str) -> tuple[list[tuple[int, int]], list[Quantity], list[Mention], list[Frame | None]]:
    """Sentences (of the paragraphs that hold numbers), quantities, mentions
    and the syntactic frame of each quantity (offsets within its sentence) of a
    whole text, offsets in `text`."""
    sentences: list[tuple[int, int]] = []
    quantities: list[Quantity] = []
    mentions: list[Mention] = []
    frames: list[Frame | None] = []
    blocks = numeric_blocks(text)
    topic = text[:TOPIC_CHARS]

    def block_docs():
        for _, block in blocks:
            doc = nlp.make_doc(block)
            doc._.claims_topic = topic
            yield doc

    for (offset, _), doc in zip(blocks, nlp.pipe(block_docs())):
        sentences.extend((offset + start, offset + end) for start, end in sentence_spans(doc))
        base = len(quantities)
        quantities.extend(shift_quantity(q, offset) for q in doc._.claims_quantities)
        mentions.extend(shift_mention(m, offset, base) for m in doc._.claims_mentions)
        frames.extend(doc._.claims_frames or [None] * len(doc._.claims_quantities))
    return sentences, quantities, mentions, frames


def process_document(path: Path, corpus: Path, nlp, manifest: Manifest, max_bytes: int = DEFAULT_MAX_BYTES) -> DocumentResult:
    source = read_document(path, corpus, max_bytes=max_bytes)
    if source.status != "ok":
        return DocumentResult(_document_row(source, None, 0, 0), [], [])
    try:
        meta = apply_manifest(detect_metadata(source), manifest.rows.get(source.doc_path))
        excerpts = split_excerpts(source.text)
        sentences, quantities, mentions, frames = extract(nlp, source.text)
        claims, mention_records = assemble_claims(
            source.doc_id, source.doc_path, source.text, meta, excerpts, sentences, quantities, mentions, frames,
            pages=source.pages, footnote_markers=source.footnote_markers,
        )
    except Exception as exc:  # one document's bug must not cost the others
        source.status, source.error = "error", f"extraction failed ({type(exc).__name__}: {exc}); please report it"
        return DocumentResult(_document_row(source, None, 0, 0), [], [])
    return DocumentResult(_document_row(source, meta, len(claims), len(excerpts)), claims, mention_records)


def _document_row(source: SourceDocument, meta, n_claims: int, n_excerpts: int) -> dict:
    return {
        "doc_id": source.doc_id, "doc_path": source.doc_path,
        "title": meta.title if meta else None, "publisher": meta.publisher if meta else None,
        "url": meta.url if meta else None, "published": meta.published if meta else None,
        "pub_year": meta.pub_year if meta else None,
        "author": meta.author if meta else None, "metadata_source": meta.source_line() if meta else None,
        "text": source.text, "status": source.status, "error": source.error, "warning": source.warning,
        "file_format": source.file_format, "encoding": source.encoding, "size_bytes": source.size_bytes,
        "n_claims": n_claims, "n_excerpts": n_excerpts,
    }


# ---------------------------------------------------------------- batches

@dataclass(frozen=True)
class Plan:
    """One document to process: its path, its id (hash of its bytes, None if
    unreadable), and the earlier path with the same bytes, if any."""

    rel_path: str
    doc_id: str | None
    duplicate_of: str | None = None


@dataclass
class Settings:
    """What a worker needs to process a batch: plain, picklable values."""

    corpus: str
    model: str | None
    max_bytes: int
    manifest: Manifest
    cache_read: str | None = None  # the previous run's cache folder
    cache_write: str | None = None  # this run's cache folder (in the staging folder)
    analysis: bool = False  # also collect what figures and trends need
    taxonomy: dict | None = None  # a user's metric taxonomy (pipeline/taxonomy.py); None: the shipped one


@dataclass
class BatchResult:
    index: int
    rows: list[dict]
    claims: list[Claim]
    mentions: list[MentionRecord]
    processed: int = 0  # documents that went through the extractor
    reused: int = 0  # documents taken from the cache of an earlier run


_WORKER: dict = {}


def _nlp_for(model: str | None):
    """One pipeline per process, built on first use."""
    if _WORKER.get("model", object()) != model or "nlp" not in _WORKER:
        from .nlp import build_pipeline

        _WORKER["nlp"], _WORKER["model"] = build_pipeline(model), model
    return _WORKER["nlp"]


def process_batch(settings: Settings, index: int, batch: list[Plan]) -> BatchResult:
    """Process the documents of one batch, reusing cached results where the
    document, its path, its manifest row and the extractor are unchanged."""
    corpus = Path(settings.corpus)
    vocab.use_taxonomy(settings.taxonomy)  # a worker process learns the run's taxonomy with its batch
    cache_read = Path(settings.cache_read) if settings.cache_read else None
    cache_write = Path(settings.cache_write) if settings.cache_write else None
    result = BatchResult(index, [], [], [])
    for plan in batch:
        if plan.duplicate_of is not None:
            result.rows.append(_duplicate_row(corpus, plan))
            continue
        name = None
        if plan.doc_id is not None:
            name = cache.entry_name(plan.doc_id, plan.rel_path, settings.manifest.rows.get(plan.rel_path))
            cached = cache.load(cache_read, name)
            if cached is not None:
                row, claims, mentions = cached
                if cache_write is not None:
                    cache.carry(cache_read, cache_write, name)
                result.rows.append(row)
                result.claims.extend(claims)
                result.mentions.extend(mentions)
                result.reused += 1
                continue
        document = process_document(corpus / plan.rel_path, corpus, _nlp_for(settings.model), settings.manifest, settings.max_bytes)
        result.processed += 1
        if name is not None and cache_write is not None and document.row["status"] == "ok" and document.row["doc_id"] == plan.doc_id:
            cache.save(cache_write, name, document.row, document.claims, document.mentions)
        result.rows.append(document.row)
        result.claims.extend(document.claims)
        result.mentions.extend(document.mentions)
    return result


def _duplicate_row(corpus: Path, plan: Plan) -> dict:
    source = SourceDocument(doc_id=document_id(f"{plan.doc_id}:{plan.rel_path}".encode()), doc_path=plan.rel_path,
                            status="error", error=f"same bytes as {plan.duplicate_of}; its claims are listed under that document",
                            file_format=Path(plan.rel_path).suffix.lstrip(".").lower())
    try:
        source.size_bytes = (corpus / plan.rel_path).stat().st_size
    except OSError:
        pass
    return _document_row(source, None, 0, 0)


def plan_corpus(corpus: Path, paths: list[Path], max_bytes: int) -> list[Plan]:
    """Hash every file once: the hash is the document id and the cache key, and
    two files with the same bytes are one document."""
    import hashlib

    plans, first_path = [], {}
    for path in paths:
        rel = path.relative_to(corpus).as_posix()
        doc_id = None
        try:
            if path.stat().st_size <= max_bytes:
                digest = hashlib.sha256()
                with open(path, "rb") as handle:
                    for chunk in iter(lambda: handle.read(1 << 20), b""):
                        digest.update(chunk)
                doc_id = digest.hexdigest()[:16]
        except (OSError, RuntimeError):
            pass  # the reader reports why
        duplicate_of = first_path.get(doc_id) if doc_id else None
        if doc_id and duplicate_of is None:
            first_path[doc_id] = rel
        plans.append(Plan(rel, doc_id, duplicate_of))
    return plans


def batches_of(plans: list[Plan], jobs: int, batch_docs: int | None = None) -> list[list[Plan]]:
    """Batches small enough to keep every worker busy, large enough to amortise a task.

    In parallel the batches shrink as the corpus runs out (guided scheduling):
    early batches are large, the last ones a document or two, so that no
    process sits idle at the end while another finishes a large batch."""
    if batch_docs is None and jobs > 1:
        batches, start = [], 0
        while start < len(plans):
            size = max(1, min(8, -(-(len(plans) - start) // (4 * jobs))))
            batches.append(plans[start : start + size])
            start += size
        return batches
    size = batch_docs or max(1, min(32, -(-len(plans) // 4)))
    return [plans[i : i + size] for i in range(0, len(plans), size)]


# ---------------------------------------------------------------- the run

def run_corpus(corpus: Path, out_dir: Path, *, model: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               progress: bool = False, strict: bool = False, jobs: int = 1, engine: str = "local",
               scheduler: str | None = None, partition_by: str | None = None, incremental: bool = True,
               batch_docs: int | None = None, analysis: bool = False, taxonomy: dict | None = None) -> RunSummary:
    """Process every document under `corpus` and write the tables to `out_dir`;
    with `analysis`, also figures.parquet, trends.parquet and datapackage.json.
    `taxonomy`: a user's metric taxonomy (`taxonomy.load_taxonomy`) in place of
    the shipped one; it is written beside the tables as `_audit/taxonomy.json`."""
    previous_taxonomy = vocab.use_taxonomy(taxonomy)
    try:
        return _run_corpus(corpus, out_dir, model=model, max_bytes=max_bytes, progress=progress, strict=strict, jobs=jobs,
                           engine=engine, scheduler=scheduler, partition_by=partition_by, incremental=incremental,
                           batch_docs=batch_docs, analysis=analysis, taxonomy=taxonomy)
    finally:
        vocab.use_taxonomy(previous_taxonomy)


def _run_corpus(corpus: Path, out_dir: Path, *, model: str | None, max_bytes: int, progress: bool, strict: bool, jobs: int,
                engine: str, scheduler: str | None, partition_by: str | None, incremental: bool, batch_docs: int | None,
                analysis: bool, taxonomy: dict | None) -> RunSummary:
    from tqdm import tqdm

    started = time.perf_counter()
    corpus, out_dir = Path(corpus), Path(out_dir)
    if not corpus.is_dir():
        raise CorpusError(f"corpus folder not found: {corpus}")
    resolved_out = out_dir.resolve()
    for inside, what in ((corpus.resolve(), "the corpus folder"), (Path.cwd().resolve(), "the working folder")):
        if inside == resolved_out or resolved_out in inside.parents:
            raise CorpusError(f"the output folder {out_dir} holds {what}; give --out a folder of its own "
                              "(each run replaces its contents)")
    if partition_by not in (None, "pub_year"):
        raise CorpusError(f"cannot partition by {partition_by!r}: only pub_year is supported")
    if model is not None:
        try:
            _nlp_for(model)  # a wrong --model is the user's to fix before any document is read; kept for this process
        except ValueError as exc:
            raise CorpusError(str(exc)) from None
    manifest = load_manifest(corpus)
    paths = discover(corpus)
    pool = start_pool(jobs - 1, model) if engine == "local" and jobs > 1 and len(paths) > 1 else None
    plans = plan_corpus(corpus, paths, max_bytes)
    writer = TableWriter(out_dir, partition_by=partition_by)
    version = cache.extractor_version(model, taxonomy_digest(taxonomy))  # a changed taxonomy is a changed extractor
    previous_cache = out_dir / cache.CACHE_DIR / version
    settings = Settings(
        corpus=str(corpus.resolve()), model=model, max_bytes=max_bytes, manifest=manifest,
        cache_read=str(previous_cache) if incremental and previous_cache.is_dir() else None,
        cache_write=str(writer.staging / cache.CACHE_DIR / version) if incremental else None,
        analysis=analysis, taxonomy=taxonomy,
    )
    batches = batches_of(plans, jobs if engine == "local" else max(jobs, 4), batch_docs)
    summary = RunSummary(out_dir=out_dir)
    from .analysis import Aggregates

    aggregates = Aggregates() if analysis else None if analysis else None
    bar = tqdm(total=len(plans), desc="documents", unit="doc", disable=not progress)
    try:
        with relaxed_gc():
            if engine == "dask":
                results = _run_dask(settings, batches, writer, scheduler, jobs)
            elif pool is not None and len(batches) > 1:
                results = _run_pool(pool, settings, batches, jobs, spill_dir=writer.staging / SPILL_DIR)
            else:
                if pool is not None:
                    pool.shutdown(wait=False, cancel_futures=True)
                results = (process_batch(settings, i, batch) for i, batch in enumerate(batches))
            for result in results:
                if strict:
                    bad = next((r for r in result.rows if r["status"] != "ok"), None)
                    if bad is not None:
                        raise StrictError(f"{bad['doc_path']}: {bad['error']} (--strict: nothing was written)")
                if isinstance(result, PreparedBatch):
                    writer.write_tables(result.load_tables(), validated=True)
                    if aggregates is not None:
                        aggregates.members.extend(result.members)
                    n_claims = result.n_claims
                elif engine != "dask":
                    writer.write(result.rows, result.claims, result.mentions)
                    if aggregates is not None:
                        aggregates.add(result.claims)
                    n_claims = len(result.claims)
                else:
                    n_claims = len(result.claims)
                summary.documents += len(result.rows)
                summary.claims += n_claims
                summary.processed += result.processed
                summary.reused += result.reused
                summary.error_messages.extend(f"{r['doc_path']}: {r['error']}" for r in result.rows if r["status"] != "ok")
                bar.update(len(result.rows))
            if strict and manifest.problems:
                raise StrictError(f"{manifest.problems[0][0]}: {manifest.problems[0][1]} (--strict: nothing was written)")
            known = {p.rel_path for p in plans}
            problem_rows = [
                _document_row(SourceDocument(doc_id=document_id(f"manifest:{raw_path}".encode()), doc_path=raw_path,
                                             status="error", error=reason, file_format="manifest"), None, 0, 0)
                for raw_path, reason in manifest.problems if raw_path not in known
            ]
            if engine == "dask":
                if problem_rows:
                    _write_part(writer.staging, writer.partition_by, len(batches), problem_rows, [], [])
            else:
                writer.write(problem_rows, [], [])
            summary.documents += len(problem_rows)
            summary.error_messages.extend(f"{r['doc_path']}: {r['error']}" for r in problem_rows)
            writer.close()
            extra = _derived_files(writer.staging, aggregates if engine != "dask" else None, taxonomy) if analysis else {}
            extra[TAXONOMY_FILE] = taxonomy_json(taxonomy)
            writer.publish(extra_files=extra, drop=() if analysis else DERIVED_FILES)
    except KeyboardInterrupt:
        writer.abort()
        raise RunInterrupted(summary.documents, len(plans)) from None
    except BaseException:
        writer.abort()
        raise
    finally:
        bar.close()
    summary.errors = len(summary.error_messages)
    summary.seconds = time.perf_counter() - started
    return summary


# Written by `--analysis` (or `claims analyze`), not by a plain run: a tool that reads
# the output folder as one claims dataset would take their rows for claims, and
# fail on the JSON file.
DERIVED_FILES = ("figures.parquet", "trends.parquet", "datapackage.json")


def analyze_tables(tables: Path, taxonomy: dict | None = None) -> list[str]:
    """Write figures.parquet, trends.parquet and datapackage.json next to the
    claims in `tables` (each file replaced atomically); returns their names.
    `taxonomy` (default: the one the tables were made with) describes the
    metrics in the data package; claims of a metric it does not know are an
    error (they were made with another taxonomy)."""
    claims_path = Path(tables) / "claims.parquet"
    if not claims_path.exists():
        raise CorpusError(f"no claims.parquet under {tables}: run `claims run` first")
    taxonomy = taxonomy or taxonomy_of_tables(tables)
    known = set(metric_ids_of(taxonomy))
    found = set(table_dataset(claims_path).to_table(columns=["metric"]).column("metric").unique().to_pylist())
    if found - known:
        raise CorpusError(f"the claims under {tables} have metrics that the taxonomy "
                          f"{(taxonomy or {}).get('source', 'shipped')} does not know ({', '.join(sorted(found - known))}): "
                          "they were made with another taxonomy; run `claims run --taxonomy FILE` with this one")
    files = _derived_files(Path(tables), None, taxonomy)
    for name, data in files.items():
        write_file_atomic(Path(tables) / name, data)
    return sorted(files)


def _derived_files(folder: Path, aggregates, taxonomy: dict | None = None) -> dict[str, bytes]:
    """figures.parquet, trends.parquet and datapackage.json. Local runs have
    aggregated the claims as they streamed past; a distributed run reads them back."""
    import io

    import pyarrow.parquet as pq

    from . import analysis
    from .store import TABLES

    if aggregates is None:
        aggregates = analysis.Aggregates()
        for batch in table_dataset(folder / "claims.parquet").to_batches(columns=analysis.ANALYSIS_COLUMNS):
            aggregates.add(pa.Table.from_batches([batch]))
    files = {}
    schemas = dict(TABLES)
    for name, table in analysis.derived_tables(aggregates).items():
        sink = io.BytesIO()
        pq.write_table(table, sink, compression="zstd")
        files[f"{name}.parquet"] = sink.getvalue()
        schemas[name] = table.schema
    files["datapackage.json"] = analysis.datapackage_bytes(schemas, taxonomy or shipped_taxonomy())
    return files


@dataclass
class PreparedBatch:
    """A batch made ready for writing: validated Arrow tables, the compact
    tuples for figures and trends, and what the summary needs. From a worker
    process, `spilled` names an Arrow IPC file per table instead of `tables`."""

    index: int
    tables: dict
    members: list
    rows: list[dict]
    n_claims: int
    processed: int
    reused: int
    spilled: dict | None = None

    def load_tables(self) -> dict:
        """The tables, read back from a worker's spill files if it spilled them."""
        from .store import read_spilled

        return self.tables if self.spilled is None else read_spilled(self.spilled)


def prepare_batch(settings: Settings, index: int, batch: list[Plan], spill_dir: str | None = None) -> PreparedBatch:
    """Process and validate a batch. With `spill_dir` (in a worker process) the
    tables are written there as Arrow IPC files: a result of half a megabyte sent
    through the pool's pipe waits on the busy parent's result thread in 64 kB
    steps, and the worker would sit idle meanwhile."""
    from .analysis import Aggregates
    from .store import AUDIT_MENTIONS, batch_tables, spill_tables, validate

    result = process_batch(settings, index, batch)
    tables = batch_tables(result.rows, result.claims, result.mentions)
    validate(tables["documents"], tables["claims"], tables[AUDIT_MENTIONS])
    members = []
    if settings.analysis:
        aggregates = Aggregates()
        aggregates.add(result.claims)
        members = aggregates.members
    rows = [{k: r[k] for k in ("doc_path", "status", "error")} for r in result.rows]
    spilled = None
    if spill_dir is not None:
        spilled, tables = spill_tables(tables, Path(spill_dir), index), {}
    return PreparedBatch(index, tables, members, rows, len(result.claims), result.processed, result.reused, spilled)


@contextmanager
def relaxed_gc():
    """The extractor allocates many small records that live until their batch is
    written; Python's cyclic collector, run at its default thresholds, spends
    about a tenth of the time re-scanning them. Collect less often during a run."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _die_with_parent() -> None:
    """A worker left behind by a killed run would wait for work forever: ask
    Linux to end it when its parent dies (prctl PR_SET_PDEATHSIG; elsewhere a no-op)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM))  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _warm_worker(model: str | None) -> None:
    """Pool initializer: build the pipeline while the parent is still planning."""
    _die_with_parent()
    _nlp_for(model)
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)  # a worker process only ever runs batches


def start_pool(jobs: int, model: str | None):
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_warm_worker, initargs=(model,))
    for _ in range(jobs):
        pool.submit(int)  # start every worker now, not at the first batch
    return pool


def _run_pool(pool, settings: Settings, batches: list[list[Plan]], jobs: int, spill_dir: Path) -> Iterator[PreparedBatch]:
    """Batches shared between this process and `jobs - 1` worker processes,
    results in batch order.

    The workers are kept fed with a small window of batches; whenever the next
    result to write is not ready yet, this process takes the next unassigned
    batch itself instead of waiting. So `jobs` processes share `jobs` cores,
    and this one, which also writes every table, takes only the share its
    writing leaves it time for (a fixed share left the workers idle at the end).
    At most a few batches are in flight or buffered, so memory stays flat."""
    window = 2 * (jobs - 1)  # a batch running and one queued per worker
    ahead = 4 * jobs  # at most this many of its own batches waiting to be written
    submitted: dict[int, object] = {}  # batch index -> future of a worker
    done_here: dict[int, PreparedBatch] = {}  # batches this process ran, waiting for their turn
    next_batch = 0  # the first batch not yet given to anyone
    spill_dir.mkdir(parents=True, exist_ok=True)

    with pool:
        try:
            for index in range(len(batches)):
                while True:
                    while next_batch < len(batches) and len(submitted) < window:
                        submitted[next_batch] = pool.submit(prepare_batch, settings, next_batch, batches[next_batch], str(spill_dir))
                        next_batch += 1
                    if index in done_here:
                        yield done_here.pop(index)
                        break
                    if not submitted[index].done() and next_batch < len(batches) and len(done_here) < ahead:
                        done_here[next_batch] = prepare_batch(settings, next_batch, batches[next_batch])
                        next_batch += 1
                        continue
                    yield submitted.pop(index).result()
                    break
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        finally:
            shutil.rmtree(spill_dir, ignore_errors=True)  # empty by now, unless the run failed


def _write_part(folder: Path, partition_by: str | None, index: int, rows, claims, mentions) -> list[str]:
    """Write one batch as its own part files of the three datasets (Dask mode)."""
    from .store import AUDIT_MENTIONS, COMPRESSION, validate, write_partitioned

    documents_table = records_to_table(rows, DOCUMENTS_SCHEMA)
    claims_table = records_to_table(claims, CLAIMS_SCHEMA)
    mentions_table = records_to_table(mentions, MENTIONS_SCHEMA)
    validate(documents_table, claims_table, mentions_table)
    import pyarrow.parquet as pq

    for name, table in (("documents", documents_table), ("claims", claims_table), (AUDIT_MENTIONS, mentions_table)):
        if name == "claims" and partition_by:
            write_partitioned(table, folder / f"{name}.parquet", partition_by, index)
            continue
        parts = folder / f"{name}.parquet"
        parts.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, parts / f"part-{index:06d}.parquet", compression=COMPRESSION)
    return claims_table.column("claim_id").to_pylist()


def _dask_task(settings: Settings, index: int, batch: list[Plan], staging: str, partition_by: str | None) -> BatchResult:
    """On a Dask worker: process a batch and write its part of each table into the
    shared staging folder; only the small summary goes back to the client."""
    result = process_batch(settings, index, batch)
    claim_ids = _write_part(Path(staging), partition_by, index, result.rows, result.claims, result.mentions)
    return BatchResult(index, [{k: r[k] for k in ("doc_id", "doc_path", "status", "error")} for r in result.rows],
                       [claim_ids], [], result.processed, result.reused)


def _run_dask(settings: Settings, batches: list[list[Plan]], writer: TableWriter, scheduler: str | None, jobs: int) -> Iterator[BatchResult]:
    """Batches as tasks on a Dask cluster (an existing one at `scheduler`, or a
    LocalCluster). Every worker must see the corpus and the output folder at the
    same paths (a shared file system)."""
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = [client.submit(_dask_task, settings, i, batch, str(writer.staging), writer.partition_by, pure=False)
                   for i, batch in enumerate(batches)]
        seen: set = set()
        for future in futures:
            result = future.result()
            ids = result.claims[0] if result.claims else []
            duplicated = seen.intersection(ids)
            if duplicated:
                raise RuntimeError(f"duplicate claim ids across parts: {sorted(duplicated)[:5]} (a bug; please report it)")
            seen.update(ids)
            yield BatchResult(result.index, result.rows, [None] * len(ids), [], result.processed, result.reused)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
