"""Collection 3's quotes, PERSON mentions and entities from gold_spec.py (run from the
project root, before make_gold_dev3.py): offsets by string search, each checked."""
import json
import re
import sys

sys.path.insert(0, 'evaluation/dev3')
from gold_spec import NAMES, P, Q  # noqa: E402

man = {json.loads(x)['doc_id']: json.loads(x) for x in open('evaluation/manifest.jsonl', encoding='utf-8')}
old = {json.loads(x)['entity_id']: json.loads(x) for x in open('evaluation/gold/entities.jsonl', encoding='utf-8')}
text = {d: open(man[d]['file'], encoding='utf-8').read() for d in man if man[d].get('collection') == 3}
OPEN, CLOSE = {'“': '”', '"': '"', '‘': '’'}, None
ments, ents = [], {}
for did, forms in P.items():
    t = text[did]
    taken = []
    for surf, eid, unc, note in sorted(forms, key=lambda f: -len(f[0])):
        # names glued to image alt text ('Left.pngLaura HaleWikinews') are still names
        pat = re.escape(surf) if surf in ('Laura Hale', 'Hawkeye7') else (
            r'(?<![A-Za-z0-9])' + re.escape(surf) + r'(?![A-Za-z0-9])')
        for m in re.finditer(pat, t):
            a, b = m.start(), m.end()
            if surf == 'AbdullahGul':
                a, b = m.start(), m.end()
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            ments.append({"mention_id": f"m:{did}:{a}-{b}", "doc_id": did, "start": a, "end": b, "text": t[a:b],
                          "label": "PERSON", "entity_id": eid, "uncertain": unc, "note": note})
        e = ents.setdefault(eid, {"entity_id": eid, "name": NAMES.get(eid, surf), "label": "PERSON", "aliases": [], "role": None, "note": None})
        if surf not in e['aliases']:
            e['aliases'].append(surf)
# 'AbdullahGul' sits inside '#UnfollowAbdullahGul': the lookbehind above refuses it; find it directly
t = text['ev-edb7acb3ff']
a = t.index('#UnfollowAbdullahGul') + len('#Unfollow')
ments.append({"mention_id": f"m:ev-edb7acb3ff:{a}-{a + 11}", "doc_id": 'ev-edb7acb3ff', "start": a, "end": a + 11, "text": t[a:a + 11],
              "label": "PERSON", "entity_id": 'per:abdullah-gul', "uncertain": True, "note": 'the name inside the hashtag #UnfollowAbdullahGul (as ev-adj-002)'})
assert t[a:a + 11] == 'AbdullahGul'


def near(t, s, pos, end):
    """The word-bounded occurrence of s nearest to the quote [pos, end), outside it."""
    hits = [m.start() for m in re.finditer(r'(?<![A-Za-z])' + re.escape(s) + r'(?![A-Za-z])', t)
            if not (pos - 1 <= m.start() <= end)]
    assert hits, s
    k = min(hits, key=lambda h: (min(abs(h - pos), abs(h - end)), h > pos))
    return k, k + len(s)


quotes = []
for did, opening, kind, spk, stext, cue, reason, unc, note, end_text in Q:
    t = text[did]
    assert t.count(opening) == 1, (did, opening, t.count(opening))
    a = t.index(opening)
    mark = t[a - 1]
    assert mark in OPEN, (did, opening, mark)
    if end_text:
        b = t.index(end_text, a) + len(end_text)
    else:
        b = t.index(OPEN[mark], a + (1 if mark == '"' else 0))
        if mark == '‘':
            b = t.index('’', a)
    body = t[a:b]
    assert body and body == body.strip() or kind == 'scare', (did, body)
    r = {"quote_id": f"q:{did}:{a}-{b}", "doc_id": did, "start": a, "end": b, "text": body, "kind": kind,
         "speaker_entity_id": spk, "speaker_unknown_reason": reason if not spk else None, "true_speaker_entity_id": None,
         "speaker_start": None, "speaker_end": None, "speaker_text": None, "cue_start": None, "cue_end": None, "cue_text": None,
         "addressee_entity_id": None, "group_id": None, "cluster_id": None, "variant": None, "variant_note": None,
         "uncertain": unc, "note": note}
    if stext:
        s0, s1 = near(t, stext, a, b)
        r.update(speaker_start=s0, speaker_end=s1, speaker_text=t[s0:s1])
    if cue:
        c0, c1 = near(t, cue, a, b)
        r.update(cue_start=c0, cue_end=c1, cue_text=t[c0:c1])
    quotes.append(r)
for r in ments + quotes:
    assert text[r['doc_id']][r['start']:r['end']] == r['text']
for q in quotes:
    if q['speaker_entity_id'] and q['speaker_entity_id'] not in ents and q['speaker_entity_id'] not in old:
        raise SystemExit(f"speaker entity missing: {q['speaker_entity_id']}")
for eid, e in ents.items():
    if eid in old:
        e['name'] = old[eid]['name']
        e['label'] = old[eid]['label']
with open('evaluation/dev3/mentions.jsonl', 'w', encoding='utf-8') as f:
    for r in sorted(ments, key=lambda r: (r['doc_id'], r['start'])):
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open('evaluation/dev3/quotes.jsonl', 'w', encoding='utf-8') as f:
    for r in sorted(quotes, key=lambda r: (r['doc_id'], r['start'])):
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open('evaluation/dev3/entities.jsonl', 'w', encoding='utf-8') as f:
    for k in sorted(ents):
        f.write(json.dumps(ents[k], ensure_ascii=False) + '\n')
print(len(quotes), 'quotes', len(ments), 'PERSON mentions', len(ents), 'entities')
