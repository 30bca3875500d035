"""The run manifest (``run.json``): which documents in an output folder belong to the last run.

``extract`` writes a *running* manifest before it writes anything else and the *complete* one
(with the list of documents it wrote) at the end, then removes what earlier runs left there.
Readers (``eval``, ``table``, ``export``) read only the documents the manifest lists, so a stale
``<doc>.json`` never counts, and they refuse a folder whose run was interrupted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RUN_FILE = "run.json"
RUNNING, COMPLETE = "running", "complete"


class ManifestError(ValueError):
    """A run folder that cannot be read as one run; ``str()`` names the folder and the reason."""


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """The folder's ``run.json`` as a dict, or None when there is none (a gold folder, say)."""
    path = folder / RUN_FILE
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(f"{path}: not a readable run manifest ({exc})") from exc
    if not isinstance(manifest, dict):
        raise ManifestError(f"{path}: not a run manifest (a JSON object)")
    return manifest


def documents_of_run(manifest: dict[str, Any]) -> list[str]:
    """File names of the documents a complete run wrote (manifests before ``documents`` existed
    name the articles in ``written``; their documents are ``<stem>.json``)."""
    if "documents" in manifest:
        return [str(name) for name in manifest["documents"]]
    return [Path(str(source)).stem + ".json" for source in manifest.get("written", [])]


def run_documents(folder: Path) -> list[Path] | None:
    """The document files of the last run in ``folder``; None when the folder holds no run.

    Raises ``ManifestError`` for a run that did not finish (its documents may be mixed)."""
    manifest = read_manifest(folder)
    if manifest is None or not {"documents", "written", "status"} & manifest.keys():
        return None  # no run.json, or one that does not say what the run wrote: read every document
    if manifest.get("status", COMPLETE) != COMPLETE:
        raise ManifestError(f"{folder}: the extract run writing here did not finish (run.json says "
                            f"{manifest.get('status')!r}); run extract again")
    return [folder / name for name in documents_of_run(manifest) if _plain_name(name)]


def left_by_earlier_runs(manifest: dict[str, Any] | None) -> set[str]:
    """Every document file an earlier run (finished or interrupted) may have left in the folder."""
    if manifest is None:
        return set()
    names = set(documents_of_run(manifest))
    names.update(str(n) for n in manifest.get("planned", []))
    names.update(str(n) for n in manifest.get("previous", []))
    names.update(str(n) for n in manifest.get("page_texts", []))  # a page's text beside its document
    return {n for n in names if _plain_name(n)}


def _plain_name(name: str) -> bool:
    """A file name inside the folder (a manifest never reaches outside it)."""
    return bool(name) and "/" not in name and "\\" not in name and name not in (".", "..", RUN_FILE)
