"""Finding messages in English and Simplified Chinese, from one template table.

A finding keeps its parameters (beat titles, seconds, limits, the cut) so the same
finding reads in either language. ``params["variant"]`` picks a sub-template (e.g.
GRAPH_BAD_LINK has one per kind of problem).
"""
from __future__ import annotations

from typing import Any

RULE_TITLES: dict[str, tuple[str, str]] = {
    "HOOK_MISSING": ("Hook missing", "缺少钩子"),
    "HOOK_LATE": ("Hook too late", "钩子出现太晚"),
    "EP1_CONFLICT_LATE": ("Episode 1 conflict too late", "第一集冲突出现太晚"),
    "CLIFFHANGER_MISSING": ("Cliffhanger missing", "缺少卡点"),
    "CLIFFHANGER_WEAK": ("Cliffhanger too weak", "卡点太弱"),
    "EPISODE_TOO_SHORT": ("Episode too short", "单集过短"),
    "EPISODE_TOO_LONG": ("Episode too long", "单集过长"),
    "TURN_GAP": ("No change of emotion for too long", "情绪方向长时间不变"),
    "PRESSURE_RUN": ("Pressure run too long", "连续压抑节拍过多"),
    "PAYOFF_DROUGHT": ("Payoff drought", "爽点断档"),
    "PAYWALL_WEAK": ("Paywall cliffhanger too weak", "付费卡点偏弱"),
    "COMPLIANCE_MINORS": ("Minors with restricted content", "未成年人涉及限制内容"),
    "COMPLIANCE_FLAG": ("Compliance flag", "合规提示"),
    "GRAPH_CYCLE": ("Beats form a loop", "节拍形成循环"),
    "GRAPH_UNREACHABLE": ("Unreachable beat", "无法到达的节拍"),
    "GRAPH_BAD_LINK": ("Bad link", "无效连接"),
    "SWEET_BEATS_LOW": ("Too few sweet beats", "甜点不足"),
    "FIRST_PAYOFF_LATE": ("First payoff too late", "首个爽点太晚"),
    "THREAD_UNPAID": ("Setup never paid off", "伏笔未回收"),
    "PAYOFF_UNPLANTED": ("Payoff without a setup", "回收缺少伏笔"),
    "EPISODE_EMPTY": ("Episode has no beats", "本集没有节拍"),
    "ASSET_BROKEN": ("Picture or sound file unusable", "图片或声音文件无法使用"),
    "RETENTION_DROP": ("Viewers leave during a beat", "节拍中观众流失过快"),
    "HOOK_LOST": ("The hook loses viewers", "钩子没留住观众"),
    "CAPTION_FAST": ("Caption too fast to read", "字幕太快，来不及读"),
}

