"""The segmenter's statistical furniture classifier: a logistic regression over line
features (corpus/segment_features.py) that decides blocks the rules leave as body.

Why: the rules were fitted to the dev pages and miss furniture on other hosts (issue 9).
The weights live in ``corpus/segment_model.json``, written by
``scripts/train_segment_model.py`` from the dev split's gold segments only (never test
or holdout), deterministically (Newton's method from zero, fixed iterations, rounded), so
retraining gives the same file byte for byte. Inference is pure Python: a dot product per
candidate block.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from math import exp
from operator import attrgetter
from typing import Any

from corpus.segment_features import NAMES, block_features
from corpus.segment_shapes import BULLET, Block
from corpus.segment_title import HEAD_ZONE, headline_shape, opens_prose
from corpus.vocab import SEGMENT_BOILERPLATE_KINDS

MODEL_FILE = "segment_model.json"
_BOILERPLATE = frozenset(SEGMENT_BOILERPLATE_KINDS)


@cache
def load_model() -> dict[str, Any]:
    """The packaged model (read once per process; it is data, not state that changes)."""
    raw = resources.files("corpus").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    model = json.loads(raw)
    if tuple(model["features"]) != NAMES:
        raise ValueError(f"corpus/{MODEL_FILE}: its features are not those of "
                         "corpus/segment_features.py; retrain (scripts/train_segment_model.py)")
    return model


def probability(model: dict[str, Any], x: list[float]) -> float:
    """P(furniture) of one standardised feature vector."""
    return _probability(model["bias"], _terms(model), x)


def _terms(model: dict[str, Any]) -> list[tuple[float, float, float]]:
    """(mean, scale, weight) per feature: zipped once per page, not once per block."""
    return list(zip(model["mean"], model["scale"], model["weights"], strict=True))


def _probability(bias: float, terms: list[tuple[float, float, float]], x: list[float]
                 ) -> float:
    """probability, given the model's bias and terms (the same sum, in the same order)."""
    z = bias
    for v, (m, s, w) in zip(x, terms, strict=True):
        z += (v - m) / s * w
    return 1.0 / (1.0 + exp(-z)) if z > -700 else 0.0


def furniture_kind(b: Block, x: list[float]) -> str:
    """A kind for a block the classifier calls furniture: a date line is metadata, anything
    else navigation (the commonest furniture kind of the dev gold)."""
    date_like = x[NAMES.index("date_like")]
    return "metadata" if date_like and len(b.text) <= 80 else "navigation"


def apply_model(text: str, blocks: list[Block], model: dict[str, Any] | None = None
                ) -> list[Block]:
    """Blocks the rules leave as body (no kind) and the classifier gives a furniture
    probability of at least the model's threshold become furniture; so do blocks the rules
    gave a content kind (heading, caption, standfirst, a credit) when it is very sure
    (``override_threshold``), and a title it is very sure of (``title_threshold``) when a
    headline-shaped line under it can take its place."""
    model = load_model() if model is None else model
    blocks = sorted(blocks, key=attrgetter("start"))
    limit = model["max_chars"]
    over = model.get("override_threshold", 2.0)
    title_cut = model.get("title_threshold", 2.0)
    # (a block longer than limit is no candidate: most blocks, spared the call)
    cands = [i for i, b in enumerate(blocks)
             if len(b.text) <= limit and is_candidate(blocks, i, limit, over, title_cut)]
    if not cands:
        return blocks
    cut = model["threshold"]
    probs: dict[int, float] = {}
    bias, terms = model["bias"], _terms(model)
    for i, x in zip(cands, block_features(text, blocks, cands), strict=True):
        p = probs[i] = _probability(bias, terms, x)
        b = blocks[i]
        if (b.kind is None and p >= cut) or (b.kind in OVERRIDABLE and p >= over):
            b.kind = furniture_kind(b, x)
    for i in cands:
        if blocks[i].kind == "title" and probs[i] >= title_cut:
            _retitle(text, blocks, i, model)
    return blocks


def is_candidate(blocks: list[Block], i: int, limit: int, override: float,
                 title_cut: float) -> bool:
    """Whether the classifier decides block i (blocks in text order): a block of at most
    ``limit`` characters that the rules left as body, unless it is a list item or a bare
    number (in_box: the rules decide the whole box); one they gave a content kind it may
    overrule (OVERRIDABLE), when the model has an override threshold (at most 1.0); the
    title, when the model has a title threshold (at most 1.0). Longer blocks are prose."""
    b = blocks[i]
    if len(b.text) > limit:
        return False
    if b.kind is None:
        return not in_box(blocks, i)
    if b.kind in OVERRIDABLE:
        return override <= 1.0
    return b.kind == "title" and title_cut <= 1.0


# Content kinds the classifier may overrule (the title has its own threshold and a
# successor to find; a body block is decided at the plain threshold).
OVERRIDABLE = frozenset(("heading", "caption", "standfirst", "photo_credit"))


def _retitle(text: str, blocks: list[Block], i: int, model: dict[str, Any]) -> None:
    """The title at i is furniture (a site's name, a banner) when a headline-shaped line
    follows it before the first paragraph of prose and the classifier does not call that
    one furniture too: it becomes the title."""
    for k in range(i + 1, min(len(blocks), i + 1 + HEAD_ZONE)):
        b = blocks[k]
        if opens_prose(b):
            return
        if b.kind not in (None, "heading", "caption", "standfirst"):
            continue
        if headline_shape(Block(b.start, b.end, b.text, None, b.lines)) != "h":
            continue
        if probability(model, block_features(text, blocks, [k])[0]) >= 0.5:
            continue
        blocks[i].kind = "navigation"
        b.kind = "title"
        return


def _shape(s: str) -> str:
    """A list item ('b'), a bare number ('n') or anything else ('')."""
    if BULLET.match(s):
        return "b"
    return "n" if s.replace(",", "").replace(".", "").isdecimal() else ""


def in_box(blocks: list[Block], i: int) -> bool:
    """A list item or a bare number: a member of a list or a table, whose furniture
    segment (gold) is the whole box, not the line; the classifier leaves it to the rules."""
    return bool(_shape(blocks[i].text))


def fit_logistic(x: list[list[float]], y: list[int], l2: float = 1.0,
                 iterations: int = 25) -> dict[str, Any]:
    """Standardised L2 logistic regression by Newton's method from zero weights (no random
    start, fixed iterations: the same data give the same weights)."""
    import numpy as np

    a = np.asarray(x, dtype=np.float64)
    t = np.asarray(y, dtype=np.float64)
    mean = a.mean(axis=0)
    scale = a.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(a), 1)), (a - mean) / scale])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[0] = 0.0  # the bias is not shrunk
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -700, 700)))
        grad = z.T @ (p - t) + reg * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg)
        w = w - np.linalg.solve(hess, grad)
    return {"bias": float(w[0]), "weights": [float(v) for v in w[1:]],
            "mean": [float(v) for v in mean], "scale": [float(v) for v in scale]}


def rounded(model: dict[str, Any], digits: int = 6) -> dict[str, Any]:
    """Weights rounded, so that the last bits of a platform's arithmetic never reach the
    file (and inference uses exactly what the file says)."""
    def r(v: Any) -> Any:
        if isinstance(v, float):
            return round(v, digits)
        if isinstance(v, list):
            return [r(u) for u in v]
        return v
    return {k: r(v) for k, v in model.items()}
