"""Reading a name leftwards from its head (``name_start``): one segmenter token at a time until
a boundary: punctuation, white space, a function word, a governing verb, a count, another
name's head. Also where the segmenter glued a name's first characters to the word before it
(one helper, ``glued_cut``, owns that habit), and what is trimmed from the name's left edge.

Fed by rules/entity_common.toml ([boundary], [name], [word_classes]) and the type files' heads,
trade words, apposition nouns and conjunction rules (company, institution, platform, loan).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from extract.entities.text import Text
from extract.entities.words import (
    COMPLEMENTS,
    CONJUNCTIONS,
    COUNT_MARKS,
    COUNTERS,
    DESTINATIONS,
    ENUMERATORS,
    GOV_HEADS,
    HAN,
    JOINERS,
    LEVEL_WORD_PREPOSITIONS,
    LEVEL_WORDS,
    NAME_TOKEN,
    NUMERAL,
    PREPOSITIONS,
    RESULTS,
    HeadInfo,
    after_digit,
    covered_by,
    is_proper_word,
    lexicon,
)
from extract.segment import Token

# The longest bracket read inside a name: a place (禾钦德(澄川)…公司) or a zone's other name
# (青禾高新技术产业开发区(青禾经济技术开发区)管委会: nine characters and more).
BRACKET_REACH = 12


def _bracket_group_start(t: Text, close: int) -> int | None:
    """Start of a bracket inside a name: a place (the (澄川) of 禾钦德(澄川)精密机械有限公司) or the
    other name of a zone before its body's head."""
    open_at = t.joined.rfind("(", max(0, close - BRACKET_REACH), close)
    if open_at < 1 or not HAN.match(t.joined[open_at + 1 : close]) or not t.is_boundary(open_at):
        return None
    if not NAME_TOKEN.match(t.joined[open_at - 1]):
        return None  # 电 (记者名)青禾市科技局: a byline's bracket before the name, not inside it
    return open_at


# Two subsets of the rules' conjunctions (words.CONJUNCTIONS), on purpose: which words join two
# fields inside one name depends on the name's head, and 和 between two platforms joins two names.
BODY_CONJUNCTIONS = ("和", "与")  # inside a body's or a policy loan's name (工业和信息化部); not 及
FIELD_CONJUNCTIONS = ("与", "及")  # inside a laboratory's or a park's field (钛及钛合金); not 和


def _crosses_conjunction(t: Text, i: int, start: int, head: str) -> bool:
    """和/与 inside a ministry's name (工业和信息化部, 经济合作与投资促进局), a laboratory's
    field (网络通信与安全青禾实验室) or a policy loan named by its purposes (绿色转型和数字升级
    再贷款): a government or joining head, no place right of 和."""
    conj = t.tokens[i].text if i > 0 else ""
    if conj not in CONJUNCTIONS:
        return False  # most tokens (asked for each token a name is read across)
    lex = lexicon()
    joins = head in GOV_HEADS or head.endswith(tuple(GOV_HEADS)) or head in lex.loan["and_joins_heads"]
    # only 与 and 及 (钛及钛合金研究院): 和 between platforms joins two names
    joins_fields = head in lex.platform["and_joins_heads"]
    joins_trades = head in lex.platform["ji_joins_heads"] and conj == "及"  # 智能装备及零部件产业园
    if not (joins and conj in BODY_CONJUNCTIONS or joins_fields and conj in FIELD_CONJUNCTIONS or joins_trades):
        return False
    if conj == "与" and head in lex.loan["and_joins_heads"] and t.joined.startswith(head, start):
        return False  # 贴息与再贷款: two instruments; 绿色与普惠再贷款 joins two purposes of one tool
    left, right = t.tokens[i - 1].text, t.tokens[t.token_at[start]].text
    if left.endswith(lex.name_heads + ("中心",)) or left in lex.standalone or right in lex.standalone:
        return False  # 省政府和市委, 工作部署和市委: two names (or a word ending like one) meet at 和
    if left.endswith(tuple(lex.institution["event_nouns"])):
        return False  # 自治区党代会和区党委: a meeting and a body
    # one character of a field (钛及钛合金, 脑与智能)
    shortest = 1 if (joins_fields or joins_trades) and conj in FIELD_CONJUNCTIONS else 2
    fits = len(left) >= shortest and bool(HAN.match(left))
    return fits and left not in lex.stop and not lex.is_region_word(left) and right not in lex.regions


def _central_bank_before(t: Text, end: int) -> int | None:
    for name in lexicon().central_bank:
        if t.joined.endswith(name, 0, end):
            return end - len(name)
    return None


def _start_in_head_token(t: Text, head_start: int, head: str, info: HeadInfo, stops: set[str]) -> tuple[int, int]:
    """The name's start inside the head's own token, and the index of the token read next.

    The head may end a token (科技局): the token's beginning belongs to the name unless it is a
    stop word (发放 of 发放贷款); a body's field cut by the segmenter (市经|信局) is taken whole."""
    lex = lexicon()
    i = t.token_at[head_start]
    before_head = t.joined[t.tokens[i].start : head_start]
    trade = info.type == "COMPANY" and before_head in lex.business_words  # 控股|集团 glued: the firm's trade
    named = NAME_TOKEN.match(before_head) and (before_head not in stops or trade)
    start = head_start - len(before_head) if named else head_start  # not 发放 of 发放贷款
    i -= 1
    piece = t.tokens[i + 1]  # the head's token
    cut = head in lex.institution["cut_field_heads"] and len(piece.text) == 2 and piece.start == start and i >= 0
    if cut and t.tokens[i].end == start and field_cut_from_place(t, start):
        # 市经|信局, 北湖区|经|科局: the token holds the field's first character (经 a preposition elsewhere)
        start, i = t.tokens[i].start, i - 1
    return start, i


