"""The entity rule files compiled once (``lexicon()``) and the word tests every rule shares.

Holds the word classes of rules/entity_common.toml [word_classes] (counters, prepositions,
enumerators, level words ...), the heads and boundary words of rules/entity_common.toml and the
type files it names (read through ``extract.lexicon.entity_rules``: company, institution,
platform, loan, region, alias), the division table (rules/regions.tsv) and the segmenter's
dictionary (``known_word``). Decides what a generic word, a proper (unknown) word, a quoted name
and a platform head's subtype are.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from extract.entities.text import Text
from extract.lexicon import (
    PhraseMatcher,
    Suffixes,
    entity_rules,
    platform_heads,
    region_table,
    words_tagged,
)
from extract.rules import load_rules, read_lines
from extract.segment import jieba_segmenter

# word classes of the rules' small checks (names, heads, lists ...), explained in
# rules/entity_common.toml [word_classes]
_WORD_CLASSES = load_rules("entity_common")["word_classes"]
COUNTERS = _WORD_CLASSES["counters"]  # measure words a count may carry inside one token (5家, 两个)
# a count, or a count epithet (三大平台, 四大行动: SPEC 6: 三大先机 is no quantity, nor a name)
NUMERAL = re.compile(rf"^第?[\d.一二三四五六七八九十百千万亿两几数多余]+[{COUNTERS}大]?$")
CALENDAR_CHARS = _WORD_CLASSES["calendar_chars"]  # glued to a name right after a date (2031年青澄…)
COUNT_MARKS = CALENDAR_CHARS + COUNTERS  # a date's or a count's mark after its number (年, 号, 家, 批)
PREPOSITIONS = _WORD_CLASSES["prepositions"]  # glued by the segmenter to an unknown place (自青禾)
LEVEL_WORD_PREPOSITIONS = _WORD_CLASSES["level_word_prepositions"]  # glued to a level word only (为区, 到市)
RESULTS = _WORD_CLASSES["results"]  # a verb of making's result (打造成, 培育成): the verb governs the name after it
COMPLEMENTS = _WORD_CLASSES["complements"]  # a verb's result glued to it (培育出): the verb still governs
DESTINATIONS = _WORD_CLASSES["destinations"]  # glued between a verb and the place it sends to (报至省)
HAN = re.compile(r"^[\u3400-\u9fff]+$")
ENUMERATORS = frozenset(_WORD_CLASSES["enumerators"])  # the joins of a list of names (、, 和 ...)
CONJUNCTIONS = frozenset(w for w in ENUMERATORS if HAN.match(w))  # the joins that are words (和, 与, 及), not 、
NAME_TOKEN = re.compile(r"^[\u3400-\u9fffA-Za-z·]+$")
LEVEL_WORDS = frozenset(_WORD_CLASSES["level_words"])
KNOWN_WORD_FREQ = 50
GOV_HEADS = frozenset(_WORD_CLASSES["gov_heads"])
JOINERS = _WORD_CLASSES["joiners"]  # conjunctions that also open division names (和县, 同心县)


# what ends a clause or a list item (the text is width-folded: , and ( are ASCII)
CLAUSE_MARK = re.compile(r"[,。;:!?、“”()]")


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
        # one step per rule file or concern; later steps read what earlier ones built (the heads,
        # the stop words, the generic words, the division table)
        self._compile_heads(rules)
        self._compile_boundaries(rules)
        self._compile_region_and_alias(rules)
        self._compile_company(rules)
        self._compile_loan_and_institution(rules)
        self._compile_platform(rules)
        self._compile_dictionary_words(rules)
        self._compile_generic_sets(rules)

    def _compile_heads(self, rules: dict) -> None:
        """What ends a name (its head, by type) and the names that stand alone without one."""
        self.heads = self._heads(rules)
        self.head_re = PhraseMatcher(self.heads)
        self.exact_re = re.compile("|".join(map(re.escape, rules["institution"]["exact"])))
        # names that stand alone: bodies' short forms (省委, 国务院) and big banks' (中行)
        bodies = rules["institution"]["exact"] + rules["institution"]["short_forms"]
        self.standalone = {n: "INSTITUTION" for n in bodies}
        self.standalone.update({n: "COMPANY" for n in rules["company"]["bank_short_forms"]})
        self.standalone_re = PhraseMatcher(self.standalone)
        self.name_heads = tuple(h for h, i in self.heads.items() if i.type != "LOAN")
        self.body_heads = tuple(h for h, i in self.heads.items() if i.type == "INSTITUTION")

    def _compile_boundaries(self, rules: dict) -> None:
        """Where a name read leftwards stops ([boundary]) and what its left edge may not keep ([name])."""
        self.apposition = set(rules["boundary"]["apposition_nouns"])
        self.stop = set(rules["boundary"]["stop"])
        self.trim = set(rules["name"]["trim"])
        # a verb's result or a preposition the segmenter glues to a name's first word (孵化|出澄川, 项目|由爱澄)
        self.glued_before_name = COMPLEMENTS + "".join(rules["name"]["glued_prepositions"])
        # frozen (hashable): ``covered_by`` keeps its answers for this set and the ones below
        self.generic = frozenset(rules["name"]["generic"])
        self.generic_suffixes = tuple(rules["name"]["generic_suffixes"])
        self.max_chars = rules["boundary"]["max_chars"]
        self.attributive_verbs = set(rules["boundary"]["stop_unless_next_to_head"])

    def _compile_region_and_alias(self, rules: dict) -> None:
        """The region rules and the bracket that defines an alias (简称“澄投”) after a name."""
        self.region_rules = rules["region"]
        markers = "|".join(map(re.escape, sorted(rules["alias"]["markers"], key=len, reverse=True)))
        self.alias_definition_re = re.compile(
            rf"\((?:{markers})[“\"「]?(?P<alias>[\u3400-\u9fffA-Za-z]{{2,12}})[”\"」]?\)"
        )

    def _compile_company(self, rules: dict) -> None:
        """A firm's heads, trade and industry words, and the listed short names (rules/company_names.tsv)."""
        self.company_heads = set(rules["company"]["heads"])
        self.company_head_endings = tuple(self.company_heads)  # for str.endswith, built once
        # what names a bank, the owner a branch (分行, 支行) is read after: 银行, 农商行, 中行 ...
        self.bank_words = tuple(h for h in self.company_heads if "行" in h or "农信" in h or "信用" in h)
        self.business_words = frozenset(rules["company"]["business_words"])
        self.central_bank = tuple(rules["company"]["central_bank"])
        self.industry_words = frozenset(rules["company"]["industry_words"])
        self.material_chars = frozenset(rules["company"]["material_chars"])
        self.material_forms = frozenset(rules["company"]["material_forms"])
        self.industry_re = PhraseMatcher(self.industry_words)
        # short names of listed companies (rules/company_names.tsv), found in one pass of an automaton
        self.company_names = frozenset(read_lines(rules["company"]["table_file"]))
        self.company_name_re = PhraseMatcher(self.company_names)

    def _compile_loan_and_institution(self, rules: dict) -> None:
        """A loan's own stop words (the common ones, changed) and a body's divisions and head-like words."""
        self.loan = rules["loan"]
        self.loan_stop = (self.stop | set(self.loan["extra_stop"])) - set(self.loan["not_stop"])
        self.institution = rules["institution"]
        division = self.institution["division"]
        self.division_re = re.compile(
            rf"[\u4e00-\u9fff]{{1,{division['max_chars']}}}?(?P<head>{'|'.join(division['heads'])})"
            rf"(?=(?:{'|'.join(map(re.escape, division['before']))}))")
        self.words_ending_in_head = tuple(self.institution["words_ending_in_head"])  # for str.endswith

    def _compile_platform(self, rules: dict) -> None:
        """A platform's heads by subtype, its designations, and the places and counts read inside one."""
        self.platform = rules["platform"]
        self.park_heads = set(self.platform["heads"]["park"])
        inside = self.platform["place_inside"]
        self.place_inside_re = re.compile(
            "(" + "|".join(map(re.escape, inside["openings"])) + r")([\u4e00-\u9fff]{2,4}?)("
            + "|".join(map(re.escape, inside["heads"])) + ")")
        self.count_after_re = re.compile(self.platform["count_after"])
        self.designations = set(self.platform["designations"])
        self.platform_heads = tuple(platform_heads())
        self.platform_head_endings = Suffixes(self.platform_heads)

    def _compile_dictionary_words(self, rules: dict) -> None:
        """Word sets read from the segmenter's dictionary by tag, less the divisions (and the generic
        words): no brand (plain words), a zone's proper word (places), a listed name's words, words
        that lead a name and words that stop one."""
        # words the dictionary tags as anything but a name (深耕 v, 网联 n) are no brands
        self.plain_words = words_tagged(frozenset(rules["name"]["plain_tags"]), min_freq=1) - set(self.regions)
        # words the dictionary tags as places (ns) that no division bears: a zone's proper word may be one
        name_tags = frozenset(rules["company"]["list_name_tags"])
        by_tag = words_by_tag(name_tags | {"ns"})  # one read of the dictionary for both sets
        self.place_words = by_tag["ns"] - set(self.regions)
        self.listed_name_words = frozenset().union(*(by_tag[tag] for tag in name_tags)) - set(self.regions)
        keep = self.generic | set(rules["name"]["not_leading"]) | set(self.regions)
        self.leading = words_tagged(frozenset(rules["name"]["leading_tags"])) - keep
        self.stop_tagged = words_tagged(frozenset(rules["name"]["stop_tags"])) - keep

    def _compile_generic_sets(self, rules: dict) -> None:
        """The generic words by type, and the sets whose ``covered_by`` answers are kept."""
        self.generic_for = {
            "LOAN": frozenset(self.loan["generic"]),  # 商业贷款, 科技再贷款 are kinds of loan
            "INSTITUTION": self.generic | set(self.institution["generic"]),
        }
        # before a bare 平台, kinds of technology make no name either (区块链平台, 人工智能平台)
        self.platform_kind_words = self.generic | set(self.platform["technology_kinds"])
        # the sets whose ``covered_by`` answers are kept: they live as long as the lexicon (a set
        # made per call, such as a union of two, is not kept: each would hold its own cache entry)
        self.kept_word_sets = frozenset(map(id, (self.generic, self.business_words, self.industry_words,
                                                 self.platform_kind_words, *self.generic_for.values())))

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

    def joined_after_name(self, word: str, before: str) -> bool:
        """``word`` (和县 of 科技局|和县|财政局) opens on a conjunction right after a body's head in
        ``before`` and the rest is a division or a level word: the conjunction joins two bodies."""
        return (
            len(word) >= 2 and word[0] in JOINERS and before.endswith(self.body_heads)
            and self.is_region_word(word[1:])
        )

    def is_region_word(self, word: str) -> bool:
        """A division's name or short form, or a bare level word (省, 县 ...)."""
        return word in self.regions or word in LEVEL_WORDS


