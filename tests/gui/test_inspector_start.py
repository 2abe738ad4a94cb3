"""The inspector says where a beat starts as the PDF and the exports print it: on the
main line, and for a variant on the first cut through it (issue 17: one timeline)."""
from __future__ import annotations

from beatboard.export.pdf.plan import plan_episode

from conftest import small_project


def test_the_inspector_start_is_the_printed_start(make_window):
    w = make_window(small_project())
    ep = w.controller.project.episode("ep1")
    plan = plan_episode(ep, 1, True)
    printed = {bp.beat.id: bp.start_s for bp in plan.main + plan.variants}
    assert "v1" in printed and printed["v1"] > 0
    for beat_id in ("s1", "c1", "v1"):
        w.selection.select("ep1", [beat_id])
        header = w.inspector.beat_form.header.text()
        assert f"starts at {printed[beat_id]:.1f} s" in header, (beat_id, header)
