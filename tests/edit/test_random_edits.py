"""Random edit sequences: undo-all gives back the exact start, redo-all the exact end."""
import random

from beatboard.core import fileio
from beatboard.core.model import Beat, Episode, Project
from beatboard.core.vocab import LinkKind
from beatboard.edit import (AddBeat, AddEpisode, AddLink, Document, DuplicateAsVariant,
                            DuplicateEpisode, EditError, MergeEpisodes, MoveBeatInLine,
                            MoveCards, MoveEpisode, PasteBeats, RemoveBeats, RemoveEpisodes,
                            RemoveLink, SetField, SetLinkKind, SplitEpisode, new_id)


def start_project() -> Project:
    eps = []
    for e in range(1, 4):
        beats = [Beat(id=f"e{e}b{i}", title=f"beat {i}", duration_s=10) for i in range(1, 6)]
        eps.append(Episode(id=f"e{e}", number=e, beats=beats))
    return Project(episodes=eps)


def random_edit(rng: random.Random, p: Project):
    ep = rng.choice(p.episodes)
    ids = [b.id for b in ep.beats]
    pick = (lambda: rng.choice(ids)) if ids else (lambda: "missing")
    taken = {b.id for e in p.episodes for b in e.beats}
    makers = [
        lambda: SetField.beat(ep.id, pick(), "title", f"t{rng.randint(0, 99)}"),
        lambda: SetField.beat(ep.id, pick(), "emotion.intensity", rng.randint(1, 5)),
        lambda: SetField.beat(ep.id, pick(), "duration_s", rng.choice([None, 4.0, 12.5])),
        lambda: SetField.episode(ep.id, "title", "x" * rng.randint(0, 5)),
        lambda: SetField.series("paywall_episode", rng.choice([None, 1, 2])),
        lambda: AddBeat(ep.id, Beat(id=new_id("b", taken)), after=rng.choice(ids + [None])),
        lambda: RemoveBeats(ep.id, rng.sample(ids, min(len(ids), rng.randint(1, 2)))),
        lambda: MoveBeatInLine(ep.id, pick(), rng.choice(ids + [None])),
        lambda: AddLink(ep.id, pick(), pick(), rng.choice(list(LinkKind))),
        lambda: RemoveLink(ep.id, pick(), pick()),
        lambda: SetLinkKind(ep.id, pick(), pick(), LinkKind.CHOICE),
        lambda: DuplicateAsVariant(ep.id, [pick()]),
        lambda: PasteBeats(ep.id, ep.beats[:2], [], after=rng.choice(ids + [None])),
        lambda: MoveCards(ep.id, {pick(): (rng.random() * 500, rng.random() * 300)}),
        lambda: SplitEpisode(ep.id, pick()),
        lambda: MergeEpisodes(ep.id, rng.choice(p.episodes).id),
        lambda: MoveEpisode(ep.id, rng.randint(0, len(p.episodes))),
        lambda: DuplicateEpisode(ep.id),
        lambda: RemoveEpisodes([ep.id]) if len(p.episodes) > 1 else None,
        lambda: AddEpisode(Episode(id=new_id("ep", {e.id for e in p.episodes}), number=1)),
    ]
    return rng.choice(makers)()


def test_undo_all_and_redo_all_are_exact():
    for seed in range(300):
        rng = random.Random(seed)
        doc = Document(start_project())
        start = fileio.dumps(doc.project)
        done = []
        for _ in range(12):
            edit = random_edit(rng, doc.project)
            if edit is None:
                continue
            try:
                doc.apply(edit)
            except EditError:
                continue
            done.append(edit)
        end = fileio.dumps(doc.project)
        fileio.loads(end)  # every reachable state is still a valid file
        for edit in reversed(done):
            doc.revert(edit)
        assert fileio.dumps(doc.project) == start, f"seed {seed}"
        for edit in done:
            doc.apply(edit)
        assert fileio.dumps(doc.project) == end, f"seed {seed}"
