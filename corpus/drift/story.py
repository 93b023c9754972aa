"""Everything the drift tools find for one story, in one pass over its versions.

Input: the versions in story order (earliest first) with their segments, and where they
exist their quotes, mentions and claims. Output: duplicate pairs, passage alignments of
each version against its proposed parents (with edit actions for updates), quote
clusters and variants, derivation proposals, entity drift and claim evidence
candidates. Cost grows with versions x candidate parents (MinHash-blocked, at most
MAX_PARENTS per version), never versions squared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain

import numpy as np

from corpus.drift import align, dedup, derivation, entities
from corpus.drift.quotes import Quote, cluster_quotes, prepare
from corpus.drift.text import Passage, boilerplate_share, cited_outlets, passages

SMALL_STORY = 8  # up to this many versions every earlier version is a candidate parent
MAX_PARENTS = 3  # candidate parents aligned per version in larger stories
FABRICATED_MIN_REUSE = 0.3


@dataclass
class Version:
    doc_id: str
    text: str
    segments: list[tuple[int, int, str]]
    date: str | None = None


@dataclass
class StoryDrift:
    order: list[str]
    passages: dict[str, list[Passage]]
    boilerplate: dict[str, float]
    pairs: list[dedup.Pair]
    proposals: dict[str, derivation.Proposal]
    alignments: list[align.Row]
    reuse: dict[str, dict[str, dict[str, float]]]  # doc -> candidate parent -> shares
    quotes: list[Quote] = field(default_factory=list)
    entity_drift: list[entities.EntityDrift] = field(default_factory=list)
    mentions: list[entities.Mention] = field(default_factory=list)
    evidence: list[entities.Evidence] = field(default_factory=list)
    cited: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # doc -> its body's shingles (text.shingle_hashes)
    shingles: dict[str, np.ndarray] = field(default_factory=dict)


def _earlier_ok(a: Version, b: Version) -> bool:
    """b may be a's parent: not dated after a."""
    return not (a.date and b.date and b.date > a.date)


def analyse(versions: list[Version], quotes: list[Quote] | None = None,
            mentions: list[entities.Mention] | None = None,
            claims: list[tuple[str, str, str]] | None = None,
            slug: str = "qc", memo: dict | None = None) -> StoryDrift:
    """The drift of one story (versions in story order). ``memo``: passage text -> its key
    and stems (:func:`corpus.drift.align.index`), a cache the caller may share between
    stories (the drift step shares one per shard); results never depend on it."""
    order = [v.doc_id for v in versions]
    pos = {d: i for i, d in enumerate(order)}
    by_id = {v.doc_id: v for v in versions}
    ps = {v.doc_id: passages(v.doc_id, v.text, v.segments) for v in versions}
    memo = {} if memo is None else memo  # for the story's repeats (copies), at least
    ix = {d: align.index(p, memo) for d, p in ps.items()}
    bodies = {d: "\n".join(p.text for p in ps[d]) for d in order}
    # a body's words are its passages' words (no word crosses the "\n" between them), and
    # so are their hashes; the words themselves only a MinHash-blocked story needs
    keys = ({d: tuple(chain.from_iterable(t.key for t in ix[d])) for d in order}
            if len(order) > dedup.EXACT_STORY else None)
    hashes = {d: np.frombuffer(b"".join([t.word_hashes for t in ix[d]]), dtype=np.uint64)
              for d in order}
    pairs, sets = dedup.find_pairs_and_shingles(bodies, keys, hashes)
    dup_of: dict[str, tuple[str, str]] = {}
    related: dict[str, dict[str, float]] = {d: {} for d in order}
    for p in pairs:
        if p.kind and pos[p.target_doc_id] < pos[p.doc_id] and p.doc_id not in dup_of:
            dup_of[p.doc_id] = (p.target_doc_id, p.kind)
        later, earlier = sorted((p.doc_id, p.target_doc_id), key=pos.__getitem__, reverse=True)
        related[later][earlier] = max(related[later].get(earlier, 0.0), p.jaccard)
    cited = {v.doc_id: tuple(cited_outlets(v.text)) for v in versions}
    bp = {v.doc_id: round(boilerplate_share(v.text, v.segments), 4) for v in versions}
    reuse: dict[str, dict[str, dict[str, float]]] = {}
    # (doc, candidate) -> match_pair's answer: rows are made for proposed parents only
    found_for: dict[tuple[str, str], align.Found] = {}
    proposals: dict[str, derivation.Proposal] = {}
    for i, v in enumerate(versions):
        if len(versions) <= SMALL_STORY:
            cands = [d for d in order[:i]]
        else:
            cands = sorted(related[v.doc_id], key=lambda d: -related[v.doc_id][d])[:MAX_PARENTS]
            # a rewrite shares too few shingles for MinHash to pair it: the versions just
            # before it stand in, so it still meets MAX_PARENTS candidates
            for d in reversed(order[:i]):
                if len(cands) >= MAX_PARENTS:
                    break
                if d not in cands:
                    cands.append(d)
        cands = [d for d in cands if _earlier_ok(v, by_id[d])]
        reuse[v.doc_id] = {}
        for c in cands:
            doc = ps[v.doc_id]
            found = align.match_pair(ix[v.doc_id], ix[c]) if doc else []
            found_for[(v.doc_id, c)] = found
            # "kept" decides only an update, which an outlet credit rules out, and only
            # from UPDATE up (kept_share stops once it cannot get there)
            if cited[v.doc_id]:
                reuse[v.doc_id][c] = align.found_reuse(doc, found)
            else:
                shares, kept = align.found_reuse_and_kept(doc, found, ix[c],
                                                          at_least=derivation.UPDATE)
                reuse[v.doc_id][c] = shares
                if kept is not None:
                    shares["kept"] = kept
        segs_kinds = {k for _, _, k in v.segments}
        ev = derivation.Evidence(v.doc_id, i, bp[v.doc_id], "source_footer" in segs_kinds,
                                 cited[v.doc_id], dup_of.get(v.doc_id), reuse[v.doc_id])
        proposals[v.doc_id] = derivation.propose(ev)
    rows: list[align.Row] = []
    rows_for: dict[tuple[str, str], list[align.Row]] = {}

    def pair_rows(d: str, t: str) -> list[align.Row]:
        got = rows_for.get((d, t))
        if got is None:
            found = found_for.get((d, t))
            if found is None:  # a duplicate's original, not a candidate
                found = found_for[(d, t)] = align.match_pair(ix[d], ix[t]) if ps[d] else []
            got = rows_for[(d, t)] = align.rows_of(ps[d], found, ps[t], by_id[t].text)
        return got

    for d in order:
        prop = proposals[d]
        for parent in prop.derived_from:
            if prop.derivation == "update":
                rows.extend(align.align_pair(ps[d], ps[parent], by_id[parent].text, update=True,
                                             doc_ix=ix[d], target_ix=ix[parent]))
            else:
                rows.extend(pair_rows(d, parent))
    out = StoryDrift(order, ps, bp, pairs, proposals, rows, reuse, cited=cited, shingles=sets)
    if quotes:
        qs = sorted((prepare(q) for q in quotes), key=lambda q: (q.order, q.start, q.end))
        keeps = frozenset(d for d, p in proposals.items() if p.derivation in ("copy", "update"))
        for d, t in found_for:  # every pair compared, as the quote linker reads them
            pair_rows(d, t)
        cluster_quotes(qs, slug, _aligned_test(rows_for, ps), keeps)
        _fabricated(qs, proposals, reuse, cited, ps)
        out.quotes = qs
    if mentions:
        derivative = {d for d, p in proposals.items() if p.derivation in ("copy", "rewrite")}
        parents = {d: tuple(x for x in p.derived_from if x in pos) for d, p in proposals.items()}
        out.mentions = mentions
        out.entity_drift = entities.entity_drift(order, parents, mentions, cited, derivative)
    if claims:
        out.evidence = entities.claim_evidence(claims, ps)
    return out


