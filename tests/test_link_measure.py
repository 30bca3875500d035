"""The measure of records (SPEC 4, 6; issue 13): where the measured noun starts and ends, lists and
分别, shares and bases, amounts that size the things named after them, and the verbs, ranks and marks that
are no part of a measure. Invented text run through the whole pipeline (a few on hand-built mentions), so
each test fails when its rule is gone."""

from __future__ import annotations

import pytest
from conftest import measure, records
from hand_built import built_records, qty

_RANKED = "2031年,全市研发经费居前三位的区分别为北湖区、南湖区和东湖区,分别为12亿元、9亿元和6亿元,"


def test_counts_of_pieces_name_the_noun_after_them():
    text = "青禾县某工厂年产800万张柔性线路板。"
    ms = [qty(text, "800万张", 8000000, "张")]
    assert built_records(text, ms)["800万张"]["measure"]["text"] == "柔性线路板"


def test_a_noun_holding_huo_keeps_it(pipeline):
    got = records(pipeline, "2030年,北湖区科技贷款获贷企业5163家,科技型企业获贷率达到58%。")
    assert measure(got["5163家"]) == "科技贷款获贷企业"
    assert measure(got["58%"]) == "科技型企业获贷率"


def test_a_duration_measures_the_term_its_clause_names(pipeline):
    got = records(pipeline, "北湖区贷款期限原则上不超过2年,单户贷款额度最高300万元。"
                            "北湖区平均减少审批承诺时限15个工作日。北湖区用3年时间完成改造。")
    assert measure(got["不超过2年"]) == "贷款期限"
    assert measure(got["15个工作日"]) == "审批承诺时限"
    assert measure(got["3年"]) is None  # a bare 时间 is no term (SPEC 6.1)


def test_a_verb_of_starting_work_is_no_measure(pipeline):
    got = records(pipeline, "截至目前,北湖区年内安排的40个产业项目已开复工31个。")
    assert measure(got["31个"]) == "产业项目"


@pytest.mark.parametrize("text,count,want", [
    ("北湖区包括9个光电与储能材料项目、6个智能装备项目。", "9个", "光电与储能材料项目"),
    ("北湖区实施40项前沿研究和共性技术研究课题项目。", "40项", "前沿研究和共性技术研究课题项目"),
    ("北湖区3个专家与团队项目入选省计划。", "3个", "专家与团队项目"),
    ("北湖区建成12家数字及智能制造平台。", "12家", "数字及智能制造平台"),
])
def test_two_qualifiers_joined_before_one_head_share_it(pipeline, text, count, want):
    assert measure(records(pipeline, text)[count]) == want


@pytest.mark.parametrize("text,count,want", [
    ("北湖区新增企业9家和高校2所。", "9家", "企业"),
    ("北湖区引进9家企业和2所高校。", "9家", "企业"),
    ("北湖区新增省级重点实验室4家和工程技术研究中心2家。", "4家", "省级重点实验室"),
])
def test_a_conjunction_before_another_count_still_ends_the_noun(pipeline, text, count, want):
    assert measure(records(pipeline, text)[count]) == want


@pytest.mark.parametrize("rank", ["排第4位", "排第十二名"])
def test_a_rank_inside_the_counted_set_is_no_part_of_its_noun(pipeline, rank):
    got = records(pipeline, f"青禾县在35个参评县中{rank},较上年提升2位。")
    assert measure(got["35个"]) == "参评县"


@pytest.mark.parametrize("clause", ["首次认定的", "新认定的", "经认定的"])
def test_an_approval_describing_the_counted_things_gives_way_to_the_noun(pipeline, clause):
    got = records(pipeline, f"北湖区对12户{clause}高新技术企业给予奖补。")
    assert measure(got["12户"]) == "高新技术企业"


def test_the_rest_of_a_bound_opens_no_measure(pipeline):
    got = records(pipeline, "北湖区共引进5000万元及以上项目8个,1亿元以上项目3个。")
    assert measure(got["8个"]) == "项目"
    assert measure(got["3个"]) == "项目"


