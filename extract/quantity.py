"""Recognise QUANTITY mentions: a number with what it counts or measures (SPEC section 3).

The text is width-folded first (``fold_width`` keeps every offset), then scanned for number
cores. Each core is read outward: a unit (or, for 万/亿 amounts, a money cue in the clause),
the modifiers written around it, a second number when it is a range, and the context rules
that say it is no quantity at all. Everything language-specific lives in ``rules/quantity_*``:
the code only knows the shape ``[modifier] number [余|多] [multiplier] unit [suffix]``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from extract.mentions import Mention, make_mention
from extract.numbers import numerals, read_folded_number, read_folded_range, to_plain
from extract.rules import load_rules
from extract.textnorm import fold_width

_RANGE_SEPARATORS = "—-至到"
_SIGN_CHARS = "-－−"
# The longest number a quantity is written with (两千三百四十五万六千七百八十九亿…: 30 or so);
# a longer run is a serial number, and each run is read prefix by prefix (quadratic in its length).
_LONGEST_NUMBER = 40  # only these (never an em dash, which separates ranges) negate a number


@dataclass(frozen=True, slots=True)
class Unit:
    """A written unit, the SPEC unit it normalises to, its dimension and factor."""

    written: str
    unit: str
    dimension: str
    factor: Decimal

    @property
    def source(self) -> str:
        """The mention source of a quantity with this unit."""
        return f"rule:{self.dimension}"


@dataclass(frozen=True, slots=True)
class ContextRule:
    """A rule of rules/quantity_*.toml that reads a number's context (before, after, its own shape)."""

    name: str
    before: re.Pattern | None
    after: re.Pattern | None
    number: re.Pattern | None
    units: frozenset[str] | None
    dimensions: frozenset[str] | None


@dataclass(frozen=True, slots=True)
class Suffix:
    """A modifier word after a quantity (以上, 左右 ...) and the units it may follow."""

    word: str
    modifier: str
    units: frozenset[str] | None
    not_followed_by: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """All quantity rules, compiled once."""

    run_re: re.Pattern  # a run of number characters
    worth_re: re.Pattern  # a run that something after it can make a quantity (see _worth_reading)
    start_chars: frozenset[str]  # characters a number may start with (not 零, not a bare 百)
    follow_chars: frozenset[str]  # characters that can follow a number that is a quantity
    unit_lookup: dict[str, tuple[Unit, str | None]]  # written form → unit, 多/余/半 inside 个…月
    unit_lengths: dict[str, tuple[int, ...]]  # first character → lengths of its written forms, longest first
    unit_guards: dict[str, re.Pattern]
    max_value: dict[str, Decimal]
    multipliers: dict[str, Decimal]
    half_dimensions: frozenset[str]
    half_guards: tuple[str, ...]
    rate_separators: tuple[str, ...]
    rate_denominators: tuple[str, ...]
    money_prefix: dict[str, str]
    money_suffix: tuple[str, ...]
    subunits: dict[str, dict[str, Decimal]]  # 元 → {角: 0.1, 分: 0.01}: smaller coins after an amount
    subunit_joiners: tuple[str, ...]
    prefixes: tuple[tuple[str, str], ...]
    prefix_guards: dict[str, tuple[str, ...]]
    prefix_gate: frozenset[str]  # last characters of anything a number's prefix can end with
    bare_prefixes: tuple[str, ...]
    bare_guards: frozenset[str]
    bare_modifier: str
    infixes: dict[str, str]
    suffixes: tuple[Suffix, ...]
    suffix_gate: frozenset[str]  # first characters of anything a quantity's suffix can start with
    money_cues: re.Pattern
    money_window: int
    clause_stops: frozenset[str]
    level_suffix: str
    size_re: re.Pattern  # what follows an amount sizing the things named after it (10亿以上企业)
    zones: tuple[re.Pattern, ...]
    early_rules: tuple[re.Pattern, ...]  # rules with only a `before` condition, without their $
    rules_by_dimension: dict[str, tuple[ContextRule, ...]]  # the other context rules
    rules_cache: dict[tuple[str, str], tuple[ContextRule, ...]]  # by (dimension, unit), filled as met
    inner_unit_starts: frozenset[str]  # number characters that also start a unit (千克, 千瓦)
    fraction_slash: str  # 1/3: a fraction written with a slash (a percent)
    fraction_max: int  # the largest denominator read as a fraction
    fast_re: re.Pattern  # the common shape whole: Arabic number, 余/多, multiplier, unit
    multiplier_products: dict[str, int]  # 千万 → 10000000
    list_joiners: frozenset[str]  # between numbers sharing the unit written after the last (3、5、8家)
    list_last_joiners: frozenset[str]  # before the last of them (2.1、3.4和5.6个百分点)


@dataclass(slots=True)
class Reading:
    """A number read at a core, with whatever follows it up to (and with) its unit."""

    value: Decimal
    low: Decimal | None
    high: Decimal | None
    number_end: int  # end of the number as written (before 余/多 and the unit)
    end: int  # end of the unit, or of the number when there is none
    unit: Unit | None
    modifier: str | None
    big_ending: bool  # ends in 万/亿 (a money amount when the context says so)


@dataclass(slots=True)
class Candidate:
    """A quantity found in the text before it becomes a mention."""

    start: int
    end: int
    number_start: int
    number_end: int
    value: Decimal | int
    unit: str
    dimension: str
    modifier: str | None
    low: Decimal | None = None
    high: Decimal | None = None
    source: str = ""
    factor: Decimal = Decimal(1)  # the unit's scale (成 → 10), for a trailing 半

    def norm(self) -> dict:
        """The SPEC norm of the quantity."""
        norm = {
            "value": to_plain(self.value),
            "unit": self.unit,
            "dimension": self.dimension,
            "modifier": self.modifier,
        }
        if self.low is not None and self.high is not None:
            norm["low"], norm["high"] = to_plain(self.low), to_plain(self.high)
        return norm


