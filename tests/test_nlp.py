"""The spaCy components, and a user's own pipeline named with --model."""
from __future__ import annotations

from pipeline.nlp import SPAN_KEY, build_pipeline


def test_default_pipeline_has_rule_based_components_and_the_syntactic_layer():
    nlp = build_pipeline()
    assert nlp.pipe_names == ["claims_sentencizer", "claims_quantities", "claims_syntax"]
    doc = nlp("An Auschwitz In Korea\n\nSome 200,000 men are held. Hundreds of thousands of others died in Oct. 2003.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["An Auschwitz In Korea", "Some 200,000 men are held.", "Hundreds of thousands of others died in Oct. 2003."]
    assert [s.text for s in doc.spans[SPAN_KEY]] == ["Some 200,000", "Hundreds of thousands"]
    assert doc.spans[SPAN_KEY][0]._.claims_quantity.value_low == 200000
    assert len(doc._.claims_mentions) == 3
    assert [f.subject for f in doc._.claims_frames] == ["men held", "others died"]


import pytest  # noqa: E402

from pipeline.nlp import sentence_starts  # noqa: E402


@pytest.mark.parametrize("text,starts_at", [
    ("The temple was built between A.D. 1000 and 1260. It stands.", ["It stands."]),
    ("Workers are paid little.12 Most of them send money home.", ["Most of them"]),
    ("He met R.J. Rummel in Oct. 22 talks. They spoke.", ["They spoke."]),
    ("Wages rose. 30 workers left in 2019.", ["30 workers"]),
])
def test_sentence_boundaries(text, starts_at):
    starts = sentence_starts(text)
    assert [text[s:].split(" ")[0] for s in starts] == [s.split(" ")[0] for s in starts_at]
