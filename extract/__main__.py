"""``python -m extract`` and the installed ``zh-report-extract`` command: the same CLI as ``cli.py``.

The command-line code stays in the repository's top-level ``cli.py`` (the design card). The wheel
ships a copy as ``extract/_cli/cli.py`` (pyproject.toml maps it); a checkout or an editable
install runs the file at the repository root.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from extract.resources import PACKAGE_DIR, REPO_ROOT


def load_cli() -> ModuleType:
    """The ``cli`` module: the packaged copy when installed from a wheel, else the checkout's."""
    path = next(p for p in (PACKAGE_DIR / "_cli" / "cli.py", REPO_ROOT / "cli.py") if p.is_file())
    spec = importlib.util.spec_from_file_location("cli", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("cli", module)  # so that pickling (worker processes) finds it by name
    spec.loader.exec_module(module)
    return module


def main() -> None:
    """Run the command line (typer app) with ``sys.argv``."""
    load_cli().main()


if __name__ == "__main__":
    main()
