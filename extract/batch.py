"""Run the pipeline over many files: in-process, process-parallel (``--jobs``) or on Dask.

One broken file never costs the rest of the batch: its error (file and reason) is collected,
reported on stderr and in ``run.json``, and every other article is processed and written.
Results are consumed in input order, so the output does not depend on the number of jobs.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from extract.ingest import Article, ArticleFile, IngestError, derived_text, read_article
from extract.manifest import COMPLETE
from extract.pipeline import Options, Pipeline, TimeBudgetExceeded
from extract.write import (
    JsonlWriter,
    OutputError,
    TableWriter,
    dumps_document,
    finish_out_dir,
    prepare_out_dir,
    schema_errors,
    write_text_atomic,
)


@dataclass
class FileResult:
    file: ArticleFile
    doc: dict[str, Any] | None = None
    text: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class RunReport:
    files_read: int = 0
    written: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # file names in the output folder
    failed: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # entries in the input folders that are not articles
    skip_reasons: dict[str, str] = field(default_factory=dict)
    # The folders and files given, absolute: show, table and export find the articles there.
    inputs: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    characters: int = 0
    seconds: float = 0.0
    startup_seconds: float = 0.0  # loading lexicons and models before the first article

    def as_json(self, options: Options, jobs: int, engine: str) -> dict[str, Any]:
        return {
            "status": COMPLETE,
            "files_read": self.files_read,
            "files_written": len(self.written),
            "files_failed": len(self.failed),
            "files_skipped": len(self.skipped),
            "inputs": self.inputs,
            "written": self.written,
            "documents": self.documents,
            "failed": self.failed,
            "skipped": self.skipped,
            "skipped_reasons": self.skip_reasons,
            "warnings": self.warnings,
            "counts": dict(sorted(self.counts.items())),
            "characters": self.characters,
            "seconds": round(self.seconds, 3),
            "startup_seconds": round(self.startup_seconds, 3),
            "options": {"segmenter": options.segmenter, "model": options.model,
                        "ref_date": options.ref_date.isoformat() if options.ref_date else None,
                        "jobs": jobs, "engine": engine},
        }


_WORKER_PIPELINE: Pipeline | None = None


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity, which containers and taskset narrow)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def resolve_jobs(jobs: str | int, files: int) -> int:
    """Worker processes for ``--jobs``: a positive number, or "auto" for one per available core;
    never more than there are files. Raises ValueError on anything else."""
    if str(jobs) == "auto":
        wanted = available_cores()
    elif str(jobs).isdigit() and int(jobs) >= 1:
        wanted = int(jobs)
    else:
        raise ValueError(f"--jobs must be a positive number or auto, not {jobs!r}")
    return max(1, min(wanted, files))


def _init_worker(options: Options) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline(options)


def process_file(file: ArticleFile, pipeline: Pipeline | None = None) -> FileResult:
    """Read, extract and validate one file; every failure becomes ``FileResult.error``."""
    try:
        article = read_article(file)
    except IngestError as exc:
        return FileResult(file, error=exc.reason)
    except MemoryError:
        return FileResult(file, error="out of memory while reading the file")
    return process_article(file, article, pipeline)


def process_article(file: ArticleFile, article: Article, pipeline: Pipeline | None = None) -> FileResult:
    """Extract and validate one decoded article (the part a remote worker runs)."""
    pipeline = pipeline or _WORKER_PIPELINE or Pipeline()
    try:
        doc = pipeline.process(article)
    except TimeBudgetExceeded as exc:
        return FileResult(file, error=f"{exc} ({len(article.text):,} characters); the batch went on")
    except MemoryError:
        return FileResult(file, error=f"out of memory while extracting ({len(article.text):,} characters)")
    except Exception as exc:  # a bug on one article must not stop the batch
        return FileResult(file, error=f"internal error while extracting: {type(exc).__name__}: {exc}")
    problems = schema_errors(doc)
    if problems:
        return FileResult(file, error="output breaks the document schema: " + "; ".join(problems[:3]))
    return FileResult(file, doc, article.text, warnings=article.warnings)


def _results_local(files: list[ArticleFile], options: Options, jobs: int) -> Iterator[FileResult]:
    if jobs <= 1:
        _init_worker(options)
        yield from (process_file(f) for f in files)
        return
    ctx = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(options,)) as pool:
        yield from pool.imap(process_file, files, chunksize=1)


def _results_dask(files: list[ArticleFile], options: Options, scheduler: str | None) -> Iterator[FileResult]:
    from extract.distributed import dask_results

    yield from dask_results(files, options, scheduler)


class Progress:
    """A one-line progress counter on stderr, shown only on a terminal and when not quiet."""

    def __init__(self, total: int, enabled: bool, stream: IO[str] = sys.stderr):
        self.total, self.enabled, self.stream = total, enabled and stream.isatty(), stream
        self.done, self.started = 0, time.perf_counter()

    def step(self, name: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        elapsed = time.perf_counter() - self.started
        eta = elapsed / self.done * (self.total - self.done)
        self.stream.write(f"\rextract {self.done}/{self.total} ({100 * self.done / self.total:.0f}%) "
                          f"eta {eta:.0f}s  {name[:40]:<40}")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")


def run_batch(
    files: list[ArticleFile],
    options: Options,
    out_dir: Path | None,
    *,
    jobs: int = 1,
    fmt: str = "json",
    engine: str = "local",
    scheduler: str | None = None,
    show_progress: bool = True,
    inputs: list[Path] | None = None,
    skipped: list[str] | None = None,
    stdout: IO[str] = sys.stdout,
    on_error: Callable[[str], None] = lambda msg: print(msg, file=sys.stderr),
    skip_reasons: dict[str, str] | None = None,
    overwrite: bool = False,
    startup_seconds: float = 0.0,
) -> RunReport:
    """Extract every file; write documents, tables and ``run.json`` to ``out_dir``.

    ``out_dir=None`` streams one JSON document per line to ``stdout`` instead. ``inputs`` and
    ``skipped`` (what ``find_inputs`` set aside, ``skip_reasons`` saying why) are recorded in
    ``run.json``; a web page's extracted text is written beside its document as ``<doc_id>.txt``.
    Raises ``OutputError`` when the output folder cannot be used or its manifest cannot be written;
    a document that cannot be written fails that file only."""
    report = RunReport(skipped=list(skipped or []), skip_reasons=dict(skip_reasons or {}),
                       inputs=[str(p.resolve()) for p in inputs or []], startup_seconds=startup_seconds)
    for path in report.skipped:
        if path in report.skip_reasons:
            on_error(f"skipped: {path}: {report.skip_reasons[path]}")
    started = time.perf_counter()
    planned = ["documents.jsonl"] if fmt == "jsonl" else [f"{f.doc_id}.json" for f in files]
    stale = prepare_out_dir(out_dir, planned, overwrite=overwrite) if out_dir else set()
    try:
        tables = TableWriter(out_dir) if out_dir else None
        jsonl = JsonlWriter(out_dir / "documents.jsonl") if out_dir and fmt == "jsonl" else None
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write ({exc.strerror or exc})") from exc
    seen: dict[str, str] = {}
    progress = Progress(len(files), show_progress)
    results = _results_dask(files, options, scheduler) if engine == "dask" else _results_local(files, options, jobs)
    _freeze_heap()
    try:
        for result in results:
            report.files_read += 1
            progress.step(result.file.source)
            _collect(result, report, seen, on_error)
            if result.doc is None:
                continue
            if not _emit(result, out_dir, stdout, jsonl, report, on_error):
                continue
            if tables and not _add_rows(tables, result, on_error):
                tables = None
            report.written.append(result.file.source)
    except BaseException:
        for writer in (tables, jsonl):
            if writer:
                writer.abort()
        raise
    finally:
        progress.close()
        gc.unfreeze()
    _close_writers(tables, jsonl, report, on_error)
    report.seconds = time.perf_counter() - started
    if out_dir is not None:
        manifest = report.as_json(options, jobs, engine)
        for problem in finish_out_dir(out_dir, manifest, stale):
            on_error(f"warning: {problem}")
    return report


def _freeze_heap() -> None:
    """Keep what is loaded by now (lexicons, dictionaries, models: they live as long as the run)
    out of the collector's full passes. Each full pass walked them all, some 115,000 objects, 75 ms,
    more often the longer the run: 7% of a rules-only run and most of its growth with corpus size.
    Workers forked afterwards inherit it (and touch fewer of the parent's pages)."""
    gc.collect()
    gc.freeze()


def _emit(result: FileResult, out_dir: Path | None, stdout: IO[str], jsonl: JsonlWriter | None,
          report: RunReport, on_error: Callable[[str], None]) -> bool:
    """Write one document (or stream it); a write error fails this file only."""
    doc = result.doc
    try:
        if out_dir is None:
            stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
        elif jsonl:
            jsonl.add(doc)
        else:
            write_text_atomic(out_dir / f"{doc['doc_id']}.json", dumps_document(doc))
            report.documents.append(f"{doc['doc_id']}.json")
        if out_dir is not None and derived_text(result.file):
            write_text_atomic(out_dir / f"{doc['doc_id']}.txt", result.text)
    except OSError as exc:
        reason = f"cannot write its document: {exc.strerror or exc}"
        report.failed.append({"path": str(result.file.path), "reason": reason})
        on_error(f"error: {result.file.path}: {reason}")
        return False
    return True


def _add_rows(tables: TableWriter, result: FileResult, on_error: Callable[[str], None]) -> bool:
    """Add a document's rows to the tables; on a write error drop the tables (documents go on)."""
    try:
        tables.add(result.doc, result.text)
    except OSError as exc:
        tables.abort()
        on_error(f"error: mentions.csv and records.csv not written: {exc.strerror or exc}")
        return False
    return True


def _close_writers(tables: TableWriter | None, jsonl: JsonlWriter | None, report: RunReport,
                   on_error: Callable[[str], None]) -> None:
    for writer, name in ((tables, "mentions.csv and records.csv"), (jsonl, "documents.jsonl")):
        if writer is None:
            continue
        try:
            writer.close()
        except OSError as exc:
            writer.abort()
            on_error(f"error: {name} not written: {exc.strerror or exc}")
            if writer is jsonl:
                report.failed += [{"path": source, "reason": "documents.jsonl not written"}
                                  for source in report.written]
                report.written = []
        else:
            if writer is jsonl:
                report.documents.append("documents.jsonl")


def _collect(result: FileResult, report: RunReport, seen: dict[str, str], on_error: Callable[[str], None]) -> None:
    for warning in result.warnings:
        report.warnings.append(warning)
        on_error(f"warning: {warning}")
    if result.doc is not None:
        doc_id = result.doc["doc_id"]
        if doc_id in seen:
            result.doc, result.error = None, f"duplicate doc_id {doc_id!r} (also from {seen[doc_id]}); not written"
        else:
            seen[doc_id] = result.file.source
    if result.error:
        report.failed.append({"path": str(result.file.path), "reason": result.error})
        on_error(f"error: {result.file.path}: {result.error}")
        return
    report.characters += len(result.text or "")
    for m in result.doc["mentions"]:
        report.counts[m["type"]] += 1
    report.counts["records"] += len(result.doc["records"])
