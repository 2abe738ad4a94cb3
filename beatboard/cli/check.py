"""``beatboard check FILE``: run the rules; exit 0 clean, 1 errors, 2 unreadable input."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..core.errors import BeatBoardError
from ..core.fileio import load
from ..core.model import Project
from ..rules import (BUILTIN_PROFILES, AssetChecker, Finding, RuleProfile, apply_genre,
                     check_project, counts, load_profile, resolve_profile, sorted_findings)

PROFILE_HELP = ("rule profile: a built-in id (" + ", ".join(BUILTIN_PROFILES) + ") or a "
                "profile file; overrides the series' own profile")


def register(sub) -> None:
    p = sub.add_parser("check", help="check a .beatboard file against the rulebook",
                       description="Check every episode against the rule profile. Exit code: "
                                   "0 no errors, 1 rule errors, 2 the file cannot be read.")
    p.add_argument("file", help="the .beatboard file")
    p.add_argument("--profile", metavar="P", help=PROFILE_HELP)
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="output format (default: text)")
    p.add_argument("--lang", choices=("en", "zh"), default="en",
                   help="language of the messages: en or zh (Simplified Chinese)")
    p.set_defaults(func=run)


def profile_for(project: Project, file: Path, override: str | None) -> RuleProfile:
    """The profile named on the command line, else the series' own (relative to the file).

    The genre preset applies either way: it only tightens limits.
    """
    if override is None:
        return resolve_profile(project, base_dir=file.parent)
    if override in BUILTIN_PROFILES:
        return apply_genre(BUILTIN_PROFILES[override], project.series.genre)
    path = Path(override).expanduser()
    if not path.exists():
        raise BeatBoardError(f"--profile {override!r}: not a built-in profile "
                             f"({', '.join(BUILTIN_PROFILES)}) and no such file")
    return apply_genre(load_profile(path), project.series.genre)


def load_and_check(file: str, override: str | None) -> tuple[Project, RuleProfile, list[Finding]]:
    path = Path(file)
    project = load(path)
    profile = profile_for(project, path, override)
    assets = AssetChecker().check(project, path.parent, profile)
    return project, profile, sorted_findings(check_project(project, profile) + assets)


def finding_line(f: Finding, lang: str = "en") -> str:
    where = f"ep {f.episode_number}" if f.episode_number is not None else "series"
    line = f"{where} [{f.severity.value}] {f.rule}: {f.text(lang)}"
    if f.beats:
        line += f" (beats: {', '.join(f.beats)})"
    return line


def summary_line(tally: dict[str, int], episodes: int, profile: str) -> str:
    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"
    eps = n(episodes, "episode")
    if not any(tally.values()):
        return f"No findings: {eps} checked (profile {profile})."
    return (f"{n(tally['error'], 'error')}, {n(tally['warning'], 'warning')}, "
            f"{tally['info']} info in {eps} (profile {profile}).")


def tolerant_stdout() -> None:
    """A console that cannot show Chinese (a Windows code page) gets '?', not a crash."""
    enc = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if enc != "utf8" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")


def run(args) -> int:
    tolerant_stdout()
    project, profile, findings = load_and_check(args.file, args.profile)
    tally = counts(findings)
    if args.format == "json":
        summary = {"file": args.file, "profile": profile.id, "episodes": len(project.episodes),
                   **tally, "ok": tally["error"] == 0}
        items = [f.to_dict() for f in findings]
        if args.lang != "en":  # "message" stays English for scripts; "text" is translated
            for item, f in zip(items, findings):
                item["text"] = f.text(args.lang)
        json.dump({"findings": items, "summary": summary},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for i, f in enumerate(findings):  # sorted by episode: a blank line between episodes
            if i and f.episode_number != findings[i - 1].episode_number:
                print()
            print(finding_line(f, args.lang))
        if findings:
            print()
        print(summary_line(tally, len(project.episodes), profile.id))
    return 1 if tally["error"] else 0
