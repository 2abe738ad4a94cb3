"""What the editor changed, panel by panel: the review ``retime`` shows before applying.

The editor's timing wins: a panel whose clip is longer or shorter gets that duration,
panels the editor put in another order inside their beat are reordered, panels left
out are marked dropped (never deleted), clips that show no panel are listed with an
offer to add a panel. A clip moved into another beat, beats in another order, a beat
left out as a whole: reported, not applied (the board is where a director moves beats).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..core.cuts import Cut
from ..core.model import Episode, Project
from ..core.panel_timing import panel_times
from ..core.timeline import build_timeline
from ..interchange.edit_timeline import EditClip, EditTimeline
from .match import Match, episode_and_cut, match_clips, panel_places, shot_numbers
from .notes import Note

# kinds of row; the ones after APPLICABLE are reported only
APPLICABLE = ("duration", "order", "drop", "restore", "add")
REPORTED = ("moved", "repeat", "beat_order", "beat_removed", "elsewhere")


@dataclass
class Row:
    kind: str
    beat_id: str
    panel_id: str = ""
    shot: str = ""  # how a user finds it: "E01-003" or the clip's name
    old: str = ""
    new: str = ""
    accepted: bool = True
    new_s: float | None = None  # duration, restore, add
    order: tuple[str, ...] = ()  # order: the panels of the beat the edit holds, edit order
    after: str | None = None  # add: the panel the new one follows (None: first)
    clip: EditClip | None = None

    @property
    def applicable(self) -> bool:
        return self.kind in APPLICABLE


@dataclass
class Proposal:
    timeline: EditTimeline
    episode: Episode
    cut: Cut
    rows: list[Row] = field(default_factory=list)
    note_items: list[Note] = field(default_factory=list)
    matched: int = 0

    @property
    def notes(self) -> list[str]:
        return self.notes_in("en")

    def notes_in(self, lang: str) -> list[str]:
        return [n.text(lang) for n in self.note_items]

    @property
    def changes(self) -> list[Row]:
        return [r for r in self.rows if r.applicable]

    @property
    def reported(self) -> list[Row]:
        return [r for r in self.rows if not r.applicable]

    def accept_all(self, accepted: bool = True) -> None:
        for r in self.changes:
            r.accepted = accepted


def seconds(s: float | None) -> str:
    return "—" if s is None else f"{s:.2f} s"


def propose(project: Project, tl: EditTimeline) -> Proposal:
    """The review of ``tl`` against ``project``; raises BeatBoardFileError for a
    timeline of another series or one that matches nothing."""
    matches = [m for m in match_clips(project, tl) if m.clip.frames > 0]
    ep, cut = episode_and_cut(project, tl, matches)
    prop = Proposal(tl, ep, cut, matched=sum(1 for m in matches if m.panel_id))
    _Builder(project, tl, prop, matches).build()
    return prop


class _Builder:
    def __init__(self, project: Project, tl: EditTimeline, prop: Proposal,
                 matches: list[Match]):
        self.tl, self.prop, self.matches = tl, prop, matches
        self.places = panel_places(project)
        self.cut_beats = {b.id: b for b in prop.cut.beats}
        self.shot = {pid: f"E{prop.episode.number:02d}-{n:03d}"
                     for n, pid in shot_numbers(prop.episode).items()}
        self.times = {c.panel.id: (c.start, c.duration)
                      for c in build_timeline([prop.cut], captions=False).clips if c.panel}
        fps = tl.metadata.get("fps")
        self.export_rate = float(fps) if isinstance(fps, (int, float)) and fps > 0 else None

    def label(self, panel_id: str) -> str:
        return self.shot.get(panel_id, panel_id)

    def add(self, kind: str, beat_id: str, **kw) -> None:
        row = Row(kind, beat_id, **kw)
        row.accepted = kind in APPLICABLE and kind != "add"
        self.prop.rows.append(row)

    def build(self) -> None:
        self.notes()
        runs = self.runs()
        home = self.homes(runs)
        present, seen = self.sort_runs(runs, home)
        self.beat_order(runs, home)
        for beat in self.prop.cut.beats:
            self.beat_rows(beat, present[beat.id], seen)
        self.additions(home, runs)

    def notes(self) -> None:
        tl, notes = self.tl, self.prop.note_items
        rate = f"{tl.rate:.5g}"
        notes.append(Note("summary", dict(name=tl.name, format=tl.format, clips=len(tl.clips),
                                          rate=rate, matched=self.prop.matched,
                                          episode=self.prop.episode.number,
                                          cut=self.prop.cut.name)))
        if tl.format == "CMX 3600 EDL":
            notes.append(Note("edl_rate", dict(rate=rate)))
        if self.export_rate and abs(self.export_rate - tl.rate) > 1e-6:
            notes.append(Note("converted_from", dict(rate=rate, export=f"{self.export_rate:g}")))
        elif not self.export_rate and tl.rate not in (24, 25, 30):
            notes.append(Note("converted", dict(rate=rate)))
        for after, length in tl.gaps:
            if length * tl.rate >= 0.5:
                notes.append(Note("gap", dict(seconds=f"{length:.2f}", after=after)))

    def runs(self) -> list[tuple[str, list[Match]]]:
        """Consecutive clips of one beat of this cut; other clips become rows here."""
        runs: list[tuple[str, list[Match]]] = []
        for m in self.matches:
            if m.panel_id is None:
                continue
            place = self.places[m.panel_id]
            if place.episode.id != self.prop.episode.id or place.beat.id not in self.cut_beats:
                self.add("elsewhere", place.beat.id, panel_id=m.panel_id,
                         shot=m.clip.name or m.panel_id,
                         old=f"episode {place.episode.number}, beat {place.beat.id}",
                         new=f"clip {m.clip.index} of this cut")
                continue
            if runs and runs[-1][0] == place.beat.id:
                runs[-1][1].append(m)
            else:
                runs.append((place.beat.id, [m]))
        return self.join(runs)

    def join(self, runs):
        """A clip dropped among another beat's clips splits them: it is the one moved
        (reported now), and the beat's clips around it are one run again."""
        i = 1
        while i + 1 < len(runs):
            (a, left), (x, mid), (c, right) = runs[i - 1], runs[i], runs[i + 1]
            if a == c != x:
                for m in mid:
                    self.add("moved", x, panel_id=m.panel_id, shot=self.label(m.panel_id),
                             old=f"beat {x}", new=f"clip {m.clip.index}, among the clips "
                             f"of beat {a}")
                runs[i - 1:i + 2] = [(a, left + right)]
                i = max(1, i - 1)
            else:
                i += 1
        return runs

    @staticmethod
    def homes(runs) -> dict[str, int]:
        """Per beat, the run holding most of its clips (the first such): its place."""
        home: dict[str, int] = {}
        for i, (b, ms) in enumerate(runs):
            if b not in home or len(ms) > len(runs[home[b]][1]):
                home[b] = i
        return home

    def sort_runs(self, runs, home):
        present: dict[str, list[Match]] = {b: [] for b in self.cut_beats}
        seen: set[str] = set()
        for i, (b, ms) in enumerate(runs):
            for m in ms:
                if i != home[b]:
                    self.add("moved", b, panel_id=m.panel_id, shot=self.label(m.panel_id),
                             old=f"beat {b}", new=f"clip {m.clip.index}, among the clips "
                             f"of beat {self.beat_near(runs, i)}")
                elif any(x.panel_id == m.panel_id for x in present[b]):
                    self.add("repeat", b, panel_id=m.panel_id, shot=self.label(m.panel_id),
                             old="once", new=f"again at clip {m.clip.index}")
                else:
                    present[b].append(m)
                seen.add(m.panel_id)
        return present, seen

    @staticmethod
    def beat_near(runs, i: int) -> str:
        for j in (i - 1, i + 1):
            if 0 <= j < len(runs):
                return runs[j][0]
        return "?"

    def beat_order(self, runs, home) -> None:
        edit_order = [runs[i][0] for i in sorted(home.values())]
        cut_order = [b.id for b in self.prop.cut.beats if b.id in home]
        if edit_order != cut_order:
            self.add("beat_order", "", shot="beats", old=" → ".join(cut_order),
                     new=" → ".join(edit_order))

    def same_time(self, clip: EditClip, panel_id: str) -> bool:
        start, dur = self.times[panel_id]
        r = self.tl.rate
        if self.export_rate and abs(self.export_rate - r) > 1e-6:
            return abs(clip.frames / r - dur) <= 0.5 / self.export_rate + 0.5 / r + 1e-6
        expected = {round((start + dur) * r) - round(start * r), round(dur * r)}
        return clip.frames in expected

    def beat_rows(self, beat, ms: list[Match], seen: set[str]) -> None:
        cur = dict(zip([p.id for p in beat.panels], [d for _, d in panel_times(beat)]))
        if not ms:
            if not any(p.id in seen for p in beat.panels):
                self.add("beat_removed", beat.id, shot=beat.id,
                         old=seconds(beat.seconds), new="left out of the edit")
            return
        for p in beat.panels:
            if p.id not in seen and p.dropped is None:
                self.add("drop", beat.id, panel_id=p.id, shot=self.label(p.id),
                         old=seconds(cur[p.id]), new="dropped in the edit")
        ids = [m.panel_id for m in ms]
        before = [p.id for p in beat.panels if p.id in set(ids)]
        if before != ids:
            self.add("order", beat.id, shot=beat.id, old=" ".join(map(self.label, before)),
                     new=" ".join(map(self.label, ids)), order=tuple(ids))
        for m in ms:
            new_s = round(m.clip.frames / self.tl.rate, 4)
            panel = beat.panel(m.panel_id)
            if panel.dropped is not None:
                self.add("restore", beat.id, panel_id=panel.id, shot=self.label(panel.id),
                         old="dropped", new=seconds(new_s), new_s=new_s, clip=m.clip)
            elif panel.id not in self.times or not self.same_time(m.clip, panel.id):
                self.add("duration", beat.id, panel_id=panel.id, shot=self.label(panel.id),
                         old=seconds(cur[panel.id]), new=seconds(new_s), new_s=new_s,
                         clip=m.clip)

    def additions(self, home, runs) -> None:
        """Clips that show no panel: offered as new panels where they stand."""
        placed = {id(m) for i in home.values() for m in runs[i][1]}
        anchor: Match | None = None
        pending: list[Match] = []
        for m in self.matches:
            if m.panel_id is None:
                if anchor is None:
                    pending.append(m)
                else:
                    self.offer(m, self.places[anchor.panel_id].beat.id, anchor.panel_id)
            elif id(m) in placed:
                if anchor is None:  # clips before the first panel go before it
                    for p in pending:
                        self.offer(p, self.places[m.panel_id].beat.id, None)
                    pending = []
                anchor = m

    def offer(self, m: Match, beat_id: str, after: str | None) -> None:
        s = round(m.clip.frames / self.tl.rate, 4)
        where = f"after {self.label(after)}" if after else f"first in beat {beat_id}"
        self.add("add", beat_id, shot=m.clip.name or f"clip {m.clip.index}", old="—",
                 new=f"new panel of {seconds(s)}, {where}", new_s=s, after=after, clip=m.clip)
