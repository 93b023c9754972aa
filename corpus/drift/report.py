"""The drift report: one self-contained static HTML page per story.

Everything is inline (CSS, SVG charts); a Content-Security-Policy of ``default-src
'none'`` makes the browser refuse any request the page might still try, so a page that
loads nothing from outside is also one a test can prove loads nothing. Sections: the
versions and their proposed derivation, the lineage graph, duplicates, what each
version added, dropped and changed against its parent, quote clusters with word-level
differences, entity presence by version, claim status by version, boilerplate share.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from pathlib import Path

import polars as pl

from corpus.drift import plots
from corpus.drift.quotes import _TOKEN, diff_ops
from corpus.drift.story import StoryDrift

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;
max-width:72rem;padding:0 1rem;color:#1a1a1a;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5rem 0;font-size:.88rem;width:100%}
th,td{border:1px solid #ddd;padding:.3rem .45rem;vertical-align:top;text-align:left}
th{background:#f4f4f4}.note{color:#555;font-size:.85rem}
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
.tag{display:inline-block;padding:0 .4rem;border-radius:.3rem;font-size:.8rem;color:#fff}
.verbatim{background:#2166ac}.rewritten{background:#d6604d}.new{background:#b2182b}
.trimmed{background:#4393c3}.altered{background:#f4a582;color:#000}
.paraphrased{background:#8073ac}.fabricated{background:#000}.ref{background:#777}
figure.plot{margin:1rem 0}figure.plot svg{max-width:100%;height:auto}
details{margin:.3rem 0}summary{cursor:pointer}
"""


def esc(s: object) -> str:
    return html.escape("" if s is None else str(s), quote=True)


# Word diffs of changed passages per story, in token pairs (len(a) x len(b) tokens, what
# difflib's cost grows with): past it a story's remaining changed passages get the coarse
# diff (common start and end kept, the middle struck and inserted whole). The seeds use
# about a seventh of it; a story of thousands of rewritten passages stays linear.
DIFF_BUDGET = 1_500_000
# HTML of the added/dropped/changed lists per story (the seeds' story uses about 80 KB):
# past it the later version pairs keep their counts and the lists are left to the tables,
# so a story of thousands of versions gives a page a browser can open.
DETAIL_BUDGET = 200_000


def diff_html(a: str, b: str) -> str:
    """b against a, word by word: deleted words struck through, inserted ones green."""
    return _ops_html(diff_ops(a, b))


def coarse_diff_html(a: str, b: str) -> str:
    """b against a in linear time: the common leading and trailing tokens kept, the rest
    of a struck through and the rest of b inserted (one change)."""
    ta, tb = _TOKEN.findall(a), _TOKEN.findall(b)
    i, n = 0, min(len(ta), len(tb))
    while i < n and ta[i] == tb[i]:
        i += 1
    j = 0
    while j < n - i and ta[-1 - j] == tb[-1 - j]:
        j += 1
    mid_a, mid_b = ta[i:len(ta) - j], tb[i:len(tb) - j]
    op = "replace" if mid_a and mid_b else "delete" if mid_a else "insert"
    ops = [("equal", "".join(ta[:i]), "".join(tb[:i]))] if i else []
    if mid_a or mid_b:
        ops.append((op, "".join(mid_a), "".join(mid_b)))
    if j:
        ops.append(("equal", "".join(ta[len(ta) - j:]), "".join(tb[len(tb) - j:])))
    return _ops_html(ops)


class _Differ:
    """One story's passage diffs: exact word diffs within DIFF_BUDGET, each pair once."""

    def __init__(self, budget: int = DIFF_BUDGET) -> None:
        self.left = budget
        self.coarse = 0
        self.seen: dict[tuple[str, str], str] = {}

    def __call__(self, a: str, b: str) -> str:
        got = self.seen.get((a, b))
        if got is None:
            cost = len(_TOKEN.findall(a)) * len(_TOKEN.findall(b))
            if cost <= self.left:
                self.left -= cost
                got = diff_html(a, b)
            else:
                self.coarse += 1
                got = coarse_diff_html(a, b)
            self.seen[(a, b)] = got
        return got


def _ops_html(ops: list[tuple[str, str, str]]) -> str:
    out = []
    for op, x, y in ops:
        if op == "equal":
            out.append(esc(y))
        else:
            if x:
                out.append(f"<del>{esc(x)}</del>")
            if y:
                out.append(f"<ins>{esc(y)}</ins>")
    return "".join(out)


