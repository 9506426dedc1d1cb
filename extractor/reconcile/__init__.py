"""Reconciliation of reported capital-flow figures with the official MoF series.

Public API: `load_official`, `OfficialData`, `reconcile_records`, `read_records`.
"""

from extractor.reconcile.official import OfficialData, load_official
from extractor.reconcile.verdicts import read_records, reconcile_records

__all__ = ["OfficialData", "load_official", "read_records", "reconcile_records"]
