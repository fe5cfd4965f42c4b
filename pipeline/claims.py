"""Claims: a quantity in its sentence becomes a claim with what it counts, the
metric it belongs to, the year it describes, the place, who it is credited to,
and the source and date of the document or excerpt it stands in.

Everything here is a function over plain records; `assemble_claims` is called
once per document with the sentences and quantities the spaCy components found.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from text_to_num import text2num

from . import vocab
from .metadata import DocumentMeta, Excerpt
from .quantities import Mention, Quantity, starts_change
from .scope import scope_of
from .taxonomy import metric_ids_of
from .syntax import OTHER_FIGURES_YEAR, WHEN_CLAUSE_YEAR, YEAR_BEFORE, YEARS_BACK, Frame, is_bare_unit

if TYPE_CHECKING:
    from .ingest import PageMap


@dataclass(frozen=True, slots=True)
class Claim:
    claim_id: str
    doc_id: str
    doc_path: str
    source: str | None
    source_title: str | None
    published: dt.date | None
    pub_year: int | None
    ref_year: int | None
    period_start: int | None
    period_end: int | None
    sentence: str
    sentence_start: int
    sentence_end: int
    text: str
    char_start: int
    char_end: int
    value_low: float
    value_high: float
    qualifier: str
    qualifier_text: str | None
    unit: str
    per: str | None
    subject: str | None
    metric: str
    location: str | None
    scope: str
    scope_detail: str | None
    attribution: str | None
    direction: str | None
    unit_text: str | None
    quantity_kind: str
    paragraph_start: int
    paragraph_end: int
    page: int | None = None  # PDF: the 1-based page the figure was drawn on
    page_label: str | None = None  # the page number printed on that page


@dataclass(frozen=True, slots=True)
class MentionRecord:
    """One number seen in a document and what became of it (mentions.parquet)."""

    doc_id: str
    doc_path: str
    char_start: int
    char_end: int
    text: str
    status: str  # claim or skipped
    reason: str | None
    claim_id: str | None


def claim_id(doc_id: str, char_start: int, char_end: int) -> str:
    return hashlib.sha1(f"{doc_id}:{char_start}:{char_end}".encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Context:
    """Where a claim stands: the source and date that apply to it."""

    source: str | None
    source_title: str | None
    published: dt.date | None
    pub_year: int | None


def assemble_claims(
    doc_id: str,
    doc_path: str,
    text: str,
    meta: DocumentMeta,
    excerpts: list[Excerpt],
    sentences: list[tuple[int, int]],
    quantities: list[Quantity],
    mentions: list[Mention],
    frames: list[Frame | None] | None = None,
    pages: PageMap | None = None,
    footnote_markers: list[tuple[int, int]] | tuple = (),
) -> tuple[list[Claim], list[MentionRecord]]:
    """Claims of one document, and every number mention with its fate.
    `frames` (one per quantity, from the syntactic layer) decide subject,
    metric, year, attribution and list places; without one the surface rules do.
    `pages` (a PDF's) gives each claim its page; a number at one of
    `footnote_markers` (where ingest found a footnote's marker) is no claim."""
    marker_starts = {start for start, _ in footnote_markers}
    page = Context(meta.publisher, meta.title, meta.published, meta.pub_year)
    excerpt_starts = [e.char_start for e in excerpts]
    sentence_starts = [s for s, _ in sentences]
    claims: list[Claim] = []
    fate: dict[int, tuple[str, str | None, str | None]] = {}
    for index, q in enumerate(quantities):
        excerpt = _excerpt_at(excerpts, excerpt_starts, q.char_start)
        if excerpt is not None and q.char_start < excerpt.body_start:
            fate[index] = ("skipped", "metadata line", None)
            continue
        if q.char_start in marker_starts:
            fate[index] = ("skipped", "footnote", None)
            continue
        where = Context(excerpt.source, excerpt.title, excerpt.published, excerpt.pub_year) if excerpt else page
        s_index = bisect_right(sentence_starts, q.char_start) - 1
        sent_start, sent_end = sentences[s_index] if s_index >= 0 else (q.char_start, q.char_end)
        if q.char_end > sent_end:  # an expression never crosses sentences; guard offsets anyway
            sent_end = q.char_end
        sentence = text[sent_start:sent_end]
        rel_start, rel_end = q.char_start - sent_start, q.char_end - sent_start
        clause = clause_around(sentence, rel_start, rel_end)
        frame = frames[index] if frames is not None else None
        subject = frame.subject if frame is not None and frame.subject else subject_of(sentence, rel_start, rel_end, q)
        from_frame = frame is not None and frame.subject == subject  # the frame has judged its unit words already
        if subject is not None and ((is_bare_unit(subject) and not from_frame)
                                    or (q.unit_text and subject.strip().lower() == q.unit_text.lower())):
            # the surface rules fall back on the unit word ("m" of "40 m"): never a subject; a bare number's
            # measure the parse names stays ("Horsepower jumped from 240 to 273")
            subject = None
        if subject is not None and q.per:
            subject = _without_rate(subject, q.per)
        if q.unit.startswith("duration:") and _TIME_AWAY_AFTER.match(sentence, rel_end):
            subject = None  # "Twenty years earlier, 300 workers died": when, not how long anything lasted
        period = period_of(clause, where.pub_year)
        opens_change = index + 1 < len(quantities) and starts_change(text, q, quantities[index + 1])
        ref_year = ref_year_of(clause, sentence, rel_start, where.pub_year, period, frame.years if frame is not None else (), end=rel_end,
                               start_of_change=opens_change)
        para_start = text.rfind("\n\n", 0, q.char_start)
        para_start = 0 if para_start < 0 else para_start + 2
        para_end = text.find("\n\n", q.char_end)
        para_end = len(text) if para_end < 0 else para_end
        cid = claim_id(doc_id, q.char_start, q.char_end)
        metric = metric_of(clause, q, subject, after=sentence[rel_end : rel_end + 120],
                           frame_text=frame.frame_text if frame is not None else None,
                           subject_head=frame.subject_head if frame is not None else None,
                           governor=frame.governor if frame is not None else None,
                           doer=frame.doer if frame is not None else None,
                           acts_on=frame.acts_on if frame is not None else None)
        location = (place_named(frame.list_item) if frame is not None and frame.list_item else None) or location_of(sentence, rel_start, rel_end)
        clause_start = sentence.find(clause)
        scope = scope_of(q.unit, q.value_high, q.qualifier, q.kind, subject, frame.subject_head if frame is not None else None,
                         frame.restrictions if frame is not None else (), frame.singular if frame is not None else None,
                         metric, clause_before=clause[: max(0, rel_start - clause_start)].lstrip(), place_named=place_named,
                         sentence=sentence, position=rel_start)
        if scope.scope == "subset" and scope.detail:
            location = place_named(scope.detail) or location  # the place a subset is restricted to
        claims.append(Claim(
            claim_id=cid, doc_id=doc_id, doc_path=doc_path,
            source=where.source, source_title=where.source_title,
            published=where.published, pub_year=where.pub_year,
            ref_year=ref_year, period_start=period[0] if period else None, period_end=period[1] if period else None,
            sentence=sentence, sentence_start=sent_start, sentence_end=sent_end,
            text=q.text, char_start=q.char_start, char_end=q.char_end,
            value_low=q.value_low, value_high=q.value_high,
            qualifier=q.qualifier, qualifier_text=q.qualifier_text,
            unit=q.unit, per=q.per, subject=subject, metric=metric, location=location,
            scope=scope.scope, scope_detail=scope.detail,
            attribution=(frame.attribution if frame is not None else None) or attribution_of(sentence),
            direction=q.direction or (frame.direction if frame is not None else None), unit_text=q.unit_text, quantity_kind=q.kind,
            paragraph_start=para_start, paragraph_end=para_end,
            **_page_fields(pages, q.char_start),
        ))
        fate[index] = ("claim", None, cid)
    records = []
    for m in mentions:
        if m.quantity is None:
            records.append(MentionRecord(doc_id, doc_path, m.char_start, m.char_end, m.text, "skipped", m.reason, None))
        else:
            status, reason, cid = fate.get(m.quantity, ("skipped", "unassigned", None))
            records.append(MentionRecord(doc_id, doc_path, m.char_start, m.char_end, m.text, status, reason, cid))
    return claims, records


def _page_fields(pages: PageMap | None, offset: int) -> dict:
    if pages is None:
        return {}
    page, label = pages.at(offset)
    return {"page": page, "page_label": label}


def _excerpt_at(excerpts: list[Excerpt], starts: list[int], position: int) -> Excerpt | None:
    i = bisect_right(starts, position) - 1
    if i < 0:
        return None
    excerpt = excerpts[i]
    return excerpt if position < excerpt.char_end else None


# ---------------------------------------------------------------- clause

def clause_around(sentence: str, start: int, end: int) -> str:
    """The part of the sentence between semicolons (or dashes) that holds the quantity."""
    left = max(sentence.rfind(";", 0, start), sentence.rfind(" — ", 0, start), sentence.rfind(" -- ", 0, start))
    right_candidates = [i for i in (sentence.find(";", end), sentence.find(" — ", end), sentence.find(" -- ", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(sentence)
    return sentence[left + 1 : right]


# ---------------------------------------------------------------- subject

_STOP = frozenset("""
a an the in on at to for from with by are is was were be been being have has had who whom whose which that
and or but as per will would could should may might can must than into during since each every who's
continued continue reportedly also still only just not no nor so if while when where whereas after before
because about around over under up down out off this these those there their its his her our your my
is's it they he she we you them him us according said says estimated expected including such
""".split())
_LEADING = frozenset({"of", "the", "a", "an", "these", "those", "their", "its", "his", "her", "them", "our", "all", "other"})


def subject_of(sentence: str, start: int, end: int, q: Quantity) -> str | None:
    """What is counted or measured: the noun phrase after the quantity
    ("80,000 to 120,000 prisoners"), the `of` phrase after a unit
    ("70-90 percent of wages"), or the unit itself ("12 to 16 hours")."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*|[,.;:()\"]|\d[\d,.]*", sentence[end : end + 120])
    if len(words) >= 2 and words[0].lower() == "as" and words[1][0].isalpha() and words[1].lower() not in _STOP:
        return words[1]  # "1,975 as students"
    if len(words) >= 2 and words[0].lower().endswith("ed") and words[1].lower() in _STOP:
        # a verb right after the figure: "753 registered with the authorities as workers"
        m = re.match(r"[^,;.]{0,80}?\bas\s+([A-Za-z][\w-]*)", sentence[end : end + 100])
        return m.group(1) if m and m.group(1).lower() not in _STOP else None
    phrase: list[str] = []
    started = False
    for word in words:
        lower = word.lower()
        if not word[0].isalpha():
            if started:
                break
            if word in '("':
                continue
            break
        if not started and lower in _LEADING:
            continue
        if lower in _STOP:
            break
        if started and (lower.endswith("ed") or lower.endswith("ing")) and lower not in ("undocumented", "unregistered"):
            break
        phrase.append(word)
        started = True
        if len(phrase) >= 5:
            break
    while phrase and phrase[-1].lower() in ("of", "per"):
        phrase.pop()
    unit_word = q.unit_text
    if phrase:
        noun = " ".join(phrase)
        if q.unit in ("count", "times") or q.unit == "percent":
            return noun
        return f"{unit_word} of {noun}" if unit_word and sentence[end:].lstrip().lower().startswith("of") else (unit_word or noun)
    return unit_word


# ---------------------------------------------------------------- metric

def _rule_pattern(alternatives: list[str]) -> re.Pattern:
    """The alternatives as one pattern, matched against lower-cased text: a
    case-insensitive alternation is several times slower in `re`."""
    joined = "|".join(alternatives)
    return re.compile(joined) if joined == joined.lower() else re.compile(joined, re.I)


ABROAD = "@abroad"  # in a rule's group: a place named as written that is not the taxonomy's home


class _Group:
    """One inner list of a rule's `all`: its patterns, matched against lower-cased
    text, and for `@abroad` a place name matched against the text as written
    (lower-cased, "Turkey", "Chad" and "US" are words)."""

    def __init__(self, alternatives: list[str], abroad: re.Pattern | None) -> None:
        words = [a for a in alternatives if a != ABROAD]
        self.pattern = _rule_pattern(words) if words else None
        self.places = abroad if ABROAD in alternatives else None

    def search(self, lower: str, written: str) -> bool:
        return bool((self.pattern is not None and self.pattern.search(lower))
                    or (self.places is not None and self.places.search(written)))


def _abroad_pattern(taxonomy: dict) -> re.Pattern | None:
    """The place names (places.txt) of anywhere but the taxonomy's home: its `home`
    patterns and its `home_places`."""
    home = [re.compile(p, re.I) for p in taxonomy.get("home", [])]
    home_places = {p.lower() for p in taxonomy.get("home_places", [])}
    names = [surface for surface, canonical in vocab.places().items()
             if not any(h.search(canonical) or h.search(surface) for h in home)
             and canonical.lower() not in home_places and surface.lower() not in home_places]
    if not names:
        return None
    names.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


class _Rule(NamedTuple):
    """One metric of the taxonomy, compiled (metrics.toml explains each key)."""
    metric_id: str
    units: tuple[str, ...]
    pers: tuple[str, ...]
    groups: list
    veto: re.Pattern | None  # `none`
    subject_veto: re.Pattern | None  # `not_subject`
    scope: str
    heads: re.Pattern | None  # `subject_heads`
    doer_veto: re.Pattern | None  # `not_doer`


def _metric_rules() -> list[_Rule]:
    return _compiled_rules(vocab.taxonomy_key())


@lru_cache(maxsize=4)  # one entry per taxonomy in use (the shipped one, a user's)
def _compiled_rules(taxonomy_key: str):
    rules = []
    taxonomy = vocab.metrics()
    abroad = _abroad_pattern(taxonomy) if any(ABROAD in group for m in taxonomy["metric"] for group in m.get("all", [])) else None
    for metric in taxonomy["metric"]:
        rules.append(_Rule(
            metric_id=metric["id"],
            units=tuple(metric.get("units", [])),
            pers=tuple(metric.get("per", [])),
            groups=[_Group(group, abroad) for group in metric.get("all", [])],
            veto=_rule_pattern(metric["none"]) if metric.get("none") else None,
            subject_veto=_rule_pattern(metric["not_subject"]) if metric.get("not_subject") else None,
            scope=metric.get("scope", "clause"),
            heads=re.compile("|".join(rf"(?:{p})" for p in metric["subject_heads"]), re.I) if metric.get("subject_heads") else None,
            doer_veto=_rule_pattern(metric["not_doer"]) if metric.get("not_doer") else None,
        ))
    return rules


def metric_ids() -> list[str]:
    """The metric ids of the taxonomy in use, `other` last."""
    return metric_ids_of(vocab.metrics())


_AFTER_STOP = re.compile(r"[,;:]\s|\b(?:after|before|when|because|while|although|whereas|if|unless)\b", re.I)


def metric_of(clause: str, q: Quantity, subject: str | None, after: str = "", frame_text: str | None = None,
              subject_head: str | None = None, governor: str | None = None, doer: str | None = None,
              acts_on: str | None = None) -> str:
    """The first metric of the taxonomy whose rules hold. With `frame_text` (the
    subject, the word governing the figure and its complements, from the
    syntactic layer) rules read that instead of the clause; rules with scope =
    "after" read the clause text following the figure, and the frame as well.
    `subject_head` (the head noun of what the figure counts, from the parse)
    must be one of a metric's `subject_heads` when it lists them: the metric's
    population, not another one counted in the same words. `governor` (the word
    governing the figure in the parse) stands in for the text after the figure
    when the subject holds it: "The famine killed 2 million people" is about
    "people killed by the famine". A count per so many people ("per 100,000")
    is a rate: only a metric that names that denominator in `per` takes it.
    `doer` (who acts on the figure and the verb, "workers kept") must match
    none of a metric's `not_doer` patterns. `acts_on` (the verb and its object when
    what the figure counts is that active verb's subject, "killed people") keeps
    a rule with scope = "after" from reading that verb as what happens to it."""
    stop = _AFTER_STOP.search(after)
    after_written = after[: stop.start()] if stop else after
    after, clause_written, clause = after_written.lower(), clause, clause.lower()
    frame = frame_text.lower() if frame_text is not None else None
    subject_written, subject = subject, (subject.lower() if subject else subject)
    doer = doer.lower() if doer else doer
    for rule in _metric_rules():
        if rule.units and not q.unit.startswith(rule.units):
            continue
        if rule.heads is not None and subject_head is not None and not rule.heads.fullmatch(subject_head):
            continue
        if rule.pers and q.per not in rule.pers:
            continue
        if not rule.pers and q.unit == "count" and q.per and q.per[0].isdigit():
            continue  # "91.5 deaths per 100,000" is a rate of a population, not the count a metric adds up
        if rule.veto is not None and rule.veto.search(clause):
            continue
        if rule.subject_veto is not None and subject and rule.subject_veto.search(subject):
            continue
        if rule.doer_veto is not None and doer and rule.doer_veto.search(doer):
            continue
        if rule.scope == "after":
            found = _happens_to_counted(rule.groups, after_written, frame_text, governor, subject_written, subject_head, acts_on)
        elif frame is not None:
            found = all(group.search(frame, frame_text) for group in rule.groups)
        else:
            found = all(group.search(clause, clause_written) for group in rule.groups)
        if found:
            return rule.metric_id
    return "other"


def _holds(groups, text: str) -> bool:
    return all(group.search(text.lower(), text) for group in groups)


def _happens_to_counted(groups, after: str, frame_text: str | None, governor: str | None, subject: str | None,
                        subject_head: str | None, acts_on: str | None = None) -> bool:
    """For a rule with scope = "after": what happens to what the figure counts. It is said after
    the figure (and, with a parse, in its frame too), or the verb governing the figure says it of
    the subject ("The famine killed 2 million people": "people killed by the famine"), or the
    figure counts it by name ("put the death toll at 1,200", "5,000 deaths were recorded").
    What the counted do to others is not what happens to them ("2,000 soldiers killed 40 people")."""
    if acts_on and governor is not None and _holds(groups, governor):
        return subject_head is not None and _holds(groups, subject_head)
    if _holds(groups, after) and (frame_text is None or _holds(groups, frame_text)):
        return True
    if subject is None:
        return False
    if governor is not None and _holds(groups, governor) and _holds(groups, subject):
        return True
    if subject_head is not None and _holds(groups, subject_head):
        return True
    # "death toll", "the dead"; not "people killed" (a participle says what happened, read above)
    opening = " ".join(w for w in subject.split()[:2] if not w.lower().endswith("ed"))
    return frame_text is not None and bool(opening) and _holds(groups, opening)


# ---------------------------------------------------------------- time

_YEAR = r"(?P<y>1[6-9]\d{2}|20\d{2})"
_DAY = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"


_TIME_AWAY_AFTER = re.compile(r"\s+(?:ago|earlier|later)\b", re.I)


_ENDS_IN_PREPOSITION = re.compile(r"(?:^|\s)(?:of|in|on|at|to|by|for)$", re.I)


def _without_rate(subject: str, per: str) -> str:
    """The subject less the rate the claim's `per` already holds, written after its noun ("rations of 300
    grams of corn per day": corn, per day); as it was when less would leave a bare unit word ("hours a
    day") or a dangling preposition ("cases of a year", misread)."""
    rate = re.search(rf"\s+(?:per|a|an|each|every)\s+{re.escape(per)}s?$", subject, re.I)
    rest = subject[: rate.start()] if rate else ""
    return rest if rest and not is_bare_unit(rest) and not _ENDS_IN_PREPOSITION.search(rest) else subject


@lru_cache(maxsize=1)
def _explicit_year() -> re.Pattern:
    """A year a phrase names as the time of what it says: "in 2019", "during fiscal year 2012",
    and a whole date ("On March 5, 2019,", "on Tuesday 5 March 2019", "as of September 5, 2024");
    month and weekday names are the vocabulary's (`context.toml`)."""
    ctx = vocab.context()
    month = "(?:" + "|".join(sorted(ctx["months"], key=len, reverse=True)) + ")"
    weekday = "(?:" + "|".join(ctx["weekdays"]) + ")"
    return re.compile(
        rf"(?<![A-Za-z])(?:as of|at the end of|by the end of|end of|in|during|for|of|throughout|through|since|until|by|on)"
        rf"\s+(?:(?:its|their|the|his|her|early|late|mid|mid-|fiscal|calendar|year|(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:quarter|half)\s+of)\s+)*"
        rf"(?:FY\s*)?(?:{weekday},?\s+)?(?:{month}\.?\s+(?:{_DAY},?\s+)?|{_DAY}\s+{month}\.?,?\s+)?"
        rf"{_YEAR}(?![\d])(?!s)(?!\s*[-–]\s*(?:1[6-9]|20)\d\d)",  # not "in 2016–2018", a span
        re.I,
    )


_DECADE = re.compile(r"(?<![A-Za-z])(?:during|in|throughout|over|through|of)\s+the\s+(?:(?P<part>early|mid|late)[-\s]?)?(?P<d>1[6-9]\d0|20\d0)['’]?s\b", re.I)
_DECADE_PART = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}  # "the mid-1990s": 1993 to 1996
_SINCE = re.compile(rf"(?<![A-Za-z])since\s+{_YEAR}\b", re.I)
_SPAN = re.compile(
    # "between fiscal years 2016 and 2021", "from FY 2018 through FY 2023" name their years the same way
    r"(?<![A-Za-z])(?:between|from)\s+(?:(?:fiscal|calendar)\s+years?\s+|FY\s?)?(?P<a>1[6-9]\d{2}|20\d{2})\s+(?:and|to|until|through)\s+"
    r"(?:(?:fiscal|calendar)\s+years?\s+|FY\s?)?(?P<b>1[6-9]\d{2}|20\d{2})\b"
    r"|\b(?P<c>1[6-9]\d{2}|20\d{2})\s*[-–]\s*(?P<d>1[6-9]\d{2}|20\d{2})\b",
    re.I,
)


@lru_cache(maxsize=1)
def _source_year() -> re.Pattern:
    """A year dating a source: "a 2019 estimate", "the Foundation's 2018 index", "the 2014 UN commission"."""
    nouns = "|".join(re.escape(n) for n in vocab.context()["source_nouns"])
    return re.compile(rf"(?:(?<![A-Za-z])(?i:a|an|the|its|their|his|her|this|that)|['’]s)\s+{_YEAR}\s+(?:[A-Z][\w&.-]*\s+){{0,4}}(?i:{nouns})\b")


_RELATIVE = re.compile(rf"(?<![A-Za-z])(?P<r>last year|this year|next year|{YEARS_BACK}\s+ago|yesterday|today|currently|now)\b", re.I)
_YEARS_BACK = re.compile(YEARS_BACK, re.I)
_COMPARED_AFTER = re.compile(r"\b(?:from|compared\s+(?:with|to)|than|versus|vs\.?)\s", re.I)
_OVER_RELATIVE = re.compile(r"\b(?:over|on)\s+$", re.I)


def _years_back(phrase: str) -> int:
    """How many years back "the year before", "a year ago", "three years earlier" or "a decade
    earlier" goes."""
    m = _YEARS_BACK.search(phrase)
    if m is None:
        return 1
    count, span = m.group().lower().split()[:2]
    years = int(count) if count.isdigit() else 1 if count == "a" else text2num(count, "en")
    return years * 10 if span.startswith("decade") else years


@lru_cache(maxsize=4096)  # claims of one sentence share their clause
def period_of(clause: str, pub_year: int | None) -> tuple[int, int] | None:
    m = _DECADE.search(clause)
    if m:
        first = int(m.group("d"))
        start, end = _DECADE_PART[m.group("part").lower()] if m.group("part") else (0, 9)
        return first + start, first + end
    m = _SPAN.search(clause)
    if m:
        a = int(m.group("a") or m.group("c"))
        b = int(m.group("b") or m.group("d"))
        if a < b:
            return a, b
    m = _SINCE.search(clause)
    if m and pub_year:
        return int(m.group("y")), pub_year
    return None


# "60,000 the year before", "29 victims the previous year"; not "rose five times compared with the previous year"
_YEAR_BEFORE = re.compile(rf"\s*(?:(?!(?:compared|than|from|over|versus|since|against|with|on)\b)\w+\s+){{0,2}}?{YEAR_BEFORE}", re.I)


# a conversion in brackets after the figure, or the bracket that closes around it
_CONVERSION_AFTER = re.compile(r"\s*(?:\([^()]{1,60}\)|\))")


def _described_years(text: str, pub_year: int | None):
    """(match, year) for each explicit year of `text` that can be the year a figure describes:
    not a start ("since 2010"), not a target date ("by 2030")."""
    for m in _explicit_year().finditer(text):
        year = int(m.group("y"))
        if not m.group().lower().startswith("since") and not (pub_year and year > pub_year + 1):
            yield m, year


def ref_year_of(clause: str, sentence: str, position: int, pub_year: int | None, period: tuple[int, int] | None,
                tree_years: tuple[tuple[int, int], ...] = (), end: int | None = None, start_of_change: bool = False) -> int | None:
    """The year the figure describes: an explicit year in its clause (one the
    parse attaches to the figure's own clause first, then to a clause above it,
    then the one nearest the figure), else the end of a stated period, else a
    relative year ("last year"), else the publication year (present tense).
    `tree_years` are (offset in the sentence, rank) pairs from the syntactic layer.
    A figure followed by "the year before" or "a year earlier" (`end`: where the
    figure ends in the sentence) describes the year before the sentence's. The
    level a change starts from (`start_of_change`) describes a stated period's
    first year ("fell from 320 to 210 ... between 2000 and 2017": the 320 is 2000's)."""
    if end is not None and (bracket := _CONVERSION_AFTER.match(sentence, end)):
        end = bracket.end()  # "2.3 million lari ($860,000) the previous year": past the conversion, or out of it
    before = _YEAR_BEFORE.match(sentence, end) if end is not None else None
    if before:
        # the year before the one the sentence names last before the figure, whoever's it is
        named = [year for _, year in _described_years(sentence[:position], pub_year)]
        year = named[-1] if named else ref_year_of(clause, sentence, position, pub_year, period, tree_years)
        return year - _years_back(before.group()) if year is not None else None
    for at, rank in tree_years:
        if rank == WHEN_CLAUSE_YEAR and sentence[at : at + 4].isdigit():
            return int(sentence[at : at + 4])  # "since 2016, when the government identified eight victims"
    offset = sentence.find(clause)
    rank_at = dict(tree_years)
    best, best_key = None, None
    for m, year in _described_years(clause, pub_year):
        rank = rank_at.get(offset + m.start("y"), 2)
        if rank == OTHER_FIGURES_YEAR:
            continue  # "36 victims, compared with 35 in 2015": the year of the 35
        at, until = offset + m.start(), offset + m.end()
        # the gap between the two ("from 60 percent of GDP in 2010 to 85 percent in 2020": the 85's is 2020)
        gap = at - end if end is not None and at >= end else position - until if until <= position else abs(at - position)
        key = (rank, gap)
        if best_key is None or key < best_key:
            best, best_key = year, key
    if best is not None:
        return best
    if period is not None and start_of_change:
        return period[0]
    if period is not None:
        return min(period[1], pub_year) if pub_year else period[1]
    for m in _source_year().finditer(clause):
        year = int(m.group("y"))
        if not pub_year or year <= pub_year:
            return year  # what "a 2019 estimate" says describes 2019, not the year it is cited in
    m = _RELATIVE.search(clause)
    if m and end is not None and _COMPARED_AFTER.search(sentence, end, max(end, sentence.find(clause) + m.start())):
        m = None  # "50 million iPhones, down from 61 million a year ago": the year of the figure compared with
    if m and _OVER_RELATIVE.search(clause, 0, m.start()) and not clause.startswith("'s", m.end()):
        m = None  # "a 12 percent increase over last year", "up 5% on last year": the year compared with
    if m and pub_year:
        word = m.group("r").lower()
        if word == "last year":
            return pub_year - 1
        if word.endswith(" ago"):
            return pub_year - _years_back(word)
        if word == "next year":
            return pub_year + 1
    return pub_year


# ---------------------------------------------------------------- place

@lru_cache(maxsize=1)
def _places() -> tuple[re.Pattern, dict[str, str]]:
    canonical = vocab.places()
    names = sorted(canonical, key=len, reverse=True)
    pattern = re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(n) for n in names) + r")(?![A-Za-z$])")
    return pattern, canonical


_PLACE_PREP = re.compile(r"(?:\bin|\bto|\bfrom|\binto|\bacross|\bof|\bnear|\bwithin)\s+(?:the\s+(?:city|province|region|town)\s+of\s+)?(?:the\s+)?(?:just\s+in\s+the\s+city\s+of\s+)?$", re.I)


@lru_cache(maxsize=4096)  # claims of one sentence share its places
def _places_in(sentence: str) -> tuple[tuple[int, int, str, bool], ...]:
    pattern, canonical = _places()
    return tuple((m.start(), m.end(), canonical[m.group()], bool(_PLACE_PREP.search(sentence[max(0, m.start() - 40) : m.start()])))
                 for m in pattern.finditer(sentence))


def place_named(name: str) -> str | None:
    """The canonical name of a place when `name` is one ("Russia's Far East" -> its place)."""
    pattern, canonical = _places()
    m = pattern.search(name)
    return canonical[m.group()] if m else None


def location_of(sentence: str, start: int, end: int) -> str | None:
    """The place named nearest the figure, preferring one after a preposition."""
    best = None
    for p_start, p_end, name, preferred in _places_in(sentence):
        distance = p_start - end if p_start >= end else start - p_end
        key = (not preferred, distance)
        if best is None or key < best[0]:
            best = (key, name)
    return best[1] if best else None


# ---------------------------------------------------------------- attribution

# verb forms only: "count\w*" read "Workers were sent to around 40 countries" as said by "Workers were sent to around 40"
_VERBS = (r"(?:estimat(?:e|es|ed)|report(?:s|ed)?|said|says|stated?|states|show(?:s|ed)?|note[sd]?|found|find|indicat(?:e|es|ed)"
          r"|suggest(?:s|ed)?|claim(?:s|ed)?|document(?:s|ed)?|believe[sd]?|calculat(?:e|es|ed)|put the (?:number|figure)|count(?:s|ed)?"
          r"|testif(?:y|ies|ied)|recount(?:s|ed)?|recall(?:s|ed)?)")
# A verb of saying, not the adjective in "an estimated 80,000", the passive "are estimated to be"
# or a verdict ("Persons found guilty of ...").
_SAYING = rf"{_VERBS}\b(?!\s+(?:\d|to\b|at\b|in\b|as\b|by\b|guilty\b|liable\b|responsible\b|innocent\b|dead\b))"
_ATTRIBUTION = [
    re.compile(r"\b[Aa]ccording to (?P<a>[^,;.()]{3,90})"),
    re.compile(rf"(?:^|[,;]\s+)(?P<a>[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){{0,7}}),[^,;]{{1,80}},\s+{_SAYING}"),
    re.compile(rf"(?:^|[,;:]\s+)(?P<a>[A-Z][\w'’.&-]*(?:\s+(?:and\s+)?[\w'’.&-]+){{0,6}})\s+(?:(?:also|reportedly|previously|have|has|had)\s+)?{_SAYING}"),
    re.compile(r"[,\"]\s*(?:said|says|according to)\s+(?P<a>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4})"),
    # who speaks at the end, in any case: "..., former guards testified."
    re.compile(rf",\s+(?P<a>[A-Za-z][\w'’.&-]*(?:\s+[\w'’.&-]+){{0,4}}?)\s+(?:have\s+|has\s+|had\s+)?{_VERBS}\b"
               r"(?:\s+(?:in|on)\s+[\w ,]{1,20}?)?\s*[.!]?[\"”]?\s*$"),
]
# Sentence openers that are not a source ("There are an estimated", "By the best estimates", "This report").
_NOT_ATTRIBUTION = re.compile(
    r"^(?:(?:it|this|that|these|those|there|he|she|they|we|i|which|by|in|at|for|with|of|from|to|during|as|on|if|when|while|so|but|and)\b"
    r"|(?:the government|the dprk|north korea|authorities)$)", re.I)


_DETERMINERS = frozenset({"this", "that", "the", "a", "an", "these", "those", "its", "their", "his", "her", "our"})
# nor after a preposition: "The number of reported cases" is no source that reported
_PREPOSITIONS = frozenset({"of", "in", "on", "at", "for", "by", "with", "from", "to", "among", "between"})
_NOT_LAST_WORDS = _DETERMINERS | _PREPOSITIONS  # words a source's name does not end with
# a figure in who speaks makes them respondents, not a source: "Nearly 40 percent of the workers surveyed said"
_COUNTED = re.compile(r"%|\bper\s?cent\b|(?<![\w.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w.,]*\d)"
                      r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+\w+"  # "Fewer than one in ten defectors"
                      r"|\b(?:half|third|quarter|majority)\s+of\b", re.I)


@lru_cache(maxsize=4096)  # claims of one sentence share it
def attribution_of(sentence: str) -> str | None:
    """Who the sentence credits for its figures: "According to NGO reports",
    "NGOs and researchers estimate that", ", said Robert King"."""
    for pattern in _ATTRIBUTION:
        m = pattern.search(sentence)
        if m:
            who = re.sub(r"\s+", " ", m.group("a")).strip(" ,")
            last_word = who.split()[-1].lower() if who else ""
            if who and not _NOT_ATTRIBUTION.match(who) and last_word not in _NOT_LAST_WORDS and len(who.split()) <= 12 \
                    and not _COUNTED.search(who):
                return who
    return None
