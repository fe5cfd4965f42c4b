"""Reading files: encodings, formats and text normalization."""
from __future__ import annotations

import codecs

import pytest

from conftest import write_pdf
from pipeline.ingest import IngestError, decode_bytes, discover, normalize_text, read_document

NORMALIZATION = [
    # hard-wrapped PDF text: every line full width, blank lines between lines
    ("\n".join(["The government recruits workers for bilateral contracts with foreign governments, ",
                "",
                "including in Russia and countries in Africa, Central and Eastern Europe, and the ",
                "",
                "Middle East. There are credible reports that many workers sent abroad are under ",
                "",
                "surveillance by minders of the government who report on them to the embassy. ",
                " ",
                "",
                "The government made little, if any, effort to combat trafficking in persons and it ",
                "",
                "continued to restrict movement of its citizens internally and across its borders. "]),
     "The government recruits workers for bilateral contracts with foreign governments, including in Russia and "
     "countries in Africa, Central and Eastern Europe, and the Middle East. There are credible reports that many "
     "workers sent abroad are under surveillance by minders of the government who report on them to the embassy."
     "\n\nThe government made little, if any, effort to combat trafficking in persons and it continued to restrict "
     "movement of its citizens internally and across its borders.\n"),
    # a paragraph break inside a sentence
    ("They work an average of 12 to 16 hours a\n\nday, and sometimes more.\n", "They work an average of 12 to 16 hours a day, and sometimes more.\n"),
    # headlines stay their own paragraphs
    ("An Auschwitz In Korea\n\nJeff Jacoby, The Boston Globe, February 8, 2004\n\nBody text.\n",
     "An Auschwitz In Korea\n\nJeff Jacoby, The Boston Globe, February 8, 2004\n\nBody text.\n"),
    # words hyphenated across lines are joined, quotes straightened, spaces collapsed
    ("The govern-\nment said \u201cno\u201d to the  minders\u2019 report.\n", 'The government said "no" to the minders\' report.\n'),
    # a single line break inside a sentence is undone; Windows breaks and no-break spaces are normalized
    ("A\u00a0line\r\nwith Windows breaks\r\n\r\nNext paragraph.", "A line with Windows breaks\n\nNext paragraph.\n"),
    # a line that ends a sentence keeps its break, as a paragraph break
    ("First sentence ends here.\nSecond line starts a new one.\n", "First sentence ends here.\n\nSecond line starts a new one.\n"),
    # a hyphen at a line end: a split word is joined, a compound keeps its hyphen (real TIP sentences)
    ("North Korean workers face long hours and are often unaware of the terms of their employ-\nment contracts.\n",
     "North Korean workers face long hours and are often unaware of the terms of their employment contracts.\n"),
    ("The government did not provide anti-\ntrafficking training to its diplomatic personnel.\n",
     "The government did not provide anti-trafficking training to its diplomatic personnel.\n"),
    ("It is a well-\nknown source country for men, women and children subjected to forced labor.\n",
     "It is a well-known source country for men, women and children subjected to forced labor.\n"),
    ("a kind of indentured servitude-\ncum-companionship, the report said.\n", "a kind of indentured servitude-cum-companionship, the report said.\n"),
    # the document's own spelling decides before the word list: "re-education" elsewhere keeps this one
    ("Officials sent them to re-education camps. Others were sent to re-\neducation through labor camps.\n",
     "Officials sent them to re-education camps. Others were sent to re-education through labor camps.\n"),
    # a British spelling the word list lacks is still joined: neither half is a word of its own
    ("Children were forced to la-\nbour in the fields.\n", "Children were forced to labour in the fields.\n"),
    # a hyphen between figures stays, without a space
    ("It holds an estimated 80,000-\n120,000 prisoners in political prison camps across the country.\n",
     "It holds an estimated 80,000-120,000 prisoners in political prison camps across the country.\n"),
]


@pytest.mark.parametrize("raw,expected", NORMALIZATION)
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("data,encoding", [
    ("caf\u00e9 \u20ac5".encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + "caf\u00e9".encode("utf-8"), "utf-8-sig"),
    ("caf\u00e9 \u201cquoted\u201d".encode("utf-16"), "utf-16"),
    ("caf\u00e9 \u201cquoted\u201d \u20ac5".encode("cp1252"), "windows-1252"),
])
def test_decode_bytes_detects_encodings(data, encoding):
    text, found = decode_bytes(data)
    assert found == encoding
    assert "caf\u00e9" in text


def test_binary_is_refused_with_a_reason():
    with pytest.raises(IngestError, match="not a text file"):
        decode_bytes(bytes(range(256)))


def test_discover_is_recursive_sorted_and_skips_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/z.txt", "a.md", "c.HTML", "d.pdf", "manifest.csv", "e.docx", ".hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)] == ["a.md", "b/z.txt", "c.HTML", "d.pdf"]


def test_read_document_reports_bad_files_without_raising(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    empty = read_document(tmp_path / "empty.txt", tmp_path)
    broken = read_document(tmp_path / "broken.pdf", tmp_path)
    assert (empty.status, empty.error) == ("error", "the file is empty")
    assert broken.status == "error" and "PDF" in broken.error


def test_pdf_text_is_read(tmp_path):
    write_pdf(tmp_path / "doc.pdf", "Some 300 residents were evacuated.", width=400)
    doc = read_document(tmp_path / "doc.pdf", tmp_path)
    assert doc.status == "ok", doc.error
    assert "Some 300 residents were evacuated." in doc.text

    write_pdf(tmp_path / "scan.pdf", None, width=100, height=100)
    scanned = read_document(tmp_path / "scan.pdf", tmp_path)
    assert scanned.error == "PDF has no text layer (scanned?)"


def test_doc_id_is_a_hash_of_the_bytes(tmp_path):
    (tmp_path / "a.txt").write_text("Same bytes 5.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Same bytes 5.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Other bytes 5.", encoding="utf-8")
    ids = [read_document(tmp_path / n, tmp_path).doc_id for n in ("a.txt", "b.txt", "c.txt")]
    assert ids[0] == ids[1] != ids[2]


def test_a_few_stray_nul_bytes_are_removed_with_a_warning(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "Some 30,000 workers were sent abroad in 2019.\n" * 40
    damaged = text[:100] + "\x00" + text[100:700] + "\x00\x01" + text[700:]
    (corpus / "export.txt").write_bytes(damaged.encode("utf-8"))
    doc = read_document(corpus / "export.txt", corpus)
    assert doc.status == "ok" and doc.text == normalize_text(text)
    assert doc.warning is not None and doc.warning.startswith("3 stray control bytes")


def test_mostly_binary_data_is_still_refused(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "image.txt").write_bytes(bytes(range(256)) * 20)
    doc = read_document(corpus / "image.txt", corpus)
    assert doc.status == "error" and "binary" in doc.error and doc.warning is None
