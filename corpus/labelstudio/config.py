"""The labeling config: generated from ``corpus.vocab`` so labels can never drift.

``annotations/labeling_config.xml`` is the rendered output of :func:`render_config`
(``python -m corpus.labelstudio.config`` rewrites it); a test checks both that the file
matches and that every vocabulary label appears in it and nothing else does.
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import quoteattr

from corpus import vocab
from corpus.errors import CorpusError, Problem


def config_path(root: Path | None = None) -> Path:
    """The project's ``annotations/labeling_config.xml`` (found from the project, never
    from the package's location, which is site-packages for a normal install)."""
    from corpus.project import load_project

    return load_project(root).labeling_config


TEXT = "text"  # the <Text> object every control points at
# Span controls and their labels.
MENTION, QUOTE, CLAIM, ALIGNMENT = "mention", "quote", "claim", "alignment"
QUOTE_CONTENT, QUOTE_SOURCE, QUOTE_CUE = "QuoteContent", "QuoteSource", "QuoteCue"
QUOTE_ROLES: tuple[str, ...] = (QUOTE_CONTENT, QUOTE_SOURCE, QUOTE_CUE)
CLAIM_LABEL = "Claim"
# Relation labels: content -> speaker, content -> cue, part -> next part of a split quote.
REL_SOURCE, REL_CUE, REL_CONTINUES = "source", "cue", "continues"
RELATIONS: tuple[str, ...] = (REL_SOURCE, REL_CUE, REL_CONTINUES)
# Per-region controls (their results share the region's id).
ENTITY_ID, QUOTE_KIND = "entity_id", "quote_kind"
CLAIM_STATUS, RATIONALE = "claim_status", "rationale"
UNCERTAIN, NOTE, ATTRS = "uncertain", "note", "attrs"
UNCERTAIN_CHOICE = "uncertain"
# Document-level controls.
DERIVATION, DERIVATION_NOTE, DERIVED_FROM = "derivation", "derivation_note", "derived_from"
AUTHORSHIP, AUTHORSHIP_NOTE = "authorship", "authorship_note"
DOC_UNCERTAIN, DOC_NOTE, DOC_ATTRS = "doc_uncertain", "doc_note", "doc_attrs"

SPAN_LABELS: dict[str, tuple[str, ...]] = {
    MENTION: vocab.ENTITY_LABELS,
    QUOTE: QUOTE_ROLES,
    CLAIM: (CLAIM_LABEL,),
    ALIGNMENT: vocab.ALIGNMENT_LABELS,
}
CHOICES: dict[str, tuple[str, ...]] = {
    QUOTE_KIND: vocab.QUOTE_KINDS,
    CLAIM_STATUS: vocab.CLAIM_STATUS,
    UNCERTAIN: (UNCERTAIN_CHOICE,),
    DERIVATION: vocab.DERIVATION,
    AUTHORSHIP: vocab.AUTHORSHIP,
    DOC_UNCERTAIN: (UNCERTAIN_CHOICE,),
}
REGION_TEXTAREAS = (ENTITY_ID, RATIONALE, NOTE, ATTRS)
DOC_TEXTAREAS = (DERIVATION_NOTE, DERIVED_FROM, AUTHORSHIP_NOTE, DOC_NOTE, DOC_ATTRS)
REGION_CONTROLS = (*REGION_TEXTAREAS, QUOTE_KIND, CLAIM_STATUS, UNCERTAIN)
DOC_CONTROLS = (*DOC_TEXTAREAS, DERIVATION, AUTHORSHIP, DOC_UNCERTAIN)


def _labels(name: str, labels: tuple[str, ...], hint: str) -> list[str]:
    out = [f'  <Header value={quoteattr(hint)} size="6"/>',
           f'  <Labels name="{name}" toName="{TEXT}" showInline="true">']
    out += [f"    <Label value={quoteattr(v)}/>" for v in labels]
    return out + ["  </Labels>"]


def _choices(name: str, values: tuple[str, ...], per_region: bool,
             multiple: bool = False) -> list[str]:
    attrs = f'name="{name}" toName="{TEXT}" showInline="true"'
    attrs += ' choice="multiple"' if multiple else ' choice="single-radio"'
    attrs += ' perRegion="true"' if per_region else ""
    return ([f"    <Choices {attrs}>"]
            + [f"      <Choice value={quoteattr(v)}/>" for v in values] + ["    </Choices>"])


