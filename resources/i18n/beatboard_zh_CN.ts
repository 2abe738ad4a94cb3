<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnimaticExportDialog</name>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="20"/>
        <source>Export Animatic</source>
        <translation>导出动态分镜</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="25"/>
        <source>Current episode (%1)</source>
        <translation>当前剧集（%1）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="27"/>
        <source>All episodes</source>
        <translation>全部剧集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="29"/>
        <source>Main line</source>
        <translation>主线</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="30"/>
        <source>Every cut (one video each, for A/B tests)</source>
        <translation>所有版本（每个版本一个视频，用于 A/B 测试）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="32"/>
        <source>720×1280 (preview)</source>
        <translation>720×1280（预览）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="33"/>
        <source>1080×1920 (master)</source>
        <translation>1080×1920（母版）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="39"/>
        <source>Burnt in, and an SRT file</source>
        <translation>烧录字幕，并另存 SRT 文件</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="40"/>
        <source>SRT file only</source>
        <translation>仅 SRT 文件</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="41"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="42"/>
        <source>Title card before each episode</source>
        <translation>每集前加片头卡</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="44"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="48"/>
        <source>Episodes:</source>
        <translation>剧集：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="49"/>
        <source>Cuts:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="50"/>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="51"/>
        <source>Frame rate:</source>
        <translation>帧率：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="52"/>
        <source>Captions:</source>
        <translation>字幕：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="54"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="56"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="44"/>
        <source>Folder for the videos</source>
        <translation>视频保存文件夹</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="74"/>
        <source>Choose a folder for the videos.</source>
        <translation>请选择保存视频的文件夹。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="78"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="85"/>
        <source>Exported %1 videos to %2</source>
        <translation>已导出 %1 个视频到 %2</translation>
    </message>
</context>
<context>
    <name>AnimaticPlayer</name>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="129"/>
        <source>Cut:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="130"/>
        <source>Which cut of the episode plays: the main line or a variant or choice</source>
        <translation>播放本集的哪个版本：主线，或某个变体或选择分支</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="132"/>
        <source>Play on</source>
        <translation>连播</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="133"/>
        <source>Play the following episodes back to back</source>
        <translation>接着播放后面的剧集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="134"/>
        <source>Sound…</source>
        <translation>声音…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="135"/>
        <source>Temp sound for this episode (WAV, MP3, M4A), copied into the project's assets</source>
        <translation>本集的临时声音（WAV、MP3、M4A），复制到项目素材文件夹</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="137"/>
        <source>When the sound starts: later (+) or trimmed (−)</source>
        <translation>声音起点：延后（+）或裁掉开头（−）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="138"/>
        <source>Remove the temp sound</source>
        <translation>移除临时声音</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="139"/>
        <source>Play / pause (Space)</source>
        <translation>播放 / 暂停（空格）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="140"/>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="141"/>
        <source>Start (Home)</source>
        <translation>开头（Home）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="142"/>
        <source>Previous panel (←)</source>
        <translation>上一格（←）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="143"/>
        <source>Next panel (→)</source>
        <translation>下一格（→）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="144"/>
        <source>End (End)</source>
        <translation>结尾（End）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="150"/>
        <location filename="../../beatboard/gui/player/player_widget.py" line="192"/>
        <source>Main line</source>
        <translation>主线</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/player_widget.py" line="202"/>
        <source>via %1</source>
        <translation>经 %1</translation>
    </message>
</context>
<context>
    <name>ApprovalChooser</name>
    <message>
        <location filename="../../beatboard/gui/comments/approval.py" line="36"/>
        <source>Not reviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/approval.py" line="36"/>
        <source>✎ Changes requested</source>
        <translation>✎ 需要修改</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/approval.py" line="36"/>
        <source>✓ Approved</source>
        <translation>✓ 已通过</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/approval.py" line="51"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>AudienceImportDialog</name>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="121"/>
        <source>Import Audience Data</source>
        <translation>导入观众数据</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="122"/>
        <source>From a file</source>
        <translation>从文件</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="123"/>
        <source>Typed or pasted points</source>
        <translation>输入或粘贴数据点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="125"/>
        <source>For apps that show the curve but do not export it: type seconds and retention, or paste two columns from a spreadsheet (Ctrl+V).</source>
        <translation>适用于只显示曲线、不能导出的平台：输入秒数和留存，或从电子表格粘贴两列（Ctrl+V）。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="127"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="128"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="129"/>
        <source>Episode</source>
        <translation>集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="129"/>
        <source>Cut</source>
        <translation>剪辑版本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="130"/>
        <source>Label (A/B, market)</source>
        <translation>标签（A/B、市场）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="130"/>
        <source>Date measured</source>
        <translation>测量日期</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="131"/>
        <source>Video length</source>
        <translation>视频时长</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="131"/>
        <source>Viewers who started</source>
        <translation>开始观看人数</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="132"/>
        <source>Drives the overlay and the rules</source>
        <translation>用于叠加曲线和规则检查</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="139"/>
        <source>the cut's length</source>
        <translation>剪辑版本的时长</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="140"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="141"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="142"/>
        <source>Resulting curve</source>
        <translation>导入结果曲线</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="143"/>
        <source>Video s</source>
        <translation>视频秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="143"/>
        <source>Cut s</source>
        <translation>剪辑秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="144"/>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="144"/>
        <source>Beat on screen</source>
        <translation>画面中的节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="155"/>
        <source>Main line</source>
        <translation>主线</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="155"/>
        <source>via %1</source>
        <translation>经由 %1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="176"/>
        <source>typed points</source>
        <translation>输入的数据点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_dialog.py" line="227"/>
        <source>The data could not be added.</source>
        <translation>无法添加数据。</translation>
    </message>
