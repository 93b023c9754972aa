"""Score the segmenter against the gold segmentation of the seeds (written by an AI session).

A predicted segment is correct when its start, end and kind all equal a gold segment's;
separators are left out (they follow from the others). Prints per-kind precision,
recall and F1 with micro-averaged totals; ``--json PATH`` also writes the figures, which
go into the dataset card.

    .venv/bin/python scripts/eval_segments.py [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.jsonl import read_jsonl  # noqa: E402
from corpus.segment_eval import evaluate, table  # noqa: E402


def load_seeds(folder: Path) -> dict[str, str]:
    """doc_id (file stem) -> exact text, read without newline translation."""
    docs = {}
    for p in sorted(folder.glob("*.txt")):
        with open(p, encoding="utf-8", newline="") as f:
            docs[p.stem] = f.read()
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--gold", type=Path, default=ROOT / "annotations" / "segments.jsonl")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args(argv)
    from corpus.evalset import inside_eval_set

    if inside_eval_set(args.seeds, ROOT):
        print(f"error: {args.seeds} is the evaluation set; score it by split with "
              "`corpus evalset score --split dev` (test and held-out pages are scored only to "
              "report)", file=sys.stderr)
        return 2
    docs = load_seeds(args.seeds)
    figures = evaluate(docs, read_jsonl(args.gold))
    print(table(figures))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
