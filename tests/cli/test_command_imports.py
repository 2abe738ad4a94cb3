"""Running one command loads only that command's module (``check`` in a pre-commit hook
should not pay for the export and import formats), and the full command list stays."""
from __future__ import annotations

import json
import subprocess
import sys

from .helpers import clean_project, run, write

PROBE = ("import json, sys\nfrom beatboard.cli import main\ncode = main(sys.argv[1:])\n"
         "mods = [m for m in sys.modules if m.startswith('beatboard.cli.') or "
         "m.startswith(('beatboard.interchange', 'beatboard.export', 'networkx'))]\n"
         "print(json.dumps({'code': code, 'modules': sorted(mods)}), file=sys.stderr)\n")


def loaded_modules(*argv: str) -> tuple[int, list[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True,
                          text=True, check=False)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["code"], report["modules"]


def test_check_loads_only_the_check_command(tmp_path):
    code, modules = loaded_modules("check", str(write(clean_project(), tmp_path)))
    assert code == 0
    assert [m for m in modules if m.startswith("beatboard.cli.")
            and m != "beatboard.cli.quiet_exit"] == ["beatboard.cli.check"]
    assert not [m for m in modules if not m.startswith("beatboard.cli.")]


def test_help_still_lists_every_command(capsys):
    try:
        run(capsys, "--help")
    except SystemExit:
        pass
    out = capsys.readouterr().out
    for command in ("check", "info", "new", "export", "import"):
        assert command in out


def test_a_command_with_an_unknown_option_is_refused(tmp_path, capsys):
    try:
        code = run(capsys, "check", str(write(clean_project(), tmp_path)), "--no-such")[0]
    except SystemExit as e:
        code = e.code
    assert code == 2
    assert "--no-such" in capsys.readouterr().err
