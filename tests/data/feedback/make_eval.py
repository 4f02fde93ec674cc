# Writes review_eval.tsv: realistic Chinese review sentences with the reasons a
# person would log for them (not what the classifier says). Written by hand,
# then combined: every single sentence once, plus mixed reviews pairing two.
import itertools, random
S = []  # (text, [codes])
def add(codes, *texts):
    for t in texts: S.append((t, codes))
add(["size_large"], "尺码偏大，平时穿M这次要换S", "衣服偏大了一码，腰那里空荡荡的", "袖子太长了，整体偏大", "买大了，建议拍小一码", "裤腿偏大，穿着像借来的", "肩宽偏大，不合身")
add(["size_small"], "尺码偏小，胸围紧", "偏小一码，扣子扣不上", "腰围太小了穿不进去", "裤子有点短，偏小", "比平时买的小一号", "袖口偏小勒手腕")
add(["colour_differs"], "实物和图片有色差，比图上暗", "颜色跟照片差太多，色差明显", "杏色收到变成了土黄", "有色差，拍的是粉色到手是橘色", "灯光下看色差很大")
add(["fabric"], "面料摸着很硬，不舒服", "面料不透气，夏天穿闷", "面料有点扎人", "这个面料容易皱", "面料和描述的真丝不一样")
add(["pilling"], "穿了两次就起球了", "袖子内侧起球严重", "洗一次就起球，太失望了", "毛衣腋下起球", "起球起得厉害")
add(["fading"], "洗了一次就掉色", "掉色把别的衣服都染了", "晒了几天就褪色了", "黑色裤子洗完褪色发白", "领口掉色")
add(["too_thin"], "太薄了，透光", "料子很薄，冬天根本不能穿", "薄得能看见里面的衣服", "外套太薄不挡风", "裙子很薄要加打底")
add(["workmanship"], "线头很多，要自己剪", "做工一般，走线歪歪扭扭", "做工粗糙，扣子都快掉了", "拉链处线头没处理", "缝线开了，做工差")
add(["odour"], "有异味，晾了三天还有", "一打开就是刺鼻的异味", "衣服有股怪味，异味很重", "有异味不敢给孩子穿")
add(["not_as_pictured"], "和图片不符，版型完全不一样", "实物跟模特图差别太大", "上身不好看，和宣传的不一样", "收到的款式与图片不符", "图片好看实物一般，不好看")
add(["poor_quality"], "质量差，穿一次就坏了", "做工和质量都很粗糙", "太坑了，完全不值", "很失望，质量差到离谱", "质量太差了，像地摊货", "穿了一周就破了个洞")
add(["slow_delivery"], "物流太慢了，等了一个星期", "快递龟速，五天还没到", "物流慢得像蜗牛", "等了好久才收到，物流慢", "物流慢，催了好几次", "配送太慢，耽误穿了")
add(["not_delivered"], "快递不送上门，还要自己去取", "显示签收了但我根本没收到", "快递员不送货，放驿站也不说", "一直没送达，物流信息不更新")
add(["damaged"], "包裹破损，衣服都脏了", "收到时盒子压坏了，包裹破损", "外包装破了个大口子", "包裹到手就是破的")
add(["attitude"], "客服态度差，爱答不理", "态度很不好，问两句就不耐烦", "客服说话很冲，态度恶劣", "售后态度差，推来推去")
add(["slow_reply"], "客服回复慢，半天才回", "问客服一直不理人", "找客服没反应", "客服回复慢到我都下单别家了", "发消息客服不理")
add(["slow_dispatch"], "发货慢，拍了五天才发", "下单三天还没发货，发货慢", "说好48小时发货结果拖了一周", "发货太慢了")
add(["wrong_item"], "发错颜色了，我要的黑色给我白色", "尺码发错了，拍的L来的M", "错发了一件别的款", "发错货，还要我自己寄回去")
add(["missing_item"], "少发了一件", "漏发了赠品", "买了两条只收到一条，漏发", "腰带漏发了，联系客服才补")
add(["price_value"], "性价比不高，这个价格不值", "有点贵，性价比一般", "同样的钱别家质感更好，性价比低", "价格偏高")
add(["changed_mind"], "不想要了，退了", "拍错了，不想要了", "穿上觉得不适合自己，退货")
# Praise and negations: nothing to log.
add([], "物流不慢，包装也好", "没有色差，和图片一样", "质量不差，挺满意", "无异味，可以直接穿", "一点都没起球", "面料舒服，做工精细，好评", "尺码标准，按平时买就行", "客服很耐心，推荐", "发货很快，第二天就到了", "衣服很好看，颜色正", "不薄不厚，刚刚好", "不掉色，洗了几次还是新的", "第二次购买了，一如既往的好", "很喜欢，已经推荐给朋友", "包装精美，没有破损", "没有线头，做工好", "快递小哥很好，送上门", "穿着显瘦，五星", "版型好看，值这个价", "老顾客了，放心买")
random.seed(7)
rows = list(S)
negative = [s for s in S if s[1]]
pairs = list(itertools.combinations(negative, 2))
random.shuffle(pairs)
for (a, ca), (b, cb) in pairs[:180]:
    codes = list(dict.fromkeys(ca + cb))
    rows.append((a + "；" + b, codes))
praise = [s for s in S if not s[1]]
for (a, ca), (b, _) in list(zip(random.sample(negative, 20), random.sample(praise, 20))):
    rows.append((b + "，但是" + a, ca))
with open("review_eval.tsv", "w", encoding="utf-8") as f:
    f.write("# text<TAB>reasons (comma-separated; empty: nothing to log). Made by make_eval.py.\n")
    for t, c in rows:
        f.write(t + "\t" + ",".join(c) + "\n")
print(len(rows), "sentences,", len(S), "written by hand")
