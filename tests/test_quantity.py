"""QUANTITY recognition (SPEC section 3 and 6): spans, norms, modifiers, ranges, exclusions."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.ingest import decode_bytes, normalise_newlines
from extract.numbers import parse_chinese_number, parse_number_range
from extract.quantity import find_quantities

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT.parent / "shared" / "examples"


def only(text: str) -> dict:
    """The single quantity of ``text``, as (text, norm)."""
    found = find_quantities(text)
    assert len(found) == 1, [(m["text"], m["norm"]) for m in found]
    return found[0]


def texts(text: str) -> list[str]:
    return [m["text"] for m in find_quantities(text)]


# --- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written,value",
    [
        ("656", 656),
        ("17.46", 17.46),
        ("1,234,567.5", 1234567.5),
        ("１２．５", 12.5),
        ("两千三百", 2300),
        ("一百二十", 120),
        ("十余", 10),
        ("三十五万", 350000),
        ("一千零五", 1005),
        ("二〇二三", 2023),
        ("十二点五", 12.5),
        ("零点五", 0.5),
        ("3.5万", 35000),
        ("1.2亿", 1.2e8),
        ("2千万", 2e7),
        ("3万4000", 34000),
        ("一万三", 13000),
        ("4.78万亿", 4.78e12),
        ("负三十二", -32),
        ("万", 10000),
        ("百分之十二点五", 0.125),
        ("三分之一", 1 / 3),
        ("壹佰伍拾", 150),
        ("四億", 4e8),
        ("二十几万", 200000),
    ],
)
def test_parse_chinese_number(written, value):
    assert parse_chinese_number(written) == pytest.approx(value)


@pytest.mark.parametrize("written", ["", "七十百", "点", "abc", "十二点", "两三"])
def test_parse_rejects_non_numbers(written):
    assert parse_chinese_number(written) is None


def test_parse_range_of_neighbouring_digits():
    assert parse_number_range("两三") == (2, 3)
    assert parse_number_range("五六十") == (50, 60)
    assert parse_number_range("七八千") == (7000, 8000)
    assert parse_number_range("二〇二三") is None
    assert parse_number_range("三八") is None


# --- SPEC section 3's table --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,span,value,unit,dimension,modifier",
    [
        ("发放知识价值信用贷款23.58亿元;", "23.58亿元", 2358000000, "元", "money", None),
        ("花费400余万元改造了这条生产线", "400余万元", 4000000, "元", "money", "more_than"),
        ("这个园区总投资130亿,计划建设", "130亿", 13000000000, "元", "money", None),
        ("目前已有656家科技型企业", "656家", 656, "家", "count", None),
        ("共扶持617家(次)小微企业", "617家(次)", 617, "家次", "count", None),
        ("共扶持617家（次）小微企业", "617家（次）", 617, "家次", "count", None),
        ("引进高层次人才近900名,", "近900名", 900, "名", "count", "nearly"),
        ("累计申请专利10余项,", "10余项", 10, "项", "count", "more_than"),
        ("同比增长12.5%。", "12.5%", 12.5, "%", "percent", None),
        ("同比增长百分之十二点五。", "百分之十二点五", 12.5, "%", "percent", None),
        ("增长了4.3倍,规模列全省第五", "4.3倍", 4.3, "倍", "multiple", None),
        ("35万吨铝材产能居全省前列", "35万吨", 350000, "吨", "mass", None),
        ("同时建成13万平方米的孵化楼宇", "13万平方米", 130000, "平方米", "area", None),
        ("计划建设56GWh储能电池", "56GWh", 56, "GWh", "energy", None),
        ("专注精密铸件十余年,", "十余年", 10, "年", "duration", "more_than"),
        ("贷款规模连续5年排名全省第一", "5年", 5, "年", "duration", None),
    ],
)
def test_spec_table_rows(sentence, span, value, unit, dimension, modifier):
    m = only(sentence)
    assert m["text"] == span
    assert m["norm"] == {"value": value, "unit": unit, "dimension": dimension, "modifier": modifier}
    assert m["source"].startswith("rule:")


def test_range_row_of_the_table():
    m = only("每位导师一对一辅导1—3家企业")
    assert m["text"] == "1—3家"
    assert m["norm"] == {
        "value": 1,
        "unit": "家",
        "dimension": "count",
        "modifier": None,
        "low": 1,
        "high": 3,
    }


# --- money -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written,value",
    [
        ("5265万元", 52650000),
        ("3.8亿元", 380000000),
        ("2千万元", 20000000),
        ("1.5万亿元", 1.5e12),
        ("4157.36万元", 41573600),
        ("16000元", 16000),
        ("一千元", 1000),
        ("6余亿元", 600000000),
    ],
)
def test_money_is_normalised_to_yuan(written, value):
    m = only(f"累计获得资金{written}。")
    assert (m["text"], m["norm"]["value"], m["norm"]["unit"], m["norm"]["dimension"]) == (
        written,
        value,
        "元",
        "money",
    )


def test_amounts_in_a_list_stay_separate():
    found = find_quantities("对首次和重新认定的企业分别奖励30万元、15万元")
    assert [(m["text"], m["norm"]["value"]) for m in found] == [("30万元", 300000), ("15万元", 150000)]


def test_money_by_context_needs_a_cue_in_the_clause():
    assert only("江苏厚生(投资50亿)")["norm"]["value"] == 5000000000
    assert only("全年产值超过300亿。")["norm"] == {
        "value": 30000000000,
        "unit": "元",
        "dimension": "money",
        "modifier": "more_than",
    }
    assert texts("全区常住人口3000万,") == []
    assert texts("投资项目达到3000万,") == ["3000万"]
    assert texts("投资了项目,3000万人次参观") == ["3000万人次"]


def test_billion_level_money_keeps_level_outside():
    m = only("推动全县形成3000亿级储能产业集群")
    assert m["text"] == "3000亿" and m["norm"]["value"] == 3e11 and m["norm"]["modifier"] is None
    assert texts("打造百亿级、千亿级产业集群") == []


def test_foreign_money_keeps_its_currency():
    m = only("利用外资1280万美元")
    assert (m["norm"]["value"], m["norm"]["unit"], m["norm"]["dimension"]) == (12800000, "美元", "money")


# --- modifiers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,span,modifier",
    [
        ("孵化场地面积超16万平方米;", "超16万平方米", "more_than"),
        ("是上年成交额的3倍多。", "3倍多", "more_than"),
        ("预计超过4.5亿元,", "超过4.5亿元", "more_than"),
        ("吸引逾200家企业", "逾200家", "more_than"),
        ("实现成果转化60项以上。", "60项以上", "more_than"),
        ("60%以上的企业设立研发中心", "60%以上", "more_than"),
        ("吸引上千家企业", "上千家", "more_than"),
        ("增加近5倍;", "近5倍", "nearly"),
        ("将近2000人", "将近2000人", "nearly"),
        ("每年新增岗位约400人,", "约400人", "approx"),
        ("参会企业300家左右。", "300家左右", "approx"),
        ("不足10%。", "不足10%", "less_than"),
        ("3个月以内完成", "3个月以内", "less_than"),
        ("至少3项。", "至少3项", "at_least"),
        ("不超过5家。", "不超过5家", "at_most"),
        ("仅一个多月时间,", "一个多月", "more_than"),
    ],
)
def test_modifiers_belong_to_the_span(sentence, span, modifier):
    m = only(sentence)
    assert (m["text"], m["norm"]["modifier"]) == (span, modifier)


@pytest.mark.parametrize(
    "sentence,span",
    [
        ("至少资助1项课题", "1项"),  # a verb between: no modifier (SPEC section 6)
        ("新增营收突破1200亿元", "1200亿元"),
        ("节约3亿元", "3亿元"),  # 约 ends 节约
        ("附近3公里", "3公里"),  # 近 ends 附近
        ("带动30家上下游企业", "30家"),  # 上下 starts 上下游
        ("建成2个多功能厅", "2个"),  # 多 starts 多功能
        ("3年内可引进配套企业800家", "3年"),  # 内 (without 以) is no modifier
    ],
)
def test_words_that_are_not_modifiers(sentence, span):
    m = find_quantities(sentence)[0]
    assert (m["text"], m["norm"]["modifier"]) == (span, None)


# --- ranges ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,span,low,high,unit",
    [
        ("服务1—3家企业", "1—3家", 1, 3, "家"),
        ("服务1-3家企业", "1-3家", 1, 3, "家"),
        ("组建3至5个团队", "3至5个", 3, 5, "个"),
        ("服务两三家企业", "两三家", 2, 3, "家"),
        ("每位导师一对一辅导一到三家企业", "一到三家", 1, 3, "家"),
        ("增长10%—20%", "10%—20%", 10, 20, "%"),
        ("补助5—10万元", "5—10万元", 50000, 100000, "元"),
        ("补助5万—10万元", "5万—10万元", 50000, 100000, "元"),
        ("需要3~5年", "3~5年", 3, 5, "年"),
        ("吸引五六十家企业", "五六十家", 50, 60, "家"),
    ],
)
def test_ranges(sentence, span, low, high, unit):
    m = only(sentence)
    assert m["text"] == span
    assert (m["norm"]["value"], m["norm"]["low"], m["norm"]["high"], m["norm"]["unit"]) == (
        low,
        low,
        high,
        unit,
    )


def test_date_ranges_are_not_quantities():
    assert texts("今年1—10月全县新设小微企业187家") == ["187家"]
    assert texts("《实施意见(2031—2033年)》,2031-2035年") == []


# --- percent -----------------------------------------------------------------------------------


def test_only_the_percent_is_the_span():
    m = only("全县企业研发费用同比增长12.5%")
    assert m["text"] == "12.5%" and m["norm"]["value"] == 12.5


@pytest.mark.parametrize(
    "text, span, value, unit, modifier, dimension",
    [
        ("研发投入强度提高0.5个百分点", "0.5个百分点", 0.5, "百分点", None, "percent"),
        ("增速回落0.95個百分點", "0.95個百分點", 0.95, "百分点", None, "percent"),
        ("比全省高约6个百分点", "约6个百分点", 6, "百分点", "approx", "percent"),
        ("高出2百分点", "2百分点", 2, "百分点", None, "percent"),
        ("审批压缩到一个月", "一个月", 1, "月", None, "duration"),
        ("历时三个多月", "三个多月", 3, "月", "more_than", "duration"),
        ("两个半月完成", "两个半月", 2.5, "月", None, "duration"),
        ("不到4个工作日办结", "不到4个工作日", 4, "工作日", "less_than", "duration"),
        ("培训12个小时", "12个小时", 12, "小时", None, "duration"),
        ("用了两个季度", "两个季度", 2, "季度", None, "duration"),
    ],
)
def test_percentage_points_and_time_units_drop_the_classifier(text, span, value, unit, modifier, dimension):
    # SPEC 6.1: the classifier 个 is not part of 百分点 nor of a time unit
    m = only(text)
    assert (m["text"], m["norm"]["value"], m["norm"]["unit"], m["norm"]["modifier"]) == (span, value, unit, modifier)
    assert m["norm"]["dimension"] == dimension


@pytest.mark.parametrize(
    "text, span, value, unit, dimension",
    [
        ("人口自然增长率为8.2‰", "8.2‰", 8.2, "‰", "percent"),
        ("综合得分247.25分", "247.25分", 247.25, "分", "other"),
        ("迎来建校70周年", "70周年", 70, "周年", "duration"),
        ("配备3.25寸屏幕", "3.25寸", 3.25, "寸", "length"),
        ("计时不超过30秒", "不超过30秒", 30, "秒", "duration"),
        ("储能规模12GWH", "12GWH", 12, "GWh", "energy"),
        ("年发电量3.5gwh", "3.5gwh", 3.5, "GWh", "energy"),
        ("装机8MWH", "8MWH", 8, "MWh", "energy"),
        ("同比增长8 %", "8 %", 8, "%", "percent"),
        ("近七成企业", "近七成", 70, "%", "percent"),
        ("七成六的用户", "七成六", 76, "%", "percent"),
        ("利率下调半成", "半成", 5, "%", "percent"),
        ("占比六点五成", "六点五成", 65, "%", "percent"),
    ],
)
def test_units_of_the_second_round(text, span, value, unit, dimension):
    m = only(text)
    assert (m["text"], m["norm"]["value"], m["norm"]["unit"], m["norm"]["dimension"]) == (span, value, unit, dimension)


@pytest.mark.parametrize("text", ["这十分重要", "用时五分钟", "资金分别投向", "生产半成品", "七成六家企业"])
def test_no_score_no_half_tenth_in_words(text):
    found = [(m["text"], m["norm"]["unit"]) for m in find_quantities(text)]
    assert ("分", "分") not in [(t[-1:], u) for t, u in found] and all(u != "%" or t != "半成" for t, u in found)
    if text == "用时五分钟":
        assert found == [("五分钟", "分钟")]
    if text == "七成六家企业":
        assert found == [("七成", "%"), ("六家", "家")]


@pytest.mark.parametrize(
    "text, span, value, unit",
    [
        ("票价50元6角三分", "50元6角三分", 50.63, "元"),
        ("找零五元三毛", "五元三毛", 5.3, "元"),
        ("每股两美元又三美分", "两美元又三美分", 2.03, "美元"),
        ("补助3元2角钱", "3元2角", 3.2, "元"),
    ],
)
def test_compound_money_adds_the_coins(text, span, value, unit):
    m = only(text)
    assert (m["text"], m["norm"]["unit"]) == (span, unit) and m["norm"]["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    "text, span, value",
    [("单户可贷600万", "600万", 6000000), ("给予一次性奖励800万", "800万", 8000000),
     ("最高授信1000万以上", "1000万以上", 10000000)],
)
def test_bare_amount_in_a_money_clause_is_money(text, span, value):
    m = only(text)
    assert (m["text"], m["norm"]["value"], m["norm"]["unit"], m["norm"]["dimension"]) == (span, value, "元", "money")


@pytest.mark.parametrize(
    "text, span, value, modifier",
    [
        ("研发投入 17.46 亿元", "17.46 亿元", 1746000000, None),
        ("发放贷款400余\n万元", "400余\n万元", 4000000, "more_than"),
        ("合同额1,234 万元", "1,234 万元", 12340000, None),
        ("总投资30\u3000亿元", "30\u3000亿元", 3000000000, None),
        ("总投资130\n亿", "130\n亿", 13000000000, None),
    ],
)
def test_a_number_and_its_multiplier_across_white_space_are_one(text, span, value, modifier):
    # issue 17: text pasted from PDFs breaks amounts; 亿元 alone must never read as 100000000 元
    m = only(text)
    assert (m["text"], m["norm"]["value"], m["norm"]["unit"], m["norm"]["modifier"]) == (span, value, "元", modifier)


@pytest.mark.parametrize("text", ["单位：亿元", "折合万元", "序号 1 张三", "共有 3\n家"])
def test_a_multiplier_or_a_chinese_unit_alone_is_no_quantity(text):
    assert [m["text"] for m in find_quantities(text)] == []


def test_fractions_are_percent():
    m = only("约占全国总产量的三分之一")
    assert m["norm"]["unit"] == "%" and m["norm"]["value"] == pytest.approx(100 / 3)


def test_rates_keep_the_compound_unit():
    m = only("每万人发明专利拥有量达到1.75件/万人")
    assert (m["text"], m["norm"]["unit"], m["norm"]["dimension"]) == ("1.75件/万人", "件/万人", "other")


# --- exclusions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "放款总量居全市第一位",  # ordinal
        "规模居全省第五、澄南片区第三",  # ranks
        "居全省县市第6位",  # rank
        "培育出全国同行业50强企业",  # N强
        "围绕全县“527”创新布局",  # slogan in quotes
        "加快打造“3+5”产业体系",  # slogan formula
        "聚焦“2+3+N”新兴产业",
        "认真谋划了“6个1”工作举措",
        "澄科局函〔2031〕15号",  # document number
        "关于县政协十二届三次会议第47号提案的答复",  # session number, proposal number
        "联系电话:18983903121",  # phone number
        "一家专门生产精密轴承的企业",  # 一 as "a"
        "引进一批、壮大一批、储备一批",
        "是“一中心两基地”之一",
        "一期工程,第二批名单",  # phases
        "十五条实施后,陆续有企业申报",  # policy short name
        "发布《江津区促进科技创新十二条措施》",  # numbers inside titles
        "打造百亿级、千亿级产业集群",
        "2031年以来,2032年5月26日",  # dates are DATE's job
        "近3年,在北湖的企业",
        "3年来,累计",
        "三大先机、六大行动",  # epithets
        "每百亿元GDP拥有",  # rate denominator
        "PM2.5浓度持续下降",  # a code
        "访问 https://example.com/a?q=30%25",  # a web address
    ],
)
def test_not_quantities(sentence):
    assert find_quantities(sentence) == []


def test_gloss_of_a_slogan_is_counted():
    found = texts("构建“1+2+3+N”(即1个省级孵化器、2个市级加速器、3个县级众创空间)")
    assert found == ["1个", "2个", "3个"]


def test_a_digit_one_is_a_quantity():
    assert texts("成功培育出1家企业") == ["1家"]


def test_quoted_speech_is_not_a_slogan():
    speech = "“我们已申请发明专利10余项,承担1项国家级、3项省级攻关课题。”"
    assert texts(speech) == ["10余项", "1项", "3项"]


# --- offsets -----------------------------------------------------------------------------------


def test_offsets_with_full_width_digits():
    text = "截至７月，江津累计发放贷款１７．４６亿元，同比增长１２．５％。"
    found = find_quantities(text)
    assert [m["text"] for m in found] == ["１７．４６亿元", "１２．５％"]
    assert found[0]["norm"]["value"] == 1746000000 and found[1]["norm"]["value"] == 12.5
    for m in found:
        assert text[m["start"] : m["end"]] == m["text"]


def test_offsets_after_windows_and_astral_characters():
    text = "𠀀企业\n累计482家次,𠀀达到8.96亿元"
    for m in find_quantities(text):
        assert text[m["start"] : m["end"]] == m["text"]
    assert texts(text) == ["482家次", "8.96亿元"]


ALPHABET = list("0123456789.,%一二两三十百千万亿零余多近超约第年月个家元吨倍项名(次)“”《》、，—至 ") + ["个百分点"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=40).map("".join))
def test_mentions_are_flat_and_exact_on_any_text(text):
    found = find_quantities(text)
    ends = 0
    for m in found:
        assert m["type"] == "QUANTITY"
        assert m["text"] == text[m["start"] : m["end"]] and ends <= m["start"] < m["end"] <= len(text)
        assert math.isfinite(m["norm"]["value"])
        ends = m["end"]


# --- against hand-made gold --------------------------------------------------------------------


def _quantities(doc: dict) -> dict[tuple[int, int], dict]:
    return {(m["start"], m["end"]): m["norm"] for m in doc["mentions"] if m["type"] == "QUANTITY"}


def test_worked_example_exactly():
    text = normalise_newlines(decode_bytes((EXAMPLE / "example.txt").read_bytes())[0])
    gold = _quantities(json.loads((EXAMPLE / "example.json").read_text(encoding="utf-8")))
    assert _quantities({"mentions": find_quantities(text)}) == gold


def test_fast_path_is_only_a_shortcut(monkeypatch):
    """The one-pattern reading of 17.46亿元 must agree with the general reader on real articles."""
    import extract.quantity as quantity

    articles = [
        normalise_newlines(decode_bytes(p.read_bytes())[0])
        for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))
    ]
    fast = [find_quantities(t) for t in articles]
    monkeypatch.setattr(quantity, "_fast", lambda *args: None)
    assert [find_quantities(t) for t in articles] == fast
    assert sum(map(len, fast)) > 300


@pytest.mark.parametrize(
    "sentence,span,value",
    [
        ("增速为-2.3%", "-2.3%", -2.3),
        ("同比负增长,为负3.9%", "负3.9%", -3.9),
        ("服务1-3家企业", "1-3家", 1),  # a hyphen after a number is a range, not a sign
    ],
)
def test_signs(sentence, span, value):
    m = only(sentence)
    assert (m["text"], m["norm"]["value"]) == (span, value)


def test_indefinite_and_slogan_numbers_are_not_quantities():
    assert texts("数十家企业,几十家单位,落实八项规定精神,增强四个意识") == []
    assert texts("企业总数10家") == ["10家"]


def test_bare_magnitude_before_a_currency_is_an_amount():
    m = only("营收突破百亿元")
    assert (m["text"], m["norm"]["value"], m["norm"]["unit"]) == ("百亿元", 1e10, "元")
    assert texts("百家争鸣,千家万户") == []


# --- issue 16: classes seen on unlabelled articles (invented text) ---------------------------


@pytest.mark.parametrize(
    "sentence, span, value, modifier",
    [
        ("北湖区研发投入占全市1/5。", "1/5", 20, None),
        ("北湖区专利授权增长超1/3,居全省前列。", "超1/3", 100 / 3, "more_than"),
        ("青禾园区产值占全县近1/4的份额。", "近1/4", 25, "nearly"),
        ("占全县１／３以上。", "１／３以上", 100 / 3, "more_than"),
    ],
)
def test_a_fraction_with_a_slash_is_a_percent(sentence, span, value, modifier):
    (m,) = find_quantities(sentence)
    assert m["text"] == span and sentence[m["start"] : m["end"]] == span
    assert m["norm"]["unit"] == "%" and m["norm"]["dimension"] == "percent"
    assert math.isclose(m["norm"]["value"], value) and m["norm"]["modifier"] == modifier


@pytest.mark.parametrize("sentence", ["于2031/1/3开幕。", "比值为16/5。", "版本v1.1/3发布。", "编号第1/3号。"])
def test_a_date_an_improper_fraction_or_a_code_with_a_slash_is_no_percent(sentence):
    assert [m for m in find_quantities(sentence) if m["norm"]["unit"] == "%"] == []


def test_a_space_after_a_decimal_point_inside_a_clause_keeps_one_number_and_the_texts_offsets():
    text = "增速高于上年０．　４个百分点,投入3. 25亿元。\n1. 5家企业获评。"
    found = {m["text"]: m for m in find_quantities(text)}
    assert found["０．\u3000４个百分点"]["norm"]["value"] == 0.4
    assert found["3. 25亿元"]["norm"]["value"] == 325000000
    assert found["5家"]["norm"]["value"] == 5  # a list's marker at a line start is no decimal point
    assert all(text[m["start"] : m["end"]] == m["text"] for m in found.values())


def test_a_longer_unit_its_guard_rejects_gives_way_to_a_shorter_one():
    found = [(m["text"], m["norm"]["unit"]) for m in find_quantities("青禾指数提高6.5个点,布设12个点位。")]
    assert found == [("6.5个点", "点"), ("12个", "个")]


def test_digits_grouped_by_spaces_give_no_zero_amount_and_a_currency_after_a_spaced_multiplier_joins():
    found = [(m["text"], m["norm"]["value"]) for m in find_quantities("投入 5 000 万元,研发经费12.32亿 元。")]
    assert found == [("12.32亿 元", 1232000000)]  # never 000 万元 → 0 元


def found(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(m["text"], m["norm"]["value"], m["norm"]["unit"], m["norm"]["modifier"]) for m in find_quantities(text)]


# --- a list sharing one trailing unit ------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("新增企业依次为3、5、8家", [("3", 3, "家"), ("5", 5, "家"), ("8家", 8, "家")]),
        ("占比分别提高2.1和5.6个百分点", [("2.1", 2.1, "百分点"), ("5.6个百分点", 5.6, "百分点")]),
        ("产出分别提高1.4、2.7、1.6倍", [("1.4", 1.4, "倍"), ("2.7", 2.7, "倍"), ("1.6倍", 1.6, "倍")]),
        ("增速分别为12、15及20%", [("12", 12, "%"), ("15", 15, "%"), ("20%", 20, "%")]),
        ("面积分别为1.5与2.5万平方米", [("1.5", 15000, "平方米"), ("2.5万平方米", 25000, "平方米")]),
        ("分别补助3、5或8万元", [("3", 30000, "元"), ("5", 50000, "元"), ("8万元", 80000, "元")]),
        ("获得1.2亿、3000万元贷款", [("1.2亿", 120000000, "元"), ("3000万元", 30000000, "元")]),
        ("分别达到1,200、3,400件", [("1,200", 1200, "件"), ("3,400件", 3400, "件")]),
        ("分别压缩至3、2个工作日", [("3", 3, "工作日"), ("2个工作日", 2, "工作日")]),
        ("占比分别为三、四成", [("四成", 40, "%")]),  # Chinese numerals are no list (一、二类 is ordinals)
    ],
)
def test_listed_numbers_take_the_unit_written_after_the_last(text, expected):
    assert [f[:3] for f in found(text)] == expected


def test_each_listed_number_keeps_its_own_multiplier_and_its_own_modifier():
    assert found("青禾企业先后获得了300余万、700万、1.2亿元") == [
        ("300余万", 3000000, "元", "more_than"),
        ("700万", 7000000, "元", None),
        ("1.2亿元", 120000000, "元", None),
    ]


def test_a_list_whose_first_number_is_read_by_its_money_cue_gets_the_rest():
    # the cue 营收 reaches 600万 only (、 ends the clause of a cue): the list supplies 700万
    assert [f[0] for f in found("北湖区营收分别为600万、700万、900万元")] == ["600万", "700万", "900万元"]


def test_numbers_with_their_own_units_are_left_as_they_are():
    assert [f[:3] for f in found("分别为3家、5和8个")] == [("3家", 3, "家"), ("8个", 8, "个")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("第1、2名为青禾县", []),  # ordinals: the last goes too
        ("排名前3、5位", []),  # a rank
        ("1、2家企业入选", ["2家"]),  # an item number at a line start opens no list
        ("任务。3、5家企业入选", ["5家"]),  # nor one after a sentence end
        ("新认定3—5家", ["3—5家"]),  # a range stays one quantity
        ("分别为2031、2032年", []),  # years are DATE
        ("增长3、4月份", []),  # months are DATE
        ("发布“1、2”3家", ["3家"]),  # a slogan in quotes
    ],
)
def test_what_is_no_list_of_quantities(text, expected):
    assert [f[0] for f in found(text)] == expected


def test_shared_unit_spans_are_the_listed_numbers_alone():
    # offsets counted by hand: 青禾县新增企业依次为 is 10 characters, ,补助分别为 6 more after 8家
    text = "青禾县新增企业依次为3、5、8家,补助分别为3、5万元"
    got = [(m["text"], m["start"], m["end"]) for m in find_quantities(text)]
    assert got == [("3", 10, 11), ("5", 12, 13), ("8家", 14, 16), ("3", 22, 23), ("5万元", 24, 27)]
    sources = [m["source"] for m in find_quantities(text)]
    assert (sources[0], sources[1], sources[3]) == ("rule:count.shared_unit", "rule:count.shared_unit",
                                                    "rule:money.shared_unit")


# --- money after a verb of borrowing or lending (SPEC 6.1) -----------------------------------------


@pytest.mark.parametrize(
    "text,value",
    [
        ("青禾公司在银行贷了500万", 5000000),
        ("北湖农商行为企业续贷2000万", 20000000),
        ("公司向股东借到1.5亿", 150000000),
        ("首轮融得3000万", 30000000),
        ("获得授信3亿", 300000000),
        ("青禾农商行给予可用额度500万", 5000000),
        ("北湖区设立风险补偿金2000万", 20000000),
        ("该公司当年亏损60万", 600000),
    ],
)
def test_a_bare_amount_after_a_verb_of_borrowing_is_money(text, value):
    ((_, got, unit, _),) = found(text)
    assert (got, unit) == (value, "元")


def test_a_bare_amount_without_a_money_clause_stays_none():
    assert found("青禾县常住人口120万,服务企业1.2万") == []


# --- doubling (翻番) --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("营收翻了近一番", [("近一番", 1, "番", "nearly")]),
        ("产值翻一番多", [("一番多", 1, "番", "more_than")]),
        ("收入翻了将近两番", [("将近两番", 2, "番", "nearly")]),
        ("企业数翻两番以上", [("两番以上", 2, "番", "more_than")]),
        ("营收增长两倍", [("两倍", 2, "倍", None)]),
        ("企业数实现倍增、翻番、翻倍", []),  # no number written
        ("经过一番努力", []),
    ],
)
def test_doubling_phrases(text, expected):
    assert found(text) == expected


# --- numbers spaced out inside a sentence ----------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("青禾县列出了 27 项任务", [("27 项", 27, "项", None)]),
        ("北湖区新建 140 个以上服务站", [("140 个以上", 140, "个", "more_than")]),
        ("审批耗时不足 2 个月", [("不足 2 个月", 2, "月", "less_than")]),
        ("青禾园区只花 7 个月建成", [("7 个月", 7, "月", None)]),
        ("可年产 45 万吨", [("45 万吨", 450000, "吨", None)]),  # a multiplier after a gap joined before too
        ("产量超过 45 万吨", [("超过 45 万吨", 450000, "吨", "more_than")]),
    ],
)
def test_a_number_spaced_out_in_its_sentence_takes_the_unit_after_the_space(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "青禾县排名第 3 位",  # an ordinal: the rule reads the word before the space
        "北湖区近 3 年",  # a relative period (DATE)
        "成立于 2031 年",  # a year
        "全省有企业\n18 项",  # a line start: a table's column, not a sentence
        "企业数 18  项",  # two spaces: columns
        "增长 5%、18 项",  # no Chinese word before the space
    ],
)
def test_what_a_spaced_out_number_does_not_join(text):
    assert [f for f in found(text) if f[0].startswith("18 ") or f[0].startswith("3 ") or "2031" in f[0]] == []
