"""Final Draft import, and refusal of hostile XML."""
import pytest

from beatboard.core.errors import BeatBoardFileError
from beatboard.core.vocab import Direction
from beatboard.interchange.drafts import script_order
from beatboard.interchange.fdx_import import ENTITY_REFUSAL, import_fdx

from .conftest import DATA

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<FinalDraft><Content><Paragraph Type="Action"><Text>&lol4;</Text></Paragraph></Content></FinalDraft>
"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE fd [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<FinalDraft><Content><Paragraph Type="Action"><Text>&xxe;</Text></Paragraph></Content></FinalDraft>
"""


def test_fdx_pilot_maps_paragraphs_to_episodes_and_beats():
    p = import_fdx((DATA / "pilot.fdx").read_bytes(), "pilot.fdx")
    assert p.series.title == "The Hidden Heiress" and "by Mei Chen" in p.series.notes
    assert [(e.number, e.title) for e in p.episodes] == [(1, "The Gala"), (2, "")]
    hook = p.episodes[0].beats[0]
    assert hook.kind == "hook" and hook.emotion.direction == Direction.DOWN
    assert hook.location == "GALA HALL" and "Scene 1" in hook.notes
    assert hook.action.startswith("Lin, in a borrowed dress.") and "CUT TO:" not in hook.action
    assert hook.transition == "CUT TO:"
    # Script order kept; the second voice of the dual dialogue is marked simultaneous.
    assert script_order(hook.action, hook.dialogue)[-4:] == [
        ("a", "Lin, in a borrowed dress."),
        ("d", "RIVAL (V.O.): (sneering) She is nobody."), ("d", "LIN: Remember this day."),
        ("d", "林夏：记住今天。")]
    assert [hook.dialogue.splitlines()[k] for k in hook.simultaneous] == ["林夏：记住今天。"]
    assert [c.name for c in p.series.characters] == ["RIVAL", "LIN", "林夏"]
    cliff = p.episodes[1].beats[0]
    assert (cliff.kind, cliff.duration_s, cliff.location) == ("cliffhanger", 4.0, "LU MANSION")
    assert "CLOSE ON the envelope: WILL." in cliff.action


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "xxe"])
def test_hostile_xml_is_refused_with_a_clear_message(payload):
    with pytest.raises(BeatBoardFileError) as err:
        import_fdx(payload, "evil.fdx")
    assert str(err.value) == f"evil.fdx: {ENTITY_REFUSAL}"
    assert "root:" not in str(err.value)


def test_broken_xml_and_wrong_root_name_the_place():
    with pytest.raises(BeatBoardFileError, match=r"bad\.fdx: line 1, column \d+: not valid XML"):
        import_fdx(b"<FinalDraft><Content>", "bad.fdx")
    with pytest.raises(BeatBoardFileError, match="not a Final Draft file"):
        import_fdx(b"<html/>", "page.fdx")


def test_bad_annotation_in_fdx_names_the_paragraph():
    data = (b'<FinalDraft><Content><Paragraph Type="Action"><Text>Go.</Text></Paragraph>'
            b'<Paragraph Type="Action"><Text>[[duration: never]]</Text></Paragraph></Content></FinalDraft>')
    with pytest.raises(BeatBoardFileError, match="x.fdx: paragraph 2: .*expected seconds"):
        import_fdx(data, "x.fdx")
