"""Everything the release's documents say, gathered once from the release itself.

The card, ``croissant.json``, the data statement and the datasheet are rendered from
one ``ReleaseFacts``: the written tables (and views), their files with sizes and
sha256, the statistics, the figures, who made the labels, the source commit and the
citation. None of them reads anything else, so no two can disagree.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
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
    doc_meta: list[dict]  # every document's metadata (no text), in doc_id order

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

    @property
    def documents(self) -> list[dict]:
        """Every document's metadata (language, outlet, derivation...), without its text."""
        return self.doc_meta

    @property
    def languages(self) -> list[str]:
        """BCP-47 tags of the documents, sorted."""
        return sorted({d["language"] for d in self.doc_meta})

    @property
    def primary_languages(self) -> list[str]:
        """ISO 639 primary subtags (the Hub's ``language``), sorted."""
        return sorted({t.split("-")[0] for t in self.languages})


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
            "date", "derivation", "authorship")


def gather(project: Project, tables: dict[str, pa.Table], folder: Path,
           files: dict[str, list[str]], stats: dict,
           documents: pl.DataFrame | None = None) -> ReleaseFacts:
    """Facts of the release being assembled in ``folder`` (data files already written).

    ``files``: each config's data_files as the card lists them (paths or shard globs);
    ``documents``: every document without its text (the build's reduction); by default
    the documents table.
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
    docs = documents if documents is not None else pl.from_arrow(tables["documents"])
    base = {k: v for k, v in tables.items() if k in TABLES}
    return ReleaseFacts(
        name=project.name, version=project.version, tables=tables, files=data_files,
        patterns=dict(files), stats=stats, figures=collect_figures(project, base),
        annotators=load_annotators(project.annotations), build=source_commit(project.root),
        citation=read_citation(project.root),
        doc_meta=docs.select(DOC_META).sort("doc_id").to_dicts())