</context>
<context>
    <name>AudienceIntegration</name>
    <message>
        <location filename="../../beatboard/gui/audience/integration.py" line="53"/>
        <source>Import &amp;Audience Data…</source>
        <translation>导入观众数据(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/integration.py" line="54"/>
        <source>Import &amp;Series Audience Table…</source>
        <translation>导入全剧观众数据表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/integration.py" line="55"/>
        <source>Series A&amp;udience…</source>
        <translation>全剧观众数据(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/integration.py" line="56"/>
        <source>Audience</source>
        <translation>观众</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/integration.py" line="84"/>
        <source>Audience data added (%1 points)</source>
        <translation>已添加观众数据（%1 个点）</translation>
    </message>
</context>
<context>
    <name>AutosaveWarning</name>
    <message>
        <location filename="../../beatboard/gui/autosave.py" line="141"/>
        <source>save your work</source>
        <translation>请保存你的工作</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/autosave.py" line="143"/>
        <source>Unsaved changes are not protected against a crash until autosave works again (recovery folder: %1). Save now, or free some disk space.</source>
        <translation>在自动保存恢复正常之前，未保存的修改在程序崩溃时无法找回（恢复文件夹：%1）。请立即保存，或释放一些磁盘空间。</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../beatboard/gui/autosave.py" line="93"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
</context>
<context>
    <name>BeatCanvas</name>
    <message>
        <location filename="../../beatboard/gui/canvas/ruler.py" line="42"/>
        <source>Double-click to add a beat, or use Add Beat.</source>
        <translation>双击添加节拍，或使用“添加节拍”。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/ruler.py" line="44"/>
        <source>Select an episode to edit its beats.</source>
        <translation>选择一集以编辑其节拍。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/ruler.py" line="73"/>
        <source>No beats</source>
        <translation>没有节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/curve/episode_curve.py" line="199"/>
        <location filename="../../beatboard/gui/canvas/ruler.py" line="82"/>
        <source>HOOK ≤%1s</source>
        <translation>钩子 ≤%1秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/ruler.py" line="83"/>
        <source>CLIFF</source>
        <translation>卡点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/curve/episode_curve.py" line="207"/>
        <location filename="../../beatboard/gui/canvas/ruler.py" line="115"/>
        <source>END %1s</source>
        <translation>结束 %1秒</translation>
    </message>
</context>
<context>
    <name>BeatCard</name>
    <message>
        <location filename="../../beatboard/gui/canvas/beat_card.py" line="30"/>
        <source>HOOK</source>
        <translation>钩子</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/beat_card.py" line="31"/>
        <source>CLIFF</source>
        <translation>卡点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/beat_card.py" line="32"/>
        <source>SETUP</source>
        <translation>铺垫</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/beat_card.py" line="33"/>
        <source>ESCALATION</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/beat_card.py" line="34"/>
        <source>TURN</source>
        <translation>反转</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/beat_card.py" line="35"/>
        <source>PAYOFF</source>
        <translation>爽点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/beat_card.py" line="36"/>
        <source>OTHER</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/beat_card.py" line="41"/>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
</context>
<context>
    <name>BeatForm</name>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="112"/>
        <source>What happens, in a few words</source>
        <translation>发生了什么（几个词概括）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="113"/>
        <source>Names, separated by commas</source>
        <translation>人物名，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="114"/>
        <source>Props, separated by commas</source>
        <translation>道具，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="119"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="120"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="99"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="100"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="100"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="99"/>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="101"/>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="102"/>
        <source>Dialogue</source>
        <translation>台词</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="102"/>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="103"/>
        <source>Shot size</source>
        <translation>景别</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="103"/>
        <source>Camera move</source>
        <translation>运镜</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="104"/>
        <source>Characters</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="104"/>
        <source>Location</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="105"/>
        <source>Props</source>
        <translation>道具</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="105"/>
        <source>Compliance</source>
        <translation>合规标签</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="106"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="106"/>
        <location filename="../../beatboard/gui/inspector_beat.py" line="217"/>
        <source>Panel image</source>
        <translation>分镜图</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="140"/>
        <source>Episode %1 · beat %2</source>
        <translation>第 %1 集 · 节拍 %2</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="143"/>
        <source>starts at %1 s</source>
        <translation>起始于 %1 秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="150"/>
        <source>≈ %1 s (estimated from dialogue)</source>
        <translation>≈ %1 秒（按台词估算）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="153"/>
        <source>Estimate from dialogue: %1 s</source>
        <translation>按台词估算：%1 秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="163"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="182"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="209"/>
        <source>Set emotion</source>
        <translation>设置情绪</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="215"/>
        <source>Save the project first: images are stored beside it.</source>
        <translation>请先保存项目：图片存放在项目文件旁边。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_beat.py" line="229"/>
        <source>Set panel picture</source>
        <translation>设置分镜画面</translation>
    </message>
</context>
<context>
    <name>BeatRetentionTable</name>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="62"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="63"/>
        <source>Compare A/B…</source>
        <translation>A/B 对比…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="64"/>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="116"/>
        <source>Make Primary</source>
        <translation>设为主数据</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="65"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="66"/>
        <source>Series…</source>
        <translation>全剧…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="67"/>
        <source>Continuation from episode to episode beside each cliffhanger, and the paywall's conversion</source>
        <translation>每集到下一集的续看率与卡点对照，以及付费墙转化率</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="70"/>
        <source>Beat</source>
        <translation>节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="70"/>
        <source>Start s</source>
        <translation>开始秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="70"/>
        <source>End s</source>
        <translation>结束秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="70"/>
        <source>Viewers at start</source>
        <translation>开始时观众</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="71"/>
        <source>Viewers at end</source>
        <translation>结束时观众</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="71"/>
        <source>Loss pp/s</source>
        <translation>流失（百分点/秒）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="71"/>
        <source>× average</source>
        <translation>× 平均</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="72"/>
        <source>Worst</source>
        <translation>最差</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="89"/>
        <source>drives the rules</source>
        <translation>用于规则</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="91"/>
        <source>stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="112"/>
        <source>No audience data for this episode. File › Import Audience Data… adds a retention curve.</source>
        <translation>本集没有观众数据。通过“文件 › 导入观众数据…”添加留存曲线。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="115"/>
        <source>Unmark Primary</source>
        <translation>取消主数据</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="119"/>
        <source>Stale: %1. The data is kept, not mapped onto the beats.</source>
        <translation>已过期：%1。数据已保留，但不再映射到节拍上。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="122"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="123"/>
        <source>Average loss %1 pp/s · viewers who started: %2 · source: %3</source>
        <translation>平均流失 %1 百分点/秒 · 开始观看人数：%2 · 来源：%3</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/beat_table.py" line="134"/>
        <source>worst</source>
        <translation>最差</translation>
    </message>
</context>
<context>
    <name>BoardCanvas</name>
    <message>
        <location filename="../../beatboard/gui/series_board/canvas.py" line="84"/>
        <source>Set aside</source>
        <translation>暂存区</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/canvas.py" line="85"/>
        <source>Set aside: drop beats here to keep them out of every episode</source>
        <translation>暂存区：把节拍拖到这里，使其不属于任何一集</translation>
    </message>
</context>
<context>
    <name>BoardLegend</name>
    <message>
        <location filename="../../beatboard/gui/series_board/legend.py" line="25"/>
        <source>clean</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/legend.py" line="25"/>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/legend.py" line="26"/>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/legend.py" line="27"/>
        <source>paywall</source>
        <translation>付费卡点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/legend.py" line="28"/>
        <source>thread (setup → payoff)</source>
        <translation>线索（伏笔 → 回收）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/legend.py" line="29"/>
        <source>setup not paid off</source>
        <translation>伏笔未回收</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/legend.py" line="30"/>
        <source>heat map: % going on to the next episode</source>
        <translation>热力图：续看下一集的比例 %</translation>
    </message>
</context>
<context>
    <name>BoardPainting</name>
    <message>
        <location filename="../../beatboard/gui/series_board/painting.py" line="34"/>
        <source>No episodes to show</source>
        <translation>没有可显示的剧集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/painting.py" line="34"/>
        <source>No episodes yet</source>
        <translation>还没有剧集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/painting.py" line="69"/>
        <source>Paywall</source>
        <translation>付费卡点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/painting.py" line="133"/>
        <source>1 beat</source>
        <translation>1 个节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/painting.py" line="134"/>
        <source>%1 beats</source>
        <translation>%1 个节拍</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../beatboard/gui/board_view/widget.py" line="94"/>
        <source>Select an episode to see its board.</source>
        <translation>选择一集以查看它的分镜板。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/board_view/widget.py" line="95"/>
        <source>This episode has no panels yet.</source>
        <translation>本集还没有分镜格。</translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message>
        <location filename="../../beatboard/gui/canvas/commands.py" line="27"/>
        <source>Select an episode first.</source>
        <translation>请先选择一集。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/commands.py" line="103"/>
        <source>The clipboard holds no beats.</source>
        <translation>剪贴板中没有节拍。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/commands.py" line="115"/>
        <source>Select a stretch of the main line to duplicate.</source>
        <translation>请选择主线上连续的一段来复制。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/commands.py" line="128"/>
        <source>Select exactly two beats to link.</source>
        <translation>请恰好选择两个节拍来连接。</translation>
    </message>
</context>
<context>
    <name>CanvasGestures</name>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="222"/>
        <source>Draw…</source>
        <translation>绘制…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="224"/>
        <source>Add panel after</source>
        <translation>在后面添加分镜格</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="225"/>
        <source>Duplicate panel</source>
        <translation>复制分镜格</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="226"/>
        <source>Split panel</source>
        <translation>拆分分镜格</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="227"/>
        <source>Split beat here</source>
        <translation>在此拆分节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="228"/>
        <source>Paste picture</source>
        <translation>粘贴画面</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="229"/>
        <source>Clear picture</source>
        <translation>清除画面</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="231"/>
        <source>Delete panel</source>
        <translation>删除分镜格</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="244"/>
        <source>Next link</source>
        <translation>主线连接</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="244"/>
        <source>Variant link</source>
        <translation>分支（A/B）连接</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="245"/>
        <source>Choice link</source>
        <translation>互动选择连接</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="250"/>
        <source>Delete link</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="254"/>
        <source>Duplicate as variant</source>
        <translation>复制为分支版本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="255"/>
        <source>Split beat at the current panel</source>
        <translation>在当前分镜格处拆分节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="256"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="257"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="260"/>
        <source>Add beat here</source>
        <translation>在此添加节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="261"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/canvas/interactions.py" line="262"/>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
</context>
<context>
    <name>Comments</name>
    <message>
        <location filename="../../beatboard/gui/comments/author_prompt.py" line="26"/>
        <source>Your Name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/author_prompt.py" line="27"/>
        <source>Sign your comments and approvals as:</source>
        <translation>批注和审批的署名：</translation>
    </message>
</context>
<context>
    <name>CommentsIntegration</name>
    <message>
        <location filename="../../beatboard/gui/comments/integration.py" line="126"/>
        <source>Comments (%1)</source>
        <translation>批注（%1）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/integration.py" line="129"/>
        <source>Add &amp;Comment…</source>
        <translation>添加批注(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/integration.py" line="130"/>
        <source>Next Open Comment</source>
        <translation>下一条未解决批注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/integration.py" line="131"/>
        <source>Comment on the Animatic's Moment…</source>
        <translation>批注动态分镜的此刻…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/integration.py" line="132"/>
        <location filename="../../beatboard/gui/comments/integration.py" line="133"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/integration.py" line="162"/>
        <source>Play the animatic to a picture first</source>
        <translation>请先把动态分镜播放到一个画面</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/integration.py" line="182"/>
        <source>No open comments</source>
        <translation>没有未解决的批注</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="86"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="86"/>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="86"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="87"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="87"/>
        <source>Mentions me</source>
        <translation>提到我</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="90"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="90"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="90"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="91"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="91"/>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="91"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="92"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="93"/>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="94"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="95"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="160"/>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="160"/>
        <source>resolved by %1</source>
        <translation>%1 已解决</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="201"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="202"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="252"/>
        <source>Add Comment</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="252"/>
        <source>Comment (@name mentions someone):</source>
        <translation>批注（@名字 可提到某人）：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="270"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="270"/>
        <source>Reply:</source>
        <translation>回复：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="289"/>
        <source>Edit Comment</source>
        <translation>修改批注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/comments/panel.py" line="290"/>
        <source>Comment:</source>
        <translation>批注：</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="56"/>
        <source>Compare A/B</source>
        <translation>A/B 对比</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="57"/>
        <source>A (solid)</source>
        <translation>A（实线）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="57"/>
        <source>B (dashed)</source>
        <translation>B（虚线）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="58"/>
        <source>Part when apart by</source>
        <translation>分开阈值</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="60"/>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="73"/>
        <source>Choose two different datasets of this episode.</source>
        <translation>请选择本集的两个不同数据集。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="75"/>
        <source>Cannot compare stale data: %1</source>
        <translation>无法对比已过期的数据：%1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="84"/>
        <source>One of the two has no points.</source>
        <translation>其中一个没有数据点。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="87"/>
        <source>The curves stay within %1 points of each other.</source>
        <translation>两条曲线相差始终在 %1 个百分点以内。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="92"/>
        <source>They part at %1 s: A shows “%2”, B shows “%3”.</source>
        <translation>两条曲线在 %1 秒处分开：A 播放“%2”，B 播放“%3”。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="94"/>
        <source>Completion: A %1 %, B %2 % (%3 points).</source>
        <translation>完播率：A %1 %，B %2 %（%3 个百分点）。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="100"/>
        <source>No viewer counts on both sides: cannot tell a real difference from noise.</source>
        <translation>双方没有都提供观看人数：无法判断差异是否超出随机波动。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="103"/>
        <source>More than noise</source>
        <translation>超出随机波动</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="104"/>
        <source>Within noise</source>
        <translation>在随机波动范围内</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="105"/>
        <source>%1 (two-proportion test: z = %2, p = %3, α = 0.05).</source>
        <translation>%1（双比例检验：z = %2，p = %3，α = 0.05）。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_dialog.py" line="109"/>
        <source>A test with 80 % power needs %1 viewers per arm to see this difference.</source>
        <translation>要以 80 % 的检验效能发现这一差异，每组需要 %1 名观众。</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../beatboard/gui/compare/text.py" line="14"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/text.py" line="15"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/text.py" line="16"/>
        <source>moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/text.py" line="17"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/text.py" line="68"/>
        <source>Line by line (− %1, + %2):</source>
        <translation>逐行对比（− %1，+ %2）：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/text.py" line="74"/>
        <location filename="../../beatboard/gui/compare/text.py" line="77"/>
        <source>Only in %1:</source>
        <translation>仅在 %1 中：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/text.py" line="81"/>
        <source>Consequences:</source>
        <translation>连带影响：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/uses.py" line="23"/>
        <source>Current document</source>
        <translation>当前文档</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/uses.py" line="24"/>
        <source>Version “%1”</source>
        <translation>版本“%1”</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/uses.py" line="25"/>
        <source>Compare with Version “%1”</source>
        <translation>与版本“%1”比较</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/uses.py" line="37"/>
        <source>Your version</source>
        <translation>你的版本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/uses.py" line="38"/>
        <location filename="../../beatboard/gui/compare/uses.py" line="51"/>
        <source>File on disk</source>
        <translation>磁盘上的文件</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/uses.py" line="39"/>
        <source>Compare with the file on disk</source>
        <translation>与磁盘上的文件比较</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/uses.py" line="52"/>
        <source>Autosave</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/uses.py" line="53"/>
        <source>Compare with the autosave</source>
        <translation>与自动保存比较</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/uses.py" line="69"/>
        <source>Cannot compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/uses.py" line="79"/>
        <source>Script “%1”</source>
        <translation>剧本“%1”</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/uses.py" line="81"/>
        <source>Board</source>
        <translation>画板</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/uses.py" line="83"/>
        <source>Review the Update from Script</source>
        <translation>逐项审阅剧本更新</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="38"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="66"/>
        <source>Episode:</source>
        <translation>集：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="75"/>
        <source>Change</source>
        <translation>改动</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="75"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="94"/>
        <source>◀ Previous</source>
        <translation>◀ 上一处</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="95"/>
        <source>Next ▶</source>
        <translation>下一处 ▶</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="96"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="97"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="98"/>
        <source>Accept All</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="99"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="124"/>
        <source>%1 → %2: no differences</source>
        <translation>%1 → %2：没有差异</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="125"/>
        <source>%1 → %2: 1 change</source>
        <translation>%1 → %2：1 处改动</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="126"/>
        <source>%1 → %2: %3 changes</source>
        <translation>%1 → %2：%3 处改动</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="129"/>
        <source>(%1 accepted)</source>
        <translation>（已接受 %1 处）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="239"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="240"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/view.py" line="276"/>
        <source>Accept All Changes</source>
        <translation>接受全部改动</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <location filename="../../beatboard/gui/audience/ab_chart.py" line="52"/>
        <source>Choose two datasets that are not stale to compare them.</source>
        <translation>请选择两个未过期的数据集进行对比。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/ab_chart.py" line="103"/>
        <source>part at %1 s</source>
        <translation>%1 秒处分开</translation>
    </message>
</context>
<context>
    <name>CurveOverlay</name>
    <message>
        <location filename="../../beatboard/gui/audience/overlay.py" line="84"/>
        <source>%1 % still watching at %2 s</source>
        <translation>%2 秒时仍有 %1 % 在看</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/overlay.py" line="106"/>
        <source>Audience data stale: %1</source>
        <translation>观众数据已过期：%1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/overlay.py" line="128"/>
        <source>viewers %1</source>
        <translation>观众 %1</translation>
    </message>
</context>
<context>
    <name>DiskGuard</name>
    <message>
        <location filename="../../beatboard/gui/disk_guard.py" line="82"/>
        <source>“%1” was deleted or moved on disk. Save to write it again.</source>
        <translation>“%1”已在磁盘上被删除或移动。保存即可重新写入。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/disk_guard.py" line="90"/>
        <source>“%1” was changed on disk by another program or person.</source>
        <translation>“%1”已在磁盘上被其他程序或他人修改。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/disk_guard.py" line="95"/>
        <location filename="../../beatboard/gui/disk_guard.py" line="166"/>
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/disk_guard.py" line="97"/>
        <location filename="../../beatboard/gui/disk_guard.py" line="108"/>
        <location filename="../../beatboard/gui/disk_guard.py" line="167"/>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/disk_guard.py" line="98"/>
        <location filename="../../beatboard/gui/disk_guard.py" line="166"/>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/disk_guard.py" line="109"/>
        <source>Discard your unsaved changes and load “%1” as it is on disk?</source>
        <translation>放弃未保存的修改，并按磁盘上的内容重新载入“%1”？</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/disk_guard.py" line="118"/>
        <source>Cannot reload</source>
        <translation>无法重新载入</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/disk_guard.py" line="135"/>
        <source>Cannot keep their version</source>
        <translation>无法保留对方的版本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/disk_guard.py" line="143"/>
        <source>Saved your version; theirs is kept as %1</source>
        <translation>已保存你的版本；对方的版本保留为 %1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/disk_guard.py" line="153"/>
        <source>Cannot compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/disk_guard.py" line="161"/>
        <source>The file changed on disk</source>
        <translation>文件在磁盘上已被修改</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/disk_guard.py" line="162"/>
        <source>“%1” was changed on disk since you opened it.</source>
        <translation>自你打开以来，“%1”已在磁盘上被修改。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/disk_guard.py" line="164"/>
        <source>Keep Mine saves your version and keeps theirs as a copy beside it. Reload discards your unsaved changes.</source>
        <translation>“保留我的”会保存你的版本，并把对方的版本另存为旁边的副本。“重新载入”会放弃你未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/disk_guard.py" line="167"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="37"/>
        <source>The beat canvas is not available.</source>
        <translation>节拍画布不可用。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="79"/>
        <source>Episodes</source>
        <translation>分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="80"/>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="81"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="82"/>
        <source>Emotion Curve</source>
        <translation>情绪曲线</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="58"/>
        <location filename="../../beatboard/gui/docks.py" line="60"/>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="83"/>
        <source>Series Strip</source>
        <translation>全剧情绪带</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/docks.py" line="75"/>
        <source>Findings (%1)</source>
        <translation>检查结果（%1）</translation>
    </message>
</context>
<context>
    <name>Dropped</name>
    <message>
        <location filename="../../beatboard/gui/board_view/cells.py" line="59"/>
        <source>dropped in the edit</source>
        <translation>剪辑时删除</translation>
    </message>
</context>
<context>
    <name>DurationEditor</name>
    <message>
        <location filename="../../beatboard/gui/inspector_fields.py" line="174"/>
        <source>Use estimate</source>
        <translation>使用估算</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../beatboard/gui/history.py" line="13"/>
        <source>Add beat</source>
        <translation>添加节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="13"/>
        <source>Delete beats</source>
        <translation>删除节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="14"/>
        <source>Move beat</source>
        <translation>移动节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="14"/>
        <source>Move beats</source>
        <translation>移动卡片</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="15"/>
        <source>Link beats</source>
        <translation>连接节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="15"/>
        <source>Remove link</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="16"/>
        <source>Change link kind</source>
        <translation>更改连接类型</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="17"/>
        <source>Duplicate as variant</source>
        <translation>复制为变体</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="17"/>
        <source>Paste beats</source>
        <translation>粘贴节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="18"/>
        <source>Add episode</source>
        <translation>添加分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="18"/>
        <source>Delete episodes</source>
        <translation>删除分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="19"/>
        <source>Move episode</source>
        <translation>移动分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="19"/>
        <source>Duplicate episode</source>
        <translation>复制分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="20"/>
        <source>Split episode</source>
        <translation>拆分分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="20"/>
        <source>Merge episodes</source>
        <translation>合并分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="21"/>
        <source>Split beat</source>
        <translation>拆分节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="22"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="22"/>
        <source>Set emotion</source>
        <translation>设置情绪</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="23"/>
        <source>Update from script</source>
        <translation>根据剧本更新</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="23"/>
        <source>Set beats aside</source>
        <translation>暂存节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="24"/>
        <source>Delete set-aside beats</source>
        <translation>删除暂存节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="25"/>
        <source>Place set-aside beats</source>
        <translation>放回暂存节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="25"/>
        <source>Replace text</source>
        <translation>替换文本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="26"/>
        <source>Add thread</source>
        <translation>添加线索</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="26"/>
        <source>Remove thread</source>
        <translation>删除线索</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="27"/>
        <source>Change thread</source>
        <translation>修改线索</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="27"/>
        <source>Reorder beats</source>
        <translation>调整节拍顺序</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="27"/>
        <source>Move beats to episode</source>
        <translation>移动节拍到其他集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="28"/>
        <source>Add comment</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="28"/>
        <source>Reply to comment</source>
        <translation>回复批注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="29"/>
        <source>Resolve comment</source>
        <translation>解决批注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="29"/>
        <source>Reopen comment</source>
        <translation>重新打开批注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="30"/>
        <source>Edit comment</source>
        <translation>修改批注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="30"/>
        <source>Delete comment</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="31"/>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="31"/>
        <source>Request changes</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="32"/>
        <source>Clear approval</source>
        <translation>清除审批</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="35"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="35"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="36"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="37"/>
        <source>emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="38"/>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="39"/>
        <source>intensity</source>
        <translation>强度</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="40"/>
        <source>action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="41"/>
        <source>dialogue</source>
        <translation>台词</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="42"/>
        <source>sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="43"/>
        <source>shot size</source>
        <translation>景别</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="44"/>
        <source>camera move</source>
        <translation>运镜</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="45"/>
        <source>characters</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="46"/>
        <source>location</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="47"/>
        <source>props</source>
        <translation>道具</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="48"/>
        <source>compliance tags</source>
        <translation>合规标签</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="49"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="49"/>
        <source>panel image</source>
        <translation>分镜图</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="50"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="51"/>
        <source>genre</source>
        <translation>题材</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="52"/>
        <source>rule profile</source>
        <translation>规则配置</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="53"/>
        <source>paywall</source>
        <translation>付费卡点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="54"/>
        <source>logline</source>
        <translation>一句话梗概</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="59"/>
        <source> (paywall moved to the previous episode)</source>
        <translation>（付费卡点移到上一集）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="60"/>
        <source> (paywall moved to the next episode)</source>
        <translation>（付费卡点移到下一集）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="61"/>
        <source> (paywall now after the merged episode)</source>
        <translation>（付费卡点现在位于合并后的集之后）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="71"/>
        <source>Set %1</source>
        <translation>设置%1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/history.py" line="104"/>
        <location filename="../../beatboard/gui/history.py" line="110"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="180"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="181"/>
        <source>New from &amp;Genre Skeleton…</source>
        <translation>按题材骨架新建(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="182"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="183"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="184"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="185"/>
        <source>&amp;Import Script (Fountain, Final Draft)…</source>
        <translation>导入剧本（Fountain、Final Draft）(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="186"/>
        <source>&amp;Export PDF Boards…</source>
        <translation>导出 PDF 分镜板(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="187"/>
        <source>Export &amp;Frames…</source>
        <translation>导出画格(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="188"/>
        <source>Export for E&amp;diting…</source>
        <translation>导出给剪辑(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="189"/>
        <source>&amp;Update from Script…</source>
        <translation>根据剧本更新(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="190"/>
        <source>Update &amp;Timing from Edit…</source>
        <translation>按剪辑更新时长(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="191"/>
        <source>Series &amp;Board</source>
        <translation>全剧看板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="192"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="193"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="194"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="195"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="196"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="197"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="198"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="199"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="200"/>
        <source>Add &amp;Beat</source>
        <translation>添加节拍(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="201"/>
        <source>Duplicate as &amp;Variant</source>
        <translation>复制为变体(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="202"/>
        <source>Split Beat at &amp;Panel</source>
        <translation>在分镜格处拆分节拍(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="203"/>
        <source>Link as &amp;Next</source>
        <translation>连接为下一拍(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="204"/>
        <source>Link as V&amp;ariant</source>
        <translation>连接为变体(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="205"/>
        <source>Link as &amp;Choice</source>
        <translation>连接为选择分支(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="206"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="207"/>
        <source>Edit Beat &amp;Title</source>
        <translation>编辑节拍标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="208"/>
        <source>&amp;Add Panel</source>
        <translation>添加分镜格(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="209"/>
        <source>&amp;Duplicate Panel</source>
        <translation>复制分镜格(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="210"/>
        <source>&amp;Split Panel</source>
        <translation>拆分分镜格(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="211"/>
        <source>De&amp;lete Panel</source>
        <translation>删除分镜格(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="212"/>
        <source>Move Panel &amp;Left</source>
        <translation>分镜格左移(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="213"/>
        <source>Move Panel &amp;Right</source>
        <translation>分镜格右移(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="214"/>
        <source>&amp;Previous Panel</source>
        <translation>上一格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="215"/>
        <source>&amp;Next Panel</source>
        <translation>下一格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="216"/>
        <source>&amp;Open Panel in Sketch Pad (Enter)</source>
        <translation>在画板中打开分镜格(&amp;O)(回车)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="217"/>
        <source>&amp;Import Images into Episode…</source>
        <translation>导入图片到本集(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="218"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="219"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="220"/>
        <source>&amp;Fit Episode</source>
        <translation>适应整集(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="221"/>
        <source>&amp;Larger Filmstrips</source>
        <translation>放大分镜条(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="222"/>
        <source>S&amp;maller Filmstrips</source>
        <translation>缩小分镜条(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="223"/>
        <source>&amp;Board View</source>
        <translation>分镜板视图(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="224"/>
        <source>&amp;Light Theme</source>
        <translation>浅色主题(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="225"/>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="226"/>
        <source>Set &amp;Paywall After Current Episode</source>
        <translation>在当前集之后设置付费卡点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="227"/>
        <source>&amp;Clear Paywall</source>
        <translation>清除付费卡点(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="228"/>
        <source>&amp;About BeatBoard</source>
        <translation>关于 BeatBoard(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="232"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="232"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="233"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="233"/>
        <source>&amp;Link Selected Beats</source>
        <translation>连接所选节拍(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="234"/>
        <source>Pa&amp;nel</source>
        <translation>分镜格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="235"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="235"/>
        <source>&amp;Series</source>
        <translation>剧集(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="236"/>
        <source>Rule &amp;Profile</source>
        <translation>规则配置(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="236"/>
        <source>&amp;Genre</source>
        <translation>题材(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/actions.py" line="237"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>EmotionEditor</name>
    <message>
        <location filename="../../beatboard/gui/inspector_emotion.py" line="81"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_emotion.py" line="88"/>
        <source>Up: release</source>
        <translation>上扬：释放</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_emotion.py" line="88"/>
        <source>Down: pressure</source>
        <translation>下压：压抑</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_emotion.py" line="89"/>
        <source>Level: suspense</source>
        <translation>持平：悬念</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_emotion.py" line="93"/>
        <source>Intensity</source>
        <translation>强度</translation>
    </message>
</context>
<context>
    <name>EpisodeCurveWidget</name>
    <message>
        <location filename="../../beatboard/gui/curve/episode_curve.py" line="201"/>
        <source>No beats in this episode</source>
        <translation>本集没有节拍</translation>
    </message>
</context>
<context>
    <name>EpisodeForm</name>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="53"/>
        <source>Episode</source>
        <translation>分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="48"/>
        <source>Number</source>
        <translation>集数</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="48"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="49"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="49"/>
        <source>Cuts</source>
        <translation>剪辑版本数</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="50"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="69"/>
        <source>%1 main line · %2 beats (%3 off the main line)</source>
        <translation>主线 %1 · %2 个节拍（%3 个不在主线上）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="73"/>
        <source>— (the beats form a loop)</source>
        <translation>—（节拍形成了循环）</translation>
    </message>
</context>
<context>
    <name>EpisodeNavigator</name>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="94"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="94"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="94"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="124"/>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="131"/>
        <source>clean</source>
        <translation>无问题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="131"/>
        <source>warnings</source>
        <translation>有警告</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="132"/>
        <source>errors</source>
        <translation>有错误</translation>
    </message>
</context>
<context>
    <name>ExportEditorialDialog</name>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="31"/>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="78"/>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="101"/>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="145"/>
        <source>Export for Editing</source>
        <translation>导出给剪辑</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="38"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="44"/>
        <source>all (or e.g. 1-10, 12)</source>
        <translation>全部（或如 1-10, 12）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="46"/>
        <source>Main cut of each episode</source>
        <translation>每集的主版本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="47"/>
        <source>Every A/B cut</source>
        <translation>所有 A/B 版本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="60"/>
        <source>%1 fps</source>
        <translation>%1 帧/秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="62"/>
        <source>Animatic video of each cut (constant frame rate)</source>
        <translation>每个版本的动态分镜视频（恒定帧率）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="64"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="65"/>
        <source>Episodes</source>
        <translation>集数</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="66"/>
        <source>Cuts</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="67"/>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="68"/>
        <source>Sequence size</source>
        <translation>序列尺寸</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="69"/>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="72"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="90"/>
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="112"/>
        <source>Choose a folder for the export.</source>
        <translation>请选择导出文件夹。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="127"/>
        <source>Exported %1 files and %2 stills to %3</source>
        <translation>已导出 %1 个文件和 %2 张静帧到 %3</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="131"/>
        <source>Some panels were drawn with a placeholder:</source>
        <translation>部分画格以占位图绘制：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="146"/>
        <source>“%1” already holds %2 of these timelines. Replace them?</source>
        <translation>“%1”中已有其中 %2 个时间线。要替换吗？</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="163"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
</context>
<context>
    <name>ExportFramesDialog</name>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="22"/>
        <location filename="../../beatboard/gui/frames_dialog.py" line="37"/>
        <location filename="../../beatboard/gui/frames_dialog.py" line="62"/>
        <location filename="../../beatboard/gui/frames_dialog.py" line="90"/>
        <source>Export Frames</source>
        <translation>导出画格</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="30"/>
        <source>all (or e.g. 1-10, 12)</source>
        <translation>全部（或如 1-10, 12）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="32"/>
        <source>Main line and variants</source>
        <translation>主线和变体</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="33"/>
        <source>Main line only</source>
        <translation>仅主线</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="34"/>
        <source>Draw safe areas and platform zones</source>
        <translation>绘制安全区和平台界面区</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="37"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="40"/>
        <source>Frame size</source>
        <translation>画格尺寸</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="41"/>
        <source>Episodes</source>
        <translation>分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="42"/>
        <source>Variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="44"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="46"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="70"/>
        <source>Choose a folder for the frames.</source>
        <translation>请选择存放画格的文件夹。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="81"/>
        <source>Exported %1 frames to %2</source>
        <translation>已导出 %1 个画格到 %2</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="85"/>
        <source>Some panels were drawn with a placeholder:</source>
        <translation>部分分镜以占位图绘制：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="94"/>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1”是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="101"/>
        <source>“%1” already holds %2 of these frames. Replace them?</source>
        <translation>“%1”中已有其中 %2 个画格。要替换吗？</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="120"/>
        <source>Frame %1 of %2</source>
        <translation>第 %1 / %2 个画格</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="21"/>
        <source>Export PDF Boards</source>
        <translation>导出 PDF 分镜板</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="27"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="28"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="33"/>
        <source>all (or e.g. 1-10, 12)</source>
        <translation>全部（或如 1-10, 12）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="35"/>
        <source>Main line and variants</source>
        <translation>主线和变体</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="36"/>
        <source>Main line only</source>
        <translation>仅主线</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="37"/>
        <source>Black and white (grey-scale)</source>
        <translation>黑白（灰度）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="38"/>
        <source>Review comments (pins and notes)</source>
        <translation>审阅批注（图钉与批注列表）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="45"/>
        <source>Boards</source>
        <translation>分镜板</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="46"/>
        <source>Series overview</source>
        <translation>全剧概览</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="47"/>
        <source>Shot list</source>
        <translation>镜头表</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="48"/>
        <source>Audience</source>
        <translation>观众数据</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="57"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="61"/>
        <source>Changes since “%1”</source>
        <translation>自“%1”以来的改动</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="64"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="67"/>
        <location filename="../../beatboard/gui/export_dialog.py" line="166"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="68"/>
        <location filename="../../beatboard/gui/export_dialog.py" line="167"/>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="69"/>
        <location filename="../../beatboard/gui/export_dialog.py" line="165"/>
        <source>Panels per page</source>
        <translation>每页格数</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="70"/>
        <location filename="../../beatboard/gui/export_dialog.py" line="163"/>
        <source>Episodes</source>
        <translation>分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="71"/>
        <location filename="../../beatboard/gui/export_dialog.py" line="168"/>
        <source>Variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="74"/>
        <location filename="../../beatboard/gui/export_dialog.py" line="169"/>
        <source>Label language</source>
        <translation>标签语言</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="75"/>
        <location filename="../../beatboard/gui/export_dialog.py" line="164"/>
        <source>Sections</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="76"/>
        <source>Revision marks</source>
        <translation>修订标记</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="77"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="79"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="64"/>
        <location filename="../../beatboard/gui/export_dialog.py" line="111"/>
        <location filename="../../beatboard/gui/export_dialog.py" line="114"/>
        <location filename="../../beatboard/gui/export_dialog.py" line="118"/>
        <location filename="../../beatboard/gui/export_dialog.py" line="129"/>
        <location filename="../../beatboard/gui/export_dialog.py" line="133"/>
        <location filename="../../beatboard/gui/export_dialog.py" line="137"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="65"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="119"/>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="125"/>
        <source>Exported %1 pages to %2</source>
        <translation>已导出 %1 页到 %2</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="138"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="172"/>
        <source>empty; type e.g. 1-10 or 1-3, 7, or leave it blank for all</source>
        <translation>为空；请输入如 1-10 或 1-3, 7，或留空表示全部</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="175"/>
        <source>%1 is not a number or a range like 1-3</source>
        <translation>%1 不是数字，也不是 1-3 这样的范围</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="178"/>
        <source>%1 is not a valid range (1 to %2, low to high)</source>
        <translation>%1 不是有效范围（1 到 %2，从小到大）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="183"/>
        <source>no episode matches; this series has episodes %1</source>
        <translation>没有匹配的分集；本剧有第 %1 集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="185"/>
        <source>this series has no episodes</source>
        <translation>本剧还没有分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="187"/>
        <source>tick at least one</source>
        <translation>请至少勾选一项</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="191"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../beatboard/gui/files.py" line="52"/>
        <source>BeatBoard files (*.beatboard);;All files (*)</source>
        <translation>BeatBoard 文件 (*.beatboard);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="64"/>
        <location filename="../../beatboard/gui/files.py" line="141"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="65"/>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="85"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="86"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>关闭前是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="90"/>
        <source>Your changes are lost if you don't save them.</source>
        <translation>如果不保存，你的更改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="106"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="120"/>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="127"/>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="142"/>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="181"/>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="187"/>
        <source>Read-only file</source>
        <translation>只读文件</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="188"/>
        <source>“%1” is read-only. Replace it anyway?</source>
        <translation>“%1”是只读文件。仍要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/files.py" line="191"/>
        <source>Someone may have made it read-only to protect it. Choose No, then Save As, to keep it as it is.</source>
        <translation>可能有人为保护它而设为只读。选择“否”，再用“另存为”，即可保持原文件不变。</translation>
    </message>
</context>
<context>
    <name>FileSource</name>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="74"/>
        <source>A retention CSV: YouTube Analytics report, or seconds and retention</source>
        <translation>留存 CSV：YouTube Analytics 报告，或秒数与留存两列</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="76"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="77"/>
        <source>Choose the columns myself</source>
        <translation>手动选择列</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="78"/>
        <source>Time column</source>
        <translation>时间列</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="79"/>
        <source>Retention column</source>
        <translation>留存列</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="80"/>
        <source>Audience type</source>
        <translation>观众类型</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="81"/>
        <source>First row is a header</source>
        <translation>第一行是表头</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="84"/>
        <source>in seconds</source>
        <translation>以秒计</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="85"/>
        <source>as a share of the video (0-1)</source>
        <translation>按视频比例（0-1）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="91"/>
        <source>Import Audience Data</source>
        <translation>导入观众数据</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="92"/>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="121"/>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="135"/>
        <source>%1 separated</source>
        <translation>%1分隔</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="136"/>
        <source>decimal comma</source>
        <translation>小数逗号</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="136"/>
        <source>decimal point</source>
        <translation>小数点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="137"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="137"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="138"/>
        <source>Detected: %1</source>
        <translation>识别为：%1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="148"/>
        <source>Choose a file, or type the points on the other tab.</source>
        <translation>请选择文件，或在另一个标签页中输入数据点。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/import_source.py" line="150"/>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="31"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="31"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="31"/>
        <source>Episode</source>
        <translation>分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="32"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="33"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="34"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="35"/>
        <source>info</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="163"/>
        <source>✕ Errors: %1</source>
        <translation>✕ 错误：%1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="164"/>
        <source>⚠ Warnings: %1</source>
        <translation>⚠ 警告：%1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/findings_panel.py" line="165"/>
        <source>ℹ Info: %1</source>
        <translation>ℹ 提示：%1</translation>
    </message>
</context>
<context>
    <name>ImageAssets</name>
    <message>
        <location filename="../../beatboard/gui/image_assets.py" line="28"/>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
</context>
<context>
    <name>ImportScript</name>
    <message>
        <location filename="../../beatboard/gui/import_dialog.py" line="15"/>
        <location filename="../../beatboard/gui/import_dialog.py" line="26"/>
        <location filename="../../beatboard/gui/import_dialog.py" line="42"/>
        <source>Import Script</source>
        <translation>导入剧本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/import_dialog.py" line="16"/>
        <source>Scripts (*.fountain *.spmd *.txt *.fdx);;Fountain (*.fountain *.spmd *.txt);;Final Draft (*.fdx);;All files (*)</source>
        <translation>剧本 (*.fountain *.spmd *.txt *.fdx);;Fountain (*.fountain *.spmd *.txt);;Final Draft (*.fdx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/import_dialog.py" line="27"/>
        <source>Episode headings (regular expression, group 'n' is the number).
Leave empty for the defaults: 'Episode 3', 'EP 3 - Title', '第3集'.</source>
        <translation>分集标题（正则表达式，分组 'n' 为集数）。
留空则使用默认格式：'Episode 3'、'EP 3 - Title'、'第3集'。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/import_dialog.py" line="37"/>
        <source>One beat per scene</source>
        <translation>每场一个节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/import_dialog.py" line="38"/>
        <source>One beat per action paragraph, with the dialogue after it</source>
        <translation>每个动作段落一个节拍（连同其后的对白）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/import_dialog.py" line="43"/>
        <source>Beats ([[beat]] marks in the script always win):</source>
        <translation>节拍划分（剧本中的 [[beat]] 标记始终优先）：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/import_dialog.py" line="57"/>
        <source>Reading the script…</source>
        <translation>正在读取剧本…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/import_dialog.py" line="68"/>
        <source>Importing script…</source>
        <translation>正在导入剧本…</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../beatboard/gui/inspector.py" line="109"/>
        <source>%1 beats selected</source>
        <translation>已选择 %1 个节拍</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../beatboard/gui/export_dialog.py" line="157"/>
        <source>Exporting PDF…</source>
        <translation>正在导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/jobs.py" line="64"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/export_dialog.py" line="102"/>
        <source>Exporting animatic…</source>
        <translation>正在导出动态分镜…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/frames_dialog.py" line="126"/>
        <source>Exporting frames…</source>
        <translation>正在导出画格…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/editorial_dialog.py" line="167"/>
        <source>Exporting for editing…</source>
        <translation>正在导出给剪辑…</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="29"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="34"/>
        <source>Tick: show in the pad (a view setting). Double-click: rename.</source>
        <translation>勾选：在画板中显示（仅为视图设置）。双击：重命名。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="43"/>
        <source>Add a layer above the current one</source>
        <translation>在当前图层上方添加图层</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="45"/>
        <source>Delete the current layer</source>
        <translation>删除当前图层</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="47"/>
        <source>Move the layer up (drawn over more)</source>
        <translation>上移图层（盖在更多图层之上）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="49"/>
        <source>Move the layer down</source>
        <translation>下移图层</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="60"/>
        <source>Hidden in output</source>
        <translation>输出中隐藏</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="61"/>
        <source>Leave this layer out of the board, the PDF and the animatic; the pad still shows it</source>
        <translation>在分镜板、PDF 和动态分镜中不显示此图层；画板中仍然显示</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="84"/>
        <source>%1 layer</source>
        <translation>%1 图层</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="93"/>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="93"/>
        <source>Rough</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="94"/>
        <source>Ink</source>
        <translation>墨线</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="111"/>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="145"/>
        <source>hidden in output</source>
        <translation>输出中隐藏</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="125"/>
        <source>Opacity: %1%</source>
        <translation>不透明度：%1%</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="153"/>
        <source>Rename layer</source>
        <translation>重命名图层</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="160"/>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="162"/>
        <source>Layer %1</source>
        <translation>图层 %1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="168"/>
        <source>Add layer</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="174"/>
        <source>Delete layer</source>
        <translation>删除图层</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="179"/>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="193"/>
        <source>Move layer</source>
        <translation>移动图层</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="206"/>
        <source>Layer opacity</source>
        <translation>图层不透明度</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="211"/>
        <source>Hide layer in output</source>
        <translation>在输出中隐藏图层</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/layer_panel.py" line="212"/>
        <source>Show layer in output</source>
        <translation>在输出中显示图层</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <location filename="../../beatboard/gui/lock_guard.py" line="43"/>
        <source>%1, active at %2</source>
        <translation>%1，最近活动于 %2</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/lock_guard.py" line="52"/>
        <location filename="../../beatboard/gui/lock_guard.py" line="66"/>
        <source>Document in use</source>
        <translation>文档正在使用中</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/lock_guard.py" line="53"/>
        <source>“%1” is open in another BeatBoard window: %2.</source>
        <translation>“%1”已在另一个 BeatBoard 窗口中打开：%2。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/lock_guard.py" line="55"/>
        <source>If both save, one overwrites the other's work. Open it read-only to look, or as a copy you save under a new name.</source>
        <translation>如果两边都保存，一方会覆盖另一方的工作。可以只读打开查看，或作为副本打开并以新名称保存。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/lock_guard.py" line="57"/>
        <source>Open Read-Only</source>
        <translation>只读打开</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/lock_guard.py" line="57"/>
        <source>Open as Copy</source>
        <translation>作为副本打开</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/lock_guard.py" line="58"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/lock_guard.py" line="67"/>
        <source>“%1” is open in another BeatBoard window (%2); saving here would overwrite its work. Save under another name.</source>
        <translation>“%1”已在另一个 BeatBoard 窗口中打开（%2）；在这里保存会覆盖那边的工作。请用其他名称保存。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/lock_guard.py" line="91"/>
        <source>“%1” was left locked by a BeatBoard that is no longer running (%2); this window has taken it over.</source>
        <translation>“%1”被一个已不再运行的 BeatBoard 留下了锁（%2）；本窗口已接管。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/lock_guard.py" line="96"/>
        <source>No lock file could be written beside “%1” (%2): other BeatBoard windows will not know it is open here.</source>
        <translation>无法在“%1”旁边写入锁文件（%2）：其他 BeatBoard 窗口将不知道它已在这里打开。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/lock_guard.py" line="105"/>
        <source>another window</source>
        <translation>另一个窗口</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/lock_guard.py" line="107"/>
        <source>“%1” is open read-only because another BeatBoard has it open (%2). Use Save As to keep your changes.</source>
        <translation>“%1”以只读方式打开，因为另一个 BeatBoard 正在使用它（%2）。请用“另存为”保留你的修改。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/lock_guard.py" line="109"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="79"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="110"/>
        <source>%1 episodes   ✕ %2   ⚠ %3</source>
        <translation>%1 集   ✕ %2   ⚠ %3</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="136"/>
        <source>The beat canvas is not available.</source>
        <translation>节拍画布不可用。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="189"/>
        <location filename="../../beatboard/gui/main_window.py" line="198"/>
        <source>Cannot import the script</source>
        <translation>无法导入剧本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="190"/>
        <source>Episode headings: not a valid regular expression (%1)</source>
        <translation>分集标题：不是有效的正则表达式（%1）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="201"/>
        <source>Import cancelled</source>
        <translation>已取消导入</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="205"/>
        <source>Imported %1 episodes from %2</source>
        <translation>已从 %2 导入 %1 集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="260"/>
        <source>About BeatBoard</source>
        <translation>关于 BeatBoard</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="261"/>
        <source>&lt;b&gt;BeatBoard&lt;/b&gt;&lt;br&gt;Storyboard and emotion-beat editor for vertical micro-short dramas.</source>
        <translation>&lt;b&gt;BeatBoard&lt;/b&gt;&lt;br&gt;竖屏微短剧的分镜与情绪节拍编辑器。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="280"/>
        <source>Select a panel first (click a thumbnail).</source>
        <translation>请先选择一个分镜格（点击缩略图）。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="300"/>
        <source>Import Images into Episode</source>
        <translation>导入图片到本集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="325"/>
        <source>Select one beat to edit its title.</source>
        <translation>请选择一个节拍来编辑其标题。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="338"/>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="342"/>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="378"/>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/main_window.py" line="382"/>
        <source>Saved the recovered work as %1</source>
        <translation>已将恢复的内容保存为 %1</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../beatboard/gui/message_bar.py" line="39"/>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
</context>
<context>
    <name>NavigatorActions</name>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="196"/>
        <source>Add Episode</source>
        <translation>添加分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="196"/>
        <source>Add an episode after the current one</source>
        <translation>在当前集之后添加一集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="198"/>
        <source>Duplicate Episode</source>
        <translation>复制分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="199"/>
        <source>Duplicate the current episode</source>
        <translation>复制当前集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="200"/>
        <source>Split Episode at Beat</source>
        <translation>在节拍处拆分分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="201"/>
        <source>Split the episode at the selected beat</source>
        <translation>在所选节拍处拆分本集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="202"/>
        <source>Merge with Next Episode</source>
        <translation>与下一集合并</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="203"/>
        <source>Append the next episode to this one</source>
        <translation>把下一集接到本集末尾</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="204"/>
        <source>Move Episode Up</source>
        <translation>分集上移</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="204"/>
        <source>Move the episode earlier</source>
        <translation>把本集往前移</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="205"/>
        <source>Move Episode Down</source>
        <translation>分集下移</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="205"/>
        <source>Move the episode later</source>
        <translation>把本集往后移</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="207"/>
        <source>Delete Episode</source>
        <translation>删除分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="207"/>
        <source>Delete the current episode</source>
        <translation>删除当前集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="199"/>
        <source>Dup</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="201"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/navigator.py" line="203"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>NewSeriesDialog</name>
    <message>
        <location filename="../../beatboard/gui/new_dialog.py" line="16"/>
        <source>New Series from Genre Skeleton</source>
        <translation>按题材骨架新建剧集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/new_dialog.py" line="28"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/new_dialog.py" line="34"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/new_dialog.py" line="35"/>
        <source>Genre</source>
        <translation>题材</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/new_dialog.py" line="36"/>
        <source>Episodes</source>
        <translation>分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/new_dialog.py" line="37"/>
        <source>Paywall episode</source>
        <translation>付费卡点集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/new_dialog.py" line="38"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>PadEdits</name>
    <message>
        <location filename="../../beatboard/gui/sketchpad/pad_edits.py" line="93"/>
        <source>The drawing could not be stored beside the project (%1). It stays here: Save As to another folder, or Try again.</source>
        <translation>无法将绘画保存到项目旁（%1）。绘画仍保留在这里：可另存为到其他文件夹，或重试。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/pad_edits.py" line="137"/>
        <source>Draw stroke</source>
        <translation>绘制笔画</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/pad_edits.py" line="165"/>
        <source>Copy from previous panel</source>
        <translation>从上一格复制</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/pad_edits.py" line="158"/>
        <source>The previous panel has no drawing to copy.</source>
        <translation>上一格没有可复制的绘画。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/pad_edits.py" line="172"/>
        <source>Save the project first: pictures are stored beside it.</source>
        <translation>请先保存项目：图片存放在项目旁边。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/pad_edits.py" line="174"/>
        <source>Reference image</source>
        <translation>参考图</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/pad_edits.py" line="190"/>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/pad_edits.py" line="197"/>
        <source>Set reference image</source>
        <translation>设置参考图</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/pad_edits.py" line="122"/>
        <source>Drawing not stored</source>
        <translation>绘画未保存</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/pad_edits.py" line="123"/>
        <source>The last drawing on this panel could not be stored beside the project. Close the sketch pad anyway?</source>
        <translation>此分镜格的最新绘画无法保存到项目旁。仍要关闭画板吗？</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/pad_edits.py" line="126"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/pad_edits.py" line="128"/>
        <source>Discard the drawing</source>
        <translation>放弃这幅绘画</translation>
    </message>
</context>
<context>
    <name>PanelForm</name>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="146"/>
        <source>Picture</source>
        <translation>画面</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="147"/>
        <source>fill the frame (crop)</source>
        <translation>铺满画框（裁切）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="148"/>
        <source>fit the whole picture</source>
        <translation>完整显示图片</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="97"/>
        <location filename="../../beatboard/gui/inspector_panel.py" line="159"/>
        <source>Draw…</source>
        <translation>绘制…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="85"/>
        <location filename="../../beatboard/gui/inspector_panel.py" line="163"/>
        <source>Restore to the cut</source>
        <translation>恢复到剪辑中</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="98"/>
        <location filename="../../beatboard/gui/inspector_panel.py" line="160"/>
        <source>Open the panel in the sketch pad (Enter)</source>
        <translation>在画板中打开此分镜格（回车）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="99"/>
        <location filename="../../beatboard/gui/inspector_panel.py" line="161"/>
        <source>Image…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="100"/>
        <location filename="../../beatboard/gui/inspector_panel.py" line="162"/>
        <source>Clear picture</source>
        <translation>清除画面</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="143"/>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="143"/>
        <source>Shot size</source>
        <translation>景别</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="144"/>
        <source>Angle</source>
        <translation>角度</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="144"/>
        <source>Camera move</source>
        <translation>运镜</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="145"/>
        <source>Caption</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="145"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="146"/>
        <source>Framing</source>
        <translation>取景</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="154"/>
        <source>push in</source>
        <translation>推近</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="155"/>
        <source>pull out</source>
        <translation>拉远</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="155"/>
        <source>pan left</source>
        <translation>左摇</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="156"/>
        <source>pan right</source>
        <translation>右摇</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="156"/>
        <location filename="../../beatboard/gui/inspector_panel.py" line="216"/>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="198"/>
        <source>Panel %1 of %2</source>
        <translation>第 %1 格，共 %2 格</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="203"/>
        <source>shared: %1 s</source>
        <translation>平分：%1 秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="204"/>
        <source>blank = a share of the beat</source>
        <translation>留空 = 平分节拍时长</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="209"/>
        <source>blank = split from the beat's dialogue</source>
        <translation>留空 = 从节拍台词中拆分</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="225"/>
        <source>sketch</source>
        <translation>手绘</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="225"/>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="228"/>
        <source>no picture yet (automatic frame)</source>
        <translation>尚无画面（自动示意图）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="237"/>
        <source>Dropped in the edit: out of the cut, plays nowhere</source>
        <translation>剪辑时删除：不在剪辑中，任何地方都不播放</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="243"/>
        <source>Restore panel</source>
        <translation>恢复分镜</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="261"/>
        <source>Set framing</source>
        <translation>设置取景</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="267"/>
        <source>Clear panel picture</source>
        <translation>清除分镜画面</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="271"/>
        <source>Save the project first: pictures are stored beside it.</source>
        <translation>请先保存项目：图片存放在项目文件旁边。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="273"/>
        <source>Panel image</source>
        <translation>分镜图片</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="281"/>
        <source>Set panel picture</source>
        <translation>设置分镜画面</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="153"/>
        <source>from the camera move</source>
        <translation>按运镜</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="153"/>
        <source>hold (whole frame)</source>
        <translation>静止（整幅画面）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="173"/>
        <source>set by hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="175"/>
        <source>from shot: %1</source>
        <translation>来自镜头：%1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="177"/>
        <source>%1: not animated</source>
        <translation>%1：不生成动画</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_panel.py" line="179"/>
        <source>no camera move</source>
        <translation>无运镜</translation>
    </message>
</context>
<context>
    <name>PlayerIntegration</name>
    <message>
        <location filename="../../beatboard/gui/player/integration.py" line="45"/>
        <source>Animatic</source>
        <translation>动态分镜</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/integration.py" line="46"/>
        <source>Export &amp;Animatic…</source>
        <translation>导出动态分镜(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/integration.py" line="47"/>
        <source>&amp;Play Animatic</source>
        <translation>播放动态分镜(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PointsTable</name>
    <message>
        <location filename="../../beatboard/gui/audience/points_table.py" line="25"/>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/points_table.py" line="25"/>
        <source>Retention (% or 0-1)</source>
        <translation>留存（% 或 0-1）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="15"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="18"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="23"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="24"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="28"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="30"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="31"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/preferences.py" line="32"/>
        <source>Autosave every</source>
        <translation>自动保存间隔</translation>
    </message>
</context>
<context>
    <name>ReadOnlyController</name>
    <message>
        <location filename="../../beatboard/gui/versions/viewer.py" line="22"/>
        <source>This version is read-only; restore it to edit it.</source>
        <translation>此版本为只读；恢复后才能编辑。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="26"/>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="29"/>
        <source>BeatBoard closed before these changes were saved. Recover one to keep working on it; it opens as unsaved.</source>
        <translation>BeatBoard 在保存这些更改之前关闭了。恢复其中一个即可继续工作；它会以未保存状态打开。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="34"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="36"/>
        <source>autosaved %1</source>
        <translation>自动保存于 %1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="46"/>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="47"/>
        <source>Keep Both</source>
        <translation>两者都保留</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="48"/>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="49"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="50"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="56"/>
        <source>Save the recovered work as a new file beside the original and open it; the original stays as it is.</source>
        <translation>将恢复的内容另存为原文件旁边的新文件并打开；原文件保持不变。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="59"/>
        <source>List the episodes and beats that differ between the file and the autosave.</source>
        <translation>列出文件与自动保存之间不同的剧集和节拍。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="77"/>
        <source>Autosaved %1 from a document that was never saved.</source>
        <translation>自动保存于 %1，来自一个从未保存过的文档。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="81"/>
        <source>Autosaved %1. The original file is no longer there; recovering saves it again.</source>
        <translation>自动保存于 %1。原文件已不存在；恢复后可重新保存。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="84"/>
        <source>The file on disk is newer: it changed %1, after this autosave (%2). Compare them, or keep both.</source>
        <translation>磁盘上的文件较新：它在 %1 被修改，晚于这次自动保存（%2）。可以先比较，或两者都保留。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/recovery_dialog.py" line="87"/>
        <source>The autosave is newer: autosaved %1; the file on disk was last saved %2.</source>
        <translation>自动保存较新：自动保存于 %1；磁盘上的文件最后保存于 %2。</translation>
    </message>
</context>
<context>
    <name>ResyncReviewDialog</name>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="18"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="19"/>
        <source>action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="20"/>
        <source>dialogue</source>
        <translation>对白</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="21"/>
        <source>location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="22"/>
        <source>characters</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="35"/>
        <source>Update from Script</source>
        <translation>根据剧本更新</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="38"/>
        <source>Changes from %1. Matched beats keep their emotion, kind, timing, shot, panels and notes. Beats whose scene is gone are set aside (not deleted) until you place them again or delete them.</source>
        <translation>来自 %1 的修改。匹配到的节拍保留其情绪、类型、时长、镜头、分镜画面和备注。场景已被删除的节拍会被暂存（不会删除），直到你重新放回或确认删除。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="49"/>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="49"/>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="58"/>
        <location filename="../../beatboard/gui/resync_dialog.py" line="74"/>
        <source>Episode %1 · %2</source>
        <translation>第%1集 · %2</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="69"/>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="73"/>
        <source>New scenes</source>
        <translation>新场景</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="75"/>
        <source>added as a new beat</source>
        <translation>作为新节拍加入</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="77"/>
        <source>Gone from the script</source>
        <translation>剧本中已删除</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="78"/>
        <source>set aside</source>
        <translation>暂存</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="79"/>
        <source>Matched, unchanged</source>
        <translation>已匹配，未变化</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="82"/>
        <source>1 scene is in another order in the script; the board keeps its order.</source>
        <translation>剧本中有 1 个场景顺序不同；看板保持现有顺序。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="84"/>
        <source>%1 scenes are in another order in the script; the board keeps its order.</source>
        <translation>剧本中有 %1 个场景顺序不同；看板保持现有顺序。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="90"/>
        <source>Apply Changes</source>
        <translation>应用修改</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="94"/>
        <source>Review Change by Change…</source>
        <translation>逐项审阅…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="121"/>
        <source>This script would set aside %1 of the %2 beats of the series (their scenes are not in it). Is it the right script? Set-aside beats are kept, not deleted.</source>
        <translation>此剧本会把本剧 %2 个节拍中的 %1 个移到待放置区（剧本里没有它们的场景）。确定是正确的剧本吗？移到待放置区的节拍会保留，不会删除。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="126"/>
        <source>Set aside most of the series?</source>
        <translation>要把本剧的大部分节拍移到待放置区吗？</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="152"/>
        <source>Cannot update from the script</source>
        <translation>无法根据剧本更新</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="159"/>
        <source>The script matches the board: nothing to update.</source>
        <translation>剧本与看板一致：无需更新。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="112"/>
        <source>%1 changes in 1 beat: %3</source>
        <translation>%1 在 1 个节拍中变化：%3</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/resync_dialog.py" line="113"/>
        <source>%1 changes in %2 beats: %3</source>
        <translation>%1 在 %2 个节拍中变化：%3</translation>
    </message>
</context>
<context>
    <name>RetimeReviewDialog</name>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="26"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="27"/>
        <source>order in beat</source>
        <translation>节拍内顺序</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="28"/>
        <source>drop from the cut</source>
        <translation>从剪辑中删除</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="29"/>
        <source>back in the cut</source>
        <translation>重新加入剪辑</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="30"/>
        <source>new clip: add a panel</source>
        <translation>新片段：添加分镜</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="31"/>
        <source>moved to another beat (not applied)</source>
        <translation>移到另一节拍（不应用）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="32"/>
        <source>used twice (not applied)</source>
        <translation>使用了两次（不应用）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="33"/>
        <source>beats reordered (not applied)</source>
        <translation>节拍顺序改变（不应用）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="34"/>
        <source>beat left out (not applied)</source>
        <translation>整个节拍被剪掉（不应用）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="35"/>
        <source>from another episode or cut (not applied)</source>
        <translation>来自其他集或剪辑版本（不应用）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="38"/>
        <source>Edited timelines (*.otio *.xml *.fcpxml *.edl)</source>
        <translation>剪辑时间线 (*.otio *.xml *.fcpxml *.edl)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="49"/>
        <source>dropped in the edit</source>
        <translation>剪辑时删除</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="51"/>
        <source>dropped</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="53"/>
        <source>left out of the edit</source>
        <translation>剪辑中没有</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="55"/>
        <source>a panel of %1 s</source>
        <translation>%1 秒的分镜</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="60"/>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="61"/>
        <source>Panel</source>
        <translation>分镜</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="62"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="63"/>
        <source>Old</source>
        <translation>原来</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="64"/>
        <source>New</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="69"/>
        <location filename="../../beatboard/gui/retime_dialog.py" line="147"/>
        <source>Update Timing from Edit</source>
        <translation>按剪辑更新时长</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="72"/>
        <source>Timing from %1 for episode %2, cut %3. The editor's timing wins: each checked panel takes its clip's duration and its beat becomes the sum of its panels. Dropped panels stay on the board, struck through, until you restore them.</source>
        <translation>来自 %1 的时长，第 %2 集，剪辑版本 %3。以剪辑师的时长为准：每个勾选的分镜采用其片段的时长，其节拍的长度为其分镜之和。被删除的分镜留在分镜板上并划掉，直到你恢复它们。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="96"/>
        <source>Accept All</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="97"/>
        <source>Accept None</source>
        <translation>全部不接受</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="100"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="160"/>
        <source>Cannot update timing from the edit</source>
        <translation>无法按剪辑更新时长</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="164"/>
        <source>%1 matches the board: nothing to update.</source>
        <translation>%1 与分镜板一致：无需更新。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/retime_dialog.py" line="175"/>
        <source>Update timing from edit</source>
        <translation>按剪辑更新时长</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="30"/>
        <source>Save Version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="32"/>
        <source>e.g. Draft for the platform</source>
        <translation>例如：送审平台稿</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="34"/>
        <source>What changed, who it is for</source>
        <translation>改了什么，给谁看</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="37"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="38"/>
        <source>Message:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="39"/>
        <source>Revision colour:</source>
        <translation>修订颜色：</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <location filename="../../beatboard/gui/player/scrubber.py" line="43"/>
        <source>Click or drag to seek. Shaded: the hook zone. Flag: the cliffhanger. Red/amber: rule findings.</source>
        <translation>点击或拖动以定位。阴影：钩子区间。旗标：卡点。红/黄：规则问题。</translation>
    </message>
</context>
<context>
    <name>SeriesAudienceDialog</name>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="66"/>
        <source>Series Audience</source>
        <translation>全剧观众数据</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="67"/>
        <source>Import Series Table…</source>
        <translation>导入全剧数据表…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="69"/>
        <source>Ep</source>
        <translation>集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="69"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="69"/>
        <source>Completion</source>
        <translation>完播率</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="69"/>
        <source>Next starts</source>
        <translation>下一集开始</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="70"/>
        <source>Continuation</source>
        <translation>续看率</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="70"/>
        <source>Paid</source>
        <translation>付费</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="70"/>
        <source>Intensity</source>
        <translation>强度</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="71"/>
        <source>Cliffhanger</source>
        <translation>卡点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="93"/>
        <source>%1 (not a cliffhanger)</source>
        <translation>%1（不是卡点）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="97"/>
        <source>last episode</source>
        <translation>最后一集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="115"/>
        <source>Too few episodes (%1) to relate intensity and continuation.</source>
        <translation>集数太少（%1），无法比较卡点强度与续看率。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="117"/>
        <source>Intensity and continuation: r = %1 over %2 episodes.</source>
        <translation>卡点强度与续看率：%2 集的相关系数 r = %1。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="123"/>
        <source>The series has no paywall (set it in the series inspector).</source>
        <translation>本剧没有付费墙（可在剧集属性中设置）。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="125"/>
        <source>Paywall at episode %1: the series table has no row for it.</source>
        <translation>第%1集付费墙：全剧数据表中没有该集。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="128"/>
        <source>Paywall at episode %1: the series table does not say how many paid.</source>
        <translation>第%1集付费墙：全剧数据表没有付费人数。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="130"/>
        <source>Paywall at episode %1: %2 of %3 viewers who started it paid (%4).</source>
        <translation>第%1集付费墙：开始观看的 %3 名观众中 %2 名付费（%4）。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="137"/>
        <source>Import Series Audience Table</source>
        <translation>导入全剧观众数据表</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="138"/>
        <source>CSV tables (*.csv *.txt);;All files (*)</source>
        <translation>CSV 表格 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_dialog.py" line="153"/>
        <source>The series table could not be stored.</source>
        <translation>无法保存全剧数据表。</translation>
    </message>
</context>
<context>
    <name>SeriesBoard</name>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="25"/>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="26"/>
        <source>Location</source>
        <translation>场景地点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="27"/>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="28"/>
        <source>Kind</source>
        <translation>节拍类型</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="29"/>
        <source>Compliance tag</source>
        <translation>合规标签</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="30"/>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="38"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="168"/>
        <source>Series Board</source>
        <translation>全剧看板</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="58"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="169"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="60"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="170"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="70"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="171"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="187"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="236"/>
        <source>Whole Series</source>
        <translation>全剧概览</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="71"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="172"/>
        <source>Zoom out until every episode fits (heat map)</source>
        <translation>缩小到显示所有剧集（热力图）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="73"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="173"/>
        <source>Readable Cards</source>
        <translation>卡片视图</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="79"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="174"/>
        <source>Find in titles, action, dialogue, notes…</source>
        <translation>在标题、动作、对白、备注中查找…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="82"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="175"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="83"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="176"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="84"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="177"/>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="97"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="178"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="100"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="179"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="109"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="183"/>
        <source>intensity ≥ </source>
        <translation>强度 ≥ </translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="110"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="184"/>
        <source>Only matching</source>
        <translation>只显示匹配项</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="134"/>
        <source>any finding</source>
        <translation>任意检查结果</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="164"/>
        <source>%1 beats</source>
        <translation>%1 个节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="185"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="232"/>
        <source>Split Episode Before Beat</source>
        <translation>在节拍前拆分剧集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="186"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="234"/>
        <location filename="../../beatboard/gui/series_board/window.py" line="299"/>
        <source>Merge With Next Episode</source>
        <translation>与下一集合并</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="206"/>
        <source>%1 found</source>
        <translation>找到 %1 处</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="247"/>
        <source>Select the beat that starts the new episode.</source>
        <translation>请选择新一集的第一个节拍。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="255"/>
        <source>There is no next episode to merge with.</source>
        <translation>没有可合并的下一集。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="260"/>
        <source>What is planted (e.g. the jade bracelet):</source>
        <translation>埋下的伏笔（例如：玉镯）：</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="273"/>
        <source>Delete Set-Aside Beats for Good</source>
        <translation>永久删除暂存节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="278"/>
        <source>Split Episode Before This Beat</source>
        <translation>在此节拍前拆分剧集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="281"/>
        <source>Plant a Thread Here…</source>
        <translation>在此埋下伏笔…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="284"/>
        <source>Pay Off Thread Here</source>
        <translation>在此回收伏笔</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="290"/>
        <source>Rename Thread “%1”…</source>
        <translation>重命名线索“%1”…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="292"/>
        <source>Remove Thread “%1”</source>
        <translation>删除线索“%1”</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="301"/>
        <source>Set Paywall After This Episode</source>
        <translation>在本集之后设置付费卡点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="306"/>
        <source>Plant a Thread</source>
        <translation>埋下伏笔</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/series_board/window.py" line="311"/>
        <source>Rename Thread</source>
        <translation>重命名线索</translation>
    </message>
</context>
<context>
    <name>SeriesForm</name>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="117"/>
        <source>Series</source>
        <translation>剧集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="121"/>
        <source>A built-in rule profile, or the path of a profile file</source>
        <translation>内置规则配置，或规则配置文件的路径</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="122"/>
        <source>The last free episode; the paywall stays after it when episodes are moved, split or merged</source>
        <translation>最后一集免费集；移动、拆分或合并剧集时，付费卡点始终跟在它之后</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="139"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="150"/>
        <source>after episode %1</source>
        <translation>第%1集之后</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="109"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="109"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="110"/>
        <source>Genre</source>
        <translation>题材</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="110"/>
        <source>Rule profile</source>
        <translation>规则配置</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="111"/>
        <source>Logline</source>
        <translation>一句话梗概</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="111"/>
        <source>Paywall</source>
        <translation>付费卡点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/inspector_meta.py" line="112"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SeriesScatter</name>
    <message>
        <location filename="../../beatboard/gui/audience/series_chart.py" line="42"/>
        <source>No series table yet: File › Import Series Audience Table…</source>
        <translation>还没有全剧数据表：文件 › 导入全剧观众数据表…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_chart.py" line="68"/>
        <source>Cliffhanger intensity</source>
        <translation>卡点强度</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_chart.py" line="70"/>
        <source>Continuation to the next episode</source>
        <translation>下一集续看率</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_chart.py" line="90"/>
        <source>cliffhanger</source>
        <translation>卡点</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_chart.py" line="91"/>
        <source>other last beat</source>
        <translation>其他结尾节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/audience/series_chart.py" line="93"/>
        <source>paywall episode</source>
        <translation>付费墙集</translation>
    </message>
</context>
<context>
    <name>SeriesStripWidget</name>
    <message>
        <location filename="../../beatboard/gui/curve/series_strip.py" line="184"/>
        <source>Episode %1: %2</source>
        <translation>第 %1 集：%2</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/curve/series_strip.py" line="185"/>
        <source>%1 s · %2 beats</source>
        <translation>%1 秒 · %2 个节拍</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/curve/series_strip.py" line="187"/>
        <source>%1 errors</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/curve/series_strip.py" line="189"/>
        <source>%1 warnings</source>
        <translation>%1 个警告</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/curve/series_strip.py" line="248"/>
        <source>No episodes</source>
        <translation>没有分集</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/curve/series_strip.py" line="291"/>
        <source>Paywall</source>
        <translation>付费卡点</translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <location filename="../../beatboard/gui/compare/side.py" line="40"/>
        <source>(this episode is not in this version)</source>
        <translation>（此版本中没有这一集）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/compare/side.py" line="52"/>
        <source>%1 panels</source>
        <translation>%1 个分镜</translation>
    </message>
</context>
<context>
    <name>SketchGuides</name>
    <message>
        <location filename="../../beatboard/gui/sketchpad/guides.py" line="31"/>
        <source>app tabs / status bar</source>
        <translation>应用标签栏 / 状态栏</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/guides.py" line="33"/>
        <source>title · caption · buttons</source>
        <translation>标题 · 文案 · 按钮</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/guides.py" line="38"/>
        <source>like · comment · share</source>
        <translation>点赞 · 评论 · 分享</translation>
    </message>
</context>
<context>
    <name>SketchPadDialog</name>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="42"/>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="351"/>
        <source>Sketch Pad</source>
        <translation>画板</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="58"/>
        <source>Pencil</source>
        <translation>铅笔</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="58"/>
        <source>Pen</source>
        <translation>钢笔</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="59"/>
        <source>Marker</source>
        <translation>马克笔</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="59"/>
        <source>Eraser</source>
        <translation>橡皮</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="71"/>
        <source>black</source>
        <translation>黑</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="71"/>
        <source>grey</source>
        <translation>灰</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="72"/>
        <source>red (camera)</source>
        <translation>红（镜头）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="72"/>
        <source>blue (people)</source>
        <translation>蓝（人物）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="85"/>
        <source>Size [ ]</source>
        <translation>大小 [ ]</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="91"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="92"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="98"/>
        <source>◀ Previous panel</source>
        <translation>◀ 上一格</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="99"/>
        <source>Next panel ▶</source>
        <translation>下一格 ▶</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="118"/>
        <source>Copy from previous panel</source>
        <translation>沿用上一格画面</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="119"/>
        <source>Put the previous panel's drawing under this one (a background that stays)</source>
        <translation>把上一格的画面垫在本格下面（沿用的背景）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="123"/>
        <source>Reference image…</source>
        <translation>参考图…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="139"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="141"/>
        <source>Safe-area guides</source>
        <translation>安全框</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="144"/>
        <source>Platform UI zones (U)</source>
        <translation>平台界面遮挡区 (U)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="146"/>
        <source>Onion skin (O)</source>
        <translation>洋葱皮 (O)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="149"/>
        <source>Mouse: pressure from speed</source>
        <translation>鼠标：按速度模拟压感</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="153"/>
        <source>Rotate (Shift+R)</source>
        <translation>旋转 (Shift+R)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="159"/>
        <source>Fit (Ctrl+0)</source>
        <translation>适合窗口 (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="305"/>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="385"/>
        <source>This panel no longer exists.</source>
        <translation>此分镜格已不存在。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="322"/>
        <source>The project is not saved: its pictures cannot be found.</source>
        <translation>项目尚未保存：找不到它的图片。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="341"/>
        <source>Save the project first: drawings are stored beside it.</source>
        <translation>请先保存项目：手绘存放在项目文件旁边。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="344"/>
        <source>(drawing is off so the file is not replaced)</source>
        <translation>（已禁止绘制，以免替换该文件）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="348"/>
        <source>Episode %1 · %2 · panel %3 of %4</source>
        <translation>第 %1 集 · %2 · 第 %3 格，共 %4 格</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="356"/>
        <source>B pen · P pencil · M marker · E eraser · [ ] size · Space-drag pan · wheel zoom · Shift+R rotate · Ctrl+Z undo</source>
        <translation>B 钢笔 · P 铅笔 · M 马克笔 · E 橡皮 · [ ] 笔刷大小 · 空格拖动平移 · 滚轮缩放 · Shift+R 旋转 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/dialog.py" line="73"/>
        <source>non-photo blue (rough; prints grey)</source>
        <translation>非照相蓝（草稿；打印为灰色）</translation>
    </message>
</context>
<context>
    <name>TempSound</name>
    <message>
        <location filename="../../beatboard/gui/player/temp_sound.py" line="61"/>
        <source>Save the project first: sound is stored beside it.</source>
        <translation>请先保存项目：声音文件保存在项目旁边。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/temp_sound.py" line="64"/>
        <source>Temp sound</source>
        <translation>临时声音</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/temp_sound.py" line="65"/>
        <source>Audio (*.wav *.mp3 *.m4a *.aac *.flac *.ogg)</source>
        <translation>音频 (*.wav *.mp3 *.m4a *.aac *.flac *.ogg)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/temp_sound.py" line="79"/>
        <location filename="../../beatboard/gui/player/temp_sound.py" line="94"/>
        <source>Set temp sound</source>
        <translation>设置临时声音</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/temp_sound.py" line="94"/>
        <source>Remove temp sound</source>
        <translation>移除临时声音</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/player/temp_sound.py" line="105"/>
        <source>No temp sound</source>
        <translation>无临时声音</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <location filename="../../beatboard/gui/player/timeline_strip.py" line="34"/>
        <source>Drag the end of a panel to retime it; click to seek.</source>
        <translation>拖动分镜格的末端以调整时长；点击以定位。</translation>
    </message>
</context>
<context>
    <name>UnstoredBar</name>
    <message>
        <location filename="../../beatboard/gui/sketchpad/pad_edits.py" line="42"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/sketchpad/pad_edits.py" line="45"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>VersionListDialog</name>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="61"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="65"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="65"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="66"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="66"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="67"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="92"/>
        <source>No versions yet. Save one with File › Save Version…</source>
        <translation>还没有版本。用 文件 › 保存版本… 保存一个。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="98"/>
        <source>Open Read-Only</source>
        <translation>只读打开</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="99"/>
        <source>Compare with Current…</source>
        <translation>与当前比较…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/dialogs.py" line="100"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
</context>
<context>
    <name>VersionWindow</name>
    <message>
        <location filename="../../beatboard/gui/versions/viewer.py" line="55"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/viewer.py" line="56"/>
        <source>&amp;Restore This Version…</source>
        <translation>恢复此版本(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/viewer.py" line="60"/>
        <source>&amp;Compare with Current…</source>
        <translation>与当前比较(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/viewer.py" line="65"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/viewer.py" line="66"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/viewer.py" line="69"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/viewer.py" line="70"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/viewer.py" line="71"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/viewer.py" line="72"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/viewer.py" line="73"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/viewer.py" line="74"/>
        <source>Add &amp;Beat</source>
        <translation>添加节拍(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/viewer.py" line="74"/>
        <source>&amp;Add Panel</source>
        <translation>添加分镜(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/viewer.py" line="75"/>
        <source>Edit Beat &amp;Title</source>
        <translation>编辑节拍标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/viewer.py" line="81"/>
        <source>%1 (read-only) — BeatBoard</source>
        <translation>%1（只读）— BeatBoard</translation>
    </message>
</context>
<context>
    <name>VersionsIntegration</name>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="45"/>
        <source>Save &amp;Version…</source>
        <translation>保存版本(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="46"/>
        <source>&amp;Versions…</source>
        <translation>版本(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="60"/>
        <source>Versions: %1</source>
        <translation>版本：%1</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="61"/>
        <source>Show Versions</source>
        <translation>查看版本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="74"/>
        <source>The named versions stay beside “%1”: the new file is in another folder.</source>
        <translation>命名版本仍留在“%1”旁边：新文件位于另一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="77"/>
        <source>The named versions stay beside “%1”: “%2” already exists beside the new file.</source>
        <translation>命名版本仍留在“%1”旁边：新文件旁已有“%2”。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="80"/>
        <source>The project is saved, but its named versions could not be copied (%2); they stay beside “%1”.</source>
        <translation>项目已保存，但其命名版本无法复制（%2）；它们仍留在“%1”旁边。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="90"/>
        <source>Save the project first: versions are kept beside its file.</source>
        <translation>请先保存项目：版本保存在项目文件旁边。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="94"/>
        <source>This window has the file read-only; save the version in the editor that has it open.</source>
        <translation>此窗口以只读方式打开文件；请在打开它的编辑器中保存版本。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="105"/>
        <source>Cannot save the version</source>
        <translation>无法保存版本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="108"/>
        <source>Saved version %1 “%2” (%3)</source>
        <translation>已保存版本 %1“%2”（%3）</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="116"/>
        <source>This project has no file yet, so no versions.</source>
        <translation>此项目还没有文件，因此没有版本。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="130"/>
        <source>Cannot read the version</source>
        <translation>无法读取版本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="154"/>
        <source>Restore Version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="155"/>
        <source>Replace the document's content with version %1 “%2”? Undo brings the current content back.</source>
        <translation>用版本 %1“%2”替换文档内容？撤销可以找回当前内容。</translation>
    </message>
    <message>
        <location filename="../../beatboard/gui/versions/integration.py" line="160"/>
        <source>Restore Version “%1”</source>
        <translation>恢复版本“%1”</translation>
    </message>
</context>
</TS>