"""Generate drift sets with known labels from openly licensed news text (drift_eval/).

Each source text in ``drift_eval/sources.jsonl`` (byte-exact, with URL and licence)
is the original version of a story; controlled edits make the other versions, and
every edit is recorded, so each label is known rather than judged:

- ``copy``: the original wrapped in another site's furniture (weather widget, ads,
  "Source link" footer);
- ``opening``: a copy of the original's opening paragraphs only (contained in it);
- ``update``: the original with one paragraph dropped, one sentence reworded and two
  new paragraphs added;
- ``rewrite``: a paraphrase that credits the source outlet, with quotes kept verbatim,
  trimmed, altered or turned into reported speech;
- ``farm``: a content-farm paraphrase with a table of contents and FAQ, an invented
  quote and a fabricated participant, crediting no one.

Labels per story (``labels.json``): each version's derivation and parents; every quote
rendering with its cluster and variant; for each derived version, every passage's
alignment label against the original. Stories carry the split of their source
(``dev`` for tuning, ``test`` only for the final figures). Deterministic: the same
sources give the same files. Run: ``python scripts/make_drift_sets.py``.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.drift.text import word_key  # noqa: E402
from corpus.segment import segment_text  # noqa: E402

OUT = ROOT / "drift_eval"
VARIANTS_PER_SOURCE = 3

SYNONYMS = {
    "said": "stated", "told": "informed", "talks": "negotiations", "end": "conclude",
    "acknowledged": "admitted", "argued": "contended", "repeatedly": "consistently",
    "denied": "rejected", "asked": "questioned", "charge": "accusation",
    "leading": "steering", "toward": "towards", "held": "staged", "secluded": "remote",
    "kept": "held", "distance": "remove", "comment": "remark", "interview": "conversation",
    "newspaper": "daily", "stated": "declared", "described": "characterised",
    "situation": "picture", "recognized": "conceded", "global": "worldwide",
    "continued": "went on", "claimed": "asserted", "average": "typical",
    "recent": "latest", "pleased": "satisfied", "role": "part", "crisis": "turmoil",
    "economic": "financial", "officials": "authorities", "served": "fulfilled",
    "purpose": "aim", "intelligence": "spy", "crude": "rudimentary", "bombs": "devices",
    "official": "representative", "region": "area", "Thursday": "on Thursday",
    "news": "press", "media": "outlets", "normally": "usually", "chief": "head",
    "strongly": "forcefully", "expect": "anticipate", "decrease": "fall",
    "including": "among them", "discussing": "on",
}
NEW_SENTENCES = [
    "Officials said further meetings were planned for the coming weeks.",
    "A spokesperson later confirmed that a written statement would follow.",
    "Analysts cautioned that the figures could still be revised.",
    "The announcement came after several days of closed-door consultations.",
    "Opposition politicians called for a full parliamentary debate on the matter.",
    "Markets reacted calmly to the news in early trading.",
]
FILLER = [
    "Understanding the background of this story helps readers see the bigger picture.",
    "Experts agree that developments like these can have far-reaching consequences.",
    "Stay tuned as this story continues to develop over the coming days.",
]
FAKE_PEOPLE = ["Deputy Minister Harald Wenger", "Chancellor Ingrid Vossberg",
               "Senator Malcolm Trevane"]
FAKE_QUOTES = [
    "We have secured a complete agreement that guarantees lasting stability for everyone",
    "This is the most important breakthrough of the decade and nobody can stop it now",
    "Our country will double its commitment before the end of the month",
]


@dataclass
class Unit:
    """One sentence of a version, with where it came from."""

    text: str
    src: int | None  # index of the original sentence, None if new
    op: str  # copy, edit, new
    quotes: list[dict] = field(default_factory=list)  # start/end within text, cluster, variant


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Content paragraphs of the original: body segments of 12 words or more."""
    return [(s, e) for s, e, k in segment_text(text)
            if k in ("body", "standfirst") and len(text[s:e].split()) >= 12]


