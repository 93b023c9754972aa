"""CoNLL-2003-style BIO file of the mentions (``mentions.conll``).

Tokens are words, numbers, or single other characters (an emoji with its modifiers, a
flag), split further wherever a mention starts or ends, so every mention is a whole
number of tokens. One token per line in four space-separated columns, as CoNLL-2003
readers expect: ``token -X- -X- tag`` (no part-of-speech or chunk tags: ``-X-``
placeholders, tag last). ``columns="offsets"`` writes ``token start end tag`` instead
(code-point offsets, also four columns). A blank line ends each sentence (the
sentences of the token view, ``corpus/tokens.py``); each document opens with
``-DOCSTART- <doc_id> -X- O`` and a blank line.
"""

from __future__ import annotations

import re
from pathlib import Path

from corpus.export import Gold, by_doc, doc_ids

# A flag (two regional indicators); a word (with combining accents); or one other
# character with its emoji modifiers, variation selectors and ZWJ-joined parts.
_TOKEN = re.compile(
    r"[\U0001F1E6-\U0001F1FF]{2}"
    r"|\d+(?:[.,]\d+)+"
    r"|(?:\w|[\u0300-\u036f])+"
    r"|[^\w\s](?:[\u200d\ufe0f\u20e3\U0001F3FB-\U0001F3FF]+[^\w\s\u200d\ufe0f]?)*"
)


def tokens(text: str, cuts: frozenset[int] | set[int] = frozenset()) -> list[tuple[int, int]]:
    """Token (start, end) offsets; tokens are also cut at the given offsets."""
    out = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        inner = sorted(c for c in cuts if s < c < e)
        for a, b in zip([s, *inner], [*inner, e], strict=True):
            out.append((a, b))
    return out


def bio(text: str, mentions: list[dict]) -> list[tuple[int, int, str]]:
    """(start, end, tag) per token."""
    cuts = {m["start"] for m in mentions} | {m["end"] for m in mentions}
    toks = tokens(text, cuts)
    tags = ["O"] * len(toks)
    starts = {s: i for i, (s, _) in enumerate(toks)}
    for m in sorted(mentions, key=lambda m: (m["start"], -m["end"])):  # outermost first
        i = starts.get(m["start"])
        if i is None:  # a mention starting on white space: not tokenisable, skip
            continue
        first = True
        while i < len(toks) and toks[i][1] <= m["end"]:
            if tags[i] == "O":
                tags[i] = ("B-" if first else "I-") + m["label"]
            first = False
            i += 1
    return [(s, e, t) for (s, e), t in zip(toks, tags, strict=True)]


def document(doc_id: str, text: str, mentions: list[dict], columns: str = "conll2003") -> str:
    from corpus.tokens import sentences

    lines = [f"-DOCSTART- {doc_id} -X- O", ""]
    ends = iter(e for _, e in sentences(text))
    sent_end = next(ends, None)
    for s, e, tag in bio(text, mentions):
        while sent_end is not None and s >= sent_end:
            if lines[-1] != "":
                lines.append("")
            sent_end = next(ends, None)
        middle = f"{s} {e}" if columns == "offsets" else "-X- -X-"
        lines.append(f"{text[s:e]} {middle} {tag}")
    if lines[-1] != "":
        lines.append("")
    return "\n".join(lines) + "\n"


def write(gold: Gold, texts: dict[str, str], out: str | Path,
          columns: str = "conll2003") -> list[Path]:
    if columns not in ("conll2003", "offsets"):
        raise ValueError(f"columns must be conll2003 or offsets, not {columns!r}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    mentions = by_doc(gold.get("mentions", []))
    p = out / "mentions.conll"
    p.write_bytes("".join(document(d, texts[d], mentions.get(d, []), columns)
                          for d in doc_ids(gold, texts)).encode("utf-8"))
    return [p]
