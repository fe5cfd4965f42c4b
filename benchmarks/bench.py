"""Throughput and memory benchmark: this pipeline against quantulum3.

    python benchmarks/bench.py --words 1000000 [--jobs 1] [--no-quantulum]
    python benchmarks/bench.py --words 1000000 --jobs 2 --rounds 7 --no-quantulum

Builds a corpus of about --words words from the documents in corpus/
(deterministically: paragraphs are drawn with a fixed seed and every number in
them is replaced by a fresh one, so nothing can be cached away), runs
`claims run` on it in a child process (reading files to writing Parquet), runs
quantulum3 on the same text in another child process, and prints words per
second, the ratio between the two, and each one's peak memory (max RSS).
quantulum3 is measured fed whole documents (as the pipeline reads them) and fed
one paragraph at a time (its fastest: it slows down on long texts).
With --jobs N (N > 1) and --rounds R, it runs `--jobs 1` and `--jobs N` in
turn R times and prints each pair's speed-up and the median: on a shared
virtual machine a single pair can be off by a third either way. In the same
rounds it times a pure-Python loop in one and in N processes, which tells what
speed-up the machine itself gave at that moment.
It is not a test: tests/test_scale.py only checks that it runs on a tiny corpus.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC_WORDS = 5_000


def build_corpus(source: Path, target: Path, words: int, seed: int = 7) -> int:
    """Write documents of about DOC_WORDS words each under `target`; returns the word count."""
    from pipeline.ingest import discover, read_document

    paragraphs = []
    for path in discover(source):
        doc = read_document(path, source)
        if doc.status == "ok":
            paragraphs.extend(p for p in doc.text.split("\n\n") if len(p.split()) >= 8)
    rng = random.Random(seed)

    def fresh_number(match: re.Match) -> str:
        text = match.group()
        if re.fullmatch(r"(19|20)\d\d", text):
            return str(rng.randint(1990, 2030))  # keep years looking like years
        digits = len(re.sub(r"\D", "", text))
        value = rng.randint(10 ** max(0, digits - 1), 10 ** digits - 1)
        return f"{value:,}" if "," in text else str(value)

    target.mkdir(parents=True, exist_ok=True)
    total, index = 0, 0
    while total < words:
        parts, doc_words = [], 0
        while doc_words < DOC_WORDS and total + doc_words < words:
            paragraph = re.sub(r"\d[\d,]*", fresh_number, rng.choice(paragraphs))
            parts.append(paragraph)
            doc_words += len(paragraph.split())
        (target / f"bench_{index:05d}.txt").write_text("\n\n".join(parts) + "\n", encoding="utf-8")
        total += doc_words
        index += 1
    return total


_last_stderr: dict[str, str] = {}


def _child(argv: list[str]) -> tuple[float, int, str]:
    """Run a child process; wall seconds, peak RSS in bytes, stdout."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    out, err = process.communicate()
    seconds = time.perf_counter() - started
    _last_stderr["err"] = err
    if process.returncode not in (0, 3):
        raise SystemExit(f"{argv[:4]} failed:\n{err[-2000:]}")
    return seconds, _peak_rss_from(err), out


def _peak_rss_from(stderr: str) -> int:
    m = re.search(r"PEAK_RSS_KB=(\d+)", stderr)
    return int(m.group(1)) * 1024 if m else 0


PIPELINE_CHILD = """
import resource, sys, time
from pipeline.runner import run_corpus
started = time.perf_counter()
jobs = int(sys.argv[3])
summary = run_corpus(sys.argv[1], sys.argv[2], **({"jobs": jobs} if jobs != 1 else {}))
print(f"{time.perf_counter() - started:.3f} {summary.claims}")
print(f"PEAK_RSS_KB={max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)}", file=sys.stderr)
"""

QUANTULUM_CHILD = """
import resource, sys, time, warnings
from pathlib import Path
warnings.simplefilter("ignore")
from quantulum3 import parser
# quantulum3 as its authors run it: with the classifier that disambiguates units.
# The classifier it ships was pickled with an older scikit-learn; when it does not
# load, retrain it from quantulum3's own bundled training data (not timed).
try:
    from quantulum3 import classifier
    parser.parse("It weighs 5 pounds and costs 5 pounds.")  # an ambiguous unit: loads the classifier
    mode = "with classifier"
except Exception:
    try:
        classifier.train_classifier(store=True)
        parser.parse("It weighs 5 pounds and costs 5 pounds.")
        mode = "with classifier (retrained from its bundled data)"
    except Exception as exc:
        mode = f"without classifier ({type(exc).__name__})"
print(f"QUANTULUM_MODE={mode}", file=sys.stderr)
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
if sys.argv[2] == "paragraph":  # quantulum3 slows down on long texts: paragraph by paragraph is its best case
    texts = [paragraph for text in texts for paragraph in text.split("\\n\\n")]
started = time.perf_counter()
found = 0
for text in texts:
    found += len(parser.parse(text))
print(f"{time.perf_counter() - started:.3f} {found}")
print(f"PEAK_RSS_KB={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", file=sys.stderr)
"""


CPU_LOOP = """
import sys, time
from multiprocessing import Process
def work():
    total = 0
    for i in range(20_000_000):
        total += i * i
started = time.perf_counter()
processes = [Process(target=work) for _ in range(int(sys.argv[1]))]
for p in processes:
    p.start()
for p in processes:
    p.join()
print(f"{time.perf_counter() - started:.3f}")
"""


def _pipeline_seconds(corpus: Path, out: Path, jobs: int) -> tuple[float, int, int]:
    """Seconds of one `run_corpus` in a child process, its claims and peak RSS."""
    shutil.rmtree(out, ignore_errors=True)
    _, rss, printed = _child([sys.executable, "-c", PIPELINE_CHILD, str(corpus), str(out), str(jobs)])
    seconds, claims = printed.split()
    return float(seconds), int(claims), rss


