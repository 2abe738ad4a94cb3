"""``beatboard new OUT --genre G --episodes N``: write a skeleton series to start from."""
from __future__ import annotations

from pathlib import Path

from ..core.errors import BeatBoardError
from ..core.fileio import save
from ..core.skeleton import MAX_EPISODES, make_skeleton
from ..core.vocab import GENRES
from .check import tolerant_stdout

SUFFIX = ".beatboard"
LANGUAGES = ("en", "zh-CN")
# Writers often name the genre in Chinese.
GENRE_ALIASES = {"复仇": "revenge", "重生": "revenge", "甜宠": "sweet-romance",
                 "霸总": "billionaire", "狼人": "fantasy", "玄幻": "fantasy",
                 "萌宝": "family", "悬疑": "suspense", "其他": "other"}


def register(sub) -> None:
    p = sub.add_parser("new", help="write a new skeleton series",
                       description="Write a skeleton series: every episode opens on a hook "
                                   "and ends on a cliffhanger, with setup, escalation, turn "
                                   "and payoff beats shaped by the genre.")
    p.add_argument("out", help=f"the file to write (gets {SUFFIX} if it has no extension)")
    p.add_argument("--genre", required=True, metavar="G", help=", ".join(GENRES))
    p.add_argument("--episodes", required=True, metavar="N",
                   help=f"number of episodes, 1-{MAX_EPISODES}")
    p.add_argument("--title", default=None, help="series title (default: the file name)")
    p.add_argument("--language", default="en", metavar="LANG",
                   help="en or zh-CN: the language of beat titles and notes (default: en)")
    p.add_argument("--paywall", default=None, metavar="K",
                   help="the first paid episode (the one before it gets the strongest "
                        "cliffhanger)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=run)


def whole_number(text: str, what: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise BeatBoardError(f"{what} must be a whole number, got {text!r}") from None


def genre_id(text: str) -> str:
    g = text.strip()
    g = GENRE_ALIASES.get(g, g.lower().replace("_", "-").replace(" ", "-"))
    if g not in GENRES:
        raise BeatBoardError(f"--genre: unknown genre {text!r} (choose one of: "
                             f"{', '.join(GENRES)})")
    return g


def language_tag(text: str) -> str:
    for tag in LANGUAGES:
        if text.strip().lower() in (tag.lower(), tag.split("-")[0]):
            return tag
    raise BeatBoardError(f"--language: unknown language {text!r} "
                         f"(choose one of: {', '.join(LANGUAGES)})")


def out_path(text: str) -> Path:
    path = Path(text).expanduser()
    if not path.suffix:
        path = path.with_suffix(SUFFIX)
    return path


def run(args) -> int:
    tolerant_stdout()
    genre = genre_id(args.genre)
    episodes = whole_number(args.episodes, "--episodes")
    paywall = whole_number(args.paywall, "--paywall") if args.paywall is not None else None
    language = language_tag(args.language)
    path = out_path(args.out)
    if path.is_dir():
        raise BeatBoardError(f"{path}: is a folder; give a file name to write")
    if path.exists() and not args.force:
        raise BeatBoardError(f"{path}: already exists; use --force to replace it")
    if not path.parent.is_dir():
        raise BeatBoardError(f"{path}: the folder {str(path.parent)!r} does not exist")
    title = args.title if args.title is not None else path.stem
    project = make_skeleton(genre, episodes, title=title, language=language, paywall=paywall)
    save(project, path)
    beats = sum(len(ep.beats) for ep in project.episodes)
    extra = f", paywall at episode {paywall}" if paywall else ""
    print(f"Wrote {path}: {episodes} episode{'s' if episodes != 1 else ''}, {beats} beats, "
          f"genre {genre}{extra}.")
    return 0
