"""What compiling the pipeline's own Python with Cython would gain, measured without touching the
repository: a copy of the code goes to a temporary folder, the chosen modules are compiled there
as they are (Cython reads plain Python; no type declarations), and the plain and compiled copies
are timed in turn, each in its own child process, on the same articles.

A child prepares every article once (reading, width folding, reference date, structure), then times,
fastest of ``--rounds``: ``jieba.lcut`` over all the texts, the whole ``Pipeline.process``, and two of
its stages replayed alone (the entity recogniser; the linker on the mentions the pipeline found).
The children run in pairs (``--pairs``), plain first in one pair and compiled first in the next,
so both meet the same load; each figure is the fastest child's. ``--check`` also runs ``cli.py
extract`` on the folders in both copies and compares every output file but ``run.json`` byte for
byte: a compiled module must write
the same documents. A module Cython refuses stays Python in the compiled copy (listed).

Needs Cython (in the ``bench`` extra: ``pip install -e .[bench]``) and a C compiler. Usage::

    python bench/bench_compiled.py                      # link and entities, the 210 real articles
    python bench/bench_compiled.py --modules extract/link extract/entities extract/dates.py --check
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "data" / "unlabelled" / "articles"
COPIED = ("extract", "rules", "models", "bench", "cli.py", "pyproject.toml")
DEFAULT_MODULES = ("extract/link", "extract/entities")


def copy_code(target: Path) -> None:
    """The code and data ``extract`` reads, without caches or earlier builds."""
    skip = shutil.ignore_patterns("__pycache__", "*.so", "*.c", "results")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=skip)
        else:
            shutil.copy2(source, target / name)


def module_files(tree: Path, modules: list[str]) -> list[Path]:
    """The ``.py`` files named by ``modules`` (files, or packages: every module in them but ``__init__``)."""
    files = []
    for name in modules:
        path = tree / name
        files += sorted(p for p in path.glob("*.py") if p.name != "__init__.py") if path.is_dir() else [path]
    return files


def compile_in_place(files: list[Path], tree: Path, directives: list[str]) -> list[Path]:
    """Compile each file next to its source (an extension module is imported before a ``.py`` of the
    same name), with Cython's compiler ``directives`` (``name=value``); the files Cython or the C
    compiler refused are returned."""
    options = [arg for directive in directives for arg in ("-X", directive)]

    def build(path: Path) -> bool:
        done = subprocess.run([sys.executable, "-m", "Cython.Build.Cythonize", "-i", "-3", "-q", *options, str(path)],
                              cwd=tree, capture_output=True, text=True)
        return done.returncode == 0

    with ThreadPoolExecutor(max_workers=2) as pool:
        built = list(pool.map(build, files))
    return [path for path, ok in zip(files, built, strict=True) if not ok]


def child_times(tree: Path, folders: list[Path], rounds: int) -> dict[str, float]:
    """µs of CPU per character of each timed step, run in ``tree`` (a child process of its own)."""
    done = subprocess.run([sys.executable, str(tree / "bench" / "bench_compiled.py"), "--child",
                           "--rounds", str(rounds), *map(str, folders)],
                          cwd=tree, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def run_child(folders: list[Path], rounds: int) -> None:
    """The child: time the steps in this process's own copy of the code and print them as JSON."""
    sys.path.insert(0, str(ROOT))
    import jieba

    from extract import dates, structure
    from extract.ingest import discover, read_article
    from extract.link import build_records
    from extract.pipeline import Options, Pipeline
    from extract.textnorm import fold_width

    options = Options()
    pipeline = Pipeline(options)
    pipeline.warm_up()
    articles = [read_article(f) for f in discover(folders)]
    chars = sum(len(a.text) for a in articles)
    prepared = []
    for article in articles:
        text, folded = article.text, fold_width(article.text)
        ref_date = dates.resolve_ref_date_with_cue(text, article.meta, None, options.today, folded)[0]
        prepared.append((text, folded, ref_date, structure.analyse(text, article.meta, ref_date)))
    linked = [(text, pipeline.process(article)["mentions"], ref_date, layout)
              for article, (text, _, ref_date, layout) in zip(articles, prepared, strict=True)]

    steps = {
        "jieba.lcut": lambda: [jieba.lcut(a.text) for a in articles],
        "pipeline": lambda: [pipeline.process(a) for a in articles],
        "entities": lambda: [pipeline._entities(text, folded) for text, folded, _, _ in prepared],
        "link": lambda: [build_records(text, [dict(m) for m in found], ref_date, layout)
                         for text, found, ref_date, layout in linked],
    }
    best = {name: float("inf") for name in steps}
    for _ in range(rounds):
        for name, step in steps.items():
            start = time.process_time()
            step()
            best[name] = min(best[name], time.process_time() - start)
    print(json.dumps({name: 1e6 * seconds / chars for name, seconds in best.items()}
                     | {"characters": chars, "link_module": sys.modules[build_records.__module__].__file__}))


