#pragma once

#include "care/TodayList.h"

#include <QAbstractTableModel>

namespace huitou {

// Today's list as a table: customer, kind, why, due day (with the overdue
// marker), suggested content. Rows can be filtered to one kind.
class TodayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Customer, Kind, Why, Due, Content, ColumnCount };
    explicit TodayModel(QObject *parent = nullptr);
    void setResult(TodayResult result);
    void setKindFilter(int kind); // -1: all
    const TodayResult &result() const { return m_result; }
    const TodayItem *item(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildRows();
    TodayResult m_result;
    int m_kind = -1;
    std::vector<int> m_rows;
};

} // namespace huitou
