"""Property: whatever an editor does (trim, extend, reorder within a beat, drop, add),
retime makes the boards play the edited timeline, every untouched panel keeps its
duration, and undo gives back the file byte for byte."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beatboard.core import fileio
from beatboard.core.cuts import main_cut
from beatboard.core.timeline import build_timeline
from beatboard.interchange.edit_timeline import read_edit_timeline
from beatboard.roundtrip.apply import proposal_edit
from beatboard.roundtrip.proposal import propose

from .conftest import SAMPLE, SERIES_ID
from .edits import frames, move, new_clip, set_frames, track
from .factory import export_like, write

RATE = 24
TOLERANCE = 2e-3  # new durations are kept to 0.1 ms; a few dozen clips add up


def _beat_of(clip):
    meta = clip.metadata.get("beatboard")
    return meta["beat_id"] if meta else None


def _edit(data, tr) -> set[str]:
    """Apply random editor changes to the track; the panel ids whose clip changed."""
    touched: set[str] = set()
    for _ in range(data.draw(st.integers(1, 6), label="changes")):
        op = data.draw(st.sampled_from(["trim", "extend", "reorder", "drop", "add"]))
        clips = list(tr)
        i = data.draw(st.integers(0, len(clips) - 1), label="clip")
        clip = clips[i]
        pid = clip.metadata["beatboard"]["panel_id"] if _beat_of(clip) else None
        if op in ("trim", "extend"):
            n = data.draw(st.integers(1, 48), label="frames")
            set_frames(clip, max(3, frames(clip) + (n if op == "extend" else -n)))
        elif op == "reorder":
            if i + 1 < len(clips) and _beat_of(clip) and _beat_of(clip) == _beat_of(clips[i + 1]):
                move(tr, i, i + 1)
        elif op == "drop":
            same = [c for c in clips if _beat_of(c) and _beat_of(c) == _beat_of(clip)]
            if _beat_of(clip) and len(same) > 1:  # a beat left out whole is not applied
                tr.remove(clip)
        else:
            # each pickup its own media: two clips of one file written by the FCP 7
            # adapter read back with a gap between them (an adapter round-trip quirk)
            added = sum(1 for c in clips if not _beat_of(c))
            tr.insert(i + 1, new_clip(f"added {added}", data.draw(st.integers(6, 72))))
        if pid:
            touched.add(pid)
    return touched


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), ext=st.sampled_from([".otio", ".xml", ".fcpxml", ".edl"]))
def test_retime_plays_the_edit_and_keeps_untouched_panels(tmp_path_factory, data, ext):
    project = fileio.load(SAMPLE)
    project.series.id = SERIES_ID
    ep = project.ordered_episodes()[0]
    old = {c.panel.id: (c.start, c.duration)
           for c in build_timeline([main_cut(ep)], captions=False).clips}
    tmp = tmp_path_factory.mktemp("prop")
    tl = export_like(project, ep, tmp / "stills", fps=RATE)
    touched = _edit(data, track(tl))
    path = write(tl, tmp / f"edited{ext}")
    edited = read_edit_timeline(path)
    prop = propose(project, edited)
    prop.accept_all()
    text = fileio.dumps(project)
    edit = proposal_edit(project, prop)
    if edit is None:
        assert not prop.changes  # then the editor's timeline is the exported one
        assert [round(c.duration_s, 6) for c in edited.clips] == \
            [round(d, 6) for _, d in sorted(old.values())]
        return
    edit.apply(project)
    new = {c.panel.id: (c.start, c.duration)
           for c in build_timeline([main_cut(ep)], captions=False).clips}
    # the boards play the edited timeline, clip for clip
    assert len(new) == len(edited.clips)
    for (pid, (start, dur)), clip in zip(sorted(new.items(), key=lambda kv: kv[1][0]),
                                         edited.clips):
        assert abs(start - clip.start_s) < TOLERANCE, (pid, clip)
        assert abs(dur - clip.duration_s) < TOLERANCE, (pid, clip)
    # every untouched panel keeps its duration exactly
    for pid, (_, dur) in old.items():
        if pid not in touched and pid in new:
            assert abs(new[pid][1] - dur) < 1e-9, pid
    # panels the editor left out are marked, not deleted
    kept = set(new) | set(old)
    for beat in ep.beats:
        for p in beat.panels:
            if p.id in old and p.id not in new:
                assert p.dropped is not None and p.dropped.source == path.name
            kept.discard(p.id)
    assert not kept
    edit.revert(project)
    assert fileio.dumps(project) == text
