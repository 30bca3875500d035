"""What a number measures (SPEC section 4, records: measure).

Decides the span naming what the number counts or amounts to, from its clause (``measure_of``):
a count names its items after it, other amounts their measure before it; shares, ranks, durations,
labels and the record before fill the gaps. Fed by ``rules/link_cues.toml`` [measure].
"""

from __future__ import annotations

from typing import Any

import regex

from extract.link.aspect import aspect_cue_before, sized_noun_after, sizes_things
from extract.link.clauses import ENUM_SEP, HAN_CHAR, clause_end, clause_start, holds_any, sentence_bounds
from extract.link.cues import Cues
from extract.link.phrases import (
    LINKED_AFTER,
    PUNCT,
    as_prefixes,
    measure_after,
    measure_before,
    peel_end,
    span_dict,
    trim_measure,
)
from extract.link.view import ClauseView, SentenceView
from extract.mentions import Mention
from extract.segment import compiled_jieba

_PHYSICAL = frozenset({"energy", "power", "mass", "area", "length", "volume"})

_SHARE_NOUNS = ("占比重", "占比例", "占比率")

# A stretch of words describing counted things: Han characters joined by 、, no number in it.
_DESCRIPTION = regex.compile(r"(?:(?![0-9０-９一二三四五六七八九十百千万亿两])[\p{Han}、])+")

_BRACKETED_ENUMERATOR = regex.compile(r"\s*(?:[（(][一二三四五六七八九十0-9]{1,3}[)）])?\s*")


def measure_of(q: Mention, lo: int, clause: ClauseView, previous: dict[str, Any] | None,
               cues: Cues) -> dict[str, Any] | None:
    """The span ``q`` measures (read from ``lo``, where its own item of the clause starts), as a span dict:
    a name right before it (a loan, a ranking's topic), the noun a run of joined numbers shares, the
    span its kind of number names before or after it, else what the clause or the record before names."""
    text = clause.text
    if q["norm"]["dimension"] == "duration":
        return span_dict(text, _term_before_duration(text, q, max(lo, clause.start), clause.sentence.mentions, cues))
    outright = _named_outright(q, clause, cues)
    if outright is not None:
        return span_dict(text, outright)
    reading = _Reading(q, lo, clause, cues)
    shared = _shared_by_the_run(reading)
    if shared is not None:
        return shared
    share = reading.share()
    if share is not None:
        return span_dict(text, share)
    span = reading.by_kind()
    return span_dict(text, span) if span is not None else _unnamed(reading, previous)


def _named_outright(q: Mention, clause: ClauseView, cues: Cues) -> tuple[int, int] | None:
    """A loan named right before the number (青禾目标贷300万元), a lending verb's loan (向某企业授信3亿), or the
    topic of a ranking the number is bracketed in (北湖县(348家)): what it measures, whatever its kind."""
    text, sentence = clause.text, clause.sentence
    adjacent = next((m for m in sentence.ending_at(q["start"]) if m["type"] == "LOAN"), None)
    if adjacent:
        return adjacent["start"], adjacent["end"]
    if q["norm"]["dimension"] == "money" \
            and (loan := _loan_before(text, q, clause.start, sentence.mentions, cues)) is not None:
        return loan
    return _ranked_topic(text, q, sentence.mentions, cues) or None


def _shared_by_the_run(r: _Reading) -> dict[str, Any] | None:
    """The measure a run of joined numbers shares (45%和26%, 3家、5家和8家), else None."""
    q, text, cues, run = r.q, r.text, r.cues, r.clause.run_of(r.q)
    if run and LINKED_AFTER.match(text, run[-1]["end"]):
        # 按照40%、35%、25%的比例: numbers joined before one linking 的 share the noun after the last
        shared = measure_after(text, run[-1]["end"], min([r.cend, *[f for f in r.following if f > run[-1]["end"]]]),
                               cues)
        if shared:
            return span_dict(text, shared)
    if run and q is not run[-1] and all(m["norm"]["unit"] == q["norm"]["unit"] for m in run):
        # 分别获得260万、370万、480万元贷款, 培育3家、5家科技型企业: a list of like numbers before one noun
        # all count what the last names after it
        last = measure_of(run[-1], run[-1]["start"], r.clause, None, cues)
        if last is not None and last["start"] >= run[-1]["end"]:
            return last
    return None


