"""Where the data the pipeline reads lives: rules, the shipped entity models, the pkuseg model.

In a checkout the rules and the models sit at the repository root (``rules/``, ``models/``).
An installed wheel carries copies inside the package (``extract/_rules``, ``extract/_models``,
mapped in pyproject.toml), so the tool works from any folder without the checkout. The pkuseg
model is downloaded by ``setup-pkuseg`` into a per-user cache folder, never into the package or
the repository. Environment variables override each location.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
APP_NAME = "zh-report-extract"


def _first_existing(*candidates: Path) -> Path:
    """The first candidate folder that exists, else the first one (so errors name it)."""
    return next((path for path in candidates if path.is_dir()), candidates[0])


def rules_dir() -> Path:
    """``$EXTRACT_RULES_DIR``, else the rules shipped in the package, else the checkout's ``rules/``."""
    if os.environ.get("EXTRACT_RULES_DIR"):
        return Path(os.environ["EXTRACT_RULES_DIR"])
    return _first_existing(PACKAGE_DIR / "_rules", REPO_ROOT / "rules")


def models_dir() -> Path:
    """The shipped models: in the package once installed, else the checkout's ``models/``."""
    return _first_existing(PACKAGE_DIR / "_models", REPO_ROOT / "models")


def crf_model_dir() -> Path:
    """``$EXTRACT_CRF_MODEL``, else the shipped character CRF (``models/crf``)."""
    return Path(os.environ.get("EXTRACT_CRF_MODEL") or models_dir() / "crf")


def ner_model_dir() -> Path:
    """``$EXTRACT_NER_MODEL``, else the shipped spaCy ner pipeline (``models/ner``)."""
    return Path(os.environ.get("EXTRACT_NER_MODEL") or models_dir() / "ner")


def cache_dir() -> Path:
    """The per-user cache folder: ``$XDG_CACHE_HOME/zh-report-extract`` (default ``~/.cache/...``)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / APP_NAME


def pkuseg_dir() -> Path:
    """Where ``setup-pkuseg`` puts the pkuseg model and ``--segmenter pkuseg`` looks for it.

    Read at each call (not at import) so that ``extract --pkuseg-dir`` can point worker
    processes at another folder through the environment they inherit.
    """
    if os.environ.get("EXTRACT_PKUSEG_DIR"):
        return Path(os.environ["EXTRACT_PKUSEG_DIR"])
    return cache_dir() / "pkuseg"
