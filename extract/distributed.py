"""The same pipeline on Dask (dask.distributed), so a cluster runs it unchanged.

The client reads and decodes each file (so workers need no access to the input folder) and
ships the article to a worker, which builds its ``Pipeline`` once and reuses it. At most a
few articles per worker are in flight, and results come back in input order, so the output
is identical to the local engine and memory stays flat in corpus size.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from extract.batch import FileResult, process_article
from extract.ingest import Article, ArticleFile, IngestError, read_article
from extract.pipeline import Options, Pipeline

_PIPELINES: dict[Options, Pipeline] = {}
IN_FLIGHT_PER_WORKER = 4


def run_on_worker(file: ArticleFile, article: Article, options: Options) -> FileResult:
    """Runs inside a Dask worker: one pipeline per worker process and option set."""
    pipeline = _PIPELINES.get(options)
    if pipeline is None:
        pipeline = _PIPELINES[options] = Pipeline(options)
    return process_article(file, article, pipeline)


def dask_results(files: list[ArticleFile], options: Options, scheduler: str | None) -> Iterator[FileResult]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise RuntimeError("the dask engine needs dask[distributed]: pip install -e '.[dask]'") from exc
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        limit = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})))
        pending: deque = deque()
        for file in files:
            try:
                article = read_article(file)
            except IngestError as exc:
                pending.append(FileResult(file, error=exc.reason))
            else:
                pending.append(client.submit(run_on_worker, file, article, options, pure=False))
            while len(pending) > limit:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _result(item) -> FileResult:
    return item if isinstance(item, FileResult) else item.result()
