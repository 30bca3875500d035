"""How often the linker's frame of a document agrees with a hand survey (issue 13).

    python tools/eval_frame.py SURVEY.tsv FOLDER [--quiet]

The frame is what every record of a document leans on: its home division (what a bare 全市/本区/我县
or an unplaced fact takes, SPEC 6/6.1), the level it reports on, and the year in view (SPEC 6.1).
``SURVEY.tsv`` has a header and one row per article, tab-separated:

    article  home  level  year  year_sure  multi  note

``home`` is a canonical division name or ``null``; ``level`` is ``province``, ``prefecture``,
``county`` or ``null``; ``year`` is a year or ``-`` (the text gives none); ``year_sure`` is 1 where
the text settles the year and 0 for a reading; ``multi`` is 1 for an article reporting on several
places at once (a province's list of its cities, a national roundup). Columns after ``multi`` are
free notes.

The pipeline's side comes from the linker itself (``Pipeline.frame``: the same ``RegionTracker`` and
``year_in_view`` that ``extract`` uses), on the article in ``FOLDER`` with its sidecar. Prints the
agreement on home division, level and year (all rows with a year, and the sure ones), then each
disagreement. A survey of unlabelled articles is no gold: the counts are for finding classes of
error, never an accuracy to report.
"""

from __future__ import annotations

import argparse
import csv
from dataclasses import dataclass
from pathlib import Path

from extract.ingest import ArticleFile, read_article
from extract.pipeline import Pipeline


@dataclass(frozen=True)
class SurveyRow:
    """One surveyed article: the hand reading of its frame."""

    article: str
    home: str | None
    level: str | None
    year: int | None
    year_sure: bool
    multi: bool
    note: str


def read_survey(path: Path) -> list[SurveyRow]:
    """The rows of a survey TSV (see the module docstring)."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            rows.append(SurveyRow(
                article=row["article"].strip(),
                home=_or_none(row["home"]),
                level=_or_none(row["level"]),
                year=int(row["year"]) if row["year"].strip().isdigit() else None,
                year_sure=row.get("year_sure", "0").strip() == "1",
                multi=row.get("multi", "0").strip() == "1",
                note=(row.get("note") or "").strip(),
            ))
    return rows


def _or_none(value: str | None) -> str | None:
    value = (value or "").strip()
    return None if value in ("", "null", "-") else value


def pipeline_frame(pipeline: Pipeline, folder: Path, article: str) -> dict:
    """The linker's frame of ``FOLDER/article.txt`` (read with its sidecar, as ``extract`` reads it)."""
    path = folder / f"{article}.txt"
    return pipeline.frame(read_article(ArticleFile(path, path.name)))


def compare(rows: list[SurveyRow], frames: dict[str, dict]) -> dict[str, list[SurveyRow]]:
    """The rows that disagree, per field: ``home``, ``level``, ``year`` (rows with a year only)."""
    wrong: dict[str, list[SurveyRow]] = {"home": [], "level": [], "year": []}
    for row in rows:
        frame = frames[row.article]
        if frame["home"] != row.home:
            wrong["home"].append(row)
        if (frame["level"] if frame["home"] else None) != row.level:
            wrong["level"].append(row)
        if row.year is not None and frame["year_in_view"] != row.year:
            wrong["year"].append(row)
    return wrong


def _share(agree: int, total: int) -> str:
    return f"{agree}/{total} ({agree / max(total, 1):.0%})"


def report(rows: list[SurveyRow], frames: dict[str, dict], quiet: bool) -> None:
    """Print the agreement and, unless ``quiet``, every disagreement."""
    wrong = compare(rows, frames)
    dated = [r for r in rows if r.year is not None]
    sure = [r for r in dated if r.year_sure]
    single = [r for r in rows if not r.multi]
    print(f"{len(rows)} surveyed articles ({len(rows) - len(single)} flagged as reporting on several places)")
    print(f"home division: {_share(len(rows) - len(wrong['home']), len(rows))}; on single-place articles "
          f"{_share(len(single) - sum(not r.multi for r in wrong['home']), len(single))}")
    print(f"level:         {_share(len(rows) - len(wrong['level']), len(rows))}")
    print(f"year in view:  {_share(len(dated) - len(wrong['year']), len(dated))} of the rows with a year; "
          f"{_share(len(sure) - sum(r.year_sure for r in wrong['year']), len(sure))} of the sure ones")
    if quiet:
        return
    for field in ("home", "year"):
        print(f"\ndisagreements on {field}:")
        for row in wrong[field]:
            frame = frames[row.article]
            ours = f"{frame['home']} ({frame['level']})" if field == "home" else \
                f"{frame['year_in_view']} ({frame['year_source']})"
            theirs = f"{row.home} ({row.level})" if field == "home" else \
                f"{row.year}{'' if row.year_sure else '?'}"
            print(f"  {row.article}  survey {theirs}  pipeline {ours}"
                  f"{'  [multi]' if row.multi else ''}{'  # ' + row.note if row.note else ''}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("survey", type=Path, help="the survey TSV")
    parser.add_argument("folder", type=Path, help="the folder of the surveyed articles (with sidecars)")
    parser.add_argument("--quiet", action="store_true", help="the agreement only, no disagreements")
    args = parser.parse_args()
    rows = read_survey(args.survey)
    pipeline = Pipeline()
    frames = {row.article: pipeline_frame(pipeline, args.folder, row.article) for row in rows}
    report(rows, frames, args.quiet)


if __name__ == "__main__":
    main()
