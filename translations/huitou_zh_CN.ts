<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddNoteCommand</name>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
</context>
<context>
    <name>AnalyticsSettings</name>
    <message>
        <source>Stage thresholds must satisfy 0 &lt; active &lt; silent &lt; sleeping (got %1, %2, %3).</source>
        <translation>阶段阈值必须满足 0 &lt; 活跃 &lt; 沉默 &lt; 睡眠（当前为 %1、%2、%3）。</translation>
    </message>
    <message>
        <source>Fixed tier thresholds must be positive and ascending: senior ≤ VIP ≤ supreme VIP.</source>
        <translation>固定等级门槛必须为正数且递增：高级会员 ≤ VIP ≤ 至尊VIP。</translation>
    </message>
</context>
<context>
    <name>CampaignEvaluator</name>
    <message>
        <source>There is no campaign %1.</source>
        <translation>没有编号为 %1 的活动。</translation>
    </message>
</context>
<context>
    <name>CareStore</name>
    <message>
        <source>Cannot read birthdays.</source>
        <translation>无法读取生日。</translation>
    </message>
    <message>
        <source>status: a task is done or skipped.</source>
        <translation>状态：任务只能是已完成或已跳过。</translation>
    </message>
    <message>
        <source>This task is already closed.</source>
        <translation>这项任务已经关闭了。</translation>
    </message>
</context>
<context>
    <name>CloseTaskCommand</name>
    <message>
        <source>Mark task done</source>
        <translation>标记任务完成</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>跳过任务</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping does not name a column for &quot;%1&quot;.</source>
        <translation>列映射没有为&quot;%1&quot;指定列。</translation>
    </message>
    <message>
        <source>Not a mapping entry: &quot;%1&quot; (use field=COLUMN with field one of %2).</source>
        <translation>不是有效的映射项：&quot;%1&quot;（格式为 字段=列名，字段可为 %2）。</translation>
    </message>
</context>
<context>
    <name>ConfirmReasonCommand</name>
    <message>
        <source>Dismiss suggested reason</source>
        <translation>忽略建议的原因</translation>
    </message>
    <message>
        <source>Confirm reason</source>
        <translation>确认原因</translation>
    </message>
</context>
<context>
    <name>ContactFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>the spreadsheet could not be created</source>
        <translation>无法创建表格文件</translation>
    </message>
    <message>
        <source>the spreadsheet could not be written</source>
        <translation>无法写入表格文件</translation>
    </message>
    <message>
        <source>the file could not be replaced</source>
        <translation>无法替换原文件</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The store %1 is read-only here and needs an upgrade this program cannot write.</source>
        <translation>店铺数据 %1 在这里只能读取，而它需要升级，本程序无法写入。</translation>
    </message>
    <message>
        <source>No store was named.</source>
        <translation>没有指定店铺数据。</translation>
    </message>
    <message>
        <source>This computer cannot reach a shop server: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>这台电脑无法连接店铺服务器：缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the shop server %1: %2</source>
        <translation>无法连接店铺服务器 %1：%2</translation>
    </message>
</context>
<context>
    <name>DrawSampleCommand</name>
    <message>
        <source>Draw callback sample</source>
        <translation>抽取回访样本</translation>
    </message>
</context>
<context>
    <name>EditTaxonomyCommand</name>
    <message>
        <source>Edit reasons</source>
        <translation>编辑原因</translation>
    </message>
    <message>
        <source>Merge reason</source>
        <translation>合并原因</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 is not an amount: &quot;%2&quot;</source>
        <translation>%1 不是金额：&quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not a valid time: &quot;%2&quot;</source>
        <translation>%1 不是有效时间：&quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not a whole number: &quot;%2&quot;</source>
        <translation>%1 不是整数：&quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>The file has no column &quot;%1&quot;.</source>
        <translation>文件中没有&quot;%1&quot;列。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
</context>
<context>
    <name>LogReasonCommand</name>
    <message>
        <source>Log reason</source>
        <translation>登记原因</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>Unknown placeholder %1 in the message. Use {name}, {nick}, {coupon} or {last_item}.</source>
        <translation>短信内容里有无法识别的占位符 %1。可用的有 {name}、{nick}、{coupon}、{last_item}。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>无法读取数据库版本：%1</translation>
    </message>
    <message>
        <source>This store was written by a newer version of Huitou (schema %1; this program knows up to %2). Please update Huitou to open it.</source>
        <translation>此数据库由更新版本的回头写入（结构版本 %1，本程序最高支持 %2）。请先升级回头再打开。</translation>
    </message>
    <message>
        <source>Schema upgrade to %1 failed: %2</source>
        <translation>数据库升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot back up the store before upgrading it: %1</source>
        <translation>升级前无法备份店铺数据：%1</translation>
    </message>
    <message>
        <source>This store needs an upgrade (schema %1 to %2) that only the login that created it may run: ask the shop&apos;s owner to open it once with this version of Huitou, then try again.</source>
        <translation>这个店铺数据需要升级（架构 %1 升到 %2），只有创建它的账号才能执行：请店主用这个版本的回头打开一次，然后再试。</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>A note needs some text.</source>
        <translation>备注不能为空。</translation>
    </message>
    <message>
        <source>No note %1.</source>
        <translation>没有编号为 %1 的备注。</translation>
    </message>
</context>
<context>
    <name>OptOutImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Set the staff name first: consent changes record who made them.</source>
        <translation>请先设置客服姓名：每次修改营销许可都要记录操作人。</translation>
    </message>
    <message>
        <source>The opt-out list could not be saved.</source>
        <translation>退订名单未能保存。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A birthday is MM-DD or YYYY-MM-DD, e.g. 03-08.</source>
        <translation>生日格式为 月-日 或 年-月-日，例如 03-08。</translation>
    </message>
    <message>
        <source>Consent must be unknown, consented or refused, not &quot;%1&quot;.</source>
        <translation>营销许可只能是未知、同意或拒绝，不能是“%1”。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Huitou, the repeat-customer CRM</source>
        <translation>回头——回头客管理</translation>
    </message>
    <message>
        <source>Store file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>Huitou</source>
        <translation>回头</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>%1

Huitou opens the store on this computer instead; File → Connect to a shop server… tries the server again.</source>
        <translation>%1

回头先打开本机的店铺数据；用“文件 → 连接店铺服务器…”可以再次连接服务器。</translation>
    </message>
</context>
<context>
    <name>ResolveReasonCommand</name>
    <message>
        <source>Resolve complaint / return</source>
        <translation>处理投诉／退货</translation>
    </message>
</context>
<context>
    <name>SampleStore</name>
    <message>
        <source>population: must be last-month-buyers or new-no-second, not &quot;%1&quot;.</source>
        <translation>人群：只能是 last-month-buyers 或 new-no-second，不能是“%1”。</translation>
    </message>
</context>
<context>
    <name>SaveSurveyCommand</name>
    <message>
        <source>Save callback survey</source>
        <translation>保存回访问卷</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>Unknown value &quot;%1&quot; in the segment&apos;s %2.</source>
        <translation>分组条件 %2 里有未知的值“%1”。</translation>
    </message>
    <message>
        <source>The segment&apos;s %1 must be a date (YYYY-MM-DD).</source>
        <translation>分组条件 %1 必须是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Unknown segment condition &quot;%1&quot;.</source>
        <translation>未知的分组条件“%1”。</translation>
    </message>
    <message>
        <source>The segment&apos;s birthday month must be 1 to 12.</source>
        <translation>分组条件的生日月份必须是 1 到 12。</translation>
    </message>
    <message>
        <source>A segment is a JSON object: %1</source>
        <translation>分组条件须是一个 JSON 对象：%1</translation>
    </message>
</context>
<context>
    <name>SegmentQuery</name>
    <message>
        <source>The stored figures are for %1, not %2.</source>
        <translation>已保存的指标是 %1 的，不是 %2 的。</translation>
    </message>
</context>
<context>
    <name>SetCampaignCostCommand</name>
    <message>
        <source>Edit campaign cost</source>
        <translation>修改活动成本</translation>
    </message>
</context>
<context>
    <name>SetCarePlanCommand</name>
    <message>
        <source>Edit new-customer plan</source>
        <translation>编辑新客培养计划</translation>
    </message>
</context>
<context>
    <name>SetProfileCommand</name>
    <message>
        <source>Edit customer profile</source>
        <translation>编辑顾客资料</translation>
    </message>
    <message>
        <source>Not saved: %1 changed this profile a moment ago.</source>
        <translation>未保存：%1 刚刚修改了这份资料。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>several values</source>
        <translation>可多选</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>one value</source>
        <translation>单选</translation>
    </message>
</context>
<context>
    <name>ShopGenerator</name>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>Cannot write into %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>SurveyStore</name>
    <message>
        <source>customer: this customer is not in sample %1.</source>
        <translation>顾客：这位顾客不在样本 %1 里。</translation>
    </message>
    <message>
        <source>No survey answer %1.</source>
        <translation>没有编号为 %1 的问卷答复。</translation>
    </message>
</context>
<context>
    <name>TaxonomyStore</name>
    <message>
        <source>A reason code is lower-case letters, digits and _: &quot;%1&quot;.</source>
        <translation>原因代码只能用小写字母、数字和 _：“%1”。</translation>
    </message>
    <message>
        <source>The reason %1 needs a Chinese name.</source>
        <translation>原因 %1 需要一个中文名称。</translation>
    </message>
    <message>
        <source>Unknown reason category &quot;%1&quot;.</source>
        <translation>未知的原因分类“%1”。</translation>
    </message>
    <message>
        <source>Unknown reason code &quot;%1&quot;.</source>
        <translation>未知的原因代码“%1”。</translation>
    </message>
    <message>
        <source>A reason cannot be merged into itself.</source>
        <translation>原因不能合并到它自己。</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Written to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>huitou</name>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>day-%1 touch</source>
        <translation>第 %1 天的接触</translation>
    </message>
    <message>
        <source>birthday greeting %1</source>
        <translation>%1 年生日问候</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>跟进</translation>
    </message>
</context>
<context>
    <name>huitou::BackupStore</name>
    <message>
        <source>An in-memory store cannot be backed up.</source>
        <translation>内存中的数据无法备份。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>没有编号为 %1 的备份。</translation>
    </message>
    <message>
        <source>Backup %1 cannot be used: %2</source>
        <translation>备份 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>Cannot open backup %1: %2</source>
        <translation>无法打开备份 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create a backup in %1: %2</source>
        <translation>无法在 %1 中创建备份：%2</translation>
    </message>
    <message>
        <source>The store is damaged (%1). Restore a backup: File → Backups… or huitou-cli store backups / store restore ID.</source>
        <translation>店铺数据已损坏（%1）。请恢复备份：文件 → 备份…，或 huitou-cli store backups / store restore 编号。</translation>
    </message>
</context>
<context>
    <name>huitou::BackupsDialog</name>
    <message>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>before a revert</source>
        <translation>撤销导入前</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>before a settings change</source>
        <translation>修改设置前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A backup of the store is made before every import, revert, upgrade and settings change; the newest ones are kept next to the store. Restoring first backs up the store as it is, so a restore can be undone.</source>
        <translation>每次导入、撤销导入、升级和修改设置之前，都会自动备份店铺数据，最近的若干份保存在数据文件旁边。恢复之前会先备份当前数据，所以恢复也可以撤回。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Backup %1 made.</source>
        <translation>已完成备份 %1。</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the store with backup %1? The store as it is now is backed up first, so you can undo this by restoring that backup.</source>
        <translation>要用备份 %1 替换当前店铺数据吗？当前数据会先备份，恢复那份备份即可撤回。</translation>
    </message>
    <message>
        <source>Backup %1 restored. The store as it was is backup %2: restore it to undo.</source>
        <translation>已恢复备份 %1。恢复前的数据保存为备份 %2，恢复它即可撤回。</translation>
    </message>
</context>
<context>
    <name>huitou::BgNbd</name>
    <message>
        <source>Not enough repeat purchases to fit the BG/NBD model.</source>
        <translation>回购数据不足，无法拟合 BG/NBD 模型。</translation>
    </message>
    <message>
        <source>The BG/NBD fit did not converge; predictions are not available for this data.</source>
        <translation>BG/NBD 拟合未收敛，此数据暂无预测。</translation>
    </message>
</context>
<context>
    <name>huitou::CallbackService</name>
    <message>
        <source>population: must be last-month-buyers or new-no-second, not &quot;%1&quot;.</source>
        <translation>人群：只能是 last-month-buyers 或 new-no-second，不能是“%1”。</translation>
    </message>
    <message>
        <source>size: must be 1 to 100000, not %1.</source>
        <translation>样本量：必须在 1 到 100000 之间，不能是 %1。</translation>
    </message>
    <message>
        <source>month: must be YYYY-MM.</source>
        <translation>月份：格式为 YYYY-MM。</translation>
    </message>
    <message>
        <source>sample: there is no sample %1.</source>
        <translation>样本：没有编号为 %1 的样本。</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答复数</translation>
    </message>
    <message>
        <source>Satisfaction %1</source>
        <translation>满意度 %1</translation>
    </message>
    <message>
        <source>Sample %1: %2 members, %3 called, %4 reached (%5). Mean satisfaction %6. Will buy again: %7.</source>
        <translation>样本 %1：共 %2 人，已拨打 %3 人，接通 %4 人（%5）。平均满意度 %6。会再次购买：%7。</translation>
    </message>
    <message>
        <source>Problems named in the calls, Top 5</source>
        <translation>回访中提到的问题 Top 5</translation>
    </message>
</context>
<context>
    <name>huitou::CallbacksPage</name>
    <message>
        <source>Draw this month&apos;s sample</source>
        <translation>抽取本月样本</translation>
    </message>
    <message>
        <source>Last month&apos;s buyers</source>
        <translation>上月购买的顾客</translation>
    </message>
    <message>
        <source>New customers 30-50 days ago without a second purchase</source>
        <translation>首购 30-50 天、尚未复购的新客</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>按等级分层</translation>
    </message>
    <message>
        <source>seed (default YYYYMM)</source>
        <translation>种子（默认 YYYYMM）</translation>
    </message>
    <message>
        <source>Draw sample</source>
        <translation>抽取样本</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>&amp;Survey…</source>
        <translation>回访问卷（&amp;S）…</translation>
    </message>
    <message>
        <source>Show &amp;number</source>
        <translation>显示号码（&amp;N）</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>打开资料</translation>
    </message>
    <message>
        <source>last month&apos;s buyers</source>
        <translation>上月购买的顾客</translation>
    </message>
    <message>
        <source>new, no second</source>
        <translation>新客未复购</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 of %4 · seed %5</source>
        <translation>%1 · %2 · %4 人中抽 %3 人 · 种子 %5</translation>
    </message>
    <message>
        <source>No sample yet: draw one above.</source>
        <translation>还没有样本：请在上方抽取。</translation>
    </message>
    <message>
        <source>%1 called, %2 reached, of %3</source>
        <translation>已拨打 %1 人，接通 %2 人，共 %3 人</translation>
    </message>
    <message>
        <source>not called</source>
        <translation>未拨打</translation>
    </message>
    <message>
        <source>reached (%1)</source>
        <translation>已接通（%1）</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>The seed is a whole number, e.g. 202611.</source>
        <translation>种子是一个整数，例如 202611。</translation>
    </message>
    <message>
        <source>Callback survey</source>
        <translation>回访问卷</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Problems Top 5</source>
        <translation>问题 Top 5</translation>
    </message>
