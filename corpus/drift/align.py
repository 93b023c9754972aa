"""Passage alignment of one version against another, as in METER, with edit actions.

Every passage of the document gets one row against the target document: ``verbatim``
(the same words as a target passage, or as a contiguous run of one, up to punctuation
and case), ``rewritten`` (the same content in other words: the content-word stems of the
two passages overlap by at least REWRITTEN, Dice), or ``new`` (no counterpart; target
span null). For a version and its update the rows also carry NewsEdits-style edit
actions: ``addition`` (a new passage), ``edit`` (rewritten), ``refactor`` (verbatim but
moved out of order), and ``deletion`` rows for the earlier version's passages that the
update no longer has.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from corpus.drift.text import Passage, key_and_stems, word_hashes, word_key, words

REWRITTEN = 0.4
MIN_RUN = 6  # words: a shorter passage must match a whole target passage to be verbatim


class Row(NamedTuple):
    """One alignment row. A named tuple, not a frozen dataclass: a story makes thousands and
    a shard a hundred thousand, and a tuple is made four times faster (a frozen dataclass
    sets each field through object.__setattr__); fields read the same way."""

    doc_id: str
    start: int
    end: int
    text: str
    target_doc_id: str
    target_start: int | None
    target_end: int | None
    target_text: str | None
    label: str
    score: float
    edit: str | None = None


_SEP = "\x00"  # never inside a word key (words are \w runs), so it marks word edges


def _joined(key: tuple[str, ...]) -> str:
    return _SEP + _SEP.join(key) + _SEP


@dataclass
class _Indexed:
    p: Passage
    key: tuple[str, ...]
    stems: frozenset[str]
    joined: str = ""  # the key joined with _SEP, for run searches
    stem_ids: bytes = b""  # the stems as sorted int64 ids (_STEM_IDS), for Dice in bulk
    word_hashes: bytes = b""  # text.word_hashes of the key as uint64 bytes, for shingles


class _StemIds(dict):
    """stem -> a small integer, so a passage's stems become ids for bulk Dice: a cache
    only (an id means nothing but "the same stem"), so no result depends on the order
    ids were given. A miss assigns the next id (lookups of known stems stay in C)."""

    def __missing__(self, stem: str) -> int:
        got = self[stem] = len(self)
        return got


_STEM_IDS = _StemIds()


class Index(list):
    """A document's indexed passages, with their stems as one sorted id array made once (a
    document is aligned against several parents and is the parent of others)."""

    flat = None  # (stem ids, row of each, stem count per row), by :func:`_flat`
    side = None  # (stems the passages have, passage x stem matrix, counts), :func:`_target_side`
    cat = None  # the joined keys in one string, by :func:`concat`
    at = None  # target start -> the passage holding it, by :func:`_target_at`
    by_key = None  # joined key -> first passage with it, by :func:`by_key_of`


def index(ps: list[Passage], memo: dict | None = None) -> Index:
    """The passages with their word keys and stems; ``memo`` (text -> what a text gives)
    is shared by the versions of one story, whose copies repeat passages word for word."""
    out = Index()
    ids = _STEM_IDS
    for p in ps:
        got = memo.get(p.text) if memo is not None else None
        if got is None:
            key, stems = key_and_stems(p.text)
            got = (key, stems, _joined(key), array("q", sorted([ids[x] for x in stems])).tobytes(),
                   word_hashes(key).tobytes())
            if memo is not None:
                memo[p.text] = got
        out.append(_Indexed(p, *got))
    return out


def _flat(ix: list[_Indexed]):
    """The passages' stem ids in one array, the row (passage) of each, and each row's
    count, made once per :class:`Index`."""
    if isinstance(ix, Index) and ix.flat is not None:
        return ix.flat
    import numpy as np

    # int64 bytes joined and read in place: no Python int per stem
    lens = np.fromiter((len(t.stem_ids) for t in ix), dtype=np.int64, count=len(ix)) // 8
    ids = np.frombuffer(b"".join([t.stem_ids for t in ix]), dtype=np.int64)
    out = (ids, np.repeat(np.arange(len(ix)), lens), lens.astype(np.float64))
    if isinstance(ix, Index):
        ix.flat = out
    return out


def _target_side(targets: list[_Indexed]):
    """(the stems the targets have, target x stem 0/1 matrix, stem count per target), made
    once per :class:`Index`: a document is the target of every later version that has it
    as a candidate parent."""
    import numpy as np

    if isinstance(targets, Index) and targets.side is not None:
        return targets.side
    t_ids, t_row, nb = _flat(targets)
    vocab = np.unique(t_ids)  # only stems a target has can meet
    tm = np.zeros((len(targets), vocab.size), dtype=np.float64)
    tm[t_row, np.searchsorted(vocab, t_ids)] = 1.0
    out = (vocab, tm, nb)
    if isinstance(targets, Index):
        targets.side = out
    return out


def shared_stems(srcs: list[_Indexed], targets: list[_Indexed]):
    """(|stems of source i & stems of target j| for every pair, source counts, target
    counts): one matrix product over the stems the targets have, instead of a Python
    loop per pair of passages; small exact integers in float64."""
    import numpy as np

    s_ids, s_row, na = _flat(srcs)
    vocab, tm, nb = _target_side(targets)
    at = np.searchsorted(vocab, s_ids)
    keep = at < vocab.size
    keep[keep] = vocab[at[keep]] == s_ids[keep]
    sm = np.zeros((len(srcs), vocab.size), dtype=np.float64)
    sm[s_row[keep], at[keep]] = 1.0
    return sm @ tm.T, na, nb


def best_dice(srcs: list[_Indexed], targets: list[_Indexed], shared=None
              ) -> list[tuple[float, int | None]]:
    """(best Dice of the stem sets, the first target that has it; None when no target
    shares a stem) for every source passage, from :func:`shared_stems` (``shared``: its
    answer where the caller has it). The same floats as ``dice``: 2*|a & b| / (|a| + |b|)
    of exact integers, one correctly rounded division."""
    import numpy as np

    if not srcs or not targets:
        return [(0.0, None)] * len(srcs)
    inter, na, nb = shared if shared is not None else shared_stems(srcs, targets)
    den = na[:, None] + nb[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        d = np.where(inter > 0, 2 * inter / den, 0.0)
    j = d.argmax(axis=1)  # the first maximum, as the loop's strict ">" kept
    best = d[np.arange(len(srcs)), j]
    # tolist: Python floats and ints at once (the same values float()/int() give), not a
    # numpy scalar per passage
    return [(b, k) if b > 0 else (0.0, None)
            for b, k in zip(best.tolist(), j.tolist(), strict=True)]


def _sub_span(p: Passage, at: int, n: int) -> tuple[int, int]:
    ws = words(p.text)
    return p.start + ws[at][0], p.start + ws[at + n - 1][1]


_EDGE = "\x01"  # between two targets' joined keys: a run never crosses it


def concat(targets: list[_Indexed]) -> tuple[str, list[int]]:
    """Every target's joined key in one string, and where each starts: one substring
    search finds a run's first target (the targets in order), not one search per target.
    Made once per :class:`Index`."""
    if isinstance(targets, Index) and targets.cat is not None:
        return targets.cat
    offs, parts, at = [], [], 0
    for t in targets:
        j = t.joined or _joined(t.key)
        offs.append(at)
        parts.append(j)
        at += len(j) + 1
    out = _EDGE.join(parts), offs
    if isinstance(targets, Index):
        targets.cat = out
    return out


def _first_run(needle: tuple[str, ...], cat: tuple[str, list[int]], joined_needle: str = ""
               ) -> tuple[int, int]:
    """(target index, word index in it) of needle's first contiguous occurrence, or
    (-1, -1): the first target, in order, that has the run (a substring search over
    the keys joined with a separator: the first match in characters is the first in words)."""
    import bisect

    joined, offs = cat
    pos = joined.find(joined_needle or _joined(needle))
    if pos < 0:
        return -1, -1
    j = bisect.bisect_right(offs, pos) - 1
    return j, joined.count(_SEP, offs[j], pos)


def _key_str(t: _Indexed) -> str:
    """The word key as its joined string (:func:`_joined`, one to one with the key): a
    string keeps its hash, a tuple of words is hashed word by word at every lookup."""
    return t.joined or _joined(t.key)


def by_key_of(ix: list[_Indexed]) -> dict[str, int]:
    """Joined word key -> the first passage with it, made once per :class:`Index`."""
    if isinstance(ix, Index) and ix.by_key is not None:
        return ix.by_key
    out: dict[str, int] = {}
    for j, t in enumerate(ix):
        out.setdefault(_key_str(t), j)
    if isinstance(ix, Index):
        ix.by_key = out
    return out


def exact_match(src: _Indexed, targets: list[_Indexed], by_key: dict[str, int],
                cat: tuple[str, list[int]], may_run: bool = True
                ) -> tuple[str, int | None, int, int, float] | None:
    """The verbatim answer for one passage (the same words as a target passage, or a run
    of at least MIN_RUN words inside one), or None. ``may_run`` False: the caller knows
    no target holds all the passage's stems, so none holds its words as a run."""
    hit = by_key.get(_key_str(src))
    if hit is not None:
        t = targets[hit].p
        return "verbatim", hit, t.start, t.end, 1.0
    if may_run and len(src.key) >= MIN_RUN:
        j, at = _first_run(src.key, cat, src.joined)
        if j >= 0:
            s, e = _sub_span(targets[j].p, at, len(src.key))
            return "verbatim", j, s, e, 1.0
    return None


