"""Quality gate: precision/recall floors on the shared gold sets.

The gold file and the NewsQuant benchmark are third-party or hand-made
reference data that stay in ../shared (never copied here); CI clones the
repository with shared/ beside it. The floors live in quality_floors.toml.
"""
from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tomllib

import pytest

from conftest import ROOT, SHARED

FLOORS = tomllib.loads((ROOT / "tests" / "quality_floors.toml").read_text(encoding="utf-8"))
needs_shared = pytest.mark.skipif(not (SHARED / "tools" / "score_claims.py").is_file(),
                                  reason="../shared (gold files and scorers) is not beside this checkout")


def _load_scorer():
    spec = importlib.util.spec_from_file_location("score_claims", SHARED / "tools" / "score_claims.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_shared
def test_seed_corpus_meets_the_floors(seed_out):
    scorer = _load_scorer()
    figures = scorer.score(scorer.load_claims(str(seed_out / "claims.parquet")), scorer.load_gold(str(SHARED / "gold" / "seeds.jsonl")))
    for name, floor in FLOORS["seed"].items():
        assert figures[name] >= floor, f"{name} {figures[name]:.3f} fell below {floor}"


@needs_shared
def test_newsquant_meets_the_floors(tmp_path):
    claims = ROOT / ".venv" / "bin" / "claims"
    command = f"{claims if claims.exists() else sys.executable + ' -m pipeline'} run {{corpus}} --out {{out}}"
    done = subprocess.run([sys.executable, str(SHARED / "tools" / "score_newsquant.py"), str(SHARED / "benchmarks" / "newsquant-dev.json"),
                           "--workdir", str(tmp_path), "--cmd", command], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    value = float(re.search(r"^value\s+P.*F1\s+([\d.]+)", done.stdout, re.M).group(1))
    change = float(re.search(r"^value\+change\s+P.*F1\s+([\d.]+)", done.stdout, re.M).group(1))
    unit = float(re.search(r"^value\+unit\s+P.*F1\s+([\d.]+)", done.stdout, re.M).group(1))
    concept = float(re.search(r"^concept\s+acc\s+([\d.]+)", done.stdout, re.M).group(1))
    assert value >= FLOORS["newsquant"]["value_f1"], done.stdout
    assert change >= FLOORS["newsquant"]["value_change_f1"], done.stdout
    assert unit >= FLOORS["newsquant"]["value_unit_f1"], done.stdout
    assert concept >= FLOORS["newsquant"]["concept"], done.stdout
