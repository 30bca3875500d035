"""The same pipeline on Dask (dask.distributed), so a cluster runs it unchanged.

The client reads and decodes each file (so workers need no access to the input folder) and
ships the article to a worker, which builds its ``Pipeline`` once and reuses it. At most a
few articles per worker are in flight, and results come back in input order, so the output
is identical to the local engine and memory stays flat in corpus size. A task whose workers keep
dying (Dask retries it on others, then gives up with ``KilledWorker``) fails its file only.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

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
    """The pipeline run on dask.distributed (a local cluster, or the one at ``scheduler``): one
    result per file, in the order of ``files``."""
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
                pending.append((file, FileResult(file, error=exc.reason)))
            else:
                pending.append((file, client.submit(run_on_worker, file, article, options, pure=False)))
            while len(pending) > limit:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _result(item: tuple[ArticleFile, Any]) -> FileResult:
    """The result of one file: read on the client, or computed on a worker (a Dask future)."""
    file, outcome = item
    if isinstance(outcome, FileResult):
        return outcome
    from distributed import KilledWorker  # dask is optional: imported only when this engine runs

    try:
        return outcome.result()
    except KilledWorker:
        return FileResult(file, error="worker died: every Dask worker that ran it died (Dask gave up retrying it)")
