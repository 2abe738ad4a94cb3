"""Every package pyproject.toml makes a user install is imported by BeatBoard: a stale
dependency (networkx, replaced by core/graph.EpisodeGraph) costs every install."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# distribution name -> the module it is imported as, where they differ
MODULE = {"PySide6-Essentials": "PySide6", "Pillow": "PIL"}
# OpenTimelineIO adapter plugins are never imported: OTIO finds them by entry point and
# BeatBoard asks for them by adapter name.
ADAPTER = {"otio-fcp-adapter": "fcp_xml", "otio-fcpx-xml-adapter": "fcpx_xml",
           "otio-cmx3600-adapter": "cmx_3600"}


def test_every_dependency_is_imported_somewhere():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = [re.split(r"[<>=!~ \[;]", d, maxsplit=1)[0] for d in deps["project"]["dependencies"]]
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "beatboard").rglob("*.py"))
    unused = [n for n in names
              if n in ADAPTER and f'"{ADAPTER[n]}"' not in source
              or n not in ADAPTER and not re.search(rf"^\s*(import|from)\s+{re.escape(MODULE.get(n, n))}\b", source,
                               re.MULTILINE)]
    assert unused == []
    assert "networkx" not in names
