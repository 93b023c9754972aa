"""Quote drift: the renderings of one utterance across versions, and how each changed.

Quotes (any kind but ``scare``) are taken in story order; each joins the cluster of the
most similar quote of an earlier version when the two share enough (the same words up
to punctuation, or content-word stems: Dice >= LINK, or a short rendering almost wholly
inside a longer one: containment >= CONTAINS). Who said it moves the bar: two renderings
given to the same speaker are the same utterance at a lower overlap (SAME_SPEAKER: a
paraphrase keeps the speaker and a few content words, not the wording), and two given
to speakers whose names share no word need nearly the same words (CONFLICT: a quote
moved to another speaker is still linked, a different speaker's remark on the same topic
is not). Candidates come from an inverted index of stems, never all pairs. Each later
rendering is then labelled against the cluster's earliest one (the reference), with the
guidelines' vocabulary:

- ``verbatim``: same words, up to quotation-mark style and a trailing comma or stop;
- ``trimmed``: words dropped, nothing else changed;
- ``altered``: mostly the same words (SequenceMatcher ratio >= ALTERED), some changed,
  added, re-cased or re-punctuated;
- ``paraphrased``: the same content in other words, and any direct or mixed quote
  rendered as indirect speech;
- ``fabricated``: a quote of a derivative rewrite that no other version has, whose
  document credits no outlet it could come from, and whose speaker no one can check (a
  place, a body, "analysts"; a named person's unmatched remark is left unlabelled: it
  may come from reporting outside the story). Decided in ``story``.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from corpus.drift.text import (
    SPEECH_STOP,
    WORD,
    containment,
    content_stems,
    dice,
    exact_key,
    stem,
    word_key,
)

LINK = 0.5
LINK_ALIGNED = 0.3  # when the two quotes sit in passages the aligner paired
MAX_CANDIDATES = 32  # earlier quotes compared, those sharing the most stems first
CONTAINS = 0.8
MIN_CONTAINS_STEMS = 3
ALTERED = 0.6
SAME_SPEAKER = 0.25  # set in-sample on the seeds: the generated sets carry no speakers
CONFLICT = 0.75


@dataclass
class Quote:
    quote_id: str
    doc_id: str
    order: int  # the document's position in the story
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None  # an entity id or a name; None: not known
    speaker_is_person: bool = False  # a named person (not a place, body or unknown)
    stems: frozenset[str] = field(default=frozenset())  # content words (the index)
    said: frozenset[str] = field(default=frozenset())  # less spoken function words
    speaker_words: frozenset[str] = field(default=frozenset())
    key: tuple[str, ...] = ()
    cluster: str | None = None
    variant: str | None = None
    note: str | None = None
    score: float | None = None


def from_record(r: dict, order: int) -> Quote:
    """A drift quote from a quote record of the layer (gold, a pass or pre-annotations):
    the one place that says which record fields the drift tools read, so the build's drift
    reduction and the Label Studio push see the same quotes (speakers included)."""
    spk = r.get("speaker_entity_id")
    return Quote(r["quote_id"], r["doc_id"], order, r["start"], r["end"], r["text"], r["kind"],
                 speaker=spk, speaker_is_person=bool(spk and spk.startswith("per:")))


def prepare(q: Quote) -> Quote:
    q.stems = content_stems(q.text)
    q.said = content_stems(q.text, SPEECH_STOP)
    q.key = word_key(q.text)
    q.speaker_words = _name_stems(q.speaker)
    return q


def _name_stems(speaker: str | None) -> frozenset[str]:
    """Stems of a speaker's name words ("org:russian-foreign-ministry" -> russia, foreign,
    minist): two speakers that share one are compatible (Russia and its ministry)."""
    if not speaker:
        return frozenset()
    name = speaker.split(":", 1)[1] if ":" in speaker else speaker
    return frozenset(stem(w) for w in WORD.findall(name.replace("-", " ")) if len(w) > 2)


def link_threshold(a: Quote, b: Quote, keeps_words: bool = False) -> float:
    """The overlap two renderings need to be linked, given who each is said to be by.
    ``keeps_words``: a's version is a copy or update, which keeps an utterance in its
    words, so a loosely similar remark of the same speaker there is another remark."""
    if not a.speaker or not b.speaker:
        return LINK
    if a.speaker == b.speaker:
        return LINK if keeps_words else SAME_SPEAKER
    if a.speaker_words & b.speaker_words:
        return LINK
    return CONFLICT


def similarity(a: Quote, b: Quote) -> float:
    if a.key and a.key == b.key:
        return 1.0
    # spoken function words ("I'm going to", "very much") are left out of the comparison
    # unless that leaves a rendering too few words to compare ("Thank you very much")
    if min(len(a.said), len(b.said)) >= MIN_CONTAINS_STEMS:
        sa, sb = a.said, b.said
    else:
        sa, sb = a.stems, b.stems
    d = dice(sa, sb)
    small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if len(small) >= MIN_CONTAINS_STEMS:
        c = containment(small, big)
        if c >= CONTAINS:
            d = max(d, c * 0.9)
    return d


def cluster_quotes(quotes: list[Quote], slug: str = "qc",
                   aligned: Callable[[Quote, Quote], bool] | None = None,
                   keeps_words: frozenset[str] = frozenset()) -> list[Quote]:
    """Assign ``cluster`` (shared across versions), ``variant`` and ``note`` in place.

    Quotes must be sorted by (order, start). A cluster's earliest member gets variant
    None here (the contract's ``corpus align`` output); the corpus's gold calls it
    ``verbatim``, the reference. ``aligned(q, r)`` tells whether the passages holding two
    quotes were aligned (then a weaker word overlap suffices: a paraphrase in context).
    ``keeps_words``: the versions proposed as copies or updates (no paraphrase links)."""
    postings: dict[str, list[int]] = defaultdict(list)
    by_key: dict[tuple[str, ...], list[int]] = defaultdict(list)
    parent: list[int | None] = [None] * len(quotes)
    best_score: list[float] = [0.0] * len(quotes)
    for i, q in enumerate(quotes):
        if q.kind == "scare":
            continue
        # the earliest rendering in the same words (the bucket is in order, so the scan
        # stops at its first fitting member instead of filtering the whole bucket)
        same = next((j for j in by_key.get(q.key, ()) if quotes[j].doc_id != q.doc_id
                     and quotes[j].order < q.order), None)
        if same is not None:  # the same words as an earlier rendering: look no further
            parent[i], best_score[i] = same, 1.0
            by_key[q.key].append(i)
            continue
        counts: dict[int, int] = defaultdict(int)
        for s in q.stems:
            for j in postings.get(s, ()):
                counts[j] += 1
        cands = sorted((j for j, n in counts.items() if n >= 2),
                       key=lambda j: (-counts[j], j))[:MAX_CANDIDATES]
        best, best_j = 0.0, None
        for j in sorted(cands):
            other = quotes[j]
            if other.doc_id == q.doc_id or other.order >= q.order:
                continue
            s = similarity(q, other)
            need = link_threshold(q, other, q.doc_id in keeps_words)
            if need == LINK and s < LINK and aligned is not None and s >= LINK_ALIGNED \
                    and aligned(q, other):
                need = LINK_ALIGNED
            if s < need:
                continue
            s = LINK + (s - need) / (1 - need) * (1 - LINK) if need < LINK else s
            if s > best:
                best, best_j = s, j
        if best_j is not None and best >= LINK:
            parent[i], best_score[i] = best_j, best
        if q.key not in by_key:  # verbatim copies add nothing to the stem index
            for s in q.stems:
                postings[s].append(i)
        if q.key:
            by_key[q.key].append(i)

    def root(i: int) -> int:
        while parent[i] is not None:
            i = parent[i]
        return i

    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(quotes)):
        if quotes[i].kind != "scare":
            members[root(i)].append(i)
    n = 0
    for r, ms in sorted(members.items()):
        if len({quotes[m].doc_id for m in ms}) < 2:
            continue
        n += 1
        cid = f"{slug}:{n:04d}"
        ref = quotes[r]
        for m in ms:
            q = quotes[m]
            q.cluster = cid
            if m == r:
                q.variant, q.note, q.score = None, "reference (earliest rendering)", None
            else:
                q.variant, q.note = variant(ref, q)
                q.score = round(best_score[m], 4)
    return quotes


def _is_subsequence(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    it = iter(big)
    return all(w in it for w in small)


def variant(ref: Quote, q: Quote) -> tuple[str, str]:
    """The variant label of q against its cluster's reference, and what changed."""
    note = changes(ref.text, q.text)
    if exact_key(ref.text) == exact_key(q.text):
        return "verbatim", note or "same words"
    if ref.kind in ("direct", "mixed") and q.kind == "indirect":
        return "paraphrased", "quoted words rendered as reported speech; " + note
    if ref.key == q.key:
        return "altered", note
    if len(q.key) < len(ref.key) and _is_subsequence(q.key, ref.key):
        return "trimmed", note
    ratio = difflib.SequenceMatcher(None, ref.key, q.key, autojunk=False).ratio()
    if ratio >= ALTERED:
        return "altered", note
    return "paraphrased", note


def diff_ops(a: str, b: str) -> list[tuple[str, str, str]]:
    """Word-level differences between two renderings: (op, a words, b words), op one of
    equal, replace, delete, insert; punctuation and spacing count as part of the text."""
    ta = [m.group() for m in _TOKEN.finditer(a)]
    tb = [m.group() for m in _TOKEN.finditer(b)]
    sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    return [(op, "".join(ta[i1:i2]), "".join(tb[j1:j2]))
            for op, i1, i2, j1, j2 in sm.get_opcodes()]


import re as _re  # noqa: E402

_TOKEN = _re.compile(WORD.pattern + r"|\s+|[^\w\s]", _re.UNICODE)


def changes(a: str, b: str, width: int = 60) -> str:
    """A short human-readable list of the changed words: "“We” → “we”; “,” dropped"."""
    parts = []
    for op, x, y in diff_ops(a.translate(_Q), b.translate(_Q)):
        x, y = x.strip(), y.strip()
        if op == "equal" or (not x and not y):
            continue
        if op == "replace" and x and y:
            parts.append(f"“{x[:width]}” → “{y[:width]}”")
        elif x:
            parts.append(f"“{x[:width]}” dropped")
        elif y:
            parts.append(f"“{y[:width]}” added")
    return "; ".join(parts[:8]) + ("; …" if len(parts) > 8 else "")


_Q = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
__all__ = ["Quote", "cluster_quotes", "variant", "diff_ops", "changes", "prepare", "stem"]
