"""One compare view for four uses: a named version, a file changed on disk by a
co-writer, a recovery (autosave) and the re-sync review."""
from .uses import (compare_recovery, compare_recovery_entry, compare_with_disk,
                   compare_with_version, review_resync)
from .view import CompareView

__all__ = ["CompareView", "compare_recovery", "compare_recovery_entry", "compare_with_disk",
           "compare_with_version", "review_resync"]
