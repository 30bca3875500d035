"""The region of records (SPEC 4, 6, 6.1; issue 13): classes counted on unlabelled articles, in invented text."""

from __future__ import annotations

from test_link import link, link_doc, platform, qty, region


def test_a_figure_of_the_whole_country_is_no_divisions():
    # the set a zone is ranked in, the country's own figure and the base inside a comparison
    text = ("丽水市高新区营业收入增长12%,在全国169家高新区中排名第40位,是全国4个未来科技城之一。"
            "全市研发经费增长8.7%,比全国平均水平低1.4个百分点(全国为10.1%)。"
            "丽水市企业研发经费年均增长22.2%,比全国同期年均增速12.2%高10个百分点。"
            "丽水市高新区在88个国家级高新区中位居第七名。全市国家重点实验室3家。")
    records = link(text, [region(text, "丽水市", "丽水市"), region(text, "丽水市", "丽水市", occurrence=1),
                          region(text, "丽水市", "丽水市", occurrence=2),
                          qty(text, "12%", 12, "%", "percent"), qty(text, "169家", 169, "家"),
                          qty(text, "4个", 4, "个"), qty(text, "8.7%", 8.7, "%", "percent"),
                          qty(text, "1.4个百分点", 1.4, "百分点", "percent"), qty(text, "10.1%", 10.1, "%", "percent"),
                          qty(text, "22.2%", 22.2, "%", "percent"), qty(text, "12.2%", 12.2, "%", "percent"),
                          qty(text, "10个百分点", 10, "百分点", "percent"), qty(text, "88个", 88, "个"),
                          qty(text, "3家", 3, "家")])
    for surface in ("169家", "4个", "10.1%", "12.2%", "88个"):
        assert records[surface]["region"] is None, surface
    for surface in ("12%", "8.7%", "1.4个百分点", "22.2%", "10个百分点", "3家"):
        assert records[surface]["region"] == "丽水市", surface


def test_a_set_of_the_province_in_a_city_report_is_the_provinces():
    text = "丽水市高新区发展迅速,在全省12个高新区中排名第一,营业收入增长9%。"
    records = link(text, [region(text, "丽水市", "丽水市"), qty(text, "12个", 12, "个"),
                          qty(text, "9%", 9, "%", "percent")])
    assert records["12个"]["region"] == "浙江省"
    assert records["9%"]["region"] == "丽水市"


def test_a_list_naming_two_cities_of_a_named_province_alike_is_the_provinces():
    # no city is the report's: a province's list names its cities alike (a city named more would be home)
    text = ("省发改委近日公布156个省级重点项目,总投资约4200亿元。衡阳市新材料产业园项目用地500亩;"
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
            "排名前三的区是武清区(120家)、西青区(95家)、武清区以外的东丽区(80家)。武清区、西青区增速居前。")
    mentions = [region(text, "天津市", "天津市"), region(text, "武清区", "武清区"),
                region(text, "西青区", "西青区"), region(text, "武清区", "武清区", occurrence=1),
                region(text, "东丽区", "东丽区"), region(text, "武清区", "武清区", occurrence=2),
                region(text, "西青区", "西青区", occurrence=1),
                qty(text, "812家", 812, "家"), qty(text, "96家", 96, "家"), qty(text, "120家", 120, "家"),
                qty(text, "95家", 95, "家"), qty(text, "80家", 80, "家")]
    untitled = link_doc(text, mentions)
    assert untitled["96家"]["region"] == "武清区"  # (the district named most, without the title)
    records = link_doc(text, mentions, title="全市科技型企业评价情况通报")
    for surface, name in (("812家", "天津市"), ("96家", "天津市"), ("120家", "武清区"), ("95家", "西青区"),
                          ("80家", "东丽区")):
        assert records[surface]["region"] == name, surface


def test_a_clause_opening_on_the_whole_world_is_no_divisions():
    text = "丽水市锂电产业发展迅速。全球已探明锂资源储量为3400万吨,丽水市储量占全球的5%。"
    records = link(text, [region(text, "丽水市", "丽水市"), region(text, "丽水市", "丽水市", occurrence=1),
                          qty(text, "3400万吨", 3.4e7, "吨", "mass"), qty(text, "5%", 5, "%", "percent")])
    assert records["3400万吨"]["region"] is None
    assert records["5%"]["region"] == "丽水市"


def test_a_paragraph_opening_on_a_list_of_names_closed_by_deng_opens_no_section():
    text = ("山西省企业发展迅速,山西省重点实验室达到28个。\n"
            "此外,太原钢铁、北湖重工集团、青禾化工集团等3户进入技术中心50强。")
    records = link(text, [region(text, "山西省", "山西省"), region(text, "山西省", "山西省", occurrence=1),
                          region(text, "太原", "太原市"),
                          qty(text, "28个", 28, "个"), qty(text, "3户", 3, "户")])
    assert records["3户"]["region"] == "山西省"


