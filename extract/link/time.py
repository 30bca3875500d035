"""The time of a fact (SPEC sections 4 and 6.1): its own date, or the one carried to it.

Decides which DATE scopes each number: one of its sentence (``time_of``), else a date carried
from earlier in the text or the report's own period (``TimeScope``), and 全年. Fed by
``rules/link_cues.toml`` [time] and the document's structure (``extract/structure.py``).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from typing import Any

import regex

from extract.link.clauses import (
    CLAUSE_MARKS,
    clause_end,
    clause_start,
    holds_any,
    next_visible,
    sentence_bounds,
    start_of_chain,
    starting_in,
)
from extract.link.cues import Cues, alternation, is_dateline
from extract.link.goals import goal_sections
from extract.link.view import ClauseView
from extract.mentions import Mention
from extract.rules import load_rules
from extract.structure import Structure

# word lists of the small helpers below (rules/link_cues.toml [time])
_TIME_WORDS = load_rules("link_cues")["time"]
_COMPARISON_WORDS = tuple(_TIME_WORDS["comparison_before"])
_RATIO_WORDS = tuple(_TIME_WORDS["ratio_before"])
_RATIO_UNITS = tuple(_TIME_WORDS["ratio_units"])
_RANGE_OPENERS = tuple(_TIME_WORDS["range_start_before"])
_RANGE_ENDS = tuple(_TIME_WORDS["range_end_before"])


def _time_for(text: str, q: Mention, scoping: list[Mention], cstart: int, tests: DateTests,
              cues: Cues) -> Mention | None:
    """The DATE scoping ``q`` among the dates of its sentence that precede it (``scoping``: those that
    are no base and no dateline, ``DateTests.may_scope``), leaving out a date describing a body (which
    still keeps an earlier sentence's date from being carried to ``q``)."""
    scoping = [d for d in scoping if not tests.describes_a_body(d)]  # (2029年8月落户的某研究所)
    if not scoping:
        return None
    dating = [d for d in scoping if not tests.names_a_thing(d)]
    scoping = dating or scoping  # 6月5日,青禾县举行2031年第二批…仪式,…: the day, not the batch's year
    if holds_any(text, cstart, q["start"], cues.running_total):
        # a running total: the until-date nearest before it (截至…,累计…), over a nearer year
        # that describes the subject (截至目前,全县2031年入库企业总数达…)
        own = [d for d in scoping if d["norm"]["kind"] == "until"]
        if own:
            return own[-1]
        in_clause = [d for d in scoping if d["start"] >= cstart]
        if not in_clause and holds_any(text, cstart, q["start"], cues.since_total):
            return scoping[0]  # 2029年以来新增…，…，累计达到175家: counted since the sentence's heading date
    for d in reversed(scoping):
        follower = text[d["end"] : d["end"] + 1]
        if follower == "的" and _is_ratio_base(text, d, q):
            continue  # 是2018年的2.3倍: the base of a ratio, like 较2018年
        if follower == "的" and q["start"] - d["end"] <= 2:
            return d  # 由2026年的58家: the date describes exactly this number
        if follower in ("的", "度"):
            continue  # the date describes a subject (2017年的…, 2023年度…), it scopes nothing later
        if q["start"] - d["end"] > 2 and _bounds_a_range(text, d):
            continue  # 从2028年11家到2030年26家,3年增长1.4倍: the range's dates date 11家 and 26家 only
        return d
    return None


def _may_scope(text: str, d: Mention, cues: Cues) -> bool:
    """The date may scope a fact: no comparison or ratio base (较2018年), no dateline."""
    return not _is_base(text, d) and not is_dateline(text, d, cues)


class DateTests:
    """The tests of a date that read only the text around it (a base, a dateline, a body's date, a
    name's date), each made once per date and document: every number after a date in its sentence
    asks them again (a fifth of ``time_of``'s cost)."""

    def __init__(self, text: str, cues: Cues):
        self.text, self.cues = text, cues
        self._found: dict[tuple[str, int, int], bool] = {}

    def _ask(self, name: str, test: Callable[[], bool], d: Mention) -> bool:
        key = (name, d["start"], d["end"])  # (each test reads the text at the date's bounds only)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = test()
        return found

    def may_scope(self, d: Mention) -> bool:
        """No comparison or ratio base, no dateline (``_may_scope``)."""
        return self._ask("scope", lambda: _may_scope(self.text, d, self.cues), d)

    def compared_with(self, d: Mention) -> bool:
        """``is_comparison_base``: 较2018年, 比上年."""
        return self._ask("base", lambda: is_comparison_base(self.text, d), d)

    def describes_a_body(self, d: Mention) -> bool:
        """2029年8月落户的某研究所: a date describing a body, which scopes nothing."""
        return self._ask("body", lambda: self.cues.body_dates.match(self.text, d["end"]) is not None, d)

    def names_a_thing(self, d: Mention) -> bool:
        """``_names_a_thing``."""
        return self._ask("thing", lambda: _names_a_thing(self.text, d, self.cues), d)


def _is_ratio_base(text: str, d: Mention, q: Mention) -> bool:
    """是2018年的2.3倍, 为上年的85%, 相当于2020年的1.5倍: a multiple or share of that date's figure."""
    before = text[max(0, d["start"] - 3) : d["start"]]
    return q["norm"]["unit"] in _RATIO_UNITS and before.endswith(_RATIO_WORDS)


# After a ratio's base date, before the end of its clause: …的2.5倍, …的85%.
_RATIO_AFTER = regex.compile(r"[^，,。；;]{0,6}?的[0-9.一二三四五六七八九十百千万]+多?(?:倍|%)")


def _is_base(text: str, d: Mention) -> bool:
    """The date is what a number is compared with, for every fact of its sentence: a comparison
    base (较2026年) or the base of a ratio (是2025年增幅的1.8倍,总数达…: not 2025's total either)."""
    if is_comparison_base(text, d):
        return True
    before = text[max(0, d["start"] - 3) : d["start"]]
    return before.endswith(_RATIO_WORDS) and _RATIO_AFTER.match(text, d["end"]) is not None


def is_comparison_base(text: str, d: Mention) -> bool:
    """较2018年, 比上年, 与去年同期相比, 比“十一五”末: the date is what the number is compared with."""
    before = text[max(0, d["start"] - 4) : d["start"]].rstrip("“\"‘'《 ")
    return before.endswith(_COMPARISON_WORDS) or _BASE_AFTER.match(text, d["end"]) is not None


# After a date that is the base of a change: 在2026年基础上翻一番, 2027年的基础上.
_BASE_AFTER = regex.compile(r"”?(?:的)?基础上")


def _clause_lead(text: str, d: Mention) -> str:
    """What stands before the date in its clause, read no further back than its line's start."""
    return text[clause_start(text, d["start"], max(0, text.rfind("\n", 0, d["start"]) + 1)) : d["start"]]


def _names_a_thing(text: str, d: Mention, cues: Cues) -> bool:
    """The date is part of a name, not the fact's date: inside a quoted name or a title, right after
    a verb of holding an event, or before a batch (rules/link_cues.toml [time] thing_verbs)."""
    lead = _clause_lead(text, d)
    quoted = lead.count("“") > lead.count("”") or lead.count("《") > lead.count("》")
    if quoted and text[d["end"] : d["end"] + 1] not in ("”", "》"):
        return True
    if lead.rstrip("了的").endswith(cues.thing_verbs):  # 举行了…, 举行的…仪式上
        return True
    return cues.thing_after.match(text, d["end"]) is not None


# What may stand before a date that still heads its clause: space, quotes and brackets, an
# enumerator (一是, 2.), a preposition or the until-words the date mention may leave outside.
_DATE_LEAD = regex.compile(
    r"(?:\s|[“”\"‘’（）()#、.．]|[一二三四五六七八九十0-9]+(?:是|、|[.．])|截至|截止|到|至|在|于|从|自|其中"
    r"|另讯|又讯)*"  # a second brief in one story (另讯11月23日,…) opens on its own day
)
# ... and what may stand before a goal's deadline that heads its clause (力争到2033年,…; 提出到2033年,…).
# (Not 争取: 争取到2029年…立项3个 is obtained by then, and the date swallows the 到.)
_DEADLINE_LEAD = regex.compile(rf"(?:\s|[“”\"]|{alternation(_TIME_WORDS['deadline_lead'])})+")


def _heads_clause(text: str, d: Mention) -> bool:
    """The date opens its sentence or clause (2029年,全县…; 在人才引育方面,2029年青禾…), allowing an
    enumerator or a preposition before it (一是2029年…, 截至“十六五”末…)."""
    lead = _clause_lead(text, d)
    if _DATE_LEAD.fullmatch(lead) is not None:
        return True
    return d["norm"]["kind"] == "until" and _DEADLINE_LEAD.fullmatch(lead) is not None


# A paragraph's topic before its date: a short noun phrase, no number, no clause break.
_TOPIC = regex.compile(r"[\p{Han}“”\"（）()、]{1,15}")


def _follows_the_topic(text: str, d: Mention, layout: Structure | None) -> bool:
    """青禾县光电产业2031年累计实现营收94亿元,…。电子产业实现营收71亿元: a year (or a longer or
    part-year period) right after the short topic opening a paragraph heads that paragraph as
    if it came first."""
    para = layout.paragraph_at(d["start"]) if layout else None
    if para is None or d["norm"]["granularity"] in ("day", "week"):
        return False
    return _TOPIC.fullmatch(text[para[0] : d["start"]].strip()) is not None


def _section_opener(text: str, d: Mention, layout: Structure) -> bool:
    """The date opens the first sentence of a section's first paragraph (the paragraph right after
    a heading, or the document's first body paragraph): 2029年是…收官之年。一年来, “十六五”时期,…"""
    para = layout.paragraph_at(d["start"])
    if para is None or para in layout.headings:
        return False
    earlier = [p for p in layout.paragraphs if p[1] <= para[0]]
    if earlier and earlier[-1] not in layout.headings:
        return False
    return _DATE_LEAD.fullmatch(text[para[0] : d["start"]]) is not None


def _opens_a_summary(text: str, d: Mention, cues: Cues) -> bool:
    """A speaker's summary (一年来, 五年来, 过去一年: rules/link_cues.toml [time] summary) heading a
    whole sentence later in a paragraph (去年,某人提出…。一年来,全市…): its period reaches the
    paragraphs after it (SPEC 6.1). A plain since-date (2031年以来) in a news story stays in its
    paragraph."""
    if d["norm"]["kind"] != "since" or not cues.summary.fullmatch(d["text"]):
        return False
    sent_start = sentence_bounds(text, d["start"])[0]
    return _DATE_LEAD.fullmatch(text[sent_start : d["start"]]) is not None


def _names_a_period(text: str, d: Mention, cues: Cues) -> bool:
    """A date that names the period a summary covers (一年来, 2029年以来, “十六五”时期, 2029年是…),
    not the date of one event (去年，某公司启动…; 去年5月，某项目落户)."""
    n = d["norm"]
    if n["granularity"] not in ("year", "multi_year"):
        return False
    return n["kind"] in ("since", "span") or cues.period_after.match(text, d["end"]) is not None


def _qualifies_a_later_clause(text: str, d: Mention, cues: Cues) -> bool:
    """The date stands in a later clause of its sentence and is the period of an average named
    right after it (…,近5年平均增长率为11.2%;工业增加值…): it dates that figure only, not the
    facts of later sentences (SPEC 6.1: per-period facts take no carried date either)."""
    sent_start = sentence_bounds(text, d["start"])[0]
    if clause_start(text, d["start"], sent_start) == sent_start:
        return False
    return text.startswith(cues.average_after, d["end"])


def _is_one_year(time: dict[str, Any] | None) -> bool:
    """The period is one whole calendar year (2031年, 去年): 全年 adds nothing to it."""
    return bool(time and time["start"] and time["end"] and time["start"][:4] == time["end"][:4]
                and time["start"][5:] == "01-01" and time["end"][5:] == "12-31")


def _year_span(year: int) -> dict[str, Any]:
    return {"mention": None, "kind": "span", "start": f"{year}-01-01", "end": f"{year}-12-31"}


def _time_dict(d: Mention | None) -> dict[str, Any] | None:
    if d is None:
        return None
    n = d["norm"]
    return {"mention": d["id"], "kind": n["kind"], "start": n["start"], "end": n["end"]}


class TimeScope:
    """Which date scopes the undated facts of each part of the text (SPEC 6.1, records: time).

    Three reaches, narrowest first: the clauses this sentence continues (joined by ；); the date
    heading a sentence or clause earlier in the paragraph (across 。, but a date inside one
    enumerated item 一是… stays in that item); the report's own period, which a title or lead sets
    (the year in view); a heading opens a section (its own date, else back to the report's period)
    and a year-wide date opening a section's first paragraph (一年来, “十三五”时期) takes over from
    there, across paragraphs.
    """

    def __init__(self, text: str, dates: list[Mention], durations: list[Mention], layout: Structure | None,
                 cues: Cues, ref_date: dt.date):
        self.text, self.layout, self.cues = text, layout, cues
        # no later sentence is reached by a date describing a body (2029年8月落户的某研究所) or one whose
        # sentence goes on past a span elapsed after it (2025年6月…,经过4年多的培育,…: the facts after
        # the span stand at its unnamed end), as in their own sentence (_time_for, _elapsed_since)
        self.tests = DateTests(text, cues)
        usable = [d for d in dates if self.tests.may_scope(d)
                  and next_visible(text, d["end"]) not in ("的", "度") and not self.tests.names_a_thing(d)
                  and not self.tests.describes_a_body(d)
                  and not _elapsed_since(text, d, len(text), durations, cues)]
        self.dates = usable
        self.by_id = {d["id"]: d for d in dates}
        self.heads = [d for d in usable if _heads_clause(text, d) or _follows_the_topic(text, d, layout)]
        # what reaches later sentences: not a date that only qualifies the subject of a later clause
        # of its sentence (…,近5年平均增长率为11.2%;工业增加值…: 近5年 stays in its clause)
        self.carriers = [d for d in usable if not _qualifies_a_later_clause(text, d, cues)]
        # without a structure the year in view is ref_date's (SPEC 6.1), as structure.py falls back
        self.year_in_view = layout.year_in_view if layout else ref_date.year
        self.report_year = bool(layout and layout.year_in_view_source != "ref_date")  # a title or lead names it
        report = _year_span(self.year_in_view) if self.report_year else None
        # a year found in the lead is never carried backwards (to a headline or a lead box above it)
        report_from = _report_start(dates, layout) if self.report_year else 0
        points: list[tuple[int, dict[str, Any] | None]] = [(0, report if report_from == 0 else None),
                                                          (report_from, report)]
        for start, end in layout.headings if layout else ():
            # a heading opens a section: its own date, else back to the report's period; a
            # deadline in the headline above the body (到2030年 青禾县力争…) is a goal, not the
            # period of the facts reported under it
            dated = [d for d in usable if start <= d["start"] < end]
            deadline = (start, end) == layout.paragraphs[0] and dated and dated[0]["norm"]["kind"] == "until"
            undated = report if start >= report_from else None
            points.append((start, _time_dict(dated[0]) if dated and not deadline else undated))
        opened: set[tuple[int, int] | None] = set()  # paragraphs whose period is already set
        for d in usable:
            if not layout or not _names_a_period(text, d, cues) or layout.item_at(d["start"]) is not None:
                continue
            para = layout.paragraph_at(d["start"])
            if _section_opener(text, d, layout) or (para not in opened and _opens_a_summary(text, d, cues)):
                points.append((d["start"], _time_dict(d)))
                opened.add(para)
        for lo, hi in goal_sections(text, layout, cues):
            # 1.总体目标 … 到2030年,核心指标实现“四个翻番”。\n“四个翻番”——…: the deadline of a goal
            # section reaches its later paragraphs
            deadline = next((d for d in self.heads if lo <= d["start"] < hi and d["norm"]["kind"] == "until"), None)
            if deadline is not None:
                points.append((deadline["start"], _time_dict(deadline)))
        points.sort(key=lambda p: p[0])
        self.points = points

    def carried(self, q: Mention, sent_start: int, cstart: int) -> dict[str, Any] | None:
        """The time an undated fact takes from the text before its sentence."""
        text = self.text
        if holds_any(text, cstart, q["start"], self.cues.per_period):
            return None  # 每年培训3000名: a per-period fact
        if _elapsed_span(text, q, cstart, self.cues):
            return None  # 经过十年的发展: the stretch leading up to the period, no fact within it
        antecedent = self._anaphora(text[sent_start : q["start"]], sent_start)
        if antecedent is not None:
            return _time_dict(antecedent)
        chain_start = start_of_chain(text, sent_start)
        for d in reversed(starting_in(self.carriers, chain_start, sent_start)):
            if self._same_item(d["start"], q["start"]) and self._reaches_later_parts(d, chain_start) \
                    and not self._range_start(d):
                return _time_dict(d)
        para = self.layout.paragraph_at(q["start"]) if self.layout else None
        if para is not None:
            for d in reversed(starting_in(self.heads, para[0], sent_start)):
                if self._same_item(d["start"], q["start"]) and not _qualifies_a_later_clause(text, d, self.cues) \
                        and not self._range_start(d):
                    return _time_dict(d)
            before = self._continued_paragraph(para)
            if before is not None:  # 此外,我市还…: the paragraph goes on with the one before, and its period
                return self._heading_period(before)
        return self.report_period(q["start"])

    def _heading_period(self, para: tuple[int, int]) -> dict[str, Any] | None:
        """The period the last date heading a sentence or clause of ``para`` sets for its end, else that of the
        paragraph it goes on with, else the report's."""
        heads = [d for d in starting_in(self.heads, para[0], para[1])
                 if self.layout is not None and self.layout.item_at(d["start"]) is None
                 and not _qualifies_a_later_clause(self.text, d, self.cues) and not self._range_start(d)]
        if heads:
            return _time_dict(heads[-1])
        before = self._continued_paragraph(para)
        return self._heading_period(before) if before is not None else self.report_period(para[0])

    def _continued_paragraph(self, para: tuple[int, int]) -> tuple[int, int] | None:
        """The paragraph before ``para`` when ``para`` opens on a word that goes on with it (此外, 同时,
        另外) and neither is a heading, else None."""
        assert self.layout is not None
        if not self.text.startswith(self.cues.continuation_openers, para[0]):
            return None
        i = self.layout.paragraphs.index(para)
        before = self.layout.paragraphs[i - 1] if i > 0 else None
        if before is None or before in self.layout.headings or para in self.layout.headings:
            return None
        return before

    def _reaches_later_parts(self, d: Mention, chain_start: int) -> bool:
        """A date reaches the later parts of a sentence joined by ；when it heads its part or the whole
        chain; one inside a part after its own subject (其中,甲市…;乙园区等地企业前五个月营收增长37%;丙市…落实
        资金320万元) dates that part's facts only."""
        part_start = max(chain_start, self.text.rfind("；", 0, d["start"]) + 1, self.text.rfind(";", 0, d["start"]) + 1)
        return part_start == chain_start or _heads_clause(self.text, d) or d in self.heads

    def _range_start(self, d: Mention) -> bool:
        """从2031年日均118家提高到…: a point after 从 starts a change's range (a base), and heads no period."""
        return d["norm"]["kind"] == "point" and self.text.endswith("从", 0, d["start"])

    def _anaphora(self, sentence: str, before: int) -> Mention | None:
        """当天,… / 据悉,当日签约…,总投资…: pure anaphora heading the sentence or one of its clauses
        before the fact takes the last date of the same kind heading a sentence or clause before
        it (a day for 当天, a longer period for 同期)."""
        if not holds_any(sentence, 0, len(sentence), self.cues.same_day + self.cues.same_period):
            return None  # no such word anywhere in it (most sentences): no clauses to split
        clauses = [c.strip() for c in CLAUSE_MARKS.split(sentence)]
        if any(c.startswith(self.cues.same_day) for c in clauses):
            want_day = True
        elif any(c.startswith(self.cues.same_period) for c in clauses):
            want_day = False
        else:
            return None
        for d in reversed(starting_in(self.heads, 0, before)):
            granularity = d["norm"]["granularity"]
            if d["text"] in self.cues.now_words or d["norm"]["kind"] == "until":
                continue
            if granularity == "day" if want_day else granularity not in ("day", "week"):
                return d
        return None

    def mention(self, time: dict[str, Any] | None) -> Mention | None:
        """The DATE mention a record's time came from, if any."""
        return self.by_id.get(time["mention"]) if time and time["mention"] else None

    def _same_item(self, date_pos: int, pos: int) -> bool:
        """A date inside an enumerated item reaches only that item's facts."""
        if self.layout is None:
            return True
        item = self.layout.item_at(date_pos)
        return item is None or item == self.layout.item_at(pos)

    def report_period(self, pos: int) -> dict[str, Any] | None:
        """The report's own period in force at ``pos`` (a title's, a heading's), or None."""
        i = bisect.bisect_right(self.points, pos, key=lambda p: p[0]) - 1
        period = self.points[i][1] if i >= 0 else None
        return dict(period) if period else None

    def whole_year(self, time: dict[str, Any] | None) -> dict[str, Any]:
        """全年: the report's year where the period in view covers it (一年来 from a January
        ref_date reaches into the new year, but its 全年 is the year reviewed); else a since-date's
        first year (2031年以来…全年, read in February 2032: 2031), else the period's last calendar
        year; without a period, the year in view."""
        year = self.year_in_view
        if time and (time["end"] or time["start"]):
            last = int((time["end"] or time["start"])[:4])
            first = int(time["start"][:4]) if time["start"] else last
            if not (self.report_year and first <= year <= last):
                year = first if time["kind"] == "since" else last
        return _year_span(year)


def _report_start(dates: list[Mention], layout: Structure | None) -> int:
    """Where the report's own period starts to scope undated facts: the text's start when a title names
    the year in view; when the lead does, its first date or, without one, the end of the first body
    paragraph. Figures above it (a headline line, a lead box: 青禾县高新技术企业达到312家……昨日，记者获悉，
    去年，…) are dated by nothing: SPEC 4 carries a date only from before a fact."""
    if layout is None or layout.year_in_view_source != "lead":
        return 0
    body = next((p for p in layout.paragraphs if p not in layout.headings), None)
    ends = [d["start"] for d in dates] + ([body[1]] if body else [])
    return min(ends, default=0)


def _vague_since(text: str, lo: int, hi: int, cues: Cues) -> int | None:
    """Where the last clause in ``[lo, hi)`` that opens on a vague time (近几年, 近年来) starts."""
    if not holds_any(text, lo, hi, cues.vague_words):
        return None  # (no vague word at all: no copy of the stretch for the pattern)
    found = None
    for m in cues.vague.finditer(text[lo:hi]):
        found = lo + m.start()
    return found


def time_of(q: Mention, clause: ClauseView, times: TimeScope, cues: Cues) -> dict[str, Any] | None:
    """The time of ``q`` (a time dict), or None."""
    text, cstart, sentence = clause.text, clause.start, clause.sentence
    sent = (sentence.start, sentence.end)
    vague = _vague_since(text, sent[0], q["start"], cues)
    dates = sentence.dates
    if vague is not None:  # 近几年…保持在6%以上: only a date after the vague time scopes the fact
        dates = [m for m in dates if m["start"] >= vague]
    dates_before = [m for m in dates if m["end"] <= q["start"]]
    scoping = [d for d in dates_before if times.tests.may_scope(d)]  # (once for both uses)
    time_mention = _time_for(text, q, scoping, cstart, times.tests, cues)
    # (历经4年多的培育: the span elapsed after the date is no fact of the date either)
    elapsed_by = q["end"] if q["norm"]["dimension"] == "duration" else q["start"]
    # (the spans elapsed after a date start after it: after the vague time too, as the date does)
    if time_mention is not None and _elapsed_since(text, time_mention, elapsed_by, sentence.quantities, cues):
        return None
    if time_mention is not None and _averages_past(text, time_mention, q, cstart, cues):
        return None
    time = _time_dict(time_mention)
    usable_before = [d for d in scoping if not _is_ratio_base(text, d, q)  # 是去年同期的4.3倍: a base, like 较上年
                     and not _starts_a_range(text, d, q)]
    carried = time_mention is None and not usable_before and vague is None
    if carried:
        time = times.carried(q, sent[0], cstart)
    # 全年 in its own clause, or in the clause a subjectless clause continues (今年1—9月,…,预计全年
    # …2.7亿元,是去年的3倍多 / 总数达5100家): over 目前 or 1—9月 from the clause before
    since = cstart
    if text[cstart : q["start"]].lstrip().startswith(cues.continues):
        since = max([clause_start(text, cstart - 1, sent[0])] + [d["end"] for d in usable_before])
        since = min(since, cstart)
    whole = holds_any(text, since, q["start"], cues.whole_year) or cues.within_year.search(text, since, q["start"])
    if whole and not _is_one_year(time) and not _whole_year_in_base(text, since, q["start"], cues):
        time = times.whole_year(time)
    elif (time is None or (carried and not _is_one_year(time))) \
            and _whole_year_heads(text, start_of_chain(text, sent[0]), q["start"], cues) \
            and not holds_any(text, cstart, q["start"], cues.per_period):
        # 全年全县出口总值…，比上年增长17.3%: 全年 heads the whole sentence, and the parts ；joins to it
        # (年末常住人口…。全年出生人口6.4万人…;死亡人口4.1万人: the year of the 年末 carried, not 年末)
        time = times.whole_year(time)
    return time


# After a date, the number it describes: 由2026年的58家, 从2026年的月均19家.
_NUMBER_AFTER_DE = regex.compile(r"的.{0,2}?[0-9一二三四五六七八九十]")


def _starts_a_range(text: str, d: Mention, q: Mention) -> bool:
    """由2026年的58家增至…, 从2026年的3.2亿元提高到…: a date after 由/从 describing the number right after
    it is that number's only; it starts the change's range and keeps no later ``q`` from the date that
    heads its paragraph (a range's end, 到2029年的140件, still does: the later numbers are of that year)."""
    if not text.endswith(_RANGE_OPENERS, 0, d["start"]):
        return False
    found = _NUMBER_AFTER_DE.match(text, d["end"])
    return found is not None and found.end() <= q["start"]


# A number written in digits right after a date (2030年26家, 2030年日均26家).
_NUMBER_NEAR = regex.compile(r"(?:日均|月均|年均|约|近|超)?[0-9０-９]")


def _bounds_a_range(text: str, d: Mention) -> bool:
    """从2028年11家到2030年26家: a point date after 从/由 or 到/至 (outside its span) with its number right after
    it, no 的 between, starts or ends a change's range and dates that number only (ANNOTATION left28)."""
    return d["norm"]["kind"] == "point" and text.endswith(_RANGE_OPENERS + _RANGE_ENDS, 0, d["start"]) \
        and _NUMBER_NEAR.match(text, d["end"]) is not None


# A clause opening right after a number on 从/由 (增长1.4倍,从2028年的11家…): where a change's range may start.
_RANGE_CLAUSE = regex.compile(r"[，,]\s*(?:" + alternation(list(_RANGE_OPENERS)) + ")")


def spans_the_range_after(text: str, q: Mention, dates: list[Mention]) -> bool:
    """增长1.4倍,从2028年的11家增加到2030年的26家: the clause right after ``q`` opens on 从/由 and a point date
    with its number and goes on to 到/至, so the change ``q`` spans that range, which no one date dates: like
    the change written after its range (ANNOTATION time27), it takes no time (ANNOTATION left28)."""
    opening = _RANGE_CLAUSE.match(text, q["end"])
    if opening is None:
        return False
    d = next((d for d in dates if d["start"] == opening.end()), None)
    if d is None or d["norm"]["kind"] != "point":
        return False
    number = _NUMBER_NEAR.match(text, d["end"] + (text[d["end"] : d["end"] + 1] == "的"))
    if number is None:
        return False
    end = clause_end(text, number.end(), len(text))
    return any(text.find(w, number.end(), end) != -1 for w in _RANGE_ENDS)


def _averages_past(text: str, d: Mention, q: Mention, cstart: int, cues: Cues) -> bool:
    """A per-period fact (年均增长, 每年) in a later clause than the date: a day or a month it is
    counted at (截至2030年底,北湖区孵化器达到41家,年均增长12%; 目前…,每年服务团队300个) is no period of an
    average, which takes no carried date (SPEC 6.1); a period of years (近3年来,…年均增长) still is."""
    return d["start"] < cstart and d["norm"]["kind"] in ("point", "until") \
        and d["norm"]["granularity"] in cues.no_average_granularity \
        and holds_any(text, cstart, q["start"], cues.per_period)


def _elapsed_span(text: str, q: Mention, cstart: int, cues: Cues) -> bool:
    """经过十年的发展, 历经4年多的培育 with no date before it in its sentence: a duration elapsed up to the
    period the text reports, so the period is no time of it (ANNOTATION, cite27)."""
    return q["norm"]["dimension"] == "duration" and text.endswith(cues.elapsed, cstart, q["start"])


def _elapsed_since(text: str, d: Mention, before: int, mentions: list[Mention], cues: Cues) -> bool:
    """2025年6月,…获批建设示范区,经过4年多的培育,示范区已建成平台96个: a span of time elapsed after the
    date (a duration among ``mentions``, in the date's sentence, ending by ``before``) puts the facts
    after it at that span's unnamed end: the date does not scope them."""
    sent_end = sentence_bounds(text, d["start"])[1]
    return any(m["type"] == "QUANTITY" and m["norm"]["dimension"] == "duration" and d["end"] <= m["start"]
               and m["end"] <= min(before, sent_end) and text.endswith(cues.elapsed, d["end"], m["start"])
               for m in mentions)


def _whole_year_in_base(text: str, lo: int, pos: int, cues: Cues) -> bool:
    """完成全年140家任务的63.5%: the last 全年 before ``pos`` names the task a share is done of, so the
    share takes the time of its sentence or paragraph (上半年), not the whole year."""
    at = max(text.rfind(w, lo, pos) for w in cues.whole_year)
    return at != -1 and any(text.find(b, at, pos) != -1 for b in cues.whole_year_bases)


def _whole_year_heads(text: str, sent_start: int, pos: int, cues: Cues) -> bool:
    """全年 stands in the first clause of the sentence, before ``pos``."""
    first_clause = text[sent_start : min(pos, clause_end(text, sent_start, pos))]
    return any(w in first_clause for w in cues.whole_year)
