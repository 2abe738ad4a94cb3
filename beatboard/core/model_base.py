"""The base of every record in a project file: assignments are validated, unknown keys
are refused, and NaN/Infinity (not JSON, and they break every computation) too."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    model_config = ConfigDict(
        validate_assignment=True,
        extra="forbid",
        populate_by_name=True,
        use_enum_values=False,
        allow_inf_nan=False,
    )
