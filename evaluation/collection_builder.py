"""Build one later collection's gold (collections 3, 4, 5, ...: single passes by reading)
from its spec folder ``evaluation/dev<N>/`` (``evaluation/holdout<N>/`` for a held-out
collection) -- one builder for every collection, so that a fix to how offsets are found or
records are merged reaches them all.

Each collection's folder holds only what was decided by reading:
``segments_spec.py`` (``S``: each non-blank line's kind; optional ``RM``) and
``gold_spec.py`` (``P`` PERSON forms, ``Q`` quotes, ``NAMES``, ``OWN_HOSTS``, optional
``ORGS``, ``DOC_NOTES``, ``GLUED``, ``INSIDE``, ``NOT_NAMES``, ``BY``). The builder turns them into
offsets by string search on each page's exact text, checks every span, writes
``{segments,quotes,mentions,entities}.jsonl`` into the spec folder and merges them into
``evaluation/gold/`` and ``evaluation/segments.jsonl`` (idempotent: the collection's old
records are removed first; other collections' records are kept as they are).

Run from the project root, after make_gold.py and make_gold_holdout.py, collections in
order: ``python evaluation/collection_builder.py 3`` (the ``make_gold_dev<N>.py`` scripts
do just that)."""
from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
from types import ModuleType

G = 'evaluation/gold/'
MANIFEST = 'evaluation/manifest.jsonl'
# opening mark -> closing mark; a closing double mark also opens (collection 6: ”Wings of Hope,”)
OPEN = {'“': '”', '"': '"', '‘': '’', "'": "'", '”': '”', '«': '»'}  # guillemets: collection 8


class SpecError(Exception):
    """A spec that does not fit its pages: named, never an AssertionError (asserts vanish under
    ``python -O``, and a traceback names no spec or page)."""


def need(ok: object, *where: object) -> None:
    """Raise SpecError naming what failed (the doc_id and the text first where there are)."""
    if not ok:
        raise SpecError('; '.join(map(str, where)) or 'spec check failed')


def rows(path: str) -> list[dict]:
    try:
        return [json.loads(x) for x in open(path, encoding='utf-8') if x.strip()]
    except FileNotFoundError:
        return []


def write_rows(path: str, recs) -> None:
    with open(path, 'w', encoding='utf-8') as f:
        for x in recs:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')


def folder(n: int) -> str:
    """The spec folder of collection n: evaluation/holdout<n>/ where it exists (a held-out
    collection), else evaluation/dev<n>/."""
    held = f'evaluation/holdout{n}/'
    return held if os.path.isdir(held) else f'evaluation/dev{n}/'


def spec(n: int, name: str) -> ModuleType:
    """<folder>/<name>.py, loaded by path (the spec folders are no package)."""
    path = folder(n) + f'{name}.py'
    sp = importlib.util.spec_from_file_location(f'dev{n}_{name}', path)
    mod = importlib.util.module_from_spec(sp)
    sp.loader.exec_module(mod)
    return mod


def manifest() -> dict[str, dict]:
    return {r['doc_id']: r for r in rows(MANIFEST)}


def texts(n: int) -> dict[str, str]:
    man = manifest()
    return {d: open(man[d]['file'], encoding='utf-8').read() for d in man if man[d].get('collection') == n}


# ---- segments ----------------------------------------------------------------------------

