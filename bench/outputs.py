"""Keep the parser's output before a speed change, and check it is unchanged after.

    python bench/outputs.py save /tmp/before.json     # before the change
    python bench/outputs.py check /tmp/before.json    # after it: exit 1 and the differing stories

Every fixture and sample is parsed in three layouts: as written, one paragraph per line, and all on
one line (what one-line scrapes look like, which sends every footer through the glued-footer cuts).
A speed change should leave all of them alone; a change of behaviour belongs in its own commit.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from newsparse import parse
from newsparse.reader import NewsparseError, read_text

ROOT = Path(__file__).resolve().parent.parent


def outputs() -> dict[str, object]:
    out: dict[str, object] = {}
    paths = sorted(ROOT.glob("tests/fixtures/*/*.txt")) + sorted(ROOT.glob("samples/*.txt"))
    for path in paths:
        try:
            text = read_text(str(path))[0]
        except NewsparseError:
            continue
        name = str(path.relative_to(ROOT))
        out[name] = parse(text).to_dict()
        out[f"{name} (one paragraph per line)"] = parse(text.replace("\n\n", "\n")).to_dict()
        out[f"{name} (one line)"] = parse(" ".join(text.split())).to_dict()
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["save", "check"])
    ap.add_argument("file", type=Path)
    args = ap.parse_args(argv)
    now = outputs()
    if args.action == "save":
        args.file.write_text(json.dumps(now, ensure_ascii=False), encoding="utf-8")
        print(f"saved {len(now)} outputs to {args.file}")
        return 0
    before = json.loads(args.file.read_text(encoding="utf-8"))
    changed = [name for name in before.keys() | now.keys() if before.get(name) != now.get(name)]
    for name in sorted(changed):
        print(f"changed: {name}")
    print(f"{len(now) - len(changed)} of {len(now)} outputs unchanged")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
