"""The noun phrase around a number: read backwards from it or forwards after it.

Decides the span a measure may take (``measure_before``: 研发投入18.47亿元; ``measure_after``:
656家科技型企业), peeling stop words, verbs, asides and scoping words off its ends. Fed by
``rules/link_cues.toml`` [measure] (through ``Cues``) and jieba's dictionary.
"""

from __future__ import annotations

import functools
import itertools
from typing import Any

import regex

from extract.link.clauses import CLAUSE_END, ENUM_SEP, holds_any
from extract.link.cues import Cues
from extract.mentions import Mention
from extract.segment import compiled_jieba, jieba_segmenter

LINKED_AFTER = regex.compile(r"(?:规模|左右)?的")  # 800万元的专项资金, 2500万元规模的基金
_DIGIT_OR_NUMERAL = regex.compile(r"[0-9０-９一二三四五六七八九十百千万亿两]")
_DICTIONARY_FREQ = 50  # rarer dictionary entries are often fragments, not words
PUNCT = set("，,、：:；;“”\"'‘’《》()（）[]【】 \t·●—-")

# compiled once: regex.search(pattern string) looks its pattern up in a cache on every call
_WORD_CHAR = regex.compile(r"\p{Han}|[A-Za-z]")

_QUOTE_CLOSERS = {"“": "”", '"': '"', "‘": "’"}  # (pages pasted with straight quotes close them alike)

_LEADING_MARKS = "“”\"'‘’《》()（）[]【】 \t·●—-、★☆◆◇■□▲△•▪"


def trim_measure(text: str, start: int, end: int, cues: Cues) -> tuple[int, int] | None:
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
        closer = _QUOTE_CLOSERS.get(text[start])
        if closer and text.find(closer, start + 1, end) != -1:
            break  # “专精特新”企业, "专精特新"企业: a quote closed inside the measure is part of it
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


def measure_before(text: str, lo: int, q_start: int, blockers: list[Mention], cues: Cues) -> tuple[int, int] | None:
    """The noun phrase ending at the number (研发投入18.47亿元, 高新技术企业由2026年的58家).

    Trailing verbs, function words, dates and regions are peeled off the end first; the measure
    is what remains after the last stop word or mention before it.
    """
    end = peel_end(text, lo, q_start, blockers, cues)
    start = _last_stop_before(text, lo, end, blockers, cues)
    return trim_measure(text, _past_leading_verb(text, start, end, cues), end, cues)


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
    if not text.startswith(cues.leading_verbs, start, end):
        return start  # (one test of all the verbs first: most phrases open on none)
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


def peel_end(text: str, lo: int, end: int, blockers: list[Mention], cues: Cues) -> int:
    """Where the phrase ending at ``end`` ends once every peelable suffix is peeled off (``_peel_suffix``
    until it peels nothing)."""
    while True:
        new_end = _peel_suffix(text, lo, end, blockers, cues)
        if new_end == end:
            return end
        end = new_end


def _peel_suffix(text: str, lo: int, end: int, blockers: list[Mention], cues: Cues) -> int:
    if end <= lo:
        return end
    if text[end - 1] in ")）":  # 研发强度(与地区生产总值之比)为2.36%: an aside is no part of the name
        opening = max(text.rfind("(", lo, end), text.rfind("（", lo, end))
        if opening != -1:
            return opening
    if text[end - 1] in PUNCT:
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


def measure_after(text: str, q_end: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    """The noun phrase right after a count (656家科技型企业), up to a stop word or mention."""
    linked = LINKED_AFTER.match(text, q_end)
    if linked:
        q_end = linked.end()
    end = min(hi, q_end + 20)
    seg_end = next((i for i in range(q_end, end) if text[i] in CLAUSE_END + ENUM_SEP + "()（）"), end)
    qualified = _verb_qualified_noun(text, q_end, seg_end, cues)
    if qualified is not None:
        return qualified
    for stop in cues.after_stop.finditer(text, q_end, seg_end):
        # 以上 right after the number is its bound (100家以上); inside a name it stays (省级以上高新区)
        if stop.group() in cues.bound_after and stop.start() > q_end:
            continue
        joined = stop.start() > q_end and stop.group() in cues.list_joins  # (4家和…中心2家: no qualifier before)
        if joined and _joins_qualifiers(text, stop.end(), seg_end, cues):
            continue
        seg_end = stop.start()
        break
    seg_end = _predicate_after_noun(text, q_end, seg_end, cues)
    while seg_end > q_end and text.endswith(cues.list_joins, q_end, seg_end):  # 12项重点工作及60项具体措施
        seg_end -= next(len(w) for w in cues.list_joins if text.endswith(w, q_end, seg_end))
    activity = next((w for w in cues.activity_after if text.endswith(w, q_end, seg_end)), "")
    if seg_end - len(activity) - q_end >= cues.min_chars:  # 开展30家青禾示范基地建设: the count is of the bases
        seg_end -= len(activity)
    return trim_measure(text, q_end, seg_end, cues)


def _verb_qualified_noun(text: str, at: int, seg_end: int, cues: Cues) -> tuple[int, int] | None:
    """12个正式签约项目与14个参加评比园区中: a verb right after the count (past an adverb) that qualifies a
    head noun after it opens the measure (the adverb is no part of it); None where no such verb stands
    there or the phrase ends in no head (3家参加评审: the verb is the count's predicate)."""
    while (adverb := next((w for w in cues.count_adverbs if text.startswith(w, at, seg_end)), None)) is not None:
        at += len(adverb)
    verb = next((w for w in cues.count_verb_qualifiers if text.startswith(w, at, seg_end)), None)
    if verb is None:
        return None
    stop = cues.after_stop.search(text, at + len(verb), seg_end)
    end = _predicate_after_noun(text, at, stop.start() if stop else seg_end, cues)
    return trim_measure(text, at, end, cues) if text.endswith(cues.joined_heads, at, end) else None


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
    predicates = as_prefixes(cues.after_predicates)  # (one startswith for all of them rules out most places)
    if not holds_any(text, start, end, predicates):
        return end  # (a predicate found lies inside the stretch: most stretches hold none, and need no segmenting)
    bounds = set(itertools.accumulate(map(len, compiled_jieba().cut(text[start:end])), initial=start))
    for at in sorted(bounds):
        if at - start >= cues.min_chars and text.startswith(predicates, at) and any(
                text.startswith(w, at) and at + len(w) in bounds for w in predicates):
            return at
    return end


def span_dict(text: str, span: tuple[int, int] | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"text": text[span[0] : span[1]], "start": span[0], "end": span[1]}


@functools.lru_cache(maxsize=16)
def as_prefixes(words: frozenset[str]) -> tuple[str, ...]:
    """``words`` as ``str.startswith`` takes them (a frozenset keeps its hash: the look-up is cheap)."""
    return tuple(words)
