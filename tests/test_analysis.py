"""Figures, trends, chart, trace, data package and notebooks on the seed corpus."""
from __future__ import annotations

import json
import re

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import rendered_dom
from pipeline.analysis import draw_chart, figures_table, parse_query, read_claims, trace
from pipeline.claims import metric_ids
from pipeline.cli import app

runner = CliRunner()
SIX = [(2003, 200000, 200000, "Islamic Blogs"), (2004, 200000, 200000, "The Boston Globe"),
       (2011, 150000, 200000, "United States Department of State"), (2012, 200000, 200000, "Voice of America VOA News"),
       (2020, 80000, 120000, "United States Department of State"), (2025, 80000, 200000, "United States Department of State")]


def test_trends_command_lists_the_six_political_prisoner_estimates(seed_out):
    result = runner.invoke(app, ["trends", "political_prisoners", "--tables", str(seed_out)])
    assert result.exit_code == 0, result.output
    years = [int(line.split()[0]) for line in result.output.splitlines() if re.match(r"^\d{4}\s", line)]
    assert years == [2003, 2004, 2011, 2012, 2020, 2025]
    for text, source in (("'Up to 200,000'", "Islamic Blogs"), ("'Some 200,000'", "The Boston Globe"),
                         ("'An estimated 150,000 to 200,000'", "United States Department of State"),
                         ("'approximately two-hundred thousand'", "Voice of America VOA News"),
                         ("'an estimated 80,000 to 120,000'", "United States Department of State"),
                         ("'an estimated 80,000 to 200,000'", "United States Department of State")):
        assert any(text in line and source in line for line in result.output.splitlines()), (text, source)


def test_trends_table_holds_each_year_with_its_sources(seed_out):
    trends = pq.read_table(seed_out / "trends.parquet").to_pylist()
    rows = [(r["year"], r["value_low"], r["value_high"], r["sources"]) for r in trends if r["metric"] == "political_prisoners"]
    assert [(y, lo, hi, s[0]) for y, lo, hi, s in rows] == SIX


