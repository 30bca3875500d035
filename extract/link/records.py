"""Assemble one record per QUANTITY mention (SPEC section 4): the linker's entry point.

``build_records`` reads each number's sentence and clause and asks the other modules of the
package what it measures, where, when and how; goal spans, lists and 分别 adjust the records after.
The cue words are data in ``rules/link_cues.toml``; the indicator table is ``rules/indicators.toml``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from typing import Any

from extract.link.aspect import (
    as_of,
    aspect_of,
    cue_start,
    has_target_cue,
    is_future,
    obtained_by,
    told_done,
    whole_year_ahead,
)
from extract.link.clauses import ENTITY_TYPES, ENUM_SEP, NOT_HAN, sentence_bounds
from extract.link.cues import Cues, canonical_indicator, load_cues
from extract.link.fact_region import region_of
from extract.link.goals import continued_objects, goal_list_spans, goal_sections, in_goal_list, plan_statements
from extract.link.lists import respectively, respectively_across
from extract.link.measure import measure_of
from extract.link.region import RegionTracker
from extract.link.time import TimeScope, spans_the_range_after, time_of
from extract.link.view import ClauseView, SentenceView, clause_view, sentence_view, within
from extract.mentions import Mention
from extract.structure import Structure


def region_tracker(text: str, mentions: list[Mention], layout: Structure | None = None,
                   cues: Cues | None = None) -> RegionTracker:
    """The document's region tracker, as ``build_records`` builds it (its home division and level
    are read by ``tools/eval_frame.py`` too)."""
    return RegionTracker(text, mentions, cues or load_cues(), layout.title if layout else None)


@dataclass(frozen=True)
class _Document:
    """What the linker reads of the whole document, the same for every number in it."""

    cue_text: str  # the text with names masked (names_masked): where cue words are read
    cues: Cues
    times: TimeScope  # which date scopes each part of the text
    regions: RegionTracker  # which place scopes each part of the text
    ref_date: dt.date


def build_records(text: str, mentions: list[Mention], ref_date: dt.date,
                  layout: Structure | None = None) -> list[dict[str, Any]]:
    """One record per QUANTITY mention, in text order (ids r1, r2, ...).

    ``layout`` is the document's structure (paragraphs, headings, year in view), when the caller has it."""
    cues = load_cues()
    regions = region_tracker(text, mentions, layout, cues)
    starts = [m["start"] for m in mentions]
    durations = [m for m in mentions if m["type"] == "QUANTITY" and m["norm"]["dimension"] == "duration"]
    times = TimeScope(text, [m for m in mentions if m["type"] == "DATE"], durations, layout, cues, ref_date)
    records: list[dict[str, Any]] = []
    previous: dict[str, Any] | None = None
    cue_text = names_masked(text, mentions)  # (a cue word inside a body's name is no cue: 青禾投资集团)
    document = _Document(cue_text, cues, times, regions, ref_date)
    goal_lists, continued = _goal_spans(text, cue_text, mentions, layout, cues)
    view: SentenceView | None = None
    quantities = {m["id"]: m for m in mentions if m["type"] == "QUANTITY"}
    for q in quantities.values():
        sent = sentence_bounds(text, q["start"])
        if view is None or (view.start, view.end) != sent:  # (the numbers of one sentence share its view)
            view = sentence_view(text, sent, mentions[bisect.bisect_left(starts, sent[0]) :
                                                      bisect.bisect_left(starts, sent[1])])
        carried = previous if previous and (
            _continues(text, previous, sent, cues) or _breakdown_by_place(text, previous, q, view, cues)
        ) else None
        whole = _whole_broken_down(text, q, sent[0], records, quantities, cues)
        record = _link_one(document, q, clause_view(q, view, cues.list_joins), carried, whole)
        if record["aspect"] not in ("target", "other") and in_goal_list(q["start"], goal_lists):
            record["aspect"] = "target"  # 预计全年A…;B增长8%: the forecast heads the whole list
        elif previous and previous["aspect"] == "target" and in_goal_list(q["start"], continued) \
                and record["aspect"] not in ("target", "other"):
            record["aspect"] = "target"  # 拟建设A项目;年产5万吨B、3万吨C等项目: the plan's object list goes on
        record["id"] = f"r{len(records) + 1}"
        records.append(record)
        previous = record
    respectively_across(text, records, {m["id"]: m for m in mentions}, cues)
    return [_ordered(r) for r in records]


def _goal_spans(text: str, cue_text: str, mentions: list[Mention], layout: Structure | None,
                cues: Cues) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where every figure is a target (a goal heading a list, a goals section, what a plan states),
    and where a plan's object list runs on past ；(a figure there takes a target before it)."""
    quantity_starts = [m["start"] for m in mentions if m["type"] == "QUANTITY"]
    goal_lists = goal_list_spans(cue_text, quantity_starts, cues)
    continued = continued_objects(text, quantity_starts, cues)
    goal_lists += goal_sections(text, layout, cues)
    goal_lists += plan_statements(text, [m["start"] for m in mentions if m["type"] == "DATE"], quantity_starts, cues)
    return goal_lists, continued


def _continues(text: str, previous: dict[str, Any], sent: tuple[int, int], cues: Cues) -> bool:
    """The record before is in this sentence, or in the sentence right before when this one opens a
    breakdown of it (…实现生产总值1720亿元。其中,北湖片区930亿元、…) in the same paragraph."""
    if previous["sentence"]["start"] == sent[0]:
        return True
    between = text[previous["sentence"]["end"] : sent[0]]
    return "\n" not in between and text[sent[0] : sent[1]].lstrip(" \t“\"").startswith(cues.breakdown_openers)


def _whole_broken_down(text: str, q: Mention, sent_start: int, records: list[dict[str, Any]],
                       quantities: dict[str, Mention], cues: Cues) -> dict[str, Any] | None:
    """新引进研发团队46个,同比增长21%,其中,院士团队5个、博士团队19个: the record of the whole a 其中 before
    ``q`` breaks down: the nearest figure before the 其中 past its changes (in any unit), when it has ``q``'s
    unit and stands in the 其中's sentence or, where the 其中 opens a sentence, the one before it in its
    paragraph; None where no 其中 stands before ``q`` (its sentence starts at ``sent_start``)."""
    opener = max((text.rfind(w, sent_start, q["start"]) for w in cues.breakdown_openers), default=-1)
    if opener == -1:
        return None
    lo = sent_start
    if not text[sent_start:opener].strip(" \t“\"，,"):  # (…1720亿元。其中,…: the sentence before, same paragraph)
        lo = sentence_bounds(text, sent_start - 1)[0] if sent_start > 0 and text[sent_start - 1] != "\n" else sent_start
    for record in reversed(records):
        m = quantities[record["quantity"]]
        if m["end"] > opener:
            continue
        if record["aspect"] == "change":
            continue  # (同比增长21%, 比上年增加8个: a change of the whole, in any unit, stands between)
        return record if m["start"] >= lo and m["norm"]["unit"] == q["norm"]["unit"] else None
    return None


def _breakdown_by_place(text: str, previous: dict[str, Any], q: Mention, sentence: SentenceView, cues: Cues) -> bool:
    """全市新增高新技术企业120家。北湖区、南湖区分别为12家、9家: a sentence naming only places before its
    number, in the paragraph of the record before, breaks that record's figure down by place."""
    sent_start = sentence.start
    if "\n" in text[previous["sentence"]["end"] : sent_start] or previous["unit"] != q["norm"]["unit"]:
        return False
    places = within(sentence.regions, sent_start, q["start"])
    if not places:
        return False
    topic = cues.breakdown_topic.match(text, sent_start, places[0]["start"])  # (分县区看,北湖区3.5%,…)
    lead, at = [], topic.end() if topic else sent_start
    for m in places:
        lead.append(text[at : m["start"]])
        at = m["end"]
    lead.append(text[at : q["start"]])
    rest = cues.place_fillers.sub("", NOT_HAN.sub("", "".join(lead)))
    return rest == ""


def names_masked(text: str, mentions: list[Mention]) -> str:
    """``text`` with every company, platform, loan and institution name blanked out (same length, so
    offsets hold): the aspect is read from this copy, where 青禾投资集团, 北湖新增长研究院 or 青禾目标贷
    hold no cue word."""
    chars = list(text)
    for m in mentions:
        if m["type"] in ENTITY_TYPES:
            chars[m["start"] : m["end"]] = _NAME_MASK * (m["end"] - m["start"])
    return "".join(chars)


_NAME_MASK = "\0"  # (no cue word, no punctuation: clause and sentence bounds read the same)


