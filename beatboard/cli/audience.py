"""``beatboard audience import FILE DATA.csv --episode N ...``,
``beatboard audience import-series FILE DATA.csv`` and
``beatboard audience report FILE [--episodes 1-10] [--series] [--format text|csv]``."""
from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("audience", help="import retention data and report it on the beats",
                       description="Retention curves from the platforms, mapped onto the "
                                   "beats of each cut.")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = actions.add_parser(
        "import", help="add a retention curve to an episode's cut",
        description="Read a YouTube Analytics retention report (elapsedVideoTimeRatio, "
                    "audienceWatchRatio) or a two-column CSV of seconds and retention, and "
                    "store it in FILE against the episode's cut.")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("data", metavar="DATA.csv")
    imp.add_argument("--episode", type=int, required=True, metavar="N")
    imp.add_argument("--cut", default="main", metavar="NAME",
                     help="main (the default) or a variant cut's name, e.g. via-b1")
    imp.add_argument("--label", default="", metavar="L", help="A/B label, market, campaign")
    imp.add_argument("--date", default="", metavar="D", help="when it was measured")
    imp.add_argument("--duration", type=float, metavar="S",
                     help="the watched video's length in seconds (default: the cut's)")
    imp.add_argument("--audience-type", metavar="T",
                     help="YouTube audienceType rows to read (default ORGANIC)")
    imp.add_argument("--views", type=int, metavar="N", help="viewers who started the video")
    imp.add_argument("--primary", action="store_true",
                     help="make this the dataset that drives the rules for its cut")
    imp.set_defaults(func=run_import)
    from .audience_series import register_import
    register_import(actions)
    rep = actions.add_parser("report", help="per-beat retention, worst beats, A/B verdicts")
    rep.add_argument("file", metavar="FILE")
    rep.add_argument("--episodes", metavar="SPEC", help="episode numbers, e.g. '1-10' or '2,5'")
    rep.add_argument("--format", choices=("text", "csv"), default="text")
    rep.add_argument("--series", action="store_true",
                     help="the series table instead: continuation to the next episode beside "
                          "each cliffhanger's intensity, and the paywall's conversion")
    rep.add_argument("--lang", choices=("en", "zh"), default="en",
                     help="language of the text report (the CSV columns stay English)")
    rep.set_defaults(func=run_report)


def run_import(args) -> int:
    from ..core.fileio import load
    from ..edit import AddDataset
    from ..interchange.retention_csv import read_retention
    from ..interchange.retention_import import ImportOptions, dataset_from_curve
    path = Path(args.file)
    project = load(path)
    curve = read_retention(args.data, args.audience_type)
    opts = ImportOptions(episode=args.episode, cut=args.cut, label=args.label, date=args.date,
                         duration=args.duration, views=args.views)
    dataset, notes = dataset_from_curve(project, curve, args.data, opts)
    if args.primary:
        dataset = dataset.model_copy(update={"primary": True})
    from .open_guard import apply_and_save
    edit = AddDataset(dataset)
    apply_and_save(project, edit, path, "import from the editor", "could not add the data")
    for note in notes:
        print(note)
    print(f"added dataset {edit.dataset_id} to episode {args.episode}, cut {dataset.cut}; "
          f"saved {path}")
    return 0


def run_report(args) -> int:
    from ..core.fileio import load
    from .audience_report import report_csv, report_text, select_episodes
    project = load(args.file)
    episodes = select_episodes(project, args.episodes)
    if args.series:
        from .audience_series import series_csv, series_text
        print(series_csv(project, episodes) if args.format == "csv"
              else series_text(project, episodes, args.lang), end="")
        return 0
    print(report_csv(project, episodes) if args.format == "csv"
          else report_text(project, episodes, args.lang), end="")
    return 0
