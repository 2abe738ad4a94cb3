"""Which panel each clip of an edited timeline shows, and whether the timeline is ours.

Editing applications rename clips and drop metadata but keep media file names and EDL
reels, so a clip is matched by the panel id in its still's file name, else by the
``beatboard`` metadata, else by reel, else by a clip name like ``E03-012`` (episode,
shot number within the episode, in board order). A timeline of another series is refused: a
series id in its metadata or a series short in its stills' names that is not this
project's (an id missing on either side is compatible).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.cuts import Cut, all_cuts, main_cut
from ..core.editorial_names import parse_still_file_name, reel_name, series_short
from ..core.editorial_names import shot_numbers as episode_shot_numbers
from ..core.errors import BeatBoardFileError
from ..core.model import Beat, Episode, Project
from ..interchange.edit_timeline import EditClip, EditTimeline

_NAME = re.compile(r"^\s*E(\d{1,5})-(\d{1,5})\b")  # E03-012 CU Ava
_NO_SERIES = series_short(None)


@dataclass(frozen=True)
class Match:
    clip: EditClip
    panel_id: str | None  # None: the clip shows no panel of this project
    how: str = ""  # file | metadata | reel | name


@dataclass(frozen=True)
class Place:
    episode: Episode
    beat: Beat


def panel_places(project: Project) -> dict[str, Place]:
    return {p.id: Place(ep, b) for ep in project.episodes for b in ep.beats for p in b.panels}


def check_same_series(project: Project, tl: EditTimeline) -> None:
    """Refuse a timeline made from another series, naming the file and both ids."""
    ours = project.series.id
    if not ours:
        return
    theirs = [str(tl.metadata.get("series_id") or "")]
    theirs += [str(c.metadata.get("series_id") or "") for c in tl.clips]
    for sid in theirs:
        if sid and sid.lower() != ours.lower():
            raise BeatBoardFileError(
                tl.path, "", f"comes from another series (its series id is {sid}, this "
                f"project's is {ours}); retime reads only timelines exported from this project")
    for c in tl.clips:
        parsed = parse_still_file_name(c.media_name)
        if parsed and parsed[0] not in (_NO_SERIES, series_short(ours)):
            raise BeatBoardFileError(
                tl.path, f"clip {c.index} ({c.name or c.media_name})",
                f"shows the still {c.media_name}, named for another series ({parsed[0]}, this "
                f"project is {series_short(ours)}); retime reads only timelines exported "
                "from this project")


def shot_numbers(ep: Episode) -> dict[int, str]:
    """Shot number within the episode (as clip names count them) -> panel id."""
    return {n: pid for pid, n in episode_shot_numbers(ep).items()}


def match_clips(project: Project, tl: EditTimeline) -> list[Match]:
    check_same_series(project, tl)
    places = panel_places(project)
    reels = {reel_name(pid): pid for pid in places}
    named = _name_index(project, tl)
    out: list[Match] = []
    for clip in tl.clips:
        parsed = parse_still_file_name(clip.media_name)
        meta_id = str(clip.metadata.get("panel_id") or "")
        m = _NAME.match(clip.name)
        for how, pid in (("file", parsed[1] if parsed else ""), ("metadata", meta_id),
                         ("reel", reels.get(clip.reel.upper(), "")),
                         ("name", named.get((int(m[1]), int(m[2])), "") if m else "")):
            if pid and pid in places:
                out.append(Match(clip, pid, how))
                break
        else:
            out.append(Match(clip, None))
    if not any(m.panel_id for m in out):
        if tl.format == "CMX 3600 EDL":
            raise BeatBoardFileError(tl.path, "", "has no reel name that matches a panel of "
                                     "this project (reels are derived from panel ids when "
                                     "BeatBoard exports an EDL); nothing to retime")
        raise BeatBoardFileError(tl.path, "", "has no clip that matches a panel of this "
                                 "project (by still file name, metadata, reel or clip name); "
                                 "nothing to retime")
    return out



def _name_index(project: Project, tl: EditTimeline) -> dict[tuple[int, int], str]:
    """(episode number, shot number) -> panel id, for clips named like ``E03-012``."""
    wanted = {int(m[1]) for c in tl.clips if (m := _NAME.match(c.name))}
    out: dict[tuple[int, int], str] = {}
    for number in wanted:
        ep = project.episode_by_number(number)
        if ep is None or not ep.beats:
            continue
        out.update({(number, n): pid for n, pid in shot_numbers(ep).items()})
    return out


def find_cut(ep: Episode, name: str) -> Cut | None:
    if not name:
        return None
    return next((c for c in all_cuts(ep) if c.name == name), None)


def episode_and_cut(project: Project, tl: EditTimeline,
                    matches: list[Match]) -> tuple[Episode, Cut]:
    """The episode most matched clips belong to (or the one the metadata names) and the
    cut through it that holds the most of their beats."""
    places = panel_places(project)
    ep = project.episode(str(tl.metadata.get("episode_id") or ""))
    if ep is None:
        counts: dict[str, int] = {}
        for m in matches:
            if m.panel_id:
                eid = places[m.panel_id].episode.id
                counts[eid] = counts.get(eid, 0) + 1
        ep = project.episode(max(counts, key=lambda k: counts[k]))
    cut = find_cut(ep, str(tl.metadata.get("cut") or ""))
    if cut is None:
        beats = {places[m.panel_id].beat.id for m in matches
                 if m.panel_id and places[m.panel_id].episode.id == ep.id}
        cuts = all_cuts(ep) or [main_cut(ep)]
        cut = max(cuts, key=lambda c: (len(beats & {b.id for b in c.beats}),
                                       -len({b.id for b in c.beats} - beats)))
    return ep, cut
