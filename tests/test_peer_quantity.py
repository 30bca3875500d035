"""Recognizers-Text's Chinese number specs, turned into QUANTITY cases in SPEC's normalisation.

The peer data (``../shared/peer/recognizers-text/Specs``, format in its README; ``End`` is
inclusive) is converted like this:

- ``Number/Chinese/NumberModel.json``: every result is a value case for the parser
  (``parse_chinese_number(Input[Start:End+1]) == value``); a case with no result says the text
  holds no number, so ``find_quantities`` must find nothing there.
- ``Number/Chinese/PercentModel.json``: every result is a percent QUANTITY (unit ``%``, value the
  percent number; 成 is tenths, 半成 five percent, 千分之 per mille; N个百分点 is N 百分点, the
  classifier dropped, SPEC 6.1); compared with the mentions of dimension percent.
- ``NumberWithUnit/Chinese/CurrencyModel.json``: CNY amounts in 元, foreign money in its currency
  as written (SPEC section 6); compared with the mentions of dimension money.
- ``NumberWithUnit/Chinese/DimensionModel.json``: physical measures with the unit as written
  (SPEC keeps the written unit, so 三千比特 is 3000 比特, not the peer's 3 kilobit); compared
  with the mentions of the physical dimensions (mass, length, area, volume, energy, power, other).

SPEC puts a modifier written in front into the span (SPEC section 3), so an expected span grows
over one (peer 一吨 in 近一吨 → 近一吨, modifier nearly). A case passes when the quantities of its
class found in the input are exactly the expected ones (span, value, unit, modifier).

Ruled out of scope, with the reason (each rule below is one entry of ``OUT_OF_SCOPE``):

- scientific and power notation (2e5, 2^5, 1.1^+23) and Latin magnitude suffixes (40k, 2.5 M,
  百分之15K): not how the reports SPEC covers write numbers;
- 打 (a dozen): a unit, not a numeral, and SPEC has no such unit;
- 兆 as a numeral (五兆六十二亿…, 四十九兆…億元): it is 10^6 in mainland units (兆瓦) and 10^12 in
  Taiwan usage, so the recogniser leaves it unread;
- mixed fractions written with a space or slash (1 4/3, ４ ６／３);
- numbers and unit words broken up by spaces (一 百 五 十 个 百 分 点, 七成 六, 百分之五 十):
  an artefact of tokenised text, not of edited reports (spaces between words are still fine);
- 折 discounts (九折, 对折, 半折): SPEC defines no discount reading (九折 is 90 % of a price);
- 百分之二三十 and 二三十个百分点: SPEC reads 二三十 as the range 20–30, the peer expects nothing;
- 5-20%: SPEC annotates one range quantity (low 5, high 20), the peer only 20%;
- 五百分之2.2: the peer declines a decimal numerator, SPEC reads every N分之M as a percent;
- money without a value (人民币 美元), colloquial 块, a subunit alone (三毛, 五分, 日本銭; after a whole
  amount it adds to it, SPEC 6.1: 50元6角三分 → 50.63 元, so those cases are scored), Bitcoin and
  the bare $ (which dollar?), 人民币 written in front of an amount with spaces, and an order number;
- 位 as a bit (一位): a classifier (两 as the mass unit liang, 三十两, is scored: SPEC 6.1);
- NumberModel's empty results for amounts that are money (一美元): those are CurrencyModel cases.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from extract.numbers import parse_chinese_number
from extract.quantity import find_quantities

SPECS = Path(__file__).resolve().parent.parent.parent / "shared" / "peer" / "recognizers-text" / "Specs"
MIN_PASS_RATE = 0.90

# SPEC section 3's modifiers that are written in front of the number.
FRONT_MODIFIERS = {
    "不超过": "at_most",
    "超过": "more_than",
    "超": "more_than",
    "逾": "more_than",
    "将近": "nearly",
    "接近": "nearly",
    "近": "nearly",
    "大约": "approx",
    "约": "approx",
    "不到": "less_than",
    "不足": "less_than",
    "至少": "at_least",
    "不少于": "at_least",
    "最多": "at_most",
}
CURRENCY_UNITS = {
    "CNY": "元",
    "USD": "美元",
    "EUR": "欧元",
    "CHF": "瑞士法郎",
    "HKD": "港元",
    "TWD": "台币",
    "JPY": "日元",
    "NGN": "奈拉",
}
DIMENSION_UNITS = {
    "Mu": ["亩"],
    "Kilogram": ["公斤", "千克", "kg"],
    "Centimeter": ["公分", "厘米", "cm"],
    "Ton": ["吨"],
    "Meter": ["米", "m"],
    "Jin": ["斤"],
    "Kilometer": ["千米", "公里", "km"],
    "Gram": ["克"],
    "Kilobit": ["比特"],
    "Kilobyte": ["字节"],
    "Megabyte": ["兆字节"],
    "Megahertz": ["兆赫兹"],
    "Liang": ["两"],
    "Hertz": ["赫兹"],
    "Kilowatt": ["千瓦"],
    "Kilocalorie": ["千卡"],
    "Microgram": ["微克"],
}
PHYSICAL = {"mass", "length", "area", "volume", "energy", "power", "other"}
CLASS_OF_FILE = {"PercentModel": {"percent"}, "CurrencyModel": {"money"}, "DimensionModel": PHYSICAL}

# (file stem, regex, reason): a match on one result's text drops that result (and any mention over
# its span); a file's own rule (not "*") matching the input drops a case without results.
# CASE_OUT_OF_SCOPE drops a whole case whose input matches.
CASE_OUT_OF_SCOPE = [
    ("PercentModel", r"5-20%", "SPEC annotates the range 5-20% as one quantity"),
    ("CurrencyModel", r"\$\d|块", "the bare $ and colloquial 块 in the same sentence as other amounts"),
]
OUT_OF_SCOPE = [
    ("*", r"\d[eE][+\-－]?\d|\^|\d\s*[kKＫM]\b|\d\s*[kKＫ]|\d k", "scientific notation or Latin suffix"),
    ("*", r"打", "dozen"),
    ("*", r"兆(?!字节|赫)", "兆 as a numeral"),
    ("*", r"\d\s+[\d０-９]+\s*[/／]|^[-]?\d+/\d+", "mixed or slash fraction"),
    (
        "*",
        r"[一二三四五六七八九十百千万零点點個个两兩成0-9０-９.．]\s+[一二三四五六七八九十百千万零点點個个成折分之0-9０-９]"
        r"|[百佰]\s+分|分\s+之",
        "spaces inside a number",
    ),
    ("PercentModel", r"折", "discount"),
    ("PercentModel", r"二三十", "SPEC range 20-30"),
    ("PercentModel", r"五百分之2\.2", "decimal numerator"),
    (
        "CurrencyModel",
        r"\$\d|块|^[^元]*(?:毛|[角分]|美分)$|銭|比特币|人民币\s+\d|\d{20,}",
        "money without value, subunits, other coins, order number",
    ),
    ("DimensionModel", r"一位", "位 bit"),
    ("NumberModel", r"美元|折", "money or discount: other files"),
]


@dataclass
class Expected:
    start: int
    end: int
    value: float
    unit: str | None = None
    modifier: str | None = None


@dataclass
class Case:
    input: str
    expected: list[Expected] = field(default_factory=list)
    ignored_spans: list[tuple[int, int]] = field(default_factory=list)


def _out_of_scope(
    stem: str, text: str, rules: list[tuple[str, str, str]] = OUT_OF_SCOPE, anyfile: bool = True
) -> bool:
    files = ("*", stem) if anyfile else (stem,)
    return any(f in files and re.search(pattern, text) for f, pattern, _ in rules)


def _empty_out_of_scope(stem: str, raw: dict) -> bool:
    """A case without results is dropped only by its own file's rules (a URL holds 2e5 by chance)."""
    return not raw["Results"] and _out_of_scope(stem, raw["Input"], anyfile=False)


