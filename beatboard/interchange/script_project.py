"""The last step of reading a script: the drafts built from its elements become a
checked ``Project`` (episodes numbered, beat ids given, links resolved, cast and
locations gathered, the language guessed). ``ScriptBuilder`` inherits it."""
from __future__ import annotations

from pydantic import ValidationError

from ..core.errors import BeatBoardFileError
from ..core.integrity import integrity_problems
from ..core.model import Beat, Character, Episode, Link, Location, Project, Series
from ..core.series_id import new_series_id
from .drafts import BeatDraft, EpisodeDraft, beat_from_draft, free_id, pydantic_problem
from .fountain_scan import check_cancel
from .introductions import introduced

MAX_CHARACTER_NAME = 80  # the model's limits, applied the same way to cast and beats
MAX_LOCATION_NAME = 120


def clamp_name(name: str, limit: int) -> str:
    return name.strip()[:limit].rstrip()


class ProjectAssembly:
    """The builder's drafts to a project; the builder supplies the drafts and ``_fail``,
    ``_flush_pending`` and ``_close_preface``."""

    def project(self) -> Project:
        self._flush_pending()
        self._close_preface()
        check_cancel(self.cancel)
        self._number_episodes()
        taken = {b.id for ep in self.episodes for b in ep.beats if b.id}
        episodes = []
        for ep in self.episodes:
            episodes.append(self._episode(ep, taken))
            ep.beats = []  # drafts done with: a big script need not hold them twice
        for beat_chars in (b.characters for ep in episodes for b in ep.beats):
            for name in beat_chars:
                self.characters.setdefault(name, None)
        try:
            series = Series(
                title=self.series_title[:200], language=self._language(), id=new_series_id(),
                script_beats=self.beats,
                notes="\n".join(self.series_notes),
                characters=[Character(name=n) for n in self.characters],
                locations=[Location(name=n) for n in self.locations])
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
            if k % 256 == 0:
                check_cancel(self.cancel)
            self._add_introduced(draft)
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

    def _add_introduced(self, draft: BeatDraft) -> None:
        """Characters the action brings on in capitals join the beat's cue names (an
        explicit [[characters]] list is left as written)."""
        if "characters" in draft.fields or not draft.action:
            return
        for name in introduced("\n\n".join(draft.action), self.characters):
            name = clamp_name(name, MAX_CHARACTER_NAME)
            if name and name not in draft.cue_names:
                draft.cue_names.append(name)

    def _beat(self, d: BeatDraft) -> Beat:
        try:
            return beat_from_draft(d)
        except ValidationError as e:
            self._fail(d.line, f"beat {d.id!r}: {pydantic_problem(e)}")

    def _language(self) -> str:
        return "zh-CN" if self.cjk > 2 * self.latin else "en"
