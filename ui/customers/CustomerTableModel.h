#pragma once

#include "storage/CustomerListQuery.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QSqlDatabase>

#include <vector>

namespace huitou {

// The customer list over the whole store. It holds only the ids of the
// current filter in sort order (8 bytes a customer, computed off the GUI
// thread); rows are fetched by id a page at a time when the view asks for
// them, so a million customers open and scroll instantly.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit CustomerTableModel(QSqlDatabase db, QObject *parent = nullptr);

    void setIds(std::vector<qint64> ids);
    qint64 customerId(int row) const;
    int rowOf(qint64 customerId) const;
    // Drops cached rows (after an edit) without changing the ids.
    void refreshRows();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    // Sorting happens in SQL: the page recomputes the ids.
    void sortRequested(CustomerColumn column, bool ascending);

private:
    static constexpr int kPage = 100;
    const CustomerRow *rowAt(int row) const;

    QSqlDatabase m_db;
    std::vector<qint64> m_ids;
    mutable QCache<int, QList<CustomerRow>> m_pages{200};
};

} // namespace huitou