@pytest.mark.parametrize("verb", ["可年产", "年产"])
def test_a_yearly_output_verb_opens_no_measure(pipeline, verb):
    got = records(pipeline, f"某项目投产后{verb}小型无人机500台,年产值可达8亿元。")
    assert measure(got["500台"]) == "小型无人机"
    assert measure(got["8亿元"]) == "年产值"


@pytest.mark.parametrize("noun", ["所占比重", "所占比例"])
def test_a_share_noun_after_its_subject_is_kept_whole(pipeline, noun):
    got = records(pipeline, f"2031年,北湖区发明专利申请{noun}为43.9%。")
    assert measure(got["43.9%"]) == f"发明专利申请{noun}"


@pytest.mark.parametrize("verb", ["新成立", "新备案", "新组建"])
def test_a_verb_of_the_period_opens_no_measure(pipeline, verb):
    got = records(pipeline, f"2031年,北湖区{verb}省级新型研发机构17家。")
    assert measure(got["17家"]) == "省级新型研发机构"


def test_a_noun_holding_incubate_is_one_noun(pipeline):
    got = records(pipeline, "截至目前,北湖区各类创业孵化机构总量已达57家。")
    assert measure(got["57家"]) == "创业孵化机构总量"


@pytest.mark.parametrize("verb", ["位列", "跻身"])
def test_a_standing_after_the_counted_noun_ends_it(pipeline, verb):
    got = records(pipeline, f"北湖区5家企业{verb}全球百强。")
    assert measure(got["5家"]) == "企业"


@pytest.mark.parametrize("text,count,want", [
    ("北湖区某某实验室等4个省实验室落地园区。", "4个", "省实验室"),
    ("截至2031年,青禾省5家高新区拥有本省31%的高新技术企业。", "5家", "高新区"),
    # before the count 落地 is a verb like 签约 and 入驻 (签约项目12个 → 项目: ANNOTATION [left27])
    ("北湖区引进落地项目12个。", "12个", "项目"),
])
def test_landing_or_holding_after_the_counted_noun_ends_it(pipeline, text, count, want):
    assert measure(records(pipeline, text)[count]) == want


@pytest.mark.parametrize("text,count,want", [
    ("2031年,青禾省31家银行在全省12个市为260家企业放贷。", "12个", "市"),
    ("青禾省服务中心与5个市建立协作。", "5个", "市"),
    ("检查覆盖的16个省(区、市)均已整改。", "16个", "省(区、市)"),
    ("青禾省新建3个省实验室。", "3个", "省实验室"),
    ("青禾省建成4个市级园区。", "4个", "市级园区"),
])
def test_a_one_character_noun_of_divisions_after_a_count(pipeline, text, count, want):
    assert measure(records(pipeline, text)[count]) == want


@pytest.mark.parametrize("group", ["青北两区", "青北“两区”", "禾松丰三市", "青禾经济圈"])
def test_a_grouping_heading_the_measure_is_its_subject(pipeline, group):
    got = records(pipeline, f"2030年,{group}地区生产总值达到536亿元,研发经费支出占地区生产总值的比重为2.9%。")
    assert measure(got["536亿元"]) == "地区生产总值", group
    assert measure(got["2.9%"]) == "研发经费支出占地区生产总值的比重", group


@pytest.mark.parametrize(("line", "size"), [("青禾城际铁路", "正线全长"), ("禾松高速公路", "全长"),
                                            ("青禾隧道", "总长"), ("松丰大道", "线路长度")])
def test_a_named_line_before_its_size_is_the_subject(pipeline, line, size):
    got = records(pipeline, f"{line}{size}64.2公里,共有车站9座。")
    assert measure(got["64.2公里"]) == size, line


