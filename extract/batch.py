"""Run the pipeline over many files: in-process, process-parallel (``--jobs``) or on Dask.

One broken file never costs the rest of the batch: its error (file and reason) is collected,
reported on stderr and in ``run.json``, and every other article is processed and written.
That holds for a worker process that dies (killed by the out-of-memory killer, a segfault in a
native library): the files it may have been working on are run again one by one, each in a
process of its own, so the one that kills its process fails alone ("worker died: killed by
signal 9 (SIGKILL)") and the run goes on with a fresh pool.
Results are consumed in input order, so the output does not depend on the number of jobs.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from extract.ingest import Article, ArticleFile, IngestError, Inputs, derived_text, read_article
from extract.manifest import COMPLETE
from extract.pipeline import Options, Pipeline, TimeBudgetExceeded
from extract.write import (
    JsonlWriter,
    OutputError,
    TableWriter,
    document_bytes,
    finish_out_dir,
    prepare_out_dir,
    schema_errors,
    write_text_atomic,
)


class StreamClosed(Exception):
    """The reader of the JSON Lines on stdout went away (``extract --out - | head``): the run stops."""


STREAM_CLOSED_STATUS = 141  # what a shell reports for a program a closed pipe stopped (128 + SIGPIPE)


@dataclass
class FileResult:
    """One article's outcome in a batch: its document (or the error that stopped it) and warnings."""

    file: ArticleFile
    doc: dict[str, Any] | None = None
    text: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    read_as_html: str | None = None  # why a .txt was read as a web page (Article.read_as_html)

    @property
    def derived(self) -> bool:
        """The document's text was taken out of a page: it is written beside the document."""
        return derived_text(self.file) or self.read_as_html is not None


