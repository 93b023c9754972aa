"""The evaluation set: openly licensed pages outside the corpus, with their own gold.

``evaluation/manifest.jsonl`` lists each page (byte-exact text in ``evaluation/pages/``)
with its URL, outlet, licence, attribution and its split: ``dev`` or ``test`` for the first
collection (fixed by the hash rule in ``evaluation/README.md`` before any annotator output
was looked at), ``holdout`` for every page of a later collection (decided by the collection:
those pages are touched only to report, never to tune). Gold
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
SPLITS = ("dev", "test", "holdout")
# The split of every page collected after the first collection: chosen by collection, not
# by the hash rule; no annotator's output is looked at before its gold is made.
HOLDOUT = "holdout"
REQUIRED = ("doc_id", "file", "sha256", "split", "story_id", "language", "url", "outlet",
            "host", "licence", "attribution", "retrieved")
OPTIONAL = ("date", "chars", "notes", "collection")
FIRST_COLLECTION = "2026-12-01"  # the `retrieved` date of the first collection
# A collection's split where it is chosen by collection (not by the hash rule): collections 2,
# 6, 7, 10, 12, 15, 17 and 20 are held out (6 made when 2 had been looked at too often, 7 when 6 had
# been scored, 10 when 2, 6, 7 and test had all been scored and 8 and 9 were being tuned on, 12
# beside dev collection 11, the URLs split between the two by their hash, 15 when 10 and 12 had
# been scored and 13 and 14 were being tuned on, 17 when 15 had been scored and 16 was being
# tuned on, 20 beside dev collection 19, its outlets split from 19's);
# collections 3, 4, 5, 8, 9, 11, 13, 14, 16, 18 and 19 are dev pages for tuning (8 rich in page
# furniture, for the segmenter; 9 rich in quotes and names, for the quote, speaker and PERSON
# rules; 11 furniture and names on hosts the seeds' patterns do not cover; 13 hosts, transcripts and
# listings no earlier collection has, scored on arrival; 14 interviews, briefings, one story in
# three versions, court and sports pages, made when 13 had been tuned on; 16 listings, roundups,
# obituary items and science reports with named researchers, made when 14 had been tuned on,
# scored on arrival; 18 speeches, briefings, military and FBI stories with post-posed cues and
# copies on third-party hosts, made when 16 had been tuned on; 19 releases, a round-up, a
# conference transcript and soldiers' stories with post-posed cues, made when 18 had been tuned
# on, scored on arrival). Pages of
# collection 2 and later were annotated by reading before any annotator ran on them, so the
# segmenter never runs on them from here (gold segments or nothing).
BY_COLLECTION = {2: HOLDOUT, 3: "dev", 4: "dev", 5: "dev", 6: HOLDOUT, 7: HOLDOUT, 8: "dev",
                 9: "dev", 10: HOLDOUT, 11: "dev", 12: HOLDOUT, 13: "dev",
                 14: "dev", 15: HOLDOUT, 16: "dev", 17: HOLDOUT, 18: "dev",
                 19: "dev", 20: HOLDOUT}
# Every collection there is: the first (dev/test by hash) and those split by collection.
COLLECTIONS = (1, *sorted(BY_COLLECTION))
_SHA = re.compile(r"^[0-9a-f]{64}$")
# Layers an annotator writes; documents, sources and segments come from the gold folder.
PASS_LAYERS = ("entities", "mentions", "quotes")


def inside_eval_set(folder: Path, root: Path) -> bool:
    """Whether ``folder`` is (or is inside) the evaluation set's folder: seed-scoring scripts
    read every ``*.txt`` there with no split, so they would run the annotators on test and
    held-out pages; ``corpus evalset score`` is the split-aware way to score those."""
    try:
        Path(folder).resolve().relative_to((root / EVAL_DIR).resolve())
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Page:
    entry: Entry
    split: str
    url: str
    outlet: str
    licence: str
    attribution: str
    collection: int = 1


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
        col = rec.get("collection")
        if col is not None and (not isinstance(col, int) or isinstance(col, bool)
                                or col not in BY_COLLECTION):
            problems.append(Problem(MANIFEST, f"collection must be one of {sorted(BY_COLLECTION)}",
                                    line, rid, "collection"))
        elif col is not None and rec.get("split") != BY_COLLECTION[col]:
            problems.append(Problem(MANIFEST, f"collection {col} pages are in split "
                                    f"{BY_COLLECTION[col]!r}", line, rid, "split"))
        if rid in seen:
            problems.append(Problem(MANIFEST, "duplicate doc_id", line, rid, "doc_id"))
        seen.add(rid)
        if problems:
            continue
        entry = Entry(doc_id=rec["doc_id"], file=rec["file"], sha256=rec["sha256"],
                      story_id=rec["story_id"], language=rec["language"],
                      outlet=rec["outlet"], date=rec.get("date"),
                      outlet_evidence=f"evaluation manifest: {rec['host']}",
                      language_evidence="evaluation manifest", notes=rec.get("notes"),
                      manifest=MANIFEST, line=line)
        pages.append(Page(entry, rec["split"], rec["url"], rec["outlet"], rec["licence"],
                          rec["attribution"], collection_of(rec)))
    if problems:
        raise CorpusError(f"{MANIFEST}: {len(problems)} problems", problems)
    return pages


def collection_of(rec: dict) -> int:
    """1 for the first collection (dev/test by hash), else the record's `collection` (2,
    the held-out pages, carry none: they are told by their `retrieved` date)."""
    if rec.get("collection") is not None:
        return int(rec["collection"])
    return 1 if str(rec.get("retrieved", "")).startswith(FIRST_COLLECTION) else 2


def load_texts(root: Path, pages: list[Page] | None = None) -> dict[str, str]:
    """doc_id -> exact text (sha256 checked against the manifest)."""
    from corpus.documents import load_text

    pages = read_eval_manifest(root) if pages is None else pages
    return {p.entry.doc_id: load_text(root, p.entry) for p in pages}


def split_pages(root: Path, split: str | None,
                collections: set[int] | None = None) -> list[Page]:
    """The pages of one split; None means dev and test, never the held-out pages, which
    are scored only when named. ``collections`` keeps only pages of those collections (an
    unknown collection is an error, not an empty selection)."""
    unknown = sorted(set(collections or ()) - set(COLLECTIONS))
    if unknown:
        raise CorpusError(f"unknown collection {unknown}: the evaluation set has collections "
                          f"{list(COLLECTIONS)}",
                          [Problem(MANIFEST, f"no collection {c}", field="collection")
                           for c in unknown])
    return [p for p in read_eval_manifest(root)
            if (p.split == split if split else p.split != HOLDOUT)
            and (collections is None or p.collection in collections)]


def split_ids(root: Path, split: str | None) -> set[str]:
    return {p.entry.doc_id for p in read_eval_manifest(root) if split in (None, p.split)}


def build_eval_frames(root: Path, layers: Path | None = None) -> dict[str, pl.DataFrame]:
    """The evaluation set's tables for the gate, as the build makes the corpus's: pages
    from the evaluation manifest, segments from ``evaluation/segments.jsonl`` (the
    segmenter elsewhere), layers from ``evaluation/gold`` -- or, for the layers an
    annotator writes (entities, mentions, quotes), from ``layers`` (a pass folder)."""
    from corpus.build import _frame, _rel, attach_labels
    from corpus.documents import load_documents
    from corpus.layers import empty_layer, read_layer_folder
    from corpus.registry import REGISTRY, resolve

    pages = read_eval_manifest(root)
    gold = eval_root(root) / "gold"
    gold_tabs = read_layer_folder(gold, root, required=REGISTRY.names(
        lambda la: la.source == "documents"))
    pass_tabs = read_layer_folder(layers, root) if layers is not None else {}
    frames: dict[str, pl.DataFrame] = {}
    for la in REGISTRY:
        if la.source == "documents":
            docs = load_documents(root, [p.entry for p in pages])
            frames[la.name] = attach_labels(docs, _frame(gold_tabs[la.name]),
                                            _rel(gold / la.file, root))
        elif la.source == "segments":
            frames[la.name] = eval_segments(root, frames["documents"])
        elif la.name in pass_tabs and la.name in PASS_LAYERS:
            frames[la.name] = _frame(pass_tabs[la.name])
        elif la.name in gold_tabs:
            frames[la.name] = _frame(gold_tabs[la.name])
        else:  # a layer some step computes; the evaluation set has none of it
            frames[la.name] = _frame(empty_layer(la.table))
    for la in REGISTRY:
        if la.derive:
            frames[la.name] = resolve(la.derive)(frames[la.name], frames)
    return frames


SEGMENTS_FILE = f"{EVAL_DIR}/segments.jsonl"


def gated_tables() -> tuple[str, ...]:
    """The tables the evaluation set has: not the cross-version drift layers, which the
    corpus build computes story by story (the evaluation pages are no story set)."""
    from corpus.registry import REGISTRY

    return tuple(la.name for la in REGISTRY if la.source in ("documents", "segments", "folder")
                 and la.name != "alignments")


def eval_segments(root: Path, documents: pl.DataFrame) -> pl.DataFrame:
    """Gold segments where a page has them, the segmenter elsewhere (as in the build) --
    except on pages of the later collections (held-out and collection-3/4/5 dev pages): the
    segmenter never runs on them from here, so validating their layers before their gold
    segments exist cannot show anyone its output."""
    from corpus.build import _frame
    from corpus.layers import load_layer
    from corpus.tables import TABLES

    gold = _frame(load_layer(root / SEGMENTS_FILE, TABLES["segments"], root))
    held_out = sorted(p.entry.doc_id for p in read_eval_manifest(root) if p.collection > 1)
    missing = documents.join(gold.select("doc_id").unique(), on="doc_id", how="anti")
    missing = missing.filter(~pl.col("doc_id").is_in(held_out))
    parts = [gold]
    if missing.height:
        from corpus.segment import segment_documents

        auto = _frame(segment_documents(missing.select("doc_id", "text").to_arrow()))
        auto = auto.with_columns(pl.lit("<segmenter>").alias("_file"),
                                 pl.lit(None, pl.Int64).alias("_line"))
        parts.append(auto.select(gold.columns))
    return pl.concat(parts, how="vertical_relaxed").sort("doc_id", "start")
