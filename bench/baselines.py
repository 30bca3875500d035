"""Baselines the benchmarks time in the same run as the pipeline (a helper module, not a script)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable


def jionlp_money_time(texts: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds JioNLP's ``extract_money`` + ``extract_time`` take over ``texts``,
    after a warm-up call of each (raises ImportError without ``pip install -e '.[bench]'``)."""
    import jionlp as jio

    logging.disable(logging.ERROR)  # JioNLP logs a traceback for every time string it cannot parse
    jio.ner.extract_money(texts[0][:200])
    jio.ner.extract_time(texts[0][:200])
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        jio.ner.extract_money(text)
        jio.ner.extract_time(text)
    return time.perf_counter() - start, time.process_time() - cpu


def jionlp_money_time_seconds(texts: list[str], clock: Callable[[], float] = time.perf_counter) -> float:
    """Seconds of ``jionlp_money_time``: CPU seconds when ``clock`` is ``time.process_time``."""
    wall, cpu = jionlp_money_time(texts)
    return cpu if clock is time.process_time else wall
