"""Wire the stages for one article: ingest → recognise (quantity, dates, entities) → link → document.

Recognisers are loaded once per process (``Pipeline`` is built once per worker) and each
returns plain mention dicts; the pipeline flattens them, numbers them and hands them to
the linker. Segmentation happens inside the entity recogniser, the only stage that needs it.

A long article is a normal input: the entity recogniser (spaCy, which refuses texts above its
``max_length`` and costs more per character on longer texts) sees it in chunks of whole
paragraphs, so time and memory grow linearly with length. Every article has a time budget in
proportion to its length; an article over it fails alone (``TimeBudgetExceeded``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from extract import dates, entities, link, quantity, structure
from extract.ingest import Article
from extract.mentions import assign_ids, resolve_overlaps, trim_entities_at_numbers
from extract.ref_date import resolve_ref_date_with_cue
from extract.textnorm import fold_width

SCHEMA_VERSION = "1.0"


@dataclass(frozen=True)
class Options:
    """Everything that changes what ``extract`` writes; the CLI builds one of these."""

    segmenter: str = "jieba"
    # The entity model: False (rules only), True (models/crf) or a model directory. Rules only by
    # default: no model beat them by the 0.03 mean entity F1 on dev-check that issue 14 asks
    # (tools/model_table.py; models/crf/MODEL_CARD.md).
    model: bool | str = False
    ref_date: dt.date | None = None  # --ref-date: overrides sidecar metadata and inference
    today: dt.date = field(default_factory=dt.date.today)
    time_budget: float | None = 120.0  # seconds per 100,000 characters (and at least this); None: no limit


# Paragraph-aligned chunks of about this many characters go to the entity recogniser: above any
# ordinary report (so those are read whole, as before), small enough to keep spaCy linear.
CHUNK_CHARS = 10_000


class TimeBudgetExceeded(Exception):
    """An article took longer than its time budget (a pathological input, or a bug)."""


class Pipeline:
    """The stages wired for one article: ingest → segment → recognise → link → document."""

    def __init__(self, options: Options | None = None):
        self.options = options or Options()

    def warm_up(self) -> None:
        """Load lexicons and models now rather than on the first article."""
        sample = "截至2023年底,合肥市高新区累计发放科技信用贷款3.2亿元,新增企业120家。"
        self.process(Article("warm-up", "warm-up", sample))

    def process(self, article: Article) -> dict:
        """Turn one decoded article into a SPEC document (section 2), within its time budget."""
        with time_budget(budget_seconds(len(article.text), self.options.time_budget)):
            return self._process(article)

    def frame(self, article: Article) -> dict:
        """The document's frame as the linker decides it, read-only: its home division (``home``,
        None where no division fits), the level it reports on and the year in view (with where
        that year was found). For ``tools/eval_frame.py``; ``process`` writes only the year."""
        _, _, layout, mentions = self._recognised(article)
        tracker = link.region_tracker(article.text, mentions, layout)
        return {"home": tracker.home, "level": tracker.home_level,
                "year_in_view": layout.year_in_view, "year_source": layout.year_in_view_source}

    def _recognised(self, article: Article) -> tuple[dt.date, tuple[str, str], structure.Structure, list[dict]]:
        """ref_date, (its source, its cue), the layout and the numbered mentions of ``article``."""
        text = article.text
        folded = fold_width(text)  # once per article, handed to every stage that matches on it
        ref_date, ref_source, ref_cue = resolve_ref_date_with_cue(
            text, article.meta, self.options.ref_date, self.options.today, folded)
        layout = structure.analyse(text, article.meta, ref_date)
        found = (
            dates.find_dates(text, ref_date, layout, folded)
            + quantity.find_quantities(text, folded)
            + self._entities(text, folded)
        )
        mentions = assign_ids(resolve_overlaps(trim_entities_at_numbers(found, text)))
        return ref_date, (ref_source, ref_cue), layout, mentions

    def _process(self, article: Article) -> dict:
        text = article.text
        ref_date, (ref_source, ref_cue), layout, mentions = self._recognised(article)
        records = link.build_records(text, mentions, ref_date, layout)
        title = (article.meta or {}).get("title")  # a web page's headline, or a sidecar's title
        return {
            "schema_version": SCHEMA_VERSION,
            "doc_id": article.doc_id,
            "source": article.source,
            **({"title": title} if isinstance(title, str) and title else {}),
            "ref_date": ref_date.isoformat(),
            "ref_date_source": ref_source,
            "ref_date_cue": ref_cue,  # why: the schema's enum says only where the date came from
            "year_in_view": layout.year_in_view,
            "mentions": mentions,
            "records": records,
        }

    def _entities(self, text: str, folded: str) -> list[dict]:
        """Entity mentions of ``text``, found chunk by chunk (offsets shifted back to ``text``)."""
        found = []
        for start, end in chunks(text, CHUNK_CHARS):
            for m in entities.find_entities(text[start:end], model=self.options.model,
                                            segmenter=self.options.segmenter, folded=folded[start:end]):
                found.append({**m, "start": m["start"] + start, "end": m["end"] + start})
        return found


def chunks(text: str, size: int) -> list[tuple[int, int]]:
    """``(start, end)`` spans covering ``text`` in order, each at most ``size`` characters where
    possible, cut after a line break (a paragraph end), else after a sentence end, else anywhere."""
    spans, start = [], 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = window.rfind("\n") + 1 or max(window.rfind(c) for c in "。！？；") + 1 or size
        spans.append((start, start + cut))
        start += cut
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


def budget_seconds(characters: int, per_100k: float | None) -> float | None:
    """The time an article of ``characters`` may take: ``per_100k`` per 100,000, at least ``per_100k``."""
    if per_100k is None:
        return None
    return per_100k * max(1.0, characters / 100_000)


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ``TimeBudgetExceeded`` inside the block once ``seconds`` have passed.

    A real-time timer signal interrupts even a long regular-expression match; signals only
    reach the main thread, so elsewhere (a Dask worker's thread) the block runs unlimited."""
    main_thread = threading.current_thread() is threading.main_thread()
    usable = seconds is not None and hasattr(signal, "setitimer") and main_thread
    if not usable or signal.getitimer(signal.ITIMER_REAL)[0] > 0:  # never override a caller's timer
        yield
        return

    def expire(signum, frame):
        raise TimeBudgetExceeded(f"over its time budget of {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
