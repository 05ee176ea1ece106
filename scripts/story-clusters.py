#!/usr/bin/env python3
"""Find multi-outlet stories in the local datasets (read at run time, never copied).

Clusters the gold texts of ../shared/datasets/{l3s-gn1,dragnet} by shared rare words
(tf-idf cosine, single link) and prints groups of 2-6 pages with their headlines, or
(--compare BUILD_DIR) runs `corroborate compare --md` on each group's HTML pages into
OUT_DIR/<n>.md so the findings on stories we do not have can be read and counted.

  scripts/story-clusters.py [--threshold 0.3] [--compare build-dir --out /tmp/clusters]
"""
import argparse, collections, json, math, os, re, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
base = os.path.join(root, '..', 'shared', 'datasets')
ap = argparse.ArgumentParser()
ap.add_argument('--threshold', type=float, default=0.3)
ap.add_argument('--compare', metavar='BUILD_DIR')
ap.add_argument('--out', default='/tmp/story-clusters')
args = ap.parse_args()
if not os.path.isdir(base):
    sys.exit('story-clusters: no datasets at %s (they are local only)' % base)

docs = []
for ds in ('l3s-gn1', 'dragnet'):
    for line in open(os.path.join(base, ds, 'manifest.jsonl')):
        m = json.loads(line)
        try:
            text = open(os.path.join(base, ds, m['gold']), encoding='utf-8', errors='replace').read()
        except OSError:
            continue
        title = m.get('headline') or text.strip().split('\n')[0][:90]
        docs.append((ds, m['id'], os.path.join(base, ds, m['html']), title, text))

word = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")
df, tfs = collections.Counter(), []
for d in docs:
    c = collections.Counter(w.lower() for w in word.findall(d[4]))
    tfs.append(c)
    df.update(c.keys())
n = len(docs)
vecs = []
for c in tfs:  # rare words only: names and story words, not the language
    v = {w: (1 + math.log(k)) * math.log(n / df[w]) for w, k in c.items() if 2 <= df[w] <= max(8, n // 100)}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    vecs.append({w: x / norm for w, x in v.items()})
postings = collections.defaultdict(list)
for i, v in enumerate(vecs):
    for w in v:
        postings[w].append(i)
parent = list(range(n))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
for i, v in enumerate(vecs):
    acc = collections.Counter()
    for w, x in v.items():
        for j in postings[w]:
            if j > i:
                acc[j] += x * vecs[j][w]
    for j, s in acc.items():
        if s >= args.threshold:
            parent[find(i)] = find(j)
groups = collections.defaultdict(list)
for i in range(n):
    groups[find(i)].append(i)
clusters = sorted((g for g in groups.values() if 2 <= len(g) <= 6), key=len, reverse=True)
for k, g in enumerate(clusters, 1):
    print('--- %d (%d pages)' % (k, len(g)))
    for i in g:
        print('  %s %s | %s' % (docs[i][0], docs[i][1], docs[i][3][:80].replace('\n', ' ')))
    if args.compare:
        os.makedirs(args.out, exist_ok=True)
        cli = os.path.join(args.compare, 'cli', 'corroborate')
        with open(os.path.join(args.out, '%d.md' % k), 'w') as f:
            subprocess.run([cli, 'compare', '--md'] + [docs[i][2] for i in g], stdout=f, stderr=subprocess.DEVNULL)
