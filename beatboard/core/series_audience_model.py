"""The series audience table: per episode, how many viewers started it, finished it,
went on to the next one and (where known) paid. Rows belong to an episode by its id
(numbers change on split and reorder). Format version 8. Kept apart from ``model`` so
that file stays small; ``model`` imports it, never the other way round.
"""
from __future__ import annotations

from typing import Annotated, Optional

from pydantic import BaseModel, ConfigDict, Field, StrictInt

from .audience_model import AUDIENCE_ID_PATTERN

MAX_SERIES_ROWS = 10_000
MAX_VIEWERS = 10**12
Viewers = Annotated[StrictInt, Field(ge=0, le=MAX_VIEWERS)]


class SeriesAudienceRow(BaseModel):
    model_config = ConfigDict(validate_assignment=True, extra="forbid")

    episode: str = Field(pattern=AUDIENCE_ID_PATTERN, description="The episode's id.")
    starts: Viewers = Field(description="Viewers who started the episode.")
    completions: Viewers = Field(description="Viewers who watched it to the end.")
    next_episode_starts: Viewers = Field(
        description="Of this episode's viewers, how many started the next episode.")
    paid: Optional[Viewers] = Field(None, description="Viewers who paid here, where known.")
    source: str = Field("", max_length=260, description="The imported file's name.")
    imported_at: str = Field("", max_length=40, description="ISO time of the import (UTC).")