def _aligned_test(rows_for: dict[tuple[str, str], list[align.Row]],
                  ps: dict[str, list[Passage]]):
    """aligned(q, r): q's passage was aligned (verbatim or rewritten) to a passage of r's
    document that holds r, or is next to the one that does (quotes move by a paragraph)."""
    spans: dict[tuple[str, str], list[tuple[int, int, int, int]]] = {}
    for (d, t), rows in rows_for.items():
        tp = ps[t]
        out = []
        for r in rows:
            if r.label == "new" or r.target_start is None:
                continue
            k = next((i for i, p in enumerate(tp) if p.start <= r.target_start < p.end), None)
            if k is None:
                continue
            lo, hi = tp[max(0, k - 1)].start, tp[min(len(tp) - 1, k + 1)].end
            out.append((r.start, r.end, lo, hi))
        spans[(d, t)] = out

    def aligned(q: Quote, r: Quote) -> bool:
        for s, e, ts, te in spans.get((q.doc_id, r.doc_id), ()):
            if s <= q.start < e and ts <= r.start < te:
                return True
        return False

    return aligned


def _in_passage(q: Quote, ps: list[Passage]) -> bool:
    return any(p.start <= q.start < p.end for p in ps)


def _fabricated(qs: list[Quote], proposals: dict[str, derivation.Proposal],
                reuse: dict[str, dict[str, dict[str, float]]], cited: dict[str, tuple[str, ...]],
                ps: dict[str, list[Passage]]) -> None:
    """Unclustered quotes in the article text of a derivative rewrite that credits no
    outlet and reuses much of earlier versions: words no version supports, given to a
    speaker no one can check ("Moscow", "the Kremlin", "analysts", "reports suggest").

    A named person's words that no other version has are left unlabelled instead: a
    rewrite with reporting of its own (a Secretary General's remarks, an Oval Office
    quote) renders real remarks from sources outside the story, and calling them
    fabricated would accuse the outlet of what the tool cannot tell. The earliest
    version is never a rewrite, so its quotes are never fabricated."""
    fabricated: dict[str, set[tuple[str, ...]]] = {}
    for q in qs:
        if q.cluster is not None or q.kind == "scare":
            continue
        prop = proposals.get(q.doc_id)
        if prop is None or prop.derivation != "rewrite" or cited.get(q.doc_id):
            continue
        best = max((r["verbatim"] + r["rewritten"] for r in reuse.get(q.doc_id, {}).values()),
                   default=0.0)
        if best < FABRICATED_MIN_REUSE or not _in_passage(q, ps[q.doc_id]):
            continue
        if q.speaker_is_person:
            q.note = ("no other version has these words; said by a named person, so they "
                      "may come from reporting outside the story (not called fabricated)")
            continue
        q.variant = "fabricated"
        q.note = ("no other version has these words, and this rewrite credits no outlet "
                  f"they could come from ({best:.0%} of its body reused from others)")
        fabricated.setdefault(q.doc_id, set()).add(q.key)
    for q in qs:  # the same words repeated outside the article text (a contents list)
        if (q.cluster is None and q.variant is None and q.kind != "scare" and q.key
                and q.key in fabricated.get(q.doc_id, ())):
            q.variant = "fabricated"
            q.note = "repeats words this version gives elsewhere and no other version has"
