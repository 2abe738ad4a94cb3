"""A four-episode series with known cliffhangers and a paywall, for the series tests."""
from __future__ import annotations

from beatboard.core.model import Beat, Emotion, Episode, Link, Project


def _ep(n: int, cliff_intensity: int, cliff_kind: str = "cliffhanger") -> Episode:
    return Episode(id=f"ep-{n}", number=n, title=f"Episode {n}", beats=[
        Beat(id=f"h{n}", title=f"Hook {n}", kind="hook", duration_s=5,
             emotion=Emotion(tag="suspense", intensity=3)),
        Beat(id=f"v{n}", title=f"Variant {n}", kind="other", duration_s=5,
             emotion=Emotion(tag="suspense", intensity=5)),
        Beat(id=f"c{n}", title=f"Cliff {n}", kind=cliff_kind, duration_s=10,
             emotion=Emotion(tag="suspense", intensity=cliff_intensity))],
        links=[Link(**{"from": f"h{n}", "to": f"c{n}", "kind": "next"}),
               Link(**{"from": f"h{n}", "to": f"v{n}", "kind": "variant"}),
               Link(**{"from": f"v{n}", "to": f"c{n}", "kind": "next"})])


def series_project() -> Project:
    """Cliffhangers of intensity 3, 4, 5 (episode 3: a turn, not a cliffhanger), 4;
    the paywall after episode 3, so episode 4 is the paywall episode."""
    p = Project(episodes=[_ep(1, 3), _ep(2, 4), _ep(3, 5, "turn"), _ep(4, 4)])
    p.series.paywall_after = "ep-3"
    return p


TABLE = ("episode,starts,completions,next_episode_starts,paid\n"
         "1,10000,7000,6000,\n"
         "2,6000,4800,4500,\n"
         "3,4500,4000,4050,\n"
         "4,4050,900,800,810\n")

# The same table as a European spreadsheet saves it: BOM, semicolons, other header case,
# grouped thousands and a trailing ,0.
EUROPEAN = ("\ufeffEpisode;STARTS;Completions;Next Episode Starts;Paid\n"
            "1;10.000;7 000;6000,0;\n"
            "2;6.000;4.800;4.500;\n"
            "3;4.500;4.000;4.050;\n"
            "4;4.050;900;800;810\n")
