from beatboard.core.editorial_names import (parse_still_file_name, reel_name, series_short,
                                            still_file_name, timeline_stem)


def test_still_name_round_trips_series_and_panel():
    name = still_file_name("3f2a9c10deadbeef" * 2, "e01-b02-p3x9k")
    assert name == "3f2a9c10_e01-b02-p3x9k.png"
    assert parse_still_file_name(name) == ("3f2a9c10", "e01-b02-p3x9k")
    assert parse_still_file_name("E01-012 CU Ava.png") is None
    assert series_short(None) == "00000000"


def test_reel_is_eight_safe_characters_and_differs_by_panel():
    a, b = reel_name("e01-b01-p1"), reel_name("e01-b01-p2")
    assert len(a) == 8 and a.isalnum() and a.isupper() and a != b
    assert reel_name("e01-b01-p1") == a


def test_timeline_stem_matches_animatic_naming():
    assert timeline_stem(3, "via-b07 b09") == "E003_via-b07_b09"
