from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory) -> Path:
    """A fresh run of the pipeline over the seed corpus."""
    from pipeline.runner import run_corpus

    out = tmp_path_factory.mktemp("seed-out")
    run_corpus(CORPUS, out, analysis=True)
    return out


@pytest.fixture(scope="session")
def seed_tables(seed_out):
    return {
        "documents": pq.read_table(seed_out / "documents.parquet"),
        "claims": pq.read_table(seed_out / "claims.parquet"),
        "mentions": pq.read_table(seed_out / "_audit" / "mentions.parquet"),
    }