def find_quantities(text: str, folded: str | None = None) -> list[Mention]:
    """All QUANTITY mentions of ``text`` (a whole document, SPEC section 1), in text order
    (``folded``: its ``fold_width`` text, when the caller has it)."""
    lex = lexicon()
    folded = fold_width(text) if folded is None else folded
    if ". " in folded:
        folded = _join_spaced_decimals(folded)
    blocked = _blocked_positions(folded, lex)
    early = _early_excluded_starts(folded, lex)
    mentions: list[Mention] = []
    last_end = 0
    # A money symbol (￥300) makes a run a quantity whatever follows it: then scan every run.
    scan = lex.run_re if any(symbol in folded for symbol in lex.money_prefix) else lex.worth_re
    for match in scan.finditer(folded):
        if match.start() < last_end or match.start() in early:
            continue
        cand = _candidate(folded, text, match, lex, last_end, early)
        if cand is None or any(blocked[cand.start : cand.end]) or _excluded(cand, folded, lex):
            continue
        if cand.number_start - 1 in early and _padded(folded, cand.number_start):
            continue  # 第 3 位: an early rule's word before the space
        mentions.append(make_mention("QUANTITY", text, cand.start, cand.end, cand.norm(), cand.source))
        last_end = cand.end
    if "半成" in folded:
        mentions = _with_half_tenths(mentions, folded, text, lex)
    if any(j in folded for j in lex.list_last_joiners):
        mentions = _with_shared_units(mentions, folded, text, lex, blocked, early)
    return mentions


# A space after a decimal point inside a clause (高于同期0. 4个百分点: text pasted from a PDF).
_SPACED_DECIMAL = re.compile(r"(?<=[\u4e00-\u9fff])([0-9]{1,4})\. ([0-9]+)")


def _join_spaced_decimals(folded: str) -> str:
    """0. 4 → 0.40: the space moved behind as a trailing zero, so the number reads whole and every
    offset stays where it was (the mention's text is taken from the original). Only after a Chinese
    word that is no numeral: a list's 1. at a line or clause start stays a marker (1. 5家企业…)."""

    def joined(m: re.Match) -> str:
        if folded[m.start() - 1] in _numeral_chars():
            return m.group()
        return m.group(1) + "." + m.group(2) + "0"

    return _SPACED_DECIMAL.sub(joined, folded)


def _with_half_tenths(mentions: list[Mention], folded: str, text: str, lex: Lexicon) -> list[Mention]:
    """半成 is five percent (SPEC 6.1); 半成品 (half-finished goods) is not."""
    unit, _ = lex.unit_lookup["成"]
    guard = lex.unit_guards.get("成")
    found = list(mentions)
    for m in re.finditer("半成", folded):
        before = folded[m.start() - 1 : m.start()]
        if before and (before in _numeral_chars() or before.isdigit()) or guard and guard.match(folded, m.end()):
            continue
        if any(x["start"] < m.end() and m.start() < x["end"] for x in mentions):
            continue
        norm = {"value": to_plain(unit.factor / 2), "unit": unit.unit, "dimension": unit.dimension, "modifier": None}
        found.append(make_mention("QUANTITY", text, m.start(), m.end(), norm, "rule:percent.half"))
    return sorted(found, key=lambda x: x["start"])


# An Arabic number in a list (1,200 or 1200, with decimals) and the multiplier it may carry (万, 千万).
_LIST_NUMBER = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
_LIST_MULTIPLIER = r"(?P<mult>[十百千万亿]{0,3})"
# A number listed before a quantity (3、5、8家): digits, 余/多, its own multiplier; anchored at the end.
_LISTED = re.compile(rf"(?<![0-9.,]){_LIST_NUMBER}(?P<infix>[余多])?{_LIST_MULTIPLIER}\Z")
# The number, 余/多 and multiplier at the start of the last quantity of a list (900万元 → 万).
_LAST_OF_LIST = re.compile(rf"{_LIST_NUMBER}[余多]?{_LIST_MULTIPLIER}")


def _with_shared_units(
    mentions: list[Mention], folded: str, text: str, lex: Lexicon, blocked: bytearray, early: set[int]
) -> list[Mention]:
    """分别为600万、700万、900万元, 依次为3、5、8家: numbers listed before a quantity, the unit written
    once after the last, are quantities with that unit (rules/quantity_units.toml [shared_unit]).
    A list after 第 (第1、2名) is a list of ordinals: its last number is dropped too, as the last of
    any list whose first number a context rule rules out."""
    found, dropped = list(mentions), set()
    for i, last in enumerate(mentions):
        start = last["start"]
        if start == 0 or folded[start - 1] not in lex.list_last_joiners or "low" in last["norm"]:
            continue
        listed = _listed_before(folded, start, last, mentions[max(0, i - 3) : i], lex)
        if not listed:
            continue
        cands = _listed_candidates(folded, last, listed, lex)
        if cands is None or any(any(blocked[c.start : c.end]) for c in cands):
            continue
        if cands[0].start in early or _excluded(cands[0], folded, lex):
            dropped.add(i)  # 第1、2名, 排名前3、5位: what opens the list rules out every number in it
        elif not any(c.start in early or _excluded(c, folded, lex) for c in cands):
            found += [make_mention("QUANTITY", text, c.start, c.end, c.norm(), c.source) for c in cands]
    found = [m for i, m in enumerate(found) if i not in dropped]
    return sorted(found, key=lambda m: m["start"]) if len(found) != len(mentions) - len(dropped) else found


def _listed_before(
    folded: str, start: int, last: Mention, earlier: list[Mention], lex: Lexicon
) -> list[tuple[int, int, re.Match]]:
    """The bare numbers listed right before ``last`` (start, end, match), first first; empty when
    the list does not open after a word (an item number 1、 at a line start) or a number before it
    has a quantity of another unit (5家、3和8个)."""
    listed: list[tuple[int, int, re.Match]] = []
    taken = {m["end"]: m for m in earlier}
    pos, joiners = start, lex.list_last_joiners
    while pos > 0 and folded[pos - 1] in joiners:
        end = pos - 1
        if end in taken:  # 营收为600万、700万、900万元: the first read already (money by context)
            same = taken[end]["norm"]["unit"] == last["norm"]["unit"] and "low" not in taken[end]["norm"]
            return listed if same else []
        m = _LISTED.search(folded, max(0, end - 24), end)
        if m is None:
            break
        listed.insert(0, (m.start(), end, m))
        pos, joiners = m.start(), lex.list_joiners
    if not listed or pos == 0 or not _is_han(folded[pos - 1]) or folded[pos - 1] in _numeral_chars():
        return []
    return listed


