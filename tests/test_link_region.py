"""The region of records (SPEC 4, 6, 6.1; issue 13): classes counted on unlabelled articles, in invented text."""

from __future__ import annotations

import pytest
from conftest import records
from test_link import link, link_doc, platform, qty, region


def test_a_figure_of_the_whole_country_is_no_divisions():
    # the set a zone is ranked in, the country's own figure and the base inside a comparison
    text = ("青田县科创园营收增长13%,在全国212家同类园区中列第41位,是全国6个示范园之一。"
            "全县研发投入增长7.9%,低于全国平均水平0.8个百分点(全国平均为8.7%)。"
            "青田县企业研发投入年均增长17.5%,比全国同期平均增速9.1%快8.4个百分点。"
            "青田县科创园在96个国家级园区中名列第九。全县省级重点实验室5家。")
    records = link(text, [region(text, "青田县", "青田县"), region(text, "青田县", "青田县", occurrence=1),
                          region(text, "青田县", "青田县", occurrence=2),
                          qty(text, "13%", 13, "%", "percent"), qty(text, "212家", 212, "家"),
                          qty(text, "6个", 6, "个"), qty(text, "7.9%", 7.9, "%", "percent"),
                          qty(text, "0.8个百分点", 0.8, "百分点", "percent"), qty(text, "8.7%", 8.7, "%", "percent"),
                          qty(text, "17.5%", 17.5, "%", "percent"), qty(text, "9.1%", 9.1, "%", "percent"),
                          qty(text, "8.4个百分点", 8.4, "百分点", "percent"), qty(text, "96个", 96, "个"),
                          qty(text, "5家", 5, "家")])
    for surface in ("212家", "6个", "8.7%", "9.1%", "96个"):
        assert records[surface]["region"] is None, surface
    for surface in ("13%", "7.9%", "0.8个百分点", "17.5%", "8.4个百分点", "5家"):
        assert records[surface]["region"] == "青田县", surface


def test_a_set_of_the_province_in_a_city_report_is_the_provinces():
    text = "丽水市科创园发展迅速,在全省15个同类园区中位列第二,营收增长11%。"
    records = link(text, [region(text, "丽水市", "丽水市"), qty(text, "15个", 15, "个"),
                          qty(text, "11%", 11, "%", "percent")])
    assert records["15个"]["region"] == "浙江省"
    assert records["11%"]["region"] == "丽水市"


def test_a_list_naming_two_cities_of_a_named_province_alike_is_the_provinces():
    # no city is the report's: a province's list names its cities alike (a city named more would be home)
    text = ("省发改委近日公布156个省级重点项目,总投资约4200亿元。衡阳市新材料园区工程用地500亩;"
            "邵阳市智能装备项目总投资30亿元。衡阳市轨道项目设站9座,邵阳市物流园投资12亿元。湖南省将加快推进。")
    mentions = [region(text, "衡阳市", "衡阳市"), region(text, "衡阳市", "衡阳市", occurrence=1),
                region(text, "邵阳市", "邵阳市"), region(text, "邵阳市", "邵阳市", occurrence=1),
                region(text, "湖南省", "湖南省"), qty(text, "156个", 156, "个"),
                qty(text, "约4200亿元", 4.2e11, "元", "money"), qty(text, "500亩", 500, "亩", "area")]
    records = link(text, mentions)
    assert records["156个"]["region"] == "湖南省"
    assert records["约4200亿元"]["region"] == "湖南省"
    assert records["500亩"]["region"] == "衡阳市"
    text = text.replace("湖南省将", "衡阳市将")  # the city named most is the report's
    mentions = [region(text, "衡阳市", "衡阳市", occurrence=i) for i in range(3)] + [
        region(text, "邵阳市", "邵阳市"), region(text, "邵阳市", "邵阳市", occurrence=1), qty(text, "156个", 156, "个")]
    assert link(text, mentions)["156个"]["region"] == "衡阳市"