class _Reading:
    """One number's reading of its clause for its measure: the readings after it and before it that the
    kinds of number choose between (a count names its items after it, an amount its measure before it)."""

    def __init__(self, q: Mention, lo: int, clause: ClauseView, cues: Cues):
        self.q, self.norm, self.lo, self.clause, self.cues = q, q["norm"], lo, clause, cues
        self.text, self.sentence, self.cstart, self.cend = clause.text, clause.sentence, clause.start, clause.end
        self.following = [m["start"] for m in self.sentence.quantities + self.sentence.dates
                          if m["start"] >= q["end"]]  # (for min only)
        # a zone is a place like a district: 北湖高新区215亿元 breaks a figure down by zone, and counts what
        # the whole counts (the record before), never the zone itself; a company or body named before the
        # number is what the fact is about (its entities), not what it counts (某集团营业收入 → 营业收入)
        self.blockers = [m for m in self.sentence.mentions if m["end"] <= q["start"] and m["type"] != "LOAN"]
        self.linked_after = LINKED_AFTER.match(self.text, q["end"]) is not None

    def after(self) -> tuple[int, int] | None:
        text, q, cues = self.text, self.q, self.cues
        # 64个2029年度重点项目: a date right after a count dates the things named after it
        q_end = next((m["end"] for m in self.sentence.starting_at(q["end"]) if m["type"] == "DATE"), q["end"])
        hi = min([self.cend, *[f for f in self.following if f >= q_end]])
        division = cues.division_noun.match(text, q_end, hi)
        if division:  # 11个市为214家企业…, 23个省(区、市): one character naming divisions is the noun
            return division.span("noun")
        span = (_head_after_relative(text, q_end, hi, cues)
                or _head_after_description(text, q_end, hi, cues)
                or _head_after_amount(text, q_end, hi, self.sentence, cues)
                or measure_after(text, q_end, hi, cues))
        return None if span and _not_a_measure(text, span, cues) else span

    def before(self) -> tuple[int, int] | None:
        text, q, cues = self.text, self.q, self.cues
        division = cues.division_before.search(text, self.lo, q["start"])
        if division:  # 研发支出逾7亿元的县共5个: the divisions the clause before sorts are what is counted
            return division.span("noun")
        span = _named_measure_before(text, self.lo, q["start"], self.blockers, cues)
        return None if span and _names_a_zone(text, span, self.sentence, cues, q) else span

    def money_after(self) -> tuple[int, int] | None:  # 发放5230万元贷款: what the amount is of, after it
        text, cues = self.text, self.cues
        span = self.after()
        if span is None:
            return None
        # 投入3亿元扶持资金帮扶企业: the phrase ends at the last word naming money (贷款风险补偿资金 is one)
        ends = [at + len(w) for w in cues.money_after if (at := text.rfind(w, span[0], span[1])) != -1]
        if ends:
            return span[0], max(ends)
        # 实现80亿元年产值和35亿元年出口额: a size word ending the phrase right after the amount names it
        sized = self.norm["dimension"] == "money" and not self.linked_after \
            and text.endswith(cues.size_words, span[0], span[1])
        return span if sized else None

    def action_before(self) -> tuple[int, int] | None:  # 每户最高补助20万元: the amount of an action names it
        action = _action_named_before(self.text, self.lo, self.q["start"], self.blockers, self.cues)
        plain = self.before()
        return plain if action is None or (plain and plain[1] >= action[1]) else action  # (总投资 holds it)

    def sized_after(self) -> tuple[int, int] | None:
        # 两个500亿元产业, 其中80亿元以上项目3个, 打造80亿产业园区: the things an amount written right before them
        # sizes, unless a size or money word names the amount before it (营收超亿元企业 → 营收; ANNOTATION
        # "Sized amounts, round 25")
        text, q, cues = self.text, self.q, self.cues
        if sized_noun_after(text, q, cues) is None:
            return None
        span = self.after()  # (the noun phrase after it, up to the longest part of it that ends in a head of things)
        end = next((e for e in range(span[1], q["end"], -1) if cues.sized_noun.fullmatch(text, q["end"], e)), None) \
            if span is not None else None
        if end is None:
            return None
        start = span[0] + len(next((w for w in cues.sized_links if text.startswith(w, span[0])), ""))  # (2000亿级)
        size = next((w for w in cues.size_words if text.startswith(w, start)), "")  # 百亿元营收企业 → 营收
        return self.amount_before() or (start, start + len(size) if size else end)

    def amount_before(self) -> tuple[int, int] | None:  # 总投资3.4亿元的项目, 总面积12平方公里的园区: named before
        span = self.before()
        return span if span and self.text[span[0] : span[1]].endswith(self.cues.money_after + self.cues.size_words) \
            else None

    def share(self) -> tuple[int, int] | None:
        """What a share measures: the thing it is a share of, after it (以占全县4.8%的土地面积, 七成企业), or
        the 占 phrase before it (SPEC 6.1); None for other numbers."""
        text, q, cues = self.text, self.q, self.cues
        if self.norm["dimension"] != "percent":
            return None
        if (self.linked_after or _in_tenths(q, cues)) and (named := self.after()) is not None:
            return named
        # 占全县营收的比重分别为46.1%、38.2%: a share heading a 分别 clause is the measure of its numbers;
        # 分别占全县的31.5%、23.6%: a share after 分别 is read to the number, 分别 an adverb before 占
        at = text.find(cues.respectively, self.cstart, q["start"])
        share_after = at != -1 and text.startswith(cues.share_word, at + len(cues.respectively))
        return _share_measure(text, self.lo, q["start"] if at == -1 or share_after else at, self.blockers, cues)

    def by_kind(self) -> tuple[int, int] | None:
        """A count or a capacity names its items after it (318家科技型企业, 12万吨碳酸锂产能, 800万元的专项
        资金); other amounts name their measure before it (研发投入22.26亿元)."""
        norm, cues = self.norm, self.cues
        names_after = norm["unit"] in cues.count_units or norm["dimension"] in _PHYSICAL or self.linked_after \
            or _capacity_per_time(norm["unit"], cues)
        if names_after and norm["dimension"] == "money":  # 首期规模2.6亿元的某基金: the money itself, after it
            return self.money_after() or self.amount_before() or self.after() or self.before()
        if names_after and self.linked_after:
            return self.amount_before() or self.after() or self.before()
        if names_after:
            return self.after() or self.before()
        return self.money_after() or self.sized_after() or (
            self.action_before() if norm["dimension"] == "money" else self.before())


