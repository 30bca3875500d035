"""Width folding: offsets kept, and one folding of an article shared by every stage."""

from __future__ import annotations

from extract import dates, pipeline, quantity
from extract.entities import recogniser
from extract.ingest import Article
from extract.pipeline import Options, Pipeline
from extract.textnorm import fold_width

ARTICLE = ("青禾县科技局消息：２０２３年１—１０月，全县新增科技型企业１２０家，发放科技信用贷款３·２亿元。"
           "北湖区高新区研发投入增长１５．６％，较上年提高２个百分点。") * 4


def test_folding_keeps_every_offset():
    folded = fold_width(ARTICLE)
    assert len(folded) == len(ARTICLE)
    assert "2023年1—10月" in folded and "3.2亿元" in folded and "15.6%" in folded


def test_every_tilde_and_dash_between_numbers_is_one_range_mark():
    for mark in "~～〜⁓–−-":
        assert fold_width(f"2028{mark}2030年") == "2028—2030年", mark


def test_a_range_written_with_a_wave_dash_is_one_range():
    found = quantity.find_quantities("青禾县计划投资3〜5亿元。")
    assert [(q["text"], q["norm"]["low"], q["norm"]["high"]) for q in found] == [("3〜5亿元", 300000000, 500000000)]


def test_each_article_is_folded_afresh():
    other = ARTICLE.replace("青禾县", "北湖区")
    assert fold_width(ARTICLE) != fold_width(other)
    assert fold_width(other).startswith("北湖区") and fold_width(ARTICLE).startswith("青禾县")


def test_an_article_is_folded_once_for_all_stages(monkeypatch):
    calls = []

    def counted(text: str) -> str:
        calls.append(text)
        return fold_width(text)

    for stage in (pipeline, dates, quantity, recogniser):  # every module that folds an article
        monkeypatch.setattr(stage, "fold_width", counted)
    Pipeline(Options(model=False)).process(Article("doc", "doc", ARTICLE))
    assert calls.count(ARTICLE) == 1
