#include "SegmentBuilder.h"

#include "app/Workspace.h"
#include "common/ChoiceButton.h"
#include "common/Labels.h"
#include "importing/FieldParsers.h"
#include "storage/TagStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace huitou {

namespace {

const QDate kAnyDate(2000, 1, 1); // the minimum of a date box: "any"

QSpinBox *boundBox(QWidget *parent, const QString &objectName, int max, const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(-1, max);
    box->setValue(-1);
    box->setSpecialValueText(SegmentBuilder::tr("any"));
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

QDateEdit *dateBox(QWidget *parent, const QString &objectName)
{
    auto *box = new QDateEdit(parent);
    box->setObjectName(objectName);
    box->setCalendarPopup(true);
    box->setMinimumDate(kAnyDate);
    box->setDate(kAnyDate);
    box->setSpecialValueText(SegmentBuilder::tr("any"));
    box->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return box;
}

std::optional<qint64> boundOf(const QSpinBox *box, qint64 scale = 1)
{
    return box->value() < 0 ? std::nullopt : std::optional<qint64>(qint64(box->value()) * scale);
}

void setBound(QSpinBox *box, const std::optional<qint64> &v, qint64 scale = 1)
{
    box->setValue(v ? int(std::min<qint64>(*v / scale, box->maximum())) : -1);
}

QDate dateOf(const QDateEdit *box)
{
    return box->date() == kAnyDate ? QDate() : box->date();
}

void setDate(QDateEdit *box, const QDate &d)
{
    box->setDate(d.isValid() ? d : kAnyDate);
}

template <typename List, typename Key>
QStringList keysOf(const List &values, Key key)
{
    QStringList out;
    for (auto v : values)
        out << key(v);
    return out;
}

QStringList tagKeys(const QList<TagRef> &tags)
{
    QStringList out;
    for (const TagRef &t : tags)
        out << t.group + QLatin1Char('=') + t.value;
    return out;
}

QList<TagRef> tagsOf(const QStringList &keys)
{
    QList<TagRef> out;
    for (const QString &k : keys)
        out.append({k.section(QLatin1Char('='), 0, 0), k.section(QLatin1Char('='), 1)});
    return out;
}

} // namespace

SegmentBuilder::SegmentBuilder(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("segmentBuilder"));
    const auto choice = [this](const QString &objectName, const QString &any) {
        auto *b = new ChoiceButton(any, this);
        b->setObjectName(objectName);
        connect(b, &ChoiceButton::changed, this, &SegmentBuilder::changed);
        return b;
    };
    m_stages = choice(QStringLiteral("segmentStage"), tr("All stages"));
    for (Stage s : allStages())
        m_stages->addChoice(labels::stage(stageKey(s)), stageKey(s));
    m_types = choice(QStringLiteral("segmentType"), tr("New and returning"));
    for (CustomerType t : allCustomerTypes())
        m_types->addChoice(labels::type(customerTypeKey(t)), customerTypeKey(t));
    m_tiers = choice(QStringLiteral("segmentTier"), tr("All tiers"));
    for (Tier t : allTiers())
        m_tiers->addChoice(labels::tier(tierKey(t)), tierKey(t));
    m_rfm = choice(QStringLiteral("segmentRfm"), tr("All RFM segments"));
    for (RfmSegment s : allSegments())
        m_rfm->addChoice(labels::segment(segmentKey(s)), segmentKey(s));
    m_tagsAny = choice(QStringLiteral("segmentTagsAny"), tr("Any of the tags: -"));
    m_tagsAll = choice(QStringLiteral("segmentTagsAll"), tr("All of the tags: -"));
    m_tagsNone = choice(QStringLiteral("segmentTagsNone"), tr("None of the tags: -"));
    m_provinces = choice(QStringLiteral("segmentProvince"), tr("All provinces"));
    for (const QString &p : parse::provinceNames())
        m_provinces->addChoice(p, p);
    m_provinces->addChoice(tr("Unknown"), QStringLiteral("未知"));
    m_consents = choice(QStringLiteral("segmentConsent"), tr("Any consent"));
    for (Consent c : allConsents())
        m_consents->addChoice(labels::consent(consentKey(c)), consentKey(c));

