"""Entity and claim drift across the versions of a story.

Entities: which entities each version names (by ``entity_id``, else by the casefolded
name), which it adds or drops against its parent, and the people and organisations that
no other version names and that the version's cited outlets cannot account for
(``unsupported``: the candidates for a fabricated participant, such as a chancellor who
was not in office). Claims: for each claim, the passages of the other versions whose
content words (weighted by their rarity in the story) overlap it most, as candidate
evidence, with a stance guess: ``refutes`` where the two disagree on a checkable fact
(numbers, weekdays with dates resolved to days, the holder of a named office), else
``supports``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.drift.text import Passage, content_stems

PARTICIPANT_LABELS = ("PERSON", "ORG")
EVIDENCE = 0.3
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Mention:
    doc_id: str
    start: int
    end: int
    text: str
    label: str
    entity_id: str | None

    @property
    def key(self) -> str:
        return self.entity_id or f"{self.label}:{self.text.casefold()}"


@dataclass(frozen=True)
class EntityDrift:
    doc_id: str
    entity: str
    label: str
    name: str
    status: str  # added, dropped (against parent), unsupported
    against: str | None  # the parent doc for added/dropped


def presence(mentions: list[Mention]) -> dict[str, dict[str, list[Mention]]]:
    """entity key -> doc_id -> its mentions there."""
    out: dict[str, dict[str, list[Mention]]] = {}
    for m in mentions:
        out.setdefault(m.key, {}).setdefault(m.doc_id, []).append(m)
    return out


def entity_drift(order: list[str], parents: dict[str, tuple[str, ...]],
                 mentions: list[Mention], cited: dict[str, tuple[str, ...]],
                 derivative: set[str]) -> list[EntityDrift]:
    """Added/dropped against the first parent; unsupported participants of derivative
    versions (copies and rewrites of others) that credit no outlet."""
    pres = presence(mentions)
    names = {k: max((m for ms in v.values() for m in ms), key=lambda m: (len(m.text), m.text))
             for k, v in pres.items()}
    by_doc: dict[str, set[str]] = {d: set() for d in order}
    for k, v in pres.items():
        for d in v:
            by_doc.setdefault(d, set()).add(k)
    out = []
    for d in order:
        ps = parents.get(d) or ()
        if ps:
            p = ps[0]
            for k in sorted(by_doc[d] - by_doc.get(p, set())):
                m = names[k]
                out.append(EntityDrift(d, k, m.label, m.text, "added", p))
            for k in sorted(by_doc.get(p, set()) - by_doc[d]):
                m = names[k]
                out.append(EntityDrift(d, k, m.label, m.text, "dropped", p))
        if d in derivative and not cited.get(d):
            for k in sorted(by_doc[d]):
                m = names[k]
                if m.label in PARTICIPANT_LABELS and set(pres[k]) == {d}:
                    out.append(EntityDrift(d, k, m.label, m.text, "unsupported", None))
    return out


@dataclass(frozen=True)
class Evidence:
    claim_id: str
    doc_id: str
    start: int
    end: int
    text: str
    stance: str
    score: float
    reason: str = ""


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_DATE = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?"
                   r"\s+(\d{4})\b", re.IGNORECASE)
_DAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)


def weekdays(text: str) -> set[str]:
    """The weekdays a text names, and those of its full dates ("Sept. 4, 2025": thursday)."""
    import datetime

    out = {m.group(1).casefold() for m in _DAY.finditer(text)}
    for m in _DATE.finditer(text):
        try:
            d = datetime.date(int(m.group(3)), _MONTHS[m.group(1)[:3].casefold()],
                              int(m.group(2)))
        except ValueError:
            continue
        out.add(_WEEKDAYS[d.weekday()])
    return out


def numbers(text: str) -> set[str]:
    """Numbers other than the years and days of full dates (those are checked as days)."""
    return set(_NUMBER.findall(_DATE.sub(" ", text)))


_TOKEN = re.compile(r"\w[\w.’'-]*|[^\w\s]")


def title_names(text: str) -> dict[tuple[str, ...], frozenset[str]]:
    """Office -> holder named as "<qualifier> <role words> <Name Name>" ("German Chancellor
    Friedrich Merz": (german, chancellor) -> {friedrich, merz}); the qualifier (a
    nationality or body) is required, so "President Trump" names no office."""
    from corpus.preannotate import lexicon as lx

    toks, ends = [], []
    for t in _TOKEN.findall(text):
        if len(t) > 1:
            stop = t.endswith(".") and "." not in t[:-1]  # "Rutte." ends; "U.S." does not
            t = re.sub(r"[’']s$", "", t.rstrip(".’'"))
        else:
            stop = False
        toks.append(t)
        ends.append(stop)
    out: dict[tuple[str, ...], frozenset[str]] = {}
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and toks[j] and lx.is_role(toks[j].casefold()):
            j += 1
        if j > i and i > 0 and toks[i - 1][:1].isalpha() \
                and not lx.is_role(toks[i - 1].casefold()) and toks[i - 1].casefold() not in STOP_Q:
            k = j
            while k < len(toks) and toks[k][:1].isupper() and not lx.is_role(toks[k].casefold()):
                k += 1
                if ends[k - 1]:
                    break
            if k > j:
                office = (toks[i - 1].casefold(), *(t.casefold() for t in toks[i:j]))
                out.setdefault(office, frozenset(t.casefold() for t in toks[j:k]))
            i = max(k, j)
        else:
            i = j + 1 if j == i else j
    return out


STOP_Q = frozenset("the a an and of with by for to in on at as former then now his her its "
                   "their said says".split())


def disagreement(claim: str, passage: str) -> str | None:
    """Why a passage contradicts a claim on a checkable fact, or None: different numbers,
    different weekdays (dates resolved to days), or another holder of the same office."""
    a, b = numbers(claim), numbers(passage)
    if a and b and not a & b:
        return f"numbers differ ({', '.join(sorted(a))} / {', '.join(sorted(b))})"
    a, b = weekdays(claim), weekdays(passage)
    if a and b and not a & b:
        return f"days differ ({', '.join(sorted(a))} / {', '.join(sorted(b))})"
    pa, pb = title_names(claim), title_names(passage)
    for office, names in pa.items():
        other = pb.get(office)
        if other is not None and not names & other:
            return (f"{' '.join(office)}: {' '.join(sorted(names))} / "
                    f"{' '.join(sorted(other))}")
    return None


def _idf(passages: dict[str, list[Passage]]) -> dict[str, float]:
    import math

    df: dict[str, int] = {}
    n = 0
    for ps in passages.values():
        for p in ps:
            n += 1
            for st in content_stems(p.text):
                df[st] = df.get(st, 0) + 1
    return {st: math.log((n + 1) / (k + 0.5)) for st, k in df.items()}


def weighted_dice(a: frozenset[str], b: frozenset[str], idf: dict[str, float],
                  default: float) -> float:
    """Dice with each stem weighted by its rarity in the story (its passages' IDF): two
    passages that share "Scholz" and "chancellor" share more than two that share "Ukraine"."""
    w = lambda xs: sum(idf.get(x, default) for x in xs)  # noqa: E731
    tot = w(a) + w(b)
    return 2 * w(a & b) / tot if tot else 0.0


def claim_evidence(claims: list[tuple[str, str, str]], passages: dict[str, list[Passage]],
                   top: int = 1) -> list[Evidence]:
    """Candidate evidence for each (claim_id, doc_id, text) in every other version: the
    passage that shares most of the claim's rarer content words (weighted Dice >=
    EVIDENCE, at least two stems in common), labelled ``refutes`` when it disagrees on a
    checkable fact (:func:`disagreement`), else ``supports``; and any passage naming
    another holder of an office the claim names (a contradiction however little else the
    two share)."""
    idf = _idf(passages)
    default = max(idf.values(), default=1.0)
    ix = {d: [(p, content_stems(p.text), title_names(p.text)) for p in ps]
          for d, ps in passages.items()}
    out = []
    for cid, doc, text in claims:
        cs = content_stems(text)
        offices = title_names(text)
        for d, ps in ix.items():
            if d == doc:
                continue
            scored = sorted(((weighted_dice(cs, st, idf, default), p) for p, st, _t in ps
                             if len(cs & st) >= 2), key=lambda x: (-x[0], x[1].start))
            chosen = set()
            for score, p in scored[:top]:
                if score < EVIDENCE:
                    continue
                why = disagreement(text, p.text)
                chosen.add(p.index)
                out.append(Evidence(cid, d, p.start, p.end, p.text,
                                    "refutes" if why else "supports", round(score, 4),
                                    why or "shares the claim's content words"))
            if not offices:
                continue
            for p, st, t in ps:
                if p.index in chosen:
                    continue
                clash = next((o for o, names in offices.items()
                              if o in t and not names & t[o]), None)
                if clash is not None:
                    out.append(Evidence(cid, d, p.start, p.end, p.text, "refutes",
                                        round(weighted_dice(cs, st, idf, default), 4),
                                        f"{' '.join(clash)}: {' '.join(sorted(offices[clash]))}"
                                        f" / {' '.join(sorted(t[clash]))}"))
                    break
    return out
