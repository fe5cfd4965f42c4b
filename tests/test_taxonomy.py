"""A user's own metric taxonomy (`--taxonomy FILE.toml`): the worked example of
the README on its corpus, extending the shipped taxonomy, and each kind of bad
file refused with its line and exit status 2, before anything is written."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import EXAMPLE, ROOT
from pipeline import vocab
from pipeline.claims import metric_ids
from pipeline.cli import app
from pipeline.runner import run_corpus
from pipeline.taxonomy import TaxonomyError, load_taxonomy

runner = CliRunner()


def test_the_command_line_runs_the_worked_example_of_the_readme(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(EXAMPLE / "corpus"), "--out", str(out), "--jobs", "1",
                                 "--taxonomy", str(EXAMPLE / "taxonomy.toml")])
    assert result.exit_code == 0, result.output
    assert "trafficking_investigations" in set(pq.read_table(out / "claims.parquet").column("metric").to_pylist())


def _metrics(claims: list[dict], document: str, text: str, sentence_part: str) -> set[str]:
    """The metrics of the claims stating `text` in the sentences holding `sentence_part`."""
    return {c["metric"] for c in claims if c["doc_path"].startswith(document) and c["text"] == text and sentence_part in c["sentence"]}


# (document, figure as written, words of its sentence, metric): real sentences of the example corpus
EXAMPLE_CASES = [
    ("02_", "76", "authorities investigated 76 cases", "trafficking_investigations"),
    ("03_", "17", "17 trafficking investigations", "trafficking_investigations"),
    ("02_", "nine", "prosecuted nine cases", "trafficking_prosecutions"),
    ("02_", "six", "convicted six sex traffickers", "trafficking_convictions"),
    ("03_", "five", "five traffickers", "trafficking_convictions"),
    ("16_", "95", "95 sex trafficking victims", "victims_identified"),
    ("16_", "111", "111 victims", "victims_assisted"),
    ("02_", "approximately 800", "training to approximately 800", "officials_trained"),
    ("02_", "10 to 14 years", "prescribed penalties of 10 to 14 years", "prescribed_penalty"),
    ("06_", "four to 10 years", "four to 10 years", "prescribed_penalty"),
]


@pytest.mark.parametrize("document, text, sentence_part, metric", EXAMPLE_CASES)
def test_the_example_taxonomy_assigns_its_metrics_on_its_corpus(example_out, document, text, sentence_part, metric):
    claims = pq.read_table(example_out / "claims.parquet").to_pylist()
    assert _metrics(claims, document, text, sentence_part) == {metric}


def test_a_taxonomy_without_extends_replaces_the_shipped_one(example_out):
    claims = pq.read_table(example_out / "claims.parquet").to_pylist()
    own = {m["id"] for m in load_taxonomy(EXAMPLE / "taxonomy.toml")["metric"]}
    assert {c["metric"] for c in claims} <= own | {"other"}
    assert "penalty_years" not in {c["metric"] for c in claims}  # the shipped metric for prison terms is gone
    assert vocab.metrics() is vocab.load_toml("metrics.toml"), "the run puts the shipped taxonomy back"
    assert "political_prisoners" in metric_ids()


def test_the_tables_remember_their_taxonomy_for_the_commands_that_read_them(example_out):
    recorded = json.loads((example_out / "_audit" / "taxonomy.json").read_text(encoding="utf-8"))
    assert recorded["source"].endswith("taxonomy.toml") and recorded["metric"][0]["id"] == "trafficking_convictions"
    package = json.loads((example_out / "datapackage.json").read_text(encoding="utf-8"))
    assert [m["id"] for m in package["metrics"]][:2] == ["trafficking_convictions", "trafficking_prosecutions"]
    claims_fields = {f["name"]: f for f in next(r for r in package["resources"] if r["name"] == "claims")["schema"]["fields"]}
    assert "victims_identified" in claims_fields["metric"]["constraints"]["enum"]
    result = runner.invoke(app, ["trends", "trafficking_investigations", "--tables", str(example_out), "--scope", "all"])
    assert result.exit_code == 0, result.output
    assert "'76'" in result.output
    result = runner.invoke(app, ["trends", "political_prisoners", "--tables", str(example_out)])
    assert result.exit_code == 2 and "unknown metric" in result.output
    result = runner.invoke(app, ["trace", "victims_identified", "--tables", str(example_out)])
    stated = pq.read_table(example_out / "claims.parquet").column("metric").to_pylist().count("victims_identified")
    assert stated >= 4 and result.exit_code == 0 and result.output.startswith(f"{stated} claims state victims_identified"), \
        result.output


def test_analyze_with_another_taxonomy_than_the_claims_were_made_with_is_refused(example_out, tmp_path):
    before = (example_out / "datapackage.json").read_bytes()
    result = runner.invoke(app, ["analyze", "--tables", str(example_out), "--taxonomy", str(_extending(tmp_path))])
    assert result.exit_code == 2
    assert "trafficking_convictions" in result.output and "another taxonomy" in result.output
    assert (example_out / "datapackage.json").read_bytes() == before
    result = runner.invoke(app, ["analyze", "--tables", str(example_out), "--taxonomy", str(EXAMPLE / "taxonomy.toml")])
    assert result.exit_code == 0, result.output


def _extending(folder: Path) -> Path:
    path = folder / "extra.toml"
    path.write_text('extends = "default"\n\n[[metric]]\nid = "rest_day_count"\nlabel = "Rest days per month"\n'
                    'units = ["duration:day"]\nall = [["\\\\brest\\\\b"]]\n', encoding="utf-8")
    return path


def test_extends_default_puts_the_users_metrics_first_and_keeps_the_shipped_ones(tmp_path):
    taxonomy = load_taxonomy(_extending(tmp_path))
    ids = [m["id"] for m in taxonomy["metric"]]
    assert ids[0] == "rest_day_count" and "political_prisoners" in ids and "rest_days" in ids
    out = tmp_path / "out"
    run_corpus(ROOT / "corpus", out, jobs=1, taxonomy=taxonomy)
    metrics = {c["metric"] for c in pq.read_table(out / "claims.parquet").to_pylist()}
    assert "rest_day_count" in metrics and "rest_days" not in metrics  # the user's metric comes first
    assert "political_prisoners" in metrics  # the shipped ones still apply


def test_a_changed_taxonomy_is_a_changed_extractor_for_the_cache(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("In 2017, authorities investigated 76 cases.\n", encoding="utf-8")
    taxonomy_file = tmp_path / "t.toml"
    taxonomy_file.write_text('[[metric]]\nid = "cases"\nunits = ["count"]\nall = [["investigat"]]\n', encoding="utf-8")
    out = tmp_path / "out"
    first = run_corpus(corpus, out, jobs=1, taxonomy=load_taxonomy(taxonomy_file))
    again = run_corpus(corpus, out, jobs=1, taxonomy=load_taxonomy(taxonomy_file))
    assert (first.processed, again.processed, again.reused) == (1, 0, 1)
    taxonomy_file.write_text('[[metric]]\nid = "investigations"\nunits = ["count"]\nall = [["investigat"]]\n', encoding="utf-8")
    changed = run_corpus(corpus, out, jobs=1, taxonomy=load_taxonomy(taxonomy_file))
    assert changed.processed == 1
    assert pq.read_table(out / "claims.parquet").column("metric").to_pylist() == ["investigations"]
    shipped = run_corpus(corpus, out, jobs=1)
    assert shipped.processed == 1 and pq.read_table(out / "claims.parquet").column("metric").to_pylist() == ["other"]


def test_abroad_is_any_named_place_but_home(tmp_path):
    # "@abroad" holds for a place of places.txt, as written, that is not the taxonomy's home or one of its home_places
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("In 2017, 300 students studied in Vietnam.\n\nIn 2017, 200 students studied in Seoul.\n\n"
                                  "In 2017, 100 students studied in South Korea.\n\nIn 2017, 50 students studied in turkey farming.\n",
                                  encoding="utf-8")
    taxonomy_file = tmp_path / "t.toml"
    taxonomy_file.write_text('home = ["south korea"]\nhome_places = ["Seoul"]\n\n[[metric]]\nid = "students_abroad"\n'
                             'units = ["count"]\nall = [["students"], ["@abroad"]]\n', encoding="utf-8")
    run_corpus(corpus, tmp_path / "out", jobs=1, taxonomy=load_taxonomy(taxonomy_file))
    rows = pq.read_table(tmp_path / "out" / "claims.parquet").to_pylist()
    assert [(r["value_low"], r["metric"]) for r in rows] == [(300, "students_abroad"), (200, "other"), (100, "other"), (50, "other")]


GOOD_METRIC = '[[metric]]\nid = "cases"\nunits = ["count"]\nall = [["investigat"]]\n'
# (what is wrong, the file, the line the error names, words of the error)
BAD_FILES = [
    ("unknown key in a metric", GOOD_METRIC + 'pattern = ["x"]\n', 5, "unknown key 'pattern'"),
    ("unknown top-level key", 'version = 2\n' + GOOD_METRIC, 1, "unknown key 'version'"),
    ("invalid regular expression", GOOD_METRIC + '\n[[metric]]\nid = "victims"\nall = [["victims?"], ["identif(ied"]]\n', 8,
     "not a valid regular expression"),
    ("invalid pattern in none", '[[metric]]\nid = "cases"\nnone = ["[unclosed"]\n', 3, "not a valid regular expression"),
    ("duplicate id", GOOD_METRIC + '\n[[metric]]\nid = "cases"\nunits = ["percent"]\n', 7, "duplicate id 'cases' (first on line 2)"),
    ("id of the default when extending it", 'extends = "default"\n\n[[metric]]\nid = "political_prisoners"\n', 4,
     "duplicate id 'political_prisoners'"),
    ("not TOML", GOOD_METRIC + 'label = "unclosed\n', 5, "not valid TOML"),
    ("all is not a list of lists", '[[metric]]\nid = "cases"\nall = ["investigat"]\n', 3, "list of lists"),
    ("bad id", '[[metric]]\nid = "Cases Investigated"\n', 2, "id 'Cases Investigated'"),
    ("extends something else", 'extends = "other.toml"\n' + GOOD_METRIC, 1, "only \"default\""),
    ("bad scope", GOOD_METRIC + 'scope = "sentence"\n', 5, "scope 'sentence'"),
    ("home_places not a list", 'home_places = "Seoul"\n' + GOOD_METRIC, 1, "home_places must be a list"),
]


@pytest.mark.parametrize("what, text, line, words", BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_a_bad_taxonomy_file_names_its_line_exits_2_and_writes_nothing(tmp_path, what, text, line, words):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(path)
    assert caught.value.line == line, str(caught.value)
    assert words in caught.value.reason
    out = tmp_path / "out"
    for command in (["run", str(ROOT / "corpus"), "--out", str(out)], ["analyze", "--tables", str(out)]):
        result = runner.invoke(app, command + ["--taxonomy", str(path)])
        assert result.exit_code == 2, result.output
        assert re.search(rf"error: {re.escape(str(path))}:{line}: ", result.output), result.output
    assert not out.exists(), "nothing is written"


def test_a_missing_taxonomy_file_is_an_error_too(tmp_path):
    result = runner.invoke(app, ["run", str(ROOT / "corpus"), "--out", str(tmp_path / "out"), "--taxonomy", str(tmp_path / "none.toml")])
    assert result.exit_code == 2 and "none.toml: no such file" in result.output
    assert not (tmp_path / "out").exists()


def test_the_shipped_taxonomy_passes_its_own_checks(tmp_path):
    shipped = load_taxonomy(ROOT / "pipeline" / "data" / "metrics.toml")
    assert [m["id"] for m in shipped["metric"]] + ["other"] == metric_ids()


def test_worker_processes_use_the_runs_taxonomy(example_out, tmp_path):
    out = tmp_path / "out"
    run_corpus(EXAMPLE / "corpus", out, jobs=2, batch_docs=1, taxonomy=load_taxonomy(EXAMPLE / "taxonomy.toml"))
    assert (pq.read_table(out / "claims.parquet").column("metric").to_pylist()
            == pq.read_table(example_out / "claims.parquet").column("metric").to_pylist())