def _tag(label: str | None) -> str:
    if label is None:
        return '<span class="tag ref">reference</span>'
    return f'<span class="tag {esc(label)}">{esc(label)}</span>'


def _table(head: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _figure(svg: str, caption: str, name: str) -> str:
    return (f'<figure class="plot" data-plot="{esc(name)}">{svg}'
            f"<figcaption class=\"note\">{esc(caption)}</figcaption></figure>")


def render_story(story: str, res: StoryDrift, docs: pl.DataFrame,
                 claims: pl.DataFrame | None, version: str) -> str:
    """The page of one story. ``docs``: its rows of the documents frame."""
    info = {r["doc_id"]: r for r in docs.iter_rows(named=True)}
    short = {d: d.split("_")[0] if "_" in d else d for d in res.order}
    if len(set(short.values())) < len(short):
        short = {d: d for d in res.order}
    prefix = "".join(c if c.isalnum() else "-" for c in story)
    parts = [f"<h1>Drift report: {esc(story)}</h1>",
             f'<p class="note">{len(res.order)} versions, in story order. Made by StoryDrift '
             f"{esc(version)} from the release's texts: the derivation, alignment and quote "
             "columns marked <em>proposed</em> are the drift tools' proposals; <em>gold</em> "
             "marks the corpus's reviewed labels.</p>"]
    # versions
    rows = []
    for d in res.order:
        p = res.proposals[d]
        g = info.get(d, {})
        rows.append([f"<b>{esc(short[d])}</b><br><span class=note>{esc(d)}</span>",
                     esc(g.get("derivation", "")),
                     f"{esc(p.derivation)} ({p.score:.2f})<br><span class=note>"
                     f"{esc(p.reason)}</span>",
                     esc(", ".join(short.get(x, x) for x in p.derived_from)),
                     f"{res.boilerplate[d]:.0%}", esc(", ".join(res.cited.get(d, ())))])
    parts += ["<h2>Versions</h2>", _table(["version", "derivation (gold)",
                                           "derivation (proposed, score)", "derived from "
                                           "(proposed)", "boilerplate", "outlets credited"],
                                          rows)]
    parents = {d: tuple(x for x in res.proposals[d].derived_from if x in short)
               for d in res.order}
    parts.append("<h2>Lineage</h2>")
    parts.append(_figure(plots.lineage(res.order, short, parents,
                                       {d: res.proposals[d].derivation for d in res.order},
                                       f"{prefix}-lineage"),
                         "Proposed lineage: an arrow from each version to the versions "
                         "derived from it; colour and label give the proposed derivation.",
                         "lineage"))
    dups = [[esc(short[p.doc_id]), esc(short[p.target_doc_id]), esc(p.kind),
             f"{p.jaccard:.2f}", f"{p.containment:.2f}"] for p in res.pairs if p.kind]
    parts.append("<h2>Duplicates and containment</h2>")
    parts.append(_table(["version", "of", "kind", "Jaccard", "containment"], dups) if dups
                 else "<p>No two versions are identical, near-identical or contained in one "
                      "another (word 5-gram shingles, MinHash-blocked).</p>")
    parts += _changes(res, short, prefix)
    parts += _quotes(res, short)
    parts += _entities(res, short, prefix)
    parts += _claims(res, short, claims, prefix)
    bp = [res.boilerplate[d] for d in res.order]
    parts.append("<h2>Boilerplate share</h2>")
    parts.append(_figure(plots.stacked_bars(
        [short[d] for d in res.order], {"boilerplate": bp, "content": [1 - b for b in bp]},
        {"boilerplate": "#b2182b", "content": "#d1e5f0"}, "share of the version's text",
        f"{prefix}-boilerplate"), "Share of each version's non-blank characters in page "
        "furniture (ads, widgets, navigation, related links, FAQ, ...), by segment.",
        "boilerplate"))
    body = "\n".join(parts)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>StoryDrift drift report: {esc(story)}</title><style>{CSS}</style>"
            f"</head><body>\n{body}\n</body></html>\n")


