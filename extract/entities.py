"""Named entities: COMPANY, PLATFORM, LOAN, REGION, INSTITUTION (SPEC sections 3 and 6).

A rule layer finds names by their heads (有限公司, 高新区, 研究院, 科技局, 贷款 ...) and reads
each name leftwards one segmenter token at a time until a boundary (punctuation, a function
word, a governing verb: rules/entity_common.toml). Regions come from the generated table
of administrative divisions (rules/regions.tsv). Short company names are found in lists
("A、B等企业"), and through alias linking to a full name in the same document.

A statistical model is optional (``model``): the character CRF of ``extract.crf``
(models/crf), which reads the text near the rules' findings together with those findings
and may cut, extend, retype or drop them (its merge settings are saved with it), or the
older spaCy ``ner`` model (models/ner), which only adds ``MODEL_TYPES`` where the rules found
nothing. ``extract.train`` trains both.

Recognition runs on ``fold_width(text)`` with line breaks inside a sentence removed (a name
broken over two lines is one name); every offset is mapped back to ``text``.
"""

from __future__ import annotations

import functools
import operator
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy
import spacy
from spacy.language import Language

from extract import crf
from extract.lexicon import (
    PhraseMatch,
    PhraseMatcher,
    Region,
    Suffixes,
    WordPlaces,
    division_pieces,
    entity_rules,
    platform_heads,
    region_table,
    split_regions,
    words_tagged,
)
from extract.mentions import Mention, make_mention, resolve_overlaps
from extract.resources import crf_model_dir, ner_model_dir
from extract.rules import load_rules
from extract.segment import Token, install_segmenter, jieba_segmenter, make_nlp, tokenize
from extract.textnorm import fold_width

MODEL_DIR = crf_model_dir()  # the model ``model=True`` loads (models/crf, or the copy a wheel carries)
SPACY_MODEL_DIR = ner_model_dir()  # models/ner
# Types the spaCy model may add where the rules found nothing. Measured on the gold set
# (models/ner/MODEL_CARD.md): rules are more precise for the other types.
MODEL_TYPES = frozenset({"COMPANY"})
# The CRF tags only the characters within MODEL_WINDOW (left, right) of a MODEL_CUES span.
MODEL_CUES = ("rule", "head", "industry")
MODEL_WINDOW = (10, 2)
ALIAS_TYPES = ("COMPANY", "PLATFORM", "INSTITUTION")  # kinds of name a text defines a short name for

SENTENCE_END = '。！？!?；;：:”"」』)）】…'
# word classes of the small checks below, explained in rules/entity_common.toml [word_classes]
_WORD_CLASSES = load_rules("entity_common")["word_classes"]
COUNTERS = _WORD_CLASSES["counters"]  # measure words a count may carry inside one token (5家, 两个)
# a count, or a count epithet (三大平台, 四大行动: SPEC 6: 三大先机 is no quantity, nor a name)
NUMERAL = re.compile(rf"^第?[\d.一二三四五六七八九十百千万亿两几数多余]+[{COUNTERS}大]?$")
CALENDAR_CHARS = _WORD_CLASSES["calendar_chars"]  # glued to a name right after a date (2031年青澄…)
COUNT_MARKS = CALENDAR_CHARS + COUNTERS  # a date's or a count's mark after its number (年, 号, 家, 批)
PREPOSITIONS = _WORD_CLASSES["prepositions"]  # glued by the segmenter to an unknown place (自青禾)
COMPLEMENTS = _WORD_CLASSES["complements"]  # a verb's result glued to it (培育出): the verb still governs
DESTINATIONS = _WORD_CLASSES["destinations"]  # glued between a verb and the place it sends to (报至省)
HAN = re.compile(r"^[\u3400-\u9fff]+$")
ENUMERATORS = frozenset(_WORD_CLASSES["enumerators"])
NAME_TOKEN = re.compile(r"^[\u3400-\u9fffA-Za-z·]+$")
LEVEL_WORDS = frozenset(_WORD_CLASSES["level_words"])
KNOWN_WORD_FREQ = 50
GOV_HEADS = frozenset(_WORD_CLASSES["gov_heads"])


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
        """Offsets in the original text of the joined-text span ``start:end``."""
        return self.offsets[start], self.offsets[end - 1] + 1

    def set_tokens(self, tokens: list[Token]) -> None:
        """Index tokens by character; a character outside every token (white space between
        tokens) maps to the token after it, so scans over positions always move forward."""
        self.tokens = tokens
        # token i covers the characters from the furthest end before it to its own end (the gap
        # before it, and itself); built by numpy (a run of ints per token through Python's
        # iterators cost as much as the segmenter), handed on as a list of Python ints
        ends = numpy.fromiter(map(operator.attrgetter("end"), tokens), dtype=numpy.int64, count=len(tokens))
        reach = numpy.maximum.accumulate(ends)
        widths = reach.copy()  # reach[i] - reach[i - 1]; in place, as numpy.diff(prepend=0) costs
        widths[1:] -= reach[:-1]  # about 15 us a call (most of it for a short document)
        token_at = numpy.repeat(numpy.arange(len(tokens)), widths).tolist()
        token_at.extend([len(tokens)] * (len(self.joined) + 1 - len(token_at)))
        self.token_at = token_at

    def is_boundary(self, pos: int) -> bool:
        """True when a token starts (or the text ends) at ``pos``."""
        return pos >= len(self.joined) or self.tokens[self.token_at[pos]].start == pos


# A run of white space holding a line break (what r"(\s*\n\s*)" matches), written to open on the
# white-space character it consumes first: re then skips in C to white space, instead of trying
# the pattern at every character of the text.
_LINE_BREAK = re.compile(r"(\s(?:(?<=\n)|[^\S\n]*\n)\s*)")
_PHRASE_END = re.compile(r"[,。;:!?、“”()《》\s]")
_CLAUSE_MARK = re.compile(r"[,。;:!?、“”()]")


def join_broken_lines(text: str) -> tuple[str, list[int]]:
    """Remove line breaks that cut a sentence (a long line with no closing punctuation).

    Returns the joined text and, for each of its characters, the index in ``text``. Short
    lines (captions, headings) keep their breaks, so two captions never merge into one name.
    """
    keep: list[int] = []
    kept: list[str] = []
    lines = _LINE_BREAK.split(text)
    pos = 0
    for i, piece in enumerate(lines):
        is_gap = i % 2 == 1
        blank_line = piece.count("\n") > 2  # two blank lines: a caption or section ends there
        if not (is_gap and not blank_line and _joins(lines[i - 1], lines[i + 1] if i + 1 < len(lines) else "")):
            keep.extend(range(pos, pos + len(piece)))
            kept.append(piece)
        pos += len(piece)
    return "".join(kept), keep


# A numbered heading (一、, (三), 2., 第四章): its line break ends it, however long it is.
CN_DIGITS = "一二三四五六七八九十"
# (the text is width-folded first: （三） reads as (三))
HEADING = re.compile(rf"^\s*(?:[{CN_DIGITS}]+[、.]|\([{CN_DIGITS}\d]+\)|\d+[、.]|第[{CN_DIGITS}\d]+[章节部分])")


def _joins(before: str, after: str) -> bool:
    before = before.strip()
    return (
        len(before) >= 20
        and before[-1] not in SENTENCE_END
        and not before.startswith("#")
        and not HEADING.match(before)
        and bool(after)
        and not after.lstrip().startswith("#")
    )


@dataclass(frozen=True)
class HeadInfo:
    """What a name head makes of the name it ends: its type (and PLATFORM subtype)."""

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
        # names that stand alone: bodies' short forms (省委, 国务院) and big banks' (中行)
        bodies = rules["institution"]["exact"] + rules["institution"]["short_forms"]
        self.standalone = {n: "INSTITUTION" for n in bodies}
        self.standalone.update({n: "COMPANY" for n in rules["company"]["bank_short_forms"]})
        self.standalone_re = PhraseMatcher(self.standalone)
        self.apposition = set(rules["boundary"]["apposition_nouns"])
        self.stop = set(rules["boundary"]["stop"])
        self.trim = set(rules["name"]["trim"])
        # a verb's result or a preposition the segmenter glues to a name's first word (孵化|出澄川, 项目|由爱澄)
        self.glued_before_name = COMPLEMENTS + "".join(rules["name"]["glued_prepositions"])
        self.generic = set(rules["name"]["generic"])
        self.company_heads = set(rules["company"]["heads"])
        self.company_head_endings = tuple(self.company_heads)  # for str.endswith, built once
        # what names a bank, the owner a branch (分行, 支行) is read after: 银行, 农商行, 中行 ...
        self.bank_words = tuple(h for h in self.company_heads if "行" in h or "农信" in h or "信用" in h)
        self.business_words = set(rules["company"]["business_words"])
        self.central_bank = tuple(rules["company"]["central_bank"])
        self.loan = rules["loan"]
        self.loan_stop = (self.stop | set(self.loan["extra_stop"])) - set(self.loan["not_stop"])
        self.institution = rules["institution"]
        self.words_ending_in_head = tuple(self.institution["words_ending_in_head"])  # for str.endswith
        self.platform = rules["platform"]
        self.park_heads = set(self.platform["heads"]["park"])
        inside = self.platform["place_inside"]
        self.place_inside_re = re.compile(
            "(" + "|".join(map(re.escape, inside["openings"])) + r")([\u4e00-\u9fff]{2,4}?)("
            + "|".join(map(re.escape, inside["heads"])) + ")")
        self.count_after_re = re.compile(self.platform["count_after"])
        self.generic_suffixes = tuple(rules["name"]["generic_suffixes"])
        self.designations = set(self.platform["designations"])
        self.platform_heads = tuple(platform_heads())
        self.platform_head_endings = Suffixes(self.platform_heads)
        self.max_chars = rules["boundary"]["max_chars"]
        self.attributive_verbs = set(rules["boundary"]["stop_unless_next_to_head"])
        # words the dictionary tags as anything but a name (深耕 v, 网联 n) are no brands
        self.plain_words = words_tagged(frozenset(rules["name"]["plain_tags"]), min_freq=1) - set(self.regions)
        self.industry_words = set(rules["company"]["industry_words"])
        self.industry_re = PhraseMatcher(self.industry_words)
        self.name_heads = tuple(h for h, i in self.heads.items() if i.type != "LOAN")
        keep = self.generic | set(rules["name"]["not_leading"]) | set(self.regions)
        self.leading = words_tagged(frozenset(rules["name"]["leading_tags"])) - keep
        self.stop_tagged = words_tagged(frozenset(rules["name"]["stop_tags"])) - keep
        self.region_rules = rules["region"]
        markers = "|".join(map(re.escape, sorted(rules["alias"]["markers"], key=len, reverse=True)))
        self.alias_definition_re = re.compile(
            rf"\((?:{markers})[“\"「]?(?P<alias>[\u3400-\u9fffA-Za-z]{{2,12}})[”\"」]?\)"
        )
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
        """A division's name or short form, or a bare level word (省, 县 ...)."""
        return word in self.regions or word in LEVEL_WORDS


