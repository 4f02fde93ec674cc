#include "ImportPage.h"

#include "analytics/AnalyticsService.h"
#include "app/Workspace.h"
#include "common/Dialogs.h"
#include "common/Labels.h"
#include "format/CsvField.h"
#include "importing/FormatDetector.h"
#include "importing/ImportPreview.h"
#include "storage/ImportHistory.h"
#include "storage/ImportStore.h"
#include "storage/MappingStore.h"
#include "storage/SettingsStore.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace huitou {

namespace {
QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}
} // namespace

ImportPage::ImportPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("importPage"));
    setAcceptDrops(true);
    auto *choose = new QPushButton(tr("Choose files…"), this);
    choose->setObjectName(QStringLiteral("chooseFilesButton"));
    auto *clear = new QPushButton(tr("Clear"), this);
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("importFiles"));
    m_files->setMaximumHeight(110);
    m_formatOverride = new QComboBox(this);
    m_formatOverride->setObjectName(QStringLiteral("formatOverride"));
    m_formatOverride->addItem(tr("Detect from the header"), QString());
    for (const QString &id : FormatDetector::formatIds())
        m_formatOverride->addItem(labels::format(id), id);
    m_detected = new QLabel(tr("Drop Taobao, Shopify or other CSV exports here, or choose them."), this);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    m_detected->setCursor(Qt::PointingHandCursor);
    m_detected->installEventFilter(this); // a click on the drop area chooses files
    m_preview = table(this, QStringLiteral("importPreview"), {});

    m_mappingBox = new QGroupBox(tr("Column mapping (generic CSV)"), this);
    auto *mappingForm = new QFormLayout(m_mappingBox);
    m_presets = new QComboBox(m_mappingBox);
    m_presets->setObjectName(QStringLiteral("mappingPresets"));
    auto *savePresetButton = new QPushButton(tr("Save as preset…"), m_mappingBox);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(savePresetButton);
    mappingForm->addRow(tr("Preset"), presetRow);
    const std::pair<const char *, QString> fields[] = {
        {"customer", tr("Customer key *")}, {"order", tr("Order number *")}, {"time", tr("Payment time *")},
        {"amount", tr("Paid amount *")},    {"refund", tr("Refund")},        {"status", tr("Status")},
        {"quantity", tr("Quantity")},       {"phone", tr("Phone")},          {"email", tr("E-mail")},
        {"address", tr("Address")},         {"name", tr("Receiver name")},   {"items", tr("Items")}};
    for (const auto &[key, label] : fields) {
        auto *combo = new QComboBox(m_mappingBox);
        combo->setObjectName(QStringLiteral("map_") + QString::fromLatin1(key));
        m_mapping.insert(QString::fromLatin1(key), combo);
        mappingForm->addRow(label, combo);
    }
    m_mappingBox->setVisible(false);

    m_importButton = new QPushButton(tr("Import"), this);
    m_importButton->setObjectName(QStringLiteral("startImportButton"));
    m_importButton->setEnabled(false);
    m_importButton->setDefault(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_rejects = table(this, QStringLiteral("rejectsTable"), {tr("File"), tr("Line"), tr("Record"), tr("Reason")});
    auto *saveRejectsButton = new QPushButton(tr("Save rejected rows as CSV…"), this);
    saveRejectsButton->setObjectName(QStringLiteral("saveRejectsButton"));
    m_history = table(this, QStringLiteral("historyTable"),
                      {tr("#"), tr("Imported"), tr("File"), tr("Format"), tr("Read"), tr("Inserted"), tr("Updated"),
                       tr("Rejected"), tr("State")});
    auto *revert = new QPushButton(tr("Revert selected import…"), this);
    revert->setObjectName(QStringLiteral("revertButton"));
    revert->setVisible(m_workspace->may(StoreRoles::Right::RevertImports)); // a manager's (the server enforces it)

    // Left: what will be imported. Right: results and history.
    auto *left = new QWidget(this);
    auto *l = new QVBoxLayout(left);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(choose);
    fileButtons->addWidget(clear);
    fileButtons->addStretch();
    fileButtons->addWidget(new QLabel(tr("Format:"), left));
    fileButtons->addWidget(m_formatOverride);
    l->addLayout(fileButtons);
    l->addWidget(m_files);
    l->addWidget(m_detected);
    l->addWidget(m_preview, 1);
    l->addWidget(m_mappingBox);
    l->addWidget(m_importButton, 0, Qt::AlignRight);

    auto *tabs = new QTabWidget(this);
    auto *resultTab = new QWidget(tabs);
    auto *r = new QVBoxLayout(resultTab);
    r->addWidget(m_summary);
    r->addWidget(m_rejects, 1);
    r->addWidget(saveRejectsButton, 0, Qt::AlignRight);
    auto *historyTab = new QWidget(tabs);
    auto *h = new QVBoxLayout(historyTab);
    h->addWidget(m_history, 1);
    h->addWidget(revert, 0, Qt::AlignRight);
    tabs->addTab(resultTab, tr("Result"));
    tabs->addTab(historyTab, tr("Import history"));
    tabs->setObjectName(QStringLiteral("importTabs"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(choose, &QPushButton::clicked, this, &ImportPage::chooseFiles);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_files->clear();
        showPreview();
    });
    connect(m_files, &QListWidget::currentRowChanged, this, &ImportPage::showPreview);
    connect(m_formatOverride, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ImportPage::showPreview);
    connect(m_presets, QOverload<int>::of(&QComboBox::activated), this, &ImportPage::fillMappingFromPreset);
    connect(savePresetButton, &QPushButton::clicked, this, &ImportPage::savePreset);
    connect(m_importButton, &QPushButton::clicked, this, &ImportPage::startImport);
    connect(saveRejectsButton, &QPushButton::clicked, this, &ImportPage::saveRejects);
    connect(revert, &QPushButton::clicked, this, &ImportPage::revertSelected);
    refreshHistory();
}