@pytest.mark.parametrize(("text", "number", "want"), [("全省高速公路总里程5000公里。", "5000公里", "高速公路总里程"),
                                                    ("大桥全长3.2公里。", "3.2公里", "大桥全长")])
def test_a_category_or_bare_head_before_a_length_stays_whole(pipeline, text, number, want):
    assert measure(records(pipeline, text)[number]) == want


@pytest.mark.parametrize(("spender", "thing"), [("研发经费投入", "行业门类"), ("研发投入", "企业"),
                                                ("科技经费支出", "县")])
def test_an_amount_sorting_things_measures_the_input_named_before_it(pipeline, spender, thing):
    got = records(pipeline, f"2030年,北湖区规模以上工业企业中,{spender}超过5亿元的{thing}共6个。")
    assert measure(got["超过5亿元"]) == spender


def test_an_amount_linked_to_a_thing_without_a_size_word_still_measures_the_thing(pipeline):
    got = records(pipeline, "2030年,北湖区建成总投资5亿元的产业园3个,引进注册资本过亿元的企业2家。")
    assert measure(got["5亿元"]) == "总投资"


@pytest.mark.parametrize(("text", "number", "noun"), [
    ("2030年,研发投入超过5亿元的县有4个,分别为甲县和乙县。", "4个", "县"),
    ("研发投入强度超过全省平均水平的市共3个。", "3个", "市"),
    ("专利授权量过千件的区为5个。", "5个", "区"),
])
def test_a_count_of_divisions_the_clause_before_sorts_measures_them(pipeline, text, number, noun):
    assert measure(records(pipeline, text)[number]) == noun, text


def test_a_verb_of_urging_is_no_part_of_the_bound_measure(pipeline):
    got = records(pipeline, "推动年营收4亿元以上制造企业组建研究院14家。")
    assert measure(got["4亿元以上"]) == "年营收"


@pytest.mark.parametrize("amounts", ["260万、370万、480万元", "260万元、370万元、480万元"])
def test_like_amounts_listed_before_one_noun_all_measure_it(pipeline, amounts):
    got = records(pipeline, f"三家企业分别获得{amounts}贷款。")
    first, second, last = amounts.split("、")
    assert [measure(got[a]) for a in (first, second, last)] == ["贷款"] * 3, amounts


@pytest.mark.parametrize("counts", ["3、5、8家", "3家、5家、8家"])
def test_like_counts_listed_before_one_noun_pair_by_place_and_share_the_noun(pipeline, counts):
    got = records(pipeline, f"北湖区、南湖区、西湖区分别培育{counts}科技型企业。")
    numbers = counts.split("、")
    assert [measure(got[n]) for n in numbers] == ["科技型企业"] * 3, counts
    assert [got[n]["region"] for n in numbers] == ["北湖区", "南湖区", "西湖区"], counts


def test_a_shared_unit_list_after_its_items_still_pairs_with_them(pipeline):
    got = records(pipeline, "研发投入和技术合同成交额分别达到1.2亿、3000万元。")
    assert measure(got["1.2亿"]) == "研发投入"
    assert measure(got["3000万元"]) == "技术合同成交额"


@pytest.mark.parametrize(("text", "number", "want"), [("北湖区一家企业从青禾银行贷了260万。", "260万", "贷"),
                                                      ("企业从银行借到1.5亿后扩大了生产。", "1.5亿", "借"),
                                                      ("青禾银行向该企业授信3亿。", "3亿", "授信")])
def test_money_after_a_verb_of_borrowing_is_the_loan_not_the_borrower(pipeline, text, number, want):
    assert measure(records(pipeline, text)[number]) == want, text


def test_a_kind_of_money_listed_keeps_its_noun(pipeline):
    got = records(pipeline, "其中,银行授信260亿元、引导基金28亿元。")
    assert measure(got["260亿元"]) == "银行授信"