TEMPLATES: dict[str, tuple[str, str]] = {
    "CAPTION_FAST": (
        "Beat {beat}: caption {cue} is on screen {shown} s from {start} s on cut {cut}; "
        "a viewer needs {needed} s to read it (at {latin} characters a second, {cjk} in "
        "Chinese; at least {min} s)",
        "节拍 {beat}：字幕 {cue} 在路径 {cut} 的第 {start} 秒起只显示 {shown} 秒；观众需要 "
        "{needed} 秒才能读完（每秒 {latin} 个拉丁字符、{cjk} 个汉字；至少 {min} 秒）"),
    "RETENTION_DROP": (
        "Viewers leave during {beat} at {loss} points a second on cut {cut} ({data}), "
        "{ratio}× the median of the other beats ({median}); limit {factor}× and {min} "
        "points a second",
        "节拍 {beat} 期间观众每秒流失 {loss} 个百分点（路径 {cut}，{data}），是其他节拍"
        "中位数（{median}）的 {ratio} 倍；阈值 {factor} 倍且每秒 {min} 个百分点"),
    "HOOK_LOST": (
        "{gone} % of the viewers are gone by {seconds} s on cut {cut} ({data}); at most "
        "{limit} % expected",
        "路径 {cut}（{data}）前 {seconds} 秒已流失 {gone}% 的观众；应不超过 {limit}%"),
    "EPISODE_EMPTY": ("The episode has no beats yet: it needs a hook, a cliffhanger and at "
                      "least {limit} s",
                      "本集还没有节拍：需要钩子、卡点，且时长至少 {limit} 秒"),
    "HOOK_MISSING": ("No hook beat on cut {cut}",
                     "剪辑路径 {cut} 上没有钩子节拍"),
    "HOOK_LATE": ("First hook {beat} starts at {start} s on cut {cut}; limit {limit} s",
                  "第一个钩子 {beat} 在 {start} 秒才出现（路径 {cut}）；上限 {limit} 秒"),
    "EP1_CONFLICT_LATE": (
        "First conflict beat {beat} starts at {start} s on cut {cut}; limit {limit} s",
        "第一个冲突节拍 {beat} 在 {start} 秒才出现（路径 {cut}）；上限 {limit} 秒"),
    "EP1_CONFLICT_LATE.missing": (
        "No conflict beat (down, escalation or turn) on cut {cut}; it must start by {limit} s",
        "路径 {cut} 上没有冲突节拍（压抑、升级或反转）；应在 {limit} 秒内出现"),
    "CLIFFHANGER_MISSING": ("Cut {cut} ends on {beat}, which is not a cliffhanger",
                            "路径 {cut} 以 {beat} 结尾，不是卡点"),
    "CLIFFHANGER_WEAK": ("Cliffhanger {beat} has intensity {intensity}; at least {limit} needed",
                         "卡点 {beat} 强度为 {intensity}；至少需要 {limit}"),
    "EPISODE_TOO_SHORT": ("Cut {cut} lasts {seconds} s; at least {limit} s expected",
                          "路径 {cut} 时长 {seconds} 秒；至少应为 {limit} 秒"),
    "EPISODE_TOO_LONG": ("Cut {cut} lasts {seconds} s; limit {limit} s",
                         "路径 {cut} 时长 {seconds} 秒；上限 {limit} 秒"),
    "TURN_GAP": ("{count} beats in a row go {direction} for {seconds} s ({first} to {last}) "
                 "on cut {cut}; limit {limit} s",
                 "路径 {cut} 上连续 {count} 个节拍情绪方向均为{direction}，共 {seconds} 秒"
                 "（{first} 至 {last}）；上限 {limit} 秒"),
    "PRESSURE_RUN": ("{count} down beats in a row ({first} to {last}) on cut {cut}; limit {limit}",
                     "路径 {cut} 上连续 {count} 个压抑节拍（{first} 至 {last}）；上限 {limit} 个"),
    "SWEET_BEATS_LOW": ("Cut {cut} has {count} sweet (甜) beats; the genre wants at least {limit}",
                        "路径 {cut} 只有 {count} 个甜点节拍；该类型至少需要 {limit} 个"),
    "FIRST_PAYOFF_LATE": ("No episode among the first {limit} gives a 爽 payoff beat on every "
                          "cut (episode {episode}: cut {cut})",
                          "前 {limit} 集没有一集在每条路径上都有爽点节拍（第 {episode} 集：路径 {cut}）"),
    "PAYOFF_DROUGHT": ("Episodes {first_ep}-{last_ep} ({count} in a row) each have a cut with "
                       "no up beat, here cut {cut}; limit {limit}",
                       "第 {first_ep}-{last_ep} 集（连续 {count} 集）都有不含释放节拍的路径，"
                       "本集为 {cut}；上限 {limit} 集"),
    "PAYWALL_WEAK": ("Last free episode before the paywall (episode {paywall}) ends on {beat} "
                     "with intensity {intensity}; needs {limit} and the series' strongest "
                     "({strongest}, episode {strongest_ep})",
                     "付费集（第 {paywall} 集）前的最后一集免费集以 {beat} 结尾，强度 {intensity}；"
                     "需要 {limit} 且为全剧最强（{strongest}，第 {strongest_ep} 集）"),
    "PAYWALL_WEAK.none": ("Last free episode before the paywall (episode {paywall}) "
                          "does not end on a cliffhanger on cut {cut}",
                          "付费集（第 {paywall} 集）前的最后一集免费集在路径 {cut} 上没有以卡点结尾"),
    "THREAD_UNPAID": ("Thread {thread}: set up by {beat} in episode {setup_ep}, paid off in "
                      "episode {payoff_ep}, {gap} episodes later; limit {limit}",
                      "线索 {thread}：第 {setup_ep} 集 {beat} 埋下伏笔，第 {payoff_ep} 集才回收，"
                      "相隔 {gap} 集；上限 {limit} 集"),
    "THREAD_UNPAID.none": ("Thread {thread}: set up by {beat} in episode {setup_ep}, never paid "
                           "off by the series' end (episode {last_ep}); pay it off within "
                           "{limit} episodes",
                           "线索 {thread}：第 {setup_ep} 集 {beat} 埋下伏笔，直到全剧结尾"
                           "（第 {last_ep} 集）都没有回收；应在 {limit} 集内回收"),
    "PAYOFF_UNPLANTED": ("Thread {thread}: payoff {beat} in episode {payoff_ep} comes before "
                         "its setup {setup} (episode {setup_ep})",
                         "线索 {thread}：第 {payoff_ep} 集的回收 {beat} 早于伏笔 {setup}"
                         "（第 {setup_ep} 集）"),
    "PAYOFF_UNPLANTED.missing": ("Thread {thread}: payoff {beat} in episode {payoff_ep} has no "
                                 "setup; plant it in an earlier beat",
                                 "线索 {thread}：第 {payoff_ep} 集的回收 {beat} 没有伏笔；"
                                 "请在更早的节拍中埋下"),
    "COMPLIANCE_MINORS": ("Beat {beat} involves minors ({who}) together with {tags}",
                          "节拍 {beat} 涉及未成年人（{who}），同时含有{tags}"),
    "COMPLIANCE_FLAG": ("Beat {beat} is tagged {tags}, which the {profile} profile flags",
                        "节拍 {beat} 标记为{tags}，「{profile}」规则要求复核"),
    "COMPLIANCE_FLAG.untagged_minor": (
        "Beat {beat} features minor {who} but is not tagged minors",
        "节拍 {beat} 有未成年角色 {who}，但未标记“未成年人”"),
    "GRAPH_CYCLE": ("Beats loop back: {cut}; an episode must run forward",
                    "节拍形成循环：{cut}；剧集必须单向推进"),
    "GRAPH_UNREACHABLE": ("Beat {beat} cannot be reached from the start {start_beat}",
                          "从开头 {start_beat} 无法到达节拍 {beat}"),
    "ASSET_BROKEN.sketch": ("Panel {panel}: the sketch {file} cannot be read ({detail})",
                            "分镜格 {panel}：草图 {file} 无法读取（文件已损坏或不是有效的草图）"),
    "ASSET_BROKEN.image": ("Panel {panel}: the image {file} cannot be read ({detail})",
                           "分镜格 {panel}：图片 {file} 无法读取（文件已损坏或格式不受支持）"),
    "ASSET_BROKEN.missing": ("Panel {panel}: {file} is missing",
                             "分镜格 {panel}：找不到文件 {file}"),
    "ASSET_BROKEN.outside": ("Panel {panel}: {file} is outside the project folder, so it is "
                             "never shown",
                             "分镜格 {panel}：文件 {file} 位于项目文件夹之外，不会显示"),
    "ASSET_BROKEN.sound": ("Episode {episode_n}: the sound {file} cannot be read ({detail})",
                           "第 {episode_n} 集：声音文件 {file} 无法读取"),
    "ASSET_BROKEN.sound_missing": ("Episode {episode_n}: the sound {file} is missing",
                                   "第 {episode_n} 集：找不到声音文件 {file}"),
    "ASSET_BROKEN.sound_outside": ("Episode {episode_n}: the sound {file} is outside the "
                                   "project folder, so it is never played",
                                   "第 {episode_n} 集：声音文件 {file} 位于项目文件夹之外，不会播放"),
    "GRAPH_BAD_LINK.unknown": ("Link {link} names unknown beat '{missing}'",
                               "连接 {link} 指向不存在的节拍“{missing}”"),
    "GRAPH_BAD_LINK.self": ("Link {link} goes from a beat to itself",
                            "连接 {link} 指向节拍自身"),
    "GRAPH_BAD_LINK.duplicate": ("Link {link} appears more than once",
                                 "连接 {link} 重复"),
    "GRAPH_BAD_LINK.multi_next": ("Beat {beat} has {count} 'next' links ({targets}); "
                                  "use 'variant' or 'choice' for alternatives",
                                  "节拍 {beat} 有 {count} 条“下一个”连接（{targets}）；"
                                  "备选分支请用“变体”或“选择”连接"),
}

