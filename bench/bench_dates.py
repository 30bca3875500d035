"""DATE throughput: ``extract.dates.find_dates`` against JioNLP's ``jio.ner.extract_time``.

Both run in the same process on the same text: the bundled corpus articles repeated until the
text holds ``--kb`` kilobytes of UTF-8. JioNLP is a bench-only dependency
(``pip install -e '.[bench]'`` or ``pip install jionlp``); it is timed on the first
``--jionlp-chars`` characters of that text (default: all of it) because it is slower. Both
normalise what they find (``with_parsing=True`` for JioNLP), and both are warmed up before
the clock starts, so the figures are steady-state characters per second: the best of
``--repeat`` rounds in which the tools take turns.

Usage::

    python bench/bench_dates.py                  # ~300 KB, prints a table, writes bench/results/dates.json
    python bench/bench_dates.py --kb 600 --jionlp-chars 100000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.dates import find_dates  # noqa: E402  (the repo root goes on the path first)

CORPUS = ROOT / "corpus" / "articles"
REF_DATE = dt.date(2024, 8, 15)
Runner = Callable[[str], object]


def build_text(kilobytes: float) -> str:
    """The corpus articles, round-robin, until the text holds ``kilobytes`` KB of UTF-8."""
    articles = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    parts, size, i = [], 0, 0
    while size < kilobytes * 1000:
        parts.append(articles[i % len(articles)])
        size += len(parts[-1].encode("utf-8"))
        i += 1
    return "\n".join(parts)


def time_once(run: Runner, text: str) -> tuple[float, int]:
    """(seconds, items found) of one run over ``text``."""
    start = time.perf_counter()
    result = run(text)
    return time.perf_counter() - start, len(result)


def best_rates(runs: dict[str, tuple[Runner, str]], repeat: int) -> dict[str, tuple[float, int]]:
    """Characters per second of the fastest of ``repeat`` runs, and items found, per tool.

    The tools take turns (one run each per round), so a busy spell on a shared machine slows
    both rather than one.
    """
    for run, text in runs.values():
        run(text[:2000])  # warm-up: lexicons, compiled patterns, lazy imports
    best = {name: (float("inf"), 0) for name in runs}
    for _ in range(repeat):
        for name, (run, text) in runs.items():
            seconds, found = time_once(run, text)
            best[name] = min(best[name], (seconds, found))
    return {name: (len(runs[name][1]) / seconds, found) for name, (seconds, found) in best.items()}


def ours(text: str) -> list:
    return find_dates(text, REF_DATE)


def jionlp_runner() -> Callable[[str], list] | None:
    try:
        import jionlp as jio
    except ImportError:
        return None
    # JioNLP logs a traceback for every phrase it cannot parse; that output is not part of the work
    logging.getLogger().setLevel(logging.CRITICAL)
    base = time.mktime(REF_DATE.timetuple())

    def run(text: str) -> list:
        return jio.ner.extract_time(text, time_base=base, with_parsing=True)

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=float, default=300, help="size of the benchmark text in KB (UTF-8)")
    parser.add_argument("--jionlp-chars", type=int, default=0,
                        help="time JioNLP on this many characters (0: all)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per tool; the fastest counts")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "dates.json")
    args = parser.parse_args(argv)

    text = build_text(args.kb)
    runs = {"extract.dates.find_dates": (ours, text)}
    jio = jionlp_runner()
    if jio is None:
        print("jionlp is not installed (pip install jionlp): reporting find_dates alone", file=sys.stderr)
    else:
        runs["jionlp.ner.extract_time"] = (jio, text[: args.jionlp_chars] if args.jionlp_chars else text)
    rates = best_rates(runs, args.repeat)
    rows = [(name, len(runs[name][1]), *rates[name]) for name in runs]

    print(f"{'tool':<28}{'chars':>10}{'chars/s':>14}{'found':>8}")
    for name, chars, chars_per_s, n in rows:
        print(f"{name:<28}{chars:>10,}{chars_per_s:>14,.0f}{n:>8}")
    result = {"text_kb": args.kb, "ref_date": REF_DATE.isoformat(),
              "rows": [{"tool": name, "chars": chars, "chars_per_s": round(rate), "found": n}
                       for name, chars, rate, n in rows]}
    if len(rows) == 2:
        speedup = rows[0][2] / rows[1][2]
        result["speedup"] = round(speedup, 2)
        print(f"find_dates is {speedup:.1f}x JioNLP's extract_time (target: at least 5x)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
