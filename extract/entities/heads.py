"""Names found by their heads (…有限公司, …研究院, …科技局, …贷款): which head matches end a
word, where the name starts (``names.name_start``), its type and subtype, and whether the words
before the head name one thing rather than a category, a goal, a grade, a title granted or a
counted kind (SPEC 3 and 6.1).

Fed by the heads and the category, designation, place and loan-kind lists of the type files
(rules/entity_company.toml, entity_institution.toml, entity_platform.toml, entity_loan.toml, through
``words.lexicon``).
"""

from __future__ import annotations

import functools
import re

from extract.entities.names import field_cut_from_place, glossed_platform_before, modifier_words, name_start
from extract.entities.regions import is_province_not_municipality
from extract.entities.text import Candidate, Text
from extract.entities.words import (
    CLAUSE_MARK,
    CONJUNCTIONS,
    COUNTERS,
    ENUMERATORS,
    LEVEL_WORDS,
    NAME_TOKEN,
    NUMERAL,
    OPEN_QUOTES,
    HeadInfo,
    after_digit_tag,
    covered_by,
    is_proper_word,
    is_quoted,
    lexicon,
    quoted_section,
)
from extract.lexicon import PhraseMatch, split_regions


def head_candidates(t: Text) -> list[Candidate]:
    """Names read leftwards from every head the text holds (…有限公司, …研究院, …局)."""
    lex = lexicon()
    found = []
    for match in lex.head_re.finditer(t.joined):
        head, info = match.group(), lex.heads[match.group()]
        match = _longer_form(t, match, head, info)
        if not _head_fits(t, match, head, info):
            continue
        start = name_start(t, match.start(), head, info)
        if info.type == "PLATFORM" and glossed_platform_before(t, start, match.start()):
            continue  # 、青禾高新区(北湖区)|氢能产业园区: a kind the listed zones share, no name of its own
        if info.type == "PLATFORM":
            start = _national_opening(t, start, match.start())
        end = _branch_end(t, match.end()) if info.type == "PLATFORM" else match.end()
        cand = _classify(t, start, end, match.start(), head, info)
        if cand is None and info.type == "PLATFORM":
            cand = _pinned_generic_name(t, start, end, match.start(), head, info)
        if cand is not None and match.group() != head and not _place_or_proper(t, cand.start, match.start()):
            continue  # 建设智能制造协同创新园区: a longer form of generic words describes a kind
        if cand is not None and cand.type == "INSTITUTION":
            cand.end = _division_end(t, cand.end)
        if cand is not None:
            found.append(cand)
    return found


def _longer_form(t: Text, match: PhraseMatch, head: str, info: HeadInfo) -> PhraseMatch:
    """The head as written in a longer form of itself (青禾科创园|区, 株洲储能基地|群): the name ends
    after the whole word, the same park or base (SPEC 3: the longest whole name), not cut before it."""
    if info.type != "PLATFORM":
        return match
    end = match.end()
    for ending, tails in lexicon().platform["longer_forms"].items():
        tail = next((x for x in tails if head.endswith(ending) and t.joined.startswith(x, end)), None)
        if tail and t.is_boundary(end + len(tail)):
            return PhraseMatch(match.start(), end + len(tail), head + tail)
    return match


def _national_opening(t: Text, start: int, head_start: int) -> int:
    """A national centre named with the region of the country it serves (全国|青禾技术西北转化中心)
    opens on 全国, which elsewhere ends a name (全国高新区 is a category): the seat makes it one body."""
    inside = lexicon().platform["place_inside"]
    opening = next((w for w in inside["national_openings"] if t.joined.endswith(w, 0, start)), None)
    if opening is None or not any(seat in t.joined[start:head_start] for seat in inside["seats"]):
        return start
    return start - len(opening)


def _place_or_proper(t: Text, start: int, head_start: int) -> bool:
    """A place, a proper word or an owner's head among the words before the head (澄山|科创园区)."""
    lex = lexicon()
    words = modifier_words(t, start, head_start)
    return any(lex.is_region_word(w) or is_proper_word(w) or w.endswith(lex.name_heads) for w in words)


def _head_fits(t: Text, match: PhraseMatch, head: str, info: HeadInfo) -> bool:
    """The head ends a word: 局 is not 局长, 部 is not 部门, 贷 is not 信贷 or 贷款."""
    lex = lexicon()
    end = match.end()
    nxt = t.joined[end : end + 1]
    tok = t.tokens[t.token_at[match.start()]]
    glued = t.joined[end : tok.end]
    glued_stop = tok.start <= match.start() and glued in lex.stop  # 贷等, 局和
    if info.type == "LOAN" and tok.start <= match.start() and glued in lex.loan["glued_after"]:
        glued_stop = True  # 贷款|风险 cut as 贷款风险: the loan still ends at its head
    tail_glued = _tail_glued_to_stop(t, match.start(), end)
    if not t.is_boundary(end) and not (info.type == "INSTITUTION" and len(head) == 1) and not glued_stop:
        if not tail_glued:
            return False
    overlap = min(tok.end, end) - match.start()
    glued_place = tail_glued and not lex.known_word(tok.text)  # 县分|行为, not 部分|行为
    if tok.start < match.start() and overlap < min(2, len(head)) and not glued_place:  # 新区 across 创新/区
        return False
    if tok.end == end and split_regions(tok.text):  # (上海市)浦东新区 is a district, not a zone
        return False
    if head in lex.institution["not_in_two_char_words"] and len(tok.text) == 2 and tok.end == end:
        if head not in lex.institution["cut_field_heads"] or not field_cut_from_place(t, tok.start):
            return False
    if nxt and nxt in lex.institution["head_not_followed_by"].get(head, ""):
        return False
    if _document_number(t.joined, end, head):
        return False
    prev = t.joined[match.start() - 1 : match.start()]
    if prev and prev in lex.institution["head_not_preceded_by"].get(head, ""):
        return False
    if t.joined.endswith(lex.words_ending_in_head, 0, end):
        return False  # 开新局, 广大干部: an ordinary word ends in the head
    if info.type == "LOAN" and head == "贷":
        return not any(_word_at(t.joined, match.start(), w, "贷") for w in lex.loan["not_product"])
    if info.type == "LOAN" and head.startswith("贷") and _glued_dai_word(t, match.start()):
        return False  # 银行信|贷款: the segmenter cut 信贷 from 款, no loan named
    return True


def _document_number(text: str, end: int, head: str) -> bool:
    """A head followed by its document-number mark and a bracket (青禾委发〔2031〕) is an issuer's
    mark in a document number, no body; 委发布 still ends one (corpus/ANNOTATION.md, inst28)."""
    rules = lexicon().institution
    mark = rules["document_number_after"].get(head)
    if not mark or not text.startswith(mark, end):
        return False
    after = text[end + len(mark) : end + len(mark) + 1]
    return bool(after) and after in rules["document_number_brackets"]


def _tail_glued_to_stop(t: Text, head_start: int, end: int) -> bool:
    """The head's last character is glued to the function word after it and cut from the rest
    of the head (青禾分|行为企业, 北湖县分|行向: 分行 then 为); the head ends before the function word.
    A word that merely holds the head (部分|行为, 区分|行为) is refused by the caller's checks on
    what stands before."""
    lex = lexicon()
    if end - head_start < 2 or t.is_boundary(end):
        return False
    last = t.tokens[t.token_at[end - 1]]
    if not (head_start < last.start < end < last.end and t.joined[end : last.end] in lex.stop):
        return False
    owner = CLAUSE_MARK.split(t.joined[max(0, head_start - _OWNER_REACH) : head_start])[-1]
    return any(bank in owner for bank in lex.bank_words)  # 扣分|行为, 加|分|行为 name no bank


_OWNER_REACH = 16  # characters a bank's name and a branch's place take before 分行/支行


def _glued_dai_word(t: Text, dai: int) -> bool:
    """A one-character token right before 贷 that makes a word with it (信|贷款 → 信贷, 借|贷款)."""
    i = t.token_at[dai] - 1 if dai > 0 else -1
    if i < 0 or t.tokens[i].end != dai or len(t.tokens[i].text) != 1:
        return False
    return t.tokens[i].text + "贷" in lexicon().loan["not_product"]


def _word_at(text: str, pos: int, word: str, char: str) -> bool:
    """Whether ``word`` is written in ``text`` with its ``char`` at ``pos`` (贷 of 转贷)."""
    start = pos - word.index(char)
    return start >= 0 and text[start : start + len(word)] == word


