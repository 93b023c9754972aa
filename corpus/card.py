"""The dataset card (the release's README.md), from the release's facts.

The YAML front matter is built with ``huggingface_hub``'s ``DatasetCardData`` and
``datasets``' ``Features``/``DatasetInfo`` (not hand-written YAML): one config per
written table or view, ``documents`` the default, ClassLabel for every closed
vocabulary, splits with their sizes, and every Hub metadata key that applies,
each computed from the release (see ``metadata_sources`` for where each comes from).
The body says who made the labels wherever a figure appears.
"""

from __future__ import annotations

import textwrap

import pyarrow as pa

from corpus import markdown as md
from corpus.annotators import hf_annotations_creators, who_made
from corpus.facts import PRETTY_NAME, ReleaseFacts, long_date, plural
from corpus.stats import PER_DOCUMENT_LIMIT, size_category
from corpus.tables import Column, Table

DEFAULT_CONFIG = "documents"
TAGS = ("news", "misinformation", "quotation-attribution", "named-entities", "fact-checking",
        "provenance", "stand-off-annotation", "text-reuse")


def feature(col: Column):
    """One column as a ``datasets`` feature (ClassLabel for closed vocabularies)."""
    from datasets import ClassLabel, List, Value

    def scalar(t: pa.DataType):
        return Value({pa.string(): "string", pa.int64(): "int64", pa.bool_(): "bool",
                      pa.float64(): "float64"}[t])

    if pa.types.is_list(col.type):
        inner = ClassLabel(names=list(col.vocab)) if col.vocab else scalar(col.type.value_type)
        return List(inner)
    return ClassLabel(names=list(col.vocab)) if col.vocab else scalar(col.type)


def features(table: Table):
    from datasets import Features

    return Features({c.name: feature(c) for c in table.columns})


def metadata(facts: ReleaseFacts) -> dict:
    """Every Hub metadata key except configs and dataset_info, computed from the release."""
    auth = set(facts.authorships)
    tasks = sorted({t for name in facts.tables if facts.rows(name)
                    for t in facts.schema(name).tasks}, key=lambda t: (t[0], t[1] or ""))
    return {
        "pretty_name": PRETTY_NAME,
        "language": facts.primary_languages,
        "language_details": ", ".join(facts.languages),
        "license": "other",
        "license_name": "storydrift-terms",
        "license_link": "TERMS.md",
        "annotations_creators": hf_annotations_creators(facts.annotators),
        "language_creators": sorted({"found"} | ({"machine-generated"} if "machine" in auth
                                                 else set())),
        "multilinguality": "monolingual" if len(facts.primary_languages) == 1
        else "multilingual",
        "size_categories": [size_category(facts.rows(DEFAULT_CONFIG))],
        "source_datasets": ["original"],
        "task_categories": sorted({c for c, _ in tasks}),
        "task_ids": sorted({i for _, i in tasks if i}),
        "tags": list(TAGS),
    }


def front_matter(facts: ReleaseFacts) -> str:
    from datasets.info import DatasetInfo, DatasetInfosDict
    from datasets.splits import SplitDict, SplitInfo
    from huggingface_hub import DatasetCardData

    configs, infos = [], {}
    for name in facts.configs:  # not the tables with no rows: datasets cannot load them
        paths = facts.patterns[name]
        cfg = {"config_name": name,
               "data_files": [{"split": "train", "path": paths[0] if len(paths) == 1
                               else paths}]}
        if name == DEFAULT_CONFIG:
            cfg["default"] = True
        configs.append(cfg)
        splits = SplitDict()
        size = sum(f.data_bytes for f in facts.files[name])  # uncompressed, from the footers
        splits.add(SplitInfo(name="train", num_bytes=size, num_examples=facts.rows(name)))
        download = sum(f.size for f in facts.files[name])
        infos[name] = DatasetInfo(features=features(facts.schema(name)), splits=splits,
                                  download_size=download, dataset_size=size)
    data = DatasetCardData(**metadata(facts), configs=configs)
    DatasetInfosDict(infos).to_dataset_card_data(data)
    # datasets sorts dataset_info by config name; keep it, and the configs, in table order
    order = list(facts.tables)
    data.dataset_info = sorted(data.dataset_info, key=lambda i: order.index(i["config_name"]))
    return "---\n" + data.to_yaml() + "\n---\n"


