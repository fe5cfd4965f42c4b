"""Analysis: the three ways people use the claims tables.

- figures: the same figure for the same metric, stated across documents and
  years, grouped into one row with every claim that states it;
- trends: per metric and publication year, the range of published estimates
  and who published them; and a chart of those estimates over time;
- trace: every sentence that states a figure, as text or as one shareable page.

Functions here read and return plain tables (pyarrow or pandas); the command
line in pipeline.cli prints or writes them.
"""
from __future__ import annotations

import hashlib
import html
import json
import math
import re
import textwrap
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

import pyarrow as pa

FIGURES_SCHEMA = pa.schema([
    pa.field("figure_id", pa.string(), nullable=False, metadata={"description": "stable id: hash of metric, values, qualifier and unit"}),
    pa.field("metric", pa.string(), nullable=False, metadata={"description": "metric id (figures are kept for taxonomy metrics, not 'other')"}),
    pa.field("value_low", pa.float64(), nullable=False, metadata={"description": "the figure's low value"}),
    pa.field("value_high", pa.float64(), nullable=False, metadata={"description": "the figure's high value (equal to value_low for a point value)"}),
    pa.field("qualifier", pa.string(), nullable=False, metadata={"description": "exact, approx, upper_bound, lower_bound or vague"}),
    pa.field("unit", pa.string(), nullable=False, metadata={"description": "the unit, as in claims.parquet"}),
    pa.field("text", pa.string(), nullable=False, metadata={"description": "the figure as first written"}),
    pa.field("first_year", pa.int16(), metadata={"description": "earliest publication year of a claim that states it"}),
    pa.field("last_year", pa.int16(), metadata={"description": "latest publication year of a claim that states it"}),
    pa.field("n_sources", pa.int32(), nullable=False, metadata={"description": "number of distinct sources that state it"}),
    pa.field("n_claims", pa.int32(), nullable=False, metadata={"description": "number of claims that state it"}),
    pa.field("sources", pa.list_(pa.string()), nullable=False, metadata={"description": "the distinct sources, in order of first publication"}),
    pa.field("claim_ids", pa.list_(pa.string()), nullable=False, metadata={"description": "every claim that states it, oldest first"}),
])

TRENDS_SCHEMA = pa.schema([
    pa.field("metric", pa.string(), nullable=False, metadata={"description": "metric id"}),
    pa.field("unit", pa.string(), nullable=False, metadata={"description": "unit of the estimates (a metric can have estimates in several units)"}),
    pa.field("scope", pa.string(), nullable=False, metadata={"description": "total, subset or individual: the scope of the estimates (claims.scope); a trend of the whole population reads the total rows"}),
    pa.field("location", pa.string(), metadata={"description": "for subset rows, the place the estimates are restricted to (null when none is named); null for total and individual rows"}),
    pa.field("year", pa.int16(), nullable=False, metadata={"description": "publication year of the estimates"}),
    pa.field("outlier", pa.bool_(), nullable=False, metadata={"description": "true for a row holding an estimate an order of magnitude away from the metric's other estimates of nearby years (its whole range at most a tenth of their median low, or at least ten times their median high, with at least two others within five years); such estimates never widen the span of the year's other row"}),
    pa.field("value_low", pa.float64(), nullable=False, metadata={"description": "lowest low among the row's estimates"}),
    pa.field("value_high", pa.float64(), nullable=False, metadata={"description": "highest high among them"}),
    pa.field("median_low", pa.float64(), nullable=False, metadata={"description": "median of the row's lows (across sources: robust to one stray estimate)"}),
    pa.field("median_high", pa.float64(), nullable=False, metadata={"description": "median of the row's highs"}),
    pa.field("n_estimates", pa.int32(), nullable=False, metadata={"description": "number of estimates (claims) published that year"}),
    pa.field("estimates", pa.list_(pa.string()), nullable=False, metadata={"description": "each estimate as written, with its source"}),
    pa.field("sources", pa.list_(pa.string()), nullable=False, metadata={"description": "the distinct sources of that year's estimates"}),
    pa.field("claim_ids", pa.list_(pa.string()), nullable=False, metadata={"description": "the claims behind that year's estimates"}),
])

