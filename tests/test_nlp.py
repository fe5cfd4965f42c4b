"""The spaCy components, and a user's own pipeline named with --model."""
from __future__ import annotations

import spacy
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.nlp import SPAN_KEY, build_pipeline


def test_blank_pipeline_has_rule_based_components():
    nlp = build_pipeline()
    assert nlp.pipe_names == ["claims_sentencizer", "claims_quantities"]
    doc = nlp("An Auschwitz In Korea\n\nSome 200,000 men are held. Hundreds of thousands of others died in Oct. 2003.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["An Auschwitz In Korea", "Some 200,000 men are held.", "Hundreds of thousands of others died in Oct. 2003."]
    assert [s.text for s in doc.spans[SPAN_KEY]] == ["Some 200,000", "Hundreds of thousands"]
    assert doc.spans[SPAN_KEY][0]._.claims_quantity.value_low == 200000
    assert len(doc._.claims_mentions) == 3


def test_a_saved_pipeline_can_be_named_with_model(tmp_path):
    # a pipeline the user trained or assembled: here one with spaCy's own sentencizer, saved to disk
    own = spacy.blank("en")
    own.add_pipe("sentencizer")
    own.to_disk(tmp_path / "my_pipeline")
    nlp = build_pipeline(str(tmp_path / "my_pipeline"))
    assert nlp.pipe_names == ["sentencizer", "claims_quantities"]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("As many as 30,000 children were not registered.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(corpus), "--out", str(tmp_path / "out"), "--model", str(tmp_path / "my_pipeline")])
    assert result.exit_code == 0, result.output
    assert "1 documents, 1 claims, 0 errors" in result.output