</context>
<context>
    <name>huitou::CampaignTables</name>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Converters</source>
        <translation>下单人数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Revenue per member</source>
        <translation>人均销售额</translation>
    </message>
    <message>
        <source>Treatment (sent)</source>
        <translation>发送组</translation>
    </message>
    <message>
        <source>Control (held out)</source>
        <translation>对照组（未发送）</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Uplift %1 · p-value %2 · incremental revenue %3 · cost %4 · ROI %5</source>
        <translation>提升 %1 · p 值 %2 · 增量销售额 %3 · 成本 %4 · ROI %5</translation>
    </message>
    <message>
        <source>Provisional: the %1-day window runs until %2.</source>
        <translation>暂定结果：%1 天的观察期到 %2 为止。</translation>
    </message>
    <message>
        <source>Window of %1 days, closed.</source>
        <translation>%1 天观察期已结束。</translation>
    </message>
</context>
<context>
    <name>huitou::CarePlan</name>
    <message>
        <source>Logistics and after-sales care</source>
        <translation>物流提醒／售后关怀</translation>
    </message>
    <message>
        <source>Thank her for the order, tell her it has shipped and how to reach us about size or returns.</source>
        <translation>感谢下单，告诉她已经发货，尺码或退换有问题随时找我们。</translation>
    </message>
    <message>
        <source>Good-review reminder</source>
        <translation>好评有礼</translation>
    </message>
    <message>
        <source>Ask how the clothes fit and invite a review, with a small gift for it.</source>
        <translation>问问衣服合不合身，邀请她评价，评价送小礼物。</translation>
    </message>
    <message>
        <source>Related products / new arrivals</source>
        <translation>关联推荐／上新提醒</translation>
    </message>
    <message>
        <source>Recommend pieces that go with what she bought; new arrivals every Tuesday.</source>
        <translation>推荐和她买的衣服搭配的款式；每周二上新。</translation>
    </message>
    <message>
        <source>Full-moon gift</source>
        <translation>满月礼</translation>
    </message>
    <message>
        <source>One month with us: a thank-you and a coupon valid for 7 days.</source>
        <translation>来店一个月：感谢关怀，送一张 7 天有效的优惠券。</translation>
    </message>
    <message>
        <source>A touch&apos;s day must be between 0 and 365.</source>
        <translation>接触的天数必须在 0 到 365 之间。</translation>
    </message>
    <message>
        <source>Two touches on day %1.</source>
        <translation>第 %1 天有两个接触。</translation>
    </message>
    <message>
        <source>The touch on day %1 needs a label.</source>
        <translation>第 %1 天的接触需要一个名称。</translation>
    </message>
    <message>
        <source>The grace period is 0 to 90 days.</source>
        <translation>宽限期为 0 到 90 天。</translation>
    </message>
</context>
<context>
    <name>huitou::CareSettingsBox</name>
    <message>
        <source>New-customer plan (days after the first purchase)</source>
        <translation>新客培养计划（首购后第几天）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Suggested content</source>
        <translation>建议内容</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Add touch</source>
        <translation>添加接触</translation>
    </message>
    <message>
        <source>Remove touch</source>
        <translation>删除接触</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>A touch not done within</source>
        <translation>接触超过</translation>
    </message>
    <message>
        <source>is missed.</source>
        <translation>未完成即视为错过。</translation>
    </message>
    <message>
        <source>Reasons for complaints, returns and reviews</source>
        <translation>投诉、退货和评价的原因</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Keywords (space-separated)</source>
        <translation>关键词（用空格分隔）</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>已合并到</translation>
    </message>
    <message>
        <source>Add reason…</source>
        <translation>添加原因…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Save reasons</source>
        <translation>保存原因</translation>
    </message>
    <message>
        <source>A reason in use can be renamed or merged, not deleted.</source>
        <translation>已使用的原因可以改名或合并，不能删除。</translation>
    </message>
    <message>
        <source>Merge reason</source>
        <translation>合并原因</translation>
    </message>
    <message>
        <source>Merge the selected reason into</source>
        <translation>把选中的原因合并到</translation>
    </message>
    <message>
        <source>New-customer plan</source>
        <translation>新客培养计划</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The reason %1 needs a Chinese name.</source>
        <translation>原因 %1 需要一个中文名称。</translation>
    </message>
    <message>
        <source>Add reason</source>
        <translation>添加原因</translation>
    </message>
</context>
<context>
    <name>huitou::ChoiceButton</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>huitou::ConnectServerDialog</name>
    <message>
        <source>Connect to a shop server</source>
        <translation>连接店铺服务器</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 (empty: this computer)</source>
        <translation>例如 192.168.1.10（留空：本机）</translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass</source>
        <translation>留空：从 ~/.pgpass 读取</translation>
    </message>
    <message>
        <source>Huitou never saves the password. Put it in ~/.pgpass (host:port:database:login:password, mode 0600) so that you are not asked again.</source>
        <translation>回头不会保存密码。把密码写进 ~/.pgpass（服务器:端口:数据库:登录名:密码，权限 0600），以后就不用再输入。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Shop database</source>
        <translation>店铺数据库</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>huitou::ContactExporter</name>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nick</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>SMS segments</source>
        <translation>短信条数</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Set the staff name first: every export records who made it.</source>
        <translation>请先设置客服姓名：每次导出都要记录操作人。</translation>
    </message>
    <message>
        <source>The segment is empty: there is nobody to export.</source>
        <translation>该人群为空，没有可导出的顾客。</translation>
    </message>
    <message>
        <source>The control group is a share from 0 % to 50 %.</source>
        <translation>对照组比例须在 0% 到 50% 之间。</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要保存的文件。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written and no campaign recorded.</source>
        <translation>导出已取消，未写入文件，也未记录活动。</translation>
    </message>
    <message>
        <source>Nobody is left after the exclusions: no file was written.</source>
        <translation>排除之后没有剩下任何顾客，未写入文件。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>huitou::CustomerTableModel</name>
    <message>
        <source>Buyer nick</source>
        <translation>买家昵称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>F</source>
        <translation>购买天数 F</translation>
    </message>
    <message>
        <source>M (¥)</source>
        <translation>消费额 M（元）</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>R (days)</source>
        <translation>距今天数 R</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>huitou::CustomersPage</name>
    <message>
        <source>Search nick, name, phone digits or order number</source>
        <translation>搜索昵称、姓名、手机号码或订单号</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>New and returning</source>
        <translation>新客和老客</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All RFM segments</source>
        <translation>全部 RFM 分群</translation>
    </message>
    <message>
        <source>Tag selected…</source>
        <translation>给所选顾客打标签…</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n customer(s)</source>
        <translation>
            <numerusform>给 %n 位顾客打标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Add this tag</source>
        <translation>添加此标签</translation>
    </message>
    <message>
        <source>Remove this tag</source>
        <translation>移除此标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜索顾客</translation>
    </message>
    <message>
        <source>Show customers without a paid order</source>
        <translation>显示未付款的买家</translation>
    </message>
    <message>
        <source>Buyers whose orders were all cancelled or never paid (up to the as-of day) have no figures and are not counted in the reports.</source>
        <translation>截至统计日，订单全部取消或从未付款的买家没有消费数据，报表也不计入。</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>统计日</translation>
    </message>
    <message>
        <source>Stages, recency and every figure in the list are counted as of this day.</source>
        <translation>列表中的阶段、距上次购买天数等所有数据都按这一天计算。</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>统计日</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>The latest order is from %1, %n day(s) before the as-of day: most customers will look silent or lost.</source>
        <translation>
            <numerusform>最近一笔订单是 %1，比统计日早 %n 天：大多数顾客会显示为沉默或流失。</numerusform>
        </translation>
    </message>
    <message>
        <source>Look as of %1</source>
        <translation>按 %1 查看</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tag group: value</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 位顾客</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %1 without a paid order not shown</source>
        <translation>
            <numerusform>（另有 %1 位未付款的买家未显示）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n customer(s) %1</source>
        <translation>
            <numerusform>已给 %n 位顾客打上“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the tag %1 from %n customer(s)</source>
        <translation>
            <numerusform>已去掉 %n 位顾客的“%1”标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>导出联系人…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected customer(s)</source>
        <translation>
            <numerusform>已选 %n 位顾客</numerusform>
        </translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部顾客</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>新建人群…</translation>
    </message>
    <message>
        <source>Open this filter in the Outreach page&apos;s segment builder.</source>
        <translation>把当前筛选条件带到“营销触达”页的人群编辑器里。</translation>
    </message>
    <message>
        <source>Show the customers of a segment saved on the Outreach page.</source>
        <translation>显示在“营销触达”页保存的人群里的顾客。</translation>
    </message>
    <message>
        <source>No saved segment</source>
        <translation>不用已存人群</translation>
    </message>
    <message>
        <source>Saved segment</source>
        <translation>已存人群</translation>
    </message>
</context>
<context>
    <name>huitou::ExportContactsDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>SMS tool (mobile, name, nick, message)</source>
        <translation>短信平台（手机号、姓名、昵称、短信内容）</translation>
    </message>
    <message>
        <source>WeChat / 企业微信 list (name, mobile, nick, tags)</source>
        <translation>微信 / 企业微信名单（姓名、手机号、昵称、标签）</translation>
    </message>
    <message>
        <source>E-mail tool (e-mail, name)</source>
        <translation>邮件工具（邮箱、姓名）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM (Excel, WPS)</source>
        <translation>CSV，UTF-8 带 BOM（Excel、WPS）</translation>
    </message>
    <message>
        <source>CSV, GB18030 (older tools)</source>
        <translation>CSV，GB18030（旧版工具）</translation>
    </message>
    <message>
        <source>e.g. 【店名】{name}您好，送您一张{coupon}，7天内有效。回T退订</source>
        <translation>例如：【店名】{name}您好，送您一张{coupon}，7天内有效。回T退订</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用于</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <source>Coupon text for {coupon}</source>
        <translation>{coupon} 的优惠券文字</translation>
    </message>
    <message>
        <source>Control group (held out, not exported)</source>
        <translation>对照组（留出，不导出）</translation>
    </message>
    <message>
        <source>Control draw seed</source>
        <translation>对照组抽样种子</translation>
    </message>
    <message>
        <source>Cost per message (yuan)</source>
        <translation>每条短信费用（元）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客数</translation>
    </message>
    <message>
        <source>Who is left after each exclusion</source>
        <translation>每一步排除后剩下的人数</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>No message: the file holds the contacts only.</source>
        <translation>未填写短信内容：文件只包含联系方式。</translation>
    </message>
    <message>
        <source>王小丫</source>
        <translation>王小丫</translation>
    </message>
    <message>
        <source>法式碎花连衣裙</source>
        <translation>法式碎花连衣裙</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %n SMS segment(s) with a typical name (70 per single message, 67 per part of a longer one)%2</source>
        <translation>
            <numerusform>按常见姓名计 %1 个字 · %n 条短信（单条 70 字，长短信每条 67 字）%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — over the shop&apos;s limit of %n segment(s)</source>
        <translation>
            <numerusform>，超过店铺上限 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Set your staff name in Settings first: every export records who made it.</source>
        <translation>请先在“设置”中填写客服姓名：每次导出都要记录操作人。</translation>
    </message>
    <message>
        <source>Customers in the segment</source>
        <translation>人群中的顾客</translation>
    </message>
    <message>
        <source>− consent refused or not given (shop exports only consented)</source>
        <translation>− 拒绝或未同意营销（本店只导出已同意的顾客）</translation>
    </message>
    <message>
        <source>− consent refused (or on an opt-out list)</source>
        <translation>− 拒绝营销（或在退订名单中）</translation>
    </message>
    <message>
        <source>− open complaint or return, or a refund in progress</source>
        <translation>− 有未处理的投诉、退货或退款中的订单</translation>
    </message>
    <message numerus="yes">
        <source>− contacted within the last %n day(s)</source>
        <translation>
            <numerusform>− 最近 %n 天内已联系过</numerusform>
        </translation>
    </message>
    <message>
        <source>− no valid contact (masked, invalid, missing)</source>
        <translation>− 没有有效联系方式（打码、无效或缺失）</translation>
    </message>
    <message>
        <source>− duplicate contact (kept the latest buyer)</source>
        <translation>− 联系方式重复（保留最近购买的顾客）</translation>
    </message>
    <message>
        <source>= remaining</source>
        <translation>= 剩余</translation>
    </message>
    <message>
        <source>Control group (held out)</source>
        <translation>对照组（留出）</translation>
    </message>
    <message>
        <source>Exported and contacted</source>
        <translation>导出并联系</translation>
    </message>
    <message>
        <source>The cost per message is an amount in yuan, e.g. 0.05.</source>
        <translation>每条费用请填写以元为单位的金额，例如 0.05。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Writing contacts…</source>
        <translation>正在写入联系人…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1 and recorded as campaign %2.</source>
        <translation>
            <numerusform>已将 %n 个联系人写入 %1，并记录为活动 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are longer than the shop&apos;s SMS segment limit.</source>
        <translation>
            <numerusform>有 %n 条短信超过店铺的短信条数上限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the folder?</source>
        <translation>打开所在文件夹吗？</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln customer(s))</source>
        <translation>
            <numerusform>%1（%Ln 位顾客）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>huitou::ImportHistory</name>
    <message>
        <source>There is no import %1.</source>
        <translation>没有编号为 %1 的导入。</translation>
    </message>
    <message>
        <source>Import %1 was already reverted.</source>
        <translation>导入 %1 已经撤销过了。</translation>
    </message>
    <message>
        <source>A newer import changed %1 of the rows import %2 wrote; revert the newer import first.</source>
        <translation>之后的导入修改了导入 %2 写入的 %1 行，请先撤销较新的导入。</translation>
    </message>
</context>
<context>
    <name>huitou::ImportPage</name>
    <message>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>根据表头自动识别</translation>
    </message>
    <message>
        <source>Drop Taobao, Shopify or other CSV exports here, or choose them.</source>
        <translation>把淘宝、Shopify 或其他 CSV 导出文件拖到这里，或点击选择。</translation>
    </message>
    <message>
        <source>Column mapping (generic CSV)</source>
        <translation>列映射（通用 CSV）</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>保存为预设…</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Customer key *</source>
        <translation>顾客标识 *</translation>
    </message>
    <message>
        <source>Order number *</source>
        <translation>订单号 *</translation>
    </message>
    <message>
        <source>Payment time *</source>
        <translation>付款时间 *</translation>
    </message>
    <message>
        <source>Paid amount *</source>
        <translation>实付金额 *</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Receiver name</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save rejected rows as CSV…</source>
        <translation>把被拒绝的行另存为 CSV…</translation>
    </message>
    <message>
        <source>#</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revert selected import…</source>
        <translation>撤销所选导入…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Choose order exports</source>
        <translation>选择订单导出文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Encoding: %1 · Format: %2 · %3 columns</source>
        <translation>编码：%1 · 格式：%2 · 共 %3 列</translation>
    </message>
    <message>
        <source>Save column mapping</source>
        <translation>保存列映射</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read, %4 inserted, %5 updated, %6 unchanged, %7 rejected</source>
        <translation>%1（%2）：读取 %3 行，新增 %4，更新 %5，未变 %6，拒绝 %7</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Remove everything import %1 added and restore what it changed?</source>
        <translation>删除导入 %1 新增的全部数据，并恢复它修改过的内容？</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation>未导入的行.csv</translation>
    </message>
    <message>
        <source>Saved the rejected rows to %1</source>
        <translation>未导入的行已保存到 %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n row(s) repeated an order of an earlier line (listed below, not counted as inserted)</source>
        <translation>
            <numerusform>  %n 行与前面某行是同一订单（见下表，不计入新增）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n line(s) have bytes that are not valid %1; they were rejected (shown as � below)</source>
        <translation>
            <numerusform>  %n 行有不符合 %1 编码的字节，已拒绝（下表中显示为 �）</numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate: order %1 repeats line %2 exactly</source>
        <translation>重复：订单 %1 与第 %2 行完全相同</translation>
    </message>
    <message>
        <source>duplicate: order %1 repeats line %2 with other values; this later row was kept</source>
        <translation>重复：订单 %1 与第 %2 行是同一订单但内容不同，已保留后一行</translation>
    </message>
