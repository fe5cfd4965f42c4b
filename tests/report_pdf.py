"""Lay out a document's text as a published report PDF, made in the test with reportlab.

The page furniture of real reports is all there: a running header with the
report's name and date and the printed page number, a page number in the
footer, a contents page with dot leaders, words hyphenated at line ends
(inside words and at a compound's own hyphen), and footnotes whose markers are
glued to the end of a sentence and whose text sits at the page bottom, often
while a sentence runs on to the next page.

It records where everything went, so that a test can check the reader against
the truth: the page each character of the text was drawn on, the printed label
of each page and the footnote markers that were added to the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

PAGE_WIDTH, PAGE_HEIGHT = 612, 792  # US Letter, in points
MARGIN = 72
FONT, SIZE, LEADING = "Helvetica", 10, 13
NOTE_SIZE, NOTE_LEADING = 8, 10
BODY_LINES = 40  # lines of body text a page holds
NOTE_LINES = 4  # lines kept free at the page bottom for footnotes
NOTES = (
    "U.S. Department of State, Trafficking in Persons Report, June 2020.",
    "Interviews with former overseas workers conducted by a nongovernmental organization; their names are withheld for their safety, as the organization requested.",
    "Ibid.",
)


@dataclass
class Report:
    path: Path
    page_of: list[int]  # for each character offset of the laid-out text: the 1-based page it was drawn on (0: not drawn)
    labels: dict[int, str]  # page -> the page number printed on it
    markers: list[tuple[int, str]] = field(default_factory=list)  # (offset in the text after which, marker) for each footnote
    hyphenated: list[tuple[str, str, bool]] = field(default_factory=list)  # words broken at a line end: ("govern-", "ment", False), ("well-", "known", True): at a compound's own hyphen
    pages: int = 0


def _width(text: str, size: float = SIZE) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, FONT, size)


def _wrap(words: list[str], width: float, size: float) -> list[str]:
    lines, line = [], ""
    for word in words:
        candidate = f"{line} {word}" if line else word
        if _width(candidate, size) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    return lines + [line] if line else lines


def lay_out_report(text: str, path: Path, *, title: str = "TRAFFICKING IN PERSONS REPORT", date: str = "JUNE 2020",
                   first_label: int = 241, note_every: int = 4, hyphenate_every: int = 2) -> Report:
    """Write `text` (paragraphs separated by blank lines, as pipeline.ingest
    normalizes text) to `path` as a report: page 1 is a contents page printed
    "iii"; body pages are printed from `first_label` on. Every `note_every`-th
    sentence end gets a footnote (at most two a page); every
    `hyphenate_every`-th word that does not fit at a line end is hyphenated."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    pdf.setTitle(title.title())
    report = Report(path=path, page_of=[0] * len(text), labels={})
    text_width = PAGE_WIDTH - 2 * MARGIN

    def furniture(page: int, label: str) -> None:
        pdf.setFont(FONT, 8)
        pdf.drawString(MARGIN, PAGE_HEIGHT - 40, f"{title} | {date}")
        pdf.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 40, label)
        pdf.drawCentredString(PAGE_WIDTH / 2, 36, label)
        report.labels[page] = label

    # page 1: contents, entries with dot leaders and the printed page they start on
    headings = [p for p in text.split("\n\n") if 3 <= len(p) <= 60 and not p.rstrip().endswith(".")][:6] or ["Overview"]
    furniture(1, "iii")
    pdf.setFont(FONT, 14)
    pdf.drawString(MARGIN, PAGE_HEIGHT - 90, "CONTENTS")
    pdf.setFont(FONT, SIZE)
    for i, heading in enumerate(["Introduction", *headings, "Methodology"]):
        label = str(first_label + 2 * i)
        leader = "." * int((text_width - _width(heading) - _width(label)) / _width(".") - 2)
        pdf.drawString(MARGIN, PAGE_HEIGHT - 120 - i * 18, f"{heading} {leader} {label}")
    pdf.showPage()

    page, line_no, notes_here, sentence_ends, breaks = 2, 0, [], 0, 0
    note_number = 0

    def finish_page() -> None:
        nonlocal page, line_no, notes_here
        furniture(page, str(first_label + page - 2))
        y = MARGIN + NOTE_LINES * NOTE_LEADING
        pdf.setFont(FONT, NOTE_SIZE)
        for number, note in notes_here:
            for i, line in enumerate(_wrap(note.split(), text_width - 12, NOTE_SIZE)):
                if i == 0:
                    pdf.drawString(MARGIN, y, str(number))
                pdf.drawString(MARGIN + 12, y, line)
                y -= NOTE_LEADING
        pdf.showPage()
        page, line_no, notes_here = page + 1, 0, []

    def draw_line(pieces: list[tuple[str, int, int]]) -> None:
        """One body line: (text, start, end) pieces, the offsets of their characters in `text` (-1: not from it)."""
        nonlocal line_no
        if line_no >= BODY_LINES:
            finish_page()
        pdf.setFont(FONT, SIZE)
        pdf.drawString(MARGIN, PAGE_HEIGHT - 72 - line_no * LEADING, " ".join(p for p, _, _ in pieces))
        for _, start, end in pieces:
            for offset in range(max(start, 0), end):
                report.page_of[offset] = page
        line_no += 1

    offset = 0
    for paragraph in text.split("\n\n"):
        start_of_paragraph = text.index(paragraph, offset) if paragraph else offset
        offset = start_of_paragraph + len(paragraph)
        tokens = [(m.group(), start_of_paragraph + m.start(), start_of_paragraph + m.end()) for m in re.finditer(r"\S+", paragraph)]
        line: list[tuple[str, int, int]] = []
        for word, start, end in tokens:
            if re.search(r"[a-z]{3}\.$", word) and len(notes_here) < 2 and line_no < BODY_LINES - 2:
                sentence_ends += 1
                if sentence_ends % note_every == 0:
                    note_number += 1
                    notes_here.append((note_number, NOTES[(note_number - 1) % len(NOTES)]))
                    report.markers.append((end, str(note_number)))
                    word = f"{word}{note_number}"
            candidate = " ".join(p for p, _, _ in line + [(word, 0, 0)])
            if _width(candidate) <= text_width:
                line.append((word, start, end))
                continue
            split = _hyphenation(word, text_width - _width(" ".join(p for p, _, _ in line)) - _width(" "))
            if split is not None:
                breaks += 1
                if split[2] or breaks % hyphenate_every == 0:
                    head, tail, compound = split
                    report.hyphenated.append((head, tail, compound))
                    cut = start + len(head.rstrip("-")) + (1 if word[len(head.rstrip("-")):].startswith("-") else 0)
                    line.append((head, start, cut))
                    draw_line(line)
                    line = [(tail, cut, end)]
                    continue
            draw_line(line)
            line = [(word, start, end)]
        if line:
            draw_line(line)
        if line_no and line_no < BODY_LINES:
            line_no += 0.5  # a little space between paragraphs
    finish_page()
    pdf.save()
    report.pages = page - 1
    return report


def _hyphenation(word: str, room: float) -> tuple[str, str, bool] | None:
    """Where `word` can break to fill `room` points: at its own hyphen
    ("well-" | "known"), or inside a long lowercase word ("govern-" | "ment")."""
    if re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+)+[.,;:]?", word):
        head, _, tail = word.partition("-")
        if _width(head + "-") <= room:
            return head + "-", tail, True
        return None
    core = re.fullmatch(r"([a-z]{8,})([.,;:]?)", word)
    if core is None:
        return None
    for cut in range(len(core.group(1)) - 3, 3, -1):
        if _width(word[:cut] + "-") <= room:
            return word[:cut] + "-", word[cut:], False
    return None
