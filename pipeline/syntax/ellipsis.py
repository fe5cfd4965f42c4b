"""Figures that name no noun of their own borrow an earlier figure's frame
("36 victims, compared with 35 in 2015"; "30 people in Lagos, 12 in Abuja"):
`share_elliptical`, `share_change`, `share_elided` and `share_restated_total`
work over the frames of one sentence, in order, and the sentence's text.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..quantities import restates
from .words import _IN_YEAR, _words, YEAR_BEFORE, _YEAR_PHRASE, YEARS_BACK


_CONVERSION = re.compile(r"\s*[(\[]\s*(?:or\s+)?", re.I)


# A figure that leaves its noun to an earlier figure: what follows it names no noun ("compared with 35 in 2015",
# "154 more", "including three for labor trafficking") and what precedes it ties it to that figure.
_ELLIPSIS_BEFORE = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|\bup\s+from|\bdown\s+from|\bfrom|\bthan|\(|\bincluding)"
    r"\s*(?:(?:about|approximately|some|an\s+estimated|nearly|almost|roughly|only|just)\s+)?$", re.I)
# (the verb of the earlier figure may be said again: "compared with 30 identified in 2019", "up from 20 recorded in 2018";
# "-ed" only: "21 children in 2017" names its noun)
_ELLIPSIS_AFTER_YEAR = re.compile(rf"\s*(?:\([^()]*\)\s*)?(?:[a-z]{{2,}}ed\s+)?(?:{_IN_YEAR}|(?:in\s+)?{YEAR_BEFORE}|last\s+year\b|{YEARS_BACK}\s+ago\b"
                                  r"|(?:in|during|over)\s+the\s+(?:previous|prior|preceding|last|same)\s+(?:reporting\s+)?(?:period|year|quarter|month)\b)", re.I)
_COMPARED_JUST_BEFORE = re.compile(r"(?:\bcompared\s+(?:with|to)|\bup\s+from|\bdown\s+from|\bversus|\bvs\.?)\s*$", re.I)
# "including", a bracket or a dash opening an aside: "25 investigations—23 for sex trafficking and two for ..."
_INCLUDING_JUST_BEFORE = re.compile(r"(?:\bincluding|\(|—|\s–)\s*$", re.I)
_ELLIPSIS_AFTER_FOR = re.compile(r"\s+for\s+", re.I)
_AND_BY_JUST_BEFORE = re.compile(r"\band\s+(?:by|to)\s+$", re.I)
# a figure listed with the place or time it is of ("30 people in Lagos, 12 in Abuja and 8 in Kano"):
# the name after it, and the earlier item's words up to the separator
_NAME = r"(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})"
_ELLIPSIS_AFTER_NAME = re.compile(rf"\s+(?:in|at|from)\s+{_NAME}(?=\s*(?:[,;.)]|$|\band\b|\bor\b))")
_NAMED_ITEM_BEFORE = re.compile(rf"(?:\s+[\w-]+){{0,4}}?\s+(?P<phrase>(?:in|at|from)\s+{_NAME})\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
# "320 of which concerned trafficking": a part of the set before that the verb describes ("27 of whom were
# children" names its own noun)
_OF_WHICH_BEFORE = re.compile(r",\s*of\s+(?:which|whom)\s+$", re.I)
_OF_WHICH_ACTED = re.compile(r"\s+of\s+(?:which|whom)\s+(?!(?:were|was|are|is|became|remained)\b)[a-z]+", re.I)
# the group an elliptical figure is of, right after it: "compared with 74 percent for men", "12 percent among boys"
_ELLIPSIS_FOR_GROUP = re.compile(r"\s+(?P<phrase>(?P<case>for|among)\s+(?:the\s+|all\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?=\s*(?:[,;.)]|$))")
_ELLIPSIS_MORE = re.compile(r"\s+(?:more|others|additional\s*[,.;)])", re.I)
_PARTITIVE_OPENING = re.compile(r"(?:^|[.;:]\s+|\n)(?i:of|out\s+of)\s+(?i:the|these|those|all|all\s+the)?\s*$")
_YEAR_AND = re.compile(rf"{_IN_YEAR}\s*(?:,\s*and|,|and)\s+$", re.I)
_IN_YEAR_PHRASE = re.compile(rf",?\s*\b(?:in|during)\s+{_YEAR_PHRASE}", re.I)
# between two figures of an elliptical run: "27 in 2015 and 32 in 2014", "three for labor trafficking and 14 for"
_ELLIPSIS_CHAIN = re.compile(r"[^;()]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)$", re.I)


def _elliptical(text: str, start: int, end: int, unit: str, chained: bool) -> bool:
    """Whether the figure at [start, end) names no noun and leaves it to an earlier figure;
    `chained`: the figure before it was elliptical too ("compared with 27 in 2015 and 32 in 2014")."""
    before = text[max(0, start - 40) : start]
    if unit == "count" and _ELLIPSIS_MORE.match(text, end):
        return True  # "he pardoned and released 154 more"
    if unit == "count" or unit.startswith("currency:"):
        if _OF_WHICH_BEFORE.search(before) and not _COPULA_AFTER.match(text, end):
            return True  # "a budget of $1.2 billion, of which $300 million went to enforcement"
        if _OF_WHICH_ACTED.match(text, end) and re.search(r",\s*$", before):
            return True  # "received 7,400 calls, 320 of which concerned ..."
    if _ELLIPSIS_AFTER_YEAR.match(text, end):
        # "compared with 121 ... victims in 2015 and 113 in 2014": a run of figures with their years
        return chained or bool(_ELLIPSIS_BEFORE.search(before) or _YEAR_AND.search(before))
    if unit == "count" and _ELLIPSIS_AFTER_FOR.match(text, end):
        return chained or bool(_INCLUDING_JUST_BEFORE.search(before))
    if _AND_BY_JUST_BEFORE.search(before):
        return True  # "rose by 67,000 in September and by 582,000 over the year"
    # "up from 12." ("compared to zero in 2017" is read above)
    return bool(re.match(r"\s*[,;.)]", text[end : end + 2]) and _COMPARED_JUST_BEFORE.search(before))


_OTHERS_AFTER = re.compile(r"\s+others\b", re.I)
_AND_VERB = re.compile(r"[^,;()]{0,40}?(?:,\s*)?\b(?P<c>and|but)\s+(?:only\s+)?(?P<v>[a-z]+ed)\s+(?:only\s+|just\s+)?", re.I)
_AND_BEFORE = re.compile(r"[^,;()]{0,40}?(?:,\s*)?\b(?:and|but)\s+(?:only\s+)?", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|are|is|been)\s+[a-z]+(?:ed|en)\b", re.I)
_ELIDED_PASSIVE = re.compile(r"\s+(?P<v>[a-z]+(?:ed|en))\b(?!\s+(?:by|to|that)\b)", re.I)
_AND_PASSIVE = re.compile(r"\s+(?:were|was|are|is|(?:have|has|had)\s+been)\s+(?P<v>[a-z]+(?:ed|en))\b", re.I)


def _coordinated_verb(frame, previous, text: str, prev_end: int, start: int, end: int) -> str | None:
    """For a count after "and" (or "but") + a verb of its own that names no noun (or only "others"),
    the earlier count's noun with this figure's verb: "ISIS-K killed 48 individuals and
    injured 67" -> "individuals injured", "12 people died and 40 were injured" -> "people
    injured"; None otherwise."""
    if not previous.subject_head:
        return None
    m = _AND_VERB.fullmatch(text, prev_end, start)
    if m is None:
        # "At least 12 people died and 40 were injured": the figure is the subject of a passive of its own, its
        # auxiliary left to the first clause's ("1,000 people have been killed and 3,500 injured")
        passive = _AND_PASSIVE.match(text, end) if _AND_BEFORE.fullmatch(text, prev_end, start) else None
        if passive is None and _AND_BEFORE.fullmatch(text, prev_end, start) and _PASSIVE_BEFORE.search(text, prev_end, start):
            passive = _ELIDED_PASSIVE.match(text, end)
        if passive is None or frame.subject_head:
            return None
        return f"{previous.subject_head} {passive.group('v').lower()}"
    verb = m.group("v").lower()
    if verb == previous.governor:
        return None
    if frame.subject and frame.subject.lower().startswith(verb + " by ") and m.group("c").lower() == "but":
        # "received 5,600 applications but approved fewer than 900": "but" says the same things fared otherwise
        # ("identified 36 victims and arrested 12" arrested others)
        return f"{previous.subject_head} {frame.subject}"
    if frame.subject and frame.subject.lower() not in (verb, (frame.governor or "").lower()) and not _OTHERS_AFTER.match(text, end):
        return None  # a noun of its own ("injured 50 others" names none: the clause's agent stood in)
    return f"{previous.subject_head} {verb}"


