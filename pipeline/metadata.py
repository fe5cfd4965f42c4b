"""Metadata: title, publisher, URL and publication date of each document, and
the excerpts of a compilation page, each with its own outlet and date.

Detection reads the normalized text (and the hints a reader found in HTML or
PDF metadata); `corpus/manifest.csv` overrides whatever was detected.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from pathlib import Path

from . import vocab
from .ingest import MANIFEST_NAME, SourceDocument



@dataclass(frozen=True, slots=True)
class DocumentMeta:
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    pub_year: int | None = None
    author: str | None = None
    # where each detected field came from: (field, origin) with origin manifest, html, pdf, text or filename
    sources: tuple[tuple[str, str], ...] = ()

    def source_line(self) -> str | None:
        """`documents.metadata_source`: "title=html; published=text; publisher=manifest"."""
        return "; ".join(f"{name}={origin}" for name, origin in self.sources) or None


@dataclass(frozen=True, slots=True)
class Excerpt:
    """One quoted article of a compilation page."""

    char_start: int  # headline start
    char_end: int  # start of the next excerpt's headline, or the end of the text
    body_start: int  # first character after the header lines
    title: str | None
    source: str | None
    source_line: str
    published: dt.date | None
    pub_year: int | None


@dataclass(frozen=True, slots=True)
class ManifestRow:
    path: str
    title: str | None
    publisher: str | None
    url: str | None
    published: dt.date | None
    pub_year: int | None


@dataclass(slots=True)
class Manifest:
    rows: dict[str, ManifestRow] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path as written, reason)


# ------------------------------------------------------------------ dates

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DATE_RE = re.compile(
    rf"(?<![\w])(?:\d{{1,2}}(?:st|nd|rd|th)?\s*{_MONTH},?\s*\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{4}}"
    rf"|{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})(?!\d)",
    re.I,
)
_EDITION_RE = re.compile(r"\b(?P<y>(?:19|20)\d{2})\s+Edition\b", re.I)


def parse_date(text: str) -> tuple[dt.date | None, int | None]:
    """A date and its year from a date expression; a bare year gives only the year."""
    text = text.strip()
    if not text:
        return None, None
    m = re.fullmatch(r"((?:1[89]|20)\d{2})(?:-(\d{1,2}))?", text)
    if m:
        return None, int(m.group(1))
    import dateparser

    parsed = dateparser.parse(
        re.sub(r"(\d)(?=[A-Za-z])|(?<=[A-Za-z])(?=\d)", r"\1 ", text),
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if parsed is None:
        return None, None
    has_day = bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", re.sub(r"\d{4}", "", text))) or "-" in text
    return (parsed.date() if has_day else None), parsed.year


def last_date_in(line: str) -> tuple[dt.date | None, int | None, int]:
    """The last date written in a line, its year, and where it starts (-1: none)."""
    found = list(_DATE_RE.finditer(line))
    if found:
        date, year = parse_date(found[-1].group())
        if year:
            return date, year, found[-1].start()
    m = _EDITION_RE.search(line)
    if m:
        return None, int(m.group("y")), m.start()
    return None, None, -1


# ------------------------------------------------------------------ detection

@lru_cache(maxsize=1)
def _patterns():
    src = vocab.sources()
    boiler = re.compile("|".join(f"(?:{p})" for p in src["boilerplate_lines"]), re.I)
    labels = {
        key: re.compile(rf"^(?:{'|'.join(re.escape(v) for v in values)})\s*:?\s*(?P<v>.+)$", re.I)
        for key, values in src["labels"].items() if key != "not_published"
    }
    not_published = re.compile("|".join(re.escape(w) for w in src["labels"]["not_published"]), re.I)
    publisher_from_title = [(re.compile(k, re.I), v) for k, v in src["publisher_from_title"].items()]
    return boiler, labels, not_published, publisher_from_title


_CITE_RE = re.compile(r'^Cite (?:this (?:webpage|page|article|report) )?as:?\s*(?P<author>[^"]*?),?\s*"(?P<title>[^"]+)"', re.I)


_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?"
# a header line that is a date and nothing else: "March 3, 2014", "Tuesday, March 3, 2014", "3 March 2014 09:15"
_DATE_LINE = re.compile(rf"^(?:{_WEEKDAY})?(?P<d>{_DATE_RE.pattern}){_TIME}\.?$", re.I)
# "Published: Nov 14, 2024.", "Posted on March 3, 2014", "Updated 3 March 2014" anywhere in a header line
_DATED = re.compile(rf"\b(?P<k>Published|Posted|Publicly Released|Released|Issued|Updated|Last updated)(?:\s+on)?\s*:?\s*(?:{_WEEKDAY})?(?P<d>{_DATE_RE.pattern})", re.I)
_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|al|bin|da|le))*"
# "By Jane Doe", "By JANE DOE and John Roe, Staff Writers", "Written by Jane Doe in Seoul"
_BYLINE = re.compile(rf"^(?:By|BY|Written by|Story by|Words by|Reporting by)\s+(?P<a>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
                     rf"(?:\s+in\s+(?P<city>{_NAME}))?(?:\s*[,|–—-]\s*.*)?$")
# a wire dateline: "SEOUL, March 3 (Yonhap) -- ..." gives month and day and the agency, not the year
_DATELINE = re.compile(rf"^(?P<city>[A-Z][A-Z .'-]{{2,40}}),\s+(?P<md>{_MONTH}\s+\d{{1,2}})\s*\((?P<agency>[^)]{{2,40}})\)\s*(?:--|[–—-])")
_ROLE = re.compile(r"(?:,|\band)?\s*\b(?:Staff|Senior|Chief|Special|Foreign|Contributing)?\s*(?:Writers?|Reporters?|Correspondents?|Editors?|Contributors?)\b.*$")
_FILENAME_DATE = re.compile(r"(?<![0-9])(?P<y>(?:19|20)\d{2})(?:[-_.](?P<m>0[1-9]|1[0-2])(?:[-_.](?P<d>0[1-9]|[12]\d|3[01]))?)?(?![0-9])")
# a PDF's own title that is a file name or a template's ("Microsoft Word - final2.docx", "untitled")
_NOT_A_TITLE = re.compile(r"^(?:Microsoft (?:Word|PowerPoint|Excel) - |untitled\b|document\d*$|slide \d+$)|\.(?:docx?|pdf|pptx?|xlsx?|indd|tex|rtf)$", re.I)


def is_date_line(line: str) -> bool:
    """A header line that is only a date, with or without weekday and time."""
    return bool(_DATE_LINE.match(line.strip()))


def _plausible(day: dt.date | None, year: int | None) -> bool:
    """A date a document can have been published on: not in the future, not before 1990
    (a PDF's creation date is often a template's or a clock's)."""
    return year is not None and 1990 <= year <= dt.date.today().year and (day is None or day <= dt.date.today())


def detect_metadata(doc: SourceDocument, head_lines: int = 40) -> DocumentMeta:
    """Title, publisher, author, URL and date from labelled lines, header lines
    (date lines, datelines, bylines, outlet lines), the reader's HTML or PDF
    metadata and, last, the file name; with where each came from."""
    boiler, labels, not_published, publisher_from_title = _patterns()
    paragraphs = [p.strip() for p in doc.text.split("\n\n") if p.strip()]
    head = paragraphs[:head_lines]
    title = publisher = url = author = None
    published, pub_year = None, None
    origin = {"html": "html", "htm": "html", "pdf": "pdf"}.get(doc.file_format, "text")
    sources: dict[str, str] = {}
    header = [line for p in paragraphs[:8] for line in p.split("\n") if line.strip()][:12]
    updated = None
    for line in header:
        line = line.strip()
        if published is None and pub_year is None and is_date_line(line):
            published, pub_year, _ = last_date_in(line)
            sources["published"] = "text"
            continue
        m = _DATED.search(line)
        if m and published is None and pub_year is None:
            day, year = parse_date(m.group("d"))
            if year and "updated" not in m.group("k").lower():
                published, pub_year, sources["published"] = day, year, "text"
            elif year and updated is None:
                updated = (day, year)
        m = _BYLINE.match(line)
        if m and author is None:
            author = _ROLE.sub("", re.sub(r"\s+", " ", m.group("a"))).strip(" ,")
            sources["author"] = "text"
        m = _DATELINE.match(line)
        if m and publisher is None:
            publisher = m.group("agency").strip()
            sources["publisher"] = "text"
        if publisher is None and line in _known_outlets():
            publisher, sources["publisher"] = line, "text"
    for line in head:
        if len(line) > 300:
            continue
        for key, pattern in labels.items():
            m = pattern.match(line)
            if not m:
                continue
            value = m.group("v").strip()
            if key == "publisher" and publisher is None:
                publisher, sources["publisher"] = value, "text"
            elif key == "title" and title is None:
                title, sources["title"] = value, "text"
            elif key == "published" and published is None and pub_year is None and not not_published.search(line):
                published, pub_year, _ = last_date_in(value)
                if pub_year is not None:
                    sources["published"] = "text"
    for line in paragraphs[-5:]:
        m = _CITE_RE.match(line)
        if m:
            if title is None:
                title, sources["title"] = m.group("title").strip(" ,"), "text"
            cited = m.group("author").strip(" ,")
            if cited and publisher is None:
                publisher, sources["publisher"] = _flip_name(cited), "text"
    hinted_title = doc.hints.get("title")
    if hinted_title and _NOT_A_TITLE.search(hinted_title.strip()):
        hinted_title = None  # "Microsoft Word - final2.docx" is a file name, not a title
    if title is None and hinted_title:
        title, sources["title"] = hinted_title, origin
    if title is None:
        header_lines = [h for h in head if not (is_date_line(h) or _BYLINE.match(h) or _DATED.search(h) or _DATELINE.match(h)
                                                or h in _known_outlets())]
        title = _heading(header_lines, boiler)  # a date, byline, dateline or outlet line is never the title
        if title is not None:
            sources["title"] = "text"
    if author is None and doc.hints.get("author") and origin != "text":
        author, sources["author"] = doc.hints["author"], origin
    if publisher is None and (doc.hints.get("sitename") or doc.hints.get("author")):
        publisher, sources["publisher"] = doc.hints.get("sitename") or doc.hints.get("author"), origin
    if publisher is None and title:
        publisher = next((v for p, v in publisher_from_title if p.search(title)), None)
        if publisher is not None:
            sources["publisher"] = "text"
    url = doc.hints.get("url")
    if url:
        sources["url"] = origin
    if pub_year is None and doc.hints.get("date"):
        day, year = parse_date(re.sub(r"^D:(\d{4})(\d{2})(\d{2}).*", r"\1-\2-\3", doc.hints["date"])[:10])
        if _plausible(day, year):
            published, pub_year, sources["published"] = day, year, origin
    if pub_year is None and title:
        m = re.search(r"\b(19[5-9]\d|20\d{2})\b", title)
        if m:
            pub_year, sources["published"] = int(m.group(1)), sources.get("title", "text")
    if pub_year is None and updated is not None:
        (published, pub_year), sources["published"] = updated, "text"  # an "Updated" date, when nothing says published
    if pub_year is None:
        published, pub_year = _filename_date(doc.doc_path)
        if pub_year is not None:
            sources["published"] = "filename"
    if published is not None:
        pub_year = published.year
    order = ("title", "published", "publisher", "author", "url")
    return DocumentMeta(title=title, publisher=publisher, url=url, published=published, pub_year=pub_year, author=author,
                        sources=tuple((name, sources[name]) for name in order if name in sources))


def _filename_date(path: str) -> tuple[dt.date | None, int | None]:
    """A date in a file name ("2014-03-03_report.txt" -> 2014-03-03; "tip-2020-macau.txt" -> 2020)."""
    name = path.rsplit("/", 1)[-1]
    for m in _FILENAME_DATE.finditer(name):
        year = int(m.group("y"))
        if not 1990 <= year <= dt.date.today().year:
            continue
        if m.group("d"):
            try:
                return dt.date(year, int(m.group("m")), int(m.group("d"))), year
            except ValueError:
                continue
        return None, year
    return None, None


@lru_cache(maxsize=1)
def _known_outlets() -> frozenset[str]:
    return frozenset(vocab.sources()["known_outlets"]["names"])


def _heading(lines: list[str], boiler: re.Pattern) -> str | None:
    """The first line that looks like a title: short, no sentence punctuation, not navigation.
    A heading that carries a year (report titles usually do) is preferred."""
    candidates = []
    for line in lines:
        words = line.split()
        if not (2 <= len(words) <= 24) or len(line) > 160 or boiler.search(line):
            continue
        if line.endswith((".", ",", ";")) and not line.endswith("..."):
            continue
        candidates.append(line)
    with_year = [c for c in candidates if re.search(r"\b(?:19|20)\d{2}\b", c)]
    return (with_year or candidates or [None])[0]


def _flip_name(author: str) -> str:
    """'Patt, Prof. Martin' -> 'Prof. Martin Patt'."""
    parts = [p.strip() for p in author.split(",") if p.strip()]
    if len(parts) == 2 and len(parts[0].split()) == 1:
        return f"{parts[1]} {parts[0]}"
    return author


# ------------------------------------------------------------------ manifest

def load_manifest(corpus: Path) -> Manifest:
    """Rows of CORPUS/manifest.csv by relative path; rows that point outside
    the corpus folder or cannot be read are reported, not used."""
    manifest = Manifest()
    path = corpus / MANIFEST_NAME
    if not path.is_file():
        return manifest
    root = corpus.resolve()
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in ("path",) if c not in (reader.fieldnames or [])]
            if missing:
                manifest.problems.append((MANIFEST_NAME, "manifest.csv has no 'path' column"))
                return manifest
            for line_no, row in enumerate(reader, start=2):
                raw_path = (row.get("path") or "").strip()
                if not raw_path:
                    continue
                target = (corpus / raw_path).resolve()
                if not target.is_relative_to(root):
                    manifest.problems.append((raw_path, f"manifest.csv line {line_no} points outside the corpus folder; row ignored"))
                    continue
                rel = target.relative_to(root).as_posix()
                published, pub_year = None, None
                raw_date = (row.get("published") or "").strip()
                if raw_date:
                    published, pub_year = _manifest_date(raw_date)
                    if pub_year is None:
                        manifest.problems.append((raw_path, f"manifest.csv line {line_no}: could not read the date {raw_date!r}"))
                manifest.rows[rel] = ManifestRow(
                    path=rel,
                    title=(row.get("title") or "").strip() or None,
                    publisher=(row.get("publisher") or "").strip() or None,
                    url=(row.get("url") or "").strip() or None,
                    published=published,
                    pub_year=pub_year,
                )
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        manifest.problems.append((MANIFEST_NAME, f"manifest.csv could not be read: {exc}"))
    return manifest


