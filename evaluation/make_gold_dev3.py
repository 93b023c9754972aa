"""Build the gold of collection 3 (fresh dev pages for tuning) from evaluation/dev3/ (run
from the project root, after make_gold.py and make_gold_holdout.py). Single pass by
reading, by one annotator session (dev3_a, an AI session, Anthropic Claude), made before
any StoryDrift annotator ran on these pages; every record's provenance says so.
Idempotent: it first removes collection 3's records, then writes them again; the other
collections' records are kept as they are."""
import json
import os

G = 'evaluation/gold/'
D = 'evaluation/dev3/'
BY = 'dev3_a'
man = [json.loads(x) for x in open('evaluation/manifest.jsonl', encoding='utf-8')]
C3 = {r['doc_id']: r for r in man if r.get('collection') == 3}
OWN_HOSTS = {'en.wikinews.org', 'globalvoices.org', 'advox.globalvoices.org', 'www.state.gov',
             'dod.defense.gov', 'blogs.voanews.com'}


def rows(path):
    try:
        return [json.loads(x) for x in open(path, encoding='utf-8') if x.strip()]
    except FileNotFoundError:
        return []


def prov():
    return {"status": "annotation", "annotator": BY}


docs, srcs = [], []
for did, r in sorted(C3.items()):
    own = r['host'] in OWN_HOSTS
    src = f'src:{did}-original'
    docs.append({"doc_id": did, "story_id": r['story_id'],
                 "derivation": "original" if own else "copy",
                 "derivation_note": (f"Published by {r['outlet']} on its own site ({r['host']})." if own else
                                     f"The page is hosted by {r['host']} but the text is {r['outlet']}'s: {r['attribution']}."),
                 "authorship": "human",
                 "authorship_note": "Written and edited by the named outlet's staff or volunteers (a human newsroom); no sign of machine generation.",
                 "derived_from": [] if own else [src], "uncertain": False, "note": None, "provenance": prov()})
    if not own:
        srcs.append({"source_id": src, "outlet": r['outlet'],
                     "description": f"The original publication of this text by {r['outlet']} ({r['attribution']}); this page on {r['host']} republishes it.",
                     "note": None})


def keep(path, recs, key, idkey='doc_id'):
    base = [x for x in rows(path) if x.get(idkey) not in C3 and not str(x.get('source_id', '')).startswith(tuple(f'src:{d}-' for d in C3))]
    with open(path, 'w', encoding='utf-8') as f:
        for x in sorted(base + recs, key=key):
            f.write(json.dumps(x, ensure_ascii=False) + '\n')


keep(G + 'documents.jsonl', docs, lambda x: x['doc_id'])
keep(G + 'sources.jsonl', srcs, lambda x: x['source_id'], 'source_id')

# ---- segments, quotes, PERSON mentions, entities (single pass, evaluation/dev3/)
segs, quotes, ments = rows(D + 'segments.jsonl'), rows(D + 'quotes.jsonl'), rows(D + 'mentions.jsonl')
ents = rows(D + 'entities.jsonl')
if segs:
    keep('evaluation/segments.jsonl', segs, lambda x: (x['doc_id'], x['start']))
for q in quotes:
    q['provenance'] = {"status": "annotation", "annotator": BY}
for m in ments:
    m['provenance'] = {"status": "annotation", "annotator": BY}
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
with open(G + 'entities.jsonl', 'w', encoding='utf-8') as f:
    for k in sorted(old):
        f.write(json.dumps(old[k], ensure_ascii=False) + '\n')

done = sorted({s['doc_id'] for s in segs}) if os.path.exists(D + 'quotes.jsonl') else []
cov = json.load(open(G + 'coverage.json', encoding='utf-8'))
for k in ('quotes', 'PERSON'):
    cov[k] = sorted((set(cov[k]) - set(C3)) | set(done))
cov['note'] = cov['note'].split(' | collection 3')[0] + (
    ' | collection 3 (dev): quotes and PERSON from one pass by reading (dev3_a), not adjudicated; '
    'no other labels' if done else '')
with open(G + 'coverage.json', 'w', encoding='utf-8') as f:
    json.dump(cov, f, indent=1)
    f.write('\n')
print(len(docs), 'documents', len(srcs), 'sources', len(segs), 'segments', len(quotes), 'quotes', len(ments), 'mentions', len(done), 'pages with gold')