def _listed_candidates(
    folded: str, last: Mention, listed: list[tuple[int, int, re.Match]], lex: Lexicon
) -> list[Candidate] | None:
    """Each listed number with the last quantity's unit; a number without a multiplier of its own
    takes the last one's (3、5、8万元 → 30000, 50000, 80000 元)."""
    head = _LAST_OF_LIST.match(folded, last["start"])
    if head is None:
        return None
    unit = _unit_at(folded, head.end(), lex)
    if unit is None or unit[1].unit != last["norm"]["unit"].split("/")[0]:
        return None  # the last is money by context (no unit written) or a rate: nothing to share
    shared_scale = lex.multiplier_products.get(head.group("mult"), 1)
    norm = last["norm"]
    cands = []
    for begin, end, m in listed:
        value = read_folded_number(folded[begin : m.start("infix") if m.group("infix") else m.start("mult")])
        if value is None:
            return None
        value *= lex.multiplier_products.get(m.group("mult"), 1) if m.group("mult") else shared_scale
        modifier = lex.infixes[m.group("infix")] if m.group("infix") else None
        cands.append(
            Candidate(begin, end, begin, end, value * unit[1].factor, norm["unit"], norm["dimension"], modifier,
                      source=f"rule:{norm['dimension']}.shared_unit", factor=unit[1].factor)
        )
    return cands


# --- building the lexicon -------------------------------------------------------------------


@functools.cache
def lexicon() -> Lexicon:
    """Compile ``rules/quantity_*.toml`` once per process: numbers and units, modifiers, money, exclusions."""
    units = load_rules("quantity_units")
    mods = load_rules("quantity_modifiers")
    money = load_rules("quantity_money")
    excl = load_rules("quantity_exclusions")
    unit_lookup = _unit_lookup(units)
    return Lexicon(
        **_number_tables(unit_lookup, mods["infix"], units["fraction"]),
        **_unit_tables(units, unit_lookup),
        **_modifier_tables(mods, units, money),
        **_money_tables(units["money"], money),
        zones=tuple(re.compile(z["pattern"]) for z in excl["zone"]),
        **_context_tables([_context_rule(c) for c in excl["context"]], list(units["dimension"])),
    )


def _number_tables(unit_lookup: dict, infixes: dict, fraction: dict) -> dict[str, Any]:
    """The fields of ``Lexicon`` that find and read a number (its characters, multipliers, fractions)."""
    nums = numerals()
    return dict(
        run_re=re.compile(_run_pattern()),
        worth_re=re.compile(_worth_pattern(unit_lookup, infixes, fraction["slash"])),
        start_chars=frozenset(
            "0123456789"
            + "".join(c for c, v in nums.digits.items() if v)
            + "".join(c for c, v in nums.small_units.items() if v == 10)
        ),
        follow_chars=frozenset(_follow_chars(unit_lookup, infixes)),
        multipliers={c: Decimal(v) for c, v in {**nums.small_units, **nums.big_units}.items()},
        inner_unit_starts=frozenset(w[0] for w in unit_lookup if w[0] in nums.small_units or w[0] in nums.big_units),
        fast_re=re.compile(_fast_pattern(unit_lookup, infixes)),
        multiplier_products=_multiplier_products(),
        fraction_slash=fraction["slash"],
        fraction_max=fraction["max_denominator"],
    )


def _unit_tables(units: dict, unit_lookup: dict) -> dict[str, Any]:
    """The fields of ``Lexicon`` from rules/quantity_units.toml: units, their guards and limits, rates,
    and the joiners of a list sharing one unit."""
    return dict(
        unit_lookup=unit_lookup,
        unit_lengths=_lengths_by_first_char(unit_lookup),
        unit_guards={k: re.compile("|".join(map(re.escape, v))) for k, v in units["not_followed_by"].items()},
        max_value={k: Decimal(str(v)) for k, v in units["max_value"].items()},
        half_dimensions=frozenset(units["half"]["dimensions"]),
        half_guards=tuple(units["half"]["not_followed_by"]),
        rate_separators=tuple(units["rate"]["separators"]),
        rate_denominators=tuple(sorted(units["rate"]["denominators"], key=len, reverse=True)),
        list_joiners=frozenset(units["shared_unit"]["joiners"]),
        list_last_joiners=frozenset(units["shared_unit"]["last_joiners"]),
    )


def _modifier_tables(mods: dict, units: dict, money: dict) -> dict[str, Any]:
    """The fields of ``Lexicon`` from rules/quantity_modifiers.toml (约, 超过, 余, 以上), and the first
    characters after a number that may open a suffix (``suffix_gate``)."""
    nums = numerals()
    bare = mods["bare_magnitude"]
    prefixes = tuple(sorted(((w, p["modifier"]) for p in mods["prefix"] for w in p["words"]), key=lambda x: -len(x[0])))
    suffixes = tuple(
        Suffix(
            w,
            s["modifier"],
            frozenset(s["units"]) if "units" in s else None,
            tuple(s.get("not_followed_by", [])),
        )
        for s in mods["suffix"]
        for w in s["words"]
    )
    return dict(
        prefixes=prefixes,
        prefix_guards={k: tuple(v) for k, v in mods["prefix_not_preceded_by"].items()},
        prefix_gate=frozenset(
            {w[-1] for w, _ in prefixes} | {w[-1] for w in bare["words"]} | nums.minus | set(_SIGN_CHARS) | {"—"}
        ),
        bare_prefixes=tuple(bare["words"]),
        bare_guards=frozenset(bare["not_preceded_by"]),
        bare_modifier=bare["modifier"],
        infixes=dict(mods["infix"]),
        suffixes=suffixes,
        suffix_gate=frozenset(
            {"半"}
            | {s[0] for s in units["rate"]["separators"]}
            | {w[0] for w in units["money"]["suffix"]}
            | {s.word[0] for s in suffixes}
            | set(nums.digits) | set("123456789") | {j[0] for j in money["joiners"]}  # 50元6角, 七成六
        ),
    )


def _money_tables(written: dict, money: dict) -> dict[str, Any]:
    """The fields of ``Lexicon`` for money: its units' prefixes and suffixes as written (quantity_units.toml
    [money]), and rules/quantity_money.toml's subunits, cues that make a bare number money, and sizes."""
    return dict(
        money_prefix=dict(written["prefix"]),
        money_suffix=tuple(written["suffix"]),
        subunits={u: {w: Decimal(str(v)) for w, v in coins.items()} for u, coins in money["subunits"].items()},
        subunit_joiners=tuple(money["joiners"]),
        money_cues=re.compile("|".join(map(re.escape, sorted(money["cues"], key=len, reverse=True)))),
        money_window=money["window"],
        clause_stops=frozenset(money["clause_stops"]),
        level_suffix=money["level_suffix"],
        size_re=_size_pattern(money["size"]),
    )


