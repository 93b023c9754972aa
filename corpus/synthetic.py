"""Synthetic news pages for benchmarks and scale tests (never part of a release).

Why: the build's speed and memory must be measured on thousands to millions of pages
nobody has to annotate. The pages look like scraped news: seed-like paragraphs with
quotes and names, wrapped in page furniture (ads, share bars, related links, photo
credits, newsletter prompts, source footers), with CRLF line ends, NBSP and emoji, 2 to
15 KB each. They are a pure function of ``(seed, index)``, so a corpus is reproducible.
"""

from __future__ import annotations

import hashlib
import json
import random
from functools import cache
from pathlib import Path

PEOPLE = ("Emmanuel Macron", "Volodymyr Zelenskyy", "Keir Starmer", "Friedrich Merz",
          "Giorgia Meloni", "Donald Trump", "Mark Rutte", "Ursula von der Leyen",
          "Steve Witkoff", "Dmitry Peskov", "Maria Zakharova", "Pete Hegseth")
PLACES = ("Paris", "Kyiv", "London", "Washington", "Moscow", "Brussels", "Berlin", "Rome",
          "the Élysée Palace", "Warsaw")
ORGS = ("NATO", "the European Union", "the Kremlin", "the White House", "Reuters",
        "the Associated Press", "the coalition of the willing")
VERBS = ("said", "told reporters", "wrote in a post", "added", "warned", "insisted")
NOUNS = ("security guarantees", "a ceasefire", "troop deployments", "air defence",
         "sanctions", "peace talks", "reassurance forces", "frozen assets", "a summit",
         "the front line")
ADJ = ("robust", "credible", "long-term", "unprecedented", "tentative", "concrete")
FURNITURE = (
    "Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
    "Share this article", "Facebook Twitter WhatsApp Email", "Sign up for our newsletter",
    "Related: {p} meets {q} in {c}", "Read more", "Most read", "Skip to main content",
    "Photo: Reuters/{p}", "{p}/AFP via Getty Images", "Reporting by {p}; Editing by {q}",
    "Let us know what you think in the comments below.", "Join the conversation",
    "© 2025 Example News Group. All rights reserved.", "Source link",
    "Updated: 2025-09-04 18:32", "Tags: Ukraine, Europe, Diplomacy", "5 min read",
    "https://twitter.com/example/status/1963{n}",
)
EMOJI = ("🇺🇦", "🕊️", "😀", "👍🏽", "🇫🇷", "📷")


def _sentence(r: random.Random) -> str:
    p, c, n = r.choice(PEOPLE), r.choice(PLACES), r.choice(NOUNS)
    kind = r.random()
    if kind < 0.3:
        return (f"“We will provide {r.choice(ADJ)} {n} as soon as the fighting stops,” "
                f"{p} {r.choice(VERBS)} in {c}.")
    if kind < 0.45:
        return (f"{p} said that {r.choice(ORGS)} was ready to discuss {n}, according to "
                f"{r.choice(ORGS)}.")
    if kind < 0.55:
        return f"Twenty-{r.randint(1, 9)} countries backed the plan for {n}\u00a0on Thursday."
    return (f"Leaders gathered in {c} on {r.randint(1, 28)} September to discuss {n} and "
            f"{r.choice(NOUNS)} with {p} and {r.choice(PEOPLE)}.")


def _paragraph(r: random.Random) -> str:
    text = " ".join(_sentence(r) for _ in range(r.randint(2, 6)))
    if r.random() < 0.08:
        text += " " + r.choice(EMOJI)
    return text


def _heading(r: random.Random) -> str:
    return f"What {r.choice(PEOPLE)} wants from {r.choice(NOUNS)}"


def _furniture(r: random.Random) -> str:
    f = r.choice(FURNITURE)
    return f.format(p=r.choice(PEOPLE), q=r.choice(PEOPLE), c=r.choice(PLACES),
                    n=r.randint(100000, 999999))


@cache
def _pool(seed: int) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Paragraphs, headings and furniture lines to draw pages from (made once per seed)."""
    r = random.Random(f"pool:{seed}")
    return (tuple(_paragraph(r) for _ in range(4000)), tuple(_heading(r) for _ in range(500)),
            tuple(_furniture(r) for _ in range(1000)))


def page(seed: int, index: int, min_bytes: int = 2000, max_bytes: int = 15000) -> str:
    """One synthetic page; a pure function of (seed, index)."""
    paragraphs, headings, furniture = _pool(seed)
    r = random.Random(f"{seed}:{index}")
    target = r.randint(min_bytes, max_bytes)
    nl = "\r\n" if r.random() < 0.3 else "\n"
    parts = [r.choice(furniture) for _ in range(r.randint(0, 3))]
    parts.append(f"{r.choice(PEOPLE)} and allies discuss {r.choice(NOUNS)} in "
                 f"{r.choice(PLACES)}")
    parts.append(f"By {r.choice(PEOPLE)}")
    parts.append(f"{r.choice(PLACES).upper().removeprefix('THE ')} — " + r.choice(paragraphs))
    size = sum(len(p) for p in parts)
    while size < target:
        x = r.random()
        chunk = r.choice(furniture) if x < 0.15 else r.choice(headings) if x < 0.22 else \
            r.choice(paragraphs)
        parts.append(chunk)
        size += len(chunk) + 2
    parts += [r.choice(furniture) for _ in range(r.randint(1, 4))]
    return (nl + nl).join(parts)


def long_page(megabytes: float, seed: int = 0) -> str:
    """One page of about ``megabytes`` MB (paragraphs with furniture between)."""
    r = random.Random(f"long:{seed}")
    parts, size, target = [], 0, int(megabytes * 1_000_000)
    while size < target:
        x = r.random()
        chunk = _furniture(r) if x < 0.15 else _heading(r) if x < 0.22 else _paragraph(r)
        parts.append(chunk)
        size += len(chunk.encode("utf-8")) + 2
    return "\n\n".join(parts)


def write_corpus(folder: Path, n: int, seed: int = 0, story_size: int = 20,
                 prefix: str = "syn") -> list[dict]:
    """n pages as <folder>/<doc_id>.txt plus manifest.jsonl, and gold document labels.

    Returns the label records (for annotations/gold/documents.jsonl): every page is
    labelled ``copy``/``unknown`` with a note saying it is synthetic.
    """
    folder.mkdir(parents=True, exist_ok=True)
    manifest, labels = [], []
    for i in range(n):
        doc_id = f"{prefix}-{i:07d}"
        data = page(seed, i).encode("utf-8")
        (folder / f"{doc_id}.txt").write_bytes(data)
        story = f"{prefix}-story-{i // story_size:06d}"
        manifest.append({"doc_id": doc_id, "file": f"{doc_id}.txt",
                         "sha256": hashlib.sha256(data).hexdigest(), "story_id": story,
                         "language": "en", "outlet": None, "date": None,
                         "notes": "synthetic page (corpus/synthetic.py)"})
        labels.append({"doc_id": doc_id, "story_id": story, "derivation": "copy",
                       "derivation_note": "synthetic page generated for a benchmark",
                       "authorship": "machine",
                       "authorship_note": "generated by corpus/synthetic.py",
                       "derived_from": [], "uncertain": False, "note": None})
    (folder / "manifest.jsonl").write_text(
        "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in manifest), encoding="utf-8")
    return labels
