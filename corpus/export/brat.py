"""brat standoff export: ``<doc_id>.txt`` (exact bytes) and ``<doc_id>.ann``.

Offsets are code points, as brat's Python tools index the decoded text (not UTF-16
units as a JavaScript client would, nor bytes). A span crossing a line break is
written as discontinuous fragments (brat forbids line breaks inside a fragment).
T: mentions (OntoNotes label), Quote, Cue, Speaker, Claim, Supports/Refutes (evidence
spans; the claims they bear on in a note, since brat relations stay inside one
document), Segment (every segment but the white-space separators); A: quote Kind and
Variant, claim Status, segment SegmentKind; R: SpokenBy, CuedBy; N: entity links to the
``StoryDrift`` normalisation table (``storydrift_entities.tsv``, the input of brat's
``tools/norm_db_init.py``, declared in ``tools.conf``); #: speaker entity, cluster and
claim notes. Besides ``annotation.conf``: ``visual.conf`` and ``tools.conf``.
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
        names: dict[str, str], claims: list[dict] = (), evidence: list[dict] = (),
        segments: list[dict] = ()) -> str:
    """The .ann file of one document."""
    spans: dict[tuple[int, int, str], str] = {}  # (start, end, type) -> T id
    wanted: list[tuple[int, int, str]] = [(m["start"], m["end"], m["label"]) for m in mentions]
    for q in quotes:
        wanted.append((q["start"], q["end"], "Quote"))
        for p, t in (("cue", "Cue"), ("speaker", "Speaker")):
            if q.get(f"{p}_start") is not None:
                wanted.append((q[f"{p}_start"], q[f"{p}_end"], t))
    wanted += [(c["start"], c["end"], "Claim") for c in claims]
    wanted += [(e["start"], e["end"], STANCE[e["stance"]]) for e in evidence]
    segments = [g for g in segments if g["kind"] != vocab.SEGMENT_SEPARATOR
                and fragments(text, g["start"], g["end"])]
    wanted += [(g["start"], g["end"], "Segment") for g in segments]
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
    seen_status: set[str] = set()
    for c in claims:
        ct = spans[(c["start"], c["end"], "Claim")]
        if ct not in seen_status:  # one Status per span (two claims on one span: first)
            seen_status.add(ct)
            lines.append(f"{nxt('A')}\tStatus {ct} {c['status']}")
            same = [x["claim_id"] for x in claims if (x["start"], x["end"]) ==
                    (c["start"], c["end"])]
            lines.append(f"{nxt('#')}\tAnnotatorNotes {ct}\tclaim_id={' '.join(same)}")
    bears: dict[str, list[str]] = {}
    for e in evidence:
        bears.setdefault(spans[(e["start"], e["end"], STANCE[e["stance"]])], []).append(
            e["claim_id"])
    for tid, claim_ids in bears.items():
        lines.append(f"{nxt('#')}\tAnnotatorNotes {tid}\tclaims={' '.join(sorted(claim_ids))}")
    for g in segments:
        lines.append(f"{nxt('A')}\tSegmentKind {spans[(g['start'], g['end'], 'Segment')]} "
                     f"{g['kind']}")
    return "".join(line + "\n" for line in lines)


STANCE = {"supports": "Supports", "refutes": "Refutes"}


def visual_conf() -> str:
    """Labels and colours; segments drawn faintly so the layers above stay legible."""
    return ("[labels]\nQuote | Quote\nCue | Cue\nSpeaker | Speaker\nClaim | Claim\n"
            "Supports | Supports\nRefutes | Refutes\nSegment | Segment | Seg\n\n[drawing]\n"
            "SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken\n"
            "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5\n"
            "Quote\tbgColor:#ffe0a0\nClaim\tbgColor:#a0d0ff\nSupports\tbgColor:#c0ffc0\n"
            "Refutes\tbgColor:#ffc0c0\nSegment\tbgColor:#f0f0f0\n")


def tools_conf() -> str:
    """Code-point offsets need no tokeniser; entity links resolve in the StoryDrift table.

    Build the normalisation DB with brat's ``tools/norm_db_init.py
    storydrift_entities.tsv`` (it writes ``storydrift_entities.db`` that ``DB:`` names).
    """
    return ("[options]\nValidation\tvalidate:all\nTokens\ttokenizer:whitespace\n"
            "Sentences\tsplitter:newline\nAnnotation-display\tinterface:normal\n\n"
            "[normalization]\nStoryDrift\tDB:storydrift_entities, "
            "<URL>:storydrift_entities.tsv, <URLBASE>:storydrift_entities.tsv#%s\n")


def norm_table(entities: list[dict]) -> str:
    """brat's normalisation input: id, name:Name:<canonical>, alias lines, attr:Label."""
    rows = []
    for e in sorted(entities, key=lambda e: e["entity_id"]):
        cells = [e["entity_id"], f"name:Name:{e['name']}"]
        cells += [f"name:Alias:{a}" for a in (e.get("aliases") or []) if a != e["name"]]
        cells.append(f"attr:Label:{e['label']}")
        rows.append("\t".join(c.replace("\t", " ") for c in cells))
    return "".join(r + "\n" for r in rows)


def conf() -> str:
    """annotation.conf declaring every type, relation and attribute used."""
    return (
        "[entities]\n" + "".join(f"{label}\n" for label in vocab.ENTITY_LABELS)
        + "Quote\nCue\nSpeaker\nClaim\nSupports\nRefutes\nSegment\n\n"
        "[relations]\nSpokenBy\tArg1:Quote, Arg2:Speaker\n"
        "CuedBy\tArg1:Quote, Arg2:Cue\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, "
        "<OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n"
        f"Kind\tArg:Quote, Value:{'|'.join(vocab.QUOTE_KINDS)}\n"
        f"Variant\tArg:Quote, Value:{'|'.join(vocab.QUOTE_VARIANTS)}\n"
        f"Status\tArg:Claim, Value:{'|'.join(vocab.CLAIM_STATUS)}\n"
        f"SegmentKind\tArg:Segment, Value:{'|'.join(vocab.SEGMENT_KINDS)}\n"
    )


def write(gold: Gold, texts: dict[str, str], out: str | Path) -> list[Path]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    names = {e["entity_id"]: e["name"] for e in gold.get("entities", [])}
    layers = {k: by_doc(gold.get(k, [])) for k in ("mentions", "quotes", "claims",
                                                    "claim_evidence", "segments")}
    paths = []
    for name, body in (("annotation.conf", conf()), ("visual.conf", visual_conf()),
                       ("tools.conf", tools_conf()),
                       ("storydrift_entities.tsv", norm_table(gold.get("entities", [])))):
        (out / name).write_bytes(body.encode("utf-8"))
        paths.append(out / name)
    for d in doc_ids(gold, texts):
        (out / f"{d}.txt").write_bytes(texts[d].encode("utf-8"))
        body = ann(texts[d], layers["mentions"].get(d, []), layers["quotes"].get(d, []), names,
                   layers["claims"].get(d, []), layers["claim_evidence"].get(d, []),
                   layers["segments"].get(d, []))
        (out / f"{d}.ann").write_bytes(body.encode("utf-8"))
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
