"""The development set: the project's gold copy is sound, its split is the fixed one, eval scores a split."""

from __future__ import annotations

import json

from conftest import DEV_ARTICLES, DEV_GOLD, run_cli

from extract.evaluate import evaluate, split_ids

CHECK = ["dv_03", "dv_07", "dv_11", "dv_15", "dv_19", "dv_23", "dv_27", "dv_31"]


def test_split_is_the_fixed_one_and_covers_every_gold_file():
    tune, check = split_ids(DEV_GOLD, "tune"), split_ids(DEV_GOLD, "check")
    assert check == CHECK and len(tune) == 22 and not set(tune) & set(check)
    assert sorted(tune + check) == sorted(p.stem for p in DEV_GOLD.glob("*.json"))


def test_dev_gold_passes_check_gold_with_the_articles_the_manifest_names():
    result = run_cli("check-gold", str(DEV_GOLD))
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(p.stem for p in DEV_ARTICLES.glob("*.txt")) == sorted(p.stem for p in DEV_GOLD.glob("*.json"))


def test_eval_on_one_split_scores_only_its_documents(dev_output, tmp_path):
    summary, _ = evaluate(DEV_GOLD, dev_output, split_ids(DEV_GOLD, "check"))
    assert summary["documents"] == 8 and not summary["missing_documents"]
    result = run_cli("eval", str(DEV_GOLD), str(dev_output), "--split", "tune", "--json", str(tmp_path / "t.json"))
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["documents"] == 22


def test_eval_rejects_an_unknown_split(dev_output):
    result = run_cli("eval", str(DEV_GOLD), str(dev_output), "--split", "train")
    assert result.returncode == 2 and "no split 'train'" in result.stderr