def _textarea(name: str, placeholder: str, per_region: bool, rows: int = 1) -> str:
    pr = ' perRegion="true"' if per_region else ""
    return (f'    <TextArea name="{name}" toName="{TEXT}"{pr} editable="true" maxSubmissions="1"'
            f' rows="{rows}" placeholder={quoteattr(placeholder)}/>')


def render_config() -> str:
    """The one labeling config for every layer, built from the vocabularies."""
    lines = ["<View>", '  <Header value="$doc_id"/>']
    lines += _labels(MENTION, SPAN_LABELS[MENTION], "Entity mentions (name without title or 's)")
    lines += _labels(QUOTE, QUOTE_ROLES,
                     "Quotes: content (without marks), source (speaker mention), cue")
    lines += _labels(CLAIM, (CLAIM_LABEL,), "Check-worthy claims")
    lines += _labels(ALIGNMENT, vocab.ALIGNMENT_LABELS,
                     "Alignment of a passage against another version (target_doc_id, "
                     "target span and edit in attrs)")
    lines += [
        '  <Relations>',
        *[f"    <Relation value={quoteattr(r)}/>" for r in RELATIONS],
        "  </Relations>",
        f'  <Text name="{TEXT}" value="$text" granularity="symbol"/>',
        '  <View visibleWhen="region-selected">',
        '    <Header value="Selected region" size="5"/>',
        '    <Header value="Mention: entity id; quote content: credited speaker entity id"'
        ' size="6"/>',
        _textarea(ENTITY_ID, "e.g. per:maria-zakharova", True),
        '    <Header value="Quote content: kind" size="6"/>',
        *_choices(QUOTE_KIND, vocab.QUOTE_KINDS, True),
        '    <Header value="Claim: status and evidence note (rationale)" size="6"/>',
        *_choices(CLAIM_STATUS, vocab.CLAIM_STATUS, True),
        _textarea(RATIONALE, "why this status; the evidence", True, rows=2),
        '    <Header value="Any region" size="6"/>',
        *_choices(UNCERTAIN, (UNCERTAIN_CHOICE,), True, multiple=True),
        _textarea(NOTE, "note: evidence, doubt, decision", True, rows=2),
        _textarea(ATTRS, "more fields, one 'key: value' per line (cluster_id, group_id, "
                  "variant, ...)", True, rows=3),
        "  </View>",
        '  <View>',
        '    <Header value="Document" size="5"/>',
        *_choices(DERIVATION, vocab.DERIVATION, False),
        _textarea(DERIVATION_NOTE, "evidence for derivation, quoting the text", False, rows=2),
        _textarea(DERIVED_FROM, "derived from: one doc_id or source_id per line", False, rows=2),
        *_choices(AUTHORSHIP, vocab.AUTHORSHIP, False),
        _textarea(AUTHORSHIP_NOTE, "evidence for authorship", False, rows=2),
        *_choices(DOC_UNCERTAIN, (UNCERTAIN_CHOICE,), False, multiple=True),
        _textarea(DOC_NOTE, "note on the document", False, rows=2),
        _textarea(DOC_ATTRS, "more fields, one 'key: value' per line (story_id, ...)", False,
                  rows=2),
        "  </View>",
        "</View>",
    ]
    return "\n".join(lines) + "\n"


def load_config(path: Path | None = None) -> str:
    """The config file's text; refuses one that drifted from the vocabularies.

    Without ``path``: the project's ``annotations/labeling_config.xml`` (the project is
    found from the working directory, as every command finds it); outside any project
    (an installed package used on one's own files) the config is rendered from the
    vocabularies, which is exactly what that file must hold.
    """
    if path is None:
        try:
            path = config_path()
        except CorpusError:
            return render_config()
    from corpus.paths import shown

    where = shown(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CorpusError(f"{where}: labeling config not found",
                          [Problem(where, "file not found")]) from None
    if text != render_config():
        raise CorpusError(
            f"{where}: labeling config differs from corpus.vocab",
            [Problem(where, "regenerate it: python -m corpus.labelstudio.config")],
        )
    return text


def interface(config: str | None = None):
    """A ``LabelInterface`` for the config (label_studio_sdk imported lazily)."""
    from label_studio_sdk.label_interface import LabelInterface

    return LabelInterface(config if config is not None else render_config())


def main() -> None:
    path = config_path()
    path.write_text(render_config(), encoding="utf-8")
    print(path, file=sys.stderr)


if __name__ == "__main__":
    main()
