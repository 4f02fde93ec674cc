<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A birthday is MM-DD or YYYY-MM-DD, e.g. 03-08.</source>
        <translation>生日格式为 月-日 或 年-月-日，例如 03-08。</translation>
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
</context>
<context>
    <name>SetProfileCommand</name>
    <message>
        <source>Edit customer profile</source>
        <translation>编辑顾客资料</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
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
    <name>huitou</name>
    <message>
        <source>The store is damaged (%1). Restore a backup: File → Backups… or huitou-cli store backups / store restore ID.</source>
        <translation>店铺数据已损坏（%1）。请恢复备份：文件 → 备份…，或 huitou-cli store backups / store restore 编号。</translation>
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
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位顾客</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位顾客</numerusform>
        </translation>
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
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
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
        <source>Tags</source>
        <translation>标签</translation>
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
        <source>Notes: fit, preferences, what she asked for…</source>
        <translation>备注：尺码合身情况、偏好、提过的需求…</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存资料</translation>
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
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Order / item</source>
        <translation>订单 / 商品</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
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
        <source>New</source>
        <translation>新客</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>老客</translation>
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
        <source>Median %1 days · p75 %2 days · p90 %3 days (%4 intervals)</source>
        <translation>中位数 %1 天 · p75 %2 天 · p90 %3 天（共 %4 个间隔）</translation>
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
        <source>median %1 days (p75 %2, p90 %3)</source>
        <translation>中位数 %1 天（p75 %2，p90 %3）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; customers · &lt;b&gt;%2&lt;/b&gt; valid orders · revenue &lt;b&gt;¥%3&lt;/b&gt;&lt;br&gt;Repeat purchase rate (365 days): &lt;b&gt;%4&lt;/b&gt; · repurchase interval: %5 · in the new-customer window (40 days): &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>顾客 &lt;b&gt;%1&lt;/b&gt; 位 · 有效订单 &lt;b&gt;%2&lt;/b&gt; 笔 · 销售额 &lt;b&gt;¥%3&lt;/b&gt;&lt;br&gt;重复购买率（365 天）：&lt;b&gt;%4&lt;/b&gt; · 回购周期：%5 · 新客培育期（40 天内）：&lt;b&gt;%6&lt;/b&gt; 位</translation>
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
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Values (comma-separated)</source>
        <translation>可选值（逗号分隔）</translation>
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
        <source>Suggested from your repurchase intervals (p75, p90, 2 × p90): %1 / %2 / %3 days</source>
        <translation>根据回购周期建议（p75、p90、2 × p90）：%1 / %2 / %3 天</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
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
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>沉默</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>流失</translation>
    </message>
</context>
<context>
    <name>huitou::labels</name>
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
