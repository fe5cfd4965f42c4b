"""Metadata detection, the manifest, and compilation excerpts."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from pipeline.ingest import SourceDocument, normalize_text
from pipeline.metadata import apply_manifest, detect_metadata, last_date_in, load_manifest, outlet_of, split_excerpts


def _doc(text: str) -> SourceDocument:
    return SourceDocument(doc_id="x", doc_path="x.txt", text=normalize_text(text))


def test_labelled_publication_date_wins_over_last_updated():
    meta = detect_metadata(_doc("Last Updated: Tuesday, 24 May 2016, 11:51 GMT\n\n2011 Annual Report on Labour\n\n"
                                "Publisher Ministry of Things\n\nPublication Date 27 June 2011\n\nBody. [accessed 25 May 2016]\n"))
    assert meta.title == "2011 Annual Report on Labour"
    assert meta.publisher == "Ministry of Things"
    assert (meta.published, meta.pub_year) == (dt.date(2011, 6, 27), 2011)


def test_year_in_title_gives_the_publication_year_and_publisher():
    meta = detect_metadata(_doc("FEDERAL GOVERNMENT SHUTDOWN\n\n2025 Trafficking in Persons Report: Ruritania\n\nBody text here.\n"))
    assert meta.title == "2025 Trafficking in Persons Report: Ruritania"
    assert (meta.pub_year, meta.published) == (2025, None)
    assert meta.publisher == "United States Department of State"


def test_cite_line_gives_title_and_author():
    meta = detect_metadata(_doc("Main Menu\n\nBody.\n\nCite this webpage as: Doe, Prof. Jane, \"Slavery in Ruritania\",, [accessed <date>]\n"))
    assert meta.title == "Slavery in Ruritania"
    assert meta.publisher == "Prof. Jane Doe"


@pytest.mark.parametrize("line,date,year", [
    ("Jeff Jacoby, The Boston Globe, February 8, 2004", dt.date(2004, 2, 8), 2004),
    ("The Chosun Ilbo, 03 Mar 2008", dt.date(2008, 3, 3), 2008),
    ("Mckenzie Staley, The Borgen Project, 1 December2020", dt.date(2020, 12, 1), 2020),
    ("The Dong-A ILBO, MAY 01, 2009", dt.date(2009, 5, 1), 2009),
    ("2018 Edition", None, 2018),
    ("R.J. Rummel, OrthodoxyToday -- Sources: a report (Summer 2003)", None, None),
])
def test_last_date_in_source_lines(line, date, year):
    found_date, found_year, _ = last_date_in(line)
    assert (found_date, found_year) == (date, year)


@pytest.mark.parametrize("line,outlet", [
    ("Jeff Jacoby, The Boston Globe, ", "The Boston Globe"),
    ("Agence France-Presse AFP, WASHINGTON, ", "Agence France-Presse AFP"),
    ("Barbara Demick, Los Angeles Times, ZELEZNA, Czech Republic, ", "Los Angeles Times"),
    ("U.S. Dept of State Bureau of Democracy, Human Rights, and Labor, ", "U.S. Dept of State Bureau of Democracy, Human Rights, and Labor"),
    ("Doug Struck (with Joohee Cho), Washington Post Foreign Service; Page A01, Seoul, ", "Washington Post Foreign Service"),
])
def test_outlet_of_source_lines(line, outlet):
    assert outlet_of(line) == outlet


COMPILATION = """Collected articles

Intro paragraph about the country since 1995.

First Headline

Jane Roe, The Daily Planet, March 3, 2004

[accessed 29 August 2011]

Some 200,000 people are held.

Second Headline

Herald Tribune, 9 August 2012

[accessed 30 August 2012]

[accessed 1 September 2014]