def _fast_pattern(unit_lookup: dict, infixes: dict) -> str:
    """Number, 余/多, then a unit, or a multiplier (shortest first: 3万|千瓦) and a unit."""
    mult = "".join([*numerals().small_units, *numerals().big_units])
    units = _trie_pattern(sorted(unit_lookup))
    number = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
    return (
        rf"(?P<num>{number})(?P<infix>[{''.join(infixes)}])?"
        rf"(?:(?P<unit>{units})|(?P<mult>[{mult}]{{1,3}}?)(?P<unit2>{units}))"
    )


def _trie_pattern(words: list[str]) -> str:
    """An alternation of ``words`` shaped as a trie (longest match first), fast for re to try."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    parts = []
    for first, rests in groups.items():
        tails = [r for r in rests if r]
        if not tails:
            parts.append(re.escape(first))
        else:
            optional = "?" if "" in rests else ""
            parts.append(f"{re.escape(first)}(?:{_trie_pattern(tails)}){optional}")
    return "|".join(parts)


def _multiplier_products() -> dict[str, int]:
    """Every run of one to three multiplier characters and the product of their values."""
    values = {**numerals().small_units, **numerals().big_units}
    products = {c: v for c, v in values.items()}
    for _ in range(2):
        products |= {a + c: pa * v for a, pa in products.items() for c, v in values.items()}
    return products


def _context_tables(rules: list[ContextRule], dimensions: list[str]) -> dict:
    """Rules that look only at the text before the number are run first, each as one scan of the
    text (they need no reading); the others are filed by the dimensions they apply to."""
    early = [r for r in rules if r.before and not (r.after or r.number or r.units or r.dimensions)]
    late = [r for r in rules if r not in early]
    return {
        "early_rules": tuple(re.compile(r.before.pattern.removesuffix("$")) for r in early),
        "rules_cache": {},
        "rules_by_dimension": {
            d: tuple(r for r in late if r.dimensions is None or d in r.dimensions) for d in dimensions
        },
    }


def _lengths_by_first_char(lookup: dict) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for written in lookup:
        lengths.setdefault(written[0], set()).add(len(written))
    return {c: tuple(sorted(v, reverse=True)) for c, v in lengths.items()}


def _run_pattern() -> str:
    """A run of characters that write numbers: 17.46亿, 两千三百, 3万4000, 1,234."""
    n = numerals()
    chars = "".join([*n.digits, *n.small_units, *n.big_units, *n.points, *n.unknown_digits])
    # never from inside a longer run: every shorter run ends where the whole one does, so it can
    # only fail the same way, and scanning from each position of a long run would be quadratic.
    # The first character comes first and the looks behind after it (they still look before it):
    # a pattern that opens on a character class lets re skip in C to the places it can start
    # (the whole text's scan about 4x faster than with the lookbehinds leading).
    first = f"[0-9{chars}]"
    return rf"{first}(?<!{first}.)(?<![0-9][.,].)(?:{first}|[.,](?=[0-9]))*+"


def _worth_pattern(unit_lookup: dict, infixes: dict, slash: str) -> str:
    """A whole run (possessive: never a shorter one) followed by what ``_worth_reading`` accepts:
    a character that can start or continue a unit, 余/多, a range separator; or ending in 万/亿.
    Most runs in a text (一体化, 统一) fail here, in C, before any Python looks at them."""
    n = numerals()
    follow = _follow_chars(unit_lookup, infixes) | {slash}
    big = "".join(n.big_units)
    follow_class = re.escape("".join(sorted(follow)))
    gap_class = re.escape("".join(sorted(follow | set(n.big_units) | set(n.small_units))))
    numeral_units = re.escape("".join(w for w in unit_lookup if w in n.digits))  # 三十两: 两 (liang) ends the run
    return (rf"(?:{_run_pattern()})(?=[{follow_class}]|[ \t\n]{{1,3}}[{gap_class}])"
            rf"|(?:{_run_pattern()})(?<=[{big}{numeral_units}])")


def _follow_chars(unit_lookup: dict, infixes: dict) -> set[str]:
    n = numerals()
    numeral_chars = {*n.digits, *n.small_units, *n.big_units}
    return (
        {w[0] for w in unit_lookup}
        | {w[1] for w in unit_lookup if w[0] in numeral_chars and len(w) > 1}
        | set(infixes)
        | set(_RANGE_SEPARATORS)
    )


def _unit_lookup(data: dict) -> dict[str, tuple[Unit, str | None]]:
    """Every written unit form: units, aliases, scaled aliases (成 → %), and 个多月/个半月."""
    dimension_of = {u: dim for dim, words in data["dimension"].items() for u in words}
    norm_unit = data["norm_unit"]  # 个百分点 → 百分点: the unit the norm carries
    entries = {u: Unit(u, norm_unit.get(u, u), dim, Decimal(1)) for u, dim in dimension_of.items()}
    for written, target in data["alias"].items():
        entries[written] = Unit(written, norm_unit.get(target, target), dimension_of[target], Decimal(1))
    for written, factor in data["factor"].items():
        target = data["target"][written]
        entries[written] = Unit(written, target, dimension_of[target], Decimal(str(factor)))
    lookup: dict[str, tuple[Unit, str | None]] = {w: (u, None) for w, u in entries.items()}
    for w, unit in entries.items():
        if len(w) > 1 and w[0] == "个":
            for inner in "多余半":
                lookup[w[0] + inner + w[1:]] = (unit, inner)
    return lookup


def _context_rule(c: dict) -> ContextRule:
    return ContextRule(
        name=c["name"],
        before=re.compile(c["before"]) if "before" in c else None,
        after=re.compile(c["after"]) if "after" in c else None,
        number=re.compile(c["number"]) if "number" in c else None,
        units=frozenset(c["units"]) if "units" in c else None,
        dimensions=frozenset(c["dimensions"]) if "dimensions" in c else None,
    )


# --- reading one candidate ------------------------------------------------------------------


def _candidate(folded: str, text: str, match: re.Match, lex: Lexicon, floor: int, early: set[int]) -> Candidate | None:
    start, end = match.span()
    if end - start > _LONGEST_NUMBER:
        return None  # a serial or a run of numerals, never an amount; reading it would be quadratic
    if folded[start] == "0" and folded[start + 1 : start + 2].isdigit():
        return None  # 000, 05: a code or the tail of 5 000 (digits grouped by spaces), no amount
    fast = lex.fast_re.match(folded, start) if folded[start].isdigit() else None
    # (no fast reading: a range, a Chinese numeral, a guarded unit ...: the general reader decides)
    cand = _fast(folded, fast, lex) if fast is not None else None
    if cand is None:
        if folded.startswith("分之", end):
            cand = _fraction(folded, start, end, lex)
        elif folded.startswith(lex.fraction_slash, end):
            cand = _slash_fraction(folded, start, end, lex)
        else:
            start = _number_start(folded, start, end, lex)
            if start is None or start in early or not _worth_reading(folded, start, end, lex):
                return None
            cand = _plain(folded, start, end, lex)
    if cand is None:
        return None
    if cand.start > 0 and folded[cand.start - 1] in lex.prefix_gate:
        _extend_prefix(cand, folded, text, lex, floor)
    elif _padded(folded, cand.start):
        _extend_padded_prefix(cand, folded, lex, floor)
    if cand.end < len(folded) and folded[cand.end] in lex.suffix_gate:
        _extend_suffix(cand, folded, lex)
    return cand


def _fast(folded: str, m: re.Match, lex: Lexicon) -> Candidate | None:
    """The common shape in one pattern: Arabic number, 余/多, multiplier, unit (23.85亿元, 400余万元).

    Tried first on a run that starts with a digit; anything else (Chinese numerals, ranges,
    3万4000元, money by context) is left to ``_plain``, which reads the same shapes more slowly:
    this is only a shortcut, never a different answer (a test holds it to that).
    """
    start, stop = m.span()
    if _separator_follows(folded, stop):
        return None
    num, infix, unit_written, mult, unit2_written = m.group("num", "infix", "unit", "mult", "unit2")
    written = unit_written or unit2_written
    unit, inner = lex.unit_lookup[written]
    guard = lex.unit_guards.get(unit.written)
    if guard is not None and guard.match(folded, stop) or inner == "半":
        return None
    after = folded[stop : stop + 1]
    if written[-1].isascii() and written[-1].isalpha() and after.isascii() and after.isalpha():
        return None  # 10min is not 10 m
    value = int(num) if num.isdigit() else read_folded_number(num)
    if mult:
        value *= lex.multiplier_products[mult]
    if unit.written in lex.max_value and value > lex.max_value[unit.written]:
        return None
    if unit.factor != 1:
        value *= unit.factor
    infix = infix or inner
    return Candidate(start, stop, start, m.end("num"), value, unit.unit, unit.dimension,
                     lex.infixes[infix] if infix else None, source=unit.source, factor=unit.factor)


def _number_start(folded: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Where the number of a run starts: not at 零 or a bare 百/千/万 (千方百计, 每万人, 零部件),
    except a bare magnitude right after 上 (上百家) or before a currency (百亿元)."""
    if folded[start] in lex.start_chars:
        return start
    if folded[start] in numerals().unknown_digits:
        return None  # 几十家: no value is written
    if folded[start] in lex.multipliers and (
        _bare_prefix(folded, start, lex) or _money_unit_at(folded, end, lex) and not _lone_big_unit(folded, start, end)
    ):
        return start  # 上百家; 突破百亿元 (an amount, unlike 百家 in 百家争鸣)
    if folded[start] in lex.multipliers and folded[start] not in "十拾" and _approximate(folded, start, lex):
        return start  # 千余家, 近千家, 逾百项: a round magnitude, read as 1000 and its modifier
    while start < end and folded[start] not in lex.start_chars:
        start += 1
    return start if start < end else None


