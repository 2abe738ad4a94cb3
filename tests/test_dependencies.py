"""Every package pyproject.toml makes a user install is imported by BeatBoard: a stale
dependency (networkx, replaced by core/graph.EpisodeGraph) costs every install."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# distribution name -> the module it is imported as, where they differ
MODULE = {"PySide6-Essentials": "PySide6", "Pillow": "PIL"}
# OpenTimelineIO adapter plugins are found by OTIO through entry points, never imported:
# the source names the adapter instead
ADAPTERS = {"otio-fcp-adapter": "fcp_xml", "otio-fcpx-xml-adapter": "fcpx_xml",
            "otio-cmx3600-adapter": "cmx_3600"}


def used(name: str, source: str) -> bool:
    if name in ADAPTERS:
        return f'"{ADAPTERS[name]}"' in source
    module = re.escape(MODULE.get(name, name))
    return re.search(rf"^\s*(import|from)\s+{module}\b", source, re.MULTILINE) is not None


def test_every_dependency_is_imported_somewhere():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = [re.split(r"[<>=!~ \[;]", d, maxsplit=1)[0] for d in deps["project"]["dependencies"]]
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "beatboard").rglob("*.py"))
    unused = [n for n in names if not used(n, source)]
    assert unused == []
    assert "networkx" not in names
