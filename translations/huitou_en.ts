<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddNoteCommand</name>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
</context>
<context>
    <name>AnalyticsSettings</name>
    <message>
        <source>Stage thresholds must satisfy 0 &lt; active &lt; silent &lt; sleeping (got %1, %2, %3).</source>
        <translation>Stage thresholds must satisfy 0 &lt; active &lt; silent &lt; sleeping (got %1, %2, %3).</translation>
    </message>
    <message>
        <source>Fixed tier thresholds must be positive and ascending: senior ≤ VIP ≤ supreme VIP.</source>
        <translation>Fixed tier thresholds must be positive and ascending: senior ≤ VIP ≤ supreme VIP.</translation>
    </message>
</context>
<context>
    <name>CampaignEvaluator</name>
    <message>
        <source>There is no campaign %1.</source>
        <translation>There is no campaign %1.</translation>
    </message>
</context>
<context>
    <name>CareStore</name>
    <message>
        <source>Cannot read birthdays.</source>
        <translation>Cannot read birthdays.</translation>
    </message>
    <message>
        <source>status: a task is done or skipped.</source>
        <translation>status: a task is done or skipped.</translation>
    </message>
    <message>
        <source>This task is already closed.</source>
        <translation>This task is already closed.</translation>
    </message>
</context>
<context>
    <name>CloseTaskCommand</name>
    <message>
        <source>Mark task done</source>
        <translation>Mark task done</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>Skip task</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping does not name a column for &quot;%1&quot;.</source>
        <translation>The mapping does not name a column for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not a mapping entry: &quot;%1&quot; (use field=COLUMN with field one of %2).</source>
        <translation>Not a mapping entry: &quot;%1&quot; (use field=COLUMN with field one of %2).</translation>
    </message>
</context>
<context>
    <name>ConfirmReasonCommand</name>
    <message>
        <source>Dismiss suggested reason</source>
        <translation>Dismiss suggested reason</translation>
    </message>
    <message>
        <source>Confirm reason</source>
        <translation>Confirm reason</translation>
    </message>
</context>
<context>
    <name>ContactFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>the spreadsheet could not be created</source>
        <translation>the spreadsheet could not be created</translation>
    </message>
    <message>
        <source>the spreadsheet could not be written</source>
        <translation>the spreadsheet could not be written</translation>
    </message>
    <message>
        <source>the file could not be replaced</source>
        <translation>the file could not be replaced</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Cannot open the store %1: %2</translation>
    </message>
    <message>
        <source>The store %1 is read-only here and needs an upgrade this program cannot write.</source>
        <translation>The store %1 is read-only here and needs an upgrade this program cannot write.</translation>
    </message>
    <message>
        <source>No store was named.</source>
        <translation>No store was named.</translation>
    </message>
    <message>
        <source>This computer cannot reach a shop server: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>This computer cannot reach a shop server: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the shop server %1: %2</source>
        <translation>Cannot connect to the shop server %1: %2</translation>
    </message>
</context>
<context>
    <name>DrawSampleCommand</name>
    <message>
        <source>Draw callback sample</source>
        <translation>Draw callback sample</translation>
    </message>
</context>
<context>
    <name>EditTaxonomyCommand</name>
    <message>
        <source>Edit reasons</source>
        <translation>Edit reasons</translation>
    </message>
    <message>
        <source>Merge reason</source>
        <translation>Merge reason</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1 is not an amount: &quot;%2&quot;</source>
        <translation>%1 is not an amount: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not a valid time: &quot;%2&quot;</source>
        <translation>%1 is not a valid time: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not a whole number: &quot;%2&quot;</source>
        <translation>%1 is not a whole number: &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>The file has no column &quot;%1&quot;.</source>
        <translation>The file has no column &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
</context>
<context>
    <name>LogReasonCommand</name>
    <message>
        <source>Log reason</source>
        <translation>Log reason</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>Unknown placeholder %1 in the message. Use {name}, {nick}, {coupon} or {last_item}.</source>
        <translation>Unknown placeholder %1 in the message. Use {name}, {nick}, {coupon} or {last_item}.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Cannot read the schema version: %1</translation>
    </message>
    <message>
        <source>This store was written by a newer version of Huitou (schema %1; this program knows up to %2). Please update Huitou to open it.</source>
        <translation>This store was written by a newer version of Huitou (schema %1; this program knows up to %2). Please update Huitou to open it.</translation>
    </message>
    <message>
        <source>Schema upgrade to %1 failed: %2</source>
        <translation>Schema upgrade to %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot back up the store before upgrading it: %1</source>
        <translation>Cannot back up the store before upgrading it: %1</translation>
    </message>
    <message>
        <source>This store needs an upgrade (schema %1 to %2) that only the login that created it may run: ask the shop&apos;s owner to open it once with this version of Huitou, then try again.</source>
        <translation>This store needs an upgrade (schema %1 to %2) that only the login that created it may run: ask the shop&apos;s owner to open it once with this version of Huitou, then try again.</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>A note needs some text.</source>
        <translation>A note needs some text.</translation>
    </message>
    <message>
        <source>No note %1.</source>
        <translation>No note %1.</translation>
    </message>
</context>
<context>
    <name>OptOutImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Set the staff name first: consent changes record who made them.</source>
        <translation>Set the staff name first: consent changes record who made them.</translation>
    </message>
    <message>
        <source>The opt-out list could not be saved.</source>
        <translation>The opt-out list could not be saved.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A birthday is MM-DD or YYYY-MM-DD, e.g. 03-08.</source>
        <translation>A birthday is MM-DD or YYYY-MM-DD, e.g. 03-08.</translation>
    </message>
    <message>
        <source>Consent must be unknown, consented or refused, not &quot;%1&quot;.</source>
        <translation>Consent must be unknown, consented or refused, not &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Huitou, the repeat-customer CRM</source>
        <translation>Huitou, the repeat-customer CRM</translation>
    </message>
    <message>
        <source>Store file.</source>
        <translation>Store file.</translation>
    </message>
    <message>
        <source>Huitou</source>
        <translation>Huitou</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1

Huitou opens the store on this computer instead; File → Connect to a shop server… tries the server again.</source>
        <translation>%1

Huitou opens the store on this computer instead; File → Connect to a shop server… tries the server again.</translation>
    </message>
</context>
<context>
    <name>ResolveReasonCommand</name>
    <message>
        <source>Resolve complaint / return</source>
        <translation>Resolve complaint / return</translation>
    </message>
</context>
<context>
    <name>SampleStore</name>
    <message>
        <source>population: must be last-month-buyers or new-no-second, not &quot;%1&quot;.</source>
        <translation>population: must be last-month-buyers or new-no-second, not &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SaveSurveyCommand</name>
    <message>
        <source>Save callback survey</source>
        <translation>Save callback survey</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>Unknown value &quot;%1&quot; in the segment&apos;s %2.</source>
        <translation>Unknown value &quot;%1&quot; in the segment&apos;s %2.</translation>
    </message>
    <message>
        <source>The segment&apos;s %1 must be a date (YYYY-MM-DD).</source>
        <translation>The segment&apos;s %1 must be a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Unknown segment condition &quot;%1&quot;.</source>
        <translation>Unknown segment condition &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The segment&apos;s birthday month must be 1 to 12.</source>
        <translation>The segment&apos;s birthday month must be 1 to 12.</translation>
    </message>
    <message>
        <source>A segment is a JSON object: %1</source>
        <translation>A segment is a JSON object: %1</translation>
    </message>
</context>
<context>
    <name>SegmentQuery</name>
    <message>
        <source>The stored figures are for %1, not %2.</source>
        <translation>The stored figures are for %1, not %2.</translation>
    </message>
</context>
<context>
    <name>SetCampaignCostCommand</name>
    <message>
        <source>Edit campaign cost</source>
        <translation>Edit campaign cost</translation>
    </message>
</context>
<context>
    <name>SetCarePlanCommand</name>
    <message>
        <source>Edit new-customer plan</source>
        <translation>Edit new-customer plan</translation>
    </message>
</context>
<context>
    <name>SetProfileCommand</name>
    <message>
        <source>Edit customer profile</source>
        <translation>Edit customer profile</translation>
    </message>
    <message>
        <source>Not saved: %1 changed this profile a moment ago.</source>
        <translation>Not saved: %1 changed this profile a moment ago.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>several values</source>
        <translation>several values</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>one value</source>
        <translation>one value</translation>
    </message>
</context>
<context>
    <name>ShopGenerator</name>
    <message>
        <source>Cannot create %1</source>
        <translation>Cannot create %1</translation>
    </message>
    <message>
        <source>Cannot write into %1</source>
        <translation>Cannot write into %1</translation>
    </message>
</context>
<context>
    <name>SurveyStore</name>
    <message>
        <source>customer: this customer is not in sample %1.</source>
        <translation>customer: this customer is not in sample %1.</translation>
    </message>
    <message>
        <source>No survey answer %1.</source>
        <translation>No survey answer %1.</translation>
    </message>
</context>
<context>
    <name>TaxonomyStore</name>
    <message>
        <source>A reason code is lower-case letters, digits and _: &quot;%1&quot;.</source>
        <translation>A reason code is lower-case letters, digits and _: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The reason %1 needs a Chinese name.</source>
        <translation>The reason %1 needs a Chinese name.</translation>
    </message>
    <message>
        <source>Unknown reason category &quot;%1&quot;.</source>
        <translation>Unknown reason category &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown reason code &quot;%1&quot;.</source>
        <translation>Unknown reason code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A reason cannot be merged into itself.</source>
        <translation>A reason cannot be merged into itself.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Open it</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Open its folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>huitou</name>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>day-%1 touch</source>
        <translation>day-%1 touch</translation>
    </message>
    <message>
        <source>birthday greeting %1</source>
        <translation>birthday greeting %1</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
</context>
<context>
    <name>huitou::BackupStore</name>
    <message>
        <source>An in-memory store cannot be backed up.</source>
        <translation>An in-memory store cannot be backed up.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>Cannot create the backup folder %1</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>There is no backup %1.</translation>
    </message>
    <message>
        <source>Backup %1 cannot be used: %2</source>
        <translation>Backup %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>Cannot open backup %1: %2</source>
        <translation>Cannot open backup %1: %2</translation>
    </message>
    <message>
        <source>Cannot create a backup in %1: %2</source>
        <translation>Cannot create a backup in %1: %2</translation>
    </message>
    <message>
        <source>The store is damaged (%1). Restore a backup: File → Backups… or huitou-cli store backups / store restore ID.</source>
        <translation>The store is damaged (%1). Restore a backup: File → Backups… or huitou-cli store backups / store restore ID.</translation>
    </message>
</context>
<context>
    <name>huitou::BackupsDialog</name>
    <message>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>before a revert</source>
        <translation>before a revert</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>before a settings change</source>
        <translation>before a settings change</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>A backup of the store is made before every import, revert, upgrade and settings change; the newest ones are kept next to the store. Restoring first backs up the store as it is, so a restore can be undone.</source>
        <translation>A backup of the store is made before every import, revert, upgrade and settings change; the newest ones are kept next to the store. Restoring first backs up the store as it is, so a restore can be undone.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Backup %1 made.</source>
        <translation>Backup %1 made.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Replace the store with backup %1? The store as it is now is backed up first, so you can undo this by restoring that backup.</source>
        <translation>Replace the store with backup %1? The store as it is now is backed up first, so you can undo this by restoring that backup.</translation>
    </message>
    <message>
        <source>Backup %1 restored. The store as it was is backup %2: restore it to undo.</source>
        <translation>Backup %1 restored. The store as it was is backup %2: restore it to undo.</translation>
    </message>
</context>
<context>
    <name>huitou::BgNbd</name>
    <message>
        <source>Not enough repeat purchases to fit the BG/NBD model.</source>
        <translation>Not enough repeat purchases to fit the BG/NBD model.</translation>
    </message>
    <message>
        <source>The BG/NBD fit did not converge; predictions are not available for this data.</source>
        <translation>The BG/NBD fit did not converge; predictions are not available for this data.</translation>
    </message>
</context>
<context>
    <name>huitou::CallbackService</name>
    <message>
        <source>population: must be last-month-buyers or new-no-second, not &quot;%1&quot;.</source>
        <translation>population: must be last-month-buyers or new-no-second, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>size: must be 1 to 100000, not %1.</source>
        <translation>size: must be 1 to 100000, not %1.</translation>
    </message>
    <message>
        <source>month: must be YYYY-MM.</source>
        <translation>month: must be YYYY-MM.</translation>
    </message>
    <message>
        <source>sample: there is no sample %1.</source>
        <translation>sample: there is no sample %1.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Satisfaction %1</source>
        <translation>Satisfaction %1</translation>
    </message>
    <message>
        <source>Sample %1: %2 members, %3 called, %4 reached (%5). Mean satisfaction %6. Will buy again: %7.</source>
        <translation>Sample %1: %2 members, %3 called, %4 reached (%5). Mean satisfaction %6. Will buy again: %7.</translation>
    </message>
    <message>
        <source>Problems named in the calls, Top 5</source>
        <translation>Problems named in the calls, Top 5</translation>
    </message>
