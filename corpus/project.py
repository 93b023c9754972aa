"""Where the project's inputs live, read from pyproject.toml.

Everything the build reads is found from one root, so the same command run in two
clones gives the same release and no absolute path leaks into any output.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from corpus.errors import CorpusError, Problem
from corpus.paths import resolve_inside

# Semantic versioning 2.0.0 (semver.org), the regular expression it publishes.
SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)"
    r"(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$")


RELEASE_REPORTS = ("annotated", "all", "none")
# Default shard size, MB of source text: a step worker grows by 25-30x its shard while it runs
# one, so 8 MB keeps two workers and the main process under 2 GB at 100k documents (16 MB
# measured 2.0 GiB) for the same CPU time (scripts/bench_scale.py, README "Building at scale").
DEFAULT_SHARD_MB = 8.0


@dataclass(frozen=True)
class Project:
    root: Path
    name: str
    version: str
    sources: tuple[str, ...]  # folders with manifest.jsonl, relative to root
    # Documents per build shard, in MB of source text ([tool.storydrift] shard_mb): part
    # of the release's definition (a release past one shard has NNNNN-of-NNNNN files).
    shard_mb: float = DEFAULT_SHARD_MB
    allowed_roots: tuple[Path, ...] = ()  # resolved folders outside root a symlink may reach
    empty_layers: tuple[str, ...] = ()  # layers declared empty on purpose
    # Prose the release's documents cannot compute from the tables ([tool.storydrift]
    # description, topic): what the stories are about. None: a neutral sentence instead.
    description: str | None = None
    topic: str | None = None
    # Which stories' HTML drift reports the release carries in report/ ([tool.storydrift]
    # release_reports): "annotated" (stories with any gold layer: the curated ones; every
    # other story's page is one `corpus report` away), "all" or "none". A page costs
    # about a second of charts and half a megabyte: at a million documents, "all" would
    # be days and tens of gigabytes.
    release_reports: str = "annotated"

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
    """The project at (or above) ``root``, every setting checked before it is used."""
    root = find_root(root)
    where = "pyproject.toml"
    try:
        data = tomllib.loads((root / where).read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise CorpusError(f"{where}: invalid TOML", [Problem(where, str(e))]) from None
    proj = data.get("project") if isinstance(data.get("project"), dict) else {}
    tool = data.get("tool", {}).get("storydrift", {}) if isinstance(data.get("tool"), dict) else {}
    problems = []
    name, version = proj.get("name"), proj.get("version")
    if not isinstance(version, str):
        problems.append(Problem(where, "missing or not a string: the release version",
                                field="project.version"))
    elif not SEMVER.match(version):
        problems.append(Problem(where, f"{version!r} is not a semantic version (MAJOR.MINOR.PATCH"
                                ", e.g. 0.2.0 or 1.0.0-rc.1)", field="project.version"))
    allowed: list[Path] = []
    raw_allowed = tool.get("allowed_roots", [])
    if not isinstance(raw_allowed, list) or not all(isinstance(a, str) for a in raw_allowed):
        problems.append(Problem(where, "must be a list of absolute folder paths",
                                field="tool.storydrift.allowed_roots"))
    else:
        for a in raw_allowed:
            if not Path(a).is_absolute():
                problems.append(Problem(where, f"{a!r} is not an absolute path",
                                        field="tool.storydrift.allowed_roots"))
            else:
                allowed.append(Path(a).resolve())
    sources = tool.get("sources", ["seeds"])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        problems.append(Problem(where, "must be a list of folder names",
                                field="tool.storydrift.sources"))
        sources = []
    for s in sources:
        _, what = resolve_inside(root, s, allowed)
        if what:
            problems.append(Problem(where, what, field="tool.storydrift.sources"))
    shard_mb = tool.get("shard_mb", DEFAULT_SHARD_MB)
    if isinstance(shard_mb, bool) or not isinstance(shard_mb, int | float) or shard_mb <= 0:
        problems.append(Problem(where, "must be a positive number (MB of text per build shard)",
                                field="tool.storydrift.shard_mb"))
        shard_mb = DEFAULT_SHARD_MB
    empty = tool.get("empty_layers", [])
    if not isinstance(empty, list) or not all(isinstance(x, str) for x in empty):
        problems.append(Problem(where, "must be a list of layer names",
                                field="tool.storydrift.empty_layers"))
        empty = []
    reports = tool.get("release_reports", "annotated")
    if reports not in RELEASE_REPORTS:
        problems.append(Problem(where, f"must be one of {', '.join(RELEASE_REPORTS)} (which "
                                "stories' drift reports the release carries)",
                                field="tool.storydrift.release_reports"))
        reports = "annotated"
    prose = {}
    for key in ("description", "topic"):
        value = tool.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()
                                  or value != " ".join(value.split())):
            problems.append(Problem(where, "must be one line of text, without leading, "
                                    "trailing or repeated spaces (the cards' prose)",
                                    field=f"tool.storydrift.{key}"))
            value = None
        prose[key] = value
    if problems:
        raise CorpusError(f"{where}: {len(problems)} problems", problems)
    return Project(root=root, name=name if isinstance(name, str) else "storydrift",
                   version=version, sources=tuple(sources), allowed_roots=tuple(allowed),
                   shard_mb=float(shard_mb), empty_layers=tuple(empty),
                   release_reports=reports, **prose)
