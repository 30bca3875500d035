"""PLATFORM and LOAN classes (SPEC 3, 6.1; issue 14): heads and their longer forms, parks, zones and their
sections, short forms and bracketed other names, labs and bases named by owner (a firm's short name too),
place or proper word, names of generic words pinned to one platform, named venues and facilities, kinds and
categories that name no platform, and where a loan's name starts and ends and what financing is no loan
(corpus/ANNOTATION.md "Platforms and loans" sections). Invented names throughout."""

from __future__ import annotations

import pytest
from conftest import entity_names as named
from conftest import entity_pairs as _found
from conftest import entity_pairs as found
from conftest import entity_pairs_but_regions as found_but_regions
from conftest import platform_subtypes as subtypes

from extract.entities import find_entities


def _subtypes(text: str) -> dict[str, str]:
    return {m["text"]: m["norm"].get("subtype") for m in find_entities(text, model=False) if m["type"] == "PLATFORM"}


def test_a_bare_science_city_names_the_zone_of_the_text_but_not_after_a_count():
    text = "为科技城园区企业对接。澄川湾科技城是全国3个同类科技城之一,各地科技城加快建设。"
    assert found_but_regions(text) == [("PLATFORM", "科技城"), ("PLATFORM", "澄川湾科技城")]


@pytest.mark.parametrize("head", ["实验室", "研究院"])
def test_two_platforms_of_one_head_side_by_side_are_two_names(head):
    assert found(f"澄川量子{head}北湖光子{head}同时揭牌。") == [
        ("PLATFORM", f"澄川量子{head}"), ("PLATFORM", f"北湖光子{head}"),
    ]


def test_a_description_after_a_superlative_before_a_name_of_its_head_is_no_name():
    assert found("全国最大中微子实验室青禾深地实验室投入运行。") == [("PLATFORM", "青禾深地实验室")]


def test_a_particle_before_a_level_word_is_no_preposition():
    text = "青禾地区双城经济圈北湖产业技术创新联盟成立。"
    assert found(text) == [("PLATFORM", "青禾地区双城经济圈北湖产业技术创新联盟")]


@pytest.mark.parametrize("name", ["青禾协同创新区", "北湖中央创新区", "澄川未来创新区"])
def test_an_innovation_district_with_a_proper_word_is_a_park(name):
    assert subtypes(f"高标准建设{name},引进企业。") == [(name, "park")]


@pytest.mark.parametrize("text", ["拟规划科技创新区一处。", "打造区域协同创新区。"])
def test_an_innovation_district_of_generic_words_is_a_kind(text):
    assert found(text, "PLATFORM") == []


@pytest.mark.parametrize(
    ("zone", "section"),
    [("株洲科学城", "首开区"), ("北湖高新区", "起步区"), ("青禾经开区", "核心区"), ("科学城", "首开区")],
)
def test_a_section_right_after_its_zone_is_one_park(zone, section):
    assert subtypes(f"{zone}{section}签约项目增至17个。") == [(zone + section, "park")]


@pytest.mark.parametrize(
    "text",
    [
        "推进核心区更新改造。",
        "青禾是澄川医药基地的核心区。",
        "省级开发区核心区加快建设。",
        "全省各开发区起步区面积扩大。",
    ],
)
def test_a_section_not_right_after_one_zone_is_none(text):
    # (a base named by a word the dictionary lacks, 澄川医药基地, is one base (ANNOTATION [brand26], owners'
    # brands and authorities' zones): the section after it is what stays none)
    assert [name for _, name in found(text, "PLATFORM") if name.endswith(("核心区", "起步区"))] == []
    assert found(text, "PLATFORM") in ([], [("PLATFORM", "澄川医药基地")])


@pytest.mark.parametrize(
    ("name", "subtype"),
    [
        ("青禾无人机飞行试验场", "rnd"),
        ("北湖汽车试验场", "rnd"),
        ("澄川车联网测试实验场", "rnd"),
        ("株洲高亮度光源", "other"),
        ("北湖深海压力实验设施", "other"),
        ("紧凑型风洞实验装置", "other"),
    ],
)
def test_test_fields_and_named_research_facilities_are_platforms(name, subtype):
    assert subtypes(f"推进{name}建设,年内投用。") == [(name, subtype)]


