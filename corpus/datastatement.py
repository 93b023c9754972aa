"""DATA_STATEMENT.md: the data statement (Bender and Friedman 2018; long form, v2 headings).

Rendered from the release's facts: language varieties per document (BCP-47 with the
evidence from the manifest), the speakers (the outlets and the quoted people, from
the tables), the annotators (from ``annotations/annotators.jsonl``), the speech
situation (dates and derivations), text characteristics (segment kinds) and provenance.
"""

from __future__ import annotations

import textwrap
from collections import Counter

from corpus import markdown as md
from corpus.annotators import who_made
from corpus.facts import PRETTY_NAME, ReleaseFacts, long_date, plural
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


def _rationale(facts: ReleaseFacts) -> str:
    n = (f"{plural(facts.n_documents, 'document')}, {facts.stories_phrase}.")
    seeds = """\
The corpus collects the versions of one news story (the 4 September 2025 "Coalition of the
Willing" meeting in Paris) as they appeared on the web: a copy of an original wire-style report
inside another site's page furniture, that report's later update, a rewrite citing other outlets,
a foreign outlet's report and a machine-written content-farm rewrite. They were chosen to show
how entities, quotes and facts drift as a story is copied and rewritten, not to sample news in
general."""
    if facts.only_seeds:
        return f"{seeds} {n}"
    own = (f"The project describes its corpus as: {facts.description}."
           if facts.description else
           "The project has not described why these documents were chosen "
           "(`[tool.storydrift] description` is not set).")
    parts = [own]
    if facts.seed_ids:
        parts.append(facts.seeds_said(
            "versions of one news story (the 4 September 2025 \"Coalition of the Willing\" "
            "meeting in Paris), chosen to show how entities, quotes and facts drift as a story is "
            "copied and rewritten."))
    parts.append(n)
    return textwrap.fill(" ".join(parts), 97)


def _language_intro(facts: ReleaseFacts) -> str:
    if facts.english_only:
        return "All texts are English."
    return f"The texts are in {len(facts.primary_languages)} languages."


def _speaker_intro(facts: ReleaseFacts) -> str:
    if facts.only_seeds:
        return """\
The "speakers" are the writers of the texts and the people they quote. The writers are
journalists of the outlets below (bylines and contributor lines where printed) and, for the
content-farm rewrite, a machine text generator; their demographics are not known and were not
collected. The quoted speakers are public figures (heads of government, ministers, spokespeople)
speaking in their public roles:"""
    machine = (f" and, for the {plural(facts.machine_docs, 'document')} labelled "
               "machine-authored (`documents.authorship`), a machine text generator"
               if facts.machine_docs else "")
    return textwrap.fill(
        'The "speakers" are the writers of the texts and the people they quote. The writers are '
        f"those of the outlets in section E where known{machine}; their demographics are not "
        "known and were not collected. The quoted speakers, as the `quotes` layer names them:",
        97)


def _situation_intro(facts: ReleaseFacts) -> str:
    made = "Written, edited (or generated)" if facts.machine_docs else "Written and edited"
    when = (f"published on or after\n{long_date(facts.dates[0])}" if facts.dates
            else "publication dates\nnot recorded")
    return f"{made} news text for a general online readership, {when}, asynchronous. Per document:"


def _characteristics(facts: ReleaseFacts) -> str:
    topic = (f"News reports on {facts.topic}: titles" if facts.topic else
             "News reports (the project does not describe their topic: `[tool.storydrift] topic`"
             " is not set): titles")
    return textwrap.fill(
        f"{topic}, datelines, bylines, body paragraphs with direct and reported speech, captions, "
        "and page furniture (advertisements, widgets, tables of contents, FAQs, comment prompts), "
        "which is kept and labelled by the `segments` layer rather than removed:", 97)


def _recording(facts: ReleaseFacts) -> str:
    head = ("Not applicable (written text). Texts are stored byte-exact as collected: UTF-8, "
            "nothing\nnormalised")
    if facts.only_seeds:
        return head + "; one carries a metadata prefix, one the scraped page furniture of its host."
    if facts.seed_ids:
        return head + ". " + facts.seeds_said(
            "one carries a metadata prefix, one the scraped page furniture of its host.")
    return head + "."


