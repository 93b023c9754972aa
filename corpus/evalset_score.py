"""Scores of the automatic layers on the evaluation set (out of sample), per split.

One function per layer, each taking the pages' texts and gold records and returning
plain figures (counts kept beside every ratio), so the script, the regression guard in
the tests and the card all quote the same numbers:

- segments: exact start/end/kind (as for the seeds), boilerplate segments found
  (a gold furniture segment predicted with the same offsets and any furniture kind) and
  how many predicted furniture segments are right, furniture characters recall and
  precision (robust to granularity), and pages whose title is found exactly;
- quotes: direct + mixed spans (kind direct or mixed on both sides), exact F1; speaker
  accuracy on matched quotes; "found with the right speaker" over all gold quotes;
- mentions: PERSON exact F1 on the pages the gold covers for PERSON, and every label on the
  pages it covers completely;
- entity types: every other annotated type, exact span F1 against each reference (the gold,
  and every annotator's pass) on the pages that reference's ``coverage.json`` marks complete
  for the type -- the gold of the other types is not complete (only what both passes agree
  on), so the complete single passes are the references there, each named.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus.scoring import match_spans, prf, speaker_right
from corpus.vocab import ANNOTATED_ENTITY_LABELS, SEGMENT_BOILERPLATE_KINDS, SEGMENT_SEPARATOR

SPEECH = ("direct", "mixed")
# The entity types scored beside PERSON (the gold's exhaustive types, PERSON apart).
OTHER_TYPES = tuple(lab for lab in ANNOTATED_ENTITY_LABELS if lab != "PERSON")
# Below this many reference mentions a type's ratio says little: show its counts only.
MIN_TYPE_GOLD = 10
FURNITURE = frozenset(SEGMENT_BOILERPLATE_KINDS)


def _run(name: str, fn: Callable, doc_id: str, *args: Any) -> list:
    """``fn(*args)`` on one page; an annotator that fails on a page is a clear error naming
    the page and the annotator (with a non-zero exit), not a traceback."""
    from corpus.errors import CorpusError, Problem

    try:
        return list(fn(*args))
    except (KeyboardInterrupt, CorpusError):
        raise
    except Exception as e:  # noqa: BLE001 -- any failure of the annotator on this page
        where = f"evaluation/pages/{doc_id}.txt"
        raise CorpusError(f"{where}: the {name} failed on this page",
                          [Problem(where, f"{name} raised {type(e).__name__}: {e}",
                                   record=doc_id)]) from None


def segment_scores(texts: dict[str, str], gold: list[dict],
                   segmenter: Callable[[str], list[tuple[int, int, str]]] | None = None
                   ) -> dict[str, Any]:
    """The segmenter (``segment_text`` unless another is given: the furniture classifier's
    cross-validation scores its folds' models) on ``texts`` against gold segments."""
    from corpus.segment import segment_text
    from corpus.segment_eval import score

    segmenter = segment_text if segmenter is None else segmenter
    gold = [r for r in gold if r["doc_id"] in texts and r["kind"] != SEGMENT_SEPARATOR]
    pred = [{"doc_id": d, "start": s, "end": e, "kind": k}
            for d, t in sorted(texts.items()) for s, e, k in _run("segmenter", segmenter, d, t)
            if k != SEGMENT_SEPARATOR]
    keys = score({(r["doc_id"], r["start"], r["end"], r["kind"]) for r in gold},
                 {(r["doc_id"], r["start"], r["end"], r["kind"]) for r in pred})
    span = {(r["doc_id"], r["start"], r["end"]) for r in pred if r["kind"] in FURNITURE}
    gold_bp = [r for r in gold if r["kind"] in FURNITURE]
    gold_span = {(r["doc_id"], r["start"], r["end"]) for r in gold_bp}
    found = [r for r in gold_bp if (r["doc_id"], r["start"], r["end"]) in span]
    bp = prf(len(span & gold_span), len(span), len(gold_span))

    def chars(rows: list[dict]) -> dict[str, set[int]]:
        out: dict[str, set[int]] = {}
        for r in rows:
            out.setdefault(r["doc_id"], set()).update(range(r["start"], r["end"]))
        return out

    gc, pc = chars(gold_bp), chars([r for r in pred if r["kind"] in FURNITURE])
    inter = sum(len(gc.get(d, set()) & pc.get(d, set())) for d in texts)
    titles = {r["doc_id"]: (r["start"], r["end"]) for r in gold if r["kind"] == "title"}
    # (one predicted title a page: the segmenter picks one headline, as the gold has one)
    ptitles = {r["doc_id"]: (r["start"], r["end"]) for r in pred if r["kind"] == "title"}
    tfound = sorted(d for d, span in titles.items() if ptitles.get(d) == span)
    title_missed = [{"doc_id": d, "gold": texts[d][s:e][:60],
                     "pred": texts[d][slice(*ptitles[d])][:60] if d in ptitles else None}
                    for d, (s, e) in sorted(titles.items()) if ptitles.get(d) != (s, e)]
    missed = [{"doc_id": r["doc_id"], "start": r["start"], "kind": r["kind"],
               "text": texts[r["doc_id"]][r["start"]:r["end"]][:60]}
              for r in gold_bp if r not in found]
    return {
        "pages": len(texts),
        "segments_exact": keys["micro"],
        "per_kind": keys["per_kind"],
        "boilerplate_segments": bp,
        "boilerplate_chars": prf(inter, sum(map(len, pc.values())), sum(map(len, gc.values()))),
        "title_found": {"found": len(tfound), "pages_with_title": len(titles),
                        "rate": round(len(tfound) / len(titles), 4) if titles else 0.0},
        "boilerplate_missed": missed,
        "title_missed": title_missed,
    }


def quote_scores(texts: dict[str, str], gold: list[dict],
                 entities: dict[str, dict]) -> dict[str, Any]:
    """Direct + mixed quotes and their speakers on ``texts``."""
    from corpus.preannotate.quotes import extract_quotes

    gold = [r for r in gold if r["doc_id"] in texts and r["kind"] in SPEECH]
    pred = [dict(q.__dict__, doc_id=d) for d, t in sorted(texts.items())
            for q in _run("quote extractor", extract_quotes, d, t) if q.kind in SPEECH]
    pairs = match_spans(pred, gold)
    exact = sum(1 for *_, ex in pairs if ex)
    ok = ok_exact = 0
    errors = []
    for i, j, ex in pairs:
        g, p = gold[j], pred[i]
        good = speaker_right(p, g, entities)
        ok += good
        ok_exact += good and ex
        if not good:
            errors.append({"doc_id": g["doc_id"], "start": g["start"],
                           "gold": g.get("speaker_entity_id") or g.get("speaker_unknown_reason"),
                           "pred": p.get("speaker"), "text": g["text"][:50]})
    span_errors = [{"doc_id": r["doc_id"], "start": r["start"], "text": r["text"][:50]}
                   for j, r in enumerate(gold) if j not in {b for _a, b, ex in pairs if ex}]
    return {
        "pages": len(texts),
        "spans_exact": prf(exact, len(pred), len(gold)),
        "spans_overlap": prf(len(pairs), len(pred), len(gold)),
        "speaker_on_matched": {"correct": ok, "n": len(pairs),
                               "accuracy": round(ok / len(pairs), 4) if pairs else 0.0},
        "found_with_speaker": {"correct": ok_exact, "gold": len(gold),
                               "rate": round(ok_exact / len(gold), 4) if gold else 0.0},
        "speaker_errors": errors,
        "span_misses": span_errors,
    }


def mention_scores(texts: dict[str, str], gold: list[dict], person_pages: set[str],
                   all_type_pages: set[str], catalogue: Path | None) -> dict[str, Any]:
    """PERSON on the pages covered for PERSON; every label on the fully covered pages."""
    from corpus.preannotate.entities import extract_mentions

    pages = sorted(d for d in texts if d in person_pages | all_type_pages)
    pred = [dict(m.__dict__, doc_id=d) for d in pages
            for m in _run("entity pre-annotator", extract_mentions, d, texts[d], catalogue)]

    def exact(keep_doc: set[str], keep) -> dict[str, Any]:
        p = [r for r in pred if r["doc_id"] in keep_doc and keep(r)]
        g = [r for r in gold if r["doc_id"] in keep_doc and keep(r)]
        pairs = match_spans(p, g)
        return prf(sum(1 for *_, ex in pairs if ex), len(p), len(g))

    per = {d for d in pages if d in person_pages}
    full = {d for d in pages if d in all_type_pages}
    person = exact(per, lambda r: r["label"] == "PERSON")
    gp = {(r["doc_id"], r["start"], r["end"]) for r in gold
          if r["doc_id"] in per and r["label"] == "PERSON"}
    pp = {(r["doc_id"], r["start"], r["end"]) for r in pred
          if r["doc_id"] in per and r["label"] == "PERSON"}
    labels = sorted({r["label"] for r in gold if r["doc_id"] in full})
    return {
        "person_pages": len(per),
        "person_exact": person,
        "person_missed": [_show(texts, k) for k in sorted(gp - pp)],
        "person_spurious": [_show(texts, k) for k in sorted(pp - gp)],
        "all_type_pages": len(full),
        "labels_exact": {lab: exact(full, lambda r, lab=lab: r["label"] == lab)
                         for lab in labels},
    }


def _show(texts: dict[str, str], key: tuple[str, int, int]) -> dict[str, Any]:
    d, s, e = key
    return {"doc_id": d, "start": s, "text": texts[d][s:e]}


def read_gold(folder: Path, root: Path | None = None) -> dict[str, Any]:
    """Quotes, mentions, entities and coverage of a gold folder or an annotator's pass,
    after the typed layer reader's checks (a bad record is named, never a traceback)."""
    from corpus.layers import read_folder_records

    recs = read_folder_records(folder, root)
    return {"quotes": recs.get("quotes", []), "mentions": recs.get("mentions", []),
            "entities": {e["entity_id"]: e for e in recs.get("entities", [])},
            "coverage": read_coverage(folder / "coverage.json", root)}


def read_coverage(path: Path, root: Path | None = None) -> dict[str, Any]:
    """``coverage.json``: an object whose keys (a layer, an entity type or ``all_types``)
    list the doc_ids finished for them; ``note`` is free text. Absent: covers nothing."""
    from corpus.errors import CorpusError, Problem

    if not path.is_file():
        return {}
    where = str(path.relative_to(root)) if root and path.is_relative_to(root) else str(path)
    try:
        cov = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise CorpusError(f"{where}: not valid JSON", [Problem(where, str(e))]) from None
    if not isinstance(cov, dict):
        raise CorpusError(f"{where}: not a JSON object", [Problem(where, "not a JSON object")])
    bad = [Problem(where, "must be a list of doc_id strings", field=k) for k, v in cov.items()
           if k != "note" and not (isinstance(v, list) and all(isinstance(d, str) for d in v))]
    if bad:
        raise CorpusError(f"{where}: {len(bad)} problems", bad)
    return cov


def complete_pages(coverage: dict[str, Any], label: str) -> set[str]:
    """Pages a reference has finished for ``label`` (coverage.json: a page listed under the
    label itself, or under ``all_types``, which means every annotated entity type)."""
    return set(coverage.get(label, [])) | set(coverage.get("all_types", []))


def type_references(root: Path) -> dict[str, dict[str, Any]]:
    """Every reference for the entity types, by name: ``gold`` and each pass folder under
    ``evaluation/passes`` (in name order); a reference counts for a type on a page only
    where its coverage says complete."""
    ev = root / "evaluation"
    refs = {"gold": read_gold(ev / "gold", root)} if (ev / "gold").is_dir() else {}
    passes = ev / "passes"
    if passes.is_dir():
        for d in sorted(p for p in passes.iterdir() if p.is_dir() and not p.name.startswith(".")):
            refs[d.name] = read_gold(d, root)
    return refs


def type_scores(texts: dict[str, str], pred: list[dict], refs: dict[str, dict[str, Any]],
                types: tuple[str, ...] = OTHER_TYPES) -> dict[str, Any]:
    """Exact span F1 per entity type against each reference, on the pages of ``texts`` the
    reference covers completely for that type; references covering none are left out.
    Also the exact agreement of each pair of references on the pages both cover (how far
    the references themselves are apart)."""
    by_ref: dict[str, dict[str, Any]] = {}
    cover: dict[str, dict[str, set[str]]] = {}
    for name, ref in refs.items():
        labs = {}
        for lab in types:
            pages = complete_pages(ref["coverage"], lab) & texts.keys()
            if not pages:
                continue
            cover.setdefault(name, {})[lab] = pages
            p = [r for r in pred if r["doc_id"] in pages and r["label"] == lab]
            g = [r for r in ref["mentions"] if r["doc_id"] in pages and r["label"] == lab]
            labs[lab] = dict(_exact(p, g), pages=len(pages))
        if labs:
            by_ref[name] = labs
    agreement: dict[str, dict[str, Any]] = {}
    names = sorted(cover)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if a == "gold" or b == "gold":
                continue  # the gold is made from the passes: no independent agreement
            labs = {}
            for lab in types:
                pages = cover[a].get(lab, set()) & cover[b].get(lab, set())
                if pages:
                    ra = [r for r in refs[a]["mentions"] if r["doc_id"] in pages
                          and r["label"] == lab]
                    rb = [r for r in refs[b]["mentions"] if r["doc_id"] in pages
                          and r["label"] == lab]
                    labs[lab] = dict(_exact(ra, rb), pages=len(pages))
            if labs:
                agreement[f"{a} vs {b}"] = labs
    return {"references": by_ref, "agreement": agreement,
            "predicted": {lab: sum(r["label"] == lab for r in pred) for lab in types}}


def _exact(pred: list[dict], gold: list[dict]) -> dict[str, Any]:
    pairs = match_spans(pred, gold)
    return prf(sum(1 for *_, ex in pairs if ex), len(pred), len(gold))


def evaluate_split(root: Path, split: str | None, gold_dir: Path | None = None,
                   catalogue: Path | None = None,
                   collections: set[int] | None = None) -> dict[str, Any]:
    """Every layer's figures on one split of the evaluation set. None means every page of
    the first collection (dev and test): held-out pages are scored only when asked for by
    name, so no "all" run ever puts an annotator on them."""
    from corpus.evalset import SEGMENTS_FILE, load_texts, split_pages
    from corpus.jsonl import read_jsonl

    pages = split_pages(root, split, collections)
    texts = load_texts(root, pages)
    gold_dir = gold_dir or root / "evaluation" / "gold"
    g = read_gold(gold_dir, root)
    cov = g["coverage"]
    quote_pages = set(cov.get("quotes", []))
    out: dict[str, Any] = {"split": split or "all", "pages": len(texts),
                           "collections": sorted(collections) if collections else "all",
                           "gold": str(gold_dir.relative_to(root)) if gold_dir.is_relative_to(
                               root) else str(gold_dir)}
    out["segments"] = segment_scores(texts, read_jsonl(root / SEGMENTS_FILE))
    out["quotes"] = quote_scores({d: t for d, t in texts.items() if d in quote_pages},
                                 g["quotes"], g["entities"])
    out["mentions"] = mention_scores(texts, g["mentions"], set(cov.get("PERSON", [])),
                                     set(cov.get("all_types", [])), catalogue)
    out["entity_types"] = type_scores(texts, predict_mentions(texts, catalogue),
                                      type_references(root))
    return out


def predict_mentions(texts: dict[str, str], catalogue: Path | None) -> list[dict]:
    """The pre-annotator's mentions on every page of ``texts``."""
    from corpus.preannotate.entities import extract_mentions

    return [dict(m.__dict__, doc_id=d) for d, t in sorted(texts.items())
            for m in _run("entity pre-annotator", extract_mentions, d, t, catalogue)]


HEADLINE = (
    ("segments", "boilerplate_segments", "recall", "boilerplate segments found (recall)"),
    ("segments", "boilerplate_segments", "precision", "boilerplate segments, precision"),
    ("segments", "segments_exact", "f1", "segments exact (offsets and kind), F1"),
    ("segments", "title_found", "rate", "title found"),
    ("quotes", "spans_exact", "f1", "direct + mixed quotes, exact span F1"),
    ("quotes", "speaker_on_matched", "accuracy", "speaker right on matched quotes"),
    ("quotes", "found_with_speaker", "rate", "quote found and its speaker right"),
    ("mentions", "person_exact", "f1", "PERSON mentions, exact F1"),
    ("mentions", "person_exact", "recall", "PERSON mentions, recall"),
)


def headline(res: dict[str, Any]) -> dict[str, float]:
    """The figures the card quotes and the regression guard keeps, by name."""
    return {name: res[layer][key][field] for layer, key, field, name in HEADLINE}


def counts(res: dict[str, Any], name: str) -> str:
    for layer, key, _field, n in HEADLINE:
        if n == name:
            f = res[layer][key]
            if "correct" in f and "gold" in f and "predicted" in f:
                return f"{f['correct']}/{f['gold']} gold, {f['predicted']} predicted"
            if "found" in f:
                return f"{f['found']}/{f['pages_with_title']} pages"
            if "n" in f:
                return f"{f['correct']}/{f['n']}"
            return f"{f['correct']}/{f['gold']}"
    return ""


def render(res: dict[str, Any]) -> str:
    lines = [f"split: {res['split']}  pages: {res['pages']}  gold: {res['gold']}  "
             f"(quotes on {res['quotes']['pages']} pages, PERSON on "
             f"{res['mentions']['person_pages']} pages)", ""]
    for name, value in headline(res).items():
        lines.append(f"{name:44} {value:6.3f}   {counts(res, name)}")
    bc = res["segments"]["boilerplate_chars"]
    lines.append(f"{'boilerplate characters P / R':44} {bc['precision']:.3f} / {bc['recall']:.3f}")
    for lab, f in res["mentions"]["labels_exact"].items():
        lines.append(f"  {lab:10} exact P {f['precision']:.3f} R {f['recall']:.3f} "
                     f"F1 {f['f1']:.3f} ({f['gold']} gold)")
    lines += render_types(res.get("entity_types"))
    return "\n".join(lines)


def details(res: dict[str, Any]) -> list[str]:
    """The errors behind the figures, a line each (what ``--details`` prints)."""
    out = [f"  segment missed: {r}" for r in res["segments"]["boilerplate_missed"]]
    out += [f"  title missed: {r}" for r in res["segments"].get("title_missed", ())]
    out += [f"  quote span missed: {r}" for r in res["quotes"]["span_misses"]]
    out += [f"  speaker wrong: {r}" for r in res["quotes"]["speaker_errors"]]
    out += [f"  PERSON missed: {r}" for r in res["mentions"]["person_missed"]]
    out += [f"  PERSON spurious: {r}" for r in res["mentions"]["person_spurious"]]
    return out


def type_cell(f: dict[str, Any] | None) -> str:
    """One type's figure against one reference: F1 (right/reference), or the counts alone
    where the reference has fewer than MIN_TYPE_GOLD mentions."""
    if f is None:
        return "—"
    n = f"{f['correct']}/{f['gold']}"
    return n if f["gold"] < MIN_TYPE_GOLD else f"{f['f1']:.3f} ({n})"


def render_types(ts: dict[str, Any] | None) -> list[str]:
    """The per-type table of one split, a line per (type, reference)."""
    if not ts or not ts["references"]:
        return ["", "other entity types: no reference complete for them on these pages"]
    lines = ["", "other entity types, exact span (reference = pages its coverage.json marks "
             "complete for the type; F1 only with >= "
             f"{MIN_TYPE_GOLD} reference mentions):"]
    for name, labs in ts["references"].items():
        for lab, f in labs.items():
            lines.append(f"  {lab:12} vs {name:12} P {f['precision']:.3f} R {f['recall']:.3f} "
                         f"F1 {f['f1']:.3f}  {f['correct']}/{f['gold']} gold, "
                         f"{f['predicted']} predicted, {f['pages']} pages")
    for pair, labs in ts["agreement"].items():
        for lab, f in labs.items():
            lines.append(f"  {lab:12} {pair}: exact agreement F1 {f['f1']:.3f} "
                         f"({f['correct']} shared of {f['predicted']} / {f['gold']})")
    return lines