def page_segments(did: str, t: str, kinds: list, rm: tuple | None = None) -> list[dict]:
    """One page's segments from its line kinds: 'M' = the same piece as the line before; a
    list [(prefix, kind), ..., (None, kind)] cuts the line after each prefix (its last item may be (None, ('AT', marker, kind, kind2)), which cuts the rest as 'AT' does; a prefix of kind 'M' continues the piece of the line before); ('AT', marker,
    kind, kind2) cuts it before the last occurrence of marker; 'RM' = body, with the
    trailing ``rm[0]`` cut off as ``rm[1]``. The gaps become separators; the pieces tile the
    page."""
    lines = [m for m in re.finditer(r'[^\n]+', t) if m.group(0).strip()]
    need(len(lines) == len(kinds), did, f'{len(lines)} non-blank lines but {len(kinds)} kinds in S')
    pieces = []  # (start, end, kind)
    for m, k in zip(lines, kinds, strict=True):
        a = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        b = m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
        if k == 'M':
            s0, _, k0 = pieces.pop()
            pieces.append((s0, b, k0))
            continue
        if k == 'RM':
            k = [(t[a:b][:-len(rm[0])].rstrip(), 'body'), (None, rm[1])] if t[a:b].endswith(rm[0]) else 'body'
        if isinstance(k, tuple) and k[0] == 'AT':
            cut = t.rindex(k[1], a, b)
            k = [(t[a:cut].rstrip(), k[2]), (None, k[3])]
        if isinstance(k, list):
            pos = a
            for pre, kk in k:
                if pre is None and isinstance(kk, tuple) and kk[0] == 'AT':
                    # the rest of the line cut before the last occurrence of a marker
                    cut = t.rindex(kk[1], pos, b)
                    pieces += [(pos, pos + len(t[pos:cut].rstrip()), kk[2]), (cut, b, kk[3])]
                elif pre is None:
                    pieces.append((pos, b, kk))
                else:
                    need(t.startswith(pre, pos), (did, pre, t[pos:pos + 40]))
                    if kk == 'M':  # the head of the line ends the piece of the line before
                        s0, _, k0 = pieces.pop()   # (collection 11: a hard-wrapped caption
                        pieces.append((s0, pos + len(pre), k0))  # whose credit starts mid-line)
                    else:
                        pieces.append((pos, pos + len(pre), kk))
                    pos += len(pre)
                    while pos < b and t[pos].isspace():
                        pos += 1
            continue
        pieces.append((a, b, k))
    out, pos = [], 0
    for s0, e0, k0 in pieces:
        need(s0 >= pos and t[pos:s0].strip() == '', did, f'pieces overlap or skip text at {s0} (after {pos})')
        if s0 > pos:
            out.append({"doc_id": did, "start": pos, "end": s0, "text": t[pos:s0], "kind": "separator"})
        need(t[s0:e0] == t[s0:e0].strip() and t[s0:e0], did, f'piece {s0}:{e0} is empty or has blanks at its ends')
        out.append({"doc_id": did, "start": s0, "end": e0, "text": t[s0:e0], "kind": k0})
        pos = e0
    if pos < len(t):
        need(t[pos:].strip() == '', did, f'text left after the last piece at {pos}')
        out.append({"doc_id": did, "start": pos, "end": len(t), "text": t[pos:], "kind": "separator"})
    need(''.join(x['text'] for x in out) == t, did, 'segments do not tile the page')
    need(sum(x['kind'] == 'title' for x in out) <= 1, did, 'more than one title')
    return out


def build_segments(n: int) -> list[dict]:
    sp = spec(n, 'segments_spec')
    text = texts(n)
    out = []
    for did, kinds in sp.S.items():
        out += page_segments(did, text[did], kinds, getattr(sp, 'RM', None))
    for x in out:
        need(text[x['doc_id']][x['start']:x['end']] == x['text'], x['doc_id'], x['start'],
             'segment text differs from the page')
    write_rows(folder(n) + 'segments.jsonl', out)
    print(len(out), 'segments on', len(sp.S), 'pages')
    return out


# ---- quotes, PERSON mentions, entities ---------------------------------------------------

def near(t: str, s: str, pos: int, end: int) -> tuple[int, int]:
    """The word-bounded occurrence of s nearest to the quote [pos, end), outside it."""
    hits = [m.start() for m in re.finditer(r'(?<![A-Za-z])' + re.escape(s) + r'(?![A-Za-z])', t)
            if not (pos - 1 <= m.start() <= end)]
    need(hits, s)
    k = min(hits, key=lambda h: (min(abs(h - pos), abs(h - end)), h > pos))
    return k, k + len(s)


def placed(t: str, s: str | tuple[str, str], pos: int, end: int) -> tuple[int, int]:
    """A speaker or cue span: the occurrence of s nearest the quote, or, where s is (text
    before, s), the one occurrence that follows that text (collection 10: a nearer 'reports'
    of another sentence)."""
    if isinstance(s, tuple):
        pre, s = s
        need(t.count(pre + s) == 1, (pre, s, t.count(pre + s)))
        k = t.index(pre + s) + len(pre)
        return k, k + len(s)
    return near(t, s, pos, end)


