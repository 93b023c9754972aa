"""The card's out-of-sample section: the automatic layers on the evaluation set's test
split, beside the same figures on its dev split and in sample (the seeds).

Computed at release time from ``evaluation/`` (pages, gold, split) and the release's own
tables, never pasted; the pages themselves are not part of the release.
"""

from __future__ import annotations

import pyarrow as pa

from corpus.figures import Figure
from corpus.project import Project


def _in_sample(project: Project, tables: dict[str, pa.Table]) -> dict:
    """The same headline figures on the seeds against the release's gold layers (no
    entity catalogue for mentions: a catalogue made from that gold would score itself)."""
    from corpus.evalset_score import mention_scores, quote_scores, segment_scores
    from corpus.jsonl import read_jsonl

    docs = dict(zip(tables["documents"]["doc_id"].to_pylist(),
                    tables["documents"]["text"].to_pylist(), strict=True))
    quotes, mentions = tables["quotes"].to_pylist(), tables["mentions"].to_pylist()
    entities = {e["entity_id"]: e for e in tables["entities"].to_pylist()}
    seg = read_jsonl(project.gold_segments) if project.gold_segments.is_file() else []
    seg_docs = {r["doc_id"] for r in seg}
    annotated = {r["doc_id"] for r in quotes + mentions}
    return {
        "segments": segment_scores({d: t for d, t in docs.items() if d in seg_docs}, seg),
        "quotes": quote_scores({d: t for d, t in docs.items() if d in annotated}, quotes,
                               entities),
        "mentions": mention_scores(docs, mentions, annotated, set(), None),
        "pages": len(annotated),
    }


def outofsample_figure(project: Project, tables: dict[str, pa.Table]) -> Figure | None:
    from corpus import markdown as md
    from corpus.evalset import MANIFEST
    from corpus.evalset_score import HEADLINE, counts, evaluate_split, headline
    from corpus.preannotate.gazetteer import sources

    if not (project.root / MANIFEST).is_file() or tables["quotes"].num_rows == 0:
        return None
    catalogue = project.gold / "entities.jsonl"
    test = evaluate_split(project.root, "test", None, catalogue)
    dev = evaluate_split(project.root, "dev", None, catalogue)
    seeds = _in_sample(project, tables)
    h_test, h_dev, h_seeds = headline(test), headline(dev), headline(seeds)
    rows = [(name, f"{h_seeds[name]:.3f}", f"{h_dev[name]:.3f}", f"{h_test[name]:.3f}",
             counts(test, name)) for *_x, name in HEADLINE]
    lists = ", ".join(f"{k} {v}" if v else f"{k} (not installed)" for k, v in sources().items())
    text = (
        "**Who made the evaluation set's labels** (the paragraph above is about the seeds' "
        "gold, the in-sample column). Dev and test gold: segments by the issue 9 lead, an AI "
        "development session (Anthropic Claude), one pass made before the segmenter's output "
        "on these pages was looked at; quotes and mentions by two independent AI annotator "
        "sessions of the same model (evaluation annotators A and B), kept apart by "
        "instruction only and shown no machine output; their differences decided by the "
        "issue 9 lead (same model). No person has reviewed these labels; the figures measure "
        "agreement with that model's adjudicated reading, not with human judgement.\n\n"
        f"The automatic layers (`corpus/segment.py`, `corpus preannotate`) on pages nobody tuned "
        f"them to: the evaluation set in `evaluation/` ({test['pages'] + dev['pages']} openly "
        f"licensed news pages from Wikinews, Voice of America, Global Voices and U.S. federal "
        f"sites, kept outside the release), split by a fixed rule into dev "
        f"({dev['pages']} pages) and test ({test['pages']} pages) before any annotator output "
        "was looked at. The rules were improved by measuring on **dev**; **test** was scored "
        "only to report. In sample = the seed documents against this release's gold.\n\n"
        + md.table(["figure", "in sample (seeds)", "dev", "test (out of sample)",
                    "test counts"], rows)
        + "\n\n**How measured.** Segments: exact offsets; a boilerplate segment is found when "
        "a predicted segment has its offsets and any furniture kind. Quotes: direct and mixed "
        "quotes, exact content span; speaker = the predicted full name equals the gold "
        "speaker entity's name or an alias. PERSON: exact span. Gold: two independent passes "
        "by reading (quotes, PERSON), every difference adjudicated (`evaluation/"
        "adjudication.jsonl`); segments by one annotator. Mentions use the corpus's entity "
        "catalogue, as `corpus preannotate` does; in sample uses none.\n\n"
        "**Caveats.** The pages are the first ~2,000 characters of each stored page, so many "
        "end mid-sentence; five pages are versions of one story (all in one split by the "
        "rule); counts are small (see the last column), so one error moves a "
        f"figure by several points. Name and place lists used: {lists}.")
    data = {"test": h_test, "dev": h_dev, "in_sample": h_seeds,
            "pages": {"dev": dev["pages"], "test": test["pages"]}, "lists": sources()}
    labelling = ("Evaluation set (`evaluation/`, not released): 41 openly licensed pages; gold "
                 "segments by one AI session, quotes and PERSON mentions by two independent AI "
                 "annotator sessions with adjudication; dev/test split fixed before annotation.")
    return Figure("Out-of-sample evaluation (test split)", text, data, labelling,
                  layers=("segments", "entities", "mentions", "quotes"))
