"""Keep stdout for the program's own output (``extract --out -`` streams JSON Lines there).

Libraries print: spacy-pkuseg reports on loading its model, others warn. Python code writes
through ``sys.stdout``, compiled code straight to file descriptor 1, and worker processes inherit
descriptor 1; so a print anywhere would put a stray line into the JSON Lines. Both helpers point
descriptor 1 and ``sys.stdout`` at stderr: ``stdout_to_stderr`` while a block runs (loading a
chatty library), ``private_stdout`` for the rest of the process, keeping a stream of its own on
the real stdout.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator
from typing import TextIO

STDOUT_FD, STDERR_FD = 1, 2


def _real_fds() -> bool:
    """True when sys.stdout and sys.stderr are the process's descriptors 1 and 2 (not a test
    harness's or an embedding application's replacement streams, which are left alone)."""
    try:
        return sys.stdout.fileno() == STDOUT_FD and sys.stderr.fileno() == STDERR_FD
    except (AttributeError, OSError, io.UnsupportedOperation):
        return False


@contextlib.contextmanager
def stdout_to_stderr() -> Iterator[None]:
    """While the block runs, whatever is written to stdout (Python or compiled code) goes to stderr."""
    if not _real_fds():
        with contextlib.redirect_stdout(sys.stderr):
            yield
        return
    sys.stdout.flush()
    saved = os.dup(STDOUT_FD)
    os.dup2(STDERR_FD, STDOUT_FD)
    try:
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, STDOUT_FD)
        os.close(saved)


def private_stdout() -> TextIO:
    """A UTF-8 stream on the real stdout for the program's own output; from now on descriptor 1
    and ``sys.stdout`` (here and in processes started later) are stderr.

    Without real descriptors (a test harness) it returns ``sys.stdout`` and changes nothing."""
    if not _real_fds():
        return sys.stdout
    sys.stdout.flush()
    stream = os.fdopen(os.dup(STDOUT_FD), "w", buffering=1, encoding="utf-8", newline="\n")  # a line per document
    os.dup2(STDERR_FD, STDOUT_FD)
    sys.stdout = sys.stderr
    return stream
