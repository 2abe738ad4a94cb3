"""The review's notes in English and Chinese (the command line and the editor show them
in their language, as rule messages are)."""
from __future__ import annotations

from dataclasses import dataclass, field

TEXT = {
    "summary": ("{name}: {format}, {clips} clips at {rate} fps; {matched} show panels of "
                "episode {episode}, cut {cut}.",
                "{name}：{format}，{clips} 个片段，{rate} fps；其中 {matched} 个是第 {episode} 集"
                "（剪辑版本 {cut}）的分镜。"),
    "edl_rate": ("An EDL names no frame rate: read at {rate} fps.",
                 "EDL 不注明帧率：按 {rate} fps 读取。"),
    "converted_from": ("The timeline runs at {rate} fps, the export was {export} fps: its "
                       "times were converted to seconds.",
                       "时间线为 {rate} fps，导出时为 {export} fps：时间已换算为秒。"),
    "converted": ("The timeline runs at {rate} fps: its times were converted to seconds.",
                  "时间线为 {rate} fps：时间已换算为秒。"),
    "gap": ("A gap of {seconds} s after clip {after} is not taken: the boards have no black, "
            "so what follows it starts that much earlier.",
            "第 {after} 个片段后有 {seconds} 秒空隙，未采用：分镜板没有黑场，其后的内容相应提前。"),
}


@dataclass(frozen=True)
class Note:
    kind: str
    params: dict = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        en, zh = TEXT[self.kind]
        return (zh if lang.lower().startswith("zh") else en).format(**self.params)