def test_a_titles_level_word_names_the_level_a_roundup_of_districts_reports_on():
    # a municipality's bulletin names one district more than the municipality itself
    text = ("全市新认定企业812家;天津市雏鹰企业新增96家。"
            "排名前三的区是武清区(120家)、西青区(95家)、东丽区(80家)。武清区、西青区增速居前,武清区领先。")
    mentions = [region(text, "天津市", "天津市"), region(text, "武清区", "武清区"),
                region(text, "西青区", "西青区"), region(text, "东丽区", "东丽区"),
                region(text, "武清区", "武清区", occurrence=1), region(text, "西青区", "西青区", occurrence=1),
                region(text, "武清区", "武清区", occurrence=2),
                qty(text, "812家", 812, "家"), qty(text, "96家", 96, "家"), qty(text, "120家", 120, "家"),
                qty(text, "95家", 95, "家"), qty(text, "80家", 80, "家")]
    untitled = link_doc(text, mentions)
    assert untitled["96家"]["region"] == "武清区"  # (the district named most, without the title)
    records = link_doc(text, mentions, title="全市科技企业培育情况通报")
    for surface, name in (("812家", "天津市"), ("96家", "天津市"), ("120家", "武清区"), ("95家", "西青区"),
                          ("80家", "东丽区")):
        assert records[surface]["region"] == name, surface


def test_a_clause_opening_on_the_whole_world_is_no_divisions():
    text = "丽水市储能产业发展迅速。全球钒资源已探明储量约6300万吨,丽水市钒储量占全球的4%。"
    records = link(text, [region(text, "丽水市", "丽水市"), region(text, "丽水市", "丽水市", occurrence=1),
                          qty(text, "约6300万吨", 6.3e7, "吨", "mass"), qty(text, "4%", 4, "%", "percent")])
    assert records["约6300万吨"]["region"] is None
    assert records["4%"]["region"] == "丽水市"


def test_a_paragraph_opening_on_a_list_of_names_closed_by_deng_opens_no_section():
    text = ("山西省企业发展迅速,山西省工程中心达到46个。\n"
            "另外,太原重工、北湖化纤集团、青禾机械集团等4户入选行业百强。")
    records = link(text, [region(text, "山西省", "山西省"), region(text, "山西省", "山西省", occurrence=1),
                          region(text, "太原", "太原市"), qty(text, "46个", 46, "个"), qty(text, "4户", 4, "户")])
    assert records["4户"]["region"] == "山西省"


def test_the_set_a_subject_is_ranked_in_named_by_a_division_is_that_divisions():
    text = ("衡东县科创园实现税收6.8亿元,是衡阳市12个参评园区中仅有的进位园区,衡东县新增企业5家;"
            "新建北湖、南岭2个协同服务中心。")
    records = link(text, [region(text, "衡东县", "衡东县"), region(text, "衡阳市", "衡阳市"),
                          region(text, "衡东县", "衡东县", occurrence=1),
                          qty(text, "6.8亿元", 6.8e8, "元", "money"), qty(text, "12个", 12, "个"),
                          qty(text, "5家", 5, "家"), qty(text, "2个", 2, "个")])
    assert records["12个"]["region"] == "衡阳市"
    for surface in ("6.8亿元", "5家", "2个"):  # (…中心 is no 中 of a set)
        assert records[surface]["region"] == "衡东县", surface


def test_a_zones_report_that_glosses_the_zone_with_its_district_is_that_districts():
    text = ("2031年,经开区(水磨沟区)聚焦先进制造,新疆各项工作稳步推进。区域生产总值提高4.6%,"
            "新疆首批氢能重卡交付,新增企业38家。")
    mentions = [platform(text, "经开区"), region(text, "水磨沟区", "水磨沟区"),
                region(text, "新疆", "新疆维吾尔自治区"), region(text, "新疆", "新疆维吾尔自治区", occurrence=1),
                qty(text, "4.6%", 4.6, "%", "percent"), qty(text, "38家", 38, "家")]
    records = link_doc(text, mentions, title="乌鲁木齐临空经济开发区2031年工作总结")
    assert records["4.6%"]["region"] == "水磨沟区"
    assert records["38家"]["region"] == "水磨沟区"
    records = link_doc(text, mentions, title="乌鲁木齐市2031年工作总结")  # (no zone's report)
    assert records["4.6%"]["region"] == "乌鲁木齐市"


def test_a_count_right_after_a_list_of_items_opening_on_places_counts_the_list():
    text = ("黑龙江省已建成哈尔滨医药园、牡丹江材料园和哈尔滨食品园三个省级园区。"
            "全省新增企业800家,哈尔滨新增企业8家、牡丹江新增企业5家。全省高企达到2000家,全省孵化器90家。")
    records = link(text, [region(text, "黑龙江省", "黑龙江省"), region(text, "哈尔滨", "哈尔滨市"),
                          region(text, "牡丹江", "牡丹江市"), region(text, "哈尔滨", "哈尔滨市", occurrence=1),
                          region(text, "哈尔滨", "哈尔滨市", occurrence=2),
                          region(text, "牡丹江", "牡丹江市", occurrence=1),
                          qty(text, "三个", 3, "个"), qty(text, "8家", 8, "家"), qty(text, "5家", 5, "家")])
    assert records["三个"]["region"] == "黑龙江省"
    assert records["8家"]["region"] == "哈尔滨市"  # (a verb before the count: the place's own)
    assert records["5家"]["region"] == "牡丹江市"


