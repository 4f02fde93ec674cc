#pragma once

#include <QStringList>
#include <QToolButton>

namespace huitou {

// A button with a menu of checkable choices (several may be ticked; the menu
// stays open while ticking). Shows ANYTEXT when nothing is ticked, else the
// ticked labels. Each choice has a stable key (vocabulary key, "group=value").
class ChoiceButton : public QToolButton
{
    Q_OBJECT
public:
    ChoiceButton(const QString &anyText, QWidget *parent = nullptr);

    void clearChoices();
    void addChoice(const QString &label, const QString &key);
    QStringList checkedKeys() const;
    // Ticks KEYS (others unticked); unknown keys are added as choices.
    void setCheckedKeys(const QStringList &keys);

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateText();

    QString m_anyText;
    QMenu *m_menu;
};

} // namespace huitou
