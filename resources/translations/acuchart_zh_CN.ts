<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <name>QtAboutDialog</name>
        <message>
            <location filename="../../ui/dialogs/about.py" line="151" />
            <location filename="../../ui/dialogs/about.py" line="152" />
            <source>About AcuChart</source>
            <extracomment>The libraries in the wheel's dependencies and in the bundle (licences as their projects publish them).</extracomment>
            <translation>关于 AcuChart</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="155" />
            <source>AcuChart icon</source>
            <translation>AcuChart 图标</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="165" />
            <source>Charting for acupuncture and electroacupuncture.</source>
            <translation>针灸与电针治疗记录软件。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="168" />
            <source>AcuChart is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with ABSOLUTELY NO WARRANTY.</source>
            <translation>AcuChart 是自由软件：您可以依据 GNU 通用公共许可证第 3 版或（由您选择）任何更新版本（%1）的条款再发布和/或修改本软件。本软件不提供任何担保。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="175" />
            <source>Version and licence</source>
            <translation>版本与许可证</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="181" />
            <source>Licences of fonts and libraries</source>
            <translation>字体与程序库的许可证</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="187" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="188" />
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="189" />
            <source>About Qt</source>
            <translation>关于 Qt</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="213" />
            <source>Libraries</source>
            <translation>程序库</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="214" />
            <source>Library</source>
            <translation>程序库</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="214" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="214" />
            <source>Licence</source>
            <translation>许可证</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="215" />
            <source>Qt and psycopg are used under the LGPL: you may replace them with your own builds.</source>
            <translation>Qt 与 psycopg 依据 LGPL 使用：您可以用自行构建的版本替换它们。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="216" />
            <source>Fonts</source>
            <translation>字体</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="217" />
            <source>No fonts are bundled; the system fonts are used.</source>
            <translation>未附带字体，使用系统字体。</translation>
        </message>
    </context>
    <context>
        <name>QtCaseDialog</name>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="245" />
            <source>New case</source>
            <translation>新建疗程</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="245" />
            <source>Edit case</source>
            <translation>编辑疗程</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="255" />
            <source>Chief &amp;complaint:</source>
            <translation>主诉(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="256" />
            <source>&amp;ICD-10 code:</source>
            <translation>ICD-10 编码(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="263" />
            <source>&amp;Diagnosis:</source>
            <translation>诊断(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="264" />
            <source>&amp;TCM pattern:</source>
            <translation>中医证型(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="265" />
            <source>&amp;Onset date:</source>
            <translation>发病日期(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="266" />
            <source>&amp;Start date:</source>
            <translation>开始日期(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="267" />
            <source>&amp;End date:</source>
            <translation>结束日期(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="269" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="273" />
            <source>&amp;Goal:</source>
            <translation>治疗目标(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="274" />
            <source>Acupuncture st&amp;yle:</source>
            <translation>针刺流派(&amp;Y)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="275" />
            <location filename="../../ui/patients/dialogs.py" line="288" />
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="278" />
            <source>&amp;Rationale:</source>
            <translation>治疗依据(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="280" />
            <source>Re&amp;ferences:</source>
            <translation>参考文献(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="286" />
            <source>Individualisatio&amp;n:</source>
            <translation>个体化程度(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="291" />
            <source>&amp;Planned sessions:</source>
            <translation>计划治疗次数(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="294" />
            <source>Sessions per &amp;week:</source>
            <translation>每周治疗次数(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="297" />
            <source>Session &amp;minutes:</source>
            <translation>每次时长（分钟）(&amp;M)：</translation>
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
            <location filename="../../ui/diagram/panel.py" line="79" />
            <source>Zoom out (−)</source>
            <translation>缩小（−）</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="79" />
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="80" />
            <source>Zoom in (+)</source>
            <translation>放大（+）</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="80" />
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="81" />
            <source>Fit</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="81" />
            <source>Fit the whole view (0)</source>
            <translation>显示整个视图（0）</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="81" />
            <source>Fit to window</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/panel.py" line="96" />
            <source>EA lead pair</source>
            <translation>电针导线对</translation>
        </message>
    </context>
    <context>
        <name>QtDiagramView</name>
        <message>
            <location filename="../../ui/diagram/view.py" line="106" />
            <source>Body diagram</source>
            <translation>人体图</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="109" />
            <source>Click near a point to chart it, elsewhere on the body for a free spot. Plus and minus zoom, 0 fits; ] and [ select the next or previous needle; the Menu key opens the needle's menu; Delete removes it.</source>
            <translation>在穴位附近单击即可记录该穴位，在身体其他位置单击则记录阿是穴。加号和减号缩放，0 适应窗口；] 和 [ 选择下一根或上一根针；菜单键打开该针的菜单；Delete 键删除该针。</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="283" />
            <source>left</source>
            <translation>左</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="283" />
            <source>right</source>
            <translation>右</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="490" />
            <source>Needle menu</source>
            <translation>针具菜单</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="500" />
            <source>Left side</source>
            <translation>左侧</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="500" />
            <source>Right side</source>
            <translation>右侧</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="502" />
            <source>Both sides</source>
            <translation>双侧</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="513" />
            <source>Edit needle…</source>
            <translation>编辑针具…</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="517" />
            <source>Remove needle</source>
            <translation>移除针具</translation>
        </message>
        <message>
            <location filename="../../ui/diagram/view.py" line="523" />
            <source>Signed session: read-only</source>
            <translation>已签名的治疗：只读</translation>
        </message>
    </context>
    <context>
        <name>QtEAPanel</name>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="205" />
            <location filename="../../ui/session/ea_panel.py" line="817" />
            <source>Electroacupuncture</source>
            <translation>电针</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="210" />
            <source>EA lead pairs</source>
            <translation>电针导线对</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="217" />
            <source>First needle of the new pair</source>
            <translation>新导线对的第一根针</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="219" />
            <source>Second needle of the new pair</source>
            <translation>新导线对的第二根针</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="223" />
            <source>Join</source>
            <translation>连接</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="224" />
            <source>Join the two needles as a lead pair</source>
            <translation>将这两根针连接为一对导线</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="226" />
            <source>Join selected</source>
            <translation>连接所选</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="227" />
            <source>Join the two needles selected on the diagram</source>
            <translation>连接人体图上选中的两根针</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="229" />
            <source>Remove pair</source>
            <translation>移除导线对</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="230" />
            <source>Remove the chosen lead pair</source>
            <translation>移除所选的导线对</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="246" />
            <source>Stimulator device</source>
            <translation>电针仪</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="247" />
            <source>e.g. ITO ES-160</source>
            <translation>例如 ITO ES-160</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="250" />
            <source>Device</source>
            <translation>电针仪</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="253" />
            <location filename="../../ui/session/ea_panel.py" line="257" />
            <source>Waveform</source>
            <translation>波形</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="261" />
            <source>Frequency in hertz</source>
            <translation>频率（赫兹）</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="262" />
            <source>Frequency, %1–%2 Hz</source>
            <translation>频率，%1–%2 Hz</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="266" />
            <source>High frequency in hertz (dense-disperse)</source>
            <translation>高频频率（赫兹，疏密波）</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="267" />
            <source>High frequency of the dense-disperse pair</source>
            <translation>疏密波的高频频率</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="277" />
            <source>Frequency</source>
            <translation>频率</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="281" />
            <source>Pulse width in microseconds</source>
            <translation>脉宽（微秒）</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="283" />
            <source>Pulse width, %1–%2 µs</source>
            <translation>脉宽，%1–%2 µs</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="288" />
            <source>Pulse width</source>
            <translation>脉宽</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="292" />
            <source>Intensity in milliamperes</source>
            <translation>强度（毫安）</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="293" />
            <source>Intensity, %1–%2 mA</source>
            <translation>强度，%1–%2 mA</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="296" />
            <source>Intensity descriptor</source>
            <translation>强度描述</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="306" />
            <source>Intensity</source>
            <translation>强度</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="309" />
            <location filename="../../ui/session/ea_panel.py" line="314" />
            <source>Intensity note</source>
            <translation>强度备注</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="310" />
            <source>e.g. to tolerance, no muscle twitch</source>
            <translation>例如：以患者耐受为度，无肌肉抽动</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="317" />
            <location filename="../../ui/session/ea_panel.py" line="322" />
            <source>Polarity</source>
            <translation>极性</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="325" />
            <source>Stimulation start time</source>
            <translation>通电开始时间</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="331" />
            <location filename="../../ui/session/ea_panel.py" line="627" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="332" />
            <source>Start the stimulation timer now</source>
            <translation>现在开始通电计时</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="336" />
            <source>Stimulation duration in minutes</source>
            <translation>通电时长（分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="337" />
            <source>Duration, %1–%2 min</source>
            <translation>时长，%1–%2 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="342" />
            <source>for</source>
            <translation>持续</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="344" />
            <source>Started</source>
            <translation>已开始</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="347" />
            <source>Stimulation timer</source>
            <translation>通电计时器</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="351" />
            <source>Timer</source>
            <translation>计时器</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="356" />
            <source>EA message</source>
            <translation>电针提示</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="421" />
            <source>The session is signed: lead pairs cannot be changed</source>
            <translation>该治疗已签名：导线对不能更改</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="426" />
            <location filename="../../ui/session/ea_panel.py" line="679" />
            <location filename="../../ui/session/ea_panel.py" line="682" />
            <location filename="../../ui/session/ea_panel.py" line="691" />
            <source>lead pair</source>
            <translation>导线对</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="426" />
            <source>these two needles are already joined</source>
            <translation>这两根针已经连接</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="446" />
            <source>Join %1 and %2 (EA)</source>
            <translation>连接 %1 与 %2（电针）</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="471" />
            <source>Remove EA pair %1</source>
            <translation>移除电针导线对 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="627" />
            <source>Restart</source>
            <translation>重新开始</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="679" />
            <source>choose two needles</source>
            <translation>请选择两根针</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="682" />
            <source>needs two different needles</source>
            <translation>需要两根不同的针</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="691" />
            <source>select exactly two needles on the diagram</source>
            <translation>请在人体图上正好选择两根针</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="741" />
            <source>device</source>
            <translation>电针仪</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="742" />
            <source>waveform</source>
            <translation>波形</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="743" />
            <source>frequency</source>
            <translation>频率</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="744" />
            <source>high frequency</source>
            <translation>高频频率</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="745" />
            <source>pulse width</source>
            <translation>脉宽</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="746" />
            <source>intensity</source>
            <translation>强度</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="747" />
            <source>intensity descriptor</source>
            <translation>强度描述</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="748" />
            <source>intensity note</source>
            <translation>强度备注</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="749" />
            <source>polarity</source>
            <translation>极性</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="750" />
            <source>start time</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="751" />
            <source>duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="758" />
            <source>Change EA %1</source>
            <translation>更改电针 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/ea_panel.py" line="818" />
            <source>EA refused</source>
            <translation>电针设置被拒绝</translation>
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
            <location filename="../../ui/widgets/badges.py" line="74" />
            <source>No safety flags</source>
            <translation>无安全提示</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/badges.py" line="85" />
            <source>Safety flag: %1</source>
            <translation>安全提示：%1</translation>
        </message>
    </context>
    <context>
        <name>QtNotesPanel</name>
        <message>
            <location filename="../../ui/session/notes.py" line="70" />
            <source> min</source>
            <extracomment>(field, label, multi-line) in tab order.</extracomment>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="71" />
            <source>Planned retention</source>
            <translation>计划留针时间</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="72" />
            <source>Planned retention: %1–%2 min</source>
            <translation>计划留针时间：%1–%2 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="76" />
            <source>Planned &amp;retention:</source>
            <translation>计划留针时间(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/session/notes.py" line="157" />
            <source>Not saved: see the message in the status bar</source>
            <translation>未保存：请查看状态栏中的提示</translation>
        </message>
    </context>
    <context>
        <name>QtPatientBrowser</name>
        <message>
            <location filename="../../ui/patients/browser.py" line="51" />
            <source>Search name, chart number or birth date</source>
            <translation>按姓名、病历号或出生日期搜索</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="52" />
            <source>Patient search</source>
            <translation>患者搜索</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="58" />
            <source>Patient list</source>
            <translation>患者列表</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="72" />
            <source>&amp;New patient…</source>
            <translation>新建患者(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="72" />
            <source>New patient</source>
            <translation>新建患者</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="73" />
            <source>&amp;Edit patient…</source>
            <translation>编辑患者(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="73" />
            <source>Edit patient</source>
            <translation>编辑患者</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="77" />
            <source>Selected patient</source>
            <translation>所选患者</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="87" />
            <source>&amp;Cases</source>
            <translation>疗程(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="90" />
            <source>Cases</source>
            <translation>疗程</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="94" />
            <source>New c&amp;ase…</source>
            <translation>新建疗程(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="94" />
            <source>New case</source>
            <translation>新建疗程</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="95" />
            <source>Edit case…</source>
            <translation>编辑疗程…</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="95" />
            <source>Edit case</source>
            <translation>编辑疗程</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="98" />
            <source>&amp;Sessions</source>
            <translation>治疗记录(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="101" />
            <source>Sessions</source>
            <translation>治疗记录</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="105" />
            <location filename="../../ui/patients/browser.py" line="305" />
            <source>New session</source>
            <translation>新建治疗</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="106" />
            <source>Repeat last</source>
            <translation>重复上次</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="106" />
            <source>Repeat last session</source>
            <translation>重复上次治疗</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="182" />
            <source>No patient selected</source>
            <translation>未选择患者</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="199" />
            <source>All sessions</source>
            <translation>全部治疗记录</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="233" />
            <source>signed</source>
            <translation>已签名</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="233" />
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../ui/patients/browser.py" line="234" />
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
            <location filename="../../ui/patients/dialogs.py" line="153" />
            <source>&amp;Phone:</source>
            <translation>电话(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="154" />
            <source>&amp;Email:</source>
            <translation>电子邮件(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="155" />
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="159" />
            <source>Safety flags</source>
            <translation>安全提示</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="169" />
            <source>0–45</source>
            <translation>0–45</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="170" />
            <source>Pregnancy weeks</source>
            <translation>孕周</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="171" />
            <source>Pregnancy &amp;weeks:</source>
            <translation>孕周(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="176" />
            <source>Other safety notes</source>
            <translation>其他安全注意事项</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="177" />
            <source>e.g. warfarin, lymphoedema left arm</source>
            <translation>例如：服用华法林，左上肢淋巴水肿</translation>
        </message>
        <message>
            <location filename="../../ui/patients/dialogs.py" line="178" />
            <source>&amp;Other:</source>
            <translation>其他(&amp;O)：</translation>
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
        <name>QtSessionEditor</name>
        <message>
            <location filename="../../ui/session/editor.py" line="100" />
            <source>Session editor</source>
            <extracomment>Needle settings remembered per practitioner and given to new needles. How long panel refreshes wait after a hot-path change (coalesces bursts).</extracomment>
            <translation>治疗编辑器</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="107" />
            <source>Retention alert</source>
            <translation>留针提醒</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="128" />
            <source>Point entry message</source>
            <translation>穴位输入提示</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="146" />
            <source>Needle table</source>
            <translation>针具列表</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="163" />
            <source>Insert selected</source>
            <translation>所选针进针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="164" />
            <source>Remove selected (out)</source>
            <translation>所选针出针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="165" />
            <source>Delete from chart</source>
            <translation>从记录中删除</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="171" />
            <source>Session panels</source>
            <translation>治疗面板</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="174" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="206" />
            <source>Session header</source>
            <translation>治疗信息栏</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="211" />
            <source>Patient</source>
            <translation>患者</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="218" />
            <source>Session timer</source>
            <translation>治疗计时器</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="219" />
            <source>Time since the first needle went in; planned retention after the slash</source>
            <translation>自第一根针进针以来的时间；斜线后为计划留针时间</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="224" />
            <source>Needle count</source>
            <translation>针数</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="230" />
            <source>Case and diagnosis</source>
            <translation>疗程与诊断</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="233" />
            <location filename="../../ui/session/editor.py" line="274" />
            <source>&amp;Insert all</source>
            <translation>全部进针(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="233" />
            <location filename="../../ui/session/editor.py" line="646" />
            <source>Insert all</source>
            <translation>全部进针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="234" />
            <location filename="../../ui/session/editor.py" line="275" />
            <source>&amp;Remove all</source>
            <translation>全部出针(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="234" />
            <location filename="../../ui/session/editor.py" line="652" />
            <source>Remove all</source>
            <translation>全部出针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="235" />
            <source>&amp;End session</source>
            <translation>结束治疗(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="235" />
            <source>End session</source>
            <translation>结束治疗</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="236" />
            <source>Record every planned needle as inserted now (Ctrl+I)</source>
            <translation>将所有计划的针记录为现在进针（Ctrl+I）</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="237" />
            <source>Record every needle still in as removed now (Ctrl+R)</source>
            <translation>将所有仍在留针的针记录为现在出针（Ctrl+R）</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="262" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="264" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="276" />
            <source>&amp;End session…</source>
            <translation>结束治疗(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="277" />
            <source>Point &amp;entry</source>
            <translation>穴位输入(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="278" />
            <source>&amp;Delete needle</source>
            <translation>删除针具(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="380" />
            <source>no case</source>
            <translation>无疗程</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="381" />
            <source>signed</source>
            <translation>已签名</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="381" />
            <source>ended</source>
            <translation>已结束</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="381" />
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="383" />
            <source>%1 · session %2 · %3 · %4</source>
            <translation>%1 · 第 %2 次治疗 · %3 · %4</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="396" />
            <source>In %1 · Out %2</source>
            <translation>留针 %1 · 已出针 %2</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="398" />
            <source> · Planned %1</source>
            <translation> · 计划 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="464" />
            <source>AcuChart</source>
            <translation>AcuChart</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="518" />
            <source>Place %1</source>
            <translation>放置 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="525" />
            <source>Place ashi %1</source>
            <translation>放置阿是穴 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="548" />
            <source>Enter %1</source>
            <translation>输入 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="565" />
            <source>Move %1</source>
            <translation>移动 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="586" />
            <source>Add other side of %1</source>
            <translation>添加 %1 的对侧</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="597" />
            <source>Side of %1</source>
            <translation>%1 的侧别</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="608" />
            <source>%1 of %2</source>
            <translation>%2 的 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="636" />
            <source>Delete %1</source>
            <translation>删除 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="644" />
            <source>No planned needles to insert</source>
            <translation>没有待进针的计划针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="650" />
            <source>No needles are in</source>
            <translation>当前没有留针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="658" />
            <source>Insert %1</source>
            <translation>%1 进针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="665" />
            <source>Remove %1</source>
            <translation>%1 出针</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="680" />
            <source>Join %1 – %2</source>
            <translation>连接 %1 – %2</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="695" />
            <source>Needles still in</source>
            <translation>仍有针未出</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="696" />
            <source>%1 needle(s) are still in: %2.

End the session anyway? This is recorded on the session.</source>
            <translation>仍有 %1 根针未出：%2。

仍要结束治疗吗？此情况将记录在本次治疗中。</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="713" />
            <source>Session ended</source>
            <translation>治疗已结束</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="722" />
            <source>Edit %1</source>
            <translation>编辑 %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="803" />
            <source>Fill in: %1</source>
            <translation>请填写：%1</translation>
        </message>
        <message>
            <location filename="../../ui/session/editor.py" line="818" />
            <source>Planned retention of %1 min reached: %2 needle(s) still in</source>
            <translation>已达到计划留针时间 %1 分钟：仍有 %2 根针未出</translation>
        </message>
    </context>
    <context>
        <name>QtSettingsDialog</name>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="105" />
            <location filename="../../ui/dialogs/settings.py" line="106" />
            <source>Settings</source>
            <extracomment>QSettings key: lock the window after this many idle minutes (per workstation). Allowed idle-lock minutes (shortest, longest).</extracomment>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="110" />
            <source>Problem with a setting</source>
            <translation>设置有误</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="118" />
            <source>Settings pages</source>
            <translation>设置页面</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="119" />
            <source>&amp;Clinic</source>
            <translation>诊所(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="120" />
            <source>C&amp;harting</source>
            <translation>病历记录(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="121" />
            <source>&amp;Printing and backups</source>
            <translation>打印与备份(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="122" />
            <source>&amp;This workstation</source>
            <translation>本工作站(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="127" />
            <source>Save the settings</source>
            <translation>保存设置</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="128" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="187" />
            <source>Clinic name</source>
            <translation>诊所名称</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="189" />
            <source>Clinic address</source>
            <translation>诊所地址</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="193" />
            <source>Logo file</source>
            <translation>标志文件</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="194" />
            <source>None: a PNG or JPEG image printed on reports</source>
            <translation>无：打印在报告上的 PNG 或 JPEG 图片</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="195" />
            <location filename="../../ui/dialogs/settings.py" line="250" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="196" />
            <source>Choose the logo file</source>
            <translation>选择标志文件</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="199" />
            <source>Logo preview</source>
            <translation>标志预览</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="207" />
            <source>Clinic &amp;name:</source>
            <translation>诊所名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="208" />
            <source>A&amp;ddress:</source>
            <translation>地址(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="209" />
            <source>&amp;Logo:</source>
            <translation>标志(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="210" />
            <source>Shared by every workstation using this database.</source>
            <translation>使用此数据库的所有工作站共用这些设置。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="219" />
            <source>Default needle gauge in millimetres</source>
            <translation>默认针具直径（毫米）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="220" />
            <location filename="../../ui/dialogs/settings.py" line="225" />
            <source>mm</source>
            <translation>毫米</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="221" />
            <location filename="../../ui/dialogs/settings.py" line="226" />
            <source>allowed %1–%2 mm</source>
            <translation>允许 %1–%2 毫米</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="224" />
            <source>Default needle length in millimetres</source>
            <translation>默认针具长度（毫米）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="229" />
            <source>Planned retention in minutes</source>
            <translation>计划留针时间（分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="230" />
            <location filename="../../ui/dialogs/settings.py" line="277" />
            <source>min</source>
            <translation>分钟</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="231" />
            <location filename="../../ui/dialogs/settings.py" line="278" />
            <source>allowed %1–%2 min</source>
            <translation>允许 %1–%2 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="233" />
            <source>Default needle &amp;gauge:</source>
            <translation>默认针具直径(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="234" />
            <source>Default needle &amp;length:</source>
            <translation>默认针具长度(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="235" />
            <source>Planned &amp;retention:</source>
            <translation>计划留针时间(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="236" />
            <source>Proposed for each new needle and session; every needle can still be changed.</source>
            <translation>用作每根新针和每次新治疗的默认值；每根针仍可单独修改。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="242" />
            <source>Paper size</source>
            <translation>纸张大小</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="245" />
            <source>Print suggested procedure codes on session summaries</source>
            <translation>在治疗摘要上打印建议的收费项目编码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="246" />
            <source>Billing block</source>
            <translation>收费栏</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="248" />
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="249" />
            <source>Next to the database</source>
            <translation>数据库所在的文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="251" />
            <location filename="../../ui/dialogs/settings.py" line="371" />
            <source>Choose the backup folder</source>
            <translation>选择备份文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="258" />
            <source>Number of backups kept</source>
            <translation>保留的备份数量</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="259" />
            <source>backups</source>
            <translation>份</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="260" />
            <source>allowed %1–%2; the oldest is deleted first</source>
            <translation>允许 %1–%2；超出时先删除最早的备份</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="262" />
            <source>&amp;Paper size:</source>
            <translation>纸张大小(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="263" />
            <source>&amp;Billing block:</source>
            <translation>收费栏(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="264" />
            <source>Backup &amp;folder:</source>
            <translation>备份文件夹(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="265" />
            <source>Backups &amp;kept:</source>
            <translation>保留备份(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="271" />
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="273" />
            <source>System language</source>
            <translation>跟随系统语言</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="276" />
            <source>Lock after this many idle minutes</source>
            <translation>闲置多少分钟后锁定</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="280" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="281" />
            <source>A new language applies the next time AcuChart starts.</source>
            <translation>新语言将在下次启动 AcuChart 时生效。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="282" />
            <source>Lock when &amp;idle for:</source>
            <translation>闲置锁定时间(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="283" />
            <source>These settings belong to this computer only.</source>
            <translation>这些设置只适用于本计算机。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="365" />
            <source>Choose the clinic logo</source>
            <translation>选择诊所标志</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings.py" line="365" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>图片 (*.png *.jpg *.jpeg)</translation>
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
            <location filename="../../ui/outcomes/trend_chart.py" line="379" />
            <source>Session</source>
            <translation>治疗</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="380" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="402" />
            <source>EA</source>
            <translation>电针</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="402" />
            <source>no EA</source>
            <translation>无电针</translation>
        </message>
        <message>
            <location filename="../../ui/outcomes/trend_chart.py" line="425" />
            <source>%1 needles</source>
            <translation>%1 针</translation>
        </message>
    </context>
    <context>
        <name>QtWelcomeDialog</name>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="80" />
            <location filename="../../ui/dialogs/welcome.py" line="81" />
            <source>Welcome to AcuChart</source>
            <extracomment>Height of the logo preview beside the file name, in pixels.</extracomment>
            <translation>欢迎使用 AcuChart</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="88" />
            <source>Set up your clinic and the first practitioner account. Everything here can be changed later under Settings.</source>
            <translation>请设置您的诊所和第一个医师账户。这里的所有内容以后都可以在“设置”中修改。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="97" />
            <source>Problem with the form</source>
            <translation>表单有误</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="105" />
            <source>Clinic</source>
            <translation>诊所</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="108" />
            <source>Clinic name</source>
            <translation>诊所名称</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="109" />
            <source>Printed at the top of every record</source>
            <translation>打印在每份记录的顶部</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="111" />
            <source>Clinic address</source>
            <translation>诊所地址</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="115" />
            <source>Logo file</source>
            <translation>标志文件</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="116" />
            <source>Optional: a PNG or JPEG image</source>
            <translation>可选：PNG 或 JPEG 图片</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="117" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="118" />
            <source>Choose the logo file</source>
            <translation>选择标志文件</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="120" />
            <source>Logo preview</source>
            <translation>标志预览</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="127" />
            <source>Clinic &amp;name:</source>
            <translation>诊所名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="128" />
            <source>A&amp;ddress:</source>
            <translation>地址(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="129" />
            <source>&amp;Logo:</source>
            <translation>标志(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="132" />
            <source>First practitioner account</source>
            <translation>第一个医师账户</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="135" />
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="136" />
            <source>As printed on signed records</source>
            <translation>与签名记录上打印的一致</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="138" />
            <source>Credentials</source>
            <translation>资格头衔</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="139" />
            <source>e.g. L.Ac., MSc (Acupuncture)</source>
            <translation>例如：执业针灸师，针灸学硕士</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="141" />
            <source>Licence number</source>
            <translation>执业证号</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="143" />
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="144" />
            <source>Used to log in; no spaces</source>
            <translation>用于登录；不能包含空格</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="146" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/welcome.py" line="148" />
            <source>At least %n characters</source>
            <translation>
                <numerusform>至少 %n 个字符</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="150" />
            <source>Password again</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="152" />
            <source>Full na&amp;me:</source>
            <translation>姓名(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="153" />
            <source>C&amp;redentials:</source>
            <translation>资格头衔(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="154" />
            <source>Li&amp;cence number:</source>
            <translation>执业证号(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="155" />
            <source>&amp;Username:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="156" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="157" />
            <source>Password a&amp;gain:</source>
            <translation>确认密码(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="160" />
            <source>Just looking?</source>
            <translation>只是看看？</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="164" />
            <source>Load the demo clinic: six patients and a course of electroacupuncture for sciatica. Log in as &lt;b&gt;demo&lt;/b&gt; with the password &lt;b&gt;demo&lt;/b&gt;.</source>
            <translation>载入演示诊所：六位患者，以及一个电针治疗坐骨神经痛的疗程。使用用户名 &lt;b&gt;demo&lt;/b&gt; 和密码 &lt;b&gt;demo&lt;/b&gt; 登录。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="171" />
            <source>Load the &amp;demo clinic</source>
            <translation>载入演示诊所(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="172" />
            <source>Load the demo clinic</source>
            <translation>载入演示诊所</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="178" />
            <source>&amp;Create account</source>
            <translation>创建账户(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="180" />
            <source>Create the account and start</source>
            <translation>创建账户并开始使用</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="183" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="220" />
            <source>Choose the clinic logo</source>
            <translation>选择诊所标志</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="220" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>图片 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="266" />
            <source>full name: is required (it is printed on signed records)</source>
            <translation>姓名：必须填写（将打印在签名记录上）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="269" />
            <source>username: is required (it is used to log in)</source>
            <translation>用户名：必须填写（用于登录）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/welcome.py" line="273" />
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