    m_fMin = boundBox(this, QStringLiteral("segmentFMin"), 9999, QString());
    m_fMax = boundBox(this, QStringLiteral("segmentFMax"), 9999, QString());
    m_mMin = boundBox(this, QStringLiteral("segmentMMin"), 99999999, tr(" yuan"));
    m_mMax = boundBox(this, QStringLiteral("segmentMMax"), 99999999, tr(" yuan"));
    m_rMin = boundBox(this, QStringLiteral("segmentRMin"), 99999, tr(" days"));
    m_rMax = boundBox(this, QStringLiteral("segmentRMax"), 99999, tr(" days"));
    m_birthday = new QComboBox(this);
    m_birthday->setObjectName(QStringLiteral("segmentBirthdayMonth"));
    m_birthday->addItem(tr("any"), 0);
    for (int m = 1; m <= 12; ++m)
        m_birthday->addItem(QLocale().standaloneMonthName(m, QLocale::ShortFormat), m);
    m_productCode = new QLineEdit(this);
    m_productCode->setObjectName(QStringLiteral("segmentProductCode"));
    m_productCode->setPlaceholderText(tr("商家编码 (exact)"));
    m_productCode->setToolTip(tr("The item's 商家编码; with a title too, the same item must match both."));
    m_productTitle = new QLineEdit(this);
    m_productTitle->setObjectName(QStringLiteral("segmentProductTitle"));
    m_productTitle->setPlaceholderText(tr("title contains, e.g. 连衣裙"));
    m_firstFrom = dateBox(this, QStringLiteral("segmentFirstFrom"));
    m_firstTo = dateBox(this, QStringLiteral("segmentFirstTo"));
    m_lastFrom = dateBox(this, QStringLiteral("segmentLastFrom"));
    m_lastTo = dateBox(this, QStringLiteral("segmentLastTo"));
    for (QSpinBox *b : {m_fMin, m_fMax, m_mMin, m_mMax, m_rMin, m_rMax})
        connect(b, QOverload<int>::of(&QSpinBox::valueChanged), this, &SegmentBuilder::changed);
    for (QDateEdit *d : {m_firstFrom, m_firstTo, m_lastFrom, m_lastTo})
        connect(d, &QDateEdit::dateChanged, this, &SegmentBuilder::changed);
    connect(m_birthday, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &SegmentBuilder::changed);
    for (QLineEdit *e : {m_productCode, m_productTitle})
        connect(e, &QLineEdit::textChanged, this, &SegmentBuilder::changed);

    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("segmentMore"));
    m_more->setText(tr("More conditions"));
    m_more->setCheckable(true);
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_more->setArrowType(Qt::RightArrow);
    m_moreBox = new QWidget(this);
    m_moreBox->setVisible(false);
    connect(m_more, &QToolButton::toggled, this, [this](bool on) {
        m_moreBox->setVisible(on);
        m_more->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    auto *main = new QGridLayout;
    main->setContentsMargins(0, 0, 0, 0);
    main->addWidget(m_stages, 0, 0);
    main->addWidget(m_types, 0, 1);
    main->addWidget(m_tiers, 0, 2);
    main->addWidget(m_rfm, 0, 3);
    main->addWidget(m_tagsAny, 1, 0);
    main->addWidget(m_tagsAll, 1, 1);
    main->addWidget(m_tagsNone, 1, 2);
    main->addWidget(m_more, 1, 3);

    auto *more = new QGridLayout(m_moreBox);
    more->setContentsMargins(0, 0, 0, 0);
    const auto range = [this](QWidget *a, QWidget *b, bool dash = true) {
        auto *w = new QWidget(this);
        auto *l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(a, 1);
        if (dash)
            l->addWidget(new QLabel(QStringLiteral("–"), w));
        l->addWidget(b, 1);
        return w;
    };
    more->addWidget(new QLabel(tr("Purchases (F)"), m_moreBox), 0, 0);
    more->addWidget(range(m_fMin, m_fMax), 0, 1);
    more->addWidget(new QLabel(tr("Spent (M)"), m_moreBox), 0, 2);
    more->addWidget(range(m_mMin, m_mMax), 0, 3);
    more->addWidget(new QLabel(tr("Days since last purchase (R)"), m_moreBox), 1, 0);
    more->addWidget(range(m_rMin, m_rMax), 1, 1);
    more->addWidget(new QLabel(tr("Birthday month"), m_moreBox), 1, 2);
    more->addWidget(m_birthday, 1, 3);
    more->addWidget(new QLabel(tr("First purchase"), m_moreBox), 2, 0);
    more->addWidget(range(m_firstFrom, m_firstTo), 2, 1);
    more->addWidget(new QLabel(tr("Last purchase"), m_moreBox), 2, 2);
    more->addWidget(range(m_lastFrom, m_lastTo), 2, 3);
    more->addWidget(new QLabel(tr("Bought"), m_moreBox), 3, 0);
    more->addWidget(range(m_productCode, m_productTitle, false), 3, 1, 1, 3);
    more->addWidget(new QLabel(tr("Province"), m_moreBox), 4, 0);
    more->addWidget(m_provinces, 4, 1);
    more->addWidget(new QLabel(tr("Marketing consent"), m_moreBox), 4, 2);
    more->addWidget(m_consents, 4, 3);
    more->setColumnStretch(1, 1);
    more->setColumnStretch(3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(main);
    layout->addWidget(m_moreBox);
    reloadTags();
}

void SegmentBuilder::reloadTags()
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const TagStore store(m_workspace->db());
    for (ChoiceButton *b : {m_tagsAny, m_tagsAll, m_tagsNone}) {
        const QStringList checked = b->checkedKeys();
        const QSignalBlocker block(b);
        b->clearChoices();
        for (const TagGroup &g : store.groups()) {
            QStringList values = g.values;
            for (const QString &v : store.valuesInUse(g.key))
                if (!values.contains(v))
                    values << v;
            for (const QString &v : std::as_const(values))
                b->addChoice(tr("%1: %2", "tag group: value").arg(chinese ? g.nameZh : g.nameEn, v),
                             g.key + QLatin1Char('=') + v);
        }
        b->setCheckedKeys(checked);
    }
}

Segment SegmentBuilder::segment() const
{
    Segment s = m_hidden;
    for (const QString &k : m_stages->checkedKeys())
        s.stages << *parseStage(k);
    for (const QString &k : m_types->checkedKeys())
        s.types << *parseCustomerType(k);
    for (const QString &k : m_tiers->checkedKeys())
        s.tiers << *parseTier(k);
    for (const QString &k : m_rfm->checkedKeys())
        s.rfmSegments << *parseSegment(k);
    for (const QString &k : m_consents->checkedKeys())
        s.consents << *parseConsent(k);
    s.tagsAny = tagsOf(m_tagsAny->checkedKeys());
    s.tagsAll = tagsOf(m_tagsAll->checkedKeys());
    s.tagsNone = tagsOf(m_tagsNone->checkedKeys());
    s.frequency = {boundOf(m_fMin), boundOf(m_fMax)};
    s.monetaryFen = {boundOf(m_mMin, 100), boundOf(m_mMax, 100)};
    s.recency = {boundOf(m_rMin), boundOf(m_rMax)};
    s.firstPurchase = {dateOf(m_firstFrom), dateOf(m_firstTo)};
    s.lastPurchase = {dateOf(m_lastFrom), dateOf(m_lastTo)};
    s.provinces = m_provinces->checkedKeys();
    s.birthdayMonth = m_birthday->currentData().toInt();
    s.productCode = m_productCode->text().trimmed();
    s.productTitle = m_productTitle->text().trimmed();
    return s;
}

void SegmentBuilder::setSegment(const Segment &s)
{
    {
        // The children's signals reach changed() through this object: blocking it is enough.
        const QSignalBlocker block(this);
        m_hidden = Segment();
        m_hidden.search = s.search;
        m_hidden.hasPaidOrder = s.hasPaidOrder;
        m_hidden.asOf = s.asOf;
        m_stages->setCheckedKeys(keysOf(s.stages, &stageKey));
        m_types->setCheckedKeys(keysOf(s.types, &customerTypeKey));
        m_tiers->setCheckedKeys(keysOf(s.tiers, &tierKey));
        m_rfm->setCheckedKeys(keysOf(s.rfmSegments, &segmentKey));
        m_consents->setCheckedKeys(keysOf(s.consents, &consentKey));
        m_tagsAny->setCheckedKeys(tagKeys(s.tagsAny));
        m_tagsAll->setCheckedKeys(tagKeys(s.tagsAll));
        m_tagsNone->setCheckedKeys(tagKeys(s.tagsNone));
        setBound(m_fMin, s.frequency.min);
        setBound(m_fMax, s.frequency.max);
        setBound(m_mMin, s.monetaryFen.min, 100);
        setBound(m_mMax, s.monetaryFen.max, 100);
        setBound(m_rMin, s.recency.min);
        setBound(m_rMax, s.recency.max);
        setDate(m_firstFrom, s.firstPurchase.from);
        setDate(m_firstTo, s.firstPurchase.to);
        setDate(m_lastFrom, s.lastPurchase.from);
        setDate(m_lastTo, s.lastPurchase.to);
        m_provinces->setCheckedKeys(s.provinces);
        m_birthday->setCurrentIndex(std::max(0, m_birthday->findData(s.birthdayMonth)));
        m_productCode->setText(s.productCode);
        m_productTitle->setText(s.productTitle);
        const bool more = s.frequency.isSet() || s.monetaryFen.isSet() || s.recency.isSet() || s.firstPurchase.isSet()
            || s.lastPurchase.isSet() || !s.provinces.isEmpty() || s.birthdayMonth || !s.productCode.isEmpty()
            || !s.productTitle.isEmpty() || !s.consents.isEmpty();
        if (more)
            m_more->setChecked(true);
    }
    emit changed();
}

QString SegmentBuilder::label() const
{
    QStringList parts;
    for (ChoiceButton *b : {m_stages, m_types, m_tiers, m_rfm, m_tagsAny, m_tagsAll}) {
        if (!b->checkedKeys().isEmpty())
            parts << b->text();
    }
    if (!m_productTitle->text().trimmed().isEmpty())
        parts << m_productTitle->text().trimmed();
    if (!m_productCode->text().trimmed().isEmpty())
        parts << m_productCode->text().trimmed();
    return parts.isEmpty() ? tr("All customers") : parts.join(QStringLiteral(" · "));
}

} // namespace huitou