def name_start(t: Text, head_start: int, head: str, info: HeadInfo) -> int:
    """Where the name ending in ``head`` (at ``head_start``) begins.

    The head's own token first (``_start_in_head_token``), then one token at a time leftwards.
    Each token meets three groups of rules, in this order: the rules that read on across it or
    stop at a hard boundary (inline below: they decide most tokens, and the loop is hot), then
    the words that end a name (``_ends_at_word``: function words, verbs, complements), then
    the names and categories that stand before one (``_ends_at_other_name``). A token no rule
    stops at belongs to the name."""
    lex = lexicon()
    stops = lex.loan_stop if info.type == "LOAN" else lex.stop
    start, i = _start_in_head_token(t, head_start, head, info, stops)
    while i >= 0:
        tok = t.tokens[i]
        brand = _brand_after_place(t, i, head_start, info)
        if brand is not None:
            start, i = t.tokens[brand].start, brand - 1  # the place before the brand is read on below
            continue
        if stopping_word(tok.text, info.type == "LOAN"):
            break  # punctuation, a stop word (about four in ten of the words asked): no test below reads on
        if tok.end == start and _head_glued_to_joiner(tok.text):
            start = tok.start + 2  # 北湖区教育|委和区|卫健委: the second body opens on its level word
            break
        if _reads_on_across(t, tok, start, head_start, head, info):
            start, i = tok.start, i - 1  # most words of a name: the tests below would all pass
            continue
        if not tok.text.strip() and i > 0 and _place_line_before(t, t.tokens[i - 1], start, info):
            start, i = tok.start, i - 1
            continue
        if tok.end < start and not _place_line_before(t, tok, start, info):
            break  # white space between tokens: a name never runs across it
        if t.joined[tok.start] == ")" and tok.end == start:
            group = _bracket_group_start(t, tok.start)
            if group is None or info.type == "PLATFORM" and glossed_platform_before(t, start, head_start):
                break  # 、青禾高新区(北湖区)|氢能产业园区: a listed platform and its gloss end before the head
            start, i = group, t.token_at[group] - 1
            continue
        if _crosses_conjunction(t, i, start, head):
            start, i = tok.start, i - 1
            continue
        if _line_joined_before_place(t, start):
            break  # 统计公报|贵州省统计局: a heading's line ends before the body's place
        if _business_scope(t, tok, head_start, head) or _group_task(t, tok, head_start):
            start, i = tok.start, i - 1  # 青禾城市建设投资有限公司: 建设, 投资 name its trade
            continue
        if _partner_pair(t, tok, start):
            start = tok.start
            break  # 中|德青禾产业园, 中以|澄川创新园: a cooperation zone named by its two countries
        end = _ends_at_word(t, i, start, head_start, head, info, stops)
        if end is None:
            end = _ends_at_other_name(t, i, start, head_start, head, info, stops)
        if end is not None:
            start = end
            break
        start, i = tok.start, i - 1
    return _trim(t, start, head_start, info.type)


def _ends_at_word(t: Text, i: int, start: int, head_start: int, head: str, info: HeadInfo,
                  stops: set[str]) -> int | None:
    """The name's start when token ``i`` is a word no name reads across (too far from the head,
    a stop word, a governing verb or preposition, a verb's complement); None to read on.

    Some of these words are glued to the name's first characters by the segmenter (报至省科技厅,
    孵化|出澄川): the start returned is then inside the token."""
    lex = lexicon()
    tok = t.tokens[i]
    if head_start - tok.start > lex.max_chars or not NAME_TOKEN.match(tok.text) or tok.text in stops:
        return start
    ends_conjunct = i + 1 < len(t.tokens) and t.tokens[i + 1].text in BODY_CONJUNCTIONS and start <= tok.end + 1
    next_to_head = tok.end == head_start or ends_conjunct  # 经济合作与投资促进局: 合作 ends a field
    if tok.text in lex.attributive_verbs and (not next_to_head or _name_ends_before(t, i)):
        return start  # …联合研究院 is a name; 科技局联合高新区 is two
    whole_item = not head and tok.end == head_start  # a list item read back from its 、 or 等
    if tok.text in lex.stop_tagged or _ends_in_preposition(tok.text) and not whole_item or _verb_with_wei(tok.text):
        return start  # (an item ending in 同, 和 or 以 is a brand: 澄同、瑞禾等企业; no name follows it)
    if _verb_with_complement(tok.text, stops) or _ends_in_destination(tok.text):
        return start
    if tok.end == start and i > 0 and tok.text[0] in JOINERS and t.tokens[i - 1].text.endswith(lex.body_heads):
        # 科技局|和县|财政局: 和 joins two bodies (the rest a level word), 科技局|和平区|教育局: a
        # division opens the name; either way no name reads across the body's head before it
        return tok.start + 1 if lex.joined_after_name(tok.text, t.tokens[i - 1].text) else tok.start
    if tok.end == start and _preposition_on_level_word(tok.text):
        return tok.start + 1  # 专家组从|市科技局: the preposition glued to the level word ends the reading
    place = _place_after_destination(tok.text)
    if place:
        return tok.end - len(place)  # 报至省科技厅: the name starts at the place
    if len(tok.text) == 1 and tok.text in COMPLEMENTS:
        return start  # 用足用|好|澄川…: a verb's result cut off alone ends the verb before the name
    if info.type != "COMPANY" and _made_into(t, i):
        return start  # 打|造成|科技示范区, 培育|成|省级科技园: a verb of making governs the name after it
    if info.type != "COMPANY" and _result_opens_token(t, i):
        return tok.start + 1  # 培育|成拓川…: the segmenter glued the verb's 成 to the name
    if _complement_opens_token(t, i):
        return tok.start + 1  # 孵化|出澄川: the segmenter glued the verb's 出 to the name
    glued = _stop_opening_token(tok.text, stops) if info.type != "COMPANY" else 0  # brands hold verbs
    if glued:
        return tok.start + glued  # 重组|转建澄山|材料…实验室: the verb glued to the name's first word
    if info.type != "COMPANY" and _verb_before_place(t, i):  # brands hold verbs (一汽解放)
        return start
    if _adverb_and_stop(tok.text, stops):
        return start
    return None