About 40 workers left.
"""


def test_split_excerpts_gives_each_its_outlet_and_date():
    text = normalize_text(COMPILATION)
    excerpts = split_excerpts(text)
    assert [(e.title, e.source, e.pub_year) for e in excerpts] == [
        ("First Headline", "The Daily Planet", 2004), ("Second Headline", "Herald Tribune", 2012)]
    assert text[excerpts[0].body_start:].lstrip().startswith("Some 200,000")
    assert text[excerpts[1].body_start:].lstrip().startswith("About 40")
    assert excerpts[0].char_end == excerpts[1].char_start


def test_a_page_with_one_accessed_line_is_not_a_compilation():
    assert split_excerpts(normalize_text("Headline\n\nOutlet, May 1, 2001\n\n[accessed 2 May 2001]\n\nBody.\n")) == []


def test_manifest_overrides_detection_and_refuses_paths_outside(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "manifest.csv").write_text(
        "path,title,publisher,url,published\n"
        "a.txt,Given Title,Given Publisher,https://example.org/a,2020-06-25\n"
        "b.txt,,,,2019\n"
        "../secret.txt,Bad,,,\n", encoding="utf-8")
    manifest = load_manifest(corpus)
    assert set(manifest.rows) == {"a.txt", "b.txt"}
    assert manifest.problems and "outside the corpus folder" in manifest.problems[0][1]
    meta = apply_manifest(detect_metadata(_doc("2011 Detected Title\n\nBody.\n")), manifest.rows["a.txt"])
    assert (meta.title, meta.publisher, meta.url, meta.published, meta.pub_year) == (
        "Given Title", "Given Publisher", "https://example.org/a", dt.date(2020, 6, 25), 2020)
    year_only = apply_manifest(detect_metadata(_doc("2011 Detected Title\n\nBody.\n")), manifest.rows["b.txt"])
    assert (year_only.title, year_only.published, year_only.pub_year) == ("2011 Detected Title", None, 2019)


# ---------------------------------------------------------------- header shapes, without a manifest

# (origin, header text, expected published date or year, expected title, expected publisher, expected author)
# Real headers from the public-domain bank (../shared/data/public-domain-text) and the seed corpus come first;
# the shapes the bank lacks (weekday and time, datelines, bylines, outlet lines) are written in the style of
# news pages for these tests.
HEADERS = [
    ("government report (EIA)", "Today in Energy\n\nSep 21, 2021\n\nCrude oil inventories in Cushing, Oklahoma, are down more than 40% from start of 2021\n\nBody.",
     dt.date(2021, 9, 21), "Crude oil inventories in Cushing, Oklahoma, are down more than 40% from start of 2021", None, None),
    ("government report (GAO)", "H-2A Visa Program: Agencies Should Take Additional Steps to Improve Oversight and Enforcement\n\n"
     "GAO-25-106389 Published: Nov 14, 2024. Publicly Released: Nov 14, 2024.\nJump To:\n\nBody.",
     dt.date(2024, 11, 14), "H-2A Visa Program: Agencies Should Take Additional Steps to Improve Oversight and Enforcement", None, None),
    ("government report (GAO)", "International Remittances:\n\nActions Needed to Address Unreliable Official U.S. Estimate\n\n"
     "Published: Feb 26, 2016. Publicly Released: Feb 26, 2016.\n\nBody.", dt.date(2016, 2, 26), "International Remittances:", None, None),
    ("newspaper site", "Tuesday, March 3, 2014\n\nWorkers Sent Abroad Earn Little\n\nBy Jane Doe and John Roe, Staff Writers\n\nBody.",
     dt.date(2014, 3, 3), "Workers Sent Abroad Earn Little", None, "Jane Doe and John Roe"),
    ("newspaper site", "3 March 2014 09:15 GMT\n\nThe Guardian\n\nCamps Hold Thousands\n\nBody.",
     dt.date(2014, 3, 3), "Camps Hold Thousands", "The Guardian", None),
    ("newspaper site", "Workers Sent Abroad Earn Little\n\nPosted on March 3, 2014 by the desk\n\nBody.",
     dt.date(2014, 3, 3), "Workers Sent Abroad Earn Little", None, None),
    ("wire service", "Workers Return Home\n\nSEOUL, March 3 (Yonhap) -- Some 30,000 workers returned home, officials said.",
     None, "Workers Return Home", "Yonhap", None),
    ("wire service", "March 3, 2014\n\nSEOUL, March 3 (Yonhap) -- Some 30,000 workers returned home, officials said.",
     dt.date(2014, 3, 3), None, "Yonhap", None),
    ("NGO page", "Updated: 5 April 2019\n\nForced Labour Abroad\n\nBody.", dt.date(2019, 4, 5), "Forced Labour Abroad", None, None),
]


@pytest.mark.parametrize("origin,text,date,title,publisher,author", HEADERS, ids=[f"{h[0]}: {h[1][:30]}" for h in HEADERS])
def test_header_shapes(origin, text, date, title, publisher, author):
    meta = detect_metadata(_doc(text))
    assert meta.published == date and meta.pub_year == (date.year if date else None), (meta.published, meta.pub_year)
    if title is not None:
        assert meta.title == title
    assert not (meta.title and re.fullmatch(r"[\w ,:.]*\d{4}[\w ,:.]*", meta.title) and len(meta.title) < 40), "a date line is never the title"
    assert meta.publisher == publisher and meta.author == author
    if date is not None:
        assert ("published", "text") in meta.sources


@pytest.mark.parametrize("line", ["2,000 people", "Section 2014", "Article 25 of the Child Protection Code of 2003"])
def test_lines_that_are_not_dates_give_none(line):
    meta = detect_metadata(_doc(f"Forced Labour Abroad\n\n{line}\n\nBody."))
    assert meta.published is None


def test_a_dateline_without_a_year_never_invents_one():
    meta = detect_metadata(_doc("SEOUL, March 3 (Yonhap) -- Some 30,000 workers returned home."))
    assert (meta.published, meta.pub_year) == (None, None)


def test_a_date_in_the_file_name_is_the_last_resort():
    doc = SourceDocument(doc_id="x", doc_path="saved/2014-03-03_report.txt", text=normalize_text("Forced Labour Abroad\n\nBody."))
    meta = detect_metadata(doc)
    assert (meta.published, meta.source_line()) == (dt.date(2014, 3, 3), "title=text; published=filename")
    dated = SourceDocument(doc_id="y", doc_path="2014-03-03_report.txt", text=normalize_text("May 5, 2015\n\nBody."))
    assert detect_metadata(dated).published == dt.date(2015, 5, 5)


def test_html_metadata_is_read_and_named_as_the_source(tmp_path):
    from pipeline.ingest import read_document

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "page.html").write_text(
        '<html><head><title>Workers Abroad | The Daily Example</title>'
        '<meta property="og:title" content="Workers Abroad">'
        '<meta property="og:site_name" content="The Daily Example">'
        '<meta property="article:published_time" content="2014-03-03T09:15:00Z">'
        '<meta name="author" content="Jane Doe"></head><body><article><h1>Workers Abroad</h1>'
        '<p>Some 30,000 workers were sent abroad last year, according to officials who spoke on condition of anonymity.</p>'
        '<p>The state takes up to 90 percent of their wages, the officials said in a statement on Monday.</p>'
        '</article></body></html>', encoding="utf-8")
    meta = detect_metadata(read_document(corpus / "page.html", corpus))
    assert meta.published == dt.date(2014, 3, 3) and meta.title == "Workers Abroad"
    assert ("published", "html") in meta.sources and ("title", "html") in meta.sources


def test_pdf_metadata_is_checked_for_plausibility(tmp_path):
    from conftest import write_pdf
    from pipeline.ingest import read_document

    def pdf(path, title, created):
        write_pdf(path, "Some 30,000 workers were sent abroad.", {"/Title": title, "/Author": "Jane Doe", "/CreationDate": created})

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pdf(corpus / "good.pdf", "Workers Abroad 2014", "D:20140303091500Z")
    pdf(corpus / "odd.pdf", "Microsoft Word - final2.docx", "D:20990101000000Z")
    good = detect_metadata(read_document(corpus / "good.pdf", corpus))
    assert (good.title, good.published, good.author) == ("Workers Abroad 2014", dt.date(2014, 3, 3), "Jane Doe")
    assert ("published", "pdf") in good.sources and ("title", "pdf") in good.sources
    odd = detect_metadata(read_document(corpus / "odd.pdf", corpus))
    assert odd.title != "Microsoft Word - final2.docx" and odd.published is None and odd.pub_year is None


def test_the_manifest_wins_and_says_so(tmp_path):
    meta = detect_metadata(_doc("Tuesday, March 3, 2014\n\nWorkers Sent Abroad Earn Little\n\nBody."))
    (tmp_path / "manifest.csv").write_text("path,title,publisher,url,published\nx.txt,,Given Publisher,,2015-01-02\n", encoding="utf-8")
    given = apply_manifest(meta, load_manifest(tmp_path).rows["x.txt"])
    assert given.published == dt.date(2015, 1, 2)
    assert given.source_line() == "title=text; published=manifest; publisher=manifest"


def test_the_seed_corpus_without_its_manifest_gives_the_manifests_years():
    """Real pages: what the text itself says agrees with what the manifest gives."""
    from conftest import ROOT
    from pipeline.ingest import read_document

    corpus = ROOT / "corpus"
    rows = load_manifest(corpus).rows
    for path in sorted(corpus.glob("*.txt")):
        meta = detect_metadata(read_document(path, corpus))
        assert meta.pub_year == rows[path.name].pub_year, path.name
        if meta.pub_year is not None:
            assert dict(meta.sources)["published"] == "text"