def _unnamed(r: _Reading, previous: dict[str, Any] | None) -> dict[str, Any] | None:
    """The measure of a number whose clause names none of its kind: named before a span of time, a label
    before a colon, the record before's, the clause before's category, the item before's."""
    text, q, norm, cues, cstart, sentence = r.text, r.q, r.norm, r.cues, r.cstart, r.sentence
    in_sentence = sentence.mentions
    span = _measure_before_duration(text, q, cstart, in_sentence, r.blockers, cues)
    # 五年累计突破600个: a span of time before the number leaves the clause without a category of its own
    before_q = r.clause.numbers_before(q["start"])
    opens_clause = all(m["norm"]["dimension"] == "duration" for m in before_q) and r.lo == max(
        [cstart] + [m["end"] for m in before_q])
    if span is None and opens_clause:
        span = _label_before_colon(text, cstart, r.blockers, cues)
    if previous is not None and _sizes_its_measure(text, previous, in_sentence, cues):
        previous = {**previous, "measure": None}  # 越过两个千亿元台阶后达到…: a class of things carries no measure
    carried = previous["measure"] if previous is not None else None
    if span is None and previous is not None and carried and not _counts_other_things(previous, norm, cues) \
            and carried["start"] < q["start"]:  # (3个千亿元台阶: 台阶 is what 3个 counts, not the amount)
        grows = norm["unit"] == "%" and aspect_cue_before(text[cstart : q["start"]], cues)[0] == "change"
        counted = norm["unit"] in cues.count_units  # (…占全省的40%,南湖市1200家: a share counts no things)
        if not (carried["text"].startswith(cues.share_word) and (grows or counted)):
            return dict(carried)
        # 企业销售额86亿元,占销售总额的63.1%,较上年增长17.4%: what grows is the amount, not its share
        earlier = _last_named_measure(text, cstart, sentence, q, cues)
        if earlier is not None:
            return span_dict(text, earlier)
    if span is None and opens_clause:
        span = _category_of_clause_before(text, cstart, in_sentence, cues)
    if span is None and opens_clause and previous is not None and previous["measure"] is None:
        # 数量翻一番,五年累计突破600个: past the span of time, what the clause before counted
        span = _last_named_measure(text, cstart, sentence, q, cues)
    item = max(cstart, text.rfind(ENUM_SEP, cstart, q["start"]) + 1)
    if span is None and item > cstart and previous is not None and previous["measure"] is None \
            and all(m["norm"]["dimension"] == "duration" for m in before_q if m["start"] >= item):
        # 完成投资46亿元、两年累计投入95亿元: an item naming only an action counts what the item before did
        span = _last_named_measure(text, item, sentence, q, cues)
    return span_dict(text, span)