def test_a_level_word_with_a_share_after_it_is_a_base_also_without_the_share_word():
    text = "苏州市科创园出口52亿美元,占全市的18.4%、全省的7.9%。全省的企业数量增长6%。"
    records = link(text, [region(text, "苏州市", "苏州市"), qty(text, "52亿美元", 5.2e9, "美元", "money"),
                          qty(text, "18.4%", 18.4, "%", "percent"), qty(text, "7.9%", 7.9, "%", "percent"),
                          qty(text, "6%", 6, "%", "percent")])
    assert records["18.4%"]["region"] == "苏州市"
    assert records["7.9%"]["region"] == "苏州市"
    assert records["6%"]["region"] == "江苏省"  # (a scope: 的 before a noun)
    text = "海淀区营业收入增至8700亿元,在全市占比从19.6%升至22%,已连续5年全市第一。全市企业增长4%。"
    records = link(text, [region(text, "海淀区", "海淀区"), qty(text, "8700亿元", 8.7e11, "元", "money"),
                          qty(text, "19.6%", 19.6, "%", "percent"), qty(text, "22%", 22, "%", "percent"),
                          qty(text, "5年", 5, "年", "duration"), qty(text, "4%", 4, "%", "percent")])
    for surface in ("8700亿元", "19.6%", "22%", "5年"):  # (the district's share of the city)
        assert records[surface]["region"] == "海淀区", surface
    assert records["4%"]["region"] == "北京市"


def test_a_place_after_xiang_that_a_borrower_sits_in_is_the_facts():
    text = ("湖北省科技金融发展迅速。湖北省各银行向武汉某光电企业发放贷款600万元,"
            "向武汉转移项目15个,湖北省科技贷款增长9%。")
    records = link(text, [region(text, "湖北省", "湖北省"), region(text, "湖北省", "湖北省", occurrence=1),
                          region(text, "武汉", "武汉市"), region(text, "武汉", "武汉市", occurrence=1),
                          region(text, "湖北省", "湖北省", occurrence=2),
                          qty(text, "600万元", 6e6, "元", "money"), qty(text, "15个", 15, "个"),
                          qty(text, "9%", 9, "%", "percent")])
    assert records["600万元"]["region"] == "武汉市"  # (the borrower's place)
    assert records["15个"]["region"] == "湖北省"  # (a destination)


def test_a_paragraph_opening_on_a_place_after_a_verb_is_about_a_body_there_for_that_paragraph_only():
    text = ("近日,坐落于富阳区的青禾机器人公司订单增长40%。\n"
            "今年以来,杭州银行科技贷款余额增长30%,杭州市科技企业贷款增长12%。")
    records = link(text, [region(text, "富阳区", "富阳区"), region(text, "杭州", "杭州市"),
                          region(text, "杭州市", "杭州市"), qty(text, "40%", 40, "%", "percent"),
                          qty(text, "30%", 30, "%", "percent"), qty(text, "12%", 12, "%", "percent")])
    assert records["40%"]["region"] == "富阳区"
    assert records["30%"]["region"] == "杭州市"


def test_counts_of_a_countrywide_set_are_no_divisions():
    text = ("北湖区科创园营收达到760亿元,占全国230家同类园区的1/8。"
            "北湖区属于创新型城区,在41个创新型城区中名列第6位,占全区企业的30%。")
    records = link(text, [region(text, "北湖区", "北湖区"), region(text, "北湖区", "北湖区", occurrence=1),
                          qty(text, "760亿元", 7.6e10, "元", "money"), qty(text, "230家", 230, "家"),
                          qty(text, "41个", 41, "个"), qty(text, "30%", 30, "%", "percent")])
    assert records["230家"]["region"] is None
    assert records["760亿元"]["region"] == "北湖区"
    assert records["30%"]["region"] == "北湖区"


def test_a_set_of_cities_with_no_scope_named_is_the_countrys():
    text = "绵阳市属于创新型城市,在52个创新型城市中名列第6位,绵阳市高企增长9%。"
    records = link(text, [region(text, "绵阳市", "绵阳市"), region(text, "绵阳市", "绵阳市", occurrence=1),
                          qty(text, "52个", 52, "个"), qty(text, "9%", 9, "%", "percent")])
    assert records["52个"]["region"] is None
    assert records["9%"]["region"] == "绵阳市"


