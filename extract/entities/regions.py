"""REGION mentions: tokens that are (or are made of) division names, with each name's official
form chosen from the places the document names; one-character and city short forms of a
division the document names in full; province abbreviations after 全/在/来.

Fed by the division table (rules/regions.tsv) and the [region] rules (words before and after an
abbreviation, set phrases, person titles, words a place name may not be followed by).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from extract.entities.text import Candidate, Text
from extract.entities.words import HAN, LEVEL_WORDS, lexicon
from extract.lexicon import (
    Region,
    WordPlaces,
    division_pieces,
    region_table,
)


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
        if i > 0 and t.tokens[i - 1].end == tok.start and lexicon().joined_after_name(tok.text, t.tokens[i - 1].text):
            continue  # 科技局和县财政局: 和 joins two bodies, 县 opens the second
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
    for char in _abbreviation_chars().finditer(t.joined):
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
        if t.joined.startswith(tuple(lex.region_rules["abbrev_grouping_after"]), at + 1):
            continue  # 在澄|东北经济区 as 川东北: a grouping of the province's parts, no division
        abbrev = t.joined[at]
        found.append(Candidate("REGION", at, at + 1, "rule:region.province_abbreviation", name=table[abbrev]))
    return found + slogan_abbreviations(t)


def slogan_abbreviations(t: Text) -> list[Candidate]:
    """A province's abbreviation in a fixed slogan (科技兴X, 人才强X, 依法治X, X商 as its
    merchants: SPEC 6.1, a one-character abbreviation that clearly names a division): the
    slogan's words are read on the characters, since the segmenter cuts them many ways."""
    rules = lexicon().region_rules
    table = rules["province_abbrev"]
    found = []
    for m in _slogan_pattern().finditer(t.joined):
        at = m.end() - 1
        if not t.joined.startswith(tuple(rules["abbrev_grouping_after"]), at + 1):
            found.append(Candidate("REGION", at, at + 1, "rule:region.slogan_abbreviation", name=table[t.joined[at]]))
    not_merchants = tuple(rules["merchants_not_followed_by"])
    for m in _merchants_pattern().finditer(t.joined):
        at = m.start()
        before_ok = at == 0 or not HAN.match(t.joined[at - 1]) or t.joined[at - 1] in rules["merchants_before"]
        if before_ok and not t.joined.startswith(not_merchants, m.end()):
            found.append(Candidate("REGION", at, at + 1, "rule:region.slogan_abbreviation", name=table[t.joined[at]]))
    return found


# The three patterns below are built once per process from the [region] rules (not per document:
# a set of the abbreviations made and hashed for each call's cache key cost more than the scans)
@functools.cache
def _merchants_pattern() -> re.Pattern:
    """An abbreviation right before 商 (X商回归): one scan in C finds the few places."""
    rules = lexicon().region_rules
    return re.compile(_any_of(rules["province_abbrev"]) + re.escape(rules["merchants_after"]))


@functools.cache
def _slogan_pattern() -> re.Pattern:
    """One of the slogan words right before an abbreviation (科技兴|X)."""
    rules = lexicon().region_rules
    words = "|".join(re.escape(w) for w in sorted(rules["slogan_before"], key=len, reverse=True))
    return re.compile("(?:" + words + ")" + _any_of(rules["province_abbrev"]))


@functools.cache
def _abbreviation_chars() -> re.Pattern:
    """A pattern matching any one of the provinces' abbreviations."""
    return re.compile(_any_of(lexicon().region_rules["province_abbrev"]))


def _any_of(chars: Iterable[str]) -> str:
    """A character class of ``chars``."""
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


def is_province_not_municipality(region: Region) -> bool:
    """A province-level division that is no city: its bare zones are many (not 重庆高新区, one zone)."""
    return region.level == "province" and not region.name.endswith("市")  # 重庆高新区 is one zone