@functools.cache
def lexicon() -> Lexicon:
    """The entity rule files compiled once per process."""
    return Lexicon()


# --- reading a name leftwards from its head ---------------------------------------------


def _bracket_group_start(t: Text, close: int) -> int | None:
    """Start of a bracketed place inside a name, e.g. the (澄川) of 禾钦德(澄川)精密机械有限公司."""
    open_at = t.joined.rfind("(", max(0, close - 8), close)
    if open_at < 1 or not HAN.match(t.joined[open_at + 1 : close]) or not t.is_boundary(open_at):
        return None
    if not NAME_TOKEN.match(t.joined[open_at - 1]):
        return None  # 电 (记者名)青禾市科技局: a byline's bracket before the name, not inside it
    return open_at


def _crosses_conjunction(t: Text, i: int, start: int, head: str) -> bool:
    """和/与 inside a ministry's name (工业和信息化部, 经济合作与投资促进局), a laboratory's
    field (网络通信与安全青禾实验室) or a policy loan named by its purposes (绿色转型和数字升级
    再贷款): a government or joining head, no place right of 和."""
    conj = t.tokens[i].text if i > 0 else ""
    if conj not in ("和", "与", "及"):
        return False  # most tokens (asked for each token a name is read across)
    lex = lexicon()
    joins = head in GOV_HEADS or head.endswith(tuple(GOV_HEADS)) or head in lex.loan["and_joins_heads"]
    # only 与 and 及 (钛及钛合金研究院): 和 between platforms joins two names
    joins_fields = head in lex.platform["and_joins_heads"]
    joins_trades = head in lex.platform["ji_joins_heads"] and conj == "及"  # 智能装备及零部件产业园
    if not (joins and conj in ("和", "与") or joins_fields and conj in ("与", "及") or joins_trades):
        return False
    if conj == "与" and head in lex.loan["and_joins_heads"] and t.joined.startswith(head, start):
        return False  # 贴息与再贷款: two instruments; 绿色与普惠再贷款 joins two purposes of one tool
    left, right = t.tokens[i - 1].text, t.tokens[t.token_at[start]].text
    if left.endswith(lex.name_heads + ("中心",)) or left in lex.standalone or right in lex.standalone:
        return False  # 省政府和市委, 工作部署和市委: two names (or a word ending like one) meet at 和
    if left.endswith(tuple(lex.institution["event_nouns"])):
        return False  # 自治区党代会和区党委: a meeting and a body
    # one character of a field (钛及钛合金, 脑与智能)
    shortest = 1 if (joins_fields or joins_trades) and conj in ("与", "及") else 2
    fits = len(left) >= shortest and bool(HAN.match(left))
    return fits and left not in lex.stop and not lex.is_region_word(left) and right not in lex.regions


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
    trade = info.type == "COMPANY" and before_head in lex.business_words  # 控股|集团 glued: the firm's trade
    named = NAME_TOKEN.match(before_head) and (before_head not in stops or trade)
    start = head_start - len(before_head) if named else head_start  # not 发放 of 发放贷款
    i -= 1
    while i >= 0:
        tok = t.tokens[i]
        if not tok.text.strip() and i > 0 and _place_line_before(t, t.tokens[i - 1], start, info):
            start, i = tok.start, i - 1
            continue
        if tok.end < start and not _place_line_before(t, tok, start, info):
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
        if _line_joined_before_place(t, start):
            break  # 统计公报|贵州省统计局: a heading's line ends before the body's place
        if _business_scope(t, tok, head_start, head):
            start, i = tok.start, i - 1  # 青禾城市建设投资有限公司: 建设, 投资 name its trade
            continue
        if _partner_pair(t, tok, start):
            start = tok.start
            break  # 中|德青禾产业园, 中以|澄川创新园: a cooperation zone named by its two countries
        if head_start - tok.start > lex.max_chars or not NAME_TOKEN.match(tok.text) or tok.text in stops:
            break
        ends_conjunct = i + 1 < len(t.tokens) and t.tokens[i + 1].text in ("和", "与") and start <= tok.end + 1
        next_to_head = tok.end == head_start or ends_conjunct  # 经济合作与投资促进局: 合作 ends a field
        if tok.text in lex.attributive_verbs and (not next_to_head or _name_ends_before(t, i)):
            break  # …联合研究院 is a name; 科技局联合高新区 is two
        whole_item = not head and tok.end == head_start  # a list item read back from its 、 or 等
        if tok.text in lex.stop_tagged or _ends_in_preposition(tok.text) and not whole_item or _verb_with_wei(tok.text):
            break  # (an item ending in 同, 和 or 以 is a brand: 澄同、瑞禾等企业; no name follows it)
        if _verb_with_complement(tok.text, stops) or _ends_in_destination(tok.text):
            break
        place = _place_after_destination(tok.text)
        if place:
            start = tok.end - len(place)  # 报至省科技厅: the name starts at the place
            break
        if len(tok.text) == 1 and tok.text in COMPLEMENTS:
            break  # 用足用|好|澄川…: a verb's result cut off alone ends the verb before the name
        if _complement_opens_token(t, i):
            start = tok.start + 1  # 孵化|出澄川: the segmenter glued the verb's 出 to the name
            break
        glued = _stop_opening_token(tok.text, stops) if info.type != "COMPANY" else 0  # brands hold verbs
        if glued:
            start = tok.start + glued  # 重组|转建澄山|材料…实验室: the verb glued to the name's first word
            break
        if info.type != "COMPANY" and _verb_before_place(t, i):  # brands hold verbs (一汽解放)
            break
        if _adverb_and_stop(tok.text, stops):
            break
        if tok.text in lex.apposition and lex.is_region_word(t.tokens[t.token_at[start]].text):
            break  # 研发机构 before 青禾稀土研究院: a category in apposition
        if info.type == "COMPANY" and head and _category_before_brand(t, i, start, head_start):
            break  # 整车制造企业|青禾集团, 龙头企业|澄光集团: the category is no part of the name
        if NUMERAL.match(tok.text):
            alone = len(tok.text) > 1 and tok.text[-1] != "大" and head in lex.rules["company"]["numeral_brand_heads"]
            brand = start < head_start or alone  # (三大集团 counts groups)
            if info.type == "COMPANY" and brand and _opens_name(t, i, stops):
                start = tok.start  # 万马汽车, 三一重工, 三一集团: a brand that starts with a numeral (not 一公司)
            break
        if tok.text in lex.company_heads or tok.text.endswith(lex.company_head_endings):
            start = _after_company_head(t, tok, start, head, info)
            break
        if (info.type == "LOAN" or not head) and tok.text.endswith(lex.name_heads):
            break  # another name ends here: 长沙经开区 before a listed 三一重工
        if head in lex.designations and tok.text.endswith(lex.platform_heads) and tok.end == head_start:
            break  # a platform's name, then its designation: …研究院 before 新型研发机构
        start, i = tok.start, i - 1
    return _trim(t, start, head_start)


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


def _ends_in_preposition(word: str) -> bool:
    """A token the segmenter glued to a preposition (日自 of 17日自青禾市科技局): no name word."""
    lex = lexicon()
    return len(word) >= 2 and word[-1] in PREPOSITIONS and word not in lex.regions and not lex.known_word(word)


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
    proper = nxt is not None and _is_proper_word(nxt.text) and not nxt.text.endswith(lex.name_heads)
    return proper or (nxt is not None and _opens_with_place(nxt.text))


def _opens_with_place(word: str) -> bool:
    """A division's name, or a token the segmenter glued from one and a head (吉林省政府)."""
    regions = lexicon().regions
    return word in regions or any(word[:k] in regions for k in range(2, min(len(word), 5)))


def _adverb_and_stop(word: str, stops: set[str]) -> bool:
    """An adverb glued to a governing verb (全力支持, 积极探索, 充分发挥), or a determiner glued
    to a word trimmed from names (这一纯): the segmenter makes one token of them, which neither
    list holds; it ends the name before it."""
    if len(word) < 3:
        return False  # (no split leaves two words, or a word after two characters)
    lex = lexicon()
    return any(
        (word[:k] in lex.stop_tagged or word[:k] in stops)
        and (len(word) - k >= 2 and word[k:] in stops or k >= 2 and word[k:] in lex.trim)
        for k in range(1, len(word))
    )


def _verb_with_wei(word: str) -> bool:
    """A verb the segmenter glued to 为 (晋升为, 列为): it governs the name after it."""
    return len(word) >= 3 and word.endswith("为") and lexicon().known_word(word[:-1])


def _verb_with_complement(word: str, stops: set[str]) -> bool:
    """A governing verb glued to its result (培育出, 孵化出, 引进到): jieba often tags the
    compound as a noun, so neither the stop list nor the tag rule sees the verb in it."""
    lex = lexicon()
    verb = word[:-1]
    return len(word) >= 3 and word[-1] in COMPLEMENTS and (verb in stops or lex.known_word(verb))


def _ends_in_destination(word: str) -> bool:
    """A verb of sending with its 至/到 (送到, 报至, 转至): the name after it is where things go."""
    return len(word) >= 2 and word[-1] in DESTINATIONS and word not in lexicon().regions


def _complement_opens_token(t: Text, i: int) -> bool:
    """The result of the verb before it, or a preposition, glued to the name's first word
    (孵化 + 出澄川, 项目 + 由爱澄)."""
    lex = lexicon()
    tok = t.tokens[i]
    if i == 0 or len(tok.text) < 2 or tok.text[0] not in lex.glued_before_name or lex.known_word(tok.text):
        return False
    if lex.is_region_word(tok.text[1:]):
        return False  # 反馈|至省: a destination, read by the place rules
    prev = t.tokens[i - 1]
    return prev.end == tok.start and (prev.text in lex.stop or lex.known_word(prev.text)) and HAN.match(prev.text)


