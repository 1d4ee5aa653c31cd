"""Keep the parser's output before a speed change, and check it is unchanged after.

    python bench/outputs.py save /tmp/before.json     # before the change
    python bench/outputs.py check /tmp/before.json    # after it: exit 1 and the differing stories
    python bench/outputs.py bless                     # renew bench/outputs.sha256 (see below)

Every fixture and sample is parsed in three layouts: as written, one paragraph per line, and all on
one line (what one-line scrapes look like, which sends every footer through the glued-footer cuts).
`save` and `check` add the dev stories of ../shared/corpus as written when that folder exists (the
corpus is never copied into the repository, so the saved file belongs outside it). Outputs are
compared as their JSON text, byte for byte. A speed change should leave all of them alone; a change
of behaviour belongs in its own commit.

CI checks the fixtures and samples against bench/outputs.sha256: one SHA-256 digest of each output's
JSON (tests/test_output_digests.py). A commit that means to change what the parser finds runs
`python bench/outputs.py bless` and says in its message which outputs moved and why; a commit that
only makes the parser faster never blesses.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsparse import parse
from newsparse.reader import NewsparseError, read_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
DIGESTS = ROOT / "bench" / "outputs.sha256"


def _texts(paths: list[Path]) -> Iterator[tuple[str, str]]:
    for path in paths:
        try:
            text = read_text(str(path))[0]
        except NewsparseError:
            continue
        yield (
            str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.relative_to(ROOT.parent)),
            text,
        )


def own_outputs() -> dict[str, str]:
    """The JSON text of every fixture and sample in its three layouts, by name."""
    out: dict[str, str] = {}
    paths = sorted(ROOT.glob("tests/fixtures/*/*.txt")) + sorted(ROOT.glob("samples/*.txt"))
    for name, text in _texts(paths):
        out[name] = _json(text)
        out[f"{name} (one paragraph per line)"] = _json(text.replace("\n\n", "\n"))
        out[f"{name} (one line)"] = _json(" ".join(text.split()))
    return out


def corpus_outputs() -> dict[str, str]:
    """The JSON text of every dev story as written, by name; empty without the corpus."""
    return {name: _json(text) for name, text in _texts(sorted(CORPUS.glob("*/*.txt")))}


def _json(text: str) -> str:
    return json.dumps(parse(text).to_dict(), ensure_ascii=False)


def digest(output: str) -> str:
    return hashlib.sha256(output.encode("utf-8")).hexdigest()


def read_digests(path: Path = DIGESTS) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            sha, name = line.split("  ", 1)
            out[name] = sha
    return out


def write_digests(outputs: dict[str, str], path: Path = DIGESTS) -> None:
    path.write_text("".join(f"{digest(v)}  {k}\n" for k, v in sorted(outputs.items())), encoding="utf-8")


def changed(before: dict[str, str], now: dict[str, str]) -> list[str]:
    return sorted(name for name in before.keys() | now.keys() if before.get(name) != now.get(name))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["save", "check", "bless", "verify"])
    ap.add_argument("file", type=Path, nargs="?", help="the saved outputs (save, check)")
    args = ap.parse_args(argv)
    if args.action in ("bless", "verify"):
        own = own_outputs()
        if args.action == "bless":
            write_digests(own)
            print(f"wrote {len(own)} digests to {DIGESTS.relative_to(ROOT)}")
            return 0
        moved = changed(read_digests(), {k: digest(v) for k, v in own.items()})
        for name in moved:
            print(f"changed: {name}")
        print(f"{len(own) - len(moved)} of {len(own)} outputs match {DIGESTS.relative_to(ROOT)}")
        return 1 if moved else 0
    if args.file is None:
        ap.error(f"{args.action} needs a file")
    now = own_outputs()
    dev = corpus_outputs()
    now.update(dev)
    if args.action == "save":
        args.file.write_text(json.dumps(now, ensure_ascii=False), encoding="utf-8")
        print(f"saved {len(now)} outputs ({len(dev)} dev stories) to {args.file}")
        return 0
    before: dict[str, str] = json.loads(args.file.read_text(encoding="utf-8"))
    if not dev:  # no corpus here: compare what can be compared
        before = {k: v for k, v in before.items() if not k.startswith(CORPUS.parent.parent.name + "/")}
        print("../shared/corpus/dev not present: dev stories not checked")
    moved = changed(before, now)
    for name in moved:
        print(f"changed: {name}")
    dev_moved = sum(1 for name in moved if name in dev or name not in now)
    print(
        f"{len(now) - len(moved)} of {len(now)} outputs unchanged ({len(dev) - dev_moved} of {len(dev)} dev stories)"
    )
    return 1 if moved else 0


if __name__ == "__main__":
    sys.exit(main())
