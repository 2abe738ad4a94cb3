"""Script elements (from Fountain or Final Draft) to a BeatBoard project.

Beat boundaries: a scene heading starts a beat; so do a page break ``===``, a
``[[beat]]`` annotation, and a ``[[kind]]``/``[[id]]`` annotation when the current beat
already has one. Everything else fills the current beat: action paragraphs (also
transitions, centred text and lyrics, kept as action), dialogue as ``NAME: line`` rows,
notes. Durations stay unset (estimated from the dialogue) unless ``[[duration]]`` says.
"""
from __future__ import annotations

import re
from pathlib import Path

from pydantic import ValidationError

from ..core.errors import BeatBoardFileError
from ..core.integrity import integrity_problems
from ..core.model import ID_PATTERN, KIND_PATTERN, Beat, Character, Episode, Link, Location, \
    Project, Series
from . import annotations as ann
from .drafts import BeatDraft, EpisodeDraft, beat_from_draft, free_id, location_of, \
    pydantic_problem
from .episode_marker import EpisodeMarker
from .fountain_parse import Element, Note

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TITLE_KEYS = {"title", "标题", "剧名", "片名"}


class ScriptBuilder:
    def __init__(self, source, episode_marker: str | None = None, unit: str = "line"):
        self.source = source
        self.unit = unit  # how places are named in messages: "line" or "paragraph"
        self.marker = EpisodeMarker(episode_marker)
        self.series_title = ""
        self.series_notes: list[str] = []
        self.episodes: list[EpisodeDraft] = []
        self.beat: BeatDraft | None = None
        self.location = ""
        self.characters: dict[str, None] = {}
        self.locations: dict[str, None] = {}
        self.text_sample: list[str] = []

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
        self.beat = BeatDraft(line)
        self.beat.fields["location"] = self.location
        ep.beats.append(self.beat)
        return self.beat

    def _ensure_beat(self, line: int) -> BeatDraft:
        return self.beat if self.beat is not None else self._new_beat(line)

    def _start_episode(self, number: int | None, title: str, line: int) -> None:
        ep = self.episode
        if ep is not None and ep.number is None and not ep.beats and not self.beat:
            ep.number, ep.title, ep.line = number, title, line  # adopt a leading preface
        else:
            self.episodes.append(EpisodeDraft(number, title, line))
        self.beat = None
        self.location = ""

    def _add_note(self, text: str) -> None:
        if not text:
            return
        if self.beat is not None:
            self.beat.notes.append(text)
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
    def feed(self, elements: list[Element]) -> None:
        for el in elements:
            if el.kind != "title_page":
                for note in el.notes:
                    self._note(note)
            getattr(self, "_on_" + el.kind)(el)

    def _on_title_page(self, el: Element) -> None:
        for key, value in el.meta:
            if key.lower() in _TITLE_KEYS and not self.series_title:
                # Emphasis around the whole title (_**TITLE**_) is layout, not part of the name.
                self.series_title = " ".join(value.split()).strip("*_ ") or value.strip()
            else:
                self.series_notes.append(f"{key}: {value}")
        for note in el.notes:
            self.series_notes.append(note.text)

    def _on_section(self, el: Element) -> None:
        if not self._try_marker(el.text, el.line):
            self._add_note("#" * el.depth + " " + el.text)

    def _on_episode(self, el: Element) -> None:
        """An explicit episode break (Final Draft 'New Act'): numbered if its text says so."""
        if not self._try_marker(el.text, el.line):
            self._start_episode(None, el.text.strip(), el.line)

    def _on_synopsis(self, el: Element) -> None:
        if self.beat is not None:
            self.beat.notes.append(el.text)
        else:
            self._ensure_episode(el.line).notes.append(el.text)

    def _on_scene_heading(self, el: Element) -> None:
        self.location = location_of(el.text)
        if self.location:
            self.locations.setdefault(self.location, None)
        beat = self._new_beat(el.line)
        beat.heading, beat.scene_number = el.text, el.scene_number
        self.text_sample.append(el.text)

    def _on_page_break(self, el: Element) -> None:
        if self.beat is not None and not self.beat.fresh:
            self.beat = None

    def _on_action(self, el: Element) -> None:
        if not el.forced and self._try_marker(el.text, el.line, in_action=True):
            return
        text = el.text.strip("\n")
        if text:
            self._content(el.line).action.append(text)
            self.text_sample.append(text)

    def _on_centered(self, el: Element) -> None:
        self._on_action(el)

    def _on_transition(self, el: Element) -> None:
        self._content(el.line).action.append(el.text)

    def _on_lyrics(self, el: Element) -> None:
        self._content(el.line).action.append("\n".join("~" + t for t in el.text.split("\n")))

    def _on_dialogue(self, el: Element) -> None:
        beat = self._content(el.line)
        name = el.name.strip()
        sep = "：" if _CJK.search(name) else ": "
        ext = el.extension
        if ext and not (ext.startswith("（") and sep == "："):
            ext = " " + ext
        beat.dialogue.append(f"{name}{ext}{sep}{el.text}" if el.text else f"{name}{ext}{sep}".rstrip())
        if name and name not in beat.cue_names:
            beat.cue_names.append(name)
        if name:
            self.characters.setdefault(name, None)
        self.text_sample.append(el.text)

    def _on_note(self, el: Element) -> None:
        self._note(Note(el.text, el.line))

    def _content(self, line: int) -> BeatDraft:
        beat = self._ensure_beat(line)
        beat.fresh = False
        return beat

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
            beat.fields["location"] = self.location = value
            if value:
                self.locations.setdefault(value, None)
        elif key == "sound":
            beat.fields["sound"] = value
        elif key == "dialogue":
            beat.dialogue.append(value)
        elif key == "compliance":
            beat.fields[key] = ann.parse_compliance(value)
        elif key in ann.LIST_KEYS:
            beat.fields[key] = ann.split_list(value)
        elif key in ann.LINK_KEYS:
            for target in ann.parse_links(value):
                beat.links.append((key, target, line))

    # --- result -----------------------------------------------------------------
    def project(self) -> Project:
        self._number_episodes()
        taken = {b.id for ep in self.episodes for b in ep.beats if b.id}
        episodes = [self._episode(ep, taken) for ep in self.episodes]
        for beat_chars in (b.characters for ep in episodes for b in ep.beats):
            for name in beat_chars:
                self.characters.setdefault(name, None)
        try:
            series = Series(
                title=self.series_title[:200], language=self._language(),
                notes="\n".join(self.series_notes),
                characters=[Character(name=n[:80]) for n in self.characters],
                locations=[Location(name=n[:120]) for n in self.locations])
        except ValidationError as e:
            self._fail(1, pydantic_problem(e))
        project = Project(series=series, episodes=episodes)
        problems = integrity_problems(project)
        if problems:
            raise BeatBoardFileError(self.source, problems[0][0], problems[0][1])
        return project

    def _number_episodes(self) -> None:
        used: dict[int, int] = {}
        for ep in self.episodes:
            if ep.number is not None:
                if ep.number in used:
                    self._fail(ep.line, f"episode {ep.number} appears twice "
                                        f"(first at {self.unit} {used[ep.number]})")
                if not 1 <= ep.number <= 10000:
                    self._fail(ep.line, f"episode number {ep.number} is out of range 1-10000")
                used[ep.number] = ep.line
        nxt = 1
        for ep in self.episodes:
            if ep.number is None:
                while nxt in used:
                    nxt += 1
                ep.number = nxt
                used[nxt] = ep.line

    def _episode(self, ep: EpisodeDraft, taken: set[str]) -> Episode:
        beats = []
        for k, draft in enumerate(ep.beats, 1):
            if not draft.id:
                draft.id = free_id(f"e{ep.number}-b{k}", taken)
            beats.append(self._beat(draft))
        ids = {b.id for b in beats}
        links = []
        for draft in ep.beats:
            for kind, target, line in draft.links:
                if target not in ids:
                    self._fail(line, f"[[{kind}: {target}]] names no beat of episode {ep.number}")
                links.append(Link(**{"from": draft.id, "to": target, "kind": kind}))
        try:
            return Episode(id=free_id(f"ep{ep.number}", set()), number=ep.number,
                           title=ep.title[:200], beats=beats, links=links,
                           notes="\n".join(ep.notes))
        except ValidationError as e:
            self._fail(ep.line, pydantic_problem(e))

    def _beat(self, d: BeatDraft) -> Beat:
        try:
            return beat_from_draft(d)
        except ValidationError as e:
            self._fail(d.line, f"beat {d.id!r}: {pydantic_problem(e)}")

    def _language(self) -> str:
        text = "".join(self.text_sample)
        cjk = len(_CJK.findall(text))
        latin = len(re.findall(r"[A-Za-z]+", text))
        return "zh-CN" if cjk > 2 * latin else "en"


def source_name(source) -> str | None:
    return str(Path(source)) if source is not None else None
