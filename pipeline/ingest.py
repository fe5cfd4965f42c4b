"""Ingest: files under a corpus folder in, normalized text records out.

Each document is read in isolation: whatever goes wrong with one file becomes
an `error` record naming the reason, and the run goes on. The normalized text
is what every character offset in the output tables refers to.
"""
from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .layout import Layout, clean_pages, page_lines

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
MANIFEST_NAME = "manifest.csv"
DEFAULT_MAX_BYTES = 100 * 1024 * 1024


class IngestError(Exception):
    """A document that cannot be read; the message is shown to the user."""


@dataclass(slots=True)
class SourceDocument:
    doc_id: str
    doc_path: str  # relative to the corpus folder, "/"-separated
    text: str = ""
    status: str = "ok"
    error: str | None = None
    file_format: str = ""
    encoding: str | None = None
    size_bytes: int = 0
    warning: str | None = None  # what was repaired while reading (the document was still read)
    # metadata found by the reader itself (HTML <title>, PDF info): hints for pipeline.metadata
    hints: dict[str, str] = field(default_factory=dict)
    pages: PageMap | None = None  # for a PDF: the page each stretch of the text was drawn on
    # offsets of numbers that are not claims by the document's layout: the marker that starts a footnote
    footnote_markers: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PageMap:
    """Which page of a PDF each stretch of the normalized text was drawn on."""

    starts: tuple[int, ...]  # offsets in the text where a run of one page begins
    pages: tuple[int, ...]  # the 1-based page of each run
    labels: tuple[str | None, ...]  # the printed page number of each page, where one was found

    def at(self, offset: int) -> tuple[int | None, str | None]:
        """(page, printed page number) of the character at `offset`."""
        i = bisect_right(self.starts, offset) - 1
        if i < 0:
            return None, None
        page = self.pages[i]
        return page, self.labels[page - 1] if page - 1 < len(self.labels) else None