_SHARE_AFTER_COUNT = re.compile(r"\s+\w+(?:\s+\w+){0,5}\s*[,;]\s*(?:and|but|of\s+whom|of\s+which|of\s+them)?\s*", re.I)
_COPULA_AFTER = re.compile(r"\s+(?:were|was|are|is)\b", re.I)
_SHARE_AFTER_SHARE = re.compile(r"[^;()]{0,80}?(?:,\s*(?:and|but|while|whereas)\s+|\s+(?:and|but)\s+)(?:only\s+|just\s+)?", re.I)
_LIST_BEFORE = re.compile(r"[^;()]{0,60}?(?:,\s*(?:and\s+|including\s+)?|\s+and\s+|\s+including\s+)", re.I)
_OWN_KIND_AFTER = re.compile(r"\s+(?P<p>of|in|for)\s+(?!(?:the|them|whom|these|those|which|its|their|this|that|all)\b)"
                             r"(?P<k>[A-Za-z][\w-]*(?:\s+[\w-]+){0,4}?)(?=\s*(?:[,;().]|$|\band\b|\bin\s+\d{4}\b))", re.I)


def _listed_kind_of(frame, previous, text: str, prev_end: int, start: int, end: int) -> str | None:
    """For a count listed after an earlier one that says only its own kind ("95 were victims of sex
    trafficking and 39 of forced labor", "301 were exploited in sex trafficking and 111 in forced
    labor"): the earlier count's noun of this kind ("victims of forced labor"); None otherwise."""
    kind = _OWN_KIND_AFTER.match(text, end)
    if not previous.subject_head or not previous.subject or kind is None or not _LIST_BEFORE.fullmatch(text, prev_end, start):
        return None
    # a part after "including" names only the set it is of, whatever the parse hung it on ("40.3 million people were
    # in modern slavery, including 24.9 million in forced labour"); a named place is a list item's (`share_elliptical`)
    part = kind.group("p").lower() == "in" and kind.group("k")[:1].islower() \
        and bool(_INCLUDING_JUST_BEFORE.search(text, max(0, start - 12), start))
    if frame.subject_head and (frame.subject or "").lower() != kind.group("k").lower() and not part:
        return None  # a noun of its own, not just the kind
    # the earlier noun with what stands before it ("minimum age for employment is 15, and 18 for hazardous work":
    # the minimum age for hazardous work), not what follows it
    words = previous.subject.split()
    at = next((i for i, w in enumerate(words) if w.lower() == previous.subject_head), None)
    return f"{' '.join(words[:at + 1])} {kind.group('p').lower()} {kind.group('k')}" if at is not None else None


