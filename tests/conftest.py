"""Shared fixtures: paths, and one extract run over the bundled corpus per test session."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir

from extract.ingest import Article
from extract.pipeline import Options, Pipeline
from extract.resources import cache_dir

ROOT = Path(__file__).resolve().parent.parent

# Hypothesis keeps its examples and caches in the per-user cache folder, not in .hypothesis/ inside
# the checkout (a test run writes nothing into the repository).
set_hypothesis_home_dir(cache_dir() / "hypothesis")
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus" / "articles"
GOLD = ROOT / "corpus" / "gold"
DEV_GOLD = ROOT / "corpus" / "dev" / "gold"
DEV_ARTICLES = SHARED / "devset" / "articles"  # third-party texts: read from ../shared, never copied


def entity_pairs(text: str, *types: str) -> list[tuple[str, str]]:
    """(type, text) of each entity the rules find in ``text`` (of ``types`` only, when given)."""
    from extract.entities import find_entities

    return [(m["type"], m["text"]) for m in find_entities(text, model=False) if not types or m["type"] in types]


def entity_names(text: str) -> list[tuple[str, str, str]]:
    """(type, text, normalised name) of each entity the rules find in ``text``."""
    from extract.entities import find_entities

    return [(m["type"], m["text"], m["norm"]["name"]) for m in find_entities(text, model=False)]


def entity_pairs_but_regions(text: str) -> list[tuple[str, str]]:
    """(type, text) of each entity but the REGIONs the rules find in ``text``."""
    from extract.entities import find_entities

    return [(m["type"], m["text"]) for m in find_entities(text, model=False) if m["type"] != "REGION"]


def company_texts(text: str) -> list[str]:
    """The text of each COMPANY the rules find in ``text``."""
    return [surface for kind, surface in entity_pairs(text, "COMPANY")]


def region_texts(text: str) -> list[str]:
    """The text of each REGION the rules find in ``text``."""
    return [surface for kind, surface in entity_pairs(text, "REGION")]


def platform_subtypes(text: str) -> list[tuple[str, str]]:
    """(text, subtype) of each PLATFORM the rules find in ``text``."""
    from extract.entities import find_entities

    return [(m["text"], m["norm"]["subtype"]) for m in find_entities(text, model=False) if m["type"] == "PLATFORM"]


def run_cli(*args: str, input_text: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run ``python cli.py ARGS`` as a user would; returns the completed process."""
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], cwd=cwd, capture_output=True,
                          text=True, input=input_text, timeout=900)


def _extract(tmp_path_factory, articles: Path, name: str) -> Path:
    out = tmp_path_factory.mktemp(name)
    result = run_cli("extract", str(articles), "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def corpus_output(tmp_path_factory) -> Path:
    """The documents ``extract`` writes for the bundled corpus (run once per session)."""
    return _extract(tmp_path_factory, CORPUS, "corpus_out")


@pytest.fixture(scope="session")
def dev_output(tmp_path_factory) -> Path:
    """The documents ``extract`` writes for the 30 dev-set articles (run once per session)."""
    return _extract(tmp_path_factory, DEV_ARTICLES, "dev_out")


def load_docs(folder: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))
            if p.name != "run.json"}


PROBE_DAY = dt.date(2031, 9, 1)  # reference date and run date of the invented probe texts


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The whole pipeline, dated PROBE_DAY, for tests that run invented text end to end."""
    return Pipeline(Options(ref_date=PROBE_DAY, today=PROBE_DAY))


def records(pipeline: Pipeline, text: str) -> dict[str, dict]:
    """The records of ``text``, by their quantity's text."""
    doc = pipeline.process(Article("t", "t.txt", text))
    surface = {m["id"]: m["text"] for m in doc["mentions"]}
    return {surface[r["quantity"]]: r for r in doc["records"]}


def measure(record: dict) -> str | None:
    """A record's measure as written, or None."""
    return record["measure"]["text"] if record["measure"] else None
