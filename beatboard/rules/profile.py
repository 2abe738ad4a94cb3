"""Rule profiles: every threshold and severity the rules use, in one editable model.

Two built-in profiles (``overseas`` and ``china``) differ in what compliance tags they
flag. Each is also shipped as ``resources/profiles/<id>.json`` so a user can copy one
as a template. A genre preset (``series.genre``) then tightens limits on top.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import (BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt,
                      ValidationError, field_validator, model_validator)

from ..core.errors import BeatBoardFileError
from ..core.jsontext import decode_text, parse_json
from ..core.userfiles import confined_path, read_user_file, user_profiles_dir
from ..core.model import MAX_BEATS_PER_EPISODE, MAX_EPISODE_NUMBER, Project
from .findings import Severity

RULE_IDS = (
    "HOOK_MISSING", "HOOK_LATE", "EP1_CONFLICT_LATE", "CLIFFHANGER_MISSING",
    "CLIFFHANGER_WEAK", "EPISODE_TOO_SHORT", "EPISODE_TOO_LONG", "TURN_GAP",
    "PRESSURE_RUN", "PAYOFF_DROUGHT", "PAYWALL_WEAK", "COMPLIANCE_MINORS",
    "COMPLIANCE_FLAG", "GRAPH_CYCLE", "GRAPH_UNREACHABLE", "GRAPH_BAD_LINK",
    "SWEET_BEATS_LOW", "FIRST_PAYOFF_LATE", "EPISODE_EMPTY", "THREAD_UNPAID",
    "PAYOFF_UNPLANTED", "ASSET_BROKEN", "RETENTION_DROP", "HOOK_LOST", "CAPTION_FAST",
)
_E, _W = Severity.ERROR, Severity.WARNING
DEFAULT_SEVERITY: dict[str, Severity] = {
    "HOOK_MISSING": _E, "HOOK_LATE": _W, "EP1_CONFLICT_LATE": _W,
    "CLIFFHANGER_MISSING": _E, "CLIFFHANGER_WEAK": _W, "EPISODE_TOO_SHORT": _W,
    "EPISODE_TOO_LONG": _W,  # above episode_max_s it is an error unless overridden
    "TURN_GAP": _W, "PRESSURE_RUN": _W, "PAYOFF_DROUGHT": _W, "PAYWALL_WEAK": _W,
    "COMPLIANCE_MINORS": _E, "COMPLIANCE_FLAG": _W,  # per tag: compliance_flags
    "GRAPH_CYCLE": _E, "GRAPH_UNREACHABLE": _W, "GRAPH_BAD_LINK": _E,
    "SWEET_BEATS_LOW": _W, "FIRST_PAYOFF_LATE": _W,
    "EPISODE_EMPTY": _E,  # no hook, no cliffhanger, 0 s: every cut rule would fail
    "THREAD_UNPAID": _W, "PAYOFF_UNPLANTED": _W,
    "ASSET_BROKEN": _W,  # read from disk at open, save and `check`, not per edit
    # Advisory: measured audience data, not a fault of the board.
    "RETENTION_DROP": Severity.INFO, "HOOK_LOST": Severity.INFO,
    # Advisory: a caption that cannot be read in the time its panels give it.
    "CAPTION_FAST": Severity.INFO,
}

MAX_PROFILE_BYTES = 1024 * 1024  # the built-in profiles are about 2 KB
MAX_PROFILE_SECONDS = 3600.0  # an hour: far beyond any micro-drama episode
RuleSetting = Literal["error", "warning", "info", "off"]
PROFILES_DIR = Path(__file__).resolve().parents[2] / "resources" / "profiles"


class RuleProfile(BaseModel):
    """Thresholds (defaults from the domain brief) and per-rule severity overrides."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)

    id: str = Field("custom", max_length=64)
    name: str = Field("", max_length=120)
    description: str = ""
    hook_max_start_s: StrictFloat = Field(3.0, ge=0, le=MAX_PROFILE_SECONDS)
    conflict_max_start_s: StrictFloat = Field(10.0, ge=0, le=MAX_PROFILE_SECONDS)
    cliffhanger_min_intensity: StrictInt = Field(4, ge=1, le=5)
    episode_min_s: StrictFloat = Field(60.0, ge=0, le=MAX_PROFILE_SECONDS)
    episode_warn_s: StrictFloat = Field(120.0, gt=0, le=MAX_PROFILE_SECONDS)
    episode_max_s: StrictFloat = Field(180.0, gt=0, le=MAX_PROFILE_SECONDS)
    turn_max_s: StrictFloat = Field(40.0, gt=0, le=MAX_PROFILE_SECONDS)
    pressure_run_max: StrictInt = Field(3, ge=1, le=MAX_BEATS_PER_EPISODE)
    payoff_drought_max: StrictInt = Field(2, ge=1, le=MAX_EPISODE_NUMBER)
    paywall_intensity: StrictInt = Field(5, ge=1, le=5)
    min_sweet_beats: StrictInt = Field(
        0, ge=0, le=MAX_BEATS_PER_EPISODE, description="Sweet (甜) beats every cut of an episode needs; 0: no minimum.")
    first_payoff_by_episode: StrictInt = Field(
        0, ge=0, le=MAX_EPISODE_NUMBER, description="The first 爽 payoff beat must land by this episode; 0: off.")
    thread_payoff_within: StrictInt = Field(
        20, ge=1, le=MAX_EPISODE_NUMBER,
        description="A setup must be paid off within this many episodes.")
    minors_with: list[str] = Field(
        default_factory=lambda: ["violence", "intimacy", "smoking", "drinking"],
        description="Compliance tags that must never appear with minors.")
    require_minors_tag: StrictBool = Field(
        False, description="Beats featuring a minor character must carry the minors tag.")
    compliance_flags: dict[str, Severity] = Field(
        default_factory=dict, description="Compliance tag -> severity of its finding.")
    rules: dict[str, RuleSetting] = Field(
        default_factory=dict, description="Rule id -> severity override, or 'off'.")
    apply_genre_presets: StrictBool = True
    retention_drop_factor: StrictFloat = Field(
        2.0, ge=1, le=100,
        description="RETENTION_DROP: a beat after the hook zone losing viewers this many "
                    "times faster than the median of the episode's other beats...")
    retention_drop_min_pp_s: StrictFloat = Field(
        1.0, ge=0, le=100, description="...and at least this many percentage points a second.")
    hook_lost_max_share: StrictFloat = Field(
        0.35, gt=0, le=1,
        description="HOOK_LOST: the share of the starting viewers gone by hook_max_start_s.")
    caption_latin_cps: StrictFloat = Field(
        17.0, ge=5, le=60,
        description="CAPTION_FAST: characters a second a viewer reads in Latin text...")
    caption_cjk_cps: StrictFloat = Field(
        9.0, ge=2, le=40, description="...and in Chinese (or Japanese, Korean)...")
    caption_min_s: StrictFloat = Field(
        0.83, ge=0, le=7, description="...and the least time any caption stays on screen.")

    @field_validator("rules", mode="before")
    @classmethod
    def _known_rules(cls, v):
        if isinstance(v, dict):
            unknown = sorted(k for k in v if k not in RULE_IDS)
            if unknown:
                raise ValueError(f"unknown rule id {unknown[0]!r} (known: {', '.join(RULE_IDS)})")
        return v

    @model_validator(mode="after")
    def _consistent(self) -> "RuleProfile":
        if not self.episode_min_s <= self.episode_warn_s <= self.episode_max_s:
            raise ValueError("need episode_min_s <= episode_warn_s <= episode_max_s")
        return self

    def enabled(self, rule: str) -> bool:
        return self.rules.get(rule) != "off"

    def severity(self, rule: str, default: Severity | None = None) -> Severity:
        override = self.rules.get(rule)
        if override and override != "off":
            return Severity(override)
        return default if default is not None else DEFAULT_SEVERITY[rule]

    def overridden(self, rule: str) -> bool:
        return rule in self.rules and self.rules[rule] != "off"


