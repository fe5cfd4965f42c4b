"""PDF page layout: which lines of a page are the report's text and which are
its furniture, read from the page structure pypdf gives (each line's position
and font size).

- Running headers and footers: lines at the top or bottom of pages that repeat
  on other pages once their digits are masked (the page number varies), and
  lone page numbers there, are taken out; the numbers in them give each page's
  printed label.
- Contents pages (entries with dot leaders, or a "Contents" title over lines
  ending in page numbers) are taken out: they would give a claim per entry.
- Footnotes (smaller type below the body, each starting with its marker) are
  kept, flagged, so that the text can put them after the paragraph they
  interrupt.

Everything here is a function over lines of text; `pipeline.ingest` reads the
PDF and joins what is left into the document text.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

EDGE_LEVELS = 3  # how many lines (or line heights) from a page's top or bottom furniture may sit
_LONE_NUMBER = re.compile(r"(?:page\s+)?(\d{1,4}|[ivxlcdm]{1,7})(?:\s+(?:of|/)\s+\d{1,4})?|[-–—]\s*(\d{1,4})\s*[-–—]", re.I)
_LEADER = re.compile(r"\S.*?\s*(?:(?:\.\s?){4,}|…+|_{4,})\s*(\d{1,4}|[ivxlcdm]{1,7})$", re.I)
_TRAILING_PAGE = re.compile(r"[A-Za-z].*\s(\d{1,4}|[ivxlcdm]{1,7})$", re.I)
_CONTENTS_TITLE = re.compile(r"(?:table of )?contents", re.I)
_NOTE_START = re.compile(r"(\d{1,3})(?:\s+|$)")
_ROMAN = re.compile(r"[ivxlcdm]{1,7}", re.I)


@dataclass(slots=True)
class PageLine:
    text: str
    y: float | None = None  # baseline height on the page (points from the bottom), when pypdf gave it
    size: float | None = None  # font size in points


@dataclass
class Layout:
    """The lines of a PDF that are its text, in reading order, with their pages."""

    lines: list[str] = field(default_factory=list)  # "" marks vertical space between paragraphs
    pages: list[int] = field(default_factory=list)  # 1-based page of each line
    notes: dict[int, bool] = field(default_factory=dict)  # line index -> True where a footnote starts, False in one
    labels: list[str | None] = field(default_factory=list)  # the printed page number of each page, where found
    removed: Counter = field(default_factory=Counter)  # what was taken out, by kind


def page_lines(page) -> list[PageLine]:
    """A pypdf page's text lines, each with its position and font size when
    pypdf's visitor reports them (it does for the text it extracts)."""
    chunks: list[tuple[int, float, float]] = []  # (offset in the page text, y, size)
    position = 0

    def visit(text, cm, tm, font, size):
        nonlocal position
        if text:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
            chunks.append((position, y, (size or 0) * (scale or 1)))
            position += len(text)

    text = page.extract_text(visitor_text=visit) or ""
    located = position == len(text) and chunks
    starts = [c[0] for c in chunks]
    lines, offset = [], 0
    for raw in text.split("\n"):
        y = size = None
        if located:
            first = offset + (len(raw) - len(raw.lstrip()))
            i = bisect_right(starts, first) - 1
            if i >= 0:
                _, y, size = chunks[i]
        lines.append(PageLine(raw, y, size))
        offset += len(raw) + 1
    return lines


