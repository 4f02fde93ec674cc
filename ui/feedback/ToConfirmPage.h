#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace huitou {

class Workspace;

// Reviews below 5 stars whose text suggested a reason wait here: staff
// accept (Enter), change (C) or dismiss (Delete) each suggestion with one key.
// Reviews come in through "Import reviews…" (a CSV and its column mapping).
class ToConfirmPage : public QWidget
{
    Q_OBJECT
public:
    explicit ToConfirmPage(Workspace *workspace, QWidget *parent = nullptr);
    void refresh();
    int pending() const;
    void accept();
    void change(const QString &code);
    void dismiss();
    // Imports a reviews CSV with the given mapping (off the GUI thread).
    void importReviews(const QString &path, const QString &order, const QString &rating, const QString &text,
                       const QString &time);

signals:
    void refreshed();
    void imported(const QString &summary);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFile();
    void askChange();

    Workspace *m_workspace;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_importResult;
    bool m_stale = true;
};

} // namespace huitou