def _stop_opening_token(word: str, stops: set[str]) -> int:
    """The length of a governing verb of two characters or more that the segmenter glued to the
    one or two first characters of the name after it (转建|澄山, 引进|澄): 0 where there is none.
    A word the dictionary knows is one word, not a verb and a name; a known word or a trimmed
    one after the verb is no name's opening (全力|支持, 这一|纯)."""
    lex = lexicon()
    if len(word) < 3 or lex.known_word(word):
        return 0
    for k in range(max(2, len(word) - 2), len(word)):
        rest = word[k:]
        known = len(rest) > 1 and lex.known_word(rest)  # (every single character is a word)
        if word[:k] in stops and not known and rest not in lex.trim and rest not in stops:
            return k
    return 0


def _place_after_destination(word: str) -> str:
    """The place of a token that glues a verb, 至/到 and a level word or place (报至省, 送到市):
    the part after 至/到, else the empty string."""
    lex = lexicon()
    if len(word) < 3 or word in lex.regions or lex.known_word(word):
        return ""  # (a verb, 至/到 and a place take three characters at least)
    for k in range(1, len(word) - 1):
        if word[k] in DESTINATIONS and lex.is_region_word(word[k + 1 :]):
            return word[k + 1 :]
    return ""


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
    return 0 if lexicon().known_word(first) else 1


def _after_number(t: Text, start: int) -> bool:
    """A number (digits, or a numeral word: 三, 第三) ends right before ``start``."""
    if _after_digit(t, start):
        return True
    i = t.token_at[start] - 1 if start > 0 else -1
    return i >= 0 and t.tokens[i].end == start and bool(NUMERAL.match(t.tokens[i].text))


def _trim(t: Text, start: int, head_start: int) -> int:
    """Drop verbs, particles and determiners from the left edge (积极推行知识产权信用贷款), and a
    preposition the segmenter glued to a level word (从市 of 从市科技局, 据市 of 据市统计局)."""
    lex = lexicon()
    first = t.joined[start : t.tokens[t.token_at[start]].end] if start < head_start else ""  # from start on
    if len(first) >= 2 and first[0] in lex.stop and lex.is_region_word(first[1:]):
        start += 1  # 从市, 自沈阳市: the preposition, not the place
    elif (
        len(first) >= 3
        and first[0] in PREPOSITIONS
        and not (first in lex.regions or first.endswith(lex.name_heads) or lex.known_word(first))
    ):
        start += 1  # 自青禾 (自 + a place the table lacks); 自然, 自贡 are words
    else:
        start += _count_mark_glued(t, start, first)  # 2031年|青澄 cut as 年青澄: the 年 is the date's
    while start < head_start:
        tok = t.tokens[t.token_at[start]]
        if tok.end > head_start or not (tok.text in lex.trim or tok.text in lex.leading or _rank_before_place(t, tok)):
            break
        if _opens_industry_word(t, tok, head_start):
            break  # 新|材料 of 新材料产业园: the segmenter cut an industry word
        start = tok.end
    return start


def _opens_industry_word(t: Text, tok: Token, head_start: int) -> bool:
    """A one-character token that begins an industry word with what follows (新 of 新|材料)."""
    lex = lexicon()
    return len(tok.text) == 1 and any(
        t.joined.startswith(w, tok.start) and tok.start + len(w) <= head_start for w in lex.industry_words if len(w) > 1
    )


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


# --- names found by their heads -----------------------------------------------------------


def head_candidates(t: Text) -> list[Candidate]:
    """Names read leftwards from every head the text holds (…有限公司, …研究院, …局)."""
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
        return False
    if nxt and nxt in lex.institution["head_not_followed_by"].get(head, ""):
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
    owner = _CLAUSE_MARK.split(t.joined[max(0, head_start - _OWNER_REACH) : head_start])[-1]
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


def _classify(t: Text, start: int, end: int, head_start: int, head: str, info: HeadInfo) -> Candidate | None:
    lex = lexicon()
    name = t.joined[start:end]
    if any(name.endswith(cb) for cb in lex.central_bank) or lex.exact_re.fullmatch(name):
        return Candidate("INSTITUTION", start, end, "rule:institution.exact")
    if name in lex.regions:  # 浦东新区 is a district, not a zone
        return None
    if head in lex.institution["place_heads"] and not _place_before(t, head_start):
        return None
    if info.type == "LOAN":
        start = _after_issuing_place(t, start, head_start)
    words = modifier_words(t, start, head_start)
    if not _is_specific(words, head, info, name) or _distributed(t, start):
        return None
    if info.type == "LOAN" and not _is_loan(t, start, end, head):
        return None
    if info.type == "PLATFORM" and not _platform_named(t, start, end, words, head):
        return None
    if info.type == "COMPANY" and name.endswith(tuple(lex.rules["company"]["category_tails"])):
        return None  # 科创板上市公司: a category of firms, no registered name ends so
    if _quoted(t, start, end) and t.joined.startswith(tuple(lex.platform["quoted_goal_after"]), end + 1):
        return None  # “青禾绿色转型示范区”目标: a goal, a role to reach (SPEC 6.1)
    if head in lex.institution["central_bank_only"] and not any(cb in name for cb in lex.central_bank):
        info = HeadInfo("COMPANY")
    legal = info.type == "COMPANY" and head.endswith("公司")
    subtype = _zone_part_subtype(t.joined[start:head_start], head) or info.subtype
    return Candidate(info.type, start, end, f"rule:{info.type.lower()}.head", subtype, legal=legal)


def _zone_part_subtype(before_head: str, head: str) -> str | None:
    """A base named under its zone (青禾绿色食品产业园冷链物流基地) is a part of that park."""
    lex = lexicon()
    if head not in lex.platform["zone_parts"]:
        return None
    return "park" if any(p in before_head for p in lex.park_heads) else None


def _platform_named(t: Text, start: int, end: int, words: list[str], head: str) -> bool:
    """Whether a platform head and the words before it name one platform: not a counted or
    ranked category, a goal, a title granted, a grade or a city's role."""
    if not _names_one_platform(t, start, words, head) or _counted(t, start) or _ranks_category(words):
        return False
    if _counted_after(t, end) and not _placed_zone(words, head):
        return False
    if _describes_no_platform(words, head) or _role_of_city(t, end) or _after_digit(t, start):
        return False
    if _zones_of_a_province(words, head) or _kind_everywhere(t, end, words):
        return False
    return not (_title_granted(t, start) or _goal_described(t, start, words))


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
    return bool(regions) and all(map(_is_province_not_municipality, regions))


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
    if not words:
        return head in (lex.platform["bare_ok"] if info.type == "PLATFORM" else lex.loan["bare_ok"])
    if info.type == "INSTITUTION" and len(name) < lex.institution["min_chars"].get(head, 2):
        return False
    if info.type == "INSTITUTION" and head in lex.institution["generic_ok_heads"]:
        return True  # 科技部, 商务部: a ministry written bare
    # a zone names a place as well as a region does (高新区管委会)
    places = [w for w in words if lex.is_region_word(w) or w in lex.park_heads]
    has_region = bool(places)
    rest = [w for w in words if w not in places]
    if info.type == "PLATFORM" and head in lex.platform["needs_parent_zone"]:
        return _section_of_zone(words)
    if _all_generic(rest, lex.generic_for.get(info.type, lex.generic)):
        if info.type == "PLATFORM" and head in lex.platform["bare_ok_with_generic"] and not places:
            return True  # 高新技术创业服务中心: the zone's own centre by its full name
        return has_region and _region_is_enough(head, info)
    return True


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
    clause = _CLAUSE_MARK.split(t.joined[max(0, start - 30) : start])[-1]
    return any(verb in clause for verb in lexicon().platform["title_verbs"])


def _goal_described(t: Text, start: int, words: list[str]) -> bool:
    """A name right after a superlative and 的 (筹建国内领先的育种技术创新中心), also as the second
    of two joined fields (国际一流的海洋装备和海洋能源研发中心), describes what is to be built,
    unless a place names it (全国领先的青禾高新区)."""
    lex = lexicon()
    before = t.joined[max(0, start - 6) : start]
    conjunct = CONJUNCT_BEFORE.search(t.joined, max(0, start - 12), start)  # 顶尖的A和|B研发中心
    if conjunct and not conjunct.group()[:-1].endswith(lex.name_heads):  # not 青禾研究院和…: two names
        before = t.joined[max(0, conjunct.start() - 6) : conjunct.start()]
    goal = any(before.endswith(w + "的") for w in lex.platform["goal_words"] + lex.platform["goal_frames"])
    return goal and not any(map(lex.is_region_word, words))


# A field and 和/与/及 right before a name: the first of two things one description governs
CONJUNCT_BEFORE = re.compile(r"(?:(?!的)[\u4e00-\u9fff]){2,10}[和与及]$")


def _after_digit(t: Text, start: int) -> bool:
    """A name never starts right after a digit: its first word is the count's unit (珠三角7|市…开发区)."""
    return start > 0 and t.joined[start - 1].isdigit()


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
    owned = any(lex.is_region_word(w) or _is_proper_word(w) or w.endswith(lex.name_heads) for w in words)
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
    if _quoted_section(t, start, end):
        return False  # “青禾快贷”专区 is a section of a service platform
    if head == "贷" and end - start < lex.loan["product_min_chars"]:
        return _quoted(t, start, end)
    name, kinds = t.joined[start:end], tuple(lex.loan["kinds_by_terms"])
    if name.endswith(tuple(lex.loan["class_tails"])) and not name.endswith(kinds):
        return False  # 科技贷款, 养老产业贷款: loans grouped by borrower or sector (SPEC 6.1)
    if head != "贷" and t.joined.startswith(tuple(lex.loan["statistic_after"]), end):
        return name.endswith(kinds)
    return True


OPEN_QUOTES, CLOSE_QUOTES = "“\"「『", "”\"」』"


def _quoted(t: Text, start: int, end: int) -> bool:
    """Whether ``joined[start:end]`` stands between quotation marks (“科企贷”)."""
    if start < 1 or end >= len(t.joined):
        return False
    return t.joined[start - 1] in OPEN_QUOTES and t.joined[end] in CLOSE_QUOTES


def _quoted_section(t: Text, start: int, end: int) -> bool:
    """A quoted name right before a section word (“青禾快贷”专区) names a section of a platform."""
    sections = tuple(lexicon().platform["quoted_section_after"])
    return _quoted(t, start, end) and t.joined.startswith(sections, end + 1)


