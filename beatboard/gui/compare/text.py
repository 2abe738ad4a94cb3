"""Words of the compare view: a change's one-line title and its old → new detail
(multi-line text such as dialogue as a line diff)."""
from __future__ import annotations

import difflib
import json

from PySide6.QtCore import QCoreApplication

MAX_VALUE_CHARS = 4000  # a detail pane, not a dump of a whole episode


def kind_word(kind: str) -> str:
    return {"added": QCoreApplication.translate("CompareView", "added"),
            "removed": QCoreApplication.translate("CompareView", "removed"),
            "moved": QCoreApplication.translate("CompareView", "moved"),
            "changed": QCoreApplication.translate("CompareView", "changed")}.get(kind, kind)


def kind_mark(kind: str) -> str:
    return {"added": "+", "removed": "−", "moved": "↔", "changed": "~"}.get(kind, "•")


def value_text(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        text = value
    elif hasattr(value, "model_dump"):
        text = json.dumps(value.model_dump(mode="json", by_alias=True), ensure_ascii=False,
                          indent=1)
    elif isinstance(value, (list, dict, tuple)):
        try:
            text = json.dumps(value, ensure_ascii=False, indent=1, default=str)
        except (TypeError, ValueError):
            text = str(value)
    else:
        text = str(getattr(value, "value", value))
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS] + "…"


def change_title(change) -> str:
    summary = getattr(change, "summary", "") or ""
    if summary:
        return f"{kind_mark(change.kind)} {summary}"
    what = f"{change.item_type} {change.item_id}"
    if change.field:
        what += f" · {change.field}"
    return f"{kind_mark(change.kind)} {what} {kind_word(change.kind)}"


def line_diff(old: str, new: str) -> str:
    """Lines kept, removed (−) and added (+), in order."""
    out = []
    for line in difflib.ndiff(old.splitlines(), new.splitlines()):
        tag, text = line[:1], line[2:]
        if tag == "?":
            continue
        out.append({"-": "− ", "+": "+ ", " ": "  "}[tag] + text)
    return "\n".join(out)


def detail_text(change, left: str, right: str) -> str:
    """What the change is, with the old value (``left``) and the new (``right``)."""
    lines = [change_title(change), ""]
    old, new = getattr(change, "old", None), getattr(change, "new", None)
    if change.kind == "changed" and getattr(change, "is_text", False):
        head = QCoreApplication.translate("CompareView", "Line by line (− %1, + %2):")
        lines += [head.replace("%1", left).replace("%2", right),
                  line_diff(old, new)]
    elif change.kind in ("changed", "moved"):
        lines += [f"{left}: {value_text(old)}", "→", f"{right}: {value_text(new)}"]
    elif change.kind == "added":
        only = QCoreApplication.translate("CompareView", "Only in %1:")
        lines += [only.replace("%1", right), value_text(new)]
    elif change.kind == "removed":
        only = QCoreApplication.translate("CompareView", "Only in %1:")
        lines += [only.replace("%1", left), value_text(old)]
    consequences = getattr(change, "consequences", None) or []
    if consequences:
        lines += ["", QCoreApplication.translate("CompareView", "Consequences:")]
        lines += ["  " + change_title(c) for c in consequences]
    return "\n".join(lines)