def match_all(srcs: list[_Indexed], targets: list[_Indexed],
              by_key: dict[str, int]) -> list[tuple[str, int | None, int, int, float]]:
    """(label, target index, target start, target end, score) of every source passage:
    verbatim first, then ``rewritten`` or ``new`` by Dice in bulk (:func:`best_dice`).

    One stem-overlap matrix (:func:`shared_stems`) of the passages no target passage
    equals serves twice: a run of a passage's words inside a target passage means that
    target has all the passage's stems, so the substring search runs only where some
    target does; and the same matrix gives the Dice of the ones left."""
    found: list = [None] * len(srcs)
    rest = []
    for i, x in enumerate(srcs):
        hit = by_key.get(_key_str(x))
        if hit is None:
            rest.append(i)
        else:
            t = targets[hit].p
            found[i] = ("verbatim", hit, t.start, t.end, 1.0)
    if not rest:
        return found
    if not targets:
        for i in rest:
            found[i] = ("new", None, 0, 0, 0.0)
        return found
    sub = srcs if len(rest) == len(srcs) else [srcs[i] for i in rest]
    shared = shared_stems(sub, targets)
    inter, na, _ = shared
    may_run = (inter == na[:, None]).any(axis=1).tolist()
    cat = concat(targets)
    dice = best_dice(sub, targets, shared)
    for k, i in enumerate(rest):
        # by_key missed already: only a run can make it verbatim
        got = exact_match(sub[k], targets, by_key, cat) if may_run[k] else None
        if got is not None:
            found[i] = got
            continue
        best, j = dice[k]
        if j is not None and best >= REWRITTEN:
            t = targets[j].p
            found[i] = ("rewritten", j, t.start, t.end, round(best, 4))
        else:
            found[i] = ("new", None, 0, 0, round(best, 4))
    return found


