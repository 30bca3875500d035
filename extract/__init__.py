"""Extract quantities, dates, entities and linked records from Chinese reports.

Data flows one way through one module per stage:
``ingest -> segment -> recognise (quantity, dates, entities) -> link -> write``;
``pipeline`` wires the stages, ``evaluate`` scores output against gold (SPEC section 5).
"""

__version__ = "0.1.0"
