"""QUANTITY classes of round 12 (issue 16): numbers sharing one unit written once, money after a
verb of borrowing, doubling phrases, numbers padded with spaces. Invented text throughout."""

from __future__ import annotations

import pytest

from extract.quantity import find_quantities


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


def test_shared_unit_spans_match_the_text():
    text = "青禾县新增企业依次为3、5、8家,补助分别为3、5万元"
    for m in find_quantities(text):
        assert text[m["start"] : m["end"]] == m["text"]
    assert [m["source"] for m in find_quantities(text)][:2] == ["rule:count.shared_unit", "rule:count.shared_unit"]


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