@pytest.mark.parametrize("text", ["推广节能光源,更换照明设备。", "采购三色光源两套。"])
def test_a_light_source_without_a_place_or_owner_is_a_product(text):
    assert found(text, "PLATFORM") == []


@pytest.mark.parametrize(
    "text", ["青禾县是数字经济实验场。", "打造人工智能应用试验场。", "建设智能网联汽车试验场。"],
)
def test_a_testing_ground_without_a_place_or_proper_word_is_a_role_or_a_kind(text):
    assert found(text, "PLATFORM") == []


@pytest.mark.parametrize("tag", ["5G", "3D", "6G", "2"])
@pytest.mark.parametrize("head", ["实验场", "实验室", "研究院"])
def test_a_name_read_only_after_a_tag_of_digits_is_cut_and_dropped(tag, head):
    assert found(f"拓川{tag}车联网{head}投入使用。", "PLATFORM") == []


def test_a_tag_of_letters_alone_does_not_cut_a_name():
    assert subtypes("澄川AR智谷投入使用。") == [("澄川AR智谷", "park")]


@pytest.mark.parametrize(
    "text",
    [
        "推荐企业申报科技创新贷款项目入库。",
        "建设科技创新贷款库。",
        "科技创新和技术改造贷款稳步增长。",
        "发放技术改造贷款12亿元。",
    ],
)
def test_loans_a_policy_tool_counts_by_purpose_are_no_loan(text):
    assert found(text, "LOAN") == []


@pytest.mark.parametrize(
    "loan", ["科技创新再贷款", "普惠养老再贷款", "知识产权质押贷款", "科技创新信用贷款"],
)
def test_the_tool_itself_and_kinds_by_terms_stay_loans(loan):
    assert found(f"用好{loan},支持企业发展。", "LOAN") == [("LOAN", loan)]


def test_a_loan_after_a_zone_section_keeps_its_own_name():
    assert found("设立北湖起步区知识产权质押贷款贴息资金。", "LOAN") == [("LOAN", "知识产权质押贷款")]


@pytest.mark.parametrize(
    "loan", ["应收账款质押贷款", "无抵押信用贷款", "免担保信用贷款", "仓单质押贷款"],
)
def test_the_words_that_say_what_secures_a_loan_stay_in_its_name(loan):
    assert found(f"青禾银行推广{loan},支持企业发展。", "LOAN") == [("LOAN", loan)]


@pytest.mark.parametrize("name", ["株洲农业科技园区", "株洲国家农业科技园区", "青禾县脐橙农业科技示范园区"])
def test_science_and_demonstration_parks_written_with_yuanqu_are_parks(name):
    assert subtypes(f"{name}通过验收。") == [(name, "park")]


@pytest.mark.parametrize(
    "text", ["拟新增市级农业科技园区6个。", "金融助力科技园区建设。"],
)
def test_counted_or_generic_science_parks_are_none(text):
    assert found(text, "PLATFORM") == []


@pytest.mark.parametrize(
    "text", ["把青禾逐步打造为全球领先科技园区。", "建成国内一流创新中心。", "打造国际一流研发中心。"],
)
def test_a_name_opening_on_a_goal_word_without_de_is_a_goal(text):
    assert found(text, "PLATFORM") == []


@pytest.mark.parametrize(
    "text",
    [
        "据统计,湖南省农业科技示范园区吸纳企业300家。",
        "修订《湖南省科技企业孵化器认定办法》。",
        "湖南省众创空间运营良好。",
    ],
)
def test_a_programme_kind_after_a_province_alone_is_its_category(text):
    assert found(text, "PLATFORM") == []


