"""A statistical PERSON tagger: a linear-chain CRF (python-crfsuite) over word tokens.

Why: the rule pre-annotator was tuned on the evaluation set's dev pages and transfers less
well to unseen ones (issue 9). This CRF learns from the dev gold where capitalisation, the
name, place and word lists, context and the rules' own output (stacked as features) say
"person"; BIO tags over tokens become [start, end) code-point spans into the exact text.

An evaluation tool, not the pre-annotator: measured leave-one-collection-out on dev
(scripts/train_person_model.py, figures in evaluation/README.md) it does not beat the rules,
so nothing in the corpus build uses it. A model is JSON weights; tagging is a plain Viterbi
over them (checked against crfsuite's own tagger in the tests), so only training needs
python-crfsuite (the ``crf`` extra).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

from corpus.errors import CorpusError
from corpus.preannotate.names import Token  # the rule annotator's token: one shape

INSTALL_HINT = "training the PERSON model needs python-crfsuite: pip install -e '.[crf]'"
# Fixed training parameters (not searched on any split): L-BFGS with L1 + L2.
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150,
          "feature.possible_transitions": True}
TAGS = ("O", "B-PERSON", "I-PERSON")
WEIGHT_DIGITS = 6  # weights are rounded so the JSON is byte-stable

# words, initials ("J.", "U.S."), possessive endings as their own token, any other character
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s|$)|[’'‘][sS](?![^\W_])"
                    r"|[^\W_]+(?:[’'‘\-](?![sS](?![^\W_]))[^\W_]+)*|\S")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")



def tokenize(text: str) -> list[Token]:
    """Word tokens with code-point offsets; glued words ("Left.pngLaura", "#FreeSafy") are cut
    at a lower-to-upper case change so a name inside can be tagged."""
    out = []
    for m in _TOKEN.finditer(text):
        s = m.start()
        for piece in _CAMEL.split(m.group()):
            if piece:
                out.append(Token(s, s + len(piece), piece))
            s += len(piece)
    return out


def lines(text: str, toks: list[Token]) -> list[list[int]]:
    """Token indices per line: a line is one CRF sequence."""
    out: list[list[int]] = []
    cur: list[int] = []
    last_end = 0
    for i, t in enumerate(toks):
        if cur and "\n" in text[last_end : t.start]:
            out.append(cur)
            cur = []
        cur.append(i)
        last_end = t.end
    if cur:
        out.append(cur)
    return out


def _shape(w: str) -> str:
    s = re.sub(r"[A-Z]", "X", w)
    s = re.sub(r"[a-z]", "x", s)
    s = re.sub(r"\d", "d", s)
    s = re.sub(r"[^\Wxd_X]", "u", s)  # other letters
    return re.sub(r"(.)\1{2,}", r"\1\1", s)


def _word_feats(w: str) -> dict[str, Any]:
    from corpus.preannotate import gazetteer as gz
    from corpus.preannotate import lexicon as lx

    low = w.lower()
    n = gz.given_counts().get(low, 0)
    f = {"low": low, "shape": _shape(w), "pre3": low[:3], "suf3": low[-3:], "suf2": low[-2:],
         "title": w[:1].isupper() and not w.isupper(), "upper": w.isupper() and len(w) > 1,
         "alpha": w.isalpha(), "initial": bool(re.fullmatch(r"[A-Z]\.", w))}
    if n:
        f["given"] = min(5, int(math.log10(n)))
    if w[:1].isalpha():
        f["common"] = gz.is_common_word(w)
        f["strong_given"] = gz.strong_given(w)
        f["world"] = gz.world_strong(w)
        gpe, loc, city = gz.places()
        f["place"] = low in gpe or low in loc or low in city
        f["titleword"] = low in lx.TITLES or low.rstrip(".") in lx.TITLES
        f["role"] = lx.is_role(low)
    return f


def doc_features(text: str, toks: list[Token], rules: Sequence[Any] | None,
                 catalogue_person: frozenset[str]) -> list[dict[str, Any]]:
    """Features of every token of one page. ``rules`` are the rule pre-annotator's mentions
    (their label and whether a token opens or continues one are features: stacking);
    None leaves them out (the CRF alone)."""
    from corpus.preannotate.entities import title_case_lines

    heads = title_case_lines(text)
    rule_tag = ["-"] * len(toks)
    rule_person_words: set[str] = set()
    if rules is not None:
        starts = {t.start: i for i, t in enumerate(toks)}
        ends = {t.end: i for i, t in enumerate(toks)}
        for m in rules:
            i, j = starts.get(m.start), ends.get(m.end)
            if i is None or j is None:
                inside = [k for k, t in enumerate(toks) if m.start <= t.start and t.end <= m.end]
                if not inside:
                    continue
                i, j = inside[0], inside[-1]
            for k in range(i, j + 1):
                rule_tag[k] = ("B-" if k == i else "I-") + m.label
            if m.label == "PERSON":
                rule_person_words |= {toks[k].text.lower() for k in range(i, j + 1)}
    base = [_word_feats(t.text) for t in toks]
    after_given, after_title, lowered = _doc_evidence(toks, base)
    feats = []
    hi = 0
    for i, t in enumerate(toks):
        while hi < len(heads) and heads[hi][1] <= t.start:
            hi += 1
        f: dict[str, Any] = {"bias": 1.0}
        f.update(base[i])
        f["heading"] = hi < len(heads) and heads[hi][0] <= t.start
        f["line_start"] = i == 0 or "\n" in text[toks[i - 1].end : t.start]
        f["cat_person"] = t.text.lower() in catalogue_person
        low = base[i]["low"]
        if base[i]["title"] or base[i]["upper"]:
            f["doc_after_given"] = low in after_given
            f["doc_after_title"] = low in after_title
            f["doc_lower"] = low in lowered
        f["glued"] = i > 0 and toks[i - 1].end == t.start and toks[i - 1].text[-1:].isalnum()
        f["sent_start"] = i == 0 or toks[i - 1].text in (".", "!", "?", "”", "\"", ":")
        if rules is not None:
            f["rule"] = rule_tag[i]
            f["rule_person_word"] = t.text.lower() in rule_person_words and base[i]["title"]
        for d in (-2, -1, 1, 2):
            k = i + d
            if 0 <= k < len(toks):
                o = base[k]
                f[f"{d}:low"] = o["low"]
                f[f"{d}:shape"] = o["shape"]
                f[f"{d}:title"] = o["title"]
                if abs(d) == 1:
                    f[f"{d}:given"] = o.get("given", 0)
                    f[f"{d}:titleword"] = o.get("titleword", False)
                    f[f"{d}:role"] = o.get("role", False)
                    if rules is not None:
                        f[f"{d}:rule"] = rule_tag[k]
            else:
                f[f"{d}:edge"] = True
        feats.append(f)
    return feats


def _doc_evidence(toks: list[Token], base: list[dict[str, Any]]
                  ) -> tuple[set[str], set[str], set[str]]:
    """What the page says elsewhere about a capitalised word (so a bare surname is read like
    the full name it repeats): words after a given name, words after a title, words the page
    also writes in lower case."""
    after_given, after_title, lowered = set(), set(), set()
    for i, t in enumerate(toks):
        b = base[i]
        if t.text.islower():
            lowered.add(b["low"])
        if i == 0 or not b["title"]:
            continue
        k = i - 1
        while k > 0 and base[k]["initial"]:
            k -= 1  # "Antony J. Blinken"
        prev = base[k]
        if prev["title"] and (prev.get("strong_given") or prev.get("world")):
            after_given.add(b["low"])
        if prev.get("titleword") or prev["low"] == "." and k > 0 and base[k - 1].get("titleword"):
            after_title.add(b["low"])
    return after_given, after_title, lowered


def _attrs(f: dict[str, Any]) -> list[str]:
    """A token's features as crfsuite attribute names (booleans present only when true)."""
    out = []
    for k in sorted(f):
        v = f[k]
        if v is True:
            out.append(k)
        elif v is False or v is None:
            continue
        elif isinstance(v, float):
            out.append(k)
        else:
            out.append(f"{k}={v}")
    return out


