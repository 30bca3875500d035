"""Materials listed before a count of firms are what the firms make, not their names (issue 14, left27).
Invented text."""

from __future__ import annotations

import pytest

from extract.entities import find_entities


def _companies(text: str) -> list[str]:
    return [m["text"] for m in find_entities(text, model=False) if m["type"] == "COMPANY"]


@pytest.mark.parametrize("items", ["钛材、铜箔和锰锌三家公司", "镍钴、锰锌两家企业", "硅片、钛材等企业"])
def test_materials_listed_before_firms_are_no_companies(items):
    assert _companies(f"北湖区{items}去年完成扩产。") == []


def test_brands_beside_the_material_rule_stay_companies():
    assert _companies("翎澈、珂驾和佑禾三家公司去年完成扩产。") == ["翎澈", "珂驾", "佑禾"]