def _ends_at_other_name(t: Text, i: int, start: int, head_start: int, head: str, info: HeadInfo,
                        stops: set[str]) -> int | None:
    """The name's start when token ``i`` belongs to what stands before the name: a category in
    apposition, a count, another name or its head; None when the token is part of the name.

    A numeral may still open a brand (三一重工): the start returned is then the numeral's."""
    lex = lexicon()
    tok = t.tokens[i]
    if tok.text in lex.apposition and lex.is_region_word(t.tokens[t.token_at[start]].text):
        return start  # 研发机构 before 青禾稀土研究院: a category in apposition
    if info.type == "COMPANY" and head and _category_before_brand(t, i, start, head_start):
        return start  # 整车制造企业|青禾集团, 龙头企业|澄光集团: the category is no part of the name
    if NUMERAL.match(tok.text):
        alone = len(tok.text) > 1 and tok.text[-1] != "大" and head in lex.rules["company"]["numeral_brand_heads"]
        brand = start < head_start or alone  # (三大集团 counts groups)
        if info.type == "COMPANY" and brand and _opens_name(t, i, stops):
            return tok.start  # 万马汽车, 三一重工, 三一集团: a brand that starts with a numeral (not 一公司)
        return start
    if tok.text in lex.company_heads or tok.text.endswith(lex.company_head_endings):
        return _after_company_head(t, tok, start, head, info)
    if info.type == "COMPANY" and head and _body_before_firm(t, tok, start, head_start):
        return start  # 青禾大学|北湖集团: a university's name ends where the firm's begins
    if (info.type == "LOAN" or not head) and tok.text.endswith(lex.name_heads):
        return start  # another name ends here: 长沙经开区 before a listed 三一重工
    if info.type == "PLATFORM" and head and tok.text.endswith(head) and tok.end == start:
        return start  # 澄川量子实验室|北湖光子实验室: two names of one kind side by side, not one
    if head in lex.designations and tok.text.endswith(lex.platform_heads) and tok.end == head_start:
        return start  # a platform's name, then its designation: …研究院 before 新型研发机构
    return None


def field_cut_from_place(t: Text, piece: int) -> bool:
    """The two-character token at ``piece`` (信局 of 市经|信局, 建局 of 北湖区|住|建局) is no word of
    the dictionary, and the character before it opens a bureau's two-character short field right
    after a division's name or level word: the segmenter cut the field in two, so the head ends a
    body's name (经信局, 人社局, 住建局), not a word such as 格局 or 干部 (corpus/ANNOTATION.md, inst28)."""
    lex = lexicon()
    if piece < 2 or lex.known_word(t.joined[piece : piece + 2]):
        return False
    field = piece - 1  # the field's first character (经 of 经信局)
    if t.joined[field - 1] in lex.institution["place_endings"]:
        return True
    before = t.tokens[t.token_at[field - 1]]
    return before.end == field and before.text in lex.regions


def _body_before_firm(t: Text, tok: Token, start: int, head_start: int) -> bool:
    """A university's or an academy's name ends right before the firm's name read so far (青禾大学|
    北湖集团): two bodies, unless only trade words stand between (澄川大学|控股集团: its holding firm)."""
    lex = lexicon()
    if tok.end != start or not tok.text.endswith(tuple(lex.rules["company"]["bodies_before_firm"])):
        return False
    return not covered_by(t.joined[start:head_start], lex.business_words)


def glossed_platform_before(t: Text, start: int, head_start: int) -> bool:
    """A bracket gloss ends at ``start`` right after a platform's head (青禾高新区|(北湖区), 澄川创新中心|
    (株洲)), and the platform head at ``head_start`` is bare (…(株洲)|平台: said of the centre) or the
    glossed platform is an item of a list (甲高新区、乙高新区(北湖区)|氢能产业园区: a kind shared by the
    items). Either way no name reads across both heads, nor starts after the gloss."""
    if start < 1 or t.joined[start - 1] != ")":
        return False
    open_at = t.joined.rfind("(", max(0, start - BRACKET_REACH), start)
    if open_at < 1 or not t.joined.endswith(lexicon().platform_heads, 0, open_at):
        return False
    before = t.joined[max(0, open_at - _LIST_REACH) : open_at]
    listed = "、" in before and not re.search(r"[,。;:“”()]", before[before.rfind("、"):])
    return start == head_start or listed


_LIST_REACH = 16  # characters a listed platform's name takes before its gloss


def _reads_on_across(t: Text, tok: Token, start: int, head_start: int, head: str, info: HeadInfo) -> bool:
    """A shortcut through ``name_start``'s loop for a word none of its word tests stops (most
    words inside a name): only the tests on where the word stands are asked, the word's own
    verdict is looked up once per word (``plain_name_word``). False sends the word through the
    loop's full sequence, which decides it the same way."""
    if not plain_name_word(tok.text, info.type == "LOAN") or tok.end < start:
        return False
    if head_start - tok.start > lexicon().max_chars or _line_joined_before_place(t, start):
        return False
    return not (info.type == "PLATFORM" and head and tok.text.endswith(head) and tok.end == start)


@functools.lru_cache(maxsize=1 << 16)  # bounded: memory stays flat however many articles a run reads
def stopping_word(word: str, loan: bool) -> bool:
    """Whether ``name_start``'s loop ends at the word wherever it stands: no name word (punctuation,
    digits) or a stop word, and none of the tests asked before the stop list's may read past it
    (white space before a place's line, a bracket, a conjunction, a trade or task word, 中 of a
    partner pair)."""
    lex = lexicon()
    if NAME_TOKEN.match(word) and word not in (lex.loan_stop if loan else lex.stop):
        return False
    return bool(word.strip()) and not word.startswith((")", "中")) and not _read_past_stop_list(word)


def _read_past_stop_list(word: str) -> bool:
    """A conjunction, a trade word or a task word: ``name_start`` asks about these before its stop
    list, and may read past them although they are stop words (青禾|和|北湖…, …|科技|有限公司)."""
    lex = lexicon()
    group = lex.institution["group"]
    return any(word in words for words in (CONJUNCTIONS, lex.business_words, group["office_task_words"],
                                           group["task_words"]))


@functools.lru_cache(maxsize=1 << 16)
def plain_name_word(word: str, loan: bool) -> bool:
    """Whether every test of ``name_start``'s loop that reads the word alone lets it pass: a name
    word (青禾, 科技) that is no stop word, verb form, count, conjunction, head, trade or task word.
    A word such a test may stop (or let pass only by where it stands) is not plain."""
    lex = lexicon()
    stops = lex.loan_stop if loan else lex.stop
    if not NAME_TOKEN.match(word) or word in stops or word in lex.stop_tagged or NUMERAL.match(word):
        return False
    if _read_past_stop_list(word) or word[0] in JOINERS or word.startswith("中"):
        return False
    listed = (lex.attributive_verbs, lex.apposition, lex.rules["company"]["apposition_nouns"], lex.company_heads)
    if any(word in words for words in listed):
        return False
    if word.endswith(lex.company_head_endings + lex.name_heads + lex.platform_heads):
        return False
    if len(word) >= 2 and word in lex.leading or len(word) == 1 and word in COMPLEMENTS:
        return False
    if word[-1] in RESULTS or len(word) >= 3 and word[0] in RESULTS:
        return False  # 培育|成, 升级成, 成拓川: whether a verb of making governs depends on the word before
    return not (
        _ends_in_preposition(word) or _verb_with_wei(word) or _verb_with_complement(word, stops)
        or _ends_in_destination(word) or _preposition_on_level_word(word) or _place_after_destination(word)
        or _glued_complement(word) or _stop_opening_token(word, stops) or _adverb_and_stop(word, stops)
    )


def _partner_pair(t: Text, tok: Token, start: int) -> bool:
    """The token is 中 (or 中 glued to a partner's abbreviation) right before a name that opens on
    a partner country's abbreviation: 中|德(青禾)产业园, 中|新北湖生态城, 中以|青禾创新园."""
    if tok.end != start or not tok.text.startswith("中") or len(tok.text) > 2:
        return False
    partner = tok.text[1:] or t.joined[start : start + 1]  # glued to 中, else the name's first character
    return bool(partner) and partner in lexicon().platform["partner_countries"]


def _category_before_brand(t: Text, i: int, start: int, head_start: int) -> bool:
    """A category noun (企业, 龙头企业) right before a brand read so far: apposition, when it is
    a category of its own (龙头企业) or ends common words (整车制造企业). After a brand
    (青禾尤里卡企业咨询有限公司) or before trade words only (青禾企业发展有限公司) it is part of
    the registered name."""
    lex = lexicon()
    tok = t.tokens[i]
    if tok.text not in lex.rules["company"]["apposition_nouns"] or tok.end != start or start >= head_start:
        return False
    if covered_by(t.joined[start:head_start], lex.generic | lex.business_words):
        return False
    before = t.tokens[i - 1].text if i > 0 and t.tokens[i - 1].end == tok.start else ""
    return len(tok.text) > 2 or not before or lex.known_word(before) and before not in lex.regions


def _group_task(t: Text, tok: Token, head_start: int) -> bool:
    """A leading group's office is named by the group's task and scope (全国青禾认定评价领导
    小组办公室), an office by its task right before it (青禾园管理办公室): those words are part of
    its name, although they govern a name elsewhere (建设, 管理, 全国: corpus/ANNOTATION.md, round 12)."""
    group = lexicon().institution["group"]
    if tok.text in group["office_task_words"] and tok.end == head_start:
        i = t.token_at[tok.start]  # 青禾园|管理|办公室: a name word before the task, not 加强|管理办公室
        before = t.tokens[i - 1] if i > 0 else None
        named = before is not None and before.end == tok.start and NAME_TOKEN.match(before.text)
        office = t.joined.startswith(tuple(group["offices"]), head_start)
        return bool(named) and before.text not in lexicon().stop and office
    return tok.text in group["task_words"] and t.joined.endswith(tuple(group["groups"]), 0, head_start)


def _business_scope(t: Text, tok: Token, head_start: int, head: str) -> bool:
    """A trade word (建设, 投资, 管理) in the run of trade words right before a legal head:
    part of the company's name, although the same word governs a name elsewhere (投资青禾公司)."""
    lex = lexicon()
    if not head.endswith("公司") or tok.text not in lex.business_words:
        return False
    return covered_by(t.joined[tok.end : head_start], lex.business_words)


def _line_joined_before_place(t: Text, start: int) -> bool:
    """A line break was joined right before ``start`` and the name there opens with a place: the
    line before is a heading or a title (…统计公报), and a name starts with its place."""
    if start == 0 or t.offsets[start] - t.offsets[start - 1] <= 1:
        return False
    if "\n" not in t.original[t.offsets[start - 1] : t.offsets[start]]:
        return False
    return t.tokens[t.token_at[start]].text in lexicon().regions


def _name_ends_before(t: Text, i: int) -> bool:
    """Whether the token before token ``i`` ends a name (a body's or a zone's head)."""
    return i > 0 and t.tokens[i - 1].end == t.tokens[i].start and t.tokens[i - 1].text.endswith(lexicon().name_heads)


def _place_line_before(t: Text, tok: Token, start: int, info: HeadInfo) -> bool:
    """A body's name broken after its place (青禾市\n科学技术局, a letter's signature): the line
    holds only the place, so the break is inside the name (SPEC 6: the name drops it)."""
    if info.type != "INSTITUTION" or t.joined[tok.end : start].strip(" ") != "\n":
        return False
    line_start = t.joined.rfind("\n", 0, tok.start) + 1
    return t.joined[line_start : tok.end].strip() == tok.text and tok.text in lexicon().regions


def _head_glued_to_joiner(word: str) -> bool:
    """A one-character body head, a conjunction and a level word or division cut as one token (局和区
    of 澄川县原科技局和县商务局): two bodies joined by the conjunction, as 科技局|和县|财政局 is, so no
    name reads back across the first body's head (corpus/ANNOTATION.md, rvc28)."""
    lex = lexicon()
    return len(word) >= 3 and word[0] in lex.body_heads and word[1] in JOINERS and lex.is_region_word(word[2:])


def _preposition_on_level_word(word: str) -> bool:
    """A preposition the segmenter glued to the level word opening a name (从市, 由县, 从省); not a
    division's name (和县) nor a word (地区: 地 is a particle elsewhere, no preposition)."""
    lex = lexicon()
    if word in lex.regions:
        return False
    def governs(first: str) -> bool:
        return first in PREPOSITIONS or first in LEVEL_WORD_PREPOSITIONS and word[1:] in LEVEL_WORDS

    return glued_cut(word, (1,), governs, lex.is_region_word, known_words_too=True) > 0


def _ends_in_preposition(word: str) -> bool:
    """A token the segmenter glued to a preposition (日自 of 17日自青禾市科技局): no name word."""
    lex = lexicon()
    return len(word) >= 2 and word[-1] in PREPOSITIONS and word not in lex.regions and not lex.known_word(word)


def _brand_after_place(t: Text, i: int, head_start: int, info: HeadInfo) -> int | None:
    """The first token of a firm's brand that ends on a preposition's character (澄自 of 青禾澄自机器人
    公司, 禾向 of 北湖县禾向科技有限公司), whole or cut into characters by the segmenter, when a place
    stands right before the brand and only industry words stand between it and the company head: the
    character is the brand's, no preposition governing what follows (记者3日自青禾市科技局获悉: no
    place before 日自, and a place, no industry word, after it)."""
    lex = lexicon()
    tok = t.tokens[i]
    if info.type != "COMPANY" or tok.text[-1] not in PREPOSITIONS or tok.text in lex.regions:
        return None
    between = t.joined[tok.end : head_start]
    if not between or not covered_by(between, lex.industry_words):
        return None
    first = i
    while first > 0 and t.tokens[first].start - t.tokens[first - 1].end == 0:
        before = t.tokens[first - 1].text
        if lex.is_region_word(before):
            brand = t.joined[t.tokens[first].start : tok.end]
            fits = 2 <= len(brand) <= lex.rules["company"]["brand_max_chars"] and HAN.fullmatch(brand)
            return first if fits else None
        if len(before) != 1 or not HAN.fullmatch(before) or before in lex.stop:
            return None
        first -= 1
    return None


