"""Documents and batches: one document read, run through the spaCy components
and assembled into claims (in pieces when it is huge); a batch of documents
processed with the cache of an earlier run. Where a batch runs (this process,
a pool, a Dask cluster) is pipeline.engines's business; the run is pipeline.runner's.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import cache, vocab
from .claims import Claim, MentionRecord, assemble_claims
from .ingest import DEFAULT_MAX_BYTES, SourceDocument, document_id, read_document
from .metadata import Manifest, apply_manifest, detect_metadata, split_excerpts
from .nlp import sentence_spans
from .quantities import Mention, Quantity, shift_mention, shift_quantity
from .syntax import Frame

BLOCK_CHARS = 50_000
# a document longer than this is processed and written in pieces of about SEGMENT_CHARS,
# so that memory holds one piece's records, not a whole 50 MB document's
STREAM_CHARS = 2_000_000
SEGMENT_CHARS = 250_000  # a piece's spaCy docs take about 80 MB
TOPIC_CHARS = 2_000  # a document's opening (title, first lines): what it is about, for every block of it


@dataclass
class DocumentResult:
    """A document's row with its claims and mentions; or, for a piece of a huge
    document, `row` None and the document's text to check the piece against."""

    row: dict | None
    claims: list[Claim]
    mentions: list[MentionRecord]
    doc_id: str | None = None
    text: str | None = None
    alone: bool = False  # a huge document's row, its text already in Arrow: written on its own, never cached


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


def numeric_blocks(text: str, max_chars: int = BLOCK_CHARS) -> Iterator[tuple[int, str]]:
    """Blocks (runs of consecutive paragraphs) that can hold a number, in order:
    a paragraph without a digit or number word holds no claim and no mention,
    so it is not tokenized at all."""
    from .quantities import number_hint

    hint = number_hint()
    run_start = run_end = None
    for offset, block in iter_blocks(text, max_chars):
        lowered = block.lower()
        for m in re.finditer(r"[^\n]+", block):
            if hint.search(lowered, m.start(), m.end()):
                start, end = offset + m.start(), offset + m.end()
                if run_start is not None and start - run_end <= 2 and end - run_start <= max_chars:
                    run_end = end
                    continue
                if run_start is not None:
                    yield run_start, text[run_start:run_end]
                run_start, run_end = start, end
    if run_start is not None:
        yield run_start, text[run_start:run_end]


def segments(text: str, segment_chars: int = SEGMENT_CHARS) -> Iterator[list[tuple[int, str]]]:
    """The numeric blocks of a text, grouped into pieces of about `segment_chars`."""
    piece: list[tuple[int, str]] = []
    size = 0
    for block in numeric_blocks(text):
        piece.append(block)
        size += len(block[1])
        if size >= segment_chars:
            yield piece
            piece, size = [], 0
    if piece:
        yield piece


def extract(nlp, text: str, blocks: list[tuple[int, str]] | None = None) -> tuple[list[tuple[int, int]], list[Quantity], list[Mention], list[Frame | None]]:
    """Sentences (of the paragraphs that hold numbers), quantities, mentions
    and the syntactic frame of each quantity (offsets within its sentence) of a
    whole text, or of its `blocks` only; offsets in `text`."""
    sentences: list[tuple[int, int]] = []
    quantities: list[Quantity] = []
    mentions: list[Mention] = []
    frames: list[Frame | None] = []
    blocks = list(numeric_blocks(text)) if blocks is None else blocks
    topic = text[:TOPIC_CHARS]

    def block_docs():
        for _, block in blocks:
            doc = nlp.make_doc(block)
            doc._.claims_topic = topic
            yield doc

    for (offset, _), doc in zip(blocks, nlp.pipe(block_docs())):
        sentences.extend((offset + start, offset + end) for start, end in sentence_spans(doc))
        base = len(quantities)
        quantities.extend(shift_quantity(q, offset) for q in doc._.claims_quantities)
        mentions.extend(shift_mention(m, offset, base) for m in doc._.claims_mentions)
        frames.extend(doc._.claims_frames or [None] * len(doc._.claims_quantities))
    return sentences, quantities, mentions, frames