def sentences(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Sentence spans; never inside a quotation, never after an initial ("U.S.")."""
    out, start, inside, i = [], s, False, s
    while i < e:
        ch = text[i]
        if ch == "“":
            inside = True
        elif ch == "”":
            inside = False
        elif ch == '"':
            inside = not inside
        if ch in ".!?" and not inside:
            j = i + 1
            while j < e and text[j] in "\"”’":
                j += 1
            prev = text[max(s, i - 2):i]
            initial = len(prev) == 2 and prev[1].isupper() and not prev[0].isalpha()
            if j < e and text[j] == " " and j + 1 < e and (text[j + 1].isupper()
                                                           or text[j + 1] in "“\"") \
                    and not initial and not text[max(s, i - 3):i].endswith(("Mr", "Dr", "St")):
                out.append((start, j))
                start, i = j + 1, j + 1
                continue
        i += 1
    if start < e and text[start:e].strip():
        out.append((start, e))
    return out


def quotes_in(t: str) -> list[tuple[int, int]]:
    """Content spans of the quotations of 4 words or more (marks paired in order)."""
    out, open_at = [], None
    for i, ch in enumerate(t):
        if open_at is None and ch in "“\"":
            open_at = i
        elif open_at is not None and (ch == "”" or (ch == '"' and t[open_at] == '"')):
            a, b = open_at + 1, i
            while a < b and t[a] == " ":
                a += 1
            while b > a and t[b - 1] in " ,.":
                b -= 1
            if len(t[a:b].split()) >= 4:
                out.append((a, b))
            open_at = None
    return out


def reword(s: str, rng: random.Random, share: float = 0.6) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        core = w.strip(".,;:!?\"“”")
        if core in SYNONYMS and rng.random() < share:
            w = w.replace(core, SYNONYMS[core], 1)
        out.append(w)
    return " ".join(out)


def quote_edit(q: str, variant: str, rng: random.Random) -> str:
    ws = q.split(" ")
    if variant == "trimmed":
        k = max(3, int(len(ws) * 0.6))
        return " ".join(ws[:k]).rstrip(",;:")
    if variant == "altered":
        i = rng.randrange(len(ws))
        repl = {"the": "a", "will": "would", "is": "was", "are": "were", "and": "&"}
        for j in list(range(i, len(ws))) + list(range(0, i)):
            if ws[j].lower() in repl:
                ws[j] = repl[ws[j].lower()]
                return " ".join(ws)
        ws[0] = ws[0].lower() if ws[0][:1].isupper() else ws[0].capitalize()
        return " ".join(ws)
    return q


def sentence_units(text: str) -> list[list[Unit]]:
    """The original as paragraphs of sentence units, with its quotes as references."""
    paras = []
    n = 0
    for ps, pe in paragraphs(text):
        units = []
        for a, b in sentences(text, ps, pe):
            t = text[a:b]
            u = Unit(t, n, "copy")
            for qs, qe in quotes_in(t):
                u.quotes.append({"start": qs, "end": qe, "cluster": f"s{n}q{qs}",
                                 "variant": None, "kind": "direct", "abs": a + qs})
            units.append(u)
            n += 1
        if units:
            paras.append(units)
    return paras


def render(parts: list[str | list[Unit]], sep: str = "\n\n") -> tuple[str, list[dict]]:
    """Text of a version from furniture strings and paragraphs of units; the passages
    (paragraph spans with their units) for the labels."""
    out, pos, passages = [], 0, []
    for k, part in enumerate(parts):
        if k:
            out.append(sep)
            pos += len(sep)
        if isinstance(part, str):
            out.append(part)
            pos += len(part)
            continue
        start = pos
        units = []
        for i, u in enumerate(part):
            if i:
                out.append(" ")
                pos += 1
            units.append((pos, u))
            out.append(u.text)
            pos += len(u.text)
        passages.append({"start": start, "end": pos, "units": units})
    return "".join(out), passages


def passage_label(units: list[tuple[int, Unit]]) -> str:
    ops = {u.op for _, u in units}
    if ops == {"copy"}:
        srcs = [u.src for _, u in units]
        return "verbatim" if srcs == list(range(srcs[0], srcs[0] + len(srcs))) else "rewritten"
    if ops == {"new"}:
        return "new"
    return "rewritten"


def paraphrase_unit(u: Unit, rng: random.Random, variants: list[str], credit: str | None
                    ) -> Unit:
    """Reword the words outside quotes; give each quote the next variant."""
    t, pieces, last, _qrecs = u.text, [], 0, []
    for q in u.quotes:
        pieces.append(("out", t[last:q["start"]]))
        v = variants.pop(0) if variants else "verbatim"
        pieces.append(("q", quote_edit(t[q["start"]:q["end"]], v, rng), q, v))
        last = q["end"]
    pieces.append(("out", t[last:]))
    text, qs, skip_close = "", [], False
    for p in pieces:
        if p[0] == "out":
            chunk = p[1]
            if skip_close and chunk[:1] in "\"”":
                chunk = chunk[1:]
            skip_close = False
            text += reword(chunk, rng)
        else:
            _, qt, q, v = p
            before = text.rstrip(" \"“")
            if v == "paraphrased" and not (before[-1:].isalpha() or before[-1:] in ",:"):
                v = "verbatim"  # no speech cue before the quote: keep it quoted
            if v == "paraphrased":  # reported speech: no marks, reworded
                text = before.rstrip(",:")
                text += " " if text.endswith(" that") else " that "
                start = len(text)
                qt = qt.strip()
                text += reword(qt[0].lower() + qt[1:], rng, 1.0).rstrip(".,")
                qs.append({"start": start, "end": len(text), "cluster": q["cluster"],
                           "variant": v, "kind": "indirect"})
                skip_close = True
                continue
            start = len(text)
            text += qt
            qs.append({"start": start, "end": len(text), "cluster": q["cluster"],
                       "variant": v, "kind": "direct"})
    if text == u.text:  # nothing changed after all: a copy
        return Unit(u.text, u.src, "copy", [{**q, "variant": "verbatim"} for q in u.quotes])
    if credit and rng.random() < 0.35 and text.endswith(".") and not qs:
        text = text.rstrip(".") + f", according to {credit}."
    # offsets may shift in the clean-ups: find each quote again by its text
    fixed = []
    for q, src in zip(qs, qs, strict=True):
        qt = text_from(src, text)
        if qt is not None:
            fixed.append({**q, "start": qt[0], "end": qt[1]})
    # the contract's verbatim: the same words up to punctuation and case
    same_words = word_key(text) == word_key(u.text)
    return Unit(text, u.src, "copy" if same_words else "edit", fixed)


def text_from(q: dict, text: str) -> tuple[int, int] | None:
    return (q["start"], q["end"]) if 0 <= q["start"] < q["end"] <= len(text) else None


def make_story(source_id: str, text: str, outlet: str, rng: random.Random) -> dict:
    paras = sentence_units(text)
    flat = [u for p in paras for u in p]
    versions = []

    def add(name: str, body: str, passages: list[dict] | None, derivation: str,
            parents: list[str], note: str, direct_quotes: list[dict] | None = None) -> None:
        versions.append({"name": name, "text": body, "passages": passages,
                         "derivation": derivation, "derived_from": parents, "note": note,
                         "quotes": direct_quotes or []})

    # original: the source, byte-exact; its quotes are the references
    orig_quotes = [{"start": q["abs"], "end": q["abs"] + q["end"] - q["start"],
                    "cluster": q["cluster"], "variant": None, "kind": "direct"}
                   for u in flat for q in u.quotes]
    add("00_original", text, None, "original", [], "the source text", orig_quotes)
    # copy in furniture
    head = f"{rng.randint(10, 33)}.{rng.randint(0, 9)} C\nSpringfield\n\n- Advertisement -"
    foot = "Source link\n\n- Advertisement -\n\nLatest News\n\n- Advertisement -"
    body = f"{head}\n\n{text}\n\n{foot}"
    off = len(head) + 2
    add("01_copy", body, None, "copy", ["00_original"], "the original inside furniture",
        [{**q, "start": q["start"] + off, "end": q["end"] + off, "variant": "verbatim"}
         for q in orig_quotes])
    # update: drop one paragraph, reword one sentence, add two new paragraphs
    drop = rng.randrange(len(paras)) if len(paras) > 1 else None
    up_parts: list[str | list[Unit]] = []
    new_s = rng.sample(NEW_SENTENCES, 2)
    for i, p in enumerate(paras):
        if i == drop:
            continue
        units = list(p)
        if i == (drop + 1) % len(paras) if drop is not None else i == 0:
            k = rng.randrange(len(units))
            units[k] = paraphrase_unit(units[k], rng, ["verbatim"] * 9, None)
        up_parts.append(units)
    pos = rng.randrange(1, len(up_parts) + 1)
    up_parts.insert(pos, [Unit(new_s[0], None, "new")])
    up_parts.append([Unit(new_s[1], None, "new")])
    body, passages = render(up_parts)
    add("02_update", body, passages, "update", ["00_original"],
        f"paragraph {drop} dropped, one sentence reworded, two paragraphs added")
    # rewrite citing the outlet: every sentence reworded, quotes in all variants
    variants = ["verbatim", "trimmed", "altered", "paraphrased"]
    rng.shuffle(variants)
    cycle = variants * 4
    rw_parts = []
    for p in paras:
        rw_parts.append([paraphrase_unit(u, rng, cycle, outlet) for u in p])
    body, passages = render(rw_parts)
    add("03_rewrite", body, passages, "rewrite", ["00_original"],
        f"paraphrase crediting {outlet}; quote variants {variants}")
    # opening: the first paragraphs of the original, exactly
    cut = paras[min(1, len(paras) - 1)][-1]
    first_end = text.index(cut.text) + len(cut.text)
    opening = text[:first_end]
    add("04_opening", opening, None, "copy", ["00_original"], "the original's opening",
        [q for q in orig_quotes if q["end"] <= first_end and True] and
        [{**q, "variant": "verbatim"} for q in orig_quotes if q["end"] <= first_end])
    # content farm: paraphrase, TOC + FAQ furniture, fabricated participant and quote
    person = rng.choice(FAKE_PEOPLE)
    fake = rng.choice(FAKE_QUOTES)
    farm_parts: list[str | list[Unit]] = ["Table of Contents\n- 1. Overview\n- 2. Reactions\n"
                                          "- 3. Frequently Asked Questions"]
    fv = ["paraphrased", "altered", "trimmed", "verbatim"] * 4
    for i, p in enumerate(paras):
        farm_parts.append([paraphrase_unit(u, rng, fv, None) for u in p])
        if i == 0:
            farm_parts.append([Unit(rng.choice(FILLER), None, "new")])
    qtext = f"“{fake},” {person} said in a statement."
    farm_parts.append([Unit(qtext, None, "new",
                            [{"start": 1, "end": 1 + len(fake), "cluster": None,
                              "variant": "fabricated", "kind": "direct"}])])
    farm_parts.append("Frequently Asked Questions\n- What happened? Leaders met to discuss "
                      "the situation.\n- Why does it matter? The outcome affects many people."
                      "\nShare your thoughts in the comments below!")
    body, passages = render(farm_parts)
    add("05_farm", body, passages, "rewrite", ["00_original"],
        f"content-farm paraphrase; fabricated participant {person!r} with an invented quote")
    for v in versions:  # absolute quote offsets for rendered versions
        if v["passages"] is not None:
            qs = []
            for p in v["passages"]:
                for ustart, u in p["units"]:
                    for q in u.quotes:
                        qs.append({**q, "start": ustart + q["start"], "end": ustart + q["end"],
                                   "variant": q["variant"] or "verbatim"})
            v["quotes"] = qs
            v["alignments"] = [{"start": p["start"], "end": p["end"],
                                "label": passage_label(p["units"])} for p in v["passages"]]
            v["fabricated_participants"] = [person] if v["name"] == "05_farm" else []
            del v["passages"]
        else:
            v["alignments"] = None
            v["fabricated_participants"] = []
        for q in v["quotes"]:
            q["text"] = v["text"][q["start"]:q["end"]]
            q.pop("abs", None)
    return {"source_id": source_id, "versions": versions}


def main() -> None:
    sources = [json.loads(line) for line in (OUT / "sources.jsonl").open(encoding="utf-8")]
    outlet_of = {"wikinews": "Wikinews", "voa": "Voice of America"}
    sets = OUT / "sets"
    for src in sources:
        text = (OUT / src["file"]).read_bytes().decode("utf-8")
        for k in range(VARIANTS_PER_SOURCE):
            rng = random.Random(f"{src['source_id']}:{k}")
            story = make_story(src["source_id"], text, outlet_of[src["source_id"].split("-")[0]],
                               rng)
            sid = f"{src['source_id']}-v{k}"
            folder = sets / sid
            folder.mkdir(parents=True, exist_ok=True)
            labels = {"story_id": sid, "source_id": src["source_id"], "split": src["split"],
                      "url": src["url"], "licence": src["licence"], "versions": []}
            for v in story["versions"]:
                (folder / f"{v['name']}.txt").write_text(v["text"], encoding="utf-8",
                                                        newline="")
                labels["versions"].append({k2: v[k2] for k2 in (
                    "name", "derivation", "derived_from", "note", "quotes", "alignments",
                    "fabricated_participants")})
            (folder / "labels.json").write_text(json.dumps(labels, ensure_ascii=False,
                                                           indent=1) + "\n", encoding="utf-8")
            print(folder.relative_to(ROOT))


if __name__ == "__main__":
    main()
