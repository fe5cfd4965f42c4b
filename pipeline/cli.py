"""Command line: a thin layer over pipeline.runner (and pipeline.analysis)."""
from __future__ import annotations

import os
import sys
from itertools import groupby
from pathlib import Path
from typing import NoReturn, Optional

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


def _fail(problem) -> NoReturn:
    """End a command that cannot go on with the user's input: one line, exit status 2."""
    typer.echo(f"error: {problem}", err=True)
    raise typer.Exit(2)


# Options shared by several commands are declared once here.
OutOption = typer.Option(Path("outputs"), "--out", "-o", help="Folder for the Parquet tables (created if missing).")
TablesOption = typer.Option(Path("outputs"), "--tables", "-t", help="Folder holding the tables written by `claims run`.")
TaxonomyOption = typer.Option(None, "--taxonomy", help="Your own metric taxonomy, in the format of pipeline/data/metrics.toml: "
                              "it replaces the shipped one, or extends it when it says extends = \"default\".")


def _taxonomy(path: Optional[Path]):
    """The user's taxonomy, checked; a bad file ends the command with status 2 before anything is written."""
    if path is None:
        return None
    from .taxonomy import TaxonomyError, load_taxonomy

    try:
        return load_taxonomy(path)
    except TaxonomyError as exc:
        _fail(exc)


