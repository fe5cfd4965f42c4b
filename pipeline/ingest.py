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
from dataclasses import dataclass, field
from pathlib import Path

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
            raw, doc.hints = pdf_to_text(data)
            doc.encoding = None
        else:
            data, removed = strip_stray_controls(data)
            if removed:
                doc.warning = (f"{removed:,} stray control byte{'s' if removed != 1 else ''} (NUL and the like, "
                               f"left by an export) removed before reading; offsets refer to the text without them")
            decoded, doc.encoding = decode_bytes(data)
            if suffix in (".html", ".htm"):
                raw, doc.hints = html_to_text(decoded)
            else:
                raw = decoded
        doc.text = normalize_text(raw)
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


def pdf_to_text(data: bytes) -> tuple[str, dict[str, str]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise IngestError(f"PDF could not be read (truncated or damaged?): {exc}") from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise IngestError("PDF has no text layer (scanned?)")
    hints: dict[str, str] = {}
    info = reader.metadata or {}
    for key, name in (("/Title", "title"), ("/Author", "author"), ("/CreationDate", "date")):
        value = info.get(key)
        if value:
            hints[name] = str(value)
    return text, hints


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
    text = _REPLACEABLE.sub(lambda m: _REPLACEMENTS[m.group()], unicodedata.normalize("NFC", raw))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n").replace("\v", "\n")
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    wrapped = _looks_hard_wrapped(lines)
    paragraphs: list[str] = []
    current = ""
    gap = 0  # blank lines since the last text line
    for line in lines:
        if not line:
            gap += 1
            continue
        if current and _continues(current, line, gap, wrapped):
            if current.endswith("-") and len(current) > 1 and current[-2].isalpha() and line[:1].islower():
                current = current[:-1] + line  # "govern-" + "ment"
            else:
                current = current + " " + line
        elif current:
            paragraphs.append(current)
            current = line
        else:
            current = line
        gap = 0
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs) + ("\n" if paragraphs else "")


def _looks_hard_wrapped(lines: list[str]) -> int:
    """The wrap width when most lines are cut near one length (PDF text), else 0."""
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < 6:
        return 0
    width = lengths[int(len(lengths) * 0.9)]
    if width > 140 or width < 40:
        return 0
    near = sum(1 for n in lengths if n >= 0.7 * width)
    return width if near >= 0.6 * len(lengths) else 0


def _continues(previous: str, line: str, gap: int, wrap_width: int) -> bool:
    """Whether `line` continues the sentence of `previous` across a line break."""
    ends_open = not previous.endswith(_TERMINAL)
    starts_lower = line[:1].islower() or line[:1] in ",;)"
    if ends_open and starts_lower:
        return True  # "12 to 16 hours a" / "day, and sometimes"
    if wrap_width and len(previous) >= 0.7 * wrap_width and (ends_open or gap == 0):
        return True
    return gap == 0 and ends_open and not wrap_width and len(previous) > 60 and line[:1].isalnum()