@dataclass
class RunReport:
    """What a run read, wrote, failed and skipped: the content of ``run.json``."""

    files_read: int = 0
    written: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # file names in the output folder
    page_texts: list[str] = field(default_factory=list)  # a page's text beside its document (<doc_id>.txt)
    failed: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # entries in the input folders that are not articles
    skip_reasons: dict[str, str] = field(default_factory=dict)
    read_as_html: list[dict[str, str]] = field(default_factory=list)  # .txt files read as web pages, and why
    # The folders and files given, absolute: show, table and export find the articles there.
    inputs: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    characters: int = 0
    seconds: float = 0.0
    startup_seconds: float = 0.0  # loading lexicons and models before the first article

    def as_json(self, options: Options, settings: BatchSettings) -> dict[str, Any]:
        """The ``run.json`` record of this run (SPEC's run summary), with the options it ran with."""
        return {
            "status": COMPLETE,
            "files_read": self.files_read,
            "files_written": len(self.written),
            "files_failed": len(self.failed),
            "files_skipped": len(self.skipped),
            "inputs": self.inputs,
            "written": self.written,
            "documents": self.documents,
            "page_texts": self.page_texts,
            "failed": self.failed,
            "skipped": self.skipped,
            "skipped_reasons": self.skip_reasons,
            "read_as_html": self.read_as_html,
            "warnings": self.warnings,
            "counts": dict(sorted(self.counts.items())),
            "characters": self.characters,
            "seconds": round(self.seconds, 3),
            "startup_seconds": round(self.startup_seconds, 3),
            "options": {"segmenter": options.segmenter, "model": options.model,
                        "ref_date": options.ref_date.isoformat() if options.ref_date else None,
                        "jobs": settings.jobs, "engine": settings.engine},
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
    return FileResult(file, doc, article.text, warnings=article.warnings, read_as_html=article.read_as_html)


# Files handed to the pool ahead of the one being waited for, per worker: enough to keep every
# worker busy, few enough that memory stays flat in corpus size and a dead worker costs few re-runs.
IN_FLIGHT_PER_WORKER = 2


def _results_local(files: list[ArticleFile], options: Options, jobs: int) -> Iterator[FileResult]:
    if jobs <= 1:
        _init_worker(options)
        yield from (process_file(f) for f in files)
        return
    yield from _results_pool(files, options, jobs)


def _mp_context() -> multiprocessing.context.BaseContext:
    # fork: workers inherit the lexicons and models loaded before the pool starts (spawn on macOS)
    return multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")


def _new_pool(options: Options, jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(jobs, mp_context=_mp_context(), initializer=_init_worker, initargs=(options,))


def _results_pool(files: list[ArticleFile], options: Options, jobs: int) -> Iterator[FileResult]:
    """Results of ``files`` in input order from ``jobs`` worker processes.

    When a worker dies the pool is broken and every file in flight is lost with it; those that
    had not finished are re-run one at a time in a process of their own (``_run_alone``), which
    tells the file that killed its worker from the ones that were only in the same pool."""
    waiting = deque(files)
    in_flight: deque[tuple[ArticleFile, Future]] = deque()
    pool = _new_pool(options, jobs)
    try:
        while waiting or in_flight:
            try:
                while waiting and len(in_flight) < jobs * IN_FLIGHT_PER_WORKER:
                    in_flight.append((waiting[0], pool.submit(process_file, waiting[0])))  # raises once broken
                    waiting.popleft()
                result = in_flight[0][1].result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                lost = list(in_flight)
                in_flight.clear()
                yield from (_finished(f, future) or _run_alone(f, options) for f, future in lost)
                pool = _new_pool(options, jobs)
                continue
            except Exception as exc:  # a result that could not come back (not picklable, ...)
                result = FileResult(in_flight[0][0], error=f"internal error in the worker: {type(exc).__name__}: {exc}")
            in_flight.popleft()
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _finished(file: ArticleFile, future: Future) -> FileResult | None:
    """The result of a future that completed before its pool broke, else ``None``."""
    if future.done() and not future.cancelled() and future.exception() is None:
        return future.result()
    return None


def _run_alone(file: ArticleFile, options: Options) -> FileResult:
    """Process one file in a process of its own; if that process dies, the file fails saying how."""
    ctx = _mp_context()
    receiver, sender = ctx.Pipe(duplex=False)
    worker = ctx.Process(target=_process_and_send, args=(file, options, sender), daemon=True)
    worker.start()
    sender.close()  # the child holds the only sending end: EOF on receive means it died
    try:
        result = receiver.recv()
    except EOFError:
        result = None
    finally:
        receiver.close()
        worker.join()
    return result if result is not None else FileResult(file, error=worker_death(worker.exitcode))


def _process_and_send(file: ArticleFile, options: Options, sender) -> None:
    _init_worker(options)
    sender.send(process_file(file))
    sender.close()


def worker_death(exitcode: int | None) -> str:
    """The reason a file fails when the process working on it died (``exitcode`` as multiprocessing
    gives it: minus the signal number when a signal killed it)."""
    if exitcode is not None and exitcode < 0:
        try:
            name = f" ({signal.Signals(-exitcode).name})"
        except ValueError:
            name = ""
        hint = "; out of memory?" if -exitcode == signal.SIGKILL else ""
        return f"worker died: killed by signal {-exitcode}{name}{hint}"
    return f"worker died: exit status {exitcode}"


def _results_dask(files: list[ArticleFile], options: Options, scheduler: str | None) -> Iterator[FileResult]:
    from extract.distributed import dask_results

    yield from dask_results(files, options, scheduler)


class Progress:
    """A one-line progress counter on stderr, shown only on a terminal and when not quiet."""

    def __init__(self, total: int, enabled: bool, stream: IO[str] = sys.stderr):
        self.total, self.enabled, self.stream = total, enabled and stream.isatty(), stream
        self.done, self.started = 0, time.perf_counter()

    def step(self, name: str) -> None:
        """Count one article done and redraw the progress line (on a terminal only)."""
        self.done += 1
        if not self.enabled:
            return
        elapsed = time.perf_counter() - self.started
        eta = elapsed / self.done * (self.total - self.done)
        self.stream.write(f"\rextract {self.done}/{self.total} ({100 * self.done / self.total:.0f}%) "
                          f"eta {eta:.0f}s  {name[:40]:<40}")
        self.stream.flush()

    def close(self) -> None:
        """End the progress line."""
        if self.enabled:
            self.stream.write("\n")


@dataclass(frozen=True)
class BatchSettings:
    """How a batch runs and where its output goes: none of these changes what a document holds
    (that is ``pipeline.Options``), only which processes make it and in which files it lands."""

    jobs: int = 1  # worker processes of the local engine (``resolve_jobs`` turns --jobs into one)
    engine: str = "local"  # "local" processes, or "dask"
    scheduler: str | None = None  # dask: the scheduler's address; None starts a LocalCluster
    fmt: str = "json"  # one <doc_id>.json per article, or "jsonl": one documents.jsonl
    overwrite: bool = False  # accept a non-empty output folder that holds no earlier run
    show_progress: bool = True  # the progress line on stderr (shown on a terminal only)


def run_batch(
    found: Inputs,
    options: Options,
    out_dir: Path | None,
    settings: BatchSettings = BatchSettings(),
    *,
    inputs: list[Path] | None = None,
    startup_seconds: float = 0.0,
    stdout: IO[str] = sys.stdout,
    on_error: Callable[[str], None] = lambda msg: print(msg, file=sys.stderr),
) -> RunReport:
    """Extract every file of ``found``; write documents, tables and ``run.json`` to ``out_dir``.

    ``out_dir=None`` streams one JSON document per line to ``stdout`` instead. ``inputs`` (the
    folders and files given), what ``find_inputs`` set aside (``found.skipped``, ``found.reasons``
    saying why) and ``startup_seconds`` are recorded in ``run.json``; a web page's extracted text
    is written beside its document as ``<doc_id>.txt``. Warnings and errors go to ``on_error``.
    Raises ``OutputError`` when the output folder cannot be used or its manifest cannot be written;
    a document that cannot be written fails that file only."""
    report = _new_report(found, inputs, startup_seconds, on_error)
    started = time.perf_counter()
    planned = ["documents.jsonl"] if settings.fmt == "jsonl" else [f"{f.doc_id}.json" for f in found.files]
    stale = prepare_out_dir(out_dir, planned, overwrite=settings.overwrite) if out_dir else set()
    output = _Output.open(out_dir, settings.fmt, stdout, report, on_error)
    _write_all(_results(found.files, options, settings), output, Progress(len(found.files), settings.show_progress))
    output.close()
    report.seconds = time.perf_counter() - started
    if out_dir is not None:
        for problem in finish_out_dir(out_dir, report.as_json(options, settings), stale):
            on_error(f"warning: {problem}")
    return report


def _new_report(found: Inputs, inputs: list[Path] | None, startup_seconds: float,
                on_error: Callable[[str], None]) -> RunReport:
    """The report a run starts with: what it was given and set aside (each skip told, with why)."""
    report = RunReport(skipped=list(found.skipped), skip_reasons=dict(found.reasons),
                       inputs=[str(p.resolve()) for p in inputs or []], startup_seconds=startup_seconds)
    for path in report.skipped:
        if path in report.skip_reasons:
            on_error(f"skipped: {path}: {report.skip_reasons[path]}")
    return report


def _results(files: list[ArticleFile], options: Options, settings: BatchSettings) -> Iterator[FileResult]:
    """One result per file, in input order, from the engine ``settings`` name."""
    if settings.engine == "dask":
        return _results_dask(files, options, settings.scheduler)
    return _results_local(files, options, settings.jobs)


def _write_all(results: Iterator[FileResult], output: _Output, progress: Progress) -> None:
    """Record and write each result as it comes; on any error (a closed stdout, a full disk, an
    interrupt) drop the half-written files and stop the workers."""
    seen: dict[str, str] = {}  # doc_id → the file that gave it
    _freeze_heap()
    try:
        for result in results:
            output.report.files_read += 1
            progress.step(result.file.source)
            _collect(result, output.report, seen, output.on_error)
            if result.doc is not None and output.write(result):
                output.report.written.append(result.file.source)
    except BaseException:
        output.abort()
        raise
    finally:
        progress.close()
        gc.unfreeze()
        results.close()  # stops the worker pool when the run ends early (an error, a closed stdout)


def _collect(result: FileResult, report: RunReport, seen: dict[str, str], on_error: Callable[[str], None]) -> None:
    """Record one result: its warnings, its failure (a doc_id met before fails it), its counts."""
    for warning in result.warnings:
        report.warnings.append(warning)
        on_error(f"warning: {warning}")
    if result.doc is not None:
        doc_id = result.doc["doc_id"]
        if doc_id in seen:
            result.doc, result.error = None, f"duplicate doc_id {doc_id!r} (also from {seen[doc_id]}); not written"
        else:
            seen[doc_id] = result.file.source
    if result.read_as_html and result.doc is not None:
        report.read_as_html.append({"path": str(result.file.path), "reason": result.read_as_html})
    if result.error:
        report.failed.append({"path": str(result.file.path), "reason": result.error})
        on_error(f"error: {result.file.path}: {result.error}")
        return
    report.characters += len(result.text or "")
    for m in result.doc["mentions"]:
        report.counts[m["type"]] += 1
    report.counts["records"] += len(result.doc["records"])


def _freeze_heap() -> None:
    """Keep what is loaded by now (lexicons, dictionaries, models: they live as long as the run)
    out of the collector's full passes. Each full pass walked them all, some 115,000 objects, 75 ms,
    more often the longer the run: 7% of a rules-only run and most of its growth with corpus size.
    Workers forked afterwards inherit it (and touch fewer of the parent's pages).

    No full collection first: it cost the same 75-100 ms per run (2-4% of a 1 MB run) to free the
    few hundred cyclic objects start-up leaves; frozen with the rest, they are freed by the first
    full pass after the run (``gc.unfreeze`` at its end)."""
    gc.freeze()


@dataclass
class _Output:
    """Where a run's documents go (files in ``out_dir``, one JSON Lines file, or ``stdout`` when
    ``out_dir`` is None) and its tables (``mentions.csv``, ``records.csv``); what was written, and
    what failed to be, is recorded in ``report``."""

    out_dir: Path | None
    stdout: IO[str]
    report: RunReport
    on_error: Callable[[str], None]
    tables: TableWriter | None = None  # None: streaming, or dropped after a write error
    jsonl: JsonlWriter | None = None  # the documents.jsonl of the jsonl format

    @classmethod
    def open(cls, out_dir: Path | None, fmt: str, stdout: IO[str], report: RunReport,
             on_error: Callable[[str], None]) -> _Output:
        """The output of a run writing to ``out_dir`` in ``fmt``, its table files opened."""
        output = cls(out_dir, stdout, report, on_error)
        if out_dir is None:
            return output
        try:
            output.tables = TableWriter(out_dir)
            output.jsonl = JsonlWriter(out_dir / "documents.jsonl") if fmt == "jsonl" else None
        except OSError as exc:
            raise OutputError(f"{out_dir}: cannot write ({exc.strerror or exc})") from exc
        return output

    def write(self, result: FileResult) -> bool:
        """Write one document and its table rows; False when the document could not be written
        (that file fails; a table write error drops the tables only, documents go on)."""
        if not self._emit(result):
            return False
        if self.tables and not self._add_rows(result):
            self.tables = None
        return True

    def _emit(self, result: FileResult) -> bool:
        """Write one document (or stream it); a write error fails this file only."""
        doc, out_dir = result.doc, self.out_dir
        try:
            if out_dir is not None and result.derived:  # first: the document is no use without its text
                _write_page_text(out_dir / f"{doc['doc_id']}.txt", result)
                self.report.page_texts.append(f"{doc['doc_id']}.txt")
            if out_dir is None:
                _stream(self.stdout, document_bytes(doc).decode("utf-8"))  # the line a .json file holds
            elif self.jsonl:
                self.jsonl.add(doc)
            else:
                write_text_atomic(out_dir / f"{doc['doc_id']}.json", document_bytes(doc))
                self.report.documents.append(f"{doc['doc_id']}.json")
        except OSError as exc:
            reason = f"cannot write its document: {exc.strerror or exc}"
            self.report.failed.append({"path": str(result.file.path), "reason": reason})
            self.on_error(f"error: {result.file.path}: {reason}")
            return False
        return True

    def _add_rows(self, result: FileResult) -> bool:
        """Add a document's rows to the tables; on a write error drop the tables (documents go on)."""
        try:
            self.tables.add(result.doc, result.text)
        except OSError as exc:
            self.tables.abort()
            self.on_error(f"error: mentions.csv and records.csv not written: {exc.strerror or exc}")
            return False
        return True

    def abort(self) -> None:
        """Drop the files still being written (the run stopped before its end)."""
        for writer in (self.tables, self.jsonl):
            if writer:
                writer.abort()

    def close(self) -> None:
        """Finish the tables and the JSON Lines file; one that cannot be finished is told, and with
        documents.jsonl every document in it fails."""
        for writer, name in ((self.tables, "mentions.csv and records.csv"), (self.jsonl, "documents.jsonl")):
            if writer is None:
                continue
            try:
                writer.close()
            except OSError as exc:
                writer.abort()
                self.on_error(f"error: {name} not written: {exc.strerror or exc}")
                if writer is self.jsonl:
                    self.report.failed += [{"path": source, "reason": "documents.jsonl not written"}
                                           for source in self.report.written]
                    self.report.written = []
            else:
                if writer is self.jsonl:
                    self.report.documents.append("documents.jsonl")


def _stream(stdout: IO[str], line: str) -> None:
    try:
        stdout.write(line)
    except BrokenPipeError as exc:
        raise StreamClosed("stdout was closed by its reader") from exc


def _write_page_text(path: Path, result: FileResult) -> None:
    """Write a page's extracted text beside its document, never over the page itself (an --out
    that is the input folder, where a page saved as page.txt would be replaced by its text)."""
    if path.exists() and path.samefile(result.file.path):
        raise OSError(f"the page's article text would replace the page itself ({path}); use an --out "
                      "folder apart from the input")
    write_text_atomic(path, result.text)
