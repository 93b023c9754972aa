"""Tiny Markdown helpers for the generated documents (card, datasheet)."""

from __future__ import annotations

from collections.abc import Sequence


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    def cell(v: object) -> str:
        if v is None:
            return ""
        if isinstance(v, float):
            return f"{v:.3f}"
        return str(v).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in r) + " |" for r in rows]
    return "\n".join(lines)


def documents_table(stats: dict) -> str:
    """The per-document table both the card and the datasheet show (a summary past
    ``corpus.stats.PER_DOCUMENT_LIMIT`` documents, so the card stays readable)."""
    if "documents_summary" in stats:
        return documents_summary(stats["documents_summary"])
    cols = ("doc_id", "derivation", "authorship", "chars", "segments", "boilerplate_chars",
            "mentions", "quotes", "claims")
    return table([*cols[:5], "boilerplate chars", *cols[6:]],
                 [tuple(d[c] for c in cols) for d in stats["documents"]])


def counts(records: list[dict], key: str, title: str) -> str:
    if not records:
        return f"_No {title.lower()} in this release._"
    return table([title, "count"], [(r[key], r["n"]) for r in records])


def documents_summary(summary: dict) -> str:
    """Distribution of the per-document figures, and documents by derivation/authorship."""
    rows = [(col.replace("_", " "), d["min"], d["median"], d["mean"], d["max"], d["total"])
            for col, d in summary.items() if isinstance(d, dict) and "median" in d]
    out = (f"{summary['documents']} documents; per document:\n\n"
           + table(["figure", "min", "median", "mean", "max", "total"], rows))
    for key, title in (("by_derivation", "derivation"), ("by_authorship", "authorship")):
        out += "\n\n" + counts(summary[key], title, title.capitalize())
    return out
