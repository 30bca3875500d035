"""COMPANY classes (SPEC 3, 6.1; issue 14): brands and short names as list items, a place and an industry
word before the company noun, the example of a kind of firm, a branch or a factory after a place, listed
companies by their short names (rules/company_names.tsv), a brand opening a maker's clause or a project's name
before a product's acronym, and what stays out (sectors, materials, places, data sources). Invented names
throughout (the table's short names are facts)."""

from __future__ import annotations

import pytest
from conftest import company_texts as _companies
from conftest import company_texts as companies
from conftest import entity_names as named
from conftest import entity_pairs as _found
from conftest import entity_pairs as found
from conftest import region_texts as regions

from extract.entities import get_recogniser


def test_a_branch_named_after_a_company_stays_one_company():
    assert found("青禾集团同心县分公司成立。") == [("COMPANY", "青禾集团同心县分公司")]


@pytest.mark.parametrize("factory", ["卷烟厂", "钢铁厂", "制药厂", "水泥厂", "化工厂", "啤酒厂"])
def test_a_factory_after_a_place_is_a_company_and_a_kind_of_factory_is_none(factory):
    assert found(f"澄川{factory}投产,全省{factory}减产,新建{factory}。") == [("COMPANY", f"澄川{factory}")]


def test_a_universitys_holding_firm_named_by_trade_words_is_one_firm():
    name = "澄川大学控股集团有限公司"
    assert found(f"{name}参与投资。", "COMPANY", "INSTITUTION") == [("COMPANY", name)]


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


# --- a trade verb governing a sector among list items: no firm


def test_trade_verb_and_sector_in_a_list_is_no_company() -> None:
    found = _found("重点发展新材料、澄峰科技等企业。")
    assert ("COMPANY", "澄峰科技") in found
    assert not [text for kind, text in found if "新材料" in text]


def test_trade_verb_and_sectors_alone_make_no_company() -> None:
    assert _found("重点发展集成电路、网络安全等企业。") == []


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


# --- a place and an industry word among companies named by their heads (a closed list opening its
# clause, and the pair alone: rules/entity_company.toml's example)


def test_open_list_does_not_take_its_first_item() -> None:
    # no 等 closes the list: its first item may be the clause's subject phrase, not an item
    found = _found("北湖钢铁、青禾精工机床集团和澄川拓岭化纤集团均已投产。")
    assert ("COMPANY", "北湖钢铁") not in found


# --- a list closed by 等…企业信息 names data sources, not companies


def test_items_before_company_information_are_no_companies() -> None:
    assert _found("汇集拓禾备案、澄川登记等8万户企业数据。") == []


def test_items_before_companies_themselves_still_are() -> None:
    assert _found("汇集拓禾、澄川光电等8家企业。") == [("COMPANY", "拓禾"), ("COMPANY", "澄川光电")]


# --- brands the segmenter knows no word for, cut into single characters (珂|驾)


def test_brands_cut_into_characters_in_a_counted_list_are_companies() -> None:
    found = _found("翎澈、珂驾和佑禾三家公司去年完成扩产。")
    assert [x for x in found if x[0] == "COMPANY"] == [("COMPANY", "翎澈"), ("COMPANY", "珂驾"), ("COMPANY", "佑禾")]


def test_brands_cut_into_characters_before_deng_are_companies() -> None:
    found = _found("翎澈、珂驾、佑禾等企业去年完成扩产。")
    assert ("COMPANY", "珂驾") in found and ("COMPANY", "佑禾") in found


def test_places_listed_before_a_kind_of_firm_stay_places() -> None:
    assert _found("会议邀请北湖、澄川等地企业参加。") == [("REGION", "北湖")]


# --- the first item of a list that opens after the clause's verb or preposition


def test_first_item_after_a_preposition_is_a_company() -> None:
    found = _found("澄川港区码头由北湖控股、拓岭实业和青禾集团合资运营。")
    assert ("COMPANY", "北湖控股") in found
    assert ("REGION", "北湖") not in found


def test_first_item_after_a_verb_in_a_closed_list_is_a_company() -> None:
    found = _found("园区引进北湖钢铁、澄川控股、拓川集团等企业。")
    assert ("COMPANY", "北湖钢铁") in found


