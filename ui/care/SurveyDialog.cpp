#include "SurveyDialog.h"

#include "analytics/AnalyticsService.h"
#include "app/Workspace.h"
#include "storage/SurveyStore.h"
#include "storage/TaxonomyStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace huitou {

namespace {

QListWidget *reasonList(const Taxonomy &taxonomy, QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    for (const Reason &r : taxonomy.activeReasons()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(taxonomy.categoryDisplayName(r.category),
                                                                       taxonomy.displayName(r.code)),
                                         list);
        item->setData(Qt::UserRole, r.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMaximumHeight(110);
    return list;
}

QStringList checked(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    return out;
}

void check(QListWidget *list, const QStringList &codes)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(codes.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                  : Qt::Unchecked);
}

} // namespace

SurveyDialog::SurveyDialog(Workspace *workspace, qint64 sampleId, qint64 customerId, const QString &customerKey,
                           QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_sampleId(sampleId)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("surveyDialog"));
    setWindowTitle(tr("Callback survey: %1").arg(customerKey));
    const Taxonomy taxonomy = TaxonomyStore(workspace->db()).load();
    auto *form = new QFormLayout(this);
    m_reached = new QComboBox(this);
    m_reached->setObjectName(QStringLiteral("surveyReached"));
    m_reached->addItem(tr("Reached"), QStringLiteral("yes"));
    m_reached->addItem(tr("No answer"), QStringLiteral("no_answer"));
    m_reached->addItem(tr("Refused"), QStringLiteral("refused"));
    m_satisfaction = new QComboBox(this);
    m_satisfaction->setObjectName(QStringLiteral("surveySatisfaction"));
    m_satisfaction->addItem(tr("—"), 0);
    const QString stars[] = {tr("1 very unhappy"), tr("2 unhappy"), tr("3 so-so"), tr("4 happy"), tr("5 very happy")};
    for (int s = 1; s <= 5; ++s)
        m_satisfaction->addItem(stars[s - 1], s);
    m_problems = reasonList(taxonomy, this, QStringLiteral("surveyProblems"));
    m_problemText = new QLineEdit(this);
    m_problemText->setObjectName(QStringLiteral("surveyProblemText"));
    m_expectations = new QPlainTextEdit(this);
    m_expectations->setObjectName(QStringLiteral("surveyExpectations"));
    m_expectations->setTabChangesFocus(true);
    m_expectations->setMaximumHeight(60);
    m_buyAgain = new QComboBox(this);
    m_buyAgain->setObjectName(QStringLiteral("surveyBuyAgain"));
    m_buyAgain->addItem(tr("—"), QString());
    m_buyAgain->addItem(tr("Yes"), QStringLiteral("yes"));
    m_buyAgain->addItem(tr("No"), QStringLiteral("no"));
    m_buyAgain->addItem(tr("Unsure"), QStringLiteral("unsure"));
    m_whyNot = reasonList(taxonomy, this, QStringLiteral("surveyWhyNot"));
    m_whyNotText = new QLineEdit(this);
    m_whyNotText->setObjectName(QStringLiteral("surveyWhyNotText"));
    m_followUp = new QCheckBox(tr("Follow-up needed (puts a task on Today)"), this);
    m_followUp->setObjectName(QStringLiteral("surveyFollowUp"));
    m_day = new QDateEdit(AnalyticsService::today(), this);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setCalendarPopup(true);
    form->addRow(tr("&Reached"), m_reached);
    form->addRow(tr("&Satisfaction"), m_satisfaction);
    form->addRow(tr("&Problems"), m_problems);
    form->addRow(tr("Problems, in her words"), m_problemText);
    form->addRow(tr("&Expectations"), m_expectations);
    form->addRow(tr("Will &buy again"), m_buyAgain);
    form->addRow(tr("&Why not"), m_whyNot);
    form->addRow(tr("Why not, in her words"), m_whyNotText);
    form->addRow(QString(), m_followUp);
    form->addRow(tr("Day of the call"), m_day);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("surveySave"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &QDialog::accept);
    connect(m_reached, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &SurveyDialog::updateEnabled);
    if (const auto previous = SurveyStore(workspace->db()).current(sampleId, customerId))
        load(*previous);
    updateEnabled();
}

void SurveyDialog::load(const SurveyAnswer &a)
{
    m_reached->setCurrentIndex(qMax(0, m_reached->findData(a.reached)));
    m_satisfaction->setCurrentIndex(qMax(0, m_satisfaction->findData(a.satisfaction)));
    check(m_problems, a.problemCodes);
    m_problemText->setText(a.problemText);
    m_expectations->setPlainText(a.expectations);
    m_buyAgain->setCurrentIndex(qMax(0, m_buyAgain->findData(a.buyAgain)));
    check(m_whyNot, a.whyNotCodes);
    m_whyNotText->setText(a.whyNotText);
    m_followUp->setChecked(a.followUp);
}

void SurveyDialog::updateEnabled()
{
    const bool reached = m_reached->currentData().toString() == QLatin1String("yes");
    for (QWidget *w : std::initializer_list<QWidget *>{m_satisfaction, m_problems, m_problemText, m_expectations,
                                                       m_buyAgain, m_whyNot, m_whyNotText})
        w->setEnabled(reached);
}

SurveyAnswer SurveyDialog::answer() const
{
    SurveyAnswer a;
    a.sampleId = m_sampleId;
    a.customerId = m_customerId;
    a.reached = m_reached->currentData().toString();
    const bool reached = a.reached == QLatin1String("yes");
    a.satisfaction = reached ? m_satisfaction->currentData().toInt() : 0;
    a.problemCodes = reached ? checked(m_problems) : QStringList();
    a.problemText = reached ? m_problemText->text().trimmed() : QString();
    a.expectations = reached ? m_expectations->toPlainText().trimmed() : QString();
    a.buyAgain = reached ? m_buyAgain->currentData().toString() : QString();
    a.whyNotCodes = reached ? checked(m_whyNot) : QStringList();
    a.whyNotText = reached ? m_whyNotText->text().trimmed() : QString();
    a.followUp = m_followUp->isChecked();
    a.answeredDay = m_day->date();
    return a;
}

} // namespace huitou