def _lis(seq: list[int]) -> set[int]:
    """Positions (into seq) of one longest increasing subsequence."""
    import bisect

    tails, tails_at, prev = [], [], [-1] * len(seq)
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            tails_at.append(i)
        else:
            tails[k], tails_at[k] = x, i
        prev[i] = tails_at[k - 1] if k else -1
    out, i = set(), tails_at[-1] if tails_at else -1
    while i >= 0:
        out.add(i)
        i = prev[i]
    return out


Found = list[tuple[str, int | None, int, int, float]]  # match_all's answer per passage


def match_pair(doc_ix: list[_Indexed], target_ix: list[_Indexed]) -> Found:
    """(label, target index, target start, target end, score) of every passage of the
    document against the target (:func:`match_all`): what the pair's shares need, without
    a row per passage (a story compares each version with several candidate parents and
    keeps the rows of its proposed parents only: :func:`rows_of`)."""
    return match_all(doc_ix, target_ix, by_key_of(target_ix))


_ROW = tuple.__new__  # a Row made in C: no Python frame per row, the same named tuple


def target_id_of(target: list[Passage]) -> str:
    """The target document a pair's rows name: "" for a target with no passages."""
    return target[0].doc_id if target else ""


def rows_of(doc: list[Passage], found: Found, target: list[Passage], target_text: str
            ) -> list[Row]:
    """The rows of :func:`align_pair` (no update) from :func:`match_pair`'s answer."""
    target_id = target_id_of(target)
    return [_ROW(Row, (s.doc_id, s.start, s.end, s.text, target_id, ts, te, target_text[ts:te],
                       label, score, None)) if j is not None else
            _ROW(Row, (s.doc_id, s.start, s.end, s.text, target_id, None, None, None, label,
                       score, None))
            for s, (label, j, ts, te, score) in zip(doc, found, strict=True)]


