"""Stage: link every QUANTITY mention into a record (SPEC section 4).

For each number the linker reads its sentence and clause and decides what it measures
(``measure``), where (``region``), when (``time``), how (``aspect``) and about whom
(``entities``). The cue words are data in ``rules/link_cues.toml``; the indicator table
is ``rules/indicators.toml``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import regex

from extract.lexicon import (
    LEVEL_RANK,
    LastPlaces,
    PhraseMatcher,
    Region,
    Suffixes,
    WordPlaces,
    region_lengths,
    region_table,
    words_tagged,
)
from extract.mentions import Mention
from extract.rules import load_rules
from extract.segment import compiled_jieba, jieba_segmenter
from extract.structure import Structure

SENTENCE_END = "。！？!?；;\n"
# word lists of the small helpers below (rules/link_cues.toml [time], [measure]; date_words.toml)
_TIME_WORDS = load_rules("link_cues")["time"]
_COMPARISON_WORDS = tuple(_TIME_WORDS["comparison_before"])
_RATIO_WORDS = tuple(_TIME_WORDS["ratio_before"])
_RATIO_UNITS = tuple(_TIME_WORDS["ratio_units"])
CLAUSE_END = SENTENCE_END + "，,：:"
_SENTENCE_END_CHAR = regex.compile(f"[{regex.escape(SENTENCE_END)}]")
_CLAUSE_END_CHAR = regex.compile(f"[{regex.escape(CLAUSE_END)}]")
ENUM_SEP = "、"
ENTITY_TYPES = ("COMPANY", "PLATFORM", "LOAN", "INSTITUTION")
_PHYSICAL = frozenset({"energy", "power", "mass", "area", "length", "volume"})
_LINKED_AFTER = regex.compile(r"(?:规模|左右)?的")  # 800万元的专项资金, 2500万元规模的基金
_BOUND_WORDS = frozenset(load_rules("link_cues")["measure"]["bound_after"])
_SHARE_NOUNS = ("占比重", "占比例", "占比率")
_DIGIT_OR_NUMERAL = regex.compile(r"[0-9０-９一二三四五六七八九十百千万亿两]")
_DICTIONARY_FREQ = 50  # rarer dictionary entries are often fragments, not words
_PUNCT = set("，,、：:；;“”\"'‘’《》()（）[]【】 \t·●—-")
# A heading: a markdown heading line, or a short line without sentence punctuation.
_TOP_HEADING = regex.compile(r"^# [^\n]*", regex.M)
_HEADING = regex.compile(r"^(?:#{1,6}[^\n]*|[^\n。！？!?；;，,]{1,30})$", regex.M)


@dataclass(frozen=True)
class Cues:
    """The linker's cue words and patterns, compiled from rules/link_cues.toml."""

    aspect: dict[str, list[str]]
    target: regex.Pattern
    target_not_after: tuple[str, ...]
    target_not_before: tuple[str, ...]
    ba_verbs: tuple[str, ...]  # verbs after an object that 将 marks, as 把 does
    change_units: frozenset[str]
    other_reach: int
    continued_object_lead: int  # Han characters a ；-part's first number may follow and still list an object
    other_over_level: frozenset[str]
    # each phrase that hides the cue words inside it (neutral: 分别为; masked: 增加值), with its mask
    aspect_masks: tuple[tuple[str, str], ...]
    rate_words: tuple[str, ...]
    rate_after: tuple[str, ...]
    gap_words: tuple[str, ...]
    gap_base: regex.Pattern  # a gap word and the base it is measured from, right before the number
    new_after: tuple[str, ...]
    event_totals: tuple[str, ...]  # 共有13个项目开工: a total of an event's items, new with an outcome after it
    procedure_after: tuple[str, ...]
    procedures: frozenset[str]  # `other` cues that reach across their whole clause (申报, 推荐)
    outcomes: tuple[str, ...]  # after a count, what a procedure came to (通过审核, 落户)
    not_goal: tuple[str, ...]
    explicit_new: tuple[str, ...]
    stock_words: tuple[str, ...]
    target_after: tuple[str, ...]
    task_after: tuple[str, ...]  # 完成全年140家任务的63.5%: the number right before 任务 is the task set
    respectively: str
    list_joins: tuple[str, ...]
    before_stop: regex.Pattern
    before_stop_suffix: Suffixes  # the stop words a measure's end is peeled of
    after_stop: regex.Pattern
    after_predicates: frozenset[str]
    qualifier_openers: tuple[str, ...]
    holds_stop: tuple[str, ...]
    trim_words: tuple[str, ...]
    relative_openers: frozenset[str]
    comparison_inside: tuple[str, ...]
    comparison_not_after: str
    zone_heads: frozenset[str]
    attribute_links: tuple[str, ...]
    peel_chars: str
    qualifier_chars: int
    shared_head_chars: int
    peel_pattern: regex.Pattern
    trim_prefix: regex.Pattern
    named_subject: regex.Pattern  # a line's or structure's name before its size (某铁路|正线全长)
    not_measure: frozenset[str]
    gap_prefixes: tuple[str, ...]
    gap_suffixes: tuple[str, ...]
    gap_opening: regex.Pattern  # a gap word opening a measure, and the scope after it (高于全省)
    gap_figures: tuple[str, ...]
    not_measure_pattern: regex.Pattern
    money_after: tuple[str, ...]
    size_words: tuple[str, ...]  # 总规模, 总面积: what an amount linked by 的 to a thing is of
    place_fillers: regex.Pattern  # 分别, 为, 最低: words around places that break a figure down
    leading_verbs: tuple[str, ...]  # 转化, 签订: verbs dropped where they open a measure read backwards
    action_amounts: tuple[str, ...]  # 补助, 奖励: an action whose amount follows it names that amount
    action_links: tuple[str, ...]  # 最高, 达: words between such an action and its amount
    noun_suffixes: tuple[str, ...]
    share_word: str
    share_not_before: tuple[str, ...]
    share_adverbs: tuple[str, ...]
    min_chars: int
    list_heads: tuple[str, ...]
    rank_lead: regex.Pattern
    rank_phrase: regex.Pattern  # 分别居…首位, 位列全省第3位: a standing, after what is ranked
    breakdown_openers: tuple[str, ...]
    count_units: frozenset[str]
    tenths_units: tuple[str, ...]  # 七成: a share written in tenths names the things it is of after it
    duration_heads: tuple[str, ...]  # 期限, 时限: a term a duration measures
    section_words: tuple[str, ...]
    city_words: tuple[str, ...]
    province_words: tuple[str, ...]
    partner_before: tuple[str, ...]
    partner_holder_after: tuple[str, ...]  # after a partner's place, a body sitting there (向北湖区某企业)
    base_before: tuple[str, ...]
    share_after: regex.Pattern  # after a level word, what makes it the base of a share (全省的13.7%)
    lender_heads: tuple[str, ...]
    national_words: tuple[str, ...]  # a scope naming the whole country (全国): no division's
    scope_figures: tuple[tuple[regex.Pattern, regex.Pattern], ...]  # (before, after) a figure of a wider scope
    higher_scope_after: tuple[str, ...]  # after a higher division heading a clause, what makes it the scope
    site_verbs: tuple[str, ...]  # before a place, where a project sits (选址北湖化工园)
    project_heads: regex.Pattern  # the head ending a project's name, or a break before it (…北湖段项目)
    anaphora: tuple[str, ...]  # words pointing back to a project or body (该项目, 该公司)
    anaphora_lead: regex.Pattern  # what may stand before them in their clause (2031年, 据了解)
    set_after: regex.Pattern  # after a count, what makes it a set ranked in (…园区中, …之一)
    joined_heads: tuple[str, ...]  # heads two joined qualifiers share after a count (节能环保项目)
    division_noun: regex.Pattern  # a one-character noun of divisions after a count (15个市为…)
    groupings: tuple[str, ...]  # informal groupings of divisions (长三角): a fact about one has no region
    grouping_forms: regex.Pattern  # groupings by their form (青北两区, 青禾经济圈)
    byline_media: tuple[str, ...]  # a paper or site opening the piece (青禾日报讯): its place is the piece's
    dateline_after: regex.Pattern
    per_period: tuple[str, ...]
    average_after: tuple[str, ...]  # after a date, the average whose period it is (近5年平均增长率)
    whole_year: tuple[str, ...]
    whole_year_bases: tuple[str, ...]  # 完成全年140家任务的63.5%: 全年 names the task, not the fact's time
    running_total: tuple[str, ...]
    same_day: tuple[str, ...]
    continues: tuple[str, ...]
    vague: regex.Pattern  # a clause opening on a vague time (近几年, 近年来)
    since_total: tuple[str, ...]
    summary: regex.Pattern
    thing_verbs: tuple[str, ...]
    thing_after: regex.Pattern
    body_dates: regex.Pattern  # 2029年8月落户的某研究所: a date describing a body, which scopes nothing
    same_period: tuple[str, ...]
    elapsed: tuple[str, ...]  # 经过4年多的培育: the facts after it stand at the end of that span
    continuation_openers: tuple[str, ...]  # 此外: a paragraph going on with the one before
    goal_heading: regex.Pattern  # a heading over a section of goals (总体目标)
    plan_lead: regex.Pattern  # a sentence opening on what a plan states (《方案》提出,…)
    goal_heading_not: regex.Pattern  # … unless it reviews them (目标完成情况)
    period_after: regex.Pattern
    now_words: tuple[str, ...]  # 目前, 当前 …: now, never an event's day (rules/date_words.toml)
    verbs: frozenset[str]  # jieba's dictionary's verbs (read with the cues: reading it takes a second)
    # each aspect cue word's (rank, aspect, word) entries in the order the cues are weighed, and
    # the automaton that finds where each occurs last
    aspect_weighed: dict[str, list[tuple[int, str, str]]]
    aspect_places: LastPlaces
    # before_stop's finds in one pass of an automaton (None: they must be read with the pattern)
    before_stop_words: StopWords | None = None


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.cache
def load_cues() -> Cues:
    """Compile rules/link_cues.toml once per process."""
    rules = load_rules("link_cues")
    measure = rules["measure"]
    aspect = rules["aspect"]
    # caps, per-unit rules and procedures are `other` cues as well as having rules of their own
    aspect_words = {k: aspect[k] for k in ("target", "new", "change", "level")}
    aspect_words["other"] = aspect["other"] + aspect["other_over_level"] + aspect["procedures"]
    weighed = _weighed_aspect_words(aspect_words)
    return Cues(
        aspect=aspect_words,
        target=regex.compile(f"(?:{_alternation(rules['aspect']['target'])})"),
        target_not_after=tuple(rules["aspect"]["target_not_after"]),
        target_not_before=tuple(rules["aspect"]["target_not_before"]),
        ba_verbs=tuple(rules["aspect"]["ba_verbs"]),
        change_units=frozenset(rules["aspect"]["change_units"]),
        other_reach=rules["aspect"]["other_reach"],
        continued_object_lead=rules["aspect"]["continued_object_lead"],
        other_over_level=frozenset(rules["aspect"]["other_over_level"]),
        aspect_masks=tuple((phrase, "\0" * len(phrase))
                           for phrase in rules["aspect"]["neutral"] + rules["aspect"]["masked"]),
        rate_words=tuple(rules["aspect"]["rate_words"]),
        rate_after=tuple(rules["aspect"]["rate_after"]),
        gap_words=tuple(rules["aspect"]["gap_words"]),
        gap_base=_gap_base_pattern(rules["aspect"]),
        new_after=tuple(rules["aspect"]["new_after"]),
        event_totals=tuple(rules["aspect"]["event_totals"]),
        procedure_after=tuple(rules["aspect"]["procedure_after"]),
        procedures=frozenset(rules["aspect"]["procedures"]),
        outcomes=tuple(rules["aspect"]["outcomes"]),
        not_goal=tuple(rules["aspect"]["not_goal"]),
        explicit_new=tuple(rules["aspect"]["explicit_new"]),
        stock_words=tuple(rules["aspect"]["stock_words"]),
        target_after=tuple(rules["aspect"]["target_after"]),
        task_after=tuple(rules["aspect"]["task_after"]),
        respectively=measure["respectively"],
        list_joins=tuple(sorted(measure["list_joins"], key=len, reverse=True)),
        # words that hold a stop word (增加值 holds 增加) match first and are passed over
        before_stop=regex.compile(
            f"(?P<word>{_alternation(measure['holds_stop'])})|(?:{_alternation(measure['before_stop'])})"
        ),
        before_stop_suffix=Suffixes(measure["before_stop"] + measure["peel_before"] + measure["peel_verbs"]),
        after_stop=regex.compile(f"(?:{_alternation(measure['after_stop'])})"),
        after_predicates=frozenset(measure["after_predicates"]),
        qualifier_openers=tuple(measure["qualifier_openers"]),
        holds_stop=tuple(measure["holds_stop"]),
        trim_words=tuple(measure["trim_prefix"]),
        relative_openers=frozenset(measure["relative_openers"]),
        comparison_inside=tuple(measure["comparison_inside"]),
        comparison_not_after="".join(measure["comparison_not_after"]),
        zone_heads=frozenset(measure["zone_heads"]),
        attribute_links=tuple(measure["attribute_links"]),
        peel_chars="".join(measure["peel_chars"]),
        qualifier_chars=measure["qualifier_chars"],
        shared_head_chars=measure["shared_head_chars"],
        # anchored at the end: a trailing phrase of a measure read backwards from the number
        peel_pattern=regex.compile("(?:" + "|".join(f"(?:{p})" for p in measure["peel_patterns"]) + ")$"),
        # no ^: match() anchors at its pos already, and ^ would only ever match at 0
        named_subject=regex.compile(f"(?:{_alternation(measure['subject_heads'])})"
                                    f"(?=(?:{_alternation(measure['size_after_subject'])})$)"),
        trim_prefix=regex.compile(f"(?:{_alternation(measure['trim_prefix'])})+"),
        not_measure=frozenset(measure["not_measure"]),
        gap_prefixes=tuple(measure["gap_prefixes"]),
        gap_suffixes=tuple(measure["gap_suffixes"]),
        gap_figures=tuple(measure["gap_figures"]),
        gap_opening=regex.compile(f"(?:{_alternation(measure['gap_prefixes'])})(?:{measure['gap_scope']})?"),
        not_measure_pattern=regex.compile("|".join(f"(?:{p})" for p in measure["not_measure_patterns"])),
        money_after=tuple(measure["money_after"]),
        size_words=tuple(measure["size_words"]),
        place_fillers=regex.compile(_alternation(measure["place_fillers"])),
        leading_verbs=tuple(measure["leading_verbs"]),
        action_amounts=tuple(measure["action_amounts"]),
        action_links=tuple(sorted(measure["action_links"], key=len, reverse=True)),
        noun_suffixes=tuple(measure["noun_suffixes"]),
        share_word=measure["share_word"],
        share_not_before=tuple(measure["share_not_before"]),
        share_adverbs=tuple(measure["share_adverbs"]),
        min_chars=measure["min_chars"],
        list_heads=tuple(sorted(measure["list_heads"], key=len, reverse=True)),
        rank_lead=regex.compile("|".join(f"(?:{p})" for p in measure["rank_lead"])),
        rank_phrase=regex.compile("|".join(f"(?:{p})" for p in measure["rank_phrase"])),
        breakdown_openers=tuple(measure["breakdown_openers"]),
        count_units=frozenset(measure["count_units"]),
        tenths_units=tuple(measure["tenths_units"]),
        duration_heads=tuple(measure["duration_heads"]),
        section_words=tuple(rules["region"]["section"]),
        city_words=tuple(rules["region"]["city"]),
        province_words=tuple(rules["region"]["province"]),
        partner_before=tuple(rules["region"]["partner_before"]),
        partner_holder_after=tuple(rules["region"]["partner_holder_after"]),
        base_before=tuple(rules["region"]["base_before"]),
        share_after=regex.compile(rules["region"]["share_after"]),
        lender_heads=tuple(rules["region"]["lender_heads"]),
        national_words=tuple(rules["region"]["national"]),
        scope_figures=tuple((regex.compile(p["before"]), regex.compile(p["after"]))
                            for p in rules["region"]["scope_figures"]),
        set_after=regex.compile(rules["region"]["set_after"]),
        site_verbs=tuple(rules["region"]["site_verbs"]),
        project_heads=regex.compile("[，,。；;、：:（(“”—\\s]|" + _alternation(rules["region"]["project_heads"])),
        anaphora=tuple(rules["region"]["anaphora"]),
        anaphora_lead=regex.compile(r"(?:[0-9０-９一二三四五六七八九十〇零两]+年(?:[一二三四]季度|[0-9０-９]+月)?|"
                                    + _alternation(rules["region"]["anaphora_leads"]) + ")+"),
        higher_scope_after=tuple(rules["region"]["higher_scope_after"]),
        joined_heads=tuple(measure["joined_heads"]),
        division_noun=regex.compile(measure["division_noun"]),
        groupings=tuple(rules["region"]["groupings"]),
        grouping_forms=regex.compile("|".join(f"(?:{p})" for p in rules["region"]["grouping_forms"])),
        byline_media=tuple(rules["region"]["byline_media"]),
        dateline_after=regex.compile("|".join(f"(?:{p})" for p in rules["time"]["dateline_after"])),
        per_period=tuple(rules["time"]["per_period"]),
        average_after=tuple(rules["time"]["average_after"]),
        whole_year=tuple(rules["time"]["whole_year"]),
        whole_year_bases=tuple(rules["time"]["whole_year_bases"]),
        running_total=tuple(rules["time"]["running_total"]),
        same_day=tuple(rules["time"]["same_day"]),
        continues=tuple(rules["time"]["continues"]),
        vague=regex.compile(r"(?:^|(?<=[，,；;：:。]))\s*(?:" + _alternation(rules["time"]["vague"]) + ")"),
        since_total=tuple(rules["time"]["since_total"]),
        summary=regex.compile("|".join(f"(?:{p})" for p in rules["time"]["summary"])),
        thing_verbs=tuple(rules["time"]["thing_verbs"]),
        thing_after=regex.compile("|".join(f"(?:{p})" for p in rules["time"]["thing_after"])),
        body_dates=regex.compile("|".join(f"(?:{p})" for p in rules["time"]["body_dates"])),
        same_period=tuple(rules["time"]["same_period"]),
        elapsed=tuple(rules["time"]["elapsed"]),
        continuation_openers=tuple(rules["time"]["continuation_openers"]),
        plan_lead=regex.compile(r"(?:^|(?<=[。！？!?\n]))\s*(?:"
                                + "|".join(f"(?:{p})" for p in rules["aspect"]["plan_leads"]) + ")", regex.M),
        goal_heading=regex.compile("|".join(f"(?:{p})" for p in rules["aspect"]["goal_headings"])),
        goal_heading_not=regex.compile("|".join(f"(?:{p})" for p in rules["aspect"]["goal_headings_not"])),
        period_after=regex.compile(f"[”\"]?(?:{_alternation(rules['time']['period_after'])})"),
        now_words=tuple(load_rules("date_words")["now"]["point"]),
        verbs=words_tagged(frozenset({"v"})),
        aspect_weighed=weighed,
        aspect_places=LastPlaces(weighed),
        before_stop_words=StopWords.of(measure["holds_stop"], measure["before_stop"]),
    )