def _lone_big_unit(folded: str, start: int, end: int) -> bool:
    """万元, 亿元 with no digit written: a multiplier alone is never a quantity (a table's unit, or
    the tail of a number cut off by white space: 17.46 亿元)."""
    return all(c in numerals().big_units for c in folded[start:end])


def _approximate(folded: str, start: int, lex: Lexicon) -> bool:
    """A bare 百/千/万 with 余 or 多 after it, or a modifier (近, 逾, 超过 ...) before it."""
    if folded[start + 1 : start + 2] in lex.infixes:
        return True
    return any(
        folded.startswith(word, start - len(word)) and not _guarded(folded, start - len(word), word, lex)
        for word, _ in lex.prefixes
        if start >= len(word)
    )


def _money_unit_at(folded: str, pos: int, lex: Lexicon) -> bool:
    unit = _unit_at(folded, pos, lex)
    return unit is not None and unit[1].dimension == "money"


def _bare_prefix(folded: str, start: int, lex: Lexicon) -> str | None:
    for word in lex.bare_prefixes:
        begin = start - len(word)
        if begin >= 0 and folded.startswith(word, begin) and (begin == 0 or folded[begin - 1] not in lex.bare_guards):
            return word
    return None


def _worth_reading(folded: str, start: int, end: int, lex: Lexicon) -> bool:
    """A cheap test before the real reading: can anything after this run make it a quantity?"""
    return (
        end < len(folded)
        and (folded[end] in lex.follow_chars or _after_gap(folded, end, lex, _padded(folded, start)) > end)
        or folded[end - 1] in numerals().big_units
        or folded[end - 1] in lex.unit_lookup  # 三十两: the run ends in a unit (两, liang)
        or start > 0
        and folded[start - 1] in lex.money_prefix
    )


def _fraction(folded: str, start: int, end: int, lex: Lexicon) -> Candidate | None:
    """N分之M is a percent (SPEC section 6): 三分之一 → 33.3 %, 百分之十二点五 → 12.5 %."""
    num = lex.run_re.match(folded, end + 2)
    denominator = _fraction_denominator(folded, start, end, lex) if num is not None else None
    if num is None or denominator is None:
        return None
    source, den = denominator
    factor = Decimal(100) / den
    for num_end in range(num.end(), num.start(), -1):  # 百分之七十百分位: the number stops at 七十
        num_text = folded[num.start() : num_end]
        value = read_folded_number(num_text)
        if value is not None:
            return Candidate(start, num_end, num.start(), num_end, value * factor, "%", "percent", None, source=source)
        span = read_folded_range(num_text)
        if span is not None:
            low, high = (v * factor for v in span)
            return Candidate(start, num_end, num.start(), num_end, low, "%", "percent", None, low, high,
                             "rule:percent.range")
    return None