_I = Severity.INFO
OVERSEAS = RuleProfile(
    id="overseas", name="Overseas apps (ReelShort, DramaBox...)",
    description="App-store and ad-platform policies (TikTok, Meta): self-harm, blood and "
                "abuse are flagged; gambling, smoking and intimacy are noted.",
    compliance_flags={"self-harm": _W, "blood": _W, "abuse": _W, "intimacy": _I,
                      "gambling": _I, "smoking": _I, "violence": _I})
CHINA = RuleProfile(
    id="china", name="China (NRTA review)",
    description="NRTA review of micro-dramas: gambling, wealth-flaunting (拜金/炫富), "
                "extreme revenge, smoking, self-harm and abuse are flagged.",
    compliance_flags={"gambling": _W, "wealth-flaunting": _W, "extreme-revenge": _W,
                      "smoking": _W, "self-harm": _W, "abuse": _W, "intimacy": _W,
                      "blood": _I, "violence": _I, "drinking": _I})
BUILTIN_PROFILES: dict[str, RuleProfile] = {p.id: p for p in (OVERSEAS, CHINA)}

# Genre presets only tighten: a limit is lowered (or a minimum raised), never relaxed.
GENRE_PRESETS: dict[str, dict[str, Any]] = {
    "revenge": {"pressure_run_max": 2, "first_payoff_by_episode": 2},
    "sweet-romance": {"min_sweet_beats": 2},
    "billionaire": {},
    "fantasy": {},
    "family": {"require_minors_tag": True},
    "suspense": {"turn_max_s": 30.0},
}
_RAISE_ONLY = {"episode_min_s", "cliffhanger_min_intensity", "paywall_intensity",
               "min_sweet_beats"}