@pytest.mark.parametrize(
    "name", ["株洲农业科技园区", "重庆市农业科技园区", "湖南省株洲市科技企业孵化器", "湖南省青禾孵化器"],
)
def test_a_programme_kind_after_a_city_a_municipality_or_a_proper_word_is_one(name):
    assert found(f"{name}开园。", "PLATFORM") == [("PLATFORM", name)]


# --- a kind of technology before a bare 平台 names a kind of system, not one platform


@pytest.mark.parametrize("kind", ["区块链", "大数据", "人工智能", "工业互联网", "物联网", "算力", "海工"])
def test_a_kind_of_technology_before_a_bare_platform_is_no_name(kind):
    assert found(f"推动建设{kind}平台,服务企业。", "PLATFORM") == []


@pytest.mark.parametrize("name", ["株洲大数据平台", "澄川区块链平台", "拓川集团人工智能平台"])
def test_a_place_or_an_owner_before_a_technology_platform_names_one(name):
    assert found(f"{name}上线运行,服务企业。", "PLATFORM") == [("PLATFORM", name)]


def test_a_lab_named_by_technology_words_keeps_its_name():
    name = "公共区块链全国重点实验室"
    assert found(f"{name}通过验收。", "PLATFORM") == [("PLATFORM", name)]


# --- a head written in a longer form of itself ends the name after the whole word


@pytest.mark.parametrize(
    ("name", "subtype"),
    [
        ("澄山科创园区", "park"),
        ("北湖国际科创园区", "park"),
        ("拓川软件园区", "park"),
        ("青禾县澄川创新园区", "park"),
        ("株洲储能基地群", "other"),
    ],
)
def test_a_longer_form_of_a_head_is_one_name(name, subtype):
    assert subtypes(f"{name}新增企业12家。") == [(name, subtype)]


@pytest.mark.parametrize("text", ["高水平建设智能制造协同创新园区。", "依托科创园区和政策资源服务企业。"])
def test_a_longer_form_of_generic_words_is_a_kind(text):
    assert found(text, "PLATFORM") == []


def test_a_longer_word_that_runs_on_is_not_taken_in():
    assert subtypes("澄山科创园区域内企业增多。") == [("澄山科创园", "park")]


# --- spans cut or run over: a leading 全国 of a centre named by the region it serves, a bracket gloss


@pytest.mark.parametrize("seat", ["西部", "东北", "华南"])
def test_a_national_centre_named_by_the_region_it_serves_keeps_its_quanguo(seat):
    name = f"全国青禾成果{seat}转化中心"
    assert found(f"{name}揭牌运行。", "PLATFORM") == [("PLATFORM", name)]


def test_a_bare_kind_after_quanguo_stays_no_name():
    assert found("全国技术转移中心数量增加。", "PLATFORM") == []


def test_a_kind_after_a_listed_zones_gloss_is_shared_by_the_list():
    text = "打造澄川高新区、经开区(青禾区)、高新区(北湖区)氢能产业园区,推动发展。"
    assert found(text, "PLATFORM") == [("PLATFORM", "澄川高新区"), ("PLATFORM", "经开区"), ("PLATFORM", "高新区")]


def test_a_bare_platform_after_a_centres_gloss_is_said_of_the_centre():
    assert found("国家青禾技术创新中心(株洲)平台正式挂牌。", "PLATFORM") == [("PLATFORM", "国家青禾技术创新中心")]


def test_a_section_after_a_zones_gloss_outside_a_list_stays_one_name():
    name = "澄川高新区(北湖区)澄山园区"
    assert found(f"推进{name}建设。", "PLATFORM") == [("PLATFORM", name)]


# --- a name never starts across a verb of making and its 成, however the segmenter cuts them


@pytest.mark.parametrize("verb", ["打造成", "塑造成", "建设成", "发展成"])
def test_a_place_made_into_a_zone_is_a_role_not_a_name_running_over_the_verb(verb):
    assert found(f"把北湖{verb}科技创新示范区。", "PLATFORM") == []


