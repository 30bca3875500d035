"""The reference date of an article (SPEC section 2): the sidecar's, else inferred from the text.

``resolve_ref_date_with_cue(text, meta, cli, today)`` takes SPEC's order (``--ref-date``, the
sidecar's ``ref_date``, a date in the sidecar's url, inference from the title and text, the run
date) and says which cue decided. ``infer_ref_date_with_cue(text)`` reads the text alone: the
latest year it vouches for as its own, then the day within it (a dateline, the end of the latest
period it reports as past, a completed year's publication season), kept within the bounds of
``extract.ref_bounds`` (facts the text cites: a party meeting, a term coined, a span elapsed). The DATE
mentions it reads are ``extract.dates.find_dates``'s; the words it weighs are ``rules/date_words.toml``'s
[inference].
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import Any, Literal, NamedTuple

import regex

from extract.dates import (
    CLAUSE_PUNCT,
    CLAUSE_START,
    COMMA_START,
    DAY_PATTERN,
    MONTH_PATTERN,
    YEAR_PATTERN,
    alternation,
    char_class,
    dated_by_byline,
    find_dates,
    grammar,
    month_end,
    names_funds_obtained,
    plan_end,
    safe_date,
    year_number,
)
from extract.mentions import Mention
from extract.numbers import parse_number
from extract.ref_bounds import earliest_day, looked_forward_to, party_meeting_ceiling
from extract.textnorm import fold_width

__all__ = ["infer_ref_date", "infer_ref_date_with_cue", "resolve_ref_date", "resolve_ref_date_with_cue", "url_date"]

_DOC_NUMBER = re.compile(r"[〔\[【]\s*((?:19|20)[0-9]{2})\s*[〕\]】]")
_WRITTEN_YEAR = regex.compile(rf"(?P<y>{YEAR_PATTERN})[ \t]?年")
_ANCHORED_ON_REF = {"rule:date.now", "rule:date.until.now", "rule:date.until_now", "rule:date.relative_day",
                    "rule:date.week", "rule:date.offset", "rule:date.today_day"}
_TITLE = re.compile(r"《[^《》\n]{0,80}》")


class Guess(NamedTuple):
    """A day inferred and the cue it came from (``ref_date_cue``). ``kind`` says what the cue gave
    of the day, which later steps weigh: ``lead`` a month and day from the lead in a year the
    inference supplied, ``lead_weekday`` the same with a weekday written after it that fixes the
    year, ``mid_year`` the year alone (1 July), ``read`` a day the text gives whole or a bound."""

    day: dt.date
    cue: str
    kind: Literal["lead", "lead_weekday", "mid_year", "read"] = "read"


def infer_ref_date(text: str) -> dt.date | None:
    """Guess when ``text`` was written, for an article without metadata (SPEC section 2).

    ``None`` when the text names no year at all; ``infer_ref_date_with_cue`` says why."""
    found = _infer(text)
    return found.day if found else None


def infer_ref_date_with_cue(text: str, folded: str | None = None) -> tuple[dt.date, str] | None:
    """The inferred reference date and the cue it came from (a short reason, for ``ref_date_cue``).

    The year: the latest one the text vouches for (a document number 〔2024〕, a year written with
    年), leaving out range ends and targets (2023—**2027**年, 到**2025**年, 力争2026年…, a plan's
    horizon), and at least the year after the latest *completed* year the text reports on (a
    whole-year figure 2022年全省…, a look back 一年来: such reports come out the next year), unless
    the text still reports periods inside that year (前三季度, 2023年以来). The day: a full date in
    the lead (a dateline) is that day; a month and day in the lead (新华社12月12日电) is that day of
    the year; else the end of the latest period of the year reported as past (截至7月 → 31 July:
    the day the text's figures stand at, as the dev gold dates an undated text); else, for a report on the year before,
    mid-February (annual reports and work reports appear in the first quarter); else 1 July.
    Never before a span elapsed since a date written (2029年3月获批…，经过4年多的建设 → not before
    March 2033), a party meeting whose decisions it cites (按照二十大报告 → after October 2022)
    or the coining of a term it uses (新质生产力); a text naming no year takes that bound's year.
    Never after the party meeting that follows those it lists as the latest (对照十八届三中、四中全会
    部署 → before the fifth plenary session).
    """
    found = _infer(text, folded)
    return (found.day, found.cue) if found else None


def _infer(text: str, folded: str | None = None) -> Guess | None:
    """``infer_ref_date_with_cue``, with the kind of its guess."""
    folded = fold_width(text) if folded is None else folded
    bound = _as_guess(earliest_day(folded))
    found = _not_before(_infer_from_years(text, folded, bound), bound)
    return _not_after(found, _as_guess(party_meeting_ceiling(folded, bound.day if bound else None)), folded)


def _as_guess(found: tuple[dt.date, str] | None) -> Guess | None:
    """A bound (day, why) as a guess read from the text."""
    return Guess(*found) if found is not None else None


def _infer_from_years(text: str, folded: str, bound: Guess | None = None) -> Guess | None:
    """``infer_ref_date_with_cue`` from the years written and the periods reported; a text naming
    no year reads its datelines and periods in the year of the ``bound``, when there is one."""
    rules = grammar().words["inference"]
    year = _latest_written_year(folded, rules)
    plan_start = None
    milestone = _plan_milestone_year(folded, rules) if year is None else None  # 今年是“十五五”开局之年
    year = year or milestone
    if year is None:
        horizon = _earliest_year(_WRITTEN_YEAR, folded)
        plan_start = _future_plan_start(folded, rules) or _span_start(folded)
        if horizon is None and plan_start is None:
            return _infer_from_years_in(text, folded, bound) if bound else None
        # only a plan's horizon is written (2026年3月投产): the text comes before it; a plan's span
        # ((2029—2031年)) or a five-year plan spoken of as ahead (“十六五”期间将…) puts it at the
        # plan's start at the latest; a deadline to the day (于2031年7月5日前报送) is near: its year
        deadline = _earliest_year(_deadline(), folded)
        year = min(y for y in (plan_start, deadline or horizon and horizon - 1) if y)
        plan_start = plan_start if plan_start == year else None
    return _infer_in_year(text, folded, year, plan_start, milestone)


def _infer_from_years_in(text: str, folded: str, bound: Guess) -> Guess:
    """A text naming no year, read in the year of its lower bound (按照二十大报告: 2022)."""
    found = _infer_in_year(text, folded, bound.day.year, None, None)
    # (no plan and no milestone here: a guess of the year alone is the year of the bound)
    if found.kind == "mid_year":
        return Guess(found.day, f"the year of {bound.cue} {bound.day.year}, mid-year", "mid_year")
    later = safe_date(found.day.year + 1, found.day.month, found.day.day)
    if found.kind == "read" and found.day < bound.day and later is not None and later >= bound.day:
        # 截至6月末 with no year, before the bound in its year: the first 6月末 after it, as a
        # dateline's day is (the text names the month the figures stand at, not the year)
        return Guess(later, f"{found.cue}, the first after {bound.cue}")
    return found


def _infer_in_year(text: str, folded: str, year: int, plan_start: int | None,
                   milestone: int | None) -> Guess:
    """The day within the text's ``year`` (or the year after, for a report on a completed one)."""
    rules = grammar().words["inference"]
    found_all = find_dates(text, dt.date(year, 7, 1), folded=folded)
    restated = _planned_date_restated(folded, found_all, year, rules)
    if restated is not None:  # 预计10月末竣工 … 将于2032年10月末竣工投产: the text is in 2032
        year = restated
        found_all = find_dates(text, dt.date(year, 7, 1), folded=folded)
    mentions = [m for m in found_all if not _is_target(folded, m["start"], rules, m["end"])]
    completed = _latest_completed_year(folded, mentions, rules)
    reporting = mentions
    if completed is not None and completed + 1 > year and not _late_dateline(folded, mentions, completed, rules):
        year = completed + 1
        # the year is not written: the text's bare months belong to the completed year, not to it;
        # its 今年上半年 belongs to the year after, read again with that year in view
        found_all = find_dates(text, dt.date(year, 7, 1), folded=folded)
        reporting = [m for m in found_all
                     if (str(year) in fold_width(m["text"]) or _names_this_year(m, rules)
                         or _bare_in_its_paragraph(folded, m))
                     and not _is_target(folded, m["start"], rules, m["end"])]
    lead = _after_written_periods(_lead_day(folded, mentions, year, rules), folded, reporting, year, rules)
    news_day = lead.day if lead and _dateline_in_lead(folded, mentions, rules) else None
    latest = _latest_reported_day(folded, reporting, year, rules, news_day)
    season = None if news_day else _this_season_end(folded, year, rules)
    latest = max((found for found in (latest, season) if found), default=None)
    if lead and (latest is None or lead.day >= latest.day):
        return lead  # after the dateline's event and every period it reports
    estimate = latest or _year_estimate(folded, found_all, year, completed, plan_start, milestone, rules)
    return _before_nearest_plan(estimate, found_all, folded, year, rules)


def _planned_date_restated(folded: str, mentions: list[Mention], year: int, rules: dict) -> int | None:
    """The later year of a planned month or day written both without its year (预计10月末，项目将全部
    竣工) and with one after ``year`` (将于2032年10月末竣工投产): one date planned, so the text is in
    that year, not in the earlier year it reports events of (项目于2031年4月开工)."""
    planned = [m for m in mentions if m["norm"]["granularity"] in ("day", "month") and m["norm"]["start"]
               and m["norm"]["kind"] == "point" and _is_target(folded, m["start"], rules, m["end"])]
    bare = {m["norm"]["start"][5:] for m in planned if not _WRITTEN_YEAR.search(fold_width(m["text"]))}
    later = [int(m["norm"]["start"][:4]) for m in planned
             if _WRITTEN_YEAR.search(fold_width(m["text"])) and m["norm"]["start"][5:] in bare
             and int(m["norm"]["start"][:4]) > year]
    return min(later) if later else None


def _year_estimate(folded: str, found_all: list[Mention], year: int, completed: int | None,
                   plan_start: int | None, milestone: int | None, rules: dict) -> Guess:
    """The day within ``year`` when the text gives no day and reports no period of it: when a report
    on the completed year or a plan for the year comes out, else the middle of the year."""
    if completed is not None and completed + 1 == year:
        return _completed_year_report(folded, year, completed, rules)
    if _plans_latest_year(folded, found_all, year, rules):  # a year's plan comes out as the year starts
        return _plan_for_the_year(folded, year, rules)
    if plan_start is not None:
        return Guess(dt.date(year, 7, 1), f"plan ahead, its first year {year}, mid-year", "mid_year")
    if milestone is not None:
        return Guess(dt.date(year, 7, 1), f"this year {year} a plan's milestone, mid-year", "mid_year")
    return Guess(dt.date(year, 7, 1), f"latest year written {year}, mid-year", "mid_year")


def _not_before(found: Guess | None, bound: Guess | None) -> Guess | None:
    """A guess earlier than the ``bound`` day moves to it: a dateline's month and day to its first
    year on or after the bound, any other guess (or none) to the bound itself."""
    if bound is None or found is not None and found.day >= bound.day:
        return found
    day, why = bound.day, bound.cue
    if found is not None and found.kind == "lead_weekday":  # the first time it fits from the bound on
        later = range(day.year, day.year + 29)
        fits = _days_on_weekday(found.day.month, found.day.day, found.day.weekday(), later)
        moved = next((d for d in fits if d >= day), None)
        if moved is not None:
            return Guess(moved, f"month and day in the lead, its weekday, after {why}", "lead_weekday")
    if found is not None and found.kind in ("lead", "lead_weekday"):
        for year in (day.year, day.year + 1):
            moved = safe_date(year, found.day.month, found.day.day)
            if moved is not None and moved >= day:
                return Guess(moved, f"month and day in the lead, after {why}", "lead")
    return Guess(day, f"after {why}")


def _not_after(found: Guess | None, ceiling: Guess | None,
               folded: str) -> Guess | None:
    """A guess on or after the ``ceiling`` day moves to the day before it, unless the text writes a
    later year as its own (2031年，全县…: that year outweighs a list of meetings carried over)."""
    if found is None or ceiling is None or found.day < ceiling.day:
        return found
    written = _latest_written_year(folded, grammar().words["inference"])
    if written is not None and written > ceiling.day.year:
        return found
    return Guess(ceiling.day - dt.timedelta(days=1), f"before {ceiling.cue}")


def _before_nearest_plan(estimate: Guess, found: list[Mention], folded: str, year: int,
                         rules: dict) -> Guess:
    """A text planning something for a month or day of its own year (将于10月末竣工, 预计8月中旬完成,
    12月至明年3月将…) or setting a deadline in it (于7月5日前报送) comes shortly before that date:
    the day before the nearest one, when the estimate from the periods reported lies earlier or
    is only the middle of a year."""
    nearest = None
    for m in found:
        norm = m["norm"]
        if norm["granularity"] not in ("day", "month") or norm["end"] is None:
            continue
        if not (_is_target(folded, m["start"], rules, m["end"]) or m["source"].startswith("rule:date.before")):
            continue  # planned (预计11月底), or a deadline (于7月5日前报送)
        planned = dt.date.fromisoformat(norm["start"] if norm["kind"] == "span" else norm["end"])
        if planned.year == year and (nearest is None or planned < nearest):
            nearest = planned
    if nearest is None:
        return estimate
    before = nearest - dt.timedelta(days=rules["planned_after_days"])
    guessed = estimate.kind == "mid_year"  # no day was read: the plan's date says more
    return Guess(before, "the day before the nearest date planned") if before > estimate.day or guessed else estimate


_YEAR_SPAN = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年?[—\-至]((?:19|20)[0-9]{2})年?(?![0-9])")


def _span_start(folded: str) -> int | None:
    """The first year of the earliest span of years written (a plan's (2029—2031年)), or None."""
    starts = [int(m.group(1)) for m in _YEAR_SPAN.finditer(folded) if int(m.group(1)) < int(m.group(2))]
    return min(starts) if starts else None


def _plan_milestone_year(folded: str, rules: dict) -> int | None:
    """The year a text calls its own by a five-year plan's milestone: 今年是“十五五”开局之年 (the
    plan's first year), 今年是“十五五”收官之年 (its last)."""
    g = grammar()
    for m in g.plan_re.finditer(folded):
        before = folded[max(0, m.start() - rules["milestone_chars"]) : m.start()]
        if not before.endswith(tuple(rules["milestone_before"])):
            continue
        after = folded[m.end() : m.end() + rules["milestone_chars"]]
        if any(word in after for word in rules["milestone_first"]):
            return g.plans[m["plan"]]
        if any(word in after for word in rules["milestone_last"]):
            return g.plans[m["plan"]] + 4
    return None


def _future_plan_start(folded: str, rules: dict) -> int | None:
    """The first year of the latest five-year plan the text speaks of as a period ahead: its
    name, then 期间/时期, with a plan word (将, 力争, 关键…) in the rest of the sentence; not its end
    (“十四五”末期: a horizon, the text may fall inside the plan)."""
    g = grammar()
    guard = g.cal["five_year_plans_guard"]
    starts = []
    for m in g.plan_re.finditer(folded):
        if plan_end(folded, m.end(), guard) is not None:
            continue
        if _released_title(folded, m.start(), rules):
            starts.append(g.plans[m["plan"]])  # 印发《青禾县“十六五”储能产业规划》: the plan is new
            continue
        after = folded[m.end() : m.end() + rules["plan_ahead_chars"]].lstrip("”’\"'")
        if not after.startswith(tuple(rules["plan_period_words"])):
            continue
        sentence = CLAUSE_START.split(after, maxsplit=1)[0]
        before = folded[max(0, m.start() - 4) : m.start()]
        if any(w in sentence or w in before for w in rules["plan_ahead_words"]):
            starts.append(g.plans[m["plan"]])
    return max(starts) if starts else None


def _released_title(folded: str, pos: int, rules: dict) -> bool:
    """``pos`` lies inside a title that the text says is just issued (印发《…“十六五”…规划》,
    出台了《…》): a five-year plan's own document comes out as its period starts."""
    opened = folded.rfind("《", max(0, pos - 40), pos)
    if opened < 0 or "》" in folded[opened:pos]:
        return False
    before = folded[max(0, opened - 10) : opened].rstrip(rules["released_particles"])
    verb = next((v for v in rules["released_before"] if before.endswith(v)), None)
    # 相继出台《…》: one of several documents issued over the years, looked back on
    return verb is not None and not before[: -len(verb)].endswith(tuple(rules["released_in_turn"]))


@functools.cache
def _conforming() -> re.Pattern:
    """A clause carrying out someone else's plan (按照省里统一安排部署，): no plan of the text's own."""
    words = grammar().words["inference"]["conforming"]
    return re.compile(rf"(?:{alternation(words)})[^，,。；;]*[，,]")


def _is_target(folded: str, pos: int, rules: dict, end: int | None = None) -> bool:
    """A plan's horizon: a target word before ``pos`` in its sentence (力争, 预计, 确保…), a
    plan named right after the year (2029年工作思路, 2030年目标), or, given the date's ``end``, a
    plan verb right after it (2031年下半年，青禾县将…)."""
    if end is not None and _plan_follows(folded, end, rules):
        return True
    if names_funds_obtained(folded, pos, end if end is not None else pos + 5):
        return False  # 争取到2029年省级专项资金: obtained, no plan
    start = 0
    for m in CLAUSE_START.finditer(folded, max(0, pos - 60), pos):
        start = m.end()
    start = max(start, pos - 60)
    before = _conforming().sub("", folded[start:pos])  # 按照省里统一安排部署，10月10日…: no plan of ours
    year_end = folded.find("年", pos, pos + 8)
    after = folded[year_end + 1 : year_end + 1 + rules["target_after_chars"]] if year_end >= 0 else ""
    after = COMMA_START.split(after, maxsplit=1)[0]  # 2031年，青禾县计划…: the plan of the year, not a horizon
    return any(word in before for word in rules["target_before"]) or any(w in after for w in rules["target_after"])


def _latest_written_year(folded: str, rules: dict) -> int | None:
    """The latest year the text vouches for as its own (a document number, a year written), leaving
    out a range's end and a plan's date (2023—2027年, 到2025年, 力争2026年), but not 截至2031年."""
    horizon_before = tuple(grammar().words["triggers"]["range_separators"] + rules["horizon_before"])
    as_of = tuple(rules["as_of"])
    years = [int(m.group(1)) for m in _DOC_NUMBER.finditer(folded)]
    # a year naming an event or a report without 年 (2031青禾县科技论坛, 《2031北湖区创新报告》)
    years += [int(m["y"]) for m in grammar().bare_year_re.finditer(folded)]
    years += [int(m["y"]) for m in _event_year().finditer(folded)]  # 举办2031青禾县产业博览会
    years += _anniversary_years(folded)  # 新中国成立80周年: 2029
    years += [int(m["y"]) for m in _titled_year().finditer(folded)]  # 《北湖区创新指数报告2031》
    written = list(_WRITTEN_YEAR.finditer(folded))
    horizons = {m["y"] for m in written if _written_as_horizon(folded, m, horizon_before, as_of, rules)}
    for m in written:
        if _written_as_horizon(folded, m, horizon_before, as_of, rules):
            continue
        if m["y"] in horizons and _plan_follows(folded, m.end(), rules):
            continue  # 到2035年，…。2035年，全县将…: the horizon restated, no plan for a year of its own
        if _is_target(folded, m.start(), rules) and not _in_title(folded, m.start()):
            continue
        if folded.startswith(tuple(rules["horizon_after"]), m.end()):
            continue  # 《…2045年远景规划》: a long-range horizon, even in a title
        year = year_number(m["y"], 2000)
        if year and 1900 <= year <= 2100:
            years.append(year)
            if folded.startswith(tuple(grammar().words["comparison"]["year_same_period"]), m.end()):
                years.append(year + 1)  # 高于2030年同期: the period compared lies in the year after
    years += [int(m.group(1)) for m in _own_year_goal().finditer(folded)]  # 冲刺2031全年目标
    return max(years) if years else None


def _written_as_horizon(folded: str, m: re.Match, horizon_before: tuple[str, ...], as_of: tuple[str, ...],
                        rules: dict) -> bool:
    """A year written as a range's end or a plan's date (2023—2027年, 到2025年, 力争2026年), not a
    running total's (截至2031年), a range reported as past or funds obtained (争取到2030年省级专项资金)."""
    before = folded[max(0, m.start() - 3) : m.start()].rstrip(" \t")
    return (before.endswith(horizon_before) and not before.endswith(as_of)
            and not _reported_range_end(folded, m.start(), m.end(), before, rules)
            and not names_funds_obtained(folded, m.start(), m.end()))


@functools.cache
def _event_year() -> re.Pattern:
    """A year without 年 naming an event right after the verb holding it (举办2031青禾县产业博览会):
    the year the text is written in. Inference only: the recogniser's bare year wants a clause
    start or a preposition before it (dates._bare_year_pattern), and its guard after the digits
    (no counter, no unit: 举办2000余场) holds here too."""
    words = grammar().words
    verbs = alternation(words["inference"]["event_year_before"])
    after = char_class(words["guards"]["after_bare_year"])
    return re.compile(rf"(?:{verbs})(?P<y>199[0-9]|20[0-4][0-9])(?=[\u4e00-\u9fff“\"])(?![{after}])")


def _anniversary_years(folded: str) -> list[int]:
    """The years a national anniversary falls in (新中国成立80周年 → 2029, 建党110周年 → 2031): the
    founding years are [inference] anniversaries, a table of facts; a text naming no year can still
    date itself by the anniversary it celebrates, not one it looks forward to (喜迎建党110周年)."""
    rules = grammar().words["inference"]
    table = rules["anniversaries"]
    found = []
    for m in _anniversary().finditer(folded):
        count = parse_number(m["n"])
        if count is not None and count == int(count) and not looked_forward_to(folded, m.start(), rules):
            found.append(table[m["event"]] + int(count))
    return found


@functools.cache
def _anniversary() -> re.Pattern:
    events = alternation(grammar().words["inference"]["anniversaries"])
    return re.compile(rf"(?P<event>{events})(?P<n>[0-9]{{1,3}}|[一二三四五六七八九十百]{{1,5}})周年")


@functools.cache
def _titled_year() -> re.Pattern:
    """A year without 年 closing the title of a report or a list, after one of [inference]
    titled_year_after (《青禾县创新指数报告2031》, 《北湖区专利清单(2031)》): the edition's
    year, which the text is written in or after. Not after any other word: 《…制造2031》 may name a
    plan's horizon, 《…(2029-2031)》 is a span."""
    heads = alternation(grammar().words["inference"]["titled_year_after"])
    return re.compile(rf"(?:{heads})[(（]?(?P<y>(?:19|20)[0-9]{{2}})版?[)）]?》")


@functools.cache
def _own_year_goal() -> re.Pattern:
    """A year followed by its own goal (2031全年目标, 2031年度目标): the year under way."""
    words = grammar().words["inference"]["own_year_goal_after"]
    return re.compile(rf"(?<![0-9])((?:19|20)[0-9]{{2}})(?={alternation(words)})")


_OPEN_BRACKETS = "(（《〔["
_CLOSE_BRACKETS = ")）》〕]"


def _reported_range_end(folded: str, start: int, end: int, before: str, rules: dict) -> bool:
    """The end of a range reported as past (2029年至2031年，全县研发经费年均增长…; 2029年2月至2031年1月，
    企业陆续获得…), not a plan's span: outside brackets and titles ((2031—2035年), 《…2031-2035》)
    and with no plan word after it."""
    return (before.endswith(tuple(rules["range_end_marks"])) and _outside_brackets(folded, start)
            and not _plan_follows(folded, end, rules))


def _outside_brackets(folded: str, pos: int) -> bool:
    """No bracket or title mark opened within 40 characters before ``pos`` is still open."""
    window = folded[max(0, pos - 40) : pos]
    opened = max(window.rfind(c) for c in _OPEN_BRACKETS)
    return opened < 0 or opened < max(window.rfind(c) for c in _CLOSE_BRACKETS)


@functools.cache
def _deadline() -> regex.Pattern:
    """A deadline written to the day (于2031年7月5日前报送): rules' triggers.before_suffix after it."""
    before = alternation(grammar().words["triggers"]["before_suffix"])
    return regex.compile(rf"(?P<y>{YEAR_PATTERN})[ \t]?年{MONTH_PATTERN}月{DAY_PATTERN}[日号]?(?:{before})")


def _earliest_year(pattern: Any, folded: str) -> int | None:
    """The earliest year (group ``y``) of ``pattern``'s matches: with _WRITTEN_YEAR, of any year
    written; with _deadline(), of a deadline written to the day (于2031年7月5日前报送), which a notice
    setting it comes out weeks before, in its year."""
    years = [year_number(m["y"], 2000) for m in pattern.finditer(folded)]
    years = [y for y in years if y and 1900 <= y <= 2100]
    return min(years) if years else None


def _in_title(folded: str, pos: int) -> bool:
    return any(t.start() < pos < t.end() for t in _TITLE.finditer(folded, max(0, pos - 80), pos + 80))


def _latest_completed_year(folded: str, mentions: list[Mention], rules: dict) -> int | None:
    """The latest year the text reports on as a whole (2022年全省研发投入…), not inside a title
    (《2017年…年度报告》 names a report by when it came out) and not as an attribute (2029年第二批);
    a year with periods still reported inside it (前三季度, 2023年以来) is not over, unless the lead
    looks back on it (一年来, 过去一年)."""
    whole, closed, reported_to = _years_reported(folded, mentions, rules)
    lead = folded[: rules["lead_chars"] * 2]
    looking_back = any(word in lead for word in rules["looking_back"] + rules["reviews"])
    # a period reported up to late in the year (1—11月) does not keep the year open
    running = {y for y, end in reported_to.items() if end < dt.date(y, *rules["year_nearly_over"])}
    if looking_back:
        whole |= set(reported_to) | set(_anniversary_years(folded))  # 一年来…建党110周年庆典
    done = [y for y in whole if looking_back or y not in running] + list(closed)
    done = [y for y in done if y not in _years_running(folded, mentions)]
    return max(done) if done else None


def _years_reported(folded: str, mentions: list[Mention],
                    rules: dict) -> tuple[set[int], set[int], dict[int, dt.date]]:
    """How the text reports each year it dates: ``(whole, closed, reported_to)``, the years reported
    as a whole (2022年全省研发投入…), those reported up to their last day (截至2030年, 2030年末), and for
    each year with periods reported inside it, the end of the latest one (前三季度, 2023年以来)."""
    whole: set[int] = set()
    closed: set[int] = set()  # over even with periods reported inside it (2030年以来 … 2030年末)
    reported_to: dict[int, dt.date] = {}  # year → end of the latest period reported inside it
    for m in mentions:
        norm = m["norm"]
        if m["source"] in _ANCHORED_ON_REF or m["source"].endswith(".comparison"):
            continue
        if norm["start"] is None and not (norm["kind"] == "until" and m["text"].startswith(tuple(rules["as_of"]))):
            continue  # 到2025年: a horizon; 截至2030年末 reports up to its end
        if _names_this_year(m, rules) or _bare_in_its_paragraph(folded, m):
            continue  # 今年上半年, or 上半年 opening a text: anchored on the guess, not on a written year
        if names_funds_obtained(folded, m["start"], m["end"]):
            continue  # 争取到2030年省级专项资金: funds of a year under way, no report on it
        first = int((norm["start"] or norm["end"])[:4])
        if norm["kind"] == "since":
            reported_to[first] = dt.date(first, 1, 1)  # 2023年以来: the year is still running
        elif norm["granularity"] == "year" and norm["kind"] == "point" and norm["end"][:4] == str(first):
            if _reports_whole_year(folded, m, rules) and not _heads_a_bare_month(folded, m, mentions):
                whole.add(first)
        elif norm["granularity"] == "year" and norm["kind"] == "until":
            closed.add(first)  # 截至2030年 (as_of, checked above): a running total to the year's end
        elif (norm["granularity"] == "year" and norm["kind"] == "span" and norm["end"]
              and _outside_brackets(folded, m["start"]) and _reports_whole_year(folded, m, rules)):
            whole.add(int(norm["end"][:4]))  # 2029年至2031年，全县研发经费年均增长…: reported as past
        elif norm["granularity"] in ("month", "quarter", "half") and norm["end"] and norm["end"][:4] == str(first):
            end = dt.date.fromisoformat(norm["end"])
            reported_to[first] = max(reported_to.get(first, end), end)
            if end == dt.date(first, 12, 31) and norm["granularity"] != "half" and str(first) in fold_width(m["text"]):
                closed.add(first)  # 2030年末, 2030年第四季度: a written year reported to its last day
    return whole, closed, reported_to


def _names_this_year(m: Mention, rules: dict) -> bool:
    """今年上半年, 截至今年5月, 本年度: a period anchored on the guess's own year."""
    return any(word in m["text"] for word in rules["this_year_words"])


@functools.cache
def _year_words() -> tuple[Any, tuple[str, ...], tuple[str, ...]]:
    """A year named (2031年, or a relative year word: 今年, 去年, 上年), the parts of a year that
    take the year in view (年末, 年底, 年初, 年中) and the words naming the guess's own year (今年)."""
    words = grammar().words
    relative = [*words["relative_years"], *words["comparison"]["previous_year"]]
    named = regex.compile(rf"(?:{YEAR_PATTERN})[ \t]?年|{alternation(relative)}")
    parts = tuple(w for w, part in words["year_parts"].items() if part["granularity"] != "year")
    return named, parts, tuple(words["inference"]["this_year_words"])


def _bare_in_its_paragraph(folded: str, m: Mention) -> bool:
    """A period naming no year (上半年, 一季度, 1—3月) before any year is written (a headline
    上半年全省新增…) or after 今年 only: it is the year the text is written in. After a written year
    it takes that year or the year in view (SPEC 6.1), as 年末 in a bulletin does."""
    named, parts, this_year = _year_words()
    if m["norm"]["granularity"] not in ("month", "quarter", "half") or named.search(m["text"]):
        return False
    if any(part in m["text"] for part in parts):
        return False  # 年末, 年底, 年初: the year in view (SPEC 6.1), never the guess's
    starts, names = _year_names(folded)
    i = bisect.bisect_left(starts, m["start"])
    return not i or names[i - 1] in this_year  # 今年一季度…一季度: the guess's year too


@functools.lru_cache(maxsize=8)
def _year_names(folded: str) -> tuple[list[int], list[str]]:
    """Where a year is named in the text (2031年, 今年, 去年), and how."""
    found = list(_year_words()[0].finditer(folded))
    return [y.start() for y in found], [y.group() for y in found]


@functools.cache
def _counted_before() -> regex.Pattern:
    """A count right before a year (218个|2031年度重点项目): the year describes the things counted."""
    classifiers = char_class(grammar().words["inference"]["counted_classifiers"])
    return regex.compile(rf"[0-9一二两三四五六七八九十百千万]+[{classifiers}]$")


def _reports_whole_year(folded: str, m: Mention, rules: dict) -> bool:
    """A year written as the period a report covers (2030年，全区新增…), not a title's year, an
    attribute (2031年第二批, 218个2031年度项目), the guess's own year (今年), a year its sentence
    calls current (截至目前，…2031年…), the year a meeting is held in (2031年青禾县科技工作会议,
    2031年两会) or a year that is planned (2031年，青禾县将…, 2031年要…)."""
    if m["source"] == "rule:date.relative_year" and not m["text"].startswith(tuple(rules["past_year_words"])):
        return False  # 今年 is anchored on the guess itself
    if m["source"] == "rule:date.bare_year":
        return False  # 2031青禾县科技论坛: a year naming an event held in it
    if _in_title(folded, m["start"]) or folded[m["end"] : m["end"] + 1] in rules["attributive_after"]:
        return False
    if _counted_before().search(folded[max(0, m["start"] - 4) : m["start"]]):
        return False  # 发布64个2031年度重点项目: the year describes the things counted
    if folded.startswith(tuple(f"{verb}的" for verb in rules["founding_verbs"]), m["end"]):
        return False  # 2031年签约的项目: when the thing began, no report on the year
    if _called_current(folded, m):
        return False  # 截至目前，全市2031年入库企业已达…: the year is still running
    clause = CLAUSE_START.split(folded[m["end"] : m["end"] + rules["year_clause_chars"]], maxsplit=1)[0]
    named = COMMA_START.split(clause, maxsplit=1)[0]
    if any(word in named for word in rules["event_after"]):
        return False
    if _tells_of_one_firm(folded, m, named, rules):
        return False  # 2031年，青禾某企业正值…: when one firm's story happened
    return not _plan_follows(folded, m["end"], rules)  # 2031年，青禾县将…, 2031年要…: planned


def _tells_of_one_firm(folded: str, m: Mention, named: str, rules: dict) -> bool:
    """A year told of one firm: a firm's word in the year's clause after it up to the first comma
    (``named``: 2031年该公司订单量上升, 2031年北湖药业决定…), a firm's name ending right before it
    (北湖药业有限公司2031年被认定为…; not 青禾有限公司等企业于2031年, several firms), or a year whose
    clause goes on to an anonymous firm (2031年，青禾某企业正值…; not 某些企业)."""
    words = tuple(rules["one_firm_words"])
    before = folded[max(0, m["start"] - rules["one_firm_chars"]) : m["start"]].rstrip(rules["one_firm_year_particles"])
    after = COMMA_START.split(folded[m["end"] : m["end"] + rules["year_clause_chars"]].lstrip("，,"), maxsplit=1)[0]
    if before.endswith(words) or any(word in named or word in after for word in words):
        return True
    return bool(_anonymous_firm().search(after))


@functools.cache
def _anonymous_firm() -> re.Pattern:
    """某 before a firm's head within a few characters (青禾某制造企业), not 某些/某种."""
    heads = alternation(grammar().words["inference"]["one_firm_anonymous_heads"])
    return re.compile(rf"某(?![些种])[^，,。；;]{{0,6}}?(?:{heads})")


def _called_current(folded: str, m: Mention) -> bool:
    """A year its sentence calls current: a now-word before it (截至目前，全市2031年入库企业…)."""
    sentence_start = max(0, folded.rfind("。", 0, m["start"]), folded.rfind("\n", 0, m["start"]))
    return any(word in folded[sentence_start : m["start"]] for word in grammar().words["now"]["point"])


def _years_running(folded: str, mentions: list[Mention]) -> set[int]:
    """The years the text calls current somewhere (截至目前，全市2031年…; 冲刺2031全年目标): a year
    still running in one sentence is not a completed year in another (实现2031年入库3000家)."""
    running = {int(m.group(1)) for m in _own_year_goal().finditer(folded)}
    for m in mentions:
        norm = m["norm"]
        if norm["granularity"] == "year" and norm["kind"] == "point" and norm["start"] and _called_current(folded, m):
            running.add(int(norm["start"][:4]))
    return running


def _heads_a_bare_month(folded: str, m: Mention, mentions: list[Mention]) -> bool:
    """A year whose sentence goes on to a month without a year (2031年，活动于5月28日启动): the
    month is that year's (SPEC 6.1), so the year names when an event happened, not a year over."""
    sentence_end = CLAUSE_START.search(folded, m["end"])
    stop = sentence_end.start() if sentence_end else len(folded)
    return any(m["end"] <= o["start"] < stop and "月" in o["text"] and "年" not in o["text"]
               and o["source"] not in _ANCHORED_ON_REF for o in mentions)


def _plan_follows(folded: str, end: int, rules: dict) -> bool:
    """A plan verb in the clause right after a date (a comma straight after the date may open it)."""
    after = folded[end : end + rules["year_clause_chars"]].lstrip("，,")
    clause = CLAUSE_PUNCT.split(after, maxsplit=1)[0]
    next_year = _WRITTEN_YEAR.search(clause)  # 2030年执行情况与2031年计划草案: 草案 is 2031's
    clause = clause[: next_year.start()] if next_year else clause
    if any(word in clause[: rules["plan_after_chars"]] for word in rules["plan_after"]):
        return True
    goal = min((clause.find(w) for w in rules["plan_in_clause"] if w in clause), default=-1)
    # 3月27日，北湖区举行冲刺全年目标动员大会: the day of a meeting held about a goal, no plan's date
    return goal >= 0 and not any(0 <= clause.find(v) < goal for v in rules["announce_after"])


def _closes_text(folded: str, m: Mention) -> bool:
    norm = m["norm"]
    if norm["granularity"] != "day" or norm["kind"] != "point" or "年" not in m["text"]:
        return False
    line_start = folded.rfind("\n", 0, m["start"]) + 1
    return not folded[m["end"] :].strip() and len(folded[line_start : m["start"]].strip()) <= 20


def _lead_day(folded: str, mentions: list[Mention], year: int, rules: dict) -> Guess | None:
    """A day written in the lead: 2031年2月1日 (that day) or 12月12日电 (that day of ``year``); or
    a full date closing the text on its own line (a signature: 青禾县科技局 2031年3月10日)."""
    if mentions and _closes_text(folded, mentions[-1]):
        return Guess(dt.date.fromisoformat(mentions[-1]["norm"]["start"]), "full date closing the text")
    m = _lead_mention(mentions, rules)
    if m is None:
        return None
    day = dt.date.fromisoformat(m["norm"]["start"])
    if any(c.isdigit() for c in m["text"].split("年")[0]) and "年" in m["text"]:
        return Guess(day, "full date in the lead")
    weekday = _weekday_after(folded, m["end"])
    if weekday is not None:  # 6月9日(星期五): the year near ``year`` where the day fell on it
        named = _year_with_weekday(day.month, day.day, weekday, range(year + 6, year - 7, -1), year)
        if named is not None:
            return Guess(named, "month and day in the lead, its weekday", "lead_weekday")
    found = safe_date(year, day.month, day.day)
    return Guess(found, "month and day in the lead", "lead") if found is not None else None


def _weekday_after(folded: str, end: int) -> int | None:
    """The weekday written right after a day (6月9日(星期五), 6月9日，周五): Monday 0 … Sunday 6."""
    m = _weekday_re().match(folded, end)
    return grammar().words["week_guards"]["weekdays"][m["wd"]] if m else None


@functools.cache
def _weekday_re() -> re.Pattern:
    guards = grammar().words["week_guards"]
    days = char_class(guards["weekdays"])
    return re.compile(rf"[ \t\u3000(（，,]{{0,2}}(?:{alternation(guards['weekday_words'])})(?P<wd>[{days}])")


def _year_with_weekday(month: int, day: int, weekday: int, years: range, near: int) -> dt.date | None:
    """Among ``years``, the one nearest ``near`` (the later on a tie) whose month and day fell on
    ``weekday``: that date."""
    fits = list(_days_on_weekday(month, day, weekday, years))
    return min(fits, key=lambda d: (abs(d.year - near), -d.year)) if fits else None


def _days_on_weekday(month: int, day: int, weekday: int, years: range) -> Iterator[dt.date]:
    """The dates of ``month`` and ``day`` in ``years`` (in their order) that fell on ``weekday``
    (the calendar repeats every 28 years between century years: the callers look 29 years on)."""
    return (d for y in years if (d := safe_date(y, month, day)) is not None and d.weekday() == weekday)


def _lead_mention(mentions: list[Mention], rules: dict) -> Mention | None:
    """The first day with its month written in the lead (not 目前, not a bare 24日)."""
    for m in mentions:
        norm = m["norm"]
        if m["start"] >= rules["lead_chars"]:
            break
        if norm["granularity"] != "day" or norm["kind"] != "point" or m["source"] in _ANCHORED_ON_REF:
            continue
        if "月" in m["text"]:  # a bare day (24日，记者获悉) names no month: its month would be the guess's
            return m
    return None


def _dateline_in_lead(folded: str, mentions: list[Mention], rules: dict) -> bool:
    """The lead's day is the news's own date: it opens its line (2月10日，…; 2031年9月6日上午，…),
    follows a byline (青禾网讯(记者某某)5月2日) or is followed by 电/讯 (青禾5月3日电); not a day
    inside a sentence (2031年，活动周于5月28日启动)."""
    m = _lead_mention(mentions, rules)
    if m is None:
        return False
    line_start = folded.rfind("\n", 0, m["start"]) + 1
    opening = folded[line_start : m["start"]].strip(" \t　")
    return not opening or dated_by_byline(folded, line_start, m["start"], m["end"])


def _late_dateline(folded: str, mentions: list[Mention], completed: int, rules: dict) -> bool:
    """A dateline late in the year (11月28日，记者…获悉) over a text whose latest year reads as
    reported whole, where a running total up to a day without a year heads that year's figures
    (截至11月23日，在2031年…过程中，累计…): the total runs inside that year, so the news is of that
    year itself, not a report on it published late in the year after."""
    lead = _lead_day(folded, mentions, completed + 1, rules)
    if lead is None or lead.kind != "lead" or not _dateline_in_lead(folded, mentions, rules):
        return False
    if any(cue in folded for kind in rules["late_reports"] for cue in kind["cues"]):
        return False
    as_of = alternation(rules["as_of"])
    running = re.compile(rf"(?:{as_of}){MONTH_PATTERN}月(?:{DAY_PATTERN}[日号]|[底末])?"
                         rf"[^。；;！？!?\n]{{0,8}}{completed}[ \t]?年")
    return lead.day >= dt.date(completed + 1, *rules["dateline_late_from"]) and bool(running.search(folded))


def _completed_year_report(folded: str, year: int, completed: int, rules: dict) -> Guess:
    """When a report on the year before comes out: a report kind named in the text that appears
    later than the first quarter (an R&D funding bulletin: autumn), else mid-February."""
    for kind in rules["late_reports"]:
        if any(cue in folded for cue in kind["cues"]):
            return Guess(dt.date(year, *kind["published"]), f"{kind['name']} on the completed year {completed}")
    if _local_work_report(folded, rules):
        return Guess(dt.date(year, *rules["local_sessions"]), f"local work report on the completed year {completed}")
    return Guess(dt.date(year, *rules["report_published"]), f"report on the completed year {completed}")


def _plan_for_the_year(folded: str, year: int, rules: dict) -> Guess:
    """When a plan for ``year`` comes out: at the January sessions for a local work report, else
    mid-February like a report on the year before."""
    if _local_work_report(folded, rules):
        return Guess(dt.date(year, *rules["local_sessions"]), f"local work report, plan for the year {year}")
    return Guess(dt.date(year, *rules["report_published"]), f"plan for the year {year}")


def _local_work_report(folded: str, rules: dict) -> bool:
    """A local government's work report (政府工作报告, no national session named: 国务院, 全国两会):
    delivered at the local people's congress sessions of January."""
    return (any(cue in folded for cue in rules["work_report"])
            and not any(cue in folded for cue in rules["national_session"]))


def _plans_latest_year(folded: str, mentions: list[Mention], year: int, rules: dict) -> bool:
    """Every mention of ``year`` plans it (2031年，青禾县将…): a year's plan comes out as it starts."""
    written = [m for m in mentions if m["norm"]["granularity"] == "year" and m["norm"]["start"] == f"{year}-01-01"
               and str(year) in fold_width(m["text"])]
    return bool(written) and all(_plan_follows(folded, m["end"], rules) for m in written)


@functools.cache
def _this_season() -> re.Pattern:
    """A season the text calls its own ([inference] this_season: 今夏), not one it plans
    (this_season_ahead after it: 今冬明春将…)."""
    rules = grammar().words["inference"]
    return re.compile(rf"(?P<w>{alternation(rules['this_season'])})(?![{char_class(rules['this_season_ahead'])}])")


def _this_season_end(folded: str, year: int, rules: dict) -> Guess | None:
    """The end of the latest season of ``year`` the text calls its own (今夏 → 31 August, its months
    from [seasons], a winter cut at the year's end): the text is written in that season, and stands
    at its end as at the end of a period it reports (the recogniser reads 今年夏天, not 今夏)."""
    seasons = grammar().words["seasons"]
    ends = [month_end(year, min(seasons[rules["this_season"][m["w"]]][1], 12)) for m in _this_season().finditer(folded)]
    return Guess(max(ends), "end of the season the text is in") if ends else None


def _reported_periods(folded: str, mentions: list[Mention], year: int,
                      rules: dict) -> Iterator[tuple[Mention, dt.date]]:
    """The periods of ``year`` the text reports as past, with their last day: not a whole year, not
    anchored on the guess (目前; 24日 takes the guess's month), not a target (到年底), not a
    period naming an event (2031年二季度产业项目集中签约: the text may come before its end)."""
    for m in mentions:
        norm = m["norm"]
        if norm["granularity"] in ("year", "multi_year") or norm["end"] is None or norm["kind"] == "since":
            continue
        if m["source"] in _ANCHORED_ON_REF or "月" not in m["text"] and norm["granularity"] == "day":
            continue
        if norm["kind"] == "until" and not m["text"].startswith(tuple(rules["as_of"])):
            continue
        if folded.startswith(tuple(rules["event_period_after"]), m["end"]):
            continue
        end = dt.date.fromisoformat(norm["end"])
        if end.year == year:
            yield m, end


def _after_written_periods(lead: Guess | None, folded: str, mentions: list[Mention],
                           year: int, rules: dict) -> Guess | None:
    """A dateline's month and day (4月6日电) falls after every period the text reports as past with
    its year written (截至2031年末, 2031年10月进场): before the latest one's end, it is next year's."""
    if lead is None or lead.kind != "lead":
        return lead
    ends = [end for m, end in _reported_periods(folded, mentions, year, rules) if str(year) in fold_width(m["text"])]
    if not ends or max(ends) <= lead.day:
        return lead
    later = safe_date(year + 1, lead.day.month, lead.day.day)
    return Guess(later, "month and day in the lead, after the periods reported", "lead") if later else lead


def _around(norm: dict, day: dt.date) -> bool:
    return bool(norm["start"]) and norm["start"] <= day.isoformat() <= norm["end"]


def _latest_reported_day(folded: str, mentions: list[Mention], year: int, rules: dict,
                         news_day: dt.date | None = None) -> Guess | None:
    """When the text came out, from the latest period of ``year`` that it reports as past: the day
    itself for a day, the end of a longer period (``period_published_after_days`` after it, within ``year``). Given the
    dateline's ``news_day``, a period around it is running (9月6日，…第三季度签约仪式), and periods
    ending by it leave the dateline as the day (8月3日电 1—7月…: no weeks added)."""
    periods = _reported_periods(folded, mentions, year, rules)
    ends = [(end, m["norm"]["start"] == m["norm"]["end"]) for m, end in periods
            if news_day is None or not _around(m["norm"], news_day)]
    if not ends or news_day is not None and max(ends)[0] <= news_day:
        return None
    end, is_day = max(ends)
    if is_day:
        return Guess(end, "latest day written")  # a day reported on is written that day at the earliest
    # a text on a period (1—8月, 上半年) stands at its end (rules: days after it, within its year)
    published = end + dt.timedelta(days=rules["period_published_after_days"])
    return Guess(min(published, dt.date(year, 12, 31)), "end of the latest period reported")


# A publication date in a page's address (…/2031-02/14/content_5.htm, …/t20310214_87.html,
# …/2031/0214/…, …/203102/14/…), else its month (…/203102/…, …/2031/02/…): news and
# government sites file their pages by the day they publish them.
_URL_DAY = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([-/_]?)(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12][0-9]|3[01])"
                      r"(?=[^0-9]|[0-9]{4,})")