void ImportPage::addFiles(const QStringList &files)
{
    for (const QString &f : files) {
        auto *item = new QListWidgetItem(QFileInfo(f).fileName(), m_files);
        item->setData(Qt::UserRole, f);
        item->setToolTip(f);
    }
    if (m_files->currentRow() < 0 && m_files->count() > 0)
        m_files->setCurrentRow(0);
    showPreview();
}

void ImportPage::showPreview()
{
    m_importButton->setEnabled(m_files->count() > 0);
    QListWidgetItem *item = m_files->currentItem();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (!item) {
        m_mappingBox->setVisible(false);
        return;
    }
    const ImportPreview p = ImportPreview::read(item->data(Qt::UserRole).toString());
    if (!p.error.isEmpty()) {
        m_detected->setText(p.error);
        return;
    }
    const QString format = m_formatOverride->currentData().toString().isEmpty()
        ? p.format
        : m_formatOverride->currentData().toString();
    m_detected->setText(
        tr("Encoding: %1 · Format: %2 · %3 columns").arg(p.encoding, labels::format(format)).arg(p.header.size()));
    m_preview->setColumnCount(int(p.header.size()));
    m_preview->setHorizontalHeaderLabels(p.header);
    m_preview->setRowCount(int(p.rows.size()));
    for (int r = 0; r < p.rows.size(); ++r)
        for (int c = 0; c < p.rows[r].size() && c < p.header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(p.rows[r][c]));
    const bool generic = format.isEmpty() || format == QLatin1String("generic");
    m_mappingBox->setVisible(generic);
    if (generic) {
        for (QComboBox *combo : std::as_const(m_mapping)) {
            const QString current = combo->currentText();
            combo->clear();
            combo->addItem(QString());
            combo->addItems(p.header);
            combo->setCurrentText(current);
        }
        const QString selected = m_presets->currentText();
        m_presets->clear();
        m_presets->addItem(QString());
        m_presets->addItems(MappingStore(m_workspace->db()).names());
        m_presets->setCurrentText(selected);
    }
}

ColumnMapping ImportPage::currentMapping() const
{
    ColumnMapping m;
    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it)
        m.set(it.key(), it.value()->currentText());
    return m;
}