def test_a_run_of_places_votes_for_its_last_place_only():
    # a district report that names its municipality before its district and inside names
    text = ("上海市奉贤区举办南桥片区重大工程开工活动。投资上海季期间,首批开工工程14个,"
            "上海宏远工程年产值将达90亿元,上海恒达工程投资7亿元。奉贤南桥片区总投资76亿元,奉贤将加快建设。")
    mentions = [region(text, "上海市", "上海市"), region(text, "奉贤区", "奉贤区"),
                region(text, "奉贤", "奉贤区", occurrence=1), region(text, "奉贤", "奉贤区", occurrence=2),
                *[region(text, "上海", "上海市", occurrence=i) for i in (1, 2, 3)],
                qty(text, "14个", 14, "个"), qty(text, "76亿元", 7.6e9, "元", "money")]
    assert link(text, mentions)["14个"]["region"] == "奉贤区"
    # (without the run 上海市奉贤区, 上海 named four times to 奉贤's twice makes it the municipality's report)
    mentions = [m for m in mentions if m["text"] != "奉贤区"]
    assert link(text, mentions)["14个"]["region"] == "上海市"


def test_a_province_heading_a_clause_with_a_level_or_holding_word_is_its_own_figure_in_a_city_report():
    text = ("新乡网讯 我市科技工作成效明显。河南省国家级众创空间共有41家获评优秀,"
            "我市高新区3家众创空间获评优秀。河南省重点实验室新增6家。")
    records = link(text, [region(text, "河南省", "河南省"), region(text, "河南省", "河南省", occurrence=1),
                          qty(text, "41家", 41, "家"), qty(text, "3家", 3, "家"), qty(text, "6家", 6, "家")])
    assert records["41家"]["region"] == "河南省"
    assert records["3家"]["region"] == "新乡市"
    assert records["6家"]["region"] == "新乡市"  # (a category's level: the city's count)


def test_a_projects_figures_take_the_place_it_sits_named_after_them():
    text = ("湖南省重点工程进展顺利,湖南省新开工工程130个。例如,总投资12亿元的株洲航空部件工程已开工;"
            "某化工工程总投资96亿元,占地约1300亩,落户宜都临江园区。湖南省投资增长8%,带动企业落户株洲。")
    records = link(text, [region(text, "湖南省", "湖南省"), region(text, "湖南省", "湖南省", occurrence=1),
                          region(text, "株洲", "株洲市"), region(text, "宜都", "宜都市"),
                          region(text, "湖南省", "湖南省", occurrence=2), region(text, "株洲", "株洲市", occurrence=1),
                          qty(text, "130个", 130, "个"), qty(text, "12亿元", 1.2e9, "元", "money"),
                          qty(text, "96亿元", 9.6e9, "元", "money"), qty(text, "约1300亩", 1300, "亩", "area"),
                          qty(text, "8%", 8, "%", "percent")])
    assert records["12亿元"]["region"] == "株洲市"
    assert records["96亿元"]["region"] == "宜都市"
    assert records["约1300亩"]["region"] == "宜都市"
    assert records["130个"]["region"] == "湖南省"
    assert records["8%"]["region"] == "湖南省"  # (a place named before the figure holds)


def test_a_sentence_opening_on_gai_xiangmu_goes_on_about_the_project_placed_before_it():
    text = ("贵州省工业投资持续增长。近日,一个储能材料基地工程选址毕节,贵州省招商再获突破。\n"
            "该项目由三家企业共同建设,计划投资650亿元,建成后年产值可达900亿元。\n"
            "贵州省新增工业项目120个。")
    records = link(text, [region(text, "贵州省", "贵州省"), region(text, "毕节", "毕节市"),
                          region(text, "贵州省", "贵州省", occurrence=1),
                          region(text, "贵州省", "贵州省", occurrence=2),
                          qty(text, "650亿元", 6.5e10, "元", "money"), qty(text, "900亿元", 9e10, "元", "money"),
                          qty(text, "120个", 120, "个")])
    assert records["650亿元"]["region"] == "毕节市"
    assert records["900亿元"]["region"] == "毕节市"
    assert records["120个"]["region"] == "贵州省"  # (the next paragraph is the province's again)