def same_output(plain: Path, compiled: Path, folders: list[Path], out: Path) -> list[str]:
    """Extract ``folders`` in both copies; the output files that differ (``run.json`` aside)."""
    differ = []
    for i, folder in enumerate(folders):
        for tree, side in ((plain, "plain"), (compiled, "compiled")):
            subprocess.run([sys.executable, "cli.py", "extract", str(folder), "--out", str(out / f"{side}{i}"),
                            "--quiet", "--jobs", "1"], cwd=tree, check=True)
        left, right = out / f"plain{i}", out / f"compiled{i}"
        names = {p.relative_to(left) for p in left.rglob("*") if p.is_file()}
        names |= {p.relative_to(right) for p in right.rglob("*") if p.is_file()}
        for name in sorted(n for n in names if n.name != "run.json"):
            a, b = left / name, right / name
            if not (a.is_file() and b.is_file() and a.read_bytes() == b.read_bytes()):
                differ.append(f"{folder}: {name}")
    return differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, help=f"article folders (default: {REAL})")
    parser.add_argument("--modules", nargs="+", default=list(DEFAULT_MODULES),
                        help="modules or packages to compile, as paths from the repository root")
    parser.add_argument("--pairs", type=int, default=3, help="plain/compiled child pairs, alternated")
    parser.add_argument("--rounds", type=int, default=3, help="rounds inside each child (its fastest kept)")
    parser.add_argument("--directive", action="append", default=[],
                        help="a Cython compiler directive for every module, e.g. binding=False (repeatable)")
    parser.add_argument("--check", action="store_true", help="also compare the extract outputs byte for byte")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    folders = [f.resolve() for f in args.folders] or [REAL]
    if args.child:
        run_child(folders, args.rounds)
        return
    with tempfile.TemporaryDirectory(prefix="bench-compiled-") as tmp:
        plain, compiled = Path(tmp) / "plain", Path(tmp) / "compiled"
        copy_code(plain)
        copy_code(compiled)
        files = module_files(compiled, args.modules)
        refused = compile_in_place(files, compiled, args.directive)
        print(f"compiled {len(files) - len(refused)} of {len(files)} modules"
              + (f"; refused (left Python): {', '.join(str(p.relative_to(compiled)) for p in refused)}"
                 if refused else ""))
        runs: dict[str, list[dict[str, float]]] = {"plain": [], "compiled": []}
        sides = [("plain", plain), ("compiled", compiled)]
        for pair in range(args.pairs):  # which copy runs first swaps from pair to pair
            for side, tree in sides if pair % 2 == 0 else sides[::-1]:
                runs[side].append(child_times(tree, folders, args.rounds))
        print(f"{runs['plain'][0]['characters']:,} characters; µs of CPU per character, fastest of "
              f"{args.pairs} children x {args.rounds} rounds")
        print(f"{'step':<12}{'plain':>9}{'compiled':>10}{'new/old':>9}")
        for step in ("jieba.lcut", "entities", "link", "pipeline"):
            old = min(r[step] for r in runs["plain"])
            new = min(r[step] for r in runs["compiled"])
            print(f"{step:<12}{old:>9.2f}{new:>10.2f}{new / old:>9.3f}")
        for side in ("plain", "compiled"):
            ratios = ", ".join(f"{r['jieba.lcut'] / r['pipeline']:.3f}" for r in runs[side])
            print(f"pipeline speed / jieba.lcut, {side}, each child: {ratios}")
        if args.check:
            differ = same_output(plain, compiled, folders, Path(tmp) / "out")
            print("extract output: " + ("byte-identical" if not differ else f"{len(differ)} files differ, "
                                        + ", ".join(differ[:10])))


if __name__ == "__main__":
    main()
