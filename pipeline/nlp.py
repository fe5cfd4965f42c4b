"""spaCy components that wrap the record-level stages.

The default pipeline is `spacy.blank("en")` with two rule-based components:

- `claims_sentencizer`: sentence boundaries at terminal punctuation followed by
  a capitalised word, and at paragraph breaks (headlines have no full stop).
- `claims_quantities`: runs `pipeline.quantities.find_quantities` over each
  sentence and sets `doc.spans["claims_quantities"]`, `Span._.claims_quantity`,
  `Doc._.claims_quantities` and `Doc._.claims_mentions`.
- `claims_syntax`: parses only the sentences that hold a quantity with the
  project's trained tagger and parser (`pipeline/models/`, or a user's
  pipeline given as `model`) and sets `Doc._.claims_frames`, one
  `pipeline.syntax.Frame` per quantity: what the figure is about.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, minibatch

from . import vocab
from .quantities import Mention, Quantity, find_quantities, number_hint, shift_mention, shift_quantity
from .syntax import frame_of, load_parser, parser_pieces, repair_tree, share_change, share_elided, share_elliptical, share_restated_total

SPAN_KEY = "claims_quantities"

# Namespaced extensions, registered once at import (as spaCy's own components do).
for _name, _owner in (("claims_quantities", Doc), ("claims_mentions", Doc), ("claims_quantity", Span), ("claims_sentences", Doc),
                      ("claims_text", Doc), ("claims_frames", Doc), ("claims_topic", Doc)):
    if not _owner.has_extension(_name):
        _owner.set_extension(_name, default=None)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(vocab.load_lines("abbreviations.txt"))


# A sentence ends at terminal punctuation (and closing quotes or brackets, and a
# footnote marker after them: "... beat one of them.3 Of these ...") before a word
# that does not start in lower case, and at every line break.
_BOUNDARY = re.compile(r"(?<=[a-z])(?P<marked>[.!?][\"')\]»”’]*\d{1,3})\s+(?=[\"'(“‘]?[A-Z])"
                       r"|(?P<end>[.!?…]+[\"')\]»]*)\s+(?=(?P<next>\S))|\n\s*(?=\S)")
_INITIALISM = re.compile(r"(?:^|[\s(\[])(?:[A-Za-z]\.)*[A-Za-z]$")


def sentence_starts(text: str) -> list[int]:
    """Character offsets where a sentence starts (after the first)."""
    abbreviations = _abbreviations()
    starts = []
    for m in _BOUNDARY.finditer(text):
        if m.group("marked") is not None:
            starts.append(m.end())
            continue
        if m.group("end") is None:
            following = text[m.end()] if m.end() < len(text) else ""
            if following.islower() or following in ",;:)]%":
                continue  # a hard-wrapped line goes on: "... of Oct. 22 last year\n, which at that point ..."
            starts.append(m.end())
            continue
        following = m.group("next")
        if following.islower() or following in ",;:)]%":
            continue
        if m.group("end") == ".":
            head = text[max(0, m.start() - 20) : m.start()]
            word = head.rsplit(None, 1)[-1] if head.strip() else ""
            word = word.lstrip("([\"'")
            if word.lower() in abbreviations or _INITIALISM.search(word) and (following.isupper() or following.isdigit()) and len(word) <= 6:
                continue  # "Oct. 22", "No. 1", "U.S. Dept", "R.J. Rummel", "A.D. 1000"
        starts.append(m.end())
    return starts


class ClaimsSentencizer:
    """Rule-based sentence boundaries (no model needed).

    The boundaries are found with one pass of a regular expression over the
    text and set on the Doc in bulk: setting `token.is_sent_start` token by
    token makes spaCy re-check the whole Doc each time, which is quadratic."""

    def __init__(self, nlp: Language, name: str = "claims_sentencizer") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        token_starts = doc.to_array("IDX").astype(numpy.int64)
        flags = numpy.full(len(doc), -1, dtype=numpy.int64)
        flags[0] = 1
        text = doc_text(doc)
        char_starts = numpy.asarray(sentence_starts(text), dtype=numpy.int64)
        if len(char_starts):
            positions = numpy.searchsorted(token_starts, char_starts)
            flags[positions[positions < len(doc)]] = 1
        doc.from_array([SENT_START], flags.astype(numpy.uint64).reshape(-1, 1))
        # the sentences as character spans, so that later steps need not walk `doc.sents`
        bounds = [0, *(int(token_starts[i]) for i in numpy.flatnonzero(flags == 1)[1:]), len(text)]
        doc._.claims_sentences = [(a, _trim_end(text, a, b)) for a, b in zip(bounds, bounds[1:]) if _trim_end(text, a, b) > a]
        return doc


class TextKeepingTokenizer:
    """spaCy's tokenizer, keeping its input string on the Doc: `doc.text` is
    rebuilt from every token on each access, which costs as much as tokenizing.
    spaCy's tokenization is lossless, so the kept string equals `doc.text`."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc._.claims_text = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