def test_chart_plots_the_estimates(seed_out, tmp_path):
    out = tmp_path / "pp.png"
    result = runner.invoke(app, ["chart", "political_prisoners", "--out", str(out), "--tables", str(seed_out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 20_000
    fig, plotted = draw_chart(read_claims(seed_out), "political_prisoners")
    assert [(p.year, p.low, p.high, p.source) for p in plotted] == SIX
    ax = fig.axes[0]
    # the figure's own data: vertical bars for ranges, markers for points and bounds
    bars = sorted((round(seg[0][0]), seg[0][1], seg[1][1]) for c in ax.collections if c.get_gid() == "range" for seg in c.get_segments())
    assert bars == [(2011, 150000, 200000), (2020, 80000, 120000), (2025, 80000, 200000)]
    points = sorted((round(line.get_xdata()[0]), line.get_ydata()[0]) for line in ax.lines if line.get_gid() == "point")
    assert points == [(2004, 200000), (2012, 200000)]
    uppers = [(round(line.get_xdata()[0]), line.get_ydata()[0]) for line in ax.lines if line.get_gid() == "upper"]
    assert uppers == [(2003, 200000)]
    labels = " ".join(t.get_text() for t in ax.texts)
    assert all(source in labels for *_, source in SIX)
    svg = tmp_path / "pp.svg"
    assert runner.invoke(app, ["chart", "political_prisoners", "--out", str(svg), "--tables", str(seed_out)]).exit_code == 0
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")


@pytest.mark.parametrize("query", ["30,000", "30000"])
def test_trace_finds_the_stateless_children_and_nothing_else(seed_out, query):
    result = runner.invoke(app, ["trace", query, "--tables", str(seed_out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"2 claims state {query}")
    assert "2020-06-25" in result.output and "2025" in result.output
    assert result.output.count("stateless_children") == 2
    assert "[[As many as 30,000]] children born in China" in result.output


@pytest.mark.parametrize("query", ["70-90 percent", "70-90%"])
def test_trace_finds_the_wage_withholding_claims(seed_out, query):
    hits = trace(read_claims(seed_out), parse_query(query, metric_ids()))
    assert list(hits.metric) == ["wage_withholding_pct", "wage_withholding_pct"]
    assert list(hits.text) == ["70-90 percent", "between 70 percent and 90 percent"]


def test_trace_by_metric_and_by_range(seed_out):
    claims = read_claims(seed_out)
    assert list(trace(claims, parse_query("80,000 to 120,000", metric_ids())).pub_year) == [2020]
    by_metric = trace(claims, parse_query("stateless_children", metric_ids()))
    assert len(by_metric) == 2 and set(by_metric.metric) == {"stateless_children"}
    with pytest.raises(ValueError):
        parse_query("no figure here", metric_ids())


def test_trace_page_opens_in_headless_chromium_with_the_figures_highlighted(seed_out, tmp_path):
    page = tmp_path / "trace.html"
    result = runner.invoke(app, ["trace", "30,000", "--tables", str(seed_out), "--html", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "http" not in html.split("<body>")[1]
    dom = rendered_dom(page.as_uri(), tmp_path / "profile")
    marks = re.findall(r'<mark data-claim-id="([0-9a-f]+)">(.*?)</mark>', dom)
    claims = {c["claim_id"]: c for c in pq.read_table(seed_out / "claims.parquet").to_pylist()}
    assert len(marks) == 2
    for claim_id, text in marks:
        assert text == claims[claim_id]["text"]
    years = re.findall(r'<span class="date">([^<]+)</span>', dom)
    assert years == sorted(years), "hits are sorted by date"


def test_figures_group_the_same_figure_across_documents(seed_out):
    figures = pq.read_table(seed_out / "figures.parquet").to_pylist()
    hours = [f for f in figures if f["metric"] == "working_hours" and (f["value_low"], f["value_high"]) == (12, 16)]
    assert len(hours) == 1
    (hours,) = hours
    assert (hours["first_year"], hours["last_year"], hours["n_claims"]) == (2020, 2025, 3)
    assert hours["n_sources"] == 2 and len(hours["claim_ids"]) == 3
    assert all(f["metric"] != "other" for f in figures)
    assert figures_table(read_claims(seed_out)).equals(pq.read_table(seed_out / "figures.parquet"))


def test_datapackage_validates_against_the_frictionless_schema(seed_out):
    from frictionless import Package

    descriptor = json.loads((seed_out / "datapackage.json").read_text(encoding="utf-8"))
    report = Package.validate_descriptor(descriptor)
    assert report.valid, report.flatten(["type", "note"])
    names = {r["name"]: r for r in descriptor["resources"]}
    assert set(names) == {"documents", "claims", "mentions", "figures", "trends"}
    for resource in names.values():
        assert (seed_out / resource["path"]).exists()
        table = pq.read_table(seed_out / resource["path"])
        assert [f["name"] for f in resource["schema"]["fields"]] == table.column_names
        assert all(f["description"] for f in resource["schema"]["fields"])
    types = {f["name"]: f["type"] for f in names["claims"]["schema"]["fields"]}
    assert (types["value_low"], types["pub_year"], types["published"], types["text"]) == ("number", "integer", "date", "string")


def test_a_plain_run_leaves_the_folder_readable_as_one_claims_dataset(tmp_path):
    import pyarrow.dataset as ds

    from pipeline.runner import run_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The state holds an estimated 80,000 to 120,000 prisoners in political prison camps.\n", encoding="utf-8")
    out = tmp_path / "out"
    run_corpus(corpus, out)
    assert not any((out / name).exists() for name in ("figures.parquet", "trends.parquet", "datapackage.json"))
    assert ds.dataset(out, format="parquet").to_table().num_rows == 2  # the claim, and the documents row
    result = runner.invoke(app, ["analyze", "--tables", str(out)])
    assert result.exit_code == 0, result.output
    assert pq.read_table(out / "figures.parquet").column("metric").to_pylist() == ["political_prisoners"]
    run_corpus(corpus, out)
    assert not (out / "figures.parquet").exists(), "a plain run drops derived files that no longer match the claims"
