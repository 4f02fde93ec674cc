#pragma once

#include "importing/OrderImporter.h"
#include "records/ColumnMapping.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QGroupBox;

namespace huitou {

class Workspace;

// The import wizard on one page: choose or drop files, see how they will be
// read, map a generic CSV's columns, import off the GUI thread with progress
// and cancel, read the result, and revert a past import.
class ImportPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportPage(Workspace *workspace, QWidget *parent = nullptr);

    void addFiles(const QStringList &files);
    // Opens the file dialog (the Choose button, the drop area, File → Import).
    void chooseFiles();
    void startImport();
    QList<ImportResult> lastResults() const { return m_results; }

signals:
    void importFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPreview();
    void refreshHistory();
    void fillMappingFromPreset();
    void savePreset();
    void saveRejects();
    void revertSelected();
    ColumnMapping currentMapping() const;
    void showResults();

    Workspace *m_workspace;
    QListWidget *m_files;
    QComboBox *m_formatOverride;
    QLabel *m_detected;
    QTableWidget *m_preview;
    QGroupBox *m_mappingBox;
    QHash<QString, QComboBox *> m_mapping;
    QComboBox *m_presets;
    QPushButton *m_importButton;
    QLabel *m_summary;
    QTableWidget *m_rejects;
    QTableWidget *m_history;
    QList<ImportResult> m_results;
};

} // namespace huitou
