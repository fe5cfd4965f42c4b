"""The README documents every column, and stays in step with the schemas."""
from __future__ import annotations

from conftest import ROOT
from pipeline.docs import render_readme
from pipeline.docs import all_tables


def test_data_dictionary_in_readme_is_current():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert render_readme(readme) == readme, "run `python scripts/make_data_dictionary.py`"


def test_every_column_is_described():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for schema in all_tables().values():
        for field in schema:
            assert f"| `{field.name}` |" in readme
            assert (field.metadata or {}).get(b"description"), field.name


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line.strip() for line in readme.splitlines() if "python -m pytest" in line)
    assert command in ci


def test_every_unit_dimension_is_in_the_data_dictionary():
    from pipeline import vocab
    from pipeline.docs import DIMENSIONS

    data = vocab.units()
    given = set(data["dimensions"].values()) | set(data["dimensionless"].values()) | set(data["extra_dimensions"])
    given |= {u["id"].split(":")[0] for u in data["unit"]} | {"data", "data_rate", "currency", "duration", "count", "times"}
    missing = given - set(DIMENSIONS)
    assert not missing, f"dimensions without a line in the data dictionary: {sorted(missing)}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f"| `{d}` |" in readme for d in DIMENSIONS)
