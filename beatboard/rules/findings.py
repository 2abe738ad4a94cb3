"""A finding: one rule's verdict about one place in the series."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from .messages import RULE_TITLES, render

__all__ = ["Finding", "Severity", "RULE_TITLES"]


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True)
class Finding:
    rule: str  # public id, e.g. HOOK_LATE
    severity: Severity
    message: str  # English, for the CLI and logs
    episode: str | None = None  # episode id; None for series-wide findings
    episode_number: int | None = None
    beats: tuple[str, ...] = ()  # the beats the finding is about
    path: tuple[str, ...] = ()  # the cut (start to end) when the rule concerns a cut
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def text(self, lang: str = "en") -> str:
        """The message in "en" or "zh" (Simplified Chinese), from the rule's template."""
        if not self.params:
            return self.message
        return render(self.rule, {**self.params, "_message": self.message}, lang)

    def title(self, lang: str = "en") -> str:
        en, zh = RULE_TITLES.get(self.rule, (self.rule, self.rule))
        return zh if lang.lower().startswith("zh") else en

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "episode": self.episode,
            "episode_number": self.episode_number,
            "beats": list(self.beats),
            "path": list(self.path),
            "message": self.message,
        }