def discover(corpus: Path) -> list[Path]:
    """Every supported file under `corpus`, recursively, in a stable order.

    Symbolic links to folders are not followed, so a link loop cannot hang the walk.
    """
    found: list[Path] = []
    for root, dirs, files in os.walk(corpus, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith(".") or name == MANIFEST_NAME:
                continue
            if name.lower().endswith(SUPPORTED_SUFFIXES):
                found.append(Path(root) / name)
    return sorted(found, key=lambda p: relative_path(p, corpus))


def relative_path(path: Path, corpus: Path) -> str:
    return path.relative_to(corpus).as_posix()


def document_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def read_document(path: Path, corpus: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceDocument:
    """Read and normalize one file; never raises for a bad file."""
    rel = relative_path(path, corpus)
    suffix = path.suffix.lower()
    try:
        if path.is_symlink():
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):
                raise IngestError("a broken symbolic link or a symbolic link loop; not read") from None
            if not target.is_relative_to(corpus.resolve()):
                raise IngestError("a symbolic link that points outside the corpus folder; not read")
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes (raise --max-bytes to read it)")
        data = path.read_bytes()
    except IngestError as exc:
        return SourceDocument(doc_id=document_id(rel.encode()), doc_path=rel, status="error", error=str(exc), file_format=suffix.lstrip("."))
    except OSError as exc:
        return SourceDocument(doc_id=document_id(rel.encode()), doc_path=rel, status="error", error=f"could not read the file: {exc.strerror or exc}", file_format=suffix.lstrip("."))
    doc = SourceDocument(doc_id=document_id(data), doc_path=rel, file_format=suffix.lstrip("."), size_bytes=len(data))
    try:
        if not data.strip():
            raise IngestError("the file is empty")
        if suffix == ".pdf":
            layout, doc.hints = pdf_to_layout(data)
            del data
            doc.encoding = None
            reflowed = reflow([_clean_line(line) for line in layout.lines], layout.pages, layout.notes)
            doc.text, doc.footnote_markers = reflowed.text, reflowed.note_markers
            doc.pages = PageMap(tuple(s for s, _ in reflowed.runs), tuple(p for _, p in reflowed.runs), tuple(layout.labels))
        else:
            data, removed = strip_stray_controls(data)
            if removed:
                doc.warning = (f"{removed:,} stray control byte{'s' if removed != 1 else ''} (NUL and the like, "
                               f"left by an export) removed before reading; offsets refer to the text without them")
            decoded, doc.encoding = decode_bytes(data)
            del data
            if suffix in (".html", ".htm"):
                raw, doc.hints = html_to_text(decoded)
            else:
                raw = decoded
            del decoded
            # a huge text is held as chunks that are let go as they are joined, and its lines are
            # cleaned twice, lazily (once for the wrap width): never the text, its lines and the result at once
            chunks = split_chunks(raw)
            del raw
            wrap_width = _looks_hard_wrapped([len(line) for line in iter_clean_lines(chunks)])
            judge = _HyphenJudge(lambda: chunks)
            if any(_HYPHEN_END.search(chunk) for chunk in chunks):
                judge.read()  # the document's spelling, now, before the chunks go
            doc.text = reflow(iter_clean_lines(chunks, consume=True), wrap_width=wrap_width, judge=judge).text
        if not doc.text.strip():
            raise IngestError("no text left after extraction")
    except IngestError as exc:
        doc.status, doc.error, doc.text = "error", str(exc), ""
    except Exception as exc:  # a parser bug on one file must not stop the run
        doc.status, doc.error, doc.text = "error", f"could not be read ({type(exc).__name__}: {exc})", ""
    return doc


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


# C0 control bytes that are not layout (tab, line feed, vertical tab, form feed, carriage return) and DEL
_STRAY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# at most this share of a file's bytes (and at least 16 bytes) may be stray controls for it to be read as damaged text, not binary
STRAY_SHARE = 0.005


def strip_stray_controls(data: bytes) -> tuple[bytes, int]:
    """A text file with a few stray NUL or other control bytes (common in text
    exported from PDFs and databases): the bytes without them and how many were
    removed. Files with a byte-order mark, and files where such bytes are more
    than a few (binary data, UTF-16 without a mark), are returned unchanged."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return data, 0
    stray = len(_STRAY.findall(data))
    if not stray or stray > max(16, int(len(data) * STRAY_SHARE)):
        return data, 0
    return _STRAY.sub(b"", data), stray


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with: UTF-8 (with or without BOM),
    UTF-16 with BOM, then Windows-1252. Binary data is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise IngestError(f"starts with a {encoding} byte-order mark but is not valid {encoding}: {exc.reason}") from None
    if b"\x00" in data[:8192]:
        raise IngestError("not a text file (it contains NUL bytes; binary data?)")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "windows-1252"
        except UnicodeDecodeError:
            raise IngestError("could not decode as UTF-8 or Windows-1252") from None
    controls = len(_CONTROL.findall(text, 0, 8192))
    if controls > max(8, len(text[:8192]) // 100):
        raise IngestError("not a text file (too many control characters; binary data?)")
    return text, encoding


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Main text of an HTML page (no scripts run, nothing fetched) and its metadata hints."""
    import trafilatura
    from trafilatura.metadata import extract_metadata

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True, deduplicate=False)
    if not text:
        # a page with no main-content block: fall back to all visible text
        from lxml import html as lxml_html

        try:
            tree = lxml_html.fromstring(html)
        except Exception as exc:
            raise IngestError(f"HTML could not be parsed: {exc}") from None
        for bad in tree.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        text = "\n\n".join(t.strip() for t in tree.itertext() if t.strip())
    hints: dict[str, str] = {}
    try:
        meta = extract_metadata(html)
    except Exception:
        meta = None
    if meta is not None:
        for key in ("title", "sitename", "url", "date", "author"):
            value = getattr(meta, key, None)
            if value:
                hints[key] = str(value)
    return text or "", hints