_ADJECTIVE_PREDICATE = re.compile(r"\s+(?:were|was|are|is)\s+(?P<a>[a-z-]+)(?=\s*(?:[,;.)]|$|\band\b|\(|\bin\s+\d{4}\b))")


def _described_by_adjective(frame, previous, text: str, end: int) -> str | None:
    """For a count whose predicate is only an adjective of a group ("111 were female"), the earlier
    count's noun it describes ("female victims"); None otherwise."""
    m = _ADJECTIVE_PREDICATE.match(text, end)
    if m is None or m.group("a") not in _words()["group_adjectives"] or not previous.subject_head \
            or (frame.subject_head and (frame.subject or "").lower() != m.group("a")):
        return None
    return f"{m.group('a')} {previous.subject_head}"


_AGENT_PHRASE = re.compile(r"\s+by\s+(?:the\s+)?(?P<a>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$")


def _listed_after_place(frame, previous, text: str, prev_end: int, start: int) -> str | None:
    """For a figure listed after a place with no noun of its own, the gapped verb left to the figure
    before it ("Russia hosted 30,000 workers, China 50,000 and Kuwait 5,000"): what that figure
    counts, less an agent that is itself a place (China hosted the 50,000, not Russia); None otherwise."""
    if frame.list_item is None or not previous.subject_head or not previous.subject \
            or (frame.subject_head and frame.subject_head != previous.subject_head and frame.subject_head not in _words()["place_heads"]):
        return None
    between = text[prev_end:start]
    if not re.search(r"(?:,|\band)\s+(?:in\s+)?" + re.escape(frame.list_item) + r"\s*:?\s*$", between) or ";" in between:
        return None
    agent = _AGENT_PHRASE.search(previous.subject)
    if agent is not None and agent.group("a") in _words()["places"]:
        return previous.subject[:agent.start()]
    return previous.subject


