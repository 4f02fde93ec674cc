#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace huitou {

class Workspace;

// The shop's settings (stored in the database, shared by every workstation):
// lifecycle thresholds with the suggested values beside them, member tiers,
// the tag dictionary; and this workstation's language.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Workspace *workspace, QWidget *parent = nullptr);
    bool applyAnalytics();

protected:
    // The suggestion needs a full report: computed when the page is shown.
    void showEvent(QShowEvent *event) override;

signals:
    void languageRequested(const QString &language); // "", "zh_CN" or "en"

private:
    void load();
    void loadSuggestion();
    void saveTags();
    void saveShopName();

    Workspace *m_workspace;
    QSpinBox *m_active, *m_silent, *m_sleeping;
    QLabel *m_suggested;
    QComboBox *m_tierBasis, *m_tierMode;
    QDoubleSpinBox *m_senior, *m_vip, *m_supreme;
    QTableWidget *m_tags;
    QComboBox *m_language;
    QLineEdit *m_shopName;
    bool m_suggestionStale = true;
};

} // namespace huitou
