"""The linker's cue words, compiled once (``Cues``, ``load_cues``), and the indicator table.

Decides nothing itself: every other module of the linker reads its words and patterns from here.
Fed by ``rules/link_cues.toml`` (all sections), ``rules/date_words.toml`` ([now]) and jieba's
dictionary (its verbs); ``canonical_indicator`` reads ``rules/indicators.toml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import regex

from extract.lexicon import LastPlaces, PhraseMatcher, Suffixes, words_tagged
from extract.mentions import Mention
from extract.rules import load_rules
from extract.structure import DATELINE_AFTER_DAY


@dataclass(frozen=True)
class Cues:
    """The linker's cue words and patterns, compiled from rules/link_cues.toml."""

    aspect: dict[str, list[str]]
    target: regex.Pattern
    target_not_after: tuple[str, ...]
    target_not_before: tuple[str, ...]
    ba_verbs: tuple[str, ...]  # verbs after an object that 将 marks, as 把 does
    change_units: frozenset[str]
    size_dimensions: frozenset[str]  # physical sizes: the size of one thing, never `new` by a verb without 新
    rank_moves: tuple[str, ...]  # change words (晋升, 前进) that change nothing but a rank
    rank_units: frozenset[str]
    rank_after: tuple[str, ...]
    programme_in_force: regex.Pattern  # 规划实施以来: a plan word naming a programme carried out
    done_mark: str  # 了 after a verb right before the number: a fact told done, no goal's
    done_not_after: tuple[str, ...]
    done_before: regex.Pattern  # 已 + a short verb right before the number (已开工7个)
    other_reach: int
    continued_object_lead: int  # Han characters a ；-part's first number may follow and still list an object
    other_over_level: frozenset[str]
    rule_leads: tuple[str, ...]
    rule_grants: tuple[str, ...]
    cap_words: tuple[str, ...]
    capped_grants: tuple[str, ...]
    # each phrase that hides the cue words inside it (neutral: 分别为; masked: 增加值), with its mask
    aspect_masks: tuple[tuple[str, str], ...]
    rate_words: tuple[str, ...]
    rate_after: tuple[str, ...]
    gap_words: tuple[str, ...]
    gap_base: regex.Pattern  # a gap word and the base it is measured from, right before the number
    new_after: tuple[str, ...]
    # the word lists read after a number, each as one pattern: its first place in the clause after the
    # number is one search (a find per word per number was 3% of the linker)
    new_after_any: regex.Pattern
    procedure_after_any: regex.Pattern
    outcomes_any: regex.Pattern
    event_totals: tuple[str, ...]  # 共有13个项目开工: a total of an event's items, new with an outcome after it
    started_listed: regex.Pattern  # 集中开工项目有…等7个: an event verb before the noun that 有 lists
    procedure_after: tuple[str, ...]
    procedures: frozenset[str]  # `other` cues that reach across their whole clause (申报, 推荐)
    outcomes: tuple[str, ...]  # after a count, what a procedure came to (通过审核, 落户)
    not_goal: tuple[str, ...]
    explicit_new: tuple[str, ...]
    stock_words: tuple[str, ...]
    whole_year_ahead_days: int  # 全年 before the year is out by more than this: a goal or a forecast
    target_after: tuple[str, ...]
    task_after: tuple[str, ...]  # 完成全年140家任务的63.5%: the number right before 任务 is the task set
    respectively: str
    list_joins: tuple[str, ...]
    bound_after: tuple[str, ...]  # 以上, 以下: a bound written after an amount (100家以上)
    threshold_not_sorted: tuple[str, ...]  # 目标, 水平: after a bound and 的, the amount still states a fact
    threshold_batches: tuple[str, ...]  # 一批: a batch that a bound before its count sorts
    before_stop: regex.Pattern
    before_stop_suffix: Suffixes  # the stop words a measure's end is peeled of
    after_stop: regex.Pattern
    after_predicates: frozenset[str]
    qualifier_openers: tuple[str, ...]
    holds_stop: tuple[str, ...]
    trim_words: tuple[str, ...]
    relative_openers: frozenset[str]
    describing_ends: tuple[str, ...]
    describing_chars: int
    describing_item_chars: int
    comparison_inside: tuple[str, ...]
    comparison_not_after: str
    zone_heads: frozenset[str]
    attribute_links: tuple[str, ...]
    sizing_link: regex.Pattern  # 11个总投资48亿元的项目: a size word alone between count and amount
    sized_noun: regex.Pattern  # 500亿元|产业, 2000亿|级新材料产业集群: the things (longest) an amount sizes
    sized_links: tuple[str, ...]  # 级, 量级: between such an amount and the things
    class_ordinals: tuple[str, ...]  # 首个 before such an amount makes it a class of the things, like a count
    sized_goals: tuple[str, ...]  # 冲刺965亿产业园区目标: a goal word right after the things such an amount sizes
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
    breakdown_topic: regex.Pattern  # 分县区看: a topic opener before the places of a breakdown
    leading_verbs: tuple[str, ...]  # 转化, 签订: verbs dropped where they open a measure read backwards
    action_amounts: tuple[str, ...]  # 补助, 奖励: an action whose amount follows it names that amount
    action_links: tuple[str, ...]  # 最高, 达: words between such an action and its amount
    loan_verbs: tuple[str, ...]  # 贷, 续贷, 授信: money right after one is the loan
    loan_verb_complements: tuple[str, ...]  # 了, 到: between such a verb and the money
    loan_recipient: tuple[str, ...]  # 向, 为: a recipient before 授信 makes it a verb
    noun_suffixes: tuple[str, ...]
    share_word: str
    share_not_before: tuple[str, ...]
    share_adverbs: tuple[str, ...]
    share_base_openers: tuple[str, ...]  # 占全…, 占到…: read past before a share's base place
    min_chars: int
    list_heads: tuple[str, ...]
    rank_lead: regex.Pattern
    rank_phrase: regex.Pattern  # 分别居…首位, 位列全省第3位: a standing, after what is ranked
    breakdown_openers: tuple[str, ...]
    count_units: frozenset[str]
    activity_after: tuple[str, ...]  # 30家示范基地建设: the work on the counted things ends no noun of theirs
    capacity_per: frozenset[str]  # 吨/年: a capacity per span of time names its product after it
    tenths_units: tuple[str, ...]  # 七成: a share written in tenths names the things it is of after it
    duration_heads: tuple[str, ...]  # 期限, 时限: a term a duration measures
    section_words: tuple[str, ...]
    city_words: tuple[str, ...]
    province_words: tuple[str, ...]
    level_words: tuple[str, ...]  # the section, city and province words in one tuple (one look-up for all)
    partner_before: tuple[str, ...]
    partner_holder_after: tuple[str, ...]  # after a partner's place, a body sitting there (向北湖区某企业)
    grouping_heads: tuple[str, ...]  # 青禾都市圈: a place naming a grouping casts no vote for the home division
    base_before: tuple[str, ...]
    share_after: regex.Pattern  # after a level word, what makes it the base of a share (全省的13.7%)
    lender_heads: tuple[str, ...]
    list_totals: tuple[str, ...]  # 共, 合计 between a list of names and its count
    national_words: tuple[str, ...]  # a scope naming the whole country (全国): no division's
    national_body_lead: regex.Pattern  # 国务院办公厅印发通知…: a national body heading a sentence
    scope_figures: tuple[tuple[regex.Pattern, regex.Pattern], ...]  # (before, after) a figure of a wider scope
    higher_scope_after: tuple[str, ...]  # after a higher division heading a clause, what makes it the scope
    site_verbs: tuple[str, ...]  # before a place, where a project sits (选址北湖化工园)
    naming_dash: tuple[str, ...]  # after a project's head, the project named again (…首开项目——北湖…项目)
    beneficiary_verbs: tuple[str, ...]  # after money, before the one place it goes to (支持北湖区建设)
    location_before: tuple[str, ...]  # before a place, where an earlier clause's work happens (在北湖区实施)
    project_heads: regex.Pattern  # the head ending a project's name, or a break before it (…北湖段项目)
    anaphora: tuple[str, ...]  # words pointing back to a project or body (该项目, 该公司)
    anaphora_lead: regex.Pattern  # what may stand before them in their clause (2031年, 据了解)
    set_after: regex.Pattern  # after a count, what makes it a set ranked in (…园区中, …之一)
    joined_heads: tuple[str, ...]  # heads two joined qualifiers share after a count (节能环保项目)
    count_adverbs: tuple[str, ...]  # adverbs right after a count, before a verb that qualifies its noun (成功)
    count_verb_qualifiers: tuple[str, ...]  # verbs right after a count that qualify its noun (签约项目)
    division_noun: regex.Pattern  # a one-character noun of divisions after a count (15个市为…)
    division_before: regex.Pattern  # … and before it, after the clause that sorts them (…的县共5个)
    groupings: tuple[str, ...]  # informal groupings of divisions (长三角): a fact about one has no region
    grouping_forms: regex.Pattern  # groupings by their form (青北两区, 青禾经济圈)
    byline_media: tuple[str, ...]  # a paper or site opening the piece (青禾日报讯): its place is the piece's
    dateline_after: regex.Pattern
    per_period: tuple[str, ...]
    no_average_granularity: tuple[str, ...]  # a date this fine is no period of an average (截至2030年底)
    average_after: tuple[str, ...]  # after a date, the average whose period it is (近5年平均增长率)
    whole_year: tuple[str, ...]
    within_year: regex.Pattern  # 年内: within the year in view (not 5年内, nor the 年 of a year before 内)
    whole_year_bases: tuple[str, ...]  # 完成全年140家任务的63.5%: 全年 names the task, not the fact's time
    running_total: tuple[str, ...]
    same_day: tuple[str, ...]
    continues: tuple[str, ...]
    vague: regex.Pattern  # a clause opening on a vague time (近几年, 近年来)
    vague_words: tuple[str, ...]  # (the words alone: most stretches hold none, and need no pattern)
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


def alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def is_dateline(text: str, d: Mention, cues: Cues) -> bool:
    """青禾7月9日消息, 7月9日电: the date of the report, not of its facts
    (read by the time of a fact and by the region of a paragraph alike)."""
    return cues.dateline_after.match(text, d["end"]) is not None


@functools.cache
def load_cues() -> Cues:
    """Compile rules/link_cues.toml once per process: one loader per section of the file, then the
    words read from elsewhere (rules/date_words.toml's now words, jieba's verbs)."""
    rules = load_rules("link_cues")
    return Cues(
        **_aspect_cues(rules["aspect"]),
        **_measure_cues(rules["measure"]),
        **_region_cues(rules["region"]),
        **_time_cues(rules["time"]),
        now_words=tuple(load_rules("date_words")["now"]["point"]),
        verbs=words_tagged(frozenset({"v"})),
    )


def _any_of(patterns: list[str]) -> regex.Pattern:
    """One pattern matching any of ``patterns`` (each a regular expression of the rule file)."""
    return regex.compile("|".join(f"(?:{p})" for p in patterns))


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def _aspect_cues(aspect: dict[str, Any]) -> dict[str, Any]:
    """The [aspect] section's fields of ``Cues``: what tells a target, a new, a change, a level."""
    return dict(**_aspect_word_cues(aspect), **_target_cues(aspect), **_no_fact_cues(aspect),
                **_change_and_new_cues(aspect))


def _aspect_word_cues(aspect: dict[str, Any]) -> dict[str, Any]:
    """The weighed cue words of each aspect, and how far an `other` cue reaches."""
    # caps, per-unit rules and procedures are `other` cues as well as having rules of their own
    aspect_words = {k: aspect[k] for k in ("target", "new", "change", "level")}
    aspect_words["other"] = aspect["other"] + aspect["other_over_level"] + aspect["procedures"]
    weighed = _weighed_aspect_words(aspect_words)
    return dict(
        aspect=aspect_words,
        aspect_weighed=weighed,
        aspect_places=LastPlaces(weighed),
        aspect_masks=tuple((phrase, "\0" * len(phrase)) for phrase in aspect["neutral"] + aspect["masked"]),
        other_reach=aspect["other_reach"],
        continued_object_lead=aspect["continued_object_lead"],
        other_over_level=frozenset(aspect["other_over_level"]),
    )


def _target_cues(aspect: dict[str, Any]) -> dict[str, Any]:
    """What makes a number a goal (力争, 目标 after it), what does not (规划面积, 计划实施以来), and the
    mark of a fact done that a goal word before it does not turn into a target."""
    return dict(
        target=regex.compile(f"(?:{alternation(aspect['target'])})"),
        target_not_after=tuple(aspect["target_not_after"]),
        target_not_before=tuple(aspect["target_not_before"]),
        ba_verbs=tuple(aspect["ba_verbs"]),
        programme_in_force=regex.compile("|".join(aspect["programme_in_force"])),
        not_goal=tuple(aspect["not_goal"]),
        target_after=tuple(aspect["target_after"]),
        task_after=tuple(aspect["task_after"]),
        sized_goals=tuple(aspect["sized_goals"]),
        whole_year_ahead_days=aspect["whole_year_ahead_days"],
        plan_lead=regex.compile(r"(?:^|(?<=[。！？!?\n]))\s*(?:"
                                + "|".join(f"(?:{p})" for p in aspect["plan_leads"]) + ")", regex.M),
        goal_heading=_any_of(aspect["goal_headings"]),
        goal_heading_not=_any_of(aspect["goal_headings_not"]),
        done_mark=aspect["done_mark"],
        done_not_after=tuple(aspect["done_not_after"]),
        done_before=regex.compile(f"{regex.escape(aspect['done_before'])}\\p{{Han}}{{1,{aspect['done_verb_chars']}}}$"),
    )


def _no_fact_cues(aspect: dict[str, Any]) -> dict[str, Any]:
    """Numbers that state no fact (`other`): a rule's rate or cap, a bound that sorts things, a
    procedure (and the outcome that makes it `new`)."""
    return dict(
        rule_leads=tuple(aspect["rule_leads"]),
        rule_grants=tuple(aspect["rule_grants"]),
        cap_words=tuple(aspect["cap_words"]),
        capped_grants=tuple(aspect["capped_grants"]),
        threshold_not_sorted=tuple(aspect["threshold_not_sorted"]),
        threshold_batches=tuple(aspect["threshold_batches"]),
        class_ordinals=tuple(aspect["class_ordinals"]),
        procedures=frozenset(aspect["procedures"]),
        procedure_after=tuple(aspect["procedure_after"]),
        procedure_after_any=regex.compile(alternation(aspect["procedure_after"])),
        outcomes=tuple(aspect["outcomes"]),
        outcomes_any=regex.compile(alternation(aspect["outcomes"])),
    )


def _change_and_new_cues(aspect: dict[str, Any]) -> dict[str, Any]:
    """What tells `change` (a rate, a gap, a rank moved, a unit of change) from `new` (things
    started, an event's total) and a stock to date (`level`)."""
    return dict(
        change_units=frozenset(aspect["change_units"]),
        size_dimensions=frozenset(aspect["size_dimensions"]),
        rank_moves=tuple(aspect["rank_moves"]),
        rank_units=frozenset(aspect["rank_units"]),
        rank_after=tuple(aspect["rank_after"]),
        rate_words=tuple(aspect["rate_words"]),
        rate_after=tuple(aspect["rate_after"]),
        gap_words=tuple(aspect["gap_words"]),
        gap_base=_gap_base_pattern(aspect),
        new_after=tuple(aspect["new_after"]),
        new_after_any=regex.compile(alternation(aspect["new_after"])),
        event_totals=tuple(aspect["event_totals"]),
        started_listed=regex.compile(f"(?<![{aspect['event_lead_not_after']}])(?:{alternation(aspect['event_verb_leads'])})"
                                     f"(?:{alternation(aspect['event_verbs_before_total'])})\\p{{Han}}{{0,4}}有"
                                     f"(?![{aspect['event_you_not_before']}])"),
        explicit_new=tuple(aspect["explicit_new"]),
        stock_words=tuple(aspect["stock_words"]),
    )


def _measure_cues(measure: dict[str, Any]) -> dict[str, Any]:
    """The [measure] section's fields of ``Cues``: what a number measures (one step per concern;
    the words left here say what is never a measure and what an amount or a size is of)."""
    return dict(
        **_stop_cues(measure),
        **_gap_cues(measure),
        **_action_cues(measure),
        **_list_cues(measure),
        **_describing_cues(measure),
        **_count_noun_cues(measure),
        **_sized_cues(measure),
        **_share_cues(measure),
        zone_heads=frozenset(measure["zone_heads"]),
        not_measure=frozenset(measure["not_measure"]),
        not_measure_pattern=_any_of(measure["not_measure_patterns"]),
        money_after=tuple(measure["money_after"]),
        size_words=tuple(measure["size_words"]),
        noun_suffixes=tuple(measure["noun_suffixes"]),
        min_chars=measure["min_chars"],
    )


def _list_cues(measure: dict[str, Any]) -> dict[str, Any]:
    """Lists and breakdowns: 分别, the joins and heads of a list of things, the words around the
    places of a breakdown, a standing (位列第3位)."""
    return dict(
        respectively=measure["respectively"],
        list_joins=_longest_first(measure["list_joins"]),
        list_heads=_longest_first(measure["list_heads"]),
        breakdown_openers=tuple(measure["breakdown_openers"]),
        breakdown_topic=_any_of(measure["breakdown_topic"]),
        place_fillers=regex.compile(alternation(measure["place_fillers"])),
        rank_lead=_any_of(measure["rank_lead"]),
        rank_phrase=_any_of(measure["rank_phrase"]),
    )


def _describing_cues(measure: dict[str, Any]) -> dict[str, Any]:
    """What describes the thing measured around the number: qualifiers and relative clauses,
    comparisons inside a measure, the links from a thing to its attribute or size."""
    return dict(
        after_predicates=frozenset(measure["after_predicates"]),
        qualifier_openers=tuple(measure["qualifier_openers"]),
        relative_openers=frozenset(measure["relative_openers"]),
        describing_ends=tuple(measure["describing_ends"]),
        describing_chars=int(measure["describing_chars"]),
        describing_item_chars=int(measure["describing_item_chars"]),
        comparison_inside=tuple(measure["comparison_inside"]),
        comparison_not_after="".join(measure["comparison_not_after"]),
        attribute_links=tuple(measure["attribute_links"]),
        sizing_link=regex.compile(f"(?:{alternation(measure['sizing_qualifiers'])})?"
                                  f"(?:{alternation(measure['size_words'] + measure['money_after'])})+"),
        qualifier_chars=measure["qualifier_chars"],
        shared_head_chars=measure["shared_head_chars"],
        # no ^: match() anchors at its pos already, and ^ would only ever match at 0
        named_subject=regex.compile(f"(?:{alternation(measure['subject_heads'])})"
                                    f"(?=(?:{alternation(measure['size_after_subject'])})$)"),
    )


def _count_noun_cues(measure: dict[str, Any]) -> dict[str, Any]:
    """What follows a count or an amount before its noun: a bound (以上), a unit, a verb or
    adverb qualifying the noun, a noun of divisions, a term a duration measures."""
    return dict(
        bound_after=tuple(measure["bound_after"]),
        count_units=frozenset(measure["count_units"]),
        activity_after=tuple(measure["activity_after"]),
        capacity_per=frozenset(measure["capacity_per"]),
        tenths_units=tuple(measure["tenths_units"]),
        duration_heads=tuple(measure["duration_heads"]),
        joined_heads=tuple(measure["joined_heads"]),
        count_adverbs=tuple(measure["count_adverbs"]),
        count_verb_qualifiers=tuple(measure["count_verb_qualifiers"]),
        division_noun=regex.compile(measure["division_noun"]),
        division_before=regex.compile(measure["division_before"]),
    )


def _stop_cues(measure: dict[str, Any]) -> dict[str, Any]:
    """Where a measure read from a number stops, and what is peeled or trimmed off its ends."""
    return dict(
        # words that hold a stop word (增加值 holds 增加) match first and are passed over
        before_stop=regex.compile(
            f"(?P<word>{alternation(measure['holds_stop'])})|(?:{alternation(measure['before_stop'])})"
        ),
        before_stop_words=StopWords.of(measure["holds_stop"], measure["before_stop"]),
        before_stop_suffix=Suffixes(measure["before_stop"] + measure["peel_before"] + measure["peel_verbs"]),
        after_stop=regex.compile(f"(?:{alternation(measure['after_stop'])})"),
        holds_stop=tuple(measure["holds_stop"]),
        trim_words=tuple(measure["trim_prefix"]),
        peel_chars="".join(measure["peel_chars"]),
        # anchored at the end: a trailing phrase of a measure read backwards from the number
        peel_pattern=regex.compile("(?:" + "|".join(f"(?:{p})" for p in measure["peel_patterns"]) + ")$"),
        trim_prefix=regex.compile(f"(?:{alternation(measure['trim_prefix'])})+"),
    )


def _gap_cues(measure: dict[str, Any]) -> dict[str, Any]:
    """A gap to another figure (高于全省2个百分点): no measure itself, and the scope after its word."""
    return dict(
        gap_prefixes=tuple(measure["gap_prefixes"]),
        gap_suffixes=tuple(measure["gap_suffixes"]),
        gap_figures=tuple(measure["gap_figures"]),
        gap_opening=regex.compile(f"(?:{alternation(measure['gap_prefixes'])})(?:{measure['gap_scope']})?"),
    )


def _action_cues(measure: dict[str, Any]) -> dict[str, Any]:
    """Verbs before an amount: dropped where they open a measure (转化, 签订), or naming the amount
    of the action or loan they stand for (补助, 授信)."""
    return dict(
        leading_verbs=tuple(measure["leading_verbs"]),
        action_amounts=tuple(measure["action_amounts"]),
        action_links=_longest_first(measure["action_links"]),
        loan_verbs=_longest_first(measure["loan_verbs"]),
        loan_verb_complements=tuple(measure["loan_verb_complements"]),
        loan_recipient=tuple(measure["loan_recipient"]),
    )


def _sized_cues(measure: dict[str, Any]) -> dict[str, Any]:
    """An amount sizing the things after it (500亿元|产业, 2000亿|级新材料产业集群)."""
    return dict(
        sized_noun=regex.compile(f"(?:{alternation(measure['sized_links'])})?"
                                 f"(?:(?!的)[\\p{{Han}}“”]){{0,{measure['sized_chars']}}}(?:{alternation(measure['sized_heads'])})"),
        sized_links=_longest_first(measure["sized_links"]),
    )


def _share_cues(measure: dict[str, Any]) -> dict[str, Any]:
    """A share and the base it is of (占全县的31.5%)."""
    return dict(
        share_word=measure["share_word"],
        share_not_before=tuple(measure["share_not_before"]),
        share_adverbs=tuple(measure["share_adverbs"]),
        share_base_openers=tuple(measure["share_base_openers"]),
    )