@pytest.mark.parametrize(("share", "named"), [("分别占全市总量24.6%、17.3%和11.8%", "占全市总量"),
                                              ("分别占到全市总量的24.6%、17.3%和11.8%", "占到全市总量"),
                                              ("分别占全市的24.6%、17.3%和11.8%", "占全市")])
def test_a_share_after_respectively_names_its_own_measure_and_pairs_the_places(pipeline, share, named):
    got = records(pipeline, _RANKED + share + "。")
    assert [measure(got[n]) for n in ("24.6%", "17.3%", "11.8%")] == [named] * 3
    assert [got[n]["region"] for n in ("24.6%", "17.3%", "11.8%")] == ["北湖区", "南湖区", "东湖区"]
    assert measure(got["12亿元"]) == "研发经费"  # the amounts keep what the ranking counts


def test_a_subject_before_respectively_and_share_stays_in_the_share(pipeline):
    got = records(pipeline, "2031年北湖区实现生产总值820亿元,经济规模分别占到全省的9.6%和全市的21.4%。")
    assert measure(got["9.6%"]).startswith("经济规模") and "占" in measure(got["9.6%"])
    assert measure(got["21.4%"]) == measure(got["9.6%"])


def test_a_share_heading_a_respectively_clause_still_names_its_numbers(pipeline):
    got = records(pipeline, "北湖区高新技术企业和科技型企业的营业收入占全区营收的比重分别为46.1%、38.2%。")
    assert measure(got["46.1%"]) == measure(got["38.2%"]) == "营业收入占全区营收的比重"


@pytest.mark.parametrize("mark", ["﹝2﹞", "[1]", "【3】", "〔4〕"])
def test_a_footnote_mark_after_the_name_is_no_part_of_the_measure(pipeline, mark):
    got = records(pipeline, f"2031年北湖区实现地区生产总值{mark}515.6亿元,增长4.1%。")
    assert measure(got["515.6亿元"]) == measure(got["4.1%"]) == "地区生产总值"


def test_a_document_number_is_still_no_measure(pipeline):
    got = records(pipeline, "北湖区印发〔2031〕12号文件,科技型企业达到320家。")
    assert measure(got["320家"]) == "科技型企业"


@pytest.mark.parametrize(("quoted", "noun"), [('"青禾100强"', "企业项目"), ('"专精特新"', "企业"),
                                              ("“专精特新”", "企业")])
def test_a_quote_closed_inside_the_measure_stays_whole_straight_or_curly(pipeline, quoted, noun):
    got = records(pipeline, f"2031年北湖区引进{quoted}{noun}42个。")
    assert measure(got["42个"]) == quoted + noun


def test_a_label_before_a_colon_is_read_within_its_own_sentence(pipeline):
    got = records(pipeline, "2031年,郴州市新增高新技术企业120家。北湖区:新增高新技术企业45家,研发投入8亿元。"
                            "苏仙区:新增30家。")
    assert measure(got["45家"]) == "高新技术企业" and got["45家"]["region"] == "北湖区"
    assert measure(got["30家"]) is None or "。" not in measure(got["30家"])
    assert got["30家"]["region"] == "苏仙区"


@pytest.mark.parametrize("lead", ["", "(二)", "一、", "青禾县成果如下。", "青禾县成果如下,"])
def test_a_label_before_a_colon_names_the_figure_after_it(pipeline, lead):
    got = records(pipeline, f"{lead}科技型企业:新增500家。")
    assert measure(got["500家"]) == "科技型企业", lead


@pytest.mark.parametrize(("capacity", "product"), [("12万吨/年", "多晶硅"), ("500台/日", "清洗机"),
                                                   ("3.5万吨/年", "特种橡胶装置")])
def test_a_capacity_per_span_of_time_names_the_product_after_it(pipeline, capacity, product):
    got = records(pipeline, f"北湖区某公司计划投资80亿元,建设二期{capacity}{product}等项目。")
    assert measure(got[capacity]) == product


