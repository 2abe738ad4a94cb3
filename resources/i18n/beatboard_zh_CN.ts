<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../beatboard/gui/autosave.py" line="122" />
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
</context>
<context>
    <name>BeatCanvas</name>
    <message>
        <location filename="../../beatboard/gui/canvas/ruler.py" line="36" />
        <source>Double-click to add a beat, or use Add Beat.</source>
        <translation>双击添加节拍，或使用“添加节拍”。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/ruler.py" line="38" />
        <source>Select an episode to edit its beats.</source>
        <translation>选择一集以编辑其节拍。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/ruler.py" line="66" />
        <source>No beats</source>
        <translation>没有节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/curve/episode_curve.py" line="172" />
        <location filename="../../beatboard/gui/canvas/ruler.py" line="75" />
        <source>HOOK ≤%1s</source>
        <translation>钩子 ≤%1秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/ruler.py" line="76" />
        <source>CLIFF</source>
        <translation>卡点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/curve/episode_curve.py" line="180" />
        <location filename="../../beatboard/gui/canvas/ruler.py" line="106" />
        <source>END %1s</source>
        <translation>结束 %1秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/image_drop.py" line="60" />
        <source>Save the project first: images are stored beside it.</source>
        <translation>请先保存项目：图片会保存在项目文件旁边。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/image_drop.py" line="73" />
        <source>Attach image</source>
        <translation>添加分镜图</translation>
    </message>
</context>
<context>
    <name>BeatCard</name>
    <message>
        <location filename="../../beatboard/gui/canvas/beat_card.py" line="24" />
        <source>HOOK</source>
        <translation>钩子</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/beat_card.py" line="25" />
        <source>CLIFF</source>
        <translation>卡点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/beat_card.py" line="26" />
        <source>SETUP</source>
        <translation>铺垫</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/beat_card.py" line="27" />
        <source>ESCALATION</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/beat_card.py" line="28" />
        <source>TURN</source>
        <translation>反转</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/beat_card.py" line="29" />
        <source>PAYOFF</source>
        <translation>爽点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/beat_card.py" line="30" />
        <source>OTHER</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>BeatForm</name>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="38" />
        <source>What happens, in a few words</source>
        <translation>发生了什么（几个词概括）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="50" />
        <source>Names, separated by commas</source>
        <translation>人物名，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="53" />
        <source>Props, separated by commas</source>
        <translation>道具，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="58" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="59" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="72" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="73" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="74" />
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="76" />
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="77" />
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="78" />
        <source>Dialogue</source>
        <translation>台词</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="79" />
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="80" />
        <source>Shot size</source>
        <translation>景别</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="81" />
        <source>Camera move</source>
        <translation>运镜</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="82" />
        <source>Characters</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="83" />
        <source>Location</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="84" />
        <source>Props</source>
        <translation>道具</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="85" />
        <source>Compliance</source>
        <translation>合规标签</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="86" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="87" />
        <location filename="../../beatboard/gui/inspector_beat.py" line="199" />
        <source>Panel image</source>
        <translation>分镜图</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="102" />
        <source>hook</source>
        <translation>钩子</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="102" />
        <source>setup</source>
        <translation>铺垫</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="103" />
        <source>escalation</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="103" />
        <source>turn (reversal)</source>
        <translation>反转</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="104" />
        <source>payoff</source>
        <translation>爽点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="104" />
        <source>cliffhanger</source>
        <translation>卡点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="105" />
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="110" />
        <source>violence / slap</source>
        <translation>暴力／打耳光</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="110" />
        <source>blood</source>
        <translation>血腥</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="111" />
        <source>smoking</source>
        <translation>吸烟</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="111" />
        <source>drinking</source>
        <translation>饮酒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="112" />
        <source>intimacy</source>
        <translation>亲密戏</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="112" />
        <source>abuse / bullying</source>
        <translation>虐待／霸凌</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="113" />
        <source>minors</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="113" />
        <source>gambling</source>
        <translation>赌博</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="114" />
        <source>self-harm</source>
        <translation>自残</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="115" />
        <source>wealth-flaunting</source>
        <translation>拜金／炫富</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="116" />
        <source>extreme revenge</source>
        <translation>极端复仇</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="128" />
        <source>Episode %1 · beat %2</source>
        <translation>第 %1 集 · 节拍 %2</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="131" />
        <source>starts at %1 s</source>
        <translation>起始于 %1 秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="138" />
        <source>≈ %1 s (estimated from dialogue)</source>
        <translation>≈ %1 秒（按台词估算）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="141" />
        <source>Estimate from dialogue: %1 s</source>
        <translation>按台词估算：%1 秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="150" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="170" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="191" />
        <source>Set emotion</source>
        <translation>设置情绪</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="197" />
        <source>Save the project first: images are stored beside it.</source>
        <translation>请先保存项目：图片存放在项目文件旁边。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="200" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message>
        <location filename="../../beatboard/gui/canvas/commands.py" line="27" />
        <source>Select an episode first.</source>
        <translation>请先选择一集。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/commands.py" line="101" />
        <source>The clipboard holds no beats.</source>
        <translation>剪贴板中没有节拍。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/commands.py" line="113" />
        <source>Select a stretch of the main line to duplicate.</source>
        <translation>请选择主线上连续的一段来复制。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/commands.py" line="126" />
        <source>Select exactly two beats to link.</source>
        <translation>请恰好选择两个节拍来连接。</translation>
    </message>