def _load(relative: str) -> list[dict]:
    return json.loads((SPECS / relative).read_text(encoding="utf-8"))


def _grow_over_modifier(text: str, start: int) -> tuple[int, str | None]:
    for word, modifier in FRONT_MODIFIERS.items():
        if text.startswith(word, start - len(word)):
            return start - len(word), modifier
    return start, None


def _percent_value(result: dict) -> float:
    return float(result["Resolution"]["value"].rstrip("%"))


def _currency(result: dict, written: str) -> tuple[float, str]:
    return float(result["Resolution"]["value"]), CURRENCY_UNITS[result["Resolution"]["isoCurrency"]]


def _dimension(result: dict, written: str) -> tuple[float, str]:
    name = result["Resolution"]["unit"]
    body = written[:-1] if written.endswith("半") else written
    unit = next(u for u in DIMENSION_UNITS[name] if body.lower().endswith(u))
    value = float(result["Resolution"]["value"])
    if name.startswith("Kilo") and body.endswith("千" + unit):
        value *= 1000  # the peer folds 三千比特 into 3 kilobit; SPEC keeps 3000 比特
    return value, unit


READERS = {
    "PercentModel": lambda r, w: (
        _percent_value(r),
        "百分点" if re.search("百分点|百分點", w) else "%",  # SPEC 6.1: 0.1个百分点 → 百分点
    ),
    "CurrencyModel": _currency,
    "DimensionModel": _dimension,
}


