"""The aspect of a fact (SPEC section 4): level, new, change, target or other.

Decides from the cue word nearest before the number, the words after it and the date scoping
it (a plan's future period). Fed by ``rules/link_cues.toml`` [aspect] and ``rules/date_words.toml``
[inference] as_of.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import regex

from extract.link.clauses import CLAUSE_END_CHAR, ENUM_SEP, HAN_CHAR, clause_start, holds_any
from extract.link.cues import Cues
from extract.mentions import Mention
from extract.rules import load_rules


def first_of(text: str, words: regex.Pattern) -> int | None:
    """Where the first of the words ``words`` matches (an alternation, ``Cues.*_any``) occurs in ``text``,
    or None: the leftmost match, where the earliest of them starts."""
    found = words.search(text)
    return found.start() if found else None


_QUOTED = regex.compile(r"“[^”“]{0,12}”")  # a short quoted name (the “百千万亿” goal)


def has_target_cue(text: str, lo: int, hi: int, cues: Cues) -> bool:
    return first_target_cue(text, lo, hi, cues) is not None


def first_target_cue(text: str, lo: int, hi: int, cues: Cues) -> int | None:
    """Where the first target cue in ``[lo, hi)`` starts (力争, 预计, 目标 …, not 规划面积 or 已争取)."""
    for match in cues.target.finditer(text, lo, hi):
        if _not_a_goal(text, match.start(), match.group(), cues):
            continue
        before, after = text[max(0, match.start() - 2) : match.start()], text[match.end() : match.end() + 2]
        if before.endswith(cues.target_not_after) or after.startswith(cues.target_not_before):
            continue
        if cues.programme_in_force.match(text, match.start()):
            continue  # 该规划实施以来, 人才计划实施两年来: a programme carried out, no plan (计划实施项目30个 plans)
        if match.group() == _WILL and _marks_an_object(text, match.end(), cues):
            continue
        return match.start()
    return None


_WILL = "将"


def _marks_an_object(text: str, pos: int, cues: Cues) -> bool:
    """将 marks an object, as 把 does, when a verb that takes one follows in its clause (将25个部门的
    事项纳入…, 将创新要素作为授信标准); right after it, the verb is what 将 makes future (将纳入)."""
    end = CLAUSE_END_CHAR.search(text, pos)
    rest = text[pos + 1 : end.start() if end else len(text)]
    return any(verb in rest for verb in cues.ba_verbs)


def _not_a_goal(text: str, start: int, word: str, cues: Cues) -> bool:
    """规划面积 is a size, 争取到 something obtained: the target word is part of a phrase that plans nothing."""
    for phrase in cues.not_goal:
        i = phrase.find(word)
        if i >= 0 and start - i >= 0 and text.startswith(phrase, start - i):
            return True
    return False


def aspect_of(text: str, lo: int, q: Mention, cues: Cues, cend: int | None = None,
              compared_to_date: bool = False, sent_start: int | None = None) -> str | None:
    """The aspect the cue nearest before the number gives, or None when there is no cue.

    ``cend`` is where the clause ends (cues after the number: 50个项目开工); ``compared_to_date``
    says the clause compares with a date (比上年低0.05个百分点 is a change, 比全国低1.6个百分点 a gap);
    ``sent_start`` lets a stock to date (目前已引进, 累计…建立) keep a creating verb `level`.

    In order: numbers that state no fact (``_states_no_fact``), the cue before the number
    (``_cue_before``), a goal (``_is_target``) or a gap to another figure, then what the words
    around the number make of the cue found: ``_given_new``, ``_given_level``, ``_given_no_cue``."""
    if _states_no_fact(text, lo, q, cend, cues):
        return "other"
    best, word = _cue_before(text, lo, q, cend, cues)
    after = text[q["end"] : cend] if cend is not None else ""
    outcome = first_of(after, cues.outcomes_any)
    if best == "other" and word in cues.procedures and outcome is not None:
        return "new"  # 推荐的12家孵化器全部通过审核: the outcome of the procedure, not the procedure
    if best == "other":
        return "other"  # 将给予100万元的支持: a policy amount, promised or not
    if _is_target(text, lo, q, cend, after, cues):
        return "target"
    if _is_gap(text[lo : q["start"]], cues) and not text.startswith("的", q["end"]):
        # 高于全省2.6个百分点: a gap to another figure (高于全区0.72%的平均水平 is that figure itself)
        return "change" if compared_to_date else "other"
    if best == "new":
        return _given_new(text, q, word, cues, sent_start)
    if best == "level":
        return _given_level(text, lo, q, after, cues, sent_start)
    if best is None:
        return _given_no_cue(text, lo, q, after, outcome, cues, sent_start)
    return best


def _states_no_fact(text: str, lo: int, q: Mention, cend: int | None, cues: Cues) -> bool:
    """A duration, a bound that sorts things or a rate a rule grants by: `other` whatever the cue."""
    if q["norm"]["dimension"] == "duration":
        return True
    if _is_threshold(text, lo, q, cend, cues) or _is_class_bound(text, q, cend, cues):
        return True  # 研发支出逾7亿元的县共5个, 两个500亿元产业: a bound that sorts things states no fact of its own
    return _granted_by_rule(text, lo, q, cend, cues)  # 按设备投资额的8%给予奖励: the rate a rule grants by, no fact


def _cue_before(text: str, lo: int, q: Mention, cend: int | None, cues: Cues) -> tuple[str | None, str]:
    """The aspect of the cue nearest before the number, and the cue word.

    A rank move (晋升, 前进) that counts no places is passed over for the cue before it; a
    creating verb before a physical size gives `level`: the size of the one thing made."""
    best, word = aspect_cue_before(text[lo : q["start"]], cues)
    if word in cues.rank_moves and not _counts_places(text, q, cues):
        # 前进村…1200亩, 晋升国家级企业4家: no rank moved, so the cue before the word decides
        best, word = aspect_cue_before(text[lo : max(lo, text.rfind(word, lo, q["start"]))], cues)
    if _size_of_one_thing(text, q, cend, best, word, cues):
        best = "level"  # 签约建设装机80万千瓦的基地, 发布了年产5万吨的生产线: the size of the thing (SPEC 6.1)
    return best, word


def _is_target(text: str, lo: int, q: Mention, cend: int | None, after: str, cues: Cues) -> bool:
    """A goal word before the number, or a goal named after it in its clause."""
    if has_target_cue(text, lo, q["start"], cues):
        return True
    unquoted_after = _QUOTED.sub("", after) if "“" in after else after  # (once, not per word)
    # 达到100万吨的远期目标, 实现1000亿元流水的“百亿”目标, 冲刺365亿产业园区目标
    return cend is not None and (any(w in unquoted_after for w in cues.target_after)
                                 or text.startswith(cues.task_after, q["end"]) or _sizes_a_goal(text, q, cues))


def _given_new(text: str, q: Mention, word: str, cues: Cues, sent_start: int | None) -> str:
    """A creating cue: `change` for a unit that measures change; `level` for the size of one
    thing or a stock to date, unless the cue says 新 outright; else `new`."""
    if q["norm"]["unit"] in cues.change_units:
        return "change"
    if not word.startswith(cues.explicit_new):
        # 设立了2500万元规模的基金: the size of one thing; 目前已引进…3个: a stock to date (SPEC 4, 6.1)
        if q["norm"]["dimension"] == "money":
            return "level"
        if sent_start is not None and holds_any(text, sent_start, q["start"], cues.stock_words):
            return "level"
    return "new"


def _given_level(text: str, lo: int, q: Mention, after: str, cues: Cues, sent_start: int | None) -> str:
    """A stock cue: `new` for an event's total of things started, `change` for a rate, else `level`."""
    totals = text.endswith(cues.event_totals, lo, q["start"]) \
        and not holds_any(text, lo, q["start"], cues.running_total)  # (累计有64个课题获得立项: a stock)
    if totals and first_of(after, cues.new_after_any) is not None:
        return "new"  # 共有48个重点工程集中开工: the event's total of things started, not a stock
    if cues.started_listed.search(text, lo, q["start"]) \
            and not (sent_start is not None and holds_any(text, sent_start, q["start"], cues.stock_words)):
        return "new"  # 集中开工项目有某城等7个项目: the things the event started, listed with 有
    if _is_rate(text, lo, q, cues):
        return "change"
    return "level"


def _given_no_cue(text: str, lo: int, q: Mention, after: str, outcome: int | None, cues: Cues,
                  sent_start: int | None) -> str | None:
    """No cue before the number: a rate, a procedure after it (`other`) or a count of things
    started after it (`new`) decide; else None."""
    if _is_rate(text, lo, q, cues):
        return "change"
    procedure = first_of(after, cues.procedure_after_any)
    if procedure is not None and (outcome is None or outcome < procedure):
        return "other"  # 36家企业参加备案, 十余个项目已签约 (not 5个项目签约落户: an outcome follows)
    running = sent_start is not None and holds_any(text, sent_start, q["start"], cues.running_total)
    if first_of(after, cues.new_after_any) is not None and q["norm"]["dimension"] == "count" and not running:
        # 50个项目开工 (not 占地167亩的项目…开工建设: the size of the thing started; nor 累计培育…,
        # 3人入选…: a running total's part)
        return "new"
    return None


def _is_rate(text: str, lo: int, q: Mention, cues: Cues) -> bool:
    """增幅达37.6%, 保持25%的增速: the number is the rate of a change."""
    before = text[lo : q["start"]]
    return any(w in before for w in cues.rate_words) or text.startswith(cues.rate_after, q["end"])


def _size_of_one_thing(text: str, q: Mention, cend: int | None, best: str | None, word: str, cues: Cues) -> bool:
    """A physical size (tonnes, GWh, square metres) after a creating verb without 新 or a procedure sizes the
    one thing made or signed (SPEC 6.1: `level`); 新增产能5万吨 adds capacity in the period and stays `new`.
    Not where a count follows in its clause (启动了年产2万吨生产线在内的工程6项): the verb is the count's, which the
    numbers of its list share."""
    if q["norm"]["dimension"] not in cues.size_dimensions:
        return False
    made = best == "new" and not word.startswith(cues.explicit_new)
    if not (made or (best == "other" and word in cues.procedures)):
        return False
    if cend is None:
        return True
    return _COUNT_IN.search(text, q["end"], cend) is None and not _closes_its_item(text, q, cend)


