"""Versions of a project compared and merged, by ids, at field level (no Qt).

``diff_projects(old, new)`` lists what changed; ``apply_change(project, change)`` gives the
undoable edit that brings one change into a project; ``merge_projects`` is the
three-way merge behind ``beatboard merge`` and the git merge driver.
"""
from .change import Change, ProjectDiff
from .diff import diff_projects

__all__ = ["Change", "ProjectDiff", "diff_projects"]
from .apply import apply_change  # noqa: E402

__all__ += ["apply_change"]
from .conflicts import MergeConflict  # noqa: E402
from .merge import MergeError, MergeResult, merge_projects  # noqa: E402

__all__ += ["MergeConflict", "MergeError", "MergeResult", "merge_projects"]