DIRECTION_WORDS = {"up": ("up", "释放（↑）"), "down": ("down", "压抑（↓）"),
                   "level": ("level", "悬念（→）")}
TAG_NAMES_ZH = {
    "violence": "暴力", "blood": "血腥", "smoking": "吸烟", "drinking": "饮酒",
    "intimacy": "亲密", "abuse": "虐待/霸凌", "minors": "未成年人", "gambling": "赌博",
    "self-harm": "自残", "wealth-flaunting": "拜金/炫富", "extreme-revenge": "极端复仇",
}
# Tags writers type instead of the canonical ids (domain brief: "slap/violence", 拜金/炫富).
COMPLIANCE_ALIASES = {
    "slap": "violence", "fight": "violence", "bullying": "abuse", "minor": "minors",
    "alcohol": "drinking", "sex": "intimacy", "kiss": "intimacy", "suicide": "self-harm",
    "扇耳光": "violence", "打耳光": "violence", "虐待": "abuse", "霸凌": "abuse", "拜金": "wealth-flaunting",
    "炫富": "wealth-flaunting", **{zh: tag for tag, zh in TAG_NAMES_ZH.items()},
}


def canonical_compliance(tag: str) -> str:
    return COMPLIANCE_ALIASES.get(tag, tag)


# Parameters holding beat titles are quoted in the reader's convention.
_QUOTED = {"beat", "first", "last", "start_beat", "thread", "setup", "cue"}


