"""Script elements (from Fountain or Final Draft) to a BeatBoard project.

Beat boundaries: a scene heading starts a beat; so do a page break ``===``, a
``[[beat]]`` annotation, and a ``[[kind]]``/``[[id]]`` annotation when the current beat
already has one. Everything else fills the current beat: action paragraphs (also
centred text and lyrics, kept as action), the transition out of the beat (Beat.transition),
dialogue as ``NAME: line`` rows (the second voice of dual dialogue marked in
Beat.simultaneous), notes. Action and dialogue keep
their order (see drafts.dialogue_in_order). Text before the first beat of an episode
(``FADE IN:``, an epigraph) opens the first beat rather than being a beat of its own. A
section or synopsis goes with what follows it (the next scene), or with the episode or
scene whose heading it directly follows. Durations stay unset (estimated from the
dialogue) unless ``[[duration]]`` says.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from ..core.errors import BeatBoardFileError
from ..core.model import ID_PATTERN, KIND_PATTERN
from . import annotations as ann
from .drafts import BeatDraft, EpisodeDraft, action_paragraphs, dialogue_row, location_of
from .episode_marker import EpisodeMarker
from .fountain_parse import Element, Progress
from .fountain_scan import Cancel, Note, check_cancel
from .script_project import MAX_CHARACTER_NAME, MAX_LOCATION_NAME, ProjectAssembly, clamp_name

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_TITLE_KEYS = {"title", "标题", "剧名", "片名"}
MAX_TRANSITION = 48
BEAT_MODES = ("scene", "paragraph")
_CHECK_EVERY = 4096  # elements between two polls of the cancel callback


class ScriptBuilder(ProjectAssembly):
    def __init__(self, source, episode_marker: str | None = None, unit: str = "line",
                 cancel: Cancel = None, progress: Progress = None, beats: str = "scene"):
        if beats not in BEAT_MODES:
            raise ValueError(f"beats must be one of {', '.join(BEAT_MODES)}, not {beats!r}")
        self.source = source
        self.beats = beats  # "scene": a beat per scene; "paragraph": per action paragraph
        self.cancel = cancel
        self.progress = progress  # fraction of the elements fed so far
        self.unit = unit  # how places are named in messages: "line" or "paragraph"
        self.marker = EpisodeMarker(episode_marker)
        self.series_title = ""
        self.series_notes: list[str] = []
        self.episodes: list[EpisodeDraft] = []
        self.beat: BeatDraft | None = None
        self.location = ""
        self.characters: dict[str, None] = {}
        self.locations: dict[str, None] = {}
        self.sampled = self.cjk = self.latin = 0  # for guessing the language
        self.preface: BeatDraft | None = None  # content before the episode's first beat
        self.pending: list[str] = []  # sections and synopses waiting for what follows
        self.episode_synopsis = False  # right after an episode heading
        self.scene_synopsis = False  # right after a scene heading
        self.closed: BeatDraft | None = None  # the beat a transition just ended

    # --- errors -----------------------------------------------------------------
    def _fail(self, line: int, problem: str):
        raise BeatBoardFileError(self.source, f"{self.unit} {line}", problem)

    # --- structure --------------------------------------------------------------
    @property
    def episode(self) -> EpisodeDraft | None:
        return self.episodes[-1] if self.episodes else None

    def _ensure_episode(self, line: int) -> EpisodeDraft:
        if self.episode is None:
            self.episodes.append(EpisodeDraft(None, "", line))
        return self.episode

    def _new_beat(self, line: int) -> BeatDraft:
        ep = self._ensure_episode(line)
        self.beat, self.closed = BeatDraft(line), None
        self.beat.fields["location"] = self.location
        if self.preface is not None:  # FADE IN:, an epigraph: the opening of this beat
            pre, self.preface = self.preface, None
            self.beat.action, self.beat.dialogue, self.beat.order = pre.action, pre.dialogue, pre.order
            self.beat.cue_names, self.beat.notes = pre.cue_names, pre.notes
        self.beat.panel_per_row = self.beats == "paragraph"
        ep.beats.append(self.beat)
        return self.beat

    def _close_preface(self) -> None:
        """An episode with content but no beat start: the content is its one beat."""
        if self.preface is not None:
            pre, self.preface = self.preface, None
            self._ensure_episode(pre.line).beats.append(pre)
            self.beat = pre

    def _flush_pending(self) -> None:
        pending, self.pending = self.pending, []
        for text in pending:
            self._add_note(text)

    def _ensure_beat(self, line: int) -> BeatDraft:
        return self.beat if self.beat is not None else self._new_beat(line)

    def _start_episode(self, number: int | None, title: str, line: int) -> None:
        self._flush_pending()
        if self.preface is not None and self.episode is None:
            pre, self.preface = self.preface, None  # an epigraph before the first episode
            self.series_notes.extend(pre.action + pre.dialogue + pre.notes)
        self._close_preface()
        ep = self.episode
        if ep is not None and ep.number is None and not ep.beats and not self.beat:
            ep.number, ep.title, ep.line = number, title, line  # adopt a leading preface
        else:
            self.episodes.append(EpisodeDraft(number, title, line))
        self.beat = self.closed = None
        self.location = ""
        self.episode_synopsis = True

    def _add_note(self, text: str) -> None:
        if not text:
            return
        beat = self.beat if self.beat is not None else self.closed
        if beat is not None:
            beat.notes.append(text)
        elif self.episode is not None:
            self.episode.notes.append(text)
        else:
            self.series_notes.append(text)

    def _try_marker(self, text: str, line: int, in_action: bool = False) -> bool:
        if "\n" in text.strip():
            return False
        if in_action and not self.marker.custom and text != text.upper():
            return False  # "Episode 3 begins..." in action is prose; "EPISODE 3" is a heading
        found = self.marker.match(text)
        if found is None:
            return False
        self._start_episode(found[0], found[1], line)
        return True

    # --- elements ---------------------------------------------------------------
    def feed(self, elements: Iterable[Element]) -> None:
        """Take the elements in script order (a list, or a stream from iter_fountain)."""
        total = len(elements) if isinstance(elements, list) else 0
        for count, el in enumerate(elements):
            if count % _CHECK_EVERY == 0:
                check_cancel(self.cancel)
                if self.progress is not None and total:
                    self.progress(count / total)
            if el.kind not in ("section", "synopsis", "episode"):
                self.episode_synopsis = False
                if el.kind != "scene_heading":
                    self._flush_pending()
            if el.kind != "synopsis":
                self.scene_synopsis = False
            if el.kind in ("title_page", "scene_heading"):
                getattr(self, "_on_" + el.kind)(el)
                if el.kind == "scene_heading":  # notes on the heading line belong to its beat
                    for note in el.notes:
                        self._note(note)
                continue
            for note in el.notes:
                self._note(note)
            getattr(self, "_on_" + el.kind)(el)

    def _on_title_page(self, el: Element) -> None:
        for key, value in el.meta:
            if key.lower() in _TITLE_KEYS and not self.series_title:
                # Lines of a multi-line value join with one space; spacing inside a
                # line is the writer's and round-trips as written.
                self.series_title = " ".join(
                    part.strip() for part in value.splitlines() if part.strip())
            else:
                self.series_notes.append(f"{key}: {value}")
        for note in el.notes:
            self.series_notes.append(note.text)

    def _on_section(self, el: Element) -> None:
        if not self._try_marker(el.text, el.line):
            self.episode_synopsis = False
            self.pending.append("#" * el.depth + " " + el.text)

    def _on_episode(self, el: Element) -> None:
        """An explicit episode break (Final Draft 'New Act'): numbered if its text says so."""
        if not self._try_marker(el.text, el.line):
            self._start_episode(None, el.text.strip(), el.line)

    def _on_synopsis(self, el: Element) -> None:
        """A synopsis describes the episode or scene whose heading it follows; otherwise
        the scene that comes next."""
        if self.episode_synopsis:
            self._ensure_episode(el.line).notes.append(el.text)
        elif self.scene_synopsis and self.beat is not None:
            self.beat.notes.append(el.text)
        else:
            self.pending.append(el.text)

    def _on_scene_heading(self, el: Element) -> None:
        self.location = clamp_name(location_of(el.text), MAX_LOCATION_NAME)
        if self.location:
            self.locations.setdefault(self.location, None)
        beat = self._new_beat(el.line)
        beat.heading, beat.scene_number = el.text, el.scene_number
        beat.notes[:0], self.pending = self.pending, []
        self.scene_synopsis = True
        self._sample(el.text)

    def _on_page_break(self, el: Element) -> None:
        if self.beat is not None and not self.beat.fresh:
            self.beat = None

    def _on_action(self, el: Element) -> None:
        if not el.forced and self._try_marker(el.text, el.line, in_action=True):
            return
        text = el.text.strip("\n")
        if not text:
            return
        if self.beats == "paragraph":
            for para in action_paragraphs(text):
                self._paragraph_beat(el.line)
                self._add_action(el.line, para)
        else:
            self._add_action(el.line, text)
        self._sample(text)

    def _paragraph_beat(self, line: int) -> None:
        """By paragraph, an action paragraph opens a beat of its own, unless the beat is
        still empty (just after its scene heading) or a [[beat]] marks it (marks win)."""
        beat = self.beat
        if beat is not None and not beat.fresh and beat.title is None:
            self._new_beat(line)

    def _add_action(self, line: int, text: str) -> None:
        beat = self._content(line)
        beat.action.append(text)
        beat.order.extend("a" * len(action_paragraphs(text)))

    def _add_dialogue(self, line: int, row: str) -> BeatDraft:
        beat = self._content(line)
        for part in row.split("\n"):  # a row is one line
            beat.dialogue.append(part)
            beat.order.append("d")
        return beat

    def _on_centered(self, el: Element) -> None:
        self._on_action(el)

    def _on_transition(self, el: Element) -> None:
        if not el.text:
            return
        if self.beat is None and (self.episode is None or not self.episode.beats):
            # FADE IN: before the first scene is layout: a note of the first beat.
            self._content(el.line).notes.append(el.text)
        elif self.beat is None and self.closed is not None:  # CUT TO: then FADE OUT.
            joined = f"{self.closed.transition} {el.text}"
            if len(joined) <= MAX_TRANSITION:
                self.closed.transition = joined
            else:
                self.closed.action.append(el.text)
                self.closed.order.append("a")
        else:
            beat = self._content(el.line)
            if len(el.text) > MAX_TRANSITION:
                self._add_action(el.line, el.text)
                return
            beat.transition = el.text
            if beat is self.beat:  # a cut: what follows in the scene is another beat
                self.beat, self.closed = None, beat

    def _on_lyrics(self, el: Element) -> None:
        self._add_action(el.line, "\n".join("~" + t for t in el.text.split("\n")))

    def _on_dialogue(self, el: Element) -> None:
        name = clamp_name(el.name, MAX_CHARACTER_NAME)
        beat = self._add_dialogue(el.line, dialogue_row(name, el.extension, el.text))
        if el.dual and len(beat.dialogue) > 1:
            beat.dual_rows.append(len(beat.dialogue) - 1)
        if name and name not in beat.cue_names:
            beat.cue_names.append(name)
        if name:
            self.characters.setdefault(name, None)
        self._sample(el.text)

    def _on_note(self, el: Element) -> None:
        self._note(Note(el.text, el.line))

    def _content(self, line: int) -> BeatDraft:
        """The beat that takes script text; before an episode's first beat, the preface."""
        if self.beat is None and (self.episode is None or not self.episode.beats):
            if self.preface is None:
                self.preface = BeatDraft(line, panel_per_row=self.beats == "paragraph")
            return self.preface
        self._ensure_beat(line).fresh = False
        return self.beat

    # --- annotations ------------------------------------------------------------
    def _note(self, note: Note) -> None:
        a = ann.parse_annotation(note.text)
        if a is None:
            self._add_note(note.text)
            return
        try:
            self._apply(a, note.line)
        except ValueError as e:
            self._fail(note.line, f"[[{note.text}]]: {e}")

    def _apply(self, a: ann.Annotation, line: int) -> None:
        key, value = a.key, a.value
        if key == "note":
            self._add_note(value)
            return
        if key == "beat":
            if self.beat is None or not self.beat.fresh or self.beat.title is not None:
                self._new_beat(line)
            self.beat.title = value
            self.beat.fresh = False
            return
        if key == "kind":
            if not re.fullmatch(KIND_PATTERN, value.lower()):
                raise ValueError("a kind is one lowercase word such as hook, turn, payoff")
            if self.beat is not None and self.beat.kind:
                self._new_beat(line)
            self._ensure_beat(line).kind = value.lower()
            return
        if key == "id":
            if not re.fullmatch(ID_PATTERN, value):
                raise ValueError("an id is letters, digits, '_', '.' or '-' (at most 64)")
            if self.beat is not None and self.beat.id:
                self._new_beat(line)
            self._ensure_beat(line).id = value
            return
        beat = self._ensure_beat(line)
        if key == "emotion":
            beat.emotion = ann.parse_emotion(value)
        elif key == "duration":
            beat.fields["duration_s"] = ann.parse_duration(value)
        elif key == "shot":
            beat.fields["shot"] = ann.parse_shot(value)
        elif key == "location":
            value = clamp_name(value, MAX_LOCATION_NAME)
            beat.fields["location"] = self.location = value
            if value:
                self.locations.setdefault(value, None)
        elif key == "sound":
            beat.fields["sound"] = value
        elif key == "dialogue":
            self._add_dialogue(line, value)
        elif key == "compliance":
            beat.fields[key] = ann.parse_compliance(value)
        elif key == "characters":
            beat.fields[key] = [n for n in (clamp_name(v, MAX_CHARACTER_NAME)
                                            for v in ann.split_list(value)) if n]
        elif key in ann.LIST_KEYS:
            beat.fields[key] = ann.split_list(value)
        elif key in ann.LINK_KEYS:
            for target in ann.parse_links(value):
                beat.links.append((key, target, line))

    def _sample(self, text: str) -> None:
        """Count Chinese characters and Latin words of the first 200,000 characters."""
        if self.sampled < 200_000:
            self.sampled += len(text)
            self.cjk += len(_CJK.findall(text))
            self.latin += len(_LATIN_WORD.findall(text))


def source_name(source) -> str | None:
    return str(Path(source)) if source is not None else None