def _columns_section(facts: ReleaseFacts) -> str:
    parts = []
    for name in facts.tables:
        table = facts.schema(name)
        rows = [(f"`{c.name}`", str(c.type) + (" (ClassLabel)" if c.vocab else ""),
                 "yes" if c.nullable else "", c.doc) for c in table.columns]
        parts.append(f"### `{name}`\n{table.doc}\n\n" + md.table(
            ["column", "type", "nullable", "meaning"], rows))
    return "\n\n".join(parts)


def citation_bibtex(facts: ReleaseFacts) -> str:
    """BibTeX from CITATION.cff and the release version."""
    c = facts.citation
    authors = " and ".join("{" + a["name"] + "}" if "name" in a else
                           f"{a.get('family-names', '')}, {a.get('given-names', '')}"
                           for a in c["authors"])
    key = f"{facts.name}_{facts.version.replace('.', '_')}"
    return (f"@misc{{{key},\n  title = {{{{{c['title']}}}}},\n  author = {{{authors}}},\n"
            f"  note = {{Version {facts.version}}},\n  howpublished = {{Dataset release "
            f"{facts.name}-{facts.version}}}\n}}")


def _contact(facts: ReleaseFacts) -> str:
    who = facts.citation.get("contact") or facts.citation["authors"]
    return "; ".join(f"{p.get('name', '')} <{p['email']}>" if p.get("email") else p.get("name", "")
                     for p in who)


def _build_line(facts: ReleaseFacts) -> str:
    b = facts.build
    if not b.get("commit"):
        return ("Built outside a git checkout: the source commit is not recorded "
                "(`BUILD.json` has `commit: null`).")
    clean = "clean" if b.get("tree_clean") else "with uncommitted changes (not reproducible)"
    return f"Built from commit `{b['commit']}`, working tree {clean} (`BUILD.json`)."


def _documents_languages(facts: ReleaseFacts) -> str:
    if facts.n_documents > PER_DOCUMENT_LIMIT:  # counts, not a row per document
        return md.table(["language", "outlet", "documents"], facts.by_language_and_outlet())
    rows = [(d["doc_id"], d["language"], d["language_evidence"], d["outlet"] or "unknown",
             d["outlet_evidence"]) for d in facts.document_rows()]
    return md.table(["doc_id", "language", "evidence", "outlet", "outlet evidence"], rows)


def _intro(facts: ReleaseFacts) -> str:
    """What the corpus is: the project's ``description``, or counts from the documents; and
    the layers that have rows in this release."""
    n = facts.n_documents
    what = facts.description or (
        f"{facts.stories_phrase.capitalize()} in {plural(n, 'document')} (by derivation: "
        + ", ".join(f"{k} {v}" for k, v in facts.derivations.items()) + ")")
    has = {name for name in facts.tables if facts.rows(name)}
    if {"mentions", "quotes", "claims"} <= has:
        layers = ("with stand-off annotations of named entities, quotes and who said them, and "
                  "the reliability of each version and each claim, so that researchers can "
                  "measure how entities, quotes and facts drift as a story is copied and "
                  "rewritten.")
    else:
        layers = ("with stand-off layers; those with rows in this release: "
                  + ", ".join(f"`{x}`" for x in facts.tables if x in has) + ".")
    return textwrap.fill(f"{what}, kept byte-exact, {layers}", 94)


def _language_line(facts: ReleaseFacts) -> str:
    langs = ", ".join(facts.languages)
    head = (f"English only ({langs})" if facts.english_only
            else f"{len(facts.primary_languages)} languages ({langs})")
    return f"{head}; varieties judged from the text\n  (see *Languages and outlets*)."


def _topic_line(facts: ReleaseFacts) -> str:
    if facts.topic:
        text = (f"- **Topic.** {facts.topic[0].upper()}{facts.topic[1:]}: entity and claim "
                f"distributions reflect {'that story' if facts.n_stories == 1 else 'them'}.")
    else:
        text = (f"- **Topic.** Not described by the project (`[tool.storydrift] topic` is not "
                f"set); entity and claim distributions reflect the {facts.stories_phrase} "
                "included.")
    return textwrap.fill(text, 100, subsequent_indent="  ") + "\n"


def _world_knowledge_line(facts: ReleaseFacts) -> str:
    n = facts.world_claims
    if not n:
        return ""
    if not facts.only_seeds:
        return textwrap.fill(
            f"- **World knowledge.** {plural(n, 'claim verdict')} rely on facts outside the "
            "corpus (`claims.world_knowledge` says which), as the annotators knew them; such "
            "rows say so.", 100, subsequent_indent="  ") + "\n"
    return ("- **World knowledge.** Verdicts that rely on facts outside the corpus rest on what "
            "the annotating\n  model knew of the situation on the story's date "
            "(`claims.world_knowledge`), checked against\n  stored copies of public reports only "
            "in a few cases; such rows say so, and are marked\n  uncertain where they rest on "
            "memory alone.\n")