def _link_one(doc: _Document, q: Mention, clause: ClauseView, previous: dict[str, Any] | None,
              whole: dict[str, Any] | None) -> dict[str, Any]:
    """The record of quantity ``q`` in ``clause``: its measure, region, time and aspect (SPEC 4).
    ``previous`` is the record before when this one may carry on from it (same sentence, or a
    breakdown of it), ``whole`` the record a 其中 before ``q`` breaks down."""
    text, sentence, cstart, cend = clause.text, clause.sentence, clause.start, clause.end
    cues = doc.cues
    clause_q = clause.numbers_before(q["start"])
    aspect = _stated_aspect(doc, q, clause, clause_q, previous, whole)
    measure = measure_of(q, _measure_floor(q, clause, clause_q), clause, previous, cues)
    time = time_of(q, clause, doc.times, cues)
    if aspect == "change" and time is not None and spans_the_range_after(text, q, sentence.dates):
        time = None  # 增长1.4倍,从2028年的11家增加到2030年的26家: the change is the range's, no one date's
    aspect = _aspect_in_time(doc, q, clause, clause_q, aspect, time)
    region = region_of(q, clause, doc.regions, cues)
    paired = respectively(q, clause, cues, doc.regions.place_in_name)
    if paired is not None:  # (a duration keeps the term its clause names: 甲、乙审批时限分别缩短为4个、2个工作日)
        keeps_term = q["norm"]["dimension"] == "duration" and measure is not None
        measure, region = (measure if keeps_term else paired[0] or measure), paired[1] or region
    entities = [m["id"] for m in within(sentence.names, cstart, cend)]
    norm = q["norm"]
    return {
        "quantity": q["id"], "value": norm["value"], "unit": norm["unit"], "modifier": norm.get("modifier"),
        "measure": measure, "indicator": canonical_indicator(measure["text"] if measure else None),
        "region": region, "time": time, "aspect": aspect, "entities": entities,
        "sentence": {"start": sentence.start, "end": sentence.end},
    }


def _stated_aspect(doc: _Document, q: Mention, clause: ClauseView, clause_q: list[Mention],
                   previous: dict[str, Any] | None, whole: dict[str, Any] | None) -> str | None:
    """The aspect the words say: a cue before ``q`` in its clause, else the aspect ``q`` shares with
    the number it is listed after, else the aspect of the whole a 其中 breaks down; None when
    nothing says."""
    cstart, sentence = clause.start, clause.sentence
    compared_to_date = any(cstart <= m["start"] and m["end"] <= q["start"] and doc.times.tests.compared_with(m)
                           for m in sentence.dates)
    cues_from = cue_start(doc.cue_text, q, clause_q, cstart, doc.cues)
    aspect = aspect_of(doc.cue_text, cues_from, q, doc.cues, clause.end, compared_to_date, sentence.start)
    if aspect is None and clause_q and previous is not None and previous["quantity"] == clause_q[-1]["id"] \
            and clause_q[-1]["norm"]["dimension"] != "duration" and (previous["aspect"] == "target"
                 or (clause_q[-1]["norm"]["dimension"] == "money") == (q["norm"]["dimension"] == "money")):
        # 工作室3个、工作站5个: an enumeration shares its verb (新注册企业318家、到位资金126亿元 does not
        # share 新注册; a goal is shared by all: 预计新增两个500亿元产业)
        aspect = previous["aspect"]
    if aspect is None and whole is not None:
        aspect = whole["aspect"]  # (其中,院士团队5个: a part of the teams brought in was brought in)
    return aspect


def _measure_floor(q: Mention, clause: ClauseView, clause_q: list[Mention]) -> int:
    """Where ``q``'s measure may start: in its item of a 、 list, after the numbers before it there."""
    enum_start = max(clause.start, clause.text.rfind(ENUM_SEP, clause.start, q["start"]) + 1)
    prior_q = [m for m in clause_q if m["start"] >= enum_start]  # (enum_start >= the clause start: no second pass)
    return max([enum_start] + [m["end"] for m in prior_q])


def _aspect_in_time(doc: _Document, q: Mention, clause: ClauseView, clause_q: list[Mention],
                    aspect: str | None, time: dict[str, Any] | None) -> str:
    """The final aspect: a target where a goal cue heads the sentence, where ``q``'s time is still to
    come (not a date it stands at: 截至…, 争取到…) or where a whole year's figure is still to come;
    else what the words said (``aspect``), else level."""
    text, sentence, cues, ref_date = clause.text, clause.sentence, doc.cues, doc.ref_date
    lo_goal = max([clause.start] + [m["end"] for m in clause_q])  # 力争64个项目新增营收420亿元: 力争 heads both
    if aspect not in ("target", "other") and has_target_cue(doc.cue_text, sentence.start, lo_goal, cues) \
            and not told_done(doc.cue_text, q, lo_goal, cues):  # (…预计可达45亿元,吞吐量增长了9%: told done)
        aspect = "target"  # 力争…达到90家,创新型企业新增260家: the goal scopes the whole sentence
    if is_future(time, ref_date) and aspect != "other" and not obtained_by(text, time, sentence.mentions, cues) \
            and not as_of(doc.times.mention(time)):
        aspect = "target"
    elif aspect != "other" and whole_year_ahead(doc.cue_text, sentence.start, q, time, ref_date, cues):
        aspect = "target"  # 全年产值增长8% in a January text: the year's figure is still to come
    return aspect or "level"


_FIELD_ORDER = ["id", "quantity", "value", "unit", "modifier", "measure", "indicator", "region", "time",
                "aspect", "entities", "sentence"]


def _ordered(record: dict[str, Any]) -> dict[str, Any]:
    return {k: record[k] for k in _FIELD_ORDER}
