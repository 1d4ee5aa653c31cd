"""Failure paths with real processes: two Ctrl-Cs, outputs that cannot be written, unreadable inputs.

Each failure is one line on stderr and a documented exit status (1: a story or the output failed,
130: interrupted), never a traceback, a hang or a half-written file. The signal tests start newsparse
in its own process group with the default SIGINT handler (a child of a background job inherits SIGINT
ignored, and would then not test anything). The permission tests use a read-only folder where that
means something, and, since CI runs as root (which writes anywhere), also paths that fail for root:
an output under a regular file, /sys, and /dev/full for a full disk.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsparse.model import SCHEMA

from .conftest import SEED

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*/*.txt"))
NEWSPARSE = [sys.executable, "-m", "newsparse"]


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(*args: str, cwd: Path) -> subprocess.Popen[str]:
    """newsparse in its own process group (so a signal reaches its workers as Ctrl-C would)."""
    return subprocess.Popen(
        [*NEWSPARSE, *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_default_sigint,
    )


def run(*args: str, cwd: Path, stdout: int | None = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*NEWSPARSE, *args], cwd=cwd, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120
    )


def archive(folder: Path, n: int) -> Path:
    """n story files (the fixtures over and over) in folder."""
    folder.mkdir()
    texts = [p.read_bytes() for p in FIXTURES]
    for i in range(n):
        (folder / f"s{i:05d}.txt").write_bytes(texts[i % len(texts)])
    return folder


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(".*.tmp")]


# --- interrupts ------------------------------------------------------------------------------------


def interrupt_once(proc: subprocess.Popen[str], started) -> tuple[int, str]:
    """One Ctrl-C to the batch's process group once ``started()`` holds: its exit status and stderr."""
    try:
        assert wait_for(started, 60), "the batch wrote nothing to interrupt"
        os.killpg(proc.pid, signal.SIGINT)  # one Ctrl-C: a clean stop
        status = proc.wait(timeout=30)
        _, err = proc.communicate()
    finally:
        if group_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
    return status, err


def test_error_second_interrupt_exits_at_once(tmp_path: Path) -> None:
    src = archive(tmp_path / "big", 3000)
    out = tmp_path / "out"
    proc = start("big", "-o", "out", "-j", "2", cwd=tmp_path)
    try:
        # the workers are writing (a .json is there) before the two Ctrl-Cs, 50 ms apart
        assert wait_for(lambda: out.is_dir() and any(out.glob("*.json")), 60), proc.stderr
        os.killpg(proc.pid, signal.SIGINT)
        time.sleep(0.05)
        with contextlib.suppress(ProcessLookupError):  # a machine that cleaned up within 50 ms
            os.killpg(proc.pid, signal.SIGINT)
        status = proc.wait(timeout=10)  # before the fix: never returned, two workers alive
        _, err = proc.communicate()
    finally:
        if group_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
    assert status == 130
    assert wait_for(lambda: not group_alive(proc.pid), 2), "workers left running"
    assert "interrupted" in err and "Traceback" not in err, err
    assert len(list(out.glob("*.json"))) < len(list(src.iterdir()))  # it really stopped early
    assert temp_files(out) == []


def test_error_interrupt_says_a_file_output_was_not_kept(tmp_path: Path) -> None:
    archive(tmp_path / "big", 3000)
    proc = start("big", "-o", "all.jsonl", "-j", "2", cwd=tmp_path)
    status, err = interrupt_once(proc, lambda: temp_files(tmp_path))
    assert status == 130
    # before: "the outputs written are whole, run again to resume" -- but nothing was kept
    assert err.strip().splitlines() == [
        "newsparse: interrupted; all.jsonl was not written: run again to redo it from the start"
    ]
    assert not (tmp_path / "all.jsonl").exists()
    assert temp_files(tmp_path) == []


def test_interrupt_of_a_folder_output_keeps_whole_files(tmp_path: Path) -> None:
    archive(tmp_path / "big", 3000)
    proc = start("big", "-o", "out", "-j", "2", cwd=tmp_path)
    status, err = interrupt_once(proc, lambda: any((tmp_path / "out").glob("*.json")))
    assert status == 130
    assert "the .json files written to out are whole: run again to go on (it skips them)" in err
    written = list((tmp_path / "out").glob("*.json"))
    assert written and all(json.loads(p.read_text())["schema"] == SCHEMA for p in written)
    assert temp_files(tmp_path / "out") == []  # (that a re-run skips them: test_batch's resume tests)


