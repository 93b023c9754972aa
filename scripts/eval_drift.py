"""The drift tools' scores: seeds (in-sample) and generated drift sets by split.

    python scripts/eval_drift.py [--split dev|test|all] [--json] [--check] [--record]

Tune thresholds on ``dev`` only; ``test`` is for the reported figures.
--check compares the seeds' and both generated splits' headline figures with those last
recorded in drift_eval/scores.json and exits 1 naming each one that fell (the regression
guard that `make test` runs, through tests/test_drift.py on the release's own figures);
--record rewrites that file with the current figures. A guard, not a target: never tune
on test to raise a recorded figure.
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

SCORES = ROOT / "drift_eval" / "scores.json"
SETS = ("seeds (in-sample)", "generated dev", "generated test")
# figures are rounded to 4 places where computed: the tolerance only absorbs float formatting
TOLERANCE = 1e-9


def headline(out: dict) -> dict[str, dict[str, float]]:
    """The guarded figures of each set (those with nothing to score are left out)."""
    def put(figs: dict, name: str, x: float | None) -> None:
        if x is not None:
            figs[name] = float(x)

    res: dict[str, dict[str, float]] = {}
    for name in SETS:
        r = out.get(name)
        if r is None:
            continue
        figs: dict[str, float] = {}
        ql, fq = r["quote_links"], r["fabricated_quotes"]
        put(figs, "quote links, precision", ql["precision"])
        put(figs, "quote links, recall", ql["recall"])
        put(figs, "quote links, F1", ql["f1"])
        for key, label in (("variant", "variant accuracy"), ("alignment", "alignment accuracy"),
                           ("derivation", "derivation accuracy"),
                           ("duplicates", "duplicates found"),
                           ("fabricated_participants", "fabricated participants found")):
            put(figs, label, r[key]["accuracy"] if r[key]["n"] else None)
        if fq["tp"] + fq["fp"]:
            put(figs, "fabricated quotes, precision", fq["precision"])
        if fq["tp"] + fq["fn"]:
            put(figs, "fabricated quotes, recall", fq["recall"])
        ce = r.get("claim_evidence")
        if ce:
            for unit in ("passages", "versions"):
                for m, short in (("precision", "precision"), ("recall", "recall"),
                                 ("f1", "F1")):
                    put(figs, f"claim evidence {unit}, {short}", ce[unit][m])
            if ce["stance"]["n"]:
                put(figs, "claim evidence stance accuracy", ce["stance"]["accuracy"])
            put(figs, "claim evidence refutes, precision", ce["refutes"]["precision"])
            put(figs, "claim evidence refutes, recall", ce["refutes"]["recall"])
        res[name] = figs
    return res


def scores(project_root: Path = ROOT) -> dict:
    """Every set's full scores, as the card computes them."""
    project = load_project(project_root)
    frames = build_frames(project)
    out = {"seeds (in-sample)": evaluate_corpus(frames, analyse_corpus(frames))}
    for split in ("dev", "test"):
        out[f"generated {split}"] = evaluate_sets(project_root / "drift_eval", split)
    return out


def check(now: dict[str, dict[str, float]], recorded_path: Path | None = None) -> list[str]:
    """Each recorded figure that fell or is missing now (a regression guard, not a target)."""
    recorded = json.loads((recorded_path or SCORES).read_text(encoding="utf-8"))["figures"]
    fell = []
    for name, figs in recorded.items():
        for fig, old in figs.items():
            new = now.get(name, {}).get(fig)
            if new is None:
                fell.append(f"{name}: {fig} was {old:.4f}, now not computed")
            elif new < old - TOLERANCE:
                fell.append(f"{name}: {fig} fell from {old:.4f} to {new:.4f}")
    return fell


def record(now: dict[str, dict[str, float]]) -> None:
    SCORES.write_text(json.dumps({
        "note": "drift figures last recorded in the repository (scripts/eval_drift.py "
                "--record); `make test` fails if one falls (tests/test_drift.py, "
                "scripts/eval_drift.py --check). Seeds are in-sample.",
        "figures": now}, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def row(name: str, r: dict) -> str:
    ql, v, a, d = r["quote_links"], r["variant"], r["alignment"], r["derivation"]
    fq = r["fabricated_quotes"]
    return (f"| {name} | {ql['precision']:.3f} | {ql['recall']:.3f} | {ql['f1']:.3f} | "
            f"{v['accuracy'] if v['accuracy'] is not None else '-'} ({v['correct']}/{v['n']}) | "
            f"{fq['precision']:.2f}/{fq['recall']:.2f} | "
            f"{a['accuracy'] if a['accuracy'] is not None else '-'} ({a['correct']}/{a['n']}) | "
            f"{d['accuracy']} ({d['correct']}/{d['n']}) |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="all", choices=("dev", "test", "all"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if a figure fell below drift_eval/scores.json")
    ap.add_argument("--record", action="store_true",
                    help="rewrite drift_eval/scores.json with the current figures")
    args = ap.parse_args(argv)
    if args.check or args.record:
        now = headline(scores())
        if args.record:
            record(now)
            print(f"recorded {SCORES.relative_to(ROOT)}")
            return 0
        fell = check(now)
        for line in fell:
            print(f"regression: {line}", file=sys.stderr)
        print("drift figures: " + ("FELL" if fell else "none fell"))
        return 1 if fell else 0
    project = load_project(ROOT)
    frames = build_frames(project)
    out = {"seeds (in-sample)": evaluate_corpus(frames, analyse_corpus(frames))}
    for split in ("dev", "test") if args.split == "all" else (args.split,):
        out[f"generated {split}"] = evaluate_sets(ROOT / "drift_eval", split)
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
