"""Read numbers written in Arabic digits, Chinese numerals or a mix of both.

``parse_chinese_number`` gives the mathematical value of a whole number expression:
``"两千三百"`` → 2300, ``"3.5万"`` → 35000, ``"百分之十二点五"`` → 0.125, ``"三分之一"`` → 0.333….
Expressing fractions as percent, and everything else about units, is the recogniser's job
(``extract/quantity.py``). Values are computed in ``Decimal`` so that ``17.46亿`` is exactly
1746000000; the public function returns a float.

The numeral characters are data (``rules/quantity_numerals.toml``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from extract.rules import load_rules
from extract.textnorm import fold_width

_ARABIC = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+")
_ARABIC_FULL = re.compile(r"[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)")
_SLASH_FRACTION = re.compile(r"(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)")
_MINUS_SIGNS = "-—−"


@dataclass(frozen=True)
class Numerals:
    """The numeral tables of ``rules/quantity_numerals.toml``."""

    digits: dict[str, int]
    small_units: dict[str, int]
    big_units: dict[str, int]
    points: frozenset[str]
    minus: frozenset[str]
    unknown_digits: frozenset[str]
    approx: frozenset[str]
    half: frozenset[str]
    capital: frozenset[str]
    range_pairs: tuple[str, ...]
    positional: frozenset[str]


@functools.cache
def numerals() -> Numerals:
    """Load the numeral tables once."""
    data = load_rules("quantity_numerals")
    marks = data["marks"]
    return Numerals(
        digits=dict(data["digits"]),
        small_units=dict(data["small_units"]),
        big_units=dict(data["big_units"]),
        points=frozenset(marks["point"]),
        minus=frozenset(marks["minus"]),
        unknown_digits=frozenset(marks["unknown_digit"]),
        approx=frozenset(marks["approx"]),
        half=frozenset(marks["half"]),
        capital=frozenset(marks["capital"]),
        range_pairs=tuple(marks["range_pairs"]),
        positional=frozenset(marks["positional"]),
    )


def parse_chinese_number(s: str) -> float | None:
    """The value of a number expression, or None when ``s`` is not one.

    Handles Arabic numbers (decimals, thousands separators, full-width digits), Chinese
    numerals (两千三百, 一百二十, 〇/零, 点 decimals, capital 壹佰), mixed forms (3.5万, 2千万,
    3万4000), the approximation marks 余/多/几 (十余万 → 100000), 负 signs, and fractions
    (三分之一, 百分之五, 3又一千分之23, 3/5).
    """
    value = parse_number(s)
    return None if value is None else float(value)


def parse_number(s: str) -> Decimal | None:
    """Like ``parse_chinese_number`` but exact (``Decimal``)."""
    return read_folded_number(_clean(s))


@functools.lru_cache(maxsize=8192)
def read_folded_number(s: str) -> Decimal | None:
    """``parse_number`` for text already width-folded, without spaces and 余/多 (cached: the
    recogniser reads the same few numbers over and over)."""
    if not s:
        return None
    if "又" in s:
        whole, _, frac = s.partition("又")
        a, b = read_folded_number(whole), read_folded_number(frac)
        if a is None or b is None:
            return None
        return a - b if a < 0 else a + b
    if "分之" in s:
        return _parse_fraction(s)
    slash = _SLASH_FRACTION.fullmatch(s.lstrip(_MINUS_SIGNS))
    if slash:
        den = Decimal(slash.group(2))
        if den == 0:
            return None
        value = Decimal(slash.group(1)) / den
        return -value if s[0] in _MINUS_SIGNS else value
    return _parse_signed(s)


def parse_number_range(s: str) -> tuple[Decimal, Decimal] | None:
    """Read neighbouring digits as a range: 两三 → (2, 3), 五六十 → (50, 60), 七八千 → (7000, 8000)."""
    return read_folded_range(_clean(s))


@functools.lru_cache(maxsize=8192)
def read_folded_range(s: str) -> tuple[Decimal, Decimal] | None:
    """``parse_number_range`` for text already folded (see ``read_folded_number``)."""
    pairs = [p for p in numerals().range_pairs if p in s]
    if len(pairs) != 1 or s.count(pairs[0]) != 1:
        return None
    pair = pairs[0]
    at = s.index(pair)
    neighbours = s[at - 1 : at] + s[at + 2 : at + 3]
    if any(c in numerals().digits for c in neighbours):
        return None  # 二〇二三 is a year, not 二 to 三
    low = _parse_signed(s.replace(pair, pair[0]))
    high = _parse_signed(s.replace(pair, pair[1]))
    if low is None or high is None or low >= high:
        return None
    return low, high


_PLAIN_LIMIT = 10**15


def to_plain(value: Decimal | int) -> int | float:
    """An exact int when the value is whole, else a float (the shape JSON output wants)."""
    if type(value) is int:
        return value if abs(value) < _PLAIN_LIMIT else float(value)
    numerator, denominator = value.as_integer_ratio()
    if denominator == 1 and abs(numerator) < _PLAIN_LIMIT:
        return numerator
    return float(value)


def _clean(s: str) -> str:
    """Fold widths, drop spaces and the approximation marks (the value ignores them)."""
    n = numerals()
    s = fold_width(s).strip()
    return "".join(c for c in s if not c.isspace() and c not in n.approx)


def _parse_fraction(s: str) -> Decimal | None:
    den_text, _, num_text = s.partition("分之")
    den, num = _parse_signed(den_text), _parse_signed(num_text)
    if den is None or num is None or den == 0:
        return None
    return num / den


def _parse_signed(s: str) -> Decimal | None:
    negative = False
    if s and (s[0] in numerals().minus or s[0] in _MINUS_SIGNS):
        negative, s = True, s[1:]
    value = _parse_unsigned(s)
    if value is None:
        return None
    return -value if negative else value


def _parse_unsigned(s: str) -> Decimal | None:
    if not s:
        return None
    if _ARABIC_FULL.fullmatch(s):
        return _arabic(s)
    digits = numerals().digits
    if len(s) > 1 and all(c in numerals().positional for c in s):
        return Decimal("".join(str(digits[c]) for c in s))
    scaled = _scaled_decimal(s)
    if scaled is not None:
        return scaled
    tokens = _tokenise(s)
    return None if tokens is None else _evaluate(tokens)


def _scaled_decimal(s: str) -> Decimal | None:
    """A Chinese decimal before 万/亿: 三点五亿 = 3.5 × 10^8, 一点二万亿 = 1.2 × 10^12."""
    n = numerals()
    head = len(s)
    while head > 0 and s[head - 1] in n.big_units:
        head -= 1
    if head == len(s) or head == 0 or not any(c in n.points for c in s[:head]):
        return None
    value = _parse_unsigned(s[:head])
    if value is None:
        return None
    for c in s[head:]:
        value *= Decimal(n.big_units[c])
    return value


def _arabic(s: str) -> Decimal | None:
    try:
        return Decimal(s.replace(",", ""))
    except InvalidOperation:
        return None


# A token is (kind, value): "num" (a digit or an Arabic number), "small", "big", "zero",
# "frac" (the digits after 点, already a fraction) or "half".
Token = tuple[str, Decimal]


def _tokenise(s: str) -> list[Token] | None:
    n = numerals()
    tokens: list[Token] = []
    i = 0
    while i < len(s):
        c = s[i]
        arabic = _ARABIC.match(s, i)
        if arabic:
            tokens.append(("num", _arabic(arabic.group())))
            i = arabic.end()
        elif c in n.points:
            frac = _decimal_digits(s[i + 1 :])
            if frac is None:
                return None
            tokens.append(("frac", frac))
            i = len(s)
        elif c in n.digits and n.digits[c] == 0:
            tokens.append(("zero", Decimal(0)))
            i += 1
        elif c in n.digits or c in n.unknown_digits:
            tokens.append(("num", Decimal(n.digits.get(c, 0))))
            i += 1
        elif c in n.small_units:
            tokens.append(("small", Decimal(n.small_units[c])))
            i += 1
        elif c in n.big_units:
            tokens.append(("big", Decimal(n.big_units[c])))
            i += 1
        elif c in n.half and i == 0:
            tokens.append(("num", Decimal("0.5")))
            i += 1
        else:
            return None
    return tokens


def _decimal_digits(s: str) -> Decimal | None:
    """The digits after 点 (五五四四 → 0.5544)."""
    digits = numerals().digits
    if not s or any(c not in digits for c in s):
        return None
    return Decimal("0." + "".join(str(digits[c]) for c in s))


def _evaluate(tokens: list[Token]) -> Decimal | None:
    """Sum a numeral written with units: sections of 十百千 closed by 万/亿.

    A unit may follow another big unit (万亿, 万万) and then multiplies the whole; a bare
    last digit after a unit is an abbreviation one place lower (一万三 = 13000, 两千四百五 = 2450)
    unless a 零 stood in between (一千零五 = 1005).
    """
    total = section = Decimal(0)
    current: Decimal | None = None
    last_small: Decimal | None = None
    largest_big: Decimal | None = None
    prev_kind = ""
    prev_unit: Decimal | None = None
    current_after_unit = False
    fraction = Decimal(0)
    for kind, value in tokens:
        if kind == "num":
            if current is not None:
                return None
            current = value
            current_after_unit = prev_kind in ("small", "big")
        elif kind == "small":
            if last_small is not None and value >= last_small and current is None:
                return None
            section += (current if current is not None else Decimal(1)) * value
            current, last_small, prev_unit = None, value, value
        elif kind == "big":
            block = section + (current or 0)
            if prev_kind == "big" and block == 0:
                total *= value
            elif block == 0 and total == 0:
                if prev_kind:
                    return None
                total = value  # a bare 万 counts one (万分之三, 上万)
            elif largest_big is not None and value > largest_big:
                total = (total + block) * value
            else:
                total += block * value
            largest_big = max(largest_big or value, value)
            section, current, last_small, prev_unit = Decimal(0), None, None, value
        elif kind == "zero":
            prev_unit = None
        elif kind == "frac":
            fraction = value
        prev_kind = kind
    if current is not None and current_after_unit and prev_unit is not None and current < 10:
        current *= prev_unit / 10
    return total + section + (current or 0) + fraction
