#include "ExportContactsDialog.h"

#include "analytics/AnalyticsService.h"
#include "analytics/Money.h"
#include "app/Staff.h"
#include "app/Workspace.h"
#include "common/Dialogs.h"
#include "format/Format.h"
#include "outreach/MessageTemplate.h"
#include "outreach/OutreachSettings.h"
#include "outreach/SmsLength.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace huitou {

namespace {

QString staffName()
{
    // Unset (never asked, or cleared in Settings): the export is refused.
    return Staff::isSet() ? Staff::name().trimmed() : QString();
}

} // namespace

ExportContactsDialog::ExportContactsDialog(Workspace *workspace, std::vector<qint64> audience,
                                           QString segmentDefinition, const QString &audienceLabel, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_audience(std::move(audience))
    , m_definition(std::move(segmentDefinition))
{
    setObjectName(QStringLiteral("exportContactsDialog"));
    setWindowTitle(tr("Export contacts"));
    const OutreachSettings settings = OutreachSettings::load(workspace->db());
    m_segmentLimit = settings.smsSegmentLimit;
    const QDate today = AnalyticsService::today();

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_name->setText(tr("%1 · %2").arg(audienceLabel, today.toString(Qt::ISODate)));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("SMS tool (mobile, name, nick, message)"), QStringLiteral("sms"));
    m_preset->addItem(tr("WeChat / 企业微信 list (name, mobile, nick, tags)"), QStringLiteral("wechat"));
    m_preset->addItem(tr("E-mail tool (e-mail, name)"), QStringLiteral("email"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV, UTF-8 with BOM (Excel, WPS)"), QStringLiteral("csv"));
    m_format->addItem(tr("CSV, GB18030 (older tools)"), QStringLiteral("csv-gb18030"));
    m_template = new QPlainTextEdit(this);
    m_template->setObjectName(QStringLiteral("templateEdit"));
    m_template->setPlaceholderText(tr("e.g. 【店名】{name}您好，送您一张{coupon}，7天内有效。回T退订"));
    m_template->setFixedHeight(m_template->fontMetrics().height() * 4);
    m_coupon = new QLineEdit(this);
    m_coupon->setObjectName(QStringLiteral("couponEdit"));
    m_templateInfo = new QLabel(this);
    m_templateInfo->setObjectName(QStringLiteral("templateInfo"));
    m_templateInfo->setWordWrap(true);
    m_control = new QDoubleSpinBox(this);
    m_control->setObjectName(QStringLiteral("controlShare"));
    m_control->setRange(0.0, 50.0);
    m_control->setDecimals(0);
    m_control->setSuffix(QStringLiteral(" %"));
    m_control->setValue(10.0);
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("controlSeed"));
    m_seed->setRange(1, 999999999);
    m_seed->setValue(int(today.toJulianDay() % 999999999));
    m_cost = new QLineEdit(QStringLiteral("0.05"), this);
    m_cost->setObjectName(QStringLiteral("costPerMessage"));

    auto *form = new QFormLayout;
    form->addRow(tr("Audience"),
                 new QLabel(tr("%1 (%Ln customer(s))", nullptr, int(m_audience.size())).arg(audienceLabel), this));
    form->addRow(tr("Campaign name"), m_name);
    form->addRow(tr("For"), m_preset);
    form->addRow(tr("File format"), m_format);
    form->addRow(tr("Message"), m_template);
    form->addRow(tr("Coupon text for {coupon}"), m_coupon);
    form->addRow(QString(), m_templateInfo);
    form->addRow(tr("Control group (held out, not exported)"), m_control);
    form->addRow(tr("Control draw seed"), m_seed);
    form->addRow(tr("Cost per message (yuan)"), m_cost);

    m_funnel = new QTableWidget(0, 2, this);
    m_funnel->setObjectName(QStringLiteral("funnelTable"));
    m_funnel->setHorizontalHeaderLabels({tr("Step"), tr("Customers")});
    m_funnel->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_funnel->verticalHeader()->hide();
    m_funnel->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_funnel->setMinimumWidth(300);
    auto *funnelBox = new QGroupBox(tr("Who is left after each exclusion"), this);
    auto *funnelLayout = new QVBoxLayout(funnelBox);
    funnelLayout->addWidget(m_funnel);

    m_staffWarning = new QLabel(this);
    m_staffWarning->setObjectName(QStringLiteral("staffWarning"));
    m_staffWarning->setStyleSheet(QStringLiteral("color: #c62828"));
    m_staffWarning->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportContactsButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportContactsDialog::exportContacts);

    auto *formColumn = new QVBoxLayout;
    formColumn->addLayout(form);
    formColumn->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(formColumn, 3);
    columns->addWidget(funnelBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_staffWarning);
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &ExportContactsDialog::preview);
    connect(m_template, &QPlainTextEdit::textChanged, this, &ExportContactsDialog::updateTemplateInfo);
    connect(m_coupon, &QLineEdit::textChanged, this, &ExportContactsDialog::updateTemplateInfo);
    connect(m_preset, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        const bool sms = m_preset->currentData().toString() == QLatin1String("sms");
        m_template->setEnabled(sms);
        m_coupon->setEnabled(sms);
        updateTemplateInfo();
        schedulePreview();
    });
    connect(m_control, QOverload<double>::of(&QDoubleSpinBox::valueChanged), this,
            &ExportContactsDialog::schedulePreview);
    connect(m_seed, QOverload<int>::of(&QSpinBox::valueChanged), this, &ExportContactsDialog::schedulePreview);
    updateTemplateInfo();
    preview();
    // Never wider or taller than the screen: on a 1024 × 700 laptop the
    // Close button was cut off at the right edge.
    resize(QSize(1040, 620).boundedTo(screen()->availableGeometry().size() - QSize(24, 56)));
}