def _fraction_denominator(folded: str, start: int, end: int, lex: Lexicon) -> tuple[str, Decimal] | None:
    """``(source, denominator)`` of N分之: a magnitude (百分之, 千分之: a percent written out) or a
    number (三分之: a fraction); None for anything else or a zero."""
    den_text = folded[start:end]
    if all(c in lex.multipliers for c in den_text):  # 百分之, 千分之, 万分之
        source = "rule:percent"
    elif folded[start] in lex.start_chars:
        source = "rule:percent.fraction"
    else:
        return None
    den = read_folded_number(den_text)
    return (source, den) if den else None


_SLASH_DENOMINATOR = re.compile(r"[0-9]{1,4}(?![0-9./]|,[0-9])")


def _slash_fraction(folded: str, start: int, end: int, lex: Lexicon) -> Candidate | None:
    """1/3 is a percent like 三分之一 (SPEC section 6): whole numbers, a proper fraction, no unit
    after it (1/2英寸, 7/24小时) and no slash before it (a date 2031/1/3)."""
    number = folded[start:end]
    den_at = end + len(lex.fraction_slash)
    den_run = _SLASH_DENOMINATOR.match(folded, den_at)
    if not number.isascii() or not number.isdigit() or den_run is None:
        return None
    if start > 0 and folded[start - 1] in lex.fraction_slash + ".":
        return None
    num, den = int(number), int(den_run.group())
    if not 0 < num < den <= lex.fraction_max or _unit_at(folded, den_run.end(), lex) is not None:
        return None
    value = num * (Decimal(100) / den)
    return Candidate(start, den_run.end(), start, den_run.end(), value, "%", "percent", None,
                     source="rule:percent.fraction")


def _plain(folded: str, start: int, core_end: int, lex: Lexicon) -> Candidate | None:
    """A core read with its unit, as a range, or as money; the longest reading wins."""
    if _lone_capital(folded[start:core_end]):
        return None
    for end in range(_unit_inside(folded, start, core_end, lex), start, -1):
        reading = _read(folded, start, end, lex)
        if reading is None:
            continue
        if reading.unit is not None or _separator_follows(folded, reading.end):
            cand = _with_range(folded, start, reading, lex) or _from_reading(start, reading)
            if cand is not None:
                return cand
        if start > 0 and folded[start - 1] in lex.money_prefix:
            unit = lex.money_prefix[folded[start - 1]]
            return Candidate(start - 1, reading.end, start, reading.number_end, reading.value, unit, "money",
                             reading.modifier, source="rule:money.symbol")
        if reading.big_ending:
            return _money_by_context(folded, start, reading, lex)
    return None


def _unit_inside(folded: str, start: int, core_end: int, lex: Lexicon) -> int:
    """Where the number must end because a unit starts inside the core: 3万|千瓦, 2.3|千克."""
    for pos in range(start + 1, core_end):
        if folded[pos] not in lex.inner_unit_starts:
            continue
        unit = _unit_at(folded, pos, lex)
        if unit is not None and pos + unit[0] > core_end:
            return pos
    return core_end


def _lone_capital(core: str) -> bool:
    """拾起, 陆地: a single capital numeral is a word, not a number."""
    return len(core) == 1 and core in numerals().capital


def _read(folded: str, start: int, end: int, lex: Lexicon) -> Reading | None:
    """The number ``folded[start:end]`` and what follows: 余/多, multipliers, the unit."""
    number_text = folded[start:end]
    if number_text[-1] in ",.":
        return None
    span = read_folded_range(number_text) if len(number_text) > 1 and not number_text.isascii() else None
    value = read_folded_number(number_text) if span is None else span[0]
    if value is None:
        return None
    pos, modifier = _after_gap(folded, end, lex, _padded(folded, start)), None
    if pos < len(folded) and folded[pos] in lex.infixes:
        modifier, pos = lex.infixes[folded[pos]], pos + 1
        pos = _after_gap(folded, pos, lex)
    scale, big_ending = Decimal(1), number_text[-1] in numerals().big_units
    unit = _unit_at(folded, pos, lex)
    while unit is None and pos > end and pos < len(folded) and folded[pos] in lex.multipliers:
        # after 余/多 the multiplier is written on its own: 400余万元, 十多万
        scale *= lex.multipliers[folded[pos]]
        big_ending = folded[pos] in numerals().big_units
        pos = _after_gap(folded, pos + 1, lex)
        unit = _unit_at(folded, pos, lex)
    if unit is None and modifier is not None and not big_ending:
        return None
    low, high = (span[0] * scale, span[1] * scale) if span else (None, None)
    reading = Reading(value * scale, low, high, end, pos, None, modifier, big_ending)
    if unit is None:
        return reading
    length, reading.unit, infix = unit
    reading.end, reading.big_ending = pos + length, False
    if infix == "半":  # 两个半月
        reading.value += Decimal("0.5")
    elif infix is not None:  # 一个多月
        reading.modifier = reading.modifier or lex.infixes[infix]
    return reading if _unit_accepts(reading, folded, lex) else None


_GAP = re.compile(r"[ \t\n]{1,3}")


def _after_gap(folded: str, pos: int, lex: Lexicon, padded: bool = False) -> int:
    """Where the rest of a quantity starts after white space, or ``pos`` when it does not go on.

    Text pasted from PDFs and web pages breaks 17.46 亿元, 400余\n万元, 8 %, 12.32亿 元: a number and
    its multiplier (or a unit written in Latin letters or signs, or a currency after a multiplier)
    across white space are one quantity (issue 17). Another Chinese unit word after a gap is
    joined only to a number ``padded`` with one space on each side inside a sentence (列出了 27 项:
    pages that space out every Arabic number); otherwise it is not (3万 人 may be two columns).
    """
    gap = _GAP.match(folded, pos)
    if gap is None:
        return pos
    after = gap.end()
    if after < len(folded) and folded[after] in lex.multipliers and folded[after] not in "十拾":
        return after
    unit = _unit_at(folded, after, lex)
    if unit is not None and not _is_han(unit[1].written[0]):
        return after  # 8 %, 5 kg
    if unit is not None and padded and gap.group() == " ":
        return after  # 新建 140 个
    if unit is not None and unit[1].dimension == "money" and folded[pos - 1] in numerals().big_units:
        return after  # 12.32亿 元: a currency after a multiplier (a table's next column is no 元)
    return pos


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _padded(folded: str, start: int) -> bool:
    """A number written after a word and one space (列出了 27 项): spaced out inside a sentence,
    not a table's first column (a line start) or a count run on from another number."""
    return start >= 2 and folded[start - 1] == " " and _is_han(folded[start - 2]) and (
        folded[start - 2] not in _numeral_chars()
    )


