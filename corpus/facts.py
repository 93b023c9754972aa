"""Everything the release's documents say, gathered once from the release itself.

The card, ``croissant.json``, the data statement and the datasheet are rendered from
one ``ReleaseFacts``: the written tables (and views), their files with sizes and
sha256, the statistics, the figures, who made the labels, the source commit and the
citation. None of them reads anything else, so no two can disagree.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from corpus.annotators import Annotator, load_annotators
from corpus.buildinfo import source_commit
from corpus.errors import CorpusError, Problem
from corpus.figures import Figure, collect_figures
from corpus.project import Project
from corpus.tables import TABLES, VIEWS, Table

PRETTY_NAME = "StoryDrift"

# The five seed documents shipped with StoryDrift (seeds/manifest.jsonl: doc_id -> sha256;
# tests/test_card_text.py keeps the two in step). A release says what it knows of these
# texts (how they were collected, which carries page furniture) only of the seeds it holds.
SEEDS = {
    "000_6c756e0b388ccfc7": "f41047812d4ef659f19c27b6cb24ff5297022552e03fef05ad86591f608ec4e0",
    "001_df9a64f1ddd218e4": "cbd9977acadd5e1b1159ae2a2feeab918991345ea352f094989127d92e709f8e",
    "002_fb5c11cfc266e486": "54b2c79a1af1bd06fdf1fe3fb55ca7ff7d7cd5025788b8eaab481448b3464609",
    "003_b3393c7033fbc698": "c5940b7543c64500e92b27a5a588c1f5d17096608f77b4474cd8c22889780a7d",
    "004_e0d22e94f5972fb0": "1011af0b6fe9ca0eaabc52d11dd838ed1bdfbbc512ed9b8cfc4acdc0140e487c",
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def long_date(iso: str) -> str:
    """'2025-09-04' -> '4 September 2025' (the cards' prose dates)."""
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]} {y}"


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 story', '2 stories': counts in prose, from the data."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


@dataclass(frozen=True)
class DataFile:
    path: str  # relative to the release directory
    sha256: str
    size: int  # bytes on disk
    rows: int  # from the Parquet footer
    data_bytes: int  # uncompressed size of its row groups (the Parquet footer's figure)


@dataclass(frozen=True)
class ReleaseFacts:
    name: str  # project name (storydrift)
    version: str
    tables: dict[str, pa.Table]  # every config written (documents, segments: maybe a subset)
    files: dict[str, list[DataFile]]  # config -> its Parquet files (every shard)
    patterns: dict[str, list[str]]  # config -> its data_files as the release lists them
    stats: dict
    figures: list[Figure]
    annotators: list[Annotator]
    build: dict  # {"commit", "commit_date", "tree_clean"}
    citation: dict  # CITATION.cff
    # every document's metadata (no text): a lazy frame (the build's is a scan of its shard
    # files), queried for counts and distinct values; rows come out in doc_id order
    doc_meta: pl.LazyFrame
    # [tool.storydrift] description / topic: prose the tables cannot give (None: not set)
    description: str | None = None
    topic: str | None = None
    sources: tuple[str, ...] = ()  # the project's source folders ([tool.storydrift] sources)

    def rows(self, config: str) -> int:
        return sum(f.rows for f in self.files[config])

    @property
    def configs(self) -> list[str]:
        """The tables and views the card lists as ``datasets`` configs: those with rows.

        ``datasets`` 5.2 cannot load a split of zero rows, whatever the card says
        (``load_dataset`` raises 'Instruction "train" corresponds to no data!'; features
        in ``dataset_info`` and a Parquet file without row groups do not help), so a
        config that has no rows would be a promise the card cannot keep.
        """
        return [name for name in self.tables if self.rows(name)]

    @property
    def empty(self) -> list[str]:
        """Tables and views with no rows: schema-only Parquet files, in croissant.json,
        named in the card, but no ``datasets`` config (see ``configs``)."""
        return [name for name in self.tables if not self.rows(name)]

    def schema(self, config: str) -> Table:
        """The data model of a config: its registered layer's table, or a view's."""
        from corpus.registry import REGISTRY

        return REGISTRY[config].table if config in REGISTRY else VIEWS[config]

    def __post_init__(self) -> None:
        # one lazy frame, not a dict per document: a million documents' metadata is never
        # held whole; a column the documents table lacks (an older layer) is there, null
        meta = self.doc_meta.lazy()
        have = meta.collect_schema().names()
        meta = meta.with_columns(pl.lit(None, pl.String).alias(c) for c in DOC_META
                                 if c not in have)
        object.__setattr__(self, "doc_meta", meta)

    def _query(self, lf: pl.LazyFrame) -> pl.DataFrame:
        """One question about the documents, run by polars' streaming engine."""
        return lf.collect(engine="streaming")

    @cached_property
    def n_documents(self) -> int:
        return self._query(self.doc_meta.select(pl.len())).item()

    def document_rows(self, limit: int | None = None) -> list[dict]:
        """The first ``limit`` documents' metadata (all: None), by doc_id, as dicts: for
        the per-document tables of small releases."""
        meta = self.doc_meta.sort("doc_id")
        return self._query(meta if limit is None else meta.head(limit)).to_dicts()

    def _distinct(self, column: str) -> list:
        got = self._query(self.doc_meta.select(pl.col(column).unique()))[column]
        return sorted(v for v in got.to_list() if v is not None)

    @cached_property
    def languages(self) -> list[str]:
        """BCP-47 tags of the documents, sorted."""
        return self._distinct("language")

    @cached_property
    def authorships(self) -> list[str]:
        return self._distinct("authorship")

    @property
    def primary_languages(self) -> list[str]:
        """ISO 639 primary subtags (the Hub's ``language``), sorted."""
        return sorted({t.split("-")[0] for t in self.languages})

    @cached_property
    def n_stories(self) -> int:
        return self._query(self.doc_meta.select(pl.col("story_id").n_unique())).item()

    @property
    def stories_phrase(self) -> str:
        """'1 story' / '3 stories' (the documents' distinct story_id)."""
        return plural(self.n_stories, "story", "stories")

    @cached_property
    def dates(self) -> list[str]:
        """The documents' known dates (ISO), sorted."""
        return [d for d in self._distinct("date") if d]

    @cached_property
    def derivations(self) -> dict[str, int]:
        """Documents per derivation label, in vocabulary order."""
        from corpus.vocab import DERIVATION

        got = dict(self._query(self.doc_meta.group_by("derivation").len()).iter_rows())
        return {k: got[k] for k in DERIVATION if got.get(k)}

    def by_language_and_outlet(self) -> list[tuple[str, str, int]]:
        """(language, outlet or 'unknown', documents), sorted: the card's summary past
        the per-document limit."""
        df = self.doc_meta.select("language", pl.col("outlet").fill_null("unknown"))
        return sorted(self._query(df.group_by("language", "outlet").len()).iter_rows())

    @cached_property
    def max_stories_per_outlet(self) -> int:
        """The most stories any named outlet has in the release (0: no outlet named)."""
        per = self._query(self.doc_meta.filter(pl.col("outlet").is_not_null())
                          .group_by("outlet").agg(pl.col("story_id").n_unique()))
        return int(per["story_id"].max()) if per.height else 0

    @cached_property
    def seed_ids(self) -> list[str]:
        """The StoryDrift seed documents in this release (doc_id and sha256 both match)."""
        seeds = self._query(self.doc_meta.filter(pl.col("doc_id").is_in(list(SEEDS)))
                            .sort("doc_id"))
        return [d for d, h in seeds.select("doc_id", "sha256").iter_rows() if SEEDS[d] == h]

    @property
    def only_seeds(self) -> bool:
        """The release is exactly the five seed documents: what is known of them is then
        known of the whole corpus, and the prose says so."""
        return self.n_documents == len(SEEDS) and len(self.seed_ids) == len(SEEDS)

    @property
    def english_only(self) -> bool:
        return self.primary_languages == ["en"]

    @cached_property
    def machine_docs(self) -> int:
        """Documents labelled machine-authored (documents.authorship)."""
        return self._query(self.doc_meta.filter(pl.col("authorship") == "machine")
                           .select(pl.len())).item()

    @property
    def world_claims(self) -> int:
        """Claims whose verdict rests on facts outside the corpus (claims.world_knowledge)."""
        claims = self.tables.get("claims")
        if claims is None or "world_knowledge" not in claims.column_names:
            return 0
        return claims.num_rows - claims["world_knowledge"].null_count

    def seeds_said(self, what: str) -> str:
        """``what`` (a sentence about the seed documents) scoped to them: as it is when the
        release is exactly the seeds, else prefixed with which documents it is about;
        nothing when no seed is in the release."""
        if not self.seed_ids:
            return ""
        if self.only_seeds:
            return what
        return (f"Of the {plural(len(self.seed_ids), 'seed document')} shipped with "
                f"{PRETTY_NAME} ({', '.join(self.seed_ids)}): {what}")