def person_mentions(sp: ModuleType, text: dict[str, str]) -> tuple[list[dict], dict[str, dict]]:
    """Every word-bounded occurrence (longest surface first, no overlaps) of each form
    listed for a page; ``GLUED`` forms match without word bounds (names glued to alt text),
    ``INSIDE`` gives mentions inside a longer token (doc, text before, surface, entity,
    uncertain, note); ``NOT_NAMES`` (doc -> strings) keeps forms inside those strings out."""
    glued = set(getattr(sp, 'GLUED', ()))
    not_names = getattr(sp, 'NOT_NAMES', {})
    ments, ents = [], {}
    for did, forms in sp.P.items():
        t = text[did]
        # occurrences inside these strings are no mentions (a name inside a programme's name)
        taken = [(m.start(), m.end()) for s in not_names.get(did, ()) for m in re.finditer(re.escape(s), t)]
        need(all(s in t for s in not_names.get(did, ())), did)
        for surf, eid, unc, note in sorted(forms, key=lambda f: -len(f[0])):
            pat = re.escape(surf) if surf in glued else (
                r'(?<![A-Za-z0-9])' + re.escape(surf) + r'(?![A-Za-z0-9])')
            for m in re.finditer(pat, t):
                a, b = m.start(), m.end()
                if any(a < y and x < b for x, y in taken):
                    continue
                taken.append((a, b))
                ments.append({"mention_id": f"m:{did}:{a}-{b}", "doc_id": did, "start": a, "end": b, "text": t[a:b],
                              "label": "PERSON", "entity_id": eid, "uncertain": unc, "note": note})
            e = ents.setdefault(eid, {"entity_id": eid, "name": sp.NAMES.get(eid, surf), "label": "PERSON",
                                      "aliases": [], "role": None, "note": None})
            if surf not in e['aliases']:
                e['aliases'].append(surf)
        need(all(f[0] in t for f in forms), (did, [f[0] for f in forms if f[0] not in t]))
    for did, before, surf, eid, unc, note in getattr(sp, 'INSIDE', ()):
        t = text[did]
        a = t.index(before + surf) + len(before)
        b = a + len(surf)
        ments.append({"mention_id": f"m:{did}:{a}-{b}", "doc_id": did, "start": a, "end": b, "text": t[a:b],
                      "label": "PERSON", "entity_id": eid, "uncertain": unc, "note": note})
    return ments, ents


def quote_records(sp: ModuleType, text: dict[str, str]) -> list[dict]:
    """Q rows: (doc, opening, kind, speaker entity, speaker text, cue text, reason, uncertain,
    note, end text[, group]); an opening not unique alone is (text before its mark, opening);
    a speaker or cue text may likewise be (text before it, text).
    ``ADDRESSEES`` (optional): (doc, opening) -> the entity the quote is addressed to.
    The span runs to the closing mark, or to the end of the end text where one is given."""
    quotes = []
    for row in sp.Q:
        did, opening, kind, spk, stext, cue, reason, unc, note, end_text = row[:10]
        group = row[10] if len(row) > 10 else None
        t = text[did]
        pre = ''
        if isinstance(opening, tuple):
            pre, opening = opening
        need(t.count(pre + opening) == 1, (did, opening, t.count(pre + opening)))
        a = t.index(pre + opening) + len(pre)
        # the mark before the opening; a space may stand between them (collection 12: '" I had
        # just ...'), the span starts at the first word all the same
        spaced = a > 1 and t[a - 1] == ' ' and t[a - 2] in OPEN
        mark = t[a - 2] if spaced else t[a - 1]
        need(mark in OPEN, (did, opening, mark))
        if end_text:
            b = t.index(end_text, a) + len(end_text)
        else:
            need(mark not in "'", (did, opening, 'single straight marks need an end text'))
            b = t.index(OPEN[mark], a + (1 if mark == '"' else 0))
        body = t[a:b]
        need(body and body == body.strip() or kind == 'scare', (did, body))
        r = {"quote_id": f"q:{did}:{a}-{b}", "doc_id": did, "start": a, "end": b, "text": body, "kind": kind,
             "speaker_entity_id": spk, "speaker_unknown_reason": reason if not spk else None,
             "true_speaker_entity_id": None, "speaker_start": None, "speaker_end": None, "speaker_text": None,
             "cue_start": None, "cue_end": None, "cue_text": None, "addressee_entity_id": None,
             "group_id": f"qg:{did}-{group}" if group else None, "cluster_id": None, "variant": None,
             "variant_note": None, "uncertain": unc, "note": note}
        if stext:
            s0, s1 = placed(t, stext, a, b)
            r.update(speaker_start=s0, speaker_end=s1, speaker_text=t[s0:s1])
        if cue:
            c0, c1 = placed(t, cue, a, b)
            r.update(cue_start=c0, cue_end=c1, cue_text=t[c0:c1])
        r["addressee_entity_id"] = getattr(sp, 'ADDRESSEES', {}).get((did, opening))
        quotes.append(r)
    return quotes