@pytest.mark.parametrize(("text", "number", "named"), [
    ("北湖区每万人发明专利拥有量达到12.5件/万人。", "12.5件/万人", "每万人发明专利拥有量"),
    ("北湖区污水处理能力达到5万吨/日。", "5万吨/日", "污水处理能力"),
])
def test_a_rate_or_a_capacity_with_nothing_after_it_keeps_the_name_before(pipeline, text, number, named):
    assert measure(records(pipeline, text)[number]) == named


@pytest.mark.parametrize("opener", ["具有", "拥有", "具备"])
def test_a_clause_describing_things_after_an_amounts_de_gives_way_to_their_noun(pipeline, opener):
    got = records(pipeline, f"北湖区力争引育超五十亿元的{opener}带动力的青禾链主企业8家左右。")
    assert measure(got["超五十亿元"]) == measure(got["8家左右"]) == "青禾链主企业"


@pytest.mark.parametrize(("text", "number", "named"), [
    ("北湖区着力推进30家青禾示范基地建设。", "30家", "青禾示范基地"),
    ("北湖区累计启动10个北湖创新圈建设。", "10个", "北湖创新圈"),
    ("北湖区推进3个大市场建设。", "3个", "大市场"),
    ("北湖区新建5个道路设施建设项目。", "5个", "道路设施建设项目"),
])
def test_the_work_on_counted_things_after_their_noun_is_no_part_of_the_measure(pipeline, text, number, named):
    assert measure(records(pipeline, text)[number]) == named


@pytest.mark.parametrize("standing", ["次之", "其次", "最低"])
def test_a_standing_after_a_place_is_no_measure(pipeline, standing):
    got = records(pipeline, f"2031年,郴州市研发投入强度达到2.6%,北湖区最高,为3.5%,苏仙区{standing},为1.9%。")
    assert measure(got["1.9%"]) == "研发投入强度", standing
    assert got["1.9%"]["region"] == "苏仙区"


@pytest.mark.parametrize("topic", ["分县区看,", "从县区来看,", "分区域看:"])
def test_a_breakdown_by_place_after_a_topic_opener_counts_what_the_figure_before_counts(pipeline, topic):
    got = records(pipeline, f"2031年,郴州市研发投入强度达到2.6%。{topic}北湖区3.5%,苏仙区3.1%。")
    assert measure(got["3.5%"]) == measure(got["3.1%"]) == "研发投入强度", topic
    assert [got["3.5%"]["region"], got["3.1%"]["region"]] == ["北湖区", "苏仙区"]


def test_a_count_after_a_share_takes_what_the_figure_before_the_share_counts(pipeline):
    got = records(pipeline, "2031年,湖南省新增高新技术企业3000家。长沙市高新技术企业总数达到5000家,占全省的40%,"
                            "株洲市1200家。")
    assert measure(got["40%"]) == "占全省"
    assert measure(got["1200家"]) == "高新技术企业总数" and got["1200家"]["region"] == "株洲市"


@pytest.mark.parametrize("join", ["、", "和"])
def test_zones_listed_before_respectively_pair_their_places_and_name_no_measure(pipeline, join):
    got = records(pipeline, f"2031年,湖南省新增高新技术企业3000家,郴州高新区{join}株洲高新区分别新增"
                            "高新技术企业120家、90家。")
    assert [got["120家"]["region"], got["90家"]["region"]] == ["郴州市", "株洲市"]
    assert measure(got["120家"]) == measure(got["90家"]) == "高新技术企业"


def test_zones_listed_with_the_category_before_them_keep_it(pipeline):
    got = records(pipeline, "2031年,湖南省高新区营业收入增长10%,郴州高新区和株洲高新区分别增长12%和9%。")
    assert [got["12%"]["region"], got["9%"]["region"]] == ["郴州市", "株洲市"]
    assert measure(got["12%"]) == measure(got["9%"]) == "高新区营业收入"


