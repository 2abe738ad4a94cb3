"""``beatboard audience report --lang zh``: the report's own words in Chinese."""
from __future__ import annotations

from beatboard.cli import main
from beatboard.core.fileio import save

from .test_audience_cli import cliff_csv
from .factories import forty_second_project


def test_report_in_chinese(tmp_path, capsys):
    path = tmp_path / "show.beatboard"
    save(forty_second_project(), path)
    assert main(["audience", "import", str(path), str(cliff_csv(tmp_path)), "--episode", "1",
                 "--views", "900"]) == 0
    capsys.readouterr()
    assert main(["audience", "report", str(path), "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("第1集")
    assert "平均流失" in out and "← 最差" in out and "最差节拍：B3" in out
    assert main(["audience", "report", str(path)]) == 0
    english = capsys.readouterr().out
    assert english.startswith("Episode 1") and "worst beats: B3" in english
