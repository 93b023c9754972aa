"""The token view: sentences with tokens and BIO tags, derived from the mentions layer.

Why a view and not a layer: the spans in ``mentions`` are the truth; token-level
tags are a projection of them for token-classification tools, recomputed at every
release so they can never disagree. Tokens are those of the CoNLL export (words, or
single other characters, cut wherever a mention starts or ends); sentences are the
text's lines, split further after ``.``, ``!`` or ``?`` followed by white space and
an upper-case letter or an opening quotation mark, except after a single capital
(``U.S.``) or a common abbreviation. A nested or overlapping mention keeps the first
(outermost) tag; empty lines give no row.
"""

from __future__ import annotations

import re

import pyarrow as pa

from corpus.export.conll import bio
from corpus.tables import TOKENS

_LINE = re.compile(r"[^\r\n]+")
_END = re.compile(r"(?<=[.!?])[”\"’')\]]*(?=\s+[“\"‘'(\[A-Z0-9])")
_ABBREV = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gen|Gov|Lt|Col|Jan|Feb|Mar|Apr"
                     r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|e\.g|i\.e))\.$")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of white space, in text order."""
    out = []
    for line in _LINE.finditer(text):
        pos = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            if _ABBREV.search(text, pos, m.start()) and text[m.start() - 1] == ".":
                continue
            out.append((pos, m.end()))
            pos = m.end()
        out.append((pos, line.end()))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def token_view(documents: pa.Table, mentions: pa.Table) -> pa.Table:
    """One row per sentence of every document, in (doc_id, start) order."""
    by_doc: dict[str, list[dict]] = {}
    for m in mentions.select(["doc_id", "start", "end", "label"]).to_pylist():
        by_doc.setdefault(m["doc_id"], []).append(m)
    rows = []
    docs = sorted(zip(documents["doc_id"].to_pylist(), documents["text"].to_pylist(),
                      strict=True))
    for doc_id, text in docs:
        ms = sorted(by_doc.get(doc_id, []), key=lambda m: (m["start"], -m["end"]))
        toks = bio(text, ms)
        i = 0
        for n, (s, e) in enumerate(sentences(text)):
            while i < len(toks) and toks[i][0] < s:
                i += 1
            mine = []
            while i < len(toks) and toks[i][1] <= e:
                mine.append(toks[i])
                i += 1
            if not mine:
                continue
            tags = [t for _, _, t in mine]
            if tags[0].startswith("I-"):  # a mention crossing a sentence break
                tags[0] = "B-" + tags[0][2:]
            rows.append({"sentence_id": f"{doc_id}:{n:04d}", "doc_id": doc_id, "start": s,
                         "end": e, "text": text[s:e],
                         "tokens": [text[a:b] for a, b, _ in mine],
                         "token_starts": [a for a, _, _ in mine],
                         "token_ends": [b for _, b, _ in mine], "ner_tags": tags})
    return pa.Table.from_pylist(rows, schema=TOKENS.schema)
