"""Cross-article record tables: one row per record, conflicts flagged, pivot by period."""

from __future__ import annotations

import json

import pandas as pd
from conftest import CORPUS, run_cli

from extract.tables import flag_conflicts, pivot_records


def _row(doc, value, region="铜梁区", indicator="高新技术企业", start=None, end="2024-06-30"):
    return {"doc_id": doc, "value": value, "unit": "家", "region": region, "indicator": indicator,
            "time_start": start, "time_end": end, "aspect": "level"}


def test_conflicting_values_across_articles_are_flagged():
    frame = pd.DataFrame([_row("a", 232), _row("b", 232), _row("c", 240), _row("a", 11, indicator="瞪羚企业"),
                          _row("a", 5, region="江津区")])
    flags = flag_conflicts(frame)["conflict"].tolist()
    assert flags == [True, True, True, False, False]


def test_same_value_in_two_articles_is_no_conflict():
    frame = pd.DataFrame([_row("a", 232), _row("b", 232)])
    assert not flag_conflicts(frame)["conflict"].any()


def test_rows_without_a_known_period_or_region_are_never_a_conflict():
    frame = pd.DataFrame([_row("a", 232, end=None), _row("b", 240, end=None),
                          _row("a", 5, region=None), _row("b", 6, region=None)])
    assert not flag_conflicts(frame)["conflict"].any()


def test_an_open_ended_period_is_known():
    frame = pd.DataFrame([_row("a", 232, start=None, end="2024-06-30"), _row("b", 240, start=None, end="2024-06-30")])
    assert flag_conflicts(frame)["conflict"].all()


def test_pivot_has_one_numeric_column_per_period_and_unit():
    frame = pd.DataFrame([_row("a", 232), _row("b", 194, end="2023-09-30", start="2023-01-01")])
    table = pivot_records(frame)
    assert {"…..2024-06-30 [家]", "2023-01-01..2023-09-30 [家]"} <= set(table.columns)
    assert len(table) == 1
    assert table.loc[0, "…..2024-06-30 [家]"] == 232 and pd.api.types.is_float_dtype(table["…..2024-06-30 [家]"])
    assert not table.loc[0, "conflict"]


def test_pivot_cell_takes_the_most_frequent_value_and_flags_the_row():
    frame = pd.DataFrame([_row("a", 232), _row("b", 232), _row("c", 240), _row("a", 7, indicator="瞪羚企业")])
    table = pivot_records(frame).set_index("indicator")
    assert table.loc["高新技术企业", "…..2024-06-30 [家]"] == 232 and table.loc["高新技术企业", "conflict"]
    assert table.loc["瞪羚企业", "…..2024-06-30 [家]"] == 7 and not table.loc["瞪羚企业", "conflict"]


def test_table_command_writes_csv_pivot_and_parquet(corpus_output, tmp_path):
    out = tmp_path / "records.csv"
    result = run_cli("table", str(corpus_output), "--out", str(out), "--articles", str(CORPUS))
    assert result.returncode == 0, result.stderr
    frame = pd.read_csv(out)
    n_records = sum(len(json.loads(p.read_text(encoding="utf-8"))["records"])
                    for p in corpus_output.glob("*.json") if p.name != "run.json")
    assert len(frame) == n_records and "conflict" in frame.columns and frame["sentence"].notna().all()
    assert run_cli("table", str(corpus_output), "--out", str(tmp_path / "p.csv"), "--pivot").returncode == 0
    assert run_cli("table", str(corpus_output), "--out", str(tmp_path / "r.parquet")).returncode == 0
    assert len(pd.read_parquet(tmp_path / "r.parquet")) == n_records
    assert run_cli("table", str(corpus_output), "--out", str(tmp_path / "r.xlsx")).returncode == 2
