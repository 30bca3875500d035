"""Measure the statistical entity models against the rules alone: the table of issue 14.

    PYTHONPATH=. python tools/model_table.py [--folds 4] [--silver] [--news] [--no-spacy] [--no-check]

For each family it prints training time, the model's cost in µs per character (the entity
stage with the model minus without it, over the dev-tune texts) and strict span+norm F1 per
entity type, from the whole pipeline (SPEC section 5):

* ``rules``: no model;
* ``spacy``: the shipped spaCy ner model (models/ner; never trained on the dev set);
* ``crf/<merge>``: the character CRF (extract.crf). On dev-tune its figures are
  cross-validated: the tune documents are cut into ``--folds`` folds and each fold is scored
  by a CRF trained on the bundled gold, the other tune folds (and, with ``--silver``, the
  rules' labels on ../shared/data/unlabelled; with ``--news``, CLUENER2020). On dev-check it is the CRF trained on the
  bundled gold and all of dev-tune, i.e. what ``cli.py train --family crf`` ships.

dev-check is only scored here, never read: choose settings on the tune columns.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from extract import crf
from extract.entities import SPACY_MODEL_DIR, Recogniser
from extract.evaluate import TypeScore, score_mentions, split_ids, split_manifest
from extract.ingest import ArticleFile, read_article
from extract.pipeline import Options, Pipeline
from extract.train import GoldSet, train_crf

ROOT = Path(__file__).resolve().parent.parent
DEV_GOLD = ROOT / "corpus" / "dev" / "gold"
BUNDLED = GoldSet(ROOT / "corpus" / "gold", ROOT / "corpus" / "articles")
SILVER = ROOT.parent / "shared" / "data" / "unlabelled" / "articles"
NEWS = ROOT.parent / "shared" / "data" / "ner"
TYPES = ["COMPANY", "PLATFORM", "LOAN", "REGION", "INSTITUTION"]
MERGES = ("add", "override", "replace")


def dev_articles(ids: list[str]) -> list:
    folder = Path(split_manifest(DEV_GOLD)["articles"])
    return [read_article(ArticleFile(folder / f"{doc_id}.txt", f"{doc_id}.txt")) for doc_id in ids]


def gold_doc(doc_id: str) -> dict:
    return json.loads((DEV_GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))


def score(articles: list, model: bool | str, scores: dict[str, TypeScore] | None = None) -> dict[str, TypeScore]:
    """Run the whole pipeline on ``articles`` and add their entity scores to ``scores``."""
    scores = scores if scores is not None else {t: TypeScore() for t in TYPES + ["QUANTITY", "DATE"]}
    pipeline = Pipeline(Options(model=model))
    for article in articles:
        gold = gold_doc(article.doc_id)
        gold = {**gold, "mentions": [m for m in gold["mentions"] if m["type"] in TYPES]}
        doc = pipeline.process(article)
        score_mentions(gold, {"doc_id": article.doc_id, "mentions": doc["mentions"]}, scores, [])
    return scores


def f1s(scores: dict[str, TypeScore]) -> list[float]:
    return [scores[t].norm.prf()["f1"] for t in TYPES]


def cost_us_per_char(texts: list[str], model: bool | str) -> float:
    """Entity stage CPU time per character with ``model`` minus rules alone (best of three;
    CPU time, since wall-clock time on a shared machine moves by tens of percent)."""

    def best(recognise: Recogniser) -> float:
        recognise("预热")
        runs = []
        for _ in range(3):
            started = time.process_time()
            for text in texts:
                recognise(text)
            runs.append(time.process_time() - started)
        return min(runs)

    with_model = Recogniser(True, model_dir=Path(model)) if isinstance(model, str) else Recogniser(model)
    return (best(with_model) - best(Recogniser(False))) / sum(map(len, texts)) * 1e6


def merge_variants(model_dir: Path, base: Path) -> dict[str, str]:
    """The same trained CRF under each merge setting (a directory per setting)."""
    dirs = {}
    for merge in MERGES:
        variant = base / f"{model_dir.name}-{merge}"
        variant.mkdir(parents=True, exist_ok=True)
        shutil.copy(model_dir / crf.MODEL_FILE, variant / crf.MODEL_FILE)
        settings = crf.settings(model_dir) | {"merge": merge}
        (variant / crf.SETTINGS_FILE).write_text(json.dumps(settings), encoding="utf-8")
        dirs[merge] = str(variant)
    return dirs


def crf_sources(args: argparse.Namespace) -> dict:
    return {"silver_dir": SILVER if args.silver else None, "corpora_dir": NEWS if args.news else None}


def cross_validated_crf(tune: list[str], folds: int, sources: dict, work: Path) -> tuple[dict, float]:
    """Per merge setting, the tune scores of CRFs that never saw the fold they score."""
    scores = {merge: {t: TypeScore() for t in TYPES + ["QUANTITY", "DATE"]} for merge in MERGES}
    seconds = 0.0
    for k in range(folds):
        held = tune[k::folds]
        train_ids = [i for i in tune if i not in held]
        started = time.monotonic()
        model_dir = work / f"fold{k}"
        train_crf(model_dir, gold_sets=[BUNDLED, GoldSet(DEV_GOLD, Path(split_manifest(DEV_GOLD)["articles"]),
                                                         train_ids)],
                  **sources, log=lambda _: None)
        seconds += time.monotonic() - started
        for merge, variant in merge_variants(model_dir, work).items():
            score(dev_articles(held), variant, scores[merge])
    return scores, seconds / folds


def row(name: str, seconds: float | None, cost: float | None, tune: list[float], check: list[float] | None) -> str:
    cells = [f"{name:<16}", f"{seconds:>7.0f}" if seconds is not None else f"{'-':>7}",
             f"{cost:>6.1f}" if cost is not None else f"{'-':>6}"]
    cells += [f"{v:.3f}" for v in tune] + [f"{sum(tune) / len(tune):.3f}"]
    if check is not None:
        cells += ["|"] + [f"{v:.3f}" for v in check] + [f"{sum(check) / len(check):.3f}"]
    return " ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--silver", action="store_true", help="add silver labels on the unlabelled articles")
    parser.add_argument("--no-spacy", action="store_true")
    parser.add_argument("--no-check", action="store_true", help="do not score dev-check")
    parser.add_argument("--news", action="store_true", help="add CLUENER2020 sentences to the CRF's training")
    args = parser.parse_args()
    tune, check = split_ids(DEV_GOLD, "tune"), split_ids(DEV_GOLD, "check")
    texts = [a.text for a in dev_articles(tune)]
    short = " ".join(t[:4] for t in TYPES)
    print(f"{'family':<16} {'train s':>7} {'us/ch':>6} tune (cv): {short} mean" + ("" if args.no_check else
          f" | check: {short} mean"))
    print(row("rules", None, None, f1s(score(dev_articles(tune), False)),
              None if args.no_check else f1s(score(dev_articles(check), False))))
    if not args.no_spacy:
        print(row("spacy (ner)", None, cost_us_per_char(texts, str(SPACY_MODEL_DIR)),
                  f1s(score(dev_articles(tune), str(SPACY_MODEL_DIR))),
                  None if args.no_check else f1s(score(dev_articles(check), str(SPACY_MODEL_DIR)))), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cv, seconds = cross_validated_crf(tune, args.folds, crf_sources(args), work)
        full = work / "full"
        train_crf(full, gold_sets=[BUNDLED, GoldSet(DEV_GOLD, Path(split_manifest(DEV_GOLD)["articles"]), tune)],
                  **crf_sources(args), log=lambda _: None)
        for merge, variant in merge_variants(full, work).items():
            check_scores = None if args.no_check else f1s(score(dev_articles(check), variant))
            name = f"crf{'+silver' if args.silver else ''}{'+news' if args.news else ''}/{merge}"
            print(row(name, seconds, cost_us_per_char(texts, variant), f1s(cv[merge]), check_scores), flush=True)


if __name__ == "__main__":
    main()