def align_pair(doc: list[Passage], target: list[Passage], target_text: str,
               update: bool = False, doc_ix: list[_Indexed] | None = None,
               target_ix: list[_Indexed] | None = None) -> list[Row]:
    """One row per passage of ``doc`` against ``target``; with ``update``, edit actions and
    deletion rows (the target's passages nothing in doc aligns to)."""
    if not doc:
        return []
    di = doc_ix or index(doc)
    ti = target_ix or index(target)
    found = match_pair(di, ti)
    if not update:  # no edit actions to work out
        return rows_of(doc, found, target, target_text)
    target_id = target_id_of(target)
    rows = []
    verbatim_pos = [i for i, f in enumerate(found) if f[0] == "verbatim"]
    in_order = {verbatim_pos[k] for k in _lis([found[i][1] for i in verbatim_pos])}
    for i, (s, (label, j, ts, te, score)) in enumerate(zip(doc, found, strict=True)):
        edit = None
        if update:
            edit = {"new": "addition", "rewritten": "edit"}.get(label)
            if label == "verbatim" and i not in in_order:
                edit = "refactor"
        has = j is not None
        rows.append(Row(s.doc_id, s.start, s.end, s.text, target_id,
                        ts if has else None, te if has else None,
                        target_text[ts:te] if has else None, label, score, edit))
    if update and target:
        used = {f[1] for f in found if f[1] is not None}
        doc_id = doc[0].doc_id
        doc_by_key = {_key_str(d): k for k, d in enumerate(di)}  # the last with a key
        gone = [t for j, t in enumerate(ti) if j not in used]
        for t, back in zip(gone, match_all(gone, di, doc_by_key), strict=True):
            if back[0] != "new":  # matched the other way round (a merge or split): not gone
                continue
            rows.append(Row(t.p.doc_id, t.p.start, t.p.end, t.p.text, doc_id, None, None,
                            None, "new", back[4], "deletion"))
    return rows


_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z])")


def kept_share(rows: list[Row], target_ix: list[_Indexed], at_least: float | None = None
               ) -> float | None:
    """Share of the document's passage characters in sentences kept word for word from the
    target: whole verbatim passages, and the unchanged sentences of rewritten ones (an
    update that rewords one sentence of a long paragraph keeps the others).

    ``at_least``: None as soon as the share cannot reach it (what is kept so far plus every
    rewritten character not yet looked at, rounded as the share is, falls below it): a
    caller that needs the share only from a threshold up stops early."""
    return _kept(_tally(rows), target_ix, at_least)


def _tally(rows: list[Row]) -> tuple[int, dict[str, list[int]], list[tuple[int, str, int]]]:
    """(characters of the rows, each label's row lengths in row order, (length, text,
    target start) of the rewritten rows), deletion rows left out: what the shares are made
    of."""
    total = 0
    lens: dict[str, list[int]] = {"verbatim": [], "rewritten": [], "new": []}
    rewritten = []
    for r in rows:
        if r.edit == "deletion":
            continue
        n = r.end - r.start
        total += n
        lens[r.label].append(n)
        if r.label == "rewritten":
            rewritten.append((n, r.text, r.target_start))
    return total, lens, rewritten


