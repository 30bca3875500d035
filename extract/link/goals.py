"""Where every figure is a target: goal sections, goal lists and what a plan states.

Decides the spans of text whose figures take the aspect ``target`` (a 总体目标 section, the parts
of a ；-list a goal heads, the sentences after 《方案》提出). Fed by ``rules/link_cues.toml``
[aspect] (goal_headings, plan_leads, the target cues).
"""

from __future__ import annotations

import bisect

import regex

from extract.link.aspect import aspect_cue_before, first_target_cue
from extract.link.clauses import (
    CLAUSE_END_CHAR,
    CLAUSE_MARKS,
    HAN_CHAR,
    LEAD_TIME,
    LIST_SEP,
    sentence_bounds,
    terminator_before,
)
from extract.link.cues import Cues
from extract.structure import Structure

_FULL_STOP = regex.compile(r"[。！？!?\n]")


def goal_sections(text: str, layout: Structure | None, cues: Cues) -> list[tuple[int, int]]:
    """The sections under a heading that names goals (1.总体目标, 二、主要目标; not 目标完成情况): every
    figure there is a target."""
    if layout is None:
        return []
    spans = []
    for i, (start, end) in enumerate(layout.headings):
        line = text[start:end]
        if cues.goal_heading.search(line) and not cues.goal_heading_not.search(line):
            stop = layout.headings[i + 1][0] if i + 1 < len(layout.headings) else len(text)
            spans.append((end, stop))
    return spans


def plan_statements(text: str, date_starts: list[int], quantity_starts: list[int],
                    cues: Cues) -> list[tuple[int, int]]:
    """What a plan states (《行动方案》提出,要…新认定高新技术企业800家…): its figures are targets, in
    that sentence and the later sentences of its paragraph up to one that has a date of its own; a lead
    ending its line (《行动方案》明确了四项重点任务——) states the lines below it that hold a number."""
    spans = []
    for lead in cues.plan_lead.finditer(text):
        if _LINE_END_AFTER.match(text, lead.end()):
            spans.append((lead.start(), _numbered_lines_end(text, lead.end(), quantity_starts)))
            continue
        para_end = text.find("\n", lead.end())
        para_end = len(text) if para_end == -1 else para_end
        end = sentence_bounds(text, lead.end() - 1)[1]
        while end < para_end:
            nxt = sentence_bounds(text, end)
            if nxt[1] <= end or any(nxt[0] <= d < nxt[1] for d in date_starts):
                break
            end = nxt[1]
        spans.append((lead.start(), end))
    return spans


_LINE_END_AFTER = regex.compile(r"[ \t]*\n")


def _numbered_lines_end(text: str, pos: int, quantity_starts: list[int]) -> int:
    """The end of the run of lines after ``pos`` that each hold a number (a list of stated goals)."""
    end = pos
    while (line_start := text.find("\n", end)) != -1:
        line_end = text.find("\n", line_start + 1)
        line_end = len(text) if line_end == -1 else line_end
        i = bisect.bisect_left(quantity_starts, line_start)
        if i == len(quantity_starts) or quantity_starts[i] >= line_end:
            break
        end = line_end
    return end


def goal_list_spans(text: str, quantity_starts: list[int], cues: Cues) -> list[tuple[int, int]]:
    """Where a goal heads a list of facts joined by ；: a target cue before the first number of a
    part that ends in ；(预计全年A1.37万亿元,增长9.5%;B增长8%。 / 今年预期目标是:A增长4.5%;B增长2%)
    scopes the parts after it, up to the end of the full sentence."""
    spans = []
    for sep in LIST_SEP.finditer(text):
        part_start = terminator_before(text, sep.start()) + 1
        i = bisect.bisect_left(quantity_starts, part_start)
        first = quantity_starts[i] if i < len(quantity_starts) else len(text)
        cue = first_target_cue(text, part_start, min(first, sep.start()), cues)
        if cue is not None and _heads_the_part(text, part_start, cue, sep.start()):
            stop = _FULL_STOP.search(text, sep.end())
            spans.append((sep.end(), stop.start() if stop else len(text)))
    return spans


def continued_objects(text: str, quantity_starts: list[int], cues: Cues) -> list[tuple[int, int]]:
    """Where an object list runs on past ；(…拟建设年产20万吨A项目,配套建设B装置;年产5万吨C、3万吨D等项目,
    预计…): the first clause of a part whose first number follows only a short noun and no cue (年产, 仓库)
    goes on listing what the clause before the ；names, and takes the aspect of its last figure."""
    spans = []
    for sep in LIST_SEP.finditer(text):
        i = bisect.bisect_left(quantity_starts, sep.end())
        if i == 0 or i == len(quantity_starts):
            continue
        if quantity_starts[i - 1] <= terminator_before(text, sep.start()):
            continue  # no figure in the part before the ；to go on from
        lead = text[sep.end() : quantity_starts[i]]
        if len(HAN_CHAR.findall(lead)) > cues.continued_object_lead or CLAUSE_END_CHAR.search(lead):
            continue
        if aspect_cue_before(lead, cues)[0] is not None:
            continue
        end = CLAUSE_END_CHAR.search(text, sep.end())
        spans.append((sep.end(), end.start() if end else len(text)))
    return spans


_COLON = regex.compile(r"[：:]")  # (compiled once: regex.search(pattern) costs ~9 µs a call to find it)
_LEAD_HAN = 6  # Han characters (a subject: 全县, 我市) a heading goal may follow in its part


def _heads_the_part(text: str, part_start: int, cue: int, part_end: int) -> bool:
    """The goal heads its part (预计全年…, 2031年全县力争…) or leads a list after a colon (今年预期目标是:),
    rather than qualifying one number far into it (…全社会研发投入占比预计3.2%左右)."""
    lead = LEAD_TIME.sub("", text[part_start:cue])
    if len(HAN_CHAR.findall(lead)) <= _LEAD_HAN:
        return True
    colon = _COLON.search(text[cue:part_end])
    return colon is not None and not CLAUSE_MARKS.search(text, cue, cue + colon.start())


def in_goal_list(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= pos < hi for lo, hi in spans)
