"""Where batches run: in this process, in a pool of worker processes
(`jobs > 1`), or as tasks on a Dask cluster, where each worker writes its own
part of the dataset. Whichever way, the tables come out the same, in the same
row order.
"""
from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .batches import BatchResult, Plan, Settings, nlp_for, process_batch
from .store import CLAIMS_SCHEMA, DOCUMENTS_SCHEMA, MENTIONS_SCHEMA, TableWriter, records_to_table

SPILL_DIR = "_spill"  # in the staging folder: worker tables on their way to the writer


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
    import pyarrow as pa

    from .analysis import Aggregates
    from .store import AUDIT_MENTIONS, batch_tables, spill_tables, validate

    aggregates = Aggregates()
    pieces: list[dict] = []
    rows: list[dict] = []
    n_claims = processed = reused = 0
    claim_ids: set = set()
    doc_ids: set = set()
    # a huge document comes in pieces: each becomes compact Arrow tables before the next is made
    for result in process_batch(settings, index, batch):
        tables = batch_tables(result.rows, result.claims, result.mentions)
        validate(tables["documents"], tables["claims"], tables[AUDIT_MENTIONS], claim_ids, doc_ids, result.texts)
        if settings.analysis:
            aggregates.add(result.claims)
        pieces.append(tables)
        rows.extend({k: r[k] for k in ("doc_path", "status", "error")} for r in result.rows)
        n_claims += len(result.claims)
        processed += result.processed
        reused += result.reused
    tables = pieces[0] if len(pieces) == 1 else {name: pa.concat_tables([t[name] for t in pieces]) for name in pieces[0]}
    spilled = None
    if spill_dir is not None:
        spilled, tables = spill_tables(tables, Path(spill_dir), index), {}
    return PreparedBatch(index, tables, aggregates.members, rows, n_claims, processed, reused, spilled)


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
    nlp_for(model)
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)  # a worker process only ever runs batches


def start_pool(jobs: int, model: str | None):
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_warm_worker, initargs=(model,))
    for _ in range(jobs):
        pool.submit(int)  # start every worker now, not at the first batch
    return pool


def run_pool(pool, settings: Settings, batches: list[list[Plan]], jobs: int, spill_dir: Path) -> Iterator[PreparedBatch]:
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


def write_part(folder: Path, partition_by: str | None, index: int, rows, claims, mentions,
               texts: dict[str, str] | None = None, piece: int = 0) -> list[str]:
    """Write one batch (or one piece of it: a huge document's) as its own part
    files of the three datasets (Dask mode); part names keep batch order."""
    from .store import AUDIT_MENTIONS, parquet_options, validate, write_partitioned

    documents_table = records_to_table(rows, DOCUMENTS_SCHEMA)
    claims_table = records_to_table(claims, CLAIMS_SCHEMA)
    mentions_table = records_to_table(mentions, MENTIONS_SCHEMA)
    validate(documents_table, claims_table, mentions_table, texts=texts)
    number = index * 1000 + piece
    import pyarrow.parquet as pq

    for name, table in (("documents", documents_table), ("claims", claims_table), (AUDIT_MENTIONS, mentions_table)):
        if name == "claims" and partition_by:
            write_partitioned(table, folder / f"{name}.parquet", partition_by, number)
            continue
        parts = folder / f"{name}.parquet"
        parts.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, parts / f"part-{number:09d}.parquet", **parquet_options(name, table.schema))
    return claims_table.column("claim_id").to_pylist()


def _dask_task(settings: Settings, index: int, batch: list[Plan], staging: str, partition_by: str | None) -> BatchResult:
    """On a Dask worker: process a batch and write its part of each table into the
    shared staging folder; only the small summary goes back to the client."""
    summary = BatchResult(index, [], [[]], [])
    for piece, result in enumerate(process_batch(settings, index, batch)):
        summary.claims[0].extend(write_part(Path(staging), partition_by, index, result.rows, result.claims, result.mentions,
                                            result.texts, piece))
        summary.rows.extend({k: r[k] for k in ("doc_id", "doc_path", "status", "error")} for r in result.rows)
        summary.processed += result.processed
        summary.reused += result.reused
    return summary


def run_dask(settings: Settings, batches: list[list[Plan]], writer: TableWriter, scheduler: str | None, jobs: int) -> Iterator[BatchResult]:
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
