"""export pdf --sections audience: a page per episode with data, readable without colour."""
from __future__ import annotations

from pypdf import PdfReader

from beatboard.core.audience_model import RetentionDataset
from beatboard.core.retention import find_cut
from tests.audience.factories import forty_second_project

from .helpers import export, page_texts, squash


def _dataset(project, ep_id, cut, points, label, views=None):
    ep = project.episode(ep_id)
    c = find_cut(ep, cut)
    return RetentionDataset(id=f"d{len(project.audience)}", episode=ep_id, cut=cut,
                            points=points, label=label, views=views, cut_s=c.seconds,
                            cut_beats=[b.id for b in c.beats])


def project_with_data():
    p = forty_second_project()
    p.audience = [
        _dataset(p, "ep-x", "main", [(0.0, 1.0), (2.0, 0.9), (10.0, 0.82), (20.0, 0.5),
                                     (30.0, 0.45), (40.0, 0.4)], "launch"),
        _dataset(p, "ep-y", "main", [(0.0, 1.0), (4.0, 0.8), (12.0, 0.6), (20.0, 0.5)], "A",
                 8000),
        _dataset(p, "ep-y", "via-b1", [(0.0, 1.0), (4.0, 0.8), (12.0, 0.72), (16.0, 0.45),
                                       (24.0, 0.35)], "B", 8000)]
    return p


def test_one_page_per_episode_with_the_worst_beat_and_the_verdict(tmp_path):
    pdf = export(tmp_path, project_with_data(), sections=("audience",))
    pages = [squash(t) for t in page_texts(pdf)]
    assert len(pages) == 2
    assert squash("Ep 1") in pages[0] and squash("B3 ▼ WORST") in pages[0]
    assert squash("B2 ▼ WORST") not in pages[0]
    assert squash("via-b1 · B") in pages[1]
    assert squash("more than noise") in pages[1]
    assert squash("80 % power needs") in pages[1]


def test_curves_differ_by_line_style_not_colour(tmp_path):
    pdf = export(tmp_path, project_with_data(), sections=("audience",), bw=True)
    stream = PdfReader(str(pdf)).pages[1].get_contents().get_data().decode("latin-1")
    assert "[5 3] 0 d" in stream  # B's curve is dashed; A's solid


def test_chinese_labels_and_no_pages_by_default(tmp_path):
    pdf = export(tmp_path, project_with_data(), sections=("audience",), lang="zh")
    assert squash("第1集") in squash(page_texts(pdf)[0])
    assert squash("最差") in squash(page_texts(pdf)[0])
    default = export(tmp_path, project_with_data(), "default.pdf")
    assert not any(squash("Audience") in squash(t) for t in page_texts(default))


def test_no_data_says_so(tmp_path):
    pdf = export(tmp_path, forty_second_project(), sections=("audience",))
    assert squash("No audience data in these episodes.") in squash(page_texts(pdf)[0])
