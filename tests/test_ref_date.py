"""Reference-date inference (extract/ref_date.py, issue 16): classes of cue read from invented text.

The older cases live in tests/test_dates.py (test_inference_*); these are the classes added since
the inference got its own module."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.ref_date import infer_ref_date_with_cue, resolve_ref_date_with_cue


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a year one sentence calls current (截至目前…2031年) is not over in another sentence
        ("截至目前，北湖区2031年入库企业已达620家。下一步，实现2031年入库企业900家以上。",
         (dt.date(2031, 7, 1), "latest year written 2031, mid-year")),
        # nor is a year whose own goal is still pursued (冲刺2031全年目标)
        ("青禾网11月3日讯 2031年，全县新增企业40家。全县上下正冲刺2031全年目标。",
         (dt.date(2031, 11, 3), "month and day in the lead")),
    ],
)
def test_a_year_called_current_somewhere_is_not_a_completed_year(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a draft for a year (草案) plans it; the account of the year before is of a year over
        ("北湖区2031年预算执行情况和2032年预算草案", (dt.date(2032, 2, 15), "report on the completed year 2031")),
        ("青禾县2032年科技与产业发展计划草案\n一、主要目标",
         (dt.date(2032, 2, 15), "plan for the year 2032")),
    ],
)
def test_a_draft_plans_its_own_year_only(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


def test_a_year_without_nian_after_the_verb_holding_an_event_dates_the_text():
    assert infer_ref_date_with_cue("3月2日，北湖区举办2030“青禾杯”创新大赛。") == (
        dt.date(2030, 3, 2), "month and day in the lead")
    # a count after the verb is no year (举办2000余场, 启动2030个项目)
    assert infer_ref_date_with_cue("北湖区举办2000余场活动，启动2030个项目。") is None


@pytest.mark.parametrize(
    "text, wanted",
    [
        # no year written: the anniversary celebrated is the text's year (1921 + 110)
        ("今年是建党一百一十周年，青禾县新增企业40家。", (dt.date(2031, 7, 1), "latest year written 2031, mid-year")),
        # a work report looking back (一年来) on the anniversary's year comes out the year after
        ("青禾网1月20日讯 县长作政府工作报告。报告指出，一年来青禾县圆满完成新中国成立90周年庆祝活动保障任务。",
         (dt.date(2040, 1, 20), "month and day in the lead")),
        # an anniversary looked forward to (喜迎) is not the text's year
        ("2029年，青禾县新增企业40家，喜迎建党110周年。", (dt.date(2030, 2, 15), "report on the completed year 2029")),
        # an anniversary of an event that is no national one (建厂80周年) has no year in the table
        ("青禾网1月20日讯 青禾机械厂建厂80周年。", None),
    ],
)
def test_a_national_anniversary_dates_a_text_without_a_year(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a span elapsed since a date written (经过4年多) puts the dateline's day after it
        ("北湖网2月6日讯 2029年3月，北湖区获批建设青禾园区，经过4年多的建设，园区已有企业300家。",
         (dt.date(2034, 2, 6), "month and day in the lead, after the span elapsed since a date written")),
        # without a dateline the text stands at the span's end at the earliest
        ("青禾园区自2001年成立以来，历经二十余年的培育，已有企业300家。",
         (dt.date(2021, 1, 1), "after the span elapsed since a date written")),
        # a span in another sentence than the date is no span since it
        ("2029年，北湖区新增企业40家。青禾园区经过4年建设已投用。",
         (dt.date(2030, 2, 15), "report on the completed year 2029")),
    ],
)
def test_a_span_elapsed_since_a_date_written_bounds_the_text(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a five-year plan's own document just issued: the text is in the plan's first year
        ("青禾网8月2日讯 近日，青禾县印发《青禾县“十六五”数字经济发展规划》，到2035年产值翻番。",
         (dt.date(2031, 8, 2), "month and day in the lead")),
        # carried out, not issued: only the horizon is written, the text comes the year before it
        ("青禾县组织实施《青禾县“十六五”储能产业规划》，到2035年产值翻番。",
         (dt.date(2034, 7, 1), "latest year written 2034, mid-year")),
        # issued one after another (相继出台): a look back, no new plan
        ("近年来，青禾县相继出台《青禾县“十六五”储能产业规划》等文件，到2035年产值翻番。",
         (dt.date(2034, 7, 1), "latest year written 2034, mid-year")),
    ],
)
def test_a_five_year_plan_just_issued_dates_the_text_in_its_first_year(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # no year written: a party congress whose report the text cites puts the dateline after it
        ("青禾网8月30日讯 青禾县按照二十大报告要求，新增企业40家。",
         (dt.date(2023, 8, 30), "month and day in the lead, after the party meeting cited")),
        # without a dateline the text is dated the meeting's last day at the earliest
        ("十九届五中全会以来，青禾县新增企业40家。", (dt.date(2020, 10, 29), "after the party meeting cited")),
        # no year written: the periods reported are read in the meeting's year
        ("截至11月份，青禾县新增企业40家。全县学习二十大报告。",
         (dt.date(2022, 11, 30), "end of the latest period reported")),
        # a meeting looked forward to (喜迎…) bounds nothing
        ("青禾县喜迎二十大报告发布，新增企业40家。", None),
        # a guess after the meeting stays as it is
        ("2031年，青禾县新增企业40家，全县学习二十大报告。",
         (dt.date(2032, 2, 15), "report on the completed year 2031")),
    ],
)
def test_a_party_meeting_cited_bounds_the_text_from_below(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # 9 June fell on a Sunday in 2030, on a Monday in 2031: the weekday picks the year
        ("青禾网6月9日（星期日）讯 2030年，北湖区新增企业40家。",
         (dt.date(2030, 6, 9), "month and day in the lead, its weekday")),
        ("青禾网6月9日，周一，2030年北湖区新增企业40家。",
         (dt.date(2031, 6, 9), "month and day in the lead, its weekday")),
        # without a weekday the completed year's report is of the year after
        ("青禾网6月9日讯 2030年，北湖区新增企业40家。", (dt.date(2031, 6, 9), "month and day in the lead")),
    ],
)
def test_a_weekday_after_the_lead_day_picks_its_year(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


def test_a_text_naming_no_year_takes_the_last_year_its_weekday_fits_before_the_run_date():
    today = dt.date(2040, 3, 1)
    # 9 June 2039 was a Thursday; the last Sunday 9 June before the run date is in 2030
    assert resolve_ref_date_with_cue("青禾网6月9日，星期日，北湖区新增企业。", None, None, today) == (
        dt.date(2030, 6, 9), "inferred", "month and day in the lead, its weekday, before the run date")
    assert resolve_ref_date_with_cue("青禾网6月9日，北湖区新增企业。", None, None, today) == (
        dt.date(2039, 6, 9), "inferred", "month and day in the lead, the year of the run date")


def test_eval_tool_counts_misses_per_cue(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    articles = {"a": ("青禾网6月9日讯 2031年1—5月，北湖区新增企业40家。", "2031-06-10"),
                "b": ("2030年，青禾县新增企业40家。", "2031-09-30"),
                "c": ("北湖区新增企业40家。", "2031-01-01")}
    for name, (text, day) in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.meta.json").write_text(json.dumps({"ref_date": day}), encoding="utf-8")
    run = subprocess.run([sys.executable, str(root / "tools" / "eval_ref_date.py"), "--folder", str(tmp_path),
                          "--by-cue"], capture_output=True, text=True, cwd=root, env={"PYTHONPATH": str(root)},
                         check=True)
    assert "within 31 days 1/3" in run.stdout
    assert "  1 missed of   1  report on the completed year Y" in run.stdout  # 15 Feb against 30 September
    assert "  1 missed of   1  none" in run.stdout
    assert "  0 missed of   1  month and day in the lead" in run.stdout


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a term coined in September 2023 (新质生产力): an April dateline is of the year after
        ("青禾网4月2日讯 北湖区以新质生产力为引领，新增企业40家。",
         (dt.date(2024, 4, 2), "month and day in the lead, after the first use of a term it uses")),
        # a guess after the term's first day stands
        ("青禾网4月2日讯 2031年，北湖区以新质生产力为引领，新增企业40家。",
         (dt.date(2032, 4, 2), "month and day in the lead")),
    ],
)
def test_a_coined_term_bounds_the_text_from_below(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


def test_a_weekday_dateline_below_a_bound_moves_to_the_first_year_it_fits_after_it():
    # 9 June was a Sunday in 2019 and in 2024; 新质生产力, coined 7 September 2023, rules 2019 out
    text = "青禾网6月9日（星期日）讯 2019年，北湖区以新质生产力为引领，新增企业40家。"
    assert infer_ref_date_with_cue(text) == (
        dt.date(2024, 6, 9), "month and day in the lead, its weekday, after the first use of a term it uses")


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a refinancing tool set up on 7 April 2024: a December dateline naming no year is of 2024
        ("青禾网12月3日讯 北湖区用好技术改造再贷款，新增贷款40亿元。",
         (dt.date(2024, 12, 3), "month and day in the lead")),
        # a regulator inaugurated on 18 May 2023: a March dateline is of the year after
        ("青禾网3月8日讯 国家金融监督管理总局北湖监管分局推动企业融资。",
         (dt.date(2024, 3, 8), "month and day in the lead, after the first use of a term it uses")),
    ],
)
def test_a_newer_institution_or_tool_bounds_the_text_from_below(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # an event named by its year (2031年…专场活动) is held in that year: no report on a year over
        ("3月2日，青禾县2031年科技“春风行”专场活动收官，签约金额40亿元。",
         (dt.date(2031, 3, 2), "month and day in the lead")),
        ("北湖区2031年全民健身运动会筹办顺利。", (dt.date(2031, 7, 1), "latest year written 2031, mid-year")),
        # a whole-year figure with the event word past the first comma stays a report on that year
        ("2031年，青禾县开展科普活动120场。", (dt.date(2032, 2, 15), "report on the completed year 2031")),
    ],
)
def test_a_year_naming_an_event_is_not_a_completed_year(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # this summer, after a report on the years before: the text stands at summer's end
        ("2029年至2031年，青禾县新增企业40家。今夏，北湖区的新园区开园。",
         (dt.date(2032, 8, 31), "end of the season the text is in")),
        # an autumn of a year still running, after a period reported that ends earlier
        ("2031年1—7月，青禾县新增企业40家。今秋，北湖区再添新园区。",
         (dt.date(2031, 11, 30), "end of the season the text is in")),
        # 今冬明春 plans the months ahead: the text is not in that winter
        ("2031年1—7月，青禾县新增企业40家。今冬明春，北湖区将新建园区。",
         (dt.date(2031, 7, 31), "end of the latest period reported")),
        # a dateline is more precise than the season
        ("青禾网7月3日讯 今夏，北湖区2031年上半年新增企业40家。", (dt.date(2031, 7, 3), "month and day in the lead")),
    ],
)
def test_a_season_the_text_calls_its_own(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # the edition year closing a list's or a report's title, bracketed or not
        ("12月5日，青禾县发布《北湖区专利清单(2031)》，共收录成果40项。",
         (dt.date(2031, 12, 5), "month and day in the lead")),
        ("《青禾县创新指数报告2031》显示，北湖区位列第一。",
         (dt.date(2031, 7, 1), "latest year written 2031, mid-year")),
        # a year closing a plan's name may be its horizon; a span is no edition (the plan starts in 2029)
        ("12月5日，青禾县落实《北湖制造2039》，新增企业40家。", None),
        ("12月5日，青禾县印发《北湖区产业规划(2029-2039)》。", (dt.date(2029, 12, 5), "month and day in the lead")),
    ],
)
def test_a_year_closing_a_report_title(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # 截至 a whole year: a running total to its end, so the year is over
        ("截至2031年，青禾县共有企业300家。", (dt.date(2032, 2, 15), "report on the completed year 2031")),
        ("截至2031年，青禾县共有企业300家。今年1月，北湖区成立联盟。",
         (dt.date(2032, 1, 31), "end of the latest period reported")),
        # 到 a year is a horizon, not a total to date
        ("力争到2031年，青禾县企业达到300家。", (dt.date(2030, 7, 1), "latest year written 2030, mid-year")),
    ],
)
def test_a_total_as_of_a_whole_year_closes_it(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a list of the meetings held so far: before the next one (十八届五中全会, 29 October 2015)
        ("青禾县对照十八大和十八届三中、四中全会部署，到2025年企业达到300家。",
         (dt.date(2015, 10, 28), "before the party meeting after those it lists")),
        # sessions written as a list bound from below by the latest (十八届六中全会, 27 October 2016)
        ("北湖区落实十八届五中、六中全会提出的要求。12月3日，北湖区新增企业300家。",
         (dt.date(2016, 12, 3), "month and day in the lead")),
        # a year written as the text's own outweighs a list carried over
        ("青禾县落实十八届三中、四中全会提出的要求。2031年，青禾县新增企业300家。",
         (dt.date(2032, 2, 15), "report on the completed year 2031")),
        # one meeting cited alone bounds nothing from above
        ("北湖区对照二十大部署，到2031年企业达到300家。", (dt.date(2030, 7, 1), "latest year written 2030, mid-year")),
    ],
)
def test_a_list_of_party_meetings_bounds_the_text_from_above(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


def test_a_list_of_congresses_alone_bounds_nothing_from_above():
    # 十八大、十九大 skips the plenary sessions between: the text may come after the next one
    text = "北湖区落实十八大、十九大提出的要求。2031年，北湖区新增企业300家。"
    assert infer_ref_date_with_cue(text) == (dt.date(2032, 2, 15), "report on the completed year 2031")
    text = "北湖区落实十八大、十九大提出的要求，到2031年企业达到300家。"
    assert infer_ref_date_with_cue(text) == (dt.date(2030, 7, 1), "latest year written 2030, mid-year")


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a local work report's plan for the year: the January sessions
        ("青禾县政府工作报告提出，2032年，青禾县将新建园区3个。",
         (dt.date(2032, 1, 25), "local work report, plan for the year 2032")),
        # its account of the year before, likewise
        ("北湖区政府工作报告回顾，2031年，全区新增企业40家。",
         (dt.date(2032, 1, 25), "local work report on the completed year 2031")),
        # the national report is read at the March session: left to the general mid-February
        ("国务院政府工作报告提出，2032年，全国将新建园区3个。", (dt.date(2032, 2, 15), "plan for the year 2032")),
        # no work report named: mid-February
        ("2031年，全区新增企业40家。", (dt.date(2032, 2, 15), "report on the completed year 2031")),
    ],
)
def test_a_local_work_report_dates_from_the_january_sessions(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted
