"""Audience data in the editor: import, the retention overlays, the per-beat table and
the A/B comparison."""