def read_claims(tables: Path):
    """claims.parquet under `tables` (a file or a dataset folder) as a pandas DataFrame."""
    from .store import table_dataset

    path = Path(tables) / "claims.parquet"
    if not path.exists():
        raise FileNotFoundError(f"no claims.parquet under {tables}: run `claims run` first")
    return table_dataset(path).to_table().to_pandas()


def _source(row) -> str:
    source = row["source"]
    return source if isinstance(source, str) and source else "unknown source"


def _figure_id(metric: str, low: float, high: float, qualifier: str, unit: str) -> str:
    return hashlib.sha1(f"{metric}|{low!r}|{high!r}|{qualifier}|{unit}".encode()).hexdigest()[:16]


ANALYSIS_COLUMNS = ["claim_id", "doc_path", "char_start", "source", "pub_year", "text", "value_low", "value_high", "qualifier", "unit",
                    "metric", "scope", "location"]

# An estimate is an outlier when its whole range is an order of magnitude away
# from the median of the metric's other estimates within this many years.
OUTLIER_FACTOR = 10.0
OUTLIER_YEARS = 5
OUTLIER_MIN_OTHERS = 2


def outlier_flags(estimates: list[tuple[int, float, float]]) -> list[bool]:
    """For (year, low, high) estimates of one metric, unit and scope: True for
    each whose range lies entirely at most a tenth of the median low of the
    others within OUTLIER_YEARS, or at least ten times their median high. Two
    others at least are needed: with one, which of two is the stray is unknown."""
    from statistics import median

    flags = []
    for i, (year, low, high) in enumerate(estimates):
        others = [e for j, e in enumerate(estimates) if j != i and abs(e[0] - year) <= OUTLIER_YEARS]
        if len(others) < OUTLIER_MIN_OTHERS:
            flags.append(False)
            continue
        typical_low, typical_high = median(e[1] for e in others), median(e[2] for e in others)
        flags.append((high > 0 and high * OUTLIER_FACTOR <= typical_low) or (typical_high > 0 and low >= OUTLIER_FACTOR * typical_high))
    return flags


class Aggregates:
    """figures and trends, built as claims stream past: one compact tuple per
    claim of a taxonomy metric, so that memory stays small however large the
    corpus, and nothing has to be read back at the end of a run."""

    def __init__(self) -> None:
        # (metric, low, high, qualifier, unit, year or None, doc_path, char_start, claim_id, source, text, scope, location)
        self.members: list[tuple] = []

    def add(self, claims) -> None:
        """Claim records (dataclasses or dicts), a pandas DataFrame, or an Arrow table."""
        if isinstance(claims, pa.Table):
            claims = claims.select(ANALYSIS_COLUMNS).to_pylist()
        elif hasattr(claims, "itertuples"):
            frame = claims[ANALYSIS_COLUMNS]
            claims = (dict(zip(ANALYSIS_COLUMNS, values)) for values in frame.itertuples(index=False, name=None))
        for c in claims:
            get = c.get if isinstance(c, dict) else c.__getattribute__
            if get("metric") == "other":
                continue
            scope = get("scope")
            location = get("location") if scope == "subset" and isinstance(get("location"), str) else None
            self.members.append((get("metric"), float(get("value_low")), float(get("value_high")), get("qualifier"), get("unit"),
                                 _year(get("pub_year")), get("doc_path"), int(get("char_start")), get("claim_id"),
                                 _source_name(get("source")), get("text"), scope, location))

    def figures(self) -> pa.Table:
        order = sorted(self.members, key=lambda m: (m[:5], 9999 if m[5] is None else m[5], m[6], m[7]))
        columns: dict[str, list] = {name: [] for name in FIGURES_SCHEMA.names}
        for key, group in groupby(order, key=lambda m: m[:5]):
            group = list(group)
            years = [m[5] for m in group if m[5] is not None]
            sources = _first_seen(m[9] for m in group)
            for name, value in zip(FIGURES_SCHEMA.names, (
                    _figure_id(*key), key[0], key[1], key[2], key[3], key[4], group[0][10],
                    min(years) if years else None, max(years) if years else None,
                    len(sources), len(group), sources, [m[8] for m in group])):
                columns[name].append(value)
        return pa.table(columns, schema=FIGURES_SCHEMA)

    def trends(self, include_vague: bool = False) -> pa.Table:
        """Per metric, unit, scope (and place, for subsets) and year: the span and
        medians of the estimates, outliers in rows of their own."""
        from statistics import median

        chosen = [m for m in self.members if m[5] is not None and (include_vague or m[3] != "vague")]
        series_key = lambda m: (m[0], m[4], m[11], m[12] or "")
        chosen.sort(key=lambda m: (series_key(m), m[5], m[1], m[2], m[6], m[7]))
        columns: dict[str, list] = {name: [] for name in TRENDS_SCHEMA.names}
        for (metric, unit, scope, place), series in groupby(chosen, key=series_key):
            series = list(series)
            flags = outlier_flags([(m[5], m[1], m[2]) for m in series])
            rows = sorted(zip(series, flags), key=lambda pair: (pair[0][5], pair[1]))
            for (year, outlier), group in groupby(rows, key=lambda pair: (pair[0][5], pair[1])):
                group = [m for m, _ in group]
                for name, value in zip(TRENDS_SCHEMA.names, (
                        metric, unit, scope, place or None, year, outlier, min(m[1] for m in group), max(m[2] for m in group),
                        float(median(m[1] for m in group)), float(median(m[2] for m in group)), len(group),
                        [f"{m[10]} ({m[9]})" for m in group], _first_seen(m[9] for m in group), [m[8] for m in group])):
                    columns[name].append(value)
        return pa.table(columns, schema=TRENDS_SCHEMA)



