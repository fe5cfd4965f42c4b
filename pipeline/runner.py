"""Run the stages over a corpus: ingest -> metadata -> spaCy components ->
claims -> store. Data flows one way; each document is processed in isolation.

Documents go through in batches (pipeline.batches), run where the engine
says (pipeline.engines: this process, a pool, a Dask cluster); this module
plans the run, writes the tables as batches come back and publishes them.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from . import cache, vocab
from .batches import Settings, batches_of, document_row, nlp_for, plan_corpus, process_batch
from .engines import SPILL_DIR, PreparedBatch, relaxed_gc, run_dask, run_pool, start_pool, write_part
from .ingest import DEFAULT_MAX_BYTES, SourceDocument, discover, document_id
from .metadata import load_manifest
from .taxonomy import TAXONOMY_FILE, metric_ids_of, shipped_taxonomy, taxonomy_digest, taxonomy_json, taxonomy_of_tables
from .store import TableWriter, table_dataset, write_file_atomic


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
            nlp_for(model)  # a wrong --model is the user's to fix before any document is read; kept for this process
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

    aggregates = Aggregates() if analysis else None
    bar = tqdm(total=len(plans), desc="documents", unit="doc", disable=not progress)
    try:
        with relaxed_gc():
            if engine == "dask":
                results = run_dask(settings, batches, writer, scheduler, jobs)
            elif pool is not None and len(batches) > 1:
                results = run_pool(pool, settings, batches, jobs, spill_dir=writer.staging / SPILL_DIR)
            else:
                if pool is not None:
                    pool.shutdown(wait=False, cancel_futures=True)
                results = (piece for i, batch in enumerate(batches) for piece in process_batch(settings, i, batch))
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
                    writer.write(result.rows, result.claims, result.mentions, result.texts)
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
                document_row(SourceDocument(doc_id=document_id(f"manifest:{raw_path}".encode()), doc_path=raw_path,
                                             status="error", error=reason, file_format="manifest"), None, 0, 0)
                for raw_path, reason in manifest.problems if raw_path not in known
            ]
            if engine == "dask":
                if problem_rows:
                    write_part(writer.staging, writer.partition_by, len(batches), problem_rows, [], [])
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


