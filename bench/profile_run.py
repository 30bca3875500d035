"""Where a rules-only ``extract`` run spends its time: ``run_batch`` under cProfile, one process.

The lexicons load before the profile starts, as ``cli.py extract`` loads them before its clock.
Usage::

    python bench/profile_run.py ../shared/devset/articles ../shared/data/unlabelled/articles
    python bench/profile_run.py corpus/articles --model --sort cumulative --top 60
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.batch import run_batch  # noqa: E402
from extract.ingest import discover  # noqa: E402
from extract.pipeline import Options, Pipeline  # noqa: E402
from extract.write import schema_errors  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--model", action="store_true", help="with the entity model (default: rules only)")
    parser.add_argument("--sort", default="tottime", choices=["tottime", "cumulative"])
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--save", type=Path, help="write the raw profile here (for snakeviz, pstats)")
    args = parser.parse_args()
    options = Options(model=args.model)
    Pipeline(options).warm_up()
    schema_errors({})
    files = discover(args.folders)
    profile = cProfile.Profile()
    with tempfile.TemporaryDirectory() as out:
        profile.enable()
        report = run_batch(files, options, Path(out) / "run", jobs=1, show_progress=False, on_error=lambda m: None)
        profile.disable()
    print(f"{len(report.written)} documents, {report.characters:,} characters, "
          f"{report.seconds:.2f} s under the profiler")
    stats = pstats.Stats(profile).strip_dirs().sort_stats(args.sort)
    if args.save:
        stats.dump_stats(args.save)
    stats.print_stats(args.top)


if __name__ == "__main__":
    main()