@pytest.mark.parametrize("verb", ["升级成", "培育成", "改建成"])
def test_a_zone_named_after_a_verb_of_making_starts_after_it(verb):
    assert found(f"北湖区{verb}拓川科技城。", "PLATFORM") == [("PLATFORM", "拓川科技城")]


def test_a_name_opening_on_cheng_keeps_it():
    assert found("多亏成禾技术创新中心帮忙。", "PLATFORM") == [("PLATFORM", "成禾技术创新中心")]


# --- two places joined by 与/和 before a zone named for their developing as one


@pytest.mark.parametrize("joint", ["一体化", "协同", "融合"])
def test_a_zone_two_places_develop_as_one_is_one_name_from_the_first(joint):
    name = f"株洲市与北湖三县{joint}发展示范区"
    assert found(f"{name}加快建设。", "PLATFORM", "REGION") == [("PLATFORM", name)]


def test_a_place_and_a_zone_joined_by_yu_without_a_joint_word_are_two():
    assert found("株洲市与青禾高新区签约。", "PLATFORM", "REGION") == [
        ("REGION", "株洲市"),
        ("PLATFORM", "青禾高新区"),
    ]


@pytest.mark.parametrize("alias", ["澄川化工片区", "拓川片区", "青禾县北湖园区"])
def test_a_section_named_in_a_bracket_after_a_zone_is_its_other_name(alias):
    assert found(f"青禾经济开发区({alias})获批扩区。", "PLATFORM") == [
        ("PLATFORM", "青禾经济开发区"),
        ("PLATFORM", alias),
    ]


def test_a_generic_section_in_a_bracket_after_a_zone_is_none():
    assert found("北湖高新区(各片区)加快建设。", "PLATFORM") == [("PLATFORM", "北湖高新区")]


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


# --- a zone head after the authorities' short names: their zones at large


def test_zone_head_after_authorities_names_no_zone() -> None:
    found = _found("北湖区委区政府开发区督导组出席。")
    assert not [text for kind, text in found if kind == "PLATFORM"]


def test_zone_head_after_a_place_still_names_a_zone() -> None:
    assert ("PLATFORM", "北湖区开发区") in _found("北湖区开发区督导组出席。")


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


def test_platform_name_opening_on_xietong_keeps_it() -> None:
    assert ("PLATFORM", "协同育人服务平台") in _found("青禾县建成协同育人服务平台。")


# --- an industrial design centre is a platform head; a rank or a place alone makes it a category


@pytest.mark.parametrize("name", ["中德青禾工业设计中心", "澄峰集团工业设计中心", "拓川电器工业设计中心"])
def test_an_industrial_design_centre_named_by_its_owner_or_partners_is_a_platform(name):
    assert subtypes(f"项目落户,{name}正式揭牌。") == [(name, "rnd")]


@pytest.mark.parametrize(
    "text", ["全省新增省级工业设计中心5家。", "今年获评国家级工业设计中心3家。", "北湖区工业设计中心达到12家。"]
)
def test_an_industrial_design_centre_by_rank_or_place_alone_is_a_category(text):
    assert found(text, "PLATFORM") == []


# --- a field ending in 育种 (tagged a verb) opens a lab's name before its proper word


@pytest.mark.parametrize("name", ["生物育种澄峰实验室", "作物育种青禾研究院", "水稻育种拓川实验室"])
def test_a_breeding_field_before_a_labs_proper_word_is_part_of_its_name(name):
    assert found(f"{name}发布了三项成果。", "PLATFORM") == [("PLATFORM", name)]


def test_a_governing_verb_before_a_lab_still_ends_its_name():
    assert found("省里支持澄峰实验室建设。", "PLATFORM") == [("PLATFORM", "澄峰实验室")]


# --- a quoted name before words describing a platform is the platform; the description is no name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("园区利用“青禾链”产业金融对接平台对接企业。", "青禾链"),
        ("依托“澄川科创”综合服务平台发布需求。", "澄川科创"),
        ("上线“北湖易融”网上服务平台。", "北湖易融"),
    ],
)
def test_a_quoted_name_before_a_platforms_description_is_the_platform(text, name):
    assert subtypes(text) == [(name, "service")]