def _region_cues(region: dict[str, Any]) -> dict[str, Any]:
    """The [region] section's fields of ``Cues``: which place a fact is about."""
    return dict(
        section_words=tuple(region["section"]),
        city_words=tuple(region["city"]),
        province_words=tuple(region["province"]),
        level_words=tuple(region["section"] + region["city"] + region["province"]),
        partner_before=tuple(region["partner_before"]),
        partner_holder_after=tuple(region["partner_holder_after"]),
        grouping_heads=tuple(region["grouping_heads"]),
        base_before=tuple(region["base_before"]),
        share_after=regex.compile(region["share_after"]),
        lender_heads=tuple(region["lender_heads"]),
        list_totals=tuple(region["list_totals"]),
        national_words=tuple(region["national"]),
        national_body_lead=regex.compile(f"\\s*(?:(?:{alternation(region['national_body_lead'])})[，,]?)?"
                                         f"(?:{alternation(region['national_bodies'])})"),
        scope_figures=tuple((regex.compile(p["before"]), regex.compile(p["after"])) for p in region["scope_figures"]),
        set_after=regex.compile(region["set_after"]),
        site_verbs=tuple(region["site_verbs"]),
        location_before=tuple(region["location_before"]),
        beneficiary_verbs=tuple(region["beneficiary_verbs"]),
        naming_dash=tuple(region["naming_dash"]),
        project_heads=regex.compile("[，,。；;、：:（(“”—\\s]|" + alternation(region["project_heads"])),
        anaphora=tuple(region["anaphora"]),
        anaphora_lead=regex.compile(r"(?:[0-9０-９一二三四五六七八九十〇零两]+年(?:[一二三四]季度|[0-9０-９]+月)?|"
                                    + alternation(region["anaphora_leads"]) + ")+"),
        higher_scope_after=tuple(region["higher_scope_after"]),
        groupings=tuple(region["groupings"]),
        grouping_forms=_any_of(region["grouping_forms"]),
        byline_media=tuple(region["byline_media"]),
    )


def _time_cues(time: dict[str, Any]) -> dict[str, Any]:
    """The [time] section's fields of ``Cues``: which period a fact stands in."""
    return dict(
        dateline_after=DATELINE_AFTER_DAY,  # rules/date_words.toml [dateline], the DATE anchoring's list
        per_period=tuple(time["per_period"]),
        no_average_granularity=tuple(time["no_average_granularity"]),
        average_after=tuple(time["average_after"]),
        whole_year=tuple(time["whole_year"]),
        within_year=regex.compile(time["within_year"]),
        whole_year_bases=tuple(time["whole_year_bases"]),
        running_total=tuple(time["running_total"]),
        same_day=tuple(time["same_day"]),
        continues=tuple(time["continues"]),
        vague_words=tuple(time["vague"]),
        vague=regex.compile(r"(?:^|(?<=[，,；;：:。]))\s*(?:" + alternation(time["vague"]) + ")"),
        since_total=tuple(time["since_total"]),
        summary=_any_of(time["summary"]),
        thing_verbs=tuple(time["thing_verbs"]),
        thing_after=_any_of(time["thing_after"]),
        body_dates=_any_of(time["body_dates"]),
        same_period=tuple(time["same_period"]),
        elapsed=tuple(time["elapsed"]),
        continuation_openers=tuple(time["continuation_openers"]),
        period_after=regex.compile(f"[”\"]?(?:{alternation(time['period_after'])})"),
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
    verbs = alternation(aspect["gap_base_verbs"])
    base = rf"(?:(?!{verbs})[^，,、；;。：:！？!?\n]){{0,{aspect['gap_base_chars']}}}"
    return regex.compile(rf"(?:{alternation(aspect['gap_leads'])}){base}$")


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
