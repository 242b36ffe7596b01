#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The diagnosis corpus index, tests/fixtures/diagnosis/SOURCES.tsv.

Usage:
  diagnosis_corpus.py merge   # add the rows of incoming/*.tsv, assign each its split, rewrite SOURCES.tsv
  diagnosis_corpus.py check   # every row names an existing file, every file has a row; print counts

Columns: path, url, expect, split, year, fixed_by, note.

The split is a property of the SOURCE (a GitHub repository owner/name, or the host name of
any other site), never of a log, so that every log of one repository lands on the same side:
- sources of the logs the rules were first written against (the rows that came before the
  split existed, marked `dev` when it was introduced) stay `dev`;
- every other source goes to `test` when the first byte of sha256("dlstack-split:" + source)
  is below TEST_SHARE * 256, otherwise to `dev`.
This rule was fixed before any rule was written for the new logs; it is not to be tuned.
An incoming row may also say `dev` in its own split column: a log collected on purpose to
develop a rule family (it will be read and tuned on, so it must not be scored). Such a row stays
`dev` only when its source has no log on the test side; merge refuses it otherwise.
"""
import hashlib
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "diagnosis")
INDEX = os.path.join(ROOT, "SOURCES.tsv")
COLUMNS = ["path", "url", "expect", "split", "year", "fixed_by", "note"]
TEST_SHARE = 0.7


def source_of(url):
    first = url.split(" ")[0].strip()
    m = re.match(r"https?://(?:www\.)?github\.com/([^/]+)/([^/#?]+)", first)
    if m:
        return (m.group(1) + "/" + m.group(2)).lower()
    m = re.match(r"https?://(?:www\.)?([^/]+)", first)
    return m.group(1).lower() if m else first.lower()


def split_for(source, dev_sources):
    if source in dev_sources:
        return "dev"
    digest = hashlib.sha256(("dlstack-split:" + source).encode()).digest()
    return "test" if digest[0] < TEST_SHARE * 256 else "dev"


def read(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


def write(rows):
    with open(INDEX, "w", encoding="utf-8") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in sorted(rows, key=lambda r: (r["split"], r["path"])):
            f.write("\t".join(r.get(c, "").replace("\t", " ") for c in COLUMNS) + "\n")


def merge():
    rows = read(INDEX)
    for r in rows:
        r.setdefault("split", "dev")  # the rows from before the split: the rules were tuned on them
    dev_sources = {source_of(r["url"]) for r in rows if r["split"] == "dev"}
    test_sources = {source_of(r["url"]) for r in rows if r["split"] == "test"}
    known = {r["path"] for r in rows}
    incoming = os.path.join(ROOT, "incoming")
    added = 0
    for name in sorted(os.listdir(incoming)) if os.path.isdir(incoming) else []:
        if not name.endswith(".tsv"):
            continue
        for r in read(os.path.join(incoming, name)):
            if r["path"] in known:
                continue
            source = source_of(r["url"])
            if r.get("split") == "dev":
                if source in test_sources:
                    sys.exit(f"{name}: {r['path']}: {source} is on the test side; it cannot give a dev log")
                dev_sources.add(source)
            else:
                r["split"] = split_for(source, dev_sources)
            if r["split"] == "test":
                test_sources.add(source)
            rows.append(r)
            known.add(r["path"])
            added += 1
    write(rows)
    print(f"merged {added} rows; {len(rows)} in all")


def check():
    rows = read(INDEX)
    ok = True
    listed = set()
    for r in rows:
        listed.add(r["path"])
        if not os.path.isfile(os.path.join(ROOT, r["path"])):
            print("missing file:", r["path"])
            ok = False
        if r.get("split") not in ("dev", "test"):
            print("no split:", r["path"])
            ok = False
    for dirpath, _, files in os.walk(ROOT):
        for f in files:
            rel = os.path.relpath(os.path.join(dirpath, f), ROOT)
            if rel.endswith(".log") and rel not in listed:
                print("not indexed:", rel)
                ok = False
    counts = {}
    for r in rows:
        key = (r["split"], "succeeded" if r["expect"] == "none" else "failure")
        counts[key] = counts.get(key, 0) + 1
    for key in sorted(counts):
        print(key[0], key[1], counts[key])
    causes = {}
    for r in rows:
        if r["expect"] != "none":
            causes.setdefault(r["expect"], set()).add(source_of(r["url"]))
    print("causes:", len(causes))
    for cause, sources in sorted(causes.items()):
        n = sum(1 for r in rows if r["expect"] == cause)
        if n < 4 or len(sources) < 2:
            print(f"  thin: {cause}: {n} logs from {len(sources)} sources")
    recent = sum(1 for r in rows if r["expect"] != "none" and r.get("year", "") >= "2024")
    print("failure logs from 2024-2026:", recent)
    return ok


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in ("merge", "check"):
        sys.exit(__doc__)
    if sys.argv[1] == "merge":
        merge()
    sys.exit(0 if check() else 1)