def _tally_found(doc: list[Passage], found: Found
                 ) -> tuple[int, dict[str, list[int]], list[tuple[int, str, int]]]:
    """:func:`_tally` of :func:`rows_of` (doc, found), without the rows."""
    total = 0
    lens: dict[str, list[int]] = {"verbatim": [], "rewritten": [], "new": []}
    rewritten = []
    for s, f in zip(doc, found, strict=True):
        n = s.end - s.start
        total += n
        lens[f[0]].append(n)
        if f[0] == "rewritten":
            rewritten.append((n, s.text, f[2]))
    return total, lens, rewritten


def found_reuse(doc: list[Passage], found: Found) -> dict[str, float]:
    """:func:`reuse` of the pair's rows, from :func:`match_pair`'s answer."""
    return _reuse(_tally_found(doc, found))


def found_reuse_and_kept(doc: list[Passage], found: Found, target_ix: list[_Indexed],
                         at_least: float | None = None) -> tuple[dict[str, float], float | None]:
    """(:func:`reuse`, :func:`kept_share`) of the pair's rows from :func:`match_pair`'s
    answer and one pass over it (the drift of a story asks both of every candidate pair)."""
    tally = _tally_found(doc, found)
    return _reuse(tally), _kept(tally, target_ix, at_least)


def _kept(tally, target_ix: list[_Indexed], at_least: float | None) -> float | None:
    total, lens, rewritten = tally
    kept, left = sum(lens["verbatim"]), sum(lens["rewritten"])
    total = total or 1
    # kept is a sum of integers, so the rows may come in any order: the longest first make
    # the bound (kept + left) fall fastest, so a caller with ``at_least`` stops soonest
    # (a row adds at most its length: its sentences without the spaces between them)
    if at_least is not None:
        rewritten = sorted(rewritten, key=_first, reverse=True)
    if isinstance(target_ix, Index):
        memo = target_ix.at
        if memo is None:
            memo = target_ix.at = {}
    else:
        memo = {}
    for n, text, ts in rewritten:
        if at_least is not None and round((kept + left) / total, 4) < at_least:
            return None
        left -= n
        t = memo.get(ts, _MISS)
        if t is _MISS:
            t = memo[ts] = _first_holding(target_ix, ts)
        if t is None or not t.key:
            continue
        joined = t.joined or _joined(t.key)
        most = len(t.key)
        for m, size, needle in _sentence_keys(text):
            if size <= most and needle in joined:
                kept += m
    if at_least is not None and round(kept / total, 4) < at_least:
        return None
    return round(kept / total, 4)


_MISS = object()


def _first(x: tuple) -> int:
    return x[0]


@lru_cache(maxsize=8192)
def _sentence_keys(text: str) -> tuple[tuple[int, int, str], ...]:
    """(length, words, word key joined by :func:`_joined`) of each sentence of a passage
    that has at least MIN_RUN words (a passage is compared with several candidate
    parents: split it once)."""
    out = []
    for sent in _SENTENCE.split(text):
        k = word_key(sent)
        if len(k) >= MIN_RUN:
            out.append((len(sent), len(k), _joined(k)))
    return tuple(out)


def _first_holding(target_ix: list[_Indexed], start: int | None) -> _Indexed | None:
    for t in target_ix:
        if start is not None and t.p.start <= start < t.p.end:
            return t
    return None


def reuse(rows: list[Row]) -> dict[str, float]:
    """Shares of the document's passage characters by label (deletion rows excluded)."""
    return _reuse(_tally(rows))


def _reuse(tally) -> dict[str, float]:
    total, lens, _ = tally
    total = total or 1
    out = {}
    for label, ns in lens.items():
        v = 0.0
        for n in ns:  # the rows' order: the same float sums as one running total per label
            v += n / total
        out[label] = round(v, 4)
    return out
