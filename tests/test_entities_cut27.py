"""cut27: a firm's brand ending on a preposition's character (澄自, 禾向) after a place."""

from __future__ import annotations

from extract.entities import find_entities


def companies(text: str) -> list[str]:
    return [m["text"] for m in find_entities(text, model=False) if m["type"] == "COMPANY"]


def regions(text: str) -> list[str]:
    return [m["text"] for m in find_entities(text, model=False) if m["type"] == "REGION"]


def test_a_brand_ending_on_a_preposition_character_keeps_its_place_whole_or_cut():
    # 澄自 one token, then 澄|从 cut into characters: the place, the brand, the industry word and
    # the head are one COMPANY (SPEC 6.1), the place no REGION of its own
    text = "位于北湖区的江西澄自机器人公司正在扩产。"
    assert companies(text) == ["江西澄自机器人公司"]
    assert regions(text) == ["北湖区"]
    assert companies("青禾省澄从智能装备集团落户北湖区。") == ["青禾省澄从智能装备集团"]
    # a conjunction's character ending the brand (澄|和) is the brand's too
    assert companies("北湖区的江苏澄和科技公司投产。") == ["江苏澄和科技公司"]


def test_a_preposition_after_a_date_or_a_place_alone_still_governs_the_name():
    # a numeral and the day before 自: the preposition of coming from a body, no brand
    assert companies("他3日自澄川科技公司返回。") == ["澄川科技公司"]
    # one character between the place and the industry word: no brand of two characters
    assert "青禾市向科技公司" not in companies("青禾市向科技公司购买设备。")
    assert companies("北湖区与澄川区对科技公司开展帮扶。") == []
    # a conjunction right after the place joins it to the firm: the place stays a REGION
    assert regions("江苏与澄川科技公司签约。") == ["江苏"]
