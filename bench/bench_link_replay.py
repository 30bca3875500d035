"""The linker of two trees of the code, timed against each other in one process on the same inputs.

The stages before the linker run once, with this tree's code, over the articles of the folders given
(bundled, dev and unlabelled by default); then ``build_records`` of a second tree (``--base``: a
checkout or a ``git archive`` of another commit) and of this one replay those inputs, alternated
document by document, the garbage collector off while timing. Each side keeps, per document, the
fastest of ``--rounds`` CPU times; their sums give µs per character and per number, and their ratio
(this tree / base). Both trees' records are compared first: the script stops where they differ.
Usage::

    git archive --prefix=base/ HEAD~3 | tar -x -C /tmp
    python bench/bench_link_replay.py --base /tmp/base [--rounds 9] [FOLDER ...]
    python bench/bench_link_replay.py --base /tmp/base --only u  # only the doc ids starting so
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import dates, entities, quantity, ref_date, structure  # noqa: E402
from extract.ingest import discover, read_article  # noqa: E402
from extract.mentions import assign_ids, resolve_overlaps, trim_entities_at_numbers  # noqa: E402
from extract.textnorm import fold_width  # noqa: E402

FOLDERS = [ROOT / "corpus" / "articles", ROOT.parent / "shared" / "devset" / "articles",
           ROOT.parent / "shared" / "data" / "unlabelled" / "articles"]


def linker_inputs(folders: list[Path]) -> list[tuple[str, tuple[Any, ...]]]:
    """(doc id, the arguments of ``build_records``) per article, as the pipeline makes them (rules only)."""
    today = dt.date.today()
    inputs = []
    for article in (read_article(f) for f in discover(folders)):
        text, folded = article.text, fold_width(article.text)
        ref, _, _ = ref_date.resolve_ref_date_with_cue(text, article.meta, None, today, folded)
        layout = structure.analyse(text, article.meta, ref)
        found = dates.find_dates(text, ref, layout, folded) + quantity.find_quantities(text, folded)
        found += entities.find_entities(text, model=False, folded=folded)
        mentions = assign_ids(resolve_overlaps(trim_entities_at_numbers(found, text)))
        inputs.append((article.doc_id, (text, mentions, ref, layout)))
    return inputs


def build_records_of(tree: Path) -> Callable[..., Any]:
    """``build_records`` of the code in ``tree``, loaded beside any other: the ``extract`` modules already
    loaded are set aside first (their functions keep working), then ``tree``'s are imported."""
    for name in [n for n in sys.modules if n == "extract" or n.startswith("extract.")]:
        del sys.modules[name]
    sys.path.insert(0, str(tree))
    try:
        records = importlib.import_module("extract.link.records")
        importlib.import_module("extract.link.cues").load_cues()
    finally:
        sys.path.remove(str(tree))
    return records.build_records


def fastest_per_document(sides: list[Callable[..., Any]], inputs: list[tuple[Any, ...]], rounds: int) -> list[float]:
    """Per side, the sum over documents of each document's fastest CPU time (ns) in ``rounds`` rounds;
    the sides take turns first from document to document and round to round."""
    best = [[float("inf")] * len(inputs) for _ in sides]
    gc.collect()
    gc.disable()
    try:
        for r in range(rounds):
            for i, args in enumerate(inputs):
                for k in (range(len(sides)) if (r + i) % 2 == 0 else reversed(range(len(sides)))):
                    start = time.process_time_ns()
                    sides[k](*args)
                    best[k][i] = min(best[k][i], time.process_time_ns() - start)
            gc.collect()
    finally:
        gc.enable()
    return [sum(b) for b in best]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, default=FOLDERS)
    parser.add_argument("--base", type=Path, required=True, help="the other tree (a checkout of another commit)")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--only", default="", help="only the documents whose id starts with this")
    args = parser.parse_args()
    inputs = [a for doc_id, a in linker_inputs(args.folders) if doc_id.startswith(args.only)]
    ours = build_records_of(ROOT)
    base = build_records_of(args.base)
    for a in inputs:
        if json.dumps(base(*a), ensure_ascii=False) != json.dumps(ours(*a), ensure_ascii=False):
            sys.exit(f"the two trees' records differ on a document of {len(a[0])} characters")
    base_ns, ours_ns = fastest_per_document([base, ours], inputs, args.rounds)
    chars = sum(len(a[0]) for a in inputs)
    numbers = sum(1 for a in inputs for m in a[1] if m["type"] == "QUANTITY")
    print(f"{len(inputs)} documents, {chars:,} characters, {numbers:,} numbers; fastest of {args.rounds} per document")
    for name, ns in (("base", base_ns), ("this tree", ours_ns)):
        print(f"{name:<10} {ns / 1e3 / chars:7.3f} µs/char {ns / 1e3 / numbers:7.1f} µs per number")
    print(f"this tree / base: {ours_ns / base_ns:.3f}")


if __name__ == "__main__":
    main()