@functools.cache
def lexicon() -> Lexicon:
    """The entity rule files compiled once per process."""
    return Lexicon()


def after_digit(t: Text, start: int) -> bool:
    """A name never starts right after a digit: its first word is the count's unit (珠三角7|市…开发区)."""
    return start > 0 and t.joined[start - 1].isdigit()


DIGIT_TAG_BEFORE = re.compile(r"[0-9A-Za-z]*[0-9][0-9A-Za-z]*$")


def after_digit_tag(t: Text, start: int) -> bool:
    """A tag of digits and letters ends right before ``start`` (拓川5G|车联网测试实验场): the name
    opens with the tag, which the reader cannot take, so what it read is a name cut short."""
    return DIGIT_TAG_BEFORE.search(t.joined[max(0, start - 12) : start]) is not None  # also a bare digit


OPEN_QUOTES, CLOSE_QUOTES = "“\"「『", "”\"」』"


def is_quoted(t: Text, start: int, end: int) -> bool:
    """Whether ``joined[start:end]`` stands between quotation marks (“科企贷”)."""
    if start < 1 or end >= len(t.joined):
        return False
    return t.joined[start - 1] in OPEN_QUOTES and t.joined[end] in CLOSE_QUOTES


def quoted_section(t: Text, start: int, end: int) -> bool:
    """A quoted name right before a section word (“青禾快贷”专区) names a section of a platform."""
    sections = tuple(lexicon().platform["quoted_section_after"])
    return is_quoted(t, start, end) and t.joined.startswith(sections, end + 1)


