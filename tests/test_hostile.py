"""Bad and hostile input (issue 17): nothing wrong, nothing lost, nothing mixed.

Each test reproduces one defect the probe found, with invented text, and asserts what the
pipeline now does instead."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from conftest import run_cli

from extract import batch, dates, quantity
from extract.convert import import_annotations
from extract.evaluate import evaluate, load_dir
from extract.ingest import ArticleFile, IngestError, decode_bytes, find_inputs, read_article, scan
from extract.pipeline import CHUNK_CHARS, Options, Pipeline, TimeBudgetExceeded, chunks, time_budget

GOOD = "截至2031年6月，青禾县累计培育科技型企业120家，发放贷款3.5亿元。"
TRADITIONAL = ("臺北市政府今年編列科技發展預算新臺幣三十億元，較去年增加百分之十二。經濟部表示，"
               "新創企業數量持續成長，研發投入創下歷史新高。")
JAPANESE = "東京都は二〇三一年に研究開発費を増やしました。新しい企業が設立されました。"


def _options() -> Options:
    return Options(model=False)


def _one_article(tmp_path: Path) -> tuple[Path, Path]:
    """An input folder holding one good article (a.txt), and the output folder beside it (not made)."""
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    return folder, out


def _batch(folder: Path, out: Path, **settings) -> batch.RunReport:
    found = find_inputs([folder])
    return batch.run_batch(found, _options(), out, batch.BatchSettings(show_progress=False, **settings),
                           on_error=lambda msg: None)


def _manifest(out: Path) -> dict:
    return json.loads((out / "run.json").read_text(encoding="utf-8"))


# --- item 2: stale documents in a reused --out ---------------------------------------------------


def test_documents_of_an_earlier_run_are_removed_and_never_counted(tmp_path):
    folder, out = _one_article(tmp_path)
    (folder / "b.txt").write_text(GOOD, encoding="utf-8")
    _batch(folder, out)
    assert (out / "b.json").exists()
    (folder / "b.txt").unlink()
    (folder / "a.txt").write_bytes(b"\x00binary")  # a now fails: its old document must go too
    report = _batch(folder, out)
    assert report.failed and not (out / "a.json").exists() and not (out / "b.json").exists()
    assert _manifest(out)["documents"] == [] and _manifest(out)["status"] == "complete"
    assert load_dir(out) == {}


def test_a_stray_document_beside_a_run_is_not_read(tmp_path):
    folder, out = _one_article(tmp_path)
    _batch(folder, out)
    stray = json.loads((out / "a.json").read_text(encoding="utf-8"))
    (out / "zz.json").write_text(json.dumps(dict(stray, doc_id="zz")), encoding="utf-8")
    assert sorted(load_dir(out)) == ["a"]


def test_a_foreign_non_empty_out_folder_is_refused_unless_overwrite(tmp_path):
    folder, out = _one_article(tmp_path)
    out.mkdir()
    (out / "notes.json").write_text("{}", encoding="utf-8")
    result = run_cli("extract", str(folder), "--out", str(out), "--quiet", "--no-model")
    assert result.returncode == 1 and "--overwrite" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("extract", str(folder), "--out", str(out), "--quiet", "--no-model", "--overwrite")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.glob("*.json")) == ["a.json", "run.json"]


def test_an_interrupted_run_is_refused_by_readers_and_cleaned_by_the_next(tmp_path):
    folder, out = _one_article(tmp_path)
    _batch(folder, out)
    (out / "run.json").write_text(json.dumps({"status": "running", "planned": ["a.json", "c.json"]}),
                                  encoding="utf-8")
    (out / "c.json").write_text("{}", encoding="utf-8")
    (out / ".a.json.x1y2.tmp").write_text("half", encoding="utf-8")
    with pytest.raises(ValueError, match="did not finish"):
        load_dir(out)
    _batch(folder, out)
    assert not (out / "c.json").exists() and not list(out.glob(".*.tmp"))
    assert sorted(load_dir(out)) == ["a"]


# --- item 3: encodings -----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["big5", "big5hkscs", "cp950"])
def test_big5_traditional_text_is_decoded_not_mojibake(encoding):
    text, used = decode_bytes(TRADITIONAL.encode(encoding))
    assert text == TRADITIONAL and used in ("big5hkscs", "cp950")


def test_short_gbk_text_that_also_decodes_as_big5_stays_gbk():
    assert decode_bytes("正文".encode("gbk")) == ("正文", "gb18030")


@pytest.mark.parametrize("raw", [
    JAPANESE.encode("euc_jp"),
    JAPANESE.encode("shift_jis"),
    "Le rapport annuel présente les dépenses, déjà élevées, de la région.".encode("latin-1"),
])
def test_text_that_is_not_chinese_fails_with_a_reason(raw):
    with pytest.raises(ValueError, match="not Chinese text"):
        decode_bytes(raw)


# --- item 4: HTML saved as .txt (now read as a page: tests/test_ingest.py has the class) ------------


@pytest.mark.parametrize("page", [
    "<!DOCTYPE html>\n<html><head><title>青禾县</title></head><body><p>" + GOOD + "</p></body></html>",
    "<!-- saved -->\n<html lang='zh'><body>" + GOOD + "</body></html>",
    "<div class='nav'>首页</div><div>" + GOOD + "</div><p>一</p><p>二</p><script>var a=1;</script>",
])
def test_html_saved_as_txt_is_read_as_a_page_not_as_text_with_tags(tmp_path, page):
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    article = read_article(ArticleFile(path, "page.txt"))
    assert GOOD in article.text and "<" not in article.text and "var a" not in article.text
    assert article.read_as_html and "HTML" in article.read_as_html


def test_a_report_quoting_a_tag_or_two_is_still_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GOOD + "\n网页用<p>标记段落，用<br>换行。", encoding="utf-8")
    article = read_article(ArticleFile(path, "a.txt"))
    assert article.text.startswith(GOOD) and article.read_as_html is None


# --- item 5: super-linear recognisers and the time budget ----------------------------------------


@pytest.mark.parametrize("text", ["1" * 200_000, "一" * 200_000, "1," * 60_000, "1." * 60_000])
def test_long_runs_of_numerals_finish_and_are_no_mentions(text):
    assert quantity.find_quantities(text) == []
    assert dates.find_dates(text, dates.dt.date(2031, 6, 1)) == []


@pytest.mark.parametrize("text", ["1" * 5000 + "元", "1,234" * 10_000 + "元", "1" * 5000 + "." + "1" * 5000 + "亿元"])
def test_a_run_too_long_to_be_an_amount_is_no_quantity_and_no_crash(text):
    assert quantity.find_quantities(text) == []


def test_a_quantity_after_a_long_run_is_still_found():
    text = "编号" + "1" * 5000 + "，青禾县新增企业12家。"
    assert [m["text"] for m in quantity.find_quantities(text)] == ["12家"]


def test_an_article_over_its_time_budget_fails_alone(monkeypatch, tmp_path):
    def stuck(self, article):
        if "卡住" in article.text:
            while True:
                pass
        return {"doc": article.doc_id}

    monkeypatch.setattr(Pipeline, "_process", stuck)
    pipeline = Pipeline(Options(model=False, time_budget=1.0))
    with pytest.raises(TimeBudgetExceeded):
        pipeline.process(batch.Article("a", "a.txt", "卡住"))
    assert pipeline.process(batch.Article("b", "b.txt", "正常")) == {"doc": "b"}


def test_time_budget_restores_the_previous_alarm_handler():
    import signal

    before = signal.getsignal(signal.SIGALRM)
    with time_budget(5):
        pass
    assert signal.getsignal(signal.SIGALRM) is before and signal.getitimer(signal.ITIMER_REAL)[0] == 0


# --- item 6: long articles -----------------------------------------------------------------------


def test_chunks_cover_the_text_in_paragraphs():
    text = ("青禾县新增企业12家。\n" * 3000)[:-1]
    spans = chunks(text, 1000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(end - start <= 1000 for start, end in spans)
    assert all(text[end - 1] == "\n" for _, end in spans[:-1])


def test_a_paragraph_longer_than_a_chunk_is_cut_after_a_sentence():
    text = "青禾县新增企业12家。" * 500
    spans = chunks(text, 1000)
    assert all(text[end - 1] == "。" for _, end in spans[:-1])


def test_the_entity_stage_sees_chunks_and_offsets_come_back_whole(monkeypatch):
    from extract import entities

    seen = []
    real = entities.find_entities

    def spy(text, **kwargs):
        seen.append(len(text))
        return real(text, **kwargs)

    monkeypatch.setattr(entities, "find_entities", spy)
    paragraph = "北湖区科技局表示，青禾县新增企业12家。\n"
    text = paragraph * (3 * CHUNK_CHARS // len(paragraph))
    doc = Pipeline(Options(model=False)).process(batch.Article("long", "long.txt", text))
    assert len(seen) >= 3 and max(seen) <= CHUNK_CHARS
    last = max(m["end"] for m in doc["mentions"] if m["type"] == "INSTITUTION")
    assert last > 2 * CHUNK_CHARS
    assert all(text[m["start"]:m["end"]] == m["text"] for m in doc["mentions"])


def test_a_file_above_the_size_limit_is_refused_before_it_is_read(monkeypatch, tmp_path):
    from extract import ingest

    path = tmp_path / "big.txt"
    path.write_text(GOOD * 10, encoding="utf-8")
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 100)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read the whole file"))
    with pytest.raises(IngestError, match="too large"):
        read_article(ArticleFile(path, "big.txt"))


# --- item 7: errors that stopped the batch, entries skipped without a word -------------------------


def test_out_that_is_a_file_or_under_a_file_is_a_clear_error(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    afile = tmp_path / "file"
    afile.write_text("x", encoding="utf-8")
    for out in (afile, afile / "x"):
        result = run_cli("extract", str(folder), "--out", str(out), "--quiet", "--no-model")
        assert result.returncode in (1, 2) and "Traceback" not in result.stderr
        assert str(afile) in result.stderr


def test_a_full_disk_fails_the_files_it_hits_and_still_writes_run_json(monkeypatch, tmp_path):
    folder, out = _one_article(tmp_path)
    (folder / "b.txt").write_text(GOOD, encoding="utf-8")
    real = batch.write_text_atomic

    def full(path, content):
        if path.name == "b.json":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(path, content)

    monkeypatch.setattr(batch, "write_text_atomic", full)
    report = _batch(folder, out)
    manifest = _manifest(out)
    assert manifest["documents"] == ["a.json"]
    assert manifest["failed"][0]["path"].endswith("b.txt") and "No space" in manifest["failed"][0]["reason"]
    assert report.written == ["a.txt"]


def test_memory_error_on_one_file_keeps_the_others(monkeypatch, tmp_path):
    folder, out = _one_article(tmp_path)
    (folder / "b.txt").write_text("青禾县" + GOOD, encoding="utf-8")
    real = Pipeline.process

    def hungry(self, article):
        if article.doc_id == "a":
            raise MemoryError
        return real(self, article)

    monkeypatch.setattr(Pipeline, "process", hungry)
    report = _batch(folder, out)
    assert len(report.failed) == 1 and "out of memory" in report.failed[0]["reason"]
    assert report.written == ["b.txt"]


def test_odd_entries_in_an_input_folder_are_listed_as_skipped(tmp_path):
    folder, out = _one_article(tmp_path)
    os.mkfifo(folder / "pipe.txt")
    (folder / "dir.txt").mkdir()
    (folder / "dir.txt" / "inner.txt").write_text(GOOD, encoding="utf-8")
    (folder / "dangling.txt").symlink_to(folder / "missing.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "back").symlink_to(folder)
    report = _batch(folder, out)
    manifest = _manifest(out)
    reasons = {Path(p).name: manifest["skipped_reasons"][p] for p in manifest["skipped"]}
    assert "FIFO" in reasons["pipe.txt"] and "folder" in reasons["dir.txt"]
    assert "dangling" in reasons["dangling.txt"] and "loop" in reasons["loop.txt"] and "loop" in reasons["back"]
    assert sorted(report.written) == ["a.txt", "dir.txt/inner.txt"]


def test_a_malformed_sidecar_date_warns_and_the_date_is_inferred(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"ref_date": "2031-13-45", "title": "青禾县报告"}', encoding="utf-8")
    article = read_article(ArticleFile(tmp_path / "a.txt", "a.txt"))
    assert "2031-13-45" in article.warnings[0] and article.meta == {"title": "青禾县报告"}
    doc = Pipeline(_options()).process(article)
    assert doc["ref_date_source"] == "inferred"


# --- items 8 and 9: hostile annotation files ------------------------------------------------------


def _doccano_line(doc_id: str, labels: list, ref_date: str | None = "2031-07-01", **meta) -> str:
    meta = {"doc_id": doc_id, "ref_date": ref_date, **meta}
    return json.dumps({"text": GOOD, "label": labels, "meta": meta}, ensure_ascii=False)


@pytest.fixture()
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    return folder


@pytest.mark.parametrize("doc_id", ["../../x", "sub/x", "..", ".hidden", "a\\b", ""])
def test_import_never_writes_outside_out(tmp_path, articles, doc_id):
    source = tmp_path / "in.jsonl"
    source.write_text(_doccano_line(doc_id, []) + "\n", encoding="utf-8")
    out = tmp_path / "deep" / "er" / "out"
    with pytest.raises(ValueError, match="doc_id"):
        import_annotations(source, articles, out)
    assert not any(p.suffix == ".json" for p in tmp_path.rglob("*"))


@pytest.mark.parametrize("line,field", [
    (_doccano_line("a", [[0, 4, "PERSON"]]), "type"),
    (_doccano_line("a", [[30, 200, "QUANTITY"]]), "end"),
    (_doccano_line("a", [[9, 3, "REGION"]]), "start"),
    (_doccano_line("a", [[10, 13, "REGION"], [11, 15, "COMPANY"]]), "overlap"),
    (_doccano_line("a", [], ref_date=None), "ref_date"),
    (_doccano_line("a", {"0": [0, 4, "DATE"]}), "label"),
    ("[1, 2]", "not a JSON object"),
    ('{"label": []}', "doc_id"),
    (_doccano_line("a", [[22, 26, "QUANTITY"]], norms={"22:26:QUANTITY": {"value": "lots"}}), "value"),
])
def test_import_rejects_invalid_items_naming_file_line_and_field(tmp_path, articles, line, field):
    source = tmp_path / "in.jsonl"
    source.write_text("\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError) as info:
        import_annotations(source, articles, tmp_path / "out")
    assert str(source) in str(info.value) and field in str(info.value)
    assert not (tmp_path / "out").exists()


def test_import_names_the_item_whose_article_is_missing(tmp_path, articles):
    source = tmp_path / "in.jsonl"
    source.write_text(_doccano_line("nosuch", []) + "\n", encoding="utf-8")
    with pytest.raises(IngestError) as info:
        import_annotations(source, articles, tmp_path / "out")
    assert "nosuch" in str(info.value) and str(source) in str(info.value)


def _gold(mentions: list, records: list) -> dict:
    return {"schema_version": "1.0", "doc_id": "d", "ref_date": "2031-07-01", "mentions": mentions,
            "records": records}


_Q = {"id": "m1", "type": "QUANTITY", "start": 0, "end": 4, "text": "120家",
      "norm": {"value": 120, "unit": "家", "dimension": "count", "modifier": None}}
_R = {"id": "r1", "quantity": "m1", "value": 120, "unit": "家", "modifier": None, "measure": None,
      "region": None, "time": None, "aspect": "level", "entities": []}


@pytest.mark.parametrize("doc,field", [
    ([1, 2], "not a JSON object"),
    (_gold({"m1": _Q}, []), "mentions"),
    (_gold([{**_Q, "norm": None}], [_R]), "norm"),
    (_gold([{**_Q, "type": "PERSON"}], []), "type"),
    (_gold([{**_Q, "end": 9}], [_R]), "m1"),
    (_gold([_Q], [{**_R, "quantity": "m7"}]), "m7"),
    (_gold([_Q], [{**_R, "value": "lots"}]), "value"),
    ({k: v for k, v in _gold([_Q], [_R]).items() if k != "ref_date"}, "ref_date"),
])
def test_eval_rejects_invalid_documents_naming_file_and_field(tmp_path, doc, field):
    gold, system = tmp_path / "gold", tmp_path / "sys"
    gold.mkdir()
    system.mkdir()
    (gold / "d.json").write_text(json.dumps(_gold([_Q], [_R])), encoding="utf-8")
    (system / "d.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ValueError) as info:
        evaluate(gold, system)
    assert "d.json" in str(info.value) and field in str(info.value)
    result = run_cli("eval", str(gold), str(system))
    assert result.returncode == 2 and "Traceback" not in result.stderr and field in result.stderr


def test_jsonl_errors_name_the_line(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    good = json.dumps(_gold([_Q], [_R]))
    (folder / "documents.jsonl").write_text(good + "\n" + json.dumps({**_gold([_Q], [_R]), "mentions": {}}) + "\n",
                                            encoding="utf-8")
    with pytest.raises(ValueError, match=r"documents\.jsonl:2: .*mentions"):
        load_dir(folder)


def test_table_and_export_refuse_an_interrupted_run_without_a_traceback(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "run.json").write_text(json.dumps({"status": "running", "planned": ["a.json"]}), encoding="utf-8")
    (out / "a.json").write_text(json.dumps(_gold([_Q], [_R])), encoding="utf-8")
    for args in (("table", str(out), "--out", str(tmp_path / "t.csv")),
                 ("export", str(out), "--to", "doccano", "--out", str(tmp_path / "e.jsonl"))):
        result = run_cli(*args)
        assert result.returncode in (1, 2) and "did not finish" in result.stderr and "Traceback" not in result.stderr


def test_an_input_named_on_the_command_line_that_is_no_file_is_skipped_not_fatal(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    files, skipped = scan([tmp_path / "a.txt", tmp_path / "pipe.txt", tmp_path / "gone.txt"])
    assert [f.source for f in files] == ["a.txt"]
    assert ["FIFO" in skipped[0].reason, "dangling" in skipped[1].reason] == [True, True]
    with pytest.raises(IngestError, match="no such file"):
        scan([tmp_path / "typo.txt"])


def test_a_run_on_sentence_is_linked_clause_by_clause():
    from extract.link import MAX_SENTENCE_CHARS, sentence_bounds

    text = "青禾县新增企业12家，" * 400 + "北湖区新增企业3家。"
    start, end = sentence_bounds(text, len(text) - 5)
    assert end - start <= MAX_SENTENCE_CHARS and text[start:end] == "北湖区新增企业3家。"
    short = "青禾县新增企业12家，北湖区新增企业3家。"
    assert sentence_bounds(short, 3) == (0, len(short))


# --- a worker process that dies costs only its file ------------------------------------------------

# Run by the CLI test below in a fresh interpreter: the article named die.txt kills the process that
# reads it (as the out-of-memory killer would), everywhere but in the main process.
DYING_WORKER = """
import os, signal, sys
import extract.batch as batch
MAIN, read = os.getpid(), batch.read_article
def read_or_die(file):
    if file.path.name == "die.txt" and os.getpid() != MAIN:
        os.kill(os.getpid(), signal.SIGKILL)
    return read(file)