_URL_MONTH = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[-/_]?(0[1-9]|1[0-2])(?=/)")
_URL_HOST = re.compile(r"^[a-z]+://[^/]*", re.I)


def url_date(url: Any) -> dt.date | None:
    """The publication day a page's address gives (its month: the 15th), or None."""
    found = _url_date_and_kind(url)
    return found[0] if found else None


def _url_date_and_kind(url: Any) -> tuple[dt.date, bool] | None:
    """``(date, whole day given)`` from a page's address, or None."""
    if not isinstance(url, str):
        return None
    path = _URL_HOST.sub("", url)
    for m in _URL_DAY.finditer(path):
        day = safe_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if day is not None:
            return day, True
    month = _URL_MONTH.search(path)
    return (dt.date(int(month.group(1)), int(month.group(2)), 15), False) if month else None


def resolve_ref_date(text: str, meta: dict | None, cli: dt.date | None,
                     today: dt.date) -> tuple[dt.date, str]:
    """``(ref_date, ref_date_source)`` in SPEC section 2's order: cli, meta, inferred (a date in the
    sidecar's url, else the title and text), default."""
    ref, source, _ = resolve_ref_date_with_cue(text, meta, cli, today)
    return ref, source


def resolve_ref_date_with_cue(text: str, meta: dict | None, cli: dt.date | None,
                              today: dt.date, folded: str | None = None) -> tuple[dt.date, str, str]:
    """``(ref_date, ref_date_source, cue)``: ``resolve_ref_date`` with a short reason."""
    if cli is not None:
        return cli, "cli", "--ref-date"
    written = (meta or {}).get("ref_date")
    if written:
        try:
            return dt.date.fromisoformat(str(written)), "meta", "sidecar ref_date"
        except ValueError:
            pass  # a malformed sidecar date falls through to inference
    in_url = _url_date_and_kind((meta or {}).get("url"))
    if in_url is not None and in_url[1]:
        return in_url[0], "inferred", "date in the sidecar url"
    title = (meta or {}).get("title")
    if isinstance(title, str) and title.strip() and title.strip() not in text[:200]:
        # the headline is text of the article too (2031年一季度青禾县科技数据): read it first
        text, folded = f"{title.strip()}\n{text}", None
    inferred = _infer(text, folded)
    if in_url is not None:  # only a month (…/203102/…): the text may name the day within it
        month = in_url[0]
        if inferred is not None and (inferred.day.year, inferred.day.month) == (month.year, month.month):
            return inferred.day, "inferred", f"{inferred.cue}, in the sidecar url's month"
        return month, "inferred", "month in the sidecar url"
    if inferred is not None:
        return inferred.day, "inferred", inferred.cue
    dateline = _undated_dateline(text, today)
    if dateline is not None:
        return dateline.day, "inferred", dateline.cue
    return today, "default", "no date in the text: run date"


def _undated_dateline(text: str, today: dt.date) -> Guess | None:
    """A text naming no year with a month and day in its lead (青禾网7月24日讯; 7月24日，…召开): that
    day, the last time it came before the run date. Its 目前 and 今日 are then the news's day, not
    the run date months later."""
    folded = fold_width(text)
    lead = _lead_day(folded, find_dates(text, today, folded=folded), today.year, grammar().words["inference"])
    if lead is None:
        return None
    day = lead.day
    if lead.kind == "lead_weekday":  # the last time up to the run date that the day fell on it
        earlier = range(today.year, today.year - 29, -1)
        fits = _days_on_weekday(day.month, day.day, day.weekday(), earlier)
        found = next((d for d in fits if d <= today), None)
        cue = "month and day in the lead, its weekday, before the run date"
        return Guess(found, cue, "lead_weekday") if found else None
    found = day if day <= today else safe_date(today.year - 1, day.month, day.day)
    return Guess(found, "month and day in the lead, the year of the run date", "lead") if found else None