def pdf_to_layout(data: bytes) -> tuple[Layout, dict[str, str]]:
    """The text lines of a PDF with its page furniture taken out (pipeline.layout), and its metadata hints."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page_lines(page) for page in reader.pages]
        declared = reader.page_labels if "/PageLabels" in reader.trailer["/Root"] else None
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise IngestError(f"PDF could not be read (truncated or damaged?): {exc}") from None
    if not any(line.text.strip() for page in pages for line in page):
        raise IngestError("PDF has no text layer (scanned?)")
    hints: dict[str, str] = {}
    info = reader.metadata or {}
    for key, name in (("/Title", "title"), ("/Author", "author"), ("/CreationDate", "date")):
        value = info.get(key)
        if value:
            hints[name] = str(value)
    return clean_pages(pages, declared), hints


# ---------------------------------------------------------------- normalization

_REPLACEMENTS = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                 "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                 "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\t": " ",
                 "\u00ad": "", "\u200b": "", "\ufeff": ""}
# one regular expression rather than str.translate with a dict: translate looks up
# every character of the text in the dict, twenty times slower on a long document
_REPLACEABLE = re.compile("[" + "".join(map(re.escape, _REPLACEMENTS)) + "]")
_TERMINAL = tuple('.!?:;"\')]…')


def normalize_text(raw: str) -> str:
    """Readable text with stable offsets: straight quotes, single spaces, hard
    line breaks inside sentences undone, words hyphenated across lines joined,
    paragraphs separated by one blank line."""
    return reflow(clean_lines(raw)).text


def _plain(text: str) -> str:
    """`text` composed (NFC), with quotes straightened and odd spaces made plain."""
    return _REPLACEABLE.sub(lambda m: _REPLACEMENTS[m.group()], unicodedata.normalize("NFC", text))


def _clean_line(line: str) -> str:
    return _squeeze_spaces(_plain(line)).strip()


CLEAN_CHUNK = 1 << 20  # characters cleaned at a time


def clean_lines(raw: str) -> list[str]:
    """The lines of a text with quotes straightened, odd spaces made plain and runs of spaces squeezed."""
    return list(iter_clean_lines(raw))


_HYPHEN_END = re.compile(r"[A-Za-z]-[ \t]*\r?\n")


def split_chunks(raw: str) -> list[str]:
    """The text in chunks of about CLEAN_CHUNK characters, each cut after a line
    feed (so a Windows line break is never split)."""
    chunks, start = [], 0
    while start < len(raw):
        end = len(raw) if len(raw) - start <= CLEAN_CHUNK else raw.find("\n", start + CLEAN_CHUNK) + 1 or len(raw)
        chunks.append(raw[start:end])
        start = end
    return chunks


def iter_clean_lines(raw: str | list[str], consume: bool = False) -> Iterator[str]:
    """`clean_lines`, a chunk of the text at a time: a huge text is not copied
    whole. `consume`: each chunk of a list is let go once its lines are out."""
    chunks = split_chunks(raw) if isinstance(raw, str) else raw
    for index in range(len(chunks)):
        chunk = chunks[index]
        if consume:
            chunks[index] = ""
        text = _plain(chunk)
        del chunk
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n").replace("\v", "\n")
        if index + 1 < len(chunks) and text.endswith("\n"):
            text = text[:-1]  # the line feed the chunk was cut after
        for line in text.split("\n"):
            yield _squeeze_spaces(line).strip()


def _squeeze_spaces(line: str) -> str:
    return re.sub(r" {2,}", " ", line) if "  " in line else line


@dataclass(slots=True)
class Reflowed:
    text: str
    runs: list[tuple[int, int]]  # (offset, page): from that offset on the text was drawn on that page
    note_markers: list[tuple[int, int]]  # offsets of the marker that starts each footnote


def reflow(lines: Iterable[str], pages: list[int] | None = None, notes: dict[int, bool] | None = None,
           wrap_width: int | None = None, judge: _HyphenJudge | None = None) -> Reflowed:
    """Join lines into paragraphs (one blank line between them). With `pages`
    (the page of each line) the page runs of the result are recorded; `notes`
    (line index -> starts a footnote) are footnote lines: each footnote becomes
    a paragraph of its own, placed after the paragraph it interrupted, so that
    a sentence running on to the next page stays whole. `lines` may be an
    iterator when `wrap_width` (see `_looks_hard_wrapped`) and `judge` (what
    settles hyphenated words) are given."""
    notes = notes or {}
    if wrap_width is None:
        lines = list(lines)
        wrap_width = _looks_hard_wrapped([len(line) for i, line in enumerate(lines) if i not in notes])
    wrapped = wrap_width
    judge = judge or _HyphenJudge(lambda: lines)
    out: list[str] = []
    length = 0
    runs: list[tuple[int, int]] = []
    markers: list[tuple[int, int]] = []
    paragraph: list[str] = []
    paragraph_runs: list[tuple[int, int]] = []
    paragraph_length = 0
    last = ""  # the paragraph's last line
    pending: list[tuple[str, int | None, bool]] = []  # footnote lines waiting for their paragraph to end

    def emit(pieces: list[str], piece_runs: list[tuple[int, int]]) -> int:
        nonlocal length
        if out:
            out.append("\n\n")
            length += 2
        base = length
        for relative, page in piece_runs:
            if not runs or runs[-1][1] != page:
                runs.append((base + relative, page))
        text = "".join(pieces)
        out.append(text)
        length += len(text)
        return base

    def close() -> None:
        nonlocal paragraph, paragraph_runs, paragraph_length
        if paragraph:
            emit(paragraph, paragraph_runs)
        paragraph, paragraph_runs, paragraph_length = [], [], 0
        note: list[str] = []
        note_runs: list[tuple[int, int]] = []
        for index, (line, page, starts) in enumerate(pending):
            if note and not starts:
                _join_onto(note, note[-1], line, judge)
            if page is not None:
                note_runs.append((sum(map(len, note)), page))
            note.append(line)
            if index + 1 == len(pending) or pending[index + 1][2]:
                base = emit(note, note_runs)
                marker = re.match(r"\d{1,3}(?=\s|$)", note[0])
                if marker:
                    markers.append((base, base + marker.end()))
                note, note_runs = [], []
        pending.clear()

    gap = 0  # blank lines since the last text line
    for index, line in enumerate(lines):
        page = pages[index] if pages is not None else None
        if index in notes:
            if line:
                pending.append((line, page, notes[index]))
            continue
        if not line:
            gap += 1
            continue
        # how long the text before the break is: a PDF's line (its layout is known), a text file's paragraph so far
        before = len(last) if pages is not None else paragraph_length
        if paragraph and _continues(last, before, line, gap, wrapped):
            paragraph_length += _join_onto(paragraph, last, line, judge)
        else:
            close()
        if page is not None:
            paragraph_runs.append((paragraph_length, page))
        paragraph.append(line)
        paragraph_length += len(line)
        last = line
        gap = 0
    close()
    if out:
        out.append("\n")
    return Reflowed("".join(out), runs, markers)


def _join_onto(pieces: list[str], previous: str, line: str, judge: _HyphenJudge) -> int:
    """Ready `pieces` (ending with the line `previous`) for `line`: add a space,
    or nothing after a hyphen that belongs to the word ("well-" + "known",
    "80,000-" + "120,000"), or take away a hyphen that only split a word
    ("govern-" + "ment"). Returns how much longer the pieces got."""
    if previous.endswith("-") and len(previous) > 1 and previous[-2].isalnum() and line[:1].isalnum():
        left = re.search(r"(?:^|[^A-Za-z-])([A-Za-z]+)-$", previous)
        right = re.match(r"[a-z]+\b(?!-[A-Za-z])", line)  # "servitude-" + "cum-companionship": a compound goes on
        if left and right and judge.joins(left.group(1), right.group()):
            pieces[-1] = pieces[-1][:-1]
            return -1
        return 0
    pieces.append(" ")
    return 1


class _HyphenJudge:
    """Whether a word hyphenated at a line end is one word ("govern-ment") or
    a compound ("well-known"): the document's own spelling elsewhere first,
    then an English word list (pyspellchecker's)."""

    def __init__(self, texts: Callable[[], Iterable[str]]) -> None:
        self.texts = texts  # read on the first hyphenated line end only
        self.plain: set[str] | None = None
        self.hyphenated: set[str] = set()

    def read(self) -> None:
        """Learn the document's spelling: its words, plain and hyphenated."""
        self.plain = set()
        for text in self.texts():
            for word in re.finditer(r"[A-Za-z]+(?:-[A-Za-z]+)*", text):
                word = word.group().lower()
                (self.hyphenated if "-" in word else self.plain).add(word)

    def joins(self, left: str, right: str) -> bool:
        if self.plain is None:
            self.read()
        joined, compound = (left + right).lower(), f"{left}-{right}".lower()
        if compound in self.hyphenated:
            return False
        if joined in self.plain:
            return True
        words = english_words()
        if joined in words:
            return True
        return not (left.lower() in words and right.lower() in words)


@lru_cache(maxsize=1)
def english_words():
    """English words with their frequencies (pyspellchecker's list; loaded on first use)."""
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency


def _looks_hard_wrapped(line_lengths: list[int]) -> int:
    """The wrap width when most lines are cut near one length (PDF text), else 0."""
    lengths = sorted(n for n in line_lengths if n)
    if len(lengths) < 6:
        return 0
    width = lengths[int(len(lengths) * 0.9)]
    if width > 140 or width < 40:
        return 0
    near = sum(1 for n in lengths if n >= 0.7 * width)
    return width if near >= 0.6 * len(lengths) else 0


# a footnote marker after a sentence's end ("labor.12") closes the line as the punctuation would
_MARKED_END = re.compile(r"[A-Za-z][.!?:;\"')\]]\d{1,3}$")


def _continues(previous: str, length: int, line: str, gap: int, wrap_width: int) -> bool:
    """Whether `line` continues the sentence of the line `previous` across a
    line break; `length`: how long the text before the break is."""
    ends_open = not previous.endswith(_TERMINAL) and not _MARKED_END.search(previous)
    starts_lower = line[:1].islower() or line[:1] in ",;)"
    if ends_open and starts_lower:
        return True  # "12 to 16 hours a" / "day, and sometimes"
    if previous.endswith("-") and previous[-2:-1].isalnum() and line[:1].isalnum() and gap == 0:
        return True  # "80,000-" / "120,000 prisoners"
    if wrap_width and length >= 0.7 * wrap_width and (ends_open or gap == 0):
        return True
    return gap == 0 and ends_open and not wrap_width and length > 60 and (line[:1].isalnum() or line[:1] in "(\"'$£€")
