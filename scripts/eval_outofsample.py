"""Score the automatic layers on the out-of-sample evaluation set (evaluation/), per split.

Usage:
    .venv/bin/python scripts/eval_outofsample.py [--split dev|test|all|holdout] [--gold DIR]
        [--details] [--json PATH] [--check] [--record]

--split dev (default) is the split to measure and tune on; --split test is for reporting
only (never tune on it); --split all is dev and test together (never a held-out split);
--split holdout scores the held-out collections (2, 6, 7, 10, 12, 15, 17 and 20; --collection 6,
7, 10, 12, 15, 17 or 20 alone), for reporting only: they are never part of --check or --record (a
regression guard on them would make them a target).
--gold takes an annotator's pass (evaluation/passes/annotator_a) while the adjudicated gold
is not complete. --check compares dev and test with the figures
last recorded in evaluation/scores.json and exits 1 if any fell (the regression guard that
`make test` runs); --record rewrites that file with the current figures. Mentions use the
corpus's entity catalogue, as `corpus preannotate` does by default. The table ends with the
other entity types, exact span F1 per type against each reference (the gold, each pass)
on the pages whose coverage.json marks the type complete. `corpus evalset score` prints
the same figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.evalset_score import details, evaluate_split, headline, render  # noqa: E402

SCORES = ROOT / "evaluation" / "scores.json"
CATALOGUE = ROOT / "annotations" / "gold" / "entities.jsonl"


def recorded_collections() -> dict[str, set[int] | None]:
    """The collections each recorded split was measured on (``collections`` in
    scores.json; figures recorded before collection 3 existed are the first collection's),
    so the guard compares like with like when pages are added to a split."""
    rec = json.loads(SCORES.read_text(encoding="utf-8")).get("collections",
                                                            {"dev": [1], "test": [1]})
    return {s: (set(rec[s]) if s in rec else None) for s in ("dev", "test")}


def present_collections() -> dict[str, list[int]]:
    from corpus.evalset import split_pages

    return {s: sorted({p.collection for p in split_pages(ROOT, s)}) for s in ("dev", "test")}


def current(gold: Path | None, cols: dict[str, set[int] | None] | None = None
            ) -> dict[str, dict[str, float]]:
    cols = recorded_collections() if cols is None else cols
    return {s: headline(evaluate_split(ROOT, s, gold, CATALOGUE, cols[s])) for s in ("dev", "test")}


def check(now: dict[str, dict[str, float]]) -> list[str]:
    """Figures below the recorded ones (a regression guard, not the target)."""
    recorded = json.loads(SCORES.read_text(encoding="utf-8"))["figures"]
    fell = []
    for split, figs in recorded.items():
        for name, old in figs.items():
            new = now.get(split, {}).get(name)
            if new is None or new < old - 1e-9:
                fell.append(f"{split}: {name} fell from {old:.4f} to {new}")
    return fell


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "test", "all", "holdout"), default="dev")
    ap.add_argument("--gold", type=Path, default=None)
    ap.add_argument("--details", action="store_true", help="list the errors too")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--record", action="store_true")
    ap.add_argument("--collection", type=int, action="append", default=None,
                    help="score only pages of this collection (a `collection` of "
                    "evaluation/manifest.jsonl; 1 is the first; repeatable)")
    args = ap.parse_args(argv)
    if args.check or args.record:
        present = present_collections()
        now = current(args.gold, {s: set(c) for s, c in present.items()} if args.record else None)
        if args.record:
            SCORES.write_text(json.dumps({
                "note": "figures last recorded in the repository; `make test` fails if one "
                        "falls (scripts/eval_outofsample.py --check)",
                "collections": present, "figures": now}, indent=2, sort_keys=True) + "\n",
                encoding="utf-8")
            print(f"recorded {SCORES.relative_to(ROOT)}")
            return 0
        fell = check(now)
        for line in fell:
            print(f"regression: {line}", file=sys.stderr)
        print("out-of-sample figures: " + ("FELL" if fell else "none fell"))
        return 1 if fell else 0
    if args.split in ("test", "holdout"):
        print(f"note: the {args.split} split is for reporting only; do not tune on these "
              "figures", file=sys.stderr)
    from corpus.errors import CorpusError

    try:
        res = evaluate_split(ROOT, None if args.split == "all" else args.split, args.gold,
                             CATALOGUE, set(args.collection) if args.collection else None)
    except CorpusError as e:
        print(f"error: {e.report()}", file=sys.stderr)
        return 1
    print(render(res))
    if args.details:
        print("\n".join(details(res)))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
