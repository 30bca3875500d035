"""The document's structure, worked out once per article and handed to every stage that needs it.

Paragraphs (one per line: the articles are plain text, one paragraph a line), headings (short
lines without sentence punctuation) and the *year in view*: the year the report is about, which
全年, 年末, 上半年 and bare months resolve against (SPEC 6.1). It comes from the title (sidecar or
first line), then the lead (一年来, 过去一年, a bulletin named in the first paragraph), else
ref_date's year; ``year_in_view_source`` says which.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import math
import re
from dataclasses import dataclass

import regex

from extract.rules import load_rules
from extract.textnorm import fold_width

_HEADING = regex.compile(r"^[^\n。！？!?；;，,：:]{1,30}$")
# (also a year closing a title: 《某省园区发展监测报告2030》, 《…指数(2030)》)
_YEAR = regex.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?:年|—|-|～|至|(?=\p{Han})|(?=[)）]?(?:》|$)))")
# After a year, what makes it a month's, a since-date or a part of the year (2029年5月, 2029年以来, 2029年底),
# not the whole year a report opens on.
_NOT_THE_WHOLE_YEAR = r"(?![0-9一二三四五六七八九十]{1,2}月|以来|来|底|末|初)"
# A report that opens on its year: 2029年澄川高新技术企业数量达1.2万家… (SPEC 6.1: 2031年 opening a report).
_OPENING_YEAR = regex.compile(r"\s*((?:19|20)[0-9]{2})年" + _NOT_THE_WHOLE_YEAR)
# A work report delivered early in a year (政府工作报告——2024年1月23日在…) is about the year before.
_DELIVERY = regex.compile(r"工作报告[—\-–－]*\s*((?:19|20)[0-9]{2})年([0-9]{1,2})月")
# 青禾县2032年政府工作报告: the year it is delivered in; it reviews the year before.
_WORK_REPORT_YEAR = regex.compile(r"((?:19|20)[0-9]{2})年(?:度)?[^0-9年]{0,12}政府工作报告")
# A lead that names, unquoted, the bulletin it reports (现将2029年全县…统计公报如下, 2028年某省…公报显示):
# the bulletin's year is the year in view. A work report (工作报告) names the year it is delivered in,
# not the year it reviews, so it does not count here.
_LEAD_BULLETIN = regex.compile(
    r"((?:19|20)[0-9]{2})年度?[^，。,；;：:！？!?\n《》“”]{0,30}?(?<!工作)(?:公报|报告|总结|年报)")
# A review heading in the lead (一、2031年工作回顾; 2031年和“十五五”工作回顾): the year reviewed (dates3).
_REVIEW_HEADING = regex.compile(
    r"^[一二三四五六七八九十、.\s]*((?:19|20)[0-9]{2})年[^，。,；;\n]{0,14}回顾\s*$", regex.M)
# 去年 as a year, not a base or a part of it (去年同期, 去年底, 去年以来, 去年5月).
_LAST_YEAR = r"去年(?!同期|底|末|以来|[0-9一二三四五六七八九十]{1,2}月)"
# A news lead's first sentences reporting 去年 at a clause start (获悉,去年青禾县…) (dates3).
_LAST_YEAR_LEAD = regex.compile(r"(?:^|[，,。：:])" + _LAST_YEAR)
_LAST_YEAR_LEAD_CHARS = 120
# A headline reporting 去年 anywhere (青禾高新技术产业去年产值破百亿), not a base or a part of the year.
_LAST_YEAR_TITLE = regex.compile(_LAST_YEAR)
# The marks closing a dateline after its day (青禾5月3日电, 青禾7月9日消息): rules/date_words.toml [dateline],
# one list read here (the lead's year in view), by the DATE anchoring (extract/dates.py) and by a record's
# time and region (extract/link/cues.py), so the three never disagree on what a dateline is.
_DATELINE_RULES = load_rules("date_words")["dateline"]
DATELINE_AFTER_DAY = regex.compile("|".join(f"(?:{p})" for p in _DATELINE_RULES["after_day"]))
DATELINE_BYLINE_MARKS: tuple[str, ...] = tuple(_DATELINE_RULES["byline_before_day"])
# A dateline and byline before the opening year (本报青禾3月29日电 (记者某某)2031年，…) (dates3).
_DATELINE = regex.compile(r"^[^，。,\n]{0,24}?[0-9]{1,2}月[0-9]{1,2}日(?:" + DATELINE_AFTER_DAY.pattern
                          + r")\s*(?:[(（][^)）]{0,30}[)）])?\s*")
_LEAD_CHARS = 300
_QUOTED_TITLE = regex.compile(r"《([^》]{0,40})》")  # (compiled once: regex.finditer's look-up of its cache cost more)


@dataclass(frozen=True)
class Structure:
    """An article's layout: paragraphs, headings, enumerated items, title and year in view."""

    paragraphs: tuple[tuple[int, int], ...]  # (start, end) of each non-empty line
    headings: tuple[tuple[int, int], ...]  # the paragraphs that read as headings
    year_in_view: int
    year_in_view_source: str  # title, lead, ref_date
    items: tuple[int, ...] = ()  # where each enumerated item (一是, （二）, 3.) starts
    title: str | None = None  # the sidecar title, when there is one

    # (both look ``pos`` up by bisection: a scan of every paragraph or item, once per mention,
    # made a long article quadratic)
    def item_at(self, pos: int) -> int | None:
        """Start of the enumerated item holding ``pos`` within its paragraph, or None."""
        para = self.paragraph_at(pos)
        i = bisect.bisect_right(self.items, pos) - 1
        if i < 0 or (para is not None and self.items[i] < para[0]):
            return None
        return self.items[i]

    def paragraph_at(self, pos: int) -> tuple[int, int] | None:
        """The paragraph holding offset ``pos``, or None (a line break between paragraphs)."""
        i = bisect.bisect_right(self.paragraphs, (pos, math.inf)) - 1
        if i >= 0 and self.paragraphs[i][0] <= pos < self.paragraphs[i][1]:
            return self.paragraphs[i]
        return None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _title_year(title: str, own: bool = False) -> int | None:
    """The year a title reports on; ``own`` when it is the article's own title (sidecar or first
    line), which may also be a year's plan or data release."""
    delivered = _DELIVERY.search(title)
    if delivered:
        return int(delivered.group(1)) - (1 if int(delivered.group(2)) <= 6 else 0)
    work_report = _WORK_REPORT_YEAR.search(title)
    if work_report:
        return int(work_report.group(1)) - 1
    years = _YEAR.findall(title)
    cues = load_rules("link_cues")["structure"]
    reports = _holds_any(title, cues["title_report_words"])
    if years and (reports or own and _holds_any(title, cues["own_title_plan_words"])):
        return int(years[0])
    return None


