"""DATASHEET.md, rendered from a template with figures computed from the release."""

from __future__ import annotations

from importlib import resources
from string import Template

from corpus import markdown as md
from corpus.annotators import who_made
from corpus.facts import ReleaseFacts


def render_datasheet(facts: ReleaseFacts) -> str:
    tmpl = Template(resources.files("corpus.templates").joinpath("DATASHEET.md.tmpl")
                    .read_text(encoding="utf-8"))
    stats = facts.stats
    docs = stats["documents"]
    uncertain = ", ".join(f"{n} {k}" for k, n in stats["uncertain"].items())
    labelling = "\n".join(f"- {f.labelling}" for f in facts.figures if f.labelling)
    figures = "\n\n".join(
        f"### {f.title}\n\n**Who made the labels behind this figure.** "
        f"{who_made(facts.annotators, f.layers)}\n\n{f.markdown}" for f in facts.figures)
    return tmpl.substitute(
        version=facts.version,
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
        who_made=who_made(facts.annotators),
        languages=", ".join(facts.languages),
        labelling=labelling,
        figures=figures,
    )
