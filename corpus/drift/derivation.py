"""Derivation proposals from reuse ratios, dates and cited outlets, each with a score.

Rules, applied to each version given the earlier ones (the story's order):

- a version whose body is identical, near-identical or contained in an earlier one's, or
  an earliest version wrapped in another site's furniture that credits another outlet
  (a contributor line, a "Source link" footer) is a ``copy``;
- a version that keeps at least UPDATE of its body word for word from one earlier
  version (verbatim passages, and the unchanged sentences of rewritten ones: an update
  that rewords one sentence of a long paragraph keeps the others) and credits no other
  outlet is an ``update`` of it;
- a version that credits other outlets, or reuses at least REWRITE of its body (verbatim
  or rewritten) from earlier versions, is a ``rewrite`` of them;
- any other later version is ``independent``, and the earliest one ``original``.

``derived_from`` names the earlier versions with a reuse share of at least PARENT. The
score is the share that decided (reuse, containment) or, for ``original`` and
``independent``, one minus the largest reuse share. Proposals never replace gold labels:
they sit in their own columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

UPDATE = 0.5
REWRITE = 0.2
PARENT = 0.15
FURNITURE = 0.02


@dataclass(frozen=True)
class Evidence:
    doc_id: str
    order: int
    boilerplate: float  # share of the text in boilerplate segments
    has_source_footer: bool
    cited: tuple[str, ...]  # outlets the text credits
    duplicate_of: tuple[str, str] | None = None  # (earlier doc, kind)
    # earlier doc -> shares (verbatim, rewritten, new; "kept" where it can decide an update:
    # an uncited version, kept share >= UPDATE; where absent, propose takes the verbatim
    # share, which is at most the kept share and so below UPDATE too)
    reuse: dict[str, dict[str, float]] = field(default_factory=dict)


@dataclass(frozen=True)
class Proposal:
    doc_id: str
    derivation: str
    derived_from: tuple[str, ...]
    score: float
    reason: str


def propose(ev: Evidence) -> Proposal:
    # each share is rounded to 4 places on its own, so their sum may pass 1 by 0.0001
    # (0.5001 + 0.5000): a share of the body is at most all of it
    shares = {d: min(1.0, r["verbatim"] + r["rewritten"]) for d, r in ev.reuse.items()}
    best = max(shares, key=lambda d: (shares[d], ev.reuse[d]["verbatim"]), default=None)
    best_share = shares.get(best, 0.0) if best else 0.0
    parents = tuple(d for d, s in sorted(shares.items(), key=lambda x: -x[1]) if s >= PARENT)
    cites = f"credits {', '.join(ev.cited)}" if ev.cited else "credits no outlet"
    if ev.duplicate_of is not None:
        d, kind = ev.duplicate_of
        return Proposal(ev.doc_id, "copy", (d,), 1.0 if kind == "identical" else 0.95,
                        f"body {kind.replace('_', '-')} with {d}")
    if not ev.reuse:  # the earliest version
        if ev.boilerplate >= FURNITURE and (ev.has_source_footer or ev.cited):
            return Proposal(ev.doc_id, "copy", (), round(min(1.0, 0.5 + ev.boilerplate), 4),
                            f"earliest version inside page furniture ({ev.boilerplate:.0%} "
                            f"boilerplate) that {cites}"
                            + (" and has a source footer" if ev.has_source_footer else ""))
        return Proposal(ev.doc_id, "original", (), 1.0, f"earliest version; {cites}")
    kept = {d: max(r["verbatim"], r.get("kept", 0.0)) for d, r in ev.reuse.items()}
    top = max(kept, key=lambda d: (kept[d], shares[d]), default=None)
    if top and kept[top] >= UPDATE and not ev.cited:
        best, v = top, kept[top]
        return Proposal(ev.doc_id, "update", (best,), round(v, 4),
                        f"{v:.0%} of the body verbatim from {best}; {cites}")
    if ev.cited or best_share >= REWRITE:
        return Proposal(ev.doc_id, "rewrite", parents,
                        round(max(best_share, 0.6 if ev.cited else 0.0), 4),
                        f"{best_share:.0%} of the body reused from {best}; {cites}")
    return Proposal(ev.doc_id, "independent", (), round(1 - best_share, 4),
                    f"at most {best_share:.0%} of the body reused; {cites}")