def doc_text(doc: Doc) -> str:
    text = doc._.claims_text
    return doc.text if text is None else text


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Sentences as (start, end) character offsets, trailing space trimmed.
    Set by `claims_sentencizer`; with a trained parser or senter, read from `doc.sents`."""
    if doc._.claims_sentences is not None:
        return doc._.claims_sentences
    text = doc_text(doc)
    spans = [(sent.start_char, _trim_end(text, sent.start_char, sent.end_char)) for sent in doc.sents]
    doc._.claims_sentences = [(a, b) for a, b in spans if b > a]
    return doc._.claims_sentences


class QuantityRecognizer:
    """Finds quantities sentence by sentence; `__call__` only matches and sets annotations."""

    def __init__(self, nlp: Language, name: str = "claims_quantities") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        quantities: list[Quantity] = []
        mentions: list[Mention] = []
        spans: list[Span] = []
        context = doc_text(doc)
        # a currency word such as `won` is settled by the block, else by the document's opening (its topic)
        currency_context = context if doc._.claims_topic is None else f"{context}\n{doc._.claims_topic}"
        sentences = sentence_spans(doc)
        # one pass of a cheap pattern finds the sentences that can hold a number at all
        candidates = [m.start() for m in number_hint().finditer(context.lower())]
        for start, end in sentences:
            first = bisect_left(candidates, start)
            if first == len(candidates) or candidates[first] >= end:
                continue
            last = bisect_left(candidates, end, first)
            found, seen = find_quantities(context[start:end], context=currency_context,
                                          hints=[p - start for p in candidates[first:last]])
            base = len(quantities)
            for q in found:
                q = shift_quantity(q, start)
                quantities.append(q)
                span = doc.char_span(q.char_start, q.char_end, label=q.unit, alignment_mode="expand")
                if span is not None:
                    span._.claims_quantity = q
                    spans.append(span)
            mentions.extend(shift_mention(m, start, base) for m in seen)
        doc._.claims_quantities = quantities
        doc._.claims_mentions = mentions
        doc.spans[SPAN_KEY] = spans
        return doc


class SyntaxAnnotator:
    """Parses the sentences that hold a quantity, and only those: parsing is the
    costliest step of the pipeline, and most sentences of a report hold no figure.
    Each sentence goes to the parser as a Doc of its own, built from this Doc's
    tokens, so the offsets stay those of the document."""

    def __init__(self, nlp: Language, name: str = "claims_syntax", model: str | None = None, batch_size: int = 64) -> None:
        self.name = name
        self.parser = load_parser(model)
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs, batch_size: int = 128):
        # the sentences of many Docs go to the parser together: thinc's cost per call is high
        for chunk in minibatch(docs, size=batch_size):
            self._annotate(chunk)
            yield from chunk

    def _annotate(self, docs: list[Doc]) -> None:
        """Sets `Doc._.claims_frames` on each Doc: one frame per quantity."""
        keys, subdocs = [], []
        for doc in docs:
            quantities = doc._.claims_quantities or []
            doc._.claims_frames = [None] * len(quantities)
            if not quantities:
                continue
            sentences = sentence_spans(doc)
            starts = [s for s, _ in sentences]
            by_sentence: dict[int, list[int]] = {}
            for index, q in enumerate(quantities):
                by_sentence.setdefault(bisect_left(starts, q.char_start + 1) - 1, []).append(index)
            text = doc_text(doc)
            for s_index, indexes in by_sentence.items():
                span = doc.char_span(*sentences[s_index], alignment_mode="expand") if s_index >= 0 else None
                if span is None or not len(span):
                    continue
                tokens = [(t.text, t.idx, t.whitespace_) for t in span]
                found = [(quantities[i].char_start, quantities[i].char_end, quantities[i].unit, quantities[i].unit_text,
                          quantities[i].kind) for i in indexes]
                for words, spaces, origin, members in parser_pieces(tokens, found):
                    # one sentence (or a piece of one): the parser may not cut it in two, which left a figure in a
                    # tree of its own ("The median age ... was 17; ...": the 17 lost its subject)
                    subdoc = Doc(self.parser.vocab, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1))
                    subdoc.user_data["claims_source"] = (text, origin)
                    subdoc.user_data["claims_figures"] = frozenset(i for _, (a, b) in members for i in range(a, b))
                    # the rate each figure's words carry, as the quantity grammar read it ("$5 a day": day)
                    subdoc.user_data["claims_per"] = {i: quantities[indexes[k]].per for k, (a, b) in members
                                                      if quantities[indexes[k]].per for i in range(a, b)}
                    keys.append((doc, text, span.start_char, [(indexes[k], word_range) for k, word_range in members]))
                    subdocs.append(subdoc)
        # a sentence's pieces (cut at semicolons and dashes) are parsed apart, and share what they say together:
        # "DGMM identified 134 victims; 111 were female" counts female victims
        sentence: list = []
        for (doc, text, base, members), parsed in zip(keys, self.parser.pipe(subdocs, batch_size=self.batch_size)):
            if sentence and (sentence[0][0] is not doc or sentence[0][2] != base):
                _share_within(sentence)
                sentence = []
            quantities = doc._.claims_quantities
            repair_tree(parsed)
            found = [frame_of(parsed, first, last, quantities[i].unit, quantities[i].unit_text, base) for i, (first, last) in members]
            sentence.append((doc, text, base, [(index, frame) for (index, _), frame in zip(members, found)]))
        if sentence:
            _share_within(sentence)


def _share_within(pieces: list) -> None:
    """Set the frames of one sentence's figures, each figure's own frame completed by what the
    sentence's other figures are about (`share_elided`, `share_elliptical`, `share_change`, `share_restated_total`)."""
    doc, text = pieces[0][0], pieces[0][1]
    frames, quantities = doc._.claims_frames, doc._.claims_quantities
    members = [pair for _, _, _, found in pieces for pair in found]
    found = [frame for _, frame in members]
    spans = [(quantities[i].char_start, quantities[i].char_end, quantities[i].unit) for i, _ in members]
    shared = share_change(share_elliptical(share_elided(found, spans, text), spans, text), spans, text)
    for (index, _), frame in zip(members, share_restated_total(shared, spans, text)):
        frames[index] = frame


