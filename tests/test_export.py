"""Export: a Datasette-ready SQLite database (served by a real Datasette and
read in headless Chromium) and CSV files that read back equal to the tables."""
from __future__ import annotations

import json
import math
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import rendered_dom
from pipeline.analysis import estimates, read_claims
from pipeline.cli import app
from pipeline.export import SCHEMAS, plain_number, read_tables

runner = CliRunner()


@pytest.fixture(scope="module")
def database(seed_out, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sqlite") / "claims.db"
    result = runner.invoke(app, ["export", str(out), "--to", "sqlite", "--tables", str(seed_out)])
    assert result.exit_code == 0, result.output
    return out


def test_the_database_has_the_tables_with_types_keys_indexes_and_full_text_search(database, seed_out):
    db = sqlite3.connect(database)
    tables = {name for (name,) in db.execute("select name from sqlite_master where type = 'table'")}
    assert {"documents", "claims", "figures", "trends", "mentions", "claims_fts", "documents_fts"} <= tables
    for name in ("documents", "claims", "figures", "trends"):
        assert db.execute(f"select count(*) from {name}").fetchone()[0] == pq.read_table(seed_out / f"{name}.parquet").num_rows
    columns = {row[1]: row[2] for row in db.execute("pragma table_info(claims)")}
    assert (columns["value_low"], columns["pub_year"], columns["sentence"]) == ("REAL", "INTEGER", "TEXT")
    assert [(r[2], r[3], r[4]) for r in db.execute("pragma foreign_key_list(claims)")] == [("documents", "doc_id", "doc_id")]
    assert db.execute("pragma foreign_key_check").fetchall() == []
    indexed = {db.execute(f"pragma index_info('{name}')").fetchone()[2]
               for (name,) in db.execute("select name from sqlite_master where type = 'index' and tbl_name = 'claims'")}
    assert {"metric", "pub_year", "source"} <= indexed
    fts = db.execute("select sql from sqlite_master where name = 'claims_fts'").fetchone()[0]
    assert "FTS5" in fts and '"sentence"' in fts and '"subject"' in fts
    hits = db.execute("select claims.subject from claims_fts join claims on claims.rowid = claims_fts.rowid "
                      "where claims_fts match 'subject:workers'").fetchall()
    assert hits and all("workers" in subject.lower() for (subject,) in hits)
    (document,) = db.execute("select count(*) from documents_fts where documents_fts match '\"prison camps\"'").fetchone()
    assert document >= 1
    lists = db.execute("select claim_ids from figures limit 1").fetchone()[0]
    assert isinstance(json.loads(lists), list)


def test_the_datasette_metadata_describes_tables_and_columns_from_the_data_dictionary(database):
    metadata = json.loads((database.parent / "metadata.json").read_text(encoding="utf-8"))
    described = metadata["databases"]["claims"]["tables"]
    for name, schema in SCHEMAS.items():
        assert described[name]["description"]
        for field in schema:
            assert described[name]["columns"][field.name] == field.metadata[b"description"].decode()
    assert metadata["license"] and metadata["source"]
    assert {"estimates_by_year", "claims_of_a_figure", "claims_of_an_outlet"} <= set(metadata["databases"]["claims"]["queries"])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def datasette(database):
    """A real Datasette server over the exported database, on a free local port."""
    port = _free_port()
    log = open(database.parent / "datasette.log", "wb")
    server = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(database), "-m",
                               str(database.parent / "metadata.json"), "--host", "127.0.0.1", "--port", str(port)],
                              stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=1).read()
                break
            except OSError:
                if server.poll() is not None:
                    break
                time.sleep(0.2)
        else:
            pytest.fail("Datasette did not start in 30 s")
        assert server.poll() is None, (database.parent / "datasette.log").read_text()
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def _get(url: str):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def test_datasette_full_text_search_for_30000_returns_the_two_stateless_children_sentences(datasette, seed_out):
    rows = _get(f"{datasette}/claims/claims.json?_search={urllib.parse.quote('30,000')}&_shape=array")
    sentences = {r["sentence"] for r in rows}
    assert len(sentences) == 2
    assert all("30,000 children" in s and "stateless" in s for s in sentences)
    stated = read_claims(seed_out)
    assert sentences == set(stated[stated["text"].str.contains("30,000")]["sentence"])