def _personal_line(facts: ReleaseFacts) -> str:
    if facts.only_seeds:  # read in full by the annotators: what is known of the seeds
        return ("- **Personal information.** Published news text about public figures; "
                "journalists' names appear\n  in bylines and contributor lines. No private "
                "individuals are annotated.\n")
    return textwrap.fill(
        "- **Personal information.** Not assessed for this release: the texts may name private "
        "individuals; the project has not stated otherwise.", 100,
        subsequent_indent="  ") + "\n"


def _limits(facts: ReleaseFacts) -> str:
    return _topic_line(facts) + _world_knowledge_line(facts) + _personal_line(facts)


def _per_outlet(facts: ReleaseFacts) -> str:
    n = facts.max_stories_per_outlet
    return "one story each" if n <= 1 else f"at most {n} stories each"


def _latest(facts: ReleaseFacts) -> str:
    return long_date(facts.dates[-1]) if facts.dates else "the documents' (unrecorded) dates"


def _loading_examples(facts: ReleaseFacts) -> str:
    """The card's ``load_dataset`` lines, each for a config this release has."""
    v, lines = facts.version, []
    if "quotes" in facts.configs:
        lines += [f'quotes = load_dataset("path/to/{facts.name}-{v}", "quotes", split="train")',
                  'kind = quotes.features["kind"].int2str(quotes[0]["kind"])  # ClassLabel -> '
                  'string']
    if "tokens" in facts.configs:
        lines.append(f'tokens = load_dataset("path/to/{facts.name}-{v}", "tokens", '
                     'split="train")  # NER-ready view')
    return "".join(line + "\n" for line in lines)


def _empty_tables(facts: ReleaseFacts) -> str:
    """What the card says of the tables with no rows (nothing when every table has rows)."""
    if not facts.empty:
        return ""
    names = ", ".join(f"`{n}`" for n in facts.empty)
    example, verb = facts.empty[0], "has" if len(facts.empty) == 1 else "have"
    return f"""
**Tables with no rows.** {names} {verb} no rows in this release. Each is still written, as a
Parquet file with the full schema and no rows (`data/{example}.parquet`: read it with
`pyarrow.parquet.read_table`, or through its record set in `croissant.json`), and its columns
are described below. None of them is a `datasets` config: `datasets` 5.2 cannot load a split
of zero rows (`load_dataset` raises 'Instruction "train" corresponds to no data!'), so
`load_dataset(path, "{example}")` answers "BuilderConfig '{example}' not found", and
`datasets.get_dataset_config_names(path)` lists exactly the configs that load.
"""


