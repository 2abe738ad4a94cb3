"""Old projects kept pictures in ``<stem>.images/``: opening leaves them, saving stores them."""
from __future__ import annotations

from beatboard.core import fileio
from beatboard.core.model import Beat, Episode, Panel, Project, Series
from beatboard.edit import Document


def old_project(tmp_path):
    folder = tmp_path / "show.images"
    folder.mkdir()
    (folder / "p1.png").write_bytes(b"\x89PNG old picture bytes")
    project = Project(series=Series(title="Old"), episodes=[Episode(
        id="ep1", number=1, title="One", beats=[
            Beat(id="p1", title="Gala", panels=[Panel(id="a", image="show.images/p1.png"),
                                                 Panel(id="b", image="show.images/gone.png")])])])
    path = tmp_path / "show.beatboard"
    fileio.save(project, path)
    return path


def test_opening_keeps_old_paths_and_the_next_save_moves_them_into_the_store(tmp_path):
    path = old_project(tmp_path)
    before = path.read_bytes()
    doc = Document.open(path)
    panels = doc.project.episode("ep1").beat("p1").panels
    assert panels[0].image == "show.images/p1.png" and path.read_bytes() == before
    doc.save()
    saved = fileio.load(path).episode("ep1").beat("p1").panels
    assert saved[0].image.startswith("show.assets/")
    assert (tmp_path / saved[0].image).read_bytes() == b"\x89PNG old picture bytes"
    assert (tmp_path / "show.images" / "p1.png").is_file()  # an older copy may still name it
    assert saved[1].image == "show.images/gone.png"  # unreadable: kept, reported
    assert [p.rel for p in doc.asset_problems] == ["show.images/gone.png"]