def test_place_alone_first_in_a_list_of_firms_stays_a_place() -> None:
    found = _found("支持北湖、澄川控股、拓川集团共同发展。")
    assert ("REGION", "北湖") in found
    assert ("COMPANY", "北湖") not in found


# --- a size class of firms (规上) between 等 and the company noun


def test_size_class_after_the_count_keeps_the_list_of_firms() -> None:
    found = _found("截至去年,澄光科技、拓川、北湖锂电等12家规上企业建成投产。")
    assert [x for x in found if x[0] == "COMPANY"] == [
        ("COMPANY", "澄光科技"), ("COMPANY", "拓川"), ("COMPANY", "北湖锂电")]


def test_place_and_industry_word_before_deng_qiye_is_a_company() -> None:
    # (科技 alone is a generic word: the place is what names the firm)
    found = _found("拓川、北湖科技等企业扩建厂房。")
    assert ("COMPANY", "拓川") in found and ("COMPANY", "北湖科技") in found


# --- brands written in Latin letters, as items of a list that holds a brand the dictionary lacks


def test_latin_brand_beside_an_unknown_brand_is_a_company() -> None:
    found = _found("园区吸引了澄屿、zuvo、拓岚电子等家电企业。")
    assert ("COMPANY", "zuvo") in found and ("COMPANY", "拓岚电子") in found


def test_latin_letters_before_ideographs_make_one_short_name() -> None:
    assert ("COMPANY", "Ko优选") in _found("孵化器走出了拓屿澄辉、Ko优选等一批初创企业。")


def test_capital_acronyms_in_a_list_of_firms_stay_sectors() -> None:
    found = _found("AI、VR、拓屿科技等企业。")
    assert [x for x in found if x[0] == "COMPANY"] == [("COMPANY", "拓屿科技")]


@pytest.mark.parametrize("sector", ["LED照明", "IT服务"])
def test_an_acronym_before_an_industry_word_in_a_list_of_firms_stays_a_sector(sector: str) -> None:
    found = _found(f"园区聚集了{sector}、澄屿、拓岚电子等企业。")
    assert [x for x in found if x[0] == "COMPANY"] == [("COMPANY", "澄屿"), ("COMPANY", "拓岚电子")]


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


@pytest.mark.parametrize("items", ["钛材、铜箔和锰锌三家公司", "镍钴、锰锌两家企业", "硅片、钛材等企业"])
def test_materials_listed_before_firms_are_no_companies(items):
    assert _companies(f"北湖区{items}去年完成扩产。") == []


def test_brands_beside_the_material_rule_stay_companies():
    assert _companies("翎澈、珂驾和佑禾三家公司去年完成扩产。") == ["翎澈", "珂驾", "佑禾"]


# --- listed companies by their short names (corpus/ANNOTATION.md comp28): the table rules/company_names.tsv
# holds the exchanges' short names (facts, as the division table holds places); the sentences are invented.


def _table_spans(text: str, names: set[str]) -> list[str]:
    from extract.entities.company_short import table_candidates
    from extract.lexicon import PhraseMatcher

    t, _ = get_recogniser(model=False).prepare(text)
    return [t.joined[c.start : c.end] for c in table_candidates(t, PhraseMatcher(names))]


def test_a_listed_short_name_is_a_company_without_any_cue():
    # names of the table that no article holds, in sentences of our own: a subject, an object, a list
    assert ("COMPANY", "斯莱克", "斯莱克") in named("斯莱克与北湖区签约建设新厂。")
    assert ("COMPANY", "赢时胜", "赢时胜") in named("赢时胜投资12亿元建设青禾研发中心。")
    assert ("COMPANY", "海利尔", "海利尔") in named("澄川县引进海利尔,新建一条生产线。")


def test_a_listed_short_name_inside_a_longer_name_or_word_is_not_read_alone():
    # the firm's base named after it is one PLATFORM (longest whole name); a name of the table inside a
    # longer word is no name (whole tokens only)
    assert named("斯莱克北湖生产基地投产。") == [("PLATFORM", "斯莱克北湖生产基地", "斯莱克北湖生产基地")]
    assert _table_spans("澄屿光能在北湖区投产。", {"澄屿光能"}) == ["澄屿光能"]
    assert _table_spans("北湖科技局走访企业。", {"湖科技"}) == []
    assert _table_spans("澄屿光能化工园开园。", {"澄屿光"}) == []