def test_a_zone_glossed_with_its_district_heads_the_later_clauses_of_its_sentence():
    text = ("乌鲁木齐市园区经济稳步增长,乌鲁木齐市园区企业增至6万家。2031年,经开区(水磨沟区)实现工业产值320亿元,"
            "同比增长12%,新增企业45家;高新区(米东区)实现产值280亿元,增长9%。全市园区产值达到1500亿元。")
    records = link(text, [region(text, "乌鲁木齐市", "乌鲁木齐市"),
                          region(text, "乌鲁木齐市", "乌鲁木齐市", occurrence=1), platform(text, "经开区"),
                          region(text, "水磨沟区", "水磨沟区"), platform(text, "高新区"),
                          region(text, "米东区", "米东区"),
                          qty(text, "320亿元", 3.2e10, "元", "money"), qty(text, "12%", 12, "%", "percent"),
                          qty(text, "45家", 45, "家"), qty(text, "280亿元", 2.8e10, "元", "money"),
                          qty(text, "9%", 9, "%", "percent"), qty(text, "1500亿元", 1.5e11, "元", "money")])
    for surface, name in (("320亿元", "水磨沟区"), ("12%", "水磨沟区"), ("45家", "水磨沟区"), ("280亿元", "米东区"),
                          ("9%", "米东区"), ("1500亿元", "乌鲁木齐市")):
        assert records[surface]["region"] == name, surface


PROVINCE_LEAD = "安徽省发改委发布安徽省重点项目,全省总投资6000亿元,安徽省产业投资增长8%。\n"


_LEAD = "2031年,丽水市新增高新技术企业120家,全市研发投入增长12%。"


_PROVINCE = "2031年,浙江省新开工重大项目120个,全省重大项目完成投资增长9%。"


_CITY = "郴州市重点项目加快建设。"


_DISTRICT = "北湖区科技工作会召开。北湖区新增企业9家。"


def test_a_place_inside_the_second_of_two_joined_nouns_heads_no_later_clause(pipeline):
    text = ("2030年,郴州市科技创新成效明显。郴州市开展质量提升行动,青禾文具产业和北湖区时尚服装产业获批试点,"
            "建成国家级示范区4个,水产品抽检合格率达到97.5%。")
    got = records(pipeline, text)
    assert got["4个"]["region"] == "郴州市"
    assert got["97.5%"]["region"] == "郴州市"
    # a place heading the earlier clause on its own still does
    got = records(pipeline, "2030年,郴州市科技创新成效明显。郴州市开展质量提升行动,北湖区获批试点,"
                            "建成国家级示范区5个。")
    assert got["5个"]["region"] == "北湖区"


def test_counts_after_a_list_closed_by_deng_and_its_count_are_the_lists(pipeline):
    text = "2030年,苏仙区推进平台建设。北湖区茶叶科技示范园区等4个省级园区、3个省级星创天地获省级立项支持。"
    got = records(pipeline, text)
    assert got["4个"]["region"] == got["3个"]["region"] == "苏仙区"
    # a place heading the clause with its own counts keeps them
    got = records(pipeline, "2030年,苏仙区推进平台建设。北湖区新增高新技术企业5家、科技型企业12家。")
    assert got["12家"]["region"] == "北湖区"


@pytest.mark.parametrize("group", ["青北两区", "青北“两区”", "禾松丰三市", "松丰两地"])
def test_a_group_named_by_short_names_and_a_count_has_no_region(pipeline, group):
    got = records(pipeline, f"安徽省科技厅发布数据。2031年,{group}完成地区生产总值1280亿元,同比增长6.8%;"
                            "全省高新技术企业达到612家。")
    assert got["1280亿元"]["region"] is None, group
    assert got["6.8%"]["region"] is None, group
    assert got["612家"]["region"] == "安徽省", group


@pytest.mark.parametrize("lead", ["其中两区", "“一园六区”"])
def test_a_count_of_areas_after_a_pronoun_or_in_a_slogan_is_no_group(pipeline, lead):
    got = records(pipeline, f"2031年,庐阳区{lead}引进项目47个。")
    assert got["47个"]["region"] == "庐阳区", lead


@pytest.mark.parametrize("area", ["青禾经济圈", "北湖城市群", "松丰都市圈"])
def test_a_named_economic_area_heading_a_fact_has_no_region(pipeline, area):
    got = records(pipeline, f"2031年,庐阳区新增企业40家。{area}协同创新成效显著,研发人员增长11.7%。")
    assert got["11.7%"]["region"] is None, area
    assert got["40家"]["region"] == "庐阳区", area


