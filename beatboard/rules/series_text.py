"""The series audience view's words in English and Chinese, shared by ``beatboard
audience report --series`` and the PDF's series audience page."""
from __future__ import annotations

from ..core.series_retention import PaywallConversion, SeriesContinuation

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Series audience", "全剧观众数据"),
    "subtitle": ("Continuation to the next episode beside the cliffhanger's intensity",
                 "下一集续看率与卡点强度对照"),
    "ep": ("Ep", "集"), "starts": ("Starts", "开始"), "completions": ("Completions", "完播"),
    "next": ("Next starts", "下一集开始"), "paid": ("Paid", "付费"),
    "completion": ("Completion", "完播率"), "continuation": ("Continuation", "续看率"),
    "cliff": ("Cliffhanger", "卡点"), "intensity": ("Intensity", "强度"),
    "not_cliff": ("(not a cliffhanger)", "（不是卡点）"),
    "last": ("last episode", "最后一集"),
    "paywall": ("Paywall at episode {n}: {paid} of {starts} viewers who started it paid "
                "({x})", "第{n}集付费墙：开始观看的 {starts} 名观众中 {paid} 名付费（{x}）"),
    "paywall_no_row": ("Paywall at episode {n}: no row for that episode in the series table",
                       "第{n}集付费墙：全剧数据表中没有该集"),
    "paywall_no_paid": ("Paywall at episode {n}: the series table does not say how many paid",
                        "第{n}集付费墙：全剧数据表没有付费人数"),
    "paywall_mark": ("paywall episode ({n})", "付费墙集（第{n}集）"),
    "no_paywall": ("The series has no paywall.", "本剧没有付费墙。"),
    "correlation": ("Intensity and continuation: r = {r} over {n} episodes",
                    "卡点强度与续看率：{n} 集的相关系数 r = {r}"),
    "too_few": ("Too few episodes ({n}) to relate intensity and continuation",
                "集数太少（{n}），无法比较卡点强度与续看率"),
    "orphan": ("A row for a removed episode (id {id}, {source}): kept, not shown",
               "已删除剧集的数据行（id {id}，{source}）：已保留，未显示"),
    "no_data": ("No series audience table (beatboard audience import-series).",
                "没有全剧观众数据表（beatboard audience import-series）。"),
    "axis_x": ("cliffhanger intensity", "卡点强度"),
    "axis_y": ("continuation to the next episode", "下一集续看率"),
}


def sword(key: str, lang: str, **params) -> str:
    en, zh = _WORDS[key]
    text = zh if lang.lower().startswith("zh") else en
    return text.format(**params) if params else text


def pct(x: float | None) -> str:
    return "—" if x is None else f"{x * 100:.1f} %"


def paywall_line(p: PaywallConversion | None, lang: str = "en") -> str:
    if p is None:
        return sword("no_paywall", lang)
    if p.starts is None:
        return sword("paywall_no_row", lang, n=p.number)
    if p.paid is None:
        return sword("paywall_no_paid", lang, n=p.number)
    return sword("paywall", lang, n=p.number, paid=f"{p.paid:,}", starts=f"{p.starts:,}",
                 x=pct(p.conversion))


def correlation_line(s: SeriesContinuation, lang: str = "en") -> str:
    r = s.correlation
    n = len(s.points())
    return (sword("too_few", lang, n=n) if r is None
            else sword("correlation", lang, r=f"{r:+.2f}", n=n))