def _mention_cases(relative: str) -> list[Case]:
    stem = Path(relative).stem
    cases = []
    for raw in _load(relative):
        if _empty_out_of_scope(stem, raw) or _out_of_scope(stem, raw["Input"], CASE_OUT_OF_SCOPE):
            continue
        case = Case(raw["Input"])
        for r in raw["Results"]:
            written = raw["Input"][r["Start"] : r["End"] + 1]
            if _out_of_scope(stem, written) or r["Resolution"].get("value") is None:
                case.ignored_spans.append((r["Start"], r["End"] + 1))
                continue
            start, modifier = _grow_over_modifier(raw["Input"], r["Start"])
            value, unit = READERS[stem](r, written)
            case.expected.append(Expected(start, r["End"] + 1, value, unit, modifier))
        if case.expected or not raw["Results"]:
            cases.append(case)
    return cases


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _passes(case: Case, classes: set[str]) -> bool:
    found = [
        m
        for m in find_quantities(case.input)
        if m["norm"]["dimension"] in classes
        and not any(m["start"] < e and s < m["end"] for s, e in case.ignored_spans)
    ]
    if len(found) != len(case.expected):
        return False
    for want in case.expected:
        if not any(
            m["start"] == want.start
            and m["end"] == want.end
            and _close(m["norm"]["value"], want.value)
            and m["norm"]["unit"] == want.unit
            and m["norm"]["modifier"] == want.modifier
            for m in found
        ):
            return False
    return True


def _number_cases() -> tuple[list[tuple[str, float]], list[str]]:
    values, empties = [], []
    for raw in _load("Number/Chinese/NumberModel.json"):
        if raw.get("IgnoreResolution") or _empty_out_of_scope("NumberModel", raw):
            continue
        if not raw["Results"]:
            empties.append(raw["Input"])
        for r in raw["Results"]:
            written = raw["Input"][r["Start"] : r["End"] + 1]
            if not _out_of_scope("NumberModel", written):
                values.append((written, float(r["Resolution"]["value"])))
    return values, empties


def _report(name: str, passed: int, total: int, failures: list[str], capsys) -> float:
    rate = passed / total
    with capsys.disabled():
        print(f"\npeer {name}: {passed}/{total} in-scope cases pass ({rate:.1%})")
    assert rate >= MIN_PASS_RATE, f"{name}: {rate:.1%} < {MIN_PASS_RATE:.0%}; failing: {failures}"
    return rate


def test_number_model(capsys):
    values, empties = _number_cases()
    failures = [
        f"{w!r}→{parse_chinese_number(w)} want {v}"
        for w, v in values
        if parse_chinese_number(w) is None or not _close(parse_chinese_number(w), v)
    ]
    failures += [
        f"{t!r} found {[m['text'] for m in find_quantities(t)]}" for t in empties if find_quantities(t)
    ]
    total = len(values) + len(empties)
    assert total > 300  # the conversion kept most of the 365 cases
    _report("NumberModel", total - len(failures), total, failures, capsys)


@pytest.mark.parametrize(
    "relative",
    [
        "Number/Chinese/PercentModel.json",
        "NumberWithUnit/Chinese/CurrencyModel.json",
        "NumberWithUnit/Chinese/DimensionModel.json",
    ],
)
def test_mention_model(relative, capsys):
    stem = Path(relative).stem
    cases = _mention_cases(relative)
    assert len(cases) >= 20
    failures = [c.input for c in cases if not _passes(c, CLASS_OF_FILE[stem])]
    _report(stem, len(cases) - len(failures), len(cases), failures, capsys)


def test_conversion_follows_spec():
    """The converter itself: modifiers join the span, units stay as written, kilo folds unfold."""
    dims = {c.input: c for c in _mention_cases("NumberWithUnit/Chinese/DimensionModel.json")}
    near = dims["澳联邦警察与维州警方在墨尔本缴获近一吨冰毒，为澳洲史上最大冰毒走私案。（澳洲联邦警察局 ..."]
    assert (near.expected[0].start, near.expected[0].modifier, near.expected[0].unit) == (16, "nearly", "吨")
    assert dims["三千比特"].expected[0].value == 3000 and dims["三千比特"].expected[0].unit == "比特"
    money = {c.input: c for c in _mention_cases("NumberWithUnit/Chinese/CurrencyModel.json")}
    assert money["兑换１．０７５３美元"].expected[0].unit == "美元"
    assert money["我有一千元"].expected[0].value == 1000 and money["我有一千元"].expected[0].unit == "元"
