"""A seeded generator of random edits of every kind, valid or not, for undo/redo tests."""
from __future__ import annotations

import random

from beatboard.core.model import Beat, Episode, Project
from beatboard.core.vocab import Direction, LinkKind
from beatboard.edit import (AddBeat, AddEpisode, AddLink, Compound, DuplicateAsVariant,
                            DuplicateEpisode, MergeEpisodes, MoveBeatInLine, MoveCards,
                            MoveEpisode, PasteBeats, RemoveBeats, RemoveEpisodes, RemoveLink,
                            SetField, SetLinkKind, SplitEpisode, new_id)
from beatboard.edit.panel_edits import (AddPanel, DuplicatePanel, MovePanel, RemovePanel,
                                        SetPanelPicture, SplitPanel)


def random_edit(rng: random.Random, p: Project):
    ep = rng.choice(p.episodes)
    ids = [b.id for b in ep.beats] or ["missing"]
    pick = lambda: rng.choice(ids)  # noqa: E731
    taken = {b.id for e in p.episodes for b in e.beats}
    others = [e.id for e in p.episodes]
    beat = rng.choice(ep.beats) if ep.beats else None
    bid = beat.id if beat else "missing"
    pids = [q.id for q in beat.panels] if beat else ["missing"]
    ppick = lambda: rng.choice(pids)  # noqa: E731
    other_ep = p.episode(rng.choice(others))
    far = rng.choice(other_ep.beats).id if other_ep.beats else "missing"
    makers = [
        lambda: SetField.beat(ep.id, pick(), "title", rng.choice(["耳光", "Slap", ""])),
        lambda: SetField.beat(ep.id, pick(), "emotion.intensity", rng.randint(1, 5)),
        lambda: SetField.beat(ep.id, pick(), "duration_s", rng.choice([None, 3.0, 41.5])),
        lambda: SetField.beat(ep.id, pick(), "compliance", rng.choice([[], ["minors", "smoking"]])),
        lambda: SetField.beat(ep.id, pick(), "kind",
                              rng.choice(["hook", "cliffhanger", "bad kind"])),
        lambda: Compound("Set emotion", [SetField.beat(ep.id, pick(), "emotion.tag", "sweet"),
                                         SetField.beat(ep.id, pick(), "emotion.direction",
                                                       Direction.UP)]),
        lambda: SetField.episode(ep.id, "title", rng.choice(["第一集", "Pilot"])),
        lambda: SetField.series("genre", rng.choice(["revenge", "suspense", "family"])),
        lambda: SetField.series("paywall_after", rng.choice([None, ep.id])),
        lambda: AddBeat(ep.id, Beat(id=new_id("b", taken), kind="hook"),
                        after=rng.choice(ids + [None])),
        lambda: RemoveBeats(ep.id, rng.sample(ids, min(len(ids), rng.randint(1, 2)))),
        lambda: MoveBeatInLine(ep.id, pick(), rng.choice(ids + [None])),
        lambda: AddLink(ep.id, pick(), pick(), rng.choice(list(LinkKind))),
        lambda: RemoveLink(ep.id, pick(), pick()),
        lambda: SetLinkKind(ep.id, pick(), pick(), LinkKind.CHOICE),
        lambda: DuplicateAsVariant(ep.id, [pick()]),
        lambda: PasteBeats(ep.id, ep.beats[:2], [], after=rng.choice(ids + [None])),
        lambda: MoveCards(ep.id, {pick(): (rng.random() * 500, rng.random() * 300)}),
        lambda: SplitEpisode(ep.id, pick()),
        lambda: MergeEpisodes(ep.id, rng.choice(others)),
        lambda: MoveEpisode(ep.id, rng.randint(0, len(others))),
        lambda: DuplicateEpisode(ep.id),
        lambda: RemoveEpisodes([ep.id]) if len(others) > 1 else None,
        lambda: AddPanel(ep.id, bid, after=rng.choice(pids + [None])),
        lambda: DuplicatePanel(ep.id, bid, ppick()),
        lambda: RemovePanel(ep.id, bid, ppick()),
        lambda: MovePanel(ep.id, bid, ppick(), index=rng.randint(0, 3)),
        lambda: MovePanel(ep.id, bid, ppick(), to_beat=pick(), index=rng.choice([None, 0, 1])),
        lambda: MovePanel(ep.id, bid, ppick(), to_episode=other_ep.id, to_beat=far),
        lambda: SplitPanel(ep.id, bid, ppick()),
        lambda: SetPanelPicture(ep.id, bid, ppick(), image=rng.choice([None, "a/x.png"]),
                                sketch=rng.choice([None, "a/s.bbsketch"])),
        lambda: SetField.panel(ep.id, bid, ppick(), "caption",
                               rng.choice([None, "她抬手。Slap! 你敢？", ""])),
        lambda: SetField.panel(ep.id, bid, ppick(), "duration_s", rng.choice([None, 1.5, 4.0])),
        lambda: AddEpisode(Episode(id=new_id("ep", set(others)), number=1),
                           rng.randint(0, len(others))),
    ]
    return rng.choice(makers)()
