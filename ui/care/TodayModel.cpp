#include "TodayModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace huitou {

TodayModel::TodayModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TodayModel::setResult(TodayResult result)
{
    beginResetModel();
    m_result = std::move(result);
    rebuildRows();
    endResetModel();
}

void TodayModel::setKindFilter(int kind)
{
    beginResetModel();
    m_kind = kind;
    rebuildRows();
    endResetModel();
}

void TodayModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < int(m_result.items.size()); ++i)
        if (m_kind < 0 || int(m_result.items[size_t(i)].kind) == m_kind)
            m_rows.push_back(i);
}

const TodayItem *TodayModel::item(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_result.items[size_t(m_rows[size_t(row)])];
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TodayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    const TodayItem *i = item(index.row());
    if (!i)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Customer: return i->customerKey;
        case Kind: return TodayList::kindName(i->kind);
        case Why: return i->why;
        case Due:
            return i->overdueDays > 0
                ? tr("%1 (%n day(s) late)", nullptr, i->overdueDays).arg(i->dueDay.toString(Qt::ISODate))
                : i->dueDay.toString(Qt::ISODate);
        case Content: return i->content;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Due && i->overdueDays > 0)
        return QBrush(QColor(0xC6, 0x28, 0x28));
    if (role == Qt::FontRole && index.column() == Due && i->overdueDays > 0) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::UserRole)
        return int(i->kind);
    return {};
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Customer: return tr("Customer");
    case Kind: return tr("Kind");
    case Why: return tr("Why");
    case Due: return tr("Due");
    case Content: return tr("Suggested message / details");
    default: return {};
    }
}

} // namespace huitou
