"""What a reader finds on the pages: titles, dialogue, rule ids, page numbers, bookmarks."""
from __future__ import annotations

import math

import pytest
from pypdf import PdfReader

from beatboard.export.pdf.board_text import timecode
from beatboard.rules import check_project

from .helpers import export, make_beat, make_project, page_count, page_texts, squash


def test_each_beat_title_and_dialogue_is_on_its_episodes_board_pages(tmp_path):
    project = make_project(episodes=3, beats=8, variants=1)
    pdf = export(tmp_path, project, sections=("boards",))
    pages = [squash(t) for t in page_texts(pdf)]
    # 6 panels a page: 8 main beats -> 2 pages, 1 variant -> 1 page; per episode.
    assert len(pages) == 9
    for n, ep in enumerate(project.episodes):
        mine = "".join(pages[n * 3:(n + 1) * 3])
        others = "".join(pages[:n * 3] + pages[(n + 1) * 3:])
        for beat in ep.beats:
            assert squash(beat.title) in mine, beat.id
            assert squash(beat.dialogue) in mine, beat.id
            assert squash(beat.title) not in others


def test_rule_ids_appear_on_the_episodes_pages(tmp_path):
    project = make_project(episodes=2, beats=3)  # 24 s episodes: too short
    findings = check_project(project)
    assert findings, "the fixture should break at least one rule"
    pdf = export(tmp_path, project, sections=("boards",))
    pages = page_texts(pdf)
    assert len(pages) == 2
    for i, ep in enumerate(project.episodes):
        for f in findings:
            if f.episode == ep.id:
                assert f.rule in pages[i]


def test_overview_lists_findings_by_episode_and_the_paywall(tmp_path):
    project = make_project(episodes=4, beats=3, paywall_episode=3)
    findings = check_project(project)
    pdf = export(tmp_path, project, sections=("overview",))
    text = "\n".join(page_texts(pdf))
    line = "PAYWALL / 付费卡点 — episodes below are paid"
    assert text.count(line) == 1
    # The paywall line sits between the episode 2 and episode 3 rows.
    assert text.index("Ep 2 Episode 2") < text.index(line) < text.index("Ep 3 Episode 3")
    for f in findings:
        assert f.rule in text


def test_zh_labels(tmp_path):
    project = make_project(episodes=1, beats=2)
    pdf = export(tmp_path, project, lang="zh")
    text = "\n".join(page_texts(pdf))
    assert "第1集" in text and "分镜表" in text and "系列总览" in text


@pytest.mark.parametrize("panels,paper,orientation", [
    (6, "A4", "portrait"), (8, "Letter", "landscape"), (12, "A3", "portrait"),
    (6, "Tabloid", "landscape")])
def test_board_page_count_follows_panels_per_page(tmp_path, panels, paper, orientation):
    project = make_project(episodes=2, beats=13)
    pdf = export(tmp_path, project, sections=("boards",), panels=panels, paper=paper,
                 orientation=orientation)
    assert page_count(pdf) == 2 * math.ceil(13 / panels)


def test_episode_range_and_variant_mode_change_page_count(tmp_path):
    project = make_project(episodes=5, beats=6, variants=2)
    all_eps = page_count(export(tmp_path, project, "a.pdf", sections=("boards",)))
    assert all_eps == 5 * 2  # one main page + one variants page each
    some = export(tmp_path, project, "b.pdf", sections=("boards",), episodes=(1, 2, 3, 5))
    assert page_count(some) == 4 * 2
    text = "\n".join(page_texts(some))
    assert "Ep 4" not in text and "Ep 5" in text
    main_only = export(tmp_path, project, "c.pdf", sections=("boards",), variants="main")
    assert page_count(main_only) == 5
    assert "Variant title" not in "\n".join(page_texts(main_only))


def test_sections_select_pages(tmp_path):
    project = make_project(episodes=2, beats=6)
    boards = page_count(export(tmp_path, project, "b.pdf", sections=("boards",)))
    overview = page_count(export(tmp_path, project, "o.pdf", sections=("overview",)))
    shots = page_count(export(tmp_path, project, "s.pdf", sections=("shotlist",)))
    everything = export(tmp_path, project, "all.pdf")
    assert (boards, overview, shots) == (2, 1, 1)
    assert page_count(everything) == 4
    texts = page_texts(everything)
    assert "Series overview" in texts[2] and "Shot list" in texts[3]