def build_gold_spec(n: int) -> None:
    sp = spec(n, 'gold_spec')
    text = texts(n)
    need(set(sp.P) <= set(text), 'P names pages not in this collection', sorted(set(sp.P) - set(text)))
    old = {e['entity_id']: e for e in rows(G + 'entities.jsonl')}
    ments, ents = person_mentions(sp, text)
    quotes = quote_records(sp, text)
    for r in ments + quotes:
        need(text[r['doc_id']][r['start']:r['end']] == r['text'], r['doc_id'], r['start'],
             'span text differs from the page')
    for o in getattr(sp, 'ORGS', ()):
        ents[o['entity_id']] = o
    for q in quotes:
        if q['speaker_entity_id'] and q['speaker_entity_id'] not in ents and q['speaker_entity_id'] not in old:
            raise SystemExit(f"speaker entity missing: {q['speaker_entity_id']}")
    for eid, e in ents.items():
        if eid in old:
            e['name'] = old[eid]['name']
            e['label'] = old[eid]['label']
    D = folder(n)
    write_rows(D + 'mentions.jsonl', sorted(ments, key=lambda r: (r['doc_id'], r['start'])))
    write_rows(D + 'quotes.jsonl', sorted(quotes, key=lambda r: (r['doc_id'], r['start'])))
    write_rows(D + 'entities.jsonl', [ents[k] for k in sorted(ents)])
    print(len(quotes), 'quotes', len(ments), 'PERSON mentions', len(ents), 'entities')


# ---- merge into evaluation/gold/ ---------------------------------------------------------

