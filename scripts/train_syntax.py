"""Train the project's syntactic layer (tagger, morphologizer, dependency parser)
on UD English EWT and install it as package data in pipeline/models/.

    python scripts/train_syntax.py [--treebank ../shared/data/ud-english-ewt] [--work build/syntax]

One command, reproducible: the treebank's CoNLL-U files are converted with
`spacy convert` (one sentence per document), the pipeline is trained with
`spacy train` and the committed config `training/syntax.cfg` (fixed seed, one
thread), scored on the EWT test file with `spacy evaluate` (the pipeline's own
tokenizer, the treebank's sentences), and the best model is copied to
`pipeline/models/en_claims_syntax/` with its scores, the treebank's credit and
its CC BY-SA 4.0 notice in `meta.json` and in `LICENSE-MODEL.md` beside it.
The treebank itself never enters the repository: it is read from --treebank.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "training" / "syntax.cfg"
TARGET = ROOT / "pipeline" / "models" / "en_claims_syntax"
CREDIT = "Universal Dependencies English Web Treebank (UD_English-EWT), v2.15/v2.16"
LICENSE_NAME = "CC BY-SA 4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"

NOTICE = f"""# Licence of the model in this folder

This spaCy pipeline (tok2vec, tagger, morphologizer, parser) was trained by the
claims-pipeline project with `python scripts/train_syntax.py` on the
{CREDIT}: gold part-of-speech tags, morphology and dependency trees of English
web text, annotated by the Universal Dependencies contributors. The underlying
texts come from the LDC English Web Treebank (LDC2012T13).

The treebank's annotations are licensed under {LICENSE_NAME} ({LICENSE_URL}).
The model's weights are derived from them and are therefore distributed under
the same licence, {LICENSE_NAME}, with credit to "Universal Dependencies English
Web Treebank". The project's code is Apache-2.0; this folder is not.

Changes: the treebank was converted with `spacy convert --converter conllu
--n-sents 1` and used as training data; the weights are the result of that
training, not the treebank itself, which is not included.
"""


def convert(treebank: Path, work: Path) -> dict[str, Path]:
    from spacy.cli.convert import convert as spacy_convert

    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    paths = {}
    for split in ("train", "dev", "test"):
        source = treebank / f"en_ewt-ud-{split}.conllu.gz"
        if not source.is_file():
            sys.exit(f"{source}: not found; give the folder of the UD English EWT files with --treebank")
        plain = work / f"{split}.conllu"
        with gzip.open(source, "rb") as fin, plain.open("wb") as fout:
            shutil.copyfileobj(fin, fout)
        # one sentence per document: the pipeline parses one sentence (or clause) at a time, and
        # the test file is scored with the treebank's own sentence boundaries
        spacy_convert(str(plain), str(corpus), converter="conllu", n_sents=1, file_type="spacy")
        paths[split] = corpus / f"{split}.spacy"
    return paths


def evaluate(model: Path, test: Path) -> dict[str, float]:
    """UPOS, XPOS, morphology, UAS and LAS (in percent) of `model` on `test`."""
    from spacy.cli.evaluate import evaluate as spacy_evaluate

    scores = spacy_evaluate(str(model), str(test), silent=True)
    return {
        "upos": round(scores["pos_acc"] * 100, 2),
        "xpos": round(scores["tag_acc"] * 100, 2),
        "morph": round(scores["morph_acc"] * 100, 2),
        "uas": round(scores["dep_uas"] * 100, 2),
        "las": round(scores["dep_las"] * 100, 2),
    }


def install(model: Path, scores: dict[str, float], target: Path = TARGET) -> None:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model, target)
    # the training corpus paths of this machine mean nothing elsewhere
    config = target / "config.cfg"
    config.write_text(re.sub(r'^(train|dev) = ".*"$', r"\1 = null", config.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8")
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({
        "name": "claims_syntax",
        "version": "1.0.0",
        "description": "Tagger, morphologizer and dependency parser for the claims pipeline's syntactic layer, "
                       f"trained on the {CREDIT}.",
        "author": "claims-pipeline",
        "license": LICENSE_NAME,
        "sources": [{"name": CREDIT, "url": "https://universaldependencies.org/treebanks/en_ewt/",
                     "license": LICENSE_NAME, "author": "Universal Dependencies contributors"}],
        "notice": f"Trained on the Universal Dependencies English Web Treebank ({LICENSE_NAME}, {LICENSE_URL}); "
                  "the weights are distributed under the same licence. See LICENSE-MODEL.md.",
        "ewt_test_scores": scores,
    })
    meta.pop("performance", None)  # dev-set figures of the last checkpoint; ewt_test_scores is what counts
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    (target / "LICENSE-MODEL.md").write_text(NOTICE, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--treebank", type=Path, default=ROOT.parent / "shared" / "data" / "ud-english-ewt")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "syntax", help="scratch folder (git-ignored)")
    ap.add_argument("--skip-training", action="store_true", help="evaluate and install an existing WORK/model/model-best")
    a = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # one thread: the same weights on every run
    from spacy.cli.train import train
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    a.work.mkdir(parents=True, exist_ok=True)
    paths = convert(a.treebank, a.work)
    output = a.work / "model"
    if not a.skip_training:
        # numpy's BLAS (one thread) instead of blis: about twice as fast on the small
        # matrices of this network, the same arithmetic (pipeline.syntax loads it so too)
        with threadpool_limits(limits=1, user_api="blas"), use_ops("numpy", use_blis=False):
            train(CONFIG, output, overrides={"paths.train": str(paths["train"]), "paths.dev": str(paths["dev"])})
    scores = evaluate(output / "model-best", paths["test"])
    install(output / "model-best", scores)
    print(json.dumps(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
