#include "DemoCatalog.h"

#include <QStringList>

namespace huitou::demo {

namespace {

QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

const QStringList &surnames()
{
    static const QStringList s = split(
        "王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|林|罗|高|郑|梁|谢|宋|唐|许|韩|冯|邓|曹");
    return s;
}
const QStringList &givenNames()
{
    static const QStringList s = split(
        "静|丽|敏|婷|雪|芳|娜|燕|玲|洁|晓雯|思琪|雨桐|欣怡|梓涵|佳怡|可馨|诗涵|梦瑶|紫萱|文静|慧敏|晓燕|丹丹|蕾|倩|颖|琳|璐|萌");
    return s;
}
const QStringList &places()
{
    // province (as written in addresses) | city | district
    static const QStringList s = split(
        "浙江省 杭州市 西湖区|浙江省 宁波市 鄞州区|江苏省 南京市 鼓楼区|江苏省 苏州市 姑苏区|上海 上海市 浦东新区|"
        "北京 北京市 朝阳区|广东省 广州市 天河区|广东省 深圳市 南山区|四川省 成都市 武侯区|湖北省 武汉市 洪山区|"
        "山东省 济南市 历下区|河南省 郑州市 金水区|福建省 厦门市 思明区|湖南省 长沙市 岳麓区|安徽省 合肥市 蜀山区|"
        "重庆 重庆市 渝中区|天津 天津市 河西区|陕西省 西安市 雁塔区|辽宁省 沈阳市 和平区|江西省 南昌市 东湖区|"
        "广西壮族自治区 南宁市 青秀区|云南省 昆明市 五华区|河北省 石家庄市 长安区|山西省 太原市 小店区|"
        "黑龙江省 哈尔滨市 南岗区|吉林省 长春市 朝阳区|贵州省 贵阳市 南明区|内蒙古自治区 呼和浩特市 新城区|"
        "新疆维吾尔自治区 乌鲁木齐市 天山区|海南省 海口市 美兰区|甘肃省 兰州市 城关区|宁夏回族自治区 银川市 兴庆区|"
        "香港特别行政区 香港岛 中西区|青海省 西宁市 城中区");
    return s;
}
const QStringList &streets()
{
    static const QStringList s = split("文一路|解放路|人民路|中山路|建设路|学院路|长江路|和平路|新华路|青年路");
    return s;
}
const QStringList &sizes()
{
    static const QStringList s = split("S|M|L|XL|XXL|均码");
    return s;
}
const QStringList &colours()
{
    static const QStringList s = split("杏色|黑色|白色|藏青|酒红|米白|雾霾蓝|豆沙粉");
    return s;
}
const QStringList &products()
{
    static const QStringList s = split(
        "法式蕾丝连衣裙女夏季新款|森系棉麻长裙宽松文艺|真丝衬衫女长袖通勤|雪纺碎花半身裙|淑女针织开衫外套|"
        "欧美风高腰阔腿裤|甜美泡泡袖上衣|文艺复古格子衬衫|纯棉基础款T恤女|亚麻休闲西装外套|"
        "羊毛呢大衣中长款|蕾丝拼接打底衫|森系刺绣棉衬衫|高腰A字牛仔半裙|通勤直筒西裤|"
        "毛衣女宽松慵懒风|碎花吊带连衣裙|真丝缎面半身裙|灯芯绒背带裤|棉麻阔腿九分裤");
    return s;
}
const QStringList &messages()
{
    static const QStringList s = split(
        "请尽快发货，谢谢！|麻烦发中通，不要顺丰|\"加急\"，周五前要穿|颜色发杏色的,不要白色|生日礼物，请不要放发票|"
        "尺码按平时买的拿,谢谢\n周末不在家|喜欢😊 麻烦包装好一点");
    return s;
}

} // namespace

QString orderHeader()
{
    return QString::fromUtf8(
        "\"订单编号\",\"买家会员名\",\"买家支付宝账号\",\"支付单号\",\"支付详情\",\"买家应付货款\",\"买家应付邮费\","
        "\"买家支付积分\",\"总金额\",\"返点积分\",\"买家实际支付金额\",\"买家实际支付积分\",\"订单状态\",\"买家留言\","
        "\"收货人姓名\",\"收货地址 \",\"运送方式\",\"联系电话 \",\"联系手机\",\"订单创建时间\",\"订单付款时间 \","
        "\"宝贝标题 \",\"宝贝种类 \",\"物流单号 \",\"物流公司\",\"订单备注\",\"宝贝总数量\",\"店铺Id\",\"店铺名称\","
        "\"订单关闭原因\",\"卖家服务费\",\"买家服务费\",\"发票抬头\",\"是否手机订单\",\"分阶段订单信息\",\"特权订金订单id\","
        "\"是否上传合同照片\",\"是否上传小票\",\"是否代付\",\"定金排名\",\"修改后的sku\",\"修改后的收货地址\",\"异常信息\","
        "\"天猫卡券抵扣\",\"集分宝抵扣\",\"是否是O2O交易\",\"新零售交易类型\",\"新零售导购门店名称\",\"新零售导购门店id\","
        "\"新零售发货门店名称\",\"新零售发货门店id\",\"退款金额\",\"预约门店\",\"确认收货时间\",\"打款商家金额\","
        "\"含应开票给个人的个人红包\",\"是否信用购\",\"体验期结束时间\",\"前N有礼\",\"配送类型\",\"主订单编号\"");
}

QString itemHeader()
{
    return QString::fromUtf8(
        "\"订单编号\",\"标题\",\"价格\",\"购买数量\",\"外部系统编号\",\"商品属性\",\"套餐信息\",\"备注\",\"订单状态\",\"商家编码\"");
}

QString nickFor(qint64 index, int salt)
{
    // Mostly Latin nicks, some Chinese ones, as on Taobao.
    if (salt % 4 == 0)
        return surnames()[salt % surnames().size()] + givenNames()[(salt / 7) % givenNames().size()]
            + QString::number(index);
    return QStringLiteral("tb%1_%2").arg(index).arg(salt % 10000);
}

QString surname(int i)
{
    return surnames()[i % surnames().size()];
}
QString givenName(int i)
{
    return givenNames()[i % givenNames().size()];
}

QString addressFor(int i)
{
    return QStringLiteral("%1 %2%3号(%4)")
        .arg(places()[i % places().size()], streets()[(i / 37) % streets().size()])
        .arg(1 + i % 300)
        .arg(310000 + i % 9000);
}

QString maskedAlipay(int i)
{
    return QStringLiteral("%1***@163.com").arg(QChar(QLatin1Char('a' + i % 26)));
}

QString buyerMessage(int i)
{
    return messages()[i % messages().size()];
}
int sizeCount()
{
    return int(sizes().size());
}
QString sizeName(int i)
{
    return sizes()[i];
}
int colourCount()
{
    return int(colours().size());
}
QString colourName(int i)
{
    return colours()[i];
}
int productCount()
{
    return int(products().size());
}
QString productTitle(int i)
{
    return QStringLiteral("2024新款 ") + products()[i];
}
qint64 productPriceFen(int i)
{
    return 5900 + (i * 3700) % 32000;
}
QString productCode(int i)
{
    return QStringLiteral("HT%1").arg(1000 + i);
}

} // namespace huitou::demo