def _verb_before_place(t: Text, i: int) -> bool:
    """A verb right before a place (感谢青禾协同创新中心, 契合北湖高新区, 盘点开发区 after a
    place): the verb governs the name that the place opens."""
    lex = lexicon()
    verb = t.tokens[i].text
    if len(verb) < 2 or verb not in lex.leading:  # not 能 of a brand (金汇能); asked first, the
        return False  # next word's reading costs more and most tokens of a name are no verb
    if verb.endswith(lex.name_heads):
        return False  # 分行, 中心: a name's head the dictionary tags as a verb
    nxt = t.tokens[i + 1] if i + 1 < len(t.tokens) else None
    proper = nxt is not None and is_proper_word(nxt.text) and not nxt.text.endswith(lex.name_heads)
    return proper or (nxt is not None and _opens_with_place(nxt.text))


def _opens_with_place(word: str) -> bool:
    """A division's name, or a token the segmenter glued from one and a head (吉林省政府)."""
    regions = lexicon().regions
    return word in regions or any(word[:k] in regions for k in range(2, min(len(word), 5)))


def _adverb_and_stop(word: str, stops: set[str]) -> bool:
    """An adverb glued to a governing verb (全力支持, 积极探索, 充分发挥), a verb that names only
    next to a head glued to one (联合支持, 合作开展: never next to a head then), or a determiner
    glued to a word trimmed from names (这一纯): the segmenter makes one token of them, which
    neither list holds; it ends the name before it."""
    if len(word) < 3:
        return False  # (no split leaves two words, or a word after two characters)
    lex = lexicon()
    return any(
        (word[:k] in lex.stop_tagged or word[:k] in stops or word[:k] in lex.attributive_verbs)
        and (len(word) - k >= 2 and word[k:] in stops or k >= 2 and word[k:] in lex.trim)
        for k in range(1, len(word))
    )


def _verb_with_wei(word: str) -> bool:
    """A verb the segmenter glued to 为 (晋升为, 列为): it governs the name after it."""
    return len(word) >= 3 and word.endswith("为") and lexicon().known_word(word[:-1])


def _made_into(t: Text, i: int) -> bool:
    """Token ``i`` ends a verb of making with its result 成 (北湖|打|造成|…示范区): 成 alone after a
    verb (培育|成, 发展|成), a verb glued to it (建造成, 升级成), or the verb's second character glued to
    it (打|造成: 造成 is a word of its own, the verb 打造 cut in two). Brands may hold such words."""
    lex = lexicon()
    word = t.tokens[i].text
    if not word or word[-1] not in RESULTS:
        return False
    prev = _glued_word_before(t, i)
    if len(word) == 1:
        return _verb_word(prev)  # 培育|成, not 青禾|成…
    split_verb = len(word) == 2 and len(prev) == 1 and prev + word[0] in lex.leading  # 打|造成 (打造)
    return split_verb or len(word) >= 3 and lex.known_word(word[:-1])  # 建造成, 升级成


def _result_opens_token(t: Text, i: int) -> bool:
    """The result 成 of the verb before it glued to the name's first two characters or more (培育|
    成拓川科技城); a word of two (成禾, 成都) or one the dictionary knows is left whole."""
    lex = lexicon()
    word = t.tokens[i].text
    if len(word) < 3 or word[0] not in RESULTS or lex.known_word(word) or word in lex.regions:
        return False
    return _verb_word(_glued_word_before(t, i))


def _glued_word_before(t: Text, i: int) -> str:
    """The token right before token ``i`` with no space between, else ''."""
    return t.tokens[i - 1].text if i > 0 and t.tokens[i - 1].end == t.tokens[i].start else ""


def _verb_word(word: str) -> bool:
    """A known word of two characters or more that is no place: a verb whose result 成 follows it
    (培育|成, not 青禾|成…: a place before 成 opens a name, 青禾成禾…)."""
    lex = lexicon()
    return len(word) >= 2 and lex.known_word(word) and word not in lex.regions


def _verb_with_complement(word: str, stops: set[str]) -> bool:
    """A governing verb glued to its result (培育出, 孵化出, 引进到): jieba often tags the
    compound as a noun, so neither the stop list nor the tag rule sees the verb in it."""
    lex = lexicon()
    verb = word[:-1]
    return len(word) >= 3 and word[-1] in COMPLEMENTS and (verb in stops or lex.known_word(verb))


def _ends_in_destination(word: str) -> bool:
    """A verb of sending with its 至/到 (送到, 报至, 转至): the name after it is where things go."""
    return len(word) >= 2 and word[-1] in DESTINATIONS and word not in lexicon().regions