def _changes(res: StoryDrift, short: dict[str, str], prefix: str) -> list[str]:
    out = ["<h2>What each version added, dropped and changed</h2>"]
    labels, series = [], {"verbatim": [], "rewritten": [], "new": []}
    by_pair: dict[tuple[str, str], list] = defaultdict(list)
    for r in res.alignments:
        if r.edit == "deletion":
            by_pair[(r.target_doc_id, r.doc_id)].append(r)
        else:
            by_pair[(r.doc_id, r.target_doc_id)].append(r)
    for d in res.order:
        for t in res.proposals[d].derived_from:
            if t not in short:
                continue
            sh = res.reuse.get(d, {}).get(t)
            if sh:
                labels.append(f"{short[d]} vs {short[t]}")
                for k in series:
                    series[k].append(sh[k])
    if labels:
        out.append(_figure(plots.stacked_bars(labels, series, plots.ALIGN_COLOURS,
                                              "share of the version's passage text",
                                              f"{prefix}-reuse"),
                           "Passage alignment of each version against each proposed parent: "
                           "verbatim, rewritten (same content, other words), new.", "reuse"))
    differ = _Differ()
    detail_left, omitted = DETAIL_BUDGET, 0
    pos = {d: i for i, d in enumerate(res.order)}
    for (d, t), rows in sorted(by_pair.items(), key=lambda x: (pos[x[0][0]], pos[x[0][1]])):
        own = [r for r in rows if r.doc_id == d]
        added = [r for r in own if r.label == "new"]
        changed = [r for r in own if r.label == "rewritten"]
        moved = [r for r in own if r.edit == "refactor"]
        covered = [(r.target_start, r.target_end) for r in own if r.target_start is not None]
        dropped = [r.text for r in rows if r.doc_id == t]
        if not any(r.edit for r in own):  # not an update pair: parent passages unmatched
            dropped = [p.text for p in res.passages.get(t, ())
                       if not any(s < p.end and p.start < e for s, e in covered)]
        out.append(f"<h3>{esc(short[d])} against {esc(short[t])}</h3>")
        out.append(f"<p>{len(own)} passages: {len(own) - len(added) - len(changed)} verbatim, "
                   f"{len(changed)} rewritten, {len(added)} new"
                   + (f", {len(moved)} moved" if moved else "")
                   + f"; {len(dropped)} passages of {esc(short[t])} have no counterpart.</p>")
        if detail_left <= 0:  # the counts above stay; the passages are in the tables
            omitted += 1
            continue
        for title, items in (("added", [esc(r.text) for r in added]),
                             ("dropped", [esc(x) for x in dropped]),
                             ("changed (word differences against the parent)",
                              [differ(r.target_text or "", r.text) for r in changed])):
            if items:
                li = "".join(f"<li>{x}</li>" for x in items)
                out.append(f"<details><summary>{len(items)} {title}</summary><ul>{li}</ul>"
                           "</details>")
                detail_left -= len(out[-1])
    if omitted:
        out.append(f'<p class="note">The passages of the last {omitted} version pairs are not '
                   "listed here (this story's lists reached the report's size limit); every "
                   "pair's passages are in the release's <code>alignments</code> table.</p>")
    if differ.coarse:
        out.append(f'<p class="note">{differ.coarse} changed passages of this story are shown '
                   "as one change each (common start and end kept): the word differences of "
                   "the earlier ones used the report's budget for one story.</p>")
    return out


def _quotes(res: StoryDrift, short: dict[str, str]) -> list[str]:
    out = ["<h2>Quote clusters</h2>"]
    clusters: dict[str, list] = defaultdict(list)
    for q in res.quotes:
        if q.cluster:
            clusters[q.cluster].append(q)
    fabricated = [q for q in res.quotes if q.variant == "fabricated"]
    if not clusters and not fabricated:
        out.append("<p>No quote is rendered in more than one version.</p>")
        return out
    counts = Counter(q.variant or "reference" for q in res.quotes if q.cluster or q.variant)
    out.append("<p>" + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) + " renderings "
               f"in {len(clusters)} clusters (proposed). Differences are against each "
               "cluster's earliest rendering: <del>dropped</del>, <ins>added</ins>.</p>")
    for cid, qs in sorted(clusters.items()):
        ref = qs[0]
        rows = [[esc(short[q.doc_id]), _tag(q.variant), esc(q.kind),
                 esc(q.text) if q is ref else diff_html(ref.text, q.text),
                 esc(q.note if q is not ref else "")] for q in qs]
        out.append(f"<details open><summary>{esc(cid)}: “{esc(ref.text[:80])}”</summary>"
                   + _table(["version", "variant", "kind", "rendering", "what changed"], rows)
                   + "</details>")
    if fabricated:
        rows = [[esc(short[q.doc_id]), esc(q.kind), esc(q.text), esc(q.note)] for q in fabricated]
        out.append("<h3>Quotes no other version supports (proposed: fabricated)</h3>"
                   + _table(["version", "kind", "words", "why"], rows))
    return out


