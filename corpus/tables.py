"""The data model: one Arrow schema per release table.

Every layer is stand-off: spans are ``[start, end)`` in Python code points into
``documents.text`` and carry their own ``text``. The annotation files in
``annotations/`` hold exactly these columns (minus the ``derived`` ones, which the
build computes), so a JSONL record, a Parquet row and a ``datasets`` example are the
same thing. Column docs here feed the dataset card.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from corpus import vocab


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    doc: str
    nullable: bool = False
    vocab: tuple[str, ...] | None = None  # closed vocabulary -> ClassLabel in the card
    derived: bool = False  # computed by the build, absent from annotation files


@dataclass(frozen=True)
class Table:
    name: str
    doc: str
    key: tuple[str, ...]  # sort order of the release file and of the annotation file
    columns: tuple[Column, ...]
    spans: tuple[str, ...] = field(default=())  # prefixes of span triples ("" = start/end/text)
    id_column: str | None = None
    # Hub task metadata this table supports: (task_category, task_id or None).
    tasks: tuple[tuple[str, str | None], ...] = field(default=())

    @property
    def schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.columns])

    @property
    def annotation_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if not c.derived)

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


S, INT, B, F = pa.string(), pa.int64(), pa.bool_(), pa.float64()


def _span(prefix: str = "", what: str = "span", nullable: bool = False) -> tuple[Column, ...]:
    p = f"{prefix}_" if prefix else ""
    return (
        Column(f"{p}start", INT, f"{what}: first code point, inclusive", nullable),
        Column(f"{p}end", INT, f"{what}: code point after the last one (half-open)", nullable),
        Column(f"{p}text", S, f"{what}: exactly documents.text[start:end]", nullable),
    )


_UNCERTAIN = Column("uncertain", B, "the annotators were not sure of this label; see note")
_NOTE = Column("note", S, "free-text note: evidence, doubt, decision", nullable=True)

DOCUMENTS = Table(
    name="documents",
    doc="One row per version of a story: the exact text of the source file and its provenance.",
    key=("doc_id",),
    id_column="doc_id",
    tasks=(("text-classification", "multi-class-classification"),),
    columns=(
        Column("doc_id", S, "stable id from the source manifest"),
        Column("story_id", S, "the story this document is a version of"),
        Column("text", S, "the source file's exact text (UTF-8 decoded, nothing normalised)",
               derived=True),
        Column("sha256", S, "hex sha256 of the UTF-8 bytes of text", derived=True),
        Column("source_file", S, "path of the source file, relative to the project",
               derived=True),
        Column("language", S, "BCP-47 language tag (variety where the text shows it)",
               derived=True),
        Column("language_evidence", S, "what in the text shows the language variety",
               nullable=True, derived=True),
        Column("outlet", S, "the news outlet whose report the text is, where the text or the "
               "manifest shows it (a copy keeps the outlet of the text it copies)",
               nullable=True, derived=True),
        Column("outlet_evidence", S, "how the outlet is known, or why it is unknown",
               nullable=True, derived=True),
        Column("date", S, "publication date (ISO 8601), where the text shows it",
               nullable=True, derived=True),
        Column("derivation", S, "how this version came to be", vocab=vocab.DERIVATION),
        Column("derivation_note", S, "evidence for derivation and derived_from"),
        Column("authorship", S, "who wrote this version", vocab=vocab.AUTHORSHIP),
        Column("authorship_note", S, "evidence for authorship"),
        Column("derived_from", pa.list_(S),
               "doc_ids or external source_ids this version was derived from"),
        _UNCERTAIN,
        _NOTE,
    ),
)

SOURCES = Table(
    name="sources",
    doc="External reports that documents derive from or cite but that are not in the corpus.",
    key=("source_id",),
    id_column="source_id",
    columns=(
        Column("source_id", S, "stable id, used in documents.derived_from"),
        Column("outlet", S, "the outlet that published it"),
        Column("description", S, "what the report is and how we know it existed"),
        _NOTE,
    ),
)

SEGMENTS = Table(
    name="segments",
    doc="Layout segments that tile each document's text exactly (no gap, no overlap).",
    key=("doc_id", "start"),
    spans=("",),
    id_column="segment_id",
    columns=(
        Column("segment_id", S, "doc_id:sNNN, in text order", derived=True),
        Column("doc_id", S, "document"),
        *_span(),
        Column("kind", S, "layout role of the segment", vocab=vocab.SEGMENT_KINDS),
        Column("boilerplate", B, "page furniture rather than article content", derived=True),
    ),
)

ENTITIES = Table(
    name="entities",
    doc="Catalogue of canonical entities, merged across all documents.",
    key=("entity_id",),
    id_column="entity_id",
    columns=(
        Column("entity_id", S, "stable id, e.g. per:volodymyr-zelenskyy"),
        Column("name", S, "canonical full name"),
        Column("label", S, "OntoNotes type", vocab=vocab.ENTITY_LABELS),
        Column("aliases", pa.list_(S), "surface forms seen in the corpus"),
        Column("role", S, "role as the texts state it (as of the story's date)", nullable=True),
        _NOTE,
    ),
)

MENTIONS = Table(
    name="mentions",
    doc="Entity mentions: names without titles or possessive 's.",
    key=("doc_id", "start", "end", "mention_id"),
    spans=("",),
    id_column="mention_id",
    tasks=(("token-classification", "named-entity-recognition"),),
    columns=(
        Column("mention_id", S, "stable id"),
        Column("doc_id", S, "document"),
        *_span(),
        Column("label", S, "OntoNotes type", vocab=vocab.ENTITY_LABELS),
        Column("entity_id", S, "catalogue entity (required for names, optional for values)",
               nullable=True),
        Column("segment_kind", S, "kind of the segment the mention starts in",
               vocab=vocab.SEGMENT_KINDS, derived=True),
        _UNCERTAIN,
        _NOTE,
    ),
)

QUOTES = Table(
    name="quotes",
    doc="Quotes (direct, mixed, indirect, scare) with speaker, cue and cross-version cluster.",
    key=("doc_id", "start", "end", "quote_id"),
    spans=("", "speaker", "cue"),
    id_column="quote_id",
    columns=(
        Column("quote_id", S, "stable id"),
        Column("doc_id", S, "document"),
        *_span(what="content (without quotation marks)"),
        Column("kind", S, "direct, mixed, indirect or scare", vocab=vocab.QUOTE_KINDS),
        Column("speaker_entity_id", S, "entity the article credits with the words",
               nullable=True),
        Column("speaker_unknown_reason", S,
               "why no speaker entity is given (e.g. unnamed official)", nullable=True),
        Column("true_speaker_entity_id", S,
               "who actually said the words, where the article credits someone else",
               nullable=True),
        *_span("speaker", "speaker mention (name, pronoun or description)", nullable=True),
        *_span("cue", "reporting cue (said, according to, in a post to X)", nullable=True),
        Column("addressee_entity_id", S, "to whom the words were said, where stated",
               nullable=True),
        Column("group_id", S, "shared by the parts of one utterance split by an attribution",
               nullable=True),
        Column("cluster_id", S, "shared by renderings of one utterance across documents",
               nullable=True),
        Column("variant", S, "how this rendering relates to the cluster's earliest version",
               nullable=True, vocab=vocab.QUOTE_VARIANTS),
        Column("variant_note", S, "what changed against the earliest version", nullable=True),
        Column("segment_kind", S, "kind of the segment the quote starts in",
               vocab=vocab.SEGMENT_KINDS, derived=True),
        _UNCERTAIN,
        _NOTE,
    ),
)

CLAIMS = Table(
    name="claims",
    doc="Check-worthy factual claims with a verdict against the other versions and known facts.",
    key=("doc_id", "start", "end", "claim_id"),
    spans=("",),
    id_column="claim_id",
    tasks=(("text-classification", "fact-checking"),),
    columns=(
        Column("claim_id", S, "stable id"),
        Column("doc_id", S, "document"),
        *_span(),
        Column("status", S, "AVeriTeC-style verdict", vocab=vocab.CLAIM_STATUS),
        Column("rationale", S, "why this status"),
        Column("world_knowledge", S,
               "well-established fact relied on, as of the story's date", nullable=True),
        _UNCERTAIN,
        _NOTE,
    ),
)

CLAIM_EVIDENCE = Table(
    name="claim_evidence",
    doc="Spans in other documents that support or refute a claim.",
    key=("claim_id", "doc_id", "start", "end"),
    spans=("",),
    columns=(
        Column("claim_id", S, "the claim"),
        Column("doc_id", S, "document holding the evidence"),
        *_span(),
        Column("stance", S, "supports or refutes", vocab=("supports", "refutes")),
        _NOTE,
    ),
)

# The token view: derived at release time from mentions (see corpus/tokens.py), so a
# token-classification model can train on the release without any span code.
TOKENS = Table(
    name="tokens",
    doc="One row per sentence of every document that carries annotations (an unannotated "
        "page is left out, not given all-O tags): tokens and BIO tags derived from the "
        "mentions layer "
        "(nested or overlapping mentions keep the first; see corpus/tokens.py).",
    key=("doc_id", "start"),
    spans=("",),
    id_column="sentence_id",
    tasks=(("token-classification", "named-entity-recognition"),),
    columns=(
        Column("sentence_id", S, "doc_id:NNNN, in text order"),
        Column("doc_id", S, "document"),
        *_span(what="sentence"),
        Column("tokens", pa.list_(S), "token texts, each exactly documents.text[start:end]"),
        Column("token_starts", pa.list_(INT), "code-point start of each token"),
        Column("token_ends", pa.list_(INT), "code-point end of each token"),
        Column("ner_tags", pa.list_(S), "BIO tag of each token (OntoNotes types)",
               vocab=vocab.BIO_TAGS),
    ),
)

ALIGNMENTS = Table(
    name="alignments",
    doc="Passage alignment of a version against a related version of its story (METER-style "
        "labels; NewsEdits-style edit actions for an update).",
    key=("doc_id", "start", "end", "target_doc_id", "alignment_id"),
    spans=("",),
    id_column="alignment_id",
    columns=(
        Column("alignment_id", S, "a:<doc_id>:<start>-<end>:<target_doc_id>"),
        Column("doc_id", S, "document holding the passage"),
        *_span(what="passage (a content segment, boilerplate excluded)"),
        Column("target_doc_id", S, "the version the passage is compared with", nullable=True),
        Column("target_start", INT, "counterpart in target_doc_id: first code point "
               "(null when new)", nullable=True),
        Column("target_end", INT, "counterpart: code point after the last one", nullable=True),
        Column("target_text", S, "counterpart: exactly the target document's "
               "text[target_start:target_end]", nullable=True),
        Column("label", S, "verbatim, rewritten or new", vocab=vocab.ALIGNMENT_LABELS),
        Column("edit", S, "for an update pair: addition, deletion, edit or refactor "
               "(null = unchanged, or not an update pair)", nullable=True,
               vocab=vocab.EDIT_ACTIONS),
        Column("score", F, "the aligner's similarity (content-word Dice; 1 = verbatim)",
               nullable=True),
        _UNCERTAIN,
        _NOTE,
        Column("origin", S, "gold (annotations/gold/alignments.jsonl) or aligner (proposal "
               "for a story without gold)", vocab=vocab.ALIGNMENT_ORIGINS, derived=True),
    ),
)

VERSION_PAIRS = Table(
    name="version_pairs",
    doc="Pairs of versions of one story compared by the drift tools: shingle overlap, "
        "duplicates and containment, and how much of the later one reuses the earlier one.",
    key=("story_id", "doc_id", "target_doc_id"),
    columns=(
        Column("story_id", S, "the story"),
        Column("doc_id", S, "the later version (or the contained one)"),
        Column("target_doc_id", S, "the version it is compared with"),
        Column("jaccard", F, "Jaccard similarity of the word 5-gram shingles of the bodies"),
        Column("containment", F, "share of doc_id's shingles found in target_doc_id"),
        Column("duplicate", S, "identical, near_identical, contained, or null",
               nullable=True, vocab=vocab.DUPLICATE_KINDS),
        Column("verbatim_share", F, "share of doc_id's passage text aligned verbatim",
               nullable=True),
        Column("rewritten_share", F, "share aligned as rewritten", nullable=True),
        Column("new_share", F, "share with no counterpart", nullable=True),
    ),
)

DERIVATION_PROPOSALS = Table(
    name="derivation_proposals",
    doc="The drift tools' derivation proposal for every document (gold stays in documents).",
    key=("doc_id",),
    id_column="doc_id",
    columns=(
        Column("doc_id", S, "document"),
        Column("story_id", S, "its story"),
        Column("derivation", S, "proposed derivation", vocab=vocab.DERIVATION),
        Column("derived_from", pa.list_(S), "versions of the story it is proposed to derive "
               "from"),
        Column("score", F, "confidence of the proposal, 0-1"),
        Column("reason", S, "the reuse ratios, dates and cited outlets behind the proposal"),
        Column("boilerplate_share", F, "share of the non-blank characters in boilerplate "
               "segments"),
        Column("cited_outlets", pa.list_(S), "outlets the text credits (per, according to, "
               "contributed)"),
    ),
)

QUOTE_PROPOSALS = Table(
    name="quote_proposals",
    doc="The drift tools' cross-version cluster and variant for every quote (gold stays in "
        "quotes).",
    key=("doc_id", "quote_id"),
    id_column="quote_id",
    columns=(
        Column("quote_id", S, "the quote"),
        Column("doc_id", S, "its document"),
        Column("cluster_id", S, "proposed cluster (shared across documents)", nullable=True),
        Column("variant", S, "proposed variant against the cluster's earliest rendering "
               "(null for that one)", nullable=True, vocab=vocab.QUOTE_VARIANTS),
        Column("changes", S, "the changed words against the earliest rendering",
               nullable=True),
        Column("score", F, "similarity to the rendering it was linked to", nullable=True),
    ),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (DOCUMENTS, SOURCES, SEGMENTS, ENTITIES, MENTIONS, QUOTES, CLAIMS, CLAIM_EVIDENCE,
              ALIGNMENTS, VERSION_PAIRS, DERIVATION_PROPOSALS, QUOTE_PROPOSALS)
}
# Tables whose rows are spans into documents.text.
SPAN_TABLES: tuple[str, ...] = tuple(n for n, t in TABLES.items() if t.spans)
# Views the release derives from the tables after the gate (not annotation files).
VIEWS: dict[str, Table] = {TOKENS.name: TOKENS}
