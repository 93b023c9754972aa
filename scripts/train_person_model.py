"""Train the PERSON CRF on the evaluation set's dev gold, and measure it leave-one-collection-out.

Usage:
    .venv/bin/python scripts/train_person_model.py --loco [--fresh COMMIT:N ...]
        [--out MODEL] [--check MODEL]

Trains only on split dev (collection 1's dev pages, collections 3, 4 and 5), never on test or the
held-out collections (2, 6, 7, 10, 12, 15, 17, 20): those are for reporting. Features: word shape
and case, prefixes and suffixes, neighbouring words, the name, place and word lists, the corpus's
entity catalogue, what the page says elsewhere about a word, and the rule pre-annotator's own
mentions (stacked). Fixed parameters (person_crf.PARAMS), pages in doc_id order: the same gold
gives the same model, byte for byte.

--loco prints, for each dev collection left out, the PERSON exact P/R/F1 of the rules alone,
the CRF alone (no rule features), the CRF stacked on the rules, and the rules plus the spans
of either CRF that overlap no rule span, each CRF trained on the other three collections;
then the micro-average (the project's matcher, as `corpus evalset score` counts). The rules
were tuned on all four collections, so their LOCO figure is in sample for them; --fresh
COMMIT:N adds a fold where the rules (baseline and stacked features alike) are those of an
earlier commit, from before collection N was tuned on (96f4ab5:5, f763f23:4), which is how
they meet a new page. --out writes the model trained on every dev page; --check MODEL exits
1 unless MODEL is what training gives.

The CRF is an evaluation tool: it does not beat the rules on these figures, so it is not
wired into the pre-annotator (evaluation/README.md, "A statistical PERSON tagger").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.preannotate import person_crf as pc  # noqa: E402

CATALOGUE = ROOT / "annotations" / "gold" / "entities.jsonl"
TRAIN_SPLIT = "dev"  # never test, never holdout


def dev_pages() -> list[dict[str, Any]]:
    """Every dev page the gold covers for PERSON: text, collection, gold spans, tokens, the
    rule pre-annotator's mentions and both feature sets (stacked on them and not)."""
    from corpus.evalset import load_texts, split_pages
    from corpus.evalset_score import read_gold
    from corpus.preannotate.entities import extract_mentions_batch, load_catalogue

    pages = split_pages(ROOT, TRAIN_SPLIT)
    assert all(p.split == TRAIN_SPLIT for p in pages)  # never test, never holdout
    texts = load_texts(ROOT, pages)
    gold = read_gold(ROOT / "evaluation" / "gold", ROOT)
    covered = set(gold["coverage"].get("PERSON", []))
    ids = sorted(d for d in texts if d in covered)
    col = {p.entry.doc_id: p.collection for p in pages}
    cat = pc.catalogue_person_words(load_catalogue(CATALOGUE))
    out = []
    for d, rules in zip(ids, extract_mentions_batch([texts[d] for d in ids], CATALOGUE),
                        strict=True):
        text = texts[d]
        spans = sorted((m["start"], m["end"]) for m in gold["mentions"]
                       if m["doc_id"] == d and m["label"] == "PERSON")
        toks = pc.tokenize(text)
        page = {"doc_id": d, "collection": col[d], "text": text, "gold": spans,
                "toks": toks, "tags": pc.bio(toks, spans), "catalogue": cat,
                "alone": pc.sequences(text, pc.doc_features(text, toks, None, cat), toks)}
        out.append(with_rules(page, rules))
    return out


def with_rules(page: dict[str, Any], rules: list[Any]) -> dict[str, Any]:
    """The page with these rule mentions and the features stacked on them."""
    feats = pc.doc_features(page["text"], page["toks"], rules, page["catalogue"])
    return dict(page, rules=rules, stacked=pc.sequences(page["text"], feats, page["toks"]))


