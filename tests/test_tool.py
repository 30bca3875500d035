"""The tool as a user meets it: from any folder, web pages in, one-line errors, files they can read."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pandas as pd
import pytest
from conftest import ROOT, run_cli
from test_html import BODY, page

from extract import resources
from extract.goldcheck import check_document


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory):
    """extract over a folder holding a text article, a web page and a PDF, run from another folder
    with umask 027."""
    base = tmp_path_factory.mktemp("mixed")
    articles = base / "articles"
    articles.mkdir()
    (articles / "note.txt").write_text("截至2031年6月底，北湖区累计培育科技型企业320家，新增高新技术企业15家。\n",
                                       encoding="utf-8")
    (articles / "news.html").write_text(page("<meta name='PubDate' content='2032-01-15'>"), encoding="utf-8")
    (articles / "scan.pdf").write_bytes(b"%PDF-1.4 not an article")
    out = base / "out"
    old = os.umask(0o027)
    try:
        result = run_cli("extract", str(articles), "--out", str(out), "--quiet", cwd=base)
    finally:
        os.umask(old)
    return base, articles, out, result


def test_web_pages_and_text_are_read_and_other_files_listed_as_skipped(mixed_run):
    base, articles, out, result = mixed_run
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "scan.pdf" in warnings[0]
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["skipped"] == [str(articles / "scan.pdf")] and run["files_written"] == 2
    assert run["inputs"] == [str(articles.resolve())]


def test_a_web_page_document_has_its_title_date_and_text_beside_it(mixed_run):
    _, _, out, _ = mixed_run
    doc = json.loads((out / "news.json").read_text(encoding="utf-8"))
    text = (out / "news.txt").read_text(encoding="utf-8")
    assert text.splitlines()[1:] == BODY and doc["title"] == text.splitlines()[0]
    assert doc["source"] == "news.html" and doc["ref_date"] == "2032-01-15" and doc["ref_date_source"] == "meta"
    assert check_document(doc, text) == []
    assert any(m["text"] == "4.3亿元" for m in doc["mentions"])


def test_output_files_respect_the_umask(mixed_run):
    _, _, out, _ = mixed_run
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
    assert modes and set(modes.values()) == {0o640}, modes


def test_show_and_table_find_the_articles_without_being_told(mixed_run, tmp_path):
    base, _, out, _ = mixed_run
    shown = run_cli("show", str(out / "note.json"), cwd=tmp_path)
    assert shown.returncode == 0 and "[320家]QUANTITY" in shown.stdout
    shown = run_cli("show", str(out / "news.json"), cwd=tmp_path)
    assert shown.returncode == 0 and "[4.3亿元]QUANTITY" in shown.stdout
    table = tmp_path / "records.parquet"
    result = run_cli("table", str(out), "--out", str(table), cwd=tmp_path)
    assert result.returncode == 0 and "warning" not in result.stderr
    frame = pd.read_parquet(table)
    assert frame["sentence"].notna().all() and frame["sentence"].str.len().gt(0).all()


def test_the_html_view_is_a_table_in_cjk_fonts_without_none(mixed_run, tmp_path):
    _, _, out, _ = mixed_run
    view = tmp_path / "view.html"
    assert run_cli("show", str(out / "news.json"), "--html", str(view)).returncode == 0
    html = view.read_text(encoding="utf-8")
    assert "Noto Sans CJK SC" in html and "<table class='records'>" in html
    assert "None" not in html and "nan" not in html
    assert html.count("<tr>") == 1 + len(json.loads((out / "news.json").read_text(encoding="utf-8"))["records"])


def test_show_takes_one_document_from_json_lines(mixed_run, tmp_path):
    _, articles, _, _ = mixed_run
    lines = tmp_path / "documents.jsonl"
    result = run_cli("extract", str(articles / "note.txt"), str(articles / "news.html"), "--out", "-", "--quiet")
    lines.write_text(result.stdout, encoding="utf-8")
    several = run_cli("show", str(lines), "--articles", str(articles))
    assert several.returncode == 2 and "--doc" in several.stderr
    one = run_cli("show", str(lines), "--doc", "note", "--articles", str(articles))
    assert one.returncode == 0 and "[320家]QUANTITY" in one.stdout


def _errors(tmp_path):
    (tmp_path / "a_file").write_text("x", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("北湖区新增企业15家。", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.json").write_text(json.dumps(
        {"schema_version": "1.0", "doc_id": "a", "source": "a.txt", "ref_date": "2031-01-01", "mentions": [],
         "records": []}), encoding="utf-8")
    (tmp_path / "docs" / "run.json").write_text('{"files_read": 1}', encoding="utf-8")
    meta = {"doc_id": "a", "source": "a.txt", "ref_date": "2031-01-01", "norms": {}}
    review = {"text": "北湖区新增企业15家。", "label": [], "meta": meta}
    (tmp_path / "review.jsonl").write_text(json.dumps(review, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.json").write_text((tmp_path / "docs" / "a.json").read_text(), encoding="utf-8")


CASES = [  # (arguments, exit status, words the one line says)
    (["extract", "in", "--out", "a_file"], 2, "is a file"),
    (["show", "docs/run.json"], 2, "run report"),
    (["export", "docs", "--to", "doccano", "--out", "x.jsonl"], 1, "--articles"),
    (["export", "missing", "--to", "brat", "--out", "x"], 2, "not a folder"),
    (["extract", "in", "--out", "o", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"], 2, "cannot reach"),
    (["eval", "empty", "empty"], 2, "no gold documents"),
    (["eval", "gold", "empty"], 2, "no system document"),
    (["table", "docs", "--out", "t.xlsx"], 2, ".parquet"),
    (["eval", "gold", "docs", "--json", "empty"], 2, "--json"),
    (["show", "missing.json"], 2, "missing.json"),
    (["import", "review.jsonl", "--out", "imported"], 1, "--articles"),
]


@pytest.mark.parametrize("args,status,words", CASES, ids=[" ".join(c[0][:2]) + f" {i}" for i, c in enumerate(CASES)])
def test_common_mistakes_end_in_one_line_not_a_traceback(tmp_path, args, status, words):
    _errors(tmp_path)
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and words in lines[0], result.stderr


def test_dask_engine_without_dask_says_which_extra(tmp_path):
    _errors(tmp_path)
    shadow = tmp_path / "no_dask" / "dask"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('dask is not installed here')\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "no_dask")}
    result = subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", "in", "--out", "o", "--engine", "dask"],
                            cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 2 and result.stderr.strip() == (
        "error: --engine dask needs dask[distributed]: pip install 'zh-report-extract[dask]'")


def test_python_dash_m_extract_runs_from_any_folder(tmp_path):
    result = subprocess.run([sys.executable, "-m", "extract", "--help"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0 and "setup-pkuseg" in result.stdout and "zh-report-extract" in result.stdout


def test_pkuseg_model_goes_to_a_cache_folder_outside_the_repository(monkeypatch, tmp_path):
    monkeypatch.delenv("EXTRACT_PKUSEG_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert resources.pkuseg_dir() == tmp_path / "cache" / "zh-report-extract" / "pkuseg"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert ROOT not in resources.pkuseg_dir().parents
    monkeypatch.setenv("EXTRACT_PKUSEG_DIR", str(tmp_path / "elsewhere"))
    assert resources.pkuseg_dir() == tmp_path / "elsewhere"


def test_setup_pkuseg_without_network_is_one_line(monkeypatch, tmp_path):
    from extract import segment

    def offline(*args, **kwargs):
        return subprocess.CompletedProcess(args, 1, "", "WARNING: retrying\nERROR: No matching distribution found\n")

    monkeypatch.setattr(subprocess, "run", offline)
    with pytest.raises(RuntimeError, match="could not download pkuseg.*No matching distribution"):
        segment.setup_pkuseg(tmp_path / "model")


def test_extract_pkuseg_dir_points_the_segmenter_at_a_folder(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("北湖区新增企业15家。", encoding="utf-8")
    result = run_cli("extract", "in", "--out", "o", "--segmenter", "pkuseg", "--pkuseg-dir", "no_model", cwd=tmp_path)
    assert result.returncode == 2 and str(tmp_path / "no_model") in result.stderr


def test_rules_and_model_are_found_in_the_checkout():
    assert (resources.rules_dir() / "quantity_units.toml").is_file()
    assert (resources.ner_model_dir() / "config.cfg").is_file()
    assert (resources.crf_model_dir() / "model.crfsuite").is_file()


def test_set_floors_refuses_a_file_that_is_no_summary_in_one_line(tmp_path):
    import subprocess
    import sys

    from conftest import ROOT

    bad = tmp_path / "summary.json"
    bad.write_text("not json", encoding="utf-8")
    baseline = (ROOT / "corpus" / "baseline.json").read_bytes()
    result = subprocess.run([sys.executable, "tools/set_floors.py", str(bad), "floors"], cwd=ROOT,
                            capture_output=True, text=True, env={"PYTHONPATH": str(ROOT)})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"set_floors: {bad}: not an eval --json summary "
                                                  "(Expecting value: line 1 column 1 (char 0))"]
    assert (ROOT / "corpus" / "baseline.json").read_bytes() == baseline  # nothing written
