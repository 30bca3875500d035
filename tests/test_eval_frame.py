"""tools/eval_frame.py: the survey is read as written and compared field by field with the linker's frame."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

from conftest import ROOT

from extract.pipeline import Pipeline


@functools.cache
def _tool():
    """tools/eval_frame.py as a module (tools/ is no package); registered first, as its dataclass needs."""
    spec = importlib.util.spec_from_file_location("eval_frame", ROOT / "tools" / "eval_frame.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


SURVEY = (
    "article\thome\tlevel\tyear\tyear_sure\tmulti\tnote\n"
    "a1\t青田县\tcounty\t2030\t1\t0\t\n"
    "a2\tnull\tnull\t-\t0\t1\ta province's list of cities\n"
    "a3\t丽水市\tprefecture\t2031\t0\t0\t\n"
)


def _survey(tmp_path: Path):
    path = tmp_path / "survey.tsv"
    path.write_text(SURVEY, encoding="utf-8")
    return _tool().read_survey(path)


def test_a_survey_row_reads_null_and_dash_as_no_value(tmp_path):
    rows = _survey(tmp_path)
    assert [(r.article, r.home, r.level, r.year, r.year_sure, r.multi) for r in rows] == [
        ("a1", "青田县", "county", 2030, True, False),
        ("a2", None, None, None, False, True),
        ("a3", "丽水市", "prefecture", 2031, False, False),
    ]
    assert rows[1].note == "a province's list of cities"


def test_compare_lists_each_field_that_disagrees_and_skips_rows_without_a_year(tmp_path):
    rows = _survey(tmp_path)
    frames = {
        "a1": {"home": "青田县", "level": "county", "year_in_view": 2031, "year_source": "ref_date"},
        "a2": {"home": None, "level": "county", "year_in_view": 2030, "year_source": "lead"},
        "a3": {"home": "青田县", "level": "county", "year_in_view": 2031, "year_source": "lead"},
    }
    wrong = _tool().compare(rows, frames)
    assert {field: [r.article for r in found] for field, found in wrong.items()} == {
        "home": ["a3"], "level": ["a3"], "year": ["a1"]}  # (a2: no home, so no level; no year surveyed)


def test_the_pipeline_frame_of_an_article_file_is_its_home_and_year(tmp_path):
    (tmp_path / "b1.txt").write_text("2030年,青田县新增科技型企业15家。全县研发投入增长9%。", encoding="utf-8")
    frame = _tool().pipeline_frame(Pipeline(), tmp_path, "b1")
    assert (frame["home"], frame["level"], frame["year_in_view"]) == ("青田县", "county", 2030)
