"""The structural checks the read-back tests apply to our timelines, applied to files
from the adapters' own test data (written by Premiere, Final Cut Pro, Avid): what the
applications write passes them, so a pass on our files means the same elements are there."""
from pathlib import Path

from .readers import read_edl, read_fcp7, read_fcpx

FIXTURES = Path(__file__).parent / "fixtures"


def test_premiere_fcp7_xml_passes_the_sequence_checks():
    seq = read_fcp7(FIXTURES / "fcp_premiere_example.xml")
    assert (seq.width, seq.height, seq.rate) == (1280, 720, 30)
    # -1 marks an edge that a transition covers; a generator (a title) has no file.
    timed = [i for i in seq.video if i.start >= 0 and i.end >= 0]
    assert len(timed) >= 3 and all(i.frames > 0 for i in timed)
    files = [i for i in seq.video if i.url]
    assert len(files) >= 3 and all(i.url.startswith("file://") for i in files)
    assert any(i.url.endswith(".wav") for i in seq.audio)


def test_final_cut_fcpxml_passes_the_format_and_asset_checks():
    for name in ("fcpx_fcpx_project.fcpxml", "fcpx_fcpx_example.fcpxml"):
        seq = read_fcpx(FIXTURES / name)
        assert seq.width > 0 and seq.height > 0 and seq.rate > 0, name
        clips = [i for i in seq.video if i.url]
        assert clips and all(i.url.startswith("file://") and i.frames > 0 for i in clips), name


def test_avid_and_premiere_edls_pass_the_event_checks():
    avid = read_edl(FIXTURES / "cmx3600_avid_example.edl", 24)
    assert [i.name for i in avid.video] == ["take_1", "take_2"]
    assert [i.reel for i in avid.video] == ["ZZ100_50", "ZZ100_50"]
    assert avid.video[0].start == 0 and avid.video[1].start == avid.video[0].end
    premiere = read_edl(FIXTURES / "cmx3600_premiere_example.edl", 24)
    assert premiere.video and all(i.frames > 0 for i in premiere.video)
