"""Audience data in the project: retention curves the platforms measured, per cut.

A dataset belongs to an episode by its id (numbers change on split and reorder) and to
a cut by its name (``main`` or ``via-`` and the detour beats' ids). It keeps the cut's
beats and length as imported, so a later change of the cut shows it as stale instead of
silently re-mapping the curve. Format version 5. Kept apart from ``model`` so that file
stays small; ``model`` imports it, never the other way round.
"""
from __future__ import annotations

from typing import Annotated, Optional

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt

AUDIENCE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$"
MAX_VIDEO_S = 3600.0  # an hour; a micro-drama episode is one or two minutes
MAX_POINTS = 100_000  # a point a second for a day: far beyond any retention report
MAX_WATCH_RATIO = 10.0  # watch ratios pass 1 on repeats, never by this much
MAX_DATASETS = 10_000

Seconds = Annotated[StrictFloat, Field(ge=0, le=MAX_VIDEO_S)]
Retention = Annotated[StrictFloat, Field(ge=0, le=MAX_WATCH_RATIO)]


class RetentionDataset(BaseModel):
    model_config = ConfigDict(validate_assignment=True, extra="forbid", allow_inf_nan=False)

    id: str = Field(pattern=AUDIENCE_ID_PATTERN, description="Unique among the datasets.")
    episode: str = Field(pattern=AUDIENCE_ID_PATTERN, description="The episode's id.")
    cut: str = Field("main", min_length=1, max_length=4000,
                     description="The cut's name: main, or via- and the detour beats' ids.")
    points: list[tuple[Seconds, Retention]] = Field(
        default_factory=list, max_length=MAX_POINTS,
        description="(seconds into the video, share of starting viewers still watching).")
    label: str = Field("", max_length=200, description="A/B label, market, campaign...")
    date: str = Field("", max_length=32, description="When the data was measured.")
    source: str = Field("", max_length=260, description="The imported file's name.")
    imported_at: str = Field("", max_length=40, description="ISO time of the import (UTC).")
    views: Optional[StrictInt] = Field(None, ge=0, le=10**12,
                                       description="How many viewers started the video.")
    audience_type: str = Field("", max_length=40, description="ORGANIC, AD_INSTREAM...")
    primary: StrictBool = Field(False, description="Drives the overlay and the rules.")
    video_s: Optional[Seconds] = Field(None, description="The watched video's length.")
    cut_s: Optional[Seconds] = Field(None, description="The cut's length at import.")
    cut_beats: list[str] = Field(default_factory=list, max_length=1000,
                                 description="The cut's beat ids at import.")
