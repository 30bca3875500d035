"""QUANTITY recognition throughput against JioNLP's ``extract_money``, on the same text in one run.

The five bundled articles are repeated (as separate documents, decoded the way the pipeline
decodes them) until they hold ``--mb`` MB of UTF-8. Each contender runs in child processes of
its own: JioNLP keeps a large heap of dictionaries, and sharing a process would make our garbage
collections walk it too. A child warms up, then times ``--repeat`` passes over all documents.
Passes are timed in CPU time of the child (``time.process_time``), so that other work on a shared
machine does not count against either contender; the contenders take turns for ``--rounds``
rounds and each keeps its best pass.

- ``find_quantities``: extract.quantity.find_quantities (every QUANTITY: money, counts, percent,
  multiples, physical units, durations);
- ``jionlp.extract_money``: ``jio.ner.extract_money(text)`` (money only, with its parsing);
  needs ``pip install -e '.[bench]'``.

Usage::

    python bench/bench_quantity.py                 # 1 MB, 3 rounds of 3 passes; prints a table
    python bench/bench_quantity.py --check 3       # exit 1 unless find_quantities is >= 3x JioNLP

Results are also written to ``bench/results/quantity.json``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "articles"
RESULTS = ROOT / "bench" / "results"


def build_documents(megabytes: float) -> list[str]:
    """The bundled articles, round-robin, until they hold ``megabytes`` MB of UTF-8."""
    sys.path.insert(0, str(ROOT))
    from extract.ingest import decode_bytes, normalise_newlines

    articles = [normalise_newlines(decode_bytes(p.read_bytes())[0]) for p in sorted(CORPUS.glob("*.txt"))]
    documents, size = [], 0
    while size < megabytes * 1_000_000:
        text = articles[len(documents) % len(articles)]
        documents.append(text)
        size += len(text.encode("utf-8"))
    return documents


def _contender(name: str):
    if name == "find_quantities":
        sys.path.insert(0, str(ROOT))
        from extract.quantity import find_quantities

        return find_quantities
    import jionlp as jio

    return jio.ner.extract_money


def child(name: str, megabytes: float, repeat: int) -> dict:
    """Time one contender over the documents (run in a process of its own)."""
    documents = build_documents(megabytes)
    extract = _contender(name)
    extract(documents[0])  # warm up: lexicons, caches, lazy imports
    best, found = float("inf"), 0
    for _ in range(repeat):
        start = time.process_time()
        found = sum(len(extract(text)) for text in documents)
        best = min(best, time.process_time() - start)
    chars = sum(map(len, documents))
    return {
        "contender": name,
        "documents": len(documents),
        "chars": chars,
        "seconds": round(best, 4),
        "chars_per_s": round(chars / best),
        "mentions": found,
    }


def run_child(name: str, megabytes: float, repeat: int) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", name, "--mb", str(megabytes), "--repeat", str(repeat)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=float, default=1.0, help="size of the text in MB of UTF-8")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per child process")
    parser.add_argument("--rounds", type=int, default=3, help="child processes per contender, taking turns")
    parser.add_argument(
        "--check",
        type=float,
        default=None,
        metavar="RATIO",
        help="exit 1 unless find_quantities is at least RATIO times as fast as JioNLP",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.mb, args.repeat)))
        return 0
    best: dict[str, dict] = {}
    for _ in range(args.rounds):
        for name in ("find_quantities", "jionlp.extract_money"):
            result = run_child(name, args.mb, args.repeat)
            if name not in best or result["seconds"] < best[name]["seconds"]:
                best[name] = result
    ours, theirs = best["find_quantities"], best["jionlp.extract_money"]
    ratio = ours["chars_per_s"] / theirs["chars_per_s"]
    print(f"{'contender':24} {'chars':>9} {'cpu s':>8} {'chars/s':>11} {'mentions':>9}")
    for r in (ours, theirs):
        row = f"{r['contender']:24} {r['chars']:>9} {r['seconds']:>8.3f} {r['chars_per_s']:>11,}"
        print(f"{row} {r['mentions']:>9}")
    print(f"find_quantities / jionlp.extract_money: {ratio:.2f}x")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "quantity.json").write_text(
        json.dumps({"find_quantities": ours, "jionlp": theirs, "ratio": round(ratio, 2)}, indent=1) + "\n"
    )
    return 1 if args.check is not None and ratio < args.check else 0


if __name__ == "__main__":
    sys.exit(main())
