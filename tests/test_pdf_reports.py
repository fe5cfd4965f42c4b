"""Reports as they are published: every document of corpus/ laid out as a
report PDF (running header, page numbers, a contents page, hyphenated line
ends, footnotes; tests/report_pdf.py) gives exactly the claims of its text,
each on the page it was drawn on."""
from __future__ import annotations

import csv
import os
import re
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import CORPUS
from pipeline.ingest import read_document
from pipeline.runner import run_corpus
from report_pdf import lay_out_report

COMPARED = ("value_low", "value_high", "unit", "qualifier", "text")


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The seed corpus as text and as report PDFs (same manifest rows), each run through the pipeline."""
    root = tmp_path_factory.mktemp("reports")
    text_corpus, pdf_corpus = root / "text", root / "pdf"
    text_corpus.mkdir()
    pdf_corpus.mkdir()
    laid_out = {}
    with open(CORPUS / "manifest.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        source = read_document(CORPUS / row["path"], CORPUS)
        # the text the PDF is made from is the normalized text, so both runs share offsets
        (text_corpus / row["path"]).write_text(source.text, encoding="utf-8")
        pdf_name = row["path"].replace(".txt", ".pdf")
        laid_out[pdf_name] = (row["path"], lay_out_report(source.text, pdf_corpus / pdf_name))
    for corpus, rename in ((text_corpus, False), (pdf_corpus, True)):
        with open(corpus / "manifest.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows({**r, "path": r["path"].replace(".txt", ".pdf") if rename else r["path"]} for r in rows)
    run_corpus(text_corpus, root / "text-out", incremental=False)
    run_corpus(pdf_corpus, root / "pdf-out", incremental=False)
    tables = {}
    for name in ("text", "pdf"):
        tables[name] = {
            "claims": pq.read_table(root / f"{name}-out" / "claims.parquet").to_pylist(),
            "documents": pq.read_table(root / f"{name}-out" / "documents.parquet").to_pylist(),
            "mentions": pq.read_table(root / f"{name}-out" / "_audit" / "mentions.parquet").to_pylist(),
        }
    yield laid_out, tables, root
    shutil.rmtree(root, ignore_errors=True)


def _claims_of(table, path):
    return sorted((c for c in table["claims"] if c["doc_path"] == path), key=lambda c: c["char_start"])


def _pair(reports, index):
    """The report of the index-th document: its layout and its claims from the text and from the PDF."""
    laid_out, tables, _ = reports
    pdf_name = sorted(laid_out)[index]
    text_name, report = laid_out[pdf_name]
    return report, _claims_of(tables["text"], text_name), _claims_of(tables["pdf"], pdf_name)


def _without_markers(sentence: str) -> str:
    """A sentence with the footnote markers the layout glued to sentence ends taken out."""
    return re.sub(r"(?<=[a-z][.])\d{1,2}(?=\s|$)", "", sentence)


def test_the_layouts_hold_the_furniture_under_test(reports):
    laid_out, _, _ = reports
    for _, report in laid_out.values():
        assert report.pages >= 2 and report.labels[1] == "iii"
    broken = [h for _, r in laid_out.values() for h in r.hyphenated]
    assert sum(len(r.markers) for _, r in laid_out.values()) >= 5
    assert sum(1 for _, _, compound in broken if not compound) >= 20  # "govern-" | "ment"
    assert sum(1 for _, _, compound in broken if compound) >= 2  # "anti-" | "trafficking": a compound's own hyphen


@pytest.mark.parametrize("index", range(5))
def test_a_report_pdf_reads_as_its_text(reports, index):
    """Furniture out, hyphenated words joined, compounds kept, footnotes set
    apart: the words of the PDF are the words of the text, in order."""
    laid_out, tables, _ = reports
    pdf_name = sorted(laid_out)[index]
    text_name, report = laid_out[pdf_name]
    pdf_text = next(d["text"] for d in tables["pdf"]["documents"] if d["doc_path"] == pdf_name)
    source = next(d["text"] for d in tables["text"]["documents"] if d["doc_path"] == text_name)
    body = "\n\n".join(p for p in pdf_text.split("\n\n") if not re.match(r"\d{1,2} ", p))
    assert " ".join(_without_markers(body).split()) == " ".join(source.split())


@pytest.mark.parametrize("index", range(5))
def test_a_report_pdf_gives_exactly_the_claims_of_its_text(reports, index):
    _, from_text, from_pdf = _pair(reports, index)
    assert [tuple(c[k] for k in COMPARED) for c in from_pdf] == [tuple(c[k] for k in COMPARED) for c in from_text]
    assert [_without_markers(c["sentence"]) for c in from_pdf] == [c["sentence"] for c in from_text]


@pytest.mark.parametrize("index", range(5))
def test_each_claim_of_a_report_pdf_is_on_the_page_it_was_drawn_on(reports, index):
    report, from_text, from_pdf = _pair(reports, index)
    assert len(from_pdf) == len(from_text)
    pages = [c["page"] for c in from_pdf]
    assert pages == [report.page_of[c["char_start"]] for c in from_text]
    assert [c["page_label"] for c in from_pdf] == [report.labels[p] for p in pages]
    assert all(c["page"] is None and c["page_label"] is None for c in from_text)


def test_the_claims_of_the_reports_spread_over_their_pages(reports):
    laid_out, tables, _ = reports
    pages = {(c["doc_path"], c["page"]) for c in tables["pdf"]["claims"]}
    assert len(tables["pdf"]["claims"]) >= 50 and len(pages) >= 8


def test_no_furniture_reaches_the_text_or_the_claims(reports):
    laid_out, tables, _ = reports
    for document in tables["pdf"]["documents"]:
        assert document["status"] == "ok", document["error"]
        text = document["text"]
        assert "TRAFFICKING IN PERSONS REPORT | JUNE 2020" not in text  # the running header
        assert "CONTENTS" not in text and "....." not in text  # the contents page
        report = laid_out[document["doc_path"]][1]
        for label in report.labels.values():
            assert not re.search(rf"(?m)^{label}$", text)  # no lone page number
    for claim in tables["pdf"]["claims"]:
        assert "TRAFFICKING IN PERSONS REPORT" not in claim["sentence"]


def test_footnotes_stay_in_the_text_whole_and_give_no_claim(reports):
    laid_out, tables, _ = reports
    notes = 0
    for document in tables["pdf"]["documents"]:
        report = laid_out[document["doc_path"]][1]
        for _, number in report.markers:
            # each footnote is a paragraph of its own, marker first; no sentence is cut by one
            assert re.search(rf"(?m)^{number} \S", document["text"]), number
            notes += 1
    assert notes >= 5
    skipped = [m for m in tables["pdf"]["mentions"] if m["reason"] == "footnote"]
    claimed_notes = [c for c in tables["pdf"]["claims"] if re.match(r"\d{1,2} (U\.S\.|Interviews|Ibid)", c["sentence"])]
    assert not claimed_notes
    assert len(skipped) >= notes  # the markers in the body and at the start of each note


def test_trace_cites_the_page_and_links_the_pdf_at_it(reports, tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    laid_out, tables, root = reports
    hits = [c for c in tables["pdf"]["claims"] if c["value_low"] == 80000 and c["value_high"] == 120000]
    assert hits
    page_out = tmp_path / "trace.html"
    result = CliRunner().invoke(app, ["trace", "80,000 to 120,000", "--tables", str(root / "pdf-out"),
                                      "--html", str(page_out), "--corpus", str(root / "pdf")])
    assert result.exit_code == 0, result.output
    html = page_out.read_text(encoding="utf-8")
    for hit in hits:
        report = laid_out[hit["doc_path"]][1]
        assert f"{hit['doc_path']}, p. {report.labels[hit['page']]}, PDF page {hit['page']}" in result.output
        link = Path(os.path.relpath(root / "pdf" / hit["doc_path"], tmp_path)).as_posix()
        assert f'href="{link}#page={hit["page"]}"' in html
