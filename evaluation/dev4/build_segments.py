"""Collection 4's gold segments from segments_spec.py (run from the project root): every
offset from string search on the page's exact text; checks that they tile the page."""
import json
import re
import sys

sys.path.insert(0, 'evaluation/dev4')
from segments_spec import S  # noqa: E402

man = {json.loads(x)['doc_id']: json.loads(x) for x in open('evaluation/manifest.jsonl', encoding='utf-8')}
out = []
for did, kinds in S.items():
    t = open(man[did]['file'], encoding='utf-8').read()
    lines = [m for m in re.finditer(r'[^\n]+', t) if m.group(0).strip()]
    assert len(lines) == len(kinds), (did, len(lines), len(kinds))
    pieces = []  # (start, end, kind)
    for m, k in zip(lines, kinds, strict=True):
        a = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        b = m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
        if k == 'M':
            s0, _, k0 = pieces.pop()
            pieces.append((s0, b, k0))
            continue
        if isinstance(k, tuple) and k[0] == 'AT':  # cut before the last occurrence of the marker
            cut = t.rindex(k[1], a, b)
            k = [(t[a:cut].rstrip(), k[2]), (None, k[3])]
        if isinstance(k, list):
            pos = a
            for pre, kk in k:
                if pre is None:
                    pieces.append((pos, b, kk))
                else:
                    assert t.startswith(pre, pos), (did, pre, t[pos:pos + 40])
                    pieces.append((pos, pos + len(pre), kk))
                    pos += len(pre)
                    while pos < b and t[pos].isspace():
                        pos += 1
            continue
        pieces.append((a, b, k))
    pos = 0
    for s0, e0, k0 in pieces:
        assert s0 >= pos and t[pos:s0].strip() == '', (did, s0, pos)
        if s0 > pos:
            out.append({"doc_id": did, "start": pos, "end": s0, "text": t[pos:s0], "kind": "separator"})
        assert t[s0:e0] == t[s0:e0].strip() and t[s0:e0]
        out.append({"doc_id": did, "start": s0, "end": e0, "text": t[s0:e0], "kind": k0})
        pos = e0
    if pos < len(t):
        assert t[pos:].strip() == ''
        out.append({"doc_id": did, "start": pos, "end": len(t), "text": t[pos:], "kind": "separator"})
    assert ''.join(x['text'] for x in out if x['doc_id'] == did) == t
    assert sum(x['kind'] == 'title' for x in out if x['doc_id'] == did) <= 1, did
for x in out:
    assert open(man[x['doc_id']]['file'], encoding='utf-8').read()[x['start']:x['end']] == x['text']
with open('evaluation/dev4/segments.jsonl', 'w', encoding='utf-8') as f:
    for x in out:
        f.write(json.dumps(x, ensure_ascii=False) + '\n')
print(len(out), 'segments on', len(S), 'pages')
