"""DATA_STATEMENT.md: the data statement (Bender and Friedman 2018; long form, v2 headings).

Rendered from the release's facts: language varieties per document (BCP-47 with the
evidence from the manifest), the speakers (the outlets and the quoted people, from
the tables), the annotators (from ``annotations/annotators.jsonl``), the speech
situation (dates and derivations), text characteristics (segment kinds) and provenance.
"""

from __future__ import annotations

from collections import Counter

from corpus import markdown as md
from corpus.annotators import who_made
from corpus.facts import PRETTY_NAME, ReleaseFacts
from corpus.stats import PER_DOCUMENT_LIMIT


def _speakers(facts: ReleaseFacts) -> str:
    quotes = facts.tables["quotes"].select(["speaker_entity_id"]).to_pylist()
    names = dict(zip(facts.tables["entities"]["entity_id"].to_pylist(),
                     facts.tables["entities"]["name"].to_pylist(), strict=True))
    roles = dict(zip(facts.tables["entities"]["entity_id"].to_pylist(),
                     facts.tables["entities"]["role"].to_pylist(), strict=True))
    n = Counter(q["speaker_entity_id"] for q in quotes if q["speaker_entity_id"])
    rows = [(names.get(e, e), roles.get(e) or "", c)
            for e, c in sorted(n.items(), key=lambda kv: (-kv[1], kv[0]))]
    unknown = sum(1 for q in quotes if not q["speaker_entity_id"])
    return (md.table(["quoted speaker", "role as the texts give it", "quotes"], rows)
            + f"\n\nQuotes with no speaker entity (unnamed sources, scare quotes): {unknown}.")


def render_data_statement(facts: ReleaseFacts) -> str:
    docs = facts.documents
    shown = docs[:PER_DOCUMENT_LIMIT]  # past the limit: the first documents, by doc_id
    more = (f"\n\n({len(docs) - len(shown)} more documents: see the documents table.)"
            if len(docs) > len(shown) else "")
    lang_rows = [(d["doc_id"], d["language"], d["language_evidence"] or "") for d in shown]
    situ_rows = [(d["doc_id"], d["derivation"], d["authorship"], d["date"] or "unknown",
                  d["outlet"] or "unknown", d["outlet_evidence"] or "") for d in shown]
    situation = md.table(["doc_id", "derivation", "authorship", "date", "outlet",
                          "outlet evidence"], situ_rows) + more
    kinds = md.counts(facts.stats["segment_kinds"], "kind", "Segment kind")
    commit = facts.build.get("commit") or "not recorded (built outside a git checkout)"
    return f"""# Data statement for {PRETTY_NAME} {facts.version}

Following Bender and Friedman, "Data Statements for Natural Language Processing" (TACL 2018),
long form. Generated from the release by `corpus release`; every table below is computed from
the data.

## A. Curation rationale

The corpus collects the versions of one news story (the 4 September 2025 "Coalition of the
Willing" meeting in Paris) as they appeared on the web: a copy of an original wire-style report
inside another site's page furniture, that report's later update, a rewrite citing other outlets,
a foreign outlet's report and a machine-written content-farm rewrite. They were chosen to show
how entities, quotes and facts drift as a story is copied and rewritten, not to sample news in
general. {len(docs)} documents, {facts.stats["stories"]} story.

## B. Language variety

All texts are English. Varieties (BCP-47), judged from the text, with the evidence:

{md.table(["doc_id", "BCP-47", "evidence"], lang_rows)}{more}

## C. Speaker demographic

The "speakers" are the writers of the texts and the people they quote. The writers are
journalists of the outlets below (bylines and contributor lines where printed) and, for the
content-farm rewrite, a machine text generator; their demographics are not known and were not
collected. The quoted speakers are public figures (heads of government, ministers, spokespeople)
speaking in their public roles:

{_speakers(facts)}

## D. Annotator demographic

{who_made(facts.annotators)}

""" + md.table(["annotator", "kind", "model family", "role", "layers", "method"],
               [(a.annotator, a.kind, a.model_family, a.role, ", ".join(a.layers), a.method)
                for a in facts.annotators]) + f"""

The annotators have no demographics: they are sessions of a large language model. Their
training data and any biases in it are those of the model family named above; the guidelines
they followed are `annotations/GUIDELINES.md` in the project repository.

## E. Speech situation

Written, edited (or generated) news text for a general online readership, published on or after
4 September 2025, asynchronous. Per document:

{situation}

## F. Text characteristics

News reports on one political story (the war in Ukraine and European security guarantees):
titles, datelines, bylines, body paragraphs with direct and reported speech, captions, and page
furniture (advertisements, widgets, tables of contents, FAQs, comment prompts), which is kept and
labelled by the `segments` layer rather than removed:

{kinds}

## G. Recording quality

Not applicable (written text). Texts are stored byte-exact as collected: UTF-8, nothing
normalised; one carries a metadata prefix, one the scraped page furniture of its host.

## H. Other

The content-farm document is machine-generated and contains fabricated facts; they are kept as
found, for study, and its claims are labelled (`claims.status`), not corrected.

## I. Provenance appendix

Texts: collected as plain text in September 2025; sha256 of each in the documents table and the
project's `seeds/manifest.jsonl`. Annotations: the project's `annotations/` folder (guidelines,
both independent passes, every adjudication decision). Release built from source commit:
{commit}.
"""