@pytest.mark.parametrize("verb", ["抢抓", "融入", "对接"])
def test_an_economic_area_after_a_verb_is_an_object(pipeline, verb):
    got = records(pipeline, f"2031年,庐阳区{verb}青禾经济圈建设机遇,引进项目47个。")
    assert got["47个"]["region"] == "庐阳区", verb


@pytest.mark.parametrize("name,want", [
    ("青禾城际铁路芜湖段项目", "芜湖市"),
    ("青禾大道合肥段改造工程", "合肥市"),
    ("G4高速合肥至芜湖段扩容工程", "安徽省"),
    ("青禾湿地公园启动项目——芜湖体育中心项目", "芜湖市"),  # (named again after the dash: ANNOTATION [regleft25])
    ("青禾湿地公园启动项目", "安徽省"),
])
def test_a_project_sits_at_the_one_place_its_name_holds(pipeline, name, want):
    got = records(pipeline, PROVINCE_LEAD + f"总投资约86亿元的{name}将于年内开工。")
    assert got["约86亿元"]["region"] == want, name


@pytest.mark.parametrize("stretch", ["合肥至芜湖段", "合肥龙湾到芜湖段"])
def test_a_stretch_between_two_places_is_in_neither(pipeline, stretch):
    got = records(pipeline, PROVINCE_LEAD + f"青禾高速{stretch}扩容工程,拓宽高速公路约64公里。\n芜湖市新增企业40家。")
    assert got["约64公里"]["region"] == "安徽省", stretch
    assert got["40家"]["region"] == "芜湖市", stretch


@pytest.mark.parametrize("group", ["青北两区", "青禾经济圈", "长三角地区"])
def test_a_grouping_heading_a_semicolon_chain_is_the_later_parts_subject(pipeline, group):
    got = records(pipeline, f"安徽省科技厅发布数据。{group}协同创新成效显著,规上企业营业收入增长6.8%;"
                            "研发经费支出占比达2.6%;高新技术企业占比达17.5%。")
    assert got["2.6%"]["region"] is None, group
    assert got["17.5%"]["region"] is None, group


@pytest.mark.parametrize(("part", "number", "want"), [("全省专利授权量增长12%", "12%", "安徽省"),
                                                      ("合肥市新增企业30家", "30家", "合肥市")])
def test_a_later_part_naming_its_own_place_takes_it(pipeline, part, number, want):
    got = records(pipeline, f"安徽省科技厅发布数据。2031年,青北两区研发投入增长8%;{part}。")
    assert got[number]["region"] == want


def test_a_grouping_after_a_verb_heads_no_chain(pipeline):
    got = records(pipeline, "安徽省科技厅发布数据。2031年,我省抢抓青禾经济圈建设机遇,研发投入增长8%;"
                            "专利授权量增长12%。")
    assert got["12%"]["region"] == "安徽省"


def test_a_grouping_heading_a_later_clause_of_the_first_part_heads_no_chain(pipeline):
    got = records(pipeline, "安徽省科技厅发布数据。全省普通高校41所,青北两区协同平台集聚仪器4000台(套);"
                            "重点实验室27家,工程研究中心18家。")
    assert got["27家"]["region"] == "安徽省"
    assert got["18家"]["region"] == "安徽省"


@pytest.mark.parametrize("lead", ["全国有1600家国家级孵化器", "我国共有国家级孵化器1600家",
                                  "目前我国有国家级孵化器1600家", "我国国家级孵化器达到1600家"])
def test_a_national_figure_heading_its_clause_is_no_divisions(pipeline, lead):
    got = records(pipeline, f"北湖区科技局介绍,{lead},北湖区拥有12家。")
    assert got["1600家"]["region"] is None, lead
    assert got["12家"]["region"] == "北湖区", lead


def test_a_share_of_the_nation_stays_with_its_subject(pipeline):
    got = records(pipeline, "北湖区拥有国家级孵化器12家,占我国总数的1%。")
    assert got["1%"]["region"] == "北湖区"


@pytest.mark.parametrize("verb", ["新增", "新认定", "拥有", "达到"])
def test_a_higher_division_heading_its_clause_with_a_verb_of_the_fact_is_the_scope(pipeline, verb):
    got = records(pipeline, f"2031年,郴州市{verb}高新技术企业120家。北湖区是全市创新高地,该区新增高新技术企业45家。")
    assert got["120家"]["region"] == "郴州市", verb
    assert got["45家"]["region"] == "北湖区", verb


