"""Entity classes left by the entleft26 yardstick (brand26): a base named by its owner's brand,
and a company the dictionary knows whole (a brand and an industry word in one token). Invented
names throughout."""

from __future__ import annotations

from extract.entities import find_entities


def _found(text: str) -> list[tuple[str, str]]:
    return [(m["type"], m["text"]) for m in find_entities(text, model=False)]


# --- a base whose name opens on its owner's brand (a word the dictionary lacks)


def test_base_opening_on_a_brand_is_one_base() -> None:
    assert ("PLATFORM", "澄峰创新基地") in _found("调研组深入澄峰创新基地调研。")


def test_base_opening_on_a_brand_of_two_words_is_one_base() -> None:
    found = _found("拓屿青柚生物医药生产基地已封顶。")
    assert ("PLATFORM", "拓屿青柚生物医药生产基地") in found


def test_base_opening_on_a_sector_word_stays_a_kind() -> None:
    # 储能 is a word the dictionary lacks too, but a sector: the base is a kind
    assert _found("规划建设储能产业基地。") == []
    assert _found("打造双创示范基地和数智创新基地。") == []


def test_base_after_an_ordinary_word_stays_a_kind() -> None:
    assert _found("建设新能源电池生产基地。") == []


# --- the example given of a kind of firm: 像A这样的…企业


def test_example_of_a_kind_of_firm_is_a_company() -> None:
    assert ("COMPANY", "澄峰科技") in _found("像澄峰科技这样的龙头企业越来越多。")


def test_brand_the_dictionary_knows_as_the_example_is_a_company() -> None:
    # 神舟 is a word the dictionary tags as a name: the frame, not the word, shows it a firm
    assert ("COMPANY", "神舟") in _found("如今,像神舟这样的大企业纷纷落户。")


def test_example_of_a_kind_of_firm_needs_the_company_noun() -> None:
    assert _found("像神舟这样的飞船越来越多。") == []


def test_example_that_is_a_sector_is_no_company() -> None:
    assert _found("像新能源这样的企业越来越多。") == []
    assert _found("像智能制造这样的企业越来越多。") == []


# --- a brand the dictionary knows before 股份 (a listed maker's short name)


def test_named_brand_before_gufen_is_a_company() -> None:
    assert ("COMPANY", "神舟股份") in _found("神舟股份、澄峰股份相继投产。")


def test_named_brand_before_another_industry_word_stays_out() -> None:
    # the dictionary's names make sectors too (卫星通信): only 股份 takes a known brand
    assert _found("神舟通信、玉兔电子相继投产。") == []


def test_ordinary_words_before_gufen_are_shares() -> None:
    assert _found("持有国有股份、部分股份。") == []
    assert _found("集团股份已经投产。") == []


# --- a university's short form after its city (北湖师大)


def test_university_short_form_after_its_city_is_an_institution() -> None:
    assert ("INSTITUTION", "北湖师大") in _found("园区与北湖师大签约。")
    assert ("INSTITUTION", "北湖交大") in _found("支持企业与北湖交大合作。")


def test_short_form_characters_inside_other_words_are_no_body() -> None:
    assert _found("外交大使到访,种粮农大户增收,中医大楼落成。") == []


def test_short_form_after_a_word_that_is_no_division_is_no_body() -> None:
    assert _found("支持企业与澄峰师大合作。") == []


# --- a zone head after the authorities' short names: their zones at large


def test_zone_head_after_authorities_names_no_zone() -> None:
    found = _found("北湖区委区政府开发区督导组出席。")
    assert not [text for kind, text in found if kind == "PLATFORM"]


def test_zone_head_after_a_place_still_names_a_zone() -> None:
    assert ("PLATFORM", "北湖区开发区") in _found("北湖区开发区督导组出席。")


# --- a trade verb governing a sector among list items: no firm


def test_trade_verb_and_sector_in_a_list_is_no_company() -> None:
    found = _found("重点发展新材料、澄峰科技等企业。")
    assert ("COMPANY", "澄峰科技") in found
    assert not [text for kind, text in found if "新材料" in text]


def test_trade_verb_and_sectors_alone_make_no_company() -> None:
    assert _found("重点发展集成电路、网络安全等企业。") == []