def _branch_end(t: Text, end: int) -> int:
    """Extend a platform over a branch written after it (…国家重点实验室綦江中心)."""
    lex = lexicon()
    i = t.token_at[end]
    if i < len(t.tokens) and t.tokens[i].start == end and t.tokens[i].text in lex.regions:
        i += 1  # the branch's place: 綦江中心, 重庆分部
    if i < len(t.tokens) and t.tokens[i].text in lex.platform["branch_tails"]:
        return t.tokens[i].end
    return end


def _division_end(t: Text, end: int) -> int:
    """Extend a body over a division of it written right after its name and before a role or a
    pause (省科技厅|高新技术处负责人, 青禾管委会|创新处处长): one body, the longest whole name
    (corpus/ANNOTATION.md, round 12). The division is name words (a 与 may join two fields
    inside it), not a word that merely ends in the head (好处, 此处, 公司) nor a stop word (到此处)."""
    lex = lexicon()
    match = lex.division_re.match(t.joined, end)
    if match is None or lex.known_word(t.joined[match.end() - 2 : match.end()]):
        return end
    head_start, pos = match.start("head"), end
    while pos < head_start:
        tok = t.tokens[t.token_at[pos]]
        joins = tok.text in CONJUNCTIONS and pos > end
        if tok.start != pos or not NAME_TOKEN.match(tok.text) or tok.text in lex.stop and not joins:
            return end
        pos = tok.end
    return match.end() if pos in (head_start, match.end()) else end  # (工作处: the head glued on)


def _classify(t: Text, start: int, end: int, head_start: int, head: str, info: HeadInfo) -> Candidate | None:
    lex = lexicon()
    name = t.joined[start:end]
    if name.endswith(lex.central_bank) or lex.exact_re.fullmatch(name):  # (central_bank: a tuple)
        return Candidate("INSTITUTION", start, end, "rule:institution.exact")
    if name in lex.regions:  # 浦东新区 is a district, not a zone
        return None
    if head in lex.institution["place_heads"] and not _place_before(t, head_start):
        return None
    if head in lex.institution["place_only_heads"] and t.joined[start:head_start] not in lex.regions:
        return None  # 外交大使, 中医大楼: the short form needs its city and nothing more
    if info.type == "LOAN":
        start = _after_issuing_place(t, start, head_start)
    words = modifier_words(t, start, head_start)
    if info.type == "PLATFORM" and _zone_alias(t, start, end, head):
        return Candidate("PLATFORM", start, end, "rule:platform.head", info.subtype)
    if not _is_specific(words, head, info, name) or _distributed(t, start):
        return None
    if info.type == "LOAN" and not _is_loan(t, start, end, head):
        return None
    if info.type == "PLATFORM" and not platform_named(t, start, end, words, head):
        return None
    if info.type == "PLATFORM" and _describes_next_name(t, start, end, head):
        return None  # 最深中微子实验室|澄川深地实验室: a description in apposition, the name follows
    if info.type == "COMPANY" and name.endswith(tuple(lex.rules["company"]["category_tails"])):
        return None  # 科创板上市公司: a category of firms, no registered name ends so
    if is_quoted(t, start, end) and t.joined.startswith(tuple(lex.platform["quoted_goal_after"]), end + 1):
        return None  # “青禾绿色转型示范区”目标: a goal, a role to reach (SPEC 6.1)
    if head in lex.institution["central_bank_only"] and not any(cb in name for cb in lex.central_bank):
        info = HeadInfo("COMPANY")
    legal = info.type == "COMPANY" and head.endswith("公司")
    subtype = _zone_part_subtype(t.joined[start:head_start], head) or info.subtype
    return Candidate(info.type, start, end, f"rule:{info.type.lower()}.head", subtype, legal=legal)