ContactExportRequest ExportContactsDialog::request() const
{
    ContactExportRequest r;
    r.campaignName = m_name->text();
    r.audience = m_audience;
    r.segmentDefinition = m_definition;
    ContactExporter::parsePreset(m_preset->currentData().toString(), &r.preset);
    ContactFileWriter::parseFormat(m_format->currentData().toString(), &r.format);
    r.messageTemplate = r.preset == ContactPreset::Sms ? m_template->toPlainText().trimmed() : QString();
    r.coupon = m_coupon->text();
    r.controlShare = m_control->value() / 100.0;
    r.seed = std::uint64_t(m_seed->value());
    ContactExporter::parseCostPerMessage(m_cost->text(), &r.costPerMessageCentifen);
    r.staff = staffName();
    r.today = AnalyticsService::today();
    return r;
}

void ExportContactsDialog::updateTemplateInfo()
{
    const MessageTemplate t(m_template->toPlainText().trimmed());
    const QString error = t.error();
    if (!error.isEmpty()) {
        m_templateInfo->setStyleSheet(QStringLiteral("color: #c62828"));
        m_templateInfo->setText(error);
    } else if (t.isEmpty()) {
        m_templateInfo->setStyleSheet(QString());
        m_templateInfo->setText(tr("No message: the file holds the contacts only."));
    } else {
        // Length with a typical customer; the export reports the longest real one.
        const QString sample = t.render(
            {tr("王小丫"), QStringLiteral("tb_12345678"), m_coupon->text(), tr("法式碎花连衣裙")});
        const int length = SmsLength::characters(sample);
        const int segments = SmsLength::segments(length);
        const bool over = segments > m_segmentLimit;
        m_templateInfo->setStyleSheet(over ? QStringLiteral("color: #c62828") : QString());
        m_templateInfo->setText(
            tr("%1 characters · %n SMS segment(s) with a typical name (70 per single message, "
               "67 per part of a longer one)%2",
               nullptr, segments)
                .arg(length)
                .arg(over ? tr(" — over the shop's limit of %n segment(s)", nullptr, m_segmentLimit) : QString()));
    }
    const bool staffSet = !staffName().isEmpty();
    m_staffWarning->setText(staffSet ? QString()
                                     : tr("Set your staff name in Settings first: every export records who made it."));
    m_export->setEnabled(error.isEmpty() && staffSet && !m_audience.empty());
}

void ExportContactsDialog::schedulePreview()
{
    m_debounce->start();
}

void ExportContactsDialog::preview()
{
    const int generation = ++m_generation;
    ContactExportRequest r = request();
    r.staff = QStringLiteral("-"); // a preview records nothing
    r.messageTemplate.clear();
    auto summary = std::make_shared<ContactExportSummary>();
    m_workspace->runInBackground(
        this,
        [r, summary](QSqlDatabase db, QString *error) {
            auto s = ContactExporter(db).preview(r, error);
            if (s)
                *summary = *s;
            return s.has_value();
        },
        [this, generation, summary](bool ok, const QString &error) {
            if (generation != m_generation)
                return;
            if (!ok) {
                m_funnel->setRowCount(1);
                m_funnel->setItem(0, 0, new QTableWidgetItem(error));
                m_funnel->setItem(0, 1, new QTableWidgetItem);
                return;
            }
            showFunnel(*summary);
        });
}