# --- outputs that cannot be written ----------------------------------------------------------------

OUTPUTS = [
    pytest.param(["-o", "{}/all.jsonl"], id="jsonl"),
    pytest.param(["-o", "{}/all.parquet"], id="parquet"),
    pytest.param(["--table", "quotes", "-o", "{}/q.csv"], id="csv"),
    pytest.param(["-o", "{}/out/"], id="folder"),
]


def _needs_arrow(args: list[str]) -> None:
    if any(a.endswith(".parquet") for a in args):
        pytest.importorskip("pyarrow")


def _one_line_cannot_write(result: subprocess.CompletedProcess[str], target: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"newsparse: -o {target}: cannot write: "), lines


@pytest.mark.parametrize("args", OUTPUTS)
def test_error_output_under_a_file(tmp_path: Path, args: list[str]) -> None:
    # fails for root too: a path through a regular file is "Not a directory"
    _needs_arrow(args)
    (tmp_path / "afile").write_text("not a folder\n")
    args = [a.format("afile") for a in args]
    result = run(str(SEED), *args, "-j", "1", cwd=tmp_path)
    _one_line_cannot_write(result, args[-1])
    assert result.stderr.strip().endswith("cannot write: Not a directory")
    assert (tmp_path / "afile").read_text() == "not a folder\n"


@pytest.mark.parametrize("args", OUTPUTS)
def test_error_output_in_a_read_only_folder(tmp_path: Path, args: list[str]) -> None:
    _needs_arrow(args)
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        try:
            (ro / "probe").write_text("")
        except PermissionError:
            pass
        else:
            pytest.skip("permissions are not enforced here (root or a permission override)")
        args = [a.format("ro") for a in args]
        result = run(str(SEED), *args, "-j", "1", cwd=tmp_path)
        _one_line_cannot_write(result, args[-1])
        assert result.stderr.strip().endswith("cannot write: Permission denied")
        assert list(ro.iterdir()) == []
    finally:
        ro.chmod(0o755)


def test_error_output_in_sys(tmp_path: Path) -> None:
    # /sys refuses new files even to root: a "cannot write" that CI (root) reaches
    target = Path("/sys/newsparse-test.jsonl")
    try:
        target.write_text("")
    except OSError:
        pass
    else:  # pragma: no cover - a writable /sys
        target.unlink()
        pytest.skip("/sys takes new files here")
    if not Path("/sys").is_dir():  # pragma: no cover
        pytest.skip("no /sys")
    result = run(str(SEED), "-o", str(target), cwd=tmp_path)
    _one_line_cannot_write(result, str(target))


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize(
    "args", [pytest.param([str(SEED), "--format", "json"], id="one"), pytest.param(["{}"], id="batch")]
)
def test_error_standard_output_on_a_full_disk(tmp_path: Path, args: list[str]) -> None:
    archive(tmp_path / "some", 20)
    args = [a.format("some") for a in args]
    with open("/dev/full", "w") as full:
        result = run(*args, "-j", "1", "-q", cwd=tmp_path, stdout=full.fileno())
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "newsparse: standard output: cannot write: No space left on device"
    ]


def test_error_unwritable_errors_log_is_one_line(tmp_path: Path) -> None:
    # a story fails and its errors log cannot be made (the log's name is taken by a folder)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01 binary")
    (tmp_path / "all.errors.jsonl").mkdir()
    (tmp_path / "all.errors.jsonl" / "keep").write_text("")
    result = run("in", "-o", "all.jsonl", "-j", "1", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot write" in lines[0] and "Traceback" not in result.stderr, lines
    assert not (tmp_path / "all.jsonl").exists()


# --- unreadable inputs -----------------------------------------------------------------------------


def test_error_unreadable_input_among_several(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    shutil.copy(SEED, locked)
    locked.chmod(0)
    try:
        try:
            locked.read_bytes()
        except PermissionError:
            pass
        else:
            pytest.skip("permissions are not enforced here (root or a permission override)")
        result = run(str(SEED), "locked.txt", "-o", "mix", "-j", "1", "-q", cwd=tmp_path)
    finally:
        locked.chmod(0o644)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["newsparse: locked.txt: Permission denied"]
    assert (tmp_path / "mix" / "antara-nato-2014.json").exists()  # the batch went on