</context>
<context>
    <name>CanvasGestures</name>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="166" />
        <source>Next link</source>
        <translation>主线连接</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="166" />
        <source>Variant link</source>
        <translation>分支（A/B）连接</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="167" />
        <source>Choice link</source>
        <translation>互动选择连接</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="172" />
        <source>Delete link</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="176" />
        <source>Duplicate as variant</source>
        <translation>复制为分支版本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="177" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="178" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="181" />
        <source>Add beat here</source>
        <translation>在此添加节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="182" />
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="183" />
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="35" />
        <source>The beat canvas is not available.</source>
        <translation>节拍画布不可用。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="48" />
        <source>Episodes</source>
        <translation>分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="50" />
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="52" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="56" />
        <source>Emotion Curve</source>
        <translation>情绪曲线</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="57" />
        <location filename="../../beatboard/gui/docks.py" line="60" />
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="59" />
        <source>Series Strip</source>
        <translation>全剧情绪带</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="62" />
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="68" />
        <source>Findings (%1)</source>
        <translation>检查结果（%1）</translation>
    </message>
</context>
<context>
    <name>DurationEditor</name>
    <message>
        <location filename="../../beatboard/gui/inspector_fields.py" line="149" />
        <source>Use estimate</source>
        <translation>使用估算</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../beatboard/gui/history.py" line="13" />
        <source>Add beat</source>
        <translation>添加节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="13" />
        <source>Delete beats</source>
        <translation>删除节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="14" />
        <source>Move beat</source>
        <translation>移动节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="14" />
        <source>Move beats</source>
        <translation>移动卡片</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="15" />
        <source>Link beats</source>
        <translation>连接节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="15" />
        <source>Remove link</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="16" />
        <source>Change link kind</source>
        <translation>更改连接类型</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="17" />
        <source>Duplicate as variant</source>
        <translation>复制为变体</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="17" />
        <source>Paste beats</source>
        <translation>粘贴节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="18" />
        <source>Add episode</source>
        <translation>添加分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="18" />
        <source>Delete episodes</source>
        <translation>删除分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="19" />
        <source>Move episode</source>
        <translation>移动分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="19" />
        <source>Duplicate episode</source>
        <translation>复制分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="20" />
        <source>Split episode</source>
        <translation>拆分分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="20" />
        <source>Merge episodes</source>
        <translation>合并分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="21" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="21" />
        <source>Set emotion</source>
        <translation>设置情绪</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="24" />
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="24" />
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="25" />
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="26" />
        <source>emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="27" />
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="28" />
        <source>intensity</source>
        <translation>强度</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="29" />
        <source>action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="30" />
        <source>dialogue</source>
        <translation>台词</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="31" />
        <source>sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="32" />
        <source>shot size</source>
        <translation>景别</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="33" />
        <source>camera move</source>
        <translation>运镜</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="34" />
        <source>characters</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="35" />
        <source>location</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="36" />
        <source>props</source>
        <translation>道具</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="37" />
        <source>compliance tags</source>
        <translation>合规标签</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="38" />
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="38" />
        <source>panel image</source>
        <translation>分镜图</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="39" />
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="40" />
        <source>genre</source>
        <translation>题材</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="41" />
        <source>rule profile</source>
        <translation>规则配置</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="42" />
        <source>paywall episode</source>
        <translation>付费卡点集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="43" />
        <source>logline</source>
        <translation>一句话梗概</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="50" />
        <source>Set %1</source>
        <translation>设置%1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="73" />
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="25" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="27" />
        <source>New from &amp;Genre Skeleton…</source>
        <translation>按题材骨架新建(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="29" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="31" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="33" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="36" />
        <source>&amp;Import Script (Fountain, Final Draft)…</source>
        <translation>导入剧本（Fountain、Final Draft）(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="38" />
        <source>&amp;Export PDF Boards…</source>
        <translation>导出 PDF 分镜板(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="40" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="44" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="46" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="58" />
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="60" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="62" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="64" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="66" />
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="68" />
        <source>Add &amp;Beat</source>
        <translation>添加节拍(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="70" />
        <source>Duplicate as &amp;Variant</source>
        <translation>复制为变体(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="73" />
        <source>Link as &amp;Next</source>
        <translation>连接为下一拍(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="75" />
        <source>Link as V&amp;ariant</source>
        <translation>连接为变体(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="78" />
        <source>Link as &amp;Choice</source>
        <translation>连接为选择分支(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="80" />
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="83" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="85" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="87" />
        <source>&amp;Fit Episode</source>
        <translation>适应整集(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="90" />
        <source>&amp;Light Theme</source>
        <translation>浅色主题(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="91" />
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="96" />
        <source>Set &amp;Paywall at Current Episode</source>
        <translation>将当前集设为付费卡点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="97" />
        <source>&amp;Clear Paywall</source>
        <translation>清除付费卡点(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="113" />
        <source>&amp;About BeatBoard</source>
        <translation>关于 BeatBoard(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="131" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="133" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="142" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="148" />
        <source>&amp;Link Selected Beats</source>
        <translation>连接所选节拍(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="153" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="161" />
        <source>&amp;Series</source>
        <translation>剧集(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="162" />
        <source>Rule &amp;Profile</source>
        <translation>规则配置(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="164" />
        <source>&amp;Genre</source>
        <translation>题材(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="170" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>EmotionEditor</name>
    <message>
        <location filename="../../beatboard/gui/inspector_emotion.py" line="34" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_emotion.py" line="44" />
        <source>Up: release</source>
        <translation>上扬：释放</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_emotion.py" line="44" />
        <source>Down: pressure</source>
        <translation>下压：压抑</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_emotion.py" line="45" />
        <source>Level: suspense</source>
        <translation>持平：悬念</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_emotion.py" line="62" />
        <source>Intensity</source>
        <translation>强度</translation>
    </message>
</context>
<context>
    <name>EpisodeCurveWidget</name>
    <message>
        <location filename="../../beatboard/gui/curve/episode_curve.py" line="174" />
        <source>No beats in this episode</source>
        <translation>本集没有节拍</translation>
    </message>
</context>
<context>
    <name>EpisodeForm</name>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="42" />
        <source>Episode</source>
        <translation>分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="50" />
        <source>Number</source>
        <translation>集数</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="51" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="52" />
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="53" />
        <source>Cuts</source>
        <translation>剪辑版本数</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="54" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="63" />
        <source>%1 main line · %2 beats (%3 off the main line)</source>
        <translation>主线 %1 · %2 个节拍（%3 个不在主线上）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="67" />
        <source>— (the beats form a loop)</source>
        <translation>—（节拍形成了循环）</translation>
    </message>
</context>
<context>
    <name>EpisodeNavigator</name>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="65" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="65" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="65" />
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="114" />
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="121" />
        <source>clean</source>
        <translation>无问题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="121" />
        <source>warnings</source>
        <translation>有警告</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="122" />
        <source>errors</source>
        <translation>有错误</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="21" />
        <source>Export PDF Boards</source>
        <translation>导出 PDF 分镜板</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="27" />
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="28" />
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="33" />
        <source>all (or e.g. 1-10, 12)</source>
        <translation>全部（或如 1-10, 12）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="35" />
        <source>Main line and variants</source>
        <translation>主线和变体</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="36" />
        <source>Main line only</source>
        <translation>仅主线</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="37" />
        <source>Black and white (grey-scale)</source>
        <translation>黑白（灰度）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="43" />
        <source>Boards</source>
        <translation>分镜板</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="44" />
        <source>Series overview</source>
        <translation>全剧概览</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="45" />
        <source>Shot list</source>
        <translation>镜头表</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="54" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="59" />
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="60" />
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="61" />
        <source>Panels per page</source>
        <translation>每页格数</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="62" />
        <source>Episodes</source>
        <translation>分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="63" />
        <source>Variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="65" />
        <source>Label language</source>
        <translation>标签语言</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="66" />
        <source>Sections</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="67" />
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="69" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="75" />
        <location filename="../../beatboard/gui/export_dialog.py" line="96" />
        <location filename="../../beatboard/gui/export_dialog.py" line="100" />
        <location filename="../../beatboard/gui/export_dialog.py" line="109" />
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="76" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="101" />
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="105" />
        <source>Exported %1 pages to %2</source>
        <translation>已导出 %1 页到 %2</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../beatboard/gui/files.py" line="34" />
        <source>BeatBoard files (*.beatboard);;All files (*)</source>
        <translation>BeatBoard 文件 (*.beatboard);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="46" />
        <location filename="../../beatboard/gui/files.py" line="105" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="59" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="60" />
        <source>Save the changes to “%1” before closing it?</source>
        <translation>关闭前是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="64" />
        <source>Your changes are lost if you don't save them.</source>
        <translation>如果不保存，你的更改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="80" />
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="92" />
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="106" />
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="118" />
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="24" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="24" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="24" />
        <source>Episode</source>
        <translation>分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="25" />
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="26" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="27" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="28" />
        <source>info</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="116" />
        <source>✕ Errors: %1</source>
        <translation>✕ 错误：%1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="117" />
        <source>⚠ Warnings: %1</source>
        <translation>⚠ 警告：%1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="118" />
        <source>ℹ Info: %1</source>
        <translation>ℹ 提示：%1</translation>
    </message>
</context>
<context>
    <name>Genre</name>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="25" />
        <source>revenge / rebirth</source>
        <translation>复仇／重生</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="26" />
        <source>sweet romance</source>
        <translation>甜宠</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="27" />
        <source>hidden billionaire / CEO</source>
        <translation>隐藏身份／霸总</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="28" />
        <source>werewolf / fantasy</source>
        <translation>狼人／奇幻</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="29" />
        <source>family / kids</source>
        <translation>家庭／萌宝</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="30" />
        <source>suspense</source>
        <translation>悬疑</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="30" />
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ImportScript</name>
    <message>
        <location filename="../../beatboard/gui/import_dialog.py" line="15" />
        <location filename="../../beatboard/gui/import_dialog.py" line="26" />
        <source>Import Script</source>
        <translation>导入剧本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/import_dialog.py" line="16" />
        <source>Scripts (*.fountain *.spmd *.txt *.fdx);;Fountain (*.fountain *.spmd *.txt);;Final Draft (*.fdx);;All files (*)</source>
        <translation>剧本 (*.fountain *.spmd *.txt *.fdx);;Fountain (*.fountain *.spmd *.txt);;Final Draft (*.fdx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/import_dialog.py" line="27" />
        <source>Episode headings (regular expression, group 'n' is the number).
Leave empty for the defaults: 'Episode 3', 'EP 3 - Title', '第3集'.</source>
        <translation>分集标题（正则表达式，分组 'n' 为集数）。
留空则使用默认格式：'Episode 3'、'EP 3 - Title'、'第3集'。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/import_dialog.py" line="37" />
        <source>Reading the script…</source>
        <translation>正在读取剧本…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/import_dialog.py" line="43" />
        <source>Importing script…</source>
        <translation>正在导入剧本…</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../beatboard/gui/inspector.py" line="89" />
        <source>%1 beats selected</source>
        <translation>已选择 %1 个节拍</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="125" />
        <source>Exporting PDF…</source>
        <translation>正在导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/jobs.py" line="48" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="58" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="82" />
        <source>%1 episodes   ✕ %2   ⚠ %3</source>
        <translation>%1 集   ✕ %2   ⚠ %3</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="108" />
        <source>The beat canvas is not available.</source>
        <translation>节拍画布不可用。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="147" />
        <source>Cannot import the script</source>
        <translation>无法导入剧本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="151" />
        <source>Imported %1 episodes from %2</source>
        <translation>已从 %2 导入 %1 集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="172" />
        <source>About BeatBoard</source>
        <translation>关于 BeatBoard</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="173" />
        <source>&lt;b&gt;BeatBoard&lt;/b&gt;&lt;br&gt;Storyboard and emotion-beat editor for vertical micro-short dramas.</source>
        <translation>&lt;b&gt;BeatBoard&lt;/b&gt;&lt;br&gt;竖屏微短剧的分镜与情绪节拍编辑器。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="208" />
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="212" />
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="231" />
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>NavigatorActions</name>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="172" />
        <source>Add Episode</source>
        <translation>添加分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="173" />
        <source>Add an episode after the current one</source>
        <translation>在当前集之后添加一集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="174" />
        <source>Duplicate Episode</source>
        <translation>复制分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="175" />
        <source>Duplicate the current episode</source>
        <translation>复制当前集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="176" />
        <source>Split Episode at Beat</source>
        <translation>在节拍处拆分分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="177" />
        <source>Split the episode at the selected beat</source>
        <translation>在所选节拍处拆分本集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="178" />
        <source>Merge with Next Episode</source>
        <translation>与下一集合并</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="179" />
        <source>Append the next episode to this one</source>
        <translation>把下一集接到本集末尾</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="180" />
        <source>Move Episode Up</source>
        <translation>分集上移</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="181" />
        <source>Move the episode earlier</source>
        <translation>把本集往前移</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="182" />
        <source>Move Episode Down</source>
        <translation>分集下移</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="183" />
        <source>Move the episode later</source>
        <translation>把本集往后移</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="184" />
        <source>Delete Episode</source>
        <translation>删除分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="185" />
        <source>Delete the current episode</source>
        <translation>删除当前集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="186" />
        <source>Dup</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="186" />
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="187" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>NewSeriesDialog</name>
    <message>
        <location filename="../../beatboard/gui/new_dialog.py" line="16" />
        <source>New Series from Genre Skeleton</source>
        <translation>按题材骨架新建剧集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/new_dialog.py" line="28" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/new_dialog.py" line="34" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/new_dialog.py" line="35" />
        <source>Genre</source>
        <translation>题材</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/new_dialog.py" line="36" />
        <source>Episodes</source>
        <translation>分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/new_dialog.py" line="37" />
        <source>Paywall episode</source>
        <translation>付费卡点集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/new_dialog.py" line="38" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="15" />
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="18" />
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="22" />
        <source>A new language applies when BeatBoard restarts.</source>
        <translation>新的界面语言在重启 BeatBoard 后生效。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="25" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="26" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="30" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="32" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="34" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="35" />
        <source>Autosave every</source>
        <translation>自动保存间隔</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="16" />
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="19" />
        <source>BeatBoard closed before these changes were saved. Recover one to keep working on it; it opens as unsaved.</source>
        <translation>BeatBoard 在保存这些更改之前关闭了。恢复其中一个即可继续工作；它会以未保存状态打开。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="25" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="27" />
        <source>autosaved %1</source>
        <translation>自动保存于 %1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="33" />
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="34" />
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="35" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>SeriesForm</name>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="84" />
        <source>Series</source>
        <translation>剧集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="93" />
        <source>A built-in rule profile, or the path of a profile file</source>
        <translation>内置规则配置，或规则配置文件的路径</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="94" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="97" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="98" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="99" />
        <source>Genre</source>
        <translation>题材</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="100" />
        <source>Rule profile</source>
        <translation>规则配置</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="101" />
        <source>Paywall episode</source>
        <translation>付费卡点集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="102" />
        <source>Logline</source>
        <translation>一句话梗概</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="103" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SeriesStripWidget</name>
    <message>
        <location filename="../../beatboard/gui/curve/series_strip.py" line="156" />
        <source>Episode %1: %2</source>
        <translation>第 %1 集：%2</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/curve/series_strip.py" line="157" />
        <source>%1 s · %2 beats</source>
        <translation>%1 秒 · %2 个节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/curve/series_strip.py" line="159" />
        <source>%1 errors</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/curve/series_strip.py" line="161" />
        <source>%1 warnings</source>
        <translation>%1 个警告</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/curve/series_strip.py" line="201" />
        <source>No episodes</source>
        <translation>没有分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/curve/series_strip.py" line="242" />
        <source>Paywall</source>
        <translation>付费卡点</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../beatboard/app_launch.py" line="35" />
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
</context>
</TS>