"""Timing back from the edit: match an edited timeline's clips to panels, propose what
changed (durations, order, drops, added clips), and apply what the director accepts as
one undoable edit. Qt-free; the shells are ``cli/retime_cmd.py`` and
``gui/retime_dialog.py``."""
