<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../ui/app.py" line="168" />
            <source>Backup saved: %1</source>
            <extracomment>The first rolling backup runs this long after start (the window is up by then). Then it is tried every hour (it makes at most one per day). From the worker thread to this object's (GUI) thread: (outcome, text).</extracomment>
            <translation>备份已保存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="170" />
            <source>Backup failed: %1</source>
            <translation>备份失败：%1</translation>
        </message>
    </context>
    <context>
        <name>EACommands</name>
        <message>
            <location filename="../../ui/session/ea_commands.py" line="91" />
            <source>Join EA lead pair</source>
            <extracomment>Called after every write (first do, undo, redo) with the command's channel snapshot or None; and with the error when a write failed.</extracomment>
            <translation>连接电针导线对</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_commands.py" line="136" />
            <source>Remove EA lead pair</source>
            <translation>移除电针导线对</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_commands.py" line="183" />
            <source>Change EA settings</source>
            <translation>更改电针参数</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../ui/printing.py" line="174" />
            <source>PDF files (*.pdf)</source>
            <extracomment>Pages are rendered at the printer's resolution, but never finer than this: an A4 page at 300 dpi is a 35 MB image already, and no printer shows finer detail in 7-point text. ... and never coarser than this, so a screen-resolution preview stays legible when zoomed.</extracomment>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="187" />
            <source>Cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="196" />
            <source>Export session summary</source>
            <translation>导出治疗摘要</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="206" />
            <source>Export course record</source>
            <translation>导出疗程记录</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="223" />
            <source>Preview of the pages as they will be printed</source>
            <translation>打印页面预览</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="258" />
            <source>Print session summary</source>
            <translation>打印治疗摘要</translation>
        </message>
        <message>
            <location filename="../../ui/printing.py" line="263" />
            <source>Print course record</source>
            <translation>打印疗程记录</translation>
        </message>
    </context>
    <context>
        <name>QtAboutDialog</name>
        <message>
            <location filename="../../ui/dialogs/about.py" line="138" />
            <location filename="../../ui/dialogs/about.py" line="139" />
            <source>About AcuChart</source>
            <extracomment>The libraries in the wheel's dependencies and in the bundle (licences as their projects publish them).</extracomment>
            <translation>关于 AcuChart</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="142" />
            <source>AcuChart icon</source>
            <translation>AcuChart 图标</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="152" />
            <source>Charting for acupuncture and electroacupuncture.</source>
            <translation>针灸与电针治疗记录软件。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="155" />
            <source>AcuChart is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with ABSOLUTELY NO WARRANTY.</source>
            <translation>AcuChart 是自由软件：您可以依据 GNU 通用公共许可证第 3 版或（由您选择）任何更新版本（%1）的条款再发布和/或修改本软件。本软件不提供任何担保。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="162" />
            <source>Version and licence</source>
            <translation>版本与许可证</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="168" />
            <source>Licences of fonts and libraries</source>
            <translation>字体与程序库的许可证</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="174" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="175" />
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="176" />
            <source>About Qt</source>
            <translation>关于 Qt</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="200" />
            <source>Libraries</source>
            <translation>程序库</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="201" />
            <source>Library</source>
            <translation>程序库</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="201" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="201" />
            <source>Licence</source>
            <translation>许可证</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="202" />
            <source>Qt and psycopg are used under the LGPL: you may replace them with your own builds.</source>
            <translation>Qt 与 psycopg 依据 LGPL 使用：您可以用自行构建的版本替换它们。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="203" />
            <source>Fonts</source>
            <translation>字体</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="204" />
            <source>No fonts are bundled; the system fonts are used.</source>
            <translation>未附带字体，使用系统字体。</translation>
        </message>
    </context>
    <context>
        <name>QtAddendumDialog</name>
        <message>
            <location filename="../../ui/dialogs/addendum.py" line="40" />
            <location filename="../../ui/dialogs/addendum.py" line="41" />
            <source>Add an addendum</source>
            <translation>添加补充说明</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/addendum.py" line="44" />
            <source>The signed record stays as it was. This correction is dated now, carries your name ({user}) and is printed after the original.</source>
            <translation>已签名的记录保持原样。本更正将注明当前日期和您的姓名（{user}），并打印在原记录之后。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/addendum.py" line="50" />
            <source>About addenda</source>
            <translation>关于补充说明</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/addendum.py" line="52" />
            <source>Addendum text</source>
            <translation>补充说明内容</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/addendum.py" line="53" />
            <source>e.g. BL23 depth was 20 mm, not 25 mm.</source>
            <translation>例如：BL23 的针刺深度为 20 毫米，而非 25 毫米。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/addendum.py" line="58" />
            <source>Addendum error</source>
            <translation>补充说明错误</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/addendum.py" line="61" />
            <source>&amp;Add addendum</source>
            <translation>添加补充说明(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/addendum.py" line="62" />
            <source>Add addendum</source>
            <translation>添加补充说明</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/addendum.py" line="64" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>QtCaseDialog</name>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="246" />
            <source>New case</source>
            <translation>新建疗程</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="246" />
            <source>Edit case</source>
            <translation>编辑疗程</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="256" />
            <source>Chief &amp;complaint:</source>
            <translation>主诉(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="257" />
            <source>&amp;ICD-10 code:</source>
            <translation>ICD-10 编码(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="264" />
            <source>&amp;Diagnosis:</source>
            <translation>诊断(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="265" />
            <source>&amp;TCM pattern:</source>
            <translation>中医证型(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="266" />
            <source>&amp;Onset date:</source>
            <translation>发病日期(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="267" />
            <source>&amp;Start date:</source>
            <translation>开始日期(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="268" />
            <source>&amp;End date:</source>
            <translation>结束日期(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="270" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="274" />
            <source>&amp;Goal:</source>
            <translation>治疗目标(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="275" />
            <source>Acupuncture st&amp;yle:</source>
            <translation>针刺流派(&amp;Y)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="276" />
            <location filename="../../ui/patients/dialogs.py" line="289" />
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="279" />
            <source>&amp;Rationale:</source>
            <translation>治疗依据(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="281" />
            <source>Re&amp;ferences:</source>
            <translation>参考文献(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="287" />
            <source>Individualisatio&amp;n:</source>
            <translation>个体化程度(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="292" />
            <source>&amp;Planned sessions:</source>
            <translation>计划治疗次数(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="295" />
            <source>Sessions per &amp;week:</source>
            <translation>每周治疗次数(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="298" />
            <source>Session &amp;minutes:</source>
            <translation>每次时长（分钟）(&amp;M)：</translation>
        </message>
    </context>
    <context>
        <name>QtCourseView</name>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="76" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="77" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="79" />
            <source>Needles</source>
            <translation>针数</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="80" />
            <source>Points</source>
            <translation>穴位</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="198" />
            <source>Course of treatment</source>
            <translation>疗程</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="199" />
            <source>No case selected</source>
            <translation>未选择疗程</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="200" />
            <source>Case</source>
            <translation>疗程</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="207" />
            <source>Change over the course</source>
            <translation>疗程中的变化</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="217" />
            <source>Trend chart area</source>
            <translation>趋势图区域</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="222" />
            <source>Sessions of the course</source>
            <translation>本疗程的治疗记录</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="243" />
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="257" />
            <source>Case %1</source>
            <translation>疗程 %1</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="266" />
            <source>%1 sessions</source>
            <translation>%1 次治疗</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="292" />
            <source>Not enough values yet to show a change (needs two sessions with the same measure).</source>
            <translation>数据不足，尚无法显示变化（需要两次治疗记录了同一指标）。</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="57" />
            <source>PSFS score</source>
            <translation>PSFS 评分</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="125" />
            <source>signed</source>
            <translation>已签名</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="125" />
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="127" />
            <location filename="../../ui/outcomes/course_view.py" line="78" />
            <source>EA</source>
            <translation>电针</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="174" />
            <source> — improved by at least the MCIC (%1)</source>
            <translation> — 改善幅度达到或超过 MCIC（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="177" />
            <source> — worse by at least the MCIC (%1)</source>
            <translation> — 加重幅度达到或超过 MCIC（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_view.py" line="180" />
            <source> — change below the MCIC</source>
            <translation> — 变化未达到 MCIC</translation>
        </message>
    </context>
    <context>
        <name>QtCourseWindow</name>
        <message>
            <location filename="../../ui/outcomes/course_window.py" line="25" />
            <source>Course of treatment — AcuChart</source>
            <translation>疗程 — AcuChart</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_window.py" line="26" />
            <source>Course of treatment window</source>
            <translation>疗程窗口</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_window.py" line="30" />
            <source>&amp;Export course PDF…</source>
            <translation>导出疗程 PDF(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_window.py" line="31" />
            <source>Export course PDF</source>
            <translation>导出疗程 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_window.py" line="32" />
            <source>&amp;Print course…</source>
            <translation>打印疗程(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_window.py" line="33" />
            <source>Print course</source>
            <translation>打印疗程</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_window.py" line="34" />
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_window.py" line="35" />
            <source>Close the course view</source>
            <translation>关闭疗程视图</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/course_window.py" line="62" />
            <source>%1 — Course — AcuChart</source>
            <translation>%1 — 疗程 — AcuChart</translation>
        </message>
    </context>
    <context>
        <name>QtDiagram</name>
        <message>
            <location filename="../../ui/diagram/markers.py" line="35" />
            <source>Planned</source>
            <extracomment>Marker fill per needle state. Okabe–Ito colours (distinguishable with the common colour vision deficiencies), strong enough on the light drawing card in light and dark themes.</extracomment>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/markers.py" line="36" />
            <source>Inserted</source>
            <translation>已进针</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/markers.py" line="37" />
            <source>Removed</source>
            <translation>已出针</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/markers.py" line="220" />
            <source>EA %1</source>
            <translation>电针 %1</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/scene.py" line="108" />
            <source>Ashi: %1</source>
            <translation>阿是穴：%1</translation>
        </message>
    </context>
    <context>
        <name>QtDiagramPanel</name>
        <message>
            <location filename="../../ui/diagram/panel.py" line="16" />
            <source>Front</source>
            <translation>正面</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="17" />
            <source>Back</source>
            <translation>背面</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="18" />
            <source>Side</source>
            <translation>侧面</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="19" />
            <source>Head</source>
            <translation>头部</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="20" />
            <source>Head side</source>
            <translation>头部侧面</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="21" />
            <source>Hand</source>
            <translation>手部</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="22" />
            <source>Foot</source>
            <translation>足部</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="23" />
            <source>Ear</source>
            <translation>耳部</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="71" />
            <source>%1 view</source>
            <translation>%1视图</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="72" />
            <source>Show the %1 view</source>
            <translation>显示%1视图</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="87" />
            <source>Zoom out (−)</source>
            <translation>缩小（−）</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="87" />
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="88" />
            <source>Zoom in (+)</source>
            <translation>放大（+）</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="88" />
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="89" />
            <source>Fit</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="89" />
            <source>Fit the whole view (0)</source>
            <translation>显示整个视图（0）</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="89" />
            <source>Fit to window</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="84" />
            <source>EA lead pair</source>
            <translation>电针导线对</translation>
        </message>
    </context>
    <context>
        <name>QtDiagramView</name>
        <message>
            <location filename="../../ui/diagram/view.py" line="112" />
            <source>Body diagram</source>
            <translation>人体图</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="115" />
            <source>Click near a point to chart it, elsewhere on the body for a free spot. Plus and minus zoom, 0 fits; ] and [ select the next or previous needle; the Menu key opens the needle's menu; Delete removes it.</source>
            <translation>在穴位附近单击即可记录该穴位，在身体其他位置单击则记录阿是穴。加号和减号缩放，0 适应窗口；] 和 [ 选择下一根或上一根针；菜单键打开该针的菜单；Delete 键删除该针。</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="345" />
            <source>left</source>
            <translation>左</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="345" />
            <source>right</source>
            <translation>右</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="552" />
            <source>Needle menu</source>
            <translation>针具菜单</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="562" />
            <source>Left side</source>
            <translation>左侧</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="562" />
            <source>Right side</source>
            <translation>右侧</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="564" />
            <source>Both sides</source>
            <translation>双侧</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="575" />
            <source>Edit needle…</source>
            <translation>编辑针具…</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="579" />
            <source>Remove needle</source>
            <translation>移除针具</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="585" />
            <source>Signed session: read-only</source>
            <translation>已签名的治疗：只读</translation>
        </message>
    </context>
    <context>
        <name>QtEAPanel</name>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="215" />
            <location filename="../../ui/session/ea_panel.py" line="845" />
            <source>Electroacupuncture</source>
            <translation>电针</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="220" />
            <source>EA lead pairs</source>
            <translation>电针导线对</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="227" />
            <source>First needle of the new pair</source>
            <translation>新导线对的第一根针</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="229" />
            <source>Second needle of the new pair</source>
            <translation>新导线对的第二根针</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="233" />
            <source>Join</source>
            <translation>连接</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="234" />
            <source>Join the two needles as a lead pair</source>
            <translation>将这两根针连接为一对导线</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="236" />
            <source>Join selected</source>
            <translation>连接所选</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="237" />
            <source>Join the two needles selected on the diagram</source>
            <translation>连接人体图上选中的两根针</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="239" />
            <source>Remove pair</source>
            <translation>移除导线对</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="240" />
            <source>Remove the chosen lead pair</source>
            <translation>移除所选的导线对</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="242" />
            <source>New pair</source>
            <translation>新导线对</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="261" />
            <source>Stimulator device</source>
            <translation>电针仪</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="262" />
            <source>e.g. ITO ES-160</source>
            <translation>例如 ITO ES-160</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="265" />
            <source>Device</source>
            <translation>电针仪</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="268" />
            <location filename="../../ui/session/ea_panel.py" line="272" />
            <source>Waveform</source>
            <translation>波形</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="276" />
            <source>Frequency in hertz</source>
            <translation>频率（赫兹）</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="277" />
            <source>Frequency, %1–%2 Hz</source>
            <translation>频率，%1–%2 Hz</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="281" />
            <source>High frequency in hertz (dense-disperse)</source>
            <translation>高频频率（赫兹，疏密波）</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="282" />
            <source>High frequency of the dense-disperse pair</source>
            <translation>疏密波的高频频率</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="292" />
            <source>Frequency</source>
            <translation>频率</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="296" />
            <source>Pulse width in microseconds</source>
            <translation>脉宽（微秒）</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="298" />
            <source>Pulse width, %1–%2 µs</source>
            <translation>脉宽，%1–%2 µs</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="303" />
            <source>Pulse width</source>
            <translation>脉宽</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="307" />
            <source>Intensity in milliamperes</source>
            <translation>强度（毫安）</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="308" />
            <source>Intensity, %1–%2 mA</source>
            <translation>强度，%1–%2 mA</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="311" />
            <source>Intensity descriptor</source>
            <translation>强度描述</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="321" />
            <source>Intensity</source>
            <translation>强度</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="324" />
            <location filename="../../ui/session/ea_panel.py" line="329" />
            <source>Intensity note</source>
            <translation>强度备注</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="325" />
            <source>e.g. to tolerance, no muscle twitch</source>
            <translation>例如：以患者耐受为度，无肌肉抽动</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="332" />
            <location filename="../../ui/session/ea_panel.py" line="337" />
            <source>Polarity</source>
            <translation>极性</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="340" />
            <source>Stimulation start time</source>
            <translation>通电开始时间</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="346" />
            <location filename="../../ui/session/ea_panel.py" line="652" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="347" />
            <source>Start the stimulation timer now</source>
            <translation>现在开始通电计时</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="351" />
            <source>Stimulation duration in minutes</source>
            <translation>通电时长（分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="352" />
            <source>Duration, %1–%2 min</source>
            <translation>时长，%1–%2 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="357" />
            <source>for</source>
            <translation>持续</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="359" />
            <source>Started</source>
            <translation>已开始</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="362" />
            <source>Stimulation timer</source>
            <translation>通电计时器</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="366" />
            <source>Timer</source>
            <translation>计时器</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="371" />
            <source>EA message</source>
            <translation>电针提示</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="446" />
            <source>The session is signed: lead pairs cannot be changed</source>
            <translation>该治疗已签名：导线对不能更改</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="451" />
            <location filename="../../ui/session/ea_panel.py" line="704" />
            <location filename="../../ui/session/ea_panel.py" line="707" />
            <location filename="../../ui/session/ea_panel.py" line="716" />
            <source>lead pair</source>
            <translation>导线对</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="451" />
            <source>these two needles are already joined</source>
            <translation>这两根针已经连接</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="471" />
            <source>Join %1 and %2 (EA)</source>
            <translation>连接 %1 与 %2（电针）</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="496" />
            <source>Remove EA pair %1</source>
            <translation>移除电针导线对 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="577" />
            <source>EA %1: %2</source>
            <translation>电针 %1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="652" />
            <source>Restart</source>
            <translation>重新开始</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="704" />
            <source>choose two needles</source>
            <translation>请选择两根针</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="707" />
            <source>needs two different needles</source>
            <translation>需要两根不同的针</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="716" />
            <source>select exactly two needles on the diagram</source>
            <translation>请在人体图上正好选择两根针</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="766" />
            <source>device</source>
            <translation>电针仪</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="767" />
            <source>waveform</source>
            <translation>波形</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="768" />
            <source>frequency</source>
            <translation>频率</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="769" />
            <source>high frequency</source>
            <translation>高频频率</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="770" />
            <source>pulse width</source>
            <translation>脉宽</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="771" />
            <source>intensity</source>
            <translation>强度</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="772" />
            <source>intensity descriptor</source>
            <translation>强度描述</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="773" />
            <source>intensity note</source>
            <translation>强度备注</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="774" />
            <source>polarity</source>
            <translation>极性</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="775" />
            <source>start time</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="776" />
            <source>duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="783" />
            <source>Change EA %1</source>
            <translation>更改电针 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="846" />
            <source>EA refused</source>
            <translation>电针设置被拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="66" />
            <source>Continuous</source>
            <translation>连续波</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="67" />
            <source>Dense-disperse</source>
            <translation>疏密波</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="68" />
            <source>Intermittent</source>
            <translation>断续波</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="74" />
            <source>Sub-motor</source>
            <translation>运动阈下</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="75" />
            <source>Visible twitch</source>
            <translation>可见肌肉抽动</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="76" />
            <source>To tolerance</source>
            <translation>以耐受为度</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="81" />
            <source>Lead A positive</source>
            <translation>A 导线为正极</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="81" />
            <source>Lead B positive</source>
            <translation>B 导线为正极</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="81" />
            <source>Symmetric (biphasic)</source>
            <translation>对称（双相）</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="89" />
            <source>not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="93" />
            <source>running %1</source>
            <translation>进行中 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="97" />
            <source>done at %1</source>
            <translation>已于 %1 完成</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="98" />
            <source>%1 left</source>
            <translation>剩余 %1</translation>
        </message>
    </context>
    <context>
        <name>QtFlagBadges</name>
        <message>
            <location filename="../../ui/widgets/badges.py" line="63" />
            <source>Safety flags</source>
            <extracomment>Badge texts (prefixes of charting.patients.FLAG_LABELS) that are shown red.</extracomment>
            <translation>安全提示</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/badges.py" line="75" />
            <source>No safety flags</source>
            <translation>无安全提示</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/badges.py" line="86" />
            <source>Safety flag: %1</source>
            <translation>安全提示：%1</translation>
        </message>
    </context>
    <context>
        <name>QtIdleLock</name>
        <message>
            <location filename="../../ui/idle_lock.py" line="185" />
            <source>Locked after {minutes} minutes without input. Enter your password to continue.</source>
            <translation>已闲置 {minutes} 分钟，屏幕已锁定。请输入密码继续。</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="189" />
            <source>Log in to chart: every change you make is recorded under your name.</source>
            <translation>登录后开始记录：您所做的每一项修改都将以您的名义记录。</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="192" />
            <source>AcuChart</source>
            <translation>AcuChart</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="193" />
            <source>&amp;Log in</source>
            <translation>登录(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="194" />
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="211" />
            <source>wrong password</source>
            <translation>密码错误</translation>
        </message>
    </context>
    <context>
        <name>QtLockScreen</name>
        <message>
            <location filename="../../ui/idle_lock.py" line="74" />
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="83" />
            <source>AcuChart is locked</source>
            <translation>AcuChart 已锁定</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="88" />
            <source>Lock screen title</source>
            <translation>锁屏标题</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="91" />
            <source>Lock screen message</source>
            <translation>锁屏提示</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="93" />
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="96" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="97" />
            <source>Demo clinic: log in as demo / demo</source>
            <translation>演示诊所：以 demo / demo 登录</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="98" />
            <source>Demo login hint</source>
            <translation>演示登录提示</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="104" />
            <source>Unlock error</source>
            <translation>解锁错误</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="106" />
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="107" />
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="113" />
            <source>&amp;Username:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/idle_lock.py" line="114" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
    </context>
    <context>
        <name>QtLoginDialog</name>
        <message>
            <location filename="../../ui/dialogs/login.py" line="50" />
            <source>Log in to AcuChart</source>
            <translation>登录 AcuChart</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="51" />
            <location filename="../../ui/dialogs/login.py" line="101" />
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="56" />
            <source>Login instructions</source>
            <translation>登录说明</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="59" />
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="61" />
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="65" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="68" />
            <source>Repeat password</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="72" />
            <source>Nobody can log in to this clinic database yet. Create the first practitioner account: every change and signature will carry this name.</source>
            <translation>此诊所数据库尚无可登录的账户。请创建第一个医师账户：所有修改和签名都将记录此姓名。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="76" />
            <source>Full &amp;name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="78" />
            <source>Log in to chart: every change you make is recorded under your name.</source>
            <translation>登录后开始记录：您所做的每一项修改都将以您的名义记录。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="80" />
            <source>&amp;Username:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="81" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="83" />
            <source>&amp;Repeat password:</source>
            <translation>确认密码(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="87" />
            <source>Demo clinic: log in as demo / demo</source>
            <translation>演示诊所：以 demo / demo 登录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="88" />
            <source>Demo login hint</source>
            <translation>演示登录提示</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="95" />
            <source>Login error</source>
            <translation>登录错误</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="101" />
            <source>Create account and log in</source>
            <translation>创建账户并登录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="106" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="107" />
            <source>Quit AcuChart</source>
            <translation>退出 AcuChart</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login.py" line="132" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>QtMainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="55" />
            <location filename="../../ui/main_window.py" line="296" />
            <location filename="../../ui/main_window.py" line="308" />
            <location filename="../../ui/main_window.py" line="321" />
            <location filename="../../ui/main_window.py" line="404" />
            <source>AcuChart</source>
            <extracomment>F-keys for the diagram views, in the order charting.acupoints lists them. How long a passing status-bar message stays, in milliseconds.</extracomment>
            <translation>AcuChart</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="56" />
            <source>AcuChart main window</source>
            <translation>AcuChart 主窗口</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="60" />
            <source>Patients</source>
            <translation>患者</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="64" />
            <source>Choose a patient, then open a session or start a new one (Ctrl+Shift+N).</source>
            <translation>请选择患者，然后打开一次治疗记录或新建治疗（Ctrl+Shift+N）。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="96" />
            <source>Status bar</source>
            <translation>状态栏</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="99" />
            <source>Unsigned sessions</source>
            <translation>未签署的治疗</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="100" />
            <source>Sessions started more than a day ago that are not signed yet</source>
            <translation>开始于一天以前但尚未签署的治疗</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="104" />
            <source>Logged-in practitioner</source>
            <translation>已登录的医师</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="115" />
            <source>Logged in as %1</source>
            <translation>已登录：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="117" />
            <source>Nobody logged in</source>
            <translation>未登录</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="129" />
            <source>Unsigned (%1)</source>
            <translation>未签署（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="131" />
            <source>%1 sessions older than a day are not signed; open the list</source>
            <translation>有 %1 次一天以前的治疗尚未签署；打开列表</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="153" />
            <source>Menu bar</source>
            <translation>菜单栏</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="154" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="155" />
            <source>&amp;Export session PDF…</source>
            <translation>导出治疗 PDF(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="156" />
            <source>&amp;Print session…</source>
            <translation>打印治疗记录(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="159" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="162" />
            <source>&amp;Lock</source>
            <translation>锁定(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="163" />
            <source>Log &amp;out / switch user</source>
            <translation>注销 / 切换用户(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="165" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="167" />
            <source>&amp;Patient</source>
            <translation>患者(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <source>&amp;Find patient</source>
            <translation>查找患者(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="170" />
            <source>&amp;New patient…</source>
            <translation>新建患者(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="172" />
            <source>&amp;Edit patient…</source>
            <translation>编辑患者(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="174" />
            <source>New &amp;case…</source>
            <translation>新建疗程(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="175" />
            <source>Edit c&amp;ase…</source>
            <translation>编辑疗程(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="178" />
            <source>C&amp;ourse view…</source>
            <translation>疗程视图(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="180" />
            <source>E&amp;xport course PDF…</source>
            <translation>导出疗程 PDF(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="181" />
            <source>P&amp;rint course…</source>
            <translation>打印疗程(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="183" />
            <source>&amp;Session</source>
            <translation>治疗(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="186" />
            <source>&amp;New session</source>
            <translation>新建治疗(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="191" />
            <source>&amp;Repeat last session</source>
            <translation>重复上次治疗(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>&amp;Sign…</source>
            <translation>签署(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="195" />
            <source>Add a&amp;ddendum…</source>
            <translation>添加补充说明(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <source>&amp;Unsigned sessions…</source>
            <translation>未签署的治疗(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="202" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="203" />
            <source>&amp;Patients</source>
            <translation>患者(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="208" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="209" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="210" />
            <source>&amp;About AcuChart</source>
            <translation>关于 AcuChart(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="223" />
            <source>%1 view</source>
            <translation>%1视图</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="276" />
            <source>%1 — AcuChart</source>
            <translation>%1 — AcuChart</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="296" />
            <source>Open a session first.</source>
            <translation>请先打开一次治疗记录。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="308" />
            <source>PDF export is not available.</source>
            <translation>无法导出 PDF。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="312" />
            <location filename="../../ui/main_window.py" line="415" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="321" />
            <source>Printing is not available.</source>
            <translation>无法打印。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="331" />
            <source>This session is already signed.</source>
            <translation>该治疗已签署。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="348" />
            <source>Session signed. Corrections can be added as addenda.</source>
            <translation>治疗已签署。如需更正，可添加补充说明。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="356" />
            <source>Only signed sessions take addenda; edit this draft directly.</source>
            <translation>只有已签署的治疗才能添加补充说明；草稿请直接编辑。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="368" />
            <source>Addendum added.</source>
            <translation>已添加补充说明。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="387" />
            <location filename="../../ui/main_window.py" line="404" />
            <source>Choose a patient's case first.</source>
            <translation>请先选择患者的疗程。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="463" />
            <source>Logged in as %1; changes are recorded under this name.</source>
            <translation>已登录：%1；所有修改都将以此名义记录。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="488" />
            <source>find a patient</source>
            <translation>查找患者</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="489" />
            <source>new patient</source>
            <translation>新建患者</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="490" />
            <source>new session</source>
            <translation>新建治疗</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="491" />
            <source>type points (bl40, weizhong, 委中, GB30 BL40 l)</source>
            <translation>输入穴位（bl40、weizhong、委中、GB30 BL40 l）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="492" />
            <source>insert all planned needles</source>
            <translation>所有计划的针进针</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="493" />
            <source>remove all needles</source>
            <translation>全部出针</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="494" />
            <source>apply a protocol template</source>
            <translation>应用方案模板</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="495" />
            <source>undo / redo</source>
            <translation>撤销 / 重做</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="496" />
            <source>diagram views</source>
            <translation>人体图视图</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="497" />
            <source>sign the session</source>
            <translation>签署治疗记录</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="498" />
            <source>unsigned sessions</source>
            <translation>未签署的治疗</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="499" />
            <source>course of the case</source>
            <translation>本疗程的全部治疗</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="500" />
            <source>export / print the session</source>
            <translation>导出 / 打印治疗记录</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="501" />
            <source>lock the window</source>
            <translation>锁定窗口</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="506" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
    </context>
    <context>
        <name>QtNeedleTableModel</name>
        <message>
            <location filename="../../ui/session/needle_model.py" line="350" />
            <location filename="../../ui/session/needle_model.py" line="116" />
            <source>yes</source>
            <extracomment>(field, header) in column order. The needle's number (1..n, as on the diagram) is the vertical header, so a row keeps its cells when the rows above it go (Qt's model tester checks exactly that).</extracomment>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="351" />
            <location filename="../../ui/session/needle_model.py" line="116" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="237" />
            <source>Ashi: %1</source>
            <translation>阿是穴：%1</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="268" />
            <source>planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="268" />
            <source>inserted</source>
            <translation>已进针</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="268" />
            <source>removed</source>
            <translation>已出针</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="337" />
            <source>%1: allowed %2–%3 mm</source>
            <translation>%1：允许 %2–%3 毫米</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="342" />
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="55" />
            <source>Point</source>
            <extracomment>(field, header) in column order. The needle's number (1..n, as on the diagram) is the vertical header, so a row keeps its cells when the rows above it go (Qt's model tester checks exactly that).</extracomment>
            <translation>穴位</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="56" />
            <source>Side</source>
            <translation>侧</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="57" />
            <source>Gauge</source>
            <translation>针号</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="58" />
            <source>Length</source>
            <translation>针长</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="59" />
            <source>Depth</source>
            <translation>深度</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="60" />
            <source>Angle</source>
            <translation>角度</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="61" />
            <source>Technique</source>
            <translation>手法</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="62" />
            <source>De qi</source>
            <translation>得气</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="63" />
            <source>In</source>
            <translation>进针</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="64" />
            <source>Out</source>
            <translation>出针</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="65" />
            <source>Retention</source>
            <translation>留针</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="69" />
            <source>Needle gauge (diameter) in mm, 0.12–0.45</source>
            <translation>针号（直径），单位毫米，0.12–0.45</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="70" />
            <source>Needle length in mm, 7–125</source>
            <translation>针长，单位毫米，7–125</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="71" />
            <source>Insertion depth in mm, up to the needle's length</source>
            <translation>进针深度，单位毫米，不超过针长</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="72" />
            <source>Time the needle went in</source>
            <translation>进针时间</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="73" />
            <source>Time the needle came out</source>
            <translation>出针时间</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="74" />
            <source>Time in (live while the needle is in)</source>
            <translation>留针时间（留针期间实时更新）</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="79" />
            <source>perpendicular</source>
            <extracomment>The stored angle and technique values, shown through ``_tr`` (charting.vocabulary keeps the values; these marks let lupdate see them; a test checks they cover every value).</extracomment>
            <translation>直刺</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="80" />
            <source>oblique</source>
            <translation>斜刺</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="81" />
            <source>transverse</source>
            <translation>平刺</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="82" />
            <source>even</source>
            <translation>平补平泻</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="83" />
            <source>tonifying</source>
            <translation>补法</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="84" />
            <source>reducing</source>
            <translation>泻法</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="85" />
            <source>lifting-thrusting</source>
            <translation>提插</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="86" />
            <source>rotating</source>
            <translation>捻转</translation>
        </message>
        <message>
            <location filename="../../ui/session/needle_model.py" line="87" />
            <source>none</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>QtNotesPanel</name>
        <message>
            <location filename="../../ui/session/notes.py" line="27" />
            <source>&amp;Subjective</source>
            <extracomment>(field, label, multi-line) in tab order; labels are translated in the QtNotesPanel context.</extracomment>
            <translation>主诉(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="28" />
            <source>&amp;Tongue</source>
            <translation>舌象(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="29" />
            <source>P&amp;ulse</source>
            <translation>脉象(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="30" />
            <source>P&amp;lan</source>
            <translation>治疗计划(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="31" />
            <source>&amp;Co-interventions</source>
            <translation>同期其他治疗(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="32" />
            <source>&amp;Other notes</source>
            <translation>其他备注(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="33" />
            <source>Roo&amp;m</source>
            <translation>诊室(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="74" />
            <source>%1:</source>
            <translation>%1：</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="79" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="80" />
            <source>Planned retention</source>
            <translation>计划留针时间</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="81" />
            <source>Planned retention: %1–%2 min</source>
            <translation>计划留针时间：%1–%2 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="85" />
            <source>Planned &amp;retention:</source>
            <translation>计划留针时间(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="171" />
            <source>Not saved: see the message in the status bar</source>
            <translation>未保存：请查看状态栏中的提示</translation>
        </message>
    </context>
    <context>
        <name>QtOutcomeEntry</name>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="158" />
            <source>Outcome entry</source>
            <translation>疗效评估录入</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="163" />
            <source>Session status</source>
            <translation>治疗状态</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="173" />
            <source>Pain NRS (0–10): tap a score, tap again to clear</source>
            <translation>疼痛 NRS（0–10）：点击分数选择，再次点击清除</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="178" />
            <source>Back</source>
            <translation>腰背</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="178" />
            <source>Leg</source>
            <translation>腿</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="179" />
            <source>before</source>
            <translation>治疗前</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="179" />
            <source>after</source>
            <translation>治疗后</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="180" />
            <source>%1 pain %2</source>
            <translation>%2%1痛</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="190" />
            <source>Pain VAS and straight-leg raise</source>
            <translation>疼痛 VAS 与直腿抬高</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="192" />
            <source>Before</source>
            <translation>治疗前</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="193" />
            <source>After</source>
            <translation>治疗后</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="196" />
            <source>VAS (0–100 mm)</source>
            <translation>VAS（0–100 毫米）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="197" />
            <source>SLR left (0–90°)</source>
            <translation>左侧直腿抬高（0–90°）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="198" />
            <source>SLR right (0–90°)</source>
            <translation>右侧直腿抬高（0–90°）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="213" />
            <source>Questionnaires and other measures (scores only)</source>
            <translation>问卷与其他指标（仅记录分数）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="216" />
            <source>Recorded</source>
            <translation>记录时间点</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="218" />
            <source>before treatment</source>
            <translation>治疗前</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="219" />
            <source>after treatment</source>
            <translation>治疗后</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="220" />
            <source>Questionnaire timing</source>
            <translation>问卷时间点</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="227" />
            <source>ODI sections (0–5)</source>
            <translation>ODI 各部分（0–5）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="231" />
            <source>ODI section %1</source>
            <translation>ODI 第 %1 部分</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="231" />
            <source>n/a</source>
            <translation>未答</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="234" />
            <source>Section %1; n/a = not answered</source>
            <translation>第 %1 部分；“未答”表示未作答</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="241" />
            <source>ODI percentage</source>
            <translation>ODI 百分比</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="245" />
            <source>RMDQ (0–24)</source>
            <translation>RMDQ（0–24）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="246" />
            <source>RMDQ</source>
            <translation>RMDQ</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="250" />
            <source>PGIC (1 much better – 7 much worse)</source>
            <translation>PGIC（1 明显好转 – 7 明显加重）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="251" />
            <source>PGIC</source>
            <translation>PGIC</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="258" />
            <source>PSFS activity (named by the patient)</source>
            <translation>PSFS 活动（由患者指定）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="259" />
            <source>0–10</source>
            <translation>0–10</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="263" />
            <source>Activity %1</source>
            <translation>活动 %1</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="264" />
            <source>PSFS activity %1</source>
            <translation>PSFS 活动 %1</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="267" />
            <source>PSFS score %1</source>
            <translation>PSFS 评分 %1</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="273" />
            <source>PSFS score</source>
            <translation>PSFS 评分</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="280" />
            <source>Other measure (name)</source>
            <translation>其他指标（名称）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="281" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="285" />
            <source>e.g. Fingertip-to-floor cm</source>
            <translation>例如：指尖至地面距离（厘米）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="286" />
            <source>New measure name</source>
            <translation>新指标名称</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="288" />
            <source>New measure value</source>
            <translation>新指标数值</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="289" />
            <source>value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="290" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="291" />
            <source>Add measure</source>
            <translation>添加指标</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="297" />
            <source>Outcome error</source>
            <translation>疗效评估错误</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="318" />
            <source>Signed session: outcomes are read-only (add an addendum to correct).</source>
            <translation>已签名的治疗：疗效评估只读（如需更正请添加补充说明）。</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="354" />
            <source>This session is signed; outcomes cannot be changed.</source>
            <translation>该治疗已签名，疗效评估不能更改。</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="367" />
            <source>measure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="368" />
            <source>Change %1 (%2)</source>
            <translation>更改 %1（%2）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="421" />
            <source>ODI: –</source>
            <translation>ODI：–</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="425" />
            <source>ODI = %1 % (%2 of %3 on the sections answered)</source>
            <translation>ODI = %1 %（已答部分得分 %2 / %3）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="481" />
            <source>ODI = %1 % (percentage only, no section scores)</source>
            <translation>ODI = %1 %（仅百分比，无各部分得分）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="503" />
            <source>PSFS score (mean): %1</source>
            <translation>PSFS 评分（平均）：%1</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="535" />
            <source>%1 value</source>
            <translation>%1 数值</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="537" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="538" />
            <source>Remove %1</source>
            <translation>%1 出针</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/entry.py" line="446" />
            <source>measure value: is required (allowed range -1000–1000)</source>
            <translation>指标数值：必须填写（允许范围 -1000–1000）</translation>
        </message>
    </context>
    <context>
        <name>QtPatientBrowser</name>
        <message>
            <location filename="../../ui/patients/browser.py" line="54" />
            <source>Search name, chart number or birth date</source>
            <translation>按姓名、病历号或出生日期搜索</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="55" />
            <source>Patient search</source>
            <translation>患者搜索</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="61" />
            <source>Patient list</source>
            <translation>患者列表</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="75" />
            <source>&amp;New patient…</source>
            <translation>新建患者(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="75" />
            <source>New patient</source>
            <translation>新建患者</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="76" />
            <source>&amp;Edit patient…</source>
            <translation>编辑患者(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="76" />
            <source>Edit patient</source>
            <translation>编辑患者</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="80" />
            <source>Selected patient</source>
            <translation>所选患者</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="90" />
            <source>&amp;Cases</source>
            <translation>疗程(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="93" />
            <source>Cases</source>
            <translation>疗程</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="98" />
            <source>New c&amp;ase…</source>
            <translation>新建疗程(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="98" />
            <source>New case</source>
            <translation>新建疗程</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="99" />
            <source>Edit case…</source>
            <translation>编辑疗程…</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="99" />
            <source>Edit case</source>
            <translation>编辑疗程</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="100" />
            <source>C&amp;ourse…</source>
            <translation>疗程(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="100" />
            <source>Course of the case</source>
            <translation>疗程概览</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="103" />
            <source>&amp;Sessions</source>
            <translation>治疗记录(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="106" />
            <source>Sessions</source>
            <translation>治疗记录</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="110" />
            <location filename="../../ui/patients/browser.py" line="328" />
            <source>New session</source>
            <translation>新建治疗</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="111" />
            <source>Repeat last</source>
            <translation>重复上次</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="111" />
            <source>Repeat last session</source>
            <translation>重复上次治疗</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="188" />
            <source>No patient selected</source>
            <translation>未选择患者</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="206" />
            <source>All sessions</source>
            <translation>全部治疗记录</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="256" />
            <source>signed</source>
            <translation>已签名</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="256" />
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="257" />
            <source>%1 · %2 needles · %3</source>
            <translation>%1 · %2 针 · %3</translation>
        </message>
    </context>
    <context>
        <name>QtPatientDialog</name>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="138" />
            <source>New patient</source>
            <translation>新建患者</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="138" />
            <source>Edit patient</source>
            <translation>编辑患者</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="144" />
            <source>&amp;Chart number:</source>
            <translation>病历号(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="145" />
            <source>assigned automatically</source>
            <translation>自动分配</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="146" />
            <source>&amp;Family name:</source>
            <translation>姓(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="147" />
            <source>&amp;Given name:</source>
            <translation>名(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="148" />
            <source>&amp;Date of birth:</source>
            <translation>出生日期(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="149" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="150" />
            <source>&amp;Sex:</source>
            <translation>性别(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="154" />
            <source>&amp;Phone:</source>
            <translation>电话(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="155" />
            <source>&amp;Email:</source>
            <translation>电子邮件(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="156" />
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="160" />
            <source>Safety flags</source>
            <translation>安全提示</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="170" />
            <source>0–45</source>
            <translation>0–45</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="171" />
            <source>Pregnancy weeks</source>
            <translation>孕周</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="172" />
            <source>Pregnancy &amp;weeks:</source>
            <translation>孕周(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="177" />
            <source>Other safety notes</source>
            <translation>其他安全注意事项</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="178" />
            <source>e.g. warfarin, lymphoedema left arm</source>
            <translation>例如：服用华法林，左上肢淋巴水肿</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="179" />
            <source>&amp;Other:</source>
            <translation>其他(&amp;O)：</translation>
        </message>
    </context>
    <context>
        <name>QtPatientListModel</name>
        <message>
            <location filename="../../ui/patients/model.py" line="31" />
            <source>Chart</source>
            <translation>病历号</translation>
        </message>
        <message>
            <location filename="../../ui/patients/model.py" line="31" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/patients/model.py" line="31" />
            <source>Born</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location filename="../../ui/patients/model.py" line="31" />
            <source>Safety flags</source>
            <translation>安全提示</translation>
        </message>
        <message>
            <location filename="../../ui/patients/model.py" line="71" />
            <source>No safety flags</source>
            <translation>无安全提示</translation>
        </message>
    </context>
    <context>
        <name>QtPointEntry</name>
        <message>
            <location filename="../../ui/session/point_entry.py" line="81" />
            <source>Point entry</source>
            <translation>穴位输入</translation>
        </message>
        <message>
            <location filename="../../ui/session/point_entry.py" line="82" />
            <source>Type points: bl40, weizhong, 委中, GB30 BL40 l … then Enter</source>
            <translation>输入穴位：bl40、weizhong、委中、GB30 BL40 l …，然后按回车</translation>
        </message>
        <message>
            <location filename="../../ui/session/point_entry.py" line="84" />
            <source>Codes, pinyin, Chinese or English names; end with b, l or r for both, left or right (Ctrl+L)</source>
            <translation>可输入编码、拼音、中文或英文名称；末尾加 b、l 或 r 表示双侧、左侧或右侧（Ctrl+L）</translation>
        </message>
        <message>
            <location filename="../../ui/session/point_entry.py" line="94" />
            <source>Matching points</source>
            <translation>匹配的穴位</translation>
        </message>
    </context>
    <context>
        <name>QtRecordPanel</name>
        <message>
            <location filename="../../ui/session/record_panel.py" line="82" />
            <source>Clinical record</source>
            <translation>临床记录</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="90" />
            <source>Record error</source>
            <translation>记录错误</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="97" />
            <source>Informed consent</source>
            <translation>知情同意</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="99" />
            <source>Consents</source>
            <translation>知情同意</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="107" />
            <source>Consent date</source>
            <translation>同意日期</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="111" />
            <source>Acupuncture</source>
            <translation>针刺</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="112" />
            <source>Electroacupuncture</source>
            <translation>电针</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="113" />
            <source>Moxibustion</source>
            <translation>艾灸</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="114" />
            <source>Cupping</source>
            <translation>拔罐</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="117" />
            <source>Consent to %1</source>
            <translation>同意%1</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="122" />
            <source>This course only</source>
            <translation>仅限本疗程</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="123" />
            <source>Consent for this course only</source>
            <translation>仅对本疗程的知情同意</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="125" />
            <source>Consent notes</source>
            <translation>知情同意备注</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="126" />
            <source>e.g. information leaflet given, risks explained</source>
            <translation>例如：已发放说明资料，已解释风险</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="127" />
            <location filename="../../ui/session/record_panel.py" line="128" />
            <source>Record consent</source>
            <translation>记录知情同意</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="134" />
            <source>Withdrawal date</source>
            <translation>撤回日期</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="135" />
            <source>Withdraw selected</source>
            <translation>撤回所选</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="136" />
            <source>Withdraw selected consent</source>
            <translation>撤回所选的知情同意</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="140" />
            <source>Consented on</source>
            <translation>同意日期</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="141" />
            <source>To</source>
            <translation>同意范围</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="143" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="147" />
            <source>Withdrawn on</source>
            <translation>撤回日期</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="157" />
            <location filename="../../ui/session/record_panel.py" line="159" />
            <source>Adverse events</source>
            <translation>不良事件</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="163" />
            <source>Adverse event kind</source>
            <translation>不良事件类型</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="167" />
            <source>Adverse event severity</source>
            <translation>不良事件严重程度</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="174" />
            <source>Adverse event time</source>
            <translation>不良事件发生时间</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="176" />
            <location filename="../../ui/session/record_panel.py" line="194" />
            <source>Action taken</source>
            <translation>处理措施</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="177" />
            <source>e.g. needles removed, patient lying down</source>
            <translation>例如：已出针，患者平卧</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="179" />
            <location filename="../../ui/session/record_panel.py" line="195" />
            <source>Outcome</source>
            <translation>转归</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="180" />
            <source>e.g. recovered within 10 minutes</source>
            <translation>例如：10 分钟内恢复</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="181" />
            <source>Add event</source>
            <translation>添加事件</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="182" />
            <source>Add adverse event</source>
            <translation>添加不良事件</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="184" />
            <source>Remove selected</source>
            <translation>移除所选</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="185" />
            <source>Remove selected adverse event</source>
            <translation>移除所选的不良事件</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="193" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="207" />
            <source>Record completeness (STRICTA 2010)</source>
            <translation>记录完整性（STRICTA 2010）</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="210" />
            <source>Completeness summary</source>
            <translation>完整性摘要</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="213" />
            <source>Missing record items</source>
            <translation>缺失的记录项目</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="214" />
            <source>Press Enter or click an item to go to its field</source>
            <translation>按回车或单击项目可跳转到对应字段</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="248" />
            <source>acupuncture</source>
            <translation>针刺</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="249" />
            <source>electroacupuncture</source>
            <translation>电针</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="250" />
            <source>moxibustion</source>
            <translation>艾灸</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="251" />
            <source>cupping</source>
            <translation>拔罐</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="255" />
            <source>this course</source>
            <translation>本疗程</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="255" />
            <source>all courses</source>
            <translation>所有疗程</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="257" />
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2（%3）</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="263" />
            <source>by %1</source>
            <translation>由 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="265" />
            <source>withdrawn %1</source>
            <translation>已于 %1 撤回</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="272" />
            <source>No consent recorded for this patient.</source>
            <translation>该患者尚未记录知情同意。</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="288" />
            <source>No adverse events.</source>
            <translation>无不良事件。</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="302" />
            <source>✔ Complete: nothing missing.</source>
            <translation>✔ 完整：无缺失项目。</translation>
        </message>
        <message>
            <location filename="../../ui/session/record_panel.py" line="309" />
            <source>%1 item(s) missing — click one to go to its field:</source>
            <translation>缺失 %1 项 — 单击可跳转到对应字段：</translation>
        </message>
    </context>
    <context>
        <name>QtSafetyPanel</name>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="63" />
            <source>Safety</source>
            <extracomment>An open session is re-evaluated this often, so retention warnings appear while needles are in.</extracomment>
            <translation>安全</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="67" />
            <source>Safety summary</source>
            <translation>安全摘要</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="70" />
            <source>Safety findings</source>
            <translation>安全检查结果</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="72" />
            <source>Blocks first, then warnings; select warnings and press Acknowledge to give a reason</source>
            <translation>先列出禁止项，再列出警告；选择警告并按“确认”以填写理由</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="81" />
            <source>&amp;Acknowledge…</source>
            <translation>确认(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="82" />
            <source>Acknowledge selected warnings</source>
            <translation>确认所选警告</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="83" />
            <source>Give a reason for going ahead despite the selected warnings</source>
            <translation>填写在所选警告下仍继续操作的理由</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="89" />
            <source>Safety error</source>
            <translation>安全检查错误</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="147" />
            <source>BLOCK — %1: %2</source>
            <translation>禁止 — %1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="151" />
            <source>Acknowledged — %1: %2
Reason: %3</source>
            <translation>已确认 — %1：%2
理由：%3</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="158" />
            <source>Warning — %1: %2</source>
            <translation>警告 — %1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="169" />
            <source>Source: %1</source>
            <translation>来源：%1</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="175" />
            <source>No safety findings for this session.</source>
            <translation>本次治疗没有安全检查问题。</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="178" />
            <source>%1 block(s), %2 warning(s), %3 not yet acknowledged</source>
            <translation>%1 项禁止，%2 项警告，%3 项尚未确认</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="184" />
            <source>(signed: read-only)</source>
            <translation>（已签名：只读）</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="210" />
            <source>… and %1 more</source>
            <translation>… 另有 %1 项</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="213" />
            <source>Acknowledge safety warning</source>
            <translation>确认安全警告</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="214" />
            <source>Why is it right to go ahead?

%1

Reason (stored, audited and printed):</source>
            <translation>为什么可以继续？

%1

理由（将被保存、审计并打印）：</translation>
        </message>
        <message>
            <location filename="../../ui/session/safety_panel.py" line="232" />
            <source>reason: is required to acknowledge a safety warning</source>
            <translation>理由：确认安全警告时必须填写</translation>
        </message>
    </context>
    <context>
        <name>QtSaveTemplateDialog</name>
        <message>
            <location filename="../../ui/templates/dialog.py" line="294" />
            <source>Save as template</source>
            <translation>另存为模板</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="295" />
            <source>Save session as template</source>
            <translation>将治疗另存为模板</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="297" />
            <source>Template name</source>
            <translation>模板名称</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="300" />
            <source>Condition</source>
            <translation>适应病症</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="303" />
            <source>Notes and source</source>
            <translation>备注与出处</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="304" />
            <source>Where the protocol comes from, when to use it, what to adjust</source>
            <translation>方案的出处、适用情况以及需要调整之处</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="307" />
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="308" />
            <source>&amp;Condition</source>
            <translation>适应病症(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="309" />
            <source>N&amp;otes</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="312" />
            <source>Saves the points, sides, needle settings, EA pairs and planned retention (not times or lot numbers).</source>
            <translation>保存穴位、侧别、针具设置、电针导线对和计划留针时间（不保存时间和批号）。</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="321" />
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="324" />
            <source>Save template</source>
            <translation>保存模板</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="325" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>QtSessionEditor</name>
        <message>
            <location filename="../../ui/session/editor.py" line="104" />
            <source>Session editor</source>
            <extracomment>Needle settings remembered per practitioner and given to new needles. How long panel refreshes wait after a hot-path change (coalesces bursts).</extracomment>
            <translation>治疗编辑器</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="111" />
            <source>Retention alert</source>
            <translation>留针提醒</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="133" />
            <source>Point entry message</source>
            <translation>穴位输入提示</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="151" />
            <source>Needle table</source>
            <translation>针具列表</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="174" />
            <source>Insert selected</source>
            <translation>所选针进针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="175" />
            <source>Remove selected (out)</source>
            <translation>所选针出针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="176" />
            <source>Delete from chart</source>
            <translation>从记录中删除</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="182" />
            <source>Session panels</source>
            <translation>治疗面板</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="186" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="220" />
            <source>Session header</source>
            <translation>治疗信息栏</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="225" />
            <source>Patient</source>
            <translation>患者</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="232" />
            <source>Session timer</source>
            <translation>治疗计时器</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="233" />
            <source>Time since the first needle went in; planned retention after the slash</source>
            <translation>自第一根针进针以来的时间；斜线后为计划留针时间</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="241" />
            <source>Needle count</source>
            <translation>针数</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="247" />
            <source>Case and diagnosis</source>
            <translation>疗程与诊断</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="251" />
            <source>Planned needles</source>
            <translation>计划针数</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="253" />
            <location filename="../../ui/session/editor.py" line="294" />
            <source>&amp;Insert all</source>
            <translation>全部进针(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="253" />
            <location filename="../../ui/session/editor.py" line="722" />
            <source>Insert all</source>
            <translation>全部进针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="254" />
            <location filename="../../ui/session/editor.py" line="295" />
            <source>&amp;Remove all</source>
            <translation>全部出针(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="254" />
            <location filename="../../ui/session/editor.py" line="728" />
            <source>Remove all</source>
            <translation>全部出针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="255" />
            <source>&amp;End session</source>
            <translation>结束治疗(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="255" />
            <source>End session</source>
            <translation>结束治疗</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="256" />
            <source>Record every planned needle as inserted now (Ctrl+I)</source>
            <translation>将所有计划的针记录为现在进针（Ctrl+I）</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="257" />
            <source>Record every needle still in as removed now (Ctrl+R)</source>
            <translation>将所有仍在留针的针记录为现在出针（Ctrl+R）</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="282" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="284" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="296" />
            <source>&amp;End session…</source>
            <translation>结束治疗(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="297" />
            <source>Point &amp;entry</source>
            <translation>穴位输入(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="298" />
            <source>&amp;Delete needle</source>
            <translation>删除针具(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="299" />
            <source>Apply &amp;template…</source>
            <translation>应用模板(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="300" />
            <source>&amp;Save as template…</source>
            <translation>另存为模板(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="327" />
            <source>EA</source>
            <translation>电针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="329" />
            <source>Safety</source>
            <translation>安全</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="331" />
            <source>Outcomes</source>
            <translation>疗效评估</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="333" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="421" />
            <source>A panel could not show this session; see the log</source>
            <translation>某个面板无法显示本次治疗；请查看日志</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="452" />
            <source>born %1</source>
            <translation>出生于 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="456" />
            <source>no case</source>
            <translation>无疗程</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="457" />
            <source>signed</source>
            <translation>已签名</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="457" />
            <source>ended</source>
            <translation>已结束</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="457" />
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="459" />
            <source>%1 · session %2 · %3 · %4</source>
            <translation>%1 · %2 治疗 · %3 · %4</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="472" />
            <source>In %1 · Out %2</source>
            <translation>留针 %1 · 已出针 %2</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="474" />
            <source>%1 planned</source>
            <translation>计划 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="540" />
            <source>AcuChart</source>
            <translation>AcuChart</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="594" />
            <source>Place %1</source>
            <translation>放置 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="601" />
            <source>Place ashi %1</source>
            <translation>放置阿是穴 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="624" />
            <source>Enter %1</source>
            <translation>输入 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="641" />
            <source>Move %1</source>
            <translation>移动 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="662" />
            <source>Add other side of %1</source>
            <translation>添加 %1 的对侧</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="673" />
            <source>Side of %1</source>
            <translation>%1 的侧别</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="684" />
            <source>%1 of %2</source>
            <translation>%2 的 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="712" />
            <source>Delete %1</source>
            <translation>删除 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="720" />
            <source>No planned needles to insert</source>
            <translation>没有待进针的计划针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="726" />
            <source>No needles are in</source>
            <translation>当前没有留针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="734" />
            <source>Insert %1</source>
            <translation>%1 进针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="741" />
            <source>Remove %1</source>
            <translation>%1 出针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="756" />
            <source>Join %1 – %2</source>
            <translation>连接 %1 – %2</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="771" />
            <source>Needles still in</source>
            <translation>仍有针未出</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="772" />
            <source>%1 needle(s) are still in: %2.

End the session anyway? This is recorded on the session.</source>
            <translation>仍有 %1 根针未出：%2。

仍要结束治疗吗？此情况将记录在本次治疗中。</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="789" />
            <source>Session ended</source>
            <translation>治疗已结束</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="796" />
            <source>Apply template</source>
            <translation>应用模板</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="815" />
            <source>Saved template %1</source>
            <translation>已保存模板 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="823" />
            <source>Edit %1</source>
            <translation>编辑 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="921" />
            <source>Fill in: %1</source>
            <translation>请填写：%1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="936" />
            <source>Planned retention of %1 min reached: %2 needle(s) still in</source>
            <translation>已达到计划留针时间 %1 分钟：仍有 %2 根针未出</translation>
        </message>
        <message>
            <location filename="../../ui/session/commands.py" line="73" />
            <source>that needle is no longer charted in this session</source>
            <extracomment>Text edits of one field closer together than this merge into one undo step.</extracomment>
            <translation>该针已不在本次治疗的记录中</translation>
        </message>
    </context>
    <context>
        <name>QtSettingsDialog</name>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="107" />
            <location filename="../../ui/dialogs/settings.py" line="108" />
            <source>Settings</source>
            <extracomment>QSettings key: lock the window after this many idle minutes (per workstation; 0 = never). Allowed idle-lock minutes (0 = never lock, longest = a day), as ui.idle_lock reads them.</extracomment>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="112" />
            <source>Problem with a setting</source>
            <translation>设置有误</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="120" />
            <source>Settings pages</source>
            <translation>设置页面</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="121" />
            <source>&amp;Clinic</source>
            <translation>诊所(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="122" />
            <source>C&amp;harting</source>
            <translation>病历记录(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="123" />
            <source>&amp;Printing and backups</source>
            <translation>打印与备份(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="124" />
            <source>&amp;This workstation</source>
            <translation>本工作站(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="129" />
            <source>Save the settings</source>
            <translation>保存设置</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="130" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="189" />
            <source>Clinic name</source>
            <translation>诊所名称</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="191" />
            <source>Clinic address</source>
            <translation>诊所地址</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="195" />
            <source>Logo file</source>
            <translation>标志文件</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="196" />
            <source>None: a PNG or JPEG image printed on reports</source>
            <translation>无：打印在报告上的 PNG 或 JPEG 图片</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="197" />
            <location filename="../../ui/dialogs/settings.py" line="252" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="198" />
            <source>Choose the logo file</source>
            <translation>选择标志文件</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="201" />
            <source>Logo preview</source>
            <translation>标志预览</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="209" />
            <source>Clinic &amp;name:</source>
            <translation>诊所名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="210" />
            <source>A&amp;ddress:</source>
            <translation>地址(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="211" />
            <source>&amp;Logo:</source>
            <translation>标志(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="212" />
            <source>Shared by every workstation using this database.</source>
            <translation>使用此数据库的所有工作站共用这些设置。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="221" />
            <source>Default needle gauge in millimetres</source>
            <translation>默认针具直径（毫米）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="222" />
            <location filename="../../ui/dialogs/settings.py" line="227" />
            <source>mm</source>
            <translation>毫米</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="223" />
            <location filename="../../ui/dialogs/settings.py" line="228" />
            <source>allowed %1–%2 mm</source>
            <translation>允许 %1–%2 毫米</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="226" />
            <source>Default needle length in millimetres</source>
            <translation>默认针具长度（毫米）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="231" />
            <source>Planned retention in minutes</source>
            <translation>计划留针时间（分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="232" />
            <location filename="../../ui/dialogs/settings.py" line="279" />
            <source>min</source>
            <translation>分钟</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="233" />
            <source>allowed %1–%2 min</source>
            <translation>允许 %1–%2 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="235" />
            <source>Default needle &amp;gauge:</source>
            <translation>默认针具直径(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="236" />
            <source>Default needle &amp;length:</source>
            <translation>默认针具长度(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="237" />
            <source>Planned &amp;retention:</source>
            <translation>计划留针时间(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="238" />
            <source>Proposed for each new needle and session; every needle can still be changed.</source>
            <translation>用作每根新针和每次新治疗的默认值；每根针仍可单独修改。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="244" />
            <source>Paper size</source>
            <translation>纸张大小</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="247" />
            <source>Print suggested procedure codes on session summaries</source>
            <translation>在治疗摘要上打印建议的收费项目编码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="248" />
            <source>Billing block</source>
            <translation>收费栏</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="250" />
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="251" />
            <source>Next to the database</source>
            <translation>数据库所在的文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="253" />
            <location filename="../../ui/dialogs/settings.py" line="373" />
            <source>Choose the backup folder</source>
            <translation>选择备份文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="260" />
            <source>Number of backups kept</source>
            <translation>保留的备份数量</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="261" />
            <source>backups</source>
            <translation>份</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="262" />
            <source>allowed %1–%2; the oldest is deleted first</source>
            <translation>允许 %1–%2；超出时先删除最早的备份</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="264" />
            <source>&amp;Paper size:</source>
            <translation>纸张大小(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="265" />
            <source>&amp;Billing block:</source>
            <translation>收费栏(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="266" />
            <source>Backup &amp;folder:</source>
            <translation>备份文件夹(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="267" />
            <source>Backups &amp;kept:</source>
            <translation>保留备份(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="273" />
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="275" />
            <source>System language</source>
            <translation>跟随系统语言</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="278" />
            <source>Lock after this many idle minutes</source>
            <translation>闲置多少分钟后锁定</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="280" />
            <source>allowed %1–%2 min; 0 = never lock</source>
            <translation>允许 %1–%2 分钟；0 表示从不锁定</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="282" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="283" />
            <source>A new language applies the next time AcuChart starts.</source>
            <translation>新语言将在下次启动 AcuChart 时生效。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="284" />
            <source>Lock when &amp;idle for:</source>
            <translation>闲置锁定时间(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="285" />
            <source>These settings belong to this computer only.</source>
            <translation>这些设置只适用于本计算机。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="367" />
            <source>Choose the clinic logo</source>
            <translation>选择诊所标志</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="367" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>图片 (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>QtSignDialog</name>
        <message>
            <location filename="../../ui/dialogs/sign.py" line="50" />
            <location filename="../../ui/dialogs/sign.py" line="51" />
            <source>Sign session</source>
            <translation>签署治疗记录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign.py" line="58" />
            <source>&lt;b&gt;{patient}&lt;/b&gt; ({chart})&lt;br&gt;Session of {started} · needles: {needles} · EA lead pairs: {pairs}</source>
            <translation>&lt;b&gt;{patient}&lt;/b&gt;（{chart}）&lt;br&gt;{started} 的治疗 · 针数：{needles} · 电针导线对：{pairs}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign.py" line="68" />
            <source>Session to sign</source>
            <translation>待签署的治疗</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign.py" line="71" />
            <source>Once signed, the session cannot be changed. Corrections are added as dated addenda.</source>
            <translation>签署后治疗记录不能更改。更正须以注明日期的补充说明添加。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign.py" line="74" />
            <source>What signing means</source>
            <translation>签署的含义</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign.py" line="78" />
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign.py" line="82" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign.py" line="83" />
            <source>Signed by:</source>
            <translation>签署人：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign.py" line="84" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign.py" line="89" />
            <source>Why the session cannot be signed</source>
            <translation>无法签署的原因</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign.py" line="94" />
            <source>&amp;Sign</source>
            <translation>签署(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign.py" line="95" />
            <source>Sign the session</source>
            <translation>签署治疗记录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign.py" line="98" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>QtTemplatePicker</name>
        <message>
            <location filename="../../ui/templates/dialog.py" line="69" />
            <location filename="../../ui/templates/dialog.py" line="275" />
            <source>Apply a protocol template</source>
            <translation>应用方案模板</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="70" />
            <source>Protocol templates</source>
            <translation>方案模板</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="74" />
            <source>Filter by name, condition or point</source>
            <translation>按名称、病症或穴位筛选</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="75" />
            <source>Template filter</source>
            <translation>模板筛选</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="79" />
            <source>Template list</source>
            <translation>模板列表</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="86" />
            <source>Template details and source</source>
            <translation>模板详情与出处</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="104" />
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="108" />
            <source>&amp;Apply</source>
            <translation>应用(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="109" />
            <source>Apply template</source>
            <translation>应用模板</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="110" />
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="111" />
            <location filename="../../ui/templates/dialog.py" line="223" />
            <source>Delete template</source>
            <translation>删除模板</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="114" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="146" />
            <source>built in</source>
            <translation>内置</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="212" />
            <source>Choose a template first.</source>
            <translation>请先选择一个模板。</translation>
        </message>
        <message>
            <location filename="../../ui/templates/dialog.py" line="224" />
            <source>Delete the template “%1”? Sessions charted with it keep their needles.</source>
            <translation>删除模板“%1”？使用该模板记录的治疗将保留其针具记录。</translation>
        </message>
    </context>
    <context>
        <name>QtTrendChart</name>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="93" />
            <source>Outcome trend chart</source>
            <extracomment>Line colours per measure (colour-blind-safe Okabe–Ito palette, dark enough on white). Extra colours for PSFS activities and free measures, in turn.</extracomment>
            <translation>疗效趋势图</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="123" />
            <source>Pain NRS (0–10)</source>
            <translation>疼痛数字评分 NRS（0–10）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="125" />
            <source>Straight-leg raise (°)</source>
            <translation>直腿抬高（°）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="163" />
            <source> (clinically important improvement)</source>
            <translation>（具有临床意义的改善）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="165" />
            <source> (clinically important worsening)</source>
            <translation>（具有临床意义的加重）</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="246" />
            <location filename="../../ui/outcomes/trend_chart.py" line="257" />
            <source>No outcomes recorded in this case yet</source>
            <translation>本疗程尚未记录疗效评估</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="311" />
            <source>MCIC %1</source>
            <translation>MCIC %1</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="385" />
            <source>Session</source>
            <translation>治疗</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="386" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="438" />
            <source>● EA used   ○ no EA — widen the window to see the points of each session</source>
            <translation>● 使用电针   ○ 未用电针 — 加宽窗口可查看每次治疗的穴位</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="443" />
            <source>EA</source>
            <translation>电针</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="443" />
            <source>no EA</source>
            <translation>无电针</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="431" />
            <source>%1 needles</source>
            <translation>%1 针</translation>
        </message>
    </context>
    <context>
        <name>QtUnsignedSessionsDialog</name>
        <message>
            <location filename="../../ui/dialogs/unsigned.py" line="44" />
            <location filename="../../ui/dialogs/unsigned.py" line="45" />
            <source>Unsigned sessions</source>
            <extracomment>Drafts older than this are listed.</extracomment>
            <translation>未签署的治疗</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unsigned.py" line="47" />
            <source>Unsigned sessions summary</source>
            <translation>未签署治疗摘要</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unsigned.py" line="49" />
            <source>Unsigned sessions list</source>
            <translation>未签署治疗列表</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unsigned.py" line="51" />
            <source>Started</source>
            <translation>已开始</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unsigned.py" line="51" />
            <source>Patient</source>
            <translation>患者</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unsigned.py" line="51" />
            <source>Chart</source>
            <translation>病历号</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unsigned.py" line="51" />
            <source>Practitioner</source>
            <translation>医师</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unsigned.py" line="51" />
            <source>Needles</source>
            <translation>针数</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unsigned.py" line="63" />
            <source>&amp;Open session</source>
            <translation>打开治疗记录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unsigned.py" line="64" />
            <source>Open the selected session</source>
            <translation>打开所选的治疗记录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unsigned.py" line="65" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unsigned.py" line="66" />
            <source>Refresh the list</source>
            <translation>刷新列表</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unsigned.py" line="68" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/unsigned.py" line="100" />
            <source>%n session(s) started more than a day ago are not signed yet.</source>
            <translation>
                <numerusform>有 %n 次开始于一天以前的治疗尚未签署。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unsigned.py" line="105" />
            <source>Every session older than a day is signed.</source>
            <translation>一天以前的治疗均已签署。</translation>
        </message>
    </context>
    <context>
        <name>QtWelcomeDialog</name>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="84" />
            <location filename="../../ui/dialogs/welcome.py" line="85" />
            <source>Welcome to AcuChart</source>
            <extracomment>Height of the logo preview beside the file name, in pixels.</extracomment>
            <translation>欢迎使用 AcuChart</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="92" />
            <source>Set up your clinic and the first practitioner account. Everything here can be changed later under Settings.</source>
            <translation>请设置您的诊所和第一个医师账户。这里的所有内容以后都可以在“设置”中修改。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="101" />
            <source>Problem with the form</source>
            <translation>表单有误</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="109" />
            <source>Clinic</source>
            <translation>诊所</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="112" />
            <source>Clinic name</source>
            <translation>诊所名称</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="113" />
            <source>Printed at the top of every record</source>
            <translation>打印在每份记录的顶部</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="115" />
            <source>Clinic address</source>
            <translation>诊所地址</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="119" />
            <source>Logo file</source>
            <translation>标志文件</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="120" />
            <source>Optional: a PNG or JPEG image</source>
            <translation>可选：PNG 或 JPEG 图片</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="121" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="122" />
            <source>Choose the logo file</source>
            <translation>选择标志文件</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="124" />
            <source>Logo preview</source>
            <translation>标志预览</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="131" />
            <source>Clinic &amp;name:</source>
            <translation>诊所名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="132" />
            <source>A&amp;ddress:</source>
            <translation>地址(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="133" />
            <source>&amp;Logo:</source>
            <translation>标志(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="136" />
            <source>First practitioner account</source>
            <translation>第一个医师账户</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="139" />
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="140" />
            <source>As printed on signed records</source>
            <translation>与签名记录上打印的一致</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="142" />
            <source>Credentials</source>
            <translation>资格头衔</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="143" />
            <source>e.g. L.Ac., MSc (Acupuncture)</source>
            <translation>例如：执业针灸师，针灸学硕士</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="145" />
            <source>Licence number</source>
            <translation>执业证号</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="147" />
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="148" />
            <source>Used to log in; no spaces</source>
            <translation>用于登录；不能包含空格</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="150" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/welcome.py" line="152" />
            <source>At least %n characters</source>
            <translation>
                <numerusform>至少 %n 个字符</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="154" />
            <source>Password again</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="156" />
            <source>Full na&amp;me:</source>
            <translation>姓名(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="157" />
            <source>C&amp;redentials:</source>
            <translation>资格头衔(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="158" />
            <source>Li&amp;cence number:</source>
            <translation>执业证号(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="159" />
            <source>&amp;Username:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="160" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="161" />
            <source>Password a&amp;gain:</source>
            <translation>确认密码(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="164" />
            <source>Just looking?</source>
            <translation>只是看看？</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="168" />
            <source>Load the demo clinic: six patients and a course of electroacupuncture for sciatica. Log in as &lt;b&gt;demo&lt;/b&gt; with the password &lt;b&gt;demo&lt;/b&gt;.</source>
            <translation>载入演示诊所：六位患者，以及一个电针治疗坐骨神经痛的疗程。使用用户名 &lt;b&gt;demo&lt;/b&gt; 和密码 &lt;b&gt;demo&lt;/b&gt; 登录。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="175" />
            <source>Load the &amp;demo clinic</source>
            <translation>载入演示诊所(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="176" />
            <source>Load the demo clinic</source>
            <translation>载入演示诊所</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="182" />
            <source>&amp;Create account</source>
            <translation>创建账户(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="184" />
            <source>Create the account and start</source>
            <translation>创建账户并开始使用</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="187" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="224" />
            <source>Choose the clinic logo</source>
            <translation>选择诊所标志</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="224" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>图片 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="270" />
            <source>full name: is required (it is printed on signed records)</source>
            <translation>姓名：必须填写（将打印在签名记录上）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="273" />
            <source>username: is required (it is used to log in)</source>
            <translation>用户名：必须填写（用于登录）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="277" />
            <source>password again: the two passwords differ; type the same password in both fields</source>
            <translation>确认密码：两次输入的密码不一致；请在两个字段中输入相同的密码</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="83" />
            <source>Error</source>
            <extracomment>Common ICD-10 (WHO 2019 edition) codes for the complaints acupuncturists chart most; the combo stays editable for any other code.</extracomment>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="92" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="93" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
</TS>
