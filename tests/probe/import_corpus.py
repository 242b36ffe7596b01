#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The import corpus index: tests/fixtures/probe/SOURCES.tsv and EXPECTED.tsv.

Usage:
  import_corpus.py check   # every row names an existing file, every fixture has a row, the split
                           # column follows the rule below, every expectation names a fixture; counts
  import_corpus.py split URL   # prints the origin and the split a new row with this URL gets

SOURCES.tsv columns: path, url, note, split. EXPECTED.tsv columns: fixture, fact, value (the facts a
person reads from the text; docs/import-eval.md lists the fact keys).

The split is a property of the ORIGIN of a fixture, never of one file, so that all outputs of one
place land on the same side: the repository (github.com/owner/name) for files from a repository's
tree, the thread (github.com/owner/name/NUMBER) for an issue or pull request, host and path for
any other site. A source goes to `test` when the first 32 bits of sha256(origin), taken modulo 100,
are below TEST_PERCENT, otherwise to `dev`. The rule was fixed before any parser was changed for the
corpus; it is not to be tuned.
"""
import hashlib
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "probe")
TEST_PERCENT = 45


def origin(url):
    m = re.match(r"https?://github\.com/([^/]+)/([^/]+)/(issues|pull|discussions)/(\d+)", url)
    if m:
        return f"github.com/{m[1]}/{m[2]}/{m[4]}".lower()
    m = re.match(r"https?://github\.com/([^/]+)/([^/#?]+)", url)
    if m:
        return f"github.com/{m[1]}/{m[2]}".lower()
    m = re.match(r"https?://([^/]+)(/[^#]*)", url)
    if m:
        return (m[1] + m[2]).lower()
    return url.lower()


def split(url):
    value = int(hashlib.sha256(origin(url).encode()).hexdigest()[:8], 16)
    return "test" if value % 100 < TEST_PERCENT else "dev"


def rows(name):
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    return [l.split("\t") for l in lines[1:]]


def check():
    problems = []
    sources = rows("SOURCES.tsv")
    paths = {r[0] for r in sources}
    for r in sources:
        if len(r) != 4:
            problems.append(f"row with {len(r)} columns: {r[0]}")
            continue
        if not os.path.isfile(os.path.join(ROOT, r[0])):
            problems.append(f"missing file: {r[0]}")
        if r[3] != split(r[1]):
            problems.append(f"split of {r[0]} is {r[3]}, the rule says {split(r[1])}")
    dirs = {os.path.dirname(p) for p in paths}  # detection fixtures (sysfs trees) live elsewhere
    for d in sorted(dirs):
        for f in os.listdir(os.path.join(ROOT, d)):
            rel = os.path.join(d, f)
            if rel.endswith(".expect.json") or not os.path.isfile(os.path.join(ROOT, rel)):
                continue
            if rel not in paths:
                problems.append(f"fixture without a row: {rel}")
    facts = rows("EXPECTED.tsv")
    for r in facts:
        if r[0] not in paths:
            problems.append(f"expectation for an unknown fixture: {r[0]}")
    urls = {r[1]: r[3] for r in sources}
    test = sum(1 for s in urls.values() if s == "test")
    print(f"sources {len(urls)} (test {test}, {100 * test / len(urls):.1f}%), fixtures {len(sources)} "
          f"(test {sum(1 for r in sources if r[3] == 'test')}), facts {len(facts)}")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "split":
        print(origin(sys.argv[2]), split(sys.argv[2]))
        sys.exit(0)
    sys.exit(check() if sys.argv[1:] == ["check"] else 2)