@Language.factory("claims_sentencizer")
def make_claims_sentencizer(nlp: Language, name: str) -> ClaimsSentencizer:
    return ClaimsSentencizer(nlp, name)


@Language.factory("claims_quantities")
def make_quantity_recognizer(nlp: Language, name: str) -> QuantityRecognizer:
    return QuantityRecognizer(nlp, name)


@Language.factory("claims_syntax", default_config={"model": None, "batch_size": 64})
def make_syntax_annotator(nlp: Language, name: str, model: str | None, batch_size: int) -> SyntaxAnnotator:
    return SyntaxAnnotator(nlp, name, model=model, batch_size=batch_size)


def build_pipeline(model: str | None = None) -> Language:
    """Rule-based sentences and quantities, then the syntactic layer with the
    shipped parser or the user's trained pipeline `model` (a package name or a
    path; it must have a parser)."""
    nlp = spacy.blank("en")
    # a dash between a word and a figure is a break ("25 investigations—23 for sex trafficking"): spaCy's infixes split
    # it only between letters, and a figure glued to a word reaches the parser without that word
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + [r"[—–]"]).finditer
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("claims_sentencizer")
    nlp.add_pipe("claims_quantities")
    nlp.add_pipe("claims_syntax", config={"model": model})
    # documents are fed in paragraph blocks well under this; the limit guards memory
    nlp.max_length = 2_000_000
    return nlp
