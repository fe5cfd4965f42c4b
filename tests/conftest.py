from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
EXAMPLE = ROOT / "examples" / "trafficking-enforcement"  # another topic: its own corpus and taxonomy
SHARED = ROOT.parent / "shared"


def write_pdf(path: Path, text: str | None, metadata: dict | None = None, width: int = 500, height: int = 200) -> None:
    """A one-page PDF made with pypdf: `text` on it in Helvetica (None: no text layer, as a scan), and
    document information such as {"/Title": ..., "/CreationDate": "D:20140303091500Z"}."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=width, height=height)
    if text is not None:
        font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica")})
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
        stream = DecodedStreamObject()
        stream.set_data(f"BT /F1 12 Tf 20 100 Td ({text}) Tj ET".encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    if metadata:
        writer.add_metadata(metadata)
    with open(path, "wb") as handle:
        writer.write(handle)


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory) -> Path:
    """A fresh run of the pipeline over the seed corpus."""
    from pipeline.runner import run_corpus

    out = tmp_path_factory.mktemp("seed-out")
    run_corpus(CORPUS, out, analysis=True)
    return out


@pytest.fixture(scope="session")
def seed_tables(seed_out):
    return {
        "documents": pq.read_table(seed_out / "documents.parquet"),
        "claims": pq.read_table(seed_out / "claims.parquet"),
        "mentions": pq.read_table(seed_out / "_audit" / "mentions.parquet"),
    }


@pytest.fixture(scope="session")
def example_out(tmp_path_factory) -> Path:
    """The tables of the example corpus for another topic, run with its own taxonomy."""
    from pipeline.runner import run_corpus
    from pipeline.taxonomy import load_taxonomy

    out = tmp_path_factory.mktemp("enforcement") / "out"
    run_corpus(EXAMPLE / "corpus", out, jobs=1, analysis=True, taxonomy=load_taxonomy(EXAMPLE / "taxonomy.toml"))
    return out


def rendered_dom(url: str, profile: Path) -> str:
    """The page at `url` as headless Chromium renders it (its DOM after
    loading). Skips where no Chromium is installed; under CI, where .ci/run
    installs Debian's package, a missing browser fails instead."""
    import os
    import shutil
    import subprocess

    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    done = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                           "--disable-background-networking", "--disable-component-update", "--disable-sync",
                           f"--user-data-dir={profile}", "--dump-dom", url],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout
