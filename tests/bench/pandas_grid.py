#!/usr/bin/python3
"""The comparison issue 12 asks for: pandas reads the order report and computes
the lifecycle grid (stage x new/returning) as DESIGN.md defines it, as a
data-minded user would. Prints the grid and the seconds it took.

    /usr/bin/python3 tests/bench/pandas_grid.py ORDER_REPORT.csv AS_OF(YYYY-MM-DD)

Needs python3-pandas (Debian). Only the columns the grid needs are decoded;
the ="..." wrapping of ids does not touch them.
"""
import sys
import time

import pandas as pd

start = time.time()
path, as_of = sys.argv[1], pd.Timestamp(sys.argv[2])
raw = open(path, "rb").read(4)
encoding = "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "gb18030"
head = pd.read_csv(path, encoding=encoding, nrows=0).columns
col = {c.strip(): c for c in head}
wanted = ["买家会员名", "买家实际支付金额", "订单状态", "订单付款时间"]
if "退款金额" in col:
    wanted.append("退款金额")
df = pd.read_csv(path, encoding=encoding, usecols=[col[c] for c in wanted], dtype=str, keep_default_na=False)
df.columns = [c.strip() for c in df.columns]
money = lambda s: pd.to_numeric(s.str.replace("元", "", regex=False).str.strip(), errors="coerce")
paid = money(df["买家实际支付金额"])
refund = money(df["退款金额"]).fillna(0) if "退款金额" in df else 0
when = pd.to_datetime(df["订单付款时间"].str.strip(), errors="coerce")
status = df["订单状态"].str.strip()
valid = when.notna() & ~status.isin(["等待买家付款", "交易关闭"]) & ((paid - refund) > 0)
day = when[valid].dt.normalize()
v = pd.DataFrame({"key": df["买家会员名"].str.strip()[valid], "day": day})
v = v[v["day"] <= as_of]
per = v.groupby("key")["day"].agg(["nunique", "max"])
recency = (as_of - per["max"]).dt.days
stage = pd.cut(recency, [-1, 90, 180, 365, 10**9], labels=["active", "silent", "sleeping", "lost"])
kind = (per["nunique"] >= 2).map({False: "new", True: "returning"})
grid = pd.crosstab(stage, kind)
print(grid.to_string())
print(f"customers {len(per)}")
print(f"seconds {time.time() - start:.2f}")
