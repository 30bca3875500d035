"""Where a rules-only ``extract`` run spends its time: ``run_batch`` under cProfile, one process.

The lexicons load before the profile starts, as ``cli.py extract`` loads them before its clock.
``--phases`` runs without the profiler (which inflates small Python calls) and splits the run's
CPU time by phase instead: reading, the stages, the schema check, the document (JSON) and the
tables (CSV), run.json, and the rest (orchestration), each the fastest of ``--repeat`` runs.
Usage::

    python bench/profile_run.py ../shared/devset/articles ../shared/data/unlabelled/articles
    python bench/profile_run.py corpus/articles --model --sort cumulative --top 60
    python bench/profile_run.py ../shared/data/unlabelled/articles --phases --repeat 3
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import batch, write  # noqa: E402
from extract.batch import BatchSettings, run_batch  # noqa: E402
from extract.ingest import Inputs, discover  # noqa: E402
from extract.pipeline import Options, Pipeline  # noqa: E402
from extract.write import schema_errors  # noqa: E402

ONE_PROCESS = BatchSettings(jobs=1, show_progress=False)

# phase → (module, attribute): the functions run_batch calls for each phase, timed where it calls them
PHASES = {
    "read + decode": (batch, "read_article"),
    "stages (Pipeline.process)": (Pipeline, "process"),
    "schema check": (batch, "schema_errors"),
    "document JSON": (batch, "document_bytes"),
    "document write": (batch, "write_text_atomic"),
    "tables (CSV rows)": (write.TableWriter, "add"),
    "tables (close)": (write.TableWriter, "close"),
    "out folder + run.json": (batch, "prepare_out_dir"),
    "run.json + stale files": (batch, "finish_out_dir"),
    "gc freeze": (batch, "_freeze_heap"),
}


def timed(seconds: dict[str, float], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[name] += time.process_time() - start
    return wrapper


def run_phases(files: list, options: Options, out: Path) -> dict[str, float]:
    """CPU seconds of each phase of one ``run_batch`` over ``files`` (``rest``: orchestration)."""
    seconds: dict[str, float] = defaultdict(float)
    originals = {name: getattr(owner, attr) for name, (owner, attr) in PHASES.items()}
    for name, (owner, attr) in PHASES.items():
        setattr(owner, attr, timed(seconds, name, originals[name]))
    try:
        start = time.process_time()
        run_batch(Inputs(files, []), options, out, ONE_PROCESS, on_error=lambda m: None)
        total = time.process_time() - start
    finally:
        for name, (owner, attr) in PHASES.items():
            setattr(owner, attr, originals[name])
    seconds["rest (orchestration)"] = total - sum(seconds.values())
    seconds["whole run"] = total
    return seconds


def print_phases(files: list, options: Options, repeat: int) -> None:
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeat):
            for name, value in run_phases(files, options, Path(tmp) / f"run{i}").items():
                best[name] = min(best.get(name, value), value)
    whole, docs = best["whole run"], len(files)
    print(f"{docs} files; CPU seconds per phase, fastest of {repeat} runs (phases need not add up)")
    for name, value in best.items():
        print(f"{name:<28}{value:>8.3f} s{1e3 * value / docs:>8.3f} ms/file{100 * value / whole:>6.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--model", action="store_true", help="with the entity model (default: rules only)")
    parser.add_argument("--sort", default="tottime", choices=["tottime", "cumulative"])
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--save", type=Path, help="write the raw profile here (for snakeviz, pstats)")
    parser.add_argument("--phases", action="store_true", help="CPU time by phase, without the profiler")
    parser.add_argument("--repeat", type=int, default=3, help="runs for --phases (the fastest of each phase)")
    args = parser.parse_args()
    options = Options(model=args.model)
    Pipeline(options).warm_up()
    schema_errors({})
    files = discover(args.folders)
    if args.phases:
        print_phases(files, options, args.repeat)
        return
    profile = cProfile.Profile()
    with tempfile.TemporaryDirectory() as out:
        profile.enable()
        report = run_batch(Inputs(files, []), options, Path(out) / "run", ONE_PROCESS, on_error=lambda m: None)
        profile.disable()
    print(f"{len(report.written)} documents, {report.characters:,} characters, "
          f"{report.seconds:.2f} s under the profiler")
    stats = pstats.Stats(profile).strip_dirs().sort_stats(args.sort)
    if args.save:
        stats.dump_stats(args.save)
    stats.print_stats(args.top)


if __name__ == "__main__":
    main()