def test_shot_numbers_run_on_across_episodes_and_header_repeats(tmp_path):
    project = make_project(episodes=3, beats=30)
    pdf = export(tmp_path, project, sections=("shotlist",))
    pages = page_texts(pdf)
    assert len(pages) > 1
    text = "\n".join(pages)
    assert "#31" in text and "#90" in text and "#91" not in text
    for page in pages:  # every page that lists shots starts its table with the header row
        assert "Shot" in page and "Props" in page


def test_footer_bookmarks_and_metadata(tmp_path):
    project = make_project(episodes=3, beats=2)
    pdf = export(tmp_path, project)
    pages = page_texts(pdf)
    n = len(pages)
    for i, page in enumerate(pages, 1):
        assert f"{i} / {n}" in page
        assert "test.beatboard" in page
    reader = PdfReader(str(pdf))
    titles = [o.title for o in reader.outline]
    assert titles[:3] == ["Ep 1 · Episode 1", "Ep 2 · Episode 2", "Ep 3 · Episode 3"]
    assert "Series overview" in titles and "Shot list" in titles
    meta = reader.metadata
    assert "Test Series" in meta.title and meta.author and meta.subject


def test_timecodes_and_estimated_durations(tmp_path):
    project = make_project(episodes=1, beats=3)
    project.episodes[0].beats[1].duration_s = None  # estimated from dialogue
    pdf = export(tmp_path, project, sections=("boards",))
    text = page_texts(pdf)[0]
    # Each panel prints its shot number and start on the episode clock, then its length.
    assert "#1 00:00.0" in text and "#2 00:08.0" in text
    est = project.episodes[0].beats[1].seconds
    assert f"≈{est:.1f} s" in text
    assert f"#3 {timecode(8 + est)}" in text
    assert "HOOK" in text and "CLIFF" in text


def test_variant_panels_say_what_they_replace(tmp_path):
    project = make_project(episodes=1, beats=6, variants=1)
    pdf = export(tmp_path, project, sections=("boards",))
    pages = page_texts(pdf)
    assert "Variants / 分支" in pages[1]
    variant = " ".join(pages[1].split())
    assert "branches from e1b1" in variant and "replaces e1b2" in variant
    assert "rejoins at e1b3" in variant


def test_skeleton_series_exports_in_chinese(tmp_path):
    from beatboard.core.skeleton import make_skeleton
    project = make_skeleton("sweet-romance", 12, title="甜宠测试", language="zh-CN", paywall=10)
    pdf = export(tmp_path, project, lang="zh", episodes=(1, 2, 10, 11))
    text = "\n".join(page_texts(pdf))
    for number in (1, 2, 10, 11):
        assert f"第{number}集" in text
    assert "付费卡点 / PAYWALL — 以下为付费集" in text
    assert text.index("第2集") < text.index("以下为付费集") < text.rindex("第10集")
    first = project.episode_by_number(1).beats[0]
    assert squash(first.title) in squash(text)


def test_odd_graphs_export_every_beat(tmp_path):
    """A cycle, a choice that never rejoins and an unlinked beat still print."""
    from beatboard.core.model import Link

    def link(a, b, kind="next"):
        return Link(**{"from": a, "to": b, "kind": kind})

    project = make_project(episodes=1, beats=4, variants=0)
    ep = project.episodes[0]
    ep.beats = ep.beats + [
        make_beat(1, 50, id="c1", title="Choice ending"),
        make_beat(1, 51, id="lost", title="Unlinked beat"),
    ]
    ep.links = [link("e1b1", "e1b2"), link("e1b2", "e1b3"), link("e1b3", "e1b4"),
                link("e1b4", "e1b2"),  # a cycle back into the main line
                link("e1b2", "c1", "choice")]
    pdf = export(tmp_path, project, sections=("boards", "shotlist"))
    text = "\n".join(page_texts(pdf))
    for beat in ep.beats:
        assert squash(beat.title) in squash(text)
    assert "choice · branches from e1b2 · replaces e1b3–e1b4" in " ".join(text.split())
