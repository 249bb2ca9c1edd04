#!/usr/bin/env python3
"""Compare scorer outputs (JSON) with the gates in .ci/gates.tsv.

usage: check_gates.py GATES.tsv NAME=RESULT.json [NAME=RESULT.json ...]
Prints one line per gate; exit status 1 when any figure is below its gate or missing.
"""
import json
import sys


def lookup(data, path):
    for key in path.split("."):
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def main(argv):
    gates_path, results = argv[0], dict(a.split("=", 1) for a in argv[1:])
    loaded = {name: json.load(open(path, encoding="utf-8")) for name, path in results.items()}
    failed = False
    for line in open(gates_path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        evaluation, metric, minimum = line.rstrip("\n").split("\t")
        if evaluation not in loaded:
            continue
        value = lookup(loaded[evaluation], metric)
        ok = isinstance(value, (int, float)) and value >= float(minimum)
        failed |= not ok
        print(f"gate {'ok  ' if ok else 'FAIL'} {evaluation:<9} {metric:<28} {value!s:>8} >= {minimum}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
