"""Load the rule and lexicon files in ``rules/`` (TOML, one file per topic).

Every rule file carries its own examples (``[[example]]`` tables) in the manner of
Duckling's per-dimension corpus; ``tests/test_rule_examples.py`` runs them all.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

from extract.resources import rules_dir

RULES_DIR = rules_dir()  # the checkout's rules/, or the copy an installed wheel carries


class RuleFileError(ValueError):
    """A rule file is missing or malformed; the message names the file."""


@functools.cache
def load_rules(name: str) -> dict[str, Any]:
    """Parse ``rules/<name>.toml`` once per process."""
    path = RULES_DIR / f"{name}.toml"
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise RuleFileError(f"{path}: rule file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{path}: {exc}") from exc


def rule_files() -> list[Path]:
    """All rule files, sorted by name."""
    return sorted(RULES_DIR.glob("*.toml"))


def read_lines(name: str) -> list[str]:
    """A plain lexicon ``rules/<name>`` (one entry per line, ``#`` starts a comment)."""
    path = RULES_DIR / name
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return entries
