"""The layer registry: one declaration per annotation layer, read by every command.

Why: what a layer *is* (its Arrow table, its ids, what its foreign keys point at, what
agreement compares and adjudication merges, how it travels through Label Studio, whether
it is a release table) used to be spread over a dozen modules as lists and ``if layer ==``
branches. Now each layer is declared once, here (or by a plugin calling
:func:`register`), and the build, the gate, the release, the card, agreement,
adjudication, the Label Studio bridge and the exports loop over the registry.

Adding a layer (see README, "Adding a layer"):

    from corpus.registry import Layer, ForeignKey, register
    register(Layer(table=MY_TABLE, model="mypkg.schemas:MyModel",
                   foreign_keys=(ForeignKey("entity_id", (("entities", "entity_id"),)),),
                   agreement=Agreement(labels=("label",)),
                   adjudication=Adjudication(compare=("label",), span_group=("doc_id",))))

Hooks (pandera models, derived-column functions, Label Studio encoders) are named as
``"module:attribute"`` strings and imported when first used, so importing the registry
stays cheap (``corpus --help`` does) and a layer's heavy code loads only where it runs.

The registry is an object (:class:`Registry`); ``REGISTRY`` is the default one that the
commands use. Tests register a layer for their own duration with :func:`registered`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from corpus import tables
from corpus.tables import Table


def resolve(ref: str | Callable | type | None) -> Any:
    """A hook given as ``"module:attr"`` (imported now) or as the object itself."""
    if ref is None or not isinstance(ref, str):
        return ref
    module, _, attr = ref.partition(":")
    obj: Any = importlib.import_module(module)
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj


@dataclass(frozen=True)
class ForeignKey:
    """``column`` holds ids of rows in one of ``targets`` ((layer, column), ...).

    ``explode``: the column is a list of ids (``documents.derived_from``).
    ``what``: how a dangling value is named in the gate's message (``{}`` = the value).
    """

    column: str
    targets: tuple[tuple[str, str], ...]
    what: str = "{} does not exist"
    explode: bool = False

    @property
    def target_layers(self) -> tuple[str, ...]:
        return tuple(t for t, _ in self.targets)


@dataclass(frozen=True)
class Agreement:
    """What inter-annotator agreement measures on this layer.

    ``labels``: fields compared on matched units (Cohen's kappa, Krippendorff's alpha).
    ``unit``: ``"span"`` (units are overlap-matched spans) or ``"key"`` (one unit per
    value of the layer's id column, e.g. a document).
    """

    labels: tuple[str, ...]
    unit: str = "span"
    # Extra measures on matched spans, by name (corpus.agreement.MEASURES).
    measures: tuple[str, ...] = ()
    # Fields two spans must share to be matched (alignments: the same passage against two
    # different versions is two units, not one).
    match_within: tuple[str, ...] = ()


@dataclass(frozen=True)
class Adjudication:
    """How adjudication groups records into units and merges agreeing ones.

    ``compare``: fields that must be equal (after id mapping) for the passes to agree.
    ``merge``: free-text fields whose distinct values are joined in the gold record.
    ``span_group``: span layers: records overlapping within these keys form a unit.
    ``key``: non-span layers: one unit per value of this field. Neither: the layer is
    grouped by the adjudicator's own rule (the entity catalogue).
    """

    compare: tuple[str, ...]
    merge: tuple[str, ...] = ("note",)
    span_group: tuple[str, ...] | None = None
    key: str | None = None
    # Ids each annotator coins (quote clusters, groups): mapped onto the first
    # annotator's ids by shared members before comparing.
    namespaces: tuple[str, ...] = ()


@dataclass(frozen=True)
class LabelStudio:
    """How the layer travels through the Label Studio bridge.

    ``id_prefix``: ids derived from offsets, ``<prefix>:<doc_id>:<start>-<end>`` (never
    stored in Label Studio). ``required``: fields a pulled region must carry.
    ``encode``: ``"module:function"`` writing the layer's records of one document into
    the task's results (called in ``order``); None when another layer's encoder carries
    it (claim_evidence travels inside its claim).
    """

    id_prefix: str | None = None
    required: tuple[str, ...] = ()
    encode: str | None = None
    order: int = 0


@dataclass(frozen=True)
class Layer:
    """One annotation layer (and release table)."""

    table: Table
    model: str | type | None = None  # pandera DataFrameModel ("module:Class")
    foreign_keys: tuple[ForeignKey, ...] = ()
    agreement: Agreement | None = None
    adjudication: Adjudication | None = None
    labelstudio: LabelStudio | None = None
    # Where the build takes the rows from: "folder" = <layer>.jsonl of a layer folder
    # (gold, a pass, a pull); "documents" = the manifests plus the folder's labels;
    # "segments" = annotations/segments.jsonl plus the segmenter.
    source: str = "folder"
    in_folder: bool = True  # a <name>.jsonl in gold/ and passes/<annotator>/
    release: bool = True  # a config of the release (data/<name>*.parquet)
    exports: tuple[str, ...] = ()  # export formats that read this layer (brat, ...)
    # "module:function" (frames) -> frame: derived columns computed by the build.
    derive: str | None = None

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def file(self) -> str:
        return f"{self.name}.jsonl"

    @property
    def is_span(self) -> bool:
        return bool(self.table.spans)

    @property
    def id_column(self) -> str | None:
        return self.table.id_column

    def schema_model(self) -> Any:
        return resolve(self.model)

    def entity_refs(self) -> tuple[str, ...]:
        """Columns that hold entity ids (mapped through the catalogue by adjudication)."""
        return tuple(fk.column for fk in self.foreign_keys if "entities" in fk.target_layers)


@dataclass
class Registry:
    """Layers in release order; steps by name (see :mod:`corpus.steps`)."""

    layers: dict[str, Layer] = field(default_factory=dict)

    def register(self, layer: Layer) -> Layer:
        if layer.name in self.layers:
            raise ValueError(f"layer {layer.name!r} is already registered")
        self.layers[layer.name] = layer
        return layer

    def unregister(self, name: str) -> None:
        self.layers.pop(name)

    def __getitem__(self, name: str) -> Layer:
        return self.layers[name]

    def __contains__(self, name: object) -> bool:
        return name in self.layers

    def __iter__(self) -> Iterator[Layer]:
        return iter(list(self.layers.values()))

    def names(self, pred: Callable[[Layer], bool] = lambda _l: True) -> tuple[str, ...]:
        return tuple(n for n, la in self.layers.items() if pred(la))

    def tables(self) -> dict[str, Table]:
        """Every layer's table, in release order."""
        return {n: la.table for n, la in self.layers.items()}

    def release_layers(self) -> tuple[Layer, ...]:
        return tuple(la for la in self.layers.values() if la.release)

    def folder_layers(self) -> tuple[Layer, ...]:
        """Layers kept as <name>.jsonl in a layer folder (gold, a pass, a pull)."""
        return tuple(la for la in self.layers.values() if la.in_folder)

    def agreement_layers(self) -> tuple[Layer, ...]:
        """Key layers (documents) first, then span layers, each in registry order."""
        ls = [la for la in self.layers.values() if la.agreement is not None]
        return tuple(sorted(ls, key=lambda la: la.agreement.unit != "key"))

    def adjudication_layers(self) -> tuple[Layer, ...]:
        return tuple(la for la in self.layers.values() if la.adjudication is not None)

    def labelstudio_layers(self) -> tuple[Layer, ...]:
        return tuple(la for la in self.layers.values() if la.labelstudio is not None)

    def export_layers(self, fmt: str | None = None) -> tuple[Layer, ...]:
        return tuple(la for la in self.layers.values()
                     if la.exports and (fmt is None or fmt in la.exports))


_ENT = (("entities", "entity_id"),)
_EXPORTS = ("brat", "citron", "conll", "claims")

BUILTIN: tuple[Layer, ...] = (
    Layer(tables.DOCUMENTS, "schemas.documents:DocumentsModel",
          foreign_keys=(ForeignKey("derived_from", (("documents", "doc_id"),
                                                    ("sources", "source_id")),
                                   "parent {} is neither a doc_id nor a source_id",
                                   explode=True),),
          agreement=Agreement(("derivation", "authorship"), unit="key"),
          adjudication=Adjudication(("story_id", "derivation", "authorship", "derived_from"),
                                    ("derivation_note", "authorship_note", "note"),
                                    key="doc_id"),
          labelstudio=LabelStudio(encode="corpus.labelstudio.to_results:encode_documents",
                                  order=9),
          source="documents", exports=_EXPORTS),
    Layer(tables.SOURCES, "schemas.sources:SourcesModel",
          adjudication=Adjudication(("outlet",), ("description", "note"), key="source_id")),
    Layer(tables.SEGMENTS, "schemas.segments:SegmentsModel", source="segments",
          in_folder=False, derive="corpus.build:segment_ids", exports=("brat",)),
    Layer(tables.ENTITIES, "schemas.entities:EntitiesModel",
          adjudication=Adjudication(("entity_id", "name", "label", "role"), ("note",)),
          exports=_EXPORTS),
    Layer(tables.MENTIONS, "schemas.mentions:MentionsModel",
          foreign_keys=(ForeignKey("entity_id", _ENT, "entity {} does not exist"),),
          agreement=Agreement(("label",), measures=("entity_linking",)),
          adjudication=Adjudication(("label", "entity_id"), span_group=("doc_id",)),
          labelstudio=LabelStudio("m", ("label",),
                                  "corpus.labelstudio.to_results:encode_mentions", 1),
          exports=_EXPORTS, derive="corpus.build:segment_kind_of_spans"),
    Layer(tables.QUOTES, "schemas.quotes:QuotesModel",
          foreign_keys=tuple(ForeignKey(c, _ENT, "entity {} does not exist")
                             for c in ("speaker_entity_id", "true_speaker_entity_id",
                                       "addressee_entity_id")),
          agreement=Agreement(("kind", "variant"), measures=("speaker", "clusters")),
          adjudication=Adjudication(("kind", "speaker_entity_id", "cluster_id", "variant"),
                                    ("variant_note", "note"), span_group=("doc_id",),
                                    namespaces=("cluster_id", "group_id")),
          labelstudio=LabelStudio("q", ("kind",),
                                  "corpus.labelstudio.to_results:encode_quotes", 2),
          exports=_EXPORTS, derive="corpus.build:segment_kind_of_spans"),
    Layer(tables.CLAIMS, "schemas.claims:ClaimsModel",
          agreement=Agreement(("status",)),
          adjudication=Adjudication(("status",), ("rationale", "world_knowledge", "note"),
                                    span_group=("doc_id",)),
          labelstudio=LabelStudio("c", ("status",),
                                  "corpus.labelstudio.to_results:encode_claims", 3),
          exports=_EXPORTS),
    Layer(tables.CLAIM_EVIDENCE, "schemas.claim_evidence:ClaimEvidenceModel",
          foreign_keys=(ForeignKey("claim_id", (("claims", "claim_id"),),
                                   "claim {} does not exist"),),
          adjudication=Adjudication(("stance",), span_group=("claim_id", "doc_id")),
          labelstudio=LabelStudio(),  # carried inside its claim's region
          exports=("brat", "claims")),
    # Cross-version drift (corpus.drift): gold alignments from the folder; the aligner's
    # proposals, version pairs, derivation and quote proposals from the "drift" step
    # (corpus.drift.corpus_drift.shard_drift, run per shard by corpus.steps.drift_step).
    Layer(tables.ALIGNMENTS, "schemas.alignments:AlignmentsModel",
          foreign_keys=(ForeignKey("target_doc_id", (("documents", "doc_id"),),
                                   "document {} does not exist"),),
          agreement=Agreement(("label",), measures=("counterpart", "edit_action"),
                              match_within=("target_doc_id",)),
          # A passage against two versions is two units (decision id ...@<target>); the
          # counterpart span and the edit action are labels like the label itself.
          adjudication=Adjudication(("label", "target_start", "target_end", "edit"),
                                    span_group=("doc_id", "target_doc_id")),
          labelstudio=LabelStudio("a", ("label",),
                                  "corpus.labelstudio.to_results:encode_alignments", 4)),
    Layer(tables.VERSION_PAIRS, "schemas.alignments:VersionPairsModel", source="drift",
          in_folder=False),
    Layer(tables.DERIVATION_PROPOSALS, "schemas.alignments:DerivationProposalsModel",
          foreign_keys=(ForeignKey("doc_id", (("documents", "doc_id"),),
                                   "document {} does not exist"),),
          source="drift", in_folder=False),
    Layer(tables.QUOTE_PROPOSALS, "schemas.alignments:QuoteProposalsModel",
          foreign_keys=(ForeignKey("quote_id", (("quotes", "quote_id"),),
                                   "quote {} does not exist"),),
          source="drift", in_folder=False),
)

REGISTRY = Registry()
for _layer in BUILTIN:
    REGISTRY.register(_layer)


def register(layer: Layer, registry: Registry | None = None) -> Layer:
    """Add a layer to the default registry (or ``registry``); returns it."""
    return (registry or REGISTRY).register(layer)


def layer(name: str) -> Layer:
    return REGISTRY[name]


@contextmanager
def registered(*layers: Layer, registry: Registry | None = None) -> Iterator[Registry]:
    """Layers registered for the duration of a ``with`` block (tests, plugins' checks)."""
    reg = registry or REGISTRY
    for la in layers:
        reg.register(la)
    try:
        yield reg
    finally:
        for la in layers:
            reg.layers.pop(la.name, None)