void ExportContactsDialog::showFunnel(const ContactExportSummary &s)
{
    const OutreachSettings settings = OutreachSettings::load(m_workspace->db());
    const ContactFunnelResult &f = s.funnel;
    const QLocale locale;
    const std::vector<std::pair<QString, QString>> rows{
        {tr("Customers in the segment"), format::integer(f.audience)},
        {settings.requireConsent ? tr("− consent refused or not given (shop exports only consented)")
                                 : tr("− consent refused (or on an opt-out list)"),
         format::integer(f.refusedConsent)},
        {tr("− open complaint or return, or a refund in progress"), format::integer(f.openIssue)},
        {tr("− contacted within the last %n day(s)", nullptr, settings.contactWindowDays),
         format::integer(f.contactedRecently)},
        {tr("− no valid contact (masked, invalid, missing)"), format::integer(f.noContact)},
        {tr("− duplicate contact (kept the latest buyer)"), format::integer(f.duplicate)},
        {tr("= remaining"), format::integer(f.remaining())},
        {tr("Control group (held out)"), format::integer(f.controlCount)},
        {tr("Exported and contacted"), format::integer(f.treatmentCount)},
    };
    m_funnel->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        m_funnel->setItem(i, 0, new QTableWidgetItem(rows[size_t(i)].first));
        auto *count = new QTableWidgetItem(rows[size_t(i)].second);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_funnel->setItem(i, 1, count);
    }
    m_funnel->resizeColumnToContents(1);
}

void ExportContactsDialog::exportContacts()
{
    ContactExportRequest r = request();
    if (r.staff.isEmpty()) {
        dialogs::warning(this, tr("Export contacts"),
                         tr("Set your staff name in Settings first: every export records who made it."));
        return;
    }
    qint64 centifen = 0;
    if (!ContactExporter::parseCostPerMessage(m_cost->text(), &centifen)) {
        dialogs::warning(this, tr("Export contacts"), tr("The cost per message is an amount in yuan, e.g. 0.05."));
        return;
    }
    const QString problem = ContactExporter::validate(r, false);
    if (!problem.isEmpty()) {
        dialogs::warning(this, tr("Export contacts"), problem);
        return;
    }
    const QString suffix = ContactFileWriter::suffix(r.format);
    QString path = m_nextPath;
    m_nextPath.clear();
    if (path.isEmpty()) {
        QString base = r.campaignName;
        base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
        path = dialogs::saveFile(this, tr("Export contacts"), base + QLatin1Char('.') + suffix,
                                 suffix == QLatin1String("xlsx") ? tr("Excel workbook (*.xlsx)")
                                                                 : tr("CSV file (*.csv)"));
    }
    if (path.isEmpty())
        return;
    r.outPath = path;
    auto *progress = new QProgressDialog(tr("Writing contacts…"), tr("Cancel"), 0, 100, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QPointer<QProgressDialog> guard(progress);
    auto summary = std::make_shared<ContactExportSummary>();
    m_export->setEnabled(false);
    m_workspace->runInBackground(
        this,
        [r, summary, cancel, guard](QSqlDatabase db, QString *error) {
            auto s = ContactExporter(db).run(
                r, error,
                [guard](qint64 done, qint64 total) {
                    const int value = total > 0 ? int(done * 100 / total) : 0;
                    QMetaObject::invokeMethod(
                        qApp,
                        [guard, value] {
                            if (guard)
                                guard->setValue(value);
                        },
                        Qt::QueuedConnection);
                },
                cancel.get());
            if (s)
                *summary = *s;
            return s.has_value();
        },
        [this, progress, summary, path](bool ok, const QString &error) {
            dialogs::finishProgress(progress);
            m_export->setEnabled(true);
            if (!ok) {
                dialogs::warning(this, tr("Export contacts"), error);
                preview();
                return;
            }
            m_campaignId = summary->campaignId;
            emit exported(m_campaignId);
            QString text = tr("%n contact(s) written to %1 and recorded as campaign %2.", nullptr,
                              int(summary->exported))
                               .arg(QDir::toNativeSeparators(path))
                               .arg(summary->campaignId);
            if (summary->overSegmentLimit > 0)
                text += QLatin1Char('\n')
                    + tr("%n message(s) are longer than the shop's SMS segment limit.", nullptr,
                         int(summary->overSegmentLimit));
            text += QLatin1Char('\n') + tr("Open the folder?");
            if (dialogs::question(this, tr("Export contacts"), text) == QMessageBox::Yes)
                QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
            // Done: counted again now, the funnel would offer the control group
            // (everyone else was just contacted) as the next export.
            accept();
        });
}

} // namespace huitou