def process_document(path: Path, corpus: Path, nlp, manifest: Manifest, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[DocumentResult]:
    """Read, extract and assemble one document. Yields one result with its row;
    a document over STREAM_CHARS first yields its claims in pieces (row None),
    then its row alone, so that its records never sit in memory all at once."""
    source = read_document(path, corpus, max_bytes=max_bytes)
    if source.status != "ok":
        yield DocumentResult(document_row(source, None, 0, 0), [], [])
        return
    streamed = len(source.text) > STREAM_CHARS
    if streamed:
        release_memory()  # what reading it left behind
    n_claims = n_excerpts = written = 0  # written: pieces of a huge document already out
    meta = None
    claims: list[Claim] = []
    mention_records: list[MentionRecord] = []
    try:
        meta = apply_manifest(detect_metadata(source), manifest.rows.get(source.doc_path))
        n_excerpts = len(excerpts := split_excerpts(source.text))
        for blocks in segments(source.text, SEGMENT_CHARS) if streamed else [None]:
            sentences, quantities, mentions, frames = extract(nlp, source.text, blocks)
            claims, mention_records = assemble_claims(
                source.doc_id, source.doc_path, source.text, meta, excerpts, sentences, quantities, mentions, frames,
                pages=source.pages, footnote_markers=source.footnote_markers,
            )
            if streamed and (claims or mention_records):  # a piece of a huge document: out before the next is read
                yield DocumentResult(None, claims, mention_records, source.doc_id, source.text)
                n_claims, written = n_claims + len(claims), written + 1
                claims, mention_records = [], []
                release_memory()  # the piece is written: its records are gone, give their memory back
        n_claims += len(claims)
    except Exception as exc:  # one document's bug must not cost the others
        failure = f"extraction failed ({type(exc).__name__}: {exc}); please report it"
        if not written:  # nothing written yet: the document is an error row
            source.status, source.error = "error", failure
            yield DocumentResult(document_row(source, None, 0, 0), [], [])
            return
        # pieces of a huge document are written already: keep them, and say where it stopped
        source.warning = f"{failure}, after {n_claims:,} claims; the rest of the document was not read"
    if not streamed:
        yield DocumentResult(document_row(source, meta, n_claims, n_excerpts), claims, mention_records)
        return
    # The row of a huge document goes out with its text already UTF-8 in Arrow, and the
    # str let go: a str of a text with one character beyond Latin-1 takes 2 bytes a
    # character, and pyarrow's own conversion would add a UTF-8 copy and a growing buffer.
    row = document_row(source, meta, n_claims, n_excerpts)
    row["text"], source.text = encoded_text(source.text), None
    yield DocumentResult(row, [], [], alone=True)


def encoded_text(text: str):
    """A text as a one-value Arrow string array over its UTF-8 bytes, without copying them."""
    import pyarrow as pa

    data = text.encode("utf-8")
    return pa.StringArray.from_buffers(1, pa.array([0, len(data)], pa.int32()).buffers()[1], pa.py_buffer(data))


def release_memory() -> None:
    """Hand memory freed by a huge document's piece back to the system: glibc keeps
    freed blocks of a few megabytes for reuse (malloc_trim), and so does Arrow's pool.
    Elsewhere than glibc, only Arrow's part is done."""
    import ctypes

    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass


def document_row(source: SourceDocument, meta, n_claims: int, n_excerpts: int) -> dict:
    return {
        "doc_id": source.doc_id, "doc_path": source.doc_path,
        "title": meta.title if meta else None, "publisher": meta.publisher if meta else None,
        "url": meta.url if meta else None, "published": meta.published if meta else None,
        "pub_year": meta.pub_year if meta else None,
        "author": meta.author if meta else None, "metadata_source": meta.source_line() if meta else None,
        "text": source.text, "status": source.status, "error": source.error, "warning": source.warning,
        "file_format": source.file_format, "encoding": source.encoding, "size_bytes": source.size_bytes,
        "n_claims": n_claims, "n_excerpts": n_excerpts,
    }


# ---------------------------------------------------------------- batches

@dataclass(frozen=True)
class Plan:
    """One document to process: its path, its id (hash of its bytes, None if
    unreadable), and the earlier path with the same bytes, if any."""

    rel_path: str
    doc_id: str | None
    duplicate_of: str | None = None


@dataclass
class Settings:
    """What a worker needs to process a batch: plain, picklable values."""

    corpus: str
    model: str | None
    max_bytes: int
    manifest: Manifest
    cache_read: str | None = None  # the previous run's cache folder
    cache_write: str | None = None  # this run's cache folder (in the staging folder)
    analysis: bool = False  # also collect what figures and trends need
    taxonomy: dict | None = None  # a user's metric taxonomy (pipeline/taxonomy.py); None: the shipped one


@dataclass
class BatchResult:
    index: int
    rows: list[dict]
    claims: list[Claim]
    mentions: list[MentionRecord]
    processed: int = 0  # documents that went through the extractor
    reused: int = 0  # documents taken from the cache of an earlier run
    texts: dict[str, str] = field(default_factory=dict)  # doc_id -> text of a document whose row comes in a later result


_WORKER: dict = {}


def nlp_for(model: str | None):
    """One pipeline per process, built on first use."""
    if _WORKER.get("model", object()) != model or "nlp" not in _WORKER:
        from .nlp import build_pipeline

        _WORKER["nlp"], _WORKER["model"] = build_pipeline(model), model
    return _WORKER["nlp"]


def process_batch(settings: Settings, index: int, batch: list[Plan]) -> Iterator[BatchResult]:
    """Process the documents of one batch, reusing cached results where the
    document, its path, its manifest row and the extractor are unchanged.
    Yields the batch's results; a huge document's pieces come out on their own
    (`texts` holds its text for the checks), each written before the next is
    made, so memory holds one piece."""
    corpus = Path(settings.corpus)
    vocab.use_taxonomy(settings.taxonomy)  # a worker process learns the run's taxonomy with its batch
    cache_read = Path(settings.cache_read) if settings.cache_read else None
    cache_write = Path(settings.cache_write) if settings.cache_write else None
    result = BatchResult(index, [], [], [])
    for plan in batch:
        if plan.duplicate_of is not None:
            result.rows.append(_duplicate_row(corpus, plan))
            continue
        name = None
        if plan.doc_id is not None:
            name = cache.entry_name(plan.doc_id, plan.rel_path, settings.manifest.rows.get(plan.rel_path))
            cached = cache.load(cache_read, name)
            if cached is not None:
                row, claims, mentions = cached
                if cache_write is not None:
                    cache.carry(cache_read, cache_write, name)
                result.rows.append(row)
                result.claims.extend(claims)
                result.mentions.extend(mentions)
                result.reused += 1
                continue
        for document in process_document(corpus / plan.rel_path, corpus, nlp_for(settings.model), settings.manifest, settings.max_bytes):
            if document.row is None or document.alone:  # a huge document's piece or row: the batch so far goes out first, in order
                if result.rows or result.claims or result.mentions:
                    yield result
                    result = BatchResult(index, [], [], [])
                if document.row is None:
                    yield BatchResult(index, [], document.claims, document.mentions, texts={document.doc_id: document.text})
                else:
                    yield BatchResult(index, [document.row], document.claims, document.mentions, processed=1)
                continue
            result.processed += 1
            # a huge document (alone) is not cached: one entry would hold it whole, in memory and on disk
            if name is not None and cache_write is not None and document.row["status"] == "ok" and document.row["doc_id"] == plan.doc_id:
                cache.save(cache_write, name, document.row, document.claims, document.mentions)
            result.rows.append(document.row)
            result.claims.extend(document.claims)
            result.mentions.extend(document.mentions)
    yield result


def _duplicate_row(corpus: Path, plan: Plan) -> dict:
    source = SourceDocument(doc_id=document_id(f"{plan.doc_id}:{plan.rel_path}".encode()), doc_path=plan.rel_path,
                            status="error", error=f"same bytes as {plan.duplicate_of}; its claims are listed under that document",
                            file_format=Path(plan.rel_path).suffix.lstrip(".").lower())
    try:
        source.size_bytes = (corpus / plan.rel_path).stat().st_size
    except OSError:
        pass
    return document_row(source, None, 0, 0)


def plan_corpus(corpus: Path, paths: list[Path], max_bytes: int) -> list[Plan]:
    """Hash every file once: the hash is the document id and the cache key, and
    two files with the same bytes are one document."""
    import hashlib

    plans, first_path = [], {}
    for path in paths:
        rel = path.relative_to(corpus).as_posix()
        doc_id = None
        try:
            if path.stat().st_size <= max_bytes:
                digest = hashlib.sha256()
                with open(path, "rb") as handle:
                    for chunk in iter(lambda: handle.read(1 << 20), b""):
                        digest.update(chunk)
                doc_id = digest.hexdigest()[:16]
        except (OSError, RuntimeError):
            pass  # the reader reports why
        duplicate_of = first_path.get(doc_id) if doc_id else None
        if doc_id and duplicate_of is None:
            first_path[doc_id] = rel
        plans.append(Plan(rel, doc_id, duplicate_of))
    return plans


def batches_of(plans: list[Plan], jobs: int, batch_docs: int | None = None) -> list[list[Plan]]:
    """Batches small enough to keep every worker busy, large enough to amortise a task.

    In parallel the batches shrink as the corpus runs out (guided scheduling):
    early batches are large, the last ones a document or two, so that no
    process sits idle at the end while another finishes a large batch."""
    if batch_docs is None and jobs > 1:
        batches, start = [], 0
        while start < len(plans):
            size = max(1, min(8, -(-(len(plans) - start) // (4 * jobs))))
            batches.append(plans[start : start + size])
            start += size
        return batches
    size = batch_docs or max(1, min(32, -(-len(plans) // 4)))
    return [plans[i : i + size] for i in range(0, len(plans), size)]