def _entities(res: StoryDrift, short: dict[str, str], prefix: str) -> list[str]:
    out = ["<h2>Entities by version</h2>"]
    if not res.mentions:
        out.append("<p>No entity mentions for this story.</p>")
        return out
    count: dict[str, Counter] = defaultdict(Counter)
    name: dict[str, str] = {}
    for m in res.mentions:
        if m.label in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"):
            continue
        count[m.key][m.doc_id] += 1
        if len(m.text) > len(name.get(m.key, "")):
            name[m.key] = m.text
    flagged_keys = {e.entity for e in res.entity_drift if e.status == "unsupported"}
    keys = sorted(count, key=lambda k: (-len(count[k]), -sum(count[k].values()), k))
    keys = keys[:40] + [k for k in keys[40:] if k in flagged_keys]
    matrix = [[count[k][d] for d in res.order] for k in keys]
    flagged = {i for i, k in enumerate(keys) if k in flagged_keys}
    out.append(_figure(plots.presence([name[k] for k in keys], [short[d] for d in res.order],
                                      matrix, flagged, f"{prefix}-entities"),
                       "Mentions per entity and version (names, not values); red: a person "
                       "or organisation only one derivative version names, with no outlet "
                       "credited (a candidate fabricated participant).", "entities"))
    rows = []
    for e in res.entity_drift:
        if e.status == "unsupported" or len(rows) < 400:
            rows.append([esc(short[e.doc_id]), esc(e.status), esc(e.name), esc(e.label),
                         esc(short.get(e.against, "")) if e.against else ""])
    un = [r for r in rows if r[1] == "unsupported"]
    if un:
        out.append("<h3>Unsupported participants (proposed)</h3>"
                   + _table(["version", "status", "name", "type", "against"], un))
    rest = [r for r in rows if r[1] != "unsupported"]
    if rest:
        out.append(f"<details><summary>{len(rest)} entities added or dropped against the "
                   "parent</summary>" + _table(["version", "status", "name", "type",
                                                "against"], rest) + "</details>")
    return out


def _claims(res: StoryDrift, short: dict[str, str], claims: pl.DataFrame | None,
            prefix: str) -> list[str]:
    out = ["<h2>Claims by version</h2>"]
    if claims is None or not claims.height:
        out.append("<p>No claims layer for this story.</p>")
        return out
    order = list(plots.STATUS_COLOURS)
    cnt = Counter((d, s) for d, s in claims.select("doc_id", "status").rows())
    totals = {d: sum(cnt[(d, s)] for s in order) for d in res.order}
    series = {s: [cnt[(d, s)] / totals[d] if totals[d] else 0.0 for d in res.order]
              for s in order}
    labels = [f"{short[d]} ({totals[d]})" for d in res.order]
    out.append(_figure(plots.stacked_bars(labels, series, plots.STATUS_COLOURS,
                                          "share of the version's claims", f"{prefix}-claims"),
                       "Gold claim status by version (number of claims in brackets), judged "
                       "against the other versions and well-established facts.", "claims"))
    ev = Counter((e.claim_id, e.stance) for e in res.evidence)
    n_sup = sum(1 for (c, s) in ev if s == "supports")
    n_ref = sum(1 for (c, s) in ev if s == "refutes")
    out.append(f"<p class=note>Candidate evidence found by the tools in other versions: "
               f"{n_sup} claims with a supporting passage, {n_ref} with a passage stating "
               "other numbers (proposals, for review).</p>")
    return out


def write_reports(frames: dict[str, pl.DataFrame], results: dict[str, StoryDrift],
                  out: Path, version: str | None = None) -> list[Path]:
    """<out>/<story_id>.html for every story; returns the paths in story order."""
    from corpus.project import load_project

    version = version or load_project().version
    out.mkdir(parents=True, exist_ok=True)
    docs = frames["documents"]
    claims = frames.get("claims")
    written = []
    for story in sorted(results):
        res = results[story]
        sd = docs.filter(pl.col("story_id") == story)
        sc = claims.filter(pl.col("doc_id").is_in(res.order)) if claims is not None else None
        page = render_story(story, res, sd, sc, version)
        path = out / f"{story}.html"
        path.write_text(page, encoding="utf-8", newline="\n")
        written.append(path)
    return written
