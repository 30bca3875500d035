"""Set regression-gate floors from an `eval --json` summary (each figure rounded down to 0.01).

    PYTHONPATH=. python tools/set_floors.py SUMMARY.json floors|dev_check_floors [--lower-only]

``--lower-only`` moves a floor only where the figure is now below it (after a gold change that
makes the old floor unreachable); without it every floor becomes today's figure. Commit the
change on its own, with the figures, as corpus/baseline.json's note asks.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

from extract.evaluate import flat_figures

BASELINE = Path(__file__).resolve().parent.parent / "corpus" / "baseline.json"


def main(summary_path: str, key: str, lower_only: bool = False) -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    try:
        summary = json.loads(Path(summary_path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:  # (a summary is what `eval GOLD OUT --json PATH` writes)
        sys.exit(f"set_floors: {summary_path}: not an eval --json summary ({err})")
    if key not in ("floors", "dev_check_floors"):
        sys.exit(f"set_floors: {key}: the floors are 'floors' or 'dev_check_floors'")
    now = {k: math.floor(v * 100 + 1e-9) / 100 for k, v in flat_figures(summary).items()}
    old = baseline.get(key, {})
    new = {k: (min(old.get(k, v), v) if lower_only else v) for k, v in now.items()}
    for k in sorted(new):
        if old.get(k) != new[k]:
            print(f"{k}: {old.get(k)} -> {new[k]}")
    baseline[key] = new
    BASELINE.write_text(json.dumps(baseline, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__.strip().splitlines()[2].strip())
    main(sys.argv[1], sys.argv[2], "--lower-only" in sys.argv[3:])