def _closes_its_item(text: str, q: Mention, cend: int) -> bool:
    """开工建设厂房12万平方米。, 启动改造管网45公里、…: a size that closes its clause or list item is the amount the
    verb made or started in the period (its object, as a count would be), not the size of one thing written
    inside that thing's phrase (年产8万吨的…项目, 占地300亩的产业园, 一期5GWh已投产)."""
    item_end = text.find(ENUM_SEP, q["end"], cend)
    return HAN_CHAR.search(text, q["end"], cend if item_end < 0 else item_end) is None


def _counts_places(text: str, q: Mention, cues: Cues) -> bool:
    """晋升6个位次, 前进3位: the number counts places on a ranking, the only thing 晋升 and 前进 change."""
    return q["norm"]["unit"] in cues.rank_units or text.startswith(cues.rank_after, q["end"])


def told_done(text: str, q: Mention, lo: int, cues: Cues) -> bool:
    """吞吐量增长了9%, 日产能提高到了1.8万件, 计划新建的12个项目已开工7个: a verb marked done by 了, or by 已 before
    it, right before the number (read from ``lo``: the end of the number before it in its clause, or the clause's
    start) tells a fact, which a goal or forecast word before it does not make a target (not 为了, 除了; not 已
    inside a phrase describing the things counted, 已签约的…等9个)."""
    before = text[lo : q["start"]].rstrip()
    if before.endswith(cues.done_mark):
        return not before[: -len(cues.done_mark)].endswith(cues.done_not_after)
    return cues.done_before.search(before) is not None


_BOUNDS = ("more_than", "at_least", "less_than", "at_most")
# A count written later in a clause (组建研究院14家, 园区7个): digits or numerals, then a count unit; and one
# ending where an amount's phrase starts (11个营收超五十亿元的集群).
_COUNT_IN = regex.compile(r"[0-9０-９一二三四五六七八九十百千两]+(?:余|多)?[家个项名户所件人种]")
_COUNT_BEFORE = regex.compile(_COUNT_IN.pattern + "$")