def _names_one_platform(t: Text, start: int, words: list[str], head: str) -> bool:
    """A bare zone after a category word is a category (全国高新区); a base or a building needs
    a place or a word the segmenter does not know before it (not 联合开发示范基地)."""
    lex = lexicon()
    if not words:
        i = t.token_at[start] - 1
        return i < 0 or t.tokens[i].text not in lex.platform["bare_not_after"]
    if head in lex.platform["role_designations"]:
        return any(w.endswith(lex.name_heads) for w in words)  # 青禾高新区科技创新中心
    place = any(map(lex.is_region_word, words))
    proper = any(_is_proper_word(w) or w.endswith(lex.name_heads) for w in words)  # a brand or an owner
    if ("".join(words) + head).endswith(tuple(lex.platform["designation_base_tails"])):
        return place and proper  # 青禾省产业人才聚集基地 is a level's designation, not one base
    if head in lex.platform["needs_place_or_owner"]:  # 储能产业基地 is a kind, 青禾储能产业基地 one
        return _has_place_or_owner(words)
    if head in lex.platform["needs_proper"]:
        return place or proper
    return True


def _has_place_or_owner(words: list[str]) -> bool:
    """A named place (not a bare level word: 省特色…基地) or an owner named by its head (青禾集团,
    北湖高新区; not a bare head: 综合保税区冷链物流产业基地 is a kind)."""
    lex = lexicon()
    place = any(len(w) > 1 and lex.is_region_word(w) for w in words)
    return place or any(_names_owner(words, i) for i in range(len(words)))


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


def _is_proper_word(word: str) -> bool:
    """A word the dictionary does not know, nor made of words it knows (拓川, not 联合开发)."""
    lex = lexicon()
    if len(word) < 2 or word in lex.generic or lex.known_word(word):
        return False
    def known(part: str) -> bool:
        return len(part) == 1 or lex.known_word(part)

    splits = [(word[:i], word[i:]) for i in range(1, len(word)) if len(word) > 2]
    return not any(known(a) and known(b) for a, b in splits)  # 深加工 = 深 + 加工


def covered_by(text: str, words: set[str] | frozenset[str]) -> bool:
    """Whether ``text`` is a concatenation of ``words`` (科技创新服务总 = 科技+创新+服务+总)."""
    reachable = [True] + [False] * len(text)
    for start in range(len(text)):  # onwards from every place a run of words reaches
        if reachable[start]:
            for end in range(start + 1, min(start + 6, len(text)) + 1):
                if not reachable[end] and text[start:end] in words:
                    reachable[end] = True
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
    media_words = set(lexicon().region_rules["not_followed_by_word"])
    found = []
    # only a token that opens on a division's name can be made of them: those few are found from
    # where division names are written (one automaton pass), not by asking every token
    for i in _tokens_opening_on(t, _division_places()):
        tok = t.tokens[i]
        pieces = division_pieces(tok.text)  # a whole division name is its own one piece
        if not pieces or t.joined.startswith(media, tok.end):
            continue
        if i + 1 < len(t.tokens) and t.tokens[i + 1].start == tok.end and t.tokens[i + 1].text in media_words:
            continue
        if _person_after_title(t, i):
            continue
        for s, e in pieces:
            surface = tok.text[s:e]
            if _inside_phrase(t, tok.start + s, tok.start + e):
                continue
            cand = Candidate("REGION", tok.start + s, tok.start + e, "rule:region.table", name=surface)
            cand.regions = regions[surface]
            found.append(cand)
    return found


@functools.cache
def _division_places() -> WordPlaces:
    return WordPlaces(region_table())


def _tokens_opening_on(t: Text, words: WordPlaces) -> list[int]:
    """The indexes of the tokens that start where one of ``words`` is written, in order."""
    opening = set()
    for start, _ in words.spans(t.joined):
        i = t.token_at[start]
        if i < len(t.tokens) and t.tokens[i].start == start:
            opening.add(i)
    return sorted(opening)


def _inside_phrase(t: Text, start: int, end: int) -> bool:
    """The place name is part of an idiom or a set phrase (勠力同心, 突破百亿元大关)."""
    for phrase in _phrases_holding(t.joined[start:end]):
        lo = max(0, end - len(phrase))
        at = t.joined.find(phrase, lo, start + len(phrase))
        if at != -1 and at <= start and end <= at + len(phrase):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _phrases_holding(surface: str) -> tuple[str, ...]:
    """The set phrases a place name can stand inside (most hold none): only these are looked for."""
    return tuple(p for p in lexicon().region_rules["not_in_phrases"] if surface in p)


def _person_after_title(t: Text, i: int) -> bool:
    """A place-like word between a title and a pause or a speech verb is a person's name
    (市长宁波, 书记江华表示; also after a surname the segmenter cut off: 书记黄|桂林表示)."""
    rules = lexicon().region_rules
    if i == 0 or i + 1 >= len(t.tokens):
        return False
    before = t.tokens[i - 1].text
    surname_cut = i > 1 and len(before) == 1 and HAN.match(before) and t.tokens[i - 2].text in rules["person_titles"]
    if before not in rules["person_titles"] and not surname_cut:
        return False
    after = t.tokens[i + 1].text
    return after in rules["person_end"] or not HAN.match(after)


def choose_regions(cands: list[Candidate]) -> list[Candidate]:
    """Give each REGION its full official name, preferring divisions of the places the
    document names, then higher levels (广安 → 广安市, not 广安区). A county's short form
    far from every place the document names is dropped (双城 in 某某地区双城经济圈)."""
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
    after = set(rules["abbrev_after"])
    named = {c.name for c in cands if c.type == "REGION" and c.name}
    found: list[Candidate] = []
    if not named:
        return found  # no division named in full: nothing to abbreviate
    tokens = t.tokens
    # each token after one of the words before an abbreviation, with a token after it, in order:
    # from where those words are written (one automaton pass over the text), not token by token
    for i in _tokens_after_words(t, _abbrev_before_words()):
        if i + 1 >= len(tokens):
            continue
        tok, nxt = tokens[i], tokens[i + 1]
        if len(tok.text) != 1:
            continue
        if nxt.text not in after and HAN.match(nxt.text):
            continue  # 来綦指导, 来綦。; not 在通过
        names = {n for n in named if tok.text in _short_form(n)}  # 綦 of 綦江区, 通 of 南通市
        if len(names) == 1:
            found.append(Candidate("REGION", tok.start, tok.end, "rule:region.abbreviation", name=names.pop()))
    return found


@functools.cache
def _abbrev_before_words() -> WordPlaces:
    return WordPlaces(lexicon().rules["region"]["abbrev_before"])


def _tokens_after_words(t: Text, words: WordPlaces) -> list[int]:
    """The indexes of the tokens right after a token that is one of ``words``, in order."""
    after = set()
    for start, end in words.spans(t.joined):
        i = t.token_at[start]
        if i + 1 < len(t.tokens) and t.tokens[i].start == start and t.tokens[i].end == end:
            after.add(i + 1)
    return sorted(after)