def _pinned_generic_name(t: Text, start: int, end: int, head_start: int, head: str,
                         info: HeadInfo) -> Candidate | None:
    """A name of generic words only (科技数据服务平台) is a kind of platform unless the text pins it to
    one (corpus/ANNOTATION.md, plat28): a verb founding it right before it (设立, 成立) or a word of its
    working right after it (…功能, 上线, 投入运行), and a word that says
    what it does (信息, 金融), not only the innovation words every category of platform is named by
    (科技创新平台). Counted, ranked, listed, goal and role uses stay categories (``platform_named``)."""
    lex = lexicon()
    rules = lex.platform["pinned_generic"]
    if head in lex.platform["designations"] or head in lex.park_heads:
        return None  # 重点实验室, 高新区: designations and zones have their own rules
    words = modifier_words(t, start, head_start)
    if len(words) < 2 or any(map(lex.is_region_word, words)) or not _all_generic(words, lex.generic):
        return None  # a place or a proper word already decided; one word is a kind (创新平台)
    if all(w in rules["kind_words"] for w in words):
        return None  # 科技创新平台, 高水平研发平台: the category every report counts
    founded = t.joined.endswith(tuple(rules["founded_before"]), 0, start) and not _founding_planned(t, start, rules)
    if not (founded or t.joined.startswith(tuple(rules["working_after"]), end)):
        return None  # (我市, 该区 before it scope a category as often: 我市…平台已覆盖全部乡镇)
    if t.joined[start - 1 : start] in ENUMERATORS or t.joined[end : end + 1] in ENUMERATORS:
        return None  # 科技数据服务平台、融资对接平台上线: listed kinds
    if not platform_named(t, start, end, words, head):
        return None
    return Candidate("PLATFORM", start, end, "rule:platform.pinned", info.subtype)


_CLAUSE_MARKS = ",。;:!?\n"  # (the text is width-folded: extract/textnorm.py)


