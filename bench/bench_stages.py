"""Where the time goes: each stage of the pipeline in microseconds per character, against the budgets
that issue 8's targets set (jieba.lcut alone, and a third of JioNLP's money + time extraction).

All runs are in this one process on the same text (the bundled articles, repeated), after warm-up;
each stage is called as ``extract.pipeline.Pipeline.process`` and ``extract.batch`` call it (one
width folding handed to every stage), so the sum of the stages is the pipeline's own cost without
file reading and writing. The machine is shared: jieba.lcut is timed on each article right before
the stages run on it, so both meet the same load; ``--rounds`` repeats that and keeps each
one's fastest round, and prints the pipeline/jieba ratio of every round (the spread). Each round
also times jieba.lcut over all the articles in one go (``jieba.lcut alone``): between the stages it
meets caches they filled and runs slower, which flatters the interleaved ratio. Usage::

    python bench/bench_stages.py            # rules only (the default pipeline)
    python bench/bench_stages.py --model    # rules + the entity model
    python bench/bench_stages.py --folder ../shared/data/unlabelled/articles --repeat 1   # real articles
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from baselines import jionlp_money_time_seconds  # noqa: E402

from extract import dates, entities, link, quantity, ref_date, structure, write  # noqa: E402
from extract.ingest import discover, read_article  # noqa: E402
from extract.mentions import assign_ids, resolve_overlaps, trim_entities_at_numbers  # noqa: E402
from extract.pipeline import SCHEMA_VERSION, Options, Pipeline  # noqa: E402
from extract.textnorm import fold_width  # noqa: E402


class Clock:
    """Adds up the time of each named step: CPU time of this process by default (on a shared
    machine, wall time also counts the time other processes hold the core), or wall time."""

    def __init__(self, wall: bool = False) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.now = time.perf_counter if wall else time.process_time

    def __call__(self, name: str, step: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        start = self.now()
        result = step(*args, **kwargs)
        self.seconds[name] += self.now() - start
        return result


def _mentions(found: list[dict], text: str) -> list[dict]:
    return assign_ids(resolve_overlaps(trim_entities_at_numbers(found, text)))


def _rows(doc: dict, text: str) -> tuple[list, list]:
    return write.mention_columns(doc), write.record_columns(doc, text)  # as the table writer builds them


def run_stages(articles: list, model: bool, clock: Clock, baseline: Callable[[str], Any] | None = None) -> None:
    """Every stage over ``articles``; ``baseline`` (jieba.lcut) is timed on each article just before
    the stages, as the step "baseline", so that both meet the same load on a shared machine."""
    today = dt.date.today()
    for article in articles:
        text = article.text
        if baseline is not None:
            clock("baseline", baseline, text)
        folded = clock("fold width", fold_width, text)
        ref, source, _ = clock("ref_date", ref_date.resolve_ref_date_with_cue, text, article.meta, None, today, folded)
        layout = clock("structure", structure.analyse, text, article.meta, ref)
        found = clock("dates", dates.find_dates, text, ref, layout, folded)
        found += clock("quantities", quantity.find_quantities, text, folded)
        found += clock("entities", entities.find_entities, text, model=model, folded=folded)
        mentions = clock("overlaps+ids", _mentions, found, text)
        records = clock("records (link)", link.build_records, text, mentions, ref, layout)
        doc = {"schema_version": SCHEMA_VERSION, "doc_id": article.doc_id, "source": article.source,
               "ref_date": ref.isoformat(), "ref_date_source": source, "year_in_view": layout.year_in_view,
               "mentions": mentions, "records": records}
        clock("schema check", write.schema_errors, doc)
        clock("json", write.document_bytes, doc)
        clock("table rows", _rows, doc, text)


def _block_seconds(baseline: Callable[[str], Any], texts: list[str], now: Callable[[], float]) -> float:
    """``baseline`` over all ``texts`` in one go, as a whole run of it meets them."""
    start = now()
    for text in texts:
        baseline(text)
    return now() - start


def jionlp_seconds(texts: list[str], wall: bool = False) -> float | None:
    try:
        return jionlp_money_time_seconds(texts, time.perf_counter if wall else time.process_time)
    except ImportError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=8, help="how many times the articles are run")
    parser.add_argument("--folder", type=Path, default=ROOT / "corpus" / "articles",
                        help="the articles (*.txt with their sidecars) to run: the bundled ones by default")
    parser.add_argument("--jionlp-files", type=int, default=5,
                        help="JioNLP is slow: it runs once over this many of the articles (0: not at all)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of jieba + stages; each keeps its fastest")
    parser.add_argument("--wall", action="store_true", help="wall-clock time instead of this process's CPU time")
    model_flag = parser.add_mutually_exclusive_group()
    model_flag.add_argument("--model", action="store_true", help="rules + the entity model")
    model_flag.add_argument("--no-model", action="store_true", help="rules only (the default)")
    args = parser.parse_args()
    files = discover([args.folder])
    if not files:
        parser.error(f"no articles in {args.folder}")
    articles = [read_article(f) for f in files] * args.repeat
    texts = [a.text for a in articles]
    chars = sum(map(len, texts))
    model = args.model
    Pipeline(Options(model=model)).warm_up()
    write.schema_errors({})  # compiles the schema check

    import jieba

    jieba.initialize()
    clocks, block_runs = [], []
    for _ in range(args.rounds):
        clocks.append(Clock(wall=args.wall))
        block_runs.append(_block_seconds(jieba.lcut, texts, clocks[-1].now))
        run_stages(articles, model, clocks[-1], baseline=jieba.lcut)
    jieba_runs = [c.seconds.pop("baseline") for c in clocks]
    best = {name: min(c.seconds[name] for c in clocks) for name in clocks[0].seconds}
    jieba_s = min(jieba_runs)
    ratios = sorted(j / sum(c.seconds.values()) for j, c in zip(jieba_runs, clocks, strict=True))
    jio_texts = texts[: min(len(files), args.jionlp_files)]  # JioNLP is slow: one pass over a few articles
    jio_s = jionlp_seconds(jio_texts, args.wall) if jio_texts else None
    jio_us = jio_s / sum(map(len, jio_texts)) * 1e6 if jio_s else None

    def us(seconds: float) -> float:
        return seconds / chars * 1e6

    total = sum(best.values())
    kind = "rules + model" if model else "rules only"
    clock_kind = "wall" if args.wall else "CPU"
    print(f"{chars:,} characters ({len(files)} articles of {args.folder} x {args.repeat}), {kind}, {clock_kind} time, "
          f"fastest of {args.rounds} rounds")
    print(f"{'stage':<18}{'us/char':>9}{'share':>8}")
    for name, seconds in best.items():
        print(f"{name:<18}{us(seconds):>9.2f}{seconds / total:>8.0%}")
    print(f"{'pipeline':<18}{us(total):>9.2f}")
    print(f"jieba.lcut:        {us(jieba_s):.2f} us/char; pipeline speed / jieba.lcut {jieba_s / total:.3f} "
          f"(each round: {', '.join(f'{r:.3f}' for r in ratios)})")
    # why: jieba.lcut between the stages runs with caches the stages filled (about 20% slower on the real
    # articles than in a run of its own), so the ratio above flatters the pipeline; whole runs
    # (bench_pipeline.py) time jieba alone, as this line does
    block_s = min(block_runs)
    print(f"jieba.lcut alone:  {us(block_s):.2f} us/char; pipeline speed / jieba.lcut alone {block_s / total:.3f}")
    if jio_us:
        print(f"JioNLP money+time: {jio_us:.2f} us/char; pipeline speed / JioNLP {jio_us / us(total):.3f}")
    stages = {k: round(us(v), 3) for k, v in best.items()}
    result = {"folder": str(args.folder), "chars": chars, "model": model,
              "rounds": args.rounds, "clock": clock_kind, "stages_us_per_char": stages,
              "pipeline_us_per_char": round(us(total), 3), "jieba_us_per_char": round(us(jieba_s), 3),
              "jieba_alone_us_per_char": round(us(block_s), 3),
              "jieba_ratio_each_round": [round(r, 3) for r in ratios],
              "jionlp_us_per_char": round(jio_us, 3) if jio_us else None}
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    suffix = "" if args.folder == parser.get_default("folder") else f"_{args.folder.name}"
    (out / f"stages_{'model' if model else 'rules'}{suffix}.json").write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
