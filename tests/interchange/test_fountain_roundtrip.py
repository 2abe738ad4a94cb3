"""BeatBoard -> Fountain -> BeatBoard keeps beats, kinds, emotions, durations and links."""
from hypothesis import HealthCheck, given, settings, strategies as st

from beatboard.core.graph import main_line
from beatboard.core.model import Beat, Emotion, Episode, Link, Project, Series, Shot
from beatboard.core.vocab import COMPLIANCE_TAGS, Direction, EMOTION_TAGS
from beatboard.export.tables.fountain_export import export_fountain
from beatboard.interchange.fountain_import import import_fountain
from gen_series import make_series

BEAT_FIELDS = {"pos", "panels"}  # canvas positions and images are not carried by scripts


def assert_same(original: Project, back: Project):
    assert back.series.title == original.series.title
    eps = original.ordered_episodes()
    assert [(e.number, e.title, e.notes) for e in back.ordered_episodes()] == \
           [(e.number, e.title, e.notes) for e in eps]
    for a, b in zip(eps, back.ordered_episodes()):
        got = {x.id: x.model_dump(exclude=BEAT_FIELDS) for x in b.beats}
        want = {x.id: x.model_dump(exclude=BEAT_FIELDS) for x in a.beats}
        assert got == want
        assert {(l.from_, l.to, l.kind) for l in b.effective_links()} == \
               {(l.from_, l.to, l.kind) for l in a.effective_links()}
        assert [x.id for x in main_line(b)] == [x.id for x in main_line(a)]
        assert [x.seconds for x in main_line(b)] == [x.seconds for x in main_line(a)]


def test_generated_series_round_trips_english_and_chinese():
    project = make_series(episodes=4, beats=12, variants=3, seed=7)
    text = export_fountain(project)
    assert "# Episode 2: 第2集" in text and "[[variant: " in text
    assert_same(project, import_fountain(text))


def test_exported_script_reads_like_a_screenplay():
    project = Project(series=Series(title="Gala"), episodes=[Episode(id="x", number=1, beats=[
        Beat(id="b1", title="Slap", kind="hook", location="Gala hall", duration_s=2.5,
             emotion=Emotion(tag="怒", intensity=4), shot=Shot(size="CU", move="push-in"),
             compliance=["violence"], characters=["Lin"], action="She slaps him.",
             dialogue="LIN: How dare you.\n林夏：你敢？")])])
    text = export_fountain(project)
    assert text.splitlines()[:9] == [
        "Title: Gala", "", "# Episode 1", "", ".Gala hall", "", "[[beat: Slap]]", "[[id: b1]]", "[[hook]]"]
    assert "[[emotion: indignation down 4]]" in text and "[[shot: CU push-in]]" in text
    assert "\nLIN\nHow dare you.\n" in text and "\n林夏：你敢？\n" in text
    assert_same(project, import_fountain(text))


_chars = st.sampled_from(list("abcXYZ 林夏你好。，！？:.'-()!@#~=>") + ["word", "LIN", "INT. "])
_text = st.lists(_chars, min_size=1, max_size=12).map("".join).map(str.strip).filter(bool)
_name = st.sampled_from(["LIN", "Lu Chen", "林夏", "陆沉", "MOM", "Dr. Wu"])


@st.composite
def beats(draw, i):
    n_lines = draw(st.integers(0, 3))
    dialogue = "\n".join(f"{draw(_name)}: {draw(_text)}" for _ in range(n_lines))
    paras = draw(st.lists(st.lists(_text, min_size=1, max_size=2).map("\n".join), max_size=2))
    tag = draw(st.sampled_from([""] + list(EMOTION_TAGS)))
    emotion = Emotion(tag=tag, intensity=draw(st.integers(1, 5))) if tag else \
        Emotion(direction=draw(st.sampled_from(list(Direction))), intensity=draw(st.integers(1, 5)))
    return Beat(
        id=f"b{i}", title=draw(st.one_of(st.just(""), _text)),
        kind=draw(st.sampled_from(["hook", "setup", "turn", "cliffhanger", "other", "flashback"])),
        duration_s=draw(st.one_of(st.none(), st.sampled_from([1.5, 4.0, 12.3]))), emotion=emotion,
        action="\n\n".join(paras), dialogue=dialogue,
        shot=Shot(size=draw(st.sampled_from(["", "CU", "wide angle", "pan"])),
                  move=draw(st.sampled_from(["", "push-in", "slow drift"]))),
        characters=draw(st.lists(_name, unique=True, max_size=2)),
        location=draw(st.sampled_from(["", "Gala hall", "宴会厅", "INT. ODD", "Roof - NIGHT"])),
        compliance=draw(st.lists(st.sampled_from(COMPLIANCE_TAGS), unique=True, max_size=2)),
        props=draw(st.lists(st.sampled_from(["ring", "合同"]), unique=True, max_size=2)),
        sound=draw(st.sampled_from(["", "thunder"])), notes=draw(st.one_of(st.just(""), _text)))


@st.composite
def projects(draw):
    episodes = []
    for n in range(1, draw(st.integers(1, 2)) + 1):
        bs = [draw(beats(n * 10 + i)) for i in range(draw(st.integers(1, 4)))]
        links = []
        if len(bs) >= 3 and draw(st.booleans()):  # b1 has an A/B variant b1'
            a, b, c = bs[0], bs[1], bs[2]
            links = [Link(**{"from": a.id, "to": b.id}), Link(**{"from": b.id, "to": c.id}),
                     Link(**{"from": a.id, "to": bs[-1].id, "kind": "variant"})]
            links += [Link(**{"from": bs[-1].id, "to": c.id})] if bs[-1].id != c.id else []
        episodes.append(Episode(id=f"ep{n}", number=n, title=draw(st.one_of(st.just(""), _text)),
                                beats=bs, links=links, notes=draw(st.one_of(st.just(""), _text))))
    return Project(series=Series(title=draw(st.one_of(st.just(""), _text))), episodes=episodes)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_random_projects_round_trip(project):
    assert_same(project, import_fountain(export_fountain(project)))
