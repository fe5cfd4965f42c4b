"""Quantitative-claims extraction: a corpus of reports in, Parquet tables of numeric claims out."""

__version__ = "0.1.0"