def _manifest_date(value: str) -> tuple[dt.date | None, int | None]:
    try:
        day = dt.date.fromisoformat(value)
        return day, day.year
    except ValueError:
        return parse_date(value)


def apply_manifest(meta: DocumentMeta, row: ManifestRow | None) -> DocumentMeta:
    if row is None:
        return meta
    changes = {k: getattr(row, k) for k in ("title", "publisher", "url") if getattr(row, k)}
    if row.pub_year is not None:
        changes["published"], changes["pub_year"] = row.published, row.pub_year
    given = {"published" if k == "pub_year" else k for k in changes}
    sources = dict(meta.sources) | {k: "manifest" for k in given}
    order = ("title", "published", "publisher", "author", "url")
    changes["sources"] = tuple((name, sources[name]) for name in order if name in sources)
    return replace(meta, **changes)


# ------------------------------------------------------------------ excerpts

_ACCESSED_RE = re.compile(r"^\[(?:accessed|retrieved|viewed)\b[^\]]*\]$", re.I)
_ACCESSED_LINE_RE = re.compile(_ACCESSED_RE.pattern, re.I | re.M)


def split_excerpts(text: str) -> list[Excerpt]:
    """Excerpts of a compilation page: each quoted article is announced by a
    headline, a source line ending in its date, and one or more `[accessed ...]`
    lines. Fewer than two such headers: not a compilation, no excerpts."""
    if len(list(islice(_ACCESSED_LINE_RE.finditer(text), 2))) < 2:
        return []  # most documents: no list of every paragraph made (a 50 MB one would copy its text)
    paragraphs = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    headers: list[tuple[int, int, int]] = []  # paragraph indexes: headline, source line, last accessed line
    i = 0
    while i < len(paragraphs):
        if _ACCESSED_RE.match(paragraphs[i][2]) and i >= 2:
            last = i
            while last + 1 < len(paragraphs) and _ACCESSED_RE.match(paragraphs[last + 1][2]):
                last += 1
            source_idx, headline_idx = i - 1, i - 2
            source_line, headline = paragraphs[source_idx][2], paragraphs[headline_idx][2]
            if len(source_line) <= 300 and len(headline) <= 250 and not _ACCESSED_RE.match(source_line):
                headers.append((headline_idx, source_idx, last))
            i = last + 1
            continue
        i += 1
    if len(headers) < 2:
        return []
    excerpts = []
    for n, (headline_idx, source_idx, last_idx) in enumerate(headers):
        start = paragraphs[headline_idx][0]
        end = paragraphs[headers[n + 1][0]][0] if n + 1 < len(headers) else len(text)
        source_line = paragraphs[source_idx][2]
        published, pub_year, date_at = last_date_in(source_line)
        # what follows " -- " is a note about the piece, not its outlet
        outlet = outlet_of((source_line[:date_at] if date_at >= 0 else source_line).split(" -- ")[0])
        if outlet is None:
            outlet = outlet_of(paragraphs[headline_idx][2]) if _has_outlet_cue(paragraphs[headline_idx][2]) else None
        excerpts.append(Excerpt(
            char_start=start, char_end=end, body_start=paragraphs[last_idx][1],
            title=paragraphs[headline_idx][2].strip(), source=outlet, source_line=source_line,
            published=published, pub_year=pub_year,
        ))
    return excerpts