def _borrowing(frame, subject: str | None, subject_head: str | None, **fields):
    """`frame` about what another figure is about: that subject and head, whose words the taxonomy
    reads with the figure's own (and any other `fields` replaced)."""
    return replace(frame, subject=subject, subject_head=subject_head, frame_text=frame.frame_text + " " + (subject or ""), **fields)


def share_elliptical(frames: list, quantities: list[tuple[int, int, str]], text: str) -> list:
    """A figure that names no noun of its own and follows a comparison word, a bracket or "including"
    is about what the figure before it of its kind is about: "identified 36 potential victims, ...
    compared with 35 in 2015", "17 trafficking investigations ..., including three for labor trafficking
    and 14 for sex trafficking", "compared with €412,870 ($440,830) in 2021". It keeps its own year.
    The phases, in order: a share of the figure just before (`_share_of_neighbour`); an item of a
    list or a coordinated clause the earlier figure opened (`_listed_item`); a group compared with
    the earlier figure's (`_compared_group`); a figure with no noun after a comparison word."""
    out = list(frames)
    chained = False
    for k in range(1, len(out)):
        frame, (start, end, unit) = out[k], quantities[k]
        neighbour = _share_of_neighbour(out, quantities, k, text)
        if neighbour is not None:
            out[k] = neighbour
            continue
        kind = unit.split(":", 1)[0]
        # the nearest earlier figure of the same kind, and the nearest of those with a subject
        same_kind = [j for j in range(k - 1, -1, -1) if quantities[j][2].split(":", 1)[0] == kind]
        previous = next((out[j] for j in same_kind if out[j] is not None and out[j].subject), None)
        # a share compared with the one before it ("20% of generation in 2021, down from 23% in 2020") is of the same
        if frame is None or previous is None or kind not in ("count", "currency") and not (
                kind == "percent" and _COMPARED_JUST_BEFORE.search(text, max(0, start - 24), start)):
            chained = False
            continue
        prev_start, prev_end = quantities[same_kind[0]][:2]
        chain = chained and bool(_ELLIPSIS_CHAIN.fullmatch(text[prev_end:start]))
        listed = _listed_item(frame, previous, quantities[k], (prev_start, prev_end), text, chain)
        if listed is not None:
            out[k], chained = listed
            continue
        # the earlier figure's year is not this one's: "14 victims identified in 2018, 14 in 2017"
        subject = _IN_YEAR_PHRASE.sub("", previous.subject).strip(" ,") or previous.subject
        grouped = _compared_group(frame, previous, subject, quantities[k], text)
        if grouped is not None:
            out[k], chained = grouped, False
            continue
        # "Of the 124 facilities, 15 were newly opened": a part of the whole the sentence opens with
        partitive = unit == "count" and not frame.subject_head \
            and bool(_PARTITIVE_OPENING.search(text, max(0, prev_start - 16), prev_start)) \
            and bool(re.fullmatch(r"[^,;()]{1,80},\s*", text[prev_end:start]))
        chained = partitive or _elliptical(text, start, end, unit, chain)
        if not chained:
            continue
        if frame.subject and previous.subject_head and frame.subject.lower().startswith(previous.subject_head + " ") \
                and (_OF_WHICH_BEFORE.search(text, max(0, start - 16), start) or _OF_WHICH_ACTED.match(text, end)):
            continue  # the tree read the part from its set, with what is said of it: "cases, of which 12 resulted in convictions"
        if (frame.subject or "") != subject:
            out[k] = _borrowing(frame, subject, previous.subject_head, attribution=frame.attribution or previous.attribution,
                                singular=frame.singular or previous.singular)
    return out


