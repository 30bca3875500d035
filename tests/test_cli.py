"""The CLI end to end, as a user runs it: the bundled corpus, bad input, determinism, formats."""

from __future__ import annotations

import codecs
import json

import pandas as pd
import pytest
from conftest import CORPUS, GOLD, load_docs, run_cli

from extract.goldcheck import check_document
from extract.ingest import ArticleFile, read_article
from extract.write import schema_errors


def test_corpus_documents_are_schema_valid_and_offsets_hold(corpus_output):
    docs = load_docs(corpus_output)
    assert sorted(docs) == sorted(p.stem for p in CORPUS.glob("*.txt"))
    for doc_id, doc in docs.items():
        text = read_article(ArticleFile(CORPUS / f"{doc_id}.txt", f"{doc_id}.txt")).text
        assert schema_errors(doc) == []
        assert check_document(doc, text) == []
        assert all(m["source"] for m in doc["mentions"])
        assert doc["ref_date_source"] == "meta"


def test_corpus_tables_and_run_report(corpus_output):
    docs = load_docs(corpus_output)
    mentions = pd.read_csv(corpus_output / "mentions.csv")
    records = pd.read_csv(corpus_output / "records.csv")
    assert len(mentions) == sum(len(d["mentions"]) for d in docs.values())
    assert len(records) == sum(len(d["records"]) for d in docs.values())
    assert set(records["doc_id"]) == set(docs)
    run = json.loads((corpus_output / "run.json").read_text(encoding="utf-8"))
    assert run["files_read"] == run["files_written"] == len(docs) and run["failed"] == []
    assert run["counts"]["QUANTITY"] == run["counts"]["records"] == len(records)


