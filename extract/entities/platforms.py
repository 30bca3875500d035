"""PLATFORM mentions read from the names other rules found: zones listed beside a zone named
in full, a platform named again without its place, two places joined by a dash, a name's
official opening words; and bare zone heads (高新区) that name a category, not one zone,
where the text names several zones of that kind or speaks of a whole province (SPEC 6).

Fed by rules/entity_platform.toml (bare heads, province category kinds, place-join dashes, name
openings, own-zone words).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from extract.entities.heads import platform_named
from extract.entities.lists import clauses_holding, list_item_spans
from extract.entities.names import modifier_words
from extract.entities.regions import is_province_not_municipality
from extract.entities.short_forms import quoted_names
from extract.entities.text import Candidate, Text
from extract.entities.words import ENUMERATORS, HAN, NAME_TOKEN, covered_by, is_proper_word, lexicon
from extract.lexicon import PhraseMatch, find_phrases


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
    for clause in clauses_holding(t.joined, sorted(parks)):  # any other clause has no park as an item
        items = list_item_spans(clause)
        if len(items) < 2 or not any(item in parks for item in items):
            continue
        for start, end in items:
            zone = _place_and_name(t, start, end, regions, taken)
            if zone is not None:
                found.append(Candidate("PLATFORM", zone, end, "rule:platform.listed", "park"))
    return found


def place_joined_platforms(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """A platform two places build together names both, joined by a dash (青禾-北湖技术转移基地),
    or by 与/和 where the name says they develop as one (北湖区与青禾县一体化发展示范区): the first
    place is part of the name, not a REGION beside it."""
    rules = lexicon().platform
    regions = {c.end: c for c in cands if c.type == "REGION"}
    found = []
    for c in cands:
        if c.type != "PLATFORM" or c.start < 2:
            continue
        joint = any(w in t.joined[c.start : c.end] for w in rules["joint_words"])
        mark = t.joined[c.start - 1]
        if mark in rules["place_join_dashes"] or mark in rules["place_join_conjunctions"] and joint:
            place = regions.get(c.start - 1)
            if place is not None:
                found.append(Candidate("PLATFORM", place.start, c.end, "rule:platform.place_joined", c.subtype))
    return found


def quoted_names_described(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """A quoted name right before words that say what kind of platform it is (“青禾链”产业金融对接
    平台, “澄川科创”综合服务平台): the quoted name is the platform, as it is right before a bare 平台
    (“青禾资本”平台), and the words after it describe it, no name of their own. A quoted slogan
    with a numeral (“两个二”协同发展平台) names nothing."""
    heads = tuple(lexicon().platform["quoted_name_before"])
    after_quote = {c.start: c for c in cands if c.type == "PLATFORM" and c.source.endswith(".head")}
    taken = {(c.start, c.end) for c in cands}
    described, named = set(), []
    for m in quoted_names(t.joined):
        end = _description_end(t, m.end() + 1, heads)
        if end is None or (m.start(), m.end()) in taken or _slogan(m.group()):
            continue
        kind = after_quote.get(m.end() + 1)
        if kind is not None and kind.end == end:
            described.add(id(kind))
        named.append(Candidate("PLATFORM", m.start(), m.end(), "rule:platform.quoted", "service"))
    if not named:
        return cands  # the common case: no quoted name before a platform's description
    return [c for c in cands if id(c) not in described] + named


def _description_end(t: Text, start: int, heads: tuple[str, ...]) -> int | None:
    """Where words that describe a platform, written from ``start`` (right after a closing quote)
    and ending in one of ``heads`` at a word's end, end; None if no such head stands within
    the rule's reach. A head right at ``start`` is the bare case, read by the quoted rules."""
    longest = lexicon().platform["quoted_name_described_max_chars"]
    window = t.joined[start : start + longest]
    for head in heads:
        at = window.find(head)
        end = start + at + len(head)
        if at > 0 and HAN.fullmatch(window[:at]) and t.is_boundary(end):
            return end
    return None


def _slogan(name: str) -> bool:
    """A quoted phrase that counts (“两个二”, “三链一体”) or names a category or a place, not one platform
    (quoted names are ideographs only: digits never reach here)."""
    lex = lexicon()
    return (any(ch in lex.platform["slogan_numerals"] for ch in name)
            or covered_by(name, lex.generic) or name in lex.regions)


