"""Schemas, validation and atomic writes."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import store
from pipeline.store import CLAIMS_SCHEMA, DOCUMENTS_SCHEMA, ValidationError, records_to_table, validate, write_tables


def _doc(text="Some 300 residents left."):
    return {"doc_id": "d1", "doc_path": "a.txt", "text": text, "status": "ok"}


def _claim(**changes):
    row = {"claim_id": "c1", "doc_id": "d1", "doc_path": "a.txt", "sentence": "Some 300 residents left.", "sentence_start": 0,
           "sentence_end": 24, "text": "Some 300", "char_start": 0, "char_end": 8, "value_low": 300.0, "value_high": 300.0,
           "qualifier": "approx", "unit": "count", "metric": "other", "scope": "total", "quantity_kind": "number",
           "paragraph_start": 0, "paragraph_end": 24}
    row.update(changes)
    return row


def test_tables_have_the_contract_columns_in_order():
    assert DOCUMENTS_SCHEMA.names[:10] == ["doc_id", "doc_path", "title", "publisher", "url", "published", "pub_year", "text", "status", "error"]
    assert CLAIMS_SCHEMA.field("pub_year").type == pa.int16() and CLAIMS_SCHEMA.field("published").type == pa.date32()
    assert DOCUMENTS_SCHEMA.field("text").type == pa.large_string()
    for name in ("claim_id", "doc_id", "doc_path", "source", "source_title", "published", "pub_year", "ref_year", "period_start",
                 "period_end", "sentence", "sentence_start", "sentence_end", "text", "char_start", "char_end", "value_low",
                 "value_high", "qualifier", "qualifier_text", "unit", "per", "subject", "metric", "location", "attribution", "direction"):
        assert name in CLAIMS_SCHEMA.names
    assert all(f.metadata and f.metadata.get(b"description") for f in CLAIMS_SCHEMA)


def test_validation_accepts_a_good_row():
    validate(records_to_table([_doc()], DOCUMENTS_SCHEMA), records_to_table([_claim()], CLAIMS_SCHEMA))


@pytest.mark.parametrize("changes,message", [
    ({"char_end": 9}, "does not match the document"),
    ({"value_low": 400.0}, "value_low 400.0 > value_high"),
    ({"qualifier": "roughly"}, "unknown qualifier"),
    ({"ref_year": 20}, "implausible ref_year"),
])
def test_validation_reports_bad_rows_with_where_they_are(changes, message):
    with pytest.raises(ValidationError, match=message) as info:
        validate(records_to_table([_doc()], DOCUMENTS_SCHEMA), records_to_table([_claim(**changes)], CLAIMS_SCHEMA))
    assert "a.txt [0:" in str(info.value)


def test_duplicate_claim_ids_are_refused():
    table = records_to_table([_claim(), _claim()], CLAIMS_SCHEMA)
    with pytest.raises(ValidationError, match="duplicate claim_id"):
        validate(records_to_table([_doc()], DOCUMENTS_SCHEMA), table)


def test_a_failed_write_leaves_the_previous_tables(tmp_path, monkeypatch):
    out = tmp_path / "out"
    old = {"documents": records_to_table([_doc()], DOCUMENTS_SCHEMA), "claims": records_to_table([_claim()], CLAIMS_SCHEMA)}
    write_tables(out, old)
    new_claims = records_to_table([_claim(claim_id="c2")], CLAIMS_SCHEMA)
    real_write = pq.write_table

    def failing_write(table, where, **kwargs):
        if str(where).endswith("claims.parquet"):
            raise OSError("disk full")
        return real_write(table, where, **kwargs)

    monkeypatch.setattr(store.pq, "write_table", failing_write)
    with pytest.raises(OSError):
        write_tables(out, {"documents": old["documents"], "claims": new_claims})
    assert pq.read_table(out / "claims.parquet").column("claim_id").to_pylist() == ["c1"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "no staging folder is left behind"


def test_foreign_files_move_aside_and_the_folder_stays_one_dataset(tmp_path):
    import pyarrow.dataset as ds

    out = tmp_path / "out"
    tables = {"documents": records_to_table([_doc()], DOCUMENTS_SCHEMA), "claims": records_to_table([_claim()], CLAIMS_SCHEMA)}
    write_tables(out, tables)
    (out / "err").write_text("a log redirected into the folder\n", encoding="utf-8")
    (out / "notes").mkdir()
    (out / "notes" / "mine.md").write_text("keep me\n", encoding="utf-8")
    write_tables(out, tables)
    assert (out / "_previous" / "err").read_text(encoding="utf-8").startswith("a log")
    assert (out / "_previous" / "notes" / "mine.md").read_text(encoding="utf-8") == "keep me\n"
    assert not (out / "err").exists()
    assert ds.dataset(out, format="parquet").to_table().num_rows == 2


def test_an_output_folder_that_holds_the_corpus_is_refused(tmp_path, monkeypatch):
    from pipeline.runner import CorpusError, run_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Some 300 residents left.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="holds the corpus folder"):
        run_corpus(corpus, tmp_path)
    monkeypatch.chdir(tmp_path / "corpus")
    with pytest.raises(CorpusError, match="holds"):
        run_corpus(corpus, Path("."))
