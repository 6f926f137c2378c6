#!/usr/bin/env python3
"""Checks the user guide's Markdown (docs/guide): every relative link and image it names exists (inside the guide's
repository, no absolute paths, which do not render on the repository page), every image is a PNG, every English
screenshot is shown somewhere, and images/en, images/de and images/fr hold the same file names.

Usage: check_guide.py GUIDE_DIR   (exit 0: all good; 1: each problem on its own line, "FILE:LINE: problem")
"""
import os
import re
import sys
from urllib.parse import unquote

LANGUAGES = ("en", "de", "fr")
# [text](target "title") and ![alt](target); <img src="target">; reference definitions "[id]: target".
INLINE = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HTML_IMG = re.compile(r"<img\b[^>]*\bsrc=\"([^\"]+)\"", re.IGNORECASE)
REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+\"[^\"]*\")?\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def targets(path):
    """(line number, target) of every link and image in a Markdown file, outside code blocks and code spans."""
    in_fence = False
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if FENCE.match(line):
                in_fence = not in_fence
                continue
            if in_fence:
                continue
            text = re.sub(r"`[^`]*`", "", line)
            for pattern in (INLINE, HTML_IMG):
                for match in pattern.finditer(text):
                    yield number, match.group(1)
            match = REFERENCE.match(text)
            if match:
                yield number, match.group(1)


def main(guide):
    guide = os.path.abspath(guide)
    repository = os.path.dirname(os.path.dirname(guide))  # docs/guide → the repository root
    problems = []
    shown = set()
    markdown = []
    for folder, _, files in os.walk(guide):
        markdown += [os.path.join(folder, name) for name in files if name.endswith(".md")]
    if not any(os.path.basename(path) == "README.md" and os.path.dirname(path) == guide for path in markdown):
        problems.append(f"{guide}: no README.md (the guide's index page)")
    for path in sorted(markdown):
        where = os.path.relpath(path, guide)
        for number, target in targets(path):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE) or target.startswith("#"):
                continue  # https:, mailto:, an anchor in the same page
            if target.startswith("/"):
                problems.append(f"{where}:{number}: {target}: absolute path (use a path relative to the page)")
                continue
            file = os.path.normpath(os.path.join(os.path.dirname(path), unquote(target.split("#")[0])))
            if not (file == repository or file.startswith(repository + os.sep)):
                problems.append(f"{where}:{number}: {target}: outside the repository")
            elif not os.path.exists(file):
                problems.append(f"{where}:{number}: {target}: no such file")
            else:
                shown.add(file)
                if file.lower().endswith(".png"):
                    with open(file, "rb") as f:
                        if f.read(8) != PNG_SIGNATURE:
                            problems.append(f"{where}:{number}: {target}: not a PNG file")

    sets = {}
    for language in LANGUAGES:
        folder = os.path.join(guide, "images", language)
        sets[language] = set(os.listdir(folder)) if os.path.isdir(folder) else set()
        if not sets[language]:
            problems.append(f"images/{language}: no screenshots")
    for language in LANGUAGES[1:]:
        for name in sorted(sets["en"] - sets[language]):
            problems.append(f"images/{language}: {name} is missing (images/en has it)")
        for name in sorted(sets[language] - sets["en"]):
            problems.append(f"images/{language}: {name} is not in images/en")
    for name in sorted(sets["en"]):
        if os.path.join(guide, "images", "en", name) not in shown:
            problems.append(f"images/en/{name}: shown on no page of the guide")

    for problem in problems:
        print(problem)
    count = sum(len(s) for s in sets.values())
    print(f"{len(markdown)} pages, {len(shown)} linked files, {count} screenshots: "
          + ("ok" if not problems else f"{len(problems)} problem(s)"))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
