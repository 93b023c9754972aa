"""The drift tools' scores: seeds (in-sample) and generated drift sets by split.

    python scripts/eval_drift.py [--split dev|test|all] [--json]

Tune thresholds on ``dev`` only; ``test`` is for the reported figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.build import build_frames  # noqa: E402
from corpus.drift.corpus_drift import analyse_corpus  # noqa: E402
from corpus.drift.evaluate import evaluate_corpus, evaluate_sets  # noqa: E402
from corpus.project import load_project  # noqa: E402


def row(name: str, r: dict) -> str:
    ql, v, a, d = r["quote_links"], r["variant"], r["alignment"], r["derivation"]
    fq = r["fabricated_quotes"]
    return (f"| {name} | {ql['precision']:.3f} | {ql['recall']:.3f} | {ql['f1']:.3f} | "
            f"{v['accuracy'] if v['accuracy'] is not None else '-'} ({v['correct']}/{v['n']}) | "
            f"{fq['precision']:.2f}/{fq['recall']:.2f} | "
            f"{a['accuracy'] if a['accuracy'] is not None else '-'} ({a['correct']}/{a['n']}) | "
            f"{d['accuracy']} ({d['correct']}/{d['n']}) |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="all", choices=("dev", "test", "all"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    project = load_project(ROOT)
    frames = build_frames(project)
    out = {"seeds (in-sample)": evaluate_corpus(frames, analyse_corpus(frames))}
    for split in ("dev", "test") if args.split == "all" else (args.split,):
        out[f"generated {split}"] = evaluate_sets(ROOT / "drift_eval", split)
    if args.json:
        print(json.dumps(out, indent=1))
        return
    print("| set | link P | link R | link F1 | variant acc | fabricated P/R | alignment acc |"
          " derivation acc |")
    print("|---|---|---|---|---|---|---|---|")
    for k, r in out.items():
        print(row(k, r))
    for k, r in out.items():
        print(f"\n{k}: variant confusion {r['variant']['confusion']}")
        print(f"  alignment confusion {r['alignment']['confusion']}")
        print(f"  derivation errors {r['derivation']['errors']}")
        print(f"  duplicates {r['duplicates']}, participants {r['fabricated_participants']}")
        ce = r.get("claim_evidence")
        if ce:
            p, v, rf = ce["passages"], ce["versions"], ce["refutes"]
            print(f"  claim evidence (in-sample): passages P {p['precision']:.3f} R "
                  f"{p['recall']:.3f} F1 {p['f1']:.3f}; versions P {v['precision']:.3f} R "
                  f"{v['recall']:.3f} F1 {v['f1']:.3f}; stance {ce['stance']['accuracy']} "
                  f"({ce['stance']['correct']}/{ce['stance']['n']}); refutes P "
                  f"{rf['precision']:.3f} R {rf['recall']:.3f} ({rf['correct']}/"
                  f"{rf['predicted']} of {rf['gold']}); passage right in cited version "
                  f"{ce['passage_right_in_cited_version']['accuracy']}")


if __name__ == "__main__":
    main()
