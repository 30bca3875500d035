"""Command line: extract facts from Chinese reports, score them, inspect them.

Run ``python cli.py --help`` for the commands; README.md describes each one.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
import tempfile
import time
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:  # (the command modules import what they use when they run: a fast --help)
    from extract.ingest import Inputs
    from extract.pipeline import Options

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn Chinese reports into normalised, linked facts (SPEC: ../shared/SPEC.md).")


class Format(StrEnum):
    """How ``extract`` writes documents: one JSON file each, or JSON Lines."""

    json = "json"
    jsonl = "jsonl"


class Segmenter(StrEnum):
    """The word segmenter the pipeline uses."""

    jieba = "jieba"
    pkuseg = "pkuseg"


class Engine(StrEnum):
    """Where the batch runs: local worker processes, or dask.distributed."""

    local = "local"
    dask = "dask"


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _check_out_dir(out: Path) -> None:
    """``--out`` must be a folder we can create or write into, not a file."""
    if out.exists() and not out.is_dir():
        _fail(f"--out {out}: is a file; give a folder (or - for JSON Lines on stdout)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fail(f"--out {out}: cannot create the folder ({exc.strerror or exc})")
    try:  # a read-only folder (or file system) is told now, not after the start-up
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        _fail(f"--out {out}: cannot write into the folder ({exc.strerror or exc})")


def _no_articles(inputs: list[Path], skipped: list[str], reasons: dict[str, str]) -> None:
    """Fail saying what the inputs held instead of articles (a folder of sidecars, ...)."""
    found = "".join(f"; {Path(p).name}: {reasons.get(p, 'skipped')}" for p in skipped[:3])
    more = f" (and {len(skipped) - 3} more)" if len(skipped) > 3 else ""
    _fail("no articles (*.txt, *.html, *.htm) found in " + ", ".join(str(p) for p in inputs) + found + more)


def _quiet_stdout(stream) -> None:
    """The reader of --out - went away (``extract --out - | head``): drop what is still buffered."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
    except (OSError, ValueError):
        pass


def _check_dask(scheduler: str | None) -> None:
    """Fail early, in one line, when the dask engine cannot run: no dask, or no scheduler there."""
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        _fail("--engine dask needs dask[distributed]: pip install 'zh-report-extract[dask]'")
    if scheduler is None:
        return
    address = scheduler.split("://", 1)[-1]
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        _fail(f"--scheduler {scheduler!r}: expected tcp://HOST:PORT")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=5).close()
    except OSError as exc:
        _fail(f"--scheduler {scheduler}: cannot reach a Dask scheduler there ({exc.strerror or exc})")


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"--ref-date {value!r} is not a date in the form YYYY-MM-DD")
    return None


@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="Folders (walked for *.txt, *.html, *.htm) or article files. "
                                                 "A web page is read as its main article text, written beside "
                                                 "the document as <doc_id>.txt (offsets refer to it).")],
    out: Annotated[str, typer.Option("--out", "-o", help="Output folder, or - for JSON Lines on stdout.")],
    ref_date: Annotated[str | None, typer.Option(help="Resolve relative dates against this YYYY-MM-DD.")] = None,
    jobs: Annotated[str, typer.Option(help="Worker processes (local engine): a number, or auto for one "
                                      "per available core. Output is the same for any number.")] = "auto",
    fmt: Annotated[Format, typer.Option("--format", help="Per-article JSON, or documents.jsonl.")] = Format.json,
    segmenter: Annotated[Segmenter, typer.Option(help="Word segmenter for the entity stage.")] = Segmenter.jieba,
    model: Annotated[bool | None, typer.Option(
        help="Use the trained entity model next to the rules (default: Options.model in extract/pipeline.py).",
        show_default=False)] = None,
    model_dir: Annotated[Path | None, typer.Option(
        help="A trained model directory (a CRF or a spaCy ner); implies --model.")] = None,
    engine: Annotated[Engine, typer.Option(help="local processes, or a Dask cluster.")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: a LocalCluster).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")] = False,
    pkuseg_dir: Annotated[Path | None, typer.Option(help="Folder of the pkuseg model (default: where setup-pkuseg "
                                                    "puts it, a per-user cache folder).")] = None,
    overwrite: Annotated[bool, typer.Option(help="Use a non-empty --out folder that holds no earlier run "
                                                 "(its *.json documents are replaced).")] = False,
    time_budget: Annotated[float, typer.Option(min=1, help="Seconds a file may take per 100,000 characters "
                                                           "(and at least this long); slower files fail.")] = 120.0,
) -> None:
    """Extract mentions and records from articles (.txt, .html, .htm); write SPEC documents, CSV tables
    and run.json.

    run.json lists what this run wrote, failed and skipped; documents earlier runs left in --out
    are removed. Files above 64 MB are refused before they are read (split them)."""
    from extract.batch import STREAM_CLOSED_STATUS, BatchSettings, StreamClosed, resolve_jobs, run_batch
    from extract.pipeline import Options
    from extract.stdio import private_stdout
    from extract.write import OutputError

    options = Options(segmenter=segmenter.value, ref_date=_parse_date(ref_date), time_budget=time_budget)
    if model is not None or model_dir is not None:
        options = replace(options, model=str(model_dir) if model_dir and model is not False else bool(model))
    if pkuseg_dir is not None:
        os.environ["EXTRACT_PKUSEG_DIR"] = str(pkuseg_dir.resolve())  # read by extract.resources; workers inherit it
    found = _articles_found(inputs)
    out_dir = None if out == "-" else Path(out)
    if out_dir is not None:
        _check_out_dir(out_dir)
    # JSON Lines get the real stdout to themselves: a library's print, here or in a worker, goes to stderr
    stream = private_stdout() if out_dir is None else sys.stdout
    if engine is Engine.dask:
        _check_dask(scheduler)
    try:
        workers = resolve_jobs(jobs, len(found.files))
    except ValueError as exc:
        _fail(str(exc))
    settings = BatchSettings(jobs=workers, engine=engine.value, scheduler=scheduler, fmt=fmt.value,
                             overwrite=overwrite, show_progress=not quiet)
    startup = _start_up(options)
    try:
        report = run_batch(found, options, out_dir, settings, inputs=inputs, startup_seconds=startup, stdout=stream)
        stream.flush()
    except (StreamClosed, BrokenPipeError):
        _quiet_stdout(stream)
        raise typer.Exit(STREAM_CLOSED_STATUS) from None
    except OutputError as exc:
        _fail(str(exc), 1)
    except (OSError, RuntimeError) as exc:  # the output folder or the cluster went away mid-run
        _fail(f"extract stopped: {exc}", 1)
    if not quiet and out_dir is not None:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(report.counts.items()))
        typer.echo(f"{len(report.written)}/{report.files_read} articles written to {out_dir} "
                   f"in {report.seconds:.1f}s after {startup:.1f}s start-up, {workers} job(s) ({counts})", err=True)
    if report.failed:
        typer.echo(f"{len(report.failed)} file(s) failed; see run.json", err=True)
        raise typer.Exit(1)


def _articles_found(inputs: list[Path]) -> Inputs:
    """The articles among ``inputs``; fails when there are none, warns of the files set aside."""
    from extract.ingest import IngestError, find_inputs

    try:
        found = find_inputs(inputs)
    except IngestError as exc:
        _fail(str(exc))
    if not found.files:
        _no_articles(inputs, found.skipped, found.reasons)
    if found.skipped:
        names = ", ".join(Path(p).name for p in found.skipped[:3]) + (", ..." if len(found.skipped) > 3 else "")
        typer.echo(f"warning: skipped {len(found.skipped)} file(s) that are not articles ({names}); "
                   "listed in run.json", err=True)
    return found


def _start_up(options: Options) -> float:
    """Load the lexicons and models once (forked workers inherit them), failing early if one is
    missing, and compile the document check: the seconds it took."""
    from extract.pipeline import Pipeline
    from extract.write import schema_errors

    started = time.perf_counter()
    try:
        Pipeline(options).warm_up()
    except (FileNotFoundError, RuntimeError) as exc:
        _fail(str(exc))
    schema_errors({})  # compiles the document check now rather than on the first article
    return time.perf_counter() - started


