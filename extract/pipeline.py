"""Wire the stages for one article: ingest → recognise (quantity, dates, entities) → link → document.

Recognisers are loaded once per process (``Pipeline`` is built once per worker) and each
returns plain mention dicts; the pipeline flattens them, numbers them and hands them to
the linker. Segmentation happens inside the entity recogniser, the only stage that needs it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from extract import dates, entities, link, quantity, structure
from extract.ingest import Article
from extract.mentions import assign_ids, resolve_overlaps, trim_entities_at_numbers

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


class Pipeline:
    def __init__(self, options: Options | None = None):
        self.options = options or Options()

    def warm_up(self) -> None:
        """Load lexicons and models now rather than on the first article."""
        sample = "截至2023年底,合肥市高新区累计发放科技信用贷款3.2亿元,新增企业120家。"
        self.process(Article("warm-up", "warm-up", sample))

    def process(self, article: Article) -> dict:
        """Turn one decoded article into a SPEC document (section 2)."""
        text = article.text
        ref_date, ref_source, ref_cue = dates.resolve_ref_date_with_cue(
            text, article.meta, self.options.ref_date, self.options.today)
        layout = structure.analyse(text, article.meta, ref_date)
        found = (
            dates.find_dates(text, ref_date, layout)
            + quantity.find_quantities(text)
            + entities.find_entities(text, model=self.options.model, segmenter=self.options.segmenter)
        )
        mentions = assign_ids(resolve_overlaps(trim_entities_at_numbers(found, text)))
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
