"""Metadata detection, the manifest, and compilation excerpts."""
from __future__ import annotations

import datetime as dt

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
