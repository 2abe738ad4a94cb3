"""The audience report's words in English and Chinese, shared by ``beatboard audience
report --lang`` and the PDF's audience pages, and the A/B verdict said in either."""
from __future__ import annotations

from ..core.retention_ab import Comparison

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Audience", "观众数据"),
    "episode": ("Episode {n}", "第{n}集"),
    "beat": ("Beat", "节拍"), "start": ("Start s", "开始秒"), "end": ("End s", "结束秒"),
    "v_start": ("Viewers in", "开始时观众"), "v_end": ("Viewers out", "结束时观众"),
    "viewers_col": ("viewers", "观众"),
    "loss": ("Loss pp/s", "流失 百分点/秒"), "ratio": ("× avg", "× 平均"),
    "worst": ("WORST", "最差"), "worst_mark": ("← worst", "← 最差"),
    "average": ("average loss {x} pp/s", "平均流失 {x} 百分点/秒"),
    "viewers": ("{n} viewers", "{n} 名观众"),
    "stale": ("stale, not mapped", "已过期，未映射"),
    "stale_line": ("stale, {why}; kept, not mapped", "已过期（{why}）；已保留，未映射"),
    "not_driving": ("{n} points (not the driving dataset of its cut)",
                    "{n} 个点（不是该剪辑版本用于规则的数据）"),
    "worst_beats": ("worst beats: {x}", "最差节拍：{x}"), "none": ("none", "无"),
    "no_data": ("No audience data in these episodes.", "所选剧集没有观众数据。"),
    "orphan": ("Dataset {id} ({source}): stale, its episode no longer exists; kept",
               "数据集 {id}（{source}）：已过期，所属剧集已不存在；已保留"),
    "no_source": ("no source", "无来源"),
    "part": ("they part at {s} s: A shows {a}, B shows {b}",
             "两条曲线在 {s} 秒处分开：A 为 {a}，B 为 {b}"),
    "close": ("the curves stay within 5 points of each other", "两条曲线相差始终在 5 个百分点以内"),
    "completion": ("completion: A {a}, B {b} ({d} points)", "完播率：A {a}，B {b}（{d} 个百分点）"),
    "noise": ("within noise", "在随机波动范围内"), "real": ("more than noise", "超出随机波动"),
    "no_views": ("no viewer counts (--views): cannot tell a real difference from noise",
                 "没有观看人数（--views）：无法判断差异是否超出随机波动"),
    "power": ("a test with 80 % power needs {n} viewers per arm",
              "80 % 检验效能的测试每组需要 {n} 名观众"),
    "more": ("… {n} more beats", "…… 另有 {n} 个节拍"),
    "emotion": ("emotion (thin grey)", "情绪（灰色细线）"),
}


def word(key: str, lang: str, **params) -> str:
    en, zh = _WORDS[key]
    text = zh if lang.lower().startswith("zh") else en
    return text.format(**params) if params else text


def verdict_lines(c: Comparison, lang: str = "en") -> list[str]:
    """Where A and B part, their completion and whether the difference is noise."""
    def pct(v: float) -> str:
        return f"{v * 100:.1f} %"
    if c.diverge_at is None:
        out = [word("close", lang)]
    else:
        a = (c.beat_a[1] or c.beat_a[0]) if c.beat_a else "?"
        b = (c.beat_b[1] or c.beat_b[0]) if c.beat_b else "?"
        out = [word("part", lang, s=f"{c.diverge_at:.0f}", a=a, b=b)]
    out.append(word("completion", lang, a=pct(c.completion_a), b=pct(c.completion_b),
                    d=f"{c.completion_difference * 100:+.1f}"))
    if c.test is None:
        out.append(word("no_views", lang))
    else:
        verdict = word("real" if c.test.significant else "noise", lang)
        need = ("; " + word("power", lang, n=c.test.viewers_needed)
                if c.test.viewers_needed else "")
        out.append(f"{verdict} (z = {c.test.z:.2f}, p = {c.test.p_value:.3g}, "
                   f"α = 0.05){need}")
    return out
