"""Divisions by name: which division a canonical name is, its level, where it lies, which names a text holds.

Decides nothing about a document: ``region.py`` and ``fact_region.py`` ask here what a name is
(``division``, ``region_level``, ``ancestor_at``, ``lies_within``) and which divisions a title or an
organisation's name holds (``regions_named_in``, ``division_in_name``). Fed by the region table
(``rules/regions.tsv`` through ``extract/lexicon.py``).
"""

from __future__ import annotations

import functools
from collections import Counter

from extract.lexicon import LEVEL_RANK, Region, region_lengths, region_table
from extract.mentions import Mention


@functools.lru_cache(maxsize=1 << 12)  # asked several times per record, of a few names per document
def division(name: str | None) -> Region | None:
    """The division whose canonical name is ``name`` (None when unknown)."""
    return next((r for r in region_table().get(name or "", ()) if r.name == name), None)


def region_level(name: str) -> str | None:
    """province / prefecture / county for a canonical region name (None when unknown)."""
    region = division(name)
    return region.level if region else None


def ancestor_at(name: str | None, rank: int) -> str | None:
    """The division at level ``rank`` that contains ``name`` (itself when it is at or above it):
    a district's city at the prefecture rank (its municipality where it has no prefecture)."""
    region = division(name)
    if region is None or region.rank <= rank:
        return name
    return [region.province, region.prefecture][rank] or region.province or name


def level_rank(m: Mention) -> int:
    return LEVEL_RANK.get(region_level(m["norm"]["name"]) or "", -1)


def regions_named_in(title: str | None) -> list[Region]:
    """The divisions a title names (深圳市坪山区 → 深圳市, 坪山区), longest surface first at each
    place; an ambiguous short form counts only where another division named fits it."""
    return list(_regions_named_in(title))


# Asked for the name of every body, company and platform mention, and a document names the same
# few again and again: answers are kept (a bounded cache, so memory stays flat).
@functools.lru_cache(maxsize=1 << 14)
def _regions_named_in(title: str | None) -> tuple[Region, ...]:
    table, lengths, found, pos = region_table(), region_lengths(), [], 0
    while title and pos < len(title):
        # the longest name of 2 to 12 characters at pos (only the lengths of names starting so are tried)
        end = next((pos + n for n in lengths.get(title[pos], ()) if 2 <= n <= 12 and pos + n <= len(title)
                    and title[pos : pos + n] in table), None)
        if end is None:
            pos += 1
            continue
        found.append((title[pos:end], table[title[pos:end]]))
        pos = end
    names = {r.name for _, options in found if len(options) == 1 for r in options}
    chosen: list[tuple[str, Region]] = []
    for surface, options in found:
        fitting = [r for r in options if len(options) == 1 or r.province in names or r.prefecture in names]
        if len(fitting) != 1:  # 长沙: 长沙市 or its 长沙县; 河南: the province, not a county of that short name
            fitting = _highest_reading(options)
        if len(fitting) == 1:
            chosen.append((surface, fitting[0]))
    return tuple(r for surface, r in chosen if not _stray_short_form(surface, r, chosen))


def _highest_reading(options: tuple[Region, ...] | list[Region]) -> list[Region]:
    """The reading of an ambiguous short form that no other place named settles: a province's short
    form is the province (河南, not a county of that short name: the REGION recogniser reads it so in
    the text); a bare city name is the city where the other readings lie in it (长沙: 长沙市, not its
    长沙县); else none (西安: 西安市 or a 西安区 of another province)."""
    provinces = [r for r in options if r.level == "province"]
    if len(provinces) == 1:
        return provinces
    return [r for r in options if all(o is r or o.prefecture == r.name for o in options)]


def province_of(region: Region) -> str:
    """The province a division lies in (itself for a province or a municipality)."""
    return region.province or region.name


def _stray_short_form(surface: str, region: Region, chosen: list[tuple[str, Region]]) -> bool:
    """A short form read inside other words (以上高新区 → 上高, 创新和产业 → 新和): where the same
    string names a division of another province at least as firmly (more often, written in full, or
    at a higher level), the short form is no place of this text."""
    if surface == region.name:
        return False
    per_province = Counter(province_of(r) for _, r in chosen)

    def support(written: str, r: Region) -> tuple[int, bool, int]:
        return per_province[province_of(r)], written == r.name, -r.rank

    own = support(surface, region)
    return any(province_of(r) != province_of(region) and support(w, r) >= own for w, r in chosen)


def division_in_name(name: str, home_rank: int, province: str | None) -> str | None:
    """The division a zone's or company's name places it in, at the report's level or below and in
    the report's province (丽水青禾高新区 → 丽水市), else None."""
    return _only_one_at_lowest_level([r for r in regions_named_in(name) if r.rank >= home_rank
                                      and province in (None, province_of(r))])


def lies_within(inner: str | None, outer: str | None) -> bool:
    """True when the division ``inner`` lies inside the division ``outer`` (余杭区 in 杭州市)."""
    region = division(inner)
    return bool(region and outer and outer != inner and outer in (region.province, region.prefecture))


def _only_one_at_lowest_level(regions: list[Region]) -> str | None:
    """The division when the lowest level named holds just one (else None: no outside knowledge)."""
    if not regions:
        return None
    lowest = max(r.rank for r in regions)
    names = {r.name for r in regions if r.rank == lowest}
    return next(iter(names)) if len(names) == 1 else None
