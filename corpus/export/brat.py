"""brat standoff export: ``<doc_id>.txt`` (exact bytes) and ``<doc_id>.ann``.

Offsets are code points, as brat's Python tools index the decoded text (not UTF-16
units as a JavaScript client would, nor bytes). A span crossing a line break is
written as discontinuous fragments (brat forbids line breaks inside a fragment).
T: mentions (OntoNotes label), Quote, Cue, Speaker; A: quote Kind and Variant;
R: SpokenBy, CuedBy; N: entity links; #: speaker entity and cluster notes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from corpus import vocab
from corpus.export import Gold, by_doc, doc_ids

_BREAK = re.compile(r"\r\n|\r|\n")


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) split at line breaks, breaks and empty pieces left out."""
    out, pos = [], start
    for m in _BREAK.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return out


def ann(text: str, mentions: list[dict], quotes: list[dict],
        names: dict[str, str]) -> str:
    """The .ann file of one document."""
    spans: dict[tuple[int, int, str], str] = {}  # (start, end, type) -> T id
    wanted: list[tuple[int, int, str]] = [(m["start"], m["end"], m["label"]) for m in mentions]
    for q in quotes:
        wanted.append((q["start"], q["end"], "Quote"))
        for p, t in (("cue", "Cue"), ("speaker", "Speaker")):
            if q.get(f"{p}_start") is not None:
                wanted.append((q[f"{p}_start"], q[f"{p}_end"], t))
    lines: list[str] = []
    for s, e, t in sorted(set(wanted)):
        tid = spans[(s, e, t)] = f"T{len(spans) + 1}"
        frags = fragments(text, s, e)
        offs = ";".join(f"{a} {b}" for a, b in frags)
        lines.append(f"{tid}\t{t} {offs}\t{' '.join(text[a:b] for a, b in frags)}")
    n = {"A": 0, "R": 0, "N": 0, "#": 0}

    def nxt(k: str) -> str:
        n[k] += 1
        return f"{k}{n[k]}"

    for m in mentions:
        if m.get("entity_id"):
            tid = spans[(m["start"], m["end"], m["label"])]
            lines.append(f"{nxt('N')}\tReference {tid} StoryDrift:{m['entity_id']}\t"
                         f"{names.get(m['entity_id'], m['entity_id'])}")
    for q in quotes:
        qt = spans[(q["start"], q["end"], "Quote")]
        lines.append(f"{nxt('A')}\tKind {qt} {q['kind']}")
        if q.get("variant"):
            lines.append(f"{nxt('A')}\tVariant {qt} {q['variant']}")
        for p, t, rel in (("speaker", "Speaker", "SpokenBy"), ("cue", "Cue", "CuedBy")):
            if q.get(f"{p}_start") is not None:
                other = spans[(q[f"{p}_start"], q[f"{p}_end"], t)]
                lines.append(f"{nxt('R')}\t{rel} Arg1:{qt} Arg2:{other}")
        notes = [f"{k}={q[k]}" for k in ("speaker_entity_id", "cluster_id", "group_id")
                 if q.get(k)]
        if notes:
            lines.append(f"{nxt('#')}\tAnnotatorNotes {qt}\t{' '.join(notes)}")
    return "".join(line + "\n" for line in lines)


def conf() -> str:
    """annotation.conf declaring every type, relation and attribute used."""
    return (
        "[entities]\n" + "".join(f"{label}\n" for label in vocab.ENTITY_LABELS)
        + "Quote\nCue\nSpeaker\n\n[relations]\nSpokenBy\tArg1:Quote, Arg2:Speaker\n"
        "CuedBy\tArg1:Quote, Arg2:Cue\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, "
        "<OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n"
        f"Kind\tArg:Quote, Value:{'|'.join(vocab.QUOTE_KINDS)}\n"
        f"Variant\tArg:Quote, Value:{'|'.join(vocab.QUOTE_VARIANTS)}\n"
    )


def write(gold: Gold, texts: dict[str, str], out: str | Path) -> list[Path]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    names = {e["entity_id"]: e["name"] for e in gold.get("entities", [])}
    mentions, quotes = by_doc(gold.get("mentions", [])), by_doc(gold.get("quotes", []))
    paths = [out / "annotation.conf"]
    paths[0].write_bytes(conf().encode("utf-8"))
    for d in doc_ids(gold, texts):
        (out / f"{d}.txt").write_bytes(texts[d].encode("utf-8"))
        (out / f"{d}.ann").write_bytes(
            ann(texts[d], mentions.get(d, []), quotes.get(d, []), names).encode("utf-8"))
        paths += [out / f"{d}.txt", out / f"{d}.ann"]
    return paths


def read_ann(path: str | Path) -> list[dict[str, Any]]:
    """T lines of an .ann file (for tests and round trips): id, type, fragments, text."""
    out = []
    for line in Path(path).read_bytes().decode("utf-8").splitlines():
        if line.startswith("T"):
            tid, mid, txt = line.split("\t")
            typ, offs = mid.split(" ", 1)
            frags = [tuple(int(x) for x in f.split()) for f in offs.split(";")]
            out.append({"id": tid, "type": typ, "fragments": frags, "text": txt})
    return out