def clean_pages(pages: list[list[PageLine]], pdf_labels: list[str] | None = None) -> Layout:
    """The text lines of a PDF's pages with their furniture taken out.
    `pdf_labels`: the labels the PDF itself declares (/PageLabels), used for
    pages where no printed number is found."""
    pages = [[PageLine(_squeeze(line.text), line.y, line.size) for line in page] for page in pages]
    pages = [[line for line in page if line.text] for page in pages]
    layout = Layout()
    notes = [_footnotes(page, list(range(len(page)))) for page in pages]
    edges = [[i for i in _edge_indices(page) if i not in page_notes] for page, page_notes in zip(pages, notes)]
    keys = Counter()
    for page, edge in zip(pages, edges):
        keys.update({_furniture_key(page[i]) for i in edge})
    needed = max(2, min(3, sum(1 for page in pages if page)))
    furniture = [set() for _ in pages]
    for p, (page, edge) in enumerate(zip(pages, edges)):
        repeated = {i for i in edge if keys[_furniture_key(page[i])] >= needed}
        # a footnote's marker set apart stands at the same height on many pages too, but beside its note
        repeated -= {i for i in repeated if _LONE_NUMBER.fullmatch(page[i].text) and _shares_baseline(page, i, repeated)}
        for i in edge:
            if i in repeated:
                furniture[p].add(i)
                layout.removed["page number" if _LONE_NUMBER.fullmatch(page[i].text) else "running header or footer"] += 1
            elif _LONE_NUMBER.fullmatch(page[i].text) and not _shares_baseline(page, i, repeated):
                furniture[p].add(i)
                layout.removed["page number"] += 1
    layout.labels = _labels(pages, furniture, pdf_labels)
    for p, page in enumerate(pages):
        body = [i for i in range(len(page)) if i not in furniture[p]]
        contents = _contents_lines(page, [i for i in body if i not in notes[p]])
        layout.removed["contents line"] += len(contents)
        body = [i for i in body if i not in contents]
        page_notes = notes[p]
        previous_y = None
        spacing = _line_spacing(page, [i for i in body if i not in page_notes])
        for i in body:
            line = page[i]
            if i in page_notes and page_notes[i] is None:
                continue  # a marker set apart from its note: joined to the note's first line below
            if spacing and previous_y is not None and line.y is not None and i not in page_notes and previous_y - line.y > 1.4 * spacing:
                layout.lines.append("")  # space between paragraphs
                layout.pages.append(p + 1)
            if i in page_notes:
                layout.notes[len(layout.lines)] = page_notes[i] is not False
                text = f"{page_notes[i]} {line.text}" if isinstance(page_notes[i], str) else line.text
            else:
                text = line.text
                previous_y = line.y
            layout.lines.append(text)
            layout.pages.append(p + 1)
    return layout


def _squeeze(text: str) -> str:
    return re.sub(r"\s{2,}", " ", text).strip()


def _furniture_key(line: PageLine) -> tuple[str, int | None]:
    """A line with its numbers masked, and where it sits: a running header is
    the same text at the same height on every page, only its page number varies."""
    return re.sub(r"\d+", "#", line.text.lower()), None if line.y is None else round(line.y / 2)


def _edge_indices(page: list[PageLine]) -> list[int]:
    """Lines at the top or bottom of a page: by position where known (the
    highest and lowest few baselines), else the first and last few lines."""
    if not page:
        return []
    if all(line.y is not None for line in page):
        levels = sorted({round(line.y) for line in page})
        low, high = set(levels[:EDGE_LEVELS]), set(levels[-EDGE_LEVELS:])
        return [i for i, line in enumerate(page) if round(line.y) in low or round(line.y) in high]
    n = len(page)
    return sorted(set(range(min(EDGE_LEVELS, n))) | set(range(max(0, n - EDGE_LEVELS), n)))


def _shares_baseline(page: list[PageLine], index: int, furniture: set[int]) -> bool:
    """Whether a lone number stands on the same baseline as text that is not
    furniture: a footnote's marker set apart from its note, not a page number."""
    y = page[index].y
    return y is not None and any(j != index and j not in furniture and page[j].y is not None and abs(page[j].y - y) < 1
                                 for j in range(len(page)))


