"""Versions of a project: named snapshots, semantic diffs and merges (Qt-free)."""