def _unit_at(folded: str, pos: int, lex: Lexicon) -> tuple[int, Unit, str | None] | None:
    """The longest unit written at ``pos``: (length as written, unit, 多/余/半 inside 个…月).

    A longer unit that its guard says starts another word gives way to a shorter one: 5个点位 is
    five of 个 (a guard on a one-character unit still drops the reading, in ``_unit_accepts``)."""
    for length in lex.unit_lengths.get(folded[pos : pos + 1], ()):
        written = folded[pos : pos + length]  # shorter than length at the end of the text
        found = lex.unit_lookup.get(written)
        if found is not None:
            guard = lex.unit_guards.get(written) if len(written) > 1 else None
            if guard is not None and guard.match(folded, pos + len(written)):
                continue
            return len(written), found[0], found[1]
    return None


def _unit_accepts(reading: Reading, folded: str, lex: Lexicon) -> bool:
    """The unit guards: 二元结构, 10min, 2023成员 are not quantities."""
    written = reading.unit.written
    guard = lex.unit_guards.get(written)
    if guard is not None and guard.match(folded, reading.end):
        return False
    after = folded[reading.end : reading.end + 1]
    if written[-1].isascii() and written[-1].isalpha() and after.isascii() and after.isalpha():
        return False
    return written not in lex.max_value or reading.value <= lex.max_value[written]


def _trailing_scale(number_text: str) -> Decimal:
    big = numerals().big_units
    scale = Decimal(1)
    for c in reversed(number_text):
        if c not in big:
            break
        scale *= big[c]
    return scale


def _separator_follows(folded: str, pos: int) -> bool:
    return pos < len(folded) and folded[pos] in _RANGE_SEPARATORS


def _from_reading(start: int, reading: Reading) -> Candidate | None:
    unit = reading.unit
    if unit is None:
        return None
    factor = unit.factor
    low = reading.low * factor if reading.low is not None else None
    high = reading.high * factor if reading.high is not None else None
    source = f"rule:{unit.dimension}" + (".range" if low is not None else "")
    return Candidate(
        start,
        reading.end,
        start,
        reading.number_end,
        reading.value * factor,
        unit.unit,
        unit.dimension,
        reading.modifier,
        low,
        high,
        source,
        factor,
    )


def _with_range(folded: str, start: int, first: Reading, lex: Lexicon) -> Candidate | None:
    """1—3家, 3至5个, 一到三家, 10%—20%, 5—10万元: two numbers around a separator, one unit."""
    if not _separator_follows(folded, first.end):
        return None
    run = lex.run_re.match(folded, first.end + 1)
    if run is None or folded[run.start()] not in lex.start_chars:
        return None
    second = _read(folded, run.start(), _unit_inside(folded, run.start(), run.end(), lex), lex)
    if second is None or second.unit is None or first.unit not in (None, second.unit):
        return None
    # 5—10万元: a bare first number takes the second one's 万
    unscaled = first.unit is None and first.end == first.number_end and _trailing_scale(folded[start : first.end]) == 1
    low = first.value * _trailing_scale(folded[run.start() : second.number_end]) if unscaled else first.value
    high = second.high if second.high is not None else second.value
    if low >= high:
        return None
    factor = second.unit.factor
    return Candidate(
        start,
        second.end,
        start,
        second.number_end,
        low * factor,
        second.unit.unit,
        second.unit.dimension,
        first.modifier or second.modifier,
        low * factor,
        high * factor,
        f"rule:{second.unit.dimension}.range",
        factor,
    )


def _money_by_context(folded: str, start: int, reading: Reading, lex: Lexicon) -> Candidate | None:
    """投资130亿 (a money cue in the clause), 2000亿级 (digits + 亿级) or 80亿产业园区 (an amount sizing
    the things named after it): an amount in 元."""
    end = reading.end
    level = folded[start].isdigit() and folded.startswith(lex.level_suffix, end)
    size = not level and folded[start].isdigit() and _sizes_head(folded, end, lex)
    if not level and not size and not _money_cue_before(folded, start, lex):
        return None
    source = "rule:money.level" if level else "rule:money.size" if size else "rule:money.context"
    return Candidate(
        start, end, start, reading.number_end, reading.value, "元", "money", reading.modifier, source=source
    )


def _size_pattern(size: dict) -> re.Pattern:
    links = "|".join(map(re.escape, size["links"]))
    heads = "|".join(map(re.escape, sorted(size["heads"], key=len, reverse=True)))
    qualifier = f"[\u4e00-\u9fff]{{0,{size['qualifier']}}}?"
    return re.compile(f"(?P<link>(?:{links})的?{qualifier}|的{qualifier})?(?:{heads})")


def _sizes_head(folded: str, end: int, lex: Lexicon) -> bool:
    """10亿以上企业, 80亿产业园区, 500万以上的技术合同: the amount right before ``end`` sizes the noun
    after it. After 万 a bound or 的 must link them (3万企业 may count firms)."""
    m = lex.size_re.match(folded, end)
    return m is not None and (folded[end - 1] == "亿" or m.group("link") is not None)


def _money_cue_before(folded: str, start: int, lex: Lexicon) -> bool:
    window = folded[max(0, start - lex.money_window) : start]
    for i in range(len(window) - 1, -1, -1):
        if window[i] in lex.clause_stops:
            window = window[i + 1 :]
            break
    return lex.money_cues.search(window) is not None


# --- what is written around the number -----------------------------------------------------


def _extend_prefix(cand: Candidate, folded: str, text: str, lex: Lexicon, floor: int) -> None:
    """Take a sign and a modifier written in front of the number into the span."""
    start = cand.start
    if start > floor and _is_sign(folded, text, start - 1):
        cand.value, start = -cand.value, start - 1
        if cand.low is not None:
            cand.low, cand.high = -cand.high, -cand.low
    bare = _bare_prefix(folded, start, lex) if start == cand.number_start else None
    if bare and folded[start] in lex.multipliers and folded[start] not in "十拾":
        # 上百家: a bare magnitude is only read after the 上 that makes it more_than
        cand.modifier, start = lex.bare_modifier, start - len(bare)
    else:
        for word, modifier in lex.prefixes:
            begin = start - len(word)
            if begin >= floor and folded.startswith(word, begin) and not _guarded(folded, begin, word, lex):
                cand.modifier, start = modifier, begin
                break
    cand.start = start