def test_the_set_a_subject_is_ranked_in_named_by_a_division_is_that_divisions():
    text = ("衡东县经开区完成税收6.8亿元,是衡阳市12个参评园区中唯一进位的园区,衡东县新增企业5家;"
            "新建北湖、南岭2个协同创新分中心。")
    records = link(text, [region(text, "衡东县", "衡东县"), region(text, "衡阳市", "衡阳市"),
                          region(text, "衡东县", "衡东县", occurrence=1),
                          qty(text, "6.8亿元", 6.8e8, "元", "money"), qty(text, "12个", 12, "个"),
                          qty(text, "5家", 5, "家"), qty(text, "2个", 2, "个")])
    assert records["12个"]["region"] == "衡阳市"
    for surface in ("6.8亿元", "5家", "2个"):  # (…中心 is no 中 of a set)
        assert records[surface]["region"] == "衡东县", surface


def test_a_zones_report_that_glosses_the_zone_with_its_district_is_that_districts():
    text = ("2031年,经开区(头屯河区)坚持创新驱动,新疆各项事业稳中提质。地区生产总值同比增长4.6%,"
            "新疆首批甲醇重卡下线,新增企业38家。")
    mentions = [platform(text, "经开区"), region(text, "头屯河区", "头屯河区"),
                region(text, "新疆", "新疆维吾尔自治区"), region(text, "新疆", "新疆维吾尔自治区", occurrence=1),
                qty(text, "4.6%", 4.6, "%", "percent"), qty(text, "38家", 38, "家")]
    records = link_doc(text, mentions, title="乌鲁木齐经济技术开发区2031年计划执行情况")
    assert records["4.6%"]["region"] == "头屯河区"
    assert records["38家"]["region"] == "头屯河区"
    records = link_doc(text, mentions, title="乌鲁木齐市2031年计划执行情况")  # (no zone's report)
    assert records["4.6%"]["region"] == "乌鲁木齐市"


def test_a_count_right_after_a_list_of_items_opening_on_places_counts_the_list():
    text = ("黑龙江省已建立哈尔滨医药产业基地、牡丹江材料产业基地和哈尔滨食品产业基地三个国家级基地。"
            "全省新增企业800家,哈尔滨新增企业8家、牡丹江新增企业5家。全省高新技术企业达到2000家,全省孵化器90家。")
    records = link(text, [region(text, "黑龙江省", "黑龙江省"), region(text, "哈尔滨", "哈尔滨市"),
                          region(text, "牡丹江", "牡丹江市"), region(text, "哈尔滨", "哈尔滨市", occurrence=1),
                          region(text, "哈尔滨", "哈尔滨市", occurrence=2),
                          region(text, "牡丹江", "牡丹江市", occurrence=1),
                          qty(text, "三个", 3, "个"), qty(text, "8家", 8, "家"), qty(text, "5家", 5, "家")])
    assert records["三个"]["region"] == "黑龙江省"
    assert records["8家"]["region"] == "哈尔滨市"  # (a verb before the count: the place's own)
    assert records["5家"]["region"] == "牡丹江市"


def test_a_level_word_with_a_share_after_it_is_a_base_also_without_the_share_word():
    text = "苏州市高新区出口43亿美元,占全市的23.2%、全省的11.2%。全省的企业数量增长8%。"
    records = link(text, [region(text, "苏州市", "苏州市"), qty(text, "43亿美元", 4.3e9, "美元", "money"),
                          qty(text, "23.2%", 23.2, "%", "percent"), qty(text, "11.2%", 11.2, "%", "percent"),
                          qty(text, "8%", 8, "%", "percent")])
    assert records["23.2%"]["region"] == "苏州市"
    assert records["11.2%"]["region"] == "苏州市"
    assert records["8%"]["region"] == "江苏省"  # (a scope: 的 before a noun)
    text = "海淀区地区生产总值增至9500亿元,全市占比由21.8%增至24%,连续6年全市第一。全市企业增长5%。"
    records = link(text, [region(text, "海淀区", "海淀区"), qty(text, "9500亿元", 9.5e11, "元", "money"),
                          qty(text, "21.8%", 21.8, "%", "percent"), qty(text, "24%", 24, "%", "percent"),
                          qty(text, "6年", 6, "年", "duration"), qty(text, "5%", 5, "%", "percent")])
    for surface in ("9500亿元", "21.8%", "24%", "6年"):  # (the district's share of the city)
        assert records[surface]["region"] == "海淀区", surface
    assert records["5%"]["region"] == "北京市"


def test_a_place_after_xiang_that_a_borrower_sits_in_is_the_facts():
    text = ("湖北省科技金融发展迅速。湖北省各银行向武汉某激光企业发放贷款500万元,"
            "向武汉转移项目12个,湖北省科技贷款增长9%。")
    records = link(text, [region(text, "湖北省", "湖北省"), region(text, "湖北省", "湖北省", occurrence=1),
                          region(text, "武汉", "武汉市"), region(text, "武汉", "武汉市", occurrence=1),
                          region(text, "湖北省", "湖北省", occurrence=2),
                          qty(text, "500万元", 5e6, "元", "money"), qty(text, "12个", 12, "个"),
                          qty(text, "9%", 9, "%", "percent")])
    assert records["500万元"]["region"] == "武汉市"  # (the borrower's place)
    assert records["12个"]["region"] == "湖北省"  # (a destination)


def test_a_paragraph_opening_on_a_place_after_a_verb_is_about_a_body_there_for_that_paragraph_only():
    text = ("近期,位于富阳区的青禾机器人公司订单增长40%。\n"
            "今年以来,杭州银行科技贷款余额增长30%,杭州市科技企业贷款增长12%。")
    records = link(text, [region(text, "富阳区", "富阳区"), region(text, "杭州", "杭州市"),
                          region(text, "杭州市", "杭州市"), qty(text, "40%", 40, "%", "percent"),
                          qty(text, "30%", 30, "%", "percent"), qty(text, "12%", 12, "%", "percent")])
    assert records["40%"]["region"] == "富阳区"
    assert records["30%"]["region"] == "杭州市"


def test_counts_of_a_countrywide_set_are_no_divisions():
    text = ("北湖区高新区营业收入达到860亿元,占全国178家高新区的1/6。"
            "北湖区属于创新应用类别城市,在35个创新应用类别城市中排第4位,占全区企业的30%。")
    records = link(text, [region(text, "北湖区", "北湖区"), region(text, "北湖区", "北湖区", occurrence=1),
                          qty(text, "860亿元", 8.6e10, "元", "money"), qty(text, "178家", 178, "家"),
                          qty(text, "35个", 35, "个"), qty(text, "30%", 30, "%", "percent")])
    assert records["178家"]["region"] is None
    assert records["35个"]["region"] is None
    assert records["860亿元"]["region"] == "北湖区"
    assert records["30%"]["region"] == "北湖区"


def test_a_run_of_places_votes_for_its_last_place_only():
    # a district report that names its municipality before its district and inside names
    text = ("上海市奉贤区举行奉贤新城项目集中开工仪式。投资上海活动中,本次开工项目12个,"
            "上海晶龙项目将实现产值100亿元,上海泰坦项目投资8亿元。奉贤新城总投资81亿元。")
    mentions = [region(text, "上海市", "上海市"), region(text, "奉贤区", "奉贤区"),
                region(text, "奉贤", "奉贤区", occurrence=1), region(text, "奉贤", "奉贤区", occurrence=2),
                *[region(text, "上海", "上海市", occurrence=i) for i in (1, 2, 3)],
                qty(text, "12个", 12, "个"), qty(text, "81亿元", 8.1e9, "元", "money")]
    assert link(text, mentions)["12个"]["region"] == "奉贤区"
    # (without the run 上海市奉贤区, 上海 named four times to 奉贤's twice makes it the municipality's report)
    mentions = [m for m in mentions if m["text"] != "奉贤区"]
    assert link(text, mentions)["12个"]["region"] == "上海市"


def test_a_province_heading_a_clause_with_a_level_or_holding_word_is_its_own_figure_in_a_city_report():
    text = ("新乡网讯 我市科技工作成效明显。河南省国家级科技企业孵化器共有23家被评为优秀,"
            "我市高新区2家孵化器获评优秀。河南省重点实验室新增3家。")
    records = link(text, [region(text, "河南省", "河南省"), region(text, "河南省", "河南省", occurrence=1),
                          qty(text, "23家", 23, "家"), qty(text, "2家", 2, "家"),
                          qty(text, "3家", 3, "家", occurrence=1)])
    assert records["23家"]["region"] == "河南省"
    assert records["2家"]["region"] == "新乡市"
    assert records["3家"]["region"] == "新乡市"  # (a category's level: the city's count)


def test_a_projects_figures_take_the_place_it_sits_named_after_them():
    text = ("湖南省重点项目进展顺利,湖南省新开工项目120个。比如,总投资10亿元的株洲通用航空项目已开工;"
            "某材料项目总投资115亿元,占地约1400亩,选址宜都化工园。湖南省投资增长8%,带动企业落户株洲。")
    records = link(text, [region(text, "湖南省", "湖南省"), region(text, "湖南省", "湖南省", occurrence=1),
                          region(text, "株洲", "株洲市"), region(text, "宜都", "宜都市"),
                          region(text, "湖南省", "湖南省", occurrence=2), region(text, "株洲", "株洲市", occurrence=1),
                          qty(text, "120个", 120, "个"), qty(text, "10亿元", 1e9, "元", "money"),
                          qty(text, "115亿元", 1.15e10, "元", "money"), qty(text, "约1400亩", 1400, "亩", "area"),
                          qty(text, "8%", 8, "%", "percent")])
    assert records["10亿元"]["region"] == "株洲市"
    assert records["115亿元"]["region"] == "宜都市"
    assert records["约1400亩"]["region"] == "宜都市"
    assert records["120个"]["region"] == "湖南省"
    assert records["8%"]["region"] == "湖南省"  # (a place named before the figure holds)
