"""Parallel, incremental, partitioned and distributed runs write the same tables."""
from __future__ import annotations

import subprocess
import sys

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from conftest import CORPUS, ROOT
from pipeline.runner import batches_of, run_corpus

TABLES = ("documents.parquet", "claims.parquet", "_audit/mentions.parquet")


def _corpus(root, n=9):
    corpus = root / "corpus"
    corpus.mkdir()
    for i in range(n):
        (corpus / f"doc{i}.txt").write_text(
            f"Report {i}\n\nAn estimated {i + 2},000 to {i + 5},000 workers earn up to {10 + i} percent less.\n\n"
            f"As many as {i + 1}00 children were not registered in {2000 + i}.\n", encoding="utf-8")
    return corpus


def _tables(out):
    return [pq.read_table(out / name) for name in TABLES]


def test_jobs_two_writes_the_same_tables_in_the_same_order(tmp_path):
    corpus = _corpus(tmp_path)
    run_corpus(corpus, tmp_path / "one", jobs=1, batch_docs=2)
    summary = run_corpus(corpus, tmp_path / "two", jobs=2, batch_docs=2)
    assert summary.documents == 9 and summary.processed == 9
    for one, two in zip(_tables(tmp_path / "one"), _tables(tmp_path / "two")):
        assert one.equals(two)


def test_jobs_two_with_guided_batches_keeps_the_order(tmp_path):
    # default batch sizes: this process takes batches out of turn while it waits
    corpus = _corpus(tmp_path, n=40)
    run_corpus(corpus, tmp_path / "one", jobs=1)
    summary = run_corpus(corpus, tmp_path / "two", jobs=2)
    assert summary.documents == 40 and summary.processed == 40
    for one, two in zip(_tables(tmp_path / "one"), _tables(tmp_path / "two")):
        assert one.equals(two)


@pytest.mark.parametrize("n_plans, jobs", [(1, 2), (7, 2), (197, 2), (1000, 4), (5, 1), (200, 1)])
def test_batches_cover_every_document_once_in_order(n_plans, jobs):
    plans = list(range(n_plans))
    batches = batches_of(plans, jobs)
    assert [p for batch in batches for p in batch] == plans
    sizes = [len(b) for b in batches]
    assert max(sizes) <= 32
    if jobs > 1:
        assert sizes == sorted(sizes, reverse=True) and sizes[-1] == 1  # guided: the last batches are small
        assert max(sizes) <= 8


