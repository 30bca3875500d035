"""How well the reference date is inferred from the text alone (issue 16).

    python tools/eval_ref_date.py [--split tune|check|all] [--details]
    python tools/eval_ref_date.py --folder DIR [--details] [--by-cue]
    python tools/eval_ref_date.py ... --keep-sidecar

For every dev-set article whose sidecar gives a ``ref_date``, infers the date with the sidecar
hidden (``extract.ref_date.infer_ref_date_with_cue`` on the text only) and compares: exact day,
within 31 days, and the same year (what 今年, 去年 and bare months resolve by). ``--details``
lists each article (inferred, sidecar, cue); it is refused for the ``check`` split, whose texts
and misses nobody reads while writing rules.

``--keep-sidecar`` hides only the sidecar's ``ref_date``: its ``title`` and ``url`` stay, as for an
article whose sidecar has no date (``extract.ref_date.resolve_ref_date_with_cue``: a date in the url,
else inference from the title and the text).

``--by-cue`` adds, per cue (its years written as Y), how many articles it dated and how many of
those missed by more than 31 days: where the misses sit (not for ``check`` either).

``--folder DIR`` runs on any folder of ``.txt`` articles with ``.meta.json`` sidecars (the
unlabelled set, for diagnosis): their sidecar dates are no gold (some are a repost site's date), so
read the per-article lines to find classes of miss, and never quote the count as an accuracy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

from extract.evaluate import split_ids, split_manifest
from extract.ingest import ArticleFile, read_article
from extract.ref_date import infer_ref_date_with_cue, resolve_ref_date_with_cue

ROOT = Path(__file__).resolve().parent.parent
DEV_GOLD = ROOT / "corpus" / "dev" / "gold"
WITHIN_DAYS = 31


def dev_articles(split: str) -> list[tuple[str, Path]]:
    """(doc_id, article path) of the dev articles of ``split`` (or all of them)."""
    manifest = split_manifest(DEV_GOLD)
    folder = (DEV_GOLD.parent / manifest["articles"]).resolve()
    ids = sorted(set(split_ids(DEV_GOLD, "tune")) | set(split_ids(DEV_GOLD, "check"))) if split == "all" \
        else split_ids(DEV_GOLD, split)
    return [(doc_id, folder / f"{doc_id}.txt") for doc_id in ids]


def folder_articles(folder: Path) -> list[tuple[str, Path]]:
    """(doc_id, article path) of every ``.txt`` article in ``folder`` that has a sidecar."""
    return [(path.stem, path) for path in sorted(folder.glob("*.txt")) if path.with_suffix(".meta.json").exists()]


def sidecar(article: Path) -> dict:
    meta = article.with_suffix(".meta.json")
    return json.loads(meta.read_text(encoding="utf-8")) if meta.exists() else {}


def sidecar_date(article: Path) -> dt.date | None:
    written = sidecar(article).get("ref_date")
    return dt.date.fromisoformat(written) if written else None


def guess(article: Path, keep_sidecar: bool) -> tuple[dt.date | None, str]:
    """The reference date worked out without the sidecar's date, and its cue."""
    text = read_article(ArticleFile(article, article.name)).text
    if keep_sidecar:
        meta = {k: v for k, v in sidecar(article).items() if k != "ref_date"}
        # the run date as extract gives it: a text naming no year may read its dateline in the
        # run date's year (dt.date.min there pushed a date below year 1 and crashed)
        found, source, cue = resolve_ref_date_with_cue(text, meta, None, dt.date.today())
        return (found, cue) if source != "default" else (None, "none")
    inferred = infer_ref_date_with_cue(text)
    return inferred if inferred else (None, "none")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="tune", choices=["tune", "check", "all"])
    parser.add_argument("--folder", type=Path, help="any folder of articles with sidecars (diagnosis only)")
    parser.add_argument("--details", action="store_true", help="one line per article (not for check)")
    parser.add_argument("--by-cue", action="store_true", help="articles and misses per cue (not for check)")
    parser.add_argument("--keep-sidecar", action="store_true",
                        help="hide only the sidecar's ref_date (its title and url stay)")
    args = parser.parse_args()
    if (args.details or args.by_cue) and args.split != "tune" and args.folder is None:
        parser.error("--details and --by-cue only on the tune split: the check split is scored to report, never read")
    articles = folder_articles(args.folder) if args.folder else dev_articles(args.split)
    label = f"folder {args.folder} (sidecars are no gold: for diagnosis)" if args.folder else f"split {args.split}"
    label += ", sidecar title and url kept" if args.keep_sidecar else ""
    exact = near = same_year = total = 0
    dated: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for doc_id, article in articles:
        truth = sidecar_date(article)
        if truth is None:
            continue
        inferred, cue = guess(article, args.keep_sidecar)
        total += 1
        exact += inferred == truth
        close = inferred is not None and abs((inferred - truth).days) <= WITHIN_DAYS
        near += close
        same_year += inferred is not None and inferred.year == truth.year  # what 今年/去年 resolve by
        kind = re.sub(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])", "Y", cue)
        dated[kind] += 1
        missed[kind] += not close
        if args.details:
            mark = "=" if inferred == truth else ("~" if close else "x")
            print(f"{mark} {doc_id}  inferred {inferred}  sidecar {truth}  ({cue})")
    print(f"ref_date inferred with the sidecar hidden, {label}: {total} articles with a sidecar date; "
          f"exact day {exact}/{total} ({exact / max(total, 1):.0%}), within {WITHIN_DAYS} days "
          f"{near}/{total} ({near / max(total, 1):.0%}), same year {same_year}/{total}")
    if args.by_cue:
        for kind, count in dated.most_common():
            print(f"  {missed[kind]:3} missed of {count:3}  {kind}")


if __name__ == "__main__":
    main()