def zone_short_forms(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """A zone the text names in full with a proper word before its head (澄谷科学城) is the same
    zone where the proper word stands alone (澄谷已集聚…): its short form, a PLATFORM park."""
    shorts = _zone_short_forms_named(t, cands)
    if not shorts:
        return []  # the common case: no zone named by a proper word
    return [Candidate("PLATFORM", m.start(), m.end(), "rule:platform.zone_short_form", "park")
            for m in _unclaimed_phrases(t, cands, shorts)]


def _unclaimed_phrases(t: Text, cands: list[Candidate], phrases: Iterable[str]) -> list[PhraseMatch]:
    """Where the text writes one of `phrases` again as whole words that no candidate holds yet:
    a name the document defined itself, met a second time."""
    taken = [(c.start, c.end) for c in cands]
    return [m for m in find_phrases(t.joined, phrases)
            if t.is_boundary(m.start()) and t.is_boundary(m.end())
            and not any(a < m.end() and m.start() < b for a, b in taken)]


def _zone_short_forms_named(t: Text, cands: list[Candidate]) -> list[str]:
    """The proper words that open a zone named by its head (澄谷 of 澄谷科学城): one token, no
    division's name, a word the dictionary does not know or tags as a place or a name."""
    lex = lexicon()
    rules = lex.platform
    shortest, longest = rules["zone_short_form_chars"]
    heads = tuple(rules["zone_short_form_heads"])
    shorts = set()
    for c in cands:
        if c.type != "PLATFORM" or c.subtype != "park" or not c.source.endswith(".head"):
            continue
        first = t.tokens[t.token_at[c.start]]
        if first.start == c.start and lex.is_region_word(first.text) and first.end < c.end:
            first = t.tokens[t.token_at[first.end]]  # 北湖|澄谷|高新区: the proper word after the city
        word, rest = first.text, t.joined[first.end : c.end]
        if first.start < c.start or not shortest <= len(word) <= longest or rest not in heads:
            continue
        if HAN.match(word) and not lex.is_region_word(word) and word not in lex.regions and (
            is_proper_word(word) or word in lex.listed_name_words or word in lex.place_words
        ):
            shorts.add(word)
    return sorted(shorts)


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
    found = []
    for m in _unclaimed_phrases(t, cands, rests):
        start, end = m.start(), m.end()
        named, head = rests[m.group()]
        words = modifier_words(t, start, end - len(head))
        if _opens_after_name_word(t, start) or not platform_named(t, start, end, words, head):
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
        if not (first.text in lex.regions or is_proper_word(first.text)):
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
        or (c.start in listed and t.joined[c.start - 1] in ENUMERATORS)  # 澄川高新区、经开区: the same place's
    ]


def _kinds_named_for_a_province(t: Text, cands: list[Candidate], bare: set[str]) -> set[str]:
    """Kinds of zone the text names for a whole province or the country (湖北省高新区, 中国高新区):
    there a bare head of that kind speaks of all such zones too."""
    country = lexicon().platform["country_words"]
    found = {k for k in bare if any(w + k in t.joined for w in country)}
    for c in cands:
        if c.type == "REGION" and c.regions and all(map(is_province_not_municipality, c.regions)):
            found |= {k for k in bare if t.joined.startswith(k, c.end)}
    return found


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


def owned_bases(t: Text, cands: list[Candidate], aliases: dict[str, str]) -> list[Candidate]:
    """A base whose name opens on the short name of a firm the text names (长风集团 … 长风储能电池
    装备基地): that firm's base, one PLATFORM with the brand inside (corpus/ANNOTATION.md, platb28), also
    where the dictionary knows the brand's word and the head rules find no owner in it."""
    if "基地" not in t.joined:
        return []  # the common case: no base named at all
    rules = lexicon().platform
    brands = _firm_brands(t, cands) | set(aliases)
    if not brands:
        return []
    taken = [(c.start, c.end) for c in cands if c.type == "PLATFORM"]
    found = []
    for m in find_phrases(t.joined, brands):
        if not t.is_boundary(m.start()) or not t.is_boundary(m.end()):
            continue
        end, head = _owned_base_end(t, m.end(), rules)
        if end is None or any(s < end and m.start() < e for s, e in taken):
            continue
        words = modifier_words(t, m.start(), end - len(head))
        if platform_named(t, m.start(), end, words, head, owned=True):
            found.append(Candidate("PLATFORM", m.start(), end, "rule:platform.owned_base", "other"))
    return found


def _firm_brands(t: Text, cands: list[Candidate]) -> set[str]:
    """The short names the text's firms go by: a firm's name as written, and without its group head
    (长风集团 → 长风), two characters at least and no place or generic word."""
    lex = lexicon()
    heads = tuple(lex.platform["owner_group_heads"])
    brands = set()
    for c in cands:
        if c.type != "COMPANY":
            continue
        name = t.joined[c.start : c.end]
        brands.add(name)
        core = name[: -len(next(h for h in heads if name.endswith(h)))] if name.endswith(heads) else ""
        if len(core) >= 2 and HAN.fullmatch(core) and core not in lex.regions and core not in lex.generic:
            brands.add(core)
    return brands


def _owned_base_end(t: Text, at: int, rules: dict) -> tuple[int | None, str]:
    """Where a base's name read on from a brand ending at ``at`` ends, and its head: whole words of
    a name (no function word, verb or number; a field verb only after a word of its own) up to the
    first base head, within one clause."""
    lex = lexicon()
    i, reach = t.token_at[at], at + rules["owned_base_max_chars"]
    while i < len(t.tokens) and t.tokens[i].end <= reach:
        tok = t.tokens[i]
        head = next((h for h in rules["owned_base_heads"] if tok.text.endswith(h)), None)
        if head and tok.end > at + len(head) and (i + 1 >= len(t.tokens) or t.is_boundary(tok.end)):
            return tok.end, head
        field_verb = tok.text in rules["owned_base_field_verbs"] and tok.start > at
        if not NAME_TOKEN.match(tok.text) or (tok.text in lex.stop or tok.text in lex.stop_tagged) and not field_verb:
            return None, ""
        i += 1
    return None, ""
