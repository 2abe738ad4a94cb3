"""Review comments in the editor: the Comments dock, badges, pins and approvals."""
