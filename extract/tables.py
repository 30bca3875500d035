"""Cross-article tables of records: one row per record, or a region × indicator × period pivot.

Where two articles give different values for the same region, indicator, known period and
aspect, the rows are flagged in a ``conflict`` column so an analyst sees them before trusting
either. The ``sentence`` column is filled by default: the articles are found from each
document's ``source`` and the run that wrote the documents (``extract.locate``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from extract.evaluate import load_dir
from extract.locate import ArticleNotFound, article_text
from extract.write import record_rows

KEY = ["region", "indicator", "time_start", "time_end", "aspect", "unit"]
PIVOT_INDEX = ["region", "indicator", "aspect"]


@dataclass
class RecordTable:
    """All records of a folder of documents as a table, and the documents without their article."""

    frame: pd.DataFrame
    without_text: list[str] = field(default_factory=list)  # doc_ids whose article was not found


def build_record_table(docs_dir: Path, articles: Path | None = None) -> pd.DataFrame:
    """All records of all documents in ``docs_dir`` with a ``conflict`` flag."""
    return record_table(docs_dir, articles).frame


def record_table(docs_dir: Path, articles: Path | None = None) -> RecordTable:
    """The record table and the documents whose article (hence sentence text) was not found."""
    rows, without_text = [], []
    for doc in load_dir(docs_dir).values():
        try:
            text = article_text(doc, docs_dir, articles)
        except ArticleNotFound:
            text = None
            without_text.append(doc["doc_id"])
        rows += record_rows(doc, text)
    frame = pd.DataFrame(rows)
    return RecordTable(frame if frame.empty else flag_conflicts(frame), without_text)


def flag_conflicts(frame: pd.DataFrame) -> pd.DataFrame:
    """``conflict`` is True where the same key has different values in different articles.

    Only rows whose region, indicator and period are known are compared: two figures with no
    period (or no region) may well be about different years or places, which is no conflict."""
    period_known = frame["time_start"].notna() | frame["time_end"].notna()
    keyed = frame[period_known].dropna(subset=["region", "indicator"])
    conflicting = set()
    for _, group in keyed.groupby(KEY, dropna=False):
        if group["doc_id"].nunique() > 1 and group["value"].nunique() > 1:
            conflicting.update(group.index)
    frame = frame.copy()
    frame["conflict"] = frame.index.isin(conflicting)
    return frame


def period_label(start: str | None, end: str | None) -> str:
    """``start..end`` with ``…`` for an open side (missing values may arrive as NaN from CSV)."""
    start, end = (None if pd.isna(v) else v for v in (start, end))
    if start is None and end is None:
        return "unknown"
    return f"{start or '…'}..{end or '…'}"


def pivot_records(frame: pd.DataFrame) -> pd.DataFrame:
    """Region × indicator × aspect rows, one numeric column per period and unit (``PERIOD [unit]``).

    A cell is the value the articles give; where they disagree it is the most frequent value
    (ties: the smallest) and the row's ``conflict`` is True, so no cell hides a disagreement."""
    if frame.empty:
        return frame
    keyed = frame.dropna(subset=["indicator"]).copy()
    keyed["period"] = [period_label(s, e) for s, e in zip(keyed["time_start"], keyed["time_end"], strict=True)]
    keyed["region"] = keyed["region"].fillna("unknown")
    keyed["column"] = keyed["period"] + " [" + keyed["unit"].astype(str) + "]"
    keyed["value"] = pd.to_numeric(keyed["value"])
    values = keyed.pivot_table(index=PIVOT_INDEX, columns="column", values="value", aggfunc=_most_frequent)
    disagree = keyed.groupby(PIVOT_INDEX + ["column"])["value"].nunique().gt(1).groupby(level=PIVOT_INDEX).any()
    values = values[sorted(values.columns)]
    values.columns.name = None
    values["conflict"] = disagree.reindex(values.index, fill_value=False)
    return values.reset_index()


def _most_frequent(values: pd.Series) -> float:
    counts = values.value_counts()
    return float(min(counts[counts == counts.max()].index))


class TableFormatError(ValueError):
    """The output name asks for a format this command cannot write; the message says what to do."""


def save_table(frame: pd.DataFrame, out: Path) -> None:
    """Write ``frame`` as CSV or Parquet (pyarrow is a dependency; the error names it if it is missing)."""
    if out.suffix not in (".csv", ".parquet"):
        raise TableFormatError(f"{out}: use a .csv or .parquet file name")
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix == ".csv":
        frame.to_csv(out, index=False)
        return
    try:
        frame.to_parquet(out, index=False)
    except ImportError as exc:
        raise TableFormatError("Parquet needs pyarrow: pip install 'zh-report-extract[parquet]'") from exc