def _holds_any(text: str, words: list[str]) -> bool:
    return any(word in text for word in words)


def _headline_year(headline: str, ref_date: dt.date) -> int | None:
    """The past year a headline opens on, after a short place name at most (2030年北湖区营收达860亿元,
    青禾2030年新增企业…, read in 2031), like a lead opening on its year (SPEC 6.1); not a goal's (青禾力争
    2035年…) nor ref_date's own year, which a headline gives its event or plan (2031年某某活动收官)."""
    opening = _TITLE_OPENING_YEAR.match(headline)
    if opening is None or any(g in opening.group(1) for g in _goal_words()):
        return None
    year = int(opening.group(2))
    return year if year < ref_date.year else None


# A headline's year at its start or after a short place name (青禾省2031年…), not a month's nor a since-date.
_TITLE_OPENING_YEAR = regex.compile(r"\s*(\p{Han}{0,6}?)((?:19|20)[0-9]{2})年" + _NOT_THE_WHOLE_YEAR)


@functools.cache
def _looking_back() -> tuple[str, ...]:
    """一年来, 过去一年: a lead looking back on a year (rules/date_words.toml [inference] looking_back)."""
    return tuple(load_rules("date_words")["inference"]["looking_back"])


def _looks_back(lead: str) -> bool:
    return any(word in lead for word in _looking_back())