def city_short_forms(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """X市 for a city with a long name the document names in full (乌鲁木齐市 … 乌市, 哈尔滨 … 哈市);
    two-character names are left out (上海 … 上市 is listing on a stock market)."""
    cities = {c.name for c in cands if c.type == "REGION" and c.name and c.name.endswith("市")}
    long_names = [n for n in cities if len(_short_form(n)) >= 3]
    found: list[Candidate] = []
    if not long_names:
        return found  # no city named in full: nothing to shorten (the common case)
    regions = lexicon().regions
    for tok in t.tokens:
        if len(tok.text) != 2 or tok.text[1] != "市" or tok.text in regions:
            continue
        names = {n for n in long_names if n[0] == tok.text[0]}
        if len(names) == 1:
            found.append(Candidate("REGION", tok.start, tok.end, "rule:region.city_short", name=names.pop()))
    return found


def _short_form(name: str) -> str:
    """A division's name without its level word (南通市 → 南通, 綦江区 → 綦江)."""
    return name[:-1] if len(name) > 2 and name[-1] in LEVEL_WORDS else name


def province_abbreviations(t: Text) -> list[Candidate]:
    """A province's one-character abbreviation after 全/在/来 (全疆, 在沪, 来湘: SPEC 6.1), as its
    own token or glued to that word by the segmenter."""
    lex = lexicon()
    table, before = lex.region_rules["province_abbrev"], set(lex.region_rules["province_abbrev_before"])
    found = []
    # the tokens ending in an abbreviation, in order: where one of those characters ends its token
    # (every character but a space lies in one token), found by one scan in C, not token by token
    for char in _abbreviation_chars(frozenset(table)).finditer(t.joined):
        i = t.token_at[char.start()]
        tok = t.tokens[i]
        if tok.end != char.end():
            continue
        glued = len(tok.text) >= 2 and tok.text[-2] in before  # 全疆; 占全疆, not a word ending so
        if glued and (len(tok.text) == 2 or not lex.known_word(tok.text)):
            at = tok.end - 1
        elif len(tok.text) == 1 and tok.text in table and i > 0 and t.tokens[i - 1].text in before:
            at = tok.start
        else:
            continue
        abbrev = t.joined[at]
        found.append(Candidate("REGION", at, at + 1, "rule:region.province_abbreviation", name=table[abbrev]))
    return found


@functools.lru_cache(maxsize=8)
def _abbreviation_chars(chars: frozenset[str]) -> re.Pattern:
    """A pattern matching any one of ``chars``."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


# --- names that stand alone: short forms and quoted service systems -------------------------


def standalone_candidates(t: Text) -> list[Candidate]:
    """Short names of one body (省委, 国务院, 央行) and big banks (中行), as whole words."""
    lex = lexicon()
    found = []
    for m in lex.standalone_re.finditer(t.joined):
        if t.is_boundary(m.start()) and t.is_boundary(m.end()):
            type_ = lex.standalone[m.group()]
            found.append(Candidate(type_, m.start(), m.end(), f"rule:{type_.lower()}.short_form"))
    return found


def place_inside_candidates(t: Text) -> list[Candidate]:
    """National centres that write their seat inside the name, before the head (国家超算青禾中心,
    国家技术转移北湖中心): one PLATFORM, not a REGION between two words."""
    lex = lexicon()
    rules = lex.platform["place_inside"]
    found = []
    for m in lex.place_inside_re.finditer(t.joined):
        seat = m.group(2)
        if seat in rules["seats"] or lex.is_region_word(seat):
            subtype = _platform_subtype(m.group(1) + m.group(3))
            found.append(Candidate("PLATFORM", m.start(), m.end(), "rule:platform.place_inside", subtype))
    return found


# The opening quote is matched, not looked behind for: a pattern that opens on it lets re skip in C
# to the few places a quote stands (twice as fast as trying every character).
QUOTED = re.compile(r"[“\"「『]([\u3400-\u9fff]{2,8})(?=[”\"」』])")


@functools.lru_cache(maxsize=4)  # asked for by two rules per document: the text is scanned once
def quoted_names(joined: str) -> tuple[PhraseMatch, ...]:
    """Names of 2 to 8 ideographs between quotation marks, without the marks, in order."""
    return tuple(PhraseMatch(m.start(1), m.end(1), m.group(1)) for m in QUOTED.finditer(joined))


def quoted_service_candidates(t: Text) -> list[Candidate]:
    """Named service systems in quotes (“云企通”: SPEC 6.1) end in one of the service tails; one
    with 贷 in it or a loan word after it is a loan product (“微贷通”)."""
    rules = lexicon().platform
    tails, not_before = tuple(rules["quoted_service_tails"]), tuple(rules["quoted_service_not_before"])
    found = []
    for m in quoted_names(t.joined):
        after = _phrase_after(t, m.end() + 1)
        if _quoted_section(t, m.start(), m.end()) or _names_what_follows(t, m, rules["quoted_name_before"]):
            found.append(Candidate("PLATFORM", m.start(), m.end(), "rule:platform.quoted", "service"))
            continue
        if not m.group().endswith(tails) or any(w in after for w in not_before):
            continue
        loan_after = after.startswith(tuple(rules["quoted_loan_after"]))
        if any(c in m.group() for c in rules["quoted_loan_marks"]) or loan_after:
            found.append(Candidate("LOAN", m.start(), m.end(), "rule:loan.quoted"))
        else:
            found.append(Candidate("PLATFORM", m.start(), m.end(), "rule:platform.quoted", "service"))
    return found


def _names_what_follows(t: Text, m: PhraseMatch, nouns: list[str]) -> bool:
    """A quoted name right before one of ``nouns`` names that thing: “青禾资本”平台 the platform,
    “青碳标”贷款 the product the loans are named after; a quoted category (“双创”平台, “专精特新”
    贷款: a class of borrower) or place does not."""
    lex = lexicon()
    if not t.joined.startswith(tuple(nouns), m.end() + 1):
        return False
    return not covered_by(m.group(), lex.generic) and m.group() not in lex.regions


def quoted_loan_candidates(t: Text) -> list[Candidate]:
    """Loan products named in quotes: one ending in 贷 however the segmenter cut it (“青信贷”:
    青|信贷), and one set beside a loan product noun (信贷产品“澄融宝”, 贷款创新产品——“青融通”)."""
    loan = lexicon().loan
    found = []
    for m in quoted_names(t.joined):
        name, before = m.group(), t.joined[max(0, m.start() - 12) : m.start() - 1]
        ends_in_dai = name.endswith("贷") and len(name) >= 3 and name not in loan["not_product"]
        beside_noun = before.rstrip("—:").endswith(tuple(loan["product_nouns"]))
        named_after = _names_what_follows(t, m, loan["quoted_name_before"])  # “青碳标”贷款
        if (ends_in_dai or beside_noun or named_after) and not _quoted_section(t, m.start(), m.end()):
            found.append(Candidate("LOAN", m.start(), m.end(), "rule:loan.quoted"))
    return found


def repeated_quoted_names(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """A product or service system the text names in quotes once (推出“青融宝”贷款产品) is the
    same name where it is written again without the cue that found it (“青融宝”这一产品, 青融宝
    累计放款): every other whole-word use is a mention of the same type."""
    quoted = {t.joined[c.start : c.end]: c for c in cands if c.source.endswith(".quoted")}
    names = [n for n in quoted if len(n) >= 3]
    if not names:
        return []  # the common case: no quoted product in the document
    spans = {(c.start, c.end) for c in cands}
    found = []
    for m in PhraseMatcher(names).finditer(t.joined):  # why not re: a compile per document cost more than the scan
        whole = t.is_boundary(m.start()) and t.is_boundary(m.end()) or _quoted(t, m.start(), m.end())
        if whole and (m.start(), m.end()) not in spans:
            c = quoted[m.group()]
            found.append(Candidate(c.type, m.start(), m.end(), f"rule:{c.type.lower()}.repeated", c.subtype))
    return found


def _phrase_after(t: Text, start: int) -> str:
    """The text from ``start`` to the next punctuation mark."""
    return _PHRASE_END.split(t.joined[start : start + 30], maxsplit=1)[0]


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
        subtype = _listed_platform_subtype(t, match.end(), rules["list_gap"]) if match.group() == "等" else None
        items = _list_items(t, match.start(), platforms=bool(subtype))
        if match.group() != "等" and items and t.joined[items[-1].start] == FRAME_OPEN:
            items[-1].start += 1  # 以 of the frame 以A为龙头, cut into A's first token (以三一)
        for item in items:
            if subtype:  # 澄禾、青创等6家科技企业孵化器: the items are incubators, not firms
                item.type, item.subtype, item.source = "PLATFORM", subtype, "rule:platform.list"
        found.extend(items)
    return found + counted_list_candidates(t)


# a count written right after the last item of a list (澄芯、北湖创业营2家众创空间)
LIST_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])[0-9一二两三四五六七八九十]+[家个所]")


def counted_list_candidates(t: Text) -> list[Candidate]:
    """Items of "A、B2家众创空间" and "A、B两家企业": a list counted right after its last item,
    without 等, by a platform kind or a company noun; the items are short names of that kind."""
    gap = lexicon().rules["company"]["list_gap"]
    found = []
    for match in LIST_COUNT.finditer(t.joined):
        if t.joined[match.start() - 1] == "等":
            continue  # 等6家: read by the list rule of 等
        subtype = _listed_platform_subtype(t, match.start(), gap)
        if subtype is None and not _lists_companies(t, match.start(), gap):
            continue
        items = _list_items(t, match.start(), platforms=bool(subtype))
        if len(items) < 2:
            continue  # one name before a count is no list (and may hold the number)
        for item in items:
            if subtype:
                item.type, item.subtype, item.source = "PLATFORM", subtype, "rule:platform.list"
        found.extend(items)
    return found


_LEADING_COUNT = re.compile(r"^[\d一二三四五六七八九十两余多]*[家个所]?")


def _listed_platform_subtype(t: Text, at: int, gap: int) -> str | None:
    """The subtype of the platform head that ends a list after 等, when only a count and
    generic words stand before it (等6家科技企业孵化器), else None."""
    lex = lexicon()
    after = _CLAUSE_MARK.split(t.joined[at : at + gap], maxsplit=1)[0]
    for m in lex.head_re.finditer(after):
        info = lex.heads[m.group()]
        before = _LEADING_COUNT.sub("", after[: m.start()])
        if info.type == "PLATFORM" and (not before or covered_by(before, lex.generic)):
            return info.subtype
    return None


def _lists_companies(t: Text, at: int, gap: int) -> bool:
    """等 is followed by a company noun, with only counts and modifiers between (等8家企业,
    等加工企业30余家; not 等到澄川重点企业, where a verb intervenes)."""
    lex = lexicon()
    after = _CLAUSE_MARK.split(t.joined[at : at + gap], maxsplit=1)[0]
    for noun in lex.rules["company"]["list_nouns"]:
        pos = after.find(noun)
        if pos >= 0 and _names_sectors(after[:pos]):
            return False  # 新材料、现代种业等未来产业新设企业: the items are sectors
        if pos >= 0:
            between = {tok.text for tok in t.tokens[t.token_at[at] : t.token_at[at + pos]]}
            allowed = LEVEL_WORDS | {"家", "个"} | set(lex.rules["company"]["list_quantifiers"])
            return not between & (lex.stop - allowed)
    return False


def _names_sectors(between: str) -> bool:
    """The words between 等 and the company noun name the items' sector, and the sector noun
    does not itself qualify the company noun (等未来产业新设企业, 等领域的企业; but 等储能产业企业
    lists firms of an industry)."""
    rules = lexicon().rules["company"]
    nouns = rules["list_sector_nouns"]
    for role in rules["list_role_words"]:  # 等行业龙头企业: the firms that lead the sector
        between = between.removesuffix(role)
    return any(n in between for n in nouns) and not between.endswith(tuple(nouns))


def _list_items(t: Text, end: int, platforms: bool = False) -> list[Candidate]:
    """The items of a list read back from its end: joined by 、, the last one by 和/与/及 too
    (澄光、瑞禾和青泓等企业)."""
    items = []
    last_item = True
    while end > 0:
        end = _gloss_opening(t, end, _LIST_NOTE_REACH) or end  # 澄川新材(投资60亿)、: the item before it
        start = name_start(t, end, "", HeadInfo("COMPANY"))
        if start < end and _is_short_name(t, start, end, platforms):
            items.append(Candidate("COMPANY", start, end, "rule:company.list"))
        # (a 和 joins names only after a last item that is one: 研发和生产等企业 lists no firm)
        joiner = _list_joiner_before(t, start, last_item=last_item and bool(items))
        if not joiner:
            break
        end, last_item = start - joiner, False
    return items


_LAST_ITEM_JOINERS = ("以及", "和", "与", "及")  # join the last item of a list to the others


def _list_joiner_before(t: Text, start: int, last_item: bool) -> int:
    """The length of the mark joining the item at ``start`` to the one before it: 、 anywhere,
    和/与/及 before the last item only (A、B和C); 0 where none."""
    if start > 0 and t.joined[start - 1] == "、":
        return 1
    if last_item:
        for word in _LAST_ITEM_JOINERS:
            if t.joined.endswith(word, 0, start) and t.is_boundary(start) and t.is_boundary(start - len(word)):
                return len(word)
    return 0


_LIST_NOTE_REACH = 20  # characters a note after a list item may take: (投资60亿)
_NAME_GLOSS_REACH = 30  # ... and a gloss after a name defining a short one: (青禾高新区)


def _gloss_opening(t: Text, at: int, reach: int) -> int | None:
    """Where a bracketed gloss closing right before ``at`` opens, within ``reach`` characters
    (澄川新材|(投资60亿)|、); None when no gloss closes there."""
    if at > 0 and t.joined[at - 1] == ")":
        open_at = t.joined.rfind("(", max(0, at - reach), at)
        if open_at > 0:
            return open_at
    return None


def _is_short_name(t: Text, start: int, end: int, platform: bool = False) -> bool:
    lex = lexicon()
    text = t.joined[start:end]
    if not 2 <= len(text) <= 10 or not HAN.match(text.replace("(", "").replace(")", "")):
        return False
    if text in lex.regions or text.endswith(("企业", "公司")) or lex.industry_re.fullmatch(text):
        return False  # a bare industry word (机器人, 新能源) is a sector, not a short name
    words = [w for w in modifier_words(t, start, end) if not lex.is_region_word(w)]
    if covered_by("".join(words), lex.generic):
        return False
    if platform:  # a list of platforms of one kind names them with ordinary words (青禾创业训练营),
        # but not with ordinary words alone: those are the platforms' fields (新材料、现代农业2个众创空间)
        return not all(w in lex.plain_words or w in lex.generic for w in words)
    # a short name holds a brand or ends in an industry word (not 工商注册、专利数据库等…企业)
    return any(map(_is_proper_word, words)) or bool(lex.industry_re.fullmatch(words[-1] if words else ""))


def brand_candidates(t: Text) -> list[Candidate]:
    """Short names made of a brand the segmenter does not know and an industry word
    (慕典科技, 纳美特科技, 烯宇新材料)."""
    lex = lexicon()
    company = HeadInfo("COMPANY")
    found = []
    for match in lex.industry_re.finditer(t.joined):
        # what follows is asked first: it needs no name (reading one leftwards costs the most)
        if not t.is_boundary(match.end()) or not _ends_phrase(t, match.end()):
            continue
        start = name_start(t, match.start(), match.group(), company)
        if _is_brand(t, _after_place(t, start, match.start()), match.start()):
            found.append(Candidate("COMPANY", start, match.end(), "rule:company.brand"))
    return found


def _after_place(t: Text, start: int, end: int) -> int:
    """Where a short name's brand starts after a leading place (湖南|荣桓科技: SPEC 6.1, the place
    is part of the name but no part of the brand)."""
    tok = t.tokens[t.token_at[start]]
    if tok.start == start and tok.end < end and tok.text in lexicon().regions:
        return tok.end
    return start


def _is_brand(t: Text, start: int, end: int) -> bool:
    """A brand is no word the segmenter knows, and holds no common word (发展, 提升, 数字)."""
    lex = lexicon()
    brand = t.joined[start:end]
    if not 2 <= len(brand) <= lex.rules["company"]["brand_max_chars"] or not HAN.match(brand):
        return False
    if NUMERAL.match(brand[0]) or t.joined[start - 1 : start].isdigit() or lex.known_word(brand):
        return False
    if covered_by(brand, lex.industry_words):
        return False  # 光伏材料, 智能装备: industry words only name a sector
    words = [w for w in modifier_words(t, start, end) if len(w) >= 2]
    if any(len(w) >= 4 and not _is_proper_word(w) for w in words):
        return False  # 国际航运|船舶: a long token the segmenter's user words glue from two common words
    return not any(lex.known_word(w) or lex.is_region_word(w) or w in lex.plain_words for w in words)


def _ends_phrase(t: Text, end: int) -> bool:
    """A short name is not the start of a longer noun phrase (智能网联农机装备, 储能电池产品):
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
    # a platform's brand a company is named after (澄创汇服务平台 … 澄创汇发展公司): the bare
    # brand names the platform as much as the firm, so it is no alias of the firm
    platforms = [t.joined[c.start : c.end] for c in cands if c.type == "PLATFORM"]
    return {a: full for a, full in aliases.items() if not any(p.startswith(a) for p in platforms)}


def link_aliases(t: Text, cands: list[Candidate], aliases: dict[str, str]) -> list[Candidate]:
    """Short company names found by any rule or the model point to their full name."""
    for c in cands:
        if c.type == "COMPANY" and not c.legal and c.alias_of is None:
            c.alias_of = aliases.get(t.joined[c.start : c.end])
    return cands


def alias_candidates(t: Text, aliases: dict[str, str]) -> list[Candidate]:
    """Short names of registered companies named in full (禾科模具 ↔ 澄川禾科模具制造有限公司)."""
    found = []
    if aliases:
        for m in PhraseMatcher(aliases).finditer(t.joined):  # the leftmost, longest name, as an alternation
            if t.is_boundary(m.start()):
                start = _leading_place(t, m.start())
                found.append(Candidate("COMPANY", start, m.end(), "rule:company.alias", alias_of=aliases[m.group()]))
    return found


def _leading_place(t: Text, start: int) -> int:
    """A place written right before a short name is part of it (青禾裕澄 for 青禾裕澄材料有限公司:
    SPEC 6.1, a leading place name is part of an organisation's name)."""
    i = t.token_at[start] - 1 if start > 0 else -1
    if i >= 0 and t.tokens[i].end == start and t.tokens[i].text in lexicon().regions:
        return t.tokens[i].start
    return start