def words_by_tag(tags: frozenset[str]) -> dict[str, frozenset[str]]:
    """The words jieba's bundled dictionary tags with each of ``tags``, read in one pass (each
    pass over its 350,000 lines costs about 0.2 s of start-up)."""
    import jieba

    found: dict[str, set[str]] = {tag: set() for tag in tags}
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[2] in found:
                found[parts[2]].add(parts[0])
    return {tag: frozenset(words) for tag, words in found.items()}


@functools.lru_cache(maxsize=1 << 16)  # asked for every word before many heads; bounded, as the words are many
def is_proper_word(word: str) -> bool:
    """A word the dictionary does not know, nor made of words it knows (拓川, not 联合开发)."""
    lex = lexicon()
    if len(word) < 2 or word in lex.generic or lex.known_word(word):
        return False
    def known(part: str) -> bool:
        return len(part) == 1 or lex.known_word(part)

    splits = [(word[:i], word[i:]) for i in range(1, len(word)) if len(word) > 2]
    return not any(known(a) and known(b) for a, b in splits)  # 深加工 = 深 + 加工


def covered_by(text: str, words: set[str] | frozenset[str]) -> bool:
    """Whether ``text`` is a concatenation of ``words`` (科技创新服务总 = 科技+创新+服务+总).

    The answers for the lexicon's own word sets (generic, trade and industry words) are kept: the
    same few words before a head are asked about in every document."""
    if id(words) in lexicon().kept_word_sets:
        return _covered_by_kept(text, words)
    return _covered_by(text, words)


@functools.lru_cache(maxsize=1 << 16)  # bounded; a frozenset keeps its hash, so a look-up costs little
def _covered_by_kept(text: str, words: frozenset[str]) -> bool:
    return _covered_by(text, words)


def _covered_by(text: str, words: set[str] | frozenset[str]) -> bool:
    reachable = [True] + [False] * len(text)
    for start in range(len(text)):  # onwards from every place a run of words reaches
        if reachable[start]:
            for end in range(start + 1, min(start + 6, len(text)) + 1):
                if not reachable[end] and text[start:end] in words:
                    reachable[end] = True
    return reachable[-1]


def platform_subtype(name: str) -> str | None:
    """The subtype of the longest platform head ``name`` ends with (park, lab ...), None for none."""
    lex = lexicon()
    heads = [h for h, info in lex.heads.items() if info.type == "PLATFORM" and name.endswith(h)]
    return lex.heads[max(heads, key=len)].subtype if heads else None