def compare_jobs(corpus: Path, work: Path, words: int, jobs: int, rounds: int) -> dict:
    """`--jobs 1` and `--jobs N` in turn, with the machine's own speed-up on a pure-Python loop."""
    import statistics

    pairs = []
    for round_number in range(1, rounds + 1):
        one, claims_one, _ = _pipeline_seconds(corpus, work / "out-1", 1)
        many, claims_many, _ = _pipeline_seconds(corpus, work / f"out-{jobs}", jobs)
        if claims_one != claims_many:
            raise SystemExit(f"--jobs 1 found {claims_one} claims, --jobs {jobs} {claims_many}")
        loop_one = float(_child([sys.executable, "-c", CPU_LOOP, "1"])[2])
        loop_many = float(_child([sys.executable, "-c", CPU_LOOP, str(jobs)])[2])
        pair = {"jobs_1_seconds": one, f"jobs_{jobs}_seconds": many, "speedup": one / many,
                "machine_speedup": jobs * loop_one / loop_many}
        pairs.append(pair)
        print(f"round {round_number}: --jobs 1 {words / one:,.0f} words/s, --jobs {jobs} {words / many:,.0f} words/s: "
              f"{pair['speedup']:.2f} times (a pure-Python loop in {jobs} processes: {pair['machine_speedup']:.2f} times)")
    summary = {
        "rounds": pairs,
        "median_speedup": statistics.median(p["speedup"] for p in pairs),
        "median_machine_speedup": statistics.median(p["machine_speedup"] for p in pairs),
        "median_jobs_1_words_per_second": statistics.median(words / p["jobs_1_seconds"] for p in pairs),
        f"median_jobs_{jobs}_words_per_second": statistics.median(words / p[f"jobs_{jobs}_seconds"] for p in pairs),
    }
    print(f"median over {rounds} rounds: --jobs {jobs} is {summary['median_speedup']:.2f} times --jobs 1 "
          f"({summary['median_jobs_1_words_per_second']:,.0f} and {summary[f'median_jobs_{jobs}_words_per_second']:,.0f} words/s); "
          f"the machine's own speed-up: {summary['median_machine_speedup']:.2f}")
    return summary


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=1_000_000, help="size of the corpus to build, in words")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for the pipeline")
    ap.add_argument("--rounds", type=int, default=0,
                    help="with --jobs N > 1: also run --jobs 1 and --jobs N in turn this many times and print the median speed-up")
    ap.add_argument("--no-quantulum", action="store_true", help="skip the quantulum3 run")
    ap.add_argument("--quantulum-words", type=int, default=None, help="run quantulum3 on only this many words (it is slow); default: all")
    ap.add_argument("--quantulum-input", choices=["document", "paragraph", "both"], default="both",
                    help="feed quantulum3 whole documents (as the pipeline reads them), single paragraphs (its fastest), or both")
    ap.add_argument("--keep", type=Path, default=None, help="build the corpus here and keep it")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    a = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="claims-bench-"))
    corpus = a.keep or work / "corpus"
    try:
        words = build_corpus(ROOT / "corpus", corpus, a.words)
        run_seconds, claims, rss = _pipeline_seconds(corpus, work / "out", a.jobs)
        figures = {"words": words, "documents": len(list(corpus.glob("*.txt"))), "jobs": a.jobs,
                   "pipeline_seconds": run_seconds, "pipeline_words_per_second": words / run_seconds,
                   "pipeline_claims": claims, "pipeline_peak_rss_mb": rss / 2**20}
        print(f"corpus: {words:,} words in {figures['documents']} documents")
        print(f"pipeline (--jobs {a.jobs}): {figures['pipeline_words_per_second']:,.0f} words/s "
              f"({run_seconds:.2f} s, {claims:,} claims), peak memory {figures['pipeline_peak_rss_mb']:.0f} MB")
        if a.rounds and a.jobs > 1:
            figures["compare_jobs"] = compare_jobs(corpus, work, words, a.jobs, a.rounds)
        if not a.no_quantulum:
            q_corpus, q_words = corpus, words
            if a.quantulum_words and a.quantulum_words < words:
                q_corpus = work / "quantulum-corpus"
                q_words = build_corpus(ROOT / "corpus", q_corpus, a.quantulum_words)
            for granularity in (["document", "paragraph"] if a.quantulum_input == "both" else [a.quantulum_input]):
                seconds, q_rss, out = _child([sys.executable, "-c", QUANTULUM_CHILD, str(q_corpus), granularity])
                q_seconds, q_found = out.split()
                mode = re.search(r"QUANTULUM_MODE=(.*)", _last_stderr.get("err", ""))
                speed = q_words / float(q_seconds)
                figures[f"quantulum_{granularity}"] = {
                    "words": q_words, "seconds": float(q_seconds), "words_per_second": speed, "quantities": int(q_found),
                    "peak_rss_mb": q_rss / 2**20, "mode": mode.group(1) if mode else "unknown",
                    "speed_ratio": figures["pipeline_words_per_second"] / speed}
                print(f"quantulum3 ({mode.group(1) if mode else 'unknown'}), fed one {granularity} at a time: {speed:,.0f} words/s "
                      f"({float(q_seconds):.2f} s on {q_words:,} words, {int(q_found):,} quantities), peak memory {q_rss / 2**20:.0f} MB")
                print(f"ratio: the pipeline is {figures['pipeline_words_per_second'] / speed:.1f} times as fast as quantulum3 fed {granularity}s")
        if a.json:
            a.json.write_text(json.dumps(figures, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