def _granted_by_rule(text: str, lo: int, q: Mention, cend: int | None, cues: Cues) -> bool:
    """按照75%、25%的比例予以分担, 按房租总额的30%予以返还: a number between a rule's lead and the grant,
    in one clause, is the rule's rate or sum (SPEC 6.1: per-unit rules are `other`)."""
    if cend is None or q["norm"]["dimension"] not in ("percent", "money"):
        return False  # (按照政策对12家企业给予奖励: the firms given it are counted, a fact)
    # (from the clause's start: the numbers listed before it in the rule, 按照75%、25%, share its lead)
    cstart = clause_start(text, q["start"], 0)
    if holds_any(text, cstart, q["start"], cues.rule_leads) and holds_any(text, q["end"], cend, cues.rule_grants):
        return True
    # 实施最高50%的购房补贴: a cap on the rate of a grant (not 北湖区最高,为3.5%: a standing)
    return text.endswith(cues.cap_words, cstart, q["start"]) and text.startswith("的", q["end"]) \
        and holds_any(text, q["end"], cend, cues.capped_grants)


def _is_threshold(text: str, lo: int, q: Mention, cend: int | None, cues: Cues) -> bool:
    """营收逾6亿元的企业31家, 其中6亿元以上工程3个, 11个营收超五十亿元的集群, 一批总投资8亿元以上的工程: an
    amount with a bound that sorts the things after it, counted in its clause (产值超4亿元的生产能力 sizes one
    thing; a share, 超过全县35%的产值, and a count, 培育40种以上新药, state facts of their own)."""
    norm = q["norm"]
    if norm.get("modifier") not in _BOUNDS or norm["dimension"] in ("percent", "multiple") or cend is None:
        return False
    if text.startswith("的", q["end"]):
        if not HAN_CHAR.match(text, q["end"] + 1) or text.startswith(cues.threshold_not_sorted, q["end"] + 1):
            return False
    elif not (q["text"].endswith(cues.bound_after) and HAN_CHAR.match(text, q["end"])):
        return False
    if _COUNT_IN.search(text, q["end"], cend) is not None:
        return True
    if norm["dimension"] == "count":
        return False
    # (lo is where the amount's phrase starts: a number's end, or the clause's start)
    counted_before = _COUNT_BEFORE.search(text, max(0, lo - 8), lo) is not None
    return counted_before or holds_any(text, lo, q["start"], cues.threshold_batches)


def sizes_things(text: str, q: Mention, cues: Cues, end: int) -> bool:
    """500亿元|产业, 20亿以上|企业: money written right before the things it sizes, which run to ``end``."""
    return q["norm"]["dimension"] == "money" and cues.sized_noun.fullmatch(text, q["end"], end) is not None


def sized_noun_after(text: str, q: Mention, cues: Cues) -> regex.Match | None:
    """The things (their shortest name) that money written right before them sizes, else None."""
    return cues.sized_noun.match(text, q["end"]) if q["norm"]["dimension"] == "money" else None


def cue_start(text: str, q: Mention, clause_q: list[Mention], cstart: int, cues: Cues) -> int:
    """Where the cue words of ``q`` start: after the last number of its clause before it (``clause_q``), but
    before an amount that only sizes the things ``q`` counts (新增20亿元以上企业3家: 新增 is the count's)."""
    if clause_q and sizes_things(text, clause_q[-1], cues, q["start"]):
        clause_q = clause_q[:-1]
    return clause_q[-1]["end"] if clause_q else cstart


_CLASS_REACH = 10  # characters before an amount read for the count or ordinal (and an attribute) that make it a class


