"""spaCy components that wrap the record-level stages.

The default pipeline is `spacy.blank("en")` with two rule-based components:

- `claims_sentencizer`: sentence boundaries at terminal punctuation followed by
  a capitalised word, and at paragraph breaks (headlines have no full stop).
- `claims_quantities`: runs `pipeline.quantities.find_quantities` over each
  sentence and sets `doc.spans["claims_quantities"]`, `Span._.claims_quantity`,
  `Doc._.claims_quantities` and `Doc._.claims_mentions`.

A user's trained pipeline may be named instead (a package name or a path): its
parser or senter then sets the sentences, and the quantity component is added
after it.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import vocab
from .quantities import Mention, Quantity, find_quantities, shift_mention, shift_quantity

SPAN_KEY = "claims_quantities"

# Namespaced extensions, registered once at import (as spaCy's own components do).
for _name, _owner in (("claims_quantities", Doc), ("claims_mentions", Doc), ("claims_quantity", Span)):
    if not _owner.has_extension(_name):
        _owner.set_extension(_name, default=None)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(vocab.load_lines("abbreviations.txt"))


_TERMINAL = frozenset({".", "!", "?", "…", "..", "...", "?!", "!?", "....", ". . ."})
_CLOSERS = frozenset({'"', "'", ")", "]", "»"})


class ClaimsSentencizer:
    """Rule-based sentence boundaries (no model needed)."""

    def __init__(self, nlp: Language, name: str = "claims_sentencizer") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        abbreviations = _abbreviations()
        starts = [False] * len(doc)
        after_terminal = False
        after_break = True
        for i, token in enumerate(doc):
            text = token.text
            if token.is_space:
                if "\n" in text:
                    after_break = True
                continue
            if after_break:
                starts[i] = True
            elif after_terminal and not (text[:1].islower() or text[:1] in ",;:)]%" or token.is_digit and doc[i - 1].text == "."):
                starts[i] = True
            after_break = False
            if text in _TERMINAL:
                previous = doc[i - 1].text if i > 0 else ""
                after_terminal = not (text == "." and previous.lower() in abbreviations)
            elif text in _CLOSERS and after_terminal:
                pass  # '."' keeps the boundary after the closing quote
            else:
                after_terminal = False
        for i, token in enumerate(doc):
            token.is_sent_start = starts[i] if i else True
        return doc


class QuantityRecognizer:
    """Finds quantities sentence by sentence; `__call__` only matches and sets annotations."""

    def __init__(self, nlp: Language, name: str = "claims_quantities") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        quantities: list[Quantity] = []
        mentions: list[Mention] = []
        spans: list[Span] = []
        context = doc.text
        for sent in doc.sents:
            found, seen = find_quantities(sent.text, context=context)
            base = len(quantities)
            for q in found:
                q = shift_quantity(q, sent.start_char)
                quantities.append(q)
                span = doc.char_span(q.char_start, q.char_end, label=q.unit, alignment_mode="expand")
                if span is not None:
                    span._.claims_quantity = q
                    spans.append(span)
            for m in seen:
                m = shift_mention(m, sent.start_char)
                if m.quantity is not None:
                    m = Mention(m.char_start, m.char_end, m.text, m.reason, m.quantity + base)
                mentions.append(m)
        doc._.claims_quantities = quantities
        doc._.claims_mentions = mentions
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("claims_sentencizer")
def make_claims_sentencizer(nlp: Language, name: str) -> ClaimsSentencizer:
    return ClaimsSentencizer(nlp, name)


@Language.factory("claims_quantities")
def make_quantity_recognizer(nlp: Language, name: str) -> QuantityRecognizer:
    return QuantityRecognizer(nlp, name)


def build_pipeline(model: str | None = None) -> Language:
    """The default rule-based pipeline, or the user's trained pipeline `model`
    (a package name or a path) with the quantity component added."""
    if model is None:
        nlp = spacy.blank("en")
    else:
        nlp = spacy.load(model, exclude=["ner", "lemmatizer", "textcat", "textcat_multilabel"])
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("claims_sentencizer")
    nlp.add_pipe("claims_quantities")
    # documents are fed in paragraph blocks well under this; the limit guards memory
    nlp.max_length = 2_000_000
    return nlp
