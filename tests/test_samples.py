"""The bundled samples: the showcase series must be clean and canonical; the problem
sample must produce exactly the findings samples/README.md promises."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from beatboard.core import fileio
from beatboard.core.graph import cut_count, main_line
from beatboard.core.vocab import LinkKind
from beatboard.rules import check_project

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SHOWCASE = SAMPLES / "iron-heiress.beatboard"
BROKEN = SAMPLES / "broken-rhythm.beatboard"
README = SAMPLES / "README.md"

# The rules the problem sample exists to demonstrate.
DEMONSTRATED_RULES = {
    "HOOK_LATE", "HOOK_MISSING", "CLIFFHANGER_MISSING", "CLIFFHANGER_WEAK",
    "EPISODE_TOO_SHORT", "EPISODE_TOO_LONG", "TURN_GAP", "PRESSURE_RUN", "PAYOFF_DROUGHT",
    "PAYWALL_WEAK", "COMPLIANCE_MINORS", "COMPLIANCE_FLAG", "EP1_CONFLICT_LATE",
    "GRAPH_UNREACHABLE",
}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ROW = re.compile(r"^\|\s*(\d+|—)\s*\|\s*([A-Z0-9_]+)\s*\|\s*(error|warning|info)\s*\|"
                  r"\s*([^|]*?)\s*\|\s*$")


@pytest.fixture(scope="module")
def showcase():
    return fileio.load(SHOWCASE)


@pytest.fixture(scope="module")
def broken():
    return fileio.load(BROKEN)


def _texts(project):
    s = project.series
    yield from (s.title, s.logline, s.notes)
    for c in s.characters:
        yield c.description
    for ep in project.episodes:
        yield ep.title
        yield ep.notes
        for b in ep.beats:
            yield from (b.title, b.action, b.dialogue, b.sound, b.notes)


# --- showcase -----------------------------------------------------------------------

@pytest.mark.parametrize("path", [SHOWCASE, BROKEN], ids=["showcase", "broken"])
def test_sample_is_saved_in_canonical_form(path):
    raw = path.read_text(encoding="utf-8")
    assert fileio.dumps(fileio.loads(raw, path)) == raw


def test_showcase_has_no_findings_at_all(showcase):
    findings = check_project(showcase)
    assert [f"{f.episode_number} {f.rule}: {f.message}" for f in findings] == []


def test_beatboard_check_command_reports_nothing_for_the_showcase(capsys):
    from beatboard import cli
    code = cli.main(["check", str(SHOWCASE), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert report["findings"] == []
    assert (report["summary"]["error"], report["summary"]["warning"],
            report["summary"]["info"]) == (0, 0, 0)


def test_showcase_is_a_full_revenge_series(showcase):
    s = showcase.series
    assert (s.genre, s.profile, showcase.paywall_episode) == ("revenge", "overseas", 10)
    eps = showcase.ordered_episodes()
    assert len(eps) >= 12
    assert [e.number for e in eps] == list(range(1, len(eps) + 1))
    for ep in eps:
        assert 7 <= len(ep.beats) <= 12, ep.number
        line = main_line(ep)
        assert line[0].kind == "hook" and line[-1].kind == "cliffhanger", ep.number


def test_showcase_beats_are_fully_boarded(showcase):
    names = {c.name for c in showcase.series.characters}
    places = {loc.name for loc in showcase.series.locations}
    assert all(c.description for c in showcase.series.characters)
    assert not any(c.minor for c in showcase.series.characters)
    for ep in showcase.episodes:
        for b in ep.beats:
            where = f"{ep.number}/{b.id}"
            assert b.title and b.action and b.sound and b.notes, where
            assert b.duration_s is not None and b.emotion.tag, where
            assert b.shot.size and b.shot.move, where
            assert b.characters and set(b.characters) <= names, where
            assert b.location in places, where
            for line in b.dialogue.splitlines():
                assert re.match(r"^[A-Z][A-Z .()'\-]*:\s\S", line), (where, line)


def test_showcase_has_variants_a_choice_and_the_strongest_cliff_before_the_paywall(showcase):
    variant_eps = [ep.number for ep in showcase.episodes
                   if any(link.kind == LinkKind.VARIANT for link in ep.links)]
    choice_eps = [ep.number for ep in showcase.episodes
                  if any(link.kind == LinkKind.CHOICE for link in ep.links)]
    assert len(variant_eps) >= 2 and len(choice_eps) >= 1
    for n in variant_eps + choice_eps:
        assert cut_count(showcase.episode_by_number(n)) == 2
    cliffs = {ep.number: main_line(ep)[-1].emotion.intensity for ep in showcase.episodes}
    assert cliffs[9] == 5
    assert all(v < 5 for n, v in cliffs.items() if n != 9)


def test_showcase_mixes_english_and_chinese(showcase):
    texts = list(_texts(showcase))
    assert any(_CJK.search(t) for t in texts)
    dialogue = [b.dialogue for ep in showcase.episodes for b in ep.beats if b.dialogue]
    assert dialogue and not any(_CJK.search(d) for d in dialogue)  # English on screen
    notes = [b.notes for ep in showcase.episodes for b in ep.beats]
    assert all(_CJK.search(n) for n in notes)  # Chinese production notes


# --- the problem sample ---------------------------------------------------------------

def _expected_from_readme() -> Counter:
    text = README.read_text(encoding="utf-8")
    section = text.split("### Expected findings", 1)[1]
    rows = Counter()
    for line in section.splitlines():
        m = _ROW.match(line.strip())
        if not m:
            continue
        ep, rule, severity, beats = m.groups()
        beat_ids = tuple(b.strip() for b in beats.split(",") if b.strip() not in ("", "—"))
        rows[(None if ep == "—" else int(ep), rule, severity, beat_ids)] += 1
    return rows


def test_readme_lists_every_demonstrated_rule():
    expected = _expected_from_readme()
    assert {rule for _, rule, _, _ in expected} >= DEMONSTRATED_RULES


def test_broken_sample_produces_exactly_the_readme_findings(broken):
    actual = Counter((f.episode_number, f.rule, f.severity.value, tuple(f.beats))
                     for f in check_project(broken))
    expected = _expected_from_readme()
    assert actual - expected == Counter(), "findings missing from samples/README.md"
    assert expected - actual == Counter(), "samples/README.md lists findings that do not occur"


def test_broken_sample_is_small_and_bilingual(broken):
    assert 4 <= len(broken.episodes) <= 6
    assert any(_CJK.search(b.dialogue) for ep in broken.episodes for b in ep.beats)
    assert any(c.minor for c in broken.series.characters)


# --- panels and sketches ---------------------------------------------------------------

def test_showcase_beats_have_one_to_three_panels_with_shots(showcase):
    from beatboard.core.autoframe import effective_shot, normal_size
    from beatboard.core.panel_timing import panel_captions
    for ep in showcase.episodes:
        for b in ep.beats:
            assert 1 <= len(b.panels) <= 3, b.id
            assert [p.id for p in b.panels] == [f"{b.id}-p{k}" for k in range(1, len(b.panels) + 1)]
            for p in b.panels:
                assert normal_size(effective_shot(b, p).size), (b.id, p.id)
            captions = panel_captions(b)
            assert not any(_CJK.search(c) for c in captions)  # on screen: English
            # every spoken word reaches a panel without its own caption, in order
            spoken = "\n".join(c for p, c in zip(b.panels, captions) if p.caption is None)

            def words(text):
                return " ".join(re.sub(r"^[A-Z][A-Z .()'\-]*:\s", "", line)
                                for line in text.splitlines()).split()
            assert words(spoken) == words(b.dialogue), b.id


def test_showcase_episodes_1_and_2_are_sketched_with_the_stroke_model(showcase):
    from beatboard.core import assets
    from beatboard.core.sketch import FILE_SUFFIX
    base = SHOWCASE.parent
    sketched = 0
    for ep in showcase.episodes:
        for b in ep.beats:
            for p in b.panels:
                if ep.number in (1, 2):
                    assert p.sketch and p.sketch.startswith("iron-heiress.assets/"), p.id
                    assert p.sketch.endswith(FILE_SUFFIX)
                    sk = assets.load_sketch(base, p.sketch)
                    tools = {s.tool for layer in sk.layers for s in layer.strokes}
                    assert sk.stroke_count >= 8 and "pen" in tools, p.id
                    assert any(len({pt[2] for pt in s.points}) > 2
                               for layer in sk.layers for s in layer.strokes), p.id  # pressure
                    assert (base / p.sketch).stat().st_size < 40_000, p.id
                    sketched += 1
                else:
                    assert p.sketch is None and p.image is None, p.id
    assert sketched >= 40
    # nothing stray in the assets folder: every file is a drawing the sample uses
    used = assets.assets_used(showcase, base)
    assert {f"iron-heiress.assets/{f.name}" for f in assets.assets_dir(SHOWCASE).iterdir()} == used
