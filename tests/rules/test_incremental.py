"""The incremental checker must give exactly what a full check gives, after any edit."""
from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from beatboard.core.model import Character, Thread, paywall_anchor_for
from beatboard.rules import BUILTIN_PROFILES, RuleChecker, apply_genre

from .factories import beat, clean_episode, episode, link, project

KINDS = ("hook", "setup", "escalation", "turn", "payoff", "cliffhanger", "other")
TAGS = ("minors", "drinking", "gambling", "self-harm", "violence")


class Editor:
    """Random edits of the kinds the editor makes; each returns the episodes it touched."""

    def __init__(self, rng: random.Random, proj):
        self.rng = rng
        self.proj = proj
        self.counter = 0

    def new_id(self) -> str:
        self.counter += 1
        return f"n{self.counter}"

    def some_episode(self):
        return self.rng.choice(self.proj.episodes)

    def edit(self) -> list[str]:
        if not self.proj.episodes:
            return self.add_episode()
        action = self.rng.choice([
            self.set_duration, self.set_duration, self.set_emotion, self.set_kind,
            self.set_tags, self.add_branch, self.add_bad_link, self.remove_link,
            self.add_beat, self.remove_beat, self.add_episode, self.remove_episode,
            self.renumber, self.series_edit, self.thread_edit, self.thread_edit])
        return action()

    def thread_edit(self):
        """Threads between random beats (or none); the checker is told of no episode."""
        ids = [b.id for ep in self.proj.episodes for b in ep.beats] + [None, "ghost"]
        self.proj.threads = [Thread(id=f"t{k}", label=f"T{k}", setup=self.rng.choice(ids),
                                    payoff=self.rng.choice(ids))
                             for k in range(self.rng.randint(0, 3))]
        return []

    def set_duration(self):
        ep = self.some_episode()
        if ep.beats:
            self.rng.choice(ep.beats).duration_s = self.rng.choice([None, 1.0, 5.0, 30.0, 90.0])
        return [ep.id]

    def set_emotion(self):
        ep = self.some_episode()
        if ep.beats:
            b = self.rng.choice(ep.beats)
            b.emotion.direction = self.rng.choice(["up", "down", "level"])
            b.emotion.intensity = self.rng.randint(1, 5)
        return [ep.id]

    def set_kind(self):
        ep = self.some_episode()
        if ep.beats:
            self.rng.choice(ep.beats).kind = self.rng.choice(KINDS)
        return [ep.id]

    def set_tags(self):
        ep = self.some_episode()
        if ep.beats:
            b = self.rng.choice(ep.beats)
            b.compliance = self.rng.sample(TAGS, self.rng.randint(0, 2))
            b.characters = self.rng.choice([[], ["Kid"], ["Adult"]])
        return [ep.id]

    def explicit_links(self, ep):
        if not ep.links:
            ep.links = ep.effective_links()
        return ep.links

    def add_branch(self):
        ep = self.some_episode()
        if len(ep.beats) >= 3:
            i = self.rng.randrange(len(ep.beats) - 2)
            alt = beat(self.new_id(), self.rng.choice(KINDS), self.rng.choice([2.0, 20.0]),
                       self.rng.choice(["up", "down"]))
            links = self.explicit_links(ep)
            ep.beats = ep.beats + [alt]
            ep.links = links + [link(ep.beats[i].id, alt.id, self.rng.choice(["variant", "choice"])),
                                link(alt.id, ep.beats[i + 2].id)]
        return [ep.id]

    def add_bad_link(self):
        ep = self.some_episode()
        if ep.beats:
            a = self.rng.choice(ep.beats).id
            b = self.rng.choice([self.rng.choice(ep.beats).id, "ghost", ep.beats[0].id])
            ep.links = self.explicit_links(ep) + [link(a, b, self.rng.choice(["next", "choice"]))]
        return [ep.id]

    def remove_link(self):
        ep = self.some_episode()
        links = self.explicit_links(ep)
        if links:
            links = list(links)
            links.pop(self.rng.randrange(len(links)))
            ep.links = links
        return [ep.id]

    def add_beat(self):
        ep = self.some_episode()
        ep.beats = ep.beats + [beat(self.new_id(), "other", 4.0, "level")]
        return [ep.id]

    def remove_beat(self):
        ep = self.some_episode()
        if ep.beats:
            gone = ep.beats[self.rng.randrange(len(ep.beats))].id
            ep.beats = [b for b in ep.beats if b.id != gone]
            ep.links = [l for l in ep.links if gone not in (l.from_, l.to)]
        return [ep.id]

    def add_episode(self):
        used = {e.number for e in self.proj.episodes}
        free = [k for k in range(1, 12) if k not in used]
        if not free:
            return []  # eleven episodes already: this step adds nothing
        n = self.rng.choice(free)
        ep = clean_episode(n)
        ep.id = f"x{self.new_id()}"
        for b in ep.beats:
            b.id = self.new_id()
        self.proj.episodes = self.proj.episodes + [ep]
        return [ep.id]

    def remove_episode(self):
        ep = self.some_episode()
        self.proj.episodes = [e for e in self.proj.episodes if e is not ep]
        return []

    def renumber(self):
        ep = self.some_episode()
        used = {e.number for e in self.proj.episodes}
        free = [k for k in range(1, 12) if k not in used]
        ep.number = self.rng.choice(free)
        return []  # the checker must notice a number change by itself

    def series_edit(self):
        s = self.proj.series
        if self.rng.random() < 0.5:
            s.paywall_after = paywall_anchor_for(self.proj.episodes,
                                                 self.rng.choice([None, 2, 3, 4]))
        else:
            s.characters = [Character(name="Kid", minor=self.rng.random() < 0.5),
                            Character(name="Adult")]
        return []


