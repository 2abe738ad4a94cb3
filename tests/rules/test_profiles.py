"""Rule profiles: built-ins, user files and their errors, genre presets, overrides."""
from __future__ import annotations

import json

import pytest

from beatboard.core.errors import BeatBoardFileError
from beatboard.resources import resource_path
from beatboard.rules import (BUILTIN_PROFILES, GENRE_PRESETS, RuleProfile, Severity,
                             check_project, load_profile, resolve_profile)

from .factories import beat, check, clean_beats, episode, of, project

OVERSEAS = BUILTIN_PROFILES["overseas"]


@pytest.mark.parametrize("pid", ["overseas", "china"])
def test_builtin_profiles_equal_their_template_files(pid):
    assert load_profile(resource_path("profiles", f"{pid}.json")) == BUILTIN_PROFILES[pid]


def test_every_genre_in_the_vocabulary_has_a_preset():
    from beatboard.core.vocab import GENRES
    assert set(GENRES) - {"other"} <= set(GENRE_PRESETS)


def late_hook_episode():
    beats = clean_beats(1)
    beats[0] = beat("e1b1", "setup", 4, "down", 4)
    beats[1] = beat("e1b2", "hook", 8, "up", 3)
    return episode(1, beats)


def test_threshold_changes_the_outcome():
    proj = project(late_hook_episode())
    assert len(of(check(proj), "HOOK_LATE")) == 1
    relaxed = OVERSEAS.model_copy(update={"hook_max_start_s": 5.0})
    assert of(check(proj, relaxed), "HOOK_LATE") == []


def test_severity_override_and_disable():
    proj = project(late_hook_episode())
    loud = RuleProfile(rules={"HOOK_LATE": "error"})
    assert of(check(proj, loud), "HOOK_LATE")[0].severity == Severity.ERROR
    off = RuleProfile(rules={"HOOK_LATE": "off"})
    assert of(check(proj, off), "HOOK_LATE") == []


def write(tmp_path, data, name="mine.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_user_profile_file_with_base(tmp_path):
    path = write(tmp_path, {"base": "china", "pressure_run_max": 5, "name": "我的规则"})
    p = load_profile(path)
    assert p.pressure_run_max == 5 and p.name == "我的规则" and p.id == "mine"
    assert p.compliance_flags == BUILTIN_PROFILES["china"].compliance_flags


@pytest.mark.parametrize("content, place, problem", [
    ('{"hook_max_start_s": 3,\n "turn_max_s": }', "line 2, column 16", "not valid JSON"),
    ('[1, 2]', "top level", "expected a JSON object"),
    ({"hook_max_start_s": "soon"}, "hook_max_start_s", "valid number"),
    ({"cliffhanger_min_intensity": 9}, "cliffhanger_min_intensity", "less than or equal to 5"),
    ({"hook_limit": 3}, "hook_limit", "unknown setting"),
    ({"rules": {"HOOK_LATER": "off"}}, "rules", "unknown rule id 'HOOK_LATER'"),
    ({"rules": {"HOOK_LATE": "loud"}}, "rules.HOOK_LATE", "'off'"),
    ({"compliance_flags": {"gambling": "severe"}}, "compliance_flags.gambling", "'error'"),
    ({"base": "mars"}, "base", "unknown built-in profile 'mars'"),
    ({"episode_min_s": 200}, "top level", "episode_min_s <= episode_warn_s"),
])
def test_broken_profile_files_name_the_place_and_problem(tmp_path, content, place, problem):
    path = write(tmp_path, content)
    with pytest.raises(BeatBoardFileError) as err:
        load_profile(path)
    assert err.value.path == str(path)
    assert err.value.place == place
    assert problem in err.value.problem


def test_missing_profile_file(tmp_path):
    with pytest.raises(BeatBoardFileError, match="not found"):
        load_profile(tmp_path / "nope.json")


def test_resolve_relative_profile_path_against_project_folder(tmp_path):
    (tmp_path / "rules").mkdir()
    write(tmp_path, {"hook_max_start_s": 5.0}, "rules/loose.json")
    proj = project(late_hook_episode(), profile="rules/loose.json")
    profile = resolve_profile(proj, base_dir=tmp_path)
    assert profile.hook_max_start_s == 5.0
    assert of(check(proj, profile), "HOOK_LATE") == []
    with pytest.raises(BeatBoardFileError):
        resolve_profile(proj, base_dir=tmp_path / "elsewhere")


def pressure_episode(run: int):
    beats = clean_beats(1)
    for i in range(1, run):
        beats[i] = beat(f"e1b{i + 1}", "escalation", 5, "down", 3)
    return episode(1, beats)


def test_revenge_preset_tightens_pressure_runs():
    proj = project(pressure_episode(3), genre="revenge")
    assert resolve_profile(proj).pressure_run_max == 2
    assert len(of(check_project(proj), "PRESSURE_RUN")) == 1
    proj.series.genre = "billionaire"
    assert of(check_project(proj), "PRESSURE_RUN") == []


def test_suspense_preset_tightens_turn_gap():
    beats = clean_beats(1)
    beats[1] = beat("e1b2", "setup", 33, "down")
    proj = project(episode(1, beats), genre="suspense")
    f = of(check_project(proj), "TURN_GAP")
    assert len(f) == 1 and "limit 30 s" in f[0].message


def test_presets_never_relax_a_stricter_user_profile(tmp_path):
    write(tmp_path, {"pressure_run_max": 1}, "strict.json")
    proj = project(pressure_episode(2), genre="revenge", profile="strict.json")
    assert resolve_profile(proj, tmp_path).pressure_run_max == 1


def test_profile_can_opt_out_of_genre_presets(tmp_path):
    write(tmp_path, {"apply_genre_presets": False}, "plain.json")
    proj = project(pressure_episode(3), genre="revenge", profile="plain.json")
    assert resolve_profile(proj, tmp_path).pressure_run_max == 3


def test_builtin_profile_id_resolves_without_a_file():
    proj = project(pressure_episode(2), profile="china")
    assert resolve_profile(proj) == BUILTIN_PROFILES["china"]


def test_profile_path_that_is_a_folder_or_not_text(tmp_path):
    with pytest.raises(BeatBoardFileError, match="folder"):
        load_profile(tmp_path)
    bad = tmp_path / "latin1.json"
    bad.write_bytes('{"name": "caf\xe9"}'.encode("latin-1"))
    with pytest.raises(BeatBoardFileError, match="not UTF-8"):
        load_profile(bad)