def _year(value) -> int | None:
    return None if _missing(value) else int(value)


def _source_name(source) -> str:
    return source if isinstance(source, str) and source else "unknown source"


def _first_seen(values) -> list:
    return list(dict.fromkeys(values))


def figures_table(claims) -> pa.Table:
    """One row per figure: claims of a taxonomy metric with the same values,
    qualifier and unit, from however many documents and years."""
    aggregates = Aggregates()
    aggregates.add(claims)
    return aggregates.figures()


SCOPE_CHOICES = ("total", "subset", "individual", "all")


def estimates(claims, metric: str, include_vague: bool = False, scope: str = "total"):
    """The published estimates of a metric: claims with a publication year,
    oldest first, of one scope (`total` by default: estimates for the whole
    population, not a country's share or one person's case; `all` for every
    scope). Vague magnitudes ("hundreds of thousands") are left out unless
    asked. An `outlier` column flags estimates an order of magnitude away from
    the others of nearby years (`outlier_flags`), per unit, scope and place."""
    if scope not in SCOPE_CHOICES:
        raise ValueError(f"unknown scope {scope!r}: use {', '.join(SCOPE_CHOICES)}")
    chosen = claims[(claims["metric"] == metric) & claims["pub_year"].notna()]
    if "scope" not in chosen.columns:
        chosen = chosen.assign(scope="total")  # tables written before scopes existed
    if scope != "all":
        chosen = chosen[chosen["scope"] == scope]
    if not include_vague:
        chosen = chosen[chosen["qualifier"] != "vague"]
    chosen = chosen.assign(place=[loc if s == "subset" and isinstance(loc, str) else None
                                  for s, loc in zip(chosen["scope"], chosen["location"])])
    chosen = chosen.sort_values(["pub_year", "value_low", "value_high", "doc_path", "char_start"], kind="stable")
    flags = {}
    for _, series in chosen.groupby(["unit", "scope", chosen["place"].fillna("")], sort=False):
        marks = outlier_flags(list(zip(series["pub_year"].astype(int), series["value_low"], series["value_high"])))
        flags.update(zip(series.index, marks))
    return chosen.assign(outlier=[flags.get(i, False) for i in chosen.index])


def trends_table(claims, include_vague: bool = False) -> pa.Table:
    """Per metric, unit and publication year: the range of the estimates published that year and who published them."""
    aggregates = Aggregates()
    aggregates.add(claims)
    return aggregates.trends(include_vague)