class StopWords:
    """What ``Cues.before_stop`` finds in a stretch of text, by one pass of an Aho-Corasick automaton
    (the alternation of some 200 words cost about a microsecond per character it read, in the
    measure of every number): ``(start, end, held)``, ``held`` for a word that holds a stop word
    (增加值), which the pattern's ``word`` group names."""

    def __init__(self, holds: list[str], stops: list[str]):
        self.held = frozenset(holds)
        self._matcher = PhraseMatcher([*holds, *stops])

    @staticmethod
    def of(holds: list[str], stops: list[str]) -> StopWords | None:
        """The automaton, where it finds what the pattern finds: at the leftmost place, the longest
        word. The pattern tries the holding words first, so a stop word longer than a holding word
        it starts with (none today) would make the two differ: then None."""
        held = set(holds)
        if not all(holds) or not all(stops) or any(
                s.startswith(h) and len(s) > len(h) for h in holds for s in stops if s not in held):
            return None
        return StopWords(holds, stops)

    def finds(self, text: str, lo: int, end: int) -> list[tuple[int, int, bool]]:
        """The stop words in ``text[lo:end]``: (start, end, True for a word holding one, as 增加值 holds 增加)."""
        held = self.held
        return [(lo + m.start(), lo + m.end(), m.group() in held) for m in self._matcher.finditer(text[lo:end])]


def _gap_base_pattern(aspect: dict[str, Any]) -> regex.Pattern:
    """高于全市5.27 …: a gap word, then a base without clause punctuation or a verb, up to the end."""
    verbs = _alternation(aspect["gap_base_verbs"])
    base = rf"(?:(?!{verbs})[^，,、；;。：:！？!?\n]){{0,{aspect['gap_base_chars']}}}"
    return regex.compile(rf"(?:{_alternation(aspect['gap_leads'])}){base}$")


def _weighed_aspect_words(aspect: dict[str, list[str]]) -> dict[str, list[tuple[int, str, str]]]:
    """Each cue word's (rank, aspect, word) entries, ranked in the order the cues are weighed."""
    order = [(name, word) for name in ("level", "new", "change", "other") for word in aspect[name]]
    weighed: dict[str, list[tuple[int, str, str]]] = {}
    for rank, (name, word) in enumerate(order):
        weighed.setdefault(word, []).append((rank, name, word))
    return weighed


@functools.cache
def load_indicators() -> list[tuple[str, str]]:
    """(synonym, canonical indicator) pairs, longest synonym first."""
    table = load_rules("indicators")["indicator"]
    pairs = [(_unquote(syn), item["name"]) for item in table for syn in [item["name"], *item.get("synonyms", [])]]
    return sorted(pairs, key=lambda p: -len(p[0]))


_QUOTES = regex.compile(r"[“”\"‘’']")
_QUOTED = regex.compile(r"“[^”“]{0,12}”")  # a short quoted name (the “百千万亿” goal)
# compiled once: regex.search(pattern string) looks its pattern up in a cache on every call
_WORD_CHAR = regex.compile(r"\p{Han}|[A-Za-z]")
_NOT_HAN = regex.compile(r"\P{Han}")
_HAN_CHAR = regex.compile(r"\p{Han}")
_CLAUSE_MARKS = regex.compile(r"[，,；;：:]")
_LEAD_WORD_LIMIT = 3  # Han characters a paragraph may open with before its subject region (记者从, 据统计)


def _holds_any(text: str, lo: int, hi: int, words: Iterable[str]) -> bool:
    """Whether ``text[lo:hi]`` holds one of ``words``: one slice and a plain loop (asked several
    times per number, an ``any`` over a generator slicing the text for every word cost twice as much)."""
    stretch = text[lo:hi]
    for word in words:
        if word in stretch:
            return True
    return False


def _unquote(text: str) -> str:
    return _QUOTES.sub("", text)


# asked twice per record, mostly for measures seen before: answers kept (bounded, memory stays flat)
@functools.lru_cache(maxsize=1 << 14)
def canonical_indicator(measure_text: str | None) -> str | None:
    """The canonical indicator whose name or synonym the measure text contains, else None."""
    if not measure_text:
        return None
    plain = _unquote(measure_text)
    for synonym, name in load_indicators():
        if synonym in plain:
            return name
    return None


