"""The dataset card (the release's README.md).

YAML front matter gives one ``config`` per table and its ``dataset_info`` features
(ClassLabel for every closed vocabulary), so ``datasets.load_dataset(dir, name)``
works offline with no loading script; the body's figures come from the release.
"""

from __future__ import annotations

import pyarrow as pa
import yaml

from corpus import markdown as md
from corpus.registry import REGISTRY
from corpus.stats import size_category
from corpus.tables import Column


def feature(col: Column) -> dict:
    """One column as a `datasets` YAML feature."""
    if col.vocab is not None:
        names = {str(i): n for i, n in enumerate(col.vocab)}
        return {"name": col.name, "dtype": {"class_label": {"names": names}}}
    if pa.types.is_list(col.type):
        return {"name": col.name, "list": _dtype(col.type.value_type)}
    return {"name": col.name, "dtype": _dtype(col.type)}


def _dtype(t: pa.DataType) -> str:
    return {pa.string(): "string", pa.int64(): "int64", pa.bool_(): "bool"}[t]


def front_matter(tables: dict[str, pa.Table], files: dict[str, list[str]],
                 rows: dict[str, int] | None = None) -> str:
    rows = rows if rows is not None else {k: v.num_rows for k, v in tables.items()}
    configs, infos = [], []
    for la in REGISTRY.release_layers():
        name, table = la.name, la.table
        configs.append({"config_name": name,
                        "data_files": [{"split": "train", "path": p} for p in files[name]]})
        infos.append({"config_name": name, "features": [feature(c) for c in table.columns]})
    meta = {
        "pretty_name": "StoryDrift",
        "language": ["en"],
        "license": "other",
        "license_name": "storydrift-terms",
        "license_link": "TERMS.md",
        "task_categories": ["token-classification", "text-classification"],
        "tags": ["news", "misinformation", "quotation-attribution", "named-entities",
                 "fact-checking", "provenance", "stand-off-annotation"],
        "size_categories": [size_category(rows.get("documents", 0))],
        "configs": configs,
        "dataset_info": infos,
    }
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100) + "---\n"


def _columns_section() -> str:
    parts = []
    for la in REGISTRY.release_layers():
        name, table = la.name, la.table
        rows = [(f"`{c.name}`", str(c.type) + (" (ClassLabel)" if c.vocab else ""),
                 "yes" if c.nullable else "", c.doc) for c in table.columns]
        parts.append(f"### `{name}`\n{table.doc}\n\n" + md.table(
            ["column", "type", "nullable", "meaning"], rows))
    return "\n\n".join(parts)


def render_card(version: str, tables: dict[str, pa.Table], files: dict[str, list[str]],
                stats: dict, figures: dict[str, str]) -> str:
    """The whole card; ``figures`` holds pre-rendered evaluation sections by title."""
    rows_table = md.table(["config", "rows"], list(stats["rows"].items()))
    body = f"""
# StoryDrift {version}

One news story in several versions (an original wire report's copy, its later update, a
rewrite citing other outlets, a foreign outlet's report and a machine-written content-farm
rewrite), kept byte-exact, with stand-off annotations of named entities, quotes and who said
them, and the reliability of each version and each claim, so that researchers can measure how
entities, quotes and facts drift as a story is copied and rewritten.

## Loading

```python
from datasets import load_dataset
docs = load_dataset("path/to/storydrift-{version}", "documents", split="train")
quotes = load_dataset("path/to/storydrift-{version}", "quotes", split="train")
kind = quotes.features["kind"].int2str(quotes[0]["kind"])  # ClassLabel -> string
```

or, without `datasets`:

```python
import pyarrow.parquet as pq
docs = pq.read_table("storydrift-{version}/data/documents.parquet")
```

Every span is `start`, `end`: Python code-point offsets, half-open, into `documents.text` of its
`doc_id`, and carries `text == documents.text[start:end]` (the gate checks this for every span).
`documents.text` is the source file's exact text: UTF-8 decoded, nothing normalised or stripped.

## Contents

{rows_table}

{md.documents_table(stats)}

### Segment kinds
{md.counts(stats["segment_kinds"], "kind", "Kind")}

### Mention labels
{md.counts(stats["mention_labels"], "label", "Label")}

### Quote kinds
{md.counts(stats["quote_kinds"], "kind", "Kind")}

Quote clusters (one utterance rendered in several documents): {stats["quote_clusters"]}.

### Quote variants
{md.counts(stats["quote_variants"], "variant", "Variant")}

### Claim status
{md.counts(stats["claim_status"], "status", "Status")}

### Labels marked uncertain by the annotators
{md.table(["table", "uncertain rows"], list(stats["uncertain"].items()))}
"""
    for title, section in figures.items():
        body += f"\n## {title}\n\n{section}\n"
    body += f"""
## Tables and columns

{_columns_section()}

## Files

- `data/<config>.parquet`: one Parquet file per config (zstd, deterministic).
- `DATASHEET.md`: the datasheet (Gebru et al.), with figures generated from this release.
- `CHANGELOG.md`, `TERMS.md` (licence and terms of use).
- `validation.json`: the gate's report for this release (every check and its failure count).
- `MANIFEST.sha256`: sha256 of every other file; verify with `sha256sum -c MANIFEST.sha256`
  or `corpus verify <dir>`.

## Licence

See `TERMS.md`: the annotations are released under CC BY 4.0; the article texts remain the
property of their publishers and are included for non-commercial research only.
"""
    return front_matter(tables, files, stats["rows"]) + body
