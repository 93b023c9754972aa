"""Annotation records <-> Label Studio results, losslessly: the one entry point.

``records_to_results`` (to_results.py) and ``results_to_records`` (from_results.py) are
inverse on valid records: every field survives push -> pull, in dedicated controls where
the editor can show it and in ``attrs`` lines where it cannot. Offsets change unit only
through :mod:`corpus.labelstudio.offsets`.
"""

from __future__ import annotations

from corpus.labelstudio.from_results import Pulled, Refusal, check_result, results_to_records
from corpus.labelstudio.records import (
    EVIDENCE_KEY,
    LAYERS,
    Record,
    complete,
    decode_attrs,
    derived_id,
    encode_attrs,
    region_id,
)
from corpus.labelstudio.to_results import records_to_results

__all__ = [
    "EVIDENCE_KEY", "LAYERS", "Pulled", "Record", "Refusal", "check_result", "complete",
    "decode_attrs", "derived_id", "encode_attrs", "records_to_results", "region_id",
    "results_to_records",
]