@app.command("eval")
def eval_(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold documents.")],
    system_dir: Annotated[Path, typer.Argument(help="Folder of system documents (extract --out).")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the scores as JSON here.")] = None,
    misses: Annotated[int, typer.Option(help="List up to N missed, spurious or wrong items.")] = 0,
    split: Annotated[str | None, typer.Option(help="Score only this split of the gold set (tune, check), "
                                              "as named in split.json beside or above GOLD_DIR.")] = None,
) -> None:
    """Score system output against gold (SPEC section 5): per type, overall, records."""
    from extract.evaluate import evaluate, format_table, split_ids

    for path in (gold_dir, system_dir):
        if not path.is_dir():
            _fail(f"{path}: not a folder")
    try:
        only = split_ids(gold_dir, split) if split else None
        summary, found_misses = evaluate(gold_dir, system_dir, only)
    except (ValueError, json.JSONDecodeError) as exc:
        _fail(str(exc))
    if summary["missing_documents"] and len(summary["missing_documents"]) == summary.get("documents", -1):
        _fail(f"{system_dir}: no system document for any gold document (is it the folder extract wrote?)")
    typer.echo(format_table(summary))
    if json_out:
        try:
            json_out.write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        except OSError as exc:
            _fail(f"--json {json_out}: cannot write ({exc.strerror or exc})")
    if misses:
        typer.echo("")
        for miss in found_misses[:misses]:
            typer.echo(f"{miss.doc_id} {miss.kind}: {miss.detail}")


@app.command()
def show(
    file: Annotated[Path, typer.Argument(help="A document written by extract (OUT/<doc_id>.json, documents.jsonl "
                                              "with --doc) or a gold file.")],
    articles: Annotated[Path | None, typer.Option(help="Folder holding the article text (default: beside FILE, "
                                                       "the folders in run.json, then corpus/articles).")] = None,
    html: Annotated[Path | None, typer.Option(help="Write an HTML page here (mentions, a records table).")] = None,
    doc_id: Annotated[str | None, typer.Option("--doc", help="The doc_id to show from a JSON Lines file.")] = None,
) -> None:
    """Show an article with its mentions marked, in the terminal or as an HTML page."""
    from extract.show import find_article_text, load_document, render_html, render_terminal
    from extract.write import write_text_atomic

    try:
        doc = load_document(file, doc_id)
        text = find_article_text(file, doc, articles)
    except (OSError, ValueError) as exc:
        _fail(str(exc))
    if html:
        try:
            write_text_atomic(html, render_html(text, doc))
        except OSError as exc:
            _fail(f"--html {html}: cannot write ({exc.strerror or exc})")
        typer.echo(f"wrote {html}", err=True)
    else:
        typer.echo(render_terminal(text, doc, color=sys.stdout.isatty()))


@app.command()
def table(
    docs_dir: Annotated[Path, typer.Argument(help="Folder of documents written by extract.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="FILE.csv or FILE.parquet")],
    pivot: Annotated[bool, typer.Option(help="Region × indicator × period view.")] = False,
    articles: Annotated[Path | None, typer.Option(help="Article folder for the sentence text (default: found from "
                                                       "run.json beside the documents).")] = None,
) -> None:
    """One row per record across all articles (or a pivot: numeric cells, unit in the column name),
    with conflicts flagged."""
    from extract.tables import TableFormatError, pivot_records, record_table, save_table

    if not docs_dir.is_dir():
        _fail(f"{docs_dir}: not a folder")
    if out.suffix not in (".csv", ".parquet"):
        _fail(f"{out}: use a .csv or .parquet file name")
    try:
        built = record_table(docs_dir, articles)
    except (OSError, ValueError) as exc:
        _fail(str(exc), 1)
    if built.without_text:
        typer.echo(f"warning: sentence left empty for {len(built.without_text)} document(s) whose article was not "
                   f"found ({', '.join(built.without_text[:3])}); use --articles DIR", err=True)
    frame = pivot_records(built.frame) if pivot else built.frame
    try:
        save_table(frame, out)
    except TableFormatError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{out}: cannot write ({exc.strerror or exc})")
    typer.echo(f"wrote {len(frame)} rows to {out}", err=True)


@app.command("check-gold")
def check_gold(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold documents.")] = Path("corpus/gold"),
    articles: Annotated[Path | None, typer.Option(help="Folder of the articles the gold is about (default: the "
                                                  "one split.json names, else corpus/articles).")] = None,
) -> None:
    """Check gold files: schema, offsets, no overlaps, records consistent with their quantities."""
    from extract.evaluate import split_manifest
    from extract.goldcheck import check_gold_dir

    if articles is None:
        manifest = split_manifest(gold_dir) or {}
        articles = Path(manifest["articles"]) if "articles" in manifest else Path("corpus/articles")

    problems = check_gold_dir(gold_dir, articles)
    for problem in problems:
        typer.echo(problem)
    if problems:
        _fail(f"{len(problems)} problem(s) in {gold_dir}", 1)
    typer.echo(f"{gold_dir}: all gold files pass", err=True)


class ExportFormat(StrEnum):
    """The annotation tools ``export`` writes for."""

    doccano = "doccano"
    brat = "brat"


@app.command()
def export(
    docs_dir: Annotated[Path, typer.Argument(help="Folder of SPEC documents (gold or system).")],
    to: Annotated[ExportFormat, typer.Option(help="Labelling tool format.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="doccano: a .jsonl file; brat: a folder.")],
    articles: Annotated[Path | None, typer.Option(help="Folder of the articles (default: found from run.json "
                                                       "beside the documents, else corpus/articles).")] = None,
) -> None:
    """Export documents for review in doccano (JSONL) or brat (.txt/.ann)."""
    from extract.convert import export_brat, export_doccano
    from extract.evaluate import load_dir
    from extract.ingest import IngestError
    from extract.locate import articles_folder

    if not docs_dir.is_dir():
        _fail(f"{docs_dir}: not a folder")
    try:
        docs = list(load_dir(docs_dir).values())
        if not docs:
            _fail(f"{docs_dir}: no documents (*.json, *.jsonl) to export")
        folder = articles_folder(docs, docs_dir, articles)
        n = (export_doccano if to is ExportFormat.doccano else export_brat)(docs_dir, folder, out)
    except (OSError, ValueError, IngestError) as exc:
        _fail(str(exc), 1)
    typer.echo(f"exported {n} documents to {out}", err=True)


@app.command("import")
def import_(
    source: Annotated[Path, typer.Argument(help="A doccano .jsonl export or a brat folder.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the SPEC documents.")],
    articles: Annotated[Path, typer.Option(help="Folder of the articles.")] = Path("corpus/articles"),
    original: Annotated[Path | None, typer.Option(help="Exported SPEC documents (keeps norms, records).")] = None,
) -> None:
    """Import doccano or brat annotations back to SPEC documents."""
    from extract.convert import import_annotations
    from extract.ingest import IngestError

    try:
        n = import_annotations(source, articles, out, original)
    except (OSError, ValueError) as exc:
        _fail(str(exc))
    except IngestError as exc:
        _fail(f"{exc}; use --articles DIR (the folder extract read)", 1)
    typer.echo(f"imported {n} documents to {out}", err=True)


class Family(StrEnum):
    """The statistical entity model ``train`` trains."""

    crf = "crf"
    spacy = "spacy"


@app.command()
def train(
    family: Annotated[Family, typer.Option(help="crf: the character CRF (models/crf); spacy: the ner "
                                                "pipeline of extract/ner.cfg (models/ner).")] = Family.crf,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Where to save the model "
                                             "(default models/crf or models/ner).")] = None,
    corpora: Annotated[Path, typer.Option(help="Folder with msra/ and cluener2020/.")] = Path("../shared/data/ner"),
    gold: Annotated[Path | None, typer.Option(help="Gold documents to add as training data.")] = Path("corpus/gold"),
    dev_gold: Annotated[Path | None, typer.Option(
        help="crf: a dev gold set whose 'tune' split (split.json) is added; its 'check' split never is.",
    )] = Path("corpus/dev/gold"),
    silver: Annotated[Path | None, typer.Option(help="crf: unlabelled articles labelled by the rules.")] = None,
    news: Annotated[bool, typer.Option(help="crf: add CLUENER2020 sentences from --corpora.")] = False,
    held_out: Annotated[list[str] | None, typer.Option(help="spacy: gold doc_ids kept out of training.")] = None,
    epochs: Annotated[int, typer.Option(min=1, help="spacy: training epochs (the best one is kept).")] = 8,
    max_seconds: Annotated[int, typer.Option(help="spacy: stop training after this many seconds.")] = 1800,
) -> None:
    """Train the statistical entity model (reproducible: the CRF is deterministic, spaCy uses a fixed seed).

    The shipped CRF: python cli.py train. The spaCy option as shipped before: python cli.py train
    --family spacy --held-out 003_624a09dde6e6a7cd --held-out 004_a0ee75c8d70da2fc
    """
    if gold is not None and not gold.is_dir():
        _fail(f"{gold}: gold folder not found (use --gold DIR, or point it at an empty folder)")
    if (family == Family.spacy or news) and not corpora.is_dir():
        _fail(f"{corpora}: training corpora not found (expected msra/ and cluener2020/ inside)")
    if family == Family.spacy:
        from extract.train import NerSettings, train_ner

        train_ner(out or Path("models/ner"), corpora_dir=corpora, gold_dir=gold, held_out=held_out or (),
                  settings=NerSettings(epochs=epochs, max_seconds=max_seconds))
        return
    from extract.evaluate import split_ids, split_manifest
    from extract.train import GoldSet, train_crf

    gold_sets = [GoldSet(gold, gold.parent / "articles")] if gold is not None else []
    if dev_gold is not None:
        try:
            tune = split_ids(dev_gold, "tune")
        except ValueError as exc:
            _fail(str(exc))
        gold_sets.append(GoldSet(dev_gold, Path(split_manifest(dev_gold)["articles"]), tune))
    if silver is not None and not silver.is_dir():
        _fail(f"{silver}: folder of unlabelled articles not found")
    train_crf(out or Path("models/crf"), gold_sets=gold_sets, silver_dir=silver,
              corpora_dir=corpora if news else None, log=lambda line: typer.echo(line, err=True))


@app.command("setup-pkuseg")
def setup_pkuseg(
    dest: Annotated[Path | None, typer.Option(help="Where to put the pkuseg model (default: a per-user cache folder, "
                                                    "$XDG_CACHE_HOME/zh-report-extract/pkuseg; give the same folder "
                                                    "to extract --pkuseg-dir).")] = None,
) -> None:
    """Fetch the spacy-pkuseg model from the pkuseg==0.0.25 wheel on PyPI (no model hub)."""
    from extract.segment import setup_pkuseg as fetch

    try:
        path = fetch(dest)
    except (OSError, RuntimeError) as exc:
        _fail(str(exc), 1)
    hint = "" if dest is None else f" (use extract --segmenter pkuseg --pkuseg-dir {path})"
    typer.echo(f"pkuseg model ready in {path}{hint}", err=True)


def main() -> None:
    """Run the app; an unexpected error is one line on stderr and exit 1, not a traceback
    (``ZH_REPORT_EXTRACT_DEBUG=1`` shows the traceback)."""
    try:
        app(prog_name="zh-report-extract")
    except Exception as exc:  # typer has already turned usage errors into exit 2
        if os.environ.get("ZH_REPORT_EXTRACT_DEBUG"):
            raise
        typer.echo(f"error: {type(exc).__name__}: {exc} (ZH_REPORT_EXTRACT_DEBUG=1 shows where)", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
