"""Named entities: COMPANY, PLATFORM, LOAN, REGION, INSTITUTION (SPEC sections 3 and 6).

A rule layer finds names by their heads (有限公司, 高新区, 研究院, 科技局, 贷款 ...) and reads
each name leftwards one segmenter token at a time until a boundary (punctuation, a function
word, a governing verb: rules/entity_common.toml). Regions come from the generated table
of administrative divisions (rules/regions.tsv). Short company names are found in lists
("A、B等企业"), through alias linking to a full name in the same document, and by the
statistical ``ner`` model that ``extract.train`` trains (models/ner), which only adds the
types in ``MODEL_TYPES`` where the rules found nothing.

Recognition runs on ``fold_width(text)`` with line breaks inside a sentence removed (a name
broken over two lines is one name); every offset is mapped back to ``text``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language

from extract.lexicon import (
    PhraseMatcher,
    Region,
    entity_rules,
    platform_heads,
    region_table,
    split_regions,
    words_tagged,
)
from extract.mentions import Mention, make_mention, resolve_overlaps
from extract.segment import REPO_ROOT, Token, install_segmenter, jieba_segmenter, make_nlp, tokenize
from extract.textnorm import fold_width

MODEL_DIR = REPO_ROOT / "models" / "ner"
# Types the statistical model may add where the rules found nothing. Measured on the gold
# set (models/ner/MODEL_CARD.md): rules are more precise for the other types.
MODEL_TYPES = frozenset({"COMPANY"})

SENTENCE_END = '。！？!?；;：:”"」』)）】…'
COUNTERS = "家个所项批类种名位"  # measure words a count may carry inside one token (5家, 两个)
NUMERAL = re.compile(rf"^第?[\d.一二三四五六七八九十百千万两几数多余]+[{COUNTERS}]?$")
HAN = re.compile(r"^[\u3400-\u9fff]+$")
ENUMERATORS = {"、", "和", "及", "与"}
NAME_TOKEN = re.compile(r"^[\u3400-\u9fffA-Za-z·]+$")
LEVEL_WORDS = {"省", "市", "区", "县", "州", "镇", "乡"}
KNOWN_WORD_FREQ = 50
GOV_HEADS = {"部", "局", "委", "厅", "署", "委员会", "总局"}


@dataclass
class Candidate:
    """A mention found in the joined text (offsets into ``Text.joined``)."""

    type: str
    start: int
    end: int
    source: str
    subtype: str | None = None
    name: str | None = None
    alias_of: str | None = None
    regions: tuple[Region, ...] = ()
    legal: bool = False  # a registered company name (…有限公司): alias linking keys on it


@dataclass
class Text:
    """One document as the recogniser sees it."""

    original: str
    joined: str
    offsets: list[int]
    tokens: list[Token] = field(default_factory=list)
    token_at: list[int] = field(default_factory=list)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets[start], self.offsets[end - 1] + 1

    def set_tokens(self, tokens: list[Token]) -> None:
        """Index tokens by character; a character outside every token (white space between
        tokens) maps to the token after it, so scans over positions always move forward."""
        self.tokens = tokens
        token_at: list[int] = []
        for i, tok in enumerate(tokens):
            token_at.extend([i] * (tok.end - len(token_at)))  # the gap before the token, and the token
        token_at.extend([len(tokens)] * (len(self.joined) + 1 - len(token_at)))
        self.token_at = token_at

    def is_boundary(self, pos: int) -> bool:
        """True when a token starts (or the text ends) at ``pos``."""
        return pos >= len(self.joined) or self.tokens[self.token_at[pos]].start == pos


def join_broken_lines(text: str) -> tuple[str, list[int]]:
    """Remove line breaks that cut a sentence (a long line with no closing punctuation).

    Returns the joined text and, for each of its characters, the index in ``text``. Short
    lines (captions, headings) keep their breaks, so two captions never merge into one name.
    """
    keep: list[int] = []
    kept: list[str] = []
    lines = re.split(r"(\s*\n\s*)", text)
    pos = 0
    for i, piece in enumerate(lines):
        is_gap = i % 2 == 1
        if not (is_gap and _joins(lines[i - 1], lines[i + 1] if i + 1 < len(lines) else "")):
            keep.extend(range(pos, pos + len(piece)))
            kept.append(piece)
        pos += len(piece)
    return "".join(kept), keep


def _joins(before: str, after: str) -> bool:
    before = before.strip()
    return (
        len(before) >= 20
        and before[-1] not in SENTENCE_END
        and not before.startswith("#")
        and bool(after)
        and not after.lstrip().startswith("#")
    )


@dataclass(frozen=True)
class HeadInfo:
    type: str
    subtype: str | None = None


class Lexicon:
    """The rule files compiled once: heads, boundary words and generic words."""

    def __init__(self) -> None:
        rules = entity_rules()
        self.rules = rules
        self.regions = region_table()
        self.heads = self._heads(rules)
        self.head_re = PhraseMatcher(self.heads)
        self.exact_re = re.compile("|".join(map(re.escape, rules["institution"]["exact"])))
        self.stop = set(rules["boundary"]["stop"])
        self.trim = set(rules["name"]["trim"])
        self.generic = set(rules["name"]["generic"])
        self.company_heads = set(rules["company"]["heads"])
        self.central_bank = tuple(rules["company"]["central_bank"])
        self.loan = rules["loan"]
        self.loan_stop = self.stop | set(self.loan["extra_stop"])
        self.institution = rules["institution"]
        self.platform = rules["platform"]
        self.park_heads = set(self.platform["heads"]["park"])
        self.max_chars = rules["boundary"]["max_chars"]
        self.attributive_verbs = set(rules["boundary"]["stop_unless_next_to_head"])
        # words the dictionary tags as anything but a name (深耕 v, 网联 n) are no brands
        self.plain_words = words_tagged(frozenset(rules["name"]["plain_tags"]), min_freq=1) - set(self.regions)
        self.industry_re = PhraseMatcher(rules["company"]["industry_words"])
        self.name_heads = tuple(h for h, i in self.heads.items() if i.type != "LOAN")
        keep = self.generic | set(rules["name"]["not_leading"]) | set(self.regions)
        self.leading = words_tagged(frozenset(rules["name"]["leading_tags"])) - keep
        self.stop_tagged = words_tagged(frozenset(rules["name"]["stop_tags"])) - keep
        self.region_rules = rules["region"]
        self.generic_for = {
            "LOAN": set(self.loan["generic"]),  # 商业贷款, 科技再贷款 are kinds of loan
            "INSTITUTION": self.generic | set(self.institution["generic"]),
        }

    @staticmethod
    def _heads(rules: dict) -> dict[str, HeadInfo]:
        heads = {h: HeadInfo("COMPANY") for h in rules["company"]["heads"]}
        heads.update({h: HeadInfo("INSTITUTION") for h in rules["institution"]["heads"]})
        heads.update({h: HeadInfo("PLATFORM", sub) for h, sub in platform_heads().items()})
        heads.update({h: HeadInfo("LOAN") for h in rules["loan"]["heads"]})
        return heads

    @staticmethod
    def known_word(word: str, min_freq: int = KNOWN_WORD_FREQ) -> bool:
        """Whether ``word`` is a common word of the segmenter's dictionary (a brand such as
        慕典 is not; rare dictionary entries such as 美特 count as unknown)."""
        return jieba_segmenter().FREQ.get(word, 0) >= min_freq

    def is_region_word(self, word: str) -> bool:
        return word in self.regions or word in LEVEL_WORDS


@functools.cache
def lexicon() -> Lexicon:
    return Lexicon()


# --- reading a name leftwards from its head ---------------------------------------------


def _bracket_group_start(t: Text, close: int) -> int | None:
    """Start of a bracketed place inside a name, e.g. the (重庆) of 比钦德(重庆)智能装备有限公司."""
    open_at = t.joined.rfind("(", max(0, close - 8), close)
    if open_at < 1 or not HAN.match(t.joined[open_at + 1 : close]) or not t.is_boundary(open_at):
        return None
    return open_at


def _crosses_conjunction(t: Text, i: int, start: int, head: str) -> bool:
    """和 inside a ministry's name (工业和信息化部): a government head, no place right of 和."""
    lex = lexicon()
    if head not in GOV_HEADS or t.tokens[i].text != "和" or i == 0:
        return False
    left, right = t.tokens[i - 1].text, t.tokens[t.token_at[start]].text
    return len(left) >= 2 and left not in lex.stop and not lex.is_region_word(left) and right not in lex.regions


def _central_bank_before(t: Text, end: int) -> int | None:
    for name in lexicon().central_bank:
        if t.joined.endswith(name, 0, end):
            return end - len(name)
    return None


def name_start(t: Text, head_start: int, head: str, info: HeadInfo) -> int:
    """Where the name ending in ``head`` (at ``head_start``) begins."""
    lex = lexicon()
    stops = lex.loan_stop if info.type == "LOAN" else lex.stop
    i = t.token_at[head_start]
    # the head may end a token (科技局): the token's beginning belongs to the name
    before_head = t.joined[t.tokens[i].start : head_start]
    named = NAME_TOKEN.match(before_head) and before_head not in stops
    start = head_start - len(before_head) if named else head_start  # not 发放 of 发放贷款
    i -= 1
    while i >= 0:
        tok = t.tokens[i]
        if tok.end < start:
            break  # white space between tokens: a name never runs across it
        if t.joined[tok.start] == ")" and tok.end == start:
            group = _bracket_group_start(t, tok.start)
            if group is None:
                break
            start, i = group, t.token_at[group] - 1
            continue
        if _crosses_conjunction(t, i, start, head):
            start, i = tok.start, i - 1
            continue
        if head_start - tok.start > lex.max_chars or not NAME_TOKEN.match(tok.text) or tok.text in stops:
            break
        if tok.text in lex.attributive_verbs and tok.end != head_start:
            break
        if tok.text in lex.stop_tagged:
            break
        if NUMERAL.match(tok.text):
            if info.type == "COMPANY" and start < head_start and _opens_name(t, i, stops):
                start = tok.start  # 万马汽车, 三一重工: a brand that starts with a numeral (not 一公司)
            break
        if tok.text in lex.company_heads or tok.text.endswith(tuple(lex.company_heads)):
            start = _after_company_head(t, tok, start, head, info)
            break
        if (info.type == "LOAN" or not head) and tok.text.endswith(lex.name_heads):
            break  # another name ends here: 长沙经开区 before a listed 三一重工
        start, i = tok.start, i - 1
    return _trim(t, start, head_start)


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
            return name_start(t, tok.end - 2, "银行", HeadInfo("COMPANY"))
        if tok.text in lex.company_heads and t.joined.endswith("银行", 0, tok.start):
            return name_start(t, tok.start, tok.text, HeadInfo("COMPANY"))  # 招商银行股份有限公司深圳分行
    if info.type == "COMPANY" and tok.end == start and head in lex.company_heads:
        return name_start(t, tok.start, tok.text, HeadInfo("COMPANY"))
    return start


def _trim(t: Text, start: int, head_start: int) -> int:
    """Drop verbs, particles and determiners from the left edge (积极推行知识产权信用贷款), and a
    preposition the segmenter glued to a level word (从市 of 从市科技局, 据市 of 据市统计局)."""
    lex = lexicon()
    first = t.tokens[t.token_at[start]].text if start < head_start else ""
    if len(first) == 2 and first[0] in lex.stop and first[1] in LEVEL_WORDS:
        start += 1
    while start < head_start:
        tok = t.tokens[t.token_at[start]]
        if tok.end > head_start or not (tok.text in lex.trim or tok.text in lex.leading):
            break
        start = tok.end
    return start


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


# --- names found by their heads -----------------------------------------------------------


def head_candidates(t: Text) -> list[Candidate]:
    lex = lexicon()
    found = []
    for match in lex.head_re.finditer(t.joined):
        head, info = match.group(), lex.heads[match.group()]
        if not _head_fits(t, match, head, info):
            continue
        start = name_start(t, match.start(), head, info)
        end = _branch_end(t, match.end()) if info.type == "PLATFORM" else match.end()
        cand = _classify(t, start, end, match.start(), head, info)
        if cand is not None:
            found.append(cand)
    return found


def _head_fits(t: Text, match: re.Match, head: str, info: HeadInfo) -> bool:
    """The head ends a word: 局 is not 局长, 部 is not 部门, 贷 is not 信贷 or 贷款."""
    lex = lexicon()
    end = match.end()
    nxt = t.joined[end : end + 1]
    if not t.is_boundary(end) and not (info.type == "INSTITUTION" and len(head) == 1):
        return False
    tok = t.tokens[t.token_at[match.start()]]
    overlap = min(tok.end, end) - match.start()
    if tok.start < match.start() and overlap < min(2, len(head)):  # 新区 across 创新/区
        return False
    if tok.end == end and split_regions(tok.text):  # (上海市)浦东新区 is a district, not a zone
        return False
    if head in lex.institution["not_in_two_char_words"] and len(tok.text) == 2 and tok.end == end:
        return False
    if nxt and nxt in lex.institution["head_not_followed_by"].get(head, ""):
        return False
    prev = t.joined[match.start() - 1 : match.start()]
    if prev and prev in lex.institution["head_not_preceded_by"].get(head, ""):
        return False
    if info.type == "LOAN" and head == "贷":
        return not any(_word_at(t.joined, match.start(), w, "贷") for w in lex.loan["not_product"])
    return True


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


def _classify(t: Text, start: int, end: int, head_start: int, head: str, info: HeadInfo) -> Candidate | None:
    lex = lexicon()
    name = t.joined[start:end]
    if any(name.endswith(cb) for cb in lex.central_bank) or lex.exact_re.fullmatch(name):
        return Candidate("INSTITUTION", start, end, "rule:institution.exact")
    if name in lex.regions:  # 浦东新区 is a district, not a zone
        return None
    words = modifier_words(t, start, head_start)
    if not _is_specific(words, head, info, name):
        return None
    if head in lex.institution["central_bank_only"] and not any(cb in name for cb in lex.central_bank):
        info = HeadInfo("COMPANY")
    legal = info.type == "COMPANY" and head.endswith("公司")
    return Candidate(info.type, start, end, f"rule:{info.type.lower()}.head", info.subtype, legal=legal)


def _is_specific(words: list[str], head: str, info: HeadInfo, name: str) -> bool:
    """Whether the words before the head make one named thing, not a category."""
    lex = lexicon()
    if not words:
        return info.type == "PLATFORM" and head in lex.platform["bare_ok"]
    if info.type == "INSTITUTION" and len(name) < lex.institution["min_chars"].get(head, 2):
        return False
    # a zone names a place as well as a region does (高新区管委会)
    places = [w for w in words if lex.is_region_word(w) or w in lex.park_heads]
    has_region = bool(places)
    rest = [w for w in words if w not in places]
    if info.type == "PLATFORM" and head in lex.platform["needs_parent_zone"]:
        return any(h in "".join(words) for h in lex.park_heads if h not in lex.platform["needs_parent_zone"])
    if covered_by("".join(rest), lex.generic_for.get(info.type, lex.generic)):
        return has_region and _region_is_enough(head, info)
    return True


def covered_by(text: str, words: set[str] | frozenset[str]) -> bool:
    """Whether ``text`` is a concatenation of ``words`` (科技创新服务总 = 科技+创新+服务+总)."""
    reachable = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        reachable[end] = any(reachable[start] and text[start:end] in words for start in range(max(0, end - 6), end))
    return reachable[-1]


def _region_is_enough(head: str, info: HeadInfo) -> bool:
    lex = lexicon()
    if info.type == "PLATFORM":
        return head not in lex.platform["designations"]
    return info.type in ("INSTITUTION", "COMPANY")


# --- regions ------------------------------------------------------------------------------


def region_candidates(t: Text) -> list[Candidate]:
    """Tokens that are division names, or made of them (jieba keeps 上海市浦东新区 whole)."""
    regions = lexicon().regions
    media = tuple(lexicon().region_rules["not_followed_by"])
    found = []
    for tok in t.tokens:
        pieces = [(0, len(tok.text))] if tok.text in regions else split_regions(tok.text)
        if not pieces or t.joined.startswith(media, tok.end):  # most tokens are no place: asked first
            continue
        for s, e in pieces:
            surface = tok.text[s:e]
            cand = Candidate("REGION", tok.start + s, tok.start + e, "rule:region.table", name=surface)
            cand.regions = regions[surface]
            found.append(cand)
    return found


def choose_regions(cands: list[Candidate]) -> list[Candidate]:
    """Give each REGION its full official name, preferring divisions of the places the
    document names, then higher levels (广安 → 广安市, not 广安区). A county's short form
    far from every place the document names is dropped (双城 in 成渝地区双城经济圈)."""
    context = region_context(cands)
    kept = []
    for c in cands:
        if c.type == "REGION" and c.regions:
            near = [r for r in c.regions if {r.province, r.prefecture, r.name} & context]
            best = min(near or c.regions, key=lambda r: r.rank)
            # a county short form that is a frequent word (新建, 平原) needs a place named around it
            frequent = lexicon().known_word(c.name or "", lexicon().region_rules["common_word_freq"])
            if not near and _needs_context(best, surface=c.name) and (context or frequent):
                continue
            c.name = best.name
        kept.append(c)
    return kept


def region_context(cands: list[Candidate]) -> set[str]:
    """Provinces and prefectures the document names without ambiguity: official names and
    province or prefecture short forms that name one division only, and what all readings of
    an ambiguous city name share (长沙 is 长沙市 or its 长沙县: either way 湖南省, 长沙市)."""
    context: set[str] = set()
    for c in cands:
        if c.type != "REGION" or not c.regions:
            continue
        if len(c.regions) == 1:
            r = c.regions[0]
            if r.level != "county" or c.name == r.name:
                context.update({r.province or r.name, r.prefecture or r.name})
        elif any(r.level != "county" for r in c.regions):
            context.update(set.intersection(*(_enclosing(r) for r in c.regions)))
    return context - {""}


def _enclosing(region: Region) -> set[str]:
    """The province and prefecture a division lies in, itself included when it is one."""
    if region.level == "county":
        return {region.province, region.prefecture}
    return {region.province or region.name, region.prefecture or region.name}


def _needs_context(region: Region, surface: str | None) -> bool:
    rules = lexicon().region_rules
    return rules["county_short_needs_context"] and region.level == "county" and surface != region.name


def abbreviation_regions(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """One-character abbreviations of a division the document names in full (来綦指导 → 綦江区)."""
    rules = lexicon().rules["region"]
    named = {c.name for c in cands if c.type == "REGION" and c.name}
    found = []
    for i in range(1, len(t.tokens) - 1):
        tok = t.tokens[i]
        if len(tok.text) != 1 or t.tokens[i - 1].text not in rules["abbrev_before"]:
            continue
        if t.tokens[i + 1].text not in rules["abbrev_after"]:
            continue
        names = {n for n in named if n.startswith(tok.text)}
        if len(names) == 1:
            found.append(Candidate("REGION", tok.start, tok.end, "rule:region.abbreviation", name=names.pop()))
    return found


# --- company short names: lists, roles, aliases --------------------------------------------

LIST_ANCHOR = re.compile(r"等|为(?:链主|龙头)")
FRAME_OPEN = "以"  # 以A为链主


def list_candidates(t: Text) -> list[Candidate]:
    """Items of "A、B等N家企业" and "以A为链主": short company names."""
    rules = lexicon().rules["company"]
    found = []
    for match in LIST_ANCHOR.finditer(t.joined):
        if match.group() == "等" and t.joined[match.end() : match.end() + 1] in rules["not_list_after"]:
            continue  # 等到, 等待
        if match.group() == "等" and not _lists_companies(t, match.end(), rules["list_gap"]):
            continue
        items = _list_items(t, match.start())
        if match.group() != "等" and items and t.joined[items[-1].start] == FRAME_OPEN:
            items[-1].start += 1  # 以 of the frame 以A为龙头, cut into A's first token (以三一)
        found.extend(items)
    return found


def _lists_companies(t: Text, at: int, gap: int) -> bool:
    """等 is followed by a company noun, with only counts and modifiers between (等8家企业,
    等生产企业200余家; not 等到江津重点企业, where a verb intervenes)."""
    lex = lexicon()
    after = re.split(r"[,。;:!?、“”()]", t.joined[at : at + gap], maxsplit=1)[0]
    for noun in lex.rules["company"]["list_nouns"]:
        pos = after.find(noun)
        if pos >= 0:
            between = {tok.text for tok in t.tokens[t.token_at[at] : t.token_at[at + pos]]}
            return not between & (lex.stop - LEVEL_WORDS - {"家", "个"})
    return False


def _list_items(t: Text, end: int) -> list[Candidate]:
    items = []
    while end > 0:
        end = _before_gloss(t, end)
        start = name_start(t, end, "", HeadInfo("COMPANY"))
        if start < end and _is_short_name(t, start, end):
            items.append(Candidate("COMPANY", start, end, "rule:company.list"))
        if start < 1 or t.joined[start - 1] != "、":
            break
        end = start - 1
    return items


def _before_gloss(t: Text, end: int) -> int:
    """Skip a bracketed note after a list item: 江苏厚生(投资50亿)、 → 江苏厚生."""
    if end > 0 and t.joined[end - 1] == ")":
        open_at = t.joined.rfind("(", max(0, end - 20), end)
        if open_at > 0:
            return open_at
    return end


def _is_short_name(t: Text, start: int, end: int) -> bool:
    lex = lexicon()
    text = t.joined[start:end]
    if not 2 <= len(text) <= 10 or not HAN.match(text.replace("(", "").replace(")", "")):
        return False
    if text in lex.regions or text.endswith(("企业", "公司")):
        return False
    rest = "".join(w for w in modifier_words(t, start, end) if not lex.is_region_word(w))
    return not covered_by(rest, lex.generic)


def brand_candidates(t: Text) -> list[Candidate]:
    """Short names made of a brand the segmenter does not know and an industry word
    (慕典科技, 纳美特科技, 烯宇新材料)."""
    lex = lexicon()
    found = []
    for match in lex.industry_re.finditer(t.joined):
        if not t.is_boundary(match.end()):
            continue
        start = name_start(t, match.start(), match.group(), HeadInfo("COMPANY"))
        if _is_brand(t, start, match.start()) and _ends_phrase(t, match.end()):
            found.append(Candidate("COMPANY", start, match.end(), "rule:company.brand"))
    return found


def _is_brand(t: Text, start: int, end: int) -> bool:
    """A brand is no word the segmenter knows, and holds no common word (发展, 提升, 数字)."""
    lex = lexicon()
    brand = t.joined[start:end]
    if not 2 <= len(brand) <= lex.rules["company"]["brand_max_chars"] or not HAN.match(brand):
        return False
    if NUMERAL.match(brand[0]) or t.joined[start - 1 : start].isdigit() or lex.known_word(brand):
        return False
    words = [w for w in modifier_words(t, start, end) if len(w) >= 2]
    return not any(lex.known_word(w) or lex.is_region_word(w) or w in lex.plain_words for w in words)


def _ends_phrase(t: Text, end: int) -> bool:
    """A short name is not the start of a longer noun phrase (智能网联新能源汽车, 储能电池产品):
    punctuation, a function word or a role noun follows it."""
    if end >= len(t.joined) or not HAN.match(t.joined[end]):
        return True
    nxt = t.tokens[t.token_at[end]].text
    return nxt in lexicon().stop or nxt in lexicon().rules["company"]["brand_followers"]


def alias_map(t: Text, cands: list[Candidate]) -> dict[str, str]:
    """Short name → the registered full name (as written) it abbreviates in this document."""
    aliases: dict[str, str] = {}
    for c in cands:
        if c.type == "COMPANY" and c.legal:
            for alias in company_aliases(t, c):
                aliases.setdefault(alias, written_name(t, c))
    return aliases


def link_aliases(t: Text, cands: list[Candidate], aliases: dict[str, str]) -> list[Candidate]:
    """Short company names found by any rule or the model point to their full name."""
    for c in cands:
        if c.type == "COMPANY" and not c.legal and c.alias_of is None:
            c.alias_of = aliases.get(t.joined[c.start : c.end])
    return cands


def alias_candidates(t: Text, aliases: dict[str, str]) -> list[Candidate]:
    """Short names of registered companies named in full (东科模具 ↔ 重庆东科模具制造有限公司)."""
    found = []
    if aliases:
        pattern = re.compile("|".join(map(re.escape, sorted(aliases, key=len, reverse=True))))
        for m in pattern.finditer(t.joined):
            if t.is_boundary(m.start()):
                found.append(
                    Candidate("COMPANY", m.start(), m.end(), "rule:company.alias", alias_of=aliases[m.group()])
                )
    return found


def company_aliases(t: Text, c: Candidate) -> list[str]:
    """Prefixes of a company's core name (places and legal form removed), cut between tokens."""
    lex = lexicon()
    words = modifier_words(t, c.start, _head_start(t, c))
    while words and (lex.is_region_word(words[0]) or words[0].startswith("(")):
        words = words[1:]
    words = [w for w in words if w not in ("(", ")")]
    aliases = ["".join(words[:n]) for n in range(1, len(words) + 1)]
    minimum = lex.rules["company"]["alias_min_chars"]
    return [a for a in aliases if len(a) >= minimum and HAN.match(a) and a not in lex.generic]


def _head_start(t: Text, c: Candidate) -> int:
    name = t.joined[c.start : c.end]
    for head in sorted(lexicon().company_heads, key=len, reverse=True):
        if name.endswith(head):
            return c.end - len(head)
    return c.end


# --- the recogniser -------------------------------------------------------------------------


def rule_candidates(t: Text) -> list[Candidate]:
    cands = choose_regions(head_candidates(t) + region_candidates(t))
    cands += abbreviation_regions(t, cands)
    cands += list_candidates(t)
    cands += brand_candidates(t)
    aliases = alias_map(t, cands)
    cands += alias_candidates(t, aliases)
    return link_aliases(t, cands, aliases)


def model_candidates(t: Text, ents: list[tuple[int, int, str]], types: frozenset[str]) -> list[Candidate]:
    regions = lexicon().regions
    found = []
    for start, end, label in ents:
        if label not in types or (label == "REGION" and t.joined[start:end] not in regions):
            continue
        cand = Candidate(label, start, end, "model:ner")
        cand.regions = regions.get(t.joined[start:end], ()) if label == "REGION" else ()
        found.append(cand)
    return found


def written_name(t: Text, c: Candidate) -> str:
    """The name as written in the original text, without the line breaks inside it."""
    start, end = t.to_original(c.start, c.end)
    return "".join(t.original[i] for i in t.offsets[c.start : c.end] if start <= i < end)


def to_mention(t: Text, c: Candidate) -> Mention:
    start, end = t.to_original(c.start, c.end)
    name = c.name if c.type == "REGION" else written_name(t, c)
    norm = {"name": name}
    if c.type == "PLATFORM":
        norm["subtype"] = c.subtype or "other"
    if c.alias_of and c.alias_of != name:
        norm["alias_of"] = c.alias_of
    return make_mention(c.type, t.original, start, end, norm, c.source)


class Recogniser:
    """Rules plus (optionally) the trained ner model over one segmenter; build once, call often."""

    def __init__(
        self,
        model: bool = True,
        segmenter: str = "jieba",
        model_dir: Path = MODEL_DIR,
        model_types: frozenset[str] = MODEL_TYPES,
    ) -> None:
        self.model = model
        self.model_types = model_types
        self.segmenter = segmenter
        self.nlp = load_model(model_dir, segmenter) if model else make_nlp(segmenter)

    def prepare(self, text: str) -> tuple[Text, list[tuple[int, int, str]]]:
        """The document's joined text and tokens, and the model's entities (start, end, label)."""
        joined, offsets = join_broken_lines(fold_width(text))
        t = Text(text, joined, offsets)
        if not self.model:  # the rules need only the words: no spaCy Doc (a third of their time)
            t.set_tokens(tokenize(joined, self.segmenter))
            return t, []
        doc = self.nlp(joined)
        t.set_tokens([Token(tok.idx, tok.idx + len(tok.text), tok.text) for tok in doc])
        return t, [(e.start_char, e.end_char, e.label_) for e in doc.ents]

    def __call__(self, text: str) -> list[Mention]:
        t, ents = self.prepare(text)
        rules = rule_candidates(t)
        mentions = resolve_overlaps([to_mention(t, c) for c in rules])
        if self.model:
            found = model_candidates(t, ents, self.model_types)
            extra = [c for c in found if not _overlaps(c, t, mentions)]
            extra = choose_regions(link_aliases(t, extra, alias_map(t, rules)))
            mentions = resolve_overlaps(mentions + [to_mention(t, c) for c in extra])
        return mentions


def _overlaps(c: Candidate, t: Text, mentions: list[Mention]) -> bool:
    start, end = t.to_original(c.start, c.end)
    return any(m["start"] < end and start < m["end"] for m in mentions)


def load_model(model_dir: Path, segmenter: str) -> Language:
    """The trained ner pipeline from ``model_dir``, tokenised by ``segmenter``."""
    if not (Path(model_dir) / "config.cfg").is_file():
        raise FileNotFoundError(
            f"no trained NER model in {model_dir}; run `python cli.py train` or call find_entities(..., model=False)"
        )
    return install_segmenter(spacy.load(model_dir), segmenter)


@functools.cache
def get_recogniser(model: bool = True, segmenter: str = "jieba") -> Recogniser:
    """One recogniser per (model, segmenter) and process."""
    return Recogniser(model=model, segmenter=segmenter)


def find_entities(text: str, *, model: bool = True, segmenter: str = "jieba") -> list[Mention]:
    """COMPANY, PLATFORM, LOAN, REGION and INSTITUTION mentions of ``text``, flat and in order.

    ``model`` adds the trained ner model's finds for ``MODEL_TYPES``; ``segmenter`` is "jieba"
    or "pkuseg". Each mention's ``text`` is ``text[start:end]``; ``norm`` holds the canonical
    ``name`` (and a PLATFORM's ``subtype``); ``source`` names the rule or "model:ner".
    """
    return get_recogniser(model, segmenter)(text)