@pytest.fixture
def messy_folder(tmp_path):
    text = "截至２０２３年７月，某区累计培育科技型企业１２３家，发放贷款3.5亿元。"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "gbk.txt").write_bytes(text.encode("gbk"))
    (folder / "utf16.txt").write_bytes(text.encode("utf-16"))
    (folder / "crlf.txt").write_bytes(codecs.BOM_UTF8 + (text + "\r\n第二段。\r\n").encode("utf-8"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    return folder


def test_bad_input_is_reported_and_the_rest_is_written(messy_folder, tmp_path):
    out = tmp_path / "out"
    result = run_cli("extract", str(messy_folder), "--out", str(out), "--quiet")
    assert result.returncode == 1
    assert "binary.txt" in result.stderr and "binary" in result.stderr
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert [f["path"].endswith("binary.txt") for f in run["failed"]] == [True]
    docs = load_docs(out)
    assert sorted(docs) == ["crlf", "empty", "gbk", "utf16"]
    assert docs["empty"]["mentions"] == [] and docs["empty"]["records"] == []
    texts = {name: read_article(ArticleFile(messy_folder / f"{name}.txt", name)).text for name in docs}
    for name, doc in docs.items():
        assert check_document(doc, texts[name]) == []
    quantities = [m["text"] for m in docs["gbk"]["mentions"] if m["type"] == "QUANTITY"]
    assert "１２３家" in quantities
    assert [m["text"] for m in docs["gbk"]["mentions"]] == [m["text"] for m in docs["utf16"]["mentions"]]


def test_same_input_gives_byte_identical_output_with_any_jobs(tmp_path):
    outs = []
    for i, jobs in enumerate(["1", "auto", "2"]):
        out = tmp_path / f"out{i}"
        assert run_cli("extract", str(CORPUS), "--out", str(out), "--jobs", jobs, "--quiet").returncode == 0
        outs.append(out)
    for name in [p.name for p in sorted(outs[0].iterdir()) if p.name != "run.json"]:
        first = (outs[0] / name).read_bytes()
        assert first == (outs[1] / name).read_bytes() == (outs[2] / name).read_bytes(), name


def test_stdout_streams_json_lines_and_jsonl_format(tmp_path):
    article = sorted(CORPUS.glob("*.txt"))[0]
    result = run_cli("extract", str(article), "--out", "-", "--quiet")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 1 and lines[0]["doc_id"] == article.stem and lines[0]["mentions"]
    out = tmp_path / "jsonl"
    assert run_cli("extract", str(CORPUS), "--out", str(out), "--format", "jsonl", "--quiet").returncode == 0
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [d["doc_id"] for d in docs] == sorted(p.stem for p in CORPUS.glob("*.txt"))


def test_every_output_form_writes_a_document_in_the_same_bytes(tmp_path):
    """A document streamed to stdout, a line of documents.jsonl and its own .json file are one
    serialisation, so a consumer switching between them sees the same text."""
    files = tmp_path / "files"
    jsonl = tmp_path / "jsonl"
    assert run_cli("extract", str(CORPUS), "--out", str(files), "--quiet").returncode == 0
    assert run_cli("extract", str(CORPUS), "--out", str(jsonl), "--format", "jsonl", "--quiet").returncode == 0
    streamed = run_cli("extract", str(CORPUS), "--out", "-", "--quiet")
    assert streamed.returncode == 0, streamed.stderr
    each = [(files / f"{p.stem}.json").read_bytes() for p in sorted(CORPUS.glob("*.txt"))]
    assert (jsonl / "documents.jsonl").read_bytes() == b"".join(each)
    assert streamed.stdout.encode("utf-8") == b"".join(each)


def test_cli_ref_date_overrides_meta(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("今年以来新增科技型企业190家。", encoding="utf-8")
    (folder / "a.meta.json").write_text('{"ref_date": "2020-06-30"}', encoding="utf-8")
    result = run_cli("extract", str(folder), "--out", "-", "--ref-date", "2024-08-15", "--quiet")
    doc = json.loads(result.stdout)
    assert (doc["ref_date"], doc["ref_date_source"]) == ("2024-08-15", "cli")
    assert run_cli("extract", str(folder), "--out", "-", "--ref-date", "15/08/2024").returncode == 2


def test_missing_input_and_empty_folder_are_clear_errors(tmp_path):
    result = run_cli("extract", str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert result.returncode == 2 and "no such file or folder" in result.stderr
    result = run_cli("extract", str(tmp_path), "--out", str(tmp_path / "o"))
    assert result.returncode == 2 and "no articles (*.txt, *.html, *.htm)" in result.stderr


def test_eval_of_gold_against_itself_is_perfect(tmp_path):
    result = run_cli("eval", str(GOLD), str(GOLD), "--json", str(tmp_path / "s.json"))
    assert result.returncode == 0, result.stderr
    summary = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert summary["overall"]["strict"]["f1"] == 1.0 and summary["records"]["f1"] == 1.0
    assert "QUANTITY" in result.stdout and "records:" in result.stdout


def test_eval_scores_corpus_output_and_lists_misses(corpus_output):
    result = run_cli("eval", str(GOLD), str(corpus_output), "--misses", "5")
    assert result.returncode == 0, result.stderr
    assert "overall" in result.stdout and "field accuracy" in result.stdout


def test_check_gold_passes_on_corpus_and_catches_a_broken_offset(tmp_path):
    assert run_cli("check-gold", str(GOLD), "--articles", str(CORPUS)).returncode == 0
    doc = json.loads(next(GOLD.glob("*.json")).read_text(encoding="utf-8"))
    doc["mentions"][0]["start"] += 1
    (tmp_path / f"{doc['doc_id']}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = run_cli("check-gold", str(tmp_path), "--articles", str(CORPUS))
    assert result.returncode == 1 and "!= text[" in result.stdout


def test_show_marks_mentions_in_terminal_and_html(corpus_output, tmp_path):
    doc_path = sorted(p for p in corpus_output.glob("*.json") if p.name != "run.json")[0]
    result = run_cli("show", str(doc_path), "--articles", str(CORPUS))
    assert result.returncode == 0, result.stderr
    assert "]QUANTITY" in result.stdout
    page = tmp_path / "page.html"
    assert run_cli("show", str(doc_path), "--articles", str(CORPUS), "--html", str(page)).returncode == 0
    html = page.read_text(encoding="utf-8")
    assert "<mark" in html and "QUANTITY" in html and "Records" in html


@pytest.mark.parametrize("jobs", ["0", "-1", "many", "1.5"])
def test_jobs_must_be_a_positive_number_or_auto(tmp_path, jobs):
    result = run_cli("extract", str(CORPUS), "--out", str(tmp_path / "out"), "--jobs", jobs, "--quiet")
    assert result.returncode == 2
    assert "positive number or auto" in result.stderr


def test_jobs_auto_is_one_per_available_core_and_no_more_than_the_files(monkeypatch):
    from extract import batch

    monkeypatch.setattr(batch.os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    assert batch.resolve_jobs("auto", files=100) == 3
    assert batch.resolve_jobs("auto", files=2) == 2
    assert batch.resolve_jobs("4", files=100) == 4
    assert batch.resolve_jobs(1, files=0) == 1


def test_run_batch_takes_its_settings_in_one_object_and_records_them(tmp_path):
    """The library form of ``extract``: the inputs as find_inputs found them, the pipeline's Options,
    and a BatchSettings for how the run goes; run.json records what it was given."""
    import io

    from extract.batch import BatchSettings, run_batch
    from extract.ingest import find_inputs
    from extract.pipeline import Options

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("截至2031年6月底，澄川县累计建成众创空间14家。", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    found = find_inputs([folder])
    told: list[str] = []
    settings = BatchSettings(jobs=1, fmt="jsonl", show_progress=False)
    report = run_batch(found, Options(model=False), tmp_path / "out", settings, inputs=[folder],
                       startup_seconds=1.5, on_error=told.append)
    run = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert report.written == ["a.txt"] and run["documents"] == ["documents.jsonl"]
    assert (run["options"]["jobs"], run["options"]["engine"], run["startup_seconds"]) == (1, "local", 1.5)
    assert run["inputs"] == [str(folder.resolve())] and run["skipped"] == [str(folder / "notes.pdf")]
    assert any(line.startswith("skipped: ") and "notes.pdf" in line for line in told)
    stream = io.StringIO()  # no folder: one JSON document per line on the stream, nothing written
    report = run_batch(found, Options(model=False), None, BatchSettings(show_progress=False), stdout=stream,
                       on_error=told.append)
    [line] = stream.getvalue().splitlines()
    assert json.loads(line)["records"][0]["value"] == 14 and report.written == ["a.txt"]


def test_run_json_reports_the_start_up_time(tmp_path):
    out = tmp_path / "out"
    assert run_cli("extract", str(CORPUS), "--out", str(out), "--no-model", "--quiet").returncode == 0
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["startup_seconds"] > 0
    assert run["options"]["jobs"] >= 1
