"""Score find_entities against the gold set, per entity type, and time it.

    python tools/eval_entities.py [--no-model] [--segmenter pkuseg] [--docs 003 004] [--misses]

Prints strict/lenient/norm F1 per type (SPEC section 5, via extract.evaluate) and the speed
of find_entities in characters per second (after one warm-up call that loads everything).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from extract.entities import MODEL_DIR, Recogniser
from extract.evaluate import TypeScore, score_mentions
from extract.ingest import source_text

ENTITY_TYPES = ["COMPANY", "PLATFORM", "LOAN", "REGION", "INSTITUTION"]
ROOT = Path(__file__).resolve().parent.parent


def gold_documents(gold_dir: Path, prefixes: list[str]) -> list[dict]:
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    return [d for d in docs if not prefixes or d["doc_id"].startswith(tuple(prefixes))]


def evaluate(docs: list[dict], texts: list[str], recognise: Recogniser) -> tuple[dict, list, float]:
    scores = {t: TypeScore() for t in ENTITY_TYPES + ["QUANTITY", "DATE"]}
    misses: list = []
    recognise("预热")
    started = time.perf_counter()
    outputs = [recognise(text) for text in texts]
    speed = sum(map(len, texts)) / (time.perf_counter() - started)
    for doc, mentions in zip(docs, outputs, strict=True):
        gold = {**doc, "mentions": [m for m in doc["mentions"] if m["type"] in ENTITY_TYPES]}
        score_mentions(gold, {"doc_id": doc["doc_id"], "mentions": mentions}, scores, misses)
    return scores, misses, speed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "corpus" / "gold")
    parser.add_argument("--articles", type=Path, default=ROOT / "corpus" / "articles")
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--segmenter", default="jieba")
    parser.add_argument("--docs", nargs="*", default=[], help="doc_id prefixes to score (default all)")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--model-dir", type=Path, default=MODEL_DIR)
    parser.add_argument("--model-types", nargs="*", default=None, help="default: the model's own settings")
    args = parser.parse_args()
    docs = gold_documents(args.gold, args.docs)
    texts = [source_text(args.articles, d) for d in docs]
    types = frozenset(args.model_types) if args.model_types else None
    recognise = Recogniser(not args.no_model, args.segmenter, args.model_dir, types)
    scores, misses, speed = evaluate(docs, texts, recognise)
    print(f"{'type':<12}{'gold':>5}{'sys':>5}  strict F1  lenient P/R/F1      norm F1")
    for type_ in ENTITY_TYPES:
        s = scores[type_]
        le = s.lenient.prf()
        print(
            f"{type_:<12}{le['gold']:>5}{le['system']:>5}  {s.strict.prf()['f1']:9.3f}  "
            f"{le['precision']:.3f}/{le['recall']:.3f}/{le['f1']:.3f}  {s.norm.prf()['f1']:8.3f}"
        )
    print(f"speed: {speed:,.0f} chars/s over {sum(map(len, texts)):,} chars ({len(docs)} documents)")
    if args.misses:
        for miss in misses:
            print(f"{miss.doc_id[:3]} {miss.kind:<10} {miss.detail}")


if __name__ == "__main__":
    main()
