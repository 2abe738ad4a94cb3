from __future__ import annotations

from pathlib import Path

import pytest

from beatboard.core import fileio

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "iron-heiress.beatboard"
SERIES_ID = "0123abcd" + "e" * 24


@pytest.fixture
def project():
    """The showcase series, with a series id (as every project made today has one)."""
    p = fileio.load(SAMPLE)
    p.series.id = SERIES_ID
    return p
