"""Invented furniture glued into dev pages' paragraphs: how often the segmenter cuts it out.

Usage:
    .venv/bin/python scripts/probe_glued_furniture.py [--collections 1 3 4 ...]

Why (issue 9): the dev pages hold few lines with furniture glued inside them, so the
leave-one-collection-out table says little about corpus/segment_glued.py. This probe
glues each invented piece of furniture (none taken from an evaluation page) before, after
or between the sentences of the first one-line prose paragraph of every dev page, and
counts the pages where the segmenter makes exactly that piece one furniture segment. Dev
pages only (never test or holdout); no gold is read. A figure of the probe, not of the
evaluation set.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LEAD = ["Share Tweet Email", "SHARE | TWEET | EMAIL |", "Advertisement", "4 min read",
        "1,204 Comments", "Photo: Ann Lee/Reuters", "(Photo: Ann Lee)",
        "Updated: 9:15 AM ET, March 3, 2021", "Published March 3, 2021",
        "Having trouble viewing this email? View it as a Web page.", "By Ann Lee and Tom Roe"]
TAIL = ["Share Tweet Email", "ADVERTISEMENT", "Tags: ferries, islands, weather",
        "Related: Storm closes island harbours for a week"]
MID = ["Advertisement", "Story continues below advertisement", "(AP Photo/Ann Lee)"]
OPENERS = ("The ", "A ", "In ", "On ")  # a byline is cut before a sentence's opening word


def main(argv: list[str] | None = None) -> int:
    from corpus.evalset import load_texts, split_pages
    from corpus.segment import rule_blocks, segment_text
    from corpus.vocab import SEGMENT_BOILERPLATE_KINDS

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--collections", type=int, nargs="*", default=None,
                    help="dev collections to probe (default: every dev collection)")
    args = ap.parse_args(argv)
    pages = split_pages(ROOT, "dev", set(args.collections) if args.collections else None)
    texts = load_texts(ROOT, pages)
    kinds = set(SEGMENT_BOILERPLATE_KINDS) | {"photo_credit", "byline"}
    tried: dict[str, int] = {}
    cut: dict[str, int] = {}
    for doc_id in sorted(texts):
        t = texts[doc_id]
        paras = [b for b in rule_blocks(t) if b.kind is None and len(b.lines) == 1
                 and len(b.text) >= 120 and b.text[0].isupper()
                 and b.text.rstrip()[-1] in ".!?\"”" and ". " in b.text]
        if not paras:
            continue
        b = paras[0]
        s = b.text
        k = s.index(". ") + 2
        for where, items in (("before", LEAD), ("after", TAIL), ("between", MID)):
            for f in items:
                if f.startswith("By ") and not s.startswith(OPENERS):
                    continue
                glued = (f"{f} {s}" if where == "before" else f"{s} {f}" if where == "after"
                         else f"{s[:k]}{f} {s[k:]}")
                page = t[:b.start] + glued + t[b.end:]
                at = b.start + (0 if where == "before" else len(s) + 1 if where == "after"
                                else k)
                hit = any(x == at and y == at + len(f) and kind in kinds
                          for x, y, kind in segment_text(page))
                key = f"{where}: {f}"
                tried[key] = tried.get(key, 0) + 1
                cut[key] = cut.get(key, 0) + hit
    for key in tried:
        print(f"{key:<60} {cut[key]}/{tried[key]}")
    print(f"{'all':<60} {sum(cut.values())}/{sum(tried.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