def _sizes_its_measure(text: str, record: dict[str, Any], in_sentence: list[Mention], cues: Cues) -> bool:
    """The record's amount sizes the things its measure names right after it (两个500亿元产业)."""
    q = next((m for m in in_sentence if m["id"] == record["quantity"]), None)
    return q is not None and record["measure"] is not None and sizes_things(text, q, cues, record["measure"]["end"])


def _loan_before(text: str, q: Mention, cstart: int, in_sentence: list[Mention], cues: Cues) -> tuple[int, int] | None:
    """在青禾银行贷了260万, 续贷2000万, 向某企业授信3亿: money right after a verb of borrowing or lending is the
    loan, named by the LOAN before it in its clause, else by the verb alone (the borrower or lender before
    it and the complement after it are no part of it)."""
    end = q["start"]
    if not text.endswith(cues.loan_verbs + cues.loan_verb_complements, cstart, end):
        return None  # (one test of all the words first: most amounts follow none)
    complement = next((c for c in cues.loan_verb_complements if text.endswith(c, cstart, end)), "")
    end -= len(complement)
    verb = next((v for v in cues.loan_verbs if text.endswith(v, cstart, end)), None)
    if verb is None:
        return None
    if not complement and (len(verb) == 1 or not holds_any(text, cstart, end - len(verb), cues.loan_recipient)):
        # (惠企贷300万 is a product's amount; 银行授信260亿元、引导基金28亿元 names a kind of money: only
        # a recipient before it, 向某企业授信3亿, makes a verb of it)
        return None
    named = [m for m in in_sentence if m["type"] == "LOAN" and cstart <= m["start"] and m["end"] <= end]
    return (named[-1]["start"], named[-1]["end"]) if named else (end - len(verb), end)


def _capacity_per_time(unit: str, cues: Cues) -> bool:
    """吨/年, 台/日: an amount made per span of time (not money per span: 万元/年 is a rate of pay)."""
    amount, slash, per = unit.partition("/")
    return bool(slash) and per in cues.capacity_per and bool(amount) and not amount.endswith("元")


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
    head = measure_before(text, lo, word_start, blockers, cues) if word_start > lo else None
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
    span = _gap_figure(text, lo, _before_comparison(text, measure_before(text, lo, end, blockers, cues), cues), cues)
    for _ in range(_SKIPS_BEFORE):
        if span is None or not _not_a_measure(text, span, cues):
            return span
        end = span[0]
        while (word := next((w for w in cues.trim_words if text.endswith(w, lo, end)), None)) is not None:
            end -= len(word)  # 从全省第26位: the scoping word trimmed off the rank goes with it
        span = _before_comparison(text, measure_before(text, lo, end, blockers, cues), cues)
    return None if span and _not_a_measure(text, span, cues) else span


def _names_a_zone(text: str, span: tuple[int, int], sentence: SentenceView, cues: Cues,
                  q: Mention | None = None) -> bool:
    """(青禾高新区248家、澄川高新区63家): a zone's head right after a place names that zone, a part of
    the figure before it, not what the number counts; so does a bare zone head opening a list whose
    next item is a place and its number (为高新区927家、北湖区214家)."""
    if text[span[0] : span[1]] not in cues.zone_heads:
        return False
    if any(m["type"] == "REGION" for m in sentence.ending_at(span[0])):
        return True
    return q is not None and text.startswith(ENUM_SEP, q["end"]) and any(
        m["type"] == "REGION" for m in sentence.starting_at(q["end"] + 1))