def _share_of_neighbour(out: list, quantities: list[tuple[int, int, str]], k: int, text: str):
    """Figure `k`'s frame when it is about what the figure right before it is about, else None: a share
    of those counted, a share of the same whole as the share before, or a conversion of that figure."""
    frame, (start, end, unit) = out[k], quantities[k]
    counted = out[k - 1] if quantities[k - 1][2] == "count" else None
    if unit == "percent" and frame is not None and counted is not None and counted.subject_head \
            and (not frame.subject_head or _part_acted_on(text, start, end)) \
            and _SHARE_AFTER_COUNT.fullmatch(text, quantities[k - 1][1], start):
        # "surveyed 2,000 adults, and 58 percent said ...": a share of those counted
        return _borrowing(frame, counted.subject, counted.subject_head)
    shares = out[k - 1] if quantities[k - 1][2] == "percent" else None
    if unit == "percent" and frame is not None and not frame.subject and shares is not None and shares.subject \
            and _SHARE_AFTER_SHARE.fullmatch(text, quantities[k - 1][1], start):
        # "2 in 3 adults in the region are overweight, and 1 in 5 is obese": a share of the same whole
        return _borrowing(frame, shares.subject, shares.subject_head)
    if frame is not None and out[k - 1] is not None and _converts(quantities[k - 1], quantities[k], text):
        # "€412,870 ($440,830) in 2021": the conversion follows its figure, shared or not, and the run goes on
        if frame.subject != out[k - 1].subject:
            return _borrowing(frame, out[k - 1].subject, out[k - 1].subject_head)
        return frame
    return None


def _part_acted_on(text: str, start: int, end: int) -> bool:
    """"of which 60 percent involved children": a part of the set that a verb describes, whatever noun it
    names ("of whom 60 percent were women" names what the part is)."""
    return bool(_OF_WHICH_BEFORE.search(text, max(0, start - 16), start)) and not _COPULA_AFTER.match(text, end)


def _listed_item(frame, previous, figure: tuple[int, int, str], previous_span: tuple[int, int], text: str, chain: bool):
    """(frame, whether a run of items goes on) for a figure that lists another item of what the earlier
    figure (`previous`, at `previous_span`) counts, in its own kind, place, adjective or verb; None
    for any other figure."""
    start, end, unit = figure
    prev_start, prev_end = previous_span
    kind_of = _listed_kind_of(frame, previous, text, prev_end, start, end) if unit == "count" else None
    if kind_of is not None:
        # "95 were victims of sex trafficking and 39 of forced labor": victims of forced labor
        return _borrowing(frame, kind_of, previous.subject_head), False
    listed = _listed_after_place(frame, previous, text, prev_end, start)
    if listed is not None:
        # "Russia hosted 30,000 workers, China 50,000": workers hosted, in China
        return (_borrowing(frame, listed, previous.subject_head) if listed != frame.subject else frame), False
    described = _described_by_adjective(frame, previous, text, end) if unit == "count" else None
    if described is not None:
        # "134 victims; 111 were female and 23 were male": female victims, male victims
        return _borrowing(frame, described, previous.subject_head), False
    coordinated = _coordinated_verb(frame, previous, text, prev_end, start, end)
    if coordinated is not None:
        # "killed 48 individuals and injured 67": the earlier figure's noun, this figure's verb
        return _borrowing(frame, coordinated, previous.subject_head), False
    kind = unit.split(":", 1)[0]
    named = _ELLIPSIS_AFTER_NAME.match(text, end) if kind in ("count", "currency") else None
    item_before = _NAMED_ITEM_BEFORE.fullmatch(text, prev_end, start) if named is not None else None
    if named is not None and (item_before is not None or chain or _INCLUDING_JUST_BEFORE.search(text, max(0, start - 12), start)):
        # "30 people in Lagos, 12 in Abuja and 8 in Kano": each item of the list counts the first one's noun in its own
        # place; the earlier item's place is not this one's
        subject = previous.subject
        if item_before is not None:
            subject = subject.replace(" " + item_before.group("phrase"), "").strip(" ,") or subject
        place = named.group("name")
        return _borrowing(frame, subject, previous.subject_head, attribution=frame.attribution or previous.attribution,
                          list_item=place if place in _words()["places"] else frame.list_item,
                          years=frame.years if any(rank == 0 for _, rank in frame.years) else previous.years), True
    return None