def _goal_words() -> list[str]:
    """The words that make a year a goal's (力争, 目标, 将: rules/link_cues.toml [structure]
    whole_year_goal_before), read by the headline, the lead's first fact and the reported clause."""
    return load_rules("link_cues")["structure"]["whole_year_goal_before"]


# A line with no sentence or clause punctuation at all is a title or headline, however long.
_UNPUNCTUATED = regex.compile(r"^[^。！？!?；;，,：:]+$")


def _first_body_paragraph(text: str) -> str:
    """The first line that is not a heading (a salutation such as 各位代表： is a heading too) nor a
    headline repeated above the body (【专题】2031年青禾县一批重大项目取得突破, longer than a heading)."""
    return next((line for line in text.split("\n") if line.strip() and not _HEADING.match(line.strip())
                 and not _UNPUNCTUATED.match(line.strip())), "")


def year_in_view(text: str, title: str | None, ref_date: dt.date) -> tuple[int, str]:
    """``(year, source)``: the year the report is about (SPEC 6.1), and where it was found: the
    title, else the lead, else ref_date's year."""
    year = _title_year_in_view(text, title, ref_date)
    if year is not None:
        return year, "title"
    year = _lead_year_in_view(text, ref_date)
    if year is not None:
        return year, "lead"
    return ref_date.year, "ref_date"


def _title_year_in_view(text: str, title: str | None, ref_date: dt.date) -> int | None:
    """The year the sidecar's title, or a first line that reads as a headline, reports on."""
    first_line = text.lstrip().split("\n", 1)[0]
    for candidate in (title, first_line if _HEADING.match(first_line) else None):
        year = _title_year(candidate, own=True) if candidate else None
        if year is not None and year <= ref_date.year + 1:  # 锚定2035年目标 is a goal, not the year reported
            return year
        year = _headline_year(candidate, ref_date) if candidate else None
        if year is not None:
            return year
    if title and _LAST_YEAR_TITLE.search(title):  # 北湖区高新技术产业去年产值破百亿: the year before ref_date's
        return ref_date.year - 1
    return None


def _lead_year_in_view(text: str, ref_date: dt.date) -> int | None:
    """The year the lead reports on: the year it opens on, a report it names, a reported clause's
    year, 去年, a look back, a whole year or a first fact closed early in the year, a plan's year."""
    body = _first_body_paragraph(text)
    dateline = _DATELINE.match(body)
    opening = _OPENING_YEAR.match(body[dateline.end():] if dateline else body)
    if opening:
        return _closed_year_of_meeting(int(opening.group(1)), body[:_LEAD_CHARS], ref_date)
    lead = text[:_LEAD_CHARS]
    for quoted in _QUOTED_TITLE.finditer(lead):
        year = _title_year(quoted.group(1))
        if year is not None:
            return year
    bulletin = _LEAD_BULLETIN.search(lead) or _REVIEW_HEADING.search(lead)
    if bulletin:
        return int(bulletin.group(1))
    reported = _reported_year(body[:_LEAD_CHARS], ref_date)
    if reported is not None and not reported[1]:
        return reported[0]
    if _LAST_YEAR_LEAD.search(text[:_LAST_YEAR_LEAD_CHARS]):
        return ref_date.year - 1  # 去年 is the year before ref_date's, whatever its month
    if _looks_back(lead):
        return ref_date.year - (1 if ref_date.month <= 6 else 0)
    folded = fold_width(lead)
    closed = _closed_year_reported(folded, ref_date) \
        or _first_fact_year(fold_width(body[:_LEAD_CHARS]), folded, ref_date)
    if closed is not None:
        return closed
    return reported[0] if reported is not None else None  # 获悉,2032年,全县计划…: the plan's year


# A year dating a fact of the lead: heading a clause or after 截至 (2030 年，全县…; 截至2030年底; 2030年1至11月),
# not a comparison base (比2028年), a since-date (2030年以来), a month other than a running total's
# January, nor a year qualifying a name (2030年度的).
_FACT_YEAR = regex.compile(r"(?:^|[，,。；;：:\n]|截至|截止)\s*((?:19|20)[0-9]{2})\s*年"
                           r"(?!以来|来|度的|(?!1\s*月\s*[—\-–~至到])[0-9]{1,2}\s*月)")