</context>
<context>
    <name>huitou::LogReasonDialog</name>
    <message>
        <source>Log a complaint, return or review</source>
        <translation>登记投诉、退货或评价</translation>
    </message>
    <message>
        <source>(no order)</source>
        <translation>（不关联订单）</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>顾客的原话</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>宝贝</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>(whole order)</source>
        <translation>（整个订单）</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>（请选择原因）</translation>
    </message>
</context>
<context>
    <name>huitou::MainWindow</name>
    <message>
        <source>Huitou · repeat-customer CRM</source>
        <translation>回头 · 回头客管理</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>导入订单(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>打开演示店铺(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>顾客(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找顾客(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Huitou</source>
        <translation>关于回头(&amp;A)</translation>
    </message>
    <message>
        <source>About Huitou</source>
        <translation>关于回头</translation>
    </message>
    <message>
        <source>&lt;b&gt;Huitou %1&lt;/b&gt;&lt;br&gt;A repeat-customer CRM for small online shops.&lt;br&gt;Store: %2</source>
        <translation>&lt;b&gt;回头 %1&lt;/b&gt;&lt;br&gt;面向网店的回头客管理工具。&lt;br&gt;数据库：%2</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Creating the demo shop…</source>
        <translation>正在创建演示店铺…</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>演示店铺</translation>
    </message>
    <message>
        <source>This store is already open in another Huitou window (process %1 on %2):
%3

Two windows on one store can overwrite each other&apos;s edits. Open it here anyway?</source>
        <translation>这个数据库已在另一个回头窗口中打开（%2 上的进程 %1）：
%3

两个窗口同时编辑同一个数据库，可能互相覆盖修改。仍要在这里打开吗？</translation>
    </message>
    <message>
        <source>Store already open</source>
        <translation>数据库已被打开</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>shop.huitou.db</source>
        <translation>店铺.huitou.db</translation>
    </message>
    <message>
        <source>Huitou stores (*.db)</source>
        <translation>回头数据库 (*.db)</translation>
    </message>
    <message>
        <source>Huitou stores (*.db);;All files (*)</source>
        <translation>回头数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent store</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 位顾客</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %1 without a paid order</source>
        <translation>
            <numerusform>（另有 %1 位未付款）</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures as of today (%1)</source>
        <translation>数据截至今天（%1）</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>营销触达</translation>
    </message>
    <message>
        <source>&amp;Outreach</source>
        <translation>营销触达(&amp;O)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Change &amp;staff name…</source>
        <translation>更换员工姓名（&amp;S）…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日待办（&amp;T）</translation>
    </message>
    <message>
        <source>Call&amp;backs</source>
        <translation>回访（&amp;B）</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>评价（&amp;V）</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>员工：%1</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今日待办（%1）</translation>
    </message>
    <message>
        <source>Staff: %1 (%2)</source>
        <translation>员工：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Connect to a shop server…</source>
        <translation>连接店铺服务器(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>huitou::MonthlyKpis</name>
    <message>
        <source> pt</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>Buyers in the month</source>
        <translation>本月购买人数</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>新客人数</translation>
    </message>
    <message>
        <source>Returning buyers&apos; share</source>
        <translation>老客占比</translation>
    </message>
    <message>
        <source>Revenue in the month</source>
        <translation>本月销售额</translation>
    </message>
    <message>
        <source>Customers (all time)</source>
        <translation>累计顾客</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活跃顾客</translation>
    </message>
    <message>
        <source>Repeat purchase rate (365 days)</source>
        <translation>重复购买率（365 天）</translation>
    </message>
    <message>
        <source>Reactivation of sleeping and lost</source>
        <translation>睡眠与流失顾客唤醒率</translation>
    </message>
    <message>
        <source>Active customers who bought again</source>
        <translation>活跃顾客回购率</translation>
    </message>
</context>
<context>
    <name>huitou::MonthlyReportPdf</name>
    <message>
        <source>Our shop</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>%1 monthly report %2</source>
        <translation>%1 月度报告 %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 · monthly customer report · %2</source>
        <translation>%1 · 月度顾客报告 · %2</translation>
    </message>
    <message>
        <source>As of %1, compared with %2.</source>
        <translation>截至 %1，与 %2 对比。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>口径说明</translation>
    </message>
    <message>
        <source>Valid order: paid, not closed or awaiting payment, net amount (paid − refund) above zero. Purchase day: the calendar day of a valid order&apos;s payment; two orders on one day are one purchase.
F: purchase days; M: net amount of valid orders; R: days since the last purchase day. New: F = 1; returning: F ≥ 2.
Stages by R: active ≤ %1 days, silent ≤ %2, sleeping ≤ %3, lost beyond.
Repeat purchase rate: customers with two or more purchase days in the 365 days to the as-of date, over those with one or more.
Second-purchase rate: share of a first-purchase month&apos;s customers whose second purchase came within 30 / 90 / 180 days.
Stage repurchase: customers in a stage on the day before the month, share who bought in the month; reactivation pools sleeping and lost.
Tiers: top 1% / 4% / 20% by amount spent (or the shop&apos;s fixed thresholds).</source>
        <translation>有效订单：已付款、未关闭且非等待付款，净额（实付 − 退款）大于零。购买日：有效订单付款的自然日；同一天的两笔订单算一次购买。
F：购买天数；M：有效订单净额之和；R：距最近一次购买的天数。新客：F = 1；老客：F ≥ 2。
按 R 划分阶段：活跃 ≤ %1 天，沉默 ≤ %2 天，睡眠 ≤ %3 天，超过即流失。
重复购买率：截止日前 365 天内有两个及以上购买日的顾客，占有购买的顾客的比例。
二次购买率：某月首购顾客中，在 30 / 90 / 180 天内完成第二次购买的比例。
阶段回购率：月初前一天处于某阶段的顾客中，当月有购买的比例；唤醒率合并睡眠与流失。
会员等级：按消费额前 1% / 4% / 20%（或店铺设定的固定门槛）。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Campaign %1 · sent %2</source>
        <translation>活动 %1 · %2 发送</translation>
    </message>
</context>
<context>
    <name>huitou::OrderImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>The format of %1 was not recognised. Import it as generic CSV with a column mapping.</source>
        <translation>无法识别 %1 的格式。请按通用 CSV 导入并设置列映射。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>未知格式&quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1 cannot be imported as %2: %3</source>
        <translation>%1 不能按 %2 导入：%3</translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation>无法开始导入：%1</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>引号内的字段直到文件结尾都没有闭合</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，数据没有任何改动。</translation>
    </message>
    <message>
        <source>The import failed at record %1; nothing was changed.</source>
        <translation>导入在第 %1 条记录处失败，数据没有任何改动。</translation>
    </message>
    <message>
        <source>Cannot record a rejected row: %1</source>
        <translation>无法记录被拒绝的行：%1</translation>
    </message>
    <message>
        <source>Writing line %1 failed: %2</source>
        <translation>写入第 %1 行失败：%2</translation>
    </message>
    <message>
        <source>Saving the import failed: %1</source>
        <translation>保存导入失败：%1</translation>
    </message>
    <message>
        <source>%1 is not a regular file; only export files can be imported.</source>
        <translation>%1 不是普通文件，只能导入导出的报表文件。</translation>
    </message>
    <message>
        <source>the record is longer than %1 MB and was skipped</source>
        <translation>这一行超过 %1 MB，已跳过</translation>
    </message>
    <message>
        <source>the record has more than %1 fields</source>
        <translation>这一行超过 %1 列</translation>
    </message>
    <message>
        <source>the line contains a NUL byte (the file is damaged or not a CSV export)</source>
        <translation>这一行含有空字节（文件已损坏，或不是 CSV 导出文件）</translation>
    </message>
    <message>
        <source>the line has bytes that are not valid %1 (shown as �): %2</source>
        <translation>这一行有不符合 %1 编码的字节（显示为 �）：%2</translation>
    </message>
    <message>
        <source>order %1 already belongs to buyer &quot;%2&quot;; this row names buyer &quot;%3&quot; (an order id changed by Excel?)</source>
        <translation>订单 %1 已属于买家“%2”，这一行却是买家“%3”（订单编号可能被 Excel 改写）</translation>
    </message>
    <message>
        <source>the order id &quot;%1&quot; was rewritten by Excel and has lost digits; export the file again from the shop back end, or open it in Excel with the order id column set to Text</source>
        <translation>订单编号“%1”被 Excel 改写，已丢失数字；请从店铺后台重新导出，或在 Excel 中把订单编号列设为“文本”后再打开</translation>
    </message>
    <message>
        <source>the amount %1 is above the limit of %2 per order (Settings)</source>
        <translation>金额 %1 超过每单上限 %2（见设置）</translation>
    </message>
</context>
<context>
    <name>huitou::OrdersTree</name>
    <message>
        <source>Her orders</source>
        <translation>她的订单</translation>
    </message>
    <message>
        <source>Paid at · order / status, items</source>
        <translation>付款时间 · 订单 / 状态、商品</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Refund (¥)</source>
        <translation>退款（元）</translation>
    </message>
    <message>
        <source>Not a valid order: not counted in the figures</source>
        <translation>无效订单：不计入消费数据</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>item title × quantity</comment>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>huitou::OutreachPage</name>
    <message>
        <source>Save segment…</source>
        <translation>保存人群…</translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>导出联系人…</translation>
    </message>
    <message>
        <source>Import opt-out list…</source>
        <translation>导入退订名单…</translation>
    </message>
    <message>
        <source>Who to contact</source>
        <translation>联系哪些顾客</translation>
    </message>
    <message>
        <source>Saved segment</source>
        <translation>已保存的人群</translation>
    </message>
    <message>
        <source>Export only customers who consented</source>
        <translation>只导出已同意营销的顾客</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Shop rules</source>
        <translation>店铺规则</translation>
    </message>
    <message>
        <source>Skip customers contacted within</source>
        <translation>跳过最近已联系的顾客</translation>
    </message>
    <message>
        <source>SMS segments allowed per message</source>
        <translation>每条短信最多条数</translation>
    </message>
    <message>
        <source>Response window of a campaign</source>
        <translation>活动效果观察期</translation>
    </message>
    <message>
        <source>Send day</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出人数</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>The segment is empty: there is nobody to export.</source>
        <translation>该人群为空，没有可导出的顾客。</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>保存人群</translation>
    </message>
    <message>
        <source>Name of the segment</source>
        <translation>人群名称</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Window open until %1</source>
        <translation>观察期至 %1</translation>
    </message>
    <message>
        <source>Uplift %1 pp</source>
        <translation>提升 %1 个百分点</translation>
    </message>
    <message>
        <source>Done (no control group)</source>
        <translation>已结束（无对照组）</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Import opt-out list</source>
        <translation>导入退订名单</translation>
    </message>
    <message>
        <source>Set your staff name in Settings first: consent changes record who made them.</source>
        <translation>请先在“设置”中填写客服姓名：修改营销许可要记录操作人。</translation>
    </message>
    <message>
        <source>Number lists (*.txt *.csv);;All files (*)</source>
        <translation>号码名单 (*.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) hold no mobile number: %1</source>
        <translation>
            <numerusform>%n 行不是手机号：第 %1 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n number(s) read, %2 matched a customer. Customers who now refuse marketing: %3 (already refusing: %4).</source>
        <translation>
            <numerusform>%1：读取 %n 个号码，其中 %2 个对应到顾客。改为拒绝营销的顾客：%3 位（原本已拒绝：%4 位）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cost…</source>
        <translation>成本…</translation>
    </message>
    <message>
        <source>The campaign&apos;s total cost in yuan (the ROI divides by it).</source>
        <translation>这次活动的总成本（元），ROI 以它为分母。</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) in this segment</source>
        <translation>
            <numerusform>这个人群共有 %1 位顾客</numerusform>
        </translation>
    </message>
    <message>
        <source>A segment named %1 exists. Replace it with these conditions?</source>
        <translation>已有名为 %1 的人群。要用现在的条件替换它吗？</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>删除人群</translation>
    </message>
    <message>
        <source>Delete the saved segment %1?</source>
        <translation>删除已存人群 %1？</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>活动成本</translation>
    </message>
    <message>
        <source>Total cost of %1 in yuan (messages, coupons, staff time): the ROI divides by it.</source>
        <translation>%1 的总成本（元，含短信费、优惠券、人工）：ROI 以它为分母。</translation>
    </message>
</context>
<context>
    <name>huitou::ProductFeedback</name>
    <message>
        <source>; </source>
        <comment>list separator</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Merchant code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>买家数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Refunded lines</source>
        <translation>退款商品行</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Mean rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <source>Top reasons</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <source>No product sold, returned, complained about or reviewed in %1.</source>
        <translation>%1 没有商品售出、退货、被投诉或被评价。</translation>
    </message>
    <message>
        <source>%1: products (商家编码, else title) by returns + complaints, then buyers. An entry or review tied to an order counts for every product on it.</source>
        <translation>%1：按商品（商家编码，没有则按标题）列出，先按退货加投诉数排序，再按买家数。只关联到订单的登记或评价，计入该订单上的每件商品。</translation>
    </message>
    <message>
        <source>Refunded lines: no refund data (the item reports imported carry no 退款状态).</source>
        <translation>退款商品行：没有退款数据（已导入的宝贝报表里没有“退款状态”列）。</translation>
    </message>
    <message>
        <source>The first %1 of %2 products.</source>
        <translation>共 %2 件商品，这里列出前 %1 件。</translation>
    </message>
</context>
<context>
    <name>huitou::ProfilePane</name>
    <message>
        <source>Select a customer</source>
        <translation>请选择一位顾客</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买情况</translation>
    </message>
    <message>
        <source>Purchase days (F)</source>
        <translation>购买天数（F）</translation>
    </message>
    <message>
        <source>Spent (M)</source>
        <translation>消费额（M）</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Probability still a customer</source>
        <translation>仍是活跃顾客的概率</translation>
    </message>
    <message>
        <source>Expected purchases, next 90 days</source>
        <translation>未来 90 天预计购买次数</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>MM-DD or YYYY-MM-DD</source>
        <translation>月-日 或 年-月-日</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1（%n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <source>— (one purchase so far)</source>
        <translation>—（目前只买过一次）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>顾客资料</translation>
    </message>
    <message>
        <source>The model&apos;s chance that she is still a customer of the shop, from how often and how recently she has bought. It can be below 100% even right after a purchase: a buyer who has bought only now and then may still drift away. The expected purchases are how many orders the same model expects from her in the next 90 days.</source>
        <translation>模型根据她购买的频率和最近一次购买的时间，估计她仍是本店顾客的可能性。即使刚刚下单，也可能低于 100%：偶尔才买一次的顾客，仍有可能不再回来。预计购买次数是同一模型估计她在未来 90 天内会下的订单数。</translation>
    </message>
    <message>
        <source>Birthday not saved</source>
        <translation>生日未保存</translation>
    </message>
    <message>
        <source>The birthday &quot;%1&quot; typed for %2 is not a date (MM-DD or YYYY-MM-DD) and was not saved. Her other changes were saved.</source>
        <translation>给 %2 填写的生日“%1”不是有效日期（应为 月-日 或 年-月-日，例如 03-08），没有保存。其他修改已保存。</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>marketing consent</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Birthday not saved: %1</source>
        <translation>生日未保存：%1</translation>
    </message>
    <message>
        <source>✓ Saved %1 at %2 (Edit → Undo takes it back)</source>
        <translation>✓ %2 已保存%1（可用“编辑 → 撤销”恢复）</translation>
    </message>
    <message>
        <source>Saved %1 of %2</source>
        <translation>已保存 %2 的%1</translation>
    </message>
    <message>
        <source>%1 (as-of day)</source>
        <translation>%1（统计日当天）</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Log reason</source>
        <translation>登记原因</translation>
    </message>
    <message>
        <source>Note: fit, preferences, what she asked for… (saved to the timeline, dated and signed, when you leave the box; Ctrl+Enter adds it at once)</source>
        <translation>备注：尺码是否合适、喜好、她问过什么……（离开输入框时自动存入时间线，带日期和经手人；按 Ctrl+Enter 立即添加）</translation>
    </message>
    <message>
        <source>%1: %2 (yours: %3)</source>
        <translation>%1：%2（你填的：%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Changed on another workstation</source>
        <translation>另一台电脑已修改</translation>
    </message>
    <message>
        <source>%1 changed this customer&apos;s profile at %2:
%3

Keep her change, or save yours over it?</source>
        <translation>%1 在 %2 修改了这位顾客的资料：
%3

保留她的修改，还是用你的覆盖？</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>Keep hers (reload)</source>
        <translation>保留她的（重新载入）</translation>
    </message>
    <message>
        <source>Complaint / return / review…</source>
        <translation>登记投诉／退货／评价…</translation>
    </message>
    <message>
        <source>Log a complaint, a return or a below-5-star review against the reason list</source>
        <translation>按原因清单登记一条投诉、退货或五星以下评价</translation>
    </message>
    <message>
        <source>Show full number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Show this customer&apos;s full mobile number to dial it (recorded with your name)</source>
        <translation>显示该顾客的完整手机号以便拨打（会记录你的名字）</translation>
    </message>
    <message>
        <source>Save mine over it</source>
        <translation>用我的覆盖</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>review</source>
        <translation>评价</translation>
    </message>
</context>
<context>
    <name>huitou::ReasonReports</name>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Review below 5 stars</source>
        <translation>非 5 星评价</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>%1 entries in %2 (%3 the month before). Ties follow the taxonomy&apos;s order.</source>
        <translation>%2 共 %1 条（上月 %3 条）。数量相同时按原因表的顺序排列。</translation>
    </message>
    <message>
        <source>No entries in %1.</source>
        <translation>%1 没有记录。</translation>
    </message>
    <message>
        <source>Complaint, return and review entries per month, by reason category.</source>
        <translation>每月投诉、退货和评价的条数，按原因分类。</translation>
    </message>
</context>
<context>
    <name>huitou::ReasonStore</name>
    <message>
        <source>order: %1 is not this customer&apos;s order.</source>
        <translation>订单：%1 不是这位顾客的订单。</translation>
    </message>
    <message>
        <source>order: there is no order %1.</source>
        <translation>订单：没有订单 %1。</translation>
    </message>
    <message>
        <source>kind: must be complaint, return or review, not &quot;%1&quot;.</source>
        <translation>类型：只能是 complaint、return 或 review，不能是“%1”。</translation>
    </message>
    <message>
        <source>reason: unknown reason code &quot;%1&quot;.</source>
        <translation>原因：未知的原因代码“%1”。</translation>
    </message>
    <message>
        <source>day: the day of the entry is missing.</source>
        <translation>日期：缺少记录日期。</translation>
    </message>
    <message>
        <source>customer: no customer with id %1.</source>
        <translation>顾客：没有编号为 %1 的顾客。</translation>
    </message>
    <message>
        <source>order: the order is not this customer&apos;s.</source>
        <translation>订单：这不是这位顾客的订单。</translation>
    </message>
    <message>
        <source>item: the item line is not part of order %1.</source>
        <translation>宝贝：这条宝贝不属于订单 %1。</translation>
    </message>
    <message>
        <source>item: an item line needs its order.</source>
        <translation>宝贝：选择宝贝前要先选订单。</translation>
    </message>
    <message>
        <source>entry: no reason entry %1.</source>
        <translation>记录：没有编号为 %1 的原因记录。</translation>
    </message>
    <message>
        <source>entry: reviews are not resolved, only complaints and returns.</source>
        <translation>记录：只有投诉和退货需要处理，评价不需要。</translation>
    </message>
    <message>
        <source>resolution: say how it was resolved.</source>
        <translation>处理结果：请写明是怎么处理的。</translation>
    </message>
</context>
<context>
    <name>huitou::ReportTableModel</name>
    <message>
        <source>The window is still open: the rate so far.</source>
        <translation>窗口期尚未结束：这是目前的比率。</translation>
    </message>
</context>
<context>
    <name>huitou::ReportTables</name>
    <message>
        <source>Lifecycle: stage × new / returning</source>
        <translation>生命周期：阶段 × 新客 / 老客</translation>
    </message>
    <message>
        <source>New and returning buyers per month</source>
        <translation>每月新客与老客</translation>
    </message>
    <message>
        <source>Second-purchase rate by first-purchase month</source>
        <translation>按首购月份的二次购买率</translation>
    </message>
    <message>
        <source>Repurchase rate by stage, and reactivation</source>
        <translation>各阶段回购率与唤醒率</translation>
    </message>
    <message>
        <source>Tier contribution</source>
        <translation>会员等级贡献</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>R score × F score</source>
        <translation>R 分 × F 分</translation>
    </message>
    <message>
        <source>Repurchase interval</source>
        <translation>回购周期</translation>
    </message>
    <message>
        <source>Order value by purchase frequency</source>
        <translation>按购买次数的客单价</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>同期群留存</translation>
    </message>
    <message>
        <source>Customers and revenue by province</source>
        <translation>各省顾客与销售额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>顾客占比</translation>
    </message>
    <message>
        <source>Double-click a bar to see those customers.</source>
        <translation>双击柱子查看这些顾客。</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>新客人数</translation>
    </message>
    <message>
        <source>Returning buyers</source>
        <translation>老客人数</translation>
    </message>
    <message>
        <source>Returning share</source>
        <translation>老客占比</translation>
    </message>
    <message>
        <source>Revenue (¥)</source>
        <translation>销售额（元）</translation>
    </message>
    <message>
        <source>Revenue from returning buyers (¥)</source>
        <translation>老客销售额（元）</translation>
    </message>
    <message>
        <source>Returning revenue share</source>
        <translation>老客销售额占比</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>30 天内</translation>
    </message>
    <message>
        <source>Within 90 days</source>
        <translation>90 天内</translation>
    </message>
    <message>
        <source>Within 180 days</source>
        <translation>180 天内</translation>
    </message>
    <message>
        <source>Cohort size</source>
        <translation>首购人数</translation>
    </message>
    <message>
        <source>Hollow points: the window is still open, the rate so far.</source>
        <translation>空心点：窗口期尚未结束，为目前的比率。</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>唤醒率</translation>
    </message>
    <message>
        <source>Share of orders</source>
        <translation>订单占比</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>F %1</source>
        <translation>F %1</translation>
    </message>
    <message>
        <source>R %1</source>
        <translation>R %1</translation>
    </message>
    <message>
        <source>R 5: bought most recently; F 5: five or more purchase days.</source>
        <translation>R 5：最近购买过；F 5：五个及以上购买日。</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>间隔数</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>No repeat purchases yet.</source>
        <translation>还没有回购。</translation>
    </message>
    <message>
        <source>Average order value (¥)</source>
        <translation>客单价（元）</translation>
    </message>
    <message>
        <source>Items per order</source>
        <translation>每单件数</translation>
    </message>
    <message>
        <source>%1 purchase day(s)</source>
        <translation>购买 %1 天</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>M+%1</source>
        <translation>第 %1 月</translation>
    </message>
    <message>
        <source>Half of the customers came back within %1 days, three in four within %2 days, nine in ten within %3 days (%4 returns)</source>
        <translation>一半的回购发生在 %1 天内，四分之三在 %2 天内，九成在 %3 天内（共 %4 次回购）</translation>
    </message>
    <message>
        <source>Campaign result: treatment and control</source>
        <translation>活动效果：发送组与对照组</translation>
    </message>
    <message>
        <source>Top 5 complaint reasons</source>
        <translation>投诉原因 Top 5</translation>
    </message>
    <message>
        <source>Top 5 return reasons</source>
        <translation>退货原因 Top 5</translation>
    </message>
    <message>
        <source>Top 5 reasons of reviews below 5 stars</source>
        <translation>非 5 星评价原因 Top 5</translation>
    </message>
    <message>
        <source>Reasons by category, last 12 months</source>
        <translation>近 12 个月各类原因趋势</translation>
    </message>
    <message>
        <source>Callback survey results</source>
        <translation>回访问卷结果</translation>
    </message>
    <message>
        <source>Product feedback</source>
        <translation>商品反馈</translation>
    </message>
</context>
<context>
    <name>huitou::ReportViewWidget</name>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>图表：%1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>表格：%1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Nothing to chart for this period yet.</source>
        <translation>本期暂无可画图的数据。</translation>
    </message>
</context>
<context>
    <name>huitou::ReportsPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>no repeat purchases yet</source>
        <translation>还没有回购</translation>
    </message>
    <message>
        <source>Monthly report (PDF)…</source>
        <translation>月度报告（PDF）…</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>New / returning</source>
        <translation>新客 / 老客</translation>
    </message>
    <message>
        <source>Second purchase</source>
        <translation>二次购买</translation>
    </message>
    <message>
        <source>Stage repurchase</source>
        <translation>阶段回购</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>R × F</source>
        <translation>R × F</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>回购周期</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the monthly report…</source>
        <translation>正在生成月度报告…</translation>
    </message>
    <message>
        <source>Our shop</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <comment>month picker format</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1（本月至今）</translation>
    </message>
    <message>
        <source>No orders in %1.</source>
        <translation>%1 没有订单。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: &lt;b&gt;%2&lt;/b&gt; buyers (%3 new, %4 returning, %5) · revenue &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：购买顾客 &lt;b&gt;%2&lt;/b&gt; 位（新客 %3，老客 %4，老客占 %5）· 销售额 &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>typically %1 days; three in four within %2 days, nine in ten within %3 days</source>
        <translation>一般 %1 天；四分之三在 %2 天内，九成在 %3 天内</translation>
    </message>
    <message>
        <source>&lt;br&gt;As of %1: &lt;b&gt;%2&lt;/b&gt; customers with a paid order · repeat purchase rate (365 days) &lt;b&gt;%3&lt;/b&gt; · between purchases: %4 · in the new-customer window (40 days): &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;br&gt;截至 %1：有付款订单的顾客 &lt;b&gt;%2&lt;/b&gt; 位 · 重复购买率（365 天）&lt;b&gt;%3&lt;/b&gt; · 回购间隔：%4 · 新客培育期（40 天）内 &lt;b&gt;%5&lt;/b&gt; 位</translation>
    </message>
    <message>
        <source>%1 · %2 (as of %3)</source>
        <translation>%1 · %2（截至 %3）</translation>
    </message>
    <message>
        <source>Wrote the monthly report to %1</source>
        <translation>月报已保存到 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Top 5 complaints</source>
        <translation>投诉 Top 5</translation>
    </message>
    <message>
        <source>Top 5 returns</source>
        <translation>退货 Top 5</translation>
    </message>
    <message>
        <source>Top 5 reviews</source>
        <translation>评价 Top 5</translation>
    </message>
    <message>
        <source>Reason trend</source>
        <translation>原因趋势</translation>
    </message>
    <message>
        <source>Callback results</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品反馈</translation>
    </message>
    <message>
        <source>%1 so far (to %2)</source>
        <translation>%1（截至 %2）</translation>
    </message>
    <message>
        <source>monthly-report-%1.pdf</source>
        <translation>月度报告-%1.pdf</translation>
    </message>
</context>
<context>
    <name>huitou::ReviewImporter</name>
    <message>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (for %2).</source>
        <translation>文件中没有“%1”这一列（用于%2）。</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2.</source>
        <translation>这一行有 %1 个字段，表头有 %2 个。</translation>
    </message>
    <message>
        <source>order: empty.</source>
        <translation>订单：为空。</translation>
    </message>
    <message>
        <source>rating: must be 1 to 5, not &quot;%1&quot;.</source>
        <translation>评分：必须是 1 到 5，不能是“%1”。</translation>
    </message>
    <message>
        <source>time: cannot read &quot;%1&quot;.</source>
        <translation>时间：无法识别“%1”。</translation>
    </message>
</context>
<context>
    <name>huitou::ReviewMapping</name>
    <message>
        <source>--map: &quot;%1&quot; is not key=COLUMN.</source>
        <translation>--map：“%1”不是 key=列名 的格式。</translation>
    </message>
    <message>
        <source>--map: unknown field &quot;%1&quot; (order, rating, text, time).</source>
        <translation>--map：未知字段“%1”（可用 order、rating、text、time）。</translation>
    </message>
    <message>
        <source>--map: the %1 column is required.</source>
        <translation>--map：必须指定 %1 列。</translation>
    </message>
</context>
<context>
    <name>huitou::SegmentBuilder</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>New and returning</source>
        <translation>新客和老客</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All RFM segments</source>
        <translation>全部 RFM 分群</translation>
    </message>
    <message>
        <source>Any of the tags: -</source>
        <translation>含任一标签：无</translation>
    </message>
    <message>
        <source>All of the tags: -</source>
        <translation>含全部标签：无</translation>
    </message>
    <message>
        <source>None of the tags: -</source>
        <translation>不含标签：无</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>营销许可不限</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>title contains, e.g. 连衣裙</source>
        <translation>标题包含，例如 连衣裙</translation>
    </message>
    <message>
        <source>More conditions</source>
        <translation>更多条件</translation>
    </message>
    <message>
        <source>Purchases (F)</source>
        <translation>购买次数（F）</translation>
    </message>
    <message>
        <source>Spent (M)</source>
        <translation>消费金额（M）</translation>
    </message>
    <message>
        <source>Days since last purchase (R)</source>
        <translation>距上次购买天数（R）</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>生日月份</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>买过</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tag group: value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部顾客</translation>
    </message>
    <message>
        <source>商家编码 (exact)</source>
        <translation>商家编码（精确）</translation>
    </message>
    <message>
        <source>The item&apos;s 商家编码; with a title too, the same item must match both.</source>
        <translation>商品的商家编码；同时填了标题时，同一件商品要两者都符合。</translation>
    </message>
</context>
<context>
    <name>huitou::SettingsPage</name>
    <message>
        <source>Lifecycle stages (days since the last purchase)</source>
        <translation>生命周期阶段（距最近一次购买的天数）</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>采用建议值</translation>
    </message>
    <message>
        <source>Active up to</source>
        <translation>活跃：不超过</translation>
    </message>
    <message>
        <source>Silent up to</source>
        <translation>沉默：不超过</translation>
    </message>
    <message>
        <source>Sleeping up to (lost after)</source>
        <translation>睡眠：不超过（超过即流失）</translation>
    </message>
    <message>
        <source>Member tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Amount spent (M)</source>
        <translation>消费金额（M）</translation>
    </message>
    <message>
        <source>Purchase days (F)</source>
        <translation>购买天数（F）</translation>
    </message>
    <message>
        <source>By rank: top 1% / 4% / 20%</source>
        <translation>按排名：前 1% / 4% / 20%</translation>
    </message>
    <message>
        <source>Fixed thresholds</source>
        <translation>固定门槛</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Senior member from</source>
        <translation>高级会员起点</translation>
    </message>
    <message>
        <source>VIP from</source>
        <translation>VIP 起点</translation>
    </message>
    <message>
        <source>Supreme VIP from</source>
        <translation>至尊VIP 起点</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>应用并重新计算</translation>
    </message>
    <message>
        <source>Tag dictionary</source>
        <translation>标签字典</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加分组</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>删除分组</translation>
    </message>
    <message>
        <source>Save dictionary</source>
        <translation>保存字典</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Computing the suggestion from your repurchase intervals…</source>
        <translation>正在根据回购周期计算建议值…</translation>
    </message>
    <message>
        <source>No suggestion yet: it needs customers who bought twice.</source>
        <translation>暂无建议值：需要有顾客购买过两次。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Values per customer</source>
        <translation>每位顾客可选</translation>
    </message>
    <message>
        <source>Values (separated by commas)</source>
        <translation>可选值（用顿号或逗号分隔）</translation>
    </message>
    <message>
        <source>Values per customer: %1, %2 or %3.</source>
        <translation>每位顾客可选：%1、%2或%3。</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>As it should appear on the monthly report</source>
        <translation>月报上显示的店名</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Suggested from how long your customers take to come back (active: three in four return within it; silent: nine in ten; lost: twice that): %1 / %2 / %3 days</source>
        <translation>根据顾客多久回购给出的建议（活跃：四分之三的回购在此之内；沉默：九成；流失：再翻一倍）：%1 / %2 / %3 天</translation>
    </message>
    <message>
        <source>Settings applied; the figures were recomputed.</source>
        <translation>设置已应用，数据已重新计算。</translation>
    </message>
    <message>
        <source>Tag dictionary saved.</source>
        <translation>标签字典已保存。</translation>
    </message>
    <message>
        <source>Shop name saved: %1</source>
        <translation>店铺名称已保存：%1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Care plan and reasons</source>
        <translation>培养计划与原因</translation>
    </message>
    <message>
        <source>You are signed in to the shop server as staff: the shop&apos;s settings are the manager&apos;s and are shown read-only.</source>
        <translation>你以员工身份登录店铺服务器：店铺设置由店长管理，这里只能查看。</translation>
    </message>
    <message>
        <source>Staff logins</source>
        <translation>员工账号</translation>
    </message>
</context>
<context>
    <name>huitou::Staff</name>
    <message>
        <source>Who is working here?</source>
        <translation>请问在这台电脑上工作的是谁？</translation>
    </message>
    <message>
        <source>Your name is recorded with every task, note, survey and reason you log:</source>
        <translation>您记录的每个任务、备注、回访和原因都会署上您的名字：</translation>
    </message>
</context>
<context>
    <name>huitou::StaffAccountsBox</name>
    <message>
        <source>Who may use this shop server. Staff look customers up, import, tag and log care and feedback; a manager may also revert imports, change the settings, export contacts and manage these logins. The server itself enforces it.</source>
        <translation>可以使用这台店铺服务器的人。员工可以查顾客、导入订单、打标签、记录关怀和反馈；店长还可以撤销导入、修改设置、导出联系人、管理这些账号。权限由服务器本身把关。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Remove from the shop</source>
        <translation>移出店铺</translation>
    </message>
    <message>
        <source>e.g. xiaowang</source>
        <translation>例如 xiaowang</translation>
    </message>
    <message>
        <source>Leave empty to keep her password</source>
        <translation>留空则不改密码</translation>
    </message>
    <message>
        <source>Add or change</source>
        <translation>添加或修改</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Staff logins</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <source>Type the login name first.</source>
        <translation>请先填写登录名。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <source>Take %1 out of the shop? She can no longer open the store.</source>
        <translation>把 %1 移出店铺？移出后她将无法再打开店铺数据。</translation>
    </message>
    <message>
        <source>%1 was taken out of the shop.</source>
        <translation>已把 %1 移出店铺。</translation>
    </message>
</context>
<context>
    <name>huitou::Store</name>
    <message>
        <source>The disk is full: free some space and try again; nothing was changed. (%1)</source>
        <translation>磁盘已满：请腾出空间后重试，数据没有任何改动。（%1）</translation>
    </message>
    <message>
        <source>The store is damaged (%1). Restore a backup: File → Backups… or huitou-cli store backups / store restore ID.</source>
        <translation>店铺数据已损坏（%1）。请恢复备份：文件 → 备份…，或 huitou-cli store backups / store restore 编号。</translation>
    </message>
    <message>
        <source>The store can only be read here (a read-only file or folder); nothing can be changed. (%1)</source>
        <translation>店铺数据在这里只能读取（文件或文件夹为只读），无法修改。（%1）</translation>
    </message>
    <message>
        <source>Writing to the disk failed (is it full or removed?); nothing was changed. (%1)</source>
        <translation>写入磁盘失败（磁盘已满或已移除？），数据没有任何改动。（%1）</translation>
    </message>
    <message>
        <source>Another import or program is writing to the store; waiting for it to finish…</source>
        <translation>另一个导入或程序正在写入店铺数据，正在等待它完成…</translation>
    </message>
    <message>
        <source>Another program kept the store busy; nothing was changed. Try again later.</source>
        <translation>店铺数据一直被另一个程序占用，数据没有任何改动。请稍后再试。</translation>
    </message>
    <message>
        <source>The connection to the shop server was lost; nothing was changed. Try again once the server is back. (%1)</source>
        <translation>与店铺服务器的连接断开了，数据没有任何改动。服务器恢复后请重试。（%1）</translation>
    </message>
    <message>
        <source>The shop server does not allow this for your account; ask the manager. (%1)</source>
        <translation>店铺服务器不允许您的账号进行此操作，请联系店长。（%1）</translation>
    </message>
    <message>
        <source>The shop server&apos;s disk is full; nothing was changed. (%1)</source>
        <translation>店铺服务器的磁盘已满，数据没有任何改动。（%1）</translation>
    </message>
    <message>
        <source>The login that creates or upgrades the store on the shop server must be allowed to create roles (createuser --createrole): the store sets up its staff and manager roles. (%1)</source>
        <translation>在店铺服务器上创建或升级店铺数据的账号必须有创建角色的权限（createuser --createrole）：店铺要建立员工和店长两个角色。（%1）</translation>
    </message>
</context>
<context>
    <name>huitou::StoreCopy</name>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>复制数据表 %1 失败：%2</translation>
    </message>
    <message>
        <source>The two stores have different schema versions (%1 and %2).</source>
        <translation>两个数据库的结构版本不同（%1 和 %2）。</translation>
    </message>
    <message>
        <source>The target store already holds a shop; copy into a new, empty store.</source>
        <translation>目标数据库里已经有店铺数据，请复制到一个新的空数据库。</translation>
    </message>
</context>
<context>
    <name>huitou::StoreLocation</name>
    <message>
        <source>Not a server address: %1</source>
        <translation>不是有效的服务器地址：%1</translation>
    </message>
    <message>
        <source>A server address must not hold a password: put it in ~/.pgpass instead.</source>
        <translation>服务器地址里不能包含密码，请把密码写在 ~/.pgpass 中。</translation>
    </message>
    <message>
        <source>The server address names no database: %1</source>
        <translation>服务器地址没有指明数据库：%1</translation>
    </message>
</context>
<context>
    <name>huitou::StoreRoles</name>
    <message>
        <source>Staff logins exist only on a shop server; in a store file everyone may do everything.</source>
        <translation>只有店铺服务器才有员工账号；使用本机店铺文件时，所有操作都允许。</translation>
    </message>
    <message>
        <source>Only the shop&apos;s manager may revert an import.</source>
        <translation>只有店长可以撤销导入。</translation>
    </message>
    <message>
        <source>Only the shop&apos;s manager may change the settings.</source>
        <translation>只有店长可以修改设置。</translation>
    </message>
    <message>
        <source>Only the shop&apos;s manager may export contacts.</source>
        <translation>只有店长可以导出联系人。</translation>
    </message>
    <message>
        <source>Only the shop&apos;s manager may manage staff logins.</source>
        <translation>只有店长可以管理员工账号。</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Only the shop&apos;s manager may see customers&apos; full phone numbers.</source>
        <translation>只有店长可以查看顾客的完整手机号。</translation>
    </message>
</context>
<context>
    <name>huitou::SurveyAnswer</name>
    <message>
        <source>reached: must be yes, no_answer or refused, not &quot;%1&quot;.</source>
        <translation>接通：只能是 yes、no_answer 或 refused，不能是“%1”。</translation>
    </message>
    <message>
        <source>satisfaction: must be 1 to 5, not %1.</source>
        <translation>满意度：必须是 1 到 5，不能是 %1。</translation>
    </message>
    <message>
        <source>will buy again: must be yes, no or unsure, not &quot;%1&quot;.</source>
        <translation>会再次购买：只能是 yes、no 或 unsure，不能是“%1”。</translation>
    </message>
    <message>
        <source>reached: satisfaction and will-buy-again need a customer who was reached.</source>
        <translation>接通：只有接通的顾客才能填写满意度和是否再次购买。</translation>
    </message>
    <message>
        <source>problems: unknown reason code &quot;%1&quot;.</source>
        <translation>问题：未知的原因代码“%1”。</translation>
    </message>
    <message>
        <source>why not: unknown reason code &quot;%1&quot;.</source>
        <translation>不再购买的原因：未知的原因代码“%1”。</translation>
    </message>
    <message>
        <source>day: the day of the call is missing.</source>
        <translation>日期：缺少回访日期。</translation>
    </message>
</context>
<context>
    <name>huitou::SurveyDialog</name>
    <message>
        <source>Callback survey: %1</source>
        <translation>回访问卷：%1</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>1 very unhappy</source>
        <translation>1 很不满意</translation>
    </message>
    <message>
        <source>2 unhappy</source>
        <translation>2 不满意</translation>
    </message>
    <message>
        <source>3 so-so</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <source>4 happy</source>
        <translation>4 满意</translation>
    </message>
    <message>
        <source>5 very happy</source>
        <translation>5 很满意</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>会</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不会</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Follow-up needed (puts a task on Today)</source>
        <translation>需要跟进（会在今日待办中生成任务）</translation>
    </message>
    <message>
        <source>&amp;Reached</source>
        <translation>接通情况（&amp;R）</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>满意度（&amp;S）</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>遇到的问题（&amp;P）</translation>
    </message>
    <message>
        <source>Problems, in her words</source>
        <translation>问题（顾客原话）</translation>
    </message>
    <message>
        <source>&amp;Expectations</source>
        <translation>期望（&amp;E）</translation>
    </message>
    <message>
        <source>Will &amp;buy again</source>
        <translation>会再次购买（&amp;B）</translation>
    </message>
    <message>
        <source>&amp;Why not</source>
        <translation>不再购买的原因（&amp;W）</translation>
    </message>
    <message>
        <source>Why not, in her words</source>
        <translation>不再购买的原因（顾客原话）</translation>
    </message>
    <message>
        <source>Day of the call</source>
        <translation>回访日期</translation>
    </message>
</context>
<context>
    <name>huitou::TagEditor</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1（自动）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Tag customer</source>
        <translation>给顾客打标签</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>huitou::Timeline</name>
    <message>
        <source>Order %1: %2 yuan, %3</source>
        <translation>订单 %1：%2 元，%3</translation>
    </message>
    <message>
        <source>, refund %1 yuan</source>
        <translation>，退款 %1 元</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Note edited: %1</source>
        <translation>修改备注：%1</translation>
    </message>
    <message>
        <source>Note deleted: %1</source>
        <translation>删除备注：%1</translation>
    </message>
    <message>
        <source>Note restored: %1</source>
        <translation>恢复备注：%1</translation>
    </message>
    <message>
        <source>Tag removed: %1 = %2</source>
        <translation>删除标签：%1 = %2</translation>
    </message>
    <message>
        <source>Tag added: %1 = %2</source>
        <translation>添加标签：%1 = %2</translation>
    </message>
    <message>
        <source>Tags %1: %2 (was %3)</source>
        <translation>标签 %1：%2（原为 %3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Done: %1 (due %2)</source>
        <translation>已完成：%1（应于 %2）</translation>
    </message>
    <message>
        <source>Skipped: %1 (due %2)</source>
        <translation>已跳过：%1（应于 %2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> · order %1</source>
        <translation> · 订单 %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · “%1”</source>
        <translation> · “%1”</translation>
    </message>
    <message>
        <source> (suggested, to confirm)</source>
        <translation>（系统建议，待确认）</translation>
    </message>
    <message>
        <source>%1 resolved: %2 · %3</source>
        <translation>%1已处理：%2 · %3</translation>
    </message>
    <message>
        <source>%1 reason confirmed: %2</source>
        <translation>%1原因已确认：%2</translation>
    </message>
    <message>
        <source>Reopened (was resolved: %1)</source>
        <translation>重新打开（原处理结果：%1）</translation>
    </message>
    <message>
        <source>%1 entry deleted: %2</source>
        <translation>删除%1记录：%2</translation>
    </message>
    <message>
        <source>%1 entry restored: %2</source>
        <translation>恢复%1记录：%2</translation>
    </message>
    <message>
        <source>Callback: reached</source>
        <translation>回访：已接通</translation>
    </message>
    <message>
        <source>, satisfaction %1</source>
        <translation>，满意度 %1</translation>
    </message>
    <message>
        <source>, will buy again: %1</source>
        <translation>，会再次购买：%1</translation>
    </message>
    <message>
        <source>Callback: refused</source>
        <translation>回访：拒绝</translation>
    </message>
    <message>
        <source>Callback: no answer</source>
        <translation>回访：无人接听</translation>
    </message>
    <message>
        <source> · follow-up requested</source>
        <translation> · 需要跟进</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>生日：%1</translation>
    </message>
    <message>
        <source>Full phone number shown to dial</source>
        <translation>查看了完整电话号码</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>opt-out list %1</source>
        <translation>退订名单 %1</translation>
    </message>
    <message>
        <source>Marketing consent: %1 (was %2; %3)</source>
        <translation>营销许可：%1（原为 %2；%3）</translation>
    </message>
</context>
<context>
    <name>huitou::TimelineTree</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
</context>
<context>
    <name>huitou::ToConfirmPage</name>
    <message>
        <source>Review reasons to confirm</source>
        <translation>待确认的评价原因</translation>
    </message>
    <message>
        <source>Import reviews…</source>
        <translation>导入评价…</translation>
    </message>
    <message>
        <source>Enter: accept the suggestion · C: change the reason · Delete: dismiss</source>
        <translation>回车：接受建议 · C：更换原因 · Delete：忽略</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Suggested reason</source>
        <translation>建议的原因</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受（&amp;A）</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>更换（&amp;C）…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>忽略（&amp;D）</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) to confirm</source>
        <translation>
            <numerusform>还有 %n 条建议待确认</numerusform>
        </translation>
    </message>
    <message>
        <source>Change reason</source>
        <translation>更换原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Import reviews</source>
        <translation>导入评价</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Review columns</source>
        <translation>评价的列</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation>评分（1-5）</translation>
    </message>
    <message>
        <source>Review text</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%1 reviews read, %2 new, %3 unchanged, %4 without a known order; %5 reasons to confirm.</source>
        <translation>读取 %1 条评价，新增 %2 条，未变 %3 条，%4 条找不到订单；%5 个原因待确认。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>huitou::TodayList</name>
    <message>
        <source>New-customer touch</source>
        <translation>新客接触</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>未处理的投诉</translation>
    </message>
    <message>
        <source>Open return</source>
        <translation>未处理的退货</translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <translation>第 %1 天：%2</translation>
    </message>
    <message>
        <source>Birthday on %1 (turns %2)</source>
        <translation>%1 生日（满 %2 岁）</translation>
    </message>
    <message>
        <source>Birthday on %1</source>
        <translation>%1 生日</translation>
    </message>
    <message>
        <source>Birthday greeting, with a coupon valid 7 to 15 days if you have one.</source>
        <translation>生日问候，如有优惠券可附上一张 7-15 天有效的。</translation>
    </message>
    <message>
        <source>Asked for a follow-up in the callback survey</source>
        <translation>回访时要求跟进</translation>
    </message>
    <message>
        <source> (order %1)</source>
        <translation>（订单 %1）</translation>
    </message>
</context>
<context>
    <name>huitou::TodayModel</name>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应办日期</translation>
    </message>
    <message>
        <source>Suggested message / details</source>
        <translation>建议话术 / 详情</translation>
    </message>
</context>
<context>
    <name>huitou::TodayPage</name>
    <message>
        <source>Today&apos;s care list</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>回到今天</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成（&amp;D）</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过（&amp;K）</translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation>打开资料（&amp;P）</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>New-customer touches (%1)</source>
        <translation>新客接触（%1）</translation>
    </message>
    <message>
        <source>Birthdays (%1)</source>
        <translation>生日（%1）</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>跟进（%1）</translation>
    </message>
    <message>
        <source>Open complaints (%1)</source>
        <translation>未处理的投诉（%1）</translation>
    </message>
    <message>
        <source>Open returns (%1)</source>
        <translation>未处理的退货（%1）</translation>
    </message>
    <message>
        <source>Nothing left for this day.</source>
        <translation>这一天没有待办了。</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>是怎么处理的？</translation>
    </message>
</context>
<context>
    <name>huitou::Vocabulary</name>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>沉默</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>老客</translation>
    </message>
    <message>
        <source>Regular member</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <source>Senior member</source>
        <translation>高级会员</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Supreme VIP</source>
        <translation>至尊VIP</translation>
    </message>
    <message>
        <source>Important value</source>
        <translation>重要价值</translation>
    </message>
    <message>
        <source>Important to develop</source>
        <translation>重要发展</translation>
    </message>
    <message>
        <source>Important to retain</source>
        <translation>重要保持</translation>
    </message>
    <message>
        <source>Important to win back</source>
        <translation>重要挽留</translation>
    </message>
    <message>
        <source>General value</source>
        <translation>一般价值</translation>
    </message>
    <message>
        <source>General to develop</source>
        <translation>一般发展</translation>
    </message>
    <message>
        <source>General to retain</source>
        <translation>一般保持</translation>
    </message>
    <message>
        <source>General to win back</source>
        <translation>一般挽留</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>huitou::WelcomePage</name>
    <message>
        <source>Welcome to Huitou</source>
        <translation>欢迎使用回头</translation>
    </message>
    <message>
        <source>Huitou helps your shop win back its customers: import the order reports from the Taobao back end and see who buys again, who is slipping away, and whom to care for today.</source>
        <translation>回头帮助店铺把顾客留住：导入淘宝后台的订单报表，就能看到谁在回购、谁正在流失、今天该关怀谁。</translation>
    </message>
    <message>
        <source>Import your orders…</source>
        <translation>导入你的订单…</translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation>打开演示店铺</translation>
    </message>
    <message>
        <source>The demo shop is a generated women&apos;s-clothing shop with three years of orders; you can import your own orders at any time.</source>
        <translation>演示店铺是一家自动生成的女装店，带有三年的订单；你随时可以导入自己的订单。</translation>
    </message>
</context>
<context>
    <name>huitou::cli</name>
    <message>
        <source>Report as of %1</source>
        <translation>截至 %1 的报表</translation>
    </message>
    <message>
        <source>Customers: %1   valid orders: %2   revenue: ¥%3</source>
        <translation>顾客：%1   有效订单：%2   销售额：¥%3</translation>
    </message>
    <message>
        <source>Lifecycle            new   returning</source>
        <translation>生命周期            新客   老客</translation>
    </message>
    <message>
        <source>Repeat purchase rate (365 days): %1</source>
        <translation>重复购买率（365 天）：%1</translation>
    </message>
    <message>
        <source>Repurchase interval: median %1, p75 %2, p90 %3 days</source>
        <translation>回购周期：中位数 %1，p75 %2，p90 %3 天</translation>
    </message>
    <message>
        <source>Tiers: regular %1, senior %2, VIP %3, supreme VIP %4</source>
        <translation>会员等级：普通会员 %1，高级会员 %2，VIP %3，至尊VIP %4</translation>
    </message>
    <message>
        <source>Stage repurchase in %1: active %2, silent %3, sleeping %4, lost %5; reactivation %6</source>
        <translation>%1 各阶段回购率：活跃 %2，沉默 %3，睡眠 %4，流失 %5；唤醒率 %6</translation>
    </message>
    <message>
        <source>BG/NBD: %1</source>
        <translation>BG/NBD：%1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no store at %1. Create one with `huitou-cli store create` or by importing orders.</source>
        <translation>%1 处没有数据库。请用 `huitou-cli store create` 新建，或先导入订单。</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>运行“%1 --help”查看用法。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>The store file (default: the app&apos;s store).</source>
        <translation>数据库文件（默认为应用自己的数据库）。</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>退出状态：</translation>
    </message>
    <message>
        <source>  0  success</source>
        <translation>  0  成功</translation>
    </message>
    <message>
        <source>  1  the work failed (a file refused, a store error)</source>
        <translation>  1  执行失败（文件被拒收、数据库出错）</translation>
    </message>
    <message>
        <source>  2  usage error (unknown option, missing or invalid value)</source>
        <translation>  2  用法错误（未知选项、缺少取值或取值无效）</translation>
    </message>
    <message>
        <source>  3  with --strict: at least one row was rejected</source>
        <translation>  3  使用 --strict 时：至少有一行被拒绝</translation>
    </message>
    <message>
        <source>Who does this (default: this computer&apos;s staff name, then $USER).</source>
        <translation>操作人（默认为本机设置的客服姓名，其次为 $USER）。</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db 需要文件名。</translation>
    </message>
    <message>
        <source>--staff needs a name.</source>
        <translation>--staff 需要姓名。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>--%1 must be a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 必须是 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 must be a month YYYY-MM, not &quot;%2&quot;.</source>
        <translation>--%1 必须是 YYYY-MM 格式的月份，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 必须是 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>Lists customers with their figures (CSV, or JSON with --json).</source>
        <translation>列出顾客及其指标（CSV；加 --json 输出 JSON）。</translation>
    </message>
    <message>
        <source>Date of the figures (default today).</source>
        <translation>指标的计算日期（默认今天）。</translation>
    </message>
    <message>
        <source>CSV output (the default; kept for scripts).</source>
        <translation>输出 CSV（默认格式，为兼容脚本保留）。</translation>
    </message>
    <message>
        <source>JSON output: {&quot;as_of&quot;, &quot;customers&quot;: [...]} with the CSV&apos;s columns.</source>
        <translation>输出 JSON：{&quot;as_of&quot;, &quot;customers&quot;: [...]}，字段与 CSV 列相同。</translation>
    </message>
    <message>
        <source>Print only the number of matching customers.</source>
        <translation>只输出符合条件的顾客人数。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--csv and --json exclude each other.</source>
        <translation>--csv 和 --json 不能同时使用。</translation>
    </message>
    <message>
        <source>Writes a realistic Taobao-format women&apos;s-clothing shop (order report + item report, GB18030).</source>
        <translation>生成一家逼真的淘宝格式女装店（订单报表 + 宝贝报表，GB18030 编码）。</translation>
    </message>
    <message>
        <source>Number of customers (default 2000).</source>
        <translation>顾客人数（默认 2000）。</translation>
    </message>
    <message>
        <source>Generate until N orders instead.</source>
        <translation>改为生成到 N 笔订单为止。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Last day of the history (default today).</source>
        <translation>历史数据的最后一天（默认今天）。</translation>
    </message>
    <message>
        <source>Years of history (default 3).</source>
        <translation>历史年数（默认 3）。</translation>
    </message>
    <message>
        <source>Broken rows to mix in (default 0).</source>
        <translation>混入的错误行数（默认 0）。</translation>
    </message>
    <message>
        <source>Output folder (created when missing).</source>
        <translation>输出文件夹（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 输出结果。</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>必须用 --out 指定输出文件夹。</translation>
    </message>
    <message>
        <source>%1 customers, %2 orders, %3 items</source>
        <translation>顾客 %1 位，订单 %2 笔，宝贝明细 %3 条</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 rows read, %5 inserted, %6 updated, %7 unchanged, %8 rejected</source>
        <translation>%1（%2，%3）：读取 %4 行，新增 %5，更新 %6，未变 %7，拒绝 %8</translation>
    </message>
    <message>
        <source>line %1 (record %2): %3</source>
        <translation>第 %1 行（第 %2 条记录）：%3</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Cannot copy standard input: %1</source>
        <translation>无法复制标准输入：%1</translation>
    </message>
    <message>
        <source>Imports order exports. Re-importing never duplicates.</source>
        <translation>导入订单导出文件。重复导入不会产生重复数据。</translation>
    </message>
    <message>
        <source>taobao-orders|taobao-items|shopify|generic (default: detect).</source>
        <translation>taobao-orders|taobao-items|shopify|generic（默认自动识别）。</translation>
    </message>
    <message>
        <source>Use the saved generic column mapping NAME.</source>
        <translation>使用已保存的通用列映射 NAME。</translation>
    </message>
    <message>
        <source>Generic mapping: customer=COL,order=COL,time=COL,amount=COL[,…].</source>
        <translation>通用列映射：customer=列名,order=列名,time=列名,amount=列名[,…]。</translation>
    </message>
    <message>
        <source>Save --map as NAME.</source>
        <translation>把 --map 保存为 NAME。</translation>
    </message>
    <message>
        <source>Exit with status 3 when any row was rejected (the good rows still land).</source>
        <translation>只要有行被拒绝就以状态 3 退出（正常的行照样导入）。</translation>
    </message>
    <message>
        <source>Print the result as JSON (with stable codes beside the reasons).</source>
        <translation>以 JSON 输出结果（原因旁附固定代码）。</translation>
    </message>
    <message>
        <source>Files to import, in order; - reads standard input.</source>
        <translation>按顺序导入的文件；- 表示从标准输入读取。</translation>
    </message>
    <message>
        <source>Stable codes in --json (the reasons beside them are translated):
  rejected rows: empty_field, bad_amount, bad_time, bad_count, unclosed_quote, field_count
  refused files: cannot_open, empty_file, unrecognised_format, unknown_format,
                 missing_column, store_error, cancelled, failed</source>
        <translation>--json 中的固定代码（旁边的原因文字随语言变化）：
  被拒绝的行：empty_field, bad_amount, bad_time, bad_count, unclosed_quote, field_count
  被拒收的文件：cannot_open, empty_file, unrecognised_format, unknown_format,
                 missing_column, store_error, cancelled, failed</translation>
    </message>
    <message>
        <source>no file given.</source>
        <translation>没有指定文件。</translation>
    </message>
    <message>
        <source>standard input (-) can be read only once.</source>
        <translation>标准输入（-）只能读取一次。</translation>
    </message>
    <message>
        <source>--save-mapping needs --map.</source>
        <translation>--save-mapping 需要同时使用 --map。</translation>
    </message>
    <message>
        <source>--format generic needs --map or --mapping.</source>
        <translation>--format generic 需要 --map 或 --mapping。</translation>
    </message>
    <message>
        <source>no saved mapping named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存列映射。</translation>
    </message>
    <message>
        <source>Lists imports, or reverts one as a whole.</source>
        <translation>列出导入记录，或整批撤销一次导入。</translation>
    </message>
    <message>
        <source>Revert import ID.</source>
        <translation>撤销编号为 ID 的导入。</translation>
    </message>
    <message>
        <source>Print the list (or the revert) as JSON.</source>
        <translation>以 JSON 输出列表（或撤销结果）。</translation>
    </message>
    <message>
        <source>import %1 reverted</source>
        <translation>导入 %1 已撤销</translation>
    </message>
    <message>
        <source>read %1, inserted %2, updated %3, rejected %4</source>
        <translation>读取 %1，新增 %2，更新 %3，拒绝 %4</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Shop report: lifecycle, tiers, RFM, repurchase, cohorts, regions.</source>
        <translation>店铺报表：生命周期、会员等级、RFM、回购、同期群、地区。</translation>
    </message>
    <message>
        <source>Report date (default today).</source>
        <translation>报表日期（默认今天）。</translation>
    </message>
    <message>
        <source>Print the report object as JSON.</source>
        <translation>以 JSON 输出报表对象。</translation>
    </message>
    <message>
        <source>Monthly report: as of the month&apos;s last day.</source>
        <translation>月度报表：截至该月最后一天。</translation>
    </message>
    <message>
        <source>Write the monthly report (with --month) as PDF.</source>
        <translation>把月度报告（配合 --month）写成 PDF。</translation>
    </message>
    <message>
        <source>--month and --as-of exclude each other.</source>
        <translation>--month 和 --as-of 不能同时使用。</translation>
    </message>
    <message>
        <source>--pdf needs --month YYYY-MM.</source>
        <translation>--pdf 需要 --month YYYY-MM。</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf 需要文件名。</translation>
    </message>
    <message>
        <source>Creates the store, or brings an existing one to this version of Huitou.</source>
        <translation>新建数据库，或把已有数据库升级到本版回头。</translation>
    </message>
    <message>
        <source>The store %1 already exists (schema version %2).</source>
        <translation>数据库 %1 已存在（结构版本 %2）。</translation>
    </message>
    <message>
        <source>Created the store %1 (schema version %2).</source>
        <translation>已新建数据库 %1（结构版本 %2）。</translation>
    </message>
    <message>
        <source>create the store (or bring an existing one to this version)</source>
        <translation>新建数据库（或把已有数据库升级到本版）</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>no action given.</source>
        <translation>没有指定操作。</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>import order exports (Taobao, Shopify, generic CSV; - reads stdin)</source>
        <translation>导入订单导出文件（淘宝、Shopify、通用 CSV；- 读取标准输入）</translation>
    </message>
    <message>
        <source>list imports; --revert ID undoes one</source>
        <translation>列出导入记录；--revert ID 撤销一次导入</translation>
    </message>
    <message>
        <source>write a realistic demo shop (Taobao format, GB18030)</source>
        <translation>生成逼真的演示店铺（淘宝格式，GB18030）</translation>
    </message>
    <message>
        <source>shop report (lifecycle, tiers, RFM, repurchase, cohorts)</source>
        <translation>店铺报表（生命周期、会员等级、RFM、回购、同期群）</translation>
    </message>
    <message>
        <source>list customers with their figures, filtered</source>
        <translation>按条件列出顾客及其指标</translation>
    </message>
    <message>
        <source>Has this tag (repeatable: all of them).</source>
        <translation>带有此标签（可重复，须全部带有）。</translation>
    </message>
    <message>
        <source>Nick, name, phone digits or order number.</source>
        <translation>昵称、姓名、手机号数字或订单号。</translation>
    </message>
    <message>
        <source>A saved segment: a JSON object (see core/customers/Segment.h).</source>
        <translation>保存的客户分组：一个 JSON 对象（见 core/customers/Segment.h）。</translation>
    </message>
    <message>
        <source>--tag is GROUP=VALUE.</source>
        <translation>--tag 的格式为 标签组=标签值。</translation>
    </message>
    <message>
        <source>Usage: huitou-cli [--db PATH] [--staff NAME] COMMAND [options]</source>
        <translation>用法：huitou-cli [--db PATH] [--staff NAME] 命令 [选项]</translation>
    </message>
    <message>
        <source>Huitou&apos;s command line: the same store and figures as the app, for scripts and scheduled jobs.</source>
        <translation>回头的命令行：与桌面应用使用同一个数据库和同一套指标，适合脚本和定时任务。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <source>The store file (default: the app&apos;s store). Commands accept it too.</source>
        <translation>数据库文件（默认为应用自己的数据库）。也可以写在命令之后。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>&apos;huitou-cli COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation>“huitou-cli 命令 --help”显示该命令的选项。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; &apos;huitou-cli --help&apos; lists them.</source>
        <translation>未知命令“%1”；运行“huitou-cli --help”查看全部命令。</translation>
    </message>
    <message>
        <source>%1 rows repeated an order of an earlier line (not counted as inserted)</source>
        <translation>%1 行与前面某行的订单重复（未计入新增）</translation>
    </message>
    <message>
        <source>%1 lines have bytes that are not valid %2; they were rejected (the bad bytes show as � below)</source>
        <translation>%1 行含有不合法的 %2 字节，已拒绝（下方以 � 显示坏字节）</translation>
    </message>
    <message>
        <source>line %1: order %2 repeats line %3 exactly</source>
        <translation>第 %1 行：订单 %2 与第 %3 行完全相同</translation>
    </message>
    <message>
        <source>line %1: order %2 repeats line %3 with other values; this later row was kept</source>
        <translation>第 %1 行：订单 %2 与第 %3 行重复但内容不同；保留了后面这一行</translation>
    </message>
    <message>
        <source>backup %1 holds the store as it was before</source>
        <translation>备份 %1 保存了导入前的店铺数据</translation>
    </message>
    <message>
        <source>The rows above are saved, but the customer figures could not be brought up to date now (%1); they are computed when next read.</source>
        <translation>以上各行已保存，但顾客指标暂时无法更新（%1）；下次读取时会重新计算。</translation>
    </message>
    <message>
        <source>Backs the store up now, next to it.</source>
        <translation>立即备份店铺数据，备份放在数据文件旁边。</translation>
    </message>
    <message>
        <source>backup %1 written to %2</source>
        <translation>备份 %1 已写入 %2</translation>
    </message>
    <message>
        <source>Lists the store&apos;s backups, newest first: ID, time, why it was made, size, file.</source>
        <translation>列出店铺数据的备份，最新的在前：编号、时间、原因、大小、文件。</translation>
    </message>
    <message>
        <source>Replaces the store by backup ID (see store backups). The store as it was is backed up first: restore that backup to undo.</source>
        <translation>用编号为 ID 的备份替换店铺数据（见 store backups）。替换前会先备份当前数据：恢复那个备份即可撤销。</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>要恢复的备份。</translation>
    </message>
    <message>
        <source>give the ID of a backup (see store backups).</source>
        <translation>请给出备份编号（见 store backups）。</translation>
    </message>
    <message>
        <source>Backup %1 restored; the store as it was is backup %2 (restore it to undo).</source>
        <translation>已恢复备份 %1；恢复前的店铺数据保存为备份 %2（恢复它即可撤销）。</translation>
    </message>
    <message>
        <source>Backup %1 restored.</source>
        <translation>已恢复备份 %1。</translation>
    </message>
    <message>
        <source>Checks the store for damage (SQLite&apos;s quick_check).</source>
        <translation>检查店铺数据是否损坏（SQLite 的 quick_check）。</translation>
    </message>
    <message>
        <source>The store is sound.</source>
        <translation>店铺数据完好。</translation>
    </message>
    <message>
        <source>back the store up now</source>
        <translation>立即备份店铺数据</translation>
    </message>
    <message>
        <source>list the backups (made before every import, revert, upgrade and settings change)</source>
        <translation>列出备份（每次导入、撤销导入、升级和修改设置前都会自动备份）</translation>
    </message>
    <message>
        <source>restore backup ID (undoable: the store is backed up first)</source>
        <translation>恢复编号为 ID 的备份（可撤销：先备份当前数据）</translation>
    </message>
    <message>
        <source>check the store for damage</source>
        <translation>检查店铺数据是否损坏</translation>
    </message>
    <message>
        <source>the store file: create, backup, backups, restore, check</source>
        <translation>数据库文件：新建、备份、列出备份、恢复、检查</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 (default), utf-8-bom (Excel / WPS on Windows) or gb18030.</source>
        <translation>CSV 编码：utf-8（默认）、utf-8-bom（Windows 上的 Excel / WPS）或 gb18030。</translation>
    </message>
    <message>
        <source>--encoding is for CSV output.</source>
        <translation>--encoding 只用于 CSV 输出。</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Counts a segment of customers; --save stores it by name.</source>
        <translation>统计一个顾客人群的人数；--save 按名称保存。</translation>
    </message>
    <message>
        <source>Print only the count.</source>
        <translation>只输出人数。</translation>
    </message>
    <message>
        <source>List the saved segments.</source>
        <translation>列出已保存的人群。</translation>
    </message>
    <message>
        <source>Cannot save the segment: %1</source>
        <translation>无法保存人群：%1</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>Exports contacts of a segment for a messaging tool and records the campaign. Prints the exclusion funnel.</source>
        <translation>为短信 / 微信 / 邮件工具导出人群的联系方式并记录为营销活动，同时输出逐步排除的人数。</translation>
    </message>
    <message>
        <source>sms|wechat|email (default sms).</source>
        <translation>sms|wechat|email（默认 sms）。</translation>
    </message>
    <message>
        <source>xlsx|csv|csv-gb18030 (default xlsx).</source>
        <translation>xlsx|csv|csv-gb18030（默认 xlsx）。</translation>
    </message>
    <message>
        <source>SMS text with {name} {nick} {coupon} {last_item}.</source>
        <translation>短信内容，可用 {name} {nick} {coupon} {last_item}。</translation>
    </message>
    <message>
        <source>Text for {coupon}.</source>
        <translation>{coupon} 的文字。</translation>
    </message>
    <message>
        <source>Control group share 0..0.5 (default 0.1).</source>
        <translation>对照组比例 0..0.5（默认 0.1）。</translation>
    </message>
    <message>
        <source>Seed of the control draw (default: the send day).</source>
        <translation>对照组抽样种子（默认：发送日期）。</translation>
    </message>
    <message>
        <source>Price of one message in yuan, e.g. 0.05.</source>
        <translation>每条短信的价格（元），例如 0.05。</translation>
    </message>
    <message>
        <source>Campaign name.</source>
        <translation>活动名称。</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Print the funnel only; write nothing.</source>
        <translation>只输出排除步骤的人数，不写文件。</translation>
    </message>
    <message>
        <source>--preset is sms, wechat or email</source>
        <translation>--preset 只能是 sms、wechat 或 email</translation>
    </message>
    <message>
        <source>--format is xlsx, csv or csv-gb18030</source>
        <translation>--format 只能是 xlsx、csv 或 csv-gb18030</translation>
    </message>
    <message>
        <source>--control is a share such as 0.1</source>
        <translation>--control 是一个比例，例如 0.1</translation>
    </message>
    <message>
        <source>--seed is a whole number</source>
        <translation>--seed 须为整数</translation>
    </message>
    <message>
        <source>--cost-per-message is an amount in yuan such as 0.05</source>
        <translation>--cost-per-message 是以元为单位的金额，例如 0.05</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>必须用 --out FILE 指定文件</translation>
    </message>
    <message>
        <source>There is no saved segment named %1.</source>
        <translation>没有名为 %1 的已保存人群。</translation>
    </message>
    <message>
        <source>customers in the segment</source>
        <translation>人群中的顾客</translation>
    </message>
    <message>
        <source>- consent refused</source>
        <translation>- 拒绝营销</translation>
    </message>
    <message>
        <source>- open complaint, return or refund</source>
        <translation>- 未处理的投诉、退货或退款</translation>
    </message>
    <message>
        <source>- contacted recently</source>
        <translation>- 最近已联系</translation>
    </message>
    <message>
        <source>- no valid contact</source>
        <translation>- 没有有效联系方式</translation>
    </message>
    <message>
        <source>- duplicate contact</source>
        <translation>- 联系方式重复</translation>
    </message>
    <message>
        <source>= remaining</source>
        <translation>= 剩余</translation>
    </message>
    <message>
        <source>  control group (held out)</source>
        <translation>  对照组（留出）</translation>
    </message>
    <message>
        <source>  exported</source>
        <translation>  已导出</translation>
    </message>
    <message>
        <source>campaign %1 -&gt; %2 (cost %3)</source>
        <translation>活动 %1 -&gt; %2（成本 %3）</translation>
    </message>
    <message>
        <source>Lists the campaigns (every export is one).</source>
        <translation>列出营销活动（每次导出都是一次活动）。</translation>
    </message>
    <message>
        <source>Evaluates one campaign against its control group.</source>
        <translation>将一次活动与其对照组比较，评估效果。</translation>
    </message>
    <message>
        <source>Campaign id (see &apos;campaigns&apos;).</source>
        <translation>活动编号（见 &apos;campaigns&apos;）。</translation>
    </message>
    <message>
        <source>Response window in days (default the shop&apos;s, 14).</source>
        <translation>观察期天数（默认用店铺设置，14 天）。</translation>
    </message>
    <message>
        <source>Total cost in yuan (default the recorded cost).</source>
        <translation>总成本（元，默认用记录的成本）。</translation>
    </message>
    <message>
        <source>Evaluation day (default today).</source>
        <translation>评估日期（默认今天）。</translation>
    </message>
    <message>
        <source>give the campaign id</source>
        <translation>请给出活动编号</translation>
    </message>
    <message>
        <source>--window is a number of days</source>
        <translation>--window 须为天数</translation>
    </message>
    <message>
        <source>--cost is an amount in yuan</source>
        <translation>--cost 是以元为单位的金额</translation>
    </message>
    <message>
        <source>--as-of must be YYYY-MM-DD</source>
        <translation>--as-of 须为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 (sent %2, window %3 days%4)</source>
        <translation>%1（%2 发送，观察期 %3 天%4）</translation>
    </message>
    <message>
        <source>, provisional</source>
        <translation>，暂定结果</translation>
    </message>
    <message>
        <source>members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>converters</source>
        <translation>下单人数</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>per member</source>
        <translation>人均</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>发送组</translation>
    </message>
    <message>
        <source>control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>uplift %1, p-value %2, incremental revenue %3, cost %4, ROI %5</source>
        <translation>提升 %1，p 值 %2，增量销售额 %3，成本 %4，ROI %5</translation>
    </message>
    <message>
        <source>consent import FILE: sets every customer with a number of the opt-out list to refused.</source>
        <translation>consent import FILE：把退订名单中号码对应的顾客都设为拒绝营销。</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>操作。</translation>
    </message>
    <message>
        <source>Numbers, one per line or a CSV column.</source>
        <translation>号码，每行一个，或 CSV 中的一列。</translation>
    </message>
    <message>
        <source>%1 numbers, %2 matched a customer; customers set to refused: %3 (already refused: %4)</source>
        <translation>%1 个号码，%2 个对应到顾客；设为拒绝营销的顾客：%3 位（原本已拒绝：%4 位）</translation>
    </message>
    <message>
        <source>line %1: not a mobile number</source>
        <translation>第 %1 行：不是手机号</translation>
    </message>
    <message>
        <source>count (and save) a segment of customers; --list the saved ones</source>
        <translation>统计（并保存）顾客人群；--list 列出已保存的人群</translation>
    </message>
    <message>
        <source>export contacts for SMS / WeChat / e-mail tools (records a campaign)</source>
        <translation>为短信 / 微信 / 邮件工具导出联系人（记录为营销活动）</translation>
    </message>
    <message>
        <source>list the campaigns (every export is one)</source>
        <translation>列出营销活动（每次导出都是一次）</translation>
    </message>
    <message>
        <source>one campaign&apos;s result against its control group</source>
        <translation>一次活动与对照组相比的效果</translation>
    </message>
    <message>
        <source>consent import FILE: apply an opt-out list (退订)</source>
        <translation>consent import FILE：导入退订名单</translation>
    </message>
    <message>
        <source>use: huitou-cli consent import FILE</source>
        <translation>用法：huitou-cli consent import FILE</translation>
    </message>
    <message>
        <source>today&apos;s care list (touches, birthdays, follow-ups, open complaints)</source>
        <translation>今日待办（新客接触、生日、跟进、未处理的投诉）</translation>
    </message>
    <message>
        <source>callback samples (回访): sample, results, list</source>
        <translation>回访样本：sample、results、list</translation>
    </message>
    <message>
        <source>complaint / return / review reasons: add, resolve, top, taxonomy</source>
        <translation>投诉／退货／评价原因：add、resolve、top、taxonomy</translation>
    </message>
    <message>
        <source>import reviews; below-5-star ones get reasons to confirm</source>
        <translation>导入评价；非 5 星评价会生成待确认的原因</translation>
    </message>
    <message>
        <source>suggest reasons for review texts</source>
        <translation>根据评价内容建议原因</translation>
    </message>
    <message>
        <source>&apos;huitou-cli %1 ACTION --help&apos; shows an action&apos;s options.</source>
        <translation>“huitou-cli %1 操作 --help”显示该操作的选项。</translation>
    </message>
    <message>
        <source>What to do (see Actions).</source>
        <translation>要做什么（见“操作”）。</translation>
    </message>
    <message>
        <source>draw (or show) the month&apos;s sample</source>
        <translation>抽取（或显示）本月的回访样本</translation>
    </message>
    <message>
        <source>survey results of a sample</source>
        <translation>一个样本的回访结果</translation>
    </message>
    <message>
        <source>the samples drawn so far</source>
        <translation>已抽取的样本</translation>
    </message>
    <message>
        <source>Callback samples (回访).</source>
        <translation>回访样本。</translation>
    </message>
    <message>
        <source>import reviews: FILE... --map order=COL,rating=COL,text=COL[,time=COL]</source>
        <translation>导入评价：文件… --map order=列,rating=列,text=列[,time=列]</translation>
    </message>
    <message>
        <source>Reviews; below-5-star ones get reasons to confirm.</source>
        <translation>评价；低于 5 星的评价会生成待确认的原因。</translation>
    </message>
    <message>
        <source>log a complaint, return or review reason</source>
        <translation>登记投诉、退货或评价原因</translation>
    </message>
    <message>
        <source>resolve an open complaint or return</source>
        <translation>处理完一条未结的投诉或退货</translation>
    </message>
    <message>
        <source>Top 5 reasons of a month</source>
        <translation>某月的前 5 大原因</translation>
    </message>
    <message>
        <source>the reason codes</source>
        <translation>原因代码</translation>
    </message>
    <message>
        <source>Complaint, return and review reasons.</source>
        <translation>投诉、退货和评价原因。</translation>
    </message>
    <message>
        <source>%1: --as-of must be YYYY-MM-DD</source>
        <translation>%1：--as-of 须为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Draws (or shows) the callback sample of a month.</source>
        <translation>抽取（或显示）某月的回访样本。</translation>
    </message>
    <message>
        <source>The month the sample is for.</source>
        <translation>样本所属的月份。</translation>
    </message>
    <message>
        <source>last-month-buyers (buyers of the month before) or new-no-second (first purchase 30-50 days before the sampling day, no second).</source>
        <translation>last-month-buyers（上个月的买家）或 new-no-second（首购在抽样日前 30 到 50 天、还没有复购的新客）。</translation>
    </message>
    <message>
        <source>Sample size.</source>
        <translation>样本人数。</translation>
    </message>
    <message>
        <source>Stratify by member tier (proportional, largest remainder).</source>
        <translation>按会员等级分层（按比例分配，最大余数法）。</translation>
    </message>
    <message>
        <source>Seed (default YYYYMM of the month).</source>
        <translation>随机种子（默认为该月的 YYYYMM）。</translation>
    </message>
    <message>
        <source>Sampling day (default today).</source>
        <translation>抽样日期（默认今天）。</translation>
    </message>
    <message>
        <source>callbacks sample: --month YYYY-MM and --size N are required</source>
        <translation>callbacks sample：必须给出 --month YYYY-MM 和 --size N</translation>
    </message>
    <message>
        <source>callbacks sample: --seed must be a non-negative integer</source>
        <translation>callbacks sample：--seed 须为非负整数</translation>
    </message>
    <message>
        <source>existing sample %1 for %2 (%3): %4 of %5, seed %6</source>
        <translation>已有样本 %1，%2（%3）：%5 人中抽 %4 人，种子 %6</translation>
    </message>
    <message>
        <source>sample %1 for %2 (%3): %4 of %5, seed %6</source>
        <translation>样本 %1，%2（%3）：%5 人中抽 %4 人，种子 %6</translation>
    </message>
    <message>
        <source>Survey results of a callback sample.</source>
        <translation>一个回访样本的调查结果。</translation>
    </message>
    <message>
        <source>Sample id.</source>
        <translation>样本编号。</translation>
    </message>
    <message>
        <source>callbacks results: --sample ID is required</source>
        <translation>callbacks results：必须用 --sample 给出样本编号</translation>
    </message>
    <message>
        <source>%1 members	%2 called	%3 reached	seed %4</source>
        <translation>%1 人	已拨打 %2	已接通 %3	种子 %4</translation>
    </message>
    <message>
        <source>Today&apos;s care list (今日待办).</source>
        <translation>今日待办。</translation>
    </message>
    <message>
        <source>The day to list (default today).</source>
        <translation>要列出的日期（默认今天）。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Logs a complaint, return or below-5-star review reason.</source>
        <translation>登记一条投诉、退货或非 5 星评价的原因。</translation>
    </message>
    <message>
        <source>Customer key.</source>
        <translation>顾客标识（买家会员名）。</translation>
    </message>
    <message>
        <source>complaint|return|review</source>
        <translation>complaint|return|review（投诉、退货、评价）</translation>
    </message>
    <message>
        <source>Reason code (see &apos;reasons taxonomy&apos;).</source>
        <translation>原因代码（见“reasons taxonomy”）。</translation>
    </message>
    <message>
        <source>Order number (one of the customer&apos;s orders).</source>
        <translation>订单编号（须是这位顾客的订单）。</translation>
    </message>
    <message>
        <source>What the customer said.</source>
        <translation>顾客的原话。</translation>
    </message>
    <message>
        <source>Day of the entry (default today).</source>
        <translation>登记日期（默认今天）。</translation>
    </message>
    <message>
        <source>reasons add: customer: no customer &quot;%1&quot;</source>
        <translation>reasons add：顾客：没有顾客“%1”</translation>
    </message>
    <message>
        <source>entry %1 logged by %2</source>
        <translation>已登记第 %1 条，经手人 %2</translation>
    </message>
    <message>
        <source>Entry id.</source>
        <translation>登记编号。</translation>
    </message>
    <message>
        <source>How it was resolved.</source>
        <translation>处理结果。</translation>
    </message>
    <message>
        <source>Day (default today).</source>
        <translation>日期（默认今天）。</translation>
    </message>
    <message>
        <source>Top 5 reasons of a month, with the month before beside it.</source>
        <translation>某月的前 5 大原因，并列出上个月的数字对照。</translation>
    </message>
    <message>
        <source>The month.</source>
        <translation>月份。</translation>
    </message>
    <message>
        <source>complaint|return|review (default: all three).</source>
        <translation>complaint|return|review（默认三种都列）。</translation>
    </message>
    <message>
        <source>reasons top: --month YYYY-MM is required</source>
        <translation>reasons top：必须给出 --month YYYY-MM</translation>
    </message>
    <message>
        <source>reasons top: kind: must be complaint, return or review</source>
        <translation>reasons top：类型只能是 complaint、return 或 review</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4 the month before)</source>
        <translation>%1 %2：%3 条（上个月 %4 条）</translation>
    </message>
    <message>
        <source>Product feedback of a month (or a period): buyers, units, refunded lines, returns, complaints, mean rating and top reasons per product (商家编码, else title).</source>
        <translation>某月（或某段时间）的商品反馈：每件商品（按商家编码，没有则按标题）的买家数、件数、退款商品行、退货、投诉、平均评分和主要原因。</translation>
    </message>
    <message>
        <source>First day of the period (instead of --month).</source>
        <translation>时间段的第一天（代替 --month）。</translation>
    </message>
    <message>
        <source>Last day of the period (instead of --month).</source>
        <translation>时间段的最后一天（代替 --month）。</translation>
    </message>
    <message>
        <source>--month must be YYYY-MM.</source>
        <translation>--month 须为 YYYY-MM。</translation>
    </message>
    <message>
        <source>give --month YYYY-MM, or --from and --to as YYYY-MM-DD.</source>
        <translation>请给出 --month YYYY-MM，或用 YYYY-MM-DD 格式给出 --from 和 --to。</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to 早于 --from。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Imports reviews (order id, rating 1-5, text, time); below-5-star reviews get suggested reasons to confirm.</source>
        <translation>导入评价（订单编号、1 到 5 星评分、评价内容、时间）；非 5 星评价会生成待确认的建议原因。</translation>
    </message>
    <message>
        <source>A saved review mapping.</source>
        <translation>已保存的评价列映射。</translation>
    </message>
    <message>
        <source>Save --map under NAME.</source>
        <translation>把 --map 保存为 NAME。</translation>
    </message>
    <message>
        <source>Reviews CSV.</source>
        <translation>评价 CSV 文件。</translation>
    </message>
    <message>
        <source>reviews import: name a FILE.</source>
        <translation>reviews import：请给出文件。</translation>
    </message>
    <message>
        <source>no review mapping &quot;%1&quot;.</source>
        <translation>没有名为“%1”的评价列映射。</translation>
    </message>
    <message>
        <source>reviews import needs --map or --mapping.</source>
        <translation>reviews import 需要 --map 或 --mapping。</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 inserted, %4 unchanged, %5 without a known order, %6 rejected, %7 reasons to confirm</source>
        <translation>%1：读取 %2 行，新增 %3 条，未变 %4 条，%5 条找不到订单，%6 行被拒，%7 条原因待确认</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
    <message>
        <source>product feedback of a month: returns, complaints, ratings</source>
        <translation>某月的商品反馈：退货、投诉、评分</translation>
    </message>
    <message>
        <source>Suggests reason codes for review texts (the taxonomy&apos;s keywords).</source>
        <translation>根据评价内容建议原因代码（按原因表的关键词）。</translation>
    </message>
    <message>
        <source>Review texts.</source>
        <translation>评价内容。</translation>
    </message>
    <message>
        <source>Copies a whole store into a new, empty one: a file to a shop server (postgresql://user@host:port/database) or back. Checks rows per table and the report on both.</source>
        <translation>把整个数据库复制到一个新的空数据库：从文件复制到店铺服务器（postgresql://用户@主机:端口/数据库），或反过来。复制后核对每张表的行数和两边的报表。</translation>
    </message>
    <message>
        <source>The store to copy.</source>
        <translation>要复制的数据库。</translation>
    </message>
    <message>
        <source>The new store (a file that does not exist yet, or an empty server database).</source>
        <translation>新的数据库（尚不存在的文件，或服务器上的空数据库）。</translation>
    </message>
    <message>
        <source>Date of the report compared on both (default today).</source>
        <translation>两边对比报表所用的日期（默认今天）。</translation>
    </message>
    <message>
        <source>give both --from and --to.</source>
        <translation>请同时给出 --from 和 --to。</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>%1 already exists; copy into a new file.</source>
        <translation>%1 已存在，请复制到一个新文件。</translation>
    </message>
    <message>
        <source>--from and --to name the same store.</source>
        <translation>--from 和 --to 指向同一个数据库。</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in the copy, not %3.</source>
        <translation>副本中数据表 %1 有 %2 行，而不是 %3 行。</translation>
    </message>
    <message>
        <source>The report as of %1 differs between the two stores.</source>
        <translation>截至 %1 的报表在两个数据库中不一致。</translation>
    </message>
    <message>
        <source>Copied %1 to %2: the same rows in every table and the same report as of %3.</source>
        <translation>已把 %1 复制到 %2：每张表行数一致，截至 %3 的报表也一致。</translation>
    </message>
    <message>
        <source>copy the whole store to a new file or a shop server, and check the copy</source>
        <translation>把整个数据库复制到新文件或店铺服务器，并核对副本</translation>
    </message>
    <message>
        <source>Start from the saved segment NAME (the options add to it).</source>
        <translation>从已存人群 NAME 出发（其他选项在它上面追加条件）。</translation>
    </message>
    <message>
        <source>Save the segment under NAME (replaces one of that name).</source>
        <translation>把人群保存为 NAME（同名的会被替换）。</translation>
    </message>
    <message>
        <source>Delete the saved segment NAME.</source>
        <translation>删除已存人群 NAME。</translation>
    </message>
    <message>
        <source>A saved segment (the other conditions add to it).</source>
        <translation>已存人群（其他条件在它上面追加）。</translation>
    </message>
    <message>
        <source>Column headers: zh (default: 手机号, 姓名, 昵称, …) or en (Mobile, Name, Nick, …), whatever the language.</source>
        <translation>列标题：zh（默认：手机号、姓名、昵称……）或 en（Mobile、Name、Nick……），与界面语言无关。</translation>
    </message>
    <message>
        <source>--headers is zh or en</source>
        <translation>--headers 只能是 zh 或 en</translation>
    </message>
    <message>
        <source>--%1: unknown value &quot;%2&quot;.</source>
        <translation>--%1：未知的值“%2”。</translation>
    </message>
    <message>
        <source>--%1 is GROUP=VALUE.</source>
        <translation>--%1 的格式是 组=值。</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation>（可重复）</translation>
    </message>
    <message>
        <source>RFM segment, e.g. important_value (repeatable).</source>
        <translation>RFM 分群，例如 important_value（可重复）。</translation>
    </message>
    <message>
        <source>Has at least one of these tags (repeatable).</source>
        <translation>至少有其中一个标签（可重复）。</translation>
    </message>
    <message>
        <source>Has none of these tags (repeatable).</source>
        <translation>这些标签都没有（可重复）。</translation>
    </message>
    <message>
        <source>At least N purchase days.</source>
        <translation>至少购买 N 次（按天计）。</translation>
    </message>
    <message>
        <source>At most N purchase days.</source>
        <translation>最多购买 N 次（按天计）。</translation>
    </message>
    <message>
        <source>Spent at least this many yuan.</source>
        <translation>消费金额不少于这么多元。</translation>
    </message>
    <message>
        <source>Spent at most this many yuan.</source>
        <translation>消费金额不超过这么多元。</translation>
    </message>
    <message>
        <source>Last purchase at least N days ago.</source>
        <translation>上次购买至少在 N 天前。</translation>
    </message>
    <message>
        <source>Last purchase at most N days ago.</source>
        <translation>上次购买最多在 N 天前。</translation>
    </message>
    <message>
        <source>Province, e.g. 浙江 (repeatable).</source>
        <translation>省份，例如 浙江（可重复）。</translation>
    </message>
    <message>
        <source>Birthday in month 1-12.</source>
        <translation>生日在 1-12 月中的某月。</translation>
    </message>
    <message>
        <source>Bought the item with this 商家编码.</source>
        <translation>买过这个商家编码的商品。</translation>
    </message>
    <message>
        <source>Bought an item whose title contains TEXT.</source>
        <translation>买过标题包含 TEXT 的商品。</translation>
    </message>
    <message>
        <source>First purchase on or after.</source>
        <translation>首次购买不早于该日。</translation>
    </message>
    <message>
        <source>First purchase on or before.</source>
        <translation>首次购买不晚于该日。</translation>
    </message>
    <message>
        <source>Last purchase on or after.</source>
        <translation>最近购买不早于该日。</translation>
    </message>
    <message>
        <source>Last purchase on or before.</source>
        <translation>最近购买不晚于该日。</translation>
    </message>
    <message>
        <source>unknown|consented|refused (repeatable).</source>
        <translation>unknown|consented|refused（未知、同意、拒绝，可重复）。</translation>
    </message>
    <message>
        <source>A segment as JSON (see core/customers/Segment.h).</source>
        <translation>JSON 格式的人群条件（见 core/customers/Segment.h）。</translation>
    </message>
    <message>
        <source>--%1 is an amount in yuan.</source>
        <translation>--%1 是以元为单位的金额。</translation>
    </message>
    <message>
        <source>Prints what this login may do in the store: manager or staff.</source>
        <translation>显示这个账号在店铺中的角色：manager（店长）或 staff（员工）。</translation>
    </message>
    <message>
        <source>Lists the shop server&apos;s staff and manager logins: LOGIN, role.</source>
        <translation>列出店铺服务器上的员工和店长账号：登录名、角色。</translation>
    </message>
    <message>
        <source>Adds the login NAME to the shop server as staff or manager, or changes her role. Only a manager may.</source>
        <translation>把账号 NAME 作为员工或店长加入店铺服务器，或修改她的角色。仅限店长。</translation>
    </message>
    <message>
        <source>The login name.</source>
        <translation>登录名。</translation>
    </message>
    <message>
        <source>staff or manager (default: staff).</source>
        <translation>staff（员工）或 manager（店长），默认 staff。</translation>
    </message>
    <message>
        <source>Read her password from the first line of standard input (never from the command line). Without it the login has no password: the server&apos;s pg_hba.conf decides how she signs in.</source>
        <translation>从标准输入的第一行读取她的密码（绝不从命令行读取）。不加此项则账号没有密码，登录方式由服务器的 pg_hba.conf 决定。</translation>
    </message>
    <message>
        <source>give one login name.</source>
        <translation>请给出一个登录名。</translation>
    </message>
    <message>
        <source>--role is staff or manager, not &quot;%1&quot;.</source>
        <translation>--role 只能是 staff 或 manager，不能是“%1”。</translation>
    </message>
    <message>
        <source>--password-stdin read no password.</source>
        <translation>--password-stdin 没有读到密码。</translation>
    </message>
    <message>
        <source>%1 is now %2 of the store.</source>
        <translation>%1 现在是店铺的 %2。</translation>
    </message>
    <message>
        <source>Takes the login NAME out of the store&apos;s staff and managers. Only a manager may.</source>
        <translation>把账号 NAME 移出店铺的员工和店长。仅限店长。</translation>
    </message>
    <message>
        <source>%1 may no longer use the store.</source>
        <translation>%1 已不能再使用店铺。</translation>
    </message>
    <message>
        <source>print this login&apos;s role: manager or staff</source>
        <translation>显示本账号的角色：manager 或 staff</translation>
    </message>
    <message>
        <source>list the shop server&apos;s staff and manager logins</source>
        <translation>列出店铺服务器上的员工和店长账号</translation>
    </message>
    <message>
        <source>add a login as staff or manager, or change her role (manager only)</source>
        <translation>添加员工或店长账号，或修改角色（仅限店长）</translation>
    </message>
    <message>
        <source>take a login out of the store&apos;s staff (manager only)</source>
        <translation>把账号移出店铺（仅限店长）</translation>
    </message>
    <message>
        <source>The shop server&apos;s staff and manager logins.</source>
        <translation>店铺服务器上的员工和店长账号。</translation>
    </message>
    <message>
        <source>a shop server&apos;s staff and manager logins: whoami, list, add, remove</source>
        <translation>店铺服务器的员工和店长账号：whoami、list、add、remove</translation>
    </message>
</context>
<context>
    <name>huitou::labels</name>
    <message>
        <source>Taobao order report</source>
        <translation>淘宝订单报表</translation>
    </message>
    <message>
        <source>Taobao item report</source>
        <translation>淘宝宝贝报表</translation>
    </message>
    <message>
        <source>Shopify orders export</source>
        <translation>Shopify 订单导出</translation>
    </message>
    <message>
        <source>Generic CSV (column mapping)</source>
        <translation>通用 CSV（列映射）</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>未识别</translation>
    </message>
</context>
</TS>
