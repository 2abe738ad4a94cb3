"""The sketch pad: a panel editor with pressure-sensitive strokes on layers."""
