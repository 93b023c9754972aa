"""The evaluation set: openly licensed pages outside the corpus, with their own gold.

``evaluation/manifest.jsonl`` lists each page (byte-exact text in ``evaluation/pages/``)
with its URL, outlet, licence, attribution and its split (``dev`` or ``test``, fixed by
the rule in ``evaluation/README.md`` before any annotator output was looked at). Gold
layers live in ``evaluation/gold/``, annotators' passes in ``evaluation/passes/<name>/``.
The release never includes these pages; it only quotes the scores measured on them.

The layer files have exactly the corpus's columns and go through the same gate
(`run_gate`), so "valid" means the same thing here as for the corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from corpus.errors import CorpusError, Problem
from corpus.jsonl import LINE_KEY, read_jsonl
from corpus.manifest import Entry

EVAL_DIR = "evaluation"
MANIFEST = f"{EVAL_DIR}/manifest.jsonl"
SPLITS = ("dev", "test")
REQUIRED = ("doc_id", "file", "sha256", "split", "story_id", "language", "url", "outlet",
            "host", "licence", "attribution", "retrieved")
OPTIONAL = ("date", "chars", "notes")
_SHA = re.compile(r"^[0-9a-f]{64}$")
# Layers an annotator writes; documents, sources and segments come from the gold folder.
PASS_LAYERS = ("entities", "mentions", "quotes")


@dataclass(frozen=True)
class Page:
    entry: Entry
    split: str
    url: str
    outlet: str
    licence: str
    attribution: str


def eval_root(root: Path) -> Path:
    return root / EVAL_DIR


def read_eval_manifest(root: Path) -> list[Page]:
    """Every page of the evaluation set, fields checked (bytes are checked on load)."""
    path = root / MANIFEST
    if not path.is_file():
        raise CorpusError(f"{MANIFEST}: not found", [Problem(MANIFEST, "file not found")])
    pages, problems, seen = [], [], set()
    for rec in read_jsonl(path):
        line, rid = rec.get(LINE_KEY), rec.get("doc_id")
        for k in rec:
            if k not in REQUIRED + OPTIONAL and k != LINE_KEY:
                problems.append(Problem(MANIFEST, "unknown field", line, rid, k))
        for k in REQUIRED:
            if not isinstance(rec.get(k), str) or not rec[k]:
                problems.append(Problem(MANIFEST, "missing or not a non-empty string", line,
                                        rid, k))
        if rec.get("split") not in SPLITS:
            problems.append(Problem(MANIFEST, f"split must be one of {SPLITS}", line, rid,
                                    "split"))
        if isinstance(rec.get("sha256"), str) and not _SHA.match(rec["sha256"]):
            problems.append(Problem(MANIFEST, "not 64 lower-case hex digits", line, rid,
                                    "sha256"))
        if rid in seen:
            problems.append(Problem(MANIFEST, "duplicate doc_id", line, rid, "doc_id"))
        seen.add(rid)
        if problems:
            continue
        entry = Entry(doc_id=rec["doc_id"], file=rec["file"], sha256=rec["sha256"],
                      story_id=rec["story_id"], language=rec["language"],
                      outlet=rec["outlet"], date=rec.get("date"), notes=rec.get("notes"),
                      manifest=MANIFEST, line=line)
        pages.append(Page(entry, rec["split"], rec["url"], rec["outlet"], rec["licence"],
                          rec["attribution"]))
    if problems:
        raise CorpusError(f"{MANIFEST}: {len(problems)} problems", problems)
    return pages


def load_texts(root: Path, pages: list[Page] | None = None) -> dict[str, str]:
    """doc_id -> exact text (sha256 checked against the manifest)."""
    from corpus.documents import load_text

    pages = read_eval_manifest(root) if pages is None else pages
    return {p.entry.doc_id: load_text(root, p.entry) for p in pages}


def split_ids(root: Path, split: str | None) -> set[str]:
    return {p.entry.doc_id for p in read_eval_manifest(root) if split in (None, p.split)}


def build_eval_frames(root: Path, layers: Path | None = None) -> dict[str, pl.DataFrame]:
    """The evaluation set's tables for the gate: pages, gold documents/segments, and the
    entity/mention/quote layers from ``layers`` (an annotator's pass) or the gold folder."""
    from corpus.build import LAYER_FILES, _frame, _rel, attach_labels, with_segment_kind
    from corpus.documents import load_documents
    from corpus.layers import load_layer
    from corpus.tables import TABLES

    pages = read_eval_manifest(root)
    gold = eval_root(root) / "gold"
    docs = load_documents(root, [p.entry for p in pages])
    labels_path = gold / "documents.jsonl"
    labels = _frame(load_layer(labels_path, TABLES["documents"], root, required=True))
    frames = {"documents": attach_labels(docs, labels, _rel(labels_path, root))}
    frames["segments"] = eval_segments(root, frames["documents"])
    for name in LAYER_FILES:
        src = gold
        if layers is not None and name in PASS_LAYERS:
            src = layers
        frames[name] = _frame(load_layer(src / f"{name}.jsonl", TABLES[name], root))
    for name in ("mentions", "quotes"):
        frames[name] = with_segment_kind(frames[name], frames["segments"])
    return frames


def eval_segments(root: Path, documents: pl.DataFrame) -> pl.DataFrame:
    """Gold segments where a page has them, the segmenter elsewhere (as in the build)."""
    from corpus import vocab
    from corpus.build import _frame
    from corpus.layers import load_layer
    from corpus.tables import TABLES

    gold = _frame(load_layer(eval_root(root) / "gold" / "segments.jsonl", TABLES["segments"],
                             root))
    missing = documents.join(gold.select("doc_id").unique(), on="doc_id", how="anti")
    parts = [gold]
    if missing.height:
        from corpus.segment import segment_documents

        auto = _frame(segment_documents(missing.select("doc_id", "text").to_arrow()))
        auto = auto.with_columns(pl.lit("<segmenter>").alias("_file"),
                                 pl.lit(None, pl.Int64).alias("_line"))
        parts.append(auto.select(gold.columns))
    seg = pl.concat(parts, how="vertical_relaxed").sort("doc_id", "start")
    return seg.with_columns(
        pl.format("{}:s{}", pl.col("doc_id"),
                  pl.int_range(pl.len()).over("doc_id").cast(pl.String).str.zfill(3))
        .alias("segment_id"),
        pl.col("kind").is_in(list(vocab.SEGMENT_BOILERPLATE_KINDS)).alias("boilerplate"),
    )