# 1—11月, 1-11月, 1至11月: a running total from January (the text width-folded).
_FROM_JANUARY = regex.compile(r"(?<![0-9年.])1(?:月)?[—\-–~至到]([0-9]{1,2})月")
_CLAUSE_STOP = regex.compile(r"[，,。；;：:！？!?\n]")


def _closed_year_reported(lead: str, ref_date: dt.date) -> int | None:
    """The past year a January or February report is about: its lead reports 全年 or a running
    total from January not over yet on ref_date (rules/link_cues.toml [structure]); the year is the
    one heading a clause last before that word (2030年，全县…全年…), else the year before ref_date's."""
    rules = load_rules("link_cues")
    cues = rules["structure"]
    if ref_date.month > cues["early_year_months"]:
        return None
    goals_before = cues["whole_year_goal_before"]
    found = [m.start() for m in _FROM_JANUARY.finditer(lead)
             if int(m.group(1)) > ref_date.month and not _goal_in_clause(lead, m.start(), goals_before)]
    found += [m.start() for word in rules["time"]["whole_year"] for m in regex.finditer(regex.escape(word), lead)
              if not lead.startswith(tuple(cues["whole_year_goal_after"]), m.end())
              and not _goal_in_clause(lead, m.start(), goals_before)]
    if not found:
        return None
    written = [int(y) for y in _FACT_YEAR.findall(lead, 0, min(found))]
    year = written[-1] if written else ref_date.year - 1
    return year if year < ref_date.year else None




def _closed_year_of_meeting(opening: int, lead: str, ref_date: dt.date) -> int:
    """The year a lead opening on ``opening`` reports on: in an early-year text opening on its own year's
    event (2031年全县两会召开,记者获悉,去年全县…, read in January 2031), the year before that its reported
    clause names; else ``opening`` (2030年澄川高新技术企业数量达1.2万家…)."""
    if opening != ref_date.year or ref_date.month > load_rules("link_cues")["structure"]["early_year_months"]:
        return opening
    reported = _reported_year(lead, ref_date)
    return ref_date.year - 1 if reported == (ref_date.year - 1, False) else opening


def _first_fact_year(first: str, lead: str, ref_date: dt.date) -> int | None:
    """The year before ref_date's, when it dates the first fact of an early-year report's ``first``
    paragraph (截至2030年底,全县… read in January 2031) or a clause reported later in its ``lead``
    (…。据统计,2030年,全县…): it reports on the year just closed (rules/link_cues.toml [structure]). A
    year of a later paragraph without a report cue (a project's own figures) is no evidence."""
    cues = load_rules("link_cues")["structure"]
    if ref_date.month > cues["early_year_months"]:
        return None
    goals = _goal_words()
    found = next((int(m.group(1)) for m in _FACT_YEAR.finditer(first) if not _goal_follows(first, m.end(), goals)),
                 None) or (_reported_year(lead, ref_date) or (None, False))[0]
    return found if found == ref_date.year - 1 else None




def _goal_in_clause(lead: str, pos: int, goals: list[str]) -> bool:
    start = max((m.end() for m in _CLAUSE_STOP.finditer(lead, 0, pos)), default=0)
    return any(g in lead[start:pos] for g in goals)


# The years a reported clause may open on: written, or counted from ref_date (去年, 今年).
_RELATIVE_YEARS = {"去年": -1, "上年": -1, "今年": 0}


@functools.cache
def _reported_clause() -> regex.Pattern:
    """记者从某局获悉,2031年,全县… / 据统计,去年全市…: a reporting cue (rules/link_cues.toml
    [structure] report_cues), then, with no other number between, a year heading a clause of
    the same sentence, or after a place or zone as its subject (据统计,北湖区2031年实现…)."""
    cues = load_rules("link_cues")["structure"]["report_cues"]
    return regex.compile(
        r"(?:" + "|".join(cues) + r")(?:[^。！？!?；;\n0-9]{0,40}?[，,：:])?\s*"
        r"(?P<subject>\p{Han}{0,4}[区县市省州旗盟])?"  # (据统计,北湖区2030年…: a place or zone first)
        r"(?P<year>(?:19|20)[0-9]{2}年|" + "|".join(_RELATIVE_YEARS) + r")"
        + _NOT_THE_WHOLE_YEAR + r"(?!度|同期|的|[上下]半年|前|第)")


