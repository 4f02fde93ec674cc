#include "ToConfirmPage.h"

#include "analytics/AnalyticsService.h"
#include "app/Staff.h"
#include "app/Workspace.h"
#include "commands/ConfirmReasonCommand.h"
#include "common/Dialogs.h"
#include "importing/CsvReader.h"
#include "importing/ReviewImporter.h"
#include "importing/TextEncoding.h"
#include "storage/ReasonStore.h"
#include "storage/ReviewStore.h"
#include "storage/TaxonomyStore.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace huitou {

ToConfirmPage::ToConfirmPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("toConfirmPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Review reasons to confirm"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    auto *import = new QPushButton(tr("Import reviews…"), this);
    import->setObjectName(QStringLiteral("importReviewsButton"));
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(import);
    layout->addLayout(top);
    auto *hint = new QLabel(tr("Enter: accept the suggestion · C: change the reason · Delete: dismiss"), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_importResult = new QLabel(this);
    m_importResult->setObjectName(QStringLiteral("reviewImportResult"));
    m_importResult->setWordWrap(true);
    m_importResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_importResult);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("toConfirmTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Customer"), tr("Stars"), tr("Review"), tr("Suggested reason"), tr("Day")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("toConfirmSummary"));
    auto *acceptButton = new QPushButton(tr("&Accept"), this);
    acceptButton->setObjectName(QStringLiteral("confirmAccept"));
    auto *changeButton = new QPushButton(tr("&Change…"), this);
    changeButton->setObjectName(QStringLiteral("confirmChange"));
    auto *dismissButton = new QPushButton(tr("&Dismiss"), this);
    dismissButton->setObjectName(QStringLiteral("confirmDismiss"));
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(dismissButton);
    buttons->addWidget(changeButton);
    buttons->addWidget(acceptButton);
    layout->addLayout(buttons);
    connect(acceptButton, &QPushButton::clicked, this, &ToConfirmPage::accept);
    connect(changeButton, &QPushButton::clicked, this, &ToConfirmPage::askChange);
    connect(dismissButton, &QPushButton::clicked, this, &ToConfirmPage::dismiss);
    connect(import, &QPushButton::clicked, this, &ToConfirmPage::chooseFile);
    connect(m_workspace, &Workspace::careChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

void ToConfirmPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

bool ToConfirmPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            accept();
            return true;
        }
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            dismiss();
            return true;
        }
        if (key == Qt::Key_C) {
            askChange();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int ToConfirmPage::pending() const
{
    return m_table->rowCount();
}

void ToConfirmPage::refresh()
{
    m_stale = false;
    const int row = m_table->currentRow();
    const Taxonomy taxonomy = TaxonomyStore(m_workspace->db()).load();
    const QList<ReasonEntry> entries = ReasonStore(m_workspace->db()).unconfirmed();
    ReviewStore reviews(m_workspace->db());
    m_table->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const ReasonEntry &e = entries[r];
        const auto review = reviews.review(e.reviewId);
        const QStringList cells{e.customerKey, review ? QString(review->first, QChar(u'★')) : QString(), e.text,
                                taxonomy.displayName(e.reasonCode), e.loggedDay.toString(Qt::ISODate)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0) {
                item->setData(Qt::UserRole, e.id);
                item->setData(Qt::UserRole + 1, e.customerId);
                item->setData(Qt::UserRole + 2, e.reasonCode);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(3);
    if (m_table->rowCount())
        m_table->selectRow(qBound(0, row, m_table->rowCount() - 1));
    m_summary->setText(tr("%n suggestion(s) to confirm", nullptr, m_table->rowCount()));
    emit refreshed();
}

void ToConfirmPage::accept()
{
    auto *item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return;
    const QString code = item->data(Qt::UserRole + 2).toString();
    m_workspace->undoStack()->push(new ConfirmReasonCommand(m_workspace, item->data(Qt::UserRole).toLongLong(),
                                                            item->data(Qt::UserRole + 1).toLongLong(), code, code));
}

void ToConfirmPage::change(const QString &code)
{
    auto *item = m_table->item(m_table->currentRow(), 0);
    if (!item || code.isEmpty())
        return;
    m_workspace->undoStack()->push(new ConfirmReasonCommand(m_workspace, item->data(Qt::UserRole).toLongLong(),
                                                            item->data(Qt::UserRole + 1).toLongLong(),
                                                            item->data(Qt::UserRole + 2).toString(), code));
}

void ToConfirmPage::dismiss()
{
    auto *item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return;
    m_workspace->undoStack()->push(new ConfirmReasonCommand(m_workspace, item->data(Qt::UserRole).toLongLong(),
                                                            item->data(Qt::UserRole + 1).toLongLong(),
                                                            item->data(Qt::UserRole + 2).toString(), QString()));
}

void ToConfirmPage::askChange()
{
    if (!m_table->item(m_table->currentRow(), 0))
        return;
    const Taxonomy taxonomy = TaxonomyStore(m_workspace->db()).load();
    QStringList names, codes;
    for (const Reason &r : taxonomy.activeReasons()) {
        names << QStringLiteral("%1 · %2").arg(taxonomy.categoryDisplayName(r.category), taxonomy.displayName(r.code));
        codes << r.code;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change reason"), tr("Reason"), names, 0, false, &ok);
    if (ok)
        change(codes.value(int(names.indexOf(chosen))));
}

void ToConfirmPage::chooseFile()
{
    const QStringList files = dialogs::openFiles(this, tr("Import reviews"), tr("CSV files (*.csv);;All files (*)"));
    if (files.isEmpty())
        return;
    // The header decides the choices; common Taobao names are preselected.
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const TextEncoding::Kind encoding = TextEncoding::detect(file);
    file.seek(0);
    CsvReader reader(&file, encoding);
    CsvRecord header;
    QStringList columns;
    if (reader.next(header))
        for (int i = 0; i < header.fieldCount(); ++i)
            columns << header.text(i).trimmed();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Review columns"));
    auto *form = new QFormLayout(&dialog);
    auto combo = [&](const QStringList &guesses, bool optional) {
        auto *c = new QComboBox(&dialog);
        if (optional)
            c->addItem(tr("(none)"), QString());
        for (const QString &col : columns)
            c->addItem(col, col);
        for (const QString &g : guesses)
            if (const int i = c->findData(g); i >= 0) {
                c->setCurrentIndex(i);
                break;
            }
        return c;
    };
    QComboBox *order = combo({QStringLiteral("订单编号"), QStringLiteral("order")}, false);
    QComboBox *rating = combo({QStringLiteral("评分"), QStringLiteral("rating")}, false);
    QComboBox *text = combo({QStringLiteral("评价内容"), QStringLiteral("text")}, false);
    QComboBox *time = combo({QStringLiteral("评价时间"), QStringLiteral("time")}, true);
    form->addRow(tr("Order id"), order);
    form->addRow(tr("Rating (1-5)"), rating);
    form->addRow(tr("Review text"), text);
    form->addRow(tr("Time"), time);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    importReviews(files.first(), order->currentData().toString(), rating->currentData().toString(),
                  text->currentData().toString(), time->currentData().toString());
}

void ToConfirmPage::importReviews(const QString &path, const QString &order, const QString &rating, const QString &text,
                                  const QString &time)
{
    const ReviewMapping mapping{order, rating, text, time};
    const QString staff = Staff::name();
    auto result = std::make_shared<ReviewImportResult>();
    m_workspace->runInBackground(
        this,
        [path, mapping, staff, result](QSqlDatabase db, QString *error) {
            *result = ReviewImporter(db, mapping, staff, AnalyticsService::today()).importFile(path);
            *error = result->error;
            return result->ok();
        },
        [this, result](bool ok, const QString &error) {
            if (!ok) {
                dialogs::warning(this, tr("Import reviews"), error);
                return;
            }
            QString summary =
                tr("%1 reviews read, %2 new, %3 unchanged, %4 without a known order; %5 reasons to confirm.")
                    .arg(result->read)
                    .arg(result->inserted)
                    .arg(result->unchanged)
                    .arg(result->unmatched)
                    .arg(result->suggested);
            for (const ReviewRejectedRow &row : result->rejected)
                summary += QLatin1Char('\n') + tr("Line %1: %2").arg(row.line).arg(row.reason);
            m_importResult->setText(summary);
            emit m_workspace->careChanged();
            emit imported(summary);
        });
}

} // namespace huitou
