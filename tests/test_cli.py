"""The command line, end to end, on corpora built in the tests."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
from typer.testing import CliRunner

from conftest import ROOT
from pipeline.cli import app

runner = CliRunner()


def _bad_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "good.txt").write_text("An estimated 80,000 to 120,000 prisoners are held in camps.\n", encoding="utf-8")
    (corpus / "sub" / "nested.md").write_text("# Report 2020\n\nWorkers get one or two rest days per month.\n", encoding="utf-8")
    (corpus / "latin1.txt").write_bytes("Caf\xe9 owners paid up to 90 percent of wages \u2013 r\xe9sum\xe9.\n".encode("latin-1", "replace"))
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (corpus / "page.html").write_text(
        "<html><head><title>Page</title><script>document.write('999 zombies')</script></head>"
        "<body><article><p>As many as 30,000 children were not registered at birth in the region, officials say.</p>"
        "<p>The state earned $2.3 billion per year from the workers sent abroad by the government.</p></article></body></html>",
        encoding="utf-8")
    (corpus / "notes.csv").write_text("not,a,document\n", encoding="utf-8")
    return corpus


def test_run_writes_good_documents_and_reports_bad_ones(tmp_path):
    corpus = _bad_corpus(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(corpus), "--out", str(out)])
    assert result.exit_code == 3, result.output  # tables written, some documents could not be read
    docs = {r["doc_path"]: r for r in pq.read_table(out / "documents.parquet").to_pylist()}
    assert set(docs) == {"good.txt", "sub/nested.md", "latin1.txt", "empty.txt", "binary.txt", "page.html"}
    assert docs["empty.txt"]["status"] == "error" and "empty" in docs["empty.txt"]["error"]
    assert docs["binary.txt"]["status"] == "error" and "not a text file" in docs["binary.txt"]["error"]
    assert docs["latin1.txt"]["status"] == "ok" and docs["latin1.txt"]["encoding"] == "windows-1252"
    claims = pq.read_table(out / "claims.parquet").to_pylist()
    by_doc = {}
    for c in claims:
        by_doc.setdefault(c["doc_path"], []).append((c["value_low"], c["value_high"], c["unit"]))
    assert by_doc["good.txt"] == [(80000, 120000, "count")]
    assert by_doc["sub/nested.md"] == [(1, 2, "duration:day")]
    assert by_doc["latin1.txt"] == [(90, 90, "percent")]
    assert (30000, 30000, "count") in by_doc["page.html"] and (2.3e9, 2.3e9, "currency:USD") in by_doc["page.html"]
    assert not any(c["value_low"] == 999 for c in claims), "script text must not be read"
    # the summary line and the errors are printed
    assert re.search(r"6 documents, \d+ claims, 2 errors", result.output)
    assert "empty.txt" in result.output and "binary.txt" in result.output


def test_strict_makes_bad_documents_fatal(tmp_path):
    corpus = _bad_corpus(tmp_path)
    result = runner.invoke(app, ["run", str(corpus), "--out", str(tmp_path / "out"), "--strict"])
    assert result.exit_code == 1
    assert "binary.txt" in result.output and "nothing was written" in result.output
    assert not (tmp_path / "out").exists()


def test_missing_corpus_folder_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "corpus folder not found" in result.output
    assert not (tmp_path / "out").exists()


def test_python_dash_m_runs_the_same_command(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Some 300 residents were evacuated.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "1 documents, 1 claims, 0 errors" in done.stdout


def _commands_and_options():
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        yield name, command, [opt for p in command.params for opt in getattr(p, "opts", []) if opt.startswith("--")]


def test_every_command_and_option_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command, options in _commands_and_options():
        assert command.help, f"command {name} has no help"
        assert f"claims {name}" in readme, f"README does not document `claims {name}`"
        for param in command.params:
            assert getattr(param, "help", None), f"{name}: option {param.name} has no help"
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0
        for opt in options:
            assert opt in result.output
            assert opt in readme, f"README does not mention {name} {opt}"


def test_ctrl_c_before_the_first_document_is_reported_as_an_interruption(tmp_path, monkeypatch):
    """Ctrl-C while the model loads or workers start (before the run's own handler) exits 130 with
    a message that nothing was written, not a traceback."""
    import pipeline.runner

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.runner, "run_corpus", interrupted)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Some 300 residents left.\n", encoding="utf-8")
    result = runner.invoke(app, ["run", str(corpus), "--out", str(tmp_path / "out"), "--no-progress"])
    assert result.exit_code == 130
    assert "interrupted before any document" in result.output
    assert not (tmp_path / "out").exists()
