#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that a committed translation is complete for the current sources.

Usage: check_translations.py LUPDATE SOURCE_DIR TS_FILE

Runs lupdate over app/, core/ and ui/ into a temporary .ts file and fails, listing the
strings, when a source text of the code has no finished translation in TS_FILE.
"""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(path, finished_only):
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if finished_only:
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                # lupdate writes plural forms on their own lines, so the element's own text
                # is then only whitespace.
                text = (translation.text or "").strip() or "".join(n.text or "" for n in translation.iter("numerusform"))
                if not text.strip():
                    continue
            found[(name, source)] = True
    return found


def main():
    lupdate, source_dir, ts_file = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, "fresh.ts")
        dirs = [os.path.join(source_dir, d) for d in ("app", "core", "ui")]
        subprocess.run([lupdate, "-silent", "-locations", "none", "-extensions", "cpp,h", *dirs, "-ts", fresh], stderr=subprocess.DEVNULL,
                       check=True)
        wanted = messages(fresh, finished_only=False)
    done = messages(ts_file, finished_only=True)
    missing = [key for key in wanted if key not in done]
    for context, source in missing[:50]:
        print(f"untranslated: [{context}] {source!r}")
    print(f"{os.path.basename(ts_file)}: {len(wanted) - len(missing)} of {len(wanted)} strings translated")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
