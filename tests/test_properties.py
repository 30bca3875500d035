"""Property tests: any text through the pipeline never raises and every offset invariant holds."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extract.goldcheck import check_document
from extract.ingest import Article
from extract.pipeline import Options, Pipeline

# Text built from the pieces these articles are made of, so the recognisers really fire.
PIECES = ["截至", "7月", "今年", "1—10月", "2023年", "以来", "累计", "新增", "科技型企业", "17.46亿元", "400余万元",
          "近900名", "12.5%", "３２家", "两千三百", "十余", "江津", "重庆市", "有限公司", "研究院", "知识价值信用贷款",
          "，", "。", "、", "\n", "“", "”", "(", ")", "第", "号", "〔2024〕", "约", "以上", "倍", "万", "亿", "元"]
chinese_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=40).map("".join)

PIPELINE = Pipeline(Options(today=dt.date(2024, 8, 15), model=False))
MODEL_PIPELINE = Pipeline(Options(today=dt.date(2024, 8, 15), model=True))


def _check(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.process(Article("p", "p.txt", text))
    assert check_document(doc, text) == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chinese_text)
@example("有限公司 ")  # a head at the end with white space after it: past the last token
def test_rules_pipeline_never_raises_and_offsets_hold(text):
    _check(PIPELINE, text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_arbitrary_unicode_is_safe(text):
    _check(PIPELINE, text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chinese_text)
def test_model_pipeline_never_raises_and_offsets_hold(text):
    _check(MODEL_PIPELINE, text)
