"""Command line: extract facts from Chinese reports, score them, inspect them.

Run ``python cli.py --help`` for the commands; README.md describes each one.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn Chinese reports into normalised, linked facts (SPEC: ../shared/SPEC.md).")


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"


class Segmenter(StrEnum):
    jieba = "jieba"
    pkuseg = "pkuseg"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


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
    inputs: Annotated[list[Path], typer.Argument(help="Folders (walked for *.txt) or article files.")],
    out: Annotated[str, typer.Option("--out", "-o", help="Output folder, or - for JSON Lines on stdout.")],
    ref_date: Annotated[str | None, typer.Option(help="Resolve relative dates against this YYYY-MM-DD.")] = None,
    jobs: Annotated[str, typer.Option(help="Worker processes (local engine): a number, or auto for one "
                                      "per available core. Output is the same for any number.")] = "auto",
    fmt: Annotated[Format, typer.Option("--format", help="Per-article JSON, or documents.jsonl.")] = Format.json,
    segmenter: Annotated[Segmenter, typer.Option(help="Word segmenter for the entity stage.")] = Segmenter.jieba,
    model: Annotated[bool, typer.Option(help="Use the trained NER model next to the rules.")] = True,
    engine: Annotated[Engine, typer.Option(help="local processes, or a Dask cluster.")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: a LocalCluster).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")] = False,
) -> None:
    """Extract mentions and records from articles; write SPEC documents, CSV tables and run.json."""
    from extract.batch import resolve_jobs, run_batch
    from extract.ingest import IngestError, discover
    from extract.pipeline import Options, Pipeline
    from extract.write import schema_errors

    options = Options(segmenter=segmenter.value, model=model, ref_date=_parse_date(ref_date))
    try:
        files = discover(inputs)
    except IngestError as exc:
        _fail(str(exc))
    if not files:
        _fail("no *.txt articles found in " + ", ".join(str(p) for p in inputs))
    try:
        workers = resolve_jobs(jobs, len(files))
    except ValueError as exc:
        _fail(str(exc))
    out_dir = None if out == "-" else Path(out)
    started = time.perf_counter()
    try:
        # load lexicons and models once, and fail early if one is missing; forked workers inherit them
        Pipeline(options).warm_up()
    except (FileNotFoundError, RuntimeError) as exc:
        _fail(str(exc))
    schema_errors({})  # compiles the document check now rather than on the first article
    startup = time.perf_counter() - started
    report = run_batch(files, options, out_dir, jobs=workers, fmt=fmt.value, engine=engine.value,
                       scheduler=scheduler, show_progress=not quiet, startup_seconds=startup)
    if not quiet and out_dir is not None:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(report.counts.items()))
        typer.echo(f"{len(report.written)}/{report.files_read} articles written to {out_dir} "
                   f"in {report.seconds:.1f}s after {startup:.1f}s start-up, {workers} job(s) ({counts})", err=True)
    if report.failed:
        typer.echo(f"{len(report.failed)} file(s) failed; see run.json", err=True)
        raise typer.Exit(1)


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
    typer.echo(format_table(summary))
    if json_out:
        json_out.write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if misses:
        typer.echo("")
        for miss in found_misses[:misses]:
            typer.echo(f"{miss.doc_id} {miss.kind}: {miss.detail}")


@app.command()
def show(
    file: Annotated[Path, typer.Argument(help="A document written by extract (or a gold file).")],
    articles: Annotated[Path | None, typer.Option(help="Folder holding the article text (default: beside FILE, "
                                                       "then corpus/articles).")] = None,
    html: Annotated[Path | None, typer.Option(help="Write a displaCy HTML page here instead.")] = None,
) -> None:
    """Show an article with its mentions marked, in the terminal or as an HTML page."""
    from extract.show import find_article_text, render_html, render_terminal

    try:
        doc = json.loads(file.read_text(encoding="utf-8"))
        text = find_article_text(file, doc, articles)
    except (OSError, ValueError) as exc:
        _fail(str(exc))
    if html:
        html.write_text(render_html(text, doc), encoding="utf-8")
        typer.echo(f"wrote {html}", err=True)
    else:
        typer.echo(render_terminal(text, doc, color=sys.stdout.isatty()))


@app.command()
def table(
    docs_dir: Annotated[Path, typer.Argument(help="Folder of documents written by extract.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="FILE.csv or FILE.parquet")],
    pivot: Annotated[bool, typer.Option(help="Region × indicator × period view.")] = False,
    articles: Annotated[Path | None, typer.Option(help="Article folder, to fill in sentence text.")] = None,
) -> None:
    """One row per record across all articles (or a pivot), with conflicts flagged."""
    from extract.tables import build_record_table, pivot_records, save_table

    if not docs_dir.is_dir():
        _fail(f"{docs_dir}: not a folder")
    frame = build_record_table(docs_dir, articles)
    if pivot:
        frame = pivot_records(frame)
    try:
        save_table(frame, out)
    except ValueError as exc:
        _fail(str(exc))
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
    doccano = "doccano"
    brat = "brat"


@app.command()
def export(
    docs_dir: Annotated[Path, typer.Argument(help="Folder of SPEC documents (gold or system).")],
    to: Annotated[ExportFormat, typer.Option(help="Labelling tool format.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="doccano: a .jsonl file; brat: a folder.")],
    articles: Annotated[Path, typer.Option(help="Folder of the articles.")] = Path("corpus/articles"),
) -> None:
    """Export documents for review in doccano (JSONL) or brat (.txt/.ann)."""
    from extract.convert import export_brat, export_doccano

    try:
        n = (export_doccano if to is ExportFormat.doccano else export_brat)(docs_dir, articles, out)
    except (OSError, ValueError) as exc:
        _fail(str(exc))
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

    try:
        n = import_annotations(source, articles, out, original)
    except (OSError, ValueError) as exc:
        _fail(str(exc))
    typer.echo(f"imported {n} documents to {out}", err=True)


@app.command()
def train(
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to save the NER model.")] = Path("models/ner"),
    corpora: Annotated[Path, typer.Option(help="Folder with msra/ and cluener2020/.")] = Path("../shared/data/ner"),
    gold: Annotated[Path | None, typer.Option(help="Gold documents to add as training data.")] = Path("corpus/gold"),
    held_out: Annotated[list[str] | None, typer.Option(help="Gold doc_ids kept out of training (repeat).")] = None,
    epochs: Annotated[int, typer.Option(min=1, help="Training epochs (the best one is kept).")] = 8,
    max_seconds: Annotated[int, typer.Option(help="Stop training after this many seconds.")] = 1800,
) -> None:
    """Train the statistical NER component (reproducible: fixed seed, config in extract/ner.cfg).

    The shipped model: python cli.py train --held-out 003_624a09dde6e6a7cd --held-out 004_a0ee75c8d70da2fc
    """
    from extract.train import train_ner

    if not corpora.is_dir():
        _fail(f"{corpora}: training corpora not found (expected msra/ and cluener2020/ inside)")
    if gold is not None and not gold.is_dir():
        _fail(f"{gold}: gold folder not found (use --gold DIR, or point it at an empty folder)")
    train_ner(out, corpora_dir=corpora, gold_dir=gold, held_out=held_out or (), epochs=epochs,
              max_seconds=max_seconds)


@app.command("setup-pkuseg")
def setup_pkuseg(
    dest: Annotated[Path, typer.Option(help="Where to put the pkuseg model.")] = Path("models/pkuseg"),
) -> None:
    """Fetch the spacy-pkuseg model from the pkuseg==0.0.25 wheel on PyPI (no model hub)."""
    from extract.segment import setup_pkuseg as fetch

    try:
        path = fetch(dest)
    except (OSError, RuntimeError) as exc:
        _fail(str(exc))
    typer.echo(f"pkuseg model ready in {path}", err=True)


if __name__ == "__main__":
    app()
