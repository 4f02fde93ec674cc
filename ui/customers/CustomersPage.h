#pragma once

#include "customers/CustomerColumn.h"
#include "customers/Segment.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QLineEdit;
class QTableView;
class QTimer;

namespace huitou {

class CustomerTableModel;
class ProfilePane;
class Workspace;

// Find a customer while chatting with her; filter by stage, type, tier, RFM
// segment and tag; tag many at once.
class CustomersPage : public QWidget
{
    Q_OBJECT
public:
    explicit CustomersPage(Workspace *workspace, QWidget *parent = nullptr);

    // Shows the customers of one lifecycle bucket (from the reports), with
    // the figures as of the report's day ASOF (invalid: unchanged).
    void showBucket(const QString &stage, const QString &type, const QDate &asOf = QDate());
    // Opens one customer's profile (from Today, callbacks): searches her key and shows her.
    void showCustomer(qint64 customerId, const QString &key);
    ProfilePane *profile() const { return m_profile; }
    qint64 matchCount() const { return m_count; }
    CustomerTableModel *model() const { return m_model; }

signals:
    void reloaded();
    // "Export contacts…": the selected customers, or all listed when none is selected.
    void exportRequested(const std::vector<qint64> &ids, const QString &definition, const QString &label);
    // "New segment from this filter": the Outreach page's builder takes it.
    void segmentRequested(const Segment &segment);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void sizeColumnsOnce();
    void scheduleReload();
    void reload();
    void clearFilters();
    void fillTagFilter();
    void bulkTag();
    void requestExport();
    void showAsOf();
    Segment currentSegment() const;
    void fillSavedSegments();
    void showSavedSegment(int index);


    Workspace *m_workspace;
    QPushButton *m_clearFilters = nullptr;
    CustomerTableModel *m_model;
    QTableView *m_table;
    ProfilePane *m_profile;
    QLineEdit *m_search;
    QComboBox *m_stage, *m_type, *m_tier, *m_segment, *m_tag, *m_saved;
    std::optional<Segment> m_savedSegment; // the saved segment shown; the filters above narrow it
    QCheckBox *m_showUnpaid;
    QDateEdit *m_asOf;
    QTimer *m_asOfDebounce;
    QLabel *m_staleNote;
    QPushButton *m_staleButton;
    QSplitter *m_splitter;
    QLabel *m_countLabel;
    QTimer *m_debounce;
    CustomerColumn m_sortColumn = CustomerColumn::LastPurchase;
    bool m_ascending = false;
    qint64 m_count = 0;
    int m_generation = 0;
    bool m_columnsSized = false;
};

} // namespace huitou