def defined_alias_candidates(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """A short name the text defines for the name before it (青禾高新技术产业开发区(以下简称
    “青禾高新区”)): the short name in the bracket and every later use of it are mentions of the
    same kind, quotes outside (corpus/ANNOTATION.md)."""
    ends = {c.end: c for c in cands if c.type in ALIAS_TYPES}
    spans = {(c.start, c.end) for c in cands}  # a short name another rule reads (海辰储能: a brand) keeps that reading
    found = []
    for m in lexicon().alias_definition_re.finditer(t.joined):
        # …开发区(青禾高新区)(以下简称…): the name ends before the gloss
        named = ends.get(m.start()) or ends.get(_gloss_opening(t, m.start(), _NAME_GLOSS_REACH))
        if named is None:
            continue
        full = written_name(t, named)
        short = m.group("alias")
        for use in re.finditer(re.escape(short), t.joined[m.start("alias") :]):
            start = m.start("alias") + use.start()
            if t.is_boundary(start) and t.is_boundary(start + len(short)) and (start, start + len(short)) not in spans:
                found.append(
                    Candidate(named.type, start, start + len(short), f"rule:{named.type.lower()}.defined_alias",
                              named.subtype, alias_of=full)
                )
    return found


def company_aliases(t: Text, c: Candidate) -> list[str]:
    """Prefixes of a company's core name (places and legal form removed), cut between tokens."""
    lex = lexicon()
    words = modifier_words(t, c.start, _head_start(t, c))
    while words and (lex.is_region_word(words[0]) or words[0].startswith("(")):
        words = words[1:]
    words = [w for w in words if w not in ("(", ")")]
    # a short name keeps a word of the brand (禾科 of 禾科模具); common words alone (知识产权,
    # 知识产权运营 of 青禾知识产权运营服务有限公司) say what the company does, not which it is
    aliases = ["".join(words[:n]) for n in range(1, len(words) + 1) if not all(map(_common_word, words[:n]))]
    minimum = lex.rules["company"]["alias_min_chars"]
    return [
        a
        for a in aliases
        if (len(a) >= minimum or len(a) == 2 and _is_proper_word(a)) and HAN.match(a) and a not in lex.generic
    ]


def _common_word(word: str) -> bool:
    """A common word of two or more characters (知识产权, 运营); single characters are pieces of a
    brand the segmenter split (裕|能, 瑜|珀)."""
    return len(word) >= 2 and lexicon().known_word(word)


def _head_start(t: Text, c: Candidate) -> int:
    name = t.joined[c.start : c.end]
    for head in sorted(lexicon().company_heads, key=len, reverse=True):
        if name.endswith(head):
            return c.end - len(head)
    return c.end


# --- the recogniser -------------------------------------------------------------------------


_LIST_CLAUSE = re.compile(r"[^,。;:!?()“”《》\s]+")
_CLAUSE_DELIMITER = re.compile(r"[,。;:!?()“”《》\s]")  # what ends a _LIST_CLAUSE run
_LIST_SEPARATOR = re.compile(r"、|和|与|及")


def listed_zones(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """Zones named by their place and a short name without a head, listed beside a zone named
    in full (仅次于青禾澄谷、北湖翠岭和澄川工业园): the list is of one kind, so each place + name
    item is a PLATFORM park too."""
    parks = {(c.start, c.end) for c in cands if c.type == "PLATFORM" and c.subtype == "park"}
    if not parks:
        return []
    regions = {c.end: c for c in cands if c.type == "REGION"}
    taken = [(c.start, c.end) for c in cands if c.type != "REGION"]
    found = []
    for clause in _clauses_holding(t.joined, sorted(parks)):  # any other clause has no park as an item
        items = _list_item_spans(clause)
        if len(items) < 2 or not any(item in parks for item in items):
            continue
        for start, end in items:
            zone = _place_and_name(t, start, end, regions, taken)
            if zone is not None:
                found.append(Candidate("PLATFORM", zone, end, "rule:platform.listed", "park"))
    return found


def listed_companies(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """Short names listed between companies found by their heads or brands (澄光集团、北湖拓澄、
    青禾化工等6个项目): the list is of one kind, so an item that is a short name is a COMPANY too,
    with two companies among the items at least. 等 closes a list (…等链主企业带动储能、摩托车等产业)."""
    companies = {(c.start, c.end) for c in cands if c.type == "COMPANY"}
    taken = [(c.start, c.end) for c in cands if c.type != "REGION"]
    found = []
    for clause in _clauses_holding(t.joined, sorted(companies)):
        for items, closed in _lists_in(t, _list_item_spans(clause)):
            # the first item may open with the clause's verb, the last run on after the list
            listed = [(s, e) for s, e in companies if s >= items[0][0] and e == items[0][1]
                      or (s, e) in items[1:-1] or s == items[-1][0] and e <= items[-1][1]]
            if len(items) < 3 or len(listed) < 2:
                continue
            for start, end in items[1:] if closed else items[1:-1]:  # (an open list's last item runs on)
                if not any(s < end and start < e for s, e in taken) and _listed_short_name(t, start, end):
                    found.append(Candidate("COMPANY", start, end, "rule:company.listed"))
    return found


def _lists_in(t: Text, items: list[tuple[int, int]]) -> list[tuple[list[tuple[int, int]], bool]]:
    """The enumerations among a clause's items, each with whether 等 closes it: an item holding 等
    ends one (its part before 等 is the last item) and its part after 等 opens the next."""
    lists: list[tuple[list[tuple[int, int]], bool]] = [([], False)]
    for start, end in items:
        etc = t.joined.find("等", start, end)
        if etc < 0:
            lists[-1][0].append((start, end))
            continue
        lists[-1] = (lists[-1][0] + [(start, etc)], True)
        lists.append(([(etc + 1, end)], False))
    return lists


def _listed_short_name(t: Text, start: int, end: int) -> bool:
    """An item of a list of companies that reads as a short name: a run of two to eight Chinese
    characters on token boundaries, no division or industry word alone, not ordinary words only."""
    lex = lexicon()
    text = t.joined[start:end]
    if not 2 <= len(text) <= 8 or not HAN.match(text) or not (t.is_boundary(start) and t.is_boundary(end)):
        return False
    if text in lex.regions or covered_by(text, lex.industry_words) or covered_by(text, lex.generic):
        return False  # (智能家居 is a sector)
    words = modifier_words(t, start, end)
    if text.endswith(lex.name_heads) or words[0] in lex.trim:
        return False  # 各类政策性银行, 大型国有商业银行: a head no name was found for names a kind
    return not all(w in lex.plain_words or w in lex.generic or w in lex.stop or lex.is_region_word(w) for w in words)


def place_joined_platforms(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """A platform two places build together names both, joined by a dash (青禾-北湖技术转移基地):
    the first place is part of the name, not a REGION beside it."""
    dashes = lexicon().platform["place_join_dashes"]
    regions = {c.end: c for c in cands if c.type == "REGION"}
    found = []
    for c in cands:
        if c.type == "PLATFORM" and c.start > 1 and t.joined[c.start - 1] in dashes:
            place = regions.get(c.start - 1)
            if place is not None:
                found.append(Candidate("PLATFORM", place.start, c.end, "rule:platform.place_joined", c.subtype))
    return found


def opened_platforms(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """Words that open a platform's official name (省部共建…国家重点实验室) start it even where the
    reader stopped at a word inside (省部共建青禾对地观测国家重点实验室 stops at 对)."""
    rules = lexicon().platform["name_openings"]
    longest = max(map(len, rules["words"]))  # an opening ends at most max_gap characters before
    found = []
    for c in cands:
        if c.type != "PLATFORM":
            continue
        window = t.joined[max(0, c.start - rules["max_gap"] - longest):c.start]
        for opening in rules["words"]:
            at = window.rfind(opening)
            if at >= 0 and HAN.match(window[at:]):
                start = c.start - len(window) + at
                found.append(Candidate("PLATFORM", start, c.end, "rule:platform.opened", c.subtype))
                break
    return found


def place_dropped_platforms(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """A platform the text names with its place or owner first (铜梁科创服务平台, 黔江区科技企业
    孵化基地) is the same platform where the text writes it again without them (经微信群、科创
    服务平台发布, 在该区科技企业孵化基地举行): the bare multi-word name of one platform
    (corpus/ANNOTATION.md, bare heads). Short rests (高新区, 科学城) are left to the bare-zone rules,
    designations (重点实验室) and counted or ranked uses name categories."""
    rests = _place_dropped_rests(t, cands)
    if not rests:
        return []  # the common case: no platform named with its place first
    taken = [(c.start, c.end) for c in cands]
    found = []
    for m in PhraseMatcher(rests).finditer(t.joined):
        start, end = m.start(), m.end()
        if any(a < end and start < b for a, b in taken) or not (t.is_boundary(start) and t.is_boundary(end)):
            continue
        named, head = rests[m.group()]
        words = modifier_words(t, start, end - len(head))
        if _opens_after_name_word(t, start) or not _platform_named(t, start, end, words, head):
            continue
        found.append(Candidate("PLATFORM", start, end, "rule:platform.place_dropped", named.subtype))
    return found


def _place_dropped_rests(t: Text, cands: list[Candidate]) -> dict[str, tuple[Candidate, str]]:
    """The rest of each platform name after a leading place or proper word, with its head."""
    lex = lexicon()
    shortest = lex.platform["place_dropped_min_chars"]
    rests = {}
    for c in cands:
        if c.type != "PLATFORM" or not c.source.endswith(".head"):
            continue
        first = t.tokens[t.token_at[c.start]]
        if first.start != c.start or first.end >= c.end:
            continue
        if not (first.text in lex.regions or _is_proper_word(first.text)):
            continue
        rest = t.joined[first.end : c.end]
        head = _platform_head_ending(rest)
        if head and len(rest) >= shortest and head not in lex.designations and rest not in lex.regions:
            rests[rest] = (c, head)
    return rests


def _platform_head_ending(name: str) -> str:
    """The longest platform head ``name`` ends with, or the empty string (a few set look-ups)."""
    start = lexicon().platform_head_endings.longest_start(name, 0, len(name))
    return name[start:] if start is not None else ""


def _opens_after_name_word(t: Text, start: int) -> bool:
    """Whether a word that could be part of a longer name stands right before ``start`` (农业|科技
    示范园): only punctuation, a line's start, a function word or the report's own words may."""
    if start == 0 or not NAME_TOKEN.match(t.joined[start - 1]):
        return False
    lex = lexicon()
    prev = t.tokens[t.token_at[start - 1]]
    if prev.end != start:
        return False  # the segmenter glued the name to the word before it
    return not (prev.text in lex.stop or prev.text in lex.stop_tagged or prev.text in lex.platform["own_zone_before"])


def _clauses_holding(text: str, spans: list[tuple[int, int]]) -> list[re.Match]:
    """The clauses (``_LIST_CLAUSE`` runs) of ``text`` that hold one of ``spans`` (sorted by start)
    whole, in text order: found from the spans, not by walking every clause of the document."""
    found: list[re.Match] = []
    clause = None
    for start, end in spans:
        if clause is None or not clause.start() <= start < clause.end():
            clause = _clause_at(text, start)
        if clause is not None and end <= clause.end() and (not found or found[-1].start() != clause.start()):
            found.append(clause)
    return found


def _clause_at(text: str, pos: int) -> re.Match | None:
    """The ``_LIST_CLAUSE`` run holding the character at ``pos``, or None (a delimiter there)."""
    start = pos
    while start > 0 and not _CLAUSE_DELIMITER.match(text, start - 1):
        start -= 1
    clause = _LIST_CLAUSE.match(text, start)
    return clause if clause is not None and clause.end() > pos else None


def _list_item_spans(clause: re.Match) -> list[tuple[int, int]]:
    """The items of an enumeration (A、B和C) in a clause, as spans of the joined text."""
    spans, start = [], clause.start()
    for sep in _LIST_SEPARATOR.finditer(clause.group()):
        spans.append((start, clause.start() + sep.start()))
        start = clause.start() + sep.end()
    spans.append((start, clause.end()))
    return spans


def _place_and_name(t: Text, start: int, end: int, regions: dict[int, Candidate],
                    taken: list[tuple[int, int]]) -> int | None:
    """Where a place + short name item (青禾澄谷) ending at ``end`` starts, or None."""
    lex = lexicon()
    for split in range(end - 2, max(start, end - 4) - 1, -1):  # the name: 2 to 4 characters
        region = regions.get(split)
        if region is None or region.start < start:
            continue
        name = t.joined[split:end]
        if (HAN.match(name) and name not in lex.regions and not covered_by(name, lex.generic)
                and name not in lex.leading and name not in lex.stop
                and not name.endswith(lex.name_heads) and t.is_boundary(split)
                and not any(s < end and split < e for s, e in taken)):
            return region.start
    return None


def drop_bare_zones_of_many(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """A bare 高新区 (开发区, 经开区 ...) names one zone only where the text names one zone of that
    kind; where it names two or more (南湖高新区 … 北湖高新区), the bare head is the category
    (高新区是…的主阵地: SPEC 6, a bare zone must refer to one specific zone), unless a bracket
    after it says which (经开区(北湖区))."""
    bare_heads = set(lexicon().platform["bare_ok"])
    names = [t.joined[c.start : c.end] if c.type == "PLATFORM" else "" for c in cands]
    many = {head for head in bare_heads & set(names) if _zones_named(names, head) >= 2}
    return [c for c, name in zip(cands, names, strict=True) if name not in many or _bracket_after(t, c.end)]


def drop_bare_zones_of_province(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """A bare 高新区 (经开区, 开发区) in a report about a province that names no zone of that kind
    is the category (由高新区培育的企业: every such zone of the province), not one zone (SPEC 6: a
    bare zone must refer to one specific zone), unless the report's own words say which (我市高新区)."""
    rules = lexicon().platform
    kinds = rules["province_category_kinds"]
    names = [t.joined[c.start : c.end] if c.type == "PLATFORM" else "" for c in cands]
    bare = set(names) & set(kinds)
    if not bare:
        return cands  # the common case: no bare zone
    collective = _kinds_named_for_a_province(t, cands, bare)  # 青禾省高新区…: the text speaks of all
    if not collective and not _about_a_province(cands):
        return cands  # a city's or a district's report
    backed = {k for k in bare if any(n not in kinds and n.endswith(tuple(kinds[k])) for n in names)}
    backed -= collective
    own = tuple(rules["own_zone_before"])
    listed = {c.end + 1 for c, name in zip(cands, names, strict=True) if name and name not in bare}
    return [
        c for c, name in zip(cands, names, strict=True)
        if name not in bare or name in backed or t.joined.endswith(own, 0, c.start) or _bracket_after(t, c.end)
        or (c.start in listed and t.joined[c.start - 1] in "、和及与")  # 澄川高新区、经开区: the same place's
    ]


def _kinds_named_for_a_province(t: Text, cands: list[Candidate], bare: set[str]) -> set[str]:
    """Kinds of zone the text names for a whole province or the country (湖北省高新区, 中国高新区):
    there a bare head of that kind speaks of all such zones too."""
    country = lexicon().platform["country_words"]
    found = {k for k in bare if any(w + k in t.joined for w in country)}
    for c in cands:
        if c.type == "REGION" and c.regions and all(map(_is_province_not_municipality, c.regions)):
            found |= {k for k in bare if t.joined.startswith(k, c.end)}
    return found


def _is_province_not_municipality(region: Region) -> bool:
    return region.level == "province" and not region.name.endswith("市")  # 重庆高新区 is one zone


def _about_a_province(cands: list[Candidate]) -> bool:
    """Whether the division the text names most (on its own, not inside a name such as
    浙江瑞丰…有限公司) is a province-level one, named more than any other."""
    names = [(c.start, c.end) for c in cands if c.type != "REGION"]
    counts = Counter(
        c.regions[0] for c in cands
        if c.type == "REGION" and len({r.name for r in c.regions}) == 1
        and not any(s <= c.start and c.end <= e for s, e in names)
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][0].level != "province":
        return False
    return len(ranked) == 1 or ranked[0][1] > ranked[1][1]


def _zones_named(names: list[str], head: str) -> int:
    """How many different zones the names ending in ``head`` name, level words aside (禾湖高新区
    is 澄川市禾湖高新区, 青禾高新区 is 澄川省青禾市高新区)."""
    cores = {re.sub("[省市县]", "", n[: -len(head)]) for n in names if n.endswith(head) and n != head}
    return sum(1 for a in cores if not any(b != a and b.endswith(a) for b in cores))


def _bracket_after(t: Text, end: int) -> bool:
    return t.joined.startswith("(", end)


def rule_candidates(t: Text) -> list[Candidate]:
    """Every mention the entity rules find in ``t``, overlaps resolved."""
    cands = choose_regions(head_candidates(t) + region_candidates(t))
    cands = drop_bare_zones_of_province(t, drop_bare_zones_of_many(t, cands))
    cands += abbreviation_regions(t, cands) + province_abbreviations(t) + city_short_forms(t, cands)
    cands += standalone_candidates(t) + quoted_service_candidates(t) + quoted_loan_candidates(t)
    cands += place_inside_candidates(t)
    cands += repeated_quoted_names(t, cands)
    cands += list_candidates(t)
    cands += brand_candidates(t)
    cands += defined_alias_candidates(t, cands)
    cands += listed_zones(t, cands) + listed_companies(t, cands)
    cands += place_dropped_platforms(t, cands)
    cands += place_joined_platforms(t, cands) + opened_platforms(t, cands)
    aliases = alias_map(t, cands)
    cands += alias_candidates(t, aliases)
    return link_aliases(t, cands, aliases)


def model_candidates(
    t: Text, ents: list[tuple[int, int, str]], types: frozenset[str], source: str = "model:ner"
) -> list[Candidate]:
    """Candidates for the model's spans of ``types``: a REGION only where the table knows the
    name, a PLATFORM's subtype from the head its name ends with."""
    lex = lexicon()
    found = []
    for start, end, label in ents:
        surface = t.joined[start:end]
        if label not in types or (label == "REGION" and surface not in lex.regions):
            continue
        cand = Candidate(label, start, end, source)
        cand.regions = lex.regions.get(surface, ()) if label == "REGION" else ()
        if label == "PLATFORM":
            cand.subtype = _platform_subtype(surface)
        found.append(cand)
    return found


def _platform_subtype(name: str) -> str | None:
    lex = lexicon()
    heads = [h for h, info in lex.heads.items() if info.type == "PLATFORM" and name.endswith(h)]
    return lex.heads[max(heads, key=len)].subtype if heads else None


def written_name(t: Text, c: Candidate) -> str:
    """The name as written in the original text, without the line breaks inside it."""
    start, end = t.to_original(c.start, c.end)
    if end - start == c.end - c.start:  # no line break was joined inside it (the offsets only grow):
        return t.original[start:end].replace("\n", "")  # one slice, not a character at a time
    return "".join(t.original[i] for i in t.offsets[c.start : c.end] if start <= i < end).replace("\n", "")


def to_mention(t: Text, c: Candidate) -> Mention:
    """A candidate as a SPEC mention of the original text, with its written name as the norm."""
    start, end = t.to_original(c.start, c.end)
    name = c.name if c.type == "REGION" else written_name(t, c)
    norm = {"name": name}
    if c.type == "PLATFORM":
        norm["subtype"] = c.subtype or "other"
    if c.alias_of and c.alias_of != name:
        norm["alias_of"] = c.alias_of
    return make_mention(c.type, t.original, start, end, norm, c.source)


class Recogniser:
    """Rules plus (optionally) a statistical model over one segmenter; build once, call often.

    ``model_dir`` holds either a character CRF (``model.crfsuite``, extract.crf) or a spaCy
    ner pipeline (``config.cfg``). ``merge`` says how the model's spans meet the rules' for
    ``model_types``: "add" keeps every rule mention and adds model spans that overlap none;
    "override" lets a model span replace the rule mentions it overlaps; "replace" also drops
    the rule mentions of those types that the model does not tag.
    """

    def __init__(
        self,
        model: bool = True,
        segmenter: str = "jieba",
        model_dir: Path | None = None,
        model_types: frozenset[str] | None = None,
        merge: str | None = None,
    ) -> None:
        model_dir = Path(model_dir or MODEL_DIR)
        self.crf = crf.Tagger(model_dir) if model and (model_dir / crf.MODEL_FILE).is_file() else None
        self.model = model
        spacy_model = model and self.crf is None
        settings = crf.settings(model_dir) if self.crf else {}
        self.model_types = model_types or frozenset(settings.get("types", MODEL_TYPES))
        self.merge = merge or settings.get("merge", "add")
        self.segmenter = segmenter
        self.nlp = load_model(model_dir, segmenter) if spacy_model else make_nlp(segmenter)
        self.spacy_model = spacy_model

    def prepare(self, text: str, folded: str | None = None) -> tuple[Text, list[tuple[int, int, str]]]:
        """The document's joined text and tokens, and the spaCy model's entities (start, end, label)."""
        joined, offsets = join_broken_lines(fold_width(text) if folded is None else folded)
        t = Text(text, joined, offsets)
        if not self.spacy_model:  # the rules and the CRF need only the words: no spaCy Doc
            t.set_tokens(tokenize(joined, self.segmenter))
            return t, []
        doc = self.nlp(joined)
        t.set_tokens([Token(tok.idx, tok.idx + len(tok.text), tok.text) for tok in doc])
        return t, [(e.start_char, e.end_char, e.label_) for e in doc.ents]

    def rule_view(self, text: str, folded: str | None = None
                  ) -> tuple[Text, list[tuple[int, int, str]], list[Candidate], list[Mention]]:
        """The prepared text, the spaCy model's entities, the rule candidates and the rules' mentions."""
        t, ents = self.prepare(text, folded)
        rules = rule_candidates(t)
        return t, ents, rules, resolve_overlaps([to_mention(t, c) for c in rules])

    def __call__(self, text: str, folded: str | None = None) -> list[Mention]:
        t, ents, rules, mentions = self.rule_view(text, folded)
        if not self.model:
            return mentions
        if self.crf is not None:
            layers = model_layers(t, mentions)
            ents = self.crf(t.joined, [(tok.start, tok.end) for tok in t.tokens], layers, model_windows(t, layers))
        source = "model:crf" if self.crf else "model:ner"
        found = [c for c in model_candidates(t, ents, self.model_types, source) if not _is_rule_span(c, t, mentions)]
        found = choose_regions(link_aliases(t, found, alias_map(t, rules)))
        extra = [to_mention(t, c) for c in found]
        if self.merge == "replace":  # the model decides: a rule mention stays only where it agrees
            kept = {(s, e, label) for s, e, label in _original_spans(t, ents)}
            mentions = [m for m in mentions if m["type"] not in self.model_types or
                        (m["start"], m["end"], m["type"]) in kept]
        if self.merge in ("override", "replace"):
            mentions = [m for m in mentions if not any(_mention_overlap(m, e) for e in extra)]
        else:
            extra = [e for e in extra if not any(_mention_overlap(m, e) for m in mentions)]
        return resolve_overlaps(mentions + extra)


def _original_spans(t: Text, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    return [(*t.to_original(s, e), label) for s, e, label in ents if e > s]


def _mention_overlap(a: Mention, b: Mention) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _is_rule_span(c: Candidate, t: Text, mentions: list[Mention]) -> bool:
    """The model agrees with a rule mention: the rule's own mention (and norm) stays."""
    start, end = t.to_original(c.start, c.end)
    return any(m["start"] == start and m["end"] == end and m["type"] == c.type for m in mentions)


def model_windows(t: Text, layers: dict[str, list[crf.Span]]) -> list[tuple[int, int]]:
    """Where the CRF looks: around the rules' mentions, heads and industry words (about 40%
    of a report's characters, holding nine in ten of its entities): this keeps it cheap."""
    cues = [(s, e) for name in MODEL_CUES for s, e, _ in layers[name]]
    return crf.windows(len(t.joined), cues, *MODEL_WINDOW)


def model_layers(t: Text, mentions: list[Mention]) -> dict[str, list[crf.Span]]:
    """What the CRF sees besides the characters, as spans of ``t.joined``: the rules' own
    mentions, every head of a name, division names, industry words, and words the
    dictionary knows (K) or not (U: a brand is usually an unknown word)."""
    lex = lexicon()
    where = {original: i for i, original in enumerate(t.offsets)}
    rules = [(where[m["start"]], where[m["end"] - 1] + 1, m["type"]) for m in mentions if m["start"] in where]
    heads = [(m.start(), m.end(), lex.heads[m.group()].type) for m in lex.head_re.finditer(t.joined)]
    industry = [(m.start(), m.end(), "I") for m in lex.industry_re.finditer(t.joined)]
    regions, words = [], []
    for tok in t.tokens:
        if tok.text in lex.regions:
            regions.append((tok.start, tok.end, "R"))
        if len(tok.text) >= 2 and HAN.match(tok.text):
            words.append((tok.start, tok.end, "K" if lex.known_word(tok.text) else "U"))
    return {"rule": rules, "head": heads, "region": regions, "industry": industry, "word": words}


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
def get_recogniser(model: bool | str = True, segmenter: str = "jieba") -> Recogniser:
    """One recogniser per (model, segmenter) and process; ``model`` may name a model directory."""
    if isinstance(model, str):
        return Recogniser(model=True, segmenter=segmenter, model_dir=Path(model))
    return Recogniser(model=model, segmenter=segmenter)


def find_entities(text: str, *, model: bool | str = True, segmenter: str = "jieba",
                  folded: str | None = None) -> list[Mention]:
    """COMPANY, PLATFORM, LOAN, REGION and INSTITUTION mentions of ``text``, flat and in order.

    ``model`` adds the trained model's finds (True: the one in ``MODEL_DIR``; a string: the
    model in that directory, a CRF or a spaCy ner pipeline); ``segmenter`` is "jieba"
    or "pkuseg". Each mention's ``text`` is ``text[start:end]``; ``norm`` holds the canonical
    ``name`` (and a PLATFORM's ``subtype``); ``source`` names the rule, "model:crf" or "model:ner".
    """
    return get_recogniser(model, segmenter)(text, folded)
