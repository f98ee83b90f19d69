#!/usr/bin/env python3
"""Upper bound of pairwise Fellegi-Sunter on RLdata10000 (the analysis behind pipelines/linkage/README.md).

Takes the candidate pairs of examples/rldata.yaml's blocking (same first name, same last name, or same
birth date), puts each pair on a comparison pattern, and scores every pattern by its *true* match/non-match
ratio counted from the ground truth (an oracle no unsupervised model can beat, joint over all comparisons,
so not even limited by the independence assumption), then takes matches greedily one-to-one and reports
the best F1 over all thresholds. The next two lines add every refinement measured (date parts within 1,
implausible date parts, one-edit names split by whether the rarer spelling occurs once, the second name
parts, each pair's own name frequency as term-frequency adjustment uses it, and a [bm, bd] blocking rule);
the last line scores the levels and blocking of examples/rldata.yaml the same way (its ceiling).
Usage: python3 tests/scripts/rldata-oracle-bound.py [RLdata10000.csv]
"""
import collections, csv, itertools, math, sys

path = sys.argv[1] if len(sys.argv) > 1 else 'tests/Registry.Etl.Linkage.Tests/TestData/rldata/RLdata10000.csv'
rows = list(csv.DictReader(open(path, encoding='utf-8')))
ent = [r['ent_id'] for r in rows]


def osa(a, b):
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


cache = {}


def level(a, b):
    if a == b:
        return 0
    if (a, b) not in cache:
        cache[(a, b)] = 1 if osa(a, b) <= 1 else 2
    return cache[(a, b)]


counts = collections.Counter(r['fname_c1'] for r in rows), collections.Counter(r['lname_c1'] for r in rows)
full = collections.Counter((r['fname_c1'], r['lname_c1']) for r in rows)


def patterns(a, b):
    base = tuple(level(a[f], b[f]) for f in ('fname_c1', 'lname_c1', 'by', 'bm', 'bd'))
    # the same, plus how common the (exact) full name is: the information term-frequency adjustment adds
    same_name = a['fname_c1'] == b['fname_c1'] and a['lname_c1'] == b['lname_c1']
    return {'levels': base, 'levels+name frequency': base + (min(full[(a['fname_c1'], a['lname_c1'])], 4) if same_name else -1,)}


blocks = collections.defaultdict(list)
for i, r in enumerate(rows):
    for key in (('f', r['fname_c1']), ('l', r['lname_c1']), ('d', r['by'], r['bm'], r['bd'])):
        blocks[key].append(i)
candidates = sorted({p for ids in blocks.values() for p in itertools.combinations(ids, 2)})
groups = collections.defaultdict(list)
for i, e in enumerate(ent):
    groups[e].append(i)
truth = {tuple(v) for v in groups.values() if len(v) == 2}

pattern_of = collections.defaultdict(dict)
tally = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0]))
for a, b in candidates:
    for name, p in patterns(rows[a], rows[b]).items():
        pattern_of[name][(a, b)] = p
        tally[name][p][ent[a] == ent[b]] += 1



def best_f1(candidates, score):
    order = sorted(candidates, key=lambda k: -score[k])
    best = (0, 0, 0, 0)
    for threshold in [x / 4 for x in range(-20, 20)]:
        used, tp, fp = set(), 0, 0
        for k in order:
            if score[k] < threshold:
                break
            if k[0] in used or k[1] in used:
                continue
            used.update(k)
            tp, fp = (tp + 1, fp) if k in truth else (tp, fp + 1)
        f1 = 2 * tp / (2 * tp + fp + len(truth) - tp)
        best = max(best, (f1, threshold, tp, fp))
    return best


def report(name, best):
    print(f'{name}: best F1 {best[0]:.4f} (threshold {best[1]}, TP {best[2]}, FP {best[3]}, true pairs {len(truth)})')


