"""The editor explains a missing screen instead of letting Qt abort."""
from beatboard.launcher import main
from beatboard.display_check import display_problem


def found(name):
    return f"lib{name}.so"


def test_no_screen_is_explained(monkeypatch, capsys):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["samples/iron-heiress.beatboard"]) == 2
    err = capsys.readouterr().err
    assert "no screen found" in err and "beatboard check" in err and "Traceback" not in err


def test_missing_xcb_cursor_library_is_named():
    msg = display_problem({"DISPLAY": ":0"}, "linux", lambda name: None)
    assert "libxcb-cursor0" in msg


def test_a_usable_screen_or_platform_passes():
    assert display_problem({"DISPLAY": ":0"}, "linux", found) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", found) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", found) is None
    assert display_problem({}, "darwin", found) is None