_OLD_RULES = """
import json, sys
from corpus.preannotate.entities import extract_mentions_batch
job = json.load(sys.stdin)
out = extract_mentions_batch(job["texts"], job["catalogue"])
json.dump([[[m.start, m.end, m.label] for m in ms] for ms in out], sys.stdout)
"""


def rules_at(commit: str, pages: list[dict[str, Any]]) -> list[list[Any]]:
    """The rule pre-annotator of an earlier commit of this repository (its ``corpus``
    package from ``git archive``, run in a child process) on the pages: rules as they were
    before anyone tuned them on a collection."""
    import io
    import json
    import os
    import subprocess
    import tarfile
    import tempfile

    from corpus.errors import CorpusError, Problem
    from corpus.preannotate.entities import MentionSpan

    arc = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", commit, "corpus"],
                         capture_output=True)
    if arc.returncode:
        raise CorpusError(f"--fresh: no commit {commit!r} in this repository",
                          [Problem("--fresh", arc.stderr.decode(errors="replace").strip())])
    with tempfile.TemporaryDirectory() as d:
        with tarfile.open(fileobj=io.BytesIO(arc.stdout)) as tar:
            tar.extractall(d, filter="data")
        job = json.dumps({"texts": [p["text"] for p in pages], "catalogue": str(CATALOGUE)})
        run = subprocess.run([sys.executable, "-c", _OLD_RULES], input=job.encode(),
                             capture_output=True, cwd=d, env=dict(os.environ, PYTHONPATH=d))
    if run.returncode:
        tail = run.stderr.decode(errors="replace").strip().splitlines()[-1:]
        raise CorpusError(f"--fresh: the rules of {commit} failed on the dev pages",
                          [Problem("--fresh", " ".join(tail))])
    return [[MentionSpan(s, e, p["text"][s:e], lab) for s, e, lab in ms]
            for p, ms in zip(pages, json.loads(run.stdout), strict=True)]


def items(pages: list[dict[str, Any]], kind: str) -> list[tuple[list[list[str]], list[str]]]:
    return [(xs, [p["tags"][i] for i in idx]) for p in pages for idx, xs in p[kind]]


def predict(model: dict[str, Any], page: dict[str, Any], kind: str) -> list[tuple[int, int]]:
    tags = ["O"] * len(page["toks"])
    for idx, xs in page[kind]:
        for i, t in zip(idx, pc.viterbi(model, xs), strict=True):
            tags[i] = t
    return pc.spans_of(page["toks"], tags, page["text"])


def rule_person(page: dict[str, Any]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in page["rules"] if m.label == "PERSON"]


def plus_additions(rules: list[tuple[int, int]], crf: list[tuple[int, int]]
                   ) -> list[tuple[int, int]]:
    """The rules' spans, and the CRF's spans that overlap none of them."""
    return sorted(rules + [c for c in crf if not any(s < c[1] and c[0] < e for s, e in rules)])


def score(pairs: list[tuple[str, list[tuple[int, int]], list[tuple[int, int]]]]
          ) -> dict[str, Any]:
    """PERSON exact P/R/F1 with the project's matcher (corpus.scoring.match_spans), as
    ``corpus evalset score`` counts them."""
    from corpus.scoring import match_spans, prf

    pred = [{"doc_id": d, "start": s, "end": e} for d, p, _ in pairs for s, e in p]
    gold = [{"doc_id": d, "start": s, "end": e} for d, _, g in pairs for s, e in g]
    m = match_spans(pred, gold)
    return prf(sum(1 for *_, ex in m if ex), len(pred), len(gold))


SYSTEMS = ("rules", "crf", "stacked", "rules+crf", "rules+stacked")


