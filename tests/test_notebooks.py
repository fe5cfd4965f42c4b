"""The notebooks, executed top to bottom with nbclient as a user runs them,
their parameters injected after the cell tagged `parameters` (as papermill
does). The notebooks assert nothing about a corpus: the checks are here,
reading the variables the notebook left behind, so that the same notebooks
run on the tables of any corpus."""
from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pyarrow.parquet as pq
from nbformat.v4 import new_code_cell

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
FILTER, ESTIMATES, TRACE = NOTEBOOKS


def execute(path: Path, tables: Path, probe: str, **parameters) -> dict:
    """Run the notebook on `tables` with `parameters`, then return what `probe`
    (a Python expression over the notebook's variables) evaluates to, as JSON."""
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    (index,) = [i for i, cell in enumerate(nb.cells) if "parameters" in cell.metadata.get("tags", [])]
    injected = f"TABLES = {str(tables)!r}\n" + "".join(f"{name} = {value!r}\n" for name, value in parameters.items())
    nb.cells.insert(index + 1, new_code_cell(injected, metadata={"tags": ["injected-parameters"]}))
    nb.cells.append(new_code_cell(f"import json as _json\nprint('PROBE' + _json.dumps({probe}, default=str))"))
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    assert all(cell.get("outputs") is not None for cell in nb.cells if cell.cell_type == "code")
    (line,) = [o["text"] for o in nb.cells[-1].outputs if o.get("name") == "stdout"]
    return json.loads(line.split("PROBE", 1)[1])


def test_there_are_three_notebooks_stored_without_outputs_each_with_a_parameters_cell():
    assert [p.name for p in NOTEBOOKS] == ["01_filter_claims.ipynb", "02_estimates_over_time.ipynb", "03_trace_a_figure.ipynb"]
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        code = [cell for cell in nb.cells if cell.cell_type == "code"]
        assert all(not cell.outputs and cell.execution_count is None for cell in code), f"{path.name} is stored with outputs"
        assert "parameters" in code[0].metadata.get("tags", []), f"{path.name}: the first code cell holds the parameters"
        assert not any("assert " in cell.source for cell in code), f"{path.name}: checks belong in the tests"


# ---------------------------------------------------------------- the seed figures, on outputs/

def test_filter_notebook_shows_the_state_departments_recent_prisoner_estimates(seed_out):
    seen = execute(FILTER, seed_out, "{'per_metric': per_metric.to_dict(), 'chosen': chosen[['pub_year', 'value_low', 'value_high']].values.tolist(), "
                   "'duckdb': len(by_duckdb)}",
                   METRIC="political_prisoners", SOURCE="United States Department of State", SINCE=2020)
    assert seen["per_metric"]["political_prisoners"] >= 6
    assert {tuple(row) for row in seen["chosen"]} == {(2020, 80000, 120000), (2025, 80000, 200000)}
    assert seen["duckdb"] == seen["per_metric"]["political_prisoners"]


def test_filter_notebook_finds_the_dandong_workers_with_duckdb_and_joins_titles(seed_out):
    seen = execute(FILTER, seed_out, "{'rows': by_duckdb[['value_low', 'ref_year', 'location']].values.tolist(), 'titles': joined.title.tolist()}",
                   METRIC="overseas_workers")
    assert [80000, 2022, "Dandong"] in seen["rows"]
    assert len(seen["titles"]) == len(seen["rows"]) and all(seen["titles"])


def test_estimates_notebook_shows_the_prisoner_estimates_year_by_year(seed_out):
    seen = execute(ESTIMATES, seed_out, "{'years': [int(y) for y in by_year.index], 'y2020': by_year.loc[2020, ['value_low', 'value_high']].tolist(), "
                   "'plotted': [(p.year, p.low, p.high) for p in plotted], 'places': sorted(set(subsets.place.dropna())), "
                   "'repeated': repeated[['metric', 'value_low', 'value_high']].values.tolist()}")
    assert seen["years"] == [2003, 2004, 2011, 2012, 2020, 2025]
    assert seen["y2020"] == [80000, 120000]
    assert [tuple(p) for p in seen["plotted"]] == [
        (2003, 200000, 200000), (2004, 200000, 200000), (2011, 150000, 200000),
        (2012, 200000, 200000), (2020, 80000, 120000), (2025, 80000, 200000)]
    assert {"China", "Dandong"} <= set(seen["places"])
    assert ["working_hours", 12, 16] in seen["repeated"]


def test_trace_notebook_finds_the_stateless_children_and_the_withheld_wages(seed_out):
    seen = execute(TRACE, seed_out, "{'years': hits.pub_year.tolist(), 'metrics': sorted(set(hits.metric)), "
                   "'ranged': sorted(set(ranged.metric)), 'n_ranged': len(ranged), 'marks': page.count('<mark'), 'script': '<script' in page}")
    assert seen["years"] == [2020, 2025] and seen["metrics"] == ["stateless_children"]
    assert seen["ranged"] == ["wage_withholding_pct"] and seen["n_ranged"] == seen["marks"] == 2
    assert not seen["script"]


# ---------------------------------------------------------------- another corpus, another taxonomy

def test_the_notebooks_run_unchanged_on_the_tables_of_another_corpus(example_out):
    claims = pq.read_table(example_out / "claims.parquet").to_pandas()
    busiest = claims[claims.metric != "other"].groupby("metric").size().sort_values(ascending=False).index[0]
    seen = execute(FILTER, example_out, "{'metric': METRIC, 'n': len(by_duckdb)}")
    assert seen == {"metric": busiest, "n": int((claims.metric == busiest).sum())}  # the default metric is not here: the busiest one is shown
    seen = execute(ESTIMATES, example_out, "{'metric': METRIC, 'metrics': sorted(set(totals.metric)), 'years': [int(y) for y in by_year.index]}")
    assert seen["metric"] == busiest and set(seen["metrics"]) <= {busiest}
    assert set(seen["years"]) <= set(claims.pub_year.dropna().astype(int))
    seen = execute(TRACE, example_out, "{'figure': FIGURE, 'n': len(hits), 'lows': sorted(set(hits.value_low))}")
    assert seen["n"] >= 2 and len(seen["lows"]) == 1  # the figure stated most often, every claim of it


def test_the_notebooks_take_their_metric_and_figure_as_parameters(example_out):
    seen = execute(ESTIMATES, example_out, "{'texts': totals.text.tolist(), 'metrics': sorted(set(totals.metric))}",
                   METRIC="trafficking_investigations")
    assert seen["metrics"] == ["trafficking_investigations"] and "76" in seen["texts"]
    seen = execute(TRACE, example_out, "{'texts': hits.text.tolist(), 'docs': hits.doc_path.tolist()}", FIGURE="76", RANGE="10 to 14 years")
    assert seen["texts"] == ["76"] and seen["docs"] == ["02_state_tip-2018-el-salvador.txt"]