batch.read_article = read_or_die
import cli
sys.argv = ["cli.py", *sys.argv[1:]]
cli.app()
"""


def _dying_worker_folder(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in names:
        (folder / name).write_text(GOOD, encoding="utf-8")
    return folder


def test_a_worker_killed_by_a_signal_fails_its_file_and_the_run_ends(monkeypatch, tmp_path):
    read = batch.read_article
    main = os.getpid()

    def read_or_die(file):
        if file.path.name == "die.txt" and os.getpid() != main:
            os.kill(os.getpid(), 9)
        return read(file)

    monkeypatch.setattr(batch, "read_article", read_or_die)  # forked workers inherit the patch
    names = [f"a{i}.txt" for i in range(5)] + ["die.txt"] + [f"z{i}.txt" for i in range(5)]
    folder, out = _dying_worker_folder(tmp_path, names), tmp_path / "out"
    report = _batch(folder, out, jobs=2)
    assert [Path(f["path"]).name for f in report.failed] == ["die.txt"]
    assert report.failed[0]["reason"].startswith("worker died: killed by signal 9 (SIGKILL)")
    assert sorted(report.written) == sorted(n for n in names if n != "die.txt")
    manifest = _manifest(out)
    assert manifest["files_failed"] == 1 and manifest["files_written"] == 10 and manifest["status"] == "complete"
    assert sorted(p.name for p in out.glob("*.json")) == sorted([n.replace(".txt", ".json") for n in names
                                                                 if n != "die.txt"] + ["run.json"])


def test_two_dying_files_in_one_run_each_fail_alone(monkeypatch, tmp_path):
    read = batch.read_article
    main = os.getpid()

    def read_or_die(file):
        if file.path.name.startswith("die") and os.getpid() != main:
            os._exit(3) if file.path.name == "die2.txt" else os.kill(os.getpid(), 9)
        return read(file)

    monkeypatch.setattr(batch, "read_article", read_or_die)
    names = ["a.txt", "die1.txt", "b.txt", "c.txt", "d.txt", "e.txt", "die2.txt", "f.txt"]
    report = _batch(_dying_worker_folder(tmp_path, names), tmp_path / "out", jobs=2)
    reasons = {Path(f["path"]).name: f["reason"] for f in report.failed}
    assert reasons.keys() == {"die1.txt", "die2.txt"}
    assert reasons["die2.txt"] == "worker died: exit status 3" and "signal 9" in reasons["die1.txt"]
    assert report.written == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"]  # input order kept


def test_extract_with_jobs_ends_when_a_worker_is_killed(tmp_path):
    import subprocess
    import sys

    from conftest import ROOT

    folder = _dying_worker_folder(tmp_path, ["a.txt", "b.txt", "die.txt", "c.txt", "d.txt"])
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-c", DYING_WORKER, "extract", str(folder), "--out", str(out),
                             "--jobs", "2", "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    assert "die.txt: worker died: killed by signal 9" in result.stderr and "Traceback" not in result.stderr
    manifest = _manifest(out)
    assert manifest["written"] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert manifest["failed"][0]["reason"].startswith("worker died: killed by signal 9")


def test_on_dask_a_task_whose_workers_all_died_fails_its_file_only():
    from distributed import KilledWorker

    from extract.distributed import _result

    class DeadTask:  # what a Dask future does once the scheduler gives up on its task
        def result(self):
            raise KilledWorker("run_on_worker-1", "tcp://127.0.0.1:1", 3)

    file = ArticleFile(Path("die.txt"), "die.txt")
    result = _result((file, DeadTask()))
    assert result.file == file and result.doc is None and result.error.startswith("worker died:")


# --- stdout carries only JSON Lines with --out -, whatever a library prints ---------------------

# Run in a fresh interpreter: a stand-in for spacy_pkuseg that, like a chatty library, prints on
# loading and on every call, through Python (sys.stdout) and through descriptor 1 (as C code does).
CHATTY_PKUSEG = """
import os, sys
import spacy_pkuseg
from extract.segment import compiled_jieba
class ChattyPkuseg:
    def __init__(self, model_name, user_dict=None, postag=False):
        print("loading model " + model_name)
        os.write(1, b"finish loading\\n")
    def cut(self, text):
        print("cutting", len(text))
        os.write(1, b"cut\\n")
        return compiled_jieba().cut(text)
