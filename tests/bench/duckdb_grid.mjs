// The DuckDB side of issue 12's comparison: load the (UTF-8) order report
// and compute the lifecycle grid as DESIGN.md defines it. DuckDB is not in
// Debian; with npm:  npm install @duckdb/node-api  (in any folder), then
//   NODE_PATH=FOLDER/node_modules node tests/bench/duckdb_grid.mjs ORDERS_UTF8.csv YYYY-MM-DD
// The Taobao export is GB18030: convert it first (iconv -f GB18030 -t UTF-8),
// as the issue's own measurement did; the conversion is timed apart. The
// export is expected to carry 退款金额 (the generated shops do).
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.env.NODE_PATH || process.cwd(), 'x.js'));
const { DuckDBInstance } = require('@duckdb/node-api');

const [file, asOf] = process.argv.slice(2);
const start = Date.now();
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const q = (s) => s.replaceAll("'", "''");
await c.run(`CREATE TABLE o AS SELECT trim("买家会员名") AS nick,
    try_cast(replace(trim("买家实际支付金额"), '元', '') AS DECIMAL(18,2)) AS paid,
    coalesce(try_cast(replace(trim("退款金额"), '元', '') AS DECIMAL(18,2)), 0) AS refund,
    trim("订单状态") AS status, try_cast(trim("订单付款时间") AS TIMESTAMP) AS paid_at
  FROM read_csv('${q(file)}', all_varchar = true, header = true)`);
const loaded = Date.now();
const r = await c.runAndReadAll(`
  WITH v AS (SELECT nick, CAST(paid_at AS DATE) AS day FROM o
             WHERE paid_at IS NOT NULL AND status NOT IN ('等待买家付款', '交易关闭') AND paid - refund > 0
               AND CAST(paid_at AS DATE) <= DATE '${asOf}'),
       p AS (SELECT nick, count(DISTINCT day) AS f, DATE '${asOf}' - max(day) AS r FROM v GROUP BY nick)
  SELECT CASE WHEN r <= 90 THEN 'active' WHEN r <= 180 THEN 'silent' WHEN r <= 365 THEN 'sleeping' ELSE 'lost' END AS stage,
         sum(CASE WHEN f = 1 THEN 1 ELSE 0 END) AS new, sum(CASE WHEN f >= 2 THEN 1 ELSE 0 END) AS returning
  FROM p GROUP BY 1 ORDER BY 1`);
for (const row of r.getRows())
  console.log(row.map(String).join('\t'));
console.log(`load seconds ${((loaded - start) / 1000).toFixed(2)}`);
console.log(`grid seconds ${((Date.now() - loaded) / 1000).toFixed(2)}`);
console.log(`seconds ${((Date.now() - start) / 1000).toFixed(2)}`);
