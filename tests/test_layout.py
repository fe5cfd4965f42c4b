"""PDF page furniture, on page structures written out line by line (pipeline.layout)."""
from __future__ import annotations

import pytest

from pipeline.layout import PageLine, clean_pages

BODY = [
    "The government reported identifying 89 victims and referring all of them to care,",
    "compared with 45 victims identified the year before; officials reportedly sent",
    "them to shelters run by nongovernmental organizations for an average of 30 days.",
]
PLACES = ["In the capital", "In the north", "In the south", "In the east"]


def _body(page: int) -> list[str]:
    """The body of one page: each page's own words, as in a real report."""
    return [f"{PLACES[page]} ({index + 1}), {line}" for index, line in enumerate(BODY)]


def _page(header: str | None, body: list[str], footer: str | None, y_known: bool = True, notes: list[str] = ()) -> list[PageLine]:
    """A page as pypdf gives it: header first, body, notes, footer (positions and sizes when `y_known`)."""
    lines = []
    if header is not None:
        lines.append(PageLine(header, 752 if y_known else None, 8 if y_known else None))
    for i, text in enumerate(body):
        lines.append(PageLine(text, 720 - 13 * i if y_known else None, 10 if y_known else None))
    for i, text in enumerate(notes):
        lines.append(PageLine(text, 112 - 10 * i if y_known else None, 8 if y_known else None))
    if footer is not None:
        lines.append(PageLine(footer, 36 if y_known else None, 8 if y_known else None))
    return lines


@pytest.mark.parametrize("y_known", [True, False], ids=["positions", "stream order only"])
@pytest.mark.parametrize("footer,labels", [
    ("{n}", ["12", "13", "14"]),
    ("Page {n} of 40", ["12", "13", "14"]),
    ("- {n} -", ["12", "13", "14"]),
])
def test_running_headers_and_page_numbers_go_and_give_the_labels(y_known, footer, labels):
    pages = [_page(f"ANNUAL REPORT ON TRAFFICKING {2021} | {n}", _body(p), footer.format(n=n), y_known) for p, n in enumerate((12, 13, 14))]
    layout = clean_pages(pages)
    assert [line for line in layout.lines if line] == _body(0) + _body(1) + _body(2)
    assert layout.pages[: len(BODY)] == [1] * len(BODY) and layout.pages[-1] == 3
    assert layout.labels == labels
    assert layout.removed["running header or footer"] + layout.removed["page number"] == 6


def test_a_year_in_the_header_is_not_the_page_label():
    pages = [_page(f"TRAFFICKING IN PERSONS REPORT | JUNE 2020 {n}", _body(p), None) for p, n in enumerate((244, 245, 246))]
    assert clean_pages(pages).labels == ["244", "245", "246"]


def test_the_pdfs_own_page_labels_serve_where_none_is_printed():
    pages = [_page(None, _body(p), None) for p in range(3)]
    layout = clean_pages(pages, pdf_labels=["i", "ii", "1"])
    assert layout.labels == ["i", "ii", "1"]
    assert [line for line in layout.lines if line] == _body(0) + _body(1) + _body(2)  # nothing taken from a page without furniture


def test_roman_page_numbers_of_the_front_matter():
    pages = [_page(None, _body(0), "iv"), _page(None, _body(1), "v"), _page(None, _body(2), "1")]
    assert clean_pages(pages).labels == ["iv", "v", "1"]


@pytest.mark.parametrize("contents", [
    ["Contents", "Introduction 3", "Country narratives 47", "North Korea 289", "Methodology 512"],
    ["Introduction ........................ 3", "Country narratives ............ 47", "North Korea .......... 289",
     "Methodology ...... 512"],
    ["TABLE OF CONTENTS", "Introduction . . . . . . . . . 3", "Victims' stories …… 12", "Topics of special interest 21"],
])
def test_a_contents_page_gives_no_line(contents):
    layout = clean_pages([_page(None, contents, None), _page(None, BODY, None)])
    assert [line for line in layout.lines if line] == BODY
    assert layout.removed["contents line"] == len(contents)


def test_a_body_line_that_ends_in_a_number_is_not_contents():
    body = ["Officials reported the number of victims identified rose from 45 to 89", *BODY]
    layout = clean_pages([_page(None, body, None)])
    assert [line for line in layout.lines if line] == body


@pytest.mark.parametrize("y_known", [True, False], ids=["positions", "stream order only"])
def test_footnotes_are_flagged_with_their_marker_first(y_known):
    body = [BODY[0], BODY[1] + "12", BODY[2]]
    pages = [_page(None, body, "7", y_known, notes=["12 U.S. Department of State, Trafficking in Persons Report,",
                                                      "June 2020, country narrative."])]
    layout = clean_pages(pages)
    notes = {layout.lines[i]: starts for i, starts in layout.notes.items()}
    assert notes == {"12 U.S. Department of State, Trafficking in Persons Report,": True, "June 2020, country narrative.": False}
    assert "7" not in layout.lines and layout.labels == ["7"]


def test_a_number_starting_a_line_that_no_marker_points_to_is_body():
    body = [*BODY, "45 victims were children."]
    layout = clean_pages([_page(None, body, None, y_known=False)])
    assert layout.notes == {}