def _reported_year(lead: str, ref_date: dt.date) -> tuple[int, bool] | None:
    """The year a news lead reports on (SPEC 6.1: a date opening a report scopes its undated facts); a
    year heading a goal (某某表示,2032年,全县将…) gives way to a reported year after it (…报告显示,2031年,…),
    and is the period only where the lead reports none (a plan's news: 获悉,2032年,全县计划…): ``(year,
    planned)``, planned when the year is a goal's."""
    goals = _goal_words()
    # (after its subject, only a past year: 获悉,该市2031年某某活动… in 2031 names the event)
    found = [m for m in _reported_clause().finditer(lead)
             if not m.group("subject") or _year_of(m.group("year"), ref_date) < ref_date.year]
    if not found:
        return None
    first = next((m for m in found if not _goal_follows(lead, m.end(), goals)), found[0])
    return _year_of(first.group("year"), ref_date), _goal_follows(lead, first.end(), goals)


def _year_of(written: str, ref_date: dt.date) -> int:
    """The year a reported clause names: written (2031年) or counted from ref_date (去年, 今年)."""
    return ref_date.year + _RELATIVE_YEARS[written] if written in _RELATIVE_YEARS else int(written[:4])


_GOAL_REACH = 12  # characters after a year in which a goal word makes it a plan's (2032年,全县将…)


def _goal_follows(lead: str, pos: int, goals: list[str]) -> bool:
    """Whether a goal word stands within its sentence shortly after ``pos``."""
    stop = regex.search(r"[。！？!?；;\n]", lead[pos : pos + _GOAL_REACH])
    after = lead[pos : pos + (stop.start() if stop else _GOAL_REACH)]
    return any(g in after for g in goals)


# An enumerated item opens a line, or follows a sentence or clause boundary (a class of plain
# characters, which re finds as regex does, in less time).
_ITEM_BOUNDARY = re.compile(r"[。；;：:，,！？\n]")


@functools.cache
def _item_marker() -> regex.Pattern:
    """Enumerated-item markers (rules/link_cues.toml [structure]): 一是, （二）, 3., ③, after white
    space, matched where an item may open (``item_starts``)."""
    markers = load_rules("link_cues")["structure"]["item_markers"]
    return regex.compile(r"\s*(?:" + "|".join(markers) + ")")


@functools.lru_cache(maxsize=1 << 12)
def _may_open_a_marker(first: str) -> bool:
    """Whether a marker (or the white space before it) can begin with the character ``first``: most
    boundaries are followed by none, and this answer is kept per character ("" at the text's end)."""
    return not first or _item_marker().match(first, partial=True) is not None


def item_starts(text: str) -> tuple[int, ...]:
    """Where each enumerated item begins (the marker's first character): the markers are tried at
    the text's start and after each boundary only, as the places found one after the other without
    overlap (a search of every character for a line start or a boundary before it cost 0.2 µs per
    character, half of this stage)."""
    marker, found, searched_to = _item_marker(), [], 0
    for opening in itertools.chain((0,), (b.end() for b in _ITEM_BOUNDARY.finditer(text))):
        if opening < searched_to or not _may_open_a_marker(text[opening : opening + 1]):
            continue  # (inside the white space of the marker found before)
        m = marker.match(text, opening)
        if m is not None:
            found.append(m.start() + len(m.group()) - len(m.group().lstrip()))
            searched_to = m.end()
    return tuple(found)


def analyse(text: str, meta: dict | None, ref_date: dt.date) -> Structure:
    """The structure of one decoded article (``meta`` is its sidecar, may hold ``title``)."""
    paragraphs = _paragraphs(text)
    headings = tuple(p for p in paragraphs if _HEADING.match(text[p[0]:p[1]].strip()))
    title = (meta or {}).get("title")
    year, source = year_in_view(text, title, ref_date)
    return Structure(tuple(paragraphs), headings, year, source, item_starts(text), title)