def _founding_planned(t: Text, start: int, rules: dict) -> bool:
    """A founding verb right before ``start`` that a word of planning or urging opens in its clause
    (鼓励银行设立…, 将设立…; platform.pinned_generic.planned_before): a kind still to be founded, no
    one platform (ANNOTATION plat28: planned uses stay kinds; rv28)."""
    opening = max(t.joined.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
    return any(word in t.joined[opening:start] for word in rules["planned_before"])


def _zone_alias(t: Text, start: int, end: int, head: str) -> bool:
    """A section head (片区, 园区) named by a place or a proper word in a bracket right after a zone
    (青禾经济开发区(青禾化工片区)): the zone's other name, a mention of its own (SPEC 6.1: an alias in
    brackets), though no zone stands before it inside the name."""
    lex = lexicon()
    bracketed = t.joined[start - 1 : start] == "(" and t.joined[end : end + 1] == ")"
    if head not in lex.platform["needs_parent_zone"] or not bracketed:
        return False
    if not t.joined.endswith(tuple(lex.park_heads), 0, start - 1):
        return False
    return _place_or_proper(t, start, end - len(head))


def _zone_part_subtype(before_head: str, head: str) -> str | None:
    """A base named under its zone (青禾绿色食品产业园冷链物流基地) is a part of that park."""
    lex = lexicon()
    if head not in lex.platform["zone_parts"]:
        return None
    return "park" if any(p in before_head for p in lex.park_heads) else None


def platform_named(t: Text, start: int, end: int, words: list[str], head: str, owned: bool = False) -> bool:
    """Whether a platform head and the words before it name one platform: not a counted or
    ranked category, a goal, a title granted, a grade or a city's role. ``owned``: the name opens
    on a firm's short name the text gives (platb28), an owner whatever the dictionary knows."""
    if not (owned or _names_one_platform(t, start, words, head)) or _counted(t, start) or _ranks_category(words):
        return False
    if _counted_after(t, end) and not _placed_zone(words, head):
        return False
    if _describes_no_platform(words, head) or _role_of_city(t, end) or after_digit_tag(t, start):
        return False
    if _zones_of_a_province(words, head) or _kind_everywhere(t, end, words) or _venue_of_event(t, start, end, head):
        return False
    return not (_title_granted(t, start) or _goal_described(t, start, words))


def _venue_of_event(t: Text, start: int, end: int, head: str) -> bool:
    """A venue named only as the place where a meeting or a show is held (在青禾会议中心|开幕): a place
    to meet, no platform (corpus/ANNOTATION.md, platb28); the same venue opened or built is one."""
    rules = lexicon().platform
    if head not in rules["venue_heads"] or not t.joined.endswith(tuple(rules["venue_place_before"]), 0, start):
        return False
    clause = CLAUSE_MARK.split(t.joined[end : end + _VENUE_CLAUSE_REACH], maxsplit=1)[0]
    return any(verb in clause for verb in rules["venue_event_verbs"])


_VENUE_CLAUSE_REACH = 20  # characters after a venue read for the event held in it (its clause)


def _kind_everywhere(t: Text, end: int, words: list[str]) -> bool:
    """A zone without a division in its name before 全覆盖 is the kind every division is to have
    (实现青禾片区省级高新区全覆盖); with a division it is the zone covered (5G实现株洲高新区全覆盖).
    So is one before 的目标 or 的定位: a goal to reach (打造禾洋开放合作区的目标)."""
    lex = lexicon()
    if any(map(lex.is_region_word, words)):
        return False
    goal_after = tuple("的" + w for w in lex.platform["quoted_goal_after"])  # (北湖示范区目标任务: its tasks)
    return t.joined.startswith(tuple(lex.platform["kind_after"]) + goal_after, end)


def _zones_of_a_province(words: list[str], head: str) -> bool:
    """A province (not a municipality: 重庆高新区 is one zone) or the country with a bare kind of
    zone (青禾省高新区, 中国高新区) names all its zones of that kind, not one."""
    lex = lexicon()
    owner = "".join(words)
    if head not in lex.platform["province_category_kinds"] or not owner:
        return False
    if owner in lex.platform["country_words"]:
        return True
    regions = lex.regions.get(owner, ())
    return bool(regions) and all(map(is_province_not_municipality, regions))


def _after_issuing_place(t: Text, start: int, head_start: int) -> int:
    """A division written in full before a loan is where it is issued, not part of its name
    (青禾市|知识产权质押贷款, 澄川省|科技成果转化贷款): the REGION stays a mention of its own."""
    lex = lexicon()
    while start < head_start:
        tok = t.tokens[t.token_at[start]]
        full = tok.text in lex.regions and tok.text[-1] in lex.loan["place_levels"]
        if tok.start != start or tok.end >= head_start or not full:
            break
        start = tok.end
    return start


def _place_before(t: Text, head_start: int) -> bool:
    """A division's name or level word ends right before ``head_start`` (北湖区|政府, 广州|政府),
    or inside a bracket there."""
    lex = lexicon()
    if t.joined[head_start - 1 : head_start] == ")":  # 青禾高新区(北湖区)政府: the bracket's place
        head_start -= 1
    if t.joined[head_start - 1 : head_start] in lex.institution["place_endings"]:
        return True
    tok = t.tokens[t.token_at[head_start - 1]] if head_start > 0 else None
    return tok is not None and tok.end == head_start and tok.text in lex.regions


def _is_specific(words: list[str], head: str, info: HeadInfo, name: str) -> bool:
    """Whether the words before the head make one named thing, not a category."""
    lex = lexicon()
    if not words and info.type == "INSTITUTION":
        return head in lex.institution["bare_heads"]  # 财政局 alone: the department of the level in view
    if not words:
        return head in (lex.platform["bare_ok"] if info.type == "PLATFORM" else lex.loan["bare_ok"])
    if info.type == "INSTITUTION" and len(name) < lex.institution["min_chars"].get(head, 2):
        return False
    if info.type == "INSTITUTION" and head in lex.institution["bare_field_heads"]:
        if "".join(words) in lex.institution["bare_fields"]:
            return True  # 科技厅, 国资委: one department by its field alone (inst28)
    if info.type == "INSTITUTION" and head in lex.institution["generic_ok_heads"]:
        return True  # 科技部, 商务部: a ministry written bare
    if head in lex.institution["group"]["offices"] and _body_named(words):
        return True  # 县政府办公室, 市委办公室: the office of the body named before it
    # a zone names a place as well as a region does (高新区管委会)
    places = [w for w in words if lex.is_region_word(w) or w in lex.park_heads]
    has_region = bool(places)
    rest = [w for w in words if w not in places]
    if info.type == "PLATFORM" and head in lex.platform["needs_parent_zone"]:
        return _section_of_zone(words)
    if info.type == "PLATFORM" and head in lex.platform["sections_after_zone"]:
        return _right_after_zone(words)
    generic = lex.generic_for.get(info.type, lex.generic)
    if info.type == "PLATFORM" and head in lex.platform["short_common_heads"]:
        generic = lex.platform_kind_words  # 区块链平台: a kind of technology names a kind of system
    if _all_generic(rest, generic):
        if info.type == "PLATFORM" and head in lex.platform["bare_ok_with_generic"] and not places:
            return True  # 高新技术创业服务中心: the zone's own centre by its full name
        return has_region and _region_is_enough(head, info)
    return True


def _body_named(words: list[str]) -> bool:
    """A body's name or short form among the words before an office (县政府|办公室, 区委|办公室)."""
    lex = lexicon()
    return any(w.endswith(lex.body_heads) or lex.standalone.get(w) == "INSTITUTION" for w in words)


def _section_of_zone(words: list[str]) -> bool:
    """A 片区 or 园区 is a section of a zone named before it, with a word of its own after the
    zone's head (青禾高新区澄山园区, 西部(青禾)科学城北湖片区; not 高新区各园区)."""
    lex = lexicon()
    parents = [h for h in lex.park_heads if h not in lex.platform["needs_parent_zone"]]
    last = max((i for i, w in enumerate(words) if any(h in w for h in parents)), default=None)
    if last is None:
        return False
    if any(w in lex.platform["bare_not_after"] for w in words[:last]):
        return False  # 国家级经开区核心园区: the zone is a category, and so is its section
    return any(w not in "()()" for w in words[last + 1:])  # 中心片区 is a section named by place


def _right_after_zone(words: list[str]) -> bool:
    """A 首开区 or 核心区 right after a zone's name (青禾科学城|首开区) is that zone's section; after
    a category (省级开发区核心区) or anything else it names no zone."""
    lex = lexicon()
    if not words or not words[-1].endswith(tuple(lex.park_heads)):
        return False
    return not any(w in lex.platform["bare_not_after"] for w in words)


def _distributed(t: Text, start: int) -> bool:
    """Level words after 各 name every body of that level (各市、县人民政府, 各县(市)区农业农村局)."""
    pos = start
    while pos > 0 and t.joined[pos - 1] in "、()" + "".join(LEVEL_WORDS):
        pos -= 1
    return pos > 0 and t.joined[pos - 1] == "各"


def _counted(t: Text, start: int) -> bool:
    """A name right after a count (4个青禾实验室, 206家产业园区, 104个“科技工作站”) is a counted
    category (SPEC 3)."""
    if start > 0 and t.joined[start - 1] in OPEN_QUOTES:
        start -= 1  # the quote is no word between the count and the name
    i = t.token_at[start]
    glued = t.joined[t.tokens[i].start : start]  # the segmenter glued the measure word on (个省)
    if glued and not (glued in COUNTERS and i > 0):
        return False
    i -= 1
    if i < 0 or t.tokens[i].end != start - len(glued):
        return False
    prev = t.tokens[i].text + glued
    if len(prev) == 1 and prev in COUNTERS and i > 0:
        prev = t.tokens[i - 1].text + prev
    return bool(NUMERAL.match(prev)) and prev[-1] in COUNTERS


def _placed_zone(words: list[str], head: str) -> bool:
    """A zone named with its place (北湖高新区365家): the count after it counts what is in it."""
    lex = lexicon()
    return head in lex.park_heads and any(w in lex.regions for w in words)


def _counted_after(t: Text, end: int) -> bool:
    """A count right after the name (新增省技术创新中心6家) counts a category (SPEC 3)."""
    return bool(lexicon().count_after_re.match(t.joined, end))


def _ranks_category(words: list[str]) -> bool:
    """A rank word after the first word, then generic words only (青禾省国家级科技企业孵化器):
    the owner or field before it scopes a category of that rank, not one platform. A rank
    right before the head (…校企合作国家级平台) is left to the other rules."""
    lex = lexicon()
    ranks = [i for i, w in enumerate(words) if w in lex.platform["rank_words"] and i > 0]
    after = words[ranks[-1] + 1 :] if ranks else []
    return bool(after) and _all_generic(after, lex.generic)


UNIT_GRADE = re.compile(r"^[\d.一二三四五六七八九十百千万亿两米吨瓦]*[级代]$")


def _title_granted(t: Text, start: int) -> bool:
    """A zone or base named as a title a place is granted (先后被授予青禾人才改革试验区): in the
    clause before it stands a verb of granting (授予, 评为, 获评): a designation, no entity
    (corpus/ANNOTATION.md, role designations)."""
    clause = CLAUSE_MARK.split(t.joined[max(0, start - 30) : start])[-1]
    return any(verb in clause for verb in lexicon().platform["title_verbs"])


def _goal_described(t: Text, start: int, words: list[str]) -> bool:
    """A name right after a superlative and 的 (筹建国内领先的育种技术创新中心), also as the second
    of two joined fields (国际一流的海洋装备和海洋能源研发中心), or opening on one without 的
    (建成国际一流科技园区), describes what is to be built, unless a place names it (全国领先的青禾高新区)."""
    lex = lexicon()
    before = t.joined[max(0, start - 6) : start]
    conjunct = CONJUNCT_BEFORE.search(t.joined, max(0, start - 12), start)  # 顶尖的A和|B研发中心
    if conjunct and not conjunct.group()[:-1].endswith(lex.name_heads):  # not 青禾研究院和…: two names
        before = t.joined[max(0, conjunct.start() - 6) : conjunct.start()]
    goal = before.endswith(_goal_endings())
    goal = goal or any(w.endswith(tuple(lex.platform["goal_words"])) for w in words)  # 世界领先|科技园区: read in
    return goal and not any(map(lex.is_region_word, words))


@functools.cache
def _goal_endings() -> tuple[str, ...]:
    """A superlative or a goal's frame with its 的 (领先的, 一流的), as one tuple for ``endswith``."""
    rules = lexicon().platform
    return tuple(w + "的" for w in rules["goal_words"] + rules["goal_frames"])


# A field and 和/与/及 right before a name: the first of two things one description governs (the
# conjunctions are one character each: the caller cuts the last character off)
CONJUNCT_BEFORE = re.compile(r"(?:(?!的)[\u4e00-\u9fff]){2,10}[" + "".join(sorted(CONJUNCTIONS)) + "]$")


def _describes_no_platform(words: list[str], head: str) -> bool:
    """Words that describe a goal, a grade or a kind of thing rather than name one platform:
    a superlative (建设世界顶尖…转化中心), a grade left of a number's unit (6000米级…采矿平台,
    新一代…云平台), a rank opening a field with no place or owner (国家级现代种业产业平台, the
    designation of a zone named before it), or a bare 平台 after a short common word
    (区块链平台, 创新主平台)."""
    lex = lexicon()
    rules = lex.platform
    if not words:
        return False
    if any(w in rules["goal_words"] for w in words) or UNIT_GRADE.match(words[0]):
        return True
    owned = any(lex.is_region_word(w) or is_proper_word(w) or w.endswith(lex.name_heads) for w in words)
    if "".join(words).startswith(tuple(rules["rank_words"])) and head not in lex.park_heads:
        return not owned  # (自治区|级 cut in two)
    if head in lex.park_heads and words[0] in rules["designation_openers"]:
        return not owned  # 国家…试验区: a designation; a zone's name says where it lies
    return head in rules["short_common_heads"] and len("".join(words)) <= 3 and not owned


def _role_of_city(t: Text, end: int) -> bool:
    """A head followed by 城市 is a role a city takes (打造全球研发中心城市: SPEC 6.1, no entity)."""
    lex = lexicon()
    head_is_zone = t.joined.endswith(tuple(lex.park_heads), 0, end)  # 禾澄科技城城市价值: the zone's
    return not head_is_zone and t.joined.startswith(tuple(lex.platform["role_city_after"]), end)


def _all_generic(words: list[str], generic: set[str]) -> bool:
    """Whether every word is generic or a kind (a word ending in 型: 智慧型)."""
    rest = [w for w in words if not w.endswith(lexicon().generic_suffixes)]
    return covered_by("".join(rest), generic)


def _is_loan(t: Text, start: int, end: int, head: str) -> bool:
    """A product named …贷 is long enough or quoted (not 首贷, 申贷); loans grouped for a
    statistic (科技贷款余额) are a measure unless a kind by its terms (信用贷款余额)."""
    lex = lexicon()
    if quoted_section(t, start, end):
        return False  # “青禾快贷”专区 is a section of a service platform
    if head == "贷" and end - start < lex.loan["product_min_chars"]:
        return is_quoted(t, start, end)
    name, kinds = t.joined[start:end], tuple(lex.loan["kinds_by_terms"])
    if name.endswith(tuple(lex.loan["class_tails"])) and not name.endswith(kinds):
        return False  # 科技贷款, 养老产业贷款: loans grouped by borrower or sector (SPEC 6.1)
    if head != "贷" and t.joined.startswith(tuple(lex.loan["statistic_after"]), end):
        return name.endswith(kinds)
    return True


def _names_one_platform(t: Text, start: int, words: list[str], head: str) -> bool:
    """A bare zone after a category word is a category (全国高新区); a base or a building needs
    a place or a word the segmenter does not know before it (not 联合开发示范基地)."""
    lex = lexicon()
    if not words:
        i = t.token_at[start] - 1
        return i < 0 or t.tokens[i].text not in lex.platform["bare_not_after"]
    if head in lex.platform["role_designations"]:
        return any(w.endswith(lex.name_heads) for w in words)  # 青禾高新区科技创新中心
    if any(w in lex.platform["authorities"] for w in words):
        return False  # 北湖区委区政府|开发区|督导组: the authorities' zones at large, no zone of theirs
    place = any(map(lex.is_region_word, words))
    proper = any(is_proper_word(w) or w.endswith(lex.name_heads) for w in words)  # a brand or an owner
    if ("".join(words) + head).endswith(tuple(lex.platform["designation_base_tails"])):
        return place and proper  # 青禾省产业人才聚集基地 is a level's designation, not one base
    if head in lex.platform["province_programme_heads"] and _programme_of_a_province(words):
        return False  # 青禾省农业科技示范园区: the programme's parks in that province
    if head in lex.platform["needs_place_or_owner"]:  # 储能产业基地 is a kind, 青禾储能产业基地 one
        return _has_place_or_owner(words)
    if head in lex.platform["needs_proper"]:
        return place or proper
    return True


_APPOSITION_REACH = 10  # characters of the name that a description stands right before
HAN_RUN = re.compile(r"[\u3400-\u9fff]+")


def _describes_next_name(t: Text, start: int, end: int, head: str) -> bool:
    """After a superlative (最深, 首个) a name of the same head follows right after, with nothing
    between (世界最深中微子实验室|澄川深地实验室): the first describes the second, no name itself."""
    superlatives = tuple(lexicon().platform["superlatives"])
    i = t.token_at[start]  # the superlative before the name, or read into it (全国|最大|中微子…)
    opening = t.tokens[i].text.startswith(superlatives) or i > 0 and t.tokens[i - 1].text.startswith(superlatives)
    if not opening:
        return False
    after = t.joined[end : end + _APPOSITION_REACH + len(head)]
    at = after.find(head)
    return at > 0 and HAN_RUN.fullmatch(after[:at]) is not None and not any(c in after[:at] for c in CONJUNCTIONS)


def _programme_of_a_province(words: list[str]) -> bool:
    """Whether the only places before a programme's kind are provinces (not municipalities) and
    no proper word names one park (青禾省|农业科技|示范园区; not 株洲|农业科技园区)."""
    lex = lexicon()
    places = [lex.regions.get(w, ()) for w in words if lex.is_region_word(w)]
    if not places or not all(places) or any(map(is_proper_word, words)):
        return False
    return all(is_province_not_municipality(r) for regions in places for r in regions)


def _has_place_or_owner(words: list[str]) -> bool:
    """A named place (not a bare level word: 省特色…基地) or an owner named by its head (青禾集团,
    北湖高新区; not a bare head: 综合保税区冷链物流产业基地 is a kind)."""
    lex = lexicon()
    place = any(len(w) > 1 and lex.is_region_word(w) for w in words)
    return place or any(_names_owner(words, i) for i in range(len(words))) or _opens_on_brand(words)


def _opens_on_brand(words: list[str]) -> bool:
    """Whether the name opens on its owner's brand: a word the segmenter does not know that is no
    sector word (拓澄|创新基地, a firm's base; 储能|产业基地 is a kind), with more words before the head."""
    lex = lexicon()
    first = words[0]
    if len(words) < 2 or not is_proper_word(first) or len(first) > lex.platform["owner_brand_max_chars"]:
        return False
    return first not in lex.platform["not_owner_brands"] and not covered_by(first, lex.industry_words)


def _names_owner(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` ends an organisation's or a zone's name: its head with a specific
    word before it, in the word or the one before (青禾集团, 北湖|高新区; not 综合|保税区)."""
    lex = lexicon()
    word = words[i]
    if not word.endswith(lex.name_heads):
        return False
    if word not in lex.heads:
        return True
    before = words[i - 1] if i > 0 else ""
    return len(before) > 1 and before not in lex.generic  # not 综合|保税区, 省|高新区


def _region_is_enough(head: str, info: HeadInfo) -> bool:
    lex = lexicon()
    if info.type == "PLATFORM":
        return head not in lex.platform["designations"]
    return info.type in ("INSTITUTION", "COMPANY")
