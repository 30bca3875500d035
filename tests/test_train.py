"""Training the ner model: label mapping from the public corpora, and a tiny end-to-end run."""

from __future__ import annotations

import json

import spacy

from extract.train import (
    MISSING,
    NOT_ENTITY,
    NerSettings,
    map_cluener,
    map_msra,
    read_msra,
    to_example,
    train_ner,
)


def test_msra_organisations_are_typed_by_their_head():
    assert map_msra("nt", "海尔集团公司", 0, 6) == [(0, 6, "COMPANY")]
    assert map_msra("nt", "北京市科委", 0, 5) == [(0, 5, "INSTITUTION")]
    assert map_msra("nt", "中国人民银行", 0, 6) == [(0, 6, "INSTITUTION")]
    assert map_msra("nt", "新华社", 0, 3) == [(0, 3, NOT_ENTITY)]
    assert map_msra("nt", "十五大", 0, 3) == [(0, 3, MISSING)]


def test_places_are_regions_only_when_made_of_divisions():
    assert map_msra("ns", "四川省成都市", 4, 10) == [(4, 7, "REGION"), (7, 10, "REGION")]
    assert map_msra("ns", "美国", 0, 2) == [(0, 2, NOT_ENTITY)]
    assert map_msra("ns", "京", 0, 1) == [(0, 1, MISSING)]  # 在京: an abbreviation, left open
    assert map_cluener("address", "浙江杭州西湖边", 0, 7) == [(0, 7, MISSING)]
    assert map_msra("nr", "张三", 0, 2) == [(0, 2, NOT_ENTITY)]


def test_cluener_labels_map_to_ours():
    assert map_cluener("company", "浙商银行", 0, 4) == [(0, 4, "COMPANY")]
    assert map_cluener("company", "新浪网", 0, 3) == [(0, 3, NOT_ENTITY)]
    assert map_cluener("government", "央行", 0, 2) == [(0, 2, "INSTITUTION")]
    assert map_cluener("organization", "曼联", 0, 2) == [(0, 2, NOT_ENTITY)]
    assert map_cluener("organization", "清华大学", 0, 4) == [(0, 4, "INSTITUTION")]
    assert map_cluener("book", "《重庆日报》", 0, 6) == [(0, 6, MISSING)]


def test_msra_lines_are_folded_and_offsets_kept(tmp_path):
    path = tmp_path / "train.txt"
    path.write_text("在/o 重庆市/ns 的/o ＡＢ/o 公司/o\n", encoding="utf-8")
    [sentence] = list(read_msra(path))
    assert sentence.text == "在重庆市的AB公司"
    assert sentence.spans == [(1, 4, "REGION")]


def test_unmapped_spans_are_left_unannotated():
    from extract.train import Sentence, build_nlp

    nlp = build_nlp()
    example = to_example(nlp, Sentence("他访问了十五大会场", [(4, 7, MISSING)]))
    tags = example.get_aligned_ner()
    assert None in tags and "O" in tags


