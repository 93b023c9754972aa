"""Where the project's inputs live, read from pyproject.toml.

Everything the build reads is found from one root, so the same command run in two
clones gives the same release and no absolute path leaks into any output.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from corpus.errors import CorpusError, Problem


@dataclass(frozen=True)
class Project:
    root: Path
    name: str
    version: str
    sources: tuple[str, ...]  # folders with manifest.jsonl, relative to root
    # Documents per build shard, in MB of source text ([tool.storydrift] shard_mb): part
    # of the release's definition (a release past one shard has NNNNN-of-NNNNN files).
    shard_mb: float = 16.0

    @property
    def annotations(self) -> Path:
        return self.root / "annotations"

    @property
    def gold(self) -> Path:
        return self.annotations / "gold"

    @property
    def gold_segments(self) -> Path:
        return self.annotations / "segments.jsonl"

    @property
    def passes(self) -> Path:
        return self.annotations / "passes"

    @property
    def decisions(self) -> Path:
        return self.annotations / "adjudication" / "decisions.jsonl"

    @property
    def labeling_config(self) -> Path:
        return self.annotations / "labeling_config.xml"

    @property
    def catalogue(self) -> Path:
        """The gold entity catalogue (the pre-annotator's default)."""
        return self.gold / "entities.jsonl"

    @property
    def source_paths(self) -> list[Path]:
        return [self.root / s for s in self.sources]

    @property
    def dist(self) -> Path:
        return self.root / "dist"

    @property
    def release_name(self) -> str:
        return f"storydrift-{self.version}"


def find_root(start: Path | None = None) -> Path:
    """The nearest folder upwards that holds a pyproject.toml naming storydrift."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        pp = folder / "pyproject.toml"
        if pp.is_file() and 'name = "storydrift"' in pp.read_text(encoding="utf-8"):
            return folder
    raise CorpusError(
        f"no StoryDrift project found at or above {here}",
        [Problem(str(here), "run inside the project or pass --root")],
    )


def load_project(root: Path | None = None) -> Project:
    root = find_root(root)
    pp = root / "pyproject.toml"
    try:
        data = tomllib.loads(pp.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise CorpusError(f"{pp}: invalid TOML", [Problem(str(pp), str(e))]) from None
    proj = data.get("project", {})
    tool = data.get("tool", {}).get("storydrift", {})
    sources = tool.get("sources", ["seeds"])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise CorpusError(
            f"{pp}: bad [tool.storydrift] sources",
            [Problem(str(pp), "must be a list of folder names", field="tool.storydrift.sources")],
        )
    shard_mb = tool.get("shard_mb", 16.0)
    if isinstance(shard_mb, bool) or not isinstance(shard_mb, int | float) or shard_mb <= 0:
        raise CorpusError(
            f"{pp}: bad [tool.storydrift] shard_mb",
            [Problem(str(pp), "must be a positive number (MB of text per build shard)",
                     field="tool.storydrift.shard_mb")],
        )
    return Project(root=root, name=proj["name"], version=proj["version"], sources=tuple(sources),
                   shard_mb=float(shard_mb))
