"""CoNLL-2003-style BIO file of the mentions (``mentions.conll``).

Tokens are words, or single other characters (an emoji with its modifiers, a flag), split
further wherever a mention starts or ends, so every mention is a whole number of
tokens. One token per line, ``token start end tag`` (code-point offsets, tag last as
CoNLL readers expect); a blank line at each line break of the text; each document
opens with ``-DOCSTART- <doc_id> -X- O``.
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
    for m in mentions:
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


def document(doc_id: str, text: str, mentions: list[dict]) -> str:
    lines = [f"-DOCSTART- {doc_id} -X- O", ""]
    prev_end = None
    for s, e, tag in bio(text, mentions):
        if prev_end is not None and ("\n" in text[prev_end:s] or "\r" in text[prev_end:s]):
            if lines[-1] != "":
                lines.append("")
        lines.append(f"{text[s:e]} {s} {e} {tag}")
        prev_end = e
    if lines[-1] != "":
        lines.append("")
    return "\n".join(lines) + "\n"


def write(gold: Gold, texts: dict[str, str], out: str | Path) -> list[Path]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    mentions = by_doc(gold.get("mentions", []))
    p = out / "mentions.conll"
    p.write_bytes("".join(document(d, texts[d], mentions.get(d, []))
                          for d in doc_ids(gold, texts)).encode("utf-8"))
    return [p]