def test_a_higher_division_named_before_a_category_is_no_scope(pipeline):
    got = records(pipeline, "北湖区是全市创新高地,该区新增郴州市重点实验室3家,新增高新技术企业45家。")
    assert got["3家"]["region"] == got["45家"]["region"] == "北湖区"


def test_a_higher_division_heading_an_earlier_clause_scopes_the_later_clauses(pipeline):
    got = records(pipeline, "2031年,湖南省新增高新技术企业3000家,研发投入增长10%。\n"
                            "长沙市新增高新技术企业900家。该市研发投入增长12%。")
    assert got["3000家"]["region"] == got["10%"]["region"] == "湖南省"
    assert got["900家"]["region"] == got["12%"]["region"] == "长沙市"


@pytest.mark.parametrize(("later", "number", "region"), [("其中北湖区45家", "45家", "北湖区"),
                                                         ("全市研发投入增长9%", "9%", "郴州市")])
def test_a_place_or_level_word_after_the_higher_division_ends_its_reach(pipeline, later, number, region):
    got = records(pipeline, f"北湖区科技局介绍,2031年,郴州市新增高新技术企业120家,{later}。")
    assert got["120家"]["region"] == "郴州市"
    assert got[number]["region"] == region


@pytest.mark.parametrize("clause", ["某农学院派出团队在莲都区实施了《某菌种示范》项目",
                                    "某研究院组织专家在莲都区开展培训",
                                    "青禾市科技局组织某大学在缙云县建设试验基地"])
def test_a_place_after_zai_in_an_earlier_clause_opened_by_a_body_scopes_the_later_one(pipeline, clause):
    got = records(pipeline, _LEAD + clause + ",争取资金350万元。")
    place = "缙云县" if "缙云县" in clause else "莲都区"
    assert got["350万元"]["region"] == place
    assert got["120家"]["region"] == got["12%"]["region"] == "丽水市"


@pytest.mark.parametrize("subject", ["我市", "丽水市", "全市"])
def test_a_place_elsewhere_after_zai_and_a_subject_is_a_venue(pipeline, subject):
    got = records(pipeline, _LEAD + subject + "在杭州举办推介会,签约总金额12亿元。")
    assert got["12亿元"]["region"] == "丽水市"


def test_a_place_inside_the_home_after_a_subject_still_scopes_the_later_clause(pipeline):
    got = records(pipeline, _LEAD + "丽水市在莲都区召开现场会,签约项目12个。")
    assert got["12个"]["region"] == "莲都区"  # (a place of the city's own: unchanged by the venue rule)


def test_a_place_after_zai_in_the_same_clause_is_the_facts_as_before(pipeline):
    got = records(pipeline, _LEAD + "某农学院在莲都区实施项目8个。")
    assert got["8个"]["region"] == "莲都区"


@pytest.mark.parametrize("fact", ["丽水市研发经费投入强度为2.6%", "2031年,丽水市新材料产值占全部工业的比重为2.6%"])
def test_a_city_heading_its_fact_beats_a_district_named_once_after_a_verb(pipeline, fact):
    got = records(pipeline, fact + "。某公司落户莲都区,总投资5亿元。")
    assert got["2.6%"]["region"] == "丽水市"
    assert got["5亿元"]["region"] == "莲都区"  # (the company's place, SPEC 6)


def test_a_district_heading_its_own_fact_keeps_the_tie_to_the_district(pipeline):
    got = records(pipeline, "2031年,莲都区研发经费投入强度为2.6%。某公司与丽水市某大学合作,总投资5亿元。")
    assert got["2.6%"]["region"] == got["5亿元"]["region"] == "莲都区"


@pytest.mark.parametrize("dash", ["——", "—"])
def test_a_project_named_again_after_a_dash_sits_where_the_second_name_places_it(pipeline, dash):
    got = records(pipeline, _PROVINCE + f"总投资约9亿元的青禾新城首开项目{dash}丽水体育公园项目占地约300亩。")
    assert got["约9亿元"]["region"] == "丽水市"
    assert got["120个"]["region"] == "浙江省"


def test_a_project_without_a_place_or_a_dash_stays_with_the_section(pipeline):
    got = records(pipeline, _PROVINCE + "总投资约9亿元的青禾新城首开项目规划用地约300亩。")
    assert got["约9亿元"]["region"] == "浙江省"


@pytest.mark.parametrize("verb", ["支持", "帮扶", "资助"])
def test_money_given_to_one_place_named_after_it_is_that_places(pipeline, verb):
    got = records(pipeline, _LEAD + f"某协作办50万元科技资金{verb}莲都区建设示范园。")
    assert got["50万元"]["region"] == "莲都区"