def render(rule: str, params: dict[str, Any], lang: str = "en") -> str:
    zh = lang.lower().startswith("zh")
    key = rule + ("." + params["variant"] if params.get("variant") else "")
    pair = TEMPLATES.get(key) or TEMPLATES.get(rule)
    if pair is None:
        return params.get("_message", rule)
    values = {}
    for name, value in params.items():
        if name in _QUOTED:
            value = f"“{value}”" if zh else f"'{value}'"
        elif name == "direction":
            value = DIRECTION_WORDS.get(value, (value, value))[1 if zh else 0]
        elif name == "tags":
            value = ("、".join(f"“{TAG_NAMES_ZH.get(t, t)}”" for t in value) if zh
                     else ", ".join(value))
        values[name] = value
    try:
        return pair[1 if zh else 0].format(**values)
    except (KeyError, IndexError):
        return params.get("_message", rule)


def seconds(x: float) -> str:
    """5.5 -> '5.5', 3.0 -> '3'."""
    return f"{round(x, 1):g}"


def cut_text(ids: tuple[str, ...] | list[str], limit: int = 6) -> str:
    """b1 → b2 → … → b9: the start, the end and a few beats between."""
    ids = list(ids)
    if len(ids) > limit:
        ids = ids[: limit - 2] + ["…"] + ids[-1:]
    return " → ".join(ids)