def _extend_padded_prefix(cand: Candidate, folded: str, lex: Lexicon, floor: int) -> None:
    """不足 2 个月: a modifier before a number spaced out in its sentence, the space in the span."""
    for word, modifier in lex.prefixes:
        begin = cand.start - 1 - len(word)
        if begin >= floor and folded.startswith(word, begin) and not _guarded(folded, begin, word, lex):
            cand.modifier, cand.start = modifier, begin
            return


def _guarded(folded: str, begin: int, word: str, lex: Lexicon) -> bool:
    return begin > 0 and folded[begin - 1] in lex.prefix_guards.get(word, ())


def _is_sign(folded: str, text: str, pos: int) -> bool:
    """负 always negates; a hyphen only where no number stands before it (not 1-3)."""
    if folded[pos] in numerals().minus:
        return True
    if text[pos] not in _SIGN_CHARS:
        return False
    if pos == 0:
        return True
    before = folded[pos - 1]  # after a number, a code (COVID-19) or a percent, a hyphen joins
    return not (before.isascii() and before.isalnum() or before in _numeral_chars() or before in "%.")


@functools.cache
def _numeral_chars() -> frozenset[str]:
    n = numerals()
    return frozenset([*n.digits, *n.small_units, *n.big_units])


def _extend_suffix(cand: Candidate, folded: str, lex: Lexicon) -> None:
    """Take 半, a rate denominator, 人民币 and a trailing modifier into the span."""
    end = cand.end
    if cand.dimension in lex.half_dimensions and folded.startswith("半", end):
        if not any(folded.startswith(g, end + 1) for g in lex.half_guards):
            cand.value += Decimal("0.5") * cand.factor
            end += 1
    end = _extend_rate(cand, folded, end, lex)
    if cand.dimension == "money":
        end = _extend_coins(cand, folded, end, lex)
        word = next((w for w in lex.money_suffix if folded.startswith(w, end)), "")
        end += len(word)
    elif cand.factor == 10 and cand.unit == "%":
        end = _extend_tenths(cand, folded, end, lex)
    for suffix in lex.suffixes:
        after = end + len(suffix.word)
        if (
            folded.startswith(suffix.word, end)
            and (suffix.units is None or cand.unit in suffix.units)
            and not any(folded.startswith(g, after) for g in suffix.not_followed_by)
        ):
            cand.modifier = cand.modifier or suffix.modifier
            end = after
            break
    cand.end = end


def _single_digit(folded: str, pos: int) -> int | None:
    """One digit at ``pos`` (6, 三) that does not start a longer number."""
    char = folded[pos : pos + 1]
    value = int(char) if char.isascii() and char.isdigit() else numerals().digits.get(char)
    if not value or folded[pos + 1 : pos + 2] in _numeral_chars() or folded[pos + 1 : pos + 2].isdigit():
        return None
    return value


def _extend_coins(cand: Candidate, folded: str, end: int, lex: Lexicon) -> int:
    """50元6角三分, 两美元又三美分: the smaller coins written after a whole amount add to it."""
    coins = lex.subunits.get(cand.unit)
    if not coins or cand.low is not None or cand.end != end:
        return end
    pos = end
    for _ in range(len(coins)):  # each coin at most once, larger first as written
        joiner = next((j for j in lex.subunit_joiners if folded.startswith(j, pos)), "")
        digit = _single_digit(folded, pos + len(joiner))
        if digit is None:
            break
        after = pos + len(joiner) + 1
        coin = next((c for c in coins if folded.startswith(c, after)), None)
        if coin is None:
            break
        cand.value += digit * coins[coin]
        pos = end = after + len(coin)
    return end


def _extend_tenths(cand: Candidate, folded: str, end: int, lex: Lexicon) -> int:
    """七成六 → 76 %: a digit after 成 is the next tenth (成 is ten percent)."""
    digit = _single_digit(folded, end)
    if digit is None or _unit_at(folded, end + 1, lex) is not None:
        return end
    cand.value += digit
    return end + 1


def _extend_rate(cand: Candidate, folded: str, end: int, lex: Lexicon) -> int:
    """元/千瓦时, 件/万人: a rate keeps the compound unit and is dimension other."""
    for sep in lex.rate_separators:
        if folded.startswith(sep, end):
            denom = next((d for d in lex.rate_denominators if folded.startswith(d, end + len(sep))), None)
            if denom is not None:
                cand.unit, cand.dimension, cand.source = f"{cand.unit}{sep}{denom}", "other", "rule:rate"
                return end + len(sep) + len(denom)
    return end


# --- exclusions -----------------------------------------------------------------------------


def _blocked_positions(folded: str, lex: Lexicon) -> bytearray:
    blocked = bytearray(len(folded))
    for zone in lex.zones:  # one scan each: a pattern with a literal first character is scanned fast
        for m in zone.finditer(folded):
            blocked[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return blocked


def _early_excluded_starts(folded: str, lex: Lexicon) -> set[int]:
    """Positions right after a match of a before-only rule (第, 每, 届 …): no number starts there.
    One scan of the text per rule instead of one search per number."""
    return {m.end() for rule in lex.early_rules for m in rule.finditer(folded)}


def _excluded(cand: Candidate, folded: str, lex: Lexicon) -> bool:
    rules = _rules_for(lex, cand.dimension, cand.unit)
    if not rules:
        return False
    before = folded[max(0, cand.number_start - 12) : cand.number_start]
    if _padded(folded, cand.number_start):
        before = before[:-1]  # 第 3 位, 近 3 年: the rule reads the word before the space
    after = folded[cand.end : cand.end + 12]
    number = folded[cand.number_start : cand.number_end]
    for rule in rules:
        if (
            (rule.number is None or rule.number.fullmatch(number))
            and (rule.before is None or rule.before.search(before))
            and (rule.after is None or rule.after.search(after))
        ):
            return True
    return False


def _rules_for(lex: Lexicon, dimension: str, unit: str) -> tuple[ContextRule, ...]:
    """The context rules that can apply to a quantity of this dimension and unit (memoised)."""
    rules = lex.rules_cache.get((dimension, unit))
    if rules is None:
        rules = tuple(r for r in lex.rules_by_dimension[dimension] if r.units is None or unit in r.units)
        lex.rules_cache[(dimension, unit)] = rules
    return rules
