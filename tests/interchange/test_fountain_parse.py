"""The Fountain reader recognises the published syntax element by element."""
from beatboard.interchange.fountain_parse import is_plain_action, parse_fountain


def kinds(text):
    return [(e.kind, e.text) for e in parse_fountain(text) if e.kind != "title_page"]


def test_title_page_with_indented_values():
    els = parse_fountain("Title:\n    _**BRICK**_\nAuthor: Stu\nContact:\n    A\n    B\n\nINT. X - DAY\n")
    assert els[0].kind == "title_page"
    assert els[0].meta == [("Title", "BRICK"), ("Author", "Stu"), ("Contact", "A\nB")]
    assert els[1].kind == "scene_heading"


def test_scene_headings_forced_numbered_and_chinese():
    els = parse_fountain("INT. HOUSE - DAY #1A#\n\n.SNIPER SCOPE POV\n\n内景 客厅 夜\n\n..not a heading\n")
    assert [(e.kind, e.text, e.scene_number) for e in els] == [
        ("scene_heading", "INT. HOUSE - DAY", "1A"),
        ("scene_heading", "SNIPER SCOPE POV", ""),
        ("scene_heading", "内景 客厅 夜", ""),
        ("action", "..not a heading", "")]


def test_character_cues_extensions_forced_and_dual():
    els = parse_fountain("MOM (O.S.)\n(quietly)\nLuke!\n\n@McCLANE\nYippee.\n\nBRICK ^\nScrew you.\n")
    d = [(e.name, e.extension, e.dual, e.text) for e in els]
    assert d == [("MOM", "(O.S.)", False, "(quietly) Luke!"), ("McCLANE", "", False, "Yippee."),
                 ("BRICK", "", True, "Screw you.")]


def test_all_caps_line_alone_is_action_not_a_cue():
    assert kinds("THE DOOR OPENS.\n\nShe runs.") == [("action", "THE DOOR OPENS."), ("action", "She runs.")]


def test_transitions_centered_lyrics_sections_synopses_page_breaks():
    text = "CUT TO:\n\n> Burn to white.\n\n>THE END<\n\n~Sing a song\n~of sixpence\n\n## Act 1\n\n= Lin loses.\n\n===\n"
    assert kinds(text) == [("transition", "CUT TO:"), ("transition", "Burn to white."),
                           ("centered", "THE END"), ("lyrics", "Sing a song\nof sixpence"),
                           ("section", "Act 1"), ("synopsis", "Lin loses."), ("page_break", "")]


def test_notes_inline_multiline_and_boneyard():
    text = "He waits. [[a note]]\n\n[[multi\nline]]\n\n/* gone\nGONE */\nShe leaves.\n"
    els = parse_fountain(text)
    assert els[0].kind == "action" and els[0].text == "He waits."
    assert [n.text for n in els[0].notes] == ["a note"]
    assert (els[1].kind, els[1].text, els[1].line) == ("note", "multi\nline", 3)
    assert els[2].kind == "action" and els[2].text.strip() == "She leaves."
    assert els[2].line == 8  # line numbers survive notes and boneyard spanning lines
    assert "gone" not in str(els).lower()


def test_forced_action_and_emphasis_markers_removed():
    assert kinds("!SCANNING THE AISLES...\nstill") == [("action", "SCANNING THE AISLES...\nstill")]
    assert kinds("*italic* **bold** _under_") == [("action", "italic bold under")]


def test_chinese_style_cues_mixed_with_action():
    els = parse_fountain("林晚：你好。\n她转身。\n陆沉（画外音）：站住！")
    assert [(e.kind, e.name, e.extension, e.text) for e in els] == [
        ("dialogue", "林晚", "", "你好。"), ("action", "", "", "她转身。"),
        ("dialogue", "陆沉", "（画外音）", "站住！")]


def test_unclosed_note_is_kept_as_text():
    assert kinds("He says [[ nothing more") == [("action", "He says [[ nothing more")]


def test_is_plain_action_spots_paragraphs_that_would_change_meaning():
    assert is_plain_action("She runs.")
    for para in ("INT. HOUSE", "CUT TO:", "LIN\nHello", "# Act", "~la", "林晚：你好", ">X<"):
        assert not is_plain_action(para), para