def _labels(pages: list[list[PageLine]], furniture: list[set[int]], pdf_labels: list[str] | None) -> list[str | None]:
    """The printed page number of each page: a lone page number, else the
    number in a running header or footer that keeps step with the page index
    (a year there does not), else the PDF's own label."""
    candidates: list[list[str]] = []
    offsets = Counter()
    for p, page in enumerate(pages):
        found = []
        for i in sorted(furniture[p]):
            found.extend(re.findall(r"\b(\d{1,4})\b", page[i].text))
        candidates.append(found)
        offsets.update({int(n) - p for n in found})
    best = offsets.most_common(1)
    step = best[0][0] if best and (best[0][1] >= 2 or len(pages) == 1) else None
    labels: list[str | None] = []
    for p, found in enumerate(candidates):
        lone = [m for i in sorted(furniture[p]) if (m := _LONE_NUMBER.fullmatch(pages[p][i].text))]
        label = next((m.group(1) or m.group(2) for m in lone), None)
        if label is None:
            label = next((n for n in found if int(n) - p == step), None)
        if label is None and pdf_labels is not None and p < len(pdf_labels):
            label = pdf_labels[p]
        labels.append(label.lower() if label and _ROMAN.fullmatch(label) else label)
    return labels


def _contents_lines(page: list[PageLine], body: list[int]) -> set[int]:
    """Lines of a contents page (all of them), or dot-leader entries elsewhere."""
    leaders = {i for i in body if _LEADER.fullmatch(page[i].text)}
    titled = any(_CONTENTS_TITLE.fullmatch(page[i].text) for i in body)
    entries = leaders | ({i for i in body if _TRAILING_PAGE.fullmatch(page[i].text)} if titled else set())
    if len(entries) >= 3 and len(entries) >= 0.5 * len(body):
        return set(body)
    return leaders


def _body_size(page: list[PageLine], body: list[int]) -> float | None:
    sizes = Counter()
    for i in body:
        if page[i].size:
            sizes[round(page[i].size, 1)] += len(page[i].text)
    return sizes.most_common(1)[0][0] if sizes else None


def _footnotes(page: list[PageLine], lines: list[int]) -> dict[int, bool | str | None]:
    """Footnote lines at the bottom of a page: each note starts with a number
    that is glued, as a marker, to a word of the page's body ("labor.12");
    with positions known, a note is in smaller type than the body and below
    all of it, and a line continues it when it stands just below. Value: True
    for a note's first line, False for a line that continues one, the marker (a
    string) for a note's first line whose marker stood apart, None for that
    marker's own line."""
    size = _body_size(page, lines)
    located = size is not None and all(page[i].y is not None for i in lines)
    body = [i for i in lines if page[i].size and page[i].size >= 0.9 * size] if located else lines
    if not body:
        return {}
    body_text = " ".join(page[i].text for i in body)
    lowest = min(page[i].y for i in body) if located else None

    def is_marker(number: str) -> bool:
        return re.search(rf"[^\s\d]{number}(?!\d)", body_text) is not None

    notes: dict[int, bool | str | None] = {}
    previous: int | None = None  # the last line of the note being read
    apart: str | None = None
    if located:
        candidates = [i for i in lines if page[i].size and page[i].size < 0.9 * size and page[i].y < lowest - 0.5]
    else:  # stream order only: the last lines of the page, from the first that starts a note on
        first = next((i for i in lines[-8:] if (m := _NOTE_START.match(page[i].text)) and is_marker(m.group(1))), None)
        candidates = [i for i in lines if first is not None and i >= first]
    for i in candidates:
        text, y = page[i].text, page[i].y
        if apart is not None and (y is None or abs(y - page[previous].y) < 1):
            notes[i], apart, previous = apart, None, i
            continue
        apart = None
        start = _NOTE_START.match(text)
        if start and is_marker(start.group(1)):
            if re.fullmatch(r"\d{1,3}", text):
                notes[i], apart = None, text
            else:
                notes[i] = True
            previous = i
        elif previous is not None and not _LONE_NUMBER.fullmatch(text) and (y is None or 0 < page[previous].y - y < 2.5 * (page[previous].size or 10)):
            notes[i], previous = False, i
        else:
            previous = None
    return {i: v for i, v in notes.items() if not (v is None and i + 1 not in notes)}


def _line_spacing(page: list[PageLine], body: list[int]) -> float | None:
    """The usual distance between consecutive body lines, when positions are known."""
    gaps = [page[a].y - page[b].y for a, b in zip(body, body[1:])
            if page[a].y is not None and page[b].y is not None and 0 < page[a].y - page[b].y < 60]
    if len(gaps) < 3:
        return None
    gaps.sort()
    return gaps[len(gaps) // 2]