_ZERO_IS_OFF = {"first_payoff_by_episode"}


def apply_genre(profile: RuleProfile, genre: str) -> RuleProfile:
    preset = GENRE_PRESETS.get(genre)
    if not preset or not profile.apply_genre_presets:
        return profile
    update: dict[str, Any] = {}
    for key, value in preset.items():
        current = getattr(profile, key)
        if isinstance(value, bool):
            update[key] = current or value
        elif key in _RAISE_ONLY:
            update[key] = max(current, value)
        elif key in _ZERO_IS_OFF and current == 0:
            update[key] = value
        else:
            update[key] = min(current, value)
    return profile.model_validate({**profile.model_dump(), **update})


def load_profile(path: str | Path) -> RuleProfile:
    """Read a user profile file. ``"base": "china"`` starts from a built-in profile."""
    path = Path(path)
    raw = read_user_file(path, "rule profile", MAX_PROFILE_BYTES)
    data = parse_json(decode_text(raw, path, "rule profile"), path)
    if not isinstance(data, dict):
        raise BeatBoardFileError(path, "top level", "expected a JSON object")
    base = data.pop("base", None)
    if base is not None:
        if base not in BUILTIN_PROFILES:
            raise BeatBoardFileError(path, "base", f"unknown built-in profile {base!r} "
                                                   f"(known: {', '.join(BUILTIN_PROFILES)})")
        inherited = BUILTIN_PROFILES[base].model_dump(mode="json", exclude={"id", "name"})
        data = {**inherited, **data}
    data.setdefault("id", path.stem[:64] or "custom")
    try:
        return RuleProfile.model_validate(data)
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        place = ".".join(str(p) for p in err["loc"]) or "top level"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown setting (check the spelling)"
        elif "input" in err and isinstance(err["input"], (str, int, float, bool)):
            msg += f" (got {err['input']!r})"
        raise BeatBoardFileError(path, place, msg) from None


def resolve_profile(project: Project, base_dir: str | Path | None = None) -> RuleProfile:
    """The series' profile (built-in id or file path) with its genre preset applied.

    A file named by the document is a user file like a panel image: it must lie in the
    project folder (``base_dir``) or the user's profile folder, so a shared document
    cannot make BeatBoard read /etc/passwd or /dev/zero.
    """
    name = project.series.profile.strip() or "overseas"
    profile = BUILTIN_PROFILES.get(name)
    if profile is None:
        folders = ([Path(base_dir)] if base_dir is not None else []) + [user_profiles_dir()]
        profile = load_profile(confined_path(name, folders, "rule profile file"))
    return apply_genre(profile, project.series.genre)


def profile_json(profile: RuleProfile) -> str:
    return json.dumps(profile.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def builtin_profile_path(profile_id: str) -> Path:
    return PROFILES_DIR / f"{profile_id}.json"
