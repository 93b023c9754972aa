"""Duplicates and containment between the versions of a story, blocked with MinHash.

Each document's body (its passages, boilerplate excluded) becomes a set of word 5-gram
shingles and a MinHash signature (datasketch). An LSH index on Jaccard similarity and an
LSH Ensemble index on containment propose candidate pairs, so a story with thousands of
versions is never compared all-pairs in Python; only candidates get exact set
arithmetic. A pair is ``identical`` (same body text), ``near_identical`` (Jaccard of the
shingle sets >= NEAR) or ``contained`` (>= CONTAINED of the smaller body's shingles are
in the larger one: an opening, an excerpt, a copy inside other furniture).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from corpus.drift.text import hashed_shingles, overlap, shingle_hashes, shingle_strings, word_key

NUM_PERM = 64
NEAR = 0.9
CONTAINED = 0.9
RELATED = 0.2  # Jaccard at which two versions are candidates for alignment
MAX_CANDIDATES = 24  # per document, the most similar candidates kept for exact checks
EXACT_STORY = 64  # up to this many versions, candidate pairs by exact set arithmetic


@dataclass(frozen=True)
class Pair:
    doc_id: str
    target_doc_id: str
    jaccard: float
    containment: float  # share of doc_id's shingles found in target_doc_id
    kind: str | None  # identical, near_identical, contained, or None (related only)


def _signatures(sets: list[set[str]]):
    from datasketch import MinHash

    sigs = MinHash.bulk([[s.encode("utf-8") for s in sorted(x)] for x in sets],
                        num_perm=NUM_PERM, seed=1)
    return sigs


DENSE_CELLS = 1 << 22  # documents x shared shingles up to which the product is dense


def _intersections(sets: list[np.ndarray]) -> np.ndarray:
    """|a & b| for every pair (i != j) of shingle-hash sets, in one matrix product.

    Only shingles two or more sets hold can count off the diagonal, so the product is over
    those: a dense float32 one (exact: counts stay far below 2**24) while it has at most
    DENSE_CELLS cells, a sparse one past that. The diagonal is not the set sizes then."""
    sizes = [len(x) for x in sets]
    allh = np.concatenate(sets) if sets else np.empty(0, dtype=np.uint64)
    _, cols = np.unique(allh, return_inverse=True)
    cols = cols.reshape(-1)
    counts = np.bincount(cols) if cols.size else np.zeros(0, dtype=np.int64)
    shared = counts >= 2
    n_shared = int(shared.sum())
    if len(sets) * n_shared <= DENSE_CELLS:
        new_col = np.cumsum(shared) - 1  # a shared shingle's column among the shared
        keep = shared[cols]
        rows = np.repeat(np.arange(len(sets)), sizes)[keep]
        m = np.zeros((len(sets), n_shared), dtype=np.float32)
        m[rows, new_col[cols[keep]]] = 1.0
        return (m @ m.T).astype(np.int64)
    from scipy.sparse import csr_matrix

    ptr = np.zeros(len(sets) + 1, dtype=np.int64)
    np.cumsum(sizes, out=ptr[1:])
    m = csr_matrix((np.ones(allh.size, dtype=np.int64), cols.reshape(-1), ptr),
                   shape=(len(sets), int(cols.max()) + 1 if allh.size else 1))
    return (m @ m.T).toarray()


@functools.cache
def _lsh_params() -> tuple[int, int]:
    """The (bands, rows) MinHashLSH would compute for RELATED: a numerical integration that
    costs more than indexing a story, so it is done once per process."""
    from datasketch import MinHashLSH

    probe = MinHashLSH(threshold=RELATED, num_perm=NUM_PERM)
    return probe.b, probe.r


@functools.cache
def _ensemble_class():
    """MinHashLSHEnsemble whose per-instance parameter search (about 60 ms of numerical
    integration, the same result every time for the same settings) runs once per
    process: one index is built per story, so a corpus of stories paid it thousands of
    times. The index and its answers are unchanged."""
    from datasketch import MinHashLSHEnsemble

    cache: dict[tuple, tuple] = {}

    class CachedEnsemble(MinHashLSHEnsemble):
        def _init_optimal_params(self, weights):
            key = (self.threshold, self.h, self.m, tuple(weights))
            if key not in cache:
                rs = super()._init_optimal_params(weights)
                cache[key] = (self.xqs, self.params, rs)
            self.xqs, self.params, rs = cache[key]
            return set(rs)

    return CachedEnsemble


def _exact_pairs(ids: list[str], sets: dict[str, np.ndarray]
                 ) -> tuple[list[tuple[str, str]], dict[tuple[str, str], int]]:
    """What the LSH indexes approximate, computed exactly: pairs with Jaccard >= RELATED
    or either side >= the ensemble's containment threshold, each document keeping its
    MAX_CANDIDATES most similar, and every pair's intersection. For a story of a few
    dozen versions the exact set arithmetic costs less than building the MinHash
    signatures, and misses nothing."""
    order = {d: i for i, d in enumerate(ids)}
    sizes = {d: len(sets[d]) for d in ids}
    inter_all = _intersections([sets[d] for d in ids]).tolist()
    found: dict[str, list[tuple[float, int, str]]] = {d: [] for d in ids}
    inters: dict[tuple[str, str], int] = {}
    for i, a in enumerate(ids):
        row = inter_all[i]
        for j in range(i + 1, len(ids)):
            inter = row[j]
            if not inter:
                continue
            b = ids[j]
            inters[(a, b)] = inter
            jac = inter / (sizes[a] + sizes[b] - inter)
            if (jac >= RELATED or inter / max(1, sizes[a]) >= CONTAINED * 0.8
                    or inter / max(1, sizes[b]) >= CONTAINED * 0.8):
                found[a].append((-jac, order[b], b))
                found[b].append((-jac, order[a], a))
    pairs: set[tuple[str, str]] = set()
    for d, cands in found.items():
        for _, _, c in sorted(cands)[:MAX_CANDIDATES]:
            x, y = sorted((d, c), key=order.__getitem__)
            pairs.add((x, y))
    return sorted(pairs, key=lambda p: (order[p[0]], order[p[1]])), inters


def candidate_pairs(bodies: dict[str, str], keys: dict[str, tuple[str, ...]] | None = None,
                    hashes: dict[str, np.ndarray] | None = None
                    ) -> tuple[dict[str, np.ndarray], list[tuple[str, str]],
                               dict[tuple[str, str], int]]:
    """Shingle sets (:func:`~corpus.drift.text.shingle_hashes`), the candidate pairs (i < j
    in the given order) worth checking, and the intersections already known: exact for
    stories up to EXACT_STORY versions, MinHash-blocked past that. ``keys``: each body's
    word key where the caller has it (the passages' keys, joined), so it is not
    tokenised twice; ``hashes``: each body's word hashes
    (:func:`~corpus.drift.text.word_hashes`) where the caller has them, so no word is
    hashed again. datasketch (and the scipy.integrate it pulls in, half a second per
    worker process) is imported only for a story past EXACT_STORY versions."""
    ids = list(bodies)

    def key(d: str) -> tuple[str, ...]:
        return keys[d] if keys is not None else word_key(bodies[d])

    sets = {d: hashed_shingles(hashes[d]) if hashes is not None else shingle_hashes(key(d))
            for d in ids}
    if len(ids) < 2:
        return sets, [], {}
    if len(ids) <= EXACT_STORY:
        pairs, inters = _exact_pairs(ids, sets)
        return sets, pairs, inters
    from datasketch import MinHashLSH

    strings = {d: shingle_strings(key(d)) for d in ids}  # MinHash hashes the strings
    sigs = _signatures([strings[d] for d in ids])
    order = {d: i for i, d in enumerate(ids)}
    lsh = MinHashLSH(num_perm=NUM_PERM, params=_lsh_params())
    for d, m in zip(ids, sigs, strict=True):
        lsh.insert(d, m)
    ens = _ensemble_class()(threshold=CONTAINED * 0.8, num_perm=NUM_PERM, num_part=8)
    ens.index((d, m, max(1, len(strings[d]))) for d, m in zip(ids, sigs, strict=True))
    matrix = np.vstack([m.hashvalues for m in sigs])
    pairs: set[tuple[str, str]] = set()
    for i, (d, m) in enumerate(zip(ids, sigs, strict=True)):
        found = set(lsh.query(m)) | set(ens.query(m, max(1, len(strings[d]))))
        found.discard(d)
        if len(found) > MAX_CANDIDATES:  # keep the most similar by estimated Jaccard
            cand = sorted(found, key=order.__getitem__)
            est = (matrix[[order[c] for c in cand]] == matrix[i]).mean(axis=1)
            top = np.argsort(-est, kind="stable")[:MAX_CANDIDATES]
            found = {cand[k] for k in top}
        for c in found:
            a, b = sorted((d, c), key=order.__getitem__)
            pairs.add((a, b))
    return sets, sorted(pairs, key=lambda p: (order[p[0]], order[p[1]])), {}


def classify(a: str, b: str, text_a: str, text_b: str, size_a: int, size_b: int,
             inter: int) -> list[Pair]:
    """Exact figures for one candidate pair (shingle-set sizes and their intersection),
    both directions where containment differs."""
    jac = inter / ((size_a + size_b - inter) or 1)
    ca = inter / size_a if size_a else 0.0
    cb = inter / size_b if size_b else 0.0
    if text_a.strip() == text_b.strip():
        return [Pair(b, a, 1.0, 1.0, "identical")]
    if jac >= NEAR:
        return [Pair(b, a, jac, cb, "near_identical")]
    out = []
    if cb >= CONTAINED:
        out.append(Pair(b, a, jac, cb, "contained"))
    if ca >= CONTAINED:
        out.append(Pair(a, b, jac, ca, "contained"))
    if not out:
        out.append(Pair(b, a, jac, cb, None))
    return out


def find_pairs(bodies: dict[str, str]) -> list[Pair]:
    return find_pairs_and_shingles(bodies)[0]


def find_pairs_and_shingles(bodies: dict[str, str], keys: dict[str, tuple[str, ...]] | None = None,
                            hashes: dict[str, np.ndarray] | None = None
                            ) -> tuple[list[Pair], dict[str, np.ndarray]]:
    """Every candidate pair with its exact Jaccard and containment, in document order.

    ``bodies`` maps doc_id -> body text (passages joined), in the story's order; for a
    pair the later document is ``doc_id`` and the earlier ``target_doc_id``, except a
    ``contained`` earlier document, which is ``doc_id`` of its own row."""
    sets, pairs, inters = candidate_pairs(bodies, keys, hashes)
    out = []
    for a, b in pairs:
        inter = inters.get((a, b))
        if inter is None:
            inter = overlap(sets[a], sets[b])
        out.extend(classify(a, b, bodies[a], bodies[b], len(sets[a]), len(sets[b]), inter))
    return out, sets
