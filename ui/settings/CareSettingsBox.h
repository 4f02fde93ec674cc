#pragma once

#include <QWidget>

class QSpinBox;
class QTableWidget;

namespace huitou {

class Workspace;

// Settings for care and reasons: the new-customer plan (day, label,
// suggested content; grace period) and the reason taxonomy (names and
// keywords editable, reasons added or merged, never deleted).
class CareSettingsBox : public QWidget
{
    Q_OBJECT
public:
    explicit CareSettingsBox(Workspace *workspace, QWidget *parent = nullptr);
    void load();
    void savePlan();
    void saveReasons();
    void mergeSelected(const QString &into);

private:
    void addReason();

    Workspace *m_workspace;
    QTableWidget *m_plan;
    QSpinBox *m_grace;
    QTableWidget *m_reasons;
};

} // namespace huitou