def _has_outlet_cue(line: str) -> bool:
    cues = set(vocab.sources()["outlets"]["cue_words"])
    return bool({w.lower().strip("().,") for w in line.split()} & cues)


def outlet_of(source_line: str) -> str | None:
    """The outlet in a source line: 'Jeff Jacoby, The Boston Globe, ' -> 'The Boston Globe'."""
    src = vocab.sources()["outlets"]
    cues = set(src["cue_words"])
    piece_words = set(src["piece_words"])
    segments = [s.strip() for s in re.split(r"[,;]|\s--\s|\s-\s", source_line) if s.strip()]
    # drop datelines in capitals ("WASHINGTON"), page numbers, and what follows a date
    kept: list[str] = []
    for seg in segments:
        if re.fullmatch(r"[A-Z][A-Z .'-]+", seg) and len(seg.split()) <= 3 and not re.search(r"\b(?:AFP|CNN|BBC|UPI|VOA|AP)\b", seg):
            continue
        if re.match(r"(?i)page\s+\w+$", seg) or seg.lower() in piece_words:
            continue
        kept.append(seg)
    if not kept:
        return None
    for idx, seg in enumerate(kept):
        words = {w.lower().strip("().") for w in seg.split()}
        if words & cues:
            # an outlet whose name has commas: "Bureau of Democracy, Human Rights, and Labor"
            tail = idx + 1
            while tail < len(kept) and (kept[tail].lower().startswith("and ") or (tail + 1 < len(kept) and kept[tail + 1].lower().startswith("and "))):
                tail += 1
            return ", ".join(kept[idx:tail]) if tail > idx + 1 else seg
    return kept[-1] if len(kept) > 1 else kept[0]