def test_a_canned_query_returns_the_political_prisoner_estimates_by_year(datasette, seed_out):
    rows = _get(f"{datasette}/claims/estimates_by_year.json?metric=political_prisoners&_shape=array")
    expected = estimates(read_claims(seed_out), "political_prisoners")
    assert [(r["pub_year"], r["text"], r["value_low"], r["value_high"]) for r in rows] == \
        [(int(y), t, lo, hi) for y, t, lo, hi in zip(expected["pub_year"], expected["text"], expected["value_low"], expected["value_high"])]
    years = [r["pub_year"] for r in rows]
    assert years == sorted(years) and {2011, 2020} <= set(years)
    figure = _get(f"{datasette}/claims/claims_of_a_figure.json?figure=30000&_shape=array")
    assert len(figure) == 2 and all(r["metric"] == "stateless_children" for r in figure)


def test_the_datasette_page_shows_a_claims_sentence_in_headless_chromium(datasette, tmp_path):
    import html
    import re

    dom = rendered_dom(f"{datasette}/claims/claims?_search={urllib.parse.quote('30,000')}", tmp_path / "profile")
    cells = [html.unescape(re.sub(r"<[^>]+>", "", cell)) for cell in
             re.findall(r'<td class="col-sentence[^"]*"[^>]*>(.*?)</td>', dom, flags=re.S)]
    assert any(c.startswith("As many as 30,000 children born in China to North Korean women") for c in cells), cells


# ---------------------------------------------------------------- CSV

@pytest.mark.parametrize("bom", [False, True])
def test_the_csv_files_read_back_with_pandas_equal_the_parquet_tables_row_for_row(seed_out, tmp_path, bom):
    out = tmp_path / "csv"
    result = runner.invoke(app, ["export", str(out), "--to", "csv", "--tables", str(seed_out)] + (["--bom"] if bom else []))
    assert result.exit_code == 0, result.output
    for name, table in read_tables(seed_out).items():
        raw = (out / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") == bom
        assert b"\r\n" in raw and raw.count(b"\r\n") >= table.num_rows  # RFC 4180 line ends (more inside quoted text)
        back = pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig" if bom else "utf-8", keep_default_na=False, dtype=str)
        assert list(back.columns) == table.schema.names
        assert len(back) == table.num_rows
        for field in table.schema:
            for written, value in zip(back[field.name], table.column(field.name).to_pylist()):
                assert _same(written, value), (name, field.name, written, value)


def _same(written: str, value) -> bool:
    if value is None:
        return written == ""
    if isinstance(value, bool):
        return written == ("true" if value else "false")
    if isinstance(value, (int, float)):
        return "e" not in written.lower() and math.isclose(float(written), value, rel_tol=0, abs_tol=0)
    if isinstance(value, list):
        return json.loads(written) == value
    if hasattr(value, "isoformat"):
        return written == value.isoformat()
    return written == value


@pytest.mark.parametrize("value, text", [(2300000000.0, "2300000000"), (1e-05, "0.00001"), (66.67, "66.67"),
                                         (1.5e20, "150000000000000000000"), (-0.25, "-0.25"), (0.0, "0")])
def test_numbers_are_written_as_plain_decimals(value, text):
    assert plain_number(value) == text


def test_export_without_tables_is_an_error_and_writes_nothing(tmp_path):
    result = runner.invoke(app, ["export", str(tmp_path / "x.db"), "--to", "sqlite", "--tables", str(tmp_path / "none")])
    assert result.exit_code == 2 and "run `claims run` first" in result.output
    result = runner.invoke(app, ["export", str(tmp_path / "x.db"), "--to", "xlsx", "--tables", str(tmp_path)])
    assert result.exit_code == 2 and "use sqlite or csv" in result.output
    assert list(tmp_path.iterdir()) == []
