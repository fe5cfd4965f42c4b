"""The trained tagger and parser: where it ships and how it loads.

`load_parser` is the only place that loads a model; nothing here runs at import.
"""
from __future__ import annotations

from importlib import resources



MODEL_NAME = "en_claims_syntax"


def default_model_path():
    """The pipeline the project trained (scripts/train_syntax.py), shipped as package data."""
    return resources.files("pipeline") / "models" / MODEL_NAME


def load_parser(model: str | None = None):
    """The shipped syntactic pipeline, or a user's trained spaCy pipeline (a
    package name or a path) that has a dependency parser."""
    import spacy
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    name = str(default_model_path()) if model is None else model
    # numpy's BLAS multiplies the small matrices of a CNN tagger and parser about
    # twice as fast as thinc's default (blis) here; one BLAS thread per process
    # keeps `--jobs N` at N busy cores and the speed figures per core honest.
    threadpool_limits(limits=1, user_api="blas")
    try:
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(name, exclude=["ner", "lemmatizer", "textcat", "textcat_multilabel", "entity_ruler", "senter"])
    except OSError as exc:
        raise ValueError(f"cannot load the spaCy pipeline {name!r}: {exc}") from None
    if not nlp.has_pipe("parser"):
        raise ValueError(f"the spaCy pipeline {name!r} has no dependency parser (components: {', '.join(nlp.pipe_names)})")
    return nlp
