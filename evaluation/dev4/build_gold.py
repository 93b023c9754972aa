"""Collection 4's quotes, PERSON mentions and entities from gold_spec.py (run from the
project root, before make_gold_dev4.py): offsets by string search, each checked."""
import json
import re
import sys

sys.path.insert(0, 'evaluation/dev4')
from gold_spec import NAMES, ORGS, P, Q  # noqa: E402

man = {json.loads(x)['doc_id']: json.loads(x) for x in open('evaluation/manifest.jsonl', encoding='utf-8')}
old = {json.loads(x)['entity_id']: json.loads(x) for x in open('evaluation/gold/entities.jsonl', encoding='utf-8')}
text = {d: open(man[d]['file'], encoding='utf-8').read() for d in man if man[d].get('collection') == 4}
OPEN = {'“': '”', '"': '"', '‘': '’', "'": "'"}
assert set(P) == set(text), set(text) ^ set(P)
ments, ents = [], {}
for did, forms in P.items():
    t = text[did]
    taken = []
    for surf, eid, unc, note in sorted(forms, key=lambda f: -len(f[0])):
        pat = r'(?<![A-Za-z0-9])' + re.escape(surf) + r'(?![A-Za-z0-9])'
        for m in re.finditer(pat, t):
            a, b = m.start(), m.end()
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            ments.append({"mention_id": f"m:{did}:{a}-{b}", "doc_id": did, "start": a, "end": b, "text": t[a:b],
                          "label": "PERSON", "entity_id": eid, "uncertain": unc, "note": note})
        e = ents.setdefault(eid, {"entity_id": eid, "name": NAMES.get(eid, surf), "label": "PERSON", "aliases": [], "role": None, "note": None})
        if surf not in e['aliases']:
            e['aliases'].append(surf)
    assert all(f[0] in t for f in forms), (did, [f[0] for f in forms if f[0] not in t])


def near(t, s, pos, end):
    """The word-bounded occurrence of s nearest to the quote [pos, end), outside it."""
    hits = [m.start() for m in re.finditer(r'(?<![A-Za-z])' + re.escape(s) + r'(?![A-Za-z])', t)
            if not (pos - 1 <= m.start() <= end)]
    assert hits, s
    k = min(hits, key=lambda h: (min(abs(h - pos), abs(h - end)), h > pos))
    return k, k + len(s)


quotes = []
for did, opening, kind, spk, stext, cue, reason, unc, note, end_text, group in Q:
    t = text[did]
    pre = ''
    if isinstance(opening, tuple):  # (text before the opening mark, opening): when the opening alone is not unique
        pre, opening = opening
    assert t.count(pre + opening) == 1, (did, opening, t.count(pre + opening))
    a = t.index(pre + opening) + len(pre)
    mark = t[a - 1]
    assert mark in OPEN, (did, opening, mark)
    if end_text:
        b = t.index(end_text, a) + len(end_text)
    else:
        assert mark not in "'", (did, opening, 'single straight marks need an end text')
        b = t.index(OPEN[mark], a + (1 if mark == '"' else 0))
    body = t[a:b]
    assert body and body == body.strip(), (did, body)
    r = {"quote_id": f"q:{did}:{a}-{b}", "doc_id": did, "start": a, "end": b, "text": body, "kind": kind,
         "speaker_entity_id": spk, "speaker_unknown_reason": reason if not spk else None, "true_speaker_entity_id": None,
         "speaker_start": None, "speaker_end": None, "speaker_text": None, "cue_start": None, "cue_end": None, "cue_text": None,
         "addressee_entity_id": None, "group_id": f"qg:{did}-{group}" if group else None, "cluster_id": None, "variant": None,
         "variant_note": None, "uncertain": unc, "note": note}
    if stext:
        s0, s1 = near(t, stext, a, b)
        r.update(speaker_start=s0, speaker_end=s1, speaker_text=t[s0:s1])
    if cue:
        c0, c1 = near(t, cue, a, b)
        r.update(cue_start=c0, cue_end=c1, cue_text=t[c0:c1])
    quotes.append(r)
for r in ments + quotes:
    assert text[r['doc_id']][r['start']:r['end']] == r['text']
for o in ORGS:
    ents[o['entity_id']] = o
for q in quotes:
    if q['speaker_entity_id'] and q['speaker_entity_id'] not in ents and q['speaker_entity_id'] not in old:
        raise SystemExit(f"speaker entity missing: {q['speaker_entity_id']}")
for eid, e in ents.items():
    if eid in old:
        e['name'] = old[eid]['name']
        e['label'] = old[eid]['label']
with open('evaluation/dev4/mentions.jsonl', 'w', encoding='utf-8') as f:
    for r in sorted(ments, key=lambda r: (r['doc_id'], r['start'])):
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open('evaluation/dev4/quotes.jsonl', 'w', encoding='utf-8') as f:
    for r in sorted(quotes, key=lambda r: (r['doc_id'], r['start'])):
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open('evaluation/dev4/entities.jsonl', 'w', encoding='utf-8') as f:
    for k in sorted(ents):
        f.write(json.dumps(ents[k], ensure_ascii=False) + '\n')
print(len(quotes), 'quotes', len(ments), 'PERSON mentions', len(ents), 'entities')
