"""The player and the video export take the temp sound's samples from one place, so
for the same offset they hear and write the same samples at every timeline time."""
from __future__ import annotations

import struct
import wave

import pytest

from beatboard.export.placed_sound import RATE, decode
from beatboard.gui.player.sound import SoundTrack


@pytest.mark.parametrize("offset", [-0.25, 0.0, 0.4])
def test_player_and_export_get_the_same_samples(tmp_path, offset):
    path = tmp_path / "ramp.wav"
    frames = RATE // 2
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<hh", 100 + (i * 7) % 20000, -100 - (i * 3) % 20000)
                               for i in range(frames)))
    player = SoundTrack.load(path, offset)
    export = decode(path, "fltp", offset, until_s=1.0)
    heard = 0
    for t in (0.0, 0.1, 0.3, 0.45, 0.7):
        s16 = struct.unpack(f"<{2 * 64}h", player.pcm_at(t, 64))
        left, right = (struct.unpack("<64f", p) for p in export.samples_at(t, 64))
        for i in range(64):
            assert abs(s16[2 * i] - left[i] * 32768) <= 1
            assert abs(s16[2 * i + 1] - right[i] * 32768) <= 1
        heard += any(s16)
    assert heard >= 2  # the windows are not all silence
    # before a positive offset both are silent; a negative one trims the start
    first = player.pcm_at(0.0, 1)
    assert (first == bytes(4)) == (offset > 0)