def _compared_group(frame, previous, subject: str, figure: tuple[int, int, str], text: str):
    """"47 percent for women ..., compared with 74 percent for men": the earlier figure's measure
    (`subject`), of the group named right after this figure, in the same year unless it names its
    own; None when no group follows a comparison word."""
    start, end, _ = figure
    group = _ELLIPSIS_FOR_GROUP.match(text, end)
    if group is None or not _COMPARED_JUST_BEFORE.search(text, max(0, start - 24), start) \
            or any(w in _words()["time_words"] for w in group.group("phrase").lower().split()):
        return None
    own = re.search(rf"\s{group.group('case')}\s+[^,;()]+$", subject, re.I)
    subject = (subject[: own.start()] if own else subject) + " " + group.group("phrase")
    return _borrowing(frame, subject, previous.subject_head, attribution=frame.attribution or previous.attribution,
                      years=frame.years if any(rank == 0 for _, rank in frame.years) else previous.years)


@lru_cache(maxsize=1)
def _change_apposition():
    """After an earlier figure: ", an increase of", ", which is a", ", representing a" (before the figure), and a
    noun of change right after it that names nothing changed ("a 42% decrease since ...", not "... in arrests"),
    or a comparison ("about 5 percent more than the year before", "12 percent below its 2019 level")."""
    nouns = "|".join(sorted(_words()["change_nouns"], key=len, reverse=True))
    before = re.compile(r"(?:[^;()]|\([^()]{0,160}\)){0,160}?,\s*(?:(?:which|that)\s+(?:is|was|represents|represented|marks|marked|amounts\s+to|reflects|reflected)\s+"
                        r"|representing\s+|marking\s+|reflecting\s+|following\s+|after\s+)?(?:an?\s+|the\s+)?"
                        rf"(?:(?P<noun>(?:[a-z-]+\s+)?(?:{nouns})\s+of\s+(?:about|approximately|some|nearly|almost|roughly|more\s+than|over|less\s+than|just|only)?\s*)"
                        r"|(?P<adverb>(?:up|down)\s+(?:by\s+)?(?:about|approximately|some|nearly|almost|roughly|more\s+than|over|less\s+than|just|only)?\s*)"  # ", up 15 percent from"
                        r"|(?:[a-z-]+\s+)?)$", re.I)  # "a sharp 3 percent drop"
    # "a 9-cent gain in March" names no changed thing: a month, a year or a span after "in" dates the change
    dated = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|(?:\w+\s+)?(?:months?|years?|weeks?|quarters?)\b)"
    after = re.compile(rf"\s*-?\s*(?:{nouns})(?![\w-])(?!\s+of\s)(?!\s+in\s(?!{dated}))"
                       r"|\s+(?:more|less|fewer|higher|lower|greater|above|below)\s+(?:than|its|their|the)\b", re.I)  # "5 percent more than"
    owned = re.compile(r"\s+(?:in|of)\s", re.I)
    return before, after, owned


def share_change(frames: list, quantities: list[tuple[int, int, str]], text: str) -> list:
    """A figure set after another as the change it makes, in apposition or a relative clause ("processed about
    1.2 million applications in 2019, an increase of 18 percent over the prior year", "totaled 32.9 million barrels
    ..., which is a 42% decrease since ..."), is about what the figure before it is about, and dates with it. A
    change that names what changed ("an increase of 18 percent in arrests") keeps its own subject."""
    before, after, owned = _change_apposition()
    out = list(frames)
    for k in range(1, len(out)):
        frame, (start, end, _) = out[k], quantities[k]
        previous = next((out[j] for j in range(k - 1, -1, -1) if out[j] is not None and out[j].subject), None)
        if frame is None or previous is None:
            continue
        m = before.fullmatch(text, quantities[k - 1][1], start)
        if m is None or not (m.group("noun") and not owned.match(text, end) or m.group("adverb")
                             or not m.group("noun") and after.match(text, end)):
            continue
        out[k] = _borrowing(frame, previous.subject, previous.subject_head, years=previous.years,
                            attribution=frame.attribution or previous.attribution)
    return out


def _converts(previous: tuple[int, int, str], figure: tuple[int, int, str], text: str) -> bool:
    """A figure in brackets right after another of its dimension: "5,300 BDT ($66)", "450 Nm (332 lb-ft)"."""
    unit, prev_unit = figure[2], previous[2]
    return unit not in ("count", "percent") and unit.split(":", 1)[0] == prev_unit.split(":", 1)[0] \
        and bool(_CONVERSION.fullmatch(text[previous[1] : figure[0]]))


