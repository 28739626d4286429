#!/usr/bin/python3
"""Fails when a translation has fallen behind the code: runs lupdate on the sources into
copies of translations/*.ts and lists every message that is new (unfinished), gone from the
code (vanished/obsolete) or untranslated. lectern_en.ts holds plural forms only."""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, folder = sys.argv[1], sys.argv[2]
root = os.path.dirname(os.path.abspath(folder))
problems = []
with tempfile.TemporaryDirectory() as work:
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".ts"):
            continue
        copy = os.path.join(work, name)
        shutil.copy(os.path.join(folder, name), copy)
        options = ["-silent", "-locations", "none"] + (["-pluralonly"] if name == "lectern_en.ts" else [])
        subprocess.run([lupdate, *options, "app", "models", "views", "-ts", copy], cwd=root, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        tree = ET.parse(copy)
        count = 0
        for context in tree.getroot().iter("context"):
            where = context.findtext("name")
            for message in context.iter("message"):
                count += 1
                source = message.findtext("source")
                translation = message.find("translation")
                kind = translation.get("type") if translation is not None else "missing"
                forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
                empty = translation is None or (not (translation.text or "").strip() and not any(forms)) or (forms and not all(forms))
                if kind in ("unfinished", "vanished", "obsolete", "missing") or empty:
                    state = {"unfinished": "new, not translated", "vanished": "gone from the code",
                             "obsolete": "gone from the code"}.get(kind, "no translation")
                    problems.append(f"{name}: [{where}] {source!r}: {state}")
        if count == 0:
            problems.append(f"{name}: no messages at all")
if problems:
    print(f"{len(problems)} translation problems (run scripts/dev translations, then translate):")
    print("\n".join(problems[:200]))
    sys.exit(1)
print("every translation is complete and current")