# ---------------------------------------------------------------- text structure


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos``: after the previous terminator, through the next one."""
    # (looked up among the text's terminators: a find per terminator character scanned the
    # whole text for characters it does not hold, once per quantity: quadratic in length)
    ends = _terminators(text)
    i = bisect.bisect_left(ends, pos)
    start = ends[i - 1] + 1 if i > 0 else 0
    end = ends[i] + 1 if i < len(ends) else len(text)
    if end - start > MAX_SENTENCE_CHARS:
        start, end = _window(text, pos, start, end)
    if end > 0 and text[end - 1] == "\n":
        end -= 1
    return start, end


# A "sentence" longer than this is a run-on table or list without terminators (report sentences
# stay under 400 characters): it is cut to the clauses around the number, so linking each of its
# numbers does not look at all of them (quadratic: 20,000 characters of 1元， took 72 s).
MAX_SENTENCE_CHARS = 1000


def _window(text: str, pos: int, start: int, end: int) -> tuple[int, int]:
    """The clauses around ``pos`` within ``MAX_SENTENCE_CHARS / 2`` on either side."""
    half = MAX_SENTENCE_CHARS // 2
    lo, hi = max(start, pos - half), min(end, pos + half)
    lo = max([lo] + [text.rfind(ch, lo, pos) + 1 for ch in CLAUSE_END])
    cut = [i for i in (text.find(ch, pos, hi) for ch in CLAUSE_END) if i != -1]
    return lo, (min(cut) + 1 if cut else hi)


@functools.lru_cache(maxsize=4)
def _terminators(text: str) -> list[int]:
    """Offsets of every sentence terminator in ``text``, in order."""
    return [m.start() for m in _SENTENCE_END_CHAR.finditer(text)]


@functools.lru_cache(maxsize=4)
def _clause_ends(text: str) -> list[int]:
    """Offsets of every clause end in ``text``, in order: the clause bounds of every number are
    looked up here (a find per clause-end character per call was a tenth of the linker's time)."""
    return [m.start() for m in _CLAUSE_END_CHAR.finditer(text)]


def _terminator_before(text: str, pos: int) -> int:
    """The last sentence terminator in ``text[:pos]`` (``pos`` >= 0), else -1: looked up among the
    text's terminators (an rfind per terminator character read back to the text's start for those
    it does not hold, once per ；-joined part: quadratic in length)."""
    ends = _terminators(text)
    i = bisect.bisect_left(ends, pos) - 1
    return ends[i] if i >= 0 else -1


def clause_start(text: str, pos: int, floor: int) -> int:
    """Just after the last clause end in ``text[floor:pos]``, else ``floor``."""
    if pos < 0 or floor < 0:  # str.rfind reads negative bounds from the back
        return max([floor] + [text.rfind(ch, floor, pos) + 1 for ch in CLAUSE_END])
    ends = _clause_ends(text)
    i = bisect.bisect_left(ends, pos) - 1
    return ends[i] + 1 if i >= 0 and ends[i] >= floor else floor


def clause_end(text: str, pos: int, ceiling: int) -> int:
    """The first clause end in ``text[pos:ceiling]``, else ``ceiling``."""
    if pos < 0 or ceiling < 0:  # str.find reads negative bounds from the back
        ends = [i for i in (text.find(ch, pos, ceiling) for ch in CLAUSE_END) if i != -1]
        return min(ends) if ends else ceiling
    ends = _clause_ends(text)
    i = bisect.bisect_left(ends, pos)
    return ends[i] if i < len(ends) and ends[i] < ceiling else ceiling


# ---------------------------------------------------------------- region


@functools.lru_cache(maxsize=1 << 12)  # asked several times per record, of a few names per document
def division(name: str | None) -> Region | None:
    """The division whose canonical name is ``name`` (None when unknown)."""
    return next((r for r in region_table().get(name or "", ()) if r.name == name), None)


def region_level(name: str) -> str | None:
    """province / prefecture / county for a canonical region name (None when unknown)."""
    region = division(name)
    return region.level if region else None


def ancestor_at(name: str | None, rank: int) -> str | None:
    """The division at level ``rank`` that contains ``name`` (itself when it is at or above it):
    a district's city at the prefecture rank (its municipality where it has no prefecture)."""
    region = division(name)
    if region is None or region.rank <= rank:
        return name
    return [region.province, region.prefecture][rank] or region.province or name


def _level_rank(m: Mention) -> int:
    return LEVEL_RANK.get(region_level(m["norm"]["name"]) or "", -1)


def regions_named_in(title: str | None) -> list[Region]:
    """The divisions a title names (深圳市坪山区 → 深圳市, 坪山区), longest surface first at each
    place; an ambiguous short form counts only where another division named fits it."""
    return list(_regions_named_in(title))


# Asked for the name of every body, company and platform mention, and a document names the same
# few again and again: answers are kept (a bounded cache, so memory stays flat).
@functools.lru_cache(maxsize=1 << 14)
def _regions_named_in(title: str | None) -> tuple[Region, ...]:
    table, lengths, found, pos = region_table(), region_lengths(), [], 0
    while title and pos < len(title):
        # the longest name of 2 to 12 characters at pos (only the lengths of names starting so are tried)
        end = next((pos + n for n in lengths.get(title[pos], ()) if 2 <= n <= 12 and pos + n <= len(title)
                    and title[pos : pos + n] in table), None)
        if end is None:
            pos += 1
            continue
        found.append((title[pos:end], table[title[pos:end]]))
        pos = end
    names = {r.name for _, options in found if len(options) == 1 for r in options}
    chosen: list[tuple[str, Region]] = []
    for surface, options in found:
        fitting = [r for r in options if len(options) == 1 or r.province in names or r.prefecture in names]
        if len(fitting) != 1:  # 长沙: 长沙市 or its 长沙县; a bare city name is the city
            fitting = [r for r in options if all(o is r or o.prefecture == r.name for o in options)]
        if len(fitting) == 1:
            chosen.append((surface, fitting[0]))
    return tuple(r for surface, r in chosen if not _stray_short_form(surface, r, chosen))


def province_of(region: Region) -> str:
    """The province a division lies in (itself for a province or a municipality)."""
    return region.province or region.name


def _stray_short_form(surface: str, region: Region, chosen: list[tuple[str, Region]]) -> bool:
    """A short form read inside other words (以上高新区 → 上高, 创新和产业 → 新和): where the same
    string names a division of another province at least as firmly (more often, written in full, or
    at a higher level), the short form is no place of this text."""
    if surface == region.name:
        return False
    per_province = Counter(province_of(r) for _, r in chosen)

    def support(written: str, r: Region) -> tuple[int, bool, int]:
        return per_province[province_of(r)], written == r.name, -r.rank

    own = support(surface, region)
    return any(province_of(r) != province_of(region) and support(w, r) >= own for w, r in chosen)


def _section_votes_province(regions: list[Mention]) -> bool:
    """In an autonomous region's report (宁夏回族自治区) that names no district, 全区 means the whole
    province."""
    if any(_level_rank(m) == LEVEL_RANK["county"] for m in regions):
        return False
    top = _dominant_region([m for m in regions if _level_rank(m) == LEVEL_RANK["province"]])
    return bool(top and top.endswith("自治区"))


def home_rank(text: str, regions: list[Mention], cues: Cues, inside: Iterable[Region] = ()) -> int:
    """The level a document reports on: the level with most votes. A level's votes are the
    mentions of its most named region plus its level words (全区 county, 全市 city, 全省
    province); on a tie, the lower level. A district report names its own district again and
    again and says 全区; a city or province report names itself and says 全市 or 全省, while each
    of its districts comes up once or twice. 全市 counts for the province level in a
    municipality's text (重庆市 named, no city), not where the province named is a province (我市…,
    河南省…: a city report naming its province once) or a city is named, in the text or inside the
    names of its bodies and zones (``inside``: 高新区…全市 in a zone's report)."""
    qualifiers = {m["start"] for m in regions for finer in regions if finer["start"] == m["end"]
                  and _lies_within(finer["norm"]["name"], m["norm"]["name"])}
    # (上海市奉贤区: a run of places names its last one; the higher ones there only qualify it)
    named = Counter((_level_rank(m), m["norm"]["name"]) for m in regions if m["start"] not in qualifiers)
    votes: Counter[int] = Counter()
    for (rank, _), n in named.items():
        votes[rank] = max(votes[rank], n)
    for rank in _tied_under_a_named_parent(named, votes):
        votes[rank] = 0  # (省发改委公布…衡阳…邵阳…湖南: a province's list names its cities alike)
    for words, rank in _level_word_ranks(regions, votes[LEVEL_RANK["prefecture"]] > 0, cues, inside):
        # (a base too says which level is in view: 占全市的 is written in a city's district or zone)
        votes[rank] += len(_places_of_any(text, 0, len(text), words))
    votes.pop(-1, None)
    if not +votes:
        return LEVEL_RANK["county"]
    return max(votes, key=lambda rank: (votes[rank], rank))


def _level_word_ranks(regions: list[Mention], city_named: bool, cues: Cues,
                      inside: Iterable[Region]) -> tuple[tuple[tuple[str, ...], int], ...]:
    """The level words of each kind with the level they vote for (see home_rank)."""
    city_named = city_named or any(r.level == "prefecture" for r in inside)
    municipality = any(_level_rank(m) == LEVEL_RANK["province"] and m["norm"]["name"].endswith("市") for m in regions)
    city_rank = 0 if municipality and not city_named else LEVEL_RANK["prefecture"]
    section_rank = LEVEL_RANK["province"] if _section_votes_province(regions) else LEVEL_RANK["county"]
    return ((cues.section_words, section_rank), (cues.city_words, city_rank),
            (cues.province_words, LEVEL_RANK["province"]))


def _title_level(title: str | None, regions: list[Mention], cues: Cues, inside: Iterable[Region]) -> int | None:
    """The level a title's level words name (《全市…情况通报》: the city's, or a municipality's whole), when
    they name one level only; a headline says what the whole piece is about."""
    city_named = any(_level_rank(m) == LEVEL_RANK["prefecture"] for m in regions)
    ranks = {rank for words, rank in _level_word_ranks(regions, city_named, cues, inside)
             if title and any(w in title for w in words)}
    return ranks.pop() if len(ranks) == 1 else None


def _tied_under_a_named_parent(named: Counter[tuple[int, str]], votes: Counter[int]) -> list[int]:
    """The levels whose most named division shares the top with another of the same parent division,
    where that parent is named too: a roundup of the parent's parts (a province's project list naming
    two of its cities four times each), no report on either."""
    tied = []
    for rank in (LEVEL_RANK["prefecture"], LEVEL_RANK["county"]):
        top = [division(name) for (r, name), n in named.items() if r == rank and n == votes[rank]]
        parents = {(region.prefecture or region.province) if rank == LEVEL_RANK["county"] else region.province
                   for region in top if region is not None}
        if len(top) >= 2 and len(parents) == 1 and any(name in parents for _, name in named):
            tied.append(rank)
    return tied


class RegionTracker:
    """Which region each part of the text is about.

    Local regions are those at the document's level or below it (``home_rank``): districts in a
    district report; the city and its districts in a city report. A top-level heading
    (``# ...``) opens a new piece: its region is the first local region named in the heading or,
    failing that, after it. Inside a piece, a sub-heading or a paragraph that opens by naming a
    local region switches to it. Regions of higher levels (重庆市 in 重庆市重点实验室) never switch
    the section.
    """

    def __init__(self, text: str, mentions: list[Mention], cues: Cues, title: str | None = None):
        datelines = {d["start"] for d in mentions if d["type"] == "DATE" and _is_dateline(text, d, cues)}
        # 青禾日报澄川11月23日电: the place of the newsroom, not of the facts
        # 对香港出口, 与青禾市合作: a partner or destination is not what the text is about
        regions = [m for m in mentions if m["type"] == "REGION" and m["end"] not in datelines
                   and not _is_partner(text, m, cues)]
        self.newsroom = {m["start"] for m in mentions if m["type"] == "REGION" and m["end"] in datelines}
        titled = _title_home(regions_named_in(title))
        inside = _divisions_inside_names(mentions)
        self.home_rank = home_rank(text, regions, cues, inside)
        text_rank = self.home_rank
        if titled:  # 政府工作报告——…在深圳市坪山区…: the title names the division reported on
            self.home_rank = titled.rank
        elif (title_rank := _title_level(title, regions, cues, inside)) is not None:
            self.home_rank = title_rank  # 《全市…培育情况通报》 naming several districts: the city's report
        local = [m for m in regions if self.is_local(m)]
        home = [m for m in local if _level_rank(m) == self.home_rank]
        # a city report that names its city only inside body names (佛山市工业和信息化局) is about
        # the city of the districts it names
        self.default = _dominant_region(home) or ancestor_at(_dominant_region(local), self.home_rank)
        if titled:
            self.default = titled.name
            inner = self._inner_home(regions, text_rank, self.default) \
                or _glossed_district(text, mentions, title, self.default, cues)
            if inner:  # 青禾市高新区(北湖区) in the title's city: the text reports on its district
                self.home_rank, self.default = LEVEL_RANK["county"], inner
        if self.default is None:  # 青禾市科技局 alone: the division inside the only body named (SPEC 6.1)
            found = _title_home(inside)  # (某省高新区…其中,北湖高新区…,青禾高新区…: the one province)
            if found is not None:
                self.default, self.home_rank = found.name, found.rank
        if self.default is None:  # 青禾网讯(记者某某)…我市: the paper's place, the only one of its level
            self.default = _byline_division(text, _title_block_end(text), self.home_rank, cues)
        # 全市 in a province-level report: the one city in view, if the text names only one
        cities = {m["norm"]["name"] for m in regions if region_level(m["norm"]["name"]) == "prefecture"}
        cities |= {r.name for r in inside if r.level == "prefecture"}
        self.only_city = next(iter(cities)) if len(cities) == 1 else None
        points: list[tuple[int, str | None]] = []
        for heading in _TOP_HEADING.finditer(text):
            first = next((m for m in local if m["start"] >= heading.start()), None)
            points.append((heading.start(), first["norm"]["name"] if first else None))
        # the headline and subtitles above the first paragraph (广东省…报告发布 / 北湖市排名第一) say
        # what the whole piece is about: they vote in home_rank but open no section
        body_start = _title_block_end(text)
        placed: list[tuple[int, int, str]] = []  # (位于北湖区的某公司…: the place of that paragraph's subject)
        for m in local:
            if m["start"] >= body_start and _is_heading_or_lead(text, m["start"]) \
                    and _is_the_subject(text, m, regions) and not _opens_a_roundup(text, m, local):
                if _after_a_verb(text, m):  # (位于青禾市北湖区的…: the last of a run of places is the finest)
                    line_start = text.rfind("\n", 0, m["start"]) + 1
                    placed = [p for p in placed if p[0] != line_start]
                    placed.append((line_start, _line_end(text, m["start"]), m["norm"]["name"]))
                else:
                    points.append((m["start"], m["norm"]["name"]))
        home = division(self.default)
        self.province = province_of(home) if home else None
        self.scopes = sorted(placed + _entity_led_paragraphs(text, mentions, regions, self.home_rank, body_start,
                                                             cues, self.province)
                             + self._anaphora_scopes(text, mentions, cues))
        points.sort(key=lambda p: p[0])
        self.switch_points = [p for p, _ in points]
        self.switch_regions = [r for _, r in points]

    def _anaphora_scopes(self, text: str, mentions: list[Mention], cues: Cues) -> list[tuple[int, int, str]]:
        """(start, end, division) from each sentence opening on 该项目/该公司 to its paragraph's end: the place of
        the project or body placed last before it, in its paragraph or the one before (SPEC 6: a fact about
        one company takes the region it sits in)."""
        scopes = []
        for start in _sentences_opening_on(text, cues.anaphora, cues):
            lo = text.rfind("\n", 0, max(0, text.rfind("\n", 0, start))) + 1  # (this paragraph and the one before)
            place = self._last_placed(text, mentions, lo, start, cues)
            if place is not None:
                scopes.append((start, _line_end(text, start), place))
        return scopes

    def _last_placed(self, text: str, mentions: list[Mention], lo: int, hi: int, cues: Cues) -> str | None:
        """The finest place given to a project or body in the last sentence of ``text[lo:hi]`` that gives one:
        after a site verb (落户毕节), a zone's or company's name (北湖高新区某产业园), else None."""
        found: list[tuple[int, int, str]] = []  # (sentence start, level, division)
        for m in mentions:
            if not lo <= m["start"] < hi:
                continue
            if m["type"] == "REGION" and self.is_local(m) and _after_site_verb(text, m, lo, cues):
                name = m["norm"]["name"]
            elif m["type"] in ("PLATFORM", "COMPANY") and not m["norm"]["name"].endswith(cues.lender_heads):
                name = _division_in_name(m["norm"]["name"], self.home_rank, self.province)
            else:
                continue
            if name is not None:
                found.append((sentence_bounds(text, m["start"])[0], LEVEL_RANK.get(region_level(name) or "", -1), name))
        return max(found)[2] if found else None

    def _inner_home(self, regions: list[Mention], text_rank: int, titled: str) -> str | None:
        """The division the text itself reports on, where it lies inside the title's (a zone's report
        titled by its city, whose text names the zone's district again and again), else None."""
        if region_level(titled) != "prefecture" or text_rank != LEVEL_RANK["county"]:
            return None  # (a province's statistics list its cities: the title's province stays)
        inner = _dominant_region([m for m in regions if _level_rank(m) == text_rank
                                  and m["start"] not in self.newsroom])
        region = division(inner)
        return inner if region and region.prefecture == titled else None

    def is_local(self, m: Mention) -> bool:
        """The region is at the report's own level or below, and not a newsroom's place."""
        return _level_rank(m) >= self.home_rank and m["start"] not in self.newsroom

    def section_region(self, pos: int) -> str | None:
        """The region in force at ``pos``: the section's, or a scope opened inside it."""
        i = bisect.bisect_right(self.switch_points, pos) - 1
        scope = max((s for s in self.scopes if s[0] <= pos < s[1]), default=None, key=lambda s: s[0])
        section = self._switched(i)
        if scope and (i < 0 or self.switch_points[i] < scope[0]) and not _lies_within(section, scope[2]):
            return scope[2]  # (a region opening a clause inside the paragraph still switches)
        return section

    def _switched(self, i: int) -> str | None:
        """The region of the last switch point at or before index ``i`` that names one, else the default."""
        while i >= 0 and self.switch_regions[i] is None:
            i -= 1
        return self.switch_regions[i] if i >= 0 else self.default


_LEAD_FILLER = regex.compile(r"[\s，,“”\"]")  # what is dropped before an anaphora's lead words


def _sentences_opening_on(text: str, words: tuple[str, ...], cues: Cues) -> list[int]:
    """Where each sentence starts whose first clause opens on one of ``words`` after a time or lead words
    (该项目总投资…; 2031年,该公司…; 据了解,该项目…)."""
    starts = []
    for word in words:
        at = text.find(word)
        while at != -1:
            start = sentence_bounds(text, at)[0]
            lead = _LEAD_FILLER.sub("", text[start:at])
            if not lead or cues.trim_prefix.fullmatch(lead) or cues.anaphora_lead.fullmatch(lead):
                starts.append(start)
            at = text.find(word, at + len(word))
    return sorted(set(starts))


def _after_a_verb(text: str, m: Mention) -> bool:
    """位于北湖区的某公司…: a place after a verb in its clause modifies what follows; a paragraph opening so
    is about a body sitting there, not a section on the place."""
    clause_lo = max([text.rfind("\n", 0, m["start"]) + 1] + [text.rfind(p, 0, m["start"]) + 1 for p in "，,：:"])
    return _holds_a_verb(text[clause_lo : m["start"]])


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _glossed_district(text: str, mentions: list[Mention], title: str | None, titled: str,
                      cues: Cues) -> str | None:
    """The district a zone's report is about where the title names the zone (青禾经济技术开发区2031年…)
    and the text glosses a zone with its district in brackets (经开区(北湖区)): the zone and the district
    are one (the only district so glossed, in the title's city), else None."""
    if not title or region_level(titled) != "prefecture" or not any(h in title for h in cues.zone_heads):
        return None
    glossed = {m["norm"]["name"] for m in mentions if m["type"] == "REGION" and _gloss_of(text, m, mentions)
               and _lies_within(m["norm"]["name"], titled)}
    return glossed.pop() if len(glossed) == 1 else None


def _title_block_end(text: str) -> int:
    """Where the first paragraph that is no heading starts (0 when the text opens with one): the
    lines above it are the headline and its subtitles."""
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.strip() and not _HEADING.fullmatch(line.strip()):
            return pos
        pos += len(line)
    return 0


_BYLINE_REACH = 12  # Han characters a paper's name may take before its media word (青禾日报讯, 青禾网讯)


def _byline_division(text: str, body_start: int, rank: int, cues: Cues) -> str | None:
    """The division of the paper or site whose byline opens the piece (青禾日报讯, 青禾网讯(记者某某)), when
    the text names none at the level it reports on: a division named only inside an organisation's
    name counts when it is the only one of its level in view (SPEC 6.1)."""
    opening = text[body_start : body_start + 2 * _BYLINE_REACH].lstrip()
    for word in cues.byline_media:
        at = opening.find(word)
        if 0 < at <= _BYLINE_REACH:
            names = {r.name for r in regions_named_in(opening[:at]) if r.rank == rank}
            if len(names) == 1:
                return names.pop()
    return None


def _entity_led_paragraphs(text: str, mentions: list[Mention], regions: list[Mention], home_rank: int,
                           body_start: int, cues: Cues, province: str | None) -> list[tuple[int, int, str]]:
    """(start, end, division) of each paragraph that opens on a zone, company or body whose name holds
    a division at the report's level or below (a province's report: 青禾高新区…,实现营业收入80亿元 →
    青禾市): a fact about one zone or company takes the division it sits in (SPEC 4, 6.1), to the
    paragraph's end. A lender's name (青禾银行北湖支行) says where the lender is, not the borrower; a
    division of another province than the report's is a short form read inside a word (秦创原 → 原平)."""
    scopes: list[tuple[int, int, str]] = []
    for m in mentions:
        if m["type"] not in ENTITY_TYPES or m["type"] == "LOAN" or m["start"] < body_start:
            continue
        line_start = text.rfind("\n", 0, m["start"]) + 1
        if scopes and scopes[-1][0] == line_start or m["norm"]["name"].endswith(cues.lender_heads):
            continue
        if _HEADING.fullmatch(_line_of(text, m["start"]).strip()) or not _is_heading_or_lead(text, m["start"]) \
                or not _is_the_subject(text, m, regions) or _holds_a_verb(text[line_start : m["start"]]):
            continue  # (推进青禾高新区建设,…: the zone is an object)
        division = _division_in_name(m["norm"]["name"], home_rank, province)
        if division is not None:
            line_end = text.find("\n", m["start"])
            scopes.append((line_start, len(text) if line_end == -1 else line_end, division))
    return scopes


def _division_in_name(name: str, home_rank: int, province: str | None) -> str | None:
    """The division a zone's or company's name places it in, at the report's level or below and in
    the report's province (丽水青禾高新区 → 丽水市), else None."""
    return _only_one_at_lowest_level([r for r in regions_named_in(name) if r.rank >= home_rank
                                      and province in (None, province_of(r))])


def _holds_a_verb(lead: str) -> bool:
    """True when a word of two or three characters in ``lead`` is a verb in jieba's dictionary (推进, 依托)."""
    verbs = load_cues().verbs  # (read at start-up: on the first document that asked, it cost a second of the run)
    return any(lead[i : i + n] in verbs for n in (2, 3) for i in range(len(lead) - n + 1))


def _lies_within(inner: str | None, outer: str | None) -> bool:
    """True when the division ``inner`` lies inside the division ``outer`` (余杭区 in 杭州市)."""
    region = division(inner)
    return bool(region and outer and outer != inner and outer in (region.province, region.prefecture))


def _title_home(titled: list[Region]) -> Region | None:
    """The division a title reports on: the one at the lowest level it names alone (深圳市坪山区 →
    坪山区; 某省高新技术产业去年增长12% 北湖市青禾市是主力 → the province: its cities are a roundup's);
    None when every level it names holds several."""
    for rank in sorted({r.rank for r in titled}, reverse=True):
        names = {r.name for r in titled if r.rank == rank}
        if len(names) == 1:
            return next(r for r in titled if r.rank == rank)
    return None


def level_words_in(text: str, lo: int, hi: int, words: tuple[str, ...], cues: Cues) -> list[int]:
    """Where a level word (全市, 全省, 全区 ...) stands in ``text[lo:hi]`` as the subject's scope, not as
    the base of a share, gap or rank (占全市的, 高于全省, 居全省第一; …、全省的7.9%)."""
    return [at for at, end in _spans_of_any(text, lo, hi, words)
            if not text[max(0, at - 2) : at].endswith(cues.base_before)
            and not cues.share_after.match(text, end)]


def _places_of_any(text: str, lo: int, hi: int, words: tuple[str, ...]) -> list[int]:
    """Where each of ``words`` occurs in ``text[lo:hi]`` (as ``_level_word_places`` finds it), in order."""
    return [at for at, _ in _spans_of_any(text, lo, hi, words)]


def _spans_of_any(text: str, lo: int, hi: int, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """``(start, end)`` of each of ``words`` in ``text[lo:hi]`` (as ``_level_word_places`` finds it), in order.

    Looked up among their places in the whole text, found once per text: the level words and the
    groupings (35 words) were searched for in the sentence of every number, 7% of the linker."""
    places = _group_places(text).get(words)
    if places is None:
        places = _group_places(text)[words] = _all_places(text, words)
    if not places or lo < 0 or hi < 0:  # (str.find reads negative bounds from the back)
        return [] if places == [] else sorted(
            (at, at + len(w)) for w in words for at in _level_word_places(text, lo, hi, w))
    return [(at, end) for at, end in places[bisect.bisect_left(places, (lo,)) : bisect.bisect_left(places, (hi,))]
            if end <= hi]


@functools.lru_cache(maxsize=4)
def _group_places(text: str) -> dict[tuple[str, ...], list[tuple[int, int]] | None]:
    """Per text (the last few), the places of each group of words asked about so far."""
    return {}


def _all_places(text: str, words: tuple[str, ...]) -> list[tuple[int, int]] | None:
    """``(start, end)`` of every place of ``words`` in ``text``, in order (as ``_level_word_places`` keeps
    them: a bare 区内 only as a word of its own); None when they cannot be looked up (``_places_finder``)."""
    finder = _places_finder(words)
    if finder is None:
        return None
    return sorted((at, end) for at, end in finder.spans(text)
                  if not (text[at] in "区县" and at > 0 and _HAN_CHAR.match(text, at - 1)))


@functools.lru_cache(maxsize=64)  # (a few groups of words)
def _places_finder(words: tuple[str, ...]) -> WordPlaces | None:
    """One automaton finding every place of any of ``words`` in one pass; None when a word can overlap
    itself (a proper prefix is also a suffix: its places found from different starts then differ), is
    empty or is given twice."""
    if len(set(words)) != len(words) or not all(words) or any(
            word[:n] == word[-n:] for word in words for n in range(1, len(word))):
        return None
    return WordPlaces(words)


def _level_word_places(text: str, lo: int, hi: int, word: str) -> list[int]:
    """Where ``word`` occurs in ``text[lo:hi]``; a bare 区内/县内 only as a word of its own, not inside
    园区内, 社区内, 景区内."""
    found, at = [], text.find(word, lo, hi)
    while at != -1:
        if not (word[0] in "区县" and _HAN_CHAR.match(text, at - 1) and at > 0):
            found.append(at)
        at = text.find(word, at + len(word), hi)
    return found


def _opens_a_roundup(text: str, m: Mention, local: list[Mention]) -> bool:
    """过去一年,北湖区出台…,青禾县启动…,南山区推进…: a paragraph opening with one of several places of one
    level named in its sentence reports on each in turn; it is no section of the first."""
    if _HEADING.fullmatch(_line_of(text, m["start"]).strip()):
        return False
    start, end = sentence_bounds(text, m["start"])
    level = _level_rank(m)
    if level == LEVEL_RANK["province"]:
        return False  # (援藏 news names the partner province beside the one reported on)
    if _LIST_CLOSED.match(text, m["end"], clause_end(text, m["end"], end)):
        return True  # (太原重工、某某集团、某某化纤等4户: a list of names from several places)
    named = {o["norm"]["name"] for o in local if start <= o["start"] < end and _level_rank(o) == level}
    return len(named) >= 2


_LIST_CLOSED = regex.compile(r"[^，,。；;：:]*、[^，,。；;：:]*等")  # a list of items closed by 等, in one clause


def _line_of(text: str, pos: int) -> str:
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    return text[line_start : line_end if line_end != -1 else len(text)]


def _is_partner(text: str, m: Mention, cues: Cues) -> bool:
    """A region right after 对, 向, 与 … is a partner or a destination, not where the fact is; not where a
    body sitting there follows it (向北湖区某企业发放贷款: the borrower's place)."""
    return text[max(0, m["start"] - 1) : m["start"]] in cues.partner_before \
        and not text.startswith(cues.partner_holder_after, m["end"])


def _divisions_inside_names(mentions: list[Mention]) -> list[Region]:
    """Divisions named inside the names of bodies, companies and platforms (青禾市科技局 → 青禾市). Where
    a province is among them, a division of another province is a short form that only looks like
    one (兴业银行 beside 中国银行某省分行: 兴业 is no county of the text)."""
    found: list[Region] = []
    for m in mentions:
        if m["type"] in ENTITY_TYPES:
            found.extend(regions_named_in(m["norm"]["name"]))
    provinces = {r.name for r in found if r.level == "province"}
    found = [r for r in found if not provinces or province_of(r) in provinces]
    # (龙江银行 beside seven names holding 大庆: a division off the line of the one named most is no
    # place of the text)
    top = division(Counter(r.name for r in found).most_common(1)[0][0]) if found else None
    return [r for r in found if top is None or r.name in (top.name, top.province, top.prefecture)
            or top.name in (r.province, r.prefecture)]


def _only_one_at_lowest_level(regions: list[Region]) -> str | None:
    """The division when the lowest level named holds just one (else None: no outside knowledge)."""
    if not regions:
        return None
    lowest = max(r.rank for r in regions)
    names = {r.name for r in regions if r.rank == lowest}
    return next(iter(names)) if len(names) == 1 else None


def _dominant_region(regions: list[Mention]) -> str | None:
    """The region named most often (ties: the first named)."""
    counts: dict[str, int] = {}
    for m in regions:
        counts[m["norm"]["name"]] = counts.get(m["norm"]["name"], 0) + 1
    return max(counts, key=lambda n: (counts[n], -list(counts).index(n))) if counts else None


def _is_the_subject(text: str, m: Mention, regions: list[Mention]) -> bool:
    """A region opening a paragraph is what it is about only as the subject of its clause (近年来,北湖区…;
    在青禾省北湖区…). After a verb phrase (某某集团落户北湖区, 为加快建设创新青禾) it is an object or a
    modifier: the paragraph stays with the section it is in. The lead's own clause, less the
    places named in it, may hold a time word or a preposition (记者从, 对于, 据统计,去年), not more."""
    if _HEADING.fullmatch(_line_of(text, m["start"]).strip()):
        return True  # (a heading names its section's place whatever words it wraps it in)
    line_start = text.rfind("\n", 0, m["start"]) + 1
    clause_lo = max([line_start] + [text.rfind(p, line_start, m["start"]) + 1 for p in "，,：:、"])
    lead = list(text[clause_lo : m["start"]])
    for other in regions:  # 在青禾省北湖区: the province before the district is no verb
        for at in range(max(other["start"], clause_lo), min(other["end"], m["start"])):
            lead[at - clause_lo] = " "
    return len(_HAN_CHAR.findall("".join(lead))) <= _LEAD_WORD_LIMIT


def _is_heading_or_lead(text: str, pos: int) -> bool:
    if _HEADING.fullmatch(_line_of(text, pos).strip()):
        return True
    # A paragraph whose first clause names the region within its first few characters.
    lead = text[text.rfind("\n", 0, pos) + 1 : pos]
    return len(lead) <= 8 and not any(ch in lead for ch in "。！？；;")


# ---------------------------------------------------------------- measure


_LEADING_MARKS = "“”\"'‘’《》()（）[]【】 \t·●—-、★☆◆◇■□▲△•▪"


def _trim_measure(text: str, start: int, end: int, cues: Cues) -> tuple[int, int] | None:
    """Strip scoping words and stray punctuation; None when too little is left."""
    while end > start and text[end - 1] in "“”\"'‘’ \t(（+＋":  # +: 12个中心+5个基地 joins two counts
        end -= 1
    unopened = max(text.rfind(")", start, end), text.rfind("）", start, end))
    if unopened != -1 and "(" not in text[start:unopened] and "（" not in text[start:unopened]:
        start = unopened + 1  # (含禾澄湾)营业总收入: the end of an aside the measure began inside
    unclosed = max(text.rfind("(", start, end), text.rfind("（", start, end))
    if unclosed != -1 and ")" not in text[unclosed:end] and "）" not in text[unclosed:end]:
        start = unclosed + 1  # 某项目(产值超20亿元): the number stands inside an aside, named there
    while start < end and text[start] in _LEADING_MARKS:
        if text[start] == "“" and text.find("”", start + 1, end) != -1:
            break  # “专精特新”企业: a quote closed inside the measure is part of it
        start += 1
    subject = cues.named_subject.search(text[start:end])  # (the lookahead reads to the measure's end)
    if subject and subject.start() > 0:
        start += subject.end()  # 青禾城际铁路正线全长: the line is the subject, its length the measure
    grouping = cues.grouping_forms.match(text, start, end)
    if grouping and end - grouping.end() >= cues.min_chars:
        start = grouping.end()  # 青北两区生产总值: the grouping is the fact's subject, not what it measures
    prefix = cues.trim_prefix.match(text, start, end)
    if prefix:
        start = prefix.end()
    if end - start < cues.min_chars or not _WORD_CHAR.search(text, start, end):
        return None
    return start, end


def _measure_before(text: str, lo: int, q_start: int, blockers: list[Mention], cues: Cues) -> tuple[int, int] | None:
    """The noun phrase ending at the number (研发投入18.47亿元, 高新技术企业由2026年的58家).

    Trailing verbs, function words, dates and regions are peeled off the end first; the measure
    is what remains after the last stop word or mention before it.
    """
    end = q_start
    while True:
        new_end = _peel_suffix(text, lo, end, blockers, cues)
        if new_end == end:
            break
        end = new_end
    start = _last_stop_before(text, lo, end, blockers, cues)
    return _trim_measure(text, _past_leading_verb(text, start, end, cues), end, cues)


def _last_stop_before(text: str, lo: int, end: int, blockers: list[Mention], cues: Cues) -> int:
    """Where the phrase ending at ``end`` starts: after the last stop word or mention before it."""
    start = lo
    for stop_start, stop_end, held in _stops_before(text, lo, end, cues):
        if not held and not _stop_inside_noun(text, stop_start, stop_end, cues):
            start = max(start, stop_end)
    for b in blockers:
        if lo <= b["start"] and b["end"] <= end:
            start = max(start, b["end"])
    return start


def _past_leading_verb(text: str, start: int, end: int, cues: Cues) -> int:
    """转化科技成果27项, 签订合作项目11个: a verb opening the phrase is no part of it (成果转化企业 keeps its own;
    转化率 is a noun)."""
    verb = next((v for v in cues.leading_verbs if text.startswith(v, start, end)), None)
    if verb is None or end - start - len(verb) < cues.min_chars:
        return start
    return start if text.startswith(cues.noun_suffixes, start + len(verb)) else start + len(verb)


def _stops_before(text: str, lo: int, end: int, cues: Cues) -> list[tuple[int, int, bool]]:
    """``(start, end, held)`` of each find of ``cues.before_stop`` in ``text[lo:end]``."""
    if cues.before_stop_words is not None and 0 <= lo:
        return cues.before_stop_words.finds(text, lo, end)
    return [(m.start(), m.end(), bool(m.group("word"))) for m in cues.before_stop.finditer(text, lo, end)]


def _stop_inside_noun(text: str, start: int, end: int, cues: Cues) -> bool:
    """A stop word that is part of a noun: one character of a dictionary word (普及 holds 及, 对接
    holds 对), or a verb before a noun suffix (授权量, 服务业)."""
    if text.startswith(cues.noun_suffixes, end) and not text.startswith(cues.qualifier_openers, end):
        return True  # 授权量, 服务业; but 实现规模以上…: 规模以上 opens the next noun's qualifier
    if end - start > 1:
        return False
    if _dictionary_word(text[start - 1 : end]):
        return True
    # a conjunction starts no word of a measure (和服 is a word, 和服务合同 is not one)
    return text[start:end] not in cues.list_joins and _dictionary_word(text[start : end + 1])


def _dictionary_word(word: str) -> bool:
    return len(word) == 2 and jieba_segmenter().FREQ.get(word, 0) >= _DICTIONARY_FREQ


def _peel_suffix(text: str, lo: int, end: int, blockers: list[Mention], cues: Cues) -> int:
    if end <= lo:
        return end
    if text[end - 1] in ")）":  # 研发强度(与地区生产总值之比)为2.36%: an aside is no part of the name
        opening = max(text.rfind("(", lo, end), text.rfind("（", lo, end))
        if opening != -1:
            return opening
    if text[end - 1] in _PUNCT:
        return end - 1
    blocker = next((b for b in blockers if b["end"] == end and b["start"] >= lo), None)
    if blocker:
        return blocker["start"]
    if text.endswith(cues.holds_stop, lo, end):  # (one call for all the words, not one per word)
        return end  # 专利授权 ends in 授权 and is one noun
    suffix = cues.before_stop_suffix.longest_start(text, lo, end)
    if suffix is not None:
        return suffix
    peeled = cues.peel_pattern.search(text, lo, end)
    if peeled:
        return peeled.start()
    if end - lo > 1 and text[end - 1] in cues.peel_chars and not _dictionary_word(text[end - 2 : end]):
        return end - 1  # 经费支出到86亿元: 到 is a verb; 收到, 直到 are words of their own
    return end


def _measure_after(text: str, q_end: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    """The noun phrase right after a count (656家科技型企业), up to a stop word or mention."""
    linked = _LINKED_AFTER.match(text, q_end)
    if linked:
        q_end = linked.end()
    end = min(hi, q_end + 20)
    seg_end = next((i for i in range(q_end, end) if text[i] in CLAUSE_END + ENUM_SEP + "()（）"), end)
    for stop in cues.after_stop.finditer(text, q_end, seg_end):
        # 以上 right after the number is its bound (100家以上); inside a name it stays (省级以上高新区)
        if stop.group() in _BOUND_WORDS and stop.start() > q_end:
            continue
        joined = stop.start() > q_end and stop.group() in cues.list_joins  # (4家和…中心2家: no qualifier before)
        if joined and _joins_qualifiers(text, stop.end(), seg_end, cues):
            continue
        seg_end = stop.start()
        break
    seg_end = _predicate_after_noun(text, q_end, seg_end, cues)
    while seg_end > q_end and text.endswith(cues.list_joins, q_end, seg_end):  # 12项重点工作及60项具体措施
        seg_end -= next(len(w) for w in cues.list_joins if text.endswith(w, q_end, seg_end))
    return _trim_measure(text, q_end, seg_end, cues)


def _joins_qualifiers(text: str, at: int, seg_end: int, cues: Cues) -> bool:
    """6个现代农业与冷链物流项目: the conjunction joins two qualifiers of one head when the rest of the item
    (up to the next stop word) holds no number and ends in a head noun (not 3家企业和2所高校, not 5家企业
    和高校)."""
    stop = cues.after_stop.search(text, at, seg_end)
    item_end = stop.start() if stop else seg_end
    return not _DIGIT_OR_NUMERAL.search(text, at, item_end + 1) and text.endswith(cues.joined_heads, at, item_end)


def _predicate_after_noun(text: str, start: int, end: int, cues: Cues) -> int:
    """Where a predicate following the counted noun begins (13个项目集中开工, 9个项目获省级奖, 5家企业
    上榜), else ``end``. Only whole words after the noun count: 获奖项目 and 产业集中区 are nouns."""
    predicates = _as_prefixes(cues.after_predicates)  # (one startswith for all of them rules out most places)
    if not _holds_any(text, start, end, predicates):
        return end  # (a predicate found lies inside the stretch: most stretches hold none, and need no segmenting)
    bounds = set(itertools.accumulate(map(len, compiled_jieba().cut(text[start:end])), initial=start))
    for at in sorted(bounds):
        if at - start >= cues.min_chars and text.startswith(predicates, at) and any(
                text.startswith(w, at) and at + len(w) in bounds for w in predicates):
            return at
    return end


def _span_dict(text: str, span: tuple[int, int] | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"text": text[span[0] : span[1]], "start": span[0], "end": span[1]}


# ---------------------------------------------------------------- aspect


def _has_target_cue(text: str, lo: int, hi: int, cues: Cues) -> bool:
    return _first_target_cue(text, lo, hi, cues) is not None


def _first_target_cue(text: str, lo: int, hi: int, cues: Cues) -> int | None:
    """Where the first target cue in ``[lo, hi)`` starts (力争, 预计, 目标 …, not 规划面积 or 已争取)."""
    for match in cues.target.finditer(text, lo, hi):
        if _not_a_goal(text, match.start(), match.group(), cues):
            continue
        before, after = text[max(0, match.start() - 2) : match.start()], text[match.end() : match.end() + 2]
        if before.endswith(cues.target_not_after) or after.startswith(cues.target_not_before):
            continue
        if match.group() == _WILL and _marks_an_object(text, match.end(), cues):
            continue
        return match.start()
    return None


_WILL = "将"


def _marks_an_object(text: str, pos: int, cues: Cues) -> bool:
    """将 marks an object, as 把 does, when a verb that takes one follows in its clause (将25个部门的
    事项纳入…, 将创新要素作为授信标准); right after it, the verb is what 将 makes future (将纳入)."""
    end = _CLAUSE_END_CHAR.search(text, pos)
    rest = text[pos + 1 : end.start() if end else len(text)]
    return any(verb in rest for verb in cues.ba_verbs)


def _not_a_goal(text: str, start: int, word: str, cues: Cues) -> bool:
    """规划面积 is a size, 争取到 something obtained: the target word is part of a phrase that plans nothing."""
    for phrase in cues.not_goal:
        i = phrase.find(word)
        if i >= 0 and start - i >= 0 and text.startswith(phrase, start - i):
            return True
    return False


def _aspect(text: str, lo: int, q: Mention, cues: Cues, cend: int | None = None,
            compared_to_date: bool = False, sent_start: int | None = None) -> str | None:
    """The aspect the cue nearest before the number gives, or None when there is no cue.

    ``cend`` is where the clause ends (cues after the number: 50个项目开工); ``compared_to_date``
    says the clause compares with a date (比上年低0.05个百分点 is a change, 比全国低1.6个百分点 a gap);
    ``sent_start`` lets a stock to date (目前已引进, 累计…建立) keep a creating verb `level`."""
    if q["norm"]["dimension"] == "duration":
        return "other"
    best, word = _aspect_cue_before(text[lo : q["start"]], cues)
    after = text[q["end"] : cend] if cend is not None else ""
    outcome = _first_of(after, cues.outcomes)
    if best == "other" and word in cues.procedures and outcome is not None:
        return "new"  # 推荐的12家孵化器全部通过审核: the outcome of the procedure, not the procedure
    if best == "other":
        return "other"  # 将给予100万元的支持: a policy amount, promised or not
    if _has_target_cue(text, lo, q["start"], cues):
        return "target"
    unquoted_after = _QUOTED.sub("", text[q["end"] : cend]) if cend is not None else ""  # (once, not per word)
    if cend is not None and (any(w in unquoted_after for w in cues.target_after)
                             or text.startswith(cues.task_after, q["end"])):
        return "target"  # 达到100万吨的远期目标, 实现1000亿元流水的“百亿”目标
    if _is_gap(text[lo : q["start"]], cues) and not text.startswith("的", q["end"]):
        # 高于全省2.6个百分点: a gap to another figure (高于全区0.72%的平均水平 is that figure itself)
        return "change" if compared_to_date else "other"
    if best == "new" and q["norm"]["unit"] in cues.change_units:
        return "change"
    if best == "new" and not word.startswith(cues.explicit_new):
        # 设立了2500万元规模的基金: the size of one thing; 目前已引进…3个: a stock to date (SPEC 4, 6.1)
        if q["norm"]["dimension"] == "money":
            return "level"
        if sent_start is not None and _holds_any(text, sent_start, q["start"], cues.stock_words):
            return "level"
    totals = best == "level" and text.endswith(cues.event_totals, lo, q["start"]) \
        and not _holds_any(text, lo, q["start"], cues.running_total)  # (累计有64个课题获得立项: a stock)
    if totals and _first_of(after, cues.new_after) is not None:
        return "new"  # 共有48个重点工程集中开工: the event's total of things started, not a stock
    if best in (None, "level"):
        before = text[lo : q["start"]]
        if any(w in before for w in cues.rate_words) or text.startswith(cues.rate_after, q["end"]):
            return "change"  # 增幅达37.6%, 保持25%的增速: the rate of a change
    if best is None:
        procedure = _first_of(after, cues.procedure_after)
        if procedure is not None and (outcome is None or outcome < procedure):
            return "other"  # 36家企业参加备案, 十余个项目已签约 (not 5个项目签约落户: an outcome follows)
        running = sent_start is not None and _holds_any(text, sent_start, q["start"], cues.running_total)
        if _first_of(after, cues.new_after) is not None and q["norm"]["dimension"] == "count" and not running:
            # 50个项目开工 (not 占地167亩的项目…开工建设: the size of the thing started; nor 累计培育…,
            # 3人入选…: a running total's part)
            return "new"
    return best


def _first_of(text: str, words: tuple[str, ...]) -> int | None:
    """Where the first of ``words`` occurs in ``text``, or None."""
    return min((i for w in words if (i := text.find(w)) >= 0), default=None)


def _is_gap(before: str, cues: Cues) -> bool:
    """The number is a gap to another figure: a gap word right before it (比全国平均水平低1.6个百分点,
    增长速度比营业收入快3.6个百分点) or before the base it is measured from (高于全市5.27个百分点)."""
    before = before.rstrip()
    if cues.gap_base.search(before) is not None:
        return True
    # 提高1个百分点, 降低25%: a change word ending in a gap word
    return before[-3:].endswith(cues.gap_words) and not before.endswith(tuple(cues.aspect["change"]))


def _aspect_cue_before(before: str, cues: Cues) -> tuple[str | None, str]:
    """The aspect of the cue word nearest the end of ``before``, and the word."""
    for phrase, mask in cues.aspect_masks:  # 分别为 is a copula; 增加值 holds no 增加
        if phrase in before:  # (most are absent: no new string, no mask built per call)
            before = before.replace(phrase, mask)
    weighed = cues.aspect_weighed
    last = cues.aspect_places.last_starts(before)  # (a rfind per cue word per number was 4% of a run)
    best, best_word, best_end = None, "", -1
    policy = None  # a per-unit rule or a cap within reach (上限为500万元, 每亩投资300万元) outweighs a level verb
    for _, aspect, word in sorted(pair for found in last for pair in weighed[found]):  # in the rules' order
        end = last[word] + len(word)
        if aspect == "other" and word not in cues.procedures and len(before) - end > cues.other_reach:
            continue  # 给予…等6个方面的扶持措施: a policy word governs its own phrase only
        if aspect == "other" and word in cues.other_over_level:
            policy = word
        longer = len(word) > len(best_word)  # 新培育 over 培育, the word it ends with
        if end > best_end or (end == best_end and (longer or (len(word) == len(best_word) > 1 and aspect == "level"))):
            best, best_word, best_end = aspect, word, end
    if best == "level" and policy is not None:
        return "other", policy
    return best, best_word


def _obtained_by(text: str, time: dict[str, Any] | None, in_sentence: list[Mention], cues: Cues) -> bool:
    """争取到2031年…项目3个: the date took the 到 of a phrase that plans nothing (争取到 is obtained)."""
    d = next((m for m in in_sentence if time and m["id"] == time["mention"]), None)
    if d is None or not d["text"].startswith("到"):
        return False
    return any(p.endswith("到") and text.endswith(p[:-1], 0, d["start"]) for p in cues.not_goal)


_AS_OF = tuple(load_rules("date_words")["inference"]["as_of"])


def _as_of(d: Mention | None) -> bool:
    """截至今年5月: a count as of a date is never a plan, whatever the reference date says."""
    return d is not None and d["text"].startswith(_AS_OF)


def _is_future(time: dict[str, Any] | None, ref_date: dt.date) -> bool:
    """A fact scoped by a period that starts (or, for 到2025年, ends) after the reference date."""
    if not time or (time["kind"] == "point" and time["start"] == time["end"]):
        return False  # a news day (12月11日) is never a plan, even read against a wrong ref_date
    bound = time["start"] if time["start"] else time["end"]
    return bound is not None and bound > ref_date.isoformat()


# ---------------------------------------------------------------- time


def _time_for(text: str, q: Mention, scoping: list[Mention], cstart: int, cues: Cues) -> Mention | None:
    """The DATE scoping ``q`` among the dates of its sentence that precede it (``scoping``: those that
    are no base and no dateline, ``_scoping_dates``), leaving out a date describing a body (which
    still keeps an earlier sentence's date from being carried to ``q``)."""
    scoping = [d for d in scoping if not cues.body_dates.match(text, d["end"])]  # (2029年8月落户的某研究所)
    if not scoping:
        return None
    dating = [d for d in scoping if not _names_a_thing(text, d, cues)]
    scoping = dating or scoping  # 6月5日,青禾县举行2031年第二批…仪式,…: the day, not the batch's year
    if _holds_any(text, cstart, q["start"], cues.running_total):
        # a running total: the until-date nearest before it (截至…,累计…), over a nearer year
        # that describes the subject (截至目前,全县2031年入库企业总数达…)
        own = [d for d in scoping if d["norm"]["kind"] == "until"]
        if own:
            return own[-1]
        in_clause = [d for d in scoping if d["start"] >= cstart]
        if not in_clause and _holds_any(text, cstart, q["start"], cues.since_total):
            return scoping[0]  # 2029年以来新增…，…，累计达到175家: counted since the sentence's heading date
    for d in reversed(scoping):
        follower = text[d["end"] : d["end"] + 1]
        if follower == "的" and _is_ratio_base(text, d, q):
            continue  # 是2018年的2.3倍: the base of a ratio, like 较2018年
        if follower == "的" and q["start"] - d["end"] <= 2:
            return d  # 由2026年的58家: the date describes exactly this number
        if follower in ("的", "度"):
            continue  # the date describes a subject (2017年的…, 2023年度…), it scopes nothing later
        return d
    return None


def _scoping_dates(text: str, dates: list[Mention], cues: Cues) -> list[Mention]:
    """The dates that may scope a fact: no comparison or ratio base (较2018年), no dateline."""
    return [d for d in dates if not _is_base(text, d) and not _is_dateline(text, d, cues)]


def _is_ratio_base(text: str, d: Mention, q: Mention) -> bool:
    """是2018年的2.3倍, 为上年的85%, 相当于2020年的1.5倍: a multiple or share of that date's figure."""
    before = text[max(0, d["start"] - 3) : d["start"]]
    return q["norm"]["unit"] in _RATIO_UNITS and before.endswith(_RATIO_WORDS)


# After a ratio's base date, before the end of its clause: …的2.5倍, …的85%.
_RATIO_AFTER = regex.compile(r"[^，,。；;]{0,6}?的[0-9.一二三四五六七八九十百千万]+多?(?:倍|%)")


def _is_base(text: str, d: Mention) -> bool:
    """The date is what a number is compared with, for every fact of its sentence: a comparison
    base (较2026年) or the base of a ratio (是2025年增幅的1.8倍,总数达…: not 2025's total either)."""
    if _is_comparison_base(text, d):
        return True
    before = text[max(0, d["start"] - 3) : d["start"]]
    return before.endswith(_RATIO_WORDS) and _RATIO_AFTER.match(text, d["end"]) is not None


def _is_comparison_base(text: str, d: Mention) -> bool:
    """较2018年, 比上年, 与去年同期相比, 比“十一五”末: the date is what the number is compared with."""
    before = text[max(0, d["start"] - 4) : d["start"]].rstrip("“\"‘'《 ")
    return before.endswith(_COMPARISON_WORDS) or _BASE_AFTER.match(text, d["end"]) is not None


# After a date that is the base of a change: 在2026年基础上翻一番, 2027年的基础上.
_BASE_AFTER = regex.compile(r"”?(?:的)?基础上")


def _names_a_thing(text: str, d: Mention, cues: Cues) -> bool:
    """The date is part of a name, not the fact's date: inside a quoted name or a title, right after
    a verb of holding an event, or before a batch (rules/link_cues.toml [time] thing_verbs)."""
    lead = text[clause_start(text, d["start"], max(0, text.rfind("\n", 0, d["start"]) + 1)) : d["start"]]
    quoted = lead.count("“") > lead.count("”") or lead.count("《") > lead.count("》")
    if quoted and text[d["end"] : d["end"] + 1] not in ("”", "》"):
        return True
    if lead.rstrip("了的").endswith(cues.thing_verbs):  # 举行了…, 举行的…仪式上
        return True
    return cues.thing_after.match(text, d["end"]) is not None


def _is_dateline(text: str, d: Mention, cues: Cues) -> bool:
    """青禾7月9日消息, 7月9日电: the date of the report, not of its facts."""
    return cues.dateline_after.match(text, d["end"]) is not None


# What may stand before a date that still heads its clause: space, quotes and brackets, an
# enumerator (一是, 2.), a preposition or the until-words the date mention may leave outside.
_DATE_LEAD = regex.compile(
    r"(?:\s|[“”\"‘’（）()#、.．]|[一二三四五六七八九十0-9]+(?:是|、|[.．])|截至|截止|到|至|在|于|从|自|其中"
    r"|另讯|又讯)*"  # a second brief in one story (另讯11月23日,…) opens on its own day
)
# ... and what may stand before a goal's deadline that heads its clause (力争到2033年,…; 提出到2033年,…).
# (Not 争取: 争取到2029年…立项3个 is obtained by then, and the date swallows the 到.)
_DEADLINE_LEAD = regex.compile(rf"(?:\s|[“”\"]|{_alternation(_TIME_WORDS['deadline_lead'])})+")


def _heads_clause(text: str, d: Mention) -> bool:
    """The date opens its sentence or clause (2029年,全县…; 在人才引育方面,2029年青禾…), allowing an
    enumerator or a preposition before it (一是2029年…, 截至“十六五”末…)."""
    lead = text[clause_start(text, d["start"], max(0, text.rfind("\n", 0, d["start"]) + 1)) : d["start"]]
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
        usable = [d for d in _scoping_dates(text, dates, cues)
                  if _next_visible(text, d["end"]) not in ("的", "度") and not _names_a_thing(text, d, cues)
                  and not cues.body_dates.match(text, d["end"])
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
        points: list[tuple[int, dict[str, Any] | None]] = [(0, report)]
        for start, end in layout.headings if layout else ():
            # a heading opens a section: its own date, else back to the report's period; a
            # deadline in the headline above the body (到2030年 青禾县力争…) is a goal, not the
            # period of the facts reported under it
            dated = [d for d in usable if start <= d["start"] < end]
            deadline = (start, end) == layout.paragraphs[0] and dated and dated[0]["norm"]["kind"] == "until"
            points.append((start, _time_dict(dated[0]) if dated and not deadline else report))
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
        if _holds_any(text, cstart, q["start"], self.cues.per_period):
            return None  # 每年培训3000名: a per-period fact
        antecedent = self._anaphora(text[sent_start : q["start"]], sent_start)
        if antecedent is not None:
            return _time_dict(antecedent)
        chain_start = _chain_start(text, sent_start)
        for d in reversed(_starting_in(self.carriers, chain_start, sent_start)):
            if self._same_item(d["start"], q["start"]) and self._reaches_later_parts(d, chain_start) \
                    and not self._range_start(d):
                return _time_dict(d)
        para = self.layout.paragraph_at(q["start"]) if self.layout else None
        if para is not None:
            for d in reversed(_starting_in(self.heads, para[0], sent_start)):
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
        heads = [d for d in _starting_in(self.heads, para[0], para[1])
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
        if not _holds_any(sentence, 0, len(sentence), self.cues.same_day + self.cues.same_period):
            return None  # no such word anywhere in it (most sentences): no clauses to split
        clauses = [c.strip() for c in _CLAUSE_MARKS.split(sentence)]
        if any(c.startswith(self.cues.same_day) for c in clauses):
            want_day = True
        elif any(c.startswith(self.cues.same_period) for c in clauses):
            want_day = False
        else:
            return None
        for d in reversed(_starting_in(self.heads, 0, before)):
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


def _next_visible(text: str, pos: int) -> str:
    """The first character at or after ``pos`` (>= 0) that is no white space ("" at the end): what
    ``text[pos:].lstrip()[:1]`` gives, without copying the rest of the text once per date (quadratic
    in length)."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return text[pos : pos + 1]


def _starting_in(mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
    """The mentions (in text order) that start in ``[lo, hi)``, found by bisection, not by a scan
    of all of them for every number (quadratic on a long article)."""
    return mentions[bisect.bisect_left(mentions, lo, key=lambda m: m["start"]) :
                    bisect.bisect_left(mentions, hi, key=lambda m: m["start"])]


# ---------------------------------------------------------------- records


def build_records(text: str, mentions: list[Mention], ref_date: dt.date,
                  layout: Structure | None = None) -> list[dict[str, Any]]:
    """One record per QUANTITY mention, in text order (ids r1, r2, ...).

    ``layout`` is the document's structure (paragraphs, headings, year in view), when the caller has it."""
    cues = load_cues()
    regions = RegionTracker(text, mentions, cues, layout.title if layout else None)
    starts = [m["start"] for m in mentions]
    durations = [m for m in mentions if m["type"] == "QUANTITY" and m["norm"]["dimension"] == "duration"]
    times = TimeScope(text, [m for m in mentions if m["type"] == "DATE"], durations, layout, cues, ref_date)
    records: list[dict[str, Any]] = []
    previous: dict[str, Any] | None = None
    goal_lists = _goal_lists(text, [m["start"] for m in mentions if m["type"] == "QUANTITY"], cues)
    continued = _continued_objects(text, [m["start"] for m in mentions if m["type"] == "QUANTITY"], cues)
    goal_lists += goal_sections(text, layout, cues)
    goal_lists += _plan_statements(text, [m["start"] for m in mentions if m["type"] == "DATE"],
                                   [m["start"] for m in mentions if m["type"] == "QUANTITY"], cues)
    for q in (m for m in mentions if m["type"] == "QUANTITY"):
        sent = sentence_bounds(text, q["start"])
        in_sentence = mentions[bisect.bisect_left(starts, sent[0]) : bisect.bisect_left(starts, sent[1])]
        carried = previous if previous and (_continues(text, previous, sent, cues)
                                            or _breakdown_by_place(text, previous, q, in_sentence, cues)) else None
        record = _link_one(text, q, in_sentence, sent, times, regions, cues, carried, ref_date)
        if record["aspect"] not in ("target", "other") and _in_goal_list(q["start"], goal_lists):
            record["aspect"] = "target"  # 预计全年A…;B增长8%: the forecast heads the whole list
        elif previous and previous["aspect"] == "target" and _in_goal_list(q["start"], continued) \
                and record["aspect"] not in ("target", "other"):
            record["aspect"] = "target"  # 拟建设A项目;年产5万吨B、3万吨C等项目: the plan's object list goes on
        record["id"] = f"r{len(records) + 1}"
        records.append(record)
        previous = record
    _respectively_across(text, records, {m["id"]: m for m in mentions}, cues)
    return [_ordered(r) for r in records]


_LIST_SEP = regex.compile(r"[；;]")
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


def _plan_statements(text: str, date_starts: list[int], quantity_starts: list[int],
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


def _goal_lists(text: str, quantity_starts: list[int], cues: Cues) -> list[tuple[int, int]]:
    """Where a goal heads a list of facts joined by ；: a target cue before the first number of a
    part that ends in ；(预计全年A1.37万亿元,增长9.5%;B增长8%。 / 今年预期目标是:A增长4.5%;B增长2%)
    scopes the parts after it, up to the end of the full sentence."""
    spans = []
    for sep in _LIST_SEP.finditer(text):
        part_start = _terminator_before(text, sep.start()) + 1
        i = bisect.bisect_left(quantity_starts, part_start)
        first = quantity_starts[i] if i < len(quantity_starts) else len(text)
        cue = _first_target_cue(text, part_start, min(first, sep.start()), cues)
        if cue is not None and _heads_the_part(text, part_start, cue, sep.start()):
            stop = _FULL_STOP.search(text, sep.end())
            spans.append((sep.end(), stop.start() if stop else len(text)))
    return spans


def _continued_objects(text: str, quantity_starts: list[int], cues: Cues) -> list[tuple[int, int]]:
    """Where an object list runs on past ；(…拟建设年产20万吨A项目,配套建设B装置;年产5万吨C、3万吨D等项目,
    预计…): the first clause of a part whose first number follows only a short noun and no cue (年产, 仓库)
    goes on listing what the clause before the ；names, and takes the aspect of its last figure."""
    spans = []
    for sep in _LIST_SEP.finditer(text):
        i = bisect.bisect_left(quantity_starts, sep.end())
        if i == 0 or i == len(quantity_starts):
            continue
        if quantity_starts[i - 1] <= _terminator_before(text, sep.start()):
            continue  # no figure in the part before the ；to go on from
        lead = text[sep.end() : quantity_starts[i]]
        if len(_HAN_CHAR.findall(lead)) > cues.continued_object_lead or _CLAUSE_END_CHAR.search(lead):
            continue
        if _aspect_cue_before(lead, cues)[0] is not None:
            continue
        end = _CLAUSE_END_CHAR.search(text, sep.end())
        spans.append((sep.end(), end.start() if end else len(text)))
    return spans


# Dates and time words a goal may follow at the head of a list (2031年,力争… / 今年预计…).
_LEAD_TIME = regex.compile(r"[0-9０-９一二三四五六七八九十〇零两]+年[度底末初]?|[今明]年|全年|到|至")
_COLON = regex.compile(r"[：:]")  # (compiled once: regex.search(pattern) costs ~9 µs a call to find it)
_LEAD_HAN = 6  # Han characters (a subject: 全县, 我市) a heading goal may follow in its part


def _heads_the_part(text: str, part_start: int, cue: int, part_end: int) -> bool:
    """The goal heads its part (预计全年…, 2031年全县力争…) or leads a list after a colon (今年预期目标是:),
    rather than qualifying one number far into it (…全社会研发投入占比预计3.2%左右)."""
    lead = _LEAD_TIME.sub("", text[part_start:cue])
    if len(_HAN_CHAR.findall(lead)) <= _LEAD_HAN:
        return True
    colon = _COLON.search(text[cue:part_end])
    return colon is not None and not _CLAUSE_MARKS.search(text, cue, cue + colon.start())


def _in_goal_list(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= pos < hi for lo, hi in spans)


def _continues(text: str, previous: dict[str, Any], sent: tuple[int, int], cues: Cues) -> bool:
    """The record before is in this sentence, or in the sentence right before when this one opens a
    breakdown of it (…实现生产总值1720亿元。其中,北湖片区930亿元、…) in the same paragraph."""
    if previous["sentence"]["start"] == sent[0]:
        return True
    between = text[previous["sentence"]["end"] : sent[0]]
    return "\n" not in between and text[sent[0] : sent[1]].lstrip(" \t“\"").startswith(cues.breakdown_openers)


def _breakdown_by_place(text: str, previous: dict[str, Any], q: Mention, in_sentence: list[Mention],
                        cues: Cues) -> bool:
    """全市新增高新技术企业120家。北湖区、南湖区分别为12家、9家: a sentence naming only places before its
    number, in the paragraph of the record before, breaks that record's figure down by place."""
    sent_start = sentence_bounds(text, q["start"])[0]
    if "\n" in text[previous["sentence"]["end"] : sent_start] or previous["unit"] != q["norm"]["unit"]:
        return False
    places = [m for m in in_sentence if m["type"] == "REGION" and sent_start <= m["start"] and m["end"] <= q["start"]]
    if not places:
        return False
    lead, at = [], sent_start
    for m in places:
        lead.append(text[at : m["start"]])
        at = m["end"]
    lead.append(text[at : q["start"]])
    rest = cues.place_fillers.sub("", _NOT_HAN.sub("", "".join(lead)))
    return rest == ""


def _respectively_across(text: str, records: list[dict[str, Any]], by_id: dict[str, Mention], cues: Cues) -> None:
    """高新技术企业586家、科技型中小企业2310家，分别增长89%和1.6倍: a clause that opens with 分别 pairs
    its numbers with the last as many facts of the clauses before it in the sentence."""
    by_sentence: dict[int, list[dict[str, Any]]] = {}  # (a scan of all records per record was quadratic)
    for record in records:
        by_sentence.setdefault(record["sentence"]["start"], []).append(record)
    for i, record in enumerate(records):
        q = by_id[record["quantity"]]
        sent_start = record["sentence"]["start"]
        cstart = clause_start(text, q["start"], sent_start)
        same_sentence = by_sentence[sent_start]
        clause = [r for r in same_sentence if clause_start(text, by_id[r["quantity"]]["start"], sent_start) == cstart]
        lead = text[cstart : by_id[clause[0]["quantity"]]["start"]]
        # 分别 opens the clause, or follows only a comparison (较2026年分别增长…): no list of its own
        named = lead[: lead.find(cues.respectively)] if cues.respectively in lead else None
        if named is None or any(w in named for w in cues.list_joins) or cues.share_word in named:
            continue  # a list of its own, or a share naming what the numbers are (占全县营收的比重分别为)
        earlier = [r for r in records[:i] if r["sentence"]["start"] == sent_start
                   and by_id[r["quantity"]]["end"] <= cstart]
        if len(earlier) < len(clause) and _NOT_HAN.sub("", named) in ("", *cues.rate_words) \
                and not _names_places_before(by_id.values(), sent_start, cstart) \
                and not any(w in text[sent_start:cstart] for w in cues.list_joins):  # (保持A和B增长,分别…)
            # 销售额分别为3.6亿元、17.2亿元。增幅分别为85%、61.4%: the sentence before, same paragraph
            earlier = [r for r in records[:i] if r["sentence"]["end"] <= sent_start
                       and "\n" not in text[r["sentence"]["end"] : sent_start]]
        if len(earlier) < len(clause) or len(clause) < 2:
            continue
        source = earlier[-len(clause):][clause.index(record)]
        record["measure"] = dict(source["measure"]) if source["measure"] else record["measure"]
        record["indicator"] = canonical_indicator(record["measure"]["text"] if record["measure"] else None)
        record["region"] = source["region"]


def _names_places_before(mentions: Iterable[Mention], lo: int, hi: int) -> bool:
    """The sentence names places before the 分别 clause (北湖市和南山市…,分别为…): its items are there,
    not in the sentence before."""
    return any(m["type"] == "REGION" and lo <= m["start"] and m["end"] <= hi for m in mentions)


def _link_one(text: str, q: Mention, in_sentence: list[Mention], sent: tuple[int, int], times: TimeScope,
              regions: RegionTracker, cues: Cues, previous: dict[str, Any] | None,
              ref_date: dt.date) -> dict[str, Any]:
    cstart = clause_start(text, q["start"], sent[0])
    cend = clause_end(text, q["end"], sent[1])
    enum_start = max(cstart, text.rfind(ENUM_SEP, cstart, q["start"]) + 1)
    clause_q = [m for m in in_sentence if m["type"] == "QUANTITY" and cstart <= m["start"] and m["end"] <= q["start"]]
    prior_q = [m for m in clause_q if m["start"] >= enum_start]  # (enum_start >= cstart: no second pass)
    lo = max([enum_start] + [m["end"] for m in prior_q])
    compared_to_date = any(m["type"] == "DATE" and cstart <= m["start"] and m["end"] <= q["start"]
                           and _is_comparison_base(text, m) for m in in_sentence)
    aspect = _aspect(text, clause_q[-1]["end"] if clause_q else cstart, q, cues, cend, compared_to_date, sent[0])
    if aspect is None and clause_q and previous is not None and previous["quantity"] == clause_q[-1]["id"] \
            and clause_q[-1]["norm"]["dimension"] != "duration" and (previous["aspect"] == "target"
                 or (clause_q[-1]["norm"]["dimension"] == "money") == (q["norm"]["dimension"] == "money")):
        # 工作室3个、工作站5个: an enumeration shares its verb (新注册企业318家、到位资金126亿元 does not
        # share 新注册; a goal is shared by all: 预计新增两个500亿元产业)
        aspect = previous["aspect"]
    measure = _measure(text, q, lo, cstart, cend, in_sentence, previous, cues)
    time = _time(text, q, in_sentence, sent, cstart, times, cues)
    lo_goal = max([cstart] + [m["end"] for m in clause_q])  # 力争64个项目新增营收420亿元: 力争 heads both
    if aspect not in ("target", "other") and _has_target_cue(text, sent[0], lo_goal, cues):
        aspect = "target"  # 力争…突破140家,科技型企业新增400家: the goal scopes the whole sentence
    if _is_future(time, ref_date) and aspect != "other" and not _obtained_by(text, time, in_sentence, cues) \
            and not _as_of(times.mention(time)):
        aspect = "target"
    aspect = aspect or "level"
    region = _region(text, q, in_sentence, cstart, regions, cues)
    paired = _respectively(text, q, in_sentence, cstart, cend, cues)
    if paired is not None:
        measure, region = paired[0] or measure, paired[1] or region
    entities = [m["id"] for m in in_sentence
                if m["type"] in ENTITY_TYPES and cstart <= m["start"] and m["end"] <= cend]
    norm = q["norm"]
    return {
        "quantity": q["id"], "value": norm["value"], "unit": norm["unit"], "modifier": norm.get("modifier"),
        "measure": measure, "indicator": canonical_indicator(measure["text"] if measure else None),
        "region": region, "time": time, "aspect": aspect, "entities": entities,
        "sentence": {"start": sent[0], "end": sent[1]},
    }


def _vague_since(text: str, lo: int, hi: int, cues: Cues) -> int | None:
    """Where the last clause in ``[lo, hi)`` that opens on a vague time (近几年, 近年来) starts."""
    found = None
    for m in cues.vague.finditer(text[lo:hi]):
        found = lo + m.start()
    return found


def _time(text: str, q: Mention, in_sentence: list[Mention], sent: tuple[int, int], cstart: int,
          times: TimeScope, cues: Cues) -> dict[str, Any] | None:
    vague = _vague_since(text, sent[0], q["start"], cues)
    if vague is not None:  # 近几年…保持在6%以上: only a date after the vague time scopes the fact
        in_sentence = [m for m in in_sentence if m["start"] >= vague]
    dates_before = [m for m in in_sentence if m["type"] == "DATE" and m["end"] <= q["start"]]
    scoping = _scoping_dates(text, dates_before, cues)  # (once for both uses)
    time_mention = _time_for(text, q, scoping, cstart, cues)
    if time_mention is not None and _elapsed_since(text, time_mention, q["start"], in_sentence, cues):
        return None
    time = _time_dict(time_mention)
    usable_before = [d for d in scoping if not _is_ratio_base(text, d, q)]  # 是去年同期的4.3倍: a base, like 较上年
    carried = time_mention is None and not usable_before and vague is None
    if carried:
        time = times.carried(q, sent[0], cstart)
    # 全年 in its own clause, or in the clause a subjectless clause continues (今年1—9月,…,预计全年
    # …2.7亿元,是去年的3倍多 / 总数达5100家): over 目前 or 1—9月 from the clause before
    since = cstart
    if text[cstart : q["start"]].lstrip().startswith(cues.continues):
        since = max([clause_start(text, cstart - 1, sent[0])] + [d["end"] for d in usable_before])
        since = min(since, cstart)
    if _holds_any(text, since, q["start"], cues.whole_year) and not _is_one_year(time) \
            and not _whole_year_in_base(text, since, q["start"], cues):
        time = times.whole_year(time)
    elif (time is None or (carried and not _is_one_year(time))) \
            and _whole_year_heads(text, _chain_start(text, sent[0]), q["start"], cues) \
            and not _holds_any(text, cstart, q["start"], cues.per_period):
        # 全年全县出口总值…，比上年增长17.3%: 全年 heads the whole sentence, and the parts ；joins to it
        # (年末常住人口…。全年出生人口6.4万人…;死亡人口4.1万人: the year of the 年末 carried, not 年末)
        time = times.whole_year(time)
    return time


def _elapsed_since(text: str, d: Mention, before: int, mentions: list[Mention], cues: Cues) -> bool:
    """2025年6月,…获批建设示范区,经过4年多的培育,示范区已建成平台96个: a span of time elapsed after the
    date (a duration among ``mentions``, in the date's sentence, ending by ``before``) puts the facts
    after it at that span's unnamed end: the date does not scope them."""
    sent_end = sentence_bounds(text, d["start"])[1]
    return any(m["type"] == "QUANTITY" and m["norm"]["dimension"] == "duration" and d["end"] <= m["start"]
               and m["end"] <= min(before, sent_end) and text.endswith(cues.elapsed, d["end"], m["start"])
               for m in mentions)


def _chain_start(text: str, sent_start: int) -> int:
    """Where the chain of sentences joined by ；that ends with the one at ``sent_start`` begins."""
    while sent_start > 0 and text[sent_start - 1] in "；;":
        sent_start = _terminator_before(text, sent_start - 1) + 1
    return sent_start


def _whole_year_in_base(text: str, lo: int, pos: int, cues: Cues) -> bool:
    """完成全年140家任务的63.5%: the last 全年 before ``pos`` names the task a share is done of, so the
    share takes the time of its sentence or paragraph (上半年), not the whole year."""
    at = max(text.rfind(w, lo, pos) for w in cues.whole_year)
    return at != -1 and any(text.find(b, at, pos) != -1 for b in cues.whole_year_bases)


def _whole_year_heads(text: str, sent_start: int, pos: int, cues: Cues) -> bool:
    """全年 stands in the first clause of the sentence, before ``pos``."""
    first_clause = text[sent_start : min(pos, clause_end(text, sent_start, pos))]
    return any(w in first_clause for w in cues.whole_year)


def _respectively(text: str, q: Mention, in_sentence: list[Mention], cstart: int, cend: int,
                  cues: Cues) -> tuple[dict[str, Any] | None, str | None] | None:
    """A和B分别增长12%和15%, 襄阳市、宜昌市分别新增420家和380家: the i-th number after 分别 takes the
    i-th measure and the i-th region before it, where the counts agree."""
    at = text.rfind(cues.respectively, cstart, q["start"])
    if at != -1:
        numbers = [m for m in in_sentence if m["type"] == "QUANTITY" and at < m["start"] and m["end"] <= cend]
    else:  # A、B规模年均增长率38%和21%: numbers joined as the list is pair without 分别
        numbers = _joined_numbers(text, q, in_sentence, cstart, cend, cues)
        if not numbers or _NOT_HAN.sub("", text[cstart : numbers[0]["start"]]) in ("", *cues.rate_words) \
                or _LINKED_AFTER.match(text, numbers[-1]["end"]):
            return None  # (A、B按照40%、25%的比例: the numbers share the noun after them)
        named = _measure_before(text, cstart, numbers[0]["start"], [], cues)
        at = named[1] if named else numbers[0]["start"]  # (…增长率达45%和26%: past the verb)
    if len(numbers) < 2 or q not in numbers:
        return None
    i = numbers.index(q)
    places = [m for m in in_sentence if m["type"] == "REGION" and cstart <= m["start"] and m["end"] <= at]
    if len(places) != len(numbers):
        places = _places_listed_before(in_sentence, at)
    lo, at = _where_the_list_stands(text, cstart, at, in_sentence)
    end = _list_end(text, lo, at, cues)
    items = _listed_measures(text, lo, end, in_sentence, cues)
    if len(items) != len(numbers):  # 航空航天、机械及汽车零部件业: 及 inside an item, 、 between items
        items = _enumerated_measures(text, lo, end, in_sentence, cues)
    if len(items) == len(numbers):
        items = _shared_head(text, items, cues)
    measure = _span_dict(text, items[i]) if len(items) == len(numbers) else None
    region = places[i]["norm"]["name"] if len(places) == len(numbers) else None
    return measure, region


def _where_the_list_stands(text: str, cstart: int, at: int, in_sentence: list[Mention]) -> tuple[int, int]:
    """The span holding the list a 分别 pairs with: its own clause before it, or, where nothing stands
    there, the clause before (保持A和B较快增长,分别新增600家、2400家) when that has no number and lists
    no places (those pair by place, not by measure)."""
    before = clause_start(text, cstart - 1, _sentence_start(text, cstart)) if cstart > 0 else cstart
    if _HAN_CHAR.search(text, cstart, at) or before == cstart or _numbers_between(in_sentence, before, cstart):
        return cstart, at
    if sum(m["type"] == "REGION" and before <= m["start"] < cstart for m in in_sentence) >= 2:
        return cstart, at
    return before, cstart - 1


def _joined_numbers(text: str, q: Mention, in_sentence: list[Mention], cstart: int, cend: int,
                    cues: Cues) -> list[Mention]:
    """The numbers of ``q``'s clause written one after another, joined only by list joins (45%和26%,
    3家、5家和8家), when ``q`` is one of them; else []."""
    numbers = [m for m in in_sentence if m["type"] == "QUANTITY" and cstart <= m["start"] and m["end"] <= cend]
    runs: list[list[Mention]] = []
    for m in numbers:
        if runs and text[runs[-1][-1]["end"] : m["start"]] in cues.list_joins:
            runs[-1].append(m)
        else:
            runs.append([m])
    return next((run for run in runs if q in run and len(run) > 1), [])


def _numbers_between(in_sentence: list[Mention], lo: int, hi: int) -> bool:
    return any(m["type"] == "QUANTITY" and lo <= m["start"] and m["end"] <= hi for m in in_sentence)


def _sentence_start(text: str, pos: int) -> int:
    return sentence_bounds(text, pos)[0]


def _shared_head(text: str, items: list[tuple[int, int]], cues: Cues) -> list[tuple[int, int]]:
    """澄东、澄中、澄西高新技术产业产值分别…: short qualifiers listed before one long item share its head,
    the long item without its first word (药品和水产品抽检合格率 → 抽检合格率)."""
    *short, last = items
    first_word = len(compiled_jieba().cut(text[last[0] : last[1]])[0])
    if max(b - a for a, b in short) > cues.qualifier_chars or first_word > cues.qualifier_chars \
            or last[1] - last[0] - first_word < cues.shared_head_chars:
        return items
    return [(last[0] + first_word, last[1])] * len(short) + [last]


def _places_listed_before(in_sentence: list[Mention], at: int) -> list[Mention]:
    """北湖市和南山市的研发强度排名前两名,分别为4.6%和3.7%: the places named in an earlier clause of the
    sentence, after its last number before 分别 (a number between them has its own place)."""
    before = [m for m in in_sentence if m["end"] <= at]
    last_number = max((m["end"] for m in before if m["type"] == "QUANTITY"), default=-1)
    return [m for m in before if m["type"] == "REGION" and m["start"] >= last_number]


def _list_end(text: str, lo: int, at: int, cues: Cues) -> int:
    """Where a list before 分别 ends: before a head the items share (种业研发、农机研发所占比重分别为,
    A和B的增幅分别为: each item is a measure of its own)."""
    lead = text[lo:at].rstrip()
    for head in cues.list_heads:
        if lead.endswith(head):
            end = lo + len(lead) - len(head)
            return end - 1 if text[end - 1] in "的所" else end
    return at


def _enumerated_measures(text: str, lo: int, end: int, in_sentence: list[Mention],
                         cues: Cues) -> list[tuple[int, int]]:
    """The items of a list ending at ``end`` split at 、 only, each whole (机械及汽车零部件业)."""
    first = text.find(ENUM_SEP, lo, end)
    if first == -1:
        return []
    blockers = [m for m in in_sentence if m["type"] in ("DATE", "REGION", "QUANTITY") and m["end"] <= first]
    head = _measure_before(text, lo, first, blockers, cues)
    cuts = [i for i in range(first, end) if text[i] == ENUM_SEP] + [end]
    rest = [_trim_measure(text, a + 1, b, cues) for a, b in zip(cuts, cuts[1:], strict=False)]
    items = [head, *rest]
    return [span for span in items if span] if all(items) else []


def _listed_measures(text: str, lo: int, end: int, in_sentence: list[Mention], cues: Cues) -> list[tuple[int, int]]:
    """The measures of a list ending at ``end`` (A和B, A、B及C), first to last."""
    blockers = [m for m in in_sentence if m["type"] in ("DATE", "REGION", "QUANTITY") and m["end"] <= end]
    items: list[tuple[int, int]] = []
    while True:
        item_lo = max(lo, text.rfind(ENUM_SEP, lo, end) + 1)  # an item starts after the 、 before it
        span = _measure_before(text, item_lo, end, blockers, cues)
        if span is None and items:  # 产品设计、开发和运维合同金额: a list item may be a stop word itself
            span = _list_item(text, lo, end, cues)
        if span is None:
            return []
        items.insert(0, span)
        conjunction = next((w for w in cues.list_joins if text.endswith(w, lo, span[0])), None)
        if conjunction is None:
            return items
        end = span[0] - len(conjunction)


def _list_item(text: str, lo: int, end: int, cues: Cues) -> tuple[int, int] | None:
    """The text between the list join before ``end`` (or ``lo``) and ``end``."""
    joins = [text.rfind(w, lo, end) + len(w) for w in cues.list_joins if text.rfind(w, lo, end) != -1]
    start = max([lo, *joins])
    return _trim_measure(text, start, end, cues)


def _measure(text: str, q: Mention, lo: int, cstart: int, cend: int, in_sentence: list[Mention],
             previous: dict[str, Any] | None, cues: Cues) -> dict[str, Any] | None:
    norm = q["norm"]
    if norm["dimension"] == "duration":
        return _span_dict(text, _term_before_duration(text, q, max(lo, cstart), in_sentence, cues))
    adjacent = next((m for m in in_sentence if m["type"] == "LOAN" and m["end"] == q["start"]), None)
    if adjacent:
        return _span_dict(text, (adjacent["start"], adjacent["end"]))
    ranked = _ranked_topic(text, q, in_sentence, cues)
    if ranked:
        return _span_dict(text, ranked)
    following = [m["start"] for m in in_sentence if m["start"] >= q["end"] and m["type"] in ("QUANTITY", "DATE")]
    # a zone is a place like a district: 北湖高新区215亿元 breaks a figure down by zone, and counts what
    # the whole counts (the record before), never the zone itself; a company or body named before the
    # number is what the fact is about (its entities), not what it counts (某集团营业收入 → 营业收入)
    blockers = [m for m in in_sentence if m["type"] in ("DATE", "REGION", "QUANTITY", "PLATFORM", "COMPANY",
                                                        "INSTITUTION") and m["end"] <= q["start"]]

    linked_after = _LINKED_AFTER.match(text, q["end"]) is not None
    run = _joined_numbers(text, q, in_sentence, cstart, cend, cues)
    if run and _LINKED_AFTER.match(text, run[-1]["end"]):
        # 按照40%、35%、25%的比例: numbers joined before one linking 的 share the noun after the last
        shared = _measure_after(text, run[-1]["end"], min([cend, *[f for f in following if f > run[-1]["end"]]]), cues)
        if shared:
            return _span_dict(text, shared)

    def after() -> tuple[int, int] | None:
        # 64个2029年度重点项目: a date right after a count dates the things named after it
        q_end = next((m["end"] for m in in_sentence if m["type"] == "DATE" and m["start"] == q["end"]), q["end"])
        hi = min([cend, *[f for f in following if f >= q_end]])
        division = cues.division_noun.match(text, q_end, hi)
        if division:  # 11个市为214家企业…, 23个省(区、市): one character naming divisions is the noun
            return division.span("noun")
        span = (_head_after_relative(text, q_end, hi, cues)
                or _head_after_amount(text, q_end, hi, in_sentence, cues)
                or _measure_after(text, q_end, hi, cues))
        return None if span and _not_a_measure(text, span, cues) else span

    def before() -> tuple[int, int] | None:
        span = _named_measure_before(text, lo, q["start"], blockers, cues)
        return None if span and _names_a_zone(text, span, in_sentence, cues, q) else span

    def money_after() -> tuple[int, int] | None:  # 发放5230万元贷款: what the amount is of, after it
        span = after()
        if span is None:
            return None
        # 投入3亿元扶持资金帮扶企业: the phrase ends at the last word naming money (贷款风险补偿资金 is one)
        ends = [at + len(w) for w in cues.money_after if (at := text.rfind(w, span[0], span[1])) != -1]
        if ends:
            return span[0], max(ends)
        # 实现80亿元年产值和35亿元年出口额: a size word ending the phrase right after the amount names it
        sized = norm["dimension"] == "money" and not linked_after and text.endswith(cues.size_words, span[0], span[1])
        return span if sized else None

    def action_before() -> tuple[int, int] | None:  # 每户最高补助20万元: the amount of an action names it
        action, plain = _action_named_before(text, lo, q["start"], blockers, cues), before()
        return plain if action is None or (plain and plain[1] >= action[1]) else action  # (总投资 holds it)

    def sized_after() -> tuple[int, int] | None:  # 其中80亿元以上项目3个: the things the amount sizes, counted
        span = after() if norm["dimension"] == "money" else None
        counted = span and any(m["type"] == "QUANTITY" and m["start"] == span[1]
                               and m["norm"]["unit"] in cues.count_units for m in in_sentence)
        return span if counted else None

    def amount_before() -> tuple[int, int] | None:  # 总投资3.4亿元的项目, 总面积12平方公里的园区: named before
        span = before()
        return span if span and text[span[0] : span[1]].endswith(cues.money_after + cues.size_words) else None

    if norm["dimension"] == "percent" and (linked_after or _in_tenths(q, cues)) and (named := after()) is not None:
        return _span_dict(text, named)  # 以占全县4.8%的土地面积, 七成企业: what the share is of follows it
    if norm["dimension"] == "percent":
        # 占全县营收的比重分别为46.1%、38.2%: a share heading a 分别 clause is the measure of its numbers
        at = text.find(cues.respectively, cstart, q["start"])
        share = _share_measure(text, lo, q["start"] if at == -1 else at, blockers, cues)
        if share is not None:
            return _span_dict(text, share)
    # A count or a capacity names its items after it (318家科技型企业, 12万吨碳酸锂产能, 800万元的专项资金);
    # other amounts name their measure before it (研发投入22.26亿元).
    names_after = norm["unit"] in cues.count_units or norm["dimension"] in _PHYSICAL or linked_after
    if names_after and norm["dimension"] == "money":  # 首期规模2.6亿元的某基金: the money itself, after it
        span = money_after() or amount_before() or after() or before()
    elif names_after and linked_after:
        span = amount_before() or after() or before()
    elif names_after:
        span = after() or before()
    else:
        span = money_after() or (action_before() if norm["dimension"] == "money" else before()) or sized_after()
    if span is None:
        span = _measure_before_duration(text, q, cstart, in_sentence, blockers, cues)
    # 五年累计突破600个: a span of time before the number leaves the clause without a category of its own
    before_q = [m for m in in_sentence if m["type"] == "QUANTITY" and cstart <= m["start"] and m["end"] <= q["start"]]
    opens_clause = all(m["norm"]["dimension"] == "duration" for m in before_q) and lo == max(
        [cstart] + [m["end"] for m in before_q])
    if span is None and opens_clause:
        span = _label_before_colon(text, cstart, blockers, cues)
    carried = previous["measure"] if previous is not None else None
    if span is None and previous is not None and carried and not _counts_other_things(previous, norm, cues) \
            and carried["start"] < q["start"]:  # (3个千亿元台阶: 台阶 is what 3个 counts, not the amount)
        grows = norm["unit"] == "%" and _aspect_cue_before(text[cstart : q["start"]], cues)[0] == "change"
        if not (carried["text"].startswith(cues.share_word) and grows):
            return dict(carried)
        # 企业销售额86亿元,占销售总额的63.1%,较上年增长17.4%: what grows is the amount, not its share
        earlier = _last_named_measure(text, cstart, in_sentence, q, cues)
        if earlier is not None:
            return _span_dict(text, earlier)
    if span is None and opens_clause:
        span = _category_of_clause_before(text, cstart, in_sentence, cues)
    if span is None and opens_clause and previous is not None and previous["measure"] is None:
        # 数量翻一番,五年累计突破600个: past the span of time, what the clause before counted
        span = _last_named_measure(text, cstart, in_sentence, q, cues)
    item = max(cstart, text.rfind(ENUM_SEP, cstart, q["start"]) + 1)
    if span is None and item > cstart and previous is not None and previous["measure"] is None \
            and all(m["norm"]["dimension"] == "duration" for m in before_q if m["start"] >= item):
        # 完成投资46亿元、两年累计投入95亿元: an item naming only an action counts what the item before did
        span = _last_named_measure(text, item, in_sentence, q, cues)
    return _span_dict(text, span)


def _in_tenths(q: Mention, cues: Cues) -> bool:
    """七成, 五成以上, 超六成: a share written in tenths, which counts the things named right after it."""
    return any(u in q["text"] for u in cues.tenths_units)


def _action_named_before(text: str, lo: int, end: int, blockers: list[Mention], cues: Cues) -> tuple[int, int] | None:
    """单个企业每年最高补助20万元 → 补助, 提供授信支持超30亿元 → 授信支持: an amount right after an action that
    gives money (past link words such as 最高, 达) is named by that action, with the noun it closes."""
    while (link := next((w for w in cues.action_links if text.endswith(w, lo, end)), None)) is not None:
        end -= len(link)
    word = next((w for w in cues.action_amounts if text.endswith(w, lo, end)), None)
    if word is None:
        return None
    word_start = end - len(word)
    head = _measure_before(text, lo, word_start, blockers, cues) if word_start > lo else None
    return (head[0] if head and head[1] == word_start else word_start), end


def _counts_other_things(previous: dict[str, Any], norm: dict[str, Any], cues: Cues) -> bool:
    """人才项目76项,3人入选…; 28家银行在11个市…: a count with another measure word than the count
    before it counts other things (a classifier agrees with its noun), so it takes no carried measure."""
    units = (previous["unit"], norm["unit"])
    return units[0] != units[1] and all(u in cues.count_units for u in units)


_SKIPS_BEFORE = 4  # words that name nothing read past before a measure (已运行11个, 从第31位上升至22位)


def _named_measure_before(text: str, lo: int, end: int, blockers: list[Mention], cues: Cues) -> tuple[int, int] | None:
    """The measure before ``end``, reading past words that name nothing counted (增速6.3%, 已运行11个: the
    name before the word; 能力从全国第35位提高到第26位,提升9位: the ranks go, what is ranked stays)."""
    span = _gap_figure(text, lo, _before_comparison(text, _measure_before(text, lo, end, blockers, cues), cues), cues)
    for _ in range(_SKIPS_BEFORE):
        if span is None or not _not_a_measure(text, span, cues):
            return span
        end = span[0]
        while (word := next((w for w in cues.trim_words if text.endswith(w, lo, end)), None)) is not None:
            end -= len(word)  # 从全省第26位: the scoping word trimmed off the rank goes with it
        span = _before_comparison(text, _measure_before(text, lo, end, blockers, cues), cues)
    return None if span and _not_a_measure(text, span, cues) else span


def _names_a_zone(text: str, span: tuple[int, int], in_sentence: list[Mention], cues: Cues,
                  q: Mention | None = None) -> bool:
    """(青禾高新区248家、澄川高新区63家): a zone's head right after a place names that zone, a part of
    the figure before it, not what the number counts; so does a bare zone head opening a list whose
    next item is a place and its number (为高新区927家、北湖区214家)."""
    if text[span[0] : span[1]] not in cues.zone_heads:
        return False
    if any(m["type"] == "REGION" and m["end"] == span[0] for m in in_sentence):
        return True
    return q is not None and text.startswith(ENUM_SEP, q["end"]) and any(
        m["type"] == "REGION" and m["start"] == q["end"] + 1 for m in in_sentence)


def _gap_figure(text: str, lo: int, span: tuple[int, int] | None, cues: Cues) -> tuple[int, int] | None:
    """高于全市各项存款增速6.2个百分点: a clause opening on a gap names the figure the number is a gap to,
    and that figure is its measure; 高于全省2个百分点 names none, and where the clause names what is compared
    before the gap word (存款增速持续高于…), that is the measure."""
    if span is None or _HAN_CHAR.search(text, lo, span[0]):
        return span
    base = cues.gap_opening.match(text, span[0], span[1])
    if base is None:
        return span
    named = _trim_measure(text, base.end(), span[1], cues)
    if named is None or _not_a_measure(text, named, cues) or not text[named[0] : named[1]].endswith(cues.gap_figures):
        return span  # 高于规上工业2个百分点, 比全国平均水平低1.4个百分点: a sector or a level, no rate of its own
    return named


def _before_comparison(text: str, span: tuple[int, int] | None, cues: Cues) -> tuple[int, int] | None:
    """增速高于全县营收增速8个百分点 → 增速…: a measure ends where a comparison inside it begins (a gap to
    another figure names what is compared, not the other figure); 比重 and 比例 are nouns, no comparison."""
    if span is None:
        return None
    for at in range(span[0] + 1, span[1]):
        if text.startswith(cues.comparison_inside, at) and not text.startswith(cues.holds_stop, at) \
                and text[at - 1] not in cues.comparison_not_after:
            return _trim_measure(text, span[0], at, cues)
    return span


def _head_after_relative(text: str, q_end: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    """近30项具有行业引领力的团体标准, 60家有自主品牌、成长潜力的科技型企业: a clause describing the counted
    things (opening on a verb such as 具有, 建成) stands before the noun that names them, after its 的."""
    if not text.startswith(_as_prefixes(cues.relative_openers), q_end, hi):
        return None  # (the first word is a prefix of the stretch: most stretches need no segmenting)
    words = compiled_jieba().cut(text[q_end:hi])
    longer = tuple(w for w in cues.relative_openers if len(w) > 2)  # (新认定 is cut as 新 + 认定)
    if not words or (words[0] not in cues.relative_openers and not text.startswith(longer, q_end, hi)):
        return None
    de = text.find("的", q_end, hi)
    return _measure_after(text, de + 1, hi, cues) if de != -1 else None


@functools.lru_cache(maxsize=16)
def _as_prefixes(words: frozenset[str]) -> tuple[str, ...]:
    """``words`` as ``str.startswith`` takes them (a frozenset keeps its hash: the look-up is cheap)."""
    return tuple(words)


def _head_after_amount(text: str, q_end: int, hi: int, in_sentence: list[Mention],
                       cues: Cues) -> tuple[int, int] | None:
    """17家产值上百亿元企业, 两个500亿元产业: an amount that qualifies the counted things (产值上…, 营收超…,
    or the amount alone) stands between the count and their noun, which follows the amount."""
    amount = next((m for m in in_sentence if m["type"] == "QUANTITY" and m["start"] == hi), None)
    if amount is None or amount["norm"]["dimension"] != "money" or ENUM_SEP in text[q_end:hi]:
        return None  # 年产茶饮料3200吨、产值超20亿元: a list item of its own, no qualifier
    link = text[q_end:hi]
    if link and not (link.endswith(cues.attribute_links) or amount["text"].startswith(cues.attribute_links)):
        return None  # 3个项目总投资20亿元: the amount is of the things, not a qualifier of them
    # (no link at all: 两个500亿元产业, 5个百亿元项目 — the amount right after the count sizes the things)
    return _measure_after(text, amount["end"], clause_end(text, amount["end"], len(text)), cues)


def _term_before_duration(text: str, q: Mention, lo: int, in_sentence: list[Mention],
                          cues: Cues) -> tuple[int, int] | None:
    """贷款期限原则上不超过2年, 平均减少审批承诺时限15个工作日: a duration measures the term its clause names
    before it (the phrase up to the term word; adverbs after it are no part of it); else nothing."""
    blockers = [m for m in in_sentence if m["type"] != "QUANTITY" and lo <= m["start"] and m["end"] <= q["start"]]
    span = _measure_before(text, lo, q["start"], blockers, cues)
    if span is None:
        return None
    ends = [at + len(w) for w in cues.duration_heads if (at := text.rfind(w, span[0], span[1])) != -1]
    return (span[0], max(ends)) if ends else None


def _measure_before_duration(text: str, q: Mention, cstart: int, in_sentence: list[Mention],
                             blockers: list[Mention], cues: Cues) -> tuple[int, int] | None:
    """有效发明专利4年时间增长逾2倍: what grows is named before the span of time it grew over."""
    durations = [m for m in in_sentence if m["type"] == "QUANTITY" and m["norm"]["dimension"] == "duration"
                 and cstart <= m["start"] and m["end"] <= q["start"]]
    if not durations:
        return None
    end = durations[-1]["start"]
    lo = max([cstart] + [b["end"] for b in blockers if b["end"] <= end])
    span = _measure_before(text, lo, end, blockers, cues)
    return None if span and _not_a_measure(text, span, cues) else span


def _ranked_topic(text: str, q: Mention, in_sentence: list[Mention], cues: Cues) -> tuple[int, int] | None:
    """科技型企业数居前三的县是北湖县(348家)、…: a number in brackets after a place in a ranking
    counts what is ranked, named before the rank words."""
    opening = q["start"] - 1
    if opening < 0 or text[opening] not in "(（":
        return None
    if not any(m["type"] in ("REGION", "PLATFORM") and m["end"] == opening for m in in_sentence):
        return None
    sent_start = sentence_bounds(text, q["start"])[0]
    ranks = list(cues.rank_lead.finditer(text, sent_start, opening))
    if not ranks:
        return None
    rank = ranks[-1]
    lo = clause_start(text, rank.start(), sent_start)
    blockers = [m for m in in_sentence
                if m["type"] in ("DATE", "REGION", "QUANTITY", "PLATFORM") and m["end"] <= rank.start()]
    return _measure_before(text, lo, rank.start(), blockers, cues)


def _last_named_measure(text: str, cstart: int, in_sentence: list[Mention], q: Mention,
                        cues: Cues) -> tuple[int, int] | None:
    """The measure named before the last number of an earlier clause that is no share."""
    for m in reversed([m for m in in_sentence if m["type"] == "QUANTITY" and m["end"] <= cstart]):
        lo = clause_start(text, m["start"], sentence_bounds(text, m["start"])[0])
        if text.find(cues.share_word, lo, m["start"]) != -1:
            continue
        # (a zone is a place like a district: 312家(北湖高新区248家、…) counts no 北湖高新区)
        blockers = [b for b in in_sentence
                    if b["type"] in ("DATE", "REGION", "QUANTITY", "PLATFORM") and b["end"] <= m["start"]]
        span = _measure_before(text, lo, m["start"], blockers, cues)
        if span is not None and not _names_a_zone(text, span, in_sentence, cues):
            return span
    return None


def _category_of_clause_before(text: str, cstart: int, in_sentence: list[Mention],
                               cues: Cues) -> tuple[int, int] | None:
    """营业收入翻一番,达到740亿元: a clause that names only an action counts the category named in the
    clause before it in the same sentence (SPEC 6.1)."""
    if cstart == 0 or text[cstart - 1] not in "，,":
        return None
    sent_start = sentence_bounds(text, cstart - 1)[0]
    prev_start = clause_start(text, cstart - 1, sent_start)
    blockers = [m for m in in_sentence if m["type"] in ("DATE", "REGION", "QUANTITY") and m["end"] <= cstart]
    if any(prev_start <= b["start"] and b["type"] == "QUANTITY" for b in blockers):
        return None  # that clause has a number of its own, and its record its own measure
    end = cstart - 1
    ranked = cues.rank_phrase.search(text, prev_start, end)
    if ranked:  # A、B通过评价的企业数分别居各板块首位,为A 15家、B 9家: what is ranked, before the rank
        end = ranked.start()
    return _named_measure_before(text, prev_start, end, blockers, cues)


def _share_measure(text: str, lo: int, q_start: int, blockers: list[Mention],
                   cues: Cues) -> tuple[int, int] | None:
    """A share (SPEC 6.1): 科技支出占财政支出比重为3.1% → 科技支出占财政支出比重 (A right before 占: A占B as one
    span); 专利96件,占全省总量的18.4% → 占全省总量 (a number between: the 占 phrase); 全市占比35% → 全市占比."""
    at = text.rfind(cues.share_word, lo, q_start)
    if at == -1 or text.startswith(cues.share_not_before, at + 1):
        return None
    if _inside_closed_aside(text, lo, at, q_start):
        return None  # 研发投入强度(研发投入占营业收入比重)为3.8%: the share explains the name before it
    if text.startswith("占比", at):
        start = lo
        while start < at and text[start] in _PUNCT:
            start += 1
        subject = next((b for b in blockers if b["type"] == "REGION" and b["start"] == start and b["end"] <= at), None)
        start = subject["end"] if subject else start  # (北湖区发明专利所占比重: the place is the region)
        end = at + 3 if text.startswith(_SHARE_NOUNS, at) else at + 2  # (发明专利所占比重为43.9%: 比重 whole)
        return (start, end) if end <= q_start else None
    end = q_start
    # 占北湖市46.1%: the place after 占 is the share's base, part of the 占 phrase
    base_at = at + 2 if text.startswith("全", at + 1) else at + 1  # 占全新疆41%: 全 before the place
    blockers = [b for b in blockers if not (b["type"] == "REGION" and b["start"] == base_at)]
    while True:
        new_end = _peel_suffix(text, at + 1, end, blockers, cues)
        if new_end == end:
            break
        end = new_end
    if end <= at + 1:
        return None
    subject_end = at - _adverb_before(text, lo, at, cues.share_adverbs)  # 约占: A before the adverb
    head = _measure_before(text, lo, subject_end, blockers, cues) if subject_end > lo else None
    return (head[0] if head and head[1] == subject_end else at), end


def _inside_closed_aside(text: str, lo: int, at: int, end: int) -> bool:
    """``at`` stands inside brackets opened after ``lo`` and closed before ``end``."""
    opening = max(text.rfind("(", lo, at), text.rfind("（", lo, at))
    if opening == -1 or any(text.find(c, opening, at) != -1 for c in ")）"):
        return False
    return any(text.find(c, at, end) != -1 for c in ")）")


def _adverb_before(text: str, lo: int, at: int, adverbs: tuple[str, ...]) -> int:
    """The length of the longest adverb ending at ``at`` (约 in 约占), 0 when none does."""
    return max((len(a) for a in adverbs if at - len(a) >= lo and text.endswith(a, lo, at)), default=0)


def _not_a_measure(text: str, span: tuple[int, int], cues: Cues) -> bool:
    """A verb, an adverbial or a rate word (发展到, 首次, 增速) names nothing counted; nor does a gap
    to another figure (比全国平均水平低)."""
    words = text[span[0] : span[1]]
    gap = words.startswith(cues.gap_prefixes) and not words.startswith(cues.holds_stop)  # (比例, 比重 are nouns)
    return (words in cues.not_measure or gap or words.endswith(cues.gap_suffixes)
            or cues.not_measure_pattern.fullmatch(words) is not None)


def _label_before_colon(text: str, cstart: int, blockers: list[Mention], cues: Cues) -> tuple[int, int] | None:
    """一、高新技术企业：新增312家 — a figure after a colon is measured by the label before it."""
    colon = cstart - 1
    if colon < 0 or text[colon] not in "：:":
        return None
    lo = text.rfind("\n", 0, colon) + 1
    lo = max(lo, text.rfind(ENUM_SEP, lo, colon) + 1)  # after the enumerator 一、
    return _measure_before(text, lo, colon, blockers, cues)


def _region(text: str, q: Mention, in_sentence: list[Mention], cstart: int, regions: RegionTracker,
            cues: Cues) -> str | None:
    """The region a fact is about: the nearest before it, in its sentence, of a named local region
    and a level word (全市, 全省, 全区: 我省…完成产值955亿元,同比增长17% keeps 我省 for both), else
    the section's region."""
    section = regions.section_region(q["start"])
    sent_start = sentence_bounds(text, q["start"])[0]
    scope = _wider_scope(text, q, sent_start, cues)
    if scope is not None:  # (在全国204家同类园区中, 全国平均为8.7%: the whole country's figure, no division's)
        return None if scope in cues.national_words else _level_word_region(scope, section, section, regions, cues)
    higher = _higher_scope_heading(text, q, in_sentence, cstart, regions, cues)
    if higher is not None:
        return higher
    owner = next((m for m in in_sentence if m["type"] == "REGION" and m["end"] == q["start"]), None)
    if owner is not None and cues.set_after.match(text[q["end"] : q["end"] + _SCOPE_REACH]):
        return owner["norm"]["name"]  # (是北湖市12个参评园区中仅有的…: the set is the city's)
    named = [m for m in in_sentence if m["type"] == "REGION" and m["end"] <= q["start"] and regions.is_local(m)
             and not _is_partner(text, m, cues)
             and (m["start"] >= cstart or (_heads_earlier_clause(text, m, sent_start, cues)
                                           and not _joined_to_a_noun(text, m, in_sentence, sent_start, cues)))]
    lo = max(named[-1]["end"] if named else 0, sent_start)
    words = [(at, kind) for kind, group in (("section", cues.section_words), ("city", cues.city_words),
                                            ("province", cues.province_words))
             for at in level_words_in(text, lo, q["start"], group, cues)
             if at >= cstart or _heads_its_clause(text, at, sent_start, cues)]
    item_head = _zone_heading_the_item(text, q, in_sentence, max(lo, cstart), regions, cues) \
        or _zone_heading_an_earlier_clause(text, q, in_sentence, lo, cstart, regions, cues)
    if _lies_within(section, item_head) or text[q["start"] - 1 : q["start"]] == "等":
        # (太原重工、某某集团等4户: the count of a list of companies is not its first one's)
        item_head = None  # 杭州未来科技城 in a report on its district: the district is the finer place
    grouping = _grouping_as_subject(text, lo, q["start"], in_sentence, sent_start, cstart, cues)
    if grouping is not None and item_head is None and all(at < grouping for at, _ in words):
        return None  # (长三角地区已集聚…3万家: the grouping's figure, no division's)
    if not named and not words and item_head is None and _grouping_heads_the_chain(text, sent_start, cues):
        return None  # (青北两区…增长6.8%;研发投入占比达2.9%: the grouping is the later parts' subject too)
    if words:
        return _level_word_region(text[max(words)[0]:], section, item_head or section, regions, cues)
    if item_head is not None:
        return item_head
    if named and _joins_two_places(text, named):
        return section  # (合肥至芜湖段扩容工程…79公里: a stretch between two places is in neither)
    if named and not _closes_a_list_of_places(text, named, q, in_sentence, cues):
        return named[-1]["norm"]["name"]
    site = _site_after(text, q, in_sentence, regions, cues) if not named and not words else None
    if site is not None:
        return site
    if region_level(section or "") == "province" and _holds_any(text, cstart, q["start"], cues.city_words):
        return _city_of(section, regions)  # 占全市的41%: a part of a city, in a text that names no higher
    return section


def _level_word_region(word: str, section: str | None, place: str | None, regions: RegionTracker,
                       cues: Cues) -> str | None:
    """The region a level word standing at the start of ``word`` points at: 全省 the section's province,
    全市 the city of ``place`` (the zone heading the item, else the section), 全区 the section."""
    if word.startswith(cues.city_words):  # (北湖高新区…,带动全市工业增长0.9个百分点: the zone's city)
        return _city_of(place, regions)
    if word.startswith(cues.province_words):
        return ancestor_at(section, LEVEL_RANK["province"])
    return section


def _higher_scope_heading(text: str, q: Mention, in_sentence: list[Mention], cstart: int, regions: RegionTracker,
                          cues: Cues) -> str | None:
    """青禾省国家级孵化器共有31家获评优秀 in a city's report: a division above the report's level heading the
    number's clause, right before a level or a holding word, is the scope of the fact (the province's own
    figure quoted), else None."""
    for m in in_sentence:
        if m["type"] != "REGION" or not cstart <= m["start"] < q["start"] or regions.is_local(m):
            continue
        lead = text[cstart : m["start"]].strip(" \t“”\"")
        if (not lead or cues.trim_prefix.fullmatch(lead)) and text.startswith(cues.higher_scope_after, m["end"]):
            return m["norm"]["name"]
    return None


def _site_after(text: str, q: Mention, in_sentence: list[Mention], regions: RegionTracker, cues: Cues) -> str | None:
    """Where the project or body a figure is about sits, named after the figure: right after its 的
    (总投资12亿元的北湖航空部件项目: a place, or a zone or company whose name places it) or after a site
    verb later in the sentence (…,占地850亩,选址北湖化工园); else None."""
    after = _LINKED_AFTER.match(text, q["end"])
    if after is not None:
        head = next((m for m in in_sentence if m["start"] == after.end() and m["type"] in ("REGION", "PLATFORM",
                                                                                        "COMPANY")), None)
        if head is not None and head["type"] == "REGION" and regions.is_local(head):
            return head["norm"]["name"]
        if head is not None and head["type"] != "REGION" and not head["norm"]["name"].endswith(cues.lender_heads):
            return _division_in_name(head["norm"]["name"], regions.home_rank, regions.province)
        return _one_place_in_project_name(text, after.end(), in_sentence, regions, cues) if head is None else None
    end = sentence_bounds(text, q["start"])[1]
    for m in in_sentence:
        if m["type"] == "REGION" and q["end"] <= m["start"] < end and regions.is_local(m) \
                and _after_site_verb(text, m, q["end"], cues):
            return m["norm"]["name"]
    return None


_FROM_TO = regex.compile(r"[^\s，,。；;、：:]{0,6}[至到]")


def _joins_two_places(text: str, named: list[Mention]) -> bool:
    """The last place named is the far end of a stretch from the place before it (甲龙湾至乙段)."""
    if len(named) < 2:
        return False
    first, last = named[-2], named[-1]
    return _FROM_TO.fullmatch(text, first["end"], last["start"]) is not None


def _one_place_in_project_name(text: str, start: int, in_sentence: list[Mention], regions: RegionTracker,
                               cues: Cues) -> str | None:
    """总投资30亿元的青禾城际铁路北湖段项目: the one local place named inside the project's name, before its
    head (项目, 工程) and with no break, is where it sits; a name joining two places (甲至乙段) sits in neither."""
    end = cues.project_heads.search(text, start, start + _PROJECT_NAME_CHARS)
    if end is None or len(end.group()) == 1:
        return None  # (no head, or a break before it)
    places = {m["norm"]["name"] for m in in_sentence
              if m["type"] == "REGION" and start <= m["start"] and m["end"] <= end.start() and regions.is_local(m)}
    return places.pop() if len(places) == 1 else None


_PROJECT_NAME_CHARS = 30  # characters a project's name is read in after the figure's 的


def _after_site_verb(text: str, m: Mention, floor: int, cues: Cues) -> bool:
    """A site verb (落户, 选址) ends right before the place ``m``, read no further back than ``floor``."""
    return text[max(floor, m["start"] - _SITE_VERB_CHARS) : m["start"]].endswith(cues.site_verbs)


_SITE_VERB_CHARS = 3  # characters a site verb is read in before a place
_SCOPE_REACH = 30  # characters before and after a number a wider scope's pattern may read


def _wider_scope(text: str, q: Mention, sent_start: int, cues: Cues) -> str | None:
    """The scope word (全国, 国家, 全省, 全市) when the number is a figure of a wider scope than the fact's
    subject: the set the subject is ranked in (在全国204家同类园区中, 在88个国家级园区中), the scope's own
    figure (全国平均为8.7%) or the base inside a comparison (比全国同期平均增速9.1%快); else None."""
    before = text[max(sent_start, q["start"] - _SCOPE_REACH) : q["start"]]
    if "全" not in before and not before.endswith("在"):
        return None  # (every pattern reads a scope word before the number or a 在 right before it)
    after = text[q["end"] : q["end"] + _SCOPE_REACH]
    for lead, tail in cues.scope_figures:
        m_after = tail.match(after)  # (first: anchored, it is the cheaper, and most numbers fail it)
        m_before = lead.search(before) if m_after else None
        if m_before and m_after:
            if m_before.groupdict().get("nation") or m_after.groupdict().get("nation"):
                return cues.national_words[0]
            scope = m_before.groupdict().get("scope") or m_after.groupdict().get("scope")
            if scope:
                return scope
    return None


def _grouping_as_subject(text: str, lo: int, hi: int, in_sentence: list[Mention], sent_start: int, cstart: int,
                         cues: Cues) -> int | None:
    """Where the last informal grouping (长三角, 京津冀) in ``text[lo:hi]`` stands as the subject of the
    fact: in its clause or heading an earlier clause, not inside a name, not after a base or partner
    word (居中部地区第1位, 与京津冀合作). None when there is none."""
    names = [(m["start"], m["end"]) for m in in_sentence if m["type"] in ENTITY_TYPES]
    places = _places_of_any(text, lo, hi, cues.groupings)
    places += [m.start() for m in cues.grouping_forms.finditer(text, lo, hi)]
    found = [at for at in places
             if not any(s <= at < e for s, e in names)
             and not text[max(0, at - 2) : at].endswith(cues.base_before)
             and text[max(0, at - 1) : at] not in cues.partner_before
             and (at >= cstart or _heads_its_clause(text, at, sent_start, cues))]
    return max(found, default=None)


def _grouping_heads_the_chain(text: str, part_start: int, cues: Cues) -> bool:
    """A grouping heads a clause of the first part of the ；-chain this part ends (青北两区协同成效显著,…;
    R&D经费支出占比达2.9%): the later parts that name no place of their own go on about it."""
    chain = _chain_start(text, part_start)
    if chain == part_start:
        return False
    first_end = _LIST_SEP.search(text, chain, part_start)
    hi = first_end.start() if first_end else part_start
    places = _places_of_any(text, chain, hi, cues.groupings)
    places += [m.start() for m in cues.grouping_forms.finditer(text, chain, hi)]
    return any(_opens_the_chain(text, chain, at) and _heads_its_clause(text, at, chain, cues)
               and not text[max(0, at - 2) : at].endswith(cues.base_before)
               and text[max(0, at - 1) : at] not in cues.partner_before for at in places)


def _opens_the_chain(text: str, chain: int, at: int) -> bool:
    """Only a date or time word stands before ``at`` in the chain (2031年,青北两区…): a grouping heading a
    later clause of the first part (…,外资研发中心561家,青禾科创平台集聚…) is that clause's subject only."""
    return not _HAN_CHAR.search(_LEAD_TIME.sub("", text[chain:at]))


_ITEM_OPENER = regex.compile(r"\s*(?:其中[，,]?)?\s*")


def _zone_heading_the_item(text: str, q: Mention, in_sentence: list[Mention], lo: int, regions: RegionTracker,
                           cues: Cues) -> str | None:
    """其中,北湖高新区310亿元、青禾高新区245亿元: a figure in a list item or clause that opens on a zone or
    company whose name places it is that division's (not a lender's: 青禾银行发放贷款2亿元)."""
    start = _last_item_mark(text, lo, q["start"], in_sentence)
    start = _ITEM_OPENER.match(text, start, q["start"]).end()  # (其中,)
    head = next((m for m in in_sentence if m["start"] == start and m["end"] <= q["start"]
                 and m["type"] in ("PLATFORM", "COMPANY")), None)
    if head is None or head["norm"]["name"].endswith(cues.lender_heads):
        return None
    return _division_in_name(head["norm"]["name"], regions.home_rank, regions.province)


def _after_marks_backwards(text: str, lo: int, hi: int, marks: str) -> Iterator[int]:
    """Just after each of ``marks`` in ``text[lo:hi]``, last first (found by rfind, not by a scan of
    every character)."""
    # (hi > lo first: rfind would count a negative hi from the end)
    while hi > lo and (at := max(text.rfind(mark, lo, hi) for mark in marks)) != -1:
        yield at + 1
        hi = at


def _last_item_mark(text: str, lo: int, hi: int, in_sentence: list[Mention]) -> int:
    """Just after the last 、 or opening bracket in ``text[lo:hi]`` outside a name (not the bracket of
    某某(青禾)有限公司), else ``lo`` (found from the end back, not by a scan of every character)."""
    inside_names = None
    for after in _after_marks_backwards(text, lo, hi, "、（("):
        if inside_names is None:
            inside_names = [(m["start"], m["end"]) for m in in_sentence if m["type"] != "QUANTITY"]
        if not any(s <= after - 1 < e for s, e in inside_names):
            return after
    return lo


def _zone_heading_an_earlier_clause(text: str, q: Mention, in_sentence: list[Mention], lo: int, cstart: int,
                                    regions: RegionTracker, cues: Cues) -> str | None:
    """北湖高新区累计营业总收入948亿元,工业总产值871亿元,实现税收65亿元: the zone opening an earlier
    clause of the sentence is the subject of the later ones, until a place is named (the nearest
    earlier clause opening on a name decides). Only a zone: its name is where it is, while a company's
    name need not say where the fact is (a plant elsewhere), beyond its own clause."""
    if any(m["type"] == "REGION" and lo <= m["start"] < q["start"] and _gloss_of(text, m, in_sentence) is None
           for m in in_sentence):
        return None
    for at in _after_marks_backwards(text, lo, cstart - 1, "，,；;：:"):
        start = _ITEM_OPENER.match(text, at, cstart).end()
        head = next((m for m in in_sentence if m["start"] == start and m["type"] != "QUANTITY"), None)
        if head is None or head["type"] == "DATE":
            continue
        if head["type"] != "PLATFORM":
            return None
        return _zone_place(text, head, in_sentence, regions)
    opening = _ITEM_OPENER.match(text, lo, cstart).end()  # (once, not once per mention)
    head = next((m for m in in_sentence if m["start"] == opening and m["type"] == "PLATFORM"),
                None)  # the sentence's own subject
    if head is None or head["start"] >= cstart:
        return None
    return _zone_place(text, head, in_sentence, regions)


def _zone_place(text: str, zone: Mention, in_sentence: list[Mention], regions: RegionTracker) -> str | None:
    """Where a zone is: the division its name holds (北湖高新区), else the district glossing it in brackets
    (经开区(北湖区): the zone and the district are one)."""
    placed = _division_in_name(zone["norm"]["name"], regions.home_rank, regions.province)
    if placed is not None:
        return placed
    gloss = next((m for m in in_sentence if m["type"] == "REGION" and _gloss_of(text, m, in_sentence) is zone), None)
    return gloss["norm"]["name"] if gloss is not None and regions.is_local(gloss) else None


def _gloss_of(text: str, m: Mention, in_sentence: list[Mention]) -> Mention | None:
    """The zone a region glosses in brackets right after its name (经开区(北湖区)), else None."""
    if text[m["start"] - 1 : m["start"]] not in ("(", "（") or text[m["end"] : m["end"] + 1] not in (")", "）"):
        return None
    return next((z for z in in_sentence if z["type"] == "PLATFORM" and z["end"] == m["start"] - 1), None)


def _heads_earlier_clause(text: str, m: Mention, sent_start: int, cues: Cues) -> bool:
    """A region in an earlier clause of the sentence scopes the later ones only as that clause's subject
    (2031年,北湖区新增…,增长9%); not as an object after a verb (推进北湖先进光源建设,…新增5家) nor as a
    bracketed gloss (青禾经开区(北湖区)、…,自治区级3个)."""
    if text[m["start"] - 1 : m["start"]] in cues.partner_before:
        return False  # (向武汉某企业发放贷款…,: a borrower's place, its own clause's only)
    if text[m["start"] - 1 : m["start"]] in ("(", "（"):
        return False
    return not _holds_a_verb(text[clause_start(text, m["start"], sent_start) : m["start"]])


def _joined_to_a_noun(text: str, m: Mention, in_sentence: list[Mention], sent_start: int, cues: Cues) -> bool:
    """青禾文具产业和北湖时尚服装产业获批试点,…合格率达96%: a place inside the second of two joined nouns
    qualifies that noun only; the earlier clause's subject is the pair, so the place scopes no later clause.
    A list of places or named bodies (北湖区和南山区, 北湖高新区和南山区) is left to the list rules."""
    lead = text[clause_start(text, m["start"], sent_start) : m["start"]]
    join = next((w for w in cues.list_joins if lead.endswith(w)), None)
    if join is None or len(lead) == len(join):
        return False
    before = m["start"] - len(join)
    return not any(e["end"] == before and e["type"] != "QUANTITY" for e in in_sentence)


def _closes_a_list_of_places(text: str, named: list[Mention], q: Mention, in_sentence: list[Mention],
                             cues: Cues) -> bool:
    """重点布局北湖区、南山区,…营业收入达2万亿元; 东湖市和西湖市共有…: a fact after a list of places is
    about them together, not about the last one named: the section's region holds."""
    last = named[-1]
    if text[last["end"] : last["end"] + 1] in ("、", "等"):  # 布局北湖区、青禾经济技术开发区: a zone is listed after it
        return True
    if text[q["start"] - 1 : q["start"]] == "等" and not _CLAUSE_END_CHAR.search(text, last["end"], q["start"]):
        return True  # 北湖、南山、青禾东片区等5个园区: the count is of the list, not of its last place
    if any(n["type"] == "QUANTITY" and last["end"] <= n["start"] < q["start"] and text[n["start"] - 1] == "等"
           for n in in_sentence) and not _CLAUSE_END_CHAR.search(text, last["end"], q["start"]):
        return True  # 北湖茶叶园等4个省级园区、3个星创天地获…: the list's count closed the place's item
    first = last  # 青禾市北湖区: the item is the run of places ending on the last one
    while (before := next((m for m in in_sentence if m["type"] == "REGION" and m["end"] == first["start"]),
                          None)) is not None:
        first = before
    if text[first["start"] - 1 : first["start"]] == "、" and any(
            m["type"] in ("REGION", "PLATFORM") and m["end"] == first["start"] - 1 for m in in_sentence):
        return True  # 北湖、青禾高新区、南山共有: a list of places and zones ends on it (not 高新区12家、南山8家)
    if len(named) < 2:
        return False
    before = named[-2]
    if text[before["end"] : last["start"]].strip() in cues.list_joins and _level_rank(before) == _level_rank(last):
        return True
    return _ends_a_list_of_named_items(text, named, q, in_sentence, cues)


def _ends_a_list_of_named_items(text: str, named: list[Mention], q: Mention, in_sentence: list[Mention],
                                cues: Cues) -> bool:
    """北湖医药园、南山材料园和北湖食品园三个: a count right after a list whose items open on
    places (two or more, of one level, joined by list words, in one clause) counts the list's items, not
    the last place's; a verb before the count (北湖区新增8家) makes it that place's own."""
    last = named[-1]
    if _CLAUSE_END_CHAR.search(text, last["end"], q["start"]) or _holds_a_verb(text[last["end"] : q["start"]]):
        return False
    items = [m for m in named if not _CLAUSE_END_CHAR.search(text, m["end"], q["start"])
             and _level_rank(m) == _level_rank(last)]
    if len({m["norm"]["name"] for m in items}) < 2 or any(
            m["type"] == "QUANTITY" and items[0]["start"] < m["start"] < q["start"] for m in in_sentence):
        return False  # (北湖区(120家)、南山区(95家): a breakdown, each place with its own number)
    gaps = [text[a["end"] : b["start"]] for a, b in itertools.pairwise(items)]
    return any(word in gap for gap in gaps for word in cues.list_joins)


def _heads_its_clause(text: str, at: int, sent_start: int, cues: Cues) -> bool:
    """A level word opening an earlier clause (2031年,我省…) scopes the sentence; one inside it (贯彻全市…
    计划, 带动全市形成…) is an object and scopes nothing after it."""
    lead = text[clause_start(text, at, sent_start) : at].strip(" \t“”\"")
    return not _HAN_CHAR.search(lead) or cues.trim_prefix.fullmatch(lead) is not None


def _city_of(section: str | None, regions: RegionTracker) -> str | None:
    """全市: the district's city; a county-level city (兰溪市) itself; in a province's text the one
    city in view (a province named only inside a body's name makes no city report provincial),
    else none; a municipality (重庆市) itself."""
    if (section or "").endswith("市") or section is None:
        return section
    if region_level(section) == "province":
        return regions.only_city
    return ancestor_at(section, LEVEL_RANK["prefecture"])


_FIELD_ORDER = ["id", "quantity", "value", "unit", "modifier", "measure", "indicator", "region", "time",
                "aspect", "entities", "sentence"]


def _ordered(record: dict[str, Any]) -> dict[str, Any]:
    return {k: record[k] for k in _FIELD_ORDER}
