"""Hostile sizes (issue 17): do the recognisers stay linear, and does a long article cost what
many short ones of the same total size cost?

1. The QUANTITY and DATE stages on runs of one numeral ('1' and '一' × 8k / 32k / 128k): their
   time must grow in proportion to the length (x4 text, about x4 time).
2. The whole pipeline (with the NER model unless --no-model) on one article of 1,000,000
   characters and on 100 articles of 10,000 characters each (the bundled articles repeated),
   each in a fresh process: wall time and peak memory (maximum resident set size), and the
   ratio one/many (target: at most 1.5).

Usage::

    python bench/bench_hostile.py            # both parts
    python bench/bench_hostile.py --part 1   # only the recogniser runs
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import dates, quantity  # noqa: E402
from extract.ingest import Article  # noqa: E402
from extract.pipeline import Options, Pipeline  # noqa: E402

SIZES = (8_000, 32_000, 128_000)
TOTAL = 1_000_000
PIECES = 100


def best_of(repeat: int, step, *args) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        step(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def recogniser_runs(repeat: int) -> None:
    ref = dt.date(2031, 7, 1)
    quantity.find_quantities("预热12亿元")
    dates.find_dates("2031年", ref)
    print(f"{'input':<10}{'chars':>9}{'quantity s':>12}{'dates s':>10}{'q us/char':>11}{'d us/char':>11}")
    for char in ("1", "一"):
        for n in SIZES:
            text = char * n
            q = best_of(repeat, quantity.find_quantities, text)
            d = best_of(repeat, dates.find_dates, text, ref)
            print(f"{char + ' x':<10}{n:>9}{q:>12.3f}{d:>10.3f}{q / n * 1e6:>11.3f}{d / n * 1e6:>11.3f}")


def articles_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt")))


def pieces() -> list[str]:
    """``PIECES`` articles of ``TOTAL / PIECES`` characters, cut from the bundled articles repeated."""
    seed = articles_text()
    size = TOTAL // PIECES
    long = (seed * (TOTAL // len(seed) + 2))[: TOTAL]
    return [long[i * size : (i + 1) * size] for i in range(PIECES)]


def child(shape: str, model: bool) -> None:
    """Runs in a fresh process: extract ``one`` long article or ``many`` short ones, print JSON."""
    pipeline = Pipeline(Options(model=model, time_budget=None))
    pipeline.warm_up()
    base_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    parts = pieces()
    texts = ["\n".join(parts)] if shape == "one" else parts
    start = time.perf_counter()
    records = 0
    for i, text in enumerate(texts):
        records += len(pipeline.process(Article(f"a{i}", f"a{i}.txt", text))["records"])
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"shape": shape, "articles": len(texts), "characters": sum(map(len, texts)),
                      "seconds": seconds, "peak_mb": peak_kb / 1024, "base_mb": base_kb / 1024,
                      "records": records}))


def long_vs_many(model: bool) -> None:
    results = {}
    for shape in ("many", "one"):
        args = [sys.executable, __file__, "--child", shape] + ([] if model else ["--no-model"])
        out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
        results[shape] = json.loads(out.strip().splitlines()[-1])
    print(f"{'shape':<6}{'articles':>9}{'chars':>10}{'seconds':>9}{'peak MB':>9}{'after warm-up MB':>18}{'records':>9}")
    for shape, r in results.items():
        print(f"{shape:<6}{r['articles']:>9}{r['characters']:>10}{r['seconds']:>9.1f}{r['peak_mb']:>9.0f}"
              f"{r['base_mb']:>18.0f}{r['records']:>9}")
    one, many = results["one"], results["many"]
    print(f"ratio one/many: time {one['seconds'] / many['seconds']:.2f}, peak memory "
          f"{one['peak_mb'] / many['peak_mb']:.2f}, memory above warm-up "
          f"{(one['peak_mb'] - one['base_mb']) / max(1.0, many['peak_mb'] - many['base_mb']):.2f} (target <= 1.5)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", type=int, choices=(1, 2))
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs for part 1")
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--child", choices=("one", "many"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, not args.no_model)
        return
    if args.part in (None, 1):
        recogniser_runs(args.repeat)
    if args.part in (None, 2):
        long_vs_many(not args.no_model)


if __name__ == "__main__":
    main()