spacy_pkuseg.pkuseg = ChattyPkuseg
import cli
sys.argv = ["cli.py", *sys.argv[1:]]
cli.app()
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_json_lines_on_stdout_stay_valid_when_the_segmenter_prints(tmp_path, jobs):
    import subprocess
    import sys

    from conftest import ROOT

    model = tmp_path / "pkuseg"
    model.mkdir()
    for name in ("features.pkl", "weights.npz"):
        (model / name).write_bytes(b"stand-in")
    folder = _dying_worker_folder(tmp_path, ["a.txt", "b.txt", "c.txt"])
    result = subprocess.run([sys.executable, "-c", CHATTY_PKUSEG, "extract", str(folder), "--out", "-",
                             "--segmenter", "pkuseg", "--pkuseg-dir", str(model), "--jobs", jobs, "--quiet"],
                            cwd=ROOT, capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode("utf-8").splitlines()
    assert [json.loads(line)["doc_id"] for line in lines] == ["a", "b", "c"]
    assert b"loading model" in result.stderr and b"finish loading" in result.stderr and b"cut" in result.stderr


def test_stdout_to_stderr_moves_python_and_descriptor_writes_and_restores_them():
    import subprocess
    import sys

    from conftest import ROOT

    script = ("import os\nfrom extract.stdio import stdout_to_stderr\nprint('before', flush=True)\n"
              "with stdout_to_stderr():\n    print('python')\n    os.write(1, b'descriptor\\n')\n"
              "print('after')\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["before", "after"]
    assert result.stderr.splitlines() == ["python", "descriptor"]


def test_loading_pkuseg_through_the_api_prints_nothing_on_stdout(tmp_path):
    import subprocess
    import sys

    from conftest import ROOT

    model = tmp_path / "pkuseg"
    model.mkdir()
    for name in ("features.pkl", "weights.npz"):
        (model / name).write_bytes(b"stand-in")
    loader = CHATTY_PKUSEG.split("import cli")[0] + (
        "from pathlib import Path\nfrom extract.segment import pkuseg_segmenter\n"
        f"pkuseg_segmenter(Path({str(model)!r}))\nprint('mine')\n")
    result = subprocess.run([sys.executable, "-c", loader], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "mine\n" and "loading model" in result.stderr and "finish loading" in result.stderr


# --- odd inputs a demanding user tries ----------------------------------------------------------


def test_an_empty_or_blank_article_is_written_with_a_warning(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("\n \n\n", encoding="utf-8")
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    report = _batch(folder, tmp_path / "out")
    assert report.written == ["a.txt", "blank.txt", "empty.txt"] and not report.failed
    warned = sorted(Path(w.split(":")[0]).name for w in report.warnings if "empty article" in w)
    assert warned == ["blank.txt", "empty.txt"]
    assert json.loads((tmp_path / "out" / "empty.json").read_text(encoding="utf-8"))["mentions"] == []


def test_a_folder_of_sidecars_only_says_so(tmp_path):
    (tmp_path / "x.meta.json").write_text('{"ref_date": "2031-01-01"}', encoding="utf-8")
    result = run_cli("extract", str(tmp_path), "--out", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "no articles" in result.stderr and "x.meta.json: a sidecar (.meta.json) without its article" in result.stderr


def test_a_sidecar_without_its_article_is_listed_as_skipped_and_one_with_it_is_not(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"ref_date": "2031-07-01"}', encoding="utf-8")
    (tmp_path / "P.HTML").write_text("<html></html>", encoding="utf-8")
    (tmp_path / "P.meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "gone.meta.json").write_text("{}", encoding="utf-8")
    found = find_inputs([tmp_path])
    assert [Path(p).name for p in found.skipped] == ["gone.meta.json"]
    assert "without its article" in found.reasons[found.skipped[0]]


def test_a_sidecar_named_on_the_command_line_is_not_read_as_an_article(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    sidecar = tmp_path / "a.meta.json"
    sidecar.write_text('{"ref_date": "2031-07-01"}', encoding="utf-8")
    found = find_inputs([sidecar])
    assert found.files == [] and found.skipped == [str(sidecar)] and "a sidecar" in found.reasons[str(sidecar)]
    found = find_inputs([sidecar, tmp_path / "a.txt"])  # as `extract dir/*` names them: no noise
    assert [f.path.name for f in found.files] == ["a.txt"] and found.skipped == []


def test_a_file_that_vanishes_after_listing_fails_alone_saying_so(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(GOOD, encoding="utf-8")
    found = find_inputs([folder])
    (folder / "b.txt").unlink()
    report = batch.run_batch(found, _options(), tmp_path / "out", batch.BatchSettings(show_progress=False),
                             on_error=lambda msg: None)
    assert report.written == ["a.txt", "c.txt"]
    assert report.failed == [{"path": str(folder / "b.txt"),
                              "reason": "cannot read: no longer there (removed or renamed after the input was listed)"}]


def test_an_out_folder_that_cannot_be_written_is_a_usage_error_before_any_work(monkeypatch, tmp_path, capsys):
    import tempfile

    import typer

    import cli

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(tempfile, "TemporaryFile", read_only)
    with pytest.raises(typer.Exit) as exit_info:
        cli._check_out_dir(tmp_path)
    assert exit_info.value.exit_code == 2
    message = capsys.readouterr().err.strip()
    assert message == f"error: --out {tmp_path}: cannot write into the folder (Read-only file system)"


def test_a_reader_that_closes_stdout_stops_the_run_quietly(tmp_path):
    import subprocess
    import sys

    from conftest import ROOT

    folder = _dying_worker_folder(tmp_path, [f"a{i:03}.txt" for i in range(300)])  # more than a pipe holds
    process = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "extract", str(folder), "--out", "-",
                                "--jobs", "2", "--quiet"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert json.loads(process.stdout.readline())["doc_id"] == "a000"
    process.stdout.close()  # as `extract --out - | head -1` does
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=300) == batch.STREAM_CLOSED_STATUS
    assert stderr == ""  # no traceback, no error per unsent document


def test_jiebas_dictionary_cache_goes_to_the_per_user_cache_folder_not_the_shared_tmp(tmp_path):
    import subprocess
    import sys

    from conftest import ROOT

    script = ("import jieba\nfrom extract.segment import make_nlp\nmake_nlp('jieba')\n"
              "print(jieba.dt.tmp_dir)\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, env=env,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "zh-report-extract" / "jieba"
    assert result.stdout.strip() == str(folder) and (folder / "jieba.cache").is_file()


def test_an_earlier_out_folder_inside_the_input_is_not_read_as_articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "page.html").write_text("<!DOCTYPE html><html><body><p>" + GOOD + "</p></body></html>",
                                      encoding="utf-8")
    _batch(folder, folder / "out")  # writes out/page.txt, the page's text, beside out/page.json
    assert (folder / "out" / "page.txt").is_file()
    found = find_inputs([folder])
    assert [f.source for f in found.files] == ["a.txt", "page.html"]
    assert found.skipped == [str(folder / "out")] and "extract output folder" in found.reasons[str(folder / "out")]


def test_a_page_text_of_an_earlier_run_goes_with_its_document(tmp_path):
    folder, out = _one_article(tmp_path)
    page = "<!DOCTYPE html><html><body><p>" + GOOD + "</p></body></html>"
    (folder / "page.html").write_text(page, encoding="utf-8")
    (folder / "saved.txt").write_text(page, encoding="utf-8")  # a page saved as .txt: its text goes beside too
    _batch(folder, out)
    assert _manifest(out)["page_texts"] == ["page.txt", "saved.txt"]
    (folder / "page.html").unlink()
    _batch(folder, out)
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "mentions.csv", "records.csv", "run.json",
                                                     "saved.json", "saved.txt"]
    assert _manifest(out)["page_texts"] == ["saved.txt"]