def start_project():
    eps = [clean_episode(n) for n in range(1, 6)]
    eps[1] = episode(2, [beat("e2b1", "hook", 2, "down", 4), beat("e2b2", "other", 10, "down"),
                         beat("e2b3", "cliffhanger", 10, "level", 3)])
    return project(*eps, paywall=3, characters=[Character(name="Kid", minor=True)])


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_recheck_matches_full_check_after_random_edits(seed):
    rng = random.Random(seed)
    proj = start_project()
    profile = apply_genre(BUILTIN_PROFILES["china"], "revenge")
    profile = profile.model_copy(update={"thread_payoff_within": 2})
    checker = RuleChecker(profile)
    checker.check(proj)
    editor = Editor(rng, proj)
    for _ in range(20):
        touched = editor.edit()
        got = checker.recheck(proj, touched)
        want = RuleChecker(profile).check(proj)
        assert got == want
        assert checker.findings == want
        assert [f.params for f in got] == [f.params for f in want]


def test_recheck_reuses_cached_results_for_untouched_episodes():
    proj = start_project()
    checker = RuleChecker(BUILTIN_PROFILES["overseas"])
    first = checker.check(proj)
    # An edit the checker is not told about stays invisible: proof the cache is used.
    proj.episodes[0].beats[-1].kind = "payoff"
    assert checker.recheck(proj, [proj.episodes[3].id]) == first
    assert checker.recheck(proj, [proj.episodes[0].id]) != first


def test_changing_the_profile_rechecks_everything():
    proj = start_project()
    checker = RuleChecker(BUILTIN_PROFILES["overseas"])
    checker.check(proj)
    strict = BUILTIN_PROFILES["overseas"].model_copy(update={"rules": {"CLIFFHANGER_WEAK": "error"}})
    checker.set_profile(strict)
    assert checker.recheck(proj, []) == RuleChecker(strict).check(proj)
    weak = [f for f in checker.findings if f.rule == "CLIFFHANGER_WEAK"]
    assert len(weak) == 1 and weak[0].severity.value == "error"