def _is_class_bound(text: str, q: Mention, cend: int | None, cues: Cues) -> bool:
    """两个500亿元产业, 培育百亿元企业6家, 首个400亿元园区, 一批10亿元级项目: money written right before the
    things it sizes, where they are counted, is a class of them (ANNOTATION "Sized amounts, round 25"); not
    counted, it is the size of one thing (打造80亿元产业园区)."""
    if not cend or sized_noun_after(text, q, cues) is None:
        return False
    before = text[max(0, q["start"] - _CLASS_REACH) : q["start"]]
    if _counted_before(before, cues) or before.endswith(cues.class_ordinals + cues.threshold_batches):
        return True
    return _COUNT_IN.search(text, q["end"], cend) is not None


_COUNT_THEN_WORDS = regex.compile(_COUNT_IN.pattern + r"(?P<attribute>\p{Han}*)$")


def _counted_before(before: str, cues: Cues) -> bool:
    """A count ends ``before``, maybe followed by the attribute the amount sizes (21家营收超|十亿元企业)."""
    m = _COUNT_THEN_WORDS.search(before)
    if m is None:
        return False
    attribute = m.group("attribute")
    link = next((w for w in sorted(cues.attribute_links, key=len, reverse=True) if attribute.endswith(w)), "")
    return not attribute or attribute[: len(attribute) - len(link)].endswith(cues.size_words + cues.money_after)


def _sizes_a_goal(text: str, q: Mention, cues: Cues) -> bool:
    """冲刺365亿产业园区目标: money sizing the things named right before a goal word is that goal."""
    noun = sized_noun_after(text, q, cues)
    return noun is not None and text.startswith(cues.sized_goals, noun.end())


def _is_gap(before: str, cues: Cues) -> bool:
    """The number is a gap to another figure: a gap word right before it (比全国平均水平低1.6个百分点,
    增长速度比营业收入快3.6个百分点) or before the base it is measured from (高于全市5.27个百分点)."""
    before = before.rstrip()
    if cues.gap_base.search(before) is not None:
        return True
    # 提高1个百分点, 降低25%: a change word ending in a gap word
    return before[-3:].endswith(cues.gap_words) and not before.endswith(tuple(cues.aspect["change"]))


def aspect_cue_before(before: str, cues: Cues) -> tuple[str | None, str]:
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


def obtained_by(text: str, time: dict[str, Any] | None, in_sentence: list[Mention], cues: Cues) -> bool:
    """争取到2031年…项目3个: the date took the 到 of a phrase that plans nothing (争取到 is obtained)."""
    d = next((m for m in in_sentence if time and m["id"] == time["mention"]), None)
    if d is None or not d["text"].startswith("到"):
        return False
    return any(p.endswith("到") and text.endswith(p[:-1], 0, d["start"]) for p in cues.not_goal)


_AS_OF = tuple(load_rules("date_words")["inference"]["as_of"])


def as_of(d: Mention | None) -> bool:
    """截至今年5月: a count as of a date is never a plan, whatever the reference date says."""
    return d is not None and d["text"].startswith(_AS_OF)


def whole_year_ahead(text: str, sent_start: int, q: Mention, time: dict[str, Any] | None, ref_date: dt.date,
                     cues: Cues) -> bool:
    """全年培育创新联合体20家 in a text dated March: a whole year's figure (全年 before it in its sentence,
    the year its time) before most of that year has passed is a goal or a forecast, not a count to date
    (not with 已, 累计, 目前 … before it)."""
    if not time or not time["start"] or not time["end"] or time["start"][:4] != time["end"][:4] \
            or not (time["start"].endswith("-01-01") and time["end"].endswith("-12-31")):
        return False
    if not holds_any(text, sent_start, q["start"], cues.whole_year) \
            or holds_any(text, sent_start, q["start"], cues.stock_words):
        return False
    year_end = dt.date.fromisoformat(time["end"])
    return (year_end - ref_date).days > cues.whole_year_ahead_days


def is_future(time: dict[str, Any] | None, ref_date: dt.date) -> bool:
    """A fact scoped by a period that starts (or, for 到2025年, ends) after the reference date."""
    if not time or (time["kind"] == "point" and time["start"] == time["end"]):
        return False  # a news day (12月11日) is never a plan, even read against a wrong ref_date
    bound = time["start"] if time["start"] else time["end"]
    return bound is not None and bound > ref_date.isoformat()