def format_value(low: float, high: float, unit: str) -> str:
    def one(v: float) -> str:
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")
    body = one(low) if low == high else f"{one(low)}-{one(high)}"
    if unit == "percent":
        return body + "%"
    if unit.startswith("currency:"):
        return f"{body} {unit.split(':')[1]}"
    return body if unit == "count" else f"{body} {unit.split(':')[-1]}"


# ---------------------------------------------------------------- chart

QUALIFIER_WORDS = {"approx": "about", "upper_bound": "up to", "lower_bound": "at least", "exact": "", "vague": "roughly"}


@dataclass(frozen=True)
class PlottedEstimate:
    year: int
    x: float
    low: float
    high: float
    qualifier: str
    source: str
    text: str
    outlier: bool = False
    place: str | None = None


INK, ACCENT, GREY = "#1a1a1a", "#b3282d", "#8c8c8c"


def draw_chart(claims, metric: str, include_vague: bool = False, title: str | None = None, scope: str = "total"):
    """A newspaper-style chart of a metric's published estimates over time:
    one vertical bar per range, a dot per point estimate, an open-ended arrow
    per bound ("up to", "at least"), each labelled with its source. An
    outlier (`outlier_flags`) is drawn hollow where it stands; with
    `scope="subset"` each place gets a facet of its own.
    Returns the matplotlib Figure and the estimates as plotted."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    chosen = estimates(claims, metric, include_vague, scope)
    if chosen.empty:
        raise ValueError(f"no published {'' if scope == 'all' else scope + ' '}estimates for metric {metric!r}"
                         + (" (try --scope subset or --scope all)" if scope == "total" else ""))
    units = chosen["unit"].value_counts()
    unit = units.index[0]
    chosen = chosen[chosen["unit"] == unit]
    facets = sorted(chosen["place"].fillna("place not named").unique()) if scope == "subset" else [None]
    plotted: list[PlottedEstimate] = []
    for facet in facets:
        rows = chosen if facet is None else chosen[chosen["place"].fillna("place not named") == facet]
        for year, group in rows.groupby("pub_year", sort=True):
            n = len(group)
            for i, (_, r) in enumerate(group.iterrows()):
                offset = (i - (n - 1) / 2) * 0.28
                plotted.append(PlottedEstimate(int(year), float(year) + offset, float(r["value_low"]), float(r["value_high"]),
                                               r["qualifier"], _source(r), r["text"], bool(r["outlier"]), facet))

    plt.rcParams.update({"font.family": "DejaVu Sans", "font.size": 10})
    fig, axes = plt.subplots(len(facets), 1, figsize=(9, 5.2 if len(facets) == 1 else 3.2 * len(facets) + 1), dpi=150,
                             squeeze=False, sharex=True)
    all_years = [p.year for p in plotted]
    for ax, facet in zip(axes[:, 0], facets):
        _draw_axis(ax, [p for p in plotted if p.place == facet], unit, (min(all_years), max(all_years)))
        if facet is not None:
            ax.set_title(facet, loc="left", fontsize=10, fontweight="bold", color=INK)
    label = metric.replace("_", " ")
    kind = {"total": "", "subset": " (subsets, by place)", "individual": " (single cases)", "all": " (every scope)"}[scope]
    fig.suptitle(title or f"Published estimates: {label}{kind}", x=0.06, ha="left", fontsize=14, fontweight="bold", color=INK)
    explained = "Each bar is a published range, each dot a single figure; ▼ marks an upper bound (\"up to\"), ▲ a lower one"
    if any(p.outlier for p in plotted):
        explained += "; hollow: an outlier, ten times away from the other estimates of nearby years"
    fig.text(0.06, 0.905 if len(facets) == 1 else 1 - 0.6 / fig.get_figheight(), explained, fontsize=8, color=GREY)
    axes[-1, 0].set_xlabel("Year of publication", color=GREY, fontsize=9)
    fig.text(0.06, 0.015, f"Source: claims extracted from {chosen['doc_path'].nunique()} documents; labels name the publishing outlet.",
             fontsize=7.5, color=GREY)
    fig.subplots_adjust(left=0.09, right=0.97, top=0.84 if len(facets) == 1 else 1 - 1.0 / fig.get_figheight(), bottom=0.13 if len(facets) == 1 else 0.85 / fig.get_figheight(), hspace=0.45)
    return fig, plotted


def _draw_axis(ax, plotted: list[PlottedEstimate], unit: str, year_span: tuple[int, int]) -> None:
    from matplotlib.patches import Rectangle
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    top = max(p.high for p in plotted)  # an outlier is drawn where it is, hollow: never moved, never hidden
    for p in plotted:
        if p.outlier:
            # hollow, so that a stray estimate is seen as one and does not read as the trend
            if p.low != p.high:
                ax.add_patch(Rectangle((p.x - 0.06, p.low), 0.12, p.high - p.low, fill=False, edgecolor=ACCENT, linewidth=1.5,
                                       gid="outlier", clip_on=True))
            ax.plot([p.x], [p.low], marker="o", markersize=8, markerfacecolor="none", markeredgecolor=ACCENT,
                    markeredgewidth=1.5, linestyle="none", gid="outlier")
        elif p.low != p.high:
            ax.vlines(p.x, p.low, p.high, color=ACCENT, linewidth=7, alpha=0.9, gid="range", label="_range")
        elif p.qualifier == "upper_bound":
            ax.vlines(p.x, p.high * 0.80, p.high, color=ACCENT, linewidth=2, gid="bound", label="_bound")
            ax.plot([p.x], [p.high], marker="v", markersize=9, color=ACCENT, linestyle="none", gid="upper")
        elif p.qualifier == "lower_bound":
            ax.vlines(p.x, p.low, p.low * 1.20, color=ACCENT, linewidth=2, gid="bound", label="_bound")
            ax.plot([p.x], [p.low], marker="^", markersize=9, color=ACCENT, linestyle="none", gid="lower")
        else:
            ax.plot([p.x], [p.low], marker="o", markersize=8, color=ACCENT, linestyle="none", gid="point")
    # labels: source and figure, stacked in levels so that neighbours never overlap
    first, last = year_span
    span = last - first + 3
    levels: list[float] = []  # right edge (in years) of the last label on each level
    width = span * 0.16
    for p in sorted(plotted, key=lambda p: p.x):
        level = next((i for i, right in enumerate(levels) if p.x - width / 2 > right), len(levels))
        if level == len(levels):
            levels.append(0.0)
        levels[level] = p.x + width / 2
        source = textwrap.shorten(p.source, 34, placeholder="…")
        ha = "left" if p.x - width / 2 < first - 1 else "right" if p.x + width / 2 > last + 1 else "center"
        words = QUALIFIER_WORDS[p.qualifier]
        note = " (outlier)" if p.outlier else (f" ({words})" if words else "")
        ax.annotate(f"{source}\n{format_value(p.low, p.high, unit)}{note}",
                    xy=(p.x, p.high), xytext=(0, 8 + 24 * level), textcoords="offset points", ha=ha, va="bottom",
                    fontsize=7, color=INK, linespacing=1.15,
                    arrowprops={"arrowstyle": "-", "color": "#c8c8c8", "linewidth": 0.6} if level else None)
    ax.set_xlim(first - 1.5, last + 1.5)
    ax.set_ylim(0, top * (1.25 + 0.12 * len(levels)))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _axis_number(v, unit)))
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(GREY)
    ax.tick_params(axis="y", length=0, colors=GREY)
    ax.tick_params(axis="x", colors=INK)
    ax.grid(axis="y", color="#e6e6e6", linewidth=0.8)
    ax.set_axisbelow(True)


def _axis_number(value: float, unit: str) -> str:
    if unit == "percent":
        return f"{value:.0f}%"
    if abs(value) >= 1e6:
        return f"{value / 1e6:.1f}m".replace(".0m", "m")
    if abs(value) >= 1e3:
        return f"{value / 1e3:.0f}k"
    return f"{value:g}"


def save_chart(fig, path: Path) -> None:
    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise ValueError(f"chart file must end in .png or .svg, not {path.suffix or 'nothing'}")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format=path.suffix.lower().lstrip("."), metadata={"Software": None} if path.suffix.lower() == ".png" else None)


# ---------------------------------------------------------------- trace

@dataclass(frozen=True)
class Query:
    metric: str | None = None
    value_low: float | None = None
    value_high: float | None = None
    unit: str | None = None


def parse_query(query: str, metrics: list[str]) -> Query:
    """A metric id, or a figure as people type it: "30,000", "30000", "70-90%", "80,000 to 120,000"."""
    text = query.strip()
    if text in metrics:
        return Query(metric=text)
    from .quantities import find_quantities

    found, _ = find_quantities(text)
    if not found and re.fullmatch(r"\d+(?:\.\d+)?", text):
        value = float(text)  # a bare year-like number typed on its own is still a figure to trace
        return Query(value_low=value, value_high=value)
    if not found:
        raise ValueError(f"{query!r} is neither a metric id nor a figure (try 30,000 or 70-90% or {metrics[0]})")
    q = found[0]
    return Query(value_low=q.value_low, value_high=q.value_high, unit=None if q.unit == "count" else q.unit)


def trace(claims, query: Query):
    """Every claim that states the figure (or belongs to the metric), oldest first."""
    if query.metric is not None:
        hits = claims[claims["metric"] == query.metric]
    else:
        close = lambda column, value: (column - value).abs() <= 1e-9 * max(1.0, abs(value))
        hits = claims[close(claims["value_low"], query.value_low) & close(claims["value_high"], query.value_high)]
        if query.unit is not None:
            hits = hits[hits["unit"] == query.unit]
    hits = hits.copy()
    hits["_year"] = hits["pub_year"].fillna(9999)
    return hits.sort_values(["_year", "published", "doc_path", "char_start"], kind="stable", na_position="last").drop(columns="_year")


def marked_sentence(row, left: str = "[[", right: str = "]]") -> str:
    start = int(row["char_start"]) - int(row["sentence_start"])
    end = int(row["char_end"]) - int(row["sentence_start"])
    sentence = row["sentence"]
    return f"{sentence[:start]}{left}{sentence[start:end]}{right}{sentence[end:]}"


def page_reference(row) -> str | None:
    """Where a claim stands in its PDF, as a reader cites it: "p. 289", with the
    PDF's own page count added where the printed number differs ("p. iv, PDF page 4")."""
    page, label = row.get("page"), row.get("page_label")
    if _missing(page):
        return None
    page = int(page)
    if not isinstance(label, str) or not label:
        return f"PDF page {page}"
    return f"p. {label}" if label == str(page) else f"p. {label}, PDF page {page}"


