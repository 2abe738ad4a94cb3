import shutil
import wave
from pathlib import Path

import pytest

from beatboard.core.fileio import load
from beatboard.core.model import AudioTrack
from beatboard.export.editorial import EditorialOptions, write_editorial

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
EPISODE = 3  # the sample's episode with an A/B variant: two cuts
SOUND_S, SOUND_OFFSET = 20.0, 1.5


def make_wav(path: Path, seconds: float, rate: int = 48_000) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x00\x10" * int(seconds * rate))


@pytest.fixture(scope="session")
def sample_copy(tmp_path_factory):
    """The sketched sample copied (with its asset folder), episode 3 given a temp sound."""
    root = tmp_path_factory.mktemp("sample")
    shutil.copy(SAMPLES / "iron-heiress.beatboard", root)
    shutil.copytree(SAMPLES / "iron-heiress.assets", root / "iron-heiress.assets")
    make_wav(root / "temp.wav", SOUND_S)
    project = load(root / "iron-heiress.beatboard")
    project.episode_by_number(EPISODE).audio = AudioTrack(path="temp.wav", offset_s=SOUND_OFFSET)
    return project, root


@pytest.fixture(scope="session")
def exported(sample_copy, tmp_path_factory):
    """Episode 3, both cuts, every format, at 30 fps from 01:00:00:00 (no video)."""
    project, root = sample_copy
    out = tmp_path_factory.mktemp("editorial") / "for the editor"
    options = EditorialOptions(episodes=(EPISODE,), cuts="all", fps=30,
                               start_tc="01:00:00:00", video=False)
    result = write_editorial(project, root, out, options)
    return project, out, result