@pytest.mark.parametrize(("sentence", "number"), [("北湖区增速最快,达到10%。", "10%"),
                                                  ("北湖区增幅次之,为7%。", "7%")])
def test_a_place_with_a_rate_word_and_a_standing_breaks_the_figure_before_down(pipeline, sentence, number):
    got = records(pipeline, "2031年,郴州市规上工业产值提升8%。" + sentence)
    assert measure(got[number]) == "规上工业产值"
    assert got[number]["region"] == "北湖区"


def test_a_place_and_its_amount_before_a_standing_break_the_figure_before_down(pipeline):
    got = records(pipeline, "2031年,郴州市技术合同成交额30亿元。北湖区以12亿元居全市首位。")
    assert measure(got["12亿元"]) == "技术合同成交额" and got["12亿元"]["region"] == "北湖区"


@pytest.mark.parametrize(("text", "number"), [("2031年,郴州市研发投入强度达到2.6%,全国平均为2.8%。", "2.8%"),
                                              ("2031年,郴州市研发投入强度达到3.9%,为全省平均水平的2倍、全国平均水平的1.5倍。",
                                               "1.5倍")])
def test_a_wider_scopes_average_is_a_base_not_a_measure(pipeline, text, number):
    assert measure(records(pipeline, text)[number]) == "研发投入强度"


@pytest.mark.parametrize(("text", "amount", "noun"), [
    ("北湖区打造两个3000亿元产业集群。", "3000亿元", "产业集群"),
    ("北湖区培育百亿元企业6家。", "百亿元", "企业"),
    ("北湖区新增30亿元以上企业4家。", "30亿元以上", "企业"),
    ("北湖区签约7个百亿元项目。", "百亿元", "项目"),
    ("北湖区其中40亿-60亿元项目9个。", "40亿-60亿元", "项目"),
    ("北湖区成为全省首个500亿元园区。", "500亿元", "园区"),
])
def test_a_counted_class_of_things_sized_by_an_amount_is_other_and_names_them(pipeline, text, amount, noun):
    got = records(pipeline, text)[amount]
    assert (measure(got), got["aspect"]) == (noun, "other")


def test_one_thing_sized_by_an_amount_is_its_size(pipeline):
    got = records(pipeline, "北湖区打造90亿元产业园区。")["90亿元"]
    assert (measure(got), got["aspect"]) == ("产业园区", "level")


def test_a_goal_word_after_the_sized_thing_makes_it_a_target(pipeline):
    got = records(pipeline, "北湖区冲刺765亿产业园区目标,壮大园区经济。")["765亿"]
    assert (measure(got), got["aspect"]) == ("产业园区", "target")


def test_a_level_word_between_amount_and_things_is_no_part_of_the_measure(pipeline):
    got = records(pipeline, "北湖区力争形成3000亿级新材料特色产业集群。")["3000亿"]
    assert measure(got) == "新材料特色产业集群"


@pytest.mark.parametrize(("text", "amount", "attribute"), [
    ("北湖区营业收入超亿元企业88家。", "超亿元", "营业收入"),
    ("北湖区还有25家营收上十亿元企业。", "十亿元", "营收"),
    ("北湖区再添一家百亿元营收企业。", "百亿元", "营收"),
])
def test_an_attribute_named_with_the_amount_is_its_measure_and_the_class_stays_other(pipeline, text, amount,
                                                                                      attribute):
    got = records(pipeline, text)[amount]
    assert (measure(got), got["aspect"]) == (attribute, "other")


@pytest.mark.parametrize(("text", "count"), [("2031年北湖区新增30亿元以上企业4家。", "4家"),
                                             ("2031年北湖区新增营收过五十亿元企业5家。", "5家"),
                                             ("2031年北湖区新增工业50亿以上企业12家。", "12家")])
def test_the_count_after_a_sized_class_keeps_the_clause_cue(pipeline, text, count):
    got = records(pipeline, text)[count]
    assert (measure(got), got["aspect"]) == ("企业", "new")


