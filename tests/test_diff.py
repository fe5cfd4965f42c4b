"""`claims diff OLD NEW`: two runs of the seed corpus, one document edited and
one removed between them, list exactly the claims that changed."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import CORPUS
from pipeline.cli import app
from pipeline.diff import diff_claims
from pipeline.runner import run_corpus

runner = CliRunner()
EDITED = "001_f56f8a5068f84ed6.txt"
REMOVED = "004_2ff2a07c2231bd66.txt"
# (old text, new text): a revised figure, a new qualifier, a sentence dropped, a sentence added before the others
EDITS = [
    ("an estimated 80,000 to 120,000 prisoners", "an estimated 90,000 to 120,000 prisoners"),
    ("and sometimes up to 20 hours per day", "and sometimes about 20 hours per day"),
    ("Russian statistics showed that nearly 7,000 North Korean citizens arrived in Russia during the first quarter of 2020. ", ""),
    ("The DPRK holds an estimated", "Officials said that 4,000 prisoners were released during the year. The DPRK holds an estimated"),
]


@pytest.fixture(scope="module")
def two_runs(seed_out, tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("diff")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    text = (corpus / EDITED).read_text(encoding="utf-8")
    for old, new in EDITS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    (corpus / EDITED).write_text(text, encoding="utf-8")
    (corpus / REMOVED).unlink()
    run_corpus(corpus, root / "new", jobs=1)
    return seed_out, root / "new"


def test_diff_lists_exactly_the_changed_claims(two_runs, tmp_path):
    old, new = two_runs
    result = runner.invoke(app, ["diff", str(old), str(new), "--out", str(tmp_path / "changes.parquet")])
    assert result.exit_code == 0, result.output
    changes = pq.read_table(tmp_path / "changes.parquet").to_pylist()
    edited = sorted((c["change"], c["old_text"], c["new_text"], tuple(c["fields"])) for c in changes if c["doc_path"] == EDITED)
    assert edited == sorted([
        ("changed", "an estimated 80,000 to 120,000", "an estimated 90,000 to 120,000", ("value_low",)),
        ("changed", "up to 20 hours per day", "about 20 hours per day", ("qualifier",)),
        ("removed", "nearly 7,000", None, ()),
        ("added", None, "4,000", ()),
    ])
    gone = [c for c in changes if c["doc_path"] == REMOVED]
    old_claims = [c for c in pq.read_table(old / "claims.parquet").to_pylist() if c["doc_path"] == REMOVED]
    assert len(gone) == len(old_claims) > 0 and {c["change"] for c in gone} == {"removed"}
    assert {c["doc_path"] for c in changes} == {EDITED, REMOVED}, "the untouched documents have no changes"
    revised = next(c for c in changes if c["old_text"] == "an estimated 80,000 to 120,000")
    assert (revised["metric"], revised["old_value_low"], revised["new_value_low"]) == ("political_prisoners", 80000, 90000)
    assert "political_prisoners  1 added, 1 removed, 1 changed" in result.output
    assert "~ 001_f56f8a5068f84ed6.txt  'an estimated 80,000 to 120,000' -> 'an estimated 90,000 to 120,000'  (value_low)" in result.output


def test_a_run_compared_with_itself_has_no_changes(seed_out):
    result = runner.invoke(app, ["diff", str(seed_out), str(seed_out)])
    assert result.exit_code == 0 and result.output.startswith("no claims added, removed or changed")


def _claim(doc: str, sentence: str, start: int, text: str, low: float, high: float | None = None, **other) -> dict:
    return {"claim_id": f"{doc}{start}", "doc_path": doc, "pub_year": 2020, "sentence": sentence, "sentence_start": 0,
            "char_start": start, "text": text, "value_low": low, "value_high": high if high is not None else low,
            "unit": other.get("unit", "count"), "qualifier": other.get("qualifier", "exact"), "metric": other.get("metric", "other")}


def test_a_rewritten_sentence_is_not_the_same_sentence():
    old = [_claim("a.txt", "Police arrested 40 people in March.", 16, "40", 40)]
    new = [_claim("a.txt", "A survey of 1,000 households found nothing.", 12, "1,000", 1000)]
    kinds = sorted(r["change"] for r in diff_claims(old, new).to_pylist())
    assert kinds == ["added", "removed"]


def test_an_edited_sentence_pairs_its_claims_by_text_and_order():
    sentence = "Police arrested 40 people and fined 12 of them in March."
    old = [_claim("a.txt", sentence, 16, "40", 40), _claim("a.txt", sentence, 36, "12", 12)]
    edited = sentence.replace("40", "45")
    new = [_claim("a.txt", edited, 16, "45", 45), _claim("a.txt", edited, 36, "12", 12)]
    (row,) = diff_claims(old, new).to_pylist()
    assert (row["change"], row["old_text"], row["new_text"], row["fields"]) == ("changed", "40", "45", ["value_low", "value_high"])


def test_diff_of_a_folder_without_claims_is_an_error(tmp_path, seed_out):
    result = runner.invoke(app, ["diff", str(tmp_path), str(seed_out)])
    assert result.exit_code == 2 and "run `claims run` first" in result.output
