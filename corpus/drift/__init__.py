"""Drift between the versions of one story: duplicates, alignment, quote and entity drift,
derivation proposals and the drift report.

Pure functions over Arrow tables, one module per job: ``text`` (tokens, passages),
``dedup`` (MinHash blocking, duplicates and containment), ``align`` (passage alignment
and edit actions), ``quotes`` (quote clusters and variants), ``entities`` (entity and
claim drift), ``derivation`` (derivation proposals), ``story`` (all of them for one
story), ``report`` and ``plots`` (the HTML page). Every span is code points into the
document's exact text, as everywhere in the corpus.
"""