void ImportPage::fillMappingFromPreset()
{
    const auto preset = MappingStore(m_workspace->db()).load(m_presets->currentText());
    if (!preset)
        return;
    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it)
        it.value()->setCurrentText(preset->value(it.key()));
}

void ImportPage::savePreset()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save column mapping"), tr("Preset name:"), QLineEdit::Normal,
                                               m_presets->currentText(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    if (!MappingStore(m_workspace->db()).save(name.trimmed(), currentMapping(), &error))
        dialogs::warning(this, tr("Save column mapping"), error);
    showPreview();
    m_presets->setCurrentText(name.trimmed());
}

void ImportPage::startImport()
{
    QStringList files;
    for (int i = 0; i < m_files->count(); ++i)
        files << m_files->item(i)->data(Qt::UserRole).toString();
    if (files.isEmpty())
        return;
    ImportOptions options;
    options.format = m_formatOverride->currentData().toString();
    if (m_mappingBox->isVisible()) {
        options.mapping = currentMapping();
        const QString missing = options.mapping.missingRequired();
        if (!missing.isEmpty()) {
            dialogs::warning(this, tr("Import"), missing);
            return;
        }
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto results = std::make_shared<QList<ImportResult>>();
    auto *progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    options.cancel = cancel.get();
    const int fileCount = int(files.size());
    m_importButton->setEnabled(false);
    m_workspace->runInBackground(
        this,
        // PROGRESS outlives the task: it is deleted only in the completion handler.
        [files, options, results, progress, fileCount, cancel, asOf = m_workspace->asOf()](QSqlDatabase db,
                                                                                           QString *error) mutable {
            for (int i = 0; i < fileCount; ++i) {
                options.progress = [progress, i, fileCount](qint64 done, qint64 total) {
                    const int value = int(1000.0 * (i + (total ? double(done) / total : 1.0)) / fileCount);
                    QMetaObject::invokeMethod(progress, [progress, value] { progress->setValue(value); });
                };
                ImportOptions perFile = options;
                perFile.cancel = cancel.get();
                results->append(OrderImporter(std::make_unique<ImportStore>(db), perFile).importFile(files[i]));
                if (results->last().cancelled)
                    return true;
            }
            // The shop's name for the reports, from the export, unless staff set one.
            SettingsStore settings(db);
            if (settings.value(QStringLiteral("shop_name")).isEmpty()) {
                for (const QString &file : files) {
                    const QString name = ImportPreview::read(file).shopName();
                    QString ignored;
                    if (!name.isEmpty() && settings.setValue(QStringLiteral("shop_name"), name, &ignored))
                        break;
                }
            }
            // Customer figures follow every import that changed an order.
            return AnalyticsService(db).afterImport(asOf, error);
        },
        [this, results, progress](bool ok, const QString &error) {
            dialogs::finishProgress(progress);
            m_results = *results;
            if (!ok)
                m_summary->setText(error);
            showResults();
            refreshHistory();
            m_importButton->setEnabled(true);
            emit m_workspace->dataChanged();
            emit importFinished();
        });
}

void ImportPage::showResults()
{
    QStringList lines;
    m_rejects->setRowCount(0);
    for (const ImportResult &r : std::as_const(m_results)) {
        if (!r.ok())
            lines << QStringLiteral("%1: %2").arg(r.fileName, r.error);
        else
            lines << tr("%1 (%2): %3 rows read, %4 inserted, %5 updated, %6 unchanged, %7 rejected")
                         .arg(r.fileName, labels::format(r.format))
                         .arg(r.counts.rowsRead)
                         .arg(r.counts.inserted)
                         .arg(r.counts.updated)
                         .arg(r.counts.unchanged)
                         .arg(r.counts.rejected);
        // Issue 13: nothing is dropped without a word.
        if (r.counts.duplicates > 0)
            lines << tr("  %n row(s) repeated an order of an earlier line (listed below, not counted as inserted)",
                        nullptr, int(r.counts.duplicates));
        if (r.badEncodingRows > 0)
            lines << tr("  %n line(s) have bytes that are not valid %1; they were rejected (shown as \uFFFD below)",
                        nullptr, int(r.badEncodingRows))
                         .arg(r.encoding);
        const auto addRow = [this, &r](qint64 line, const QString &record, const QString &reason) {
            const int i = m_rejects->rowCount();
            m_rejects->insertRow(i);
            m_rejects->setItem(i, 0, new QTableWidgetItem(r.fileName));
            m_rejects->setItem(i, 1, new QTableWidgetItem(QString::number(line)));
            m_rejects->setItem(i, 2, new QTableWidgetItem(record));
            m_rejects->setItem(i, 3, new QTableWidgetItem(reason));
        };
        for (const RejectedRow &row : r.rejects)
            addRow(row.line, QString::number(row.record), row.reason);
        for (const DuplicateRow &row : r.duplicates)
            addRow(row.line, QString(),
                   row.identical ? tr("duplicate: order %1 repeats line %2 exactly").arg(row.orderNo).arg(row.firstLine)
                                 : tr("duplicate: order %1 repeats line %2 with other values; this later row was kept")
                                       .arg(row.orderNo)
                                       .arg(row.firstLine));
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void ImportPage::chooseFiles()
{
    addFiles(dialogs::openFiles(this, tr("Choose order exports"), tr("CSV files (*.csv *.txt);;All files (*)")));
}

bool ImportPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_detected && event->type() == QEvent::MouseButtonRelease && m_files->count() == 0) {
        chooseFiles();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ImportPage::saveRejects()
{
    const QString path = dialogs::saveFile(this, tr("Save rejected rows"), tr("rejected-rows.csv"),
                                           tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        dialogs::warning(this, tr("Save rejected rows"), f.errorString());
        return;
    }
    QTextStream out(&f);
    out.setEncoding(QStringConverter::Utf8);
    out.setGenerateByteOrderMark(true); // Excel and WPS open UTF-8 with a BOM correctly
    out << QStringList{csvField(tr("File")), csvField(tr("Line")), csvField(tr("Record")), csvField(tr("Reason"))}.join(
        QLatin1Char(','))
        << '\n';
    for (const ImportResult &r : std::as_const(m_results))
        for (const RejectedRow &row : r.rejects)
            out << csvField(r.fileName) << ',' << row.line << ',' << row.record << ',' << csvField(row.reason) << '\n';
    out.flush();
    f.close();
    m_workspace->showMessage(tr("Saved the rejected rows to %1").arg(QDir::toNativeSeparators(path)));
    dialogs::offerToOpen(this, tr("Save rejected rows"), path);
}

void ImportPage::refreshHistory()
{
    const QList<ImportRecord> records = ImportHistory(m_workspace->db()).list();
    m_history->setRowCount(int(records.size()));
    for (int i = 0; i < records.size(); ++i) {
        const ImportRecord &r = records[i];
        const QStringList cells{QString::number(r.id),
                                r.importedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                r.fileName,
                                labels::format(r.format),
                                QString::number(r.counts.rowsRead),
                                QString::number(r.counts.inserted),
                                QString::number(r.counts.updated),
                                QString::number(r.counts.rejected),
                                r.revertedAt.isEmpty() ? tr("Active") : tr("Reverted")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, r.id);
            m_history->setItem(i, c, item);
        }
    }
    m_history->resizeColumnsToContents();
}

void ImportPage::revertSelected()
{
    const int row = m_history->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_history->item(row, 0)->data(Qt::UserRole).toLongLong();
    ImportHistory history(m_workspace->db());
    const QString why = history.whyNotRevertible(id);
    if (!why.isEmpty()) {
        dialogs::warning(this, tr("Revert import"), why);
        return;
    }
    if (dialogs::question(this, tr("Revert import"),
                          tr("Remove everything import %1 added and restore what it changed?").arg(id))
        != QMessageBox::Yes)
        return;
    m_workspace->runInBackground(
        this,
        [id, asOf = m_workspace->asOf()](QSqlDatabase db, QString *error) {
            return ImportHistory(db).revert(id, error) && AnalyticsService(db).recompute(asOf, error);
        },
        [this](bool ok, const QString &error) {
            if (!ok)
                dialogs::warning(this, tr("Revert import"), error);
            refreshHistory();
            emit m_workspace->dataChanged();
        });
}

} // namespace huitou