@pytest.mark.parametrize("text", ["推进“两个二”协同发展平台建设。", "建成国家级“双创”服务平台。"])
def test_a_quoted_slogan_or_category_before_a_platform_names_none(text):
    assert found(text, "PLATFORM") == []


def test_only_a_platform_head_makes_the_quoted_name_a_service_platform():
    # a park head after the quotes is left to the head rules (whatever they find, no service platform)
    assert ("澄山", "service") not in subtypes("“澄山”科技园开园。")


# --- a loan's name: financing modes, verbs of carrying out, lenders at large, policy loans, invented products


def _loans(text: str) -> list[str]:
    return [m["text"] for m in find_entities(text, model=False) if m["type"] == "LOAN"]


def test_a_financing_mode_named_by_its_terms_is_no_loan_where_a_pledge_loan_is_one():
    # (loan28: …质押融资 names a financing mode, no LOAN; written with 贷款 the same pledge is a kind of loan)
    text = ("北湖区订单质押融资增长,澄川县林权抵押融资落地,企业以数据资产质押融资800万元,"
            "禾川公司以商标进行质押融资,澄屿银行发放林权抵押贷款,全市专利质押贷款增长。")
    assert _loans(text) == ["林权抵押贷款", "专利质押贷款"]
    assert _loans("澄屿银行为园区企业发放仓单质押融资贷款300万元。") == ["仓单质押融资贷款"]


def test_verbs_of_carrying_out_and_the_lenders_at_large_stay_outside_a_loans_name():
    text = ("青禾市广泛开展商标质押贷款,澄屿公司用专利进行质押贷款,为企业办理仓单质押贷款,宣传股权质押贷款,"
            "银行业金融机构知识产权质押贷款余额增长。")
    assert _loans(text) == ["商标质押贷款", "质押贷款", "仓单质押贷款", "股权质押贷款", "知识产权质押贷款"]


def test_other_financing_renewals_first_loans_and_rediscounts_are_no_loans():
    text = "澄屿公司完成股权融资,青禾租赁开展融资租赁,争取融资担保,办理无还本续贷,用好再贴现,首贷续贷户数增加。"
    assert _loans(text) == []


def test_the_state_before_a_policy_loan_and_a_borrower_class_before_a_kind_stay_outside():
    text = "北湖区对接国家澄川养老再贷款,青禾银行发放小微企业信用贷款,推广科技型企业股权质押贷款。"
    assert _loans(text) == ["澄川养老再贷款", "信用贷款", "股权质押贷款"]


def test_invented_products_in_a_list_with_a_loan_noun_are_loans():
    assert _loans("澄屿银行推出澄屿贷、禾川e贷等产品,上线“青禾科创通”贷款产品。") == ["澄屿贷", "禾川e贷", "青禾科创通"]


# --- a name of generic words pinned to one platform by its working, its founding or a place


def _platforms(text: str) -> list[str]:
    return [name for kind, _, name in named(text) if kind == "PLATFORM"]


@pytest.mark.parametrize("text, want", [
    ("科技数据服务平台功能持续拓展。", ["科技数据服务平台"]),  # its working: 功能 right after it
    ("该区科技担保服务中心揭牌。", ["科技担保服务中心"]),  # its working (揭牌), not the scope word
    ("青禾县成果信息服务平台正式上线。", ["青禾县成果信息服务平台"]),  # a place names it anyway
    ("成果信息服务平台投入运行,", ["成果信息服务平台"]),
    ("澄川县去年组建数据信息服务中心,为企业提供查询。", ["数据信息服务中心"]),  # founded
])
def test_a_name_of_generic_words_pinned_to_one_platform_is_a_platform(text, want):
    assert _platforms(text) == want