def test_a_damaged_cache_entry_is_processed_again(tmp_path):
    corpus = _corpus(tmp_path, n=3)
    out = tmp_path / "out"
    run_corpus(corpus, out)
    entries = sorted((out / "_cache").rglob("*.json.gz"))
    data = bytearray(entries[0].read_bytes())
    data[len(data) // 2] ^= 0xFF  # a flipped byte: the gzip check fails
    entries[0].write_bytes(bytes(data))
    entries[1].write_bytes(entries[1].read_bytes()[:20])  # cut short by a crash
    summary = run_corpus(corpus, out)
    assert (summary.processed, summary.reused) == (2, 1)
    run_corpus(corpus, tmp_path / "fresh", incremental=False)
    for again, fresh in zip(_tables(out), _tables(tmp_path / "fresh")):
        assert again.equals(fresh)


def test_second_run_processes_only_the_changed_document(tmp_path):
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    first = run_corpus(corpus, out)
    assert (first.processed, first.reused) == (9, 0)
    again = run_corpus(corpus, out)
    assert (again.processed, again.reused) == (0, 9)
    (corpus / "doc4.txt").write_text("Now some 777 residents left.\n", encoding="utf-8")
    changed = run_corpus(corpus, out)
    assert (changed.processed, changed.reused) == (1, 8)
    fresh = tmp_path / "fresh"
    run_corpus(corpus, fresh, incremental=False)
    for incremental, full in zip(_tables(out), _tables(fresh)):
        assert incremental.equals(full)
    assert any(c["text"] == "some 777" for c in pq.read_table(out / "claims.parquet").to_pylist())
    # entries no run uses are dropped: one per current document
    assert len(list((out / "_cache").rglob("*.json.gz"))) == 9


def test_a_changed_manifest_row_is_processed_again(tmp_path):
    corpus = _corpus(tmp_path, n=3)
    out = tmp_path / "out"
    run_corpus(corpus, out)
    (corpus / "manifest.csv").write_text("path,title,publisher,url,published\ndoc1.txt,Renamed,Someone,,2019\n", encoding="utf-8")
    summary = run_corpus(corpus, out)
    assert (summary.processed, summary.reused) == (1, 2)
    docs = {d["doc_path"]: d for d in pq.read_table(out / "documents.parquet").to_pylist()}
    assert (docs["doc1.txt"]["title"], docs["doc1.txt"]["pub_year"]) == ("Renamed", 2019)


def test_identical_files_are_one_document(tmp_path):
    corpus = _corpus(tmp_path, n=2)
    (corpus / "zcopy.txt").write_bytes((corpus / "doc0.txt").read_bytes())
    summary = run_corpus(corpus, tmp_path / "out")
    docs = {d["doc_path"]: d for d in pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()}
    assert docs["zcopy.txt"]["status"] == "error" and "same bytes as doc0.txt" in docs["zcopy.txt"]["error"]
    assert summary.errors == 1


def test_partition_by_pub_year_holds_the_same_claims(tmp_path):
    run_corpus(CORPUS, tmp_path / "flat")
    run_corpus(CORPUS, tmp_path / "parts", partition_by="pub_year")
    flat = pq.read_table(tmp_path / "flat" / "claims.parquet").to_pylist()
    parts = ds.dataset(tmp_path / "parts" / "claims.parquet", format="parquet", partitioning="hive").to_table().to_pylist()
    key = lambda c: c["claim_id"]
    assert [c["claim_id"] for c in sorted(flat, key=key)] == [c["claim_id"] for c in sorted(parts, key=key)]
    years = {p.name for p in (tmp_path / "parts" / "claims.parquet").iterdir()}
    assert {"pub_year=2011", "pub_year=2020", "pub_year=2025"} <= years


def test_dask_local_cluster_with_two_workers_writes_the_same_tables(tmp_path):
    pytest.importorskip("dask.distributed")
    from dask.distributed import LocalCluster

    run_corpus(CORPUS, tmp_path / "local")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert len(cluster.workers) == 2
        summary = run_corpus(CORPUS, tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address, batch_docs=1)
    assert summary.documents == 5
    parts = list((tmp_path / "dask" / "claims.parquet").glob("part-*.parquet"))
    assert len(parts) == 5, "each task writes its own part"
    for name in TABLES:
        assert pq.read_table(tmp_path / "local" / name).equals(pq.read_table(tmp_path / "dask" / name))


def test_benchmark_runs_on_a_tiny_corpus(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--words", "3000", "--json", str(tmp_path / "b.json")],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    import json

    figures = json.loads((tmp_path / "b.json").read_text())
    assert figures["words"] >= 3000 and figures["pipeline_claims"] > 0
    for granularity in ("document", "paragraph"):
        assert figures[f"quantulum_{granularity}"]["words_per_second"] > 0 and figures[f"quantulum_{granularity}"]["speed_ratio"] > 0
    assert "words/s" in done.stdout and "peak memory" in done.stdout


def test_benchmark_compares_jobs_in_rounds(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--words", "12000", "--jobs", "2", "--rounds", "1",
                           "--no-quantulum", "--json", str(tmp_path / "b.json")],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    import json

    compared = json.loads((tmp_path / "b.json").read_text())["compare_jobs"]
    assert len(compared["rounds"]) == 1
    assert compared["median_speedup"] > 0 and compared["median_machine_speedup"] > 0
    assert "median over 1 rounds" in done.stdout


def _huge_corpus(root):
    """Two small documents around one made of every seed document, with a dash
    beyond Latin-1 (its text is a str of 2 bytes a character, as most real ones)."""
    corpus = _corpus(root, n=2)
    seed = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt")))
    (corpus / "doc1.txt").rename(corpus / "doc9.txt")
    (corpus / "doc1-big.txt").write_text("Annual report \u2014 all chapters\n\n" + seed, encoding="utf-8")
    return corpus


def _streamed(monkeypatch):
    import pipeline.batches as batches

    monkeypatch.setattr(batches, "STREAM_CHARS", 20_000)
    monkeypatch.setattr(batches, "SEGMENT_CHARS", 6_000)


def test_a_huge_document_written_in_pieces_gives_the_same_tables(tmp_path, monkeypatch):
    corpus = _huge_corpus(tmp_path)
    whole = run_corpus(corpus, tmp_path / "whole", jobs=1)
    _streamed(monkeypatch)
    pieces = run_corpus(corpus, tmp_path / "pieces", jobs=1)
    assert (pieces.documents, pieces.claims) == (whole.documents, whole.claims) and whole.claims > 50
    run_corpus(corpus, tmp_path / "pool", jobs=2, batch_docs=1)  # a forked worker streams too
    for one, two, three in zip(_tables(tmp_path / "whole"), _tables(tmp_path / "pieces"), _tables(tmp_path / "pool")):
        assert one.equals(two) and one.equals(three)
    # the big document's claims went out in several row groups, before its row
    assert pq.ParquetFile(tmp_path / "pieces" / "claims.parquet").num_row_groups >= 4
    # and it is not cached: an entry would hold it whole
    assert len(list((tmp_path / "pieces" / "_cache").rglob("*.json.gz"))) == 2


def test_a_huge_document_without_numbers_keeps_its_text(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path, n=1)
    (corpus / "words.txt").write_text("Words and more words \u2014 none of them a figure.\n\n" * 1_000, encoding="utf-8")
    run_corpus(corpus, tmp_path / "whole", jobs=1)
    _streamed(monkeypatch)
    run_corpus(corpus, tmp_path / "pieces", jobs=1)
    whole, pieces = (pq.read_table(tmp_path / out / "documents.parquet") for out in ("whole", "pieces"))
    assert whole.equals(pieces)
    rows = {r["doc_path"]: r for r in pieces.to_pylist()}
    assert rows["words.txt"]["status"] == "ok" and len(rows["words.txt"]["text"]) > 40_000
    assert rows["words.txt"]["n_claims"] == 0 and rows["doc0.txt"]["n_claims"] > 0


def test_a_huge_document_failing_midway_keeps_the_pieces_written(tmp_path, monkeypatch):
    import pipeline.batches as batches

    corpus = _huge_corpus(tmp_path)
    _streamed(monkeypatch)
    calls = []
    real = batches.assemble_claims

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 4:  # doc0, then two pieces of the big document
            raise RuntimeError("boom")
        return real(*args, **kwargs)

    monkeypatch.setattr(batches, "assemble_claims", failing)
    run_corpus(corpus, tmp_path / "out", jobs=1)
    rows = {r["doc_path"]: r for r in pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()}
    big = rows["doc1-big.txt"]
    assert big["status"] == "ok" and "extraction failed (RuntimeError: boom)" in big["warning"]
    claims = pq.read_table(tmp_path / "out" / "claims.parquet").to_pylist()
    big_claims = [c for c in claims if c["doc_path"] == "doc1-big.txt"]
    assert big["n_claims"] == len(big_claims) > 0
    assert f"after {len(big_claims):,} claims" in big["warning"]
    assert rows["doc9.txt"]["n_claims"] > 0  # the next document is read as usual
