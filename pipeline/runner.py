"""Run the stages over a corpus: ingest -> metadata -> spaCy components ->
claims -> store. Data flows one way; each document is processed in isolation."""
from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .claims import Claim, MentionRecord, assemble_claims
from .ingest import DEFAULT_MAX_BYTES, SourceDocument, discover, document_id, read_document
from .nlp import sentence_spans
from .metadata import Manifest, apply_manifest, detect_metadata, load_manifest, split_excerpts
from .quantities import Mention, Quantity, shift_mention, shift_quantity
from .store import CLAIMS_SCHEMA, DOCUMENTS_SCHEMA, MENTIONS_SCHEMA, records_to_table, validate, write_tables

BLOCK_CHARS = 50_000
# The audit table of every number seen lives in a "_"-prefixed folder, so that a
# tool reading the output folder as one claims dataset does not mix it in.
AUDIT_MENTIONS = "_audit/mentions"


class CorpusError(Exception):
    """The corpus as a whole cannot be read (missing folder, ...)."""


class StrictError(Exception):
    """--strict: a document could not be read, so the run stops and writes nothing."""


class RunInterrupted(Exception):
    """Ctrl-C: what was finished, so that the user knows where the run stopped."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__(f"interrupted after {done} of {total} documents; no tables were written, the previous outputs are unchanged")
        self.done, self.total = done, total


@dataclass
class RunSummary:
    documents: int = 0
    claims: int = 0
    errors: int = 0
    seconds: float = 0.0
    out_dir: Path | None = None
    error_messages: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.documents} documents, {self.claims} claims, {self.errors} errors "
                f"in {self.seconds:.1f} s -> {self.out_dir}")


@dataclass
class DocumentResult:
    row: dict
    claims: list[Claim]
    mentions: list[MentionRecord]


def iter_blocks(text: str, max_chars: int = BLOCK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, text) blocks of whole paragraphs, each under `max_chars` where
    a paragraph allows; an overlong paragraph is cut after a sentence end."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + max_chars)
        if end < n:
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = max(text.rfind(". ", start, end), text.rfind("\n", start, end))
                cut = cut + 1 if cut > start else end
            end = cut
        yield start, text[start:end]
        start = end


def extract(nlp, text: str) -> tuple[list[tuple[int, int]], list[Quantity], list[Mention]]:
    """Sentences, quantities and mentions of a whole text, offsets in `text`."""
    sentences: list[tuple[int, int]] = []
    quantities: list[Quantity] = []
    mentions: list[Mention] = []
    blocks = list(iter_blocks(text))
    for (offset, _), doc in zip(blocks, nlp.pipe(block for _, block in blocks)):
        sentences.extend((offset + start, offset + end) for start, end in sentence_spans(doc))
        base = len(quantities)
        quantities.extend(shift_quantity(q, offset) for q in doc._.claims_quantities)
        for m in doc._.claims_mentions:
            m = shift_mention(m, offset)
            if m.quantity is not None:
                m = Mention(m.char_start, m.char_end, m.text, m.reason, m.quantity + base)
            mentions.append(m)
    return sentences, quantities, mentions


def process_document(path: Path, corpus: Path, nlp, manifest: Manifest, max_bytes: int = DEFAULT_MAX_BYTES) -> DocumentResult:
    source = read_document(path, corpus, max_bytes=max_bytes)
    if source.status != "ok":
        return DocumentResult(_document_row(source, None, 0, 0), [], [])
    try:
        meta = apply_manifest(detect_metadata(source), manifest.rows.get(source.doc_path))
        excerpts = split_excerpts(source.text)
        sentences, quantities, mentions = extract(nlp, source.text)
        claims, mention_records = assemble_claims(
            source.doc_id, source.doc_path, source.text, meta, excerpts, sentences, quantities, mentions
        )
    except Exception as exc:  # one document's bug must not cost the others
        source.status, source.error = "error", f"extraction failed ({type(exc).__name__}: {exc}); please report it"
        return DocumentResult(_document_row(source, None, 0, 0), [], [])
    return DocumentResult(_document_row(source, meta, len(claims), len(excerpts)), claims, mention_records)


def _document_row(source: SourceDocument, meta, n_claims: int, n_excerpts: int) -> dict:
    return {
        "doc_id": source.doc_id, "doc_path": source.doc_path,
        "title": meta.title if meta else None, "publisher": meta.publisher if meta else None,
        "url": meta.url if meta else None, "published": meta.published if meta else None,
        "pub_year": meta.pub_year if meta else None,
        "text": source.text, "status": source.status, "error": source.error,
        "file_format": source.file_format, "encoding": source.encoding, "size_bytes": source.size_bytes,
        "n_claims": n_claims, "n_excerpts": n_excerpts,
    }


def run_corpus(corpus: Path, out_dir: Path, *, model: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               progress: bool = False, strict: bool = False) -> RunSummary:
    """Process every document under `corpus` and write the tables to `out_dir`."""
    from tqdm import tqdm

    from .nlp import build_pipeline

    started = time.perf_counter()
    corpus, out_dir = Path(corpus), Path(out_dir)
    if not corpus.is_dir():
        raise CorpusError(f"corpus folder not found: {corpus}")
    manifest = load_manifest(corpus)
    nlp = build_pipeline(model)
    paths = discover(corpus)
    rows, claims, mentions = [], [], []
    try:
        for path in tqdm(paths, desc="documents", unit="doc", disable=not progress):
            result = process_document(path, corpus, nlp, manifest, max_bytes=max_bytes)
            if strict and result.row["status"] != "ok":
                raise StrictError(f"{result.row['doc_path']}: {result.row['error']} (--strict: nothing was written)")
            rows.append(result.row)
            claims.extend(result.claims)
            mentions.extend(result.mentions)
    except KeyboardInterrupt:
        raise RunInterrupted(len(rows), len(paths)) from None
    if strict and manifest.problems:
        raise StrictError(f"{manifest.problems[0][0]}: {manifest.problems[0][1]} (--strict: nothing was written)")
    known = {r["doc_path"] for r in rows}
    for raw_path, reason in manifest.problems:
        if raw_path not in known:
            rows.append(_document_row(SourceDocument(doc_id=document_id(f"manifest:{raw_path}".encode()), doc_path=raw_path,
                                                     status="error", error=reason, file_format="manifest"), None, 0, 0))
    documents_table = records_to_table(rows, DOCUMENTS_SCHEMA)
    claims_table = records_to_table(claims, CLAIMS_SCHEMA)
    mentions_table = records_to_table(mentions, MENTIONS_SCHEMA)
    validate(documents_table, claims_table, mentions_table)
    write_tables(out_dir, {"documents": documents_table, "claims": claims_table, AUDIT_MENTIONS: mentions_table})
    errors = [f"{r['doc_path']}: {r['error']}" for r in rows if r["status"] != "ok"]
    return RunSummary(documents=len(rows), claims=len(claims), errors=len(errors),
                      seconds=time.perf_counter() - started, out_dir=out_dir, error_messages=errors)


EXTRACTOR_VERSION = __version__
