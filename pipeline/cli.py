"""Command line: a thin layer over pipeline.runner (and pipeline.analysis)."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

from .ingest import DEFAULT_MAX_BYTES

# Exit statuses: 0 all documents read; 3 tables written but some documents could
# not be read (they are error rows); 1 --strict stopped at a bad document;
# 2 the corpus folder is missing; 130 interrupted (nothing written).
EXIT_DOCUMENT_ERRORS = 3

app = typer.Typer(
    help="Extract numeric claims from a corpus of reports into Parquet tables.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

@app.callback()
def _commands() -> None:
    """Extract numeric claims from a corpus of reports into Parquet tables."""


# Options shared by several commands are declared once here.
OutOption = typer.Option(Path("outputs"), "--out", "-o", help="Folder for the Parquet tables (created if missing).")
TablesOption = typer.Option(Path("outputs"), "--tables", "-t", help="Folder holding the tables written by `claims run`.")


@app.command()
def run(
    corpus: Path = typer.Argument(Path("corpus"), help="Folder of .txt, .md, .html/.htm and .pdf files, read recursively. "
                                  "An optional CORPUS/manifest.csv (path,title,publisher,url,published) overrides detected metadata."),
    out: Path = OutOption,
    model: Optional[str] = typer.Option(None, "--model", help="A trained spaCy pipeline (package name or path) to use for "
                                        "sentences instead of the rule-based default."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Files larger than this are reported as errors, not read."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first document that cannot be read, write nothing, and exit with status 1."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes (0: one per core). The tables are the same, in the same order, for any value."),
    engine: str = typer.Option("local", "--engine", help="'local' (this machine) or 'dask' (a dask.distributed cluster; see --scheduler)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="With --engine dask: the scheduler address (tcp://host:8786). "
                                            "Without it a LocalCluster with --jobs workers is started."),
    partition_by: Optional[str] = typer.Option(None, "--partition-by", help="Write claims.parquet as a dataset partitioned by this column (pub_year)."),
    incremental: bool = typer.Option(True, "--incremental/--full", help="Re-process only documents whose bytes, manifest row or "
                                     "extractor version changed since the last run into --out (default), or everything."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Show a progress bar (default: only on a terminal)."),
) -> None:
    """Read every document under CORPUS and write documents.parquet, claims.parquet
    and mentions.parquet to --out."""
    from .runner import CorpusError, RunInterrupted, StrictError, run_corpus

    show_progress = sys.stderr.isatty() if progress is None else progress
    try:
        if engine not in ("local", "dask"):
            raise CorpusError(f"unknown engine {engine!r}: use local or dask")
        summary = run_corpus(corpus, out, model=model, max_bytes=max_bytes, progress=show_progress, strict=strict,
                             jobs=jobs or os.cpu_count() or 1, engine=engine, scheduler=scheduler,
                             partition_by=partition_by, incremental=incremental)
    except CorpusError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    except StrictError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    except RunInterrupted as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(130)
    for message in summary.error_messages:
        typer.echo(f"error: {message}", err=True)
    typer.echo(summary.line())
    if summary.errors:
        raise typer.Exit(EXIT_DOCUMENT_ERRORS)


def main() -> None:
    app()
