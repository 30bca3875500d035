"""Entity classes counted on the entleft26 yardstick (four blind annotations of unlabelled
articles put together): brands the dictionary knows as list items, zones' short forms, and a
place's firm opening a list of companies. Invented names throughout."""

from __future__ import annotations

from extract.entities import find_entities


def _found(text: str) -> list[tuple[str, str]]:
    return [(m["type"], m["text"]) for m in find_entities(text, model=False)]


def _subtypes(text: str) -> dict[str, str]:
    return {m["text"]: m["norm"].get("subtype") for m in find_entities(text, model=False) if m["type"] == "PLATFORM"}


# --- brands the dictionary tags as names (神舟 nz, 玉兔 nr), as items of a company list (closed by 等,
# in a list of sectors and outside a list: rules/entity_company.toml's example)


def test_dictionary_brands_counted_without_deng_are_companies() -> None:
    assert ("COMPANY", "玉兔") in _found("区内聚集了神舟、玉兔、澄光新材3家龙头企业。")


def test_dictionary_name_tags_alone_make_no_list_of_firms() -> None:
    # the dictionary tags 智慧, 卓越 (and 雷达, 石英: entity_company.toml's example) as names too:
    # without an unknown brand among the items the list names sectors or qualities, not firms
    assert _found("支持卓越、智慧等企业。") == []


def test_dictionary_brands_outside_a_list_stay_words() -> None:
    assert _found("神舟飞船顺利返回,玉兔月球车完成任务。") == []


def test_ordinary_nouns_in_a_company_list_stay_words() -> None:
    # 数据 and 平台 are words the dictionary tags as nouns, not names
    assert [t for t, _ in _found("整合数据、平台等企业资源。")] == []


# --- a zone named in full by a proper word, then by that word alone


def test_zone_short_form_after_full_name() -> None:
    text = "持续推进澄谷新区开发,引导央企落户澄谷,澄谷已集聚企业300家。"
    found = _found(text)
    assert found.count(("PLATFORM", "澄谷")) == 2
    assert _subtypes(text)["澄谷"] == "park"


def test_zone_short_form_of_a_science_city() -> None:
    assert ("PLATFORM", "拓岭") in _found("聚焦拓岭科学城建设。把握拓岭发展机遇。")


def test_no_short_form_without_the_full_name() -> None:
    assert ("PLATFORM", "澄谷") not in _found("服务保障央企迁入澄谷。")


def test_parts_and_designations_give_no_short_form() -> None:
    # 园区 is part of a zone, 示范区 often a designation: the proper word alone is not the zone
    found = _found("拓岭园区扩容,拓岭发展良好。澄谷示范区获批,澄谷经济向好。")
    assert ("PLATFORM", "拓岭") not in found
    assert ("PLATFORM", "澄谷") not in found


def test_short_form_inside_a_longer_name_is_not_taken_twice() -> None:
    found = _found("澄谷新区管委会召开会议,澄谷新区建设提速。")
    assert ("PLATFORM", "澄谷") not in found


# --- a place and an industry word among companies named by their heads (a closed list opening its
# clause, and the pair alone: rules/entity_company.toml's example)


def test_open_list_does_not_take_its_first_item() -> None:
    # no 等 closes the list: its first item may be the clause's subject phrase, not an item
    found = _found("北湖钢铁、青禾精工机床集团和澄川拓岭化纤集团均已投产。")
    assert ("COMPANY", "北湖钢铁") not in found


def test_zone_short_form_after_city_and_proper_word() -> None:
    # the city written first (北湖|澄谷|高新区): the proper word after it is the zone's short form
    found = _found("北湖澄谷高新区成立十年,澄谷已集聚企业300家。")
    assert ("PLATFORM", "北湖澄谷高新区") in found
    assert ("PLATFORM", "澄谷") in found


# --- the verb that launches a product and the first one of a kind stay outside a loan's name


def test_launch_verb_after_a_name_word_is_outside_the_loan() -> None:
    assert _found("北湖农商行创新推出拓禾贷。") == [("COMPANY", "北湖农商行"), ("LOAN", "拓禾贷")]


def test_first_of_a_kind_is_outside_the_loan() -> None:
    found = _found("发放首笔专利权质押贷款,落地首单拓禾贷。")
    assert found == [("LOAN", "专利权质押贷款"), ("LOAN", "拓禾贷")]


# --- a list closed by 等…企业信息 names data sources, not companies


def test_items_before_company_information_are_no_companies() -> None:
    assert _found("汇集拓禾备案、澄川登记等8万户企业数据。") == []


def test_items_before_companies_themselves_still_are() -> None:
    assert _found("汇集拓禾、澄川光电等8家企业。") == [("COMPANY", "拓禾"), ("COMPANY", "澄川光电")]