def _other(facts: ReleaseFacts) -> str:
    farm = ("The content-farm document is machine-generated and contains fabricated facts; they "
            "are kept as\nfound, for study, and its claims are labelled (`claims.status`), not "
            "corrected.")
    if facts.only_seeds:
        return farm
    parts = []
    if facts.seed_ids:
        parts.append(facts.seeds_said(" ".join(farm.split())))
    if facts.machine_docs:
        parts.append(f"{plural(facts.machine_docs, 'document')} in all are labelled "
                     "machine-authored (`documents.authorship`).")
    return textwrap.fill(" ".join(parts), 97) if parts else "None."


def _provenance(facts: ReleaseFacts, commit: str) -> str:
    rest = ("Annotations: the project's `annotations/` folder (guidelines,\nboth independent "
            "passes, every adjudication decision). Release built from source commit:\n"
            f"{commit}.")
    if facts.only_seeds:
        return ("Texts: collected as plain text in September 2025; sha256 of each in the "
                "documents table and the\nproject's `seeds/manifest.jsonl`. " + rest)
    folders = ", ".join(f"`{s}/manifest.jsonl`" for s in facts.sources) or "its manifests"
    seeds = facts.seeds_said("collected as plain text in September 2025.")
    text = (f"Texts: read byte-exact from the project's source folders; sha256 of each in the "
            f"documents table and in {folders}. {seeds}").strip()
    return textwrap.fill(text, 97) + "\n" + ("Annotations: the project's `annotations/` folder. "
                                               f"Release built from source commit: {commit}.")


def render_data_statement(facts: ReleaseFacts) -> str:
    shown = facts.document_rows(PER_DOCUMENT_LIMIT)  # past the limit: the first, by doc_id
    more = (f"\n\n({facts.n_documents - len(shown)} more documents: see the documents "
            "table.)" if facts.n_documents > len(shown) else "")
    lang_rows = [(d["doc_id"], d["language"], d["language_evidence"] or "") for d in shown]
    situ_rows = [(d["doc_id"], d["derivation"], d["authorship"], d["date"] or "unknown",
                  d["outlet"] or "unknown", d["outlet_evidence"] or "") for d in shown]
    situation = md.table(["doc_id", "derivation", "authorship", "date", "outlet",
                          "outlet evidence"], situ_rows) + more
    kinds = md.counts(facts.stats["segment_kinds"], "kind", "Segment kind")
    commit = facts.build.get("commit") or "not recorded (built outside a git checkout)"
    ai_only = bool(facts.annotators) and all(a.kind == "ai" for a in facts.annotators)
    demographics = (
        "The annotators have no demographics: they are sessions of a large language model. Their\n"
        "training data and any biases in it are those of the model family named above; the "
        "guidelines\nthey followed are `annotations/GUIDELINES.md` in the project repository."
        if ai_only else
        "The demographics of the human annotators were not collected; AI annotator sessions, if "
        "any,\nhave none (their model family is named above).")
    return f"""# Data statement for {PRETTY_NAME} {facts.version}

Following Bender and Friedman, "Data Statements for Natural Language Processing" (TACL 2018),
long form. Generated from the release by `corpus release`; every table below is computed from
the data.

## A. Curation rationale

{_rationale(facts)}

## B. Language variety

{_language_intro(facts)} Varieties (BCP-47), judged from the text, with the evidence:

{md.table(["doc_id", "BCP-47", "evidence"], lang_rows)}{more}

## C. Speaker demographic

{_speaker_intro(facts)}

{_speakers(facts)}

## D. Annotator demographic

{who_made(facts.annotators)}

""" + md.table(["annotator", "kind", "model family", "role", "layers", "method"],
               [(a.annotator, a.kind, a.model_family, a.role, ", ".join(a.layers), a.method)
                for a in facts.annotators]) + f"""

{demographics}

## E. Speech situation

{_situation_intro(facts)}

{situation}

## F. Text characteristics

{_characteristics(facts)}

{kinds}

## G. Recording quality

{_recording(facts)}

## H. Other

{_other(facts)}

## I. Provenance appendix

{_provenance(facts, commit)}
"""