def trace_html(hits, documents_text: dict[str, str], query: str, file_href=None) -> str:
    """One self-contained page: every hit with its paragraph, the figure highlighted.
    `file_href(doc_path)`: the link to a document's file, where it can be opened
    (a PDF at the claim's page: FILE.pdf#page=N)."""
    items = []
    for _, r in hits.iterrows():
        text = documents_text[r["doc_id"]]
        p_start, p_end = int(r["paragraph_start"]), int(r["paragraph_end"])
        before = html.escape(text[p_start : int(r["char_start"])])
        figure = html.escape(text[int(r["char_start"]) : int(r["char_end"])])
        after = html.escape(text[int(r["char_end"]) : p_end])
        date = r["published"].isoformat() if hasattr(r["published"], "isoformat") else (str(int(r["pub_year"])) if not _missing(r["pub_year"]) else "date unknown")
        title = html.escape(r["source_title"] or "") if isinstance(r["source_title"], str) else ""
        where = html.escape(r["doc_path"])
        href = file_href(r["doc_path"]) if file_href is not None else None
        page = page_reference(r)
        if href is not None:
            if page is not None:
                href = f"{href}#page={int(r['page'])}"
            where = f'<a href="{html.escape(href, quote=True)}">{where}</a>'
        if page is not None:
            where += f" · {html.escape(page)}"
        items.append(
            f'<article class="hit" data-claim-id="{r["claim_id"]}">'
            f'<header><span class="date">{date}</span> <span class="source">{html.escape(_source(r))}</span>'
            f'{f" — <cite>{title}</cite>" if title else ""}</header>'
            f'<p>{before}<mark data-claim-id="{r["claim_id"]}">{figure}</mark>{after}</p>'
            f'<footer>{where} · characters {int(r["char_start"])}–{int(r["char_end"])} · '
            f'{html.escape(r["metric"])}</footer></article>'
        )
    body = "\n".join(items) or "<p>No claim states this figure.</p>"
    n = len(items)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trace: {html.escape(query)}</title>
