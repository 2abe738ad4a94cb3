"""The Qt editor. Everything Qt lives under this package."""
