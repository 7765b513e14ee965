"""List the entries of a .ts file that still need a translation, or fill them from a JSON file.

    python resources/translations/untranslated.py                    # list, one "context | source" a line
    python resources/translations/untranslated.py --json > todo.json # {source: ""} to fill in by hand
    python resources/translations/untranslated.py --fill done.json   # write {source: translation} into the .ts
    make translations                                                # then compile the .qm again

Exit code 1 while anything is unfinished, so CI or the lead can see at a glance. Placeholders such as
{name}, %1 or %n must stay as they are in the translation; --fill refuses a translation that drops or
renames one. A plural message (numerus, with %n) takes a list: ["%n file", "%n files"].
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_TS = HERE / "simpeg_en.ts"
_PLACEHOLDER = re.compile(r"{[a-z_]*}|%[0-9n]")


def unfinished(root: ET.Element) -> list[tuple[str, ET.Element]]:
    """(context name, message element) of every message without a finished translation."""
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "vanished" or translation.get("type") == "obsolete":
                continue
            text = "".join(translation.itertext()).strip()
            if translation.get("type") == "unfinished" or not text:
                found.append((name, message))
    return found


def placeholder_problem(source: str, text: str) -> str | None:
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
        return f"placeholders differ: {source!r} -> {text!r}"
    return None


def fill(ts: Path, translations: dict[str, str]) -> tuple[int, list[str]]:
    """Write the given translations into the unfinished messages of `ts`; returns (filled, problems)."""
    tree = ET.parse(ts)
    filled, problems = 0, []
    for _context, message in unfinished(tree.getroot()):
        source = message.findtext("source") or ""
        given = translations.get(source) or ""
        # A plural message (numerus="yes", counted with %n) takes [singular, plural]; one text serves both.
        forms = list(given) if isinstance(given, list) else [given]  # as written: " jam" keeps its space
        if not all(forms):
            continue
        problem = next(filter(None, (placeholder_problem(source, f) for f in forms)), None)
        if problem:
            problems.append(problem)
            continue
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            for old in list(translation):
                translation.remove(old)
            translation.text = None
            for form in (forms * 2)[:2] if len(forms) == 1 else forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
        translation.attrib.pop("type", None)
        filled += 1
    if filled:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return filled, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Entri terjemahan yang belum selesai.")
    parser.add_argument("--ts", type=Path, default=DEFAULT_TS, help="berkas .ts (bawaan: simpeg_en.ts)")
    parser.add_argument("--json", action="store_true", help="cetak sebagai objek JSON {sumber: \"\"}")
    parser.add_argument("--fill", type=Path, help="isi dari berkas JSON {sumber: terjemahan}")
    args = parser.parse_args(argv)

    if args.fill:
        filled, problems = fill(args.ts, json.loads(args.fill.read_text(encoding="utf-8")))
        print(f"{filled} translations written to {args.ts.name}", file=sys.stderr)
        for problem in problems:
            print(f"skipped: {problem}", file=sys.stderr)
    todo = unfinished(ET.parse(args.ts).getroot())
    if args.json:
        print(json.dumps({m.findtext("source"): "" for _c, m in todo}, ensure_ascii=False, indent=1))
    elif not args.fill:
        for context, message in todo:
            print(f"{context or '(no context)'} | {message.findtext('source')}")
    print(f"{len(todo)} unfinished in {args.ts.name}", file=sys.stderr)
    return 1 if todo else 0


if __name__ == "__main__":
    sys.exit(main())