for name in pattern_of:
    score = {p: math.log((pos + 0.5) / (neg + 0.5)) for p, (neg, pos) in tally[name].items()}
    report(name, best_f1(candidates, {k: score[pattern_of[name][k]] for k in candidates}))


# Every refinement at once.
def date_part(a, b, low, high):
    if a == b:
        return 0
    v = 1 if abs(int(a) - int(b)) <= 1 else 1 + level(a, b)  # 1 within one, 2 one edit, 3 else
    return v + 10 if not (low <= int(a) <= high and low <= int(b) <= high) else v


def name_level(a, b, count):
    v = level(a, b)
    return 3 if v == 1 and min(count[a], count[b]) <= 1 else v  # 3: one edit, the rarer spelling seen once


def second_part(a, b):
    return 0 if a == b == '' else 1 if '' in (a, b) else 2 + level(a, b)


def refined(a, b):
    return (name_level(a['fname_c1'], b['fname_c1'], counts[0]), name_level(a['lname_c1'], b['lname_c1'], counts[1]),
            date_part(a['by'], b['by'], 1900, 2010), date_part(a['bm'], b['bm'], 1, 12), date_part(a['bd'], b['bd'], 1, 31),
            second_part(a['fname_c2'], b['fname_c2']), second_part(a['lname_c2'], b['lname_c2']))


def name_frequency(a, b):
    f = 1.0
    for field, count in (('fname_c1', counts[0]), ('lname_c1', counts[1])):
        if a[field] == b[field]:
            f *= count[a[field]] / len(rows)
    return f


def model_name(a, b, count):
    v = level(a, b)
    return v if v != 1 else 1 if min(count[a], count[b]) <= 1 else 3


def model_date(a, b):
    same = [a[f] == b[f] for f in ('by', 'bm', 'bd')]
    if all(same):
        return 0
    if sum(same) == 2:
        part = ('by', 'bm', 'bd')[same.index(False)]
        return 1 if level(a[part], b[part]) == 1 else 2
    return 3


def model_levels(a, b):
    """The levels of examples/rldata.yaml (names split by rare_max_count: 1, its Jaro-Winkler level folded into else; the birth date as one comparison)."""
    return (model_name(a['fname_c1'], b['fname_c1'], counts[0]), model_name(a['lname_c1'], b['lname_c1'], counts[1]), model_date(a, b),
            second_part(a['fname_c2'], b['fname_c2']), second_part(a['lname_c2'], b['lname_c2']))


for i, r in enumerate(rows):
    blocks[('md', r['bm'], r['bd'])].append(i)
wider = sorted({p for ids in blocks.values() for p in itertools.combinations(ids, 2)})
for i, r in enumerate(rows):
    blocks[('yd', r['by'], r['bd'])].append(i)
    blocks[('ym', r['by'], r['bm'])].append(i)
model_candidates = sorted({p for ids in blocks.values() for p in itertools.combinations(ids, 2)})
for label, cands, levels_of in (('refined', candidates, refined), ('refined, + [bm, bd] blocking', wider, refined),
                                ('rldata.yaml levels and blocking', model_candidates, model_levels)):
    pattern = {k: levels_of(rows[k[0]], rows[k[1]]) for k in cands}
    counted = collections.defaultdict(lambda: [0, 0])
    frequency = collections.defaultdict(float)
    for k, p in pattern.items():
        is_match = ent[k[0]] == ent[k[1]]
        counted[p][is_match] += 1
        if not is_match:
            frequency[p] += name_frequency(rows[k[0]], rows[k[1]])
    score = {}
    for k, p in pattern.items():
        neg, pos = counted[p]
        # the pattern's true ratio, times how much rarer this pair's names are than its pattern's non-matches' names
        mean = frequency[p] / neg if neg else 1.0
        score[k] = math.log((pos + 0.5) / (neg + 0.5)) + math.log(mean / name_frequency(rows[k[0]], rows[k[1]]))
    report(label + ' + name frequency', best_f1(cands, score))
