"""Named versions in the editor: File › Save Version…, the version list, a read-only
window on a version, and restoring one as a single undoable edit."""
from .integration import VersionsIntegration

__all__ = ["VersionsIntegration"]
