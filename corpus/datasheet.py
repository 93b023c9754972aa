"""DATASHEET.md, rendered from a template with figures computed from the release.

What the datasheet says of the five seed documents (how they were collected, which
carries page furniture) it says only when they are in the release, and of them; what it
says of the labelling passes, only when those passes are the release's annotators.
"""

from __future__ import annotations

import textwrap
from importlib import resources
from string import Template

from corpus import markdown as md
from corpus.annotators import who_made
from corpus.facts import ReleaseFacts, long_date, plural

SEED_COLLECTION = """\
- The five seed articles were collected as plain text as they appeared on the web in September
  2025 (the copy in `seeds/` is byte-identical to what we received; sha256 in
  `seeds/manifest.jsonl`). One (doc 000) is a scraped copy with its page furniture, one (doc 003)
  carries a metadata prefix."""
# The repository's own labelling (annotations/): said only when its annotators are these.
PASSES = ("annotator_a", "annotator_b", "adjudicator_c")
PROCESS = """\
- **How.** Every label in this release, the gold segmentation included, was made by AI
  annotation sessions, not by people. Each session read the documents and wrote spans with \
their offsets from `annotations/GUIDELINES.md`; a script only resolved the
  phrases it chose to offsets and checked them. No person has yet reviewed every label; the
  Label Studio loop (`corpus labelstudio push/pull`) exists so that people can.
- **Passes.** Two independent passes (`annotations/passes/annotator_a`, `annotator_b`) by two
  sessions of the **same model**, each told not to read the other's files (they shared a
  file system; separation was by instruction). A third session (`adjudicator_c`) decided every
  conflict with `corpus adjudicate`; its decisions and one-line reasons are in
  `annotations/adjudication/decisions.jsonl`, and the rules it needed were added to the
  guidelines (marked [adj]).
- **Read the agreement figures with care.** Two sessions of one model given the same guidelines
  make highly correlated choices, so agreement here measures that model's consistency under the
  guidelines, not the reliability of human annotators; the near-perfect mention agreement in
  particular should not be read as a human inter-annotator figure."""
SEED_WORLD = """\
- **Facts from outside the corpus** (`claims.world_knowledge`) are what the annotating model
  knew of the situation on 4 September 2025; some (attendance, the Downing Street readout,
  Rutte's remark in Prague) were checked by the annotators and the adjudicator against stored
  copies of public reports, none against live pages. Each is named precisely so that a reader
  can check it; where it rests on memory alone the record is marked uncertain."""


def _bullet(text: str) -> str:
    return textwrap.fill("- " + text, 100, subsequent_indent="  ")


def _collection(facts: ReleaseFacts) -> str:
    tail = "Nothing was cleaned: boilerplate is labelled by the segment layer,\n  not removed."
    if facts.only_seeds:
        return SEED_COLLECTION + " " + tail
    folders = ", ".join(f"`{s}/`" for s in facts.sources)
    text = (f"The {plural(facts.n_documents, 'document')} were read byte-exact from the "
            f"project's source folders ({folders}), each listed with its sha256 in the folder's "
            "`manifest.jsonl`; how they were collected is the project's to state. "
            + facts.seeds_said("collected as plain text as they appeared on the web in "
                               "September 2025.")).strip()
    return _bullet(text + " Nothing was cleaned: boilerplate is labelled by the segment layer, "
                   "not removed.")


def _process(facts: ReleaseFacts) -> str:
    names = {a.annotator for a in facts.annotators}
    parts = []
    if set(PASSES) <= names:
        parts.append(PROCESS)
    else:
        parts += [_bullet(f"**{a.annotator}** ({a.kind}, {a.role}; {', '.join(a.layers)}): "
                          f"{a.method}") for a in facts.annotators]
    if facts.world_claims:
        if facts.only_seeds:
            parts.append(SEED_WORLD)
        else:
            parts.append(_bullet(
                f"**Facts from outside the corpus** (`claims.world_knowledge`, "
                f"{plural(facts.world_claims, 'claim')}) are what the annotators knew of the "
                "world; each is named so that a reader can check it."))
    return "\n".join(parts)


def _instances(facts: ReleaseFacts) -> str:
    n = plural(facts.n_documents, "document")
    if facts.only_seeds:
        return (f"{n} (versions of {facts.stories_phrase}: the five seed documents shipped with "
                "StoryDrift)")
    seeds = (f"; {plural(len(facts.seed_ids), 'is', 'are')} the seed documents shipped with "
             "StoryDrift" if facts.seed_ids else "")
    return f"{n} (versions of {facts.stories_phrase}{seeds})"


def render_datasheet(facts: ReleaseFacts) -> str:
    tmpl = Template(resources.files("corpus.templates").joinpath("DATASHEET.md.tmpl")
                    .read_text(encoding="utf-8"))
    stats = facts.stats
    uncertain = ", ".join(f"{n} {k}" for k, n in stats["uncertain"].items())
    labelling = "\n".join(f"- {f.labelling}" for f in facts.figures if f.labelling)
    figures = "\n\n".join(
        f"### {f.title}\n\n**Who made the labels behind this figure.** "
        f"{who_made(facts.annotators, f.layers)}\n\n{f.markdown}" for f in facts.figures)
    n = facts.max_stories_per_outlet
    per_outlet = "one story each" if n <= 1 else f"at most {n} stories each"
    confidentiality = (
        "- **Confidentiality and sensitivity.** Published news text about public figures; no "
        "private\n  individuals beyond journalists' bylines." if facts.only_seeds else
        _bullet("**Confidentiality and sensitivity.** Not assessed for this release: the texts "
                "may name private individuals."))
    creators = "; ".join(a.get("name") or f"{a.get('given-names', '')} "
                         f"{a.get('family-names', '')}".strip()
                         for a in facts.citation["authors"])
    return tmpl.substitute(
        version=facts.version,
        creators=creators,
        instances=_instances(facts),
        rows_table=md.table(["table", "rows"], list(stats["rows"].items())),
        documents_table=md.documents_table(stats),
        segment_kinds=md.counts(stats["segment_kinds"], "kind", "Kind"),
        mention_labels=md.counts(stats["mention_labels"], "label", "Label"),
        quote_kinds=md.counts(stats["quote_kinds"], "kind", "Kind"),
        quote_variants=md.counts(stats["quote_variants"], "variant", "Variant"),
        quote_clusters=stats["quote_clusters"],
        claim_status=md.counts(stats["claim_status"], "status", "Status"),
        latest_date=long_date(facts.dates[-1]) if facts.dates else "the documents' dates",
        uncertain=uncertain,
        confidentiality=confidentiality,
        collection=_collection(facts),
        who_made=who_made(facts.annotators),
        languages=", ".join(facts.languages),
        process=_process(facts),
        labelling=labelling,
        figures=figures,
        not_for=_bullet("**Not for** training a model to generate news, nor for judging the "
                        f"outlets in general from {per_outlet}."),
        size=f"{plural(facts.n_documents, 'document')} of "
        + ("one story" if facts.n_stories == 1 else facts.stories_phrase),
    )