def glued_cut(word: str, cuts: Iterable[int], ends_word: Callable[[str], bool],
              opens_name: Callable[[str], bool] | None = None, *, known_words_too: bool = False) -> int:
    """Where the segmenter glued the first characters of a name to the end of the word before
    it, into the one token ``word`` (孵化|出澄川 cut as 出澄川, 转建澄山, 报至省, 2031年澄川 cut as
    年澄川, 从市): the length of the part before the name, at the first of ``cuts`` where that part
    ``ends_word`` and the rest ``opens_name`` (any rest, where None); 0 where none. A word the
    dictionary knows is one word, not two glued (出色, 年青), unless ``known_words_too`` (本市,
    全省: a determiner and a level word the dictionary holds as one word)."""
    for k in cuts:
        if 0 < k < len(word) and ends_word(word[:k]) and (opens_name is None or opens_name(word[k:])):
            # the dictionary is asked last: most tokens (asked for each one a name is read across) fit no cut
            return 0 if not known_words_too and lexicon().known_word(word) else k
    return 0


def _complement_opens_token(t: Text, i: int) -> bool:
    """The result of the verb before it, or a preposition, glued to the name's first word
    (孵化 + 出澄川, 项目 + 由爱澄)."""
    lex = lexicon()
    tok = t.tokens[i]
    if i == 0 or not _glued_complement(tok.text):
        return False
    prev = t.tokens[i - 1]
    return prev.end == tok.start and (prev.text in lex.stop or lex.known_word(prev.text)) and HAN.match(prev.text)


def _glued_complement(word: str) -> int:
    """How many first characters of ``word`` are a verb's result or a preposition glued to a name
    (出 of 出澄川): 1 or 0; not before a place (反馈|至省: a destination, read by the place rules)."""
    lex = lexicon()
    return glued_cut(word, (1,), lambda glued: glued in lex.glued_before_name,
                     lambda rest: not lex.is_region_word(rest))


def _stop_opening_token(word: str, stops: set[str]) -> int:
    """The length of a governing verb of two characters or more that the segmenter glued to the
    one or two first characters of the name after it (转建|澄山, 引进|澄): 0 where there is none.
    A word the dictionary knows is one word, not a verb and a name; a known word or a trimmed
    one after the verb is no name's opening (全力|支持, 这一|纯)."""
    lex = lexicon()
    if len(word) < 3:
        return 0

    def opens_name(rest: str) -> bool:
        known = len(rest) > 1 and lex.known_word(rest)  # (every single character is a word)
        return not known and rest not in lex.trim and rest not in stops

    return glued_cut(word, range(max(2, len(word) - 2), len(word)), lambda verb: verb in stops, opens_name)


def _place_after_destination(word: str) -> str:
    """The place of a token that glues a verb, 至/到 and a level word or place (报至省, 送到市):
    the part after 至/到, else the empty string."""
    lex = lexicon()
    if len(word) < 3 or word in lex.regions:
        return ""  # (a verb, 至/到 and a place take three characters at least)
    cut = glued_cut(word, range(2, len(word)), lambda verb: verb[-1] in DESTINATIONS, lex.is_region_word)
    return word[cut:] if cut else ""


def _opens_name(t: Text, i: int, stops: set[str]) -> bool:
    """A Chinese numeral token is the first word of a name (万马, 三一), not a count, when it
    carries no measure word and nothing that could be part of the name stands before it."""
    tok = t.tokens[i]
    if not HAN.match(tok.text) or tok.text[-1] in COUNTERS or tok.text.startswith("第"):
        return False
    if i == 0 or t.tokens[i - 1].end < tok.start:
        return True
    before = t.tokens[i - 1].text
    return before in stops or before in ENUMERATORS or not NAME_TOKEN.match(before)


def _after_company_head(t: Text, tok: Token, start: int, head: str, info: HeadInfo) -> int:
    """A legal head left of the name ends it, but for 集团有限公司, 银行股份有限公司 and the
    central bank in front of its branches (中国人民银行重庆营业管理部)."""
    lex = lexicon()
    central = _central_bank_before(t, tok.end)
    if head in lex.institution["central_bank_only"]:  # a bank's branch: 中国工商银行深圳分行
        if central is not None:
            return central
        if tok.text.endswith("银行"):
            head_len = len(tok.text) if tok.text in lex.company_heads else 2  # 建设银行 is one head
            return name_start(t, tok.end - head_len, tok.text[-head_len:], HeadInfo("COMPANY"))
        if tok.text in lex.company_heads and t.joined.endswith("银行", 0, tok.start):
            return name_start(t, tok.start, tok.text, HeadInfo("COMPANY"))  # 招商银行股份有限公司深圳分行
        if tok.text in lex.standalone and lex.standalone[tok.text] == "COMPANY":
            return name_start(t, tok.start, tok.text, HeadInfo("COMPANY"))  # 青禾中行|株洲分行
        if tok.text in lex.bank_words:
            return name_start(t, tok.start, tok.text, HeadInfo("COMPANY"))  # 青禾农商行|北湖支行
    if info.type == "COMPANY" and tok.end == start and head in lex.company_heads:
        left = name_start(t, tok.start, tok.text, HeadInfo("COMPANY"))
        if left < tok.start and covered_by(t.joined[left : tok.start], lex.generic):
            return start  # 合资公司|青禾澄川科技有限公司: a category in apposition
        return left
    if info.type == "PLATFORM" and tok.end == start:  # 青禾集团技术研究院: the company owns it
        owner_head = max((h for h in lex.company_heads if tok.text.endswith(h)), key=len)
        return name_start(t, tok.end - len(owner_head), owner_head, HeadInfo("COMPANY"))
    return start