def merge(n: int) -> None:
    """Documents and sources (labels from the host: the outlet's own site is the original,
    any other host a copy), then the collection's segments, quotes, mentions, entities and
    coverage, into the shared gold files."""
    sp = spec(n, 'gold_spec')
    by = getattr(sp, 'BY', f'dev{n}_a')
    own_hosts, notes = set(sp.OWN_HOSTS), getattr(sp, 'DOC_NOTES', {})
    C = {r['doc_id']: r for r in rows(MANIFEST) if r.get('collection') == n}
    D = folder(n)
    split = sorted({r['split'] for r in C.values()})

    def prov():
        return {"status": "annotation", "annotator": by}

    docs, srcs = [], []
    for did, r in sorted(C.items()):
        own = r['host'] in own_hosts
        src = f'src:{did}-original'
        docs.append({"doc_id": did, "story_id": r['story_id'],
                     "derivation": "original" if own else "copy",
                     "derivation_note": notes.get(did) or (
                         f"Published by {r['outlet']} on its own site ({r['host']})." if own else
                         f"The page is hosted by {r['host']} but the text is {r['outlet']}'s: {r['attribution']}."),
                     "authorship": "human",
                     "authorship_note": "Written and edited by the named outlet's staff or volunteers (a human newsroom); no sign of machine generation.",
                     "derived_from": [] if own else [src], "uncertain": False, "note": None, "provenance": prov()})
        if not own:
            srcs.append({"source_id": src, "outlet": r['outlet'],
                         "description": f"The original publication of this text by {r['outlet']} ({r['attribution']}); this page on {r['host']} republishes it.",
                         "note": None})

    def keep(path, recs, key, idkey='doc_id'):
        base = [x for x in rows(path) if x.get(idkey) not in C
                and not str(x.get('source_id', '')).startswith(tuple(f'src:{d}-' for d in C))]
        write_rows(path, sorted(base + recs, key=key))

    keep(G + 'documents.jsonl', docs, lambda x: x['doc_id'])
    keep(G + 'sources.jsonl', srcs, lambda x: x['source_id'], 'source_id')
    segs, quotes, ments = rows(D + 'segments.jsonl'), rows(D + 'quotes.jsonl'), rows(D + 'mentions.jsonl')
    ents = rows(D + 'entities.jsonl')
    if segs:
        keep('evaluation/segments.jsonl', segs, lambda x: (x['doc_id'], x['start']))
    for r in quotes + ments:
        r['provenance'] = prov()
    keep(G + 'quotes.jsonl', quotes, lambda r: (r['doc_id'], r['start'], r['end'], r['quote_id']))
    keep(G + 'mentions.jsonl', ments, lambda r: (r['doc_id'], r['start'], r['end'], r['mention_id']))
    old = {e['entity_id']: e for e in rows(G + 'entities.jsonl')}
    for e in ents:
        if e['entity_id'] in old:  # an entity the other collections have: add this page's forms
            al = old[e['entity_id']]['aliases']
            for a in e['aliases']:
                if a not in al:
                    al.append(a)
        else:
            old[e['entity_id']] = e
    # an entity no gold record names any more (an adjudication relinked or dropped its
    # mentions) leaves the catalogue: every pass of every collection is rebuilt from its spec
    cited = {r.get(f) for r in rows(G + 'mentions.jsonl') + rows(G + 'quotes.jsonl')
             for f in ('entity_id', 'speaker_entity_id', 'true_speaker_entity_id', 'addressee_entity_id')}
    write_rows(G + 'entities.jsonl', [old[k] for k in sorted(old) if k in cited])
    done = sorted({s['doc_id'] for s in segs}) if os.path.exists(D + 'quotes.jsonl') else []
    cov = json.load(open(G + 'coverage.json', encoding='utf-8'))
    covered = getattr(sp, 'COVERED', ('quotes', 'PERSON'))
    for k in covered:
        cov[k] = sorted((set(cov.get(k, ())) - set(C)) | set(done))
    # this collection's part of the note is replaced in place; the other collections' parts stay
    # (a builder run out of order must not drop a later collection's part)
    mine = (f'collection {n} ({"/".join(split)}): ' + getattr(
        sp, 'COVERAGE_NOTE', f'{" and ".join(covered)} from one pass by reading ({by}), not adjudicated; '
        + getattr(sp, 'COVERAGE_TAIL', 'no other labels')))
    parts = [p for p in cov['note'].split(' | ') if not p.startswith(f'collection {n} (')]
    if done:
        at = next((i for i, p in enumerate(parts) if p.startswith('collection ')
                   and int(p.split()[1]) > n), len(parts))
        parts.insert(at, mine)
    cov['note'] = ' | '.join(parts)
    with open(G + 'coverage.json', 'w', encoding='utf-8') as f:
        json.dump(cov, f, indent=1)
        f.write('\n')
    print(len(docs), 'documents', len(srcs), 'sources', len(segs), 'segments', len(quotes), 'quotes',
          len(ments), 'mentions', len(done), 'pages with gold')


def main(n: int) -> None:
    """Segments, then quotes/mentions/entities, then the merge, for collection n."""
    build_segments(n)
    build_gold_spec(n)
    merge(n)


if __name__ == '__main__':
    if len(sys.argv) != 2 or not sys.argv[1].isdigit():
        raise SystemExit('usage: python evaluation/collection_builder.py N  (a collection with evaluation/devN/ '
                         'or evaluation/holdoutN/)')
    try:
        main(int(sys.argv[1]))
    except SpecError as e:
        raise SystemExit(f'{folder(int(sys.argv[1]))}: {e}') from None