def test_the_table_leaves_out_ordinary_words_phrases_zones_and_media():
    from extract.entities.words import lexicon

    names = lexicon().company_names
    assert {"京东方", "斯莱克", "赢时胜", "中兴通讯"} <= names  # brands the dictionary lacks or tags as names
    # words and phrases of the dictionary (a robot, new industries, smart farming), a street, a bureau's
    # name, a zone's developer, a port, a news site, two characters (a word or a person's name too often)
    assert not names & {"机器人", "新产业", "新动力", "数字人", "线上线下", "中国建筑", "智慧农业", "王府井", "招商局",
                        "济南高新", "珠海港", "人民网", "万科"}
    assert all(3 <= len(n) <= 8 for n in names)
    assert not any(named(text) for text in ["培育新产业、新动力和机器人企业。", "澄川县打造线上线下服务体系。"])


def test_a_listed_short_name_shows_a_list_to_be_of_firms():
    # a word the dictionary knows as a name is an item where a listed company's short name is one (as a
    # brand it does not know shows it); without either, the list stays unread (known words name sectors too)
    assert {n for _, n, _ in named("中兴通讯、华为等企业参展。")} == {"华为", "中兴通讯"}
    assert named("华为、腾讯等企业参展。") == []


# --- a brand as the maker of a product and a product's acronym in a project's name (corpus/ANNOTATION.md
# compb28); the brands, places and sentences are invented.


def test_a_brand_opening_a_makers_clause_is_a_company():
    assert named("澄屿研发的储氢罐通过验收。") == [("COMPANY", "澄屿", "澄屿")]
    assert named("项目投产;禾川研发生产的叶片出口。") == [("COMPANY", "禾川", "禾川")]
    assert named("如青峰研制出新型电池。") == [("COMPANY", "青峰", "青峰")]
    # a place before the brand is part of its name (SPEC 6.1); a date before it opens the clause
    assert ("COMPANY", "北湖区禾川", "北湖区禾川") in named("去年,北湖区禾川自主研发出新型电池。")
    assert ("COMPANY", "澄屿金翎", "澄屿金翎") in named("2032年澄屿金翎研发的机器人上市。")
    # a brand of a name the dictionary knows (北斗, tagged as one) and a word it lacks
    assert named("北斗翎澈研发的机器人获奖。") == [("COMPANY", "北斗翎澈", "北斗翎澈")]


def test_no_maker_without_a_brand_opening_the_clause():
    # ordinary words, a place alone, a verb's subject after a stop word, a clause that runs on, a person's
    # name on a common surname, no maker's verb with 的 or 出 after it
    for text in ["企业自主研发的芯片走俏。", "当地生产的茶叶畅销。", "团队研制出样机。", "我市研发的平台上线。",
                 "北湖区加大对于研发的投入。", "张澄研发的装置获奖。", "陈禾川研制的仪器获奖。",
                 "北湖区引导青禾澄屿禾川研发的新品上市。", "澄屿研发投入增长。", "澄屿生产线投产。",
                 "如东县研发的新品上市。"]:  # (a division opening on 如 is no glued 如)
        assert [m for m in named(text) if m[0] == "COMPANY"] == [], text
    # a name another rule reads there keeps its reading (a brand and its industry word, a university)
    assert named("澄屿科技研发的储氢罐出口。") == [("COMPANY", "澄屿科技", "澄屿科技")]
    assert named("青禾大学研发的系统上线。") == [("INSTITUTION", "青禾大学", "青禾大学")]


def test_a_maker_frame_before_an_attribute_of_the_making_names_no_maker():
    # (rv28) 研发的 before the pace, the cost or the effort of the making is the activity: the material or the
    # technology before it (words the dictionary lacks) is no brand; a product after 的 keeps the maker
    for text in ["近年来,碳化硅研发的速度加快。", "此外,磷酸铁锂生产的成本下降。", "澄屿研发的投入逐年增加。"]:
        assert [m for m in named(text) if m[0] == "COMPANY"] == [], text
    assert named("澄屿研发的水平仪通过验收。") == [("COMPANY", "澄屿", "澄屿")]  # a product opening on 水平


