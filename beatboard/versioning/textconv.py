"""A canonical readable text of one project, for git's textconv (``git diff`` of the file).

One line per field, items in file order (episodes by number), long text one line per
line, so a line diff of two texts reads like the semantic diff.
"""
from __future__ import annotations

import json
from typing import Any

from ..core.model import Project
from .links import effective_links, link_text
from .walk import ROOT, Node, flatten, project_data


def project_text(project: Project) -> str:
    data = project_data(project)
    data["episodes"] = sorted(data["episodes"], key=lambda e: e["number"])
    nodes = flatten(data)
    lines: list[str] = []
    depth: dict = {ROOT: -1}
    for ident, node in nodes.items():
        level = depth[node.parent] + 1 if node.parent is not None else 0
        depth[ident] = level
        pad = "  " * max(level, 0)
        if ident != ROOT:
            lines.append(f"{'  ' * (level - 1)}{ident[0]} {ident[1]}")
        for name, value in node.leaves.items():
            if ident[0] == "episode" and name == "links":
                value = [link_text(l) for l in sorted(effective_links(node.data))]
            _field_lines(lines, pad, name, value)
    return "\n".join(lines) + "\n"


def _field_lines(lines: list[str], pad: str, name: str, value: Any) -> None:
    if isinstance(value, str) and "\n" in value:
        lines.append(f"{pad}{name}:")
        lines.extend(f"{pad}  | {line}" for line in value.split("\n"))
    elif isinstance(value, list) and value and all(isinstance(v, (str, dict, list)) for v in value):
        lines.append(f"{pad}{name}:")
        lines.extend(f"{pad}  - {_one(v)}" for v in value)
    else:
        lines.append(f"{pad}{name}: {_one(value)}")


def _one(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