<style>
body {{ font: 16px/1.55 Georgia, "Times New Roman", serif; color: #1a1a1a; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }}
h1 {{ font: bold 1.5rem/1.2 -apple-system, "Helvetica Neue", Arial, sans-serif; margin-bottom: .2rem; }}
.summary {{ color: #666; font-family: Arial, sans-serif; font-size: .9rem; margin-top: 0; }}
.hit {{ border-top: 1px solid #ddd; padding: .8rem 0; }}
.hit header {{ font: .85rem Arial, sans-serif; color: #444; }}
.hit .date {{ font-weight: bold; }}
.hit footer {{ font: .75rem Arial, sans-serif; color: #888; }}
mark {{ background: #ffe08a; padding: 0 .15em; font-weight: bold; }}
</style></head>
<body><h1>Every sentence that states {html.escape(query)}</h1>
<p class="summary">{n} claim{'s' if n != 1 else ''}, oldest first. Each paragraph is quoted from the document's normalized text; the figure is highlighted.</p>
{body}
</body></html>
"""


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


# ---------------------------------------------------------------- data package

FRICTIONLESS_TYPES = {"string": "string", "large_string": "string", "int16": "integer", "int32": "integer", "int64": "integer",
                      "double": "number", "date32[day]": "date"}


def datapackage(tables: dict[str, pa.Schema], title: str = "Numeric claims", taxonomy: dict | None = None) -> dict:
    """A Frictionless Data Package descriptor for the Parquet tables. With
    `taxonomy`, every `metric` column is constrained to its ids (and `other`) and
    the package lists the metrics with their labels."""
    metric_ids = [m["id"] for m in taxonomy["metric"]] + ["other"] if taxonomy is not None else None
    resources = []
    keys = {"documents": "doc_id", "claims": "claim_id", "figures": "figure_id"}
    for name, schema in tables.items():
        fields = []
        for f in schema:
            kind = str(f.type)
            field = {"name": f.name, "type": FRICTIONLESS_TYPES.get(kind, "array" if kind.startswith("list") else "any"),
                     "description": (f.metadata or {}).get(b"description", b"").decode()}
            if not f.nullable:
                field["constraints"] = {"required": True}
            if f.name == "metric" and metric_ids is not None:
                field.setdefault("constraints", {})["enum"] = metric_ids
            fields.append(field)
        schema_descriptor = {"fields": fields}
        if name in keys:
            schema_descriptor["primaryKey"] = [keys[name]]
        if name in ("claims", "mentions"):
            schema_descriptor["foreignKeys"] = [{"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}}]
        path = f"{name}.parquet" if name != "mentions" else "_audit/mentions.parquet"
        resources.append({"name": name, "path": path, "format": "parquet", "mediatype": "application/vnd.apache.parquet",
                          "profile": "tabular-data-resource", "schema": schema_descriptor})
    package = {"name": "numeric-claims", "title": title, "profile": "tabular-data-package",
               "description": "Numeric claims extracted from a corpus of reports by claims-pipeline; see README.md for the data dictionary.",
               "resources": resources}
    if taxonomy is not None:
        package["metrics"] = [{key: m[key] for key in ("id", "label", "description", "population") if key in m} for m in taxonomy["metric"]]
        package["taxonomy"] = taxonomy.get("source", "default")
    return package


def derived_tables(aggregates: Aggregates) -> dict[str, pa.Table]:
    return {"figures": aggregates.figures(), "trends": aggregates.trends()}


def datapackage_bytes(tables: dict[str, pa.Schema], taxonomy: dict | None = None) -> bytes:
    return (json.dumps(datapackage(tables, taxonomy=taxonomy), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