def test_a_products_acronym_after_a_brand_opening_a_projects_name():
    assert named("禾川OLED模组扩产项目签约落地。") == [("COMPANY", "禾川", "禾川")]
    assert named("北湖区澄屿LNG项目投产。") == [("REGION", "北湖区", "北湖区"), ("COMPANY", "澄屿", "澄屿")]
    # one capital (a grade) names no product; a known word before the acronym is no brand
    assert named("青峰A级项目获评。") == []
    assert named("全市LNG项目投产。") == []


# --- a short name a list found once, written again without the list (entmine28)


@pytest.mark.parametrize(
    "text, repeated",
    [
        # before the list, glued by the segmenter to the preposition (为|澄屿 cut 为澄屿)
        ("澄川县两家模具厂去年起为澄屿加工外壳。澄屿、禾川、拓峰等家电企业陆续扩建厂房。", "澄屿"),
        # before the list, as the subject of its own clause
        ("禾川与北湖区签约。拓峰、禾川等企业已投产。", "禾川"),
        # after the list, followed by a particle
        ("引进栎岚、澄屿等龙头企业。栎岚的新厂房年内投产。", "栎岚"),
    ],
)
def test_a_short_name_a_list_found_is_a_company_where_written_again(text, repeated):
    found_items = [(m["text"], m["source"]) for m in get_recogniser(False)(text) if m["type"] == "COMPANY"]
    assert (repeated, "rule:company.repeated") in found_items
    assert sum(1 for surface, _ in found_items if surface == repeated) == 2


@pytest.mark.parametrize(
    "text",
    [
        # the name continues into a longer word: a place (澄屿|湾), a road (禾川|路)
        "今年多家零部件厂为澄屿湾码头供货。澄屿、禾川、拓峰等整车企业在园区扩产。",
        "拓峰、禾川等企业落户禾川路。",
        # a list item the dictionary knows is no brand to spread (熊猫 is also the animal; rvd28: the
        # sector 新材料 that stood here is never seeded by the list rule, so it tested no guard)
        "拓峰、禾川、熊猫等企业扩产。园中熊猫的数量增加。",
        # the name ends a longer word (小禾川 is no 禾川)
        "拓峰、禾川等企业已投产。小禾川的订单增加。",
    ],
)
def test_a_listed_short_name_does_not_spread_into_longer_words_or_ordinary_words(text):
    assert "rule:company.repeated" not in [m["source"] for m in get_recogniser(False)(text)]


def test_a_repeated_short_name_inside_a_longer_mention_stays_inside_it():
    text = "拓峰、禾川等企业已投产,青禾禾川科技园开园。"
    assert ("PLATFORM", "青禾禾川科技园") in found(text)
    assert companies(text) == ["拓峰", "禾川"]


@pytest.mark.parametrize(
    "text",
    [
        "澄屿、禾川等企业签约落户。市民傍晚在澄屿湖畔散步。",
        "澄屿、禾川等企业签约落户。禾川大道全线通车。",
        "澄屿、禾川等企业签约落户。新建禾川公园一座。",
        "澄屿、禾川等企业签约落户。澄屿小区完成改造。",
        "澄屿、禾川等企业签约落户。禾川码头扩建。",
        "澄屿、禾川等企业签约落户。禾川中学扩招。",
        "澄屿、禾川等企业签约落户。禾川一带雨水偏多。",
        "澄屿、禾川等企业签约落户。沿禾川两岸新建步道。",
    ],
)
def test_a_listed_short_name_before_a_place_feature_word_names_the_place_not_the_firm(text):
    # rvd28: the segmenter cuts 湖畔, 大道, 公园 as one token, so the one-character guard misses them
    assert "rule:company.repeated" not in [m["source"] for m in get_recogniser(False)(text)]
    assert companies(text) == ["澄屿", "禾川"]


@pytest.mark.parametrize(
    "text", ["澄屿、禾川等企业签约落户。禾川的订单增加。", "澄屿、禾川等企业签约落户。禾川方面表示欢迎。"]
)
def test_a_listed_short_name_before_a_particle_or_verb_still_spreads(text):
    # near-misses of the place-feature guard: the firm itself, written again
    assert companies(text).count("禾川") == 2