def _tiny_corpora(root):
    msra, cluener = root / "msra", root / "cluener2020"
    msra.mkdir(parents=True)
    cluener.mkdir()
    lines = ["重庆市/ns 科委/o 与/o 华为公司/nt 合作/o 。/o", "四川省/ns 成都市/ns 有/o 腾讯公司/nt 。/o"] * 10
    for name in ("train.txt", "test_with_label.txt"):
        (msra / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    record = {"text": "招商银行在深圳发布新产品", "label": {"company": {"招商银行": [[0, 3]]}}}
    for name in ("train.json", "dev.json"):
        (cluener / name).write_text((json.dumps(record, ensure_ascii=False) + "\n") * 10, encoding="utf-8")


def test_a_tiny_training_run_saves_a_loadable_model(tmp_path):
    _tiny_corpora(tmp_path / "corpora")
    logged: list[str] = []
    scores = train_ner(
        tmp_path / "model", corpora_dir=tmp_path / "corpora", settings=NerSettings(epochs=1, max_seconds=120),
        log=logged.append
    )
    assert "ents_f" in scores
    nlp = spacy.load(tmp_path / "model")
    assert set(nlp.get_pipe("ner").labels) >= {"COMPANY", "REGION"}
    assert nlp.meta["training"]["seed"] == 0
    assert any(line.startswith("epoch 1") for line in logged)


# --- the character CRF -----------------------------------------------------------------------


def test_bio_tags_and_spans_round_trip():
    from extract.crf import bio_tags, spans_from_tags

    spans = [(0, 3, "COMPANY"), (3, 5, "REGION"), (7, 8, "LOAN")]
    tags = bio_tags(9, spans)
    assert tags[:6] == ["B-COMPANY", "I-COMPANY", "I-COMPANY", "B-REGION", "I-REGION", "O"]
    assert spans_from_tags(tags) == spans
    assert spans_from_tags(["I-REGION", "I-REGION", "O"]) == [(0, 2, "REGION")]  # a stray I- opens a span


def test_features_see_words_and_layers():
    from extract.crf import features, word_positions

    assert word_positions(5, [(0, 2), (2, 3), (3, 5)]) == ["B", "E", "S", "B", "E"]
    [feats] = features("北湖区好", [(0, 3), (3, 4)], {"rule": [(0, 3, "REGION")]})
    assert "rule=B-REGION" in feats[0] and "rule=I-REGION" in feats[2] and "rule=O" in feats[3]
    assert "rule-1=I-REGION" in feats[3] and "c=北" in feats[0] and "k=H" in feats[0]


def _gold_set(root, sentences):
    """A gold folder and its articles: one document per (text, [(name, type)])."""
    from extract.train import GoldSet

    gold, articles = root / "gold", root / "articles"
    gold.mkdir(parents=True)
    articles.mkdir()
    for i, (text, names) in enumerate(sentences):
        mentions = [{"type": label, "start": text.index(name), "end": text.index(name) + len(name)}
                    for name, label in names]
        (articles / f"d{i}.txt").write_text(text, encoding="utf-8")
        doc = {"doc_id": f"d{i}", "source": f"d{i}.txt", "mentions": mentions}
        (gold / f"d{i}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return GoldSet(gold, articles)


def test_a_crf_learns_what_the_rules_miss_and_keeps_its_settings(tmp_path):
    from extract.crf import settings
    from extract.entities import Recogniser
    from extract.train import CrfSettings, train_crf

    places = ["青禾", "北湖", "南溪", "东岭", "西坪", "云川"]
    sentences = [(f"{b}农投向企业发放信用贷款。", [(f"{b}农投", "COMPANY"), ("信用贷款", "LOAN")]) for b in places]
    logged: list[str] = []
    train_crf(tmp_path / "crf", gold_sets=[_gold_set(tmp_path, sentences)], settings=CrfSettings(types=["COMPANY"]),
              log=logged.append)
    saved = settings(tmp_path / "crf")
    assert (saved["types"], saved["merge"]) == (["COMPANY"], "replace")
    assert any("6 gold" in line for line in logged)
    text = "石门农投向企业发放信用贷款。"  # a short name with no head the rules know
    rules = {(m["type"], m["text"]) for m in Recogniser(model=False)(text)}
    with_model = Recogniser(model=True, model_dir=tmp_path / "crf")(text)
    assert ("COMPANY", "石门农投") not in rules
    assert [(m["type"], m["text"], m["source"]) for m in with_model if m["type"] == "COMPANY"] == [
        ("COMPANY", "石门农投", "model:crf")
    ]


def test_the_crf_looks_only_near_its_cues():
    from extract.crf import windows

    assert windows(100, [(20, 23), (30, 32)], 10, 2) == [(10, 34)]  # overlapping stretches merge
    assert windows(100, [(5, 8), (60, 62)], 10, 2) == [(0, 10), (50, 64)]  # clipped at the text's start
    assert windows(50, [(48, 50)], 10, 2) == [(38, 50)]
    assert windows(50, [], 10, 2) == []


def test_cli_train_takes_the_tune_split_of_a_dev_set_and_never_its_check_split(tmp_path):
    from conftest import run_cli

    from extract.crf import settings

    texts = [(f"{b}农商行向企业发放信用贷款。", [(f"{b}农商行", "COMPANY")]) for b in ["青禾", "北湖", "南溪"]]
    bundled = _gold_set(tmp_path / "bundled", texts[:1])
    dev = _gold_set(tmp_path / "dev", texts)
    manifest = {"articles": "articles", "splits": {"tune": ["d0", "d1"], "check": ["d2"]}}
    (dev.gold_dir.parent / "split.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = run_cli("train", "--out", str(tmp_path / "crf"), "--gold", str(bundled.gold_dir),
                     "--dev-gold", str(dev.gold_dir))
    assert result.returncode == 0, result.stderr
    assert settings(tmp_path / "crf")["gold_documents"] == 3  # one bundled + two tune, no check
    assert "3 gold" in result.stderr


def test_the_shipped_crf_is_what_cli_train_makes_from_the_repo(tmp_path):
    # the model's features include the rules' findings: a rule change without a retrain leaves a model
    # that no command reproduces (models/crf/MODEL_CARD.md: retrain after rule changes)
    from conftest import ROOT, run_cli

    result = run_cli("train", "--out", str(tmp_path / "crf"))
    assert result.returncode == 0, result.stderr
    shipped = ROOT / "models" / "crf"
    for name in ("model.crfsuite", "settings.json"):
        assert (tmp_path / "crf" / name).read_bytes() == (shipped / name).read_bytes(), (
            f"models/crf/{name} is stale: run `python cli.py train` and commit it")
