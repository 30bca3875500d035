"""Where the time goes: each stage of the pipeline in microseconds per character, against the budgets
that issue 8's targets set (jieba.lcut alone, and a third of JioNLP's money + time extraction).

All runs are in this one process on the same text (the bundled articles, repeated), after warm-up;
each stage is called as ``extract.pipeline.Pipeline.process`` and ``extract.batch`` call it, so the
sum of the stages is the pipeline's own cost without file reading and writing. Usage::

    python bench/bench_stages.py            # rules + NER model (the default pipeline)
    python bench/bench_stages.py --no-model # rules only
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

from extract import dates, entities, link, quantity, structure, write  # noqa: E402
from extract.ingest import ArticleFile, read_article  # noqa: E402
from extract.mentions import assign_ids, resolve_overlaps, trim_entities_at_numbers  # noqa: E402
from extract.pipeline import SCHEMA_VERSION, Options, Pipeline  # noqa: E402


class Clock:
    """Adds up the time of each named step."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def __call__(self, name: str, step: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        result = step(*args, **kwargs)
        self.seconds[name] += time.perf_counter() - start
        return result


def _mentions(found: list[dict], text: str) -> list[dict]:
    return assign_ids(resolve_overlaps(trim_entities_at_numbers(found, text)))


def _rows(doc: dict, text: str) -> tuple[list, list]:
    return write.mention_rows(doc), write.record_rows(doc, text)


def run_stages(articles: list, model: bool, clock: Clock) -> None:
    today = dt.date.today()
    for article in articles:
        text = article.text
        ref, source = clock("ref_date", dates.resolve_ref_date, text, article.meta, None, today)
        layout = clock("structure", structure.analyse, text, article.meta, ref)
        found = clock("dates", dates.find_dates, text, ref, layout)
        found += clock("quantities", quantity.find_quantities, text)
        found += clock("entities", entities.find_entities, text, model=model)
        mentions = clock("overlaps+ids", _mentions, found, text)
        records = clock("records (link)", link.build_records, text, mentions, ref, layout)
        doc = {"schema_version": SCHEMA_VERSION, "doc_id": article.doc_id, "source": article.source,
               "ref_date": ref.isoformat(), "ref_date_source": source, "year_in_view": layout.year_in_view,
               "mentions": mentions, "records": records}
        clock("schema check", write.schema_errors, doc)
        clock("json", write.dumps_document, doc)
        clock("table rows", _rows, doc, text)


def jionlp_seconds(texts: list[str]) -> float | None:
    try:
        return jionlp_money_time_seconds(texts)
    except ImportError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=8, help="how many times the bundled articles are run")
    parser.add_argument("--no-model", action="store_true", help="rules only")
    args = parser.parse_args()
    files = sorted((ROOT / "corpus" / "articles").glob("*.txt"))
    articles = [read_article(ArticleFile(f, f.name)) for f in files] * args.repeat
    texts = [a.text for a in articles]
    chars = sum(map(len, texts))
    model = not args.no_model
    Pipeline(Options(model=model)).warm_up()
    write.schema_errors({})  # compiles the schema check

    import jieba

    jieba.initialize()
    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    jieba_s = time.perf_counter() - start
    clock = Clock()
    run_stages(articles, model, clock)
    jio_s = jionlp_seconds(texts[: len(files)])  # JioNLP is slow: one pass over the five articles
    jio_us = jio_s / sum(map(len, texts[: len(files)])) * 1e6 if jio_s else None

    def us(seconds: float) -> float:
        return seconds / chars * 1e6

    total = sum(clock.seconds.values())
    print(f"{chars:,} characters ({len(files)} articles x {args.repeat}), {'rules + model' if model else 'rules only'}")
    print(f"{'stage':<18}{'us/char':>9}{'share':>8}")
    for name, seconds in clock.seconds.items():
        print(f"{name:<18}{us(seconds):>9.2f}{seconds / total:>8.0%}")
    print(f"{'pipeline':<18}{us(total):>9.2f}")
    print(f"budget for >= 1.0x jieba.lcut:        {us(jieba_s):.2f} us/char")
    if jio_us:
        print(f"budget for >= 3x JioNLP money+time:   {jio_us / 3:.2f} us/char (JioNLP {jio_us:.2f})")
    stages = {k: round(us(v), 3) for k, v in clock.seconds.items()}
    result = {"chars": chars, "model": model, "stages_us_per_char": stages,
              "pipeline_us_per_char": round(us(total), 3), "jieba_us_per_char": round(us(jieba_s), 3),
              "jionlp_us_per_char": round(jio_us, 3) if jio_us else None}
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"stages_{'model' if model else 'rules'}.json").write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