def render_card(facts: ReleaseFacts) -> str:
    """The whole card: front matter, then the body."""
    stats, v = facts.stats, facts.version
    who = who_made(facts.annotators)
    rows_table = md.table(["config", "rows", "Parquet bytes", "files"],
                          [(n, facts.rows(n), sum(f.size for f in facts.files[n]),
                            ", ".join(f"`{p}`" for p in facts.patterns[n]))
                           for n in facts.tables])
    size = f"{plural(facts.rows('documents'), 'document')} of {facts.stories_phrase}"
    body = f"""
# {PRETTY_NAME} {v}

{_intro(facts)}

**Who made the labels.** {who}

## Loading

```python
from datasets import load_dataset
docs = load_dataset("path/to/{facts.name}-{v}", split="train")   # default config: documents
{_loading_examples(facts)}```

or, without `datasets`: `pyarrow.parquet.read_table("{facts.name}-{v}/data/documents.parquet")`
(strings stay strings), or through `croissant.json` with `mlcroissant`.

Every span is `start`, `end`: Python code-point offsets, half-open, into `documents.text` of its
`doc_id`, and carries `text == documents.text[start:end]` (the gate checks this for every span).
`documents.text` is the source file's exact text: UTF-8 decoded, nothing normalised or stripped.
Every config has one split, `train`: the release is too small to split and is not meant for
training a model that is then scored on it (see *Uses*).

## Contents

{rows_table}
{_empty_tables(facts)}
{md.documents_table(stats)}

### Languages and outlets

{_documents_languages(facts)}

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

## Annotations

{who}

""" + md.table(["annotator", "kind", "model family", "role", "layers", "how kept apart",
                "reviewed by a person"],
               [(a.annotator, a.kind, a.model_family, a.role, ", ".join(a.layers), a.separation,
                 "yes" if a.human_review else "no") for a in facts.annotators]) + """

Details: `DATASHEET.md` section 4 and `DATA_STATEMENT.md`. Guidelines, passes and every
adjudication decision are in the project repository (`annotations/`).
"""
    for f in facts.figures:
        layers = f.layers
        body += (f"\n## {f.title}\n\n**Who made the labels behind this figure.** "
                 f"{who_made(facts.annotators, layers)}\n\n{f.markdown}\n")
    body += f"""
## Uses

**Intended.** Studying how quotes drift (trimming, alteration, fabrication), how entities drift
(titles, misspellings, wrong office-holders), how claims hold up across versions, boilerplate
detection, quote attribution and speaker resolution; testing tools on byte-exact text with
exact offsets; a worked example of stand-off annotation of text reuse.

**Out of scope.** Training a model to generate news or to imitate an outlet; judging any outlet
in general from {_per_outlet(facts)}; using the claim verdicts as facts about the world beyond
{_latest(facts)}; treating the agreement figures as human inter-annotator reliability; using
scores on this release as out-of-sample evidence for a tool developed with it in view.

## Bias, risks and limitations

- **Size.** {size}: every figure is illustrative, not
  statistically representative of any outlet, language or of news in general.
- **Annotators.** {who}
- **Language.** {_language_line(facts)}
{_limits(facts)}- **Copyright.** The article texts belong to their publishers (see *Licence*).

## Files

- `data/<config>.parquet` (or `data/<config>-NNNNN-of-NNNNN.parquet`): one Parquet file per
  config (zstd, deterministic).
- `croissant.json`: Croissant 1.1 metadata with the Responsible-AI (`rai:`) fields; validate with
  `mlcroissant validate --jsonld croissant.json`.
- `DATASHEET.md`: the datasheet (Gebru et al.); `DATA_STATEMENT.md`: the data statement (Bender
  and Friedman); both with figures generated from this release.
- `stats.json`: every figure in this card and the datasheet as JSON (`stats`: counts;
  `figures`: evaluation and agreement results by section title).
- `BUILD.json`: the source commit and whether the working tree was clean.
- `CHANGELOG.md`, `TERMS.md` (licence and terms of use).
- `validation.json`: the gate's report for this release (every check and its failure count).
- `MANIFEST.sha256`: sha256 of every other file; verify with `sha256sum -c MANIFEST.sha256`
  or `corpus verify <dir>`.

## Tables and columns

{_columns_section(facts)}

## Citation

```bibtex
{citation_bibtex(facts)}
```

The project repository also has `CITATION.cff`.

## Contact and maintenance

Contact: {_contact(facts)}. Maintained by the StoryDrift team in the project repository: errors
are fixed in the annotation files and published as a new version (semantic versioning; a released
version is never overwritten); `CHANGELOG.md` lists what changed. {_build_line(facts)}

## Licence

See `TERMS.md`: the annotations are released under CC BY 4.0; the article texts remain the
property of their publishers and are included for non-commercial research only.
"""
    return front_matter(facts) + body


def metadata_sources() -> dict[str, str]:
    """Where each card key's value comes from (for the README and the closing note)."""
    return {
        "pretty_name": "constant PRETTY_NAME in corpus/facts.py",
        "language": "documents.language of the release, primary subtags, sorted",
        "language_details": "documents.language of the release (BCP-47), sorted",
        "license, license_name, license_link": "constants; the terms are TERMS.md",
        "annotations_creators": "annotations/annotators.jsonl kinds (ai -> machine-generated)",
        "language_creators": "found, plus machine-generated if any documents.authorship is "
                             "machine",
        "multilinguality": "number of distinct primary languages in documents.language",
        "size_categories": "rows of the default config (documents), Hub buckets",
        "source_datasets": "original (the texts were collected for this corpus)",
        "task_categories, task_ids": "Table.tasks in corpus/tables.py of every non-empty config",
        "tags": "constant TAGS in corpus/card.py",
        "configs": "every table and view written (corpus/tables.py TABLES, VIEWS) that has "
                   "rows, and its files",
        "dataset_info": "datasets Features from the table registry; splits num_examples and "
                        "num_bytes from the Arrow tables; download_size from the Parquet files",
    }