def test_money_given_to_a_list_of_places_stays_with_the_section(pipeline):
    got = records(pipeline, _LEAD + "某基金会30万元资金支持莲都区、缙云县开展培训。")
    assert got["30万元"]["region"] == "丽水市"


@pytest.mark.parametrize("verb", ["选址", "落户", "位于"])
def test_a_zone_after_a_site_verb_places_the_project_where_its_name_says(pipeline, verb):
    got = records(pipeline, _CITY + f"某扩能工程总投资15亿元,占地约400亩,{verb}北湖化工园,二期同步推进。")
    assert got["15亿元"]["region"] == got["约400亩"]["region"] == "北湖区"


def test_a_zone_named_without_a_site_verb_leaves_the_report_city(pipeline):
    got = records(pipeline, _CITY + "某扩能工程总投资15亿元,占地约400亩,与北湖化工园签约。")
    assert got["15亿元"]["region"] == "郴州市"


def test_a_zone_whose_name_holds_no_place_after_a_site_verb_leaves_the_report_city(pipeline):
    got = records(pipeline, _CITY + "某扩能工程总投资15亿元,选址青禾化工园。")
    assert got["15亿元"]["region"] == "郴州市"


@pytest.mark.parametrize("body", ["国务院办公厅", "近日,科技部", "工信部"])
def test_a_national_body_heading_the_sentence_reports_the_countrys_counts(pipeline, body):
    text = f"{body}印发通知,对评估覆盖的9个省份和14项改革举措予以推广,其中北湖区2项入选。"
    got = records(pipeline, _DISTRICT + text)
    assert got["9个"]["region"] is None and got["14项"]["region"] is None
    assert got["2项"]["region"] == got["9家"]["region"] == "北湖区"


@pytest.mark.parametrize(("text", "count"), [
    ("工信部公布第五批专精特新企业名单,澄光新材等12家企业上榜。", "12家"),
    ("近日,科技部公布国家级孵化器名单,拓禾科技企业孵化器等3家孵化器入选。", "3家"),
    ("教育部公布一流专业建设点名单,青禾职业技术学院5个专业入选。", "5个"),
])
def test_things_named_after_a_national_body_are_the_reports_own(pipeline, text, count):
    # a national list that selected the report's firms, zones or bodies counts them, not the country's
    assert records(pipeline, _DISTRICT + text)[count]["region"] == "北湖区"


def test_a_national_body_named_again_before_the_counts_is_no_local_thing(pipeline):
    text = "国务院办公厅印发通知,对国务院评估覆盖的9个省份予以推广。"
    assert records(pipeline, _DISTRICT + text)["9个"]["region"] is None


def test_a_level_word_after_a_national_body_keeps_the_section(pipeline):
    got = records(pipeline, _DISTRICT + "科技部公布了评价结果,我区5家孵化器获评优秀。")
    assert got["5家"]["region"] == "北湖区"


def test_a_provincial_body_heading_the_sentence_keeps_the_section(pipeline):
    got = records(pipeline, _DISTRICT + "省科技厅公布了评价结果,共评出优秀孵化器12家。")
    assert got["12家"]["region"] == "北湖区"


def test_a_count_closing_a_list_of_named_bases_is_the_reports_not_one_bases(pipeline):
    # each park's name holds a city of the province; the three together are the province's
    got = records(pipeline, "江西省的省级特色园区里,上饶光伏产业园、南昌航空产业园与九江石化产业园3个获评优秀。")
    assert got["3个"]["region"] == "江西省"


def test_a_figure_after_one_named_base_is_still_that_bases_place(pipeline):
    got = records(pipeline, "江西省园区营收稳步增长,其中,上饶高新区达到195亿元、九江经开区达到280亿元。")
    assert got["195亿元"]["region"] == "上饶市"
    assert got["280亿元"]["region"] == "九江市"


@pytest.mark.parametrize("total", ["", "共", "合计", "总计", "一共"])
def test_a_total_word_after_a_list_of_named_parks_leaves_the_count_the_reports(pipeline, total):
    # each park's name holds a city of the province; the list together is the province's
    parks = "株洲陶瓷产业园、湘潭电机产业园和衡阳纺织产业园"
    got = records(pipeline, f"湖南省新认定的特色园区中,{parks}{total}3个排名靠前。")
    assert got["3个"]["region"] == "湖南省"
