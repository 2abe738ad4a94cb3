"""Every command ends quietly when its reader goes away (a closed pipe) or on Ctrl+C,
with the shell's conventional exit codes: 141 for a closed pipe, 130 for an interrupt.

These run the real program with real pipes and signals, as a shell would."""
from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from beatboard.core.fileio import save
from beatboard.core.skeleton import make_skeleton

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
SCRIPT = "Title: Pipe\n\n# Episode 1\n\nINT. ROOM - DAY\n\nShe waits.\n"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes and signals")


def beatboard(*argv) -> list[str]:
    return [sys.executable, "-m", "beatboard", *map(str, argv)]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("pipes")
    big = d / "big.beatboard"
    project = make_skeleton("revenge", 120, title="复仇 Big", paywall=10)
    project.episodes[5].beats[0].kind = "setup"  # a finding, so check prints lines
    save(project, big)
    (d / "s.fountain").write_text(SCRIPT, encoding="utf-8")
    return d


COMMANDS = {
    "info": lambda d: ["info", d / "big.beatboard"],
    "check": lambda d: ["check", d / "big.beatboard"],
    "check --format json": lambda d: ["check", "--format", "json", d / "big.beatboard"],
    "new": lambda d: ["new", d / "new.beatboard", "--genre", "revenge", "--episodes", "3",
                      "--force"],
    "import": lambda d: ["import", d / "s.fountain", "-o", d / "imported.beatboard", "--force"],
    "export csv": lambda d: ["export", "csv", d / "big.beatboard", "-o", d / "big.csv"],
}
# argparse drops help text it cannot write: nothing is lost, so 0 is fine as git does.
HELP = {"--help": lambda d: ["--help"], "info --help": lambda d: ["info", "--help"]}


def quiet(stderr: str) -> bool:
    return "Traceback" not in stderr and "Exception ignored" not in stderr


def run_into_closed_pipe(argv) -> subprocess.CompletedProcess:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first line is written
    try:
        return subprocess.run(beatboard(*argv), stdout=write_end, stderr=subprocess.PIPE,
                              env=ENV, cwd=ROOT, text=True, timeout=120)
    finally:
        os.close(write_end)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_closed_pipe_ends_quietly_with_141(files, name):
    result = run_into_closed_pipe(COMMANDS[name](files))
    assert quiet(result.stderr), result.stderr
    assert result.returncode == 141, (result.returncode, result.stderr)


@pytest.mark.parametrize("name", sorted(HELP))
def test_help_into_a_closed_pipe_ends_quietly(files, name):
    result = run_into_closed_pipe(HELP[name](files))
    assert quiet(result.stderr), result.stderr
    assert result.returncode in (0, 141), (result.returncode, result.stderr)


def test_info_piped_into_head_shows_the_first_lines_and_no_traceback(files):
    command = " ".join(f"'{a}'" for a in beatboard("info", files / "big.beatboard"))
    shell = f"{command} | head -n 2; echo \"status=${{PIPESTATUS[0]}}\""
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, env=ENV,
                            cwd=ROOT, timeout=120)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Title:") and "复仇 Big" in lines[0]
    assert lines[-1] in ("status=0", "status=141")
    assert quiet(result.stderr), result.stderr


def wait_until_blocked_writing(read_end: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    """Until the child is asleep with output waiting in the pipe behind ``read_end``.

    Output in the pipe is the child's own sign of readiness: it is running the command
    (its Ctrl+C handling in place), not still starting Python. Nobody reads the pipe, so
    once the child is also asleep (Linux process state ``S``; a busy or preempted process
    shows ``R``) it is blocked writing to the full pipe. Waits on these conditions, never
    on a guessed delay or on ``/proc/PID/wchan``, which some kernels report as ``0``."""
    import fcntl
    import termios
    stat = Path(f"/proc/{proc.pid}/stat")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the command ended ({proc.returncode}) before filling the pipe")
        queued = int.from_bytes(fcntl.ioctl(read_end, termios.FIONREAD, b"\0\0\0\0"),
                                sys.byteorder)
        state = stat.read_text().rpartition(")")[2].split()[0]
        if queued and state == "S":
            return
        select.select([], [], [], 0.01)  # poll the condition again shortly
    raise AssertionError("the command never blocked on its output pipe")


def drain(fd: int, timeout: float) -> None:
    """Read ``fd`` to its end (the writer exited), failing if that takes ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready and not os.read(fd, 65536):
            return
    raise AssertionError("the command did not end after Ctrl+C")


@pytest.mark.parametrize("name", ["info", "check"])
def test_ctrl_c_while_blocked_ends_quietly_with_130(tmp_path, name):
    # A document is never read from a FIFO (that would block the editor), so the command
    # is made to wait on its output instead: a pipe shrunk to one page that nobody reads.
    doc = tmp_path / "many.beatboard"
    project = make_skeleton("revenge", 300, title="复仇 Many", paywall=10)
    for ep in project.episodes:
        ep.beats[0].kind = "setup"  # a finding per episode: check prints pages too
    save(project, doc)
    fcntl = pytest.importorskip("fcntl")
    if not hasattr(fcntl, "F_SETPIPE_SZ"):
        pytest.skip("shrinking a pipe needs Linux")
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)
    proc = subprocess.Popen(beatboard(name, doc), stdout=write_end, stderr=subprocess.PIPE,
                            env=ENV, cwd=ROOT, text=True)
    os.close(write_end)
    try:
        wait_until_blocked_writing(read_end, proc)
        proc.send_signal(signal.SIGINT)
        drain(read_end, timeout=15)
        err = proc.stderr.read()
        proc.wait(timeout=15)
    finally:
        os.close(read_end)
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, (proc.returncode, err)
    assert quiet(err), err
    assert err.strip() == "beatboard: interrupted"
