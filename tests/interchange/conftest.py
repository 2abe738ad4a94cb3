import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))  # gen_series


@pytest.fixture
def cli(monkeypatch, capsys):
    """Run ``beatboard`` with only the import/export commands this package adds, so the
    tests do not depend on commands other engineers are still writing."""
    import beatboard.cli as cli_mod
    import beatboard.cli.export as export_mod

    monkeypatch.setattr(cli_mod, "COMMAND_MODULES", ("beatboard.cli.export", "beatboard.cli.importer"))
    monkeypatch.setattr(export_mod, "EXPORT_MODULES", ("beatboard.cli.export_interchange",))

    def run(*argv):
        code = cli_mod.main([str(a) for a in argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run
