"""DATASHEET.md, rendered from a template with figures computed from the release."""

from __future__ import annotations

from importlib import resources
from string import Template

from corpus import markdown as md

LABELLING_PENDING = (
    "- Segments: a hand-checked gold segmentation of the seed documents "
    "(`annotations/segments.jsonl`); documents without gold segments are segmented by "
    "`corpus/segment.py`."
)


def render_datasheet(version: str, stats: dict, labelling: str, figures: dict[str, str]) -> str:
    tmpl = Template(resources.files("corpus.templates").joinpath("DATASHEET.md.tmpl")
                    .read_text(encoding="utf-8"))
    docs = stats["documents"]
    uncertain = ", ".join(f"{n} {k}" for k, n in stats["uncertain"].items())
    return tmpl.substitute(
        version=version,
        n_documents=stats["rows"].get("documents", len(docs)),
        n_stories=stats["stories"],
        rows_table=md.table(["table", "rows"], list(stats["rows"].items())),
        documents_table=md.documents_table(stats),
        segment_kinds=md.counts(stats["segment_kinds"], "kind", "Kind"),
        mention_labels=md.counts(stats["mention_labels"], "label", "Label"),
        quote_kinds=md.counts(stats["quote_kinds"], "kind", "Kind"),
        quote_variants=md.counts(stats["quote_variants"], "variant", "Variant"),
        quote_clusters=stats["quote_clusters"],
        claim_status=md.counts(stats["claim_status"], "status", "Status"),
        uncertain=uncertain,
        labelling=labelling,
        figures="\n\n".join(f"### {t}\n\n{s}" for t, s in figures.items()),
    )
