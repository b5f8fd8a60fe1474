#!/usr/bin/env python3
"""Generate the heldout diagnosis evaluation set (fixed seed). Run from anywhere:
    python3 bench/data/diagnose/heldout/_make.py
Writes h001..h064/ and labels.json next to this script. Helpers: _engine.py, _pools.py, _scen_a.py, _scen_b.py."""
import json, os, random, shutil, sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from _engine import Batch          # noqa: E402
from _pools import P as POOLS      # noqa: E402
from _scen_a import SC             # noqa: E402
import _scen_b                     # noqa: E402,F401  (registers more scenarios)

SEED = 20261201


def main():
    rng = random.Random(SEED)
    scen = list(SC)
    rng.shuffle(scen)
    labels = []
    for i, fn in enumerate(scen):
        bid = 'h%03d' % (i + 1)
        out = os.path.join(HERE, bid)
        if os.path.isdir(out):
            shutil.rmtree(out)
        brng = random.Random('%d-%s' % (SEED, fn.__name__))
        t0 = 1793000000 + brng.randint(0, 30 * 86400) + brng.random()
        b = Batch(bid, brng, t0, brng.choice([1800, 1900, 2000, 2100, 2200]))
        fn(b)
        b.render(out, POOLS)
        labels.append(b.lab)
    with open(os.path.join(HERE, 'labels.json'), 'w') as fh:
        json.dump(labels, fh, indent=1)
        fh.write('\n')
    print(len(labels), 'batches')


if __name__ == '__main__':
    main()
