"""Extract quantities, dates, entities and linked records from Chinese reports.

Data flows one way through one module per stage:
``ingest -> segment -> recognise (quantity, dates, entities) -> link -> write``;
``pipeline`` wires the stages, ``evaluate`` scores output against gold (SPEC section 5).
"""

__version__ = "0.1.0"


def __getattr__(name: str):
    """``extract.Extractor`` and ``extract.process_text`` (the Python API, extract/api.py), imported on
    first use so that ``import extract`` stays light for the command line and worker processes."""
    if name in ("Extractor", "process_text"):
        from extract import api

        return getattr(api, name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
