"""README.md's command table and layout say what the code has: every option of every command, and
only those; every module the layout names exists (a renamed flag or module shows up here)."""

from __future__ import annotations

import re

import typer
from conftest import ROOT

import cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _table_rows() -> dict[str, str]:
    """Each command of the README's table → the options its first cell writes."""
    table = README.split("## Commands", 1)[1].split("\n### ", 1)[0]
    rows: dict[str, str] = {}
    for line in table.splitlines():
        if not line.startswith("| `"):
            continue
        usage = line.split("` |", 1)[0]
        for part in usage.split("` / `"):  # export … / import …: two commands in one row
            name = part.strip("| `").split()[0]
            rows[name] = part
    return rows


def test_every_command_and_option_in_cli_is_in_the_readme_table_and_back():
    commands = typer.main.get_command(cli.app).commands
    rows = _table_rows()
    assert sorted(rows) == sorted(name for name, c in commands.items() if not c.hidden)
    for name, row in rows.items():
        written = set(re.findall(r"--[a-z][a-z-]*", row))
        options = {o for p in commands[name].params if p.param_type_name == "option" and not p.hidden
                   for o in p.opts if o.startswith("--") and o != "--help"}
        assert written == options, f"{name}: README has {sorted(written - options)}, lacks {sorted(options - written)}"


def test_every_module_the_layout_names_exists():
    layout = README.split("## Layout", 1)[1].split("```")[1]  # the fenced block
    folder = None
    for line in layout.splitlines():
        top = re.match(r"(\w+)/\s", line)
        folder = top.group(1) if top else folder
        for module in re.findall(r"\b(\w+\.py)\b", line):
            # a module of the folder the line stands in, or one named from there (runs cli.py)
            found = (ROOT / module).exists() or folder is not None and any(ROOT.glob(f"{folder}/**/{module}"))
            assert found, f"{module}, named in the layout under {folder}/, is missing"