def _digest(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest(), path.stat().st_size


def read_citation(root: Path) -> dict:
    path = root / "CITATION.cff"
    if not path.is_file():
        raise CorpusError("CITATION.cff not found",
                          [Problem("CITATION.cff", "the card's citation is generated from it")])
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise CorpusError("CITATION.cff: invalid YAML",
                          [Problem("CITATION.cff", str(e).splitlines()[0])]) from None
    for k in ("title", "authors", "message"):
        if not data or k not in data:
            raise CorpusError("CITATION.cff: incomplete",
                              [Problem("CITATION.cff", "missing key", field=k)])
    return data


DOC_META = ("doc_id", "story_id", "language", "language_evidence", "outlet", "outlet_evidence",
            "date", "derivation", "authorship", "sha256")


def gather(project: Project, tables: dict[str, pa.Table], folder: Path,
           files: dict[str, list[str]], stats: dict,
           documents: pl.DataFrame | pl.LazyFrame | None = None) -> ReleaseFacts:
    """Facts of the release being assembled in ``folder`` (data files already written).

    ``files``: each config's data_files as the card lists them (paths or shard globs);
    ``documents``: every document without its text (the build's reduction); by default
    the documents table. Kept lazy: ReleaseFacts queries it, it never copies it.
    """
    data_files = {}
    for config, rels in files.items():
        data_files[config] = []
        for path in sorted({p for rel in rels for p in folder.glob(rel)}):
            sha, size = _digest(path)
            meta = pq.read_metadata(path)
            data_files[config].append(DataFile(
                path.relative_to(folder).as_posix(), sha, size, meta.num_rows,
                sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))))
    docs = (documents if documents is not None else pl.from_arrow(tables["documents"])).lazy()
    base = {k: v for k, v in tables.items() if k in TABLES}
    return ReleaseFacts(
        name=project.name, version=project.version, tables=tables, files=data_files,
        patterns=dict(files), stats=stats, figures=collect_figures(project, base),
        annotators=load_annotators(project.annotations), build=source_commit(project.root),
        citation=read_citation(project.root),
        doc_meta=docs.select([c for c in DOC_META if c in docs.collect_schema().names()]),
        description=project.description, topic=project.topic, sources=project.sources)