</context>
<context>
    <name>huitou::CallbacksPage</name>
    <message>
        <source>Draw this month&apos;s sample</source>
        <translation>Draw this month&apos;s sample</translation>
    </message>
    <message>
        <source>Last month&apos;s buyers</source>
        <translation>Last month&apos;s buyers</translation>
    </message>
    <message>
        <source>New customers 30-50 days ago without a second purchase</source>
        <translation>New customers 30-50 days ago without a second purchase</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>By tier</translation>
    </message>
    <message>
        <source>seed (default YYYYMM)</source>
        <translation>seed (default YYYYMM)</translation>
    </message>
    <message>
        <source>Draw sample</source>
        <translation>Draw sample</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>&amp;Survey…</source>
        <translation>&amp;Survey…</translation>
    </message>
    <message>
        <source>Show &amp;number</source>
        <translation>Show &amp;number</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Open profile</translation>
    </message>
    <message>
        <source>last month&apos;s buyers</source>
        <translation>last month&apos;s buyers</translation>
    </message>
    <message>
        <source>new, no second</source>
        <translation>new, no second</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 of %4 · seed %5</source>
        <translation>%1 · %2 · %3 of %4 · seed %5</translation>
    </message>
    <message>
        <source>No sample yet: draw one above.</source>
        <translation>No sample yet: draw one above.</translation>
    </message>
    <message>
        <source>%1 called, %2 reached, of %3</source>
        <translation>%1 called, %2 reached, of %3</translation>
    </message>
    <message>
        <source>not called</source>
        <translation>not called</translation>
    </message>
    <message>
        <source>reached (%1)</source>
        <translation>reached (%1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>The seed is a whole number, e.g. 202611.</source>
        <translation>The seed is a whole number, e.g. 202611.</translation>
    </message>
    <message>
        <source>Callback survey</source>
        <translation>Callback survey</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Problems Top 5</source>
        <translation>Problems Top 5</translation>
    </message>
</context>
<context>
    <name>huitou::CampaignTables</name>
    <message>
        <source>Conversion rate</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Converters</source>
        <translation>Converters</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Revenue per member</source>
        <translation>Revenue per member</translation>
    </message>
    <message>
        <source>Treatment (sent)</source>
        <translation>Treatment (sent)</translation>
    </message>
    <message>
        <source>Control (held out)</source>
        <translation>Control (held out)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Uplift %1 · p-value %2 · incremental revenue %3 · cost %4 · ROI %5</source>
        <translation>Uplift %1 · p-value %2 · incremental revenue %3 · cost %4 · ROI %5</translation>
    </message>
    <message>
        <source>Provisional: the %1-day window runs until %2.</source>
        <translation>Provisional: the %1-day window runs until %2.</translation>
    </message>
    <message>
        <source>Window of %1 days, closed.</source>
        <translation>Window of %1 days, closed.</translation>
    </message>
</context>
<context>
    <name>huitou::CarePlan</name>
    <message>
        <source>Logistics and after-sales care</source>
        <translation>Logistics and after-sales care</translation>
    </message>
    <message>
        <source>Thank her for the order, tell her it has shipped and how to reach us about size or returns.</source>
        <translation>Thank her for the order, tell her it has shipped and how to reach us about size or returns.</translation>
    </message>
    <message>
        <source>Good-review reminder</source>
        <translation>Good-review reminder</translation>
    </message>
    <message>
        <source>Ask how the clothes fit and invite a review, with a small gift for it.</source>
        <translation>Ask how the clothes fit and invite a review, with a small gift for it.</translation>
    </message>
    <message>
        <source>Related products / new arrivals</source>
        <translation>Related products / new arrivals</translation>
    </message>
    <message>
        <source>Recommend pieces that go with what she bought; new arrivals every Tuesday.</source>
        <translation>Recommend pieces that go with what she bought; new arrivals every Tuesday.</translation>
    </message>
    <message>
        <source>Full-moon gift</source>
        <translation>One-month gift</translation>
    </message>
    <message>
        <source>One month with us: a thank-you and a coupon valid for 7 days.</source>
        <translation>One month with us: a thank-you and a coupon valid for 7 days.</translation>
    </message>
    <message>
        <source>A touch&apos;s day must be between 0 and 365.</source>
        <translation>A touch&apos;s day must be between 0 and 365.</translation>
    </message>
    <message>
        <source>Two touches on day %1.</source>
        <translation>Two touches on day %1.</translation>
    </message>
    <message>
        <source>The touch on day %1 needs a label.</source>
        <translation>The touch on day %1 needs a label.</translation>
    </message>
    <message>
        <source>The grace period is 0 to 90 days.</source>
        <translation>The grace period is 0 to 90 days.</translation>
    </message>
</context>
<context>
    <name>huitou::CareSettingsBox</name>
    <message>
        <source>New-customer plan (days after the first purchase)</source>
        <translation>New-customer plan (days after the first purchase)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Suggested content</source>
        <translation>Suggested content</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Add touch</source>
        <translation>Add touch</translation>
    </message>
    <message>
        <source>Remove touch</source>
        <translation>Remove touch</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>A touch not done within</source>
        <translation>A touch not done within</translation>
    </message>
    <message>
        <source>is missed.</source>
        <translation>is missed.</translation>
    </message>
    <message>
        <source>Reasons for complaints, returns and reviews</source>
        <translation>Reasons for complaints, returns and reviews</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Keywords (space-separated)</source>
        <translation>Keywords (space-separated)</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Add reason…</source>
        <translation>Add reason…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>Save reasons</source>
        <translation>Save reasons</translation>
    </message>
    <message>
        <source>A reason in use can be renamed or merged, not deleted.</source>
        <translation>A reason in use can be renamed or merged, not deleted.</translation>
    </message>
    <message>
        <source>Merge reason</source>
        <translation>Merge reason</translation>
    </message>
    <message>
        <source>Merge the selected reason into</source>
        <translation>Merge the selected reason into</translation>
    </message>
    <message>
        <source>New-customer plan</source>
        <translation>New-customer plan</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>The reason %1 needs a Chinese name.</source>
        <translation>The reason %1 needs a Chinese name.</translation>
    </message>
    <message>
        <source>Add reason</source>
        <translation>Add reason</translation>
    </message>
</context>
<context>
    <name>huitou::ChoiceButton</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>huitou::ConnectServerDialog</name>
    <message>
        <source>Connect to a shop server</source>
        <translation>Connect to a shop server</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 (empty: this computer)</source>
        <translation>e.g. 192.168.1.10 (empty: this computer)</translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass</source>
        <translation>Empty: from ~/.pgpass</translation>
    </message>
    <message>
        <source>Huitou never saves the password. Put it in ~/.pgpass (host:port:database:login:password, mode 0600) so that you are not asked again.</source>
        <translation>Huitou never saves the password. Put it in ~/.pgpass (host:port:database:login:password, mode 0600) so that you are not asked again.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Shop database</source>
        <translation>Shop database</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>huitou::ContactExporter</name>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nick</source>
        <translation>Nick</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>SMS segments</source>
        <translation>SMS segments</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Set the staff name first: every export records who made it.</source>
        <translation>Set the staff name first: every export records who made it.</translation>
    </message>
    <message>
        <source>The segment is empty: there is nobody to export.</source>
        <translation>The segment is empty: there is nobody to export.</translation>
    </message>
    <message>
        <source>The control group is a share from 0 % to 50 %.</source>
        <translation>The control group is a share from 0 % to 50 %.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>The folder of %1 does not exist.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written and no campaign recorded.</source>
        <translation>The export was cancelled; no file was written and no campaign recorded.</translation>
    </message>
    <message>
        <source>Nobody is left after the exclusions: no file was written.</source>
        <translation>Nobody is left after the exclusions: no file was written.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
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
        <translation>Buyer nick</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M (¥)</source>
        <translation>M (¥)</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>R (days)</source>
        <translation>R (days)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM segment</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>huitou::CustomersPage</name>
    <message>
        <source>Search nick, name, phone digits or order number</source>
        <translation>Search nick, name, phone digits or order number</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>New and returning</source>
        <translation>New and returning</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>All RFM segments</source>
        <translation>All RFM segments</translation>
    </message>
    <message>
        <source>Tag selected…</source>
        <translation>Tag selected…</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n customer(s)</source>
        <translation>
            <numerusform>Tag %n customer</numerusform>
            <numerusform>Tag %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Add this tag</source>
        <translation>Add this tag</translation>
    </message>
    <message>
        <source>Remove this tag</source>
        <translation>Remove this tag</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Search customers</translation>
    </message>
    <message>
        <source>Show customers without a paid order</source>
        <translation>Show customers without a paid order</translation>
    </message>
    <message>
        <source>Buyers whose orders were all cancelled or never paid (up to the as-of day) have no figures and are not counted in the reports.</source>
        <translation>Buyers whose orders were all cancelled or never paid (up to the as-of day) have no figures and are not counted in the reports.</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Figures as of</translation>
    </message>
    <message>
        <source>Stages, recency and every figure in the list are counted as of this day.</source>
        <translation>Stages, recency and every figure in the list are counted as of this day.</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>The latest order is from %1, %n day(s) before the as-of day: most customers will look silent or lost.</source>
        <translation>
            <numerusform>The latest order is from %1, %n day before the as-of day: most customers will look silent or lost.</numerusform>
            <numerusform>The latest order is from %1, %n days before the as-of day: most customers will look silent or lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look as of %1</source>
        <translation>Look as of %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tag group: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 customer</numerusform>
            <numerusform>%1 customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %1 without a paid order not shown</source>
        <translation>
            <numerusform> · %1 without a paid order not shown</numerusform>
            <numerusform> · %1 without a paid order not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n customer(s) %1</source>
        <translation>
            <numerusform>Tagged %n customer %1</numerusform>
            <numerusform>Tagged %n customers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the tag %1 from %n customer(s)</source>
        <translation>
            <numerusform>Removed the tag %1 from %n customer</numerusform>
            <numerusform>Removed the tag %1 from %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Export contacts…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected customer(s)</source>
        <translation>
            <numerusform>%n selected customer</numerusform>
            <numerusform>%n selected customers</numerusform>
        </translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>New segment…</translation>
    </message>
    <message>
        <source>Open this filter in the Outreach page&apos;s segment builder.</source>
        <translation>Open this filter in the Outreach page&apos;s segment builder.</translation>
    </message>
    <message>
        <source>Show the customers of a segment saved on the Outreach page.</source>
        <translation>Show the customers of a segment saved on the Outreach page.</translation>
    </message>
    <message>
        <source>No saved segment</source>
        <translation>No saved segment</translation>
    </message>
    <message>
        <source>Saved segment</source>
        <translation>Saved segment</translation>
    </message>
</context>
<context>
    <name>huitou::ExportContactsDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>SMS tool (mobile, name, nick, message)</source>
        <translation>SMS tool (mobile, name, nick, message)</translation>
    </message>
    <message>
        <source>WeChat / 企业微信 list (name, mobile, nick, tags)</source>
        <translation>WeChat / WeCom list (name, mobile, nick, tags)</translation>
    </message>
    <message>
        <source>E-mail tool (e-mail, name)</source>
        <translation>E-mail tool (e-mail, name)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM (Excel, WPS)</source>
        <translation>CSV, UTF-8 with BOM (Excel, WPS)</translation>
    </message>
    <message>
        <source>CSV, GB18030 (older tools)</source>
        <translation>CSV, GB18030 (older tools)</translation>
    </message>
    <message>
        <source>e.g. 【店名】{name}您好，送您一张{coupon}，7天内有效。回T退订</source>
        <translation>e.g. [Shop] Hi {name}, here is {coupon}, valid for 7 days. Reply T to unsubscribe</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>File format</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Coupon text for {coupon}</source>
        <translation>Coupon text for {coupon}</translation>
    </message>
    <message>
        <source>Control group (held out, not exported)</source>
        <translation>Control group (held out, not exported)</translation>
    </message>
    <message>
        <source>Control draw seed</source>
        <translation>Control draw seed</translation>
    </message>
    <message>
        <source>Cost per message (yuan)</source>
        <translation>Cost per message (yuan)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Who is left after each exclusion</source>
        <translation>Who is left after each exclusion</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>No message: the file holds the contacts only.</source>
        <translation>No message: the file holds the contacts only.</translation>
    </message>
    <message>
        <source>王小丫</source>
        <translation>Ms Wang</translation>
    </message>
    <message>
        <source>法式碎花连衣裙</source>
        <translation>floral tea dress</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %n SMS segment(s) with a typical name (70 per single message, 67 per part of a longer one)%2</source>
        <translation>
            <numerusform>%1 characters · %n SMS segment with a typical name (70 per single message, 67 per part of a longer one)%2</numerusform>
            <numerusform>%1 characters · %n SMS segments with a typical name (70 per single message, 67 per part of a longer one)%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — over the shop&apos;s limit of %n segment(s)</source>
        <translation>
            <numerusform> — over the shop&apos;s limit of %n segment</numerusform>
            <numerusform> — over the shop&apos;s limit of %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Set your staff name in Settings first: every export records who made it.</source>
        <translation>Set your staff name in Settings first: every export records who made it.</translation>
    </message>
    <message>
        <source>Customers in the segment</source>
        <translation>Customers in the segment</translation>
    </message>
    <message>
        <source>− consent refused or not given (shop exports only consented)</source>
        <translation>− consent refused or not given (shop exports only consented)</translation>
    </message>
    <message>
        <source>− consent refused (or on an opt-out list)</source>
        <translation>− consent refused (or on an opt-out list)</translation>
    </message>
    <message>
        <source>− open complaint or return, or a refund in progress</source>
        <translation>− open complaint or return, or a refund in progress</translation>
    </message>
    <message numerus="yes">
        <source>− contacted within the last %n day(s)</source>
        <translation>
            <numerusform>− contacted within the last %n day</numerusform>
            <numerusform>− contacted within the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>− no valid contact (masked, invalid, missing)</source>
        <translation>− no valid contact (masked, invalid, missing)</translation>
    </message>
    <message>
        <source>− duplicate contact (kept the latest buyer)</source>
        <translation>− duplicate contact (kept the latest buyer)</translation>
    </message>
    <message>
        <source>= remaining</source>
        <translation>= remaining</translation>
    </message>
    <message>
        <source>Control group (held out)</source>
        <translation>Control group (held out)</translation>
    </message>
    <message>
        <source>Exported and contacted</source>
        <translation>Exported and contacted</translation>
    </message>
    <message>
        <source>The cost per message is an amount in yuan, e.g. 0.05.</source>
        <translation>The cost per message is an amount in yuan, e.g. 0.05.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Writing contacts…</source>
        <translation>Writing contacts…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1 and recorded as campaign %2.</source>
        <translation>
            <numerusform>%n contact written to %1 and recorded as campaign %2.</numerusform>
            <numerusform>%n contacts written to %1 and recorded as campaign %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are longer than the shop&apos;s SMS segment limit.</source>
        <translation>
            <numerusform>%n message is longer than the shop&apos;s SMS segment limit.</numerusform>
            <numerusform>%n messages are longer than the shop&apos;s SMS segment limit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the folder?</source>
        <translation>Open the folder?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln customer(s))</source>
        <translation>
            <numerusform>%1 (%Ln customer)</numerusform>
            <numerusform>%1 (%Ln customers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>huitou::ImportHistory</name>
    <message>
        <source>There is no import %1.</source>
        <translation>There is no import %1.</translation>
    </message>
    <message>
        <source>Import %1 was already reverted.</source>
        <translation>Import %1 was already reverted.</translation>
    </message>
    <message>
        <source>A newer import changed %1 of the rows import %2 wrote; revert the newer import first.</source>
        <translation>A newer import changed %1 of the rows import %2 wrote; revert the newer import first.</translation>
    </message>
</context>
<context>
    <name>huitou::ImportPage</name>
    <message>
        <source>Choose files…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>Detect from the header</translation>
    </message>
    <message>
        <source>Drop Taobao, Shopify or other CSV exports here, or choose them.</source>
        <translation>Drop Taobao, Shopify or other CSV exports here, or choose them.</translation>
    </message>
    <message>
        <source>Column mapping (generic CSV)</source>
        <translation>Column mapping (generic CSV)</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Save as preset…</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Customer key *</source>
        <translation>Customer key *</translation>
    </message>
    <message>
        <source>Order number *</source>
        <translation>Order number *</translation>
    </message>
    <message>
        <source>Payment time *</source>
        <translation>Payment time *</translation>
    </message>
    <message>
        <source>Paid amount *</source>
        <translation>Paid amount *</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Receiver name</source>
        <translation>Receiver name</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Save rejected rows as CSV…</source>
        <translation>Save rejected rows as CSV…</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Revert selected import…</source>
        <translation>Revert selected import…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Choose order exports</source>
        <translation>Choose order exports</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Encoding: %1 · Format: %2 · %3 columns</source>
        <translation>Encoding: %1 · Format: %2 · %3 columns</translation>
    </message>
    <message>
        <source>Save column mapping</source>
        <translation>Save column mapping</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Preset name:</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read, %4 inserted, %5 updated, %6 unchanged, %7 rejected</source>
        <translation>%1 (%2): %3 rows read, %4 inserted, %5 updated, %6 unchanged, %7 rejected</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>Reverted</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>Revert import</translation>
    </message>
    <message>
        <source>Remove everything import %1 added and restore what it changed?</source>
        <translation>Remove everything import %1 added and restore what it changed?</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation>rejected-rows.csv</translation>
    </message>
    <message>
        <source>Saved the rejected rows to %1</source>
        <translation>Saved the rejected rows to %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n row(s) repeated an order of an earlier line (listed below, not counted as inserted)</source>
        <translation>
            <numerusform>  %n row repeated an order of an earlier line (listed below, not counted as inserted)</numerusform>
            <numerusform>  %n rows repeated an order of an earlier line (listed below, not counted as inserted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n line(s) have bytes that are not valid %1; they were rejected (shown as � below)</source>
        <translation>
            <numerusform>  %n line has bytes that are not valid %1; it was rejected (shown as � below)</numerusform>
            <numerusform>  %n lines have bytes that are not valid %1; they were rejected (shown as � below)</numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate: order %1 repeats line %2 exactly</source>
        <translation>duplicate: order %1 repeats line %2 exactly</translation>
    </message>
    <message>
        <source>duplicate: order %1 repeats line %2 with other values; this later row was kept</source>
        <translation>duplicate: order %1 repeats line %2 with other values; this later row was kept</translation>
    </message>
</context>
<context>
    <name>huitou::LogReasonDialog</name>
    <message>
        <source>Log a complaint, return or review</source>
        <translation>Log a complaint, return or review</translation>
    </message>
    <message>
        <source>(no order)</source>
        <translation>(no order)</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>(whole order)</source>
        <translation>(whole order)</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(choose a reason)</translation>
    </message>
</context>
<context>
    <name>huitou::MainWindow</name>
    <message>
        <source>Huitou · repeat-customer CRM</source>
        <translation>Huitou · repeat-customer CRM</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Import orders…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>Open the &amp;demo shop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Find customer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Huitou</source>
        <translation>&amp;About Huitou</translation>
    </message>
    <message>
        <source>About Huitou</source>
        <translation>About Huitou</translation>
    </message>
    <message>
        <source>&lt;b&gt;Huitou %1&lt;/b&gt;&lt;br&gt;A repeat-customer CRM for small online shops.&lt;br&gt;Store: %2</source>
        <translation>&lt;b&gt;Huitou %1&lt;/b&gt;&lt;br&gt;A repeat-customer CRM for small online shops.&lt;br&gt;Store: %2</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>Creating the demo shop…</source>
        <translation>Creating the demo shop…</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Demo shop</translation>
    </message>
    <message>
        <source>This store is already open in another Huitou window (process %1 on %2):
%3

Two windows on one store can overwrite each other&apos;s edits. Open it here anyway?</source>
        <translation>This store is already open in another Huitou window (process %1 on %2):
%3

Two windows on one store can overwrite each other&apos;s edits. Open it here anyway?</translation>
    </message>
    <message>
        <source>Store already open</source>
        <translation>Store already open</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Open store</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>New store</translation>
    </message>
    <message>
        <source>shop.huitou.db</source>
        <translation>shop.huitou.db</translation>
    </message>
    <message>
        <source>Huitou stores (*.db)</source>
        <translation>Huitou stores (*.db)</translation>
    </message>
    <message>
        <source>Huitou stores (*.db);;All files (*)</source>
        <translation>Huitou stores (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;New store…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Open store…</translation>
    </message>
    <message>
        <source>Open &amp;recent store</source>
        <translation>Open &amp;recent store</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 customer</numerusform>
            <numerusform>%1 customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %1 without a paid order</source>
        <translation>
            <numerusform> · %1 without a paid order</numerusform>
            <numerusform> · %1 without a paid order</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures as of today (%1)</source>
        <translation>Figures as of today (%1)</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Figures as of %1</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>&amp;Outreach</source>
        <translation>&amp;Outreach</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Change &amp;staff name…</source>
        <translation>Change &amp;staff name…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Call&amp;backs</source>
        <translation>Call&amp;backs</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>Re&amp;views</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Staff: %1</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Today (%1)</translation>
    </message>
    <message>
        <source>Staff: %1 (%2)</source>
        <translation>Staff: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Connect to a shop server…</source>
        <translation>&amp;Connect to a shop server…</translation>
    </message>
</context>
<context>
    <name>huitou::MonthlyKpis</name>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Buyers in the month</source>
        <translation>Buyers in the month</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>New buyers</translation>
    </message>
    <message>
        <source>Returning buyers&apos; share</source>
        <translation>Returning buyers&apos; share</translation>
    </message>
    <message>
        <source>Revenue in the month</source>
        <translation>Revenue in the month</translation>
    </message>
    <message>
        <source>Customers (all time)</source>
        <translation>Customers (all time)</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Active customers</translation>
    </message>
    <message>
        <source>Repeat purchase rate (365 days)</source>
        <translation>Repeat purchase rate (365 days)</translation>
    </message>
    <message>
        <source>Reactivation of sleeping and lost</source>
        <translation>Reactivation of sleeping and lost</translation>
    </message>
    <message>
        <source>Active customers who bought again</source>
        <translation>Active customers who bought again</translation>
    </message>
</context>
<context>
    <name>huitou::MonthlyReportPdf</name>
    <message>
        <source>Our shop</source>
        <translation>Our shop</translation>
    </message>
    <message>
        <source>%1 monthly report %2</source>
        <translation>%1 monthly report %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>%1 · monthly customer report · %2</source>
        <translation>%1 · monthly customer report · %2</translation>
    </message>
    <message>
        <source>As of %1, compared with %2.</source>
        <translation>As of %1, compared with %2.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>Valid order: paid, not closed or awaiting payment, net amount (paid − refund) above zero. Purchase day: the calendar day of a valid order&apos;s payment; two orders on one day are one purchase.
F: purchase days; M: net amount of valid orders; R: days since the last purchase day. New: F = 1; returning: F ≥ 2.
Stages by R: active ≤ %1 days, silent ≤ %2, sleeping ≤ %3, lost beyond.
Repeat purchase rate: customers with two or more purchase days in the 365 days to the as-of date, over those with one or more.
Second-purchase rate: share of a first-purchase month&apos;s customers whose second purchase came within 30 / 90 / 180 days.
Stage repurchase: customers in a stage on the day before the month, share who bought in the month; reactivation pools sleeping and lost.
Tiers: top 1% / 4% / 20% by amount spent (or the shop&apos;s fixed thresholds).</source>
        <translation>Valid order: paid, not closed or awaiting payment, net amount (paid − refund) above zero. Purchase day: the calendar day of a valid order&apos;s payment; two orders on one day are one purchase.
F: purchase days; M: net amount of valid orders; R: days since the last purchase day. New: F = 1; returning: F ≥ 2.
Stages by R: active ≤ %1 days, silent ≤ %2, sleeping ≤ %3, lost beyond.
Repeat purchase rate: customers with two or more purchase days in the 365 days to the as-of date, over those with one or more.
Second-purchase rate: share of a first-purchase month&apos;s customers whose second purchase came within 30 / 90 / 180 days.
Stage repurchase: customers in a stage on the day before the month, share who bought in the month; reactivation pools sleeping and lost.
Tiers: top 1% / 4% / 20% by amount spent (or the shop&apos;s fixed thresholds).</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Campaign %1 · sent %2</source>
        <translation>Campaign %1 · sent %2</translation>
    </message>
</context>
<context>
    <name>huitou::OrderImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>The format of %1 was not recognised. Import it as generic CSV with a column mapping.</source>
        <translation>The format of %1 was not recognised. Import it as generic CSV with a column mapping.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>Unknown format &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be imported as %2: %3</source>
        <translation>%1 cannot be imported as %2: %3</translation>
    </message>
    <message>
        <source>Cannot start the import: %1</source>
        <translation>Cannot start the import: %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>a quoted field is not closed before the end of the file</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 fields where the header has %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>The import failed at record %1; nothing was changed.</source>
        <translation>The import failed at record %1; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot record a rejected row: %1</source>
        <translation>Cannot record a rejected row: %1</translation>
    </message>
    <message>
        <source>Writing line %1 failed: %2</source>
        <translation>Writing line %1 failed: %2</translation>
    </message>
    <message>
        <source>Saving the import failed: %1</source>
        <translation>Saving the import failed: %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file; only export files can be imported.</source>
        <translation>%1 is not a regular file; only export files can be imported.</translation>
    </message>
    <message>
        <source>the record is longer than %1 MB and was skipped</source>
        <translation>the record is longer than %1 MB and was skipped</translation>
    </message>
    <message>
        <source>the record has more than %1 fields</source>
        <translation>the record has more than %1 fields</translation>
    </message>
    <message>
        <source>the line contains a NUL byte (the file is damaged or not a CSV export)</source>
        <translation>the line contains a NUL byte (the file is damaged or not a CSV export)</translation>
    </message>
    <message>
        <source>the line has bytes that are not valid %1 (shown as �): %2</source>
        <translation>the line has bytes that are not valid %1 (shown as �): %2</translation>
    </message>
    <message>
        <source>order %1 already belongs to buyer &quot;%2&quot;; this row names buyer &quot;%3&quot; (an order id changed by Excel?)</source>
        <translation>order %1 already belongs to buyer &quot;%2&quot;; this row names buyer &quot;%3&quot; (an order id changed by Excel?)</translation>
    </message>
    <message>
        <source>the order id &quot;%1&quot; was rewritten by Excel and has lost digits; export the file again from the shop back end, or open it in Excel with the order id column set to Text</source>
        <translation>the order id &quot;%1&quot; was rewritten by Excel and has lost digits; export the file again from the shop back end, or open it in Excel with the order id column set to Text</translation>
    </message>
    <message>
        <source>the amount %1 is above the limit of %2 per order (Settings)</source>
        <translation>the amount %1 is above the limit of %2 per order (Settings)</translation>
    </message>
</context>
<context>
    <name>huitou::OrdersTree</name>
    <message>
        <source>Her orders</source>
        <translation>Her orders</translation>
    </message>
    <message>
        <source>Paid at · order / status, items</source>
        <translation>Paid at · order / status, items</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <source>Refund (¥)</source>
        <translation>Refund (¥)</translation>
    </message>
    <message>
        <source>Not a valid order: not counted in the figures</source>
        <translation>Not a valid order: not counted in the figures</translation>
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
        <translation>Save segment…</translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Export contacts…</translation>
    </message>
    <message>
        <source>Import opt-out list…</source>
        <translation>Import opt-out list…</translation>
    </message>
    <message>
        <source>Who to contact</source>
        <translation>Who to contact</translation>
    </message>
    <message>
        <source>Saved segment</source>
        <translation>Saved segment</translation>
    </message>
    <message>
        <source>Export only customers who consented</source>
        <translation>Export only customers who consented</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Shop rules</source>
        <translation>Shop rules</translation>
    </message>
    <message>
        <source>Skip customers contacted within</source>
        <translation>Skip customers contacted within</translation>
    </message>
    <message>
        <source>SMS segments allowed per message</source>
        <translation>SMS segments allowed per message</translation>
    </message>
    <message>
        <source>Response window of a campaign</source>
        <translation>Response window of a campaign</translation>
    </message>
    <message>
        <source>Send day</source>
        <translation>Send day</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <source>The segment is empty: there is nobody to export.</source>
        <translation>The segment is empty: there is nobody to export.</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Save segment</translation>
    </message>
    <message>
        <source>Name of the segment</source>
        <translation>Name of the segment</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Window open until %1</source>
        <translation>Window open until %1</translation>
    </message>
    <message>
        <source>Uplift %1 pp</source>
        <translation>Uplift %1 pp</translation>
    </message>
    <message>
        <source>Done (no control group)</source>
        <translation>Done (no control group)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Import opt-out list</source>
        <translation>Import opt-out list</translation>
    </message>
    <message>
        <source>Set your staff name in Settings first: consent changes record who made them.</source>
        <translation>Set your staff name in Settings first: consent changes record who made them.</translation>
    </message>
    <message>
        <source>Number lists (*.txt *.csv);;All files (*)</source>
        <translation>Number lists (*.txt *.csv);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) hold no mobile number: %1</source>
        <translation>
            <numerusform>%n line holds no mobile number: %1</numerusform>
            <numerusform>%n lines hold no mobile number: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n number(s) read, %2 matched a customer. Customers who now refuse marketing: %3 (already refusing: %4).</source>
        <translation>
            <numerusform>%1: %n number read, %2 matched a customer. Customers who now refuse marketing: %3 (already refusing: %4).</numerusform>
            <numerusform>%1: %n numbers read, %2 matched a customer. Customers who now refuse marketing: %3 (already refusing: %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cost…</source>
        <translation>Cost…</translation>
    </message>
    <message>
        <source>The campaign&apos;s total cost in yuan (the ROI divides by it).</source>
        <translation>The campaign&apos;s total cost in yuan (the ROI divides by it).</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) in this segment</source>
        <translation>
            <numerusform>%1 customer in this segment</numerusform>
            <numerusform>%1 customers in this segment</numerusform>
        </translation>
    </message>
    <message>
        <source>A segment named %1 exists. Replace it with these conditions?</source>
        <translation>A segment named %1 exists. Replace it with these conditions?</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <source>Delete the saved segment %1?</source>
        <translation>Delete the saved segment %1?</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>Campaign cost</translation>
    </message>
    <message>
        <source>Total cost of %1 in yuan (messages, coupons, staff time): the ROI divides by it.</source>
        <translation>Total cost of %1 in yuan (messages, coupons, staff time): the ROI divides by it.</translation>
    </message>
</context>
<context>
    <name>huitou::ProductFeedback</name>
    <message>
        <source>; </source>
        <comment>list separator</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Merchant code</source>
        <translation>Merchant code</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Buyers</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Refunded lines</source>
        <translation>Refunded lines</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Mean rating</source>
        <translation>Mean rating</translation>
    </message>
    <message>
        <source>Top reasons</source>
        <translation>Top reasons</translation>
    </message>
    <message>
        <source>No product sold, returned, complained about or reviewed in %1.</source>
        <translation>No product sold, returned, complained about or reviewed in %1.</translation>
    </message>
    <message>
        <source>%1: products (商家编码, else title) by returns + complaints, then buyers. An entry or review tied to an order counts for every product on it.</source>
        <translation>%1: products (商家编码, else title) by returns + complaints, then buyers. An entry or review tied to an order counts for every product on it.</translation>
    </message>
    <message>
        <source>Refunded lines: no refund data (the item reports imported carry no 退款状态).</source>
        <translation>Refunded lines: no refund data (the item reports imported carry no 退款状态).</translation>
    </message>
    <message>
        <source>The first %1 of %2 products.</source>
        <translation>The first %1 of %2 products.</translation>
    </message>
</context>
<context>
    <name>huitou::ProfilePane</name>
    <message>
        <source>Select a customer</source>
        <translation>Select a customer</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Purchase days (F)</source>
        <translation>Purchase days (F)</translation>
    </message>
    <message>
        <source>Spent (M)</source>
        <translation>Spent (M)</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Average order</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>First purchase</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM segment</translation>
    </message>
    <message>
        <source>Probability still a customer</source>
        <translation>Probability still a customer</translation>
    </message>
    <message>
        <source>Expected purchases, next 90 days</source>
        <translation>Expected purchases, next 90 days</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>MM-DD or YYYY-MM-DD</source>
        <translation>MM-DD or YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>— (one purchase so far)</source>
        <translation>— (one purchase so far)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Customer profile</translation>
    </message>
    <message>
        <source>The model&apos;s chance that she is still a customer of the shop, from how often and how recently she has bought. It can be below 100% even right after a purchase: a buyer who has bought only now and then may still drift away. The expected purchases are how many orders the same model expects from her in the next 90 days.</source>
        <translation>The model&apos;s chance that she is still a customer of the shop, from how often and how recently she has bought. It can be below 100% even right after a purchase: a buyer who has bought only now and then may still drift away. The expected purchases are how many orders the same model expects from her in the next 90 days.</translation>
    </message>
    <message>
        <source>Birthday not saved</source>
        <translation>Birthday not saved</translation>
    </message>
    <message>
        <source>The birthday &quot;%1&quot; typed for %2 is not a date (MM-DD or YYYY-MM-DD) and was not saved. Her other changes were saved.</source>
        <translation>The birthday &quot;%1&quot; typed for %2 is not a date (MM-DD or YYYY-MM-DD) and was not saved. Her other changes were saved.</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>birthday</translation>
    </message>
    <message>
        <source>marketing consent</source>
        <translation>marketing consent</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Birthday not saved: %1</source>
        <translation>Birthday not saved: %1</translation>
    </message>
    <message>
        <source>✓ Saved %1 at %2 (Edit → Undo takes it back)</source>
        <translation>✓ Saved %1 at %2 (Edit → Undo takes it back)</translation>
    </message>
    <message>
        <source>Saved %1 of %2</source>
        <translation>Saved %1 of %2</translation>
    </message>
    <message>
        <source>%1 (as-of day)</source>
        <translation>%1 (as-of day)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Log reason</source>
        <translation>Log reason</translation>
    </message>
    <message>
        <source>Note: fit, preferences, what she asked for… (saved to the timeline, dated and signed, when you leave the box; Ctrl+Enter adds it at once)</source>
        <translation>Note: fit, preferences, what she asked for… (saved to the timeline, dated and signed, when you leave the box; Ctrl+Enter adds it at once)</translation>
    </message>
    <message>
        <source>%1: %2 (yours: %3)</source>
        <translation>%1: %2 (yours: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Changed on another workstation</source>
        <translation>Changed on another workstation</translation>
    </message>
    <message>
        <source>%1 changed this customer&apos;s profile at %2:
%3

Keep her change, or save yours over it?</source>
        <translation>%1 changed this customer&apos;s profile at %2:
%3

Keep her change, or save yours over it?</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>Keep hers (reload)</source>
        <translation>Keep hers (reload)</translation>
    </message>
    <message>
        <source>Complaint / return / review…</source>
        <translation>Complaint / return / review…</translation>
    </message>
    <message>
        <source>Log a complaint, a return or a below-5-star review against the reason list</source>
        <translation>Log a complaint, a return or a below-5-star review against the reason list</translation>
    </message>
    <message>
        <source>Show full number</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <source>Show this customer&apos;s full mobile number to dial it (recorded with your name)</source>
        <translation>Show this customer&apos;s full mobile number to dial it (recorded with your name)</translation>
    </message>
    <message>
        <source>Save mine over it</source>
        <translation>Save mine over it</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
</context>
<context>
    <name>huitou::ReasonReports</name>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Review below 5 stars</source>
        <translation>Review below 5 stars</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>%1 entries in %2 (%3 the month before). Ties follow the taxonomy&apos;s order.</source>
        <translation>%1 entries in %2 (%3 the month before). Ties follow the taxonomy&apos;s order.</translation>
    </message>
    <message>
        <source>No entries in %1.</source>
        <translation>No entries in %1.</translation>
    </message>
    <message>
        <source>Complaint, return and review entries per month, by reason category.</source>
        <translation>Complaint, return and review entries per month, by reason category.</translation>
    </message>
</context>
<context>
    <name>huitou::ReasonStore</name>
    <message>
        <source>order: %1 is not this customer&apos;s order.</source>
        <translation>order: %1 is not this customer&apos;s order.</translation>
    </message>
    <message>
        <source>order: there is no order %1.</source>
        <translation>order: there is no order %1.</translation>
    </message>
    <message>
        <source>kind: must be complaint, return or review, not &quot;%1&quot;.</source>
        <translation>kind: must be complaint, return or review, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>reason: unknown reason code &quot;%1&quot;.</source>
        <translation>reason: unknown reason code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>day: the day of the entry is missing.</source>
        <translation>day: the day of the entry is missing.</translation>
    </message>
    <message>
        <source>customer: no customer with id %1.</source>
        <translation>customer: no customer with id %1.</translation>
    </message>
    <message>
        <source>order: the order is not this customer&apos;s.</source>
        <translation>order: the order is not this customer&apos;s.</translation>
    </message>
    <message>
        <source>item: the item line is not part of order %1.</source>
        <translation>item: the item line is not part of order %1.</translation>
    </message>
    <message>
        <source>item: an item line needs its order.</source>
        <translation>item: an item line needs its order.</translation>
    </message>
    <message>
        <source>entry: no reason entry %1.</source>
        <translation>entry: no reason entry %1.</translation>
    </message>
    <message>
        <source>entry: reviews are not resolved, only complaints and returns.</source>
        <translation>entry: reviews are not resolved, only complaints and returns.</translation>
    </message>
    <message>
        <source>resolution: say how it was resolved.</source>
        <translation>resolution: say how it was resolved.</translation>
    </message>
</context>
<context>
    <name>huitou::ReportTableModel</name>
    <message>
        <source>The window is still open: the rate so far.</source>
        <translation>The window is still open: the rate so far.</translation>
    </message>
</context>
<context>
    <name>huitou::ReportTables</name>
    <message>
        <source>Lifecycle: stage × new / returning</source>
        <translation>Lifecycle: stage × new / returning</translation>
    </message>
    <message>
        <source>New and returning buyers per month</source>
        <translation>New and returning buyers per month</translation>
    </message>
    <message>
        <source>Second-purchase rate by first-purchase month</source>
        <translation>Second-purchase rate by first-purchase month</translation>
    </message>
    <message>
        <source>Repurchase rate by stage, and reactivation</source>
        <translation>Repurchase rate by stage, and reactivation</translation>
    </message>
    <message>
        <source>Tier contribution</source>
        <translation>Tier contribution</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM segments</translation>
    </message>
    <message>
        <source>R score × F score</source>
        <translation>R score × F score</translation>
    </message>
    <message>
        <source>Repurchase interval</source>
        <translation>Repurchase interval</translation>
    </message>
    <message>
        <source>Order value by purchase frequency</source>
        <translation>Order value by purchase frequency</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>Cohort retention</translation>
    </message>
    <message>
        <source>Customers and revenue by province</source>
        <translation>Customers and revenue by province</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Share of customers</translation>
    </message>
    <message>
        <source>Double-click a bar to see those customers.</source>
        <translation>Double-click a bar to see those customers.</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>New buyers</translation>
    </message>
    <message>
        <source>Returning buyers</source>
        <translation>Returning buyers</translation>
    </message>
    <message>
        <source>Returning share</source>
        <translation>Returning share</translation>
    </message>
    <message>
        <source>Revenue (¥)</source>
        <translation>Revenue (¥)</translation>
    </message>
    <message>
        <source>Revenue from returning buyers (¥)</source>
        <translation>Revenue from returning buyers (¥)</translation>
    </message>
    <message>
        <source>Returning revenue share</source>
        <translation>Returning revenue share</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Within 30 days</translation>
    </message>
    <message>
        <source>Within 90 days</source>
        <translation>Within 90 days</translation>
    </message>
    <message>
        <source>Within 180 days</source>
        <translation>Within 180 days</translation>
    </message>
    <message>
        <source>Cohort size</source>
        <translation>Cohort size</translation>
    </message>
    <message>
        <source>Hollow points: the window is still open, the rate so far.</source>
        <translation>Hollow points: the window is still open, the rate so far.</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reactivation</translation>
    </message>
    <message>
        <source>Share of orders</source>
        <translation>Share of orders</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Share of revenue</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
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
        <translation>R 5: bought most recently; F 5: five or more purchase days.</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Intervals</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>No repeat purchases yet.</source>
        <translation>No repeat purchases yet.</translation>
    </message>
    <message>
        <source>Average order value (¥)</source>
        <translation>Average order value (¥)</translation>
    </message>
    <message>
        <source>Items per order</source>
        <translation>Items per order</translation>
    </message>
    <message>
        <source>%1 purchase day(s)</source>
        <translation>%1 purchase day(s)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>M+%1</source>
        <translation>M+%1</translation>
    </message>
    <message>
        <source>Half of the customers came back within %1 days, three in four within %2 days, nine in ten within %3 days (%4 returns)</source>
        <translation>Half of the customers came back within %1 days, three in four within %2 days, nine in ten within %3 days (%4 returns)</translation>
    </message>
    <message>
        <source>Campaign result: treatment and control</source>
        <translation>Campaign result: treatment and control</translation>
    </message>
    <message>
        <source>Top 5 complaint reasons</source>
        <translation>Top 5 complaint reasons</translation>
    </message>
    <message>
        <source>Top 5 return reasons</source>
        <translation>Top 5 return reasons</translation>
    </message>
    <message>
        <source>Top 5 reasons of reviews below 5 stars</source>
        <translation>Top 5 reasons of reviews below 5 stars</translation>
    </message>
    <message>
        <source>Reasons by category, last 12 months</source>
        <translation>Reasons by category, last 12 months</translation>
    </message>
    <message>
        <source>Callback survey results</source>
        <translation>Callback survey results</translation>
    </message>
    <message>
        <source>Product feedback</source>
        <translation>Product feedback</translation>
    </message>
</context>
<context>
    <name>huitou::ReportViewWidget</name>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Chart: %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Table: %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
    <message>
        <source>Nothing to chart for this period yet.</source>
        <translation>Nothing to chart for this period yet.</translation>
    </message>
</context>
<context>
    <name>huitou::ReportsPage</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>no repeat purchases yet</source>
        <translation>no repeat purchases yet</translation>
    </message>
    <message>
        <source>Monthly report (PDF)…</source>
        <translation>Monthly report (PDF)…</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>New / returning</source>
        <translation>New / returning</translation>
    </message>
    <message>
        <source>Second purchase</source>
        <translation>Second purchase</translation>
    </message>
    <message>
        <source>Stage repurchase</source>
        <translation>Stage repurchase</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
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
        <translation>Interval</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Order value</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the monthly report…</source>
        <translation>Writing the monthly report…</translation>
    </message>
    <message>
        <source>Our shop</source>
        <translation>Our shop</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <comment>month picker format</comment>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (so far)</translation>
    </message>
    <message>
        <source>No orders in %1.</source>
        <translation>No orders in %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: &lt;b&gt;%2&lt;/b&gt; buyers (%3 new, %4 returning, %5) · revenue &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: &lt;b&gt;%2&lt;/b&gt; buyers (%3 new, %4 returning, %5) · revenue &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>typically %1 days; three in four within %2 days, nine in ten within %3 days</source>
        <translation>typically %1 days; three in four within %2 days, nine in ten within %3 days</translation>
    </message>
    <message>
        <source>&lt;br&gt;As of %1: &lt;b&gt;%2&lt;/b&gt; customers with a paid order · repeat purchase rate (365 days) &lt;b&gt;%3&lt;/b&gt; · between purchases: %4 · in the new-customer window (40 days): &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;br&gt;As of %1: &lt;b&gt;%2&lt;/b&gt; customers with a paid order · repeat purchase rate (365 days) &lt;b&gt;%3&lt;/b&gt; · between purchases: %4 · in the new-customer window (40 days): &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 · %2 (as of %3)</source>
        <translation>%1 · %2 (as of %3)</translation>
    </message>
    <message>
        <source>Wrote the monthly report to %1</source>
        <translation>Wrote the monthly report to %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Top 5 complaints</source>
        <translation>Top 5 complaints</translation>
    </message>
    <message>
        <source>Top 5 returns</source>
        <translation>Top 5 returns</translation>
    </message>
    <message>
        <source>Top 5 reviews</source>
        <translation>Top 5 reviews</translation>
    </message>
    <message>
        <source>Reason trend</source>
        <translation>Reason trend</translation>
    </message>
    <message>
        <source>Callback results</source>
        <translation>Callback results</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>%1 so far (to %2)</source>
        <translation>%1 so far (to %2)</translation>
    </message>
    <message>
        <source>monthly-report-%1.pdf</source>
        <translation>monthly-report-%1.pdf</translation>
    </message>
</context>
<context>
    <name>huitou::ReviewImporter</name>
    <message>
        <source>Cannot open %1.</source>
        <translation>Cannot open %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (for %2).</source>
        <translation>The file has no column &quot;%1&quot; (for %2).</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2.</source>
        <translation>%1 fields, the header has %2.</translation>
    </message>
    <message>
        <source>order: empty.</source>
        <translation>order: empty.</translation>
    </message>
    <message>
        <source>rating: must be 1 to 5, not &quot;%1&quot;.</source>
        <translation>rating: must be 1 to 5, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>time: cannot read &quot;%1&quot;.</source>
        <translation>time: cannot read &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>huitou::ReviewMapping</name>
    <message>
        <source>--map: &quot;%1&quot; is not key=COLUMN.</source>
        <translation>--map: &quot;%1&quot; is not key=COLUMN.</translation>
    </message>
    <message>
        <source>--map: unknown field &quot;%1&quot; (order, rating, text, time).</source>
        <translation>--map: unknown field &quot;%1&quot; (order, rating, text, time).</translation>
    </message>
    <message>
        <source>--map: the %1 column is required.</source>
        <translation>--map: the %1 column is required.</translation>
    </message>
</context>
<context>
    <name>huitou::SegmentBuilder</name>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>New and returning</source>
        <translation>New and returning</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>All RFM segments</source>
        <translation>All RFM segments</translation>
    </message>
    <message>
        <source>Any of the tags: -</source>
        <translation>Any of the tags: -</translation>
    </message>
    <message>
        <source>All of the tags: -</source>
        <translation>All of the tags: -</translation>
    </message>
    <message>
        <source>None of the tags: -</source>
        <translation>None of the tags: -</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Any consent</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>title contains, e.g. 连衣裙</source>
        <translation>title contains, e.g. 连衣裙</translation>
    </message>
    <message>
        <source>More conditions</source>
        <translation>More conditions</translation>
    </message>
    <message>
        <source>Purchases (F)</source>
        <translation>Purchases (F)</translation>
    </message>
    <message>
        <source>Spent (M)</source>
        <translation>Spent (M)</translation>
    </message>
    <message>
        <source>Days since last purchase (R)</source>
        <translation>Days since last purchase (R)</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>Birthday month</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>First purchase</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Bought</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tag group: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>商家编码 (exact)</source>
        <translation>商家编码 (exact)</translation>
    </message>
    <message>
        <source>The item&apos;s 商家编码; with a title too, the same item must match both.</source>
        <translation>The item&apos;s 商家编码; with a title too, the same item must match both.</translation>
    </message>
</context>
<context>
    <name>huitou::SettingsPage</name>
    <message>
        <source>Lifecycle stages (days since the last purchase)</source>
        <translation>Lifecycle stages (days since the last purchase)</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>Use the suggestion</translation>
    </message>
    <message>
        <source>Active up to</source>
        <translation>Active up to</translation>
    </message>
    <message>
        <source>Silent up to</source>
        <translation>Silent up to</translation>
    </message>
    <message>
        <source>Sleeping up to (lost after)</source>
        <translation>Sleeping up to (lost after)</translation>
    </message>
    <message>
        <source>Member tiers</source>
        <translation>Member tiers</translation>
    </message>
    <message>
        <source>Amount spent (M)</source>
        <translation>Amount spent (M)</translation>
    </message>
    <message>
        <source>Purchase days (F)</source>
        <translation>Purchase days (F)</translation>
    </message>
    <message>
        <source>By rank: top 1% / 4% / 20%</source>
        <translation>By rank: top 1% / 4% / 20%</translation>
    </message>
    <message>
        <source>Fixed thresholds</source>
        <translation>Fixed thresholds</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Based on</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Senior member from</source>
        <translation>Senior member from</translation>
    </message>
    <message>
        <source>VIP from</source>
        <translation>VIP from</translation>
    </message>
    <message>
        <source>Supreme VIP from</source>
        <translation>Supreme VIP from</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Apply and recompute</translation>
    </message>
    <message>
        <source>Tag dictionary</source>
        <translation>Tag dictionary</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Remove group</translation>
    </message>
    <message>
        <source>Save dictionary</source>
        <translation>Save dictionary</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Computing the suggestion from your repurchase intervals…</source>
        <translation>Computing the suggestion from your repurchase intervals…</translation>
    </message>
    <message>
        <source>No suggestion yet: it needs customers who bought twice.</source>
        <translation>No suggestion yet: it needs customers who bought twice.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Values per customer</source>
        <translation>Values per customer</translation>
    </message>
    <message>
        <source>Values (separated by commas)</source>
        <translation>Values (separated by commas)</translation>
    </message>
    <message>
        <source>Values per customer: %1, %2 or %3.</source>
        <translation>Values per customer: %1, %2 or %3.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>As it should appear on the monthly report</source>
        <translation>As it should appear on the monthly report</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Suggested from how long your customers take to come back (active: three in four return within it; silent: nine in ten; lost: twice that): %1 / %2 / %3 days</source>
        <translation>Suggested from how long your customers take to come back (active: three in four return within it; silent: nine in ten; lost: twice that): %1 / %2 / %3 days</translation>
    </message>
    <message>
        <source>Settings applied; the figures were recomputed.</source>
        <translation>Settings applied; the figures were recomputed.</translation>
    </message>
    <message>
        <source>Tag dictionary saved.</source>
        <translation>Tag dictionary saved.</translation>
    </message>
    <message>
        <source>Shop name saved: %1</source>
        <translation>Shop name saved: %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Care plan and reasons</source>
        <translation>Care plan and reasons</translation>
    </message>
    <message>
        <source>You are signed in to the shop server as staff: the shop&apos;s settings are the manager&apos;s and are shown read-only.</source>
        <translation>You are signed in to the shop server as staff: the shop&apos;s settings are the manager&apos;s and are shown read-only.</translation>
    </message>
    <message>
        <source>Staff logins</source>
        <translation>Staff logins</translation>
    </message>
</context>
<context>
    <name>huitou::Staff</name>
    <message>
        <source>Who is working here?</source>
        <translation>Who is working here?</translation>
    </message>
    <message>
        <source>Your name is recorded with every task, note, survey and reason you log:</source>
        <translation>Your name is recorded with every task, note, survey and reason you log:</translation>
    </message>
</context>
<context>
    <name>huitou::StaffAccountsBox</name>
    <message>
        <source>Who may use this shop server. Staff look customers up, import, tag and log care and feedback; a manager may also revert imports, change the settings, export contacts and manage these logins. The server itself enforces it.</source>
        <translation>Who may use this shop server. Staff look customers up, import, tag and log care and feedback; a manager may also revert imports, change the settings, export contacts and manage these logins. The server itself enforces it.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Remove from the shop</source>
        <translation>Remove from the shop</translation>
    </message>
    <message>
        <source>e.g. xiaowang</source>
        <translation>e.g. xiaowang</translation>
    </message>
    <message>
        <source>Leave empty to keep her password</source>
        <translation>Leave empty to keep her password</translation>
    </message>
    <message>
        <source>Add or change</source>
        <translation>Add or change</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Staff logins</source>
        <translation>Staff logins</translation>
    </message>
    <message>
        <source>Type the login name first.</source>
        <translation>Type the login name first.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>Take %1 out of the shop? She can no longer open the store.</source>
        <translation>Take %1 out of the shop? She can no longer open the store.</translation>
    </message>
    <message>
        <source>%1 was taken out of the shop.</source>
        <translation>%1 was taken out of the shop.</translation>
    </message>
</context>
<context>
    <name>huitou::Store</name>
    <message>
        <source>The disk is full: free some space and try again; nothing was changed. (%1)</source>
        <translation>The disk is full: free some space and try again; nothing was changed. (%1)</translation>
    </message>
    <message>
        <source>The store is damaged (%1). Restore a backup: File → Backups… or huitou-cli store backups / store restore ID.</source>
        <translation>The store is damaged (%1). Restore a backup: File → Backups… or huitou-cli store backups / store restore ID.</translation>
    </message>
    <message>
        <source>The store can only be read here (a read-only file or folder); nothing can be changed. (%1)</source>
        <translation>The store can only be read here (a read-only file or folder); nothing can be changed. (%1)</translation>
    </message>
    <message>
        <source>Writing to the disk failed (is it full or removed?); nothing was changed. (%1)</source>
        <translation>Writing to the disk failed (is it full or removed?); nothing was changed. (%1)</translation>
    </message>
    <message>
        <source>Another import or program is writing to the store; waiting for it to finish…</source>
        <translation>Another import or program is writing to the store; waiting for it to finish…</translation>
    </message>
    <message>
        <source>Another program kept the store busy; nothing was changed. Try again later.</source>
        <translation>Another program kept the store busy; nothing was changed. Try again later.</translation>
    </message>
    <message>
        <source>The connection to the shop server was lost; nothing was changed. Try again once the server is back. (%1)</source>
        <translation>The connection to the shop server was lost; nothing was changed. Try again once the server is back. (%1)</translation>
    </message>
    <message>
        <source>The shop server does not allow this for your account; ask the manager. (%1)</source>
        <translation>The shop server does not allow this for your account; ask the manager. (%1)</translation>
    </message>
    <message>
        <source>The shop server&apos;s disk is full; nothing was changed. (%1)</source>
        <translation>The shop server&apos;s disk is full; nothing was changed. (%1)</translation>
    </message>
    <message>
        <source>The login that creates or upgrades the store on the shop server must be allowed to create roles (createuser --createrole): the store sets up its staff and manager roles. (%1)</source>
        <translation>The login that creates or upgrades the store on the shop server must be allowed to create roles (createuser --createrole): the store sets up its staff and manager roles. (%1)</translation>
    </message>
</context>
<context>
    <name>huitou::StoreCopy</name>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>Copying the table %1 failed: %2</translation>
    </message>
    <message>
        <source>The two stores have different schema versions (%1 and %2).</source>
        <translation>The two stores have different schema versions (%1 and %2).</translation>
    </message>
    <message>
        <source>The target store already holds a shop; copy into a new, empty store.</source>
        <translation>The target store already holds a shop; copy into a new, empty store.</translation>
    </message>
</context>
<context>
    <name>huitou::StoreLocation</name>
    <message>
        <source>Not a server address: %1</source>
        <translation>Not a server address: %1</translation>
    </message>
    <message>
        <source>A server address must not hold a password: put it in ~/.pgpass instead.</source>
        <translation>A server address must not hold a password: put it in ~/.pgpass instead.</translation>
    </message>
    <message>
        <source>The server address names no database: %1</source>
        <translation>The server address names no database: %1</translation>
    </message>
</context>
<context>
    <name>huitou::StoreRoles</name>
    <message>
        <source>Staff logins exist only on a shop server; in a store file everyone may do everything.</source>
        <translation>Staff logins exist only on a shop server; in a store file everyone may do everything.</translation>
    </message>
    <message>
        <source>Only the shop&apos;s manager may revert an import.</source>
        <translation>Only the shop&apos;s manager may revert an import.</translation>
    </message>
    <message>
        <source>Only the shop&apos;s manager may change the settings.</source>
        <translation>Only the shop&apos;s manager may change the settings.</translation>
    </message>
    <message>
        <source>Only the shop&apos;s manager may export contacts.</source>
        <translation>Only the shop&apos;s manager may export contacts.</translation>
    </message>
    <message>
        <source>Only the shop&apos;s manager may manage staff logins.</source>
        <translation>Only the shop&apos;s manager may manage staff logins.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Only the shop&apos;s manager may see customers&apos; full phone numbers.</source>
        <translation>Only the shop&apos;s manager may see customers&apos; full phone numbers.</translation>
    </message>
</context>
<context>
    <name>huitou::SurveyAnswer</name>
    <message>
        <source>reached: must be yes, no_answer or refused, not &quot;%1&quot;.</source>
        <translation>reached: must be yes, no_answer or refused, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>satisfaction: must be 1 to 5, not %1.</source>
        <translation>satisfaction: must be 1 to 5, not %1.</translation>
    </message>
    <message>
        <source>will buy again: must be yes, no or unsure, not &quot;%1&quot;.</source>
        <translation>will buy again: must be yes, no or unsure, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>reached: satisfaction and will-buy-again need a customer who was reached.</source>
        <translation>reached: satisfaction and will-buy-again need a customer who was reached.</translation>
    </message>
    <message>
        <source>problems: unknown reason code &quot;%1&quot;.</source>
        <translation>problems: unknown reason code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>why not: unknown reason code &quot;%1&quot;.</source>
        <translation>why not: unknown reason code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>day: the day of the call is missing.</source>
        <translation>day: the day of the call is missing.</translation>
    </message>
</context>
<context>
    <name>huitou::SurveyDialog</name>
    <message>
        <source>Callback survey: %1</source>
        <translation>Callback survey: %1</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>1 very unhappy</source>
        <translation>1 very unhappy</translation>
    </message>
    <message>
        <source>2 unhappy</source>
        <translation>2 unhappy</translation>
    </message>
    <message>
        <source>3 so-so</source>
        <translation>3 so-so</translation>
    </message>
    <message>
        <source>4 happy</source>
        <translation>4 happy</translation>
    </message>
    <message>
        <source>5 very happy</source>
        <translation>5 very happy</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsure</translation>
    </message>
    <message>
        <source>Follow-up needed (puts a task on Today)</source>
        <translation>Follow-up needed (puts a task on Today)</translation>
    </message>
    <message>
        <source>&amp;Reached</source>
        <translation>&amp;Reached</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>&amp;Satisfaction</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problems</translation>
    </message>
    <message>
        <source>Problems, in her words</source>
        <translation>Problems, in her words</translation>
    </message>
    <message>
        <source>&amp;Expectations</source>
        <translation>&amp;Expectations</translation>
    </message>
    <message>
        <source>Will &amp;buy again</source>
        <translation>Will &amp;buy again</translation>
    </message>
    <message>
        <source>&amp;Why not</source>
        <translation>&amp;Why not</translation>
    </message>
    <message>
        <source>Why not, in her words</source>
        <translation>Why not, in her words</translation>
    </message>
    <message>
        <source>Day of the call</source>
        <translation>Day of the call</translation>
    </message>
</context>
<context>
    <name>huitou::TagEditor</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (automatic)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Tag customer</source>
        <translation>Tag customer</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
</context>
<context>
    <name>huitou::Timeline</name>
    <message>
        <source>Order %1: %2 yuan, %3</source>
        <translation>Order %1: %2 yuan, %3</translation>
    </message>
    <message>
        <source>, refund %1 yuan</source>
        <translation>, refund %1 yuan</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Note edited: %1</source>
        <translation>Note edited: %1</translation>
    </message>
    <message>
        <source>Note deleted: %1</source>
        <translation>Note deleted: %1</translation>
    </message>
    <message>
        <source>Note restored: %1</source>
        <translation>Note restored: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1 = %2</source>
        <translation>Tag removed: %1 = %2</translation>
    </message>
    <message>
        <source>Tag added: %1 = %2</source>
        <translation>Tag added: %1 = %2</translation>
    </message>
    <message>
        <source>Tags %1: %2 (was %3)</source>
        <translation>Tags %1: %2 (was %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Done: %1 (due %2)</source>
        <translation>Done: %1 (due %2)</translation>
    </message>
    <message>
        <source>Skipped: %1 (due %2)</source>
        <translation>Skipped: %1 (due %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · order %1</source>
        <translation> · order %1</translation>
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
        <translation> (suggested, to confirm)</translation>
    </message>
    <message>
        <source>%1 resolved: %2 · %3</source>
        <translation>%1 resolved: %2 · %3</translation>
    </message>
    <message>
        <source>%1 reason confirmed: %2</source>
        <translation>%1 reason confirmed: %2</translation>
    </message>
    <message>
        <source>Reopened (was resolved: %1)</source>
        <translation>Reopened (was resolved: %1)</translation>
    </message>
    <message>
        <source>%1 entry deleted: %2</source>
        <translation>%1 entry deleted: %2</translation>
    </message>
    <message>
        <source>%1 entry restored: %2</source>
        <translation>%1 entry restored: %2</translation>
    </message>
    <message>
        <source>Callback: reached</source>
        <translation>Callback: reached</translation>
    </message>
    <message>
        <source>, satisfaction %1</source>
        <translation>, satisfaction %1</translation>
    </message>
    <message>
        <source>, will buy again: %1</source>
        <translation>, will buy again: %1</translation>
    </message>
    <message>
        <source>Callback: refused</source>
        <translation>Callback: refused</translation>
    </message>
    <message>
        <source>Callback: no answer</source>
        <translation>Callback: no answer</translation>
    </message>
    <message>
        <source> · follow-up requested</source>
        <translation> · follow-up requested</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>Birthday: %1</translation>
    </message>
    <message>
        <source>Full phone number shown to dial</source>
        <translation>Full phone number shown to dial</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>set by hand</translation>
    </message>
    <message>
        <source>opt-out list %1</source>
        <translation>opt-out list %1</translation>
    </message>
    <message>
        <source>Marketing consent: %1 (was %2; %3)</source>
        <translation>Marketing consent: %1 (was %2; %3)</translation>
    </message>
</context>
<context>
    <name>huitou::TimelineTree</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>huitou::ToConfirmPage</name>
    <message>
        <source>Review reasons to confirm</source>
        <translation>Review reasons to confirm</translation>
    </message>
    <message>
        <source>Import reviews…</source>
        <translation>Import reviews…</translation>
    </message>
    <message>
        <source>Enter: accept the suggestion · C: change the reason · Delete: dismiss</source>
        <translation>Enter: accept the suggestion · C: change the reason · Delete: dismiss</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Suggested reason</source>
        <translation>Suggested reason</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) to confirm</source>
        <translation>
            <numerusform>%n suggestion to confirm</numerusform>
            <numerusform>%n suggestions to confirm</numerusform>
        </translation>
    </message>
    <message>
        <source>Change reason</source>
        <translation>Change reason</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Import reviews</source>
        <translation>Import reviews</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Review columns</source>
        <translation>Review columns</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Order id</translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation>Rating (1-5)</translation>
    </message>
    <message>
        <source>Review text</source>
        <translation>Review text</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1 reviews read, %2 new, %3 unchanged, %4 without a known order; %5 reasons to confirm.</source>
        <translation>%1 reviews read, %2 new, %3 unchanged, %4 without a known order; %5 reasons to confirm.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>huitou::TodayList</name>
    <message>
        <source>New-customer touch</source>
        <translation>New-customer touch</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Open complaint</translation>
    </message>
    <message>
        <source>Open return</source>
        <translation>Open return</translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <translation>Day %1: %2</translation>
    </message>
    <message>
        <source>Birthday on %1 (turns %2)</source>
        <translation>Birthday on %1 (turns %2)</translation>
    </message>
    <message>
        <source>Birthday on %1</source>
        <translation>Birthday on %1</translation>
    </message>
    <message>
        <source>Birthday greeting, with a coupon valid 7 to 15 days if you have one.</source>
        <translation>Birthday greeting, with a coupon valid 7 to 15 days if you have one.</translation>
    </message>
    <message>
        <source>Asked for a follow-up in the callback survey</source>
        <translation>Asked for a follow-up in the callback survey</translation>
    </message>
    <message>
        <source> (order %1)</source>
        <translation> (order %1)</translation>
    </message>
</context>
<context>
    <name>huitou::TodayModel</name>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1 (%n day late)</numerusform>
            <numerusform>%1 (%n days late)</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Suggested message / details</source>
        <translation>Suggested message / details</translation>
    </message>
</context>
<context>
    <name>huitou::TodayPage</name>
    <message>
        <source>Today&apos;s care list</source>
        <translation>Today&apos;s care list</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation>Open &amp;profile</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <source>New-customer touches (%1)</source>
        <translation>New-customer touches (%1)</translation>
    </message>
    <message>
        <source>Birthdays (%1)</source>
        <translation>Birthdays (%1)</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Follow-ups (%1)</translation>
    </message>
    <message>
        <source>Open complaints (%1)</source>
        <translation>Open complaints (%1)</translation>
    </message>
    <message>
        <source>Open returns (%1)</source>
        <translation>Open returns (%1)</translation>
    </message>
    <message>
        <source>Nothing left for this day.</source>
        <translation>Nothing left for this day.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>How was it resolved?</translation>
    </message>
</context>
<context>
    <name>huitou::Vocabulary</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silent</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Sleeping</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Returning</translation>
    </message>
    <message>
        <source>Regular member</source>
        <translation>Regular member</translation>
    </message>
    <message>
        <source>Senior member</source>
        <translation>Senior member</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Supreme VIP</source>
        <translation>Supreme VIP</translation>
    </message>
    <message>
        <source>Important value</source>
        <translation>Important value</translation>
    </message>
    <message>
        <source>Important to develop</source>
        <translation>Important to develop</translation>
    </message>
    <message>
        <source>Important to retain</source>
        <translation>Important to retain</translation>
    </message>
    <message>
        <source>Important to win back</source>
        <translation>Important to win back</translation>
    </message>
    <message>
        <source>General value</source>
        <translation>General value</translation>
    </message>
    <message>
        <source>General to develop</source>
        <translation>General to develop</translation>
    </message>
    <message>
        <source>General to retain</source>
        <translation>General to retain</translation>
    </message>
    <message>
        <source>General to win back</source>
        <translation>General to win back</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Consented</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>huitou::WelcomePage</name>
    <message>
        <source>Welcome to Huitou</source>
        <translation>Welcome to Huitou</translation>
    </message>
    <message>
        <source>Huitou helps your shop win back its customers: import the order reports from the Taobao back end and see who buys again, who is slipping away, and whom to care for today.</source>
        <translation>Huitou helps your shop win back its customers: import the order reports from the Taobao back end and see who buys again, who is slipping away, and whom to care for today.</translation>
    </message>
    <message>
        <source>Import your orders…</source>
        <translation>Import your orders…</translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation>Open the demo shop</translation>
    </message>
    <message>
        <source>The demo shop is a generated women&apos;s-clothing shop with three years of orders; you can import your own orders at any time.</source>
        <translation>The demo shop is a generated women&apos;s-clothing shop with three years of orders; you can import your own orders at any time.</translation>
    </message>
</context>
<context>
    <name>huitou::cli</name>
    <message>
        <source>Report as of %1</source>
        <translation>Report as of %1</translation>
    </message>
    <message>
        <source>Customers: %1   valid orders: %2   revenue: ¥%3</source>
        <translation>Customers: %1   valid orders: %2   revenue: ¥%3</translation>
    </message>
    <message>
        <source>Lifecycle            new   returning</source>
        <translation>Lifecycle            new   returning</translation>
    </message>
    <message>
        <source>Repeat purchase rate (365 days): %1</source>
        <translation>Repeat purchase rate (365 days): %1</translation>
    </message>
    <message>
        <source>Repurchase interval: median %1, p75 %2, p90 %3 days</source>
        <translation>Repurchase interval: median %1, p75 %2, p90 %3 days</translation>
    </message>
    <message>
        <source>Tiers: regular %1, senior %2, VIP %3, supreme VIP %4</source>
        <translation>Tiers: regular %1, senior %2, VIP %3, supreme VIP %4</translation>
    </message>
    <message>
        <source>Stage repurchase in %1: active %2, silent %3, sleeping %4, lost %5; reactivation %6</source>
        <translation>Stage repurchase in %1: active %2, silent %3, sleeping %4, lost %5; reactivation %6</translation>
    </message>
    <message>
        <source>BG/NBD: %1</source>
        <translation>BG/NBD: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>There is no store at %1. Create one with `huitou-cli store create` or by importing orders.</source>
        <translation>There is no store at %1. Create one with `huitou-cli store create` or by importing orders.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Try &apos;%1 --help&apos; for more information.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>The store file (default: the app&apos;s store).</source>
        <translation>The store file (default: the app&apos;s store).</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Exit status:</translation>
    </message>
    <message>
        <source>  0  success</source>
        <translation>  0  success</translation>
    </message>
    <message>
        <source>  1  the work failed (a file refused, a store error)</source>
        <translation>  1  the work failed (a file refused, a store error)</translation>
    </message>
    <message>
        <source>  2  usage error (unknown option, missing or invalid value)</source>
        <translation>  2  usage error (unknown option, missing or invalid value)</translation>
    </message>
    <message>
        <source>  3  with --strict: at least one row was rejected</source>
        <translation>  3  with --strict: at least one row was rejected</translation>
    </message>
    <message>
        <source>Who does this (default: this computer&apos;s staff name, then $USER).</source>
        <translation>Who does this (default: this computer&apos;s staff name, then $USER).</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db needs a file name.</translation>
    </message>
    <message>
        <source>--staff needs a name.</source>
        <translation>--staff needs a name.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 must be a date YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a month YYYY-MM, not &quot;%2&quot;.</source>
        <translation>--%1 must be a month YYYY-MM, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 must be one of %2, not &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Lists customers with their figures (CSV, or JSON with --json).</source>
        <translation>Lists customers with their figures (CSV, or JSON with --json).</translation>
    </message>
    <message>
        <source>Date of the figures (default today).</source>
        <translation>Date of the figures (default today).</translation>
    </message>
    <message>
        <source>CSV output (the default; kept for scripts).</source>
        <translation>CSV output (the default; kept for scripts).</translation>
    </message>
    <message>
        <source>JSON output: {&quot;as_of&quot;, &quot;customers&quot;: [...]} with the CSV&apos;s columns.</source>
        <translation>JSON output: {&quot;as_of&quot;, &quot;customers&quot;: [...]} with the CSV&apos;s columns.</translation>
    </message>
    <message>
        <source>Print only the number of matching customers.</source>
        <translation>Print only the number of matching customers.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--csv and --json exclude each other.</source>
        <translation>--csv and --json exclude each other.</translation>
    </message>
    <message>
        <source>Writes a realistic Taobao-format women&apos;s-clothing shop (order report + item report, GB18030).</source>
        <translation>Writes a realistic Taobao-format women&apos;s-clothing shop (order report + item report, GB18030).</translation>
    </message>
    <message>
        <source>Number of customers (default 2000).</source>
        <translation>Number of customers (default 2000).</translation>
    </message>
    <message>
        <source>Generate until N orders instead.</source>
        <translation>Generate until N orders instead.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Random seed (default 1).</translation>
    </message>
    <message>
        <source>Last day of the history (default today).</source>
        <translation>Last day of the history (default today).</translation>
    </message>
    <message>
        <source>Years of history (default 3).</source>
        <translation>Years of history (default 3).</translation>
    </message>
    <message>
        <source>Broken rows to mix in (default 0).</source>
        <translation>Broken rows to mix in (default 0).</translation>
    </message>
    <message>
        <source>Output folder (created when missing).</source>
        <translation>Output folder (created when missing).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>--out DIR is required.</translation>
    </message>
    <message>
        <source>%1 customers, %2 orders, %3 items</source>
        <translation>%1 customers, %2 orders, %3 items</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 rows read, %5 inserted, %6 updated, %7 unchanged, %8 rejected</source>
        <translation>%1 (%2, %3): %4 rows read, %5 inserted, %6 updated, %7 unchanged, %8 rejected</translation>
    </message>
    <message>
        <source>line %1 (record %2): %3</source>
        <translation>line %1 (record %2): %3</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Cannot read standard input.</translation>
    </message>
    <message>
        <source>Cannot copy standard input: %1</source>
        <translation>Cannot copy standard input: %1</translation>
    </message>
    <message>
        <source>Imports order exports. Re-importing never duplicates.</source>
        <translation>Imports order exports. Re-importing never duplicates.</translation>
    </message>
    <message>
        <source>taobao-orders|taobao-items|shopify|generic (default: detect).</source>
        <translation>taobao-orders|taobao-items|shopify|generic (default: detect).</translation>
    </message>
    <message>
        <source>Use the saved generic column mapping NAME.</source>
        <translation>Use the saved generic column mapping NAME.</translation>
    </message>
    <message>
        <source>Generic mapping: customer=COL,order=COL,time=COL,amount=COL[,…].</source>
        <translation>Generic mapping: customer=COL,order=COL,time=COL,amount=COL[,…].</translation>
    </message>
    <message>
        <source>Save --map as NAME.</source>
        <translation>Save --map as NAME.</translation>
    </message>
    <message>
        <source>Exit with status 3 when any row was rejected (the good rows still land).</source>
        <translation>Exit with status 3 when any row was rejected (the good rows still land).</translation>
    </message>
    <message>
        <source>Print the result as JSON (with stable codes beside the reasons).</source>
        <translation>Print the result as JSON (with stable codes beside the reasons).</translation>
    </message>
    <message>
        <source>Files to import, in order; - reads standard input.</source>
        <translation>Files to import, in order; - reads standard input.</translation>
    </message>
    <message>
        <source>Stable codes in --json (the reasons beside them are translated):
  rejected rows: empty_field, bad_amount, bad_time, bad_count, unclosed_quote, field_count
  refused files: cannot_open, empty_file, unrecognised_format, unknown_format,
                 missing_column, store_error, cancelled, failed</source>
        <translation>Stable codes in --json (the reasons beside them are translated):
  rejected rows: empty_field, bad_amount, bad_time, bad_count, unclosed_quote, field_count
  refused files: cannot_open, empty_file, unrecognised_format, unknown_format,
                 missing_column, store_error, cancelled, failed</translation>
    </message>
    <message>
        <source>no file given.</source>
        <translation>no file given.</translation>
    </message>
    <message>
        <source>standard input (-) can be read only once.</source>
        <translation>standard input (-) can be read only once.</translation>
    </message>
    <message>
        <source>--save-mapping needs --map.</source>
        <translation>--save-mapping needs --map.</translation>
    </message>
    <message>
        <source>--format generic needs --map or --mapping.</source>
        <translation>--format generic needs --map or --mapping.</translation>
    </message>
    <message>
        <source>no saved mapping named &quot;%1&quot;.</source>
        <translation>no saved mapping named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Lists imports, or reverts one as a whole.</source>
        <translation>Lists imports, or reverts one as a whole.</translation>
    </message>
    <message>
        <source>Revert import ID.</source>
        <translation>Revert import ID.</translation>
    </message>
    <message>
        <source>Print the list (or the revert) as JSON.</source>
        <translation>Print the list (or the revert) as JSON.</translation>
    </message>
    <message>
        <source>import %1 reverted</source>
        <translation>import %1 reverted</translation>
    </message>
    <message>
        <source>read %1, inserted %2, updated %3, rejected %4</source>
        <translation>read %1, inserted %2, updated %3, rejected %4</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>reverted</translation>
    </message>
    <message>
        <source>Shop report: lifecycle, tiers, RFM, repurchase, cohorts, regions.</source>
        <translation>Shop report: lifecycle, tiers, RFM, repurchase, cohorts, regions.</translation>
    </message>
    <message>
        <source>Report date (default today).</source>
        <translation>Report date (default today).</translation>
    </message>
    <message>
        <source>Print the report object as JSON.</source>
        <translation>Print the report object as JSON.</translation>
    </message>
    <message>
        <source>Monthly report: as of the month&apos;s last day.</source>
        <translation>Monthly report: as of the month&apos;s last day.</translation>
    </message>
    <message>
        <source>Write the monthly report (with --month) as PDF.</source>
        <translation>Write the monthly report (with --month) as PDF.</translation>
    </message>
    <message>
        <source>--month and --as-of exclude each other.</source>
        <translation>--month and --as-of exclude each other.</translation>
    </message>
    <message>
        <source>--pdf needs --month YYYY-MM.</source>
        <translation>--pdf needs --month YYYY-MM.</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf needs a file name.</translation>
    </message>
    <message>
        <source>Creates the store, or brings an existing one to this version of Huitou.</source>
        <translation>Creates the store, or brings an existing one to this version of Huitou.</translation>
    </message>
    <message>
        <source>The store %1 already exists (schema version %2).</source>
        <translation>The store %1 already exists (schema version %2).</translation>
    </message>
    <message>
        <source>Created the store %1 (schema version %2).</source>
        <translation>Created the store %1 (schema version %2).</translation>
    </message>
    <message>
        <source>create the store (or bring an existing one to this version)</source>
        <translation>create the store (or bring an existing one to this version)</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>The store file.</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions:</translation>
    </message>
    <message>
        <source>no action given.</source>
        <translation>no action given.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;.</source>
        <translation>unknown action &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>import order exports (Taobao, Shopify, generic CSV; - reads stdin)</source>
        <translation>import order exports (Taobao, Shopify, generic CSV; - reads stdin)</translation>
    </message>
    <message>
        <source>list imports; --revert ID undoes one</source>
        <translation>list imports; --revert ID undoes one</translation>
    </message>
    <message>
        <source>write a realistic demo shop (Taobao format, GB18030)</source>
        <translation>write a realistic demo shop (Taobao format, GB18030)</translation>
    </message>
    <message>
        <source>shop report (lifecycle, tiers, RFM, repurchase, cohorts)</source>
        <translation>shop report (lifecycle, tiers, RFM, repurchase, cohorts)</translation>
    </message>
    <message>
        <source>list customers with their figures, filtered</source>
        <translation>list customers with their figures, filtered</translation>
    </message>
    <message>
        <source>Has this tag (repeatable: all of them).</source>
        <translation>Has this tag (repeatable: all of them).</translation>
    </message>
    <message>
        <source>Nick, name, phone digits or order number.</source>
        <translation>Nick, name, phone digits or order number.</translation>
    </message>
    <message>
        <source>A saved segment: a JSON object (see core/customers/Segment.h).</source>
        <translation>A saved segment: a JSON object (see core/customers/Segment.h).</translation>
    </message>
    <message>
        <source>--tag is GROUP=VALUE.</source>
        <translation>--tag is GROUP=VALUE.</translation>
    </message>
    <message>
        <source>Usage: huitou-cli [--db PATH] [--staff NAME] COMMAND [options]</source>
        <translation>Usage: huitou-cli [--db PATH] [--staff NAME] COMMAND [options]</translation>
    </message>
    <message>
        <source>Huitou&apos;s command line: the same store and figures as the app, for scripts and scheduled jobs.</source>
        <translation>Huitou&apos;s command line: the same store and figures as the app, for scripts and scheduled jobs.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>The store file (default: the app&apos;s store). Commands accept it too.</source>
        <translation>The store file (default: the app&apos;s store). Commands accept it too.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>&apos;huitou-cli COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation>&apos;huitou-cli COMMAND --help&apos; shows a command&apos;s options.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; &apos;huitou-cli --help&apos; lists them.</source>
        <translation>unknown command &quot;%1&quot;; &apos;huitou-cli --help&apos; lists them.</translation>
    </message>
    <message>
        <source>%1 rows repeated an order of an earlier line (not counted as inserted)</source>
        <translation>%1 rows repeated an order of an earlier line (not counted as inserted)</translation>
    </message>
    <message>
        <source>%1 lines have bytes that are not valid %2; they were rejected (the bad bytes show as � below)</source>
        <translation>%1 lines have bytes that are not valid %2; they were rejected (the bad bytes show as � below)</translation>
    </message>
    <message>
        <source>line %1: order %2 repeats line %3 exactly</source>
        <translation>line %1: order %2 repeats line %3 exactly</translation>
    </message>
    <message>
        <source>line %1: order %2 repeats line %3 with other values; this later row was kept</source>
        <translation>line %1: order %2 repeats line %3 with other values; this later row was kept</translation>
    </message>
    <message>
        <source>backup %1 holds the store as it was before</source>
        <translation>backup %1 holds the store as it was before</translation>
    </message>
    <message>
        <source>The rows above are saved, but the customer figures could not be brought up to date now (%1); they are computed when next read.</source>
        <translation>The rows above are saved, but the customer figures could not be brought up to date now (%1); they are computed when next read.</translation>
    </message>
    <message>
        <source>Backs the store up now, next to it.</source>
        <translation>Backs the store up now, next to it.</translation>
    </message>
    <message>
        <source>backup %1 written to %2</source>
        <translation>backup %1 written to %2</translation>
    </message>
    <message>
        <source>Lists the store&apos;s backups, newest first: ID, time, why it was made, size, file.</source>
        <translation>Lists the store&apos;s backups, newest first: ID, time, why it was made, size, file.</translation>
    </message>
    <message>
        <source>Replaces the store by backup ID (see store backups). The store as it was is backed up first: restore that backup to undo.</source>
        <translation>Replaces the store by backup ID (see store backups). The store as it was is backed up first: restore that backup to undo.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>The backup to restore.</translation>
    </message>
    <message>
        <source>give the ID of a backup (see store backups).</source>
        <translation>give the ID of a backup (see store backups).</translation>
    </message>
    <message>
        <source>Backup %1 restored; the store as it was is backup %2 (restore it to undo).</source>
        <translation>Backup %1 restored; the store as it was is backup %2 (restore it to undo).</translation>
    </message>
    <message>
        <source>Backup %1 restored.</source>
        <translation>Backup %1 restored.</translation>
    </message>
    <message>
        <source>Checks the store for damage (SQLite&apos;s quick_check).</source>
        <translation>Checks the store for damage (SQLite&apos;s quick_check).</translation>
    </message>
    <message>
        <source>The store is sound.</source>
        <translation>The store is sound.</translation>
    </message>
    <message>
        <source>back the store up now</source>
        <translation>back the store up now</translation>
    </message>
    <message>
        <source>list the backups (made before every import, revert, upgrade and settings change)</source>
        <translation>list the backups (made before every import, revert, upgrade and settings change)</translation>
    </message>
    <message>
        <source>restore backup ID (undoable: the store is backed up first)</source>
        <translation>restore backup ID (undoable: the store is backed up first)</translation>
    </message>
    <message>
        <source>check the store for damage</source>
        <translation>check the store for damage</translation>
    </message>
    <message>
        <source>the store file: create, backup, backups, restore, check</source>
        <translation>the store file: create, backup, backups, restore, check</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 (default), utf-8-bom (Excel / WPS on Windows) or gb18030.</source>
        <translation>CSV encoding: utf-8 (default), utf-8-bom (Excel / WPS on Windows) or gb18030.</translation>
    </message>
    <message>
        <source>--encoding is for CSV output.</source>
        <translation>--encoding is for CSV output.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>JSON output.</translation>
    </message>
    <message>
        <source>Counts a segment of customers; --save stores it by name.</source>
        <translation>Counts a segment of customers; --save stores it by name.</translation>
    </message>
    <message>
        <source>Print only the count.</source>
        <translation>Print only the count.</translation>
    </message>
    <message>
        <source>List the saved segments.</source>
        <translation>List the saved segments.</translation>
    </message>
    <message>
        <source>Cannot save the segment: %1</source>
        <translation>Cannot save the segment: %1</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>Exports contacts of a segment for a messaging tool and records the campaign. Prints the exclusion funnel.</source>
        <translation>Exports contacts of a segment for a messaging tool and records the campaign. Prints the exclusion funnel.</translation>
    </message>
    <message>
        <source>sms|wechat|email (default sms).</source>
        <translation>sms|wechat|email (default sms).</translation>
    </message>
    <message>
        <source>xlsx|csv|csv-gb18030 (default xlsx).</source>
        <translation>xlsx|csv|csv-gb18030 (default xlsx).</translation>
    </message>
    <message>
        <source>SMS text with {name} {nick} {coupon} {last_item}.</source>
        <translation>SMS text with {name} {nick} {coupon} {last_item}.</translation>
    </message>
    <message>
        <source>Text for {coupon}.</source>
        <translation>Text for {coupon}.</translation>
    </message>
    <message>
        <source>Control group share 0..0.5 (default 0.1).</source>
        <translation>Control group share 0..0.5 (default 0.1).</translation>
    </message>
    <message>
        <source>Seed of the control draw (default: the send day).</source>
        <translation>Seed of the control draw (default: the send day).</translation>
    </message>
    <message>
        <source>Price of one message in yuan, e.g. 0.05.</source>
        <translation>Price of one message in yuan, e.g. 0.05.</translation>
    </message>
    <message>
        <source>Campaign name.</source>
        <translation>Campaign name.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>File to write.</translation>
    </message>
    <message>
        <source>Print the funnel only; write nothing.</source>
        <translation>Print the funnel only; write nothing.</translation>
    </message>
    <message>
        <source>--preset is sms, wechat or email</source>
        <translation>--preset is sms, wechat or email</translation>
    </message>
    <message>
        <source>--format is xlsx, csv or csv-gb18030</source>
        <translation>--format is xlsx, csv or csv-gb18030</translation>
    </message>
    <message>
        <source>--control is a share such as 0.1</source>
        <translation>--control is a share such as 0.1</translation>
    </message>
    <message>
        <source>--seed is a whole number</source>
        <translation>--seed is a whole number</translation>
    </message>
    <message>
        <source>--cost-per-message is an amount in yuan such as 0.05</source>
        <translation>--cost-per-message is an amount in yuan such as 0.05</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <source>There is no saved segment named %1.</source>
        <translation>There is no saved segment named %1.</translation>
    </message>
    <message>
        <source>customers in the segment</source>
        <translation>customers in the segment</translation>
    </message>
    <message>
        <source>- consent refused</source>
        <translation>- consent refused</translation>
    </message>
    <message>
        <source>- open complaint, return or refund</source>
        <translation>- open complaint, return or refund</translation>
    </message>
    <message>
        <source>- contacted recently</source>
        <translation>- contacted recently</translation>
    </message>
    <message>
        <source>- no valid contact</source>
        <translation>- no valid contact</translation>
    </message>
    <message>
        <source>- duplicate contact</source>
        <translation>- duplicate contact</translation>
    </message>
    <message>
        <source>= remaining</source>
        <translation>= remaining</translation>
    </message>
    <message>
        <source>  control group (held out)</source>
        <translation>  control group (held out)</translation>
    </message>
    <message>
        <source>  exported</source>
        <translation>  exported</translation>
    </message>
    <message>
        <source>campaign %1 -&gt; %2 (cost %3)</source>
        <translation>campaign %1 -&gt; %2 (cost %3)</translation>
    </message>
    <message>
        <source>Lists the campaigns (every export is one).</source>
        <translation>Lists the campaigns (every export is one).</translation>
    </message>
    <message>
        <source>Evaluates one campaign against its control group.</source>
        <translation>Evaluates one campaign against its control group.</translation>
    </message>
    <message>
        <source>Campaign id (see &apos;campaigns&apos;).</source>
        <translation>Campaign id (see &apos;campaigns&apos;).</translation>
    </message>
    <message>
        <source>Response window in days (default the shop&apos;s, 14).</source>
        <translation>Response window in days (default the shop&apos;s, 14).</translation>
    </message>
    <message>
        <source>Total cost in yuan (default the recorded cost).</source>
        <translation>Total cost in yuan (default the recorded cost).</translation>
    </message>
    <message>
        <source>Evaluation day (default today).</source>
        <translation>Evaluation day (default today).</translation>
    </message>
    <message>
        <source>give the campaign id</source>
        <translation>give the campaign id</translation>
    </message>
    <message>
        <source>--window is a number of days</source>
        <translation>--window is a number of days</translation>
    </message>
    <message>
        <source>--cost is an amount in yuan</source>
        <translation>--cost is an amount in yuan</translation>
    </message>
    <message>
        <source>--as-of must be YYYY-MM-DD</source>
        <translation>--as-of must be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 (sent %2, window %3 days%4)</source>
        <translation>%1 (sent %2, window %3 days%4)</translation>
    </message>
    <message>
        <source>, provisional</source>
        <translation>, provisional</translation>
    </message>
    <message>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <source>converters</source>
        <translation>converters</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>revenue</translation>
    </message>
    <message>
        <source>per member</source>
        <translation>per member</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>treatment</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
    <message>
        <source>uplift %1, p-value %2, incremental revenue %3, cost %4, ROI %5</source>
        <translation>uplift %1, p-value %2, incremental revenue %3, cost %4, ROI %5</translation>
    </message>
    <message>
        <source>consent import FILE: sets every customer with a number of the opt-out list to refused.</source>
        <translation>consent import FILE: sets every customer with a number of the opt-out list to refused.</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>The action.</translation>
    </message>
    <message>
        <source>Numbers, one per line or a CSV column.</source>
        <translation>Numbers, one per line or a CSV column.</translation>
    </message>
    <message>
        <source>%1 numbers, %2 matched a customer; customers set to refused: %3 (already refused: %4)</source>
        <translation>%1 numbers, %2 matched a customer; customers set to refused: %3 (already refused: %4)</translation>
    </message>
    <message>
        <source>line %1: not a mobile number</source>
        <translation>line %1: not a mobile number</translation>
    </message>
    <message>
        <source>count (and save) a segment of customers; --list the saved ones</source>
        <translation>count (and save) a segment of customers; --list the saved ones</translation>
    </message>
    <message>
        <source>export contacts for SMS / WeChat / e-mail tools (records a campaign)</source>
        <translation>export contacts for SMS / WeChat / e-mail tools (records a campaign)</translation>
    </message>
    <message>
        <source>list the campaigns (every export is one)</source>
        <translation>list the campaigns (every export is one)</translation>
    </message>
    <message>
        <source>one campaign&apos;s result against its control group</source>
        <translation>one campaign&apos;s result against its control group</translation>
    </message>
    <message>
        <source>consent import FILE: apply an opt-out list (退订)</source>
        <translation>consent import FILE: apply an opt-out list (退订)</translation>
    </message>
    <message>
        <source>use: huitou-cli consent import FILE</source>
        <translation>use: huitou-cli consent import FILE</translation>
    </message>
    <message>
        <source>today&apos;s care list (touches, birthdays, follow-ups, open complaints)</source>
        <translation>today&apos;s care list (touches, birthdays, follow-ups, open complaints)</translation>
    </message>
    <message>
        <source>callback samples (回访): sample, results, list</source>
        <translation>callback samples (回访): sample, results, list</translation>
    </message>
    <message>
        <source>complaint / return / review reasons: add, resolve, top, taxonomy</source>
        <translation>complaint / return / review reasons: add, resolve, top, taxonomy</translation>
    </message>
    <message>
        <source>import reviews; below-5-star ones get reasons to confirm</source>
        <translation>import reviews; below-5-star ones get reasons to confirm</translation>
    </message>
    <message>
        <source>suggest reasons for review texts</source>
        <translation>suggest reasons for review texts</translation>
    </message>
    <message>
        <source>&apos;huitou-cli %1 ACTION --help&apos; shows an action&apos;s options.</source>
        <translation>&apos;huitou-cli %1 ACTION --help&apos; shows an action&apos;s options.</translation>
    </message>
    <message>
        <source>What to do (see Actions).</source>
        <translation>What to do (see Actions).</translation>
    </message>
    <message>
        <source>draw (or show) the month&apos;s sample</source>
        <translation>draw (or show) the month&apos;s sample</translation>
    </message>
    <message>
        <source>survey results of a sample</source>
        <translation>survey results of a sample</translation>
    </message>
    <message>
        <source>the samples drawn so far</source>
        <translation>the samples drawn so far</translation>
    </message>
    <message>
        <source>Callback samples (回访).</source>
        <translation>Callback samples (回访).</translation>
    </message>
    <message>
        <source>import reviews: FILE... --map order=COL,rating=COL,text=COL[,time=COL]</source>
        <translation>import reviews: FILE... --map order=COL,rating=COL,text=COL[,time=COL]</translation>
    </message>
    <message>
        <source>Reviews; below-5-star ones get reasons to confirm.</source>
        <translation>Reviews; below-5-star ones get reasons to confirm.</translation>
    </message>
    <message>
        <source>log a complaint, return or review reason</source>
        <translation>log a complaint, return or review reason</translation>
    </message>
    <message>
        <source>resolve an open complaint or return</source>
        <translation>resolve an open complaint or return</translation>
    </message>
    <message>
        <source>Top 5 reasons of a month</source>
        <translation>Top 5 reasons of a month</translation>
    </message>
    <message>
        <source>the reason codes</source>
        <translation>the reason codes</translation>
    </message>
    <message>
        <source>Complaint, return and review reasons.</source>
        <translation>Complaint, return and review reasons.</translation>
    </message>
    <message>
        <source>%1: --as-of must be YYYY-MM-DD</source>
        <translation>%1: --as-of must be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Draws (or shows) the callback sample of a month.</source>
        <translation>Draws (or shows) the callback sample of a month.</translation>
    </message>
    <message>
        <source>The month the sample is for.</source>
        <translation>The month the sample is for.</translation>
    </message>
    <message>
        <source>last-month-buyers (buyers of the month before) or new-no-second (first purchase 30-50 days before the sampling day, no second).</source>
        <translation>last-month-buyers (buyers of the month before) or new-no-second (first purchase 30-50 days before the sampling day, no second).</translation>
    </message>
    <message>
        <source>Sample size.</source>
        <translation>Sample size.</translation>
    </message>
    <message>
        <source>Stratify by member tier (proportional, largest remainder).</source>
        <translation>Stratify by member tier (proportional, largest remainder).</translation>
    </message>
    <message>
        <source>Seed (default YYYYMM of the month).</source>
        <translation>Seed (default YYYYMM of the month).</translation>
    </message>
    <message>
        <source>Sampling day (default today).</source>
        <translation>Sampling day (default today).</translation>
    </message>
    <message>
        <source>callbacks sample: --month YYYY-MM and --size N are required</source>
        <translation>callbacks sample: --month YYYY-MM and --size N are required</translation>
    </message>
    <message>
        <source>callbacks sample: --seed must be a non-negative integer</source>
        <translation>callbacks sample: --seed must be a non-negative integer</translation>
    </message>
    <message>
        <source>existing sample %1 for %2 (%3): %4 of %5, seed %6</source>
        <translation>existing sample %1 for %2 (%3): %4 of %5, seed %6</translation>
    </message>
    <message>
        <source>sample %1 for %2 (%3): %4 of %5, seed %6</source>
        <translation>sample %1 for %2 (%3): %4 of %5, seed %6</translation>
    </message>
    <message>
        <source>Survey results of a callback sample.</source>
        <translation>Survey results of a callback sample.</translation>
    </message>
    <message>
        <source>Sample id.</source>
        <translation>Sample id.</translation>
    </message>
    <message>
        <source>callbacks results: --sample ID is required</source>
        <translation>callbacks results: --sample ID is required</translation>
    </message>
    <message>
        <source>%1 members	%2 called	%3 reached	seed %4</source>
        <translation>%1 members	%2 called	%3 reached	seed %4</translation>
    </message>
    <message>
        <source>Today&apos;s care list (今日待办).</source>
        <translation>Today&apos;s care list (今日待办).</translation>
    </message>
    <message>
        <source>The day to list (default today).</source>
        <translation>The day to list (default today).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Logs a complaint, return or below-5-star review reason.</source>
        <translation>Logs a complaint, return or below-5-star review reason.</translation>
    </message>
    <message>
        <source>Customer key.</source>
        <translation>Customer key.</translation>
    </message>
    <message>
        <source>complaint|return|review</source>
        <translation>complaint|return|review</translation>
    </message>
    <message>
        <source>Reason code (see &apos;reasons taxonomy&apos;).</source>
        <translation>Reason code (see &apos;reasons taxonomy&apos;).</translation>
    </message>
    <message>
        <source>Order number (one of the customer&apos;s orders).</source>
        <translation>Order number (one of the customer&apos;s orders).</translation>
    </message>
    <message>
        <source>What the customer said.</source>
        <translation>What the customer said.</translation>
    </message>
    <message>
        <source>Day of the entry (default today).</source>
        <translation>Day of the entry (default today).</translation>
    </message>
    <message>
        <source>reasons add: customer: no customer &quot;%1&quot;</source>
        <translation>reasons add: customer: no customer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>entry %1 logged by %2</source>
        <translation>entry %1 logged by %2</translation>
    </message>
    <message>
        <source>Entry id.</source>
        <translation>Entry id.</translation>
    </message>
    <message>
        <source>How it was resolved.</source>
        <translation>How it was resolved.</translation>
    </message>
    <message>
        <source>Day (default today).</source>
        <translation>Day (default today).</translation>
    </message>
    <message>
        <source>Top 5 reasons of a month, with the month before beside it.</source>
        <translation>Top 5 reasons of a month, with the month before beside it.</translation>
    </message>
    <message>
        <source>The month.</source>
        <translation>The month.</translation>
    </message>
    <message>
        <source>complaint|return|review (default: all three).</source>
        <translation>complaint|return|review (default: all three).</translation>
    </message>
    <message>
        <source>reasons top: --month YYYY-MM is required</source>
        <translation>reasons top: --month YYYY-MM is required</translation>
    </message>
    <message>
        <source>reasons top: kind: must be complaint, return or review</source>
        <translation>reasons top: kind: must be complaint, return or review</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4 the month before)</source>
        <translation>%1 %2: %3 (%4 the month before)</translation>
    </message>
    <message>
        <source>Product feedback of a month (or a period): buyers, units, refunded lines, returns, complaints, mean rating and top reasons per product (商家编码, else title).</source>
        <translation>Product feedback of a month (or a period): buyers, units, refunded lines, returns, complaints, mean rating and top reasons per product (商家编码, else title).</translation>
    </message>
    <message>
        <source>First day of the period (instead of --month).</source>
        <translation>First day of the period (instead of --month).</translation>
    </message>
    <message>
        <source>Last day of the period (instead of --month).</source>
        <translation>Last day of the period (instead of --month).</translation>
    </message>
    <message>
        <source>--month must be YYYY-MM.</source>
        <translation>--month must be YYYY-MM.</translation>
    </message>
    <message>
        <source>give --month YYYY-MM, or --from and --to as YYYY-MM-DD.</source>
        <translation>give --month YYYY-MM, or --from and --to as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to is before --from.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Imports reviews (order id, rating 1-5, text, time); below-5-star reviews get suggested reasons to confirm.</source>
        <translation>Imports reviews (order id, rating 1-5, text, time); below-5-star reviews get suggested reasons to confirm.</translation>
    </message>
    <message>
        <source>A saved review mapping.</source>
        <translation>A saved review mapping.</translation>
    </message>
    <message>
        <source>Save --map under NAME.</source>
        <translation>Save --map under NAME.</translation>
    </message>
    <message>
        <source>Reviews CSV.</source>
        <translation>Reviews CSV.</translation>
    </message>
    <message>
        <source>reviews import: name a FILE.</source>
        <translation>reviews import: name a FILE.</translation>
    </message>
    <message>
        <source>no review mapping &quot;%1&quot;.</source>
        <translation>no review mapping &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>reviews import needs --map or --mapping.</source>
        <translation>reviews import needs --map or --mapping.</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 inserted, %4 unchanged, %5 without a known order, %6 rejected, %7 reasons to confirm</source>
        <translation>%1: %2 rows read, %3 inserted, %4 unchanged, %5 without a known order, %6 rejected, %7 reasons to confirm</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  line %1: %2</translation>
    </message>
    <message>
        <source>product feedback of a month: returns, complaints, ratings</source>
        <translation>product feedback of a month: returns, complaints, ratings</translation>
    </message>
    <message>
        <source>Suggests reason codes for review texts (the taxonomy&apos;s keywords).</source>
        <translation>Suggests reason codes for review texts (the taxonomy&apos;s keywords).</translation>
    </message>
    <message>
        <source>Review texts.</source>
        <translation>Review texts.</translation>
    </message>
    <message>
        <source>Copies a whole store into a new, empty one: a file to a shop server (postgresql://user@host:port/database) or back. Checks rows per table and the report on both.</source>
        <translation>Copies a whole store into a new, empty one: a file to a shop server (postgresql://user@host:port/database) or back. Checks rows per table and the report on both.</translation>
    </message>
    <message>
        <source>The store to copy.</source>
        <translation>The store to copy.</translation>
    </message>
    <message>
        <source>The new store (a file that does not exist yet, or an empty server database).</source>
        <translation>The new store (a file that does not exist yet, or an empty server database).</translation>
    </message>
    <message>
        <source>Date of the report compared on both (default today).</source>
        <translation>Date of the report compared on both (default today).</translation>
    </message>
    <message>
        <source>give both --from and --to.</source>
        <translation>give both --from and --to.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>There is no store at %1.</translation>
    </message>
    <message>
        <source>%1 already exists; copy into a new file.</source>
        <translation>%1 already exists; copy into a new file.</translation>
    </message>
    <message>
        <source>--from and --to name the same store.</source>
        <translation>--from and --to name the same store.</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in the copy, not %3.</source>
        <translation>The table %1 has %2 rows in the copy, not %3.</translation>
    </message>
    <message>
        <source>The report as of %1 differs between the two stores.</source>
        <translation>The report as of %1 differs between the two stores.</translation>
    </message>
    <message>
        <source>Copied %1 to %2: the same rows in every table and the same report as of %3.</source>
        <translation>Copied %1 to %2: the same rows in every table and the same report as of %3.</translation>
    </message>
    <message>
        <source>copy the whole store to a new file or a shop server, and check the copy</source>
        <translation>copy the whole store to a new file or a shop server, and check the copy</translation>
    </message>
    <message>
        <source>Start from the saved segment NAME (the options add to it).</source>
        <translation>Start from the saved segment NAME (the options add to it).</translation>
    </message>
    <message>
        <source>Save the segment under NAME (replaces one of that name).</source>
        <translation>Save the segment under NAME (replaces one of that name).</translation>
    </message>
    <message>
        <source>Delete the saved segment NAME.</source>
        <translation>Delete the saved segment NAME.</translation>
    </message>
    <message>
        <source>A saved segment (the other conditions add to it).</source>
        <translation>A saved segment (the other conditions add to it).</translation>
    </message>
    <message>
        <source>Column headers: zh (default: 手机号, 姓名, 昵称, …) or en (Mobile, Name, Nick, …), whatever the language.</source>
        <translation>Column headers: zh (default: 手机号, 姓名, 昵称, …) or en (Mobile, Name, Nick, …), whatever the language.</translation>
    </message>
    <message>
        <source>--headers is zh or en</source>
        <translation>--headers is zh or en</translation>
    </message>
    <message>
        <source>--%1: unknown value &quot;%2&quot;.</source>
        <translation>--%1: unknown value &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 is GROUP=VALUE.</source>
        <translation>--%1 is GROUP=VALUE.</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (repeatable)</translation>
    </message>
    <message>
        <source>RFM segment, e.g. important_value (repeatable).</source>
        <translation>RFM segment, e.g. important_value (repeatable).</translation>
    </message>
    <message>
        <source>Has at least one of these tags (repeatable).</source>
        <translation>Has at least one of these tags (repeatable).</translation>
    </message>
    <message>
        <source>Has none of these tags (repeatable).</source>
        <translation>Has none of these tags (repeatable).</translation>
    </message>
    <message>
        <source>At least N purchase days.</source>
        <translation>At least N purchase days.</translation>
    </message>
    <message>
        <source>At most N purchase days.</source>
        <translation>At most N purchase days.</translation>
    </message>
    <message>
        <source>Spent at least this many yuan.</source>
        <translation>Spent at least this many yuan.</translation>
    </message>
    <message>
        <source>Spent at most this many yuan.</source>
        <translation>Spent at most this many yuan.</translation>
    </message>
    <message>
        <source>Last purchase at least N days ago.</source>
        <translation>Last purchase at least N days ago.</translation>
    </message>
    <message>
        <source>Last purchase at most N days ago.</source>
        <translation>Last purchase at most N days ago.</translation>
    </message>
    <message>
        <source>Province, e.g. 浙江 (repeatable).</source>
        <translation>Province, e.g. 浙江 (repeatable).</translation>
    </message>
    <message>
        <source>Birthday in month 1-12.</source>
        <translation>Birthday in month 1-12.</translation>
    </message>
    <message>
        <source>Bought the item with this 商家编码.</source>
        <translation>Bought the item with this 商家编码.</translation>
    </message>
    <message>
        <source>Bought an item whose title contains TEXT.</source>
        <translation>Bought an item whose title contains TEXT.</translation>
    </message>
    <message>
        <source>First purchase on or after.</source>
        <translation>First purchase on or after.</translation>
    </message>
    <message>
        <source>First purchase on or before.</source>
        <translation>First purchase on or before.</translation>
    </message>
    <message>
        <source>Last purchase on or after.</source>
        <translation>Last purchase on or after.</translation>
    </message>
    <message>
        <source>Last purchase on or before.</source>
        <translation>Last purchase on or before.</translation>
    </message>
    <message>
        <source>unknown|consented|refused (repeatable).</source>
        <translation>unknown|consented|refused (repeatable).</translation>
    </message>
    <message>
        <source>A segment as JSON (see core/customers/Segment.h).</source>
        <translation>A segment as JSON (see core/customers/Segment.h).</translation>
    </message>
    <message>
        <source>--%1 is an amount in yuan.</source>
        <translation>--%1 is an amount in yuan.</translation>
    </message>
    <message>
        <source>Prints what this login may do in the store: manager or staff.</source>
        <translation>Prints what this login may do in the store: manager or staff.</translation>
    </message>
    <message>
        <source>Lists the shop server&apos;s staff and manager logins: LOGIN, role.</source>
        <translation>Lists the shop server&apos;s staff and manager logins: LOGIN, role.</translation>
    </message>
    <message>
        <source>Adds the login NAME to the shop server as staff or manager, or changes her role. Only a manager may.</source>
        <translation>Adds the login NAME to the shop server as staff or manager, or changes her role. Only a manager may.</translation>
    </message>
    <message>
        <source>The login name.</source>
        <translation>The login name.</translation>
    </message>
    <message>
        <source>staff or manager (default: staff).</source>
        <translation>staff or manager (default: staff).</translation>
    </message>
    <message>
        <source>Read her password from the first line of standard input (never from the command line). Without it the login has no password: the server&apos;s pg_hba.conf decides how she signs in.</source>
        <translation>Read her password from the first line of standard input (never from the command line). Without it the login has no password: the server&apos;s pg_hba.conf decides how she signs in.</translation>
    </message>
    <message>
        <source>give one login name.</source>
        <translation>give one login name.</translation>
    </message>
    <message>
        <source>--role is staff or manager, not &quot;%1&quot;.</source>
        <translation>--role is staff or manager, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--password-stdin read no password.</source>
        <translation>--password-stdin read no password.</translation>
    </message>
    <message>
        <source>%1 is now %2 of the store.</source>
        <translation>%1 is now %2 of the store.</translation>
    </message>
    <message>
        <source>Takes the login NAME out of the store&apos;s staff and managers. Only a manager may.</source>
        <translation>Takes the login NAME out of the store&apos;s staff and managers. Only a manager may.</translation>
    </message>
    <message>
        <source>%1 may no longer use the store.</source>
        <translation>%1 may no longer use the store.</translation>
    </message>
    <message>
        <source>print this login&apos;s role: manager or staff</source>
        <translation>print this login&apos;s role: manager or staff</translation>
    </message>
    <message>
        <source>list the shop server&apos;s staff and manager logins</source>
        <translation>list the shop server&apos;s staff and manager logins</translation>
    </message>
    <message>
        <source>add a login as staff or manager, or change her role (manager only)</source>
        <translation>add a login as staff or manager, or change her role (manager only)</translation>
    </message>
    <message>
        <source>take a login out of the store&apos;s staff (manager only)</source>
        <translation>take a login out of the store&apos;s staff (manager only)</translation>
    </message>
    <message>
        <source>The shop server&apos;s staff and manager logins.</source>
        <translation>The shop server&apos;s staff and manager logins.</translation>
    </message>
    <message>
        <source>a shop server&apos;s staff and manager logins: whoami, list, add, remove</source>
        <translation>a shop server&apos;s staff and manager logins: whoami, list, add, remove</translation>
    </message>
</context>
<context>
    <name>huitou::labels</name>
    <message>
        <source>Taobao order report</source>
        <translation>Taobao order report</translation>
    </message>
    <message>
        <source>Taobao item report</source>
        <translation>Taobao item report</translation>
    </message>
    <message>
        <source>Shopify orders export</source>
        <translation>Shopify orders export</translation>
    </message>
    <message>
        <source>Generic CSV (column mapping)</source>
        <translation>Generic CSV (column mapping)</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Not recognised</translation>
    </message>
</context>
</TS>