@app.command()
def run(
    corpus: Path = typer.Argument(Path("corpus"), help="Folder of .txt, .md, .html/.htm and .pdf files, read recursively. "
                                  "An optional CORPUS/manifest.csv (path,title,publisher,url,published) overrides detected metadata."),
    out: Path = OutOption,
    model: Optional[str] = typer.Option(None, "--model", help="A trained spaCy pipeline (package name or path) to use for "
                                        "sentences instead of the rule-based default."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Files larger than this are reported as errors, not read."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first document that cannot be read, write nothing, and exit with status 1."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Processes to use: this one and N-1 workers (0: one per core). The tables are the same, in the same order, for any value."),
    engine: str = typer.Option("local", "--engine", help="'local' (this machine) or 'dask' (a dask.distributed cluster; see --scheduler)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="With --engine dask: the scheduler address (tcp://host:8786). "
                                            "Without it a LocalCluster with --jobs workers is started."),
    partition_by: Optional[str] = typer.Option(None, "--partition-by", help="Write claims.parquet as a dataset partitioned by this column (pub_year)."),
    incremental: bool = typer.Option(True, "--incremental/--full", help="Re-process only documents whose bytes, manifest row or "
                                     "extractor version changed since the last run into --out (default), or everything."),
    analysis: bool = typer.Option(False, "--analysis", help="Also write figures.parquet, trends.parquet and datapackage.json "
                                  "(the same as running `claims analyze` afterwards)."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Show a progress bar (default: only on a terminal)."),
    taxonomy: Optional[Path] = TaxonomyOption,
) -> None:
    """Read every document under CORPUS and write documents.parquet, claims.parquet
    and mentions.parquet to --out."""
    from .runner import CorpusError, RunInterrupted, StrictError, run_corpus

    show_progress = sys.stderr.isatty() if progress is None else progress
    metrics = _taxonomy(taxonomy)
    try:
        if engine not in ("local", "dask"):
            raise CorpusError(f"unknown engine {engine!r}: use local or dask")
        summary = run_corpus(corpus, out, model=model, max_bytes=max_bytes, progress=show_progress, strict=strict,
                             jobs=jobs or _usable_cores(), engine=engine, scheduler=scheduler,
                             partition_by=partition_by, incremental=incremental, analysis=analysis, taxonomy=metrics)
    except CorpusError as exc:
        _fail(exc)
    except StrictError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    except RunInterrupted as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(130)
    except KeyboardInterrupt:
        # before the first document (loading the model, starting workers): nothing was written either
        typer.echo("interrupted before any document was read; no tables were written, the previous outputs are unchanged", err=True)
        raise typer.Exit(130)
    for message in summary.error_messages:
        typer.echo(f"error: {message}", err=True)
    typer.echo(summary.line())
    if summary.errors:
        raise typer.Exit(EXIT_DOCUMENT_ERRORS)


@app.command()
def analyze(tables: Path = TablesOption, taxonomy: Optional[Path] = TaxonomyOption) -> None:
    """Write figures.parquet (figures repeated across documents), trends.parquet
    (estimates per metric and year) and datapackage.json (a Frictionless Data
    Package describing every table and the metrics) next to the tables of
    `claims run`. The metrics are those of the taxonomy the tables were made
    with, or --taxonomy's."""
    from .runner import CorpusError, analyze_tables

    metrics = _taxonomy(taxonomy)
    try:
        written = analyze_tables(tables, metrics)
    except CorpusError as exc:
        _fail(exc)
    typer.echo(f"wrote {', '.join(written)} -> {tables}")


def _claims(tables: Path):
    from .analysis import read_claims

    try:
        return read_claims(tables)
    except FileNotFoundError as exc:
        _fail(exc)


def _metric_ids(tables: Path) -> list[str]:
    """The metrics of the taxonomy the tables were made with."""
    from .taxonomy import metric_ids_of, taxonomy_of_tables

    return metric_ids_of(taxonomy_of_tables(tables))


def _check_metric(metric: str, tables: Path) -> None:
    known = _metric_ids(tables)
    if metric not in known:
        _fail(f"unknown metric {metric!r}; metrics: {', '.join(known)}")


IncludeVague = typer.Option(False, "--include-vague", help="Also count vague magnitudes ('hundreds of thousands') as estimates.")
ScopeOption = typer.Option("total", "--scope", help="Which estimates: 'total' (for the whole population, the default), "
                           "'subset' (restricted to a place, a group or a part; grouped by place), 'individual' "
                           "(one person or case) or 'all'.")


def _check_scope(scope: str) -> None:
    from .analysis import SCOPE_CHOICES

    if scope not in SCOPE_CHOICES:
        _fail(f"unknown scope {scope!r}; scopes: {', '.join(SCOPE_CHOICES)}")


@app.command()
def trends(
    metric: str = typer.Argument(..., help="A metric id from the taxonomy (pipeline/data/metrics.toml), e.g. political_prisoners."),
    tables: Path = TablesOption,
    include_vague: bool = IncludeVague,
    scope: str = ScopeOption,
) -> None:
    """Print, year by year, the published estimates of METRIC: the lowest low,
    the highest high and the medians, each estimate as written and its source.
    An estimate ten times away from the others of nearby years is marked
    [outlier] and left out of its year's span."""
    from .analysis import estimates, format_value

    _check_metric(metric, tables)
    _check_scope(scope)
    chosen = estimates(_claims(tables), metric, include_vague, scope)
    if chosen.empty:
        hint = " (estimates restricted to a place or group are under --scope subset)" if scope == "total" else ""
        typer.echo(f"no published {'' if scope == 'all' else scope + ' '}estimates for {metric}{hint}")
        return
    places = chosen["place"].fillna("place not named") if scope == "subset" else chosen["place"].fillna("")
    for (place, unit), series in chosen.groupby([places, "unit"], sort=True):
        if place:
            typer.echo(f"{place}:")
        for year, group in series.groupby("pub_year", sort=True):
            typical = group[~group["outlier"]]
            if typical.empty:
                line = "only an outlier"
            else:
                low, high = typical["value_low"].min(), typical["value_high"].max()
                line = format_value(low, high, unit)
                if len(typical) > 2:
                    line += f"   median {format_value(typical['value_low'].median(), typical['value_high'].median(), unit)}"
            typer.echo(f"{int(year)}  {line}")
            for _, r in group.iterrows():
                source = r["source"] if isinstance(r["source"], str) else "unknown source"
                flag = "  [outlier]" if r["outlier"] else ""
                detail = f"  [{r['scope']}: {r['scope_detail']}]" if scope == "all" and isinstance(r.get("scope_detail"), str) else ""
                typer.echo(f"      {r['text']!r:45}  {source}  ({r['doc_path']}){flag}{detail}")


@app.command()
def chart(
    metric: str = typer.Argument(..., help="A metric id from the taxonomy, e.g. political_prisoners."),
    out: Path = typer.Option(..., "--out", "-o", help="The image to write: FILE.png or FILE.svg."),
    tables: Path = TablesOption,
    include_vague: bool = IncludeVague,
    scope: str = ScopeOption,
    title: Optional[str] = typer.Option(None, "--title", help="The chart's headline (default: 'Published estimates: METRIC')."),
) -> None:
    """Draw the published estimates of METRIC over time: one bar per range, a
    dot per figure, an arrow per bound, each labelled with its source; an
    outlier hollow; with --scope subset, one panel per place."""
    from .analysis import draw_chart, save_chart

    _check_metric(metric, tables)
    _check_scope(scope)
    try:
        fig, plotted = draw_chart(_claims(tables), metric, include_vague, title, scope)
        save_chart(fig, out)
    except ValueError as exc:
        _fail(exc)
    typer.echo(f"{len(plotted)} estimates from {len({p.year for p in plotted})} years -> {out}")


@app.command()
def trace(
    query: str = typer.Argument(..., help="A figure as you would type it (30,000  30000  70-90%  '80,000 to 120,000') or a metric id."),
    tables: Path = TablesOption,
    html_out: Optional[Path] = typer.Option(None, "--html", help="Also write one self-contained page (no scripts, no network) with each hit in its paragraph."),
    corpus: Path = typer.Option(Path("corpus"), "--corpus", help="With --html: the corpus folder the tables were made from, "
                                "so that each hit links to its file (a PDF opens at the claim's page)."),
) -> None:
    """List every claim that states QUERY: the figure as written, source, date,
    document, offsets, and the sentence with the figure marked [[like this]]."""
    import pyarrow.parquet as pq

    from .analysis import marked_sentence, page_reference, parse_query, trace as find, trace_html

    claims = _claims(tables)
    try:
        parsed = parse_query(query, _metric_ids(tables))
    except ValueError as exc:
        _fail(exc)
    hits = find(claims, parsed)
    typer.echo(f"{len(hits)} claims state {query}")
    for _, r in hits.iterrows():
        date = r["published"].isoformat() if hasattr(r["published"], "isoformat") else (int(r["pub_year"]) if r["pub_year"] == r["pub_year"] else "date unknown")
        source = r["source"] if isinstance(r["source"], str) else "unknown source"
        page = page_reference(r)
        where = f"{r['doc_path']}, {page}" if page else r["doc_path"]
        typer.echo(f"\n{r['text']!r}  {source}, {date}\n  {where} [{r['char_start']}:{r['char_end']}]  {r['metric']}\n  {marked_sentence(r)}")
    if html_out is not None:
        documents = pq.read_table(Path(tables) / "documents.parquet", columns=["doc_id", "text"]).to_pydict()
        html_out.parent.mkdir(parents=True, exist_ok=True)
        links = html_out.resolve().parent

        def file_href(doc_path: str) -> str:
            return Path(os.path.relpath((corpus / doc_path).resolve(), links)).as_posix()

        html_out.write_text(trace_html(hits, dict(zip(documents["doc_id"], documents["text"])), query, file_href), encoding="utf-8")
        typer.echo(f"\n-> {html_out}")


@app.command()
def export(
    destination: Path = typer.Argument(..., help="With --to sqlite: the database file to write (OUT.db). "
                                       "With --to csv: the folder to write one CSV file per table into."),
    to: str = typer.Option(..., "--to", help="'sqlite' (a Datasette-ready database with full-text search, and its "
                           "metadata.json) or 'csv' (one RFC 4180 UTF-8 file per table)."),
    tables: Path = TablesOption,
    metadata: Optional[Path] = typer.Option(None, "--metadata", help="With --to sqlite: where to write Datasette's "
                                            "metadata (default: metadata.json beside the database)."),
    bom: bool = typer.Option(False, "--bom", help="With --to csv: start each file with a UTF-8 byte-order mark, "
                             "for spreadsheets that need one to read UTF-8."),
) -> None:
    """Write the tables (documents, claims, figures, trends, mentions) as a
    SQLite database for Datasette, with full-text search on claims' sentences
    and subjects and documents' text, or as CSV files for spreadsheets."""
    from .export import export_csv, export_sqlite

    if to not in ("sqlite", "csv"):
        _fail(f"unknown format {to!r}: use sqlite or csv")
    try:
        if to == "sqlite":
            counts = export_sqlite(tables, destination, metadata)
            where = f"{destination} (metadata: {metadata or destination.parent / 'metadata.json'})"
        else:
            counts = export_csv(tables, destination, bom=bom)
            where = str(destination)
    except FileNotFoundError as exc:
        _fail(exc)
    typer.echo(f"{', '.join(f'{name} {n}' for name, n in counts.items())} rows -> {where}")


@app.command()
def diff(
    old: Path = typer.Argument(..., help="The output folder of the earlier run."),
    new: Path = typer.Argument(..., help="The output folder of the later run."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Also write the changes as a Parquet file (FILE.parquet)."),
) -> None:
    """List, per metric, the claims added, removed and changed (the same
    document and sentence, a different value, unit, qualifier or metric)
    between the tables of two runs."""
    from .diff import diff_claims, read_claim_records
    from .store import write_file_atomic

    try:
        changes = diff_claims(read_claim_records(old), read_claim_records(new))
    except FileNotFoundError as exc:
        _fail(exc)
    rows = changes.to_pylist()
    if not rows:
        typer.echo(f"no claims added, removed or changed between {old} and {new}")
    marks = {"added": "+", "removed": "-", "changed": "~"}
    for metric, group in groupby(rows, key=lambda r: r["metric"]):
        group = list(group)
        counts = {kind: sum(r["change"] == kind for r in group) for kind in marks}
        typer.echo(f"{metric}  {counts['added']} added, {counts['removed']} removed, {counts['changed']} changed")
        for r in group:
            if r["change"] == "changed":
                what = f"{r['old_text']!r} -> {r['new_text']!r}  ({', '.join(r['fields'])})"
            else:
                what = repr(r["new_text"] if r["change"] == "added" else r["old_text"])
            sentence = r["new_sentence"] or r["old_sentence"]
            typer.echo(f"  {marks[r['change']]} {r['doc_path']}  {what}\n      {sentence[:160]}")
    if out is not None:
        import io

        import pyarrow.parquet as pq

        sink = io.BytesIO()
        pq.write_table(changes, sink)
        write_file_atomic(out, sink.getvalue())
        typer.echo(f"-> {out}")


def _usable_cores() -> int:
    """Cores this process may run on (a container or `taskset` can allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Interrupted(KeyboardInterrupt):
    """Ctrl-C, raised by the command line's own SIGINT handler.

    CPython remembers a plain KeyboardInterrupt that passes through code run by
    exec() or eval() of a string (a dataclass or namedtuple being made, as in
    the imports and model loading at the start of a run) and then ends the
    process with SIGINT itself, whatever status the handler chose: a caller saw
    -2, not 130. It only remembers the exact class, so a subclass exits as asked."""


def _raise_interrupted(signum, frame) -> NoReturn:
    raise Interrupted()


def main() -> None:
    import signal

    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not when Ctrl-C is ignored (nohup, a background job)
        signal.signal(signal.SIGINT, _raise_interrupted)
    app()