def test_a_sized_class_carries_no_measure_to_the_next_clause(pipeline):
    got = records(pipeline, "北湖区经济总量跨越两个千亿元台阶,已达2100亿元,增长9.4%。")
    assert measure(got["千亿元"]) == "台阶" and got["千亿元"]["aspect"] == "other"
    assert measure(got["2100亿元"]) == measure(got["9.4%"]) == "经济总量"


def test_an_amount_linked_by_de_to_counted_things_is_no_class_without_a_bound(pipeline):
    got = records(pipeline, "北湖区新材料等16个总投资75亿元的项目正式开工。")["75亿元"]
    assert got["aspect"] == "level"


@pytest.mark.parametrize(("text", "amount"), [("北湖区新增50亿以上企业3家。", "50亿以上"),
                                              ("北湖区打造60亿产业园区。", "60亿"),
                                              ("全年成交3000万以上的大额技术合同45项。", "3000万以上")])
def test_a_bare_amount_sizing_things_is_money(pipeline, text, amount):
    got = records(pipeline, text)[amount]
    assert (got["unit"], got["value"] > 1e6) == ("元", True)


@pytest.mark.parametrize("text", ["北湖区惠及3万企业。", "北湖区是人口900万的城市。", "北湖区打造百亿级产业集群。"])
def test_no_amount_where_nothing_sizes_the_things(pipeline, text):
    assert not [r for r in records(pipeline, text).values() if r["unit"] == "元"]


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("北湖区新开工11个总投资48亿元的项目。", "11个", "项目"),
    ("北湖区12个计划投资80亿元的产业项目开工。", "12个", "产业项目"),
    ("北湖区共有8个总投资30亿元及以上的骨干项目落地。", "8个", "骨干项目"),
    ("北湖区引进6家营收5亿元的企业。", "6家", "企业"),
])
def test_a_count_whose_things_are_sized_by_an_amount_linked_by_de_counts_the_things(pipeline, text, count, noun):
    got = records(pipeline, text)
    assert measure(got[count]) == noun


def test_a_noun_before_the_size_word_keeps_the_amount_the_things(pipeline):
    # 项目投资 is no size word alone: the amount is the projects', the noun after 的 is not what is counted
    got = records(pipeline, "北湖区有5个项目投资10亿元的规模。")
    assert measure(got["5个"]).startswith("项目")


def test_an_amount_of_the_counted_things_without_de_stays_theirs(pipeline):
    got = records(pipeline, "北湖区新开工项目11个,总投资48亿元,其中3个总投资20亿元。")
    assert measure(got["11个"]).endswith("项目")
    assert measure(got["48亿元"]) == measure(got["20亿元"]) == "总投资"


@pytest.mark.parametrize("items", ["商标、版权", "专利、注册版权"])
def test_a_duration_after_fenbie_measures_the_term_named_before_it(pipeline, items):
    got = records(pipeline, f"北湖区精简审批流程,{items}变更登记时限分别压减到5个工作日、3个工作日。")
    assert measure(got["5个工作日"]).endswith("时限")
    assert measure(got["3个工作日"]).endswith("时限")


def test_numbers_after_fenbie_still_pair_with_the_items_listed(pipeline):
    got = records(pipeline, "北湖区新能源、数字创意产业营收分别增长12%和15%。")
    # (each rate is its own item's: the duration rule must not hand the term before 分别 to them)
    assert measure(got["12%"]).startswith("新能源")
    assert measure(got["15%"]).startswith("数字创意")


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("青禾县招商周落幕,17个成功签约项目均已开工。", "17个", "签约项目"),
    ("北湖区有11家已签约企业。", "11家", "签约企业"),
    ("北湖区有13家入驻企业。", "13家", "入驻企业"),
    ("在9个参与测评园区中,北湖区的得分居首。", "9个", "参与测评园区"),
])
def test_a_verb_right_after_a_count_that_qualifies_a_head_opens_the_measure(pipeline, text, count, noun):
    assert measure(records(pipeline, text)[count]) == noun


