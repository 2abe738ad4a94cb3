"""The whole trip: the editorial export writes each cut of episode 3 in every format, an
editor trims, extends and reorders in one application and saves in another, and
``retime`` brings exactly those changes back onto the boards."""
from __future__ import annotations

import shutil

import opentimelineio as otio
import pytest

from beatboard.cli import main
from beatboard.core import fileio
from beatboard.core.editorial_names import parse_still_file_name, reel_name
from beatboard.core.panel_timing import panel_times
from beatboard.export.editorial import EditorialOptions, write_editorial

from .conftest import SAMPLE, SERIES_ID
from .edits import frames, move, set_frames

EPISODE = 3
ADAPTER = {".otio": "otio_json", ".xml": "fcp_xml", ".fcpxml": "fcpx_xml", ".edl": "cmx_3600"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    root = tmp_path_factory.mktemp("show")
    shutil.copytree(SAMPLE.with_suffix(".assets"), root / SAMPLE.with_suffix(".assets").name)
    project = fileio.load(SAMPLE)
    project.series.id = SERIES_ID
    path = root / SAMPLE.name
    fileio.save(project, path)
    out = root / "for the editor"
    write_editorial(project, root, out, EditorialOptions(
        episodes=(EPISODE,), cuts="all", fps=30, start_tc="01:00:00:00", video=False))
    return path, out


def _panel_of(clip, project_panels: dict[str, str]) -> str | None:
    ref = clip.media_reference
    name = (getattr(ref, "target_url", "") or "").rsplit("/", 1)[-1]
    parsed = parse_still_file_name(name)
    if parsed:
        return parsed[1]
    reel = (clip.metadata.get("cmx_3600") or {}).get("reel", "")
    return project_panels.get(reel)


def _durations(project) -> dict[str, float]:
    ep = project.episode_by_number(EPISODE)
    return {p.id: d for b in ep.beats for p, (_, d) in zip(b.panels, panel_times(b))}


@pytest.mark.parametrize("src,dst", [(".otio", ".fcpxml"), (".xml", ".edl"),
                                     (".fcpxml", ".otio"), (".edl", ".xml")])
def test_an_edit_saved_in_another_format_changes_exactly_those_panels(exported, tmp_path,
                                                                      src, dst, capsys):
    path, out = exported
    project = fileio.load(path)
    panels = {reel_name(p.id): p.id for ep in project.episodes for b in ep.beats
              for p in b.panels}
    beat_of = {p.id: b.id for ep in project.episodes for b in ep.beats for p in b.panels}
    kwargs = {"rate": 30} if src == ".edl" else {}
    tl = otio.adapters.read_from_file(str(out / f"E003_main{src}"), ADAPTER[src], **kwargs)
    track = next(t for t in tl.tracks if t.kind == otio.schema.TrackKind.Video)
    clips = [c for c in track if isinstance(c, otio.schema.Clip)]
    ids = [_panel_of(c, panels) for c in clips]
    assert None not in ids and len(ids) == len(set(ids))
    trimmed, extended = ids[1], ids[6]
    set_frames(clips[1], frames(clips[1]) - 15)
    set_frames(clips[6], frames(clips[6]) + 30)
    # swap the first two clips of a beat after the ones changed
    k = next(i for i in range(8, len(ids) - 1) if beat_of[ids[i]] == beat_of[ids[i + 1]])
    move(track, track.index(clips[k]), track.index(clips[k + 1]))
    reordered = beat_of[ids[k]]
    for c in clips:  # media read from an EDL has no length; the FCP 7 writer needs one
        ref = c.media_reference
        if getattr(ref, "available_range", 1) is None:
            ref.available_range = c.source_range
    edited = tmp_path / f"from the editor{dst}"
    otio.adapters.write_to_file(tl, str(edited), ADAPTER[dst])
    before = _durations(project)
    order_before = {b.id: [p.id for p in b.panels]
                    for b in project.episode_by_number(EPISODE).beats}
    result = tmp_path / "retimed.beatboard"
    assert main(["retime", str(path), str(edited), "-o", str(result), "--fps", "30"]) in (0, 1)
    out_text = capsys.readouterr().out
    assert "E03-" in out_text
    after_project = fileio.load(result)
    after = _durations(after_project)
    changed = {pid for pid in before if abs(before[pid] - after[pid]) > 1e-6}
    assert changed == {trimmed, extended}
    assert after[trimmed] == pytest.approx(before[trimmed] - 0.5, abs=1e-3)
    assert after[extended] == pytest.approx(before[extended] + 1.0, abs=1e-3)
    order_after = {b.id: [p.id for p in b.panels]
                   for b in after_project.episode_by_number(EPISODE).beats}
    moved = {b for b in order_before if order_before[b] != order_after[b]}
    assert moved == {reordered}
    assert not any(p.dropped for b in after_project.episode_by_number(EPISODE).beats
                   for p in b.panels)


def test_the_b_cut_retimes_only_its_own_beats(exported, tmp_path, capsys):
    path, out = exported
    project = fileio.load(path)
    stems = sorted(p.stem for p in out.glob("E003_via-*.otio"))
    assert stems, "the export wrote the variant cut"
    tl = otio.adapters.read_from_file(str(out / f"{stems[0]}.otio"))
    track = tl.tracks[0]
    clips = [c for c in track if isinstance(c, otio.schema.Clip)]
    variant = next(c for c in clips if "b05b" in c.metadata["beatboard"]["beat_id"])
    set_frames(variant, frames(variant) + 15)
    edited = tmp_path / "b cut.fcpxml"
    otio.adapters.write_to_file(tl, str(edited), "fcpx_xml")
    assert main(["retime", str(path), str(edited), "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "cut via-e03-b05b" in text
    rows = [line for line in text.splitlines() if line.startswith("[x]")]
    assert len(rows) == 1 and variant.metadata["beatboard"]["panel_id"] in rows[0]
    assert fileio.load(path) == project  # a dry run writes nothing


@pytest.mark.parametrize("ext", [".otio", ".xml", ".fcpxml", ".edl"])
def test_the_export_read_back_untouched_changes_nothing(exported, ext, capsys):
    path, out = exported
    before = path.read_bytes()
    assert main(["retime", str(path), str(out / f"E003_main{ext}"), "--fps", "30"]) == 0
    text = capsys.readouterr().out
    assert "The edit changes no panel's timing." in text
    assert "cut main" in text
    assert path.read_bytes() == before