@pytest.mark.parametrize("text", [
    "澄川县提升研发创新平台的服务水平。",  # the innovation words alone name the category
    "高端研发创新平台投入使用。",
    "金融数据平台、成果信息平台上线。",  # listed kinds
    "新增科技担保服务中心3家。",  # counted
    "将搭建科技数据服务平台,发挥科技数据服务平台作用。",  # planned, a kind at work
    "青禾集团被定为全县数据服务总平台。",  # a role given to a firm
    "组建协同创新联盟。",  # founded, but only innovation words
    "科技数据服务平台建设加快。",
    "我市科技数据服务平台已覆盖全部乡镇。",  # the report's own scope word pins nothing
    "该区成立科技担保服务中心3家。",  # founded, but counted
    "鼓励银行设立科技担保服务中心。",  # a founding urged (rv28): a kind still to be founded
    "青禾县将设立数据信息服务中心,",  # a founding planned (rv28)
])
def test_a_name_of_generic_words_not_pinned_stays_a_kind(text):
    assert _platforms(text) == []


# --- named venues and facilities (PLATFORM other), and a firm's own base by its short name


@pytest.mark.parametrize("text, want", [
    # named venues and facilities are PLATFORM other (SPEC 6.1, ANNOTATION platb28)
    ("澄谷国际会展中心今年接待展会40场。", [("澄谷国际会展中心", "other")]),
    ("北湖博览中心完成改造,拓川展览中心对外开放。", [("北湖博览中心", "other"), ("拓川展览中心", "other")]),
    ("青禾会议中心扩建工程开工。", [("青禾会议中心", "other")]),
    ("澄谷展示中心陈列了园区企业的新产品。", [("澄谷展示中心", "other")]),
    ("拓川云数据中心上线运行。", [("拓川云数据中心", "other")]),
    ("澄川散裂中子源通过验收。", [("澄川散裂中子源", "other")]),
    # a computing-power centre is rnd, like an AI computing centre
    ("青屿算力中心一期投用。", [("青屿算力中心", "rnd")]),
    # a science data centre keeps its own head
    ("北湖国家科学数据中心揭牌。", [("北湖国家科学数据中心", "rnd")]),
])
def test_named_venues_and_facilities_are_platforms(text, want):
    assert subtypes(text) == want


@pytest.mark.parametrize("text", [
    "年度颁奖典礼在澄谷会议中心举行。",  # a venue named only as the place a meeting is held
    "秋季车展于北湖会展中心举办。",
    "全市建成数据中心3个。",  # counted
    "加快布局算力中心和数据中心。",  # kinds in a plan
    "建设散裂中子源。",  # a kind of facility without a place or an owner
    "推进绿色智慧数据中心建设。",  # generic words only
])
def test_venues_of_meetings_and_kinds_of_facility_are_no_platforms(text):
    assert _platforms(text) == []


@pytest.mark.parametrize("text, want", [
    # a base opening on the short name of a firm the text gives: one PLATFORM, the brand inside,
    # also where the dictionary knows the brand's word (长风, 鸿雁)
    ("长风集团与北湖区签约,长风新能源电池基地开工。", ["长风新能源电池基地"]),
    ("鸿雁控股集团投资建设的鸿雁智能装备制造基地投产。", ["鸿雁智能装备制造基地"]),
    # a short name of a registered firm, with a field verb inside the base's name
    ("北湖澄禾生物科技有限公司成立,澄禾生物菌种培育基地投产。", ["澄禾生物菌种培育基地"]),
])
def test_a_firms_own_base_by_its_short_name_is_one_platform(text, want):
    assert _platforms(text) == want


@pytest.mark.parametrize("text", [
    "长风集团与北湖区签约,长风建设储能基地。",  # the firm's verb right after its brand
    "长风集团与北湖区签约,长风培育基地2个。",  # its verb, then a count
    "长风集团与北湖区签约,长风集团的生产基地扩建。",  # a function word between
    "长风集团与北湖区签约,长风电池基地3个。",  # counted bases
    "长风集团与北湖区签约,长风在青禾的电池基地开工。",  # a place phrase between
])
def test_a_firm_before_its_verb_or_a_counted_base_names_no_base(text):
    assert not any(name.startswith("长风") for name in _platforms(text))