def fold(pages: list[dict[str, Any]], c: int) -> dict[str, list]:
    """Train on every collection but ``c``, predict ``c``: each system's (doc, pred, gold)."""
    train_on = [p for p in pages if p["collection"] != c]
    test_on = [p for p in pages if p["collection"] == c]
    print(f"  fold {c}: train on {len(train_on)} pages, score {len(test_on)}", file=sys.stderr)
    m_alone = pc.train(items(train_on, "alone"))
    m_stack = pc.train(items(train_on, "stacked"))
    out: dict[str, list] = {s: [] for s in SYSTEMS}
    for p in test_on:
        r, a, st = rule_person(p), predict(m_alone, p, "alone"), predict(m_stack, p, "stacked")
        for s, v in zip(SYSTEMS, (r, a, st, plus_additions(r, a), plus_additions(r, st)),
                        strict=True):
            out[s].append((p["doc_id"], v, p["gold"]))
    return out


def loco(pages: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """Per left-out collection, and micro over all of them, each system's PERSON figures."""
    table: dict[str, dict[str, dict[str, Any]]] = {}
    every: dict[str, list] = {s: [] for s in SYSTEMS}
    for c in sorted({p["collection"] for p in pages}):
        res = fold(pages, c)
        table[str(c)] = {s: score(v) for s, v in res.items()}
        for s in SYSTEMS:
            every[s] += res[s]
    table["micro"] = {s: score(v) for s, v in every.items()}
    return table


def fresh(pages: list[dict[str, Any]], commit: str, c: int
          ) -> dict[str, dict[str, dict[str, Any]]]:
    """One fold with the rules of ``commit`` (from before collection ``c`` was tuned on) as
    both the baseline and the stacked features: the rules are then out of sample on the
    left-out collection, as they would be on a new page."""
    old = rules_at(commit, pages)
    res = fold([with_rules(p, r) for p, r in zip(pages, old, strict=True)], c)
    return {f"{c} @{commit[:7]}": {s: score(v) for s, v in res.items()}}


def render(table: dict[str, dict[str, dict[str, Any]]]) -> str:
    lines = ["PERSON exact, leave one dev collection out (P / R / F1, correct/gold)",
             f"{'left out':12}" + "".join(f"{s:>28}" for s in SYSTEMS)]
    for c, row in table.items():
        cells = "".join(f"{f['precision']:.3f}/{f['recall']:.3f}/{f['f1']:.3f} "
                        f"({f['correct']}/{f['gold']})".rjust(28) for f in row.values())
        lines.append(f"{c:12}{cells}")
    return "\n".join(lines)


def _fresh_arg(value: str) -> tuple[str, int]:
    commit, sep, col = value.rpartition(":")
    if not sep or not commit or not col.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r}: give COMMIT:COLLECTION, e.g. 96f4ab5:5")
    return commit, int(col)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--loco", action="store_true", help="print leave-one-collection-out figures")
    ap.add_argument("--fresh", type=_fresh_arg, action="append", default=[],
                    metavar="COMMIT:N", help="one more fold: collection N left out, with the "
                    "rules of COMMIT (from before N was tuned on); repeatable")
    ap.add_argument("--out", type=Path, help="write the model trained on every dev page here")
    ap.add_argument("--check", type=Path, metavar="MODEL",
                    help="exit 1 unless MODEL is byte for byte what training gives")
    args = ap.parse_args(argv)
    if not (args.loco or args.fresh or args.out or args.check):
        ap.error("say what to do: --loco, --fresh, --out or --check")
    from corpus.errors import CorpusError

    try:
        pages = dev_pages()
        if args.loco or args.fresh:
            table = loco(pages) if args.loco else {}
            for commit, c in args.fresh:
                if c not in {p["collection"] for p in pages}:
                    raise CorpusError(f"--fresh: collection {c} has no dev pages")
                table.update(fresh(pages, commit, c))
            print(render(table))
        text = pc.dumps(pc.train(items(pages, "stacked"))) if args.out or args.check else ""
    except CorpusError as e:
        print(f"error: {e.report()}", file=sys.stderr)
        return 1
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out} ({len(pages)} dev pages)")
    if args.check:
        same = args.check.is_file() and args.check.read_text(encoding="utf-8") == text
        print(f"{args.check}: " + ("matches training" if same else "DIFFERS from training"))
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