def _gap_figure(text: str, lo: int, span: tuple[int, int] | None, cues: Cues) -> tuple[int, int] | None:
    """高于全市各项存款增速6.2个百分点: a clause opening on a gap names the figure the number is a gap to,
    and that figure is its measure; 高于全省2个百分点 names none, and where the clause names what is compared
    before the gap word (存款增速持续高于…), that is the measure."""
    if span is None or HAN_CHAR.search(text, lo, span[0]):
        return span
    base = cues.gap_opening.match(text, span[0], span[1])
    if base is None:
        return span
    named = trim_measure(text, base.end(), span[1], cues)
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
            return trim_measure(text, span[0], at, cues)
    return span


def _head_after_relative(text: str, q_end: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    """近30项具有行业引领力的团体标准, 60家有自主品牌、成长潜力的科技型企业: a clause describing the counted
    things (opening on a verb such as 具有, 建成) stands before the noun that names them, after its 的
    (also after an amount's own 的: 超五十亿元的具有带动力的链主企业)."""
    linked = LINKED_AFTER.match(text, q_end, hi)
    q_end = linked.end() if linked else q_end
    if not text.startswith(as_prefixes(cues.relative_openers), q_end, hi):
        return None  # (the first word is a prefix of the stretch: most stretches need no segmenting)
    words = compiled_jieba().cut(text[q_end:hi])
    longer = tuple(w for w in cues.relative_openers if len(w) > 2)  # (新认定 is cut as 新 + 认定)
    if not words or (words[0] not in cues.relative_openers and not text.startswith(longer, q_end, hi)):
        return None
    de = text.find("的", q_end, hi)
    return measure_after(text, de + 1, hi, cues) if de != -1 else None


def _head_after_description(text: str, q_end: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    """8家技术强、口碑好的服务机构: a list of qualities describing the counted things (no verb opening
    it) stands before their noun, after its 的; only where the stretch before the 的 holds no number and each
    quality opens or closes on a word of quality (not 6家银行、担保机构的负责人: the count is of the bodies)."""
    de = text.find("的", q_end, min(hi, q_end + cues.describing_chars + 1))
    if de <= q_end or not _DESCRIPTION.fullmatch(text, q_end, de):
        return None
    items = text[q_end:de].split(ENUM_SEP)
    # (a list of short qualities, each opening or closing on a word of quality: not 900户科技型企业参与了
    # 青禾县的…, a sentence of its own)
    if len(items) < 2 or not all(0 < len(item) <= cues.describing_item_chars and (
            item.endswith(cues.describing_ends) or item.startswith(cues.describing_ends)) for item in items):
        return None
    if any(item.endswith(cues.joined_heads) for item in items):
        return None  # (5家高新技术企业、高成长企业的负责人: the items are the counted things' kinds, nouns)
    return measure_after(text, de + 1, hi, cues)


def _head_after_amount(text: str, q_end: int, hi: int, sentence: SentenceView,
                       cues: Cues) -> tuple[int, int] | None:
    """17家产值上百亿元企业, 两个500亿元产业: an amount that qualifies the counted things (产值上…, 营收超…,
    or the amount alone) stands between the count and their noun, which follows the amount."""
    amount = next((m for m in sentence.starting_at(hi) if m["type"] == "QUANTITY"), None)
    if amount is None or amount["norm"]["dimension"] != "money" or ENUM_SEP in text[q_end:hi]:
        return None  # 年产茶饮料3200吨、产值超20亿元: a list item of its own, no qualifier
    link = text[q_end:hi]
    sized_by_de = _end_of_sizing_clause(text, link, amount, cues)
    if link and not (link.endswith(cues.attribute_links) or amount["text"].startswith(cues.attribute_links)
                     or sized_by_de is not None):
        return None  # 3个项目总投资20亿元: the amount is of the things, not a qualifier of them
    # (no link at all: 两个500亿元产业, 5个百亿元项目 — the amount right after the count sizes the things)
    start = sized_by_de or amount["end"]
    return measure_after(text, start, clause_end(text, start, len(text)), cues)


def _end_of_sizing_clause(text: str, link: str, amount: Mention, cues: Cues) -> int | None:
    """11个总投资48亿元的项目: a size or money word alone between the count and the amount, the amount linked
    by 的 to what follows, describes the counted things (ANNOTATION "Measures, round 5"; recleft26): where
    the noun starts, past the 的 (and a bound outside the amount's span: 30亿元及以上的项目); else None."""
    if not cues.sizing_link.fullmatch(link):  # (not 5个项目投资10亿元的规模: the amount is the projects')
        return None
    end = amount["end"] + text.startswith("及", amount["end"])
    end += len(next((w for w in cues.bound_after if text.startswith(w, end)), ""))
    linked = LINKED_AFTER.match(text, end)
    return linked.end() if linked else None


def _term_before_duration(text: str, q: Mention, lo: int, in_sentence: list[Mention],
                          cues: Cues) -> tuple[int, int] | None:
    """贷款期限原则上不超过2年, 平均减少审批承诺时限15个工作日: a duration measures the term its clause names
    before it (the phrase up to the term word; adverbs after it are no part of it); else nothing."""
    blockers = [m for m in in_sentence if m["type"] != "QUANTITY" and lo <= m["start"] and m["end"] <= q["start"]]
    # (甲、乙登记时限分别缩短为4个、2个工作日: the term is named before 分别)
    fenbie = text.rfind(cues.respectively, lo, q["start"])
    span = measure_before(text, lo, q["start"] if fenbie == -1 else fenbie, blockers, cues)
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
    span = measure_before(text, lo, end, blockers, cues)
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
    return measure_before(text, lo, rank.start(), blockers, cues)


def _last_named_measure(text: str, cstart: int, sentence: SentenceView, q: Mention,
                        cues: Cues) -> tuple[int, int] | None:
    """The measure named before the last number of an earlier clause that is no share."""
    in_sentence = sentence.mentions
    for m in reversed([m for m in sentence.quantities if m["end"] <= cstart]):
        lo = clause_start(text, m["start"], sentence_bounds(text, m["start"])[0])
        if text.find(cues.share_word, lo, m["start"]) != -1:
            continue
        # (a zone is a place like a district: 312家(北湖高新区248家、…) counts no 北湖高新区)
        blockers = [b for b in in_sentence
                    if b["type"] in ("DATE", "REGION", "QUANTITY", "PLATFORM") and b["end"] <= m["start"]]
        span = measure_before(text, lo, m["start"], blockers, cues)
        if span is not None and not _names_a_zone(text, span, sentence, cues):
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
        while start < at and text[start] in PUNCT:
            start += 1
        subject = next((b for b in blockers if b["type"] == "REGION" and b["start"] == start and b["end"] <= at), None)
        start = subject["end"] if subject else start  # (北湖区发明专利所占比重: the place is the region)
        end = at + 3 if text.startswith(_SHARE_NOUNS, at) else at + 2  # (发明专利所占比重为43.9%: 比重 whole)
        return (start, end) if end <= q_start else None
    end = q_start
    # 占北湖市46.1%: the place after 占 is the share's base, part of the 占 phrase
    base_at = at + 1
    while text.startswith(cues.share_base_openers, base_at, q_start):  # 占全青禾41%, 占到青禾省的9%
        base_at += 1
    blockers = [b for b in blockers if not (b["type"] == "REGION" and b["start"] == base_at)]
    end = peel_end(text, at + 1, end, blockers, cues)
    if end <= at + 1:
        return None
    subject_end = at - _adverb_before(text, lo, at, cues.share_adverbs)  # 约占: A before the adverb
    head = measure_before(text, lo, subject_end, blockers, cues) if subject_end > lo else None
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
    lo = max(text.rfind("\n", 0, colon) + 1, sentence_bounds(text, colon)[0])  # (…研发投入8亿元。南湖区:新增30家)
    lo = max(clause_start(text, colon, lo), text.rfind(ENUM_SEP, lo, colon) + 1)  # after the enumerator 一、
    lo = _BRACKETED_ENUMERATOR.match(text, lo, colon).end()  # (一)高新技术企业: the enumerator is no label
    label = measure_before(text, lo, colon, blockers, cues)
    return None if label and _not_a_measure(text, label, cues) else label  # (分区域看: a topic, no label)
