"""Rewrite the data dictionary in README.md from the tables' schemas.

    python scripts/make_data_dictionary.py

The column descriptions live in pipeline/store.py (as pyarrow field metadata);
tests/test_docs.py fails when README.md is out of date.
"""
from pathlib import Path

from pipeline.docs import render_readme

README = Path(__file__).resolve().parent.parent / "README.md"

if __name__ == "__main__":
    README.write_text(render_readme(README.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"updated the data dictionary in {README}")
