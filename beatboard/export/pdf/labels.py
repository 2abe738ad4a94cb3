"""Words printed on the pages, in English or Chinese."""
from __future__ import annotations

_LABELS: dict[str, tuple[str, str]] = {
    "episode": ("Ep", "第"),
    "episode_suffix": ("", "集"),
    "duration": ("Main line", "主线时长"),
    "genre": ("Genre", "类型"),
    "status": ("Rules", "规则"),
    "errors": ("errors", "错误"),
    "warnings": ("warnings", "警告"),
    "clean": ("clean", "通过"),
    "not_checked": ("not checked", "未检查"),
    "hook": ("HOOK", "HOOK 钩子"),
    "cliff": ("CLIFF", "CLIFF 卡点"),
    "variants": ("Variants / 分支", "分支 / Variants"),
    "action": ("Action", "动作"),
    "dialogue": ("Dialogue", "对白"),
    "sound": ("Sound", "声音"),
    "transition": ("Transition", "转场"),
    "col_transition": ("Trans.", "转场"),
    "props": ("Props", "道具"),
    "compliance": ("Compliance", "合规"),
    "caption": ("Caption", "台词"),
    "beat": ("Beat", "节拍"),
    "emotion": ("Emotion", "情绪"),
    "intensity": ("intensity", "强度"),
    "location": ("Location", "场景"),
    "characters": ("Characters", "角色"),
    "note": ("Note", "备注"),
    "notes": ("Notes", "备注"),
    "branch": ("Branch", "分支"),
    "continued_text": ("Continued text", "续文"),
    "continued_from": ("continued from the board", "接上页画板"),
    "cont_beat": ("cont.", "续"),
    "no_beats": ("This episode has no beats yet.", "本集还没有节拍。"),
    "continued": ("continued", "续"),
    "hook_zone": ("hook 3 s", "钩子 3 秒"),
    "overview": ("Series overview", "系列总览"),
    "findings": ("Findings", "规则检查结果"),
    "no_findings": ("No findings.", "没有发现问题。"),
    "series": ("Series", "系列"),
    "paywall": ("PAYWALL / 付费卡点", "付费卡点 / PAYWALL"),
    "paywall_after": ("episodes below are paid", "以下为付费集"),
    "shotlist": ("Shot list", "分镜表"),
    "col_shot": ("Shot", "镜号"),
    "col_beat": ("Beat", "节拍"),
    "col_title": ("Title", "标题"),
    "col_dur": ("Dur.", "时长"),
    "col_size": ("Size", "景别"),
    "col_move": ("Move", "运镜"),
    "col_angle": ("Angle", "角度"),
    "col_caption": ("Caption", "台词 / 画面"),
    "col_location": ("Location", "场景"),
    "col_characters": ("Characters", "角色"),
    "col_props": ("Props", "道具"),
    "col_episode": ("Ep", "集"),
    "col_curve": ("Emotion curve", "情绪曲线"),
    "col_status": ("Rules", "规则"),
    "branches_from": ("branches from", "分支自"),
    "replaces": ("replaces", "替换"),
    "rejoins": ("rejoins at", "汇回"),
    "choice": ("choice", "互动选择"),
    "variant": ("variant", "变体"),
    "exported": ("exported", "导出于"),
    "series_wide": ("Series-wide", "全剧"),
    "severity_error": ("error", "错误"),
    "severity_warning": ("warning", "警告"),
    "severity_info": ("info", "提示"),
    "untitled": ("Untitled series", "未命名系列"),
    "revision": ("Revision", "修订"),
    "changed_since": ("changed since", "自此版本后修改："),
}


def label(key: str, lang: str) -> str:
    en, zh = _LABELS[key]
    return zh if lang == "zh" else en


def episode_name(number: int, lang: str) -> str:
    return f"第{number}集" if lang == "zh" else f"Ep {number}"


def episode_count(n: int, lang: str) -> str:
    return f"共{n}集" if lang == "zh" else f"{n} episode{'s' * (n != 1)}"


def status_text(status: str, counts: dict[str, int] | None, lang: str) -> str:
    """'2 errors, 1 warnings' style summary; words, never colour alone."""
    if counts is None:
        return label("not_checked", lang)
    e, w = counts.get("error", 0), counts.get("warning", 0)
    if not e and not w:
        return label("clean", lang)
    if lang == "zh":
        return f"{e} 个错误 · {w} 个警告"
    return f"{e} error{'s' * (e != 1)} · {w} warning{'s' * (w != 1)}"
