"""Score the quote and mention pre-annotators against a gold annotation directory.

Usage:
    .venv/bin/python scripts/eval_preannotators.py [--gold DIR] [--seeds DIR] [--json PATH]
        [--catalogue PATH]

Gold is annotations/gold by default; point --gold at a single pass
(annotations/passes/annotator_a) while the adjudicated layer does not exist yet.
Figures: exact and overlap precision/recall/F1 for quotes (all spans, per kind) and
mentions (spans, spans+label, per label), and speaker accuracy on matched direct and
mixed quotes (the predicted full name equals the gold speaker entity's name or an alias).
Mentions are run WITHOUT a catalogue unless --catalogue is given, so that the figures
measure the rules and not a catalogue made from the same gold.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.preannotate.evaluate import evaluate, render  # noqa: E402


def load_texts(folder: Path) -> dict[str, str]:
    return {p.stem: p.read_bytes().decode("utf-8") for p in sorted(folder.glob("*.txt"))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "annotations" / "gold")
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--catalogue", type=Path, default=None,
                    help="entity catalogue for the mention pre-annotator (default: none)")
    ap.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = ap.parse_args(argv)
    from corpus.evalset import inside_eval_set

    if inside_eval_set(args.seeds, ROOT):
        print(f"error: {args.seeds} is the evaluation set; score it by split with "
              "`corpus evalset score --split dev` (test and held-out pages are scored only to "
              "report)", file=sys.stderr)
        return 2
    if not (args.gold / "quotes.jsonl").is_file() and not (args.gold / "mentions.jsonl").is_file():
        print(f"error: no quotes.jsonl or mentions.jsonl in {args.gold}", file=sys.stderr)
        return 2
    res = evaluate(args.gold, load_texts(args.seeds), args.catalogue)
    print(render(res))
    if args.json is not None:
        args.json.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
