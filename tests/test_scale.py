"""Scaling out gives the same answer: process-parallel and Dask engines write identical output."""

from __future__ import annotations

from conftest import CORPUS, run_cli


def _outputs(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != "run.json"}


def test_dask_engine_on_a_local_cluster_matches_the_local_engine(tmp_path, corpus_output):
    out = tmp_path / "dask"
    result = run_cli("extract", str(CORPUS), "--out", str(out), "--engine", "dask", "--quiet")
    assert result.returncode == 0, result.stderr
    assert _outputs(out) == _outputs(corpus_output)


def test_dask_engine_reports_a_broken_file_and_writes_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("截至2031年底，全区科技型企业达到1200家。", encoding="utf-8")
    (folder / "bad.txt").write_bytes(bytes(range(256)))
    out = tmp_path / "out"
    result = run_cli("extract", str(folder), "--out", str(out), "--engine", "dask", "--quiet")
    assert result.returncode == 1 and "bad.txt" in result.stderr
    assert (out / "good.json").exists() and not (out / "bad.json").exists()