# a count's noun, then the count restated as a share: "4,000 households, or 12 percent, had no access"
_COUNT_AS_SHARE = re.compile(r"\s+[^\W\d][^,;:()\d]{0,40},\s+or\s+")
# ... unless the share names its own whole: "2.6 million people, or 10 percent of the population" (not "of the total")
_SHARE_OF_OWN = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:total|all|them|those|these|whole)\b)", re.I)


def share_elided(frames: list, quantities: list[tuple[int, int, str]], text: str) -> list:
    """A figure in brackets right after another of its dimension converts it and
    shares its frame ("5,300 BDT ($66)", "450 Nm (332 lb-ft)"); a bracket holding nothing else
    is already parsed as the figure it restates (`parser_input`), this also reaches "(or $66)" and
    "(224 kW / 300 PS)". A figure the parse names nothing for,
    coordinated with the figure before it in the same sentence and of the same dimension ("between 12 and
    16 hours a day, and sometimes up to 20 hours per day") or restating it after ", or" ("up 0.25 points,
    or 0.01%", "4,000 households, or 12 percent"), is about the same thing. Counts are left alone: "753 as workers, 1,975 as students" name their own.
    `quantities`: (start, end, unit) of each frame's figure, in text order."""
    out = list(frames)
    for k in range(1, len(out)):
        frame, (start, _, unit) = out[k], quantities[k]
        previous, (_, prev_end, prev_unit) = out[k - 1], quantities[k - 1]
        if frame is not None and previous is not None and _converts(quantities[k - 1], quantities[k], text):
            # "5,300 BDT ($66)", "450 Nm (332 lb-ft)": a conversion in brackets is about what the figure it converts is about
            out[k] = replace(previous, frame_text=frame.frame_text + " " + (previous.subject or ""), years=previous.years or frame.years,
                             attribution=previous.attribution or frame.attribution, direction=None)
            continue
        if frame is None or previous is None or not previous.subject:
            continue
        between = text[prev_end:start]
        count_as_share = unit == "percent" and prev_unit == "count" and bool(_COUNT_AS_SHARE.fullmatch(between))
        if frame.subject and not (count_as_share and not _SHARE_OF_OWN.match(text, quantities[k][1])):
            continue
        # "were up 0.25 points, or 0.01%": the same change restated in another unit;
        # of the same dimension: "24 hours, 39 minutes, and 35 seconds" is one length of time
        if restates(between) or (unit != "count" and unit.split(":", 1)[0] == prev_unit.split(":", 1)[0]
                        and len(between) <= 40 and re.search(r"\b(?:and|or)\b|,", between)) or count_as_share:
            out[k] = _borrowing(frame, previous.subject, previous.subject_head, attribution=frame.attribution or previous.attribution,
                                restrictions=frame.restrictions or previous.restrictions, singular=frame.singular or previous.singular,
                                direction=None)
    return out


# the figure restated as a share of a total: "$2.3 billion in remittances, equivalent to 9 percent of GDP"
_RESTATED_AS_SHARE = re.compile(r"[^;()]{0,60}?,\s*(?:(?:equivalent|equal|corresponding|amounting)\s+to|or)\s+$", re.I)


def share_restated_total(frames: list, quantities: list[tuple[int, int, str]], text: str) -> list:
    """A share whose subject is only the total it is taken of ("GDP"), set after another figure as that
    figure restated ("received $2.3 billion in remittances, equivalent to 9 percent of GDP"), gives the
    size of what the figure before it is about: "remittances received by the country as a share of GDP"."""
    bases = _words()["share_bases"]
    out = list(frames)
    for k in range(1, len(out)):
        frame, (start, _, unit) = out[k], quantities[k]
        previous, (_, prev_end, prev_unit) = out[k - 1], quantities[k - 1]
        if frame is None or previous is None or unit != "percent" or prev_unit == "percent" or not frame.subject \
                or not previous.subject or bases.search(previous.subject) or not bases.search(frame.subject) \
                or " as a share of " in frame.subject or len(frame.subject.split()) > 4 \
                or not _RESTATED_AS_SHARE.fullmatch(text, prev_end, start):
            continue
        out[k] = _borrowing(frame, f"{previous.subject} as a share of {frame.subject}", previous.subject_head)
    return out