def bio(toks: list[Token], spans: Iterable[tuple[int, int]]) -> list[str]:
    """BIO tags of the tokens for gold [start, end) spans (a token inside a span is in it)."""
    tags = ["O"] * len(toks)
    for s, e in sorted(spans):
        inside = [k for k, t in enumerate(toks) if s <= t.start and t.end <= e]
        for n, k in enumerate(inside):
            tags[k] = "B-PERSON" if n == 0 else "I-PERSON"
    return tags


def spans_of(toks: list[Token], tags: Sequence[str], text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the B/I runs; a run never bridges a line break."""
    out: list[tuple[int, int]] = []
    cur: list[int] | None = None
    for i, tag in enumerate(tags):
        cont = tag == "I-PERSON" and cur is not None and "\n" not in text[toks[cur[1]].end:
                                                                         toks[i].start]
        if cont:
            cur[1] = i  # type: ignore[index]
            continue
        if cur is not None:
            out.append((toks[cur[0]].start, toks[cur[1]].end))
            cur = None
        if tag != "O":
            cur = [i, i]
    if cur is not None:
        out.append((toks[cur[0]].start, toks[cur[1]].end))
    return out


def sequences(text: str, feats: list[dict[str, Any]], toks: list[Token]
              ) -> list[tuple[list[int], list[list[str]]]]:
    return [(idx, [_attrs(feats[i]) for i in idx]) for idx in lines(text, toks)]


def train(items: Sequence[tuple[list[list[str]], list[str]]],
          params: dict[str, Any] | None = None) -> dict[str, Any]:
    """Train on (attribute lists, tags) sequences, in the given order; return the model as
    JSON-able weights. Deterministic: fixed parameters, L-BFGS, no randomness."""
    try:
        import pycrfsuite
    except ImportError:
        raise CorpusError(INSTALL_HINT) from None
    import tempfile
    from pathlib import Path

    tr = pycrfsuite.Trainer(verbose=False)
    for xs, ys in items:
        tr.append(xs, ys)
    params = PARAMS if params is None else params
    tr.set_params(params)
    with tempfile.TemporaryDirectory() as d:
        path = str(Path(d) / "m.crfsuite")
        tr.train(path)
        tg = pycrfsuite.Tagger()
        tg.open(path)
        info = tg.info()
        tg.close()
    r = WEIGHT_DIGITS
    state: dict[str, dict[str, float]] = {}
    for (attr, tag), w in info.state_features.items():
        if round(w, r):
            state.setdefault(attr, {})[tag] = round(w, r)
    trans = {f"{a} {b}": round(w, r) for (a, b), w in info.transitions.items() if round(w, r)}
    return {"format": "storydrift-person-crf-1", "tags": list(TAGS), "params": params,
            "transitions": dict(sorted(trans.items())),
            "state": {a: dict(sorted(state[a].items())) for a in sorted(state)}}


def viterbi(model: dict[str, Any], xs: list[list[str]]) -> list[str]:
    """The best tag sequence under the stored weights (what crfsuite's tagger computes)."""
    tags = model["tags"]
    state, trans = model["state"], model["transitions"]
    tr = [[trans.get(f"{a} {b}", 0.0) for b in tags] for a in tags]
    score: list[float] = []
    back: list[list[int]] = []
    for n, attrs in enumerate(xs):
        emit = [0.0] * len(tags)
        for a in attrs:
            ws = state.get(a)
            if ws:
                for j, t in enumerate(tags):
                    emit[j] += ws.get(t, 0.0)
        if n == 0:
            score = emit
            continue
        new, ptr = [], []
        for j in range(len(tags)):
            best = max(range(len(tags)), key=lambda i: (score[i] + tr[i][j], -i))
            new.append(score[best] + tr[best][j] + emit[j])
            ptr.append(best)
        score, back = new, back + [ptr]
    if not xs:
        return []
    j = max(range(len(tags)), key=lambda i: (score[i], -i))
    path = [j]
    for ptr in reversed(back):
        j = ptr[j]
        path.append(j)
    return [tags[j] for j in reversed(path)]


def tag_page(model: dict[str, Any], text: str, rules: Sequence[Any] | None,
             catalogue_person: frozenset[str], stacked: bool = True) -> list[tuple[int, int]]:
    """PERSON spans of one page under ``model``."""
    toks = tokenize(text)
    feats = doc_features(text, toks, rules if stacked else None, catalogue_person)
    tags = ["O"] * len(toks)
    for idx, xs in sequences(text, feats, toks):
        for i, t in zip(idx, viterbi(model, xs), strict=True):
            tags[i] = t
    return spans_of(toks, tags, text)


def catalogue_person_words(catalogue: list[dict[str, Any]]) -> frozenset[str]:
    """Lower-cased words of the catalogue's PERSON names and aliases."""
    out: set[str] = set()
    for ent in catalogue:
        if ent.get("label") == "PERSON":
            for form in [ent.get("name") or ""] + list(ent.get("aliases") or []):
                out |= {t.text.lower() for t in tokenize(form) if t.text[:1].isalpha()}
    return frozenset(out)


def dumps(model: dict[str, Any]) -> str:
    return json.dumps(model, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