def test_a_verb_after_a_count_without_a_head_stays_its_predicate(pipeline):
    got = records(pipeline, "北湖区另有6家参加评审。北湖区23个项目现场签约。")
    assert measure(got["6家"]) is None
    assert measure(got["23个"]) == "项目"


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("北湖区新建农技服务站14个。", "14个", "农技服务站"),
    ("北湖区组建科技服务队8支。", "8支", "科技服务队"),
])
def test_a_noun_holding_fuwu_keeps_it(pipeline, text, count, noun):
    assert measure(records(pipeline, text)[count]) == noun


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("青禾县今年新培育8家技术强、口碑好的服务机构。", "8家", "服务机构"),
    ("北湖区茶园出产20多款香气足、回甘快的名优茶。", "20多款", "名优茶"),
    ("澄川县培育了15家规模大、带动性强的龙头企业。", "15家", "龙头企业"),
])
def test_a_list_of_qualities_after_a_count_gives_way_to_the_noun_after_its_de(pipeline, text, count, noun):
    assert measure(records(pipeline, text)[count]) == noun


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("会上6家银行、担保机构的负责人作了发言。", "6家", "银行"),  # items are nouns: the count is of the bodies
    ("近900户科技型企业参与了青禾县的产业联盟。", "近900户", "科技型企业"),  # a sentence, no list of qualities
    ("会上5家高新技术企业、高成长企业的负责人作了发言。", "5家", "高新技术企业"),  # kinds of firm, opening on 高
    ("北湖区推广30项新技术、新产品的应用。", "30项", "新技术"),  # 新 opens things, no quality
])
def test_a_count_before_nouns_or_a_verb_keeps_its_own_noun(pipeline, text, count, noun):
    assert measure(records(pipeline, text)[count]) == noun


@pytest.mark.parametrize(("text", "amount", "noun"), [
    ("北湖农商行设立总规模5亿元的科创专项额度。", "5亿元", "科创专项额度"),  # a credit line is money
    ("北湖区12家上市公司合计860亿元总市值居全省第三。", "860亿元", "总市值"),  # what shares are worth
])
def test_a_credit_line_or_a_market_value_after_an_amount_names_it(pipeline, text, amount, noun):
    assert measure(records(pipeline, text)[amount]) == noun


@pytest.mark.parametrize("verb", ["增至", "升至", "降至", "减至", "扩大至", "增到", "猛增至"])
def test_a_change_verb_between_two_counts_is_no_measure(pipeline, verb):
    got = records(pipeline, f"全县众创空间由2029年的23家{verb}37家。")
    assert measure(got["23家"]) == "众创空间"
    assert measure(got["37家"]) == "众创空间"


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("青禾县返乡青年去年成立农机合作社7家。", "7家", "农机合作社"),
    ("青禾县新落地中试项目4个。", "4个", "中试项目"),
    ("北湖区规上企业营业收入合计560亿元。", "560亿元", "规上企业营业收入"),
    ("青禾县一共认定示范园区6个。", "6个", "示范园区"),
])
def test_founding_landing_and_total_words_are_no_part_of_the_measure(pipeline, text, count, noun):
    assert measure(records(pipeline, text)[count]) == noun


def test_a_rate_after_a_change_verb_stays_a_change_and_the_verb_no_measure(pipeline):
    got = records(pipeline, "北湖区研发投入跃升12%。")
    assert got["12%"]["aspect"] == "change"
    assert measure(got["12%"]) == "研发投入"


@pytest.mark.parametrize("total", ["共计", "一共", "合计"])
def test_a_total_word_after_the_counted_noun_is_no_part_of_it(pipeline, total):
    got = records(pipeline, f"青禾县4所职业院校{total}获得实训补助600万元。")
    assert measure(got["4所"]) == "职业院校"