def _count_mark_glued(t: Text, start: int, first: str) -> int:
    """How many characters of the name's first token are a date's or a count's mark after its
    number (2031年|澄川 cut as 年澄川, 第3|批澄瑞, 12|号|青禾…): the mark alone, or glued to the
    name's first characters; 0 where none. 年青 and other words the dictionary knows are left
    alone, and so is a name opening on such a character with no number before it (…年|名德药业)."""
    if not first or first[0] not in COUNT_MARKS or not _after_number(t, start):
        return 0
    if len(first) == 1:
        return 1
    return glued_cut(first, (1,), lambda mark: mark in COUNT_MARKS)


def _after_number(t: Text, start: int) -> bool:
    """A number (digits, or a numeral word: 三, 第三) ends right before ``start``."""
    if after_digit(t, start):
        return True
    i = t.token_at[start] - 1 if start > 0 else -1
    return i >= 0 and t.tokens[i].end == start and bool(NUMERAL.match(t.tokens[i].text))


def _trim(t: Text, start: int, head_start: int, kind: str = "") -> int:
    """Drop verbs, particles and determiners from the left edge (积极推行知识产权信用贷款), and a
    preposition the segmenter glued to a level word (从市 of 从市科技局, 据市 of 据市统计局); before
    a body also the words of working with it (协同|青禾大学: name.trim_before_body), and before a
    loan the state that runs it (国家|科技创新再贷款: loan.trim_before_loan)."""
    lex = lexicon()
    trim = _body_trim() if kind == "INSTITUTION" else _loan_trim() if kind == "LOAN" else lex.trim
    first = t.joined[start : t.tokens[t.token_at[start]].end] if start < head_start else ""  # from start on
    if _preposition_glued_to_place(first):
        start += 1
    else:
        start += _count_mark_glued(t, start, first)  # 2031年|青澄 cut as 年青澄: the 年 is the date's
    while start < head_start:
        tok = t.tokens[t.token_at[start]]
        if tok.end > head_start or not (tok.text in trim or tok.text in lex.leading or _rank_before_place(t, tok)):
            break
        if _opens_industry_word(t, tok, head_start):
            break  # 新|材料 of 新材料产业园: the segmenter cut an industry word
        start = tok.end
    return start


@functools.cache
def _loan_trim() -> frozenset[str]:
    """The words dropped from a loan's left edge: every name's, and the state running a policy loan."""
    lex = lexicon()
    return frozenset(lex.trim) | frozenset(lex.loan["trim_before_loan"])


@functools.cache
def _body_trim() -> frozenset[str]:
    """The words dropped from a body's left edge: every name's, and those of working with a body."""
    lex = lexicon()
    return frozenset(lex.trim) | frozenset(lex.rules["name"]["trim_before_body"])


@functools.lru_cache(maxsize=1 << 16)  # a verdict on the word alone, asked for every name read: once per word
def _preposition_glued_to_place(first: str) -> bool:
    """The name's first token opens on a preposition glued to a place (从市, 自沈阳市; 自青禾, with a
    place the table lacks): the preposition is no part of the name. 和县 opening a name is the
    county (after a body, 和 joins: name_start); 自然, 自贡 are words."""
    lex = lexicon()
    division = first in lex.regions
    if not division and glued_cut(first, (1,), lambda word: word in lex.stop, lex.is_region_word, known_words_too=True):
        return True
    return (
        len(first) >= 3
        and not (first in lex.regions or first.endswith(lex.name_heads))
        and glued_cut(first, (1,), lambda word: word in PREPOSITIONS) > 0
    )


def _opens_industry_word(t: Text, tok: Token, head_start: int) -> bool:
    """A one-character token that begins an industry word with what follows (新 of 新|材料)."""
    if len(tok.text) != 1:
        return False
    words = _industry_words_opening_on().get(tok.text, ())
    return any(t.joined.startswith(w, tok.start) and tok.start + len(w) <= head_start for w in words)


@functools.cache
def _industry_words_opening_on() -> dict[str, tuple[str, ...]]:
    """The industry words of two characters or more, by their first character (新 → 新材料 ...):
    a one-character token is compared with the few that open on it, not with all of them."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(lexicon().industry_words):
        if len(word) > 1:
            by_first.setdefault(word[0], []).append(word)
    return {first: tuple(words) for first, words in by_first.items()}


def _rank_before_place(t: Text, tok: Token) -> bool:
    """A rank word before a place (国家级|青禾经济技术开发区) describes the zone; the name starts
    at the place."""
    lex = lexicon()
    if tok.text not in lex.platform["rank_words"]:
        return False
    nxt = t.token_at[tok.end]
    return nxt < len(t.tokens) and t.tokens[nxt].start == tok.end and t.tokens[nxt].text in lex.regions


def modifier_words(t: Text, start: int, head_start: int) -> list[str]:
    """The tokens of the name before its head (the last one cut at the head)."""
    words = []
    pos = start
    while pos < head_start:
        tok = t.tokens[t.token_at[pos]]
        end = min(max(tok.end, pos + 1), head_start)  # always move forward
        words.append(t.joined[pos:end])
        pos = end
    return [w for w in words if w not in "()"]
