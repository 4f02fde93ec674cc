#pragma once

#include "ContactFileWriter.h"
#include "ContactFunnel.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace huitou {

enum class ContactPreset { Sms, Wechat, Email };

struct ContactExportRequest
{
    QString campaignName;
    std::vector<qint64> audience; // the segment's customer ids
    QString segmentDefinition; // how the audience was chosen (JSON), stored with the campaign
    ContactPreset preset = ContactPreset::Sms;
    ContactFileFormat format = ContactFileFormat::Xlsx;
    QString messageTemplate; // SMS only; may be empty
    QString coupon;
    double controlShare = 0.1; // 0 .. 0.5
    std::uint64_t seed = 1;
    qint64 costPerMessageCentifen = 0; // 1/100 fen per message (SMS: per segment)
    QString outPath;
    QString headerLanguage; // "zh" | "en": fixed column headers; empty: the interface's language
    QString staff;
    QDate today; // the send day
};

// What an export did (or would do): the funnel step by step and the message.
struct ContactExportSummary
{
    ContactFunnelResult funnel;
    qint64 exported = 0; // rows written = treatment members
    qint64 billedMessages = 0; // SMS: segments summed; otherwise one per row
    qint64 costFen = 0;
    int longestMessage = 0; // characters
    qint64 overSegmentLimit = 0;
    qint64 campaignId = 0; // 0 for a preview
    QString exclusionsJson() const;
};

// Contact export as DESIGN.md fixes it: audience → exclusions → control group
// → file (temporary, then renamed) → campaign recorded with its members. A
// failed or cancelled export writes no file and records no campaign.
class ContactExporter
{
    Q_DECLARE_TR_FUNCTIONS(huitou::ContactExporter) // the class's one translation context

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit ContactExporter(QSqlDatabase db);
    // The reasons REQUEST cannot run (empty when it can), checked before any work.
    static QString validate(const ContactExportRequest &request, bool needFile = true);
    // The funnel and message figures without writing anything.
    std::optional<ContactExportSummary> preview(const ContactExportRequest &request, QString *error);
    std::optional<ContactExportSummary> run(const ContactExportRequest &request, QString *error,
                                            const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    static QString presetKey(ContactPreset preset);
    static bool parsePreset(const QString &key, ContactPreset *preset);
    // LANGUAGE "zh" or "en": fixed headers (the CLI's); empty: the interface's language.
    static QStringList header(ContactPreset preset, bool withMessage, const QString &language = QString());
    // "0.035" yuan → 350 centifen (1/100 fen); false when TEXT is not a non-negative amount.
    static bool parseCostPerMessage(const QString &text, qint64 *centifen);

private:
    // The audience with what the rules need, read in one pass over the
    // customer rows; NAMES (when not null) gets candidate i's contact name
    // (UTF-8) between NAMEENDS[i - 1] (0 for i = 0) and NAMEENDS[i].
    // FORCOUNT: only what ContactFunnel::count needs (no keys, no last
    // purchase days).
    bool candidates(const ContactExportRequest &request, std::vector<ContactCandidate> *out, QByteArray *names,
                    std::vector<quint32> *nameEnds, QString *error, bool forCount = false);
    QSqlDatabase m_db;
    // The candidates' keys (raw data of their QByteArrays), until the next candidates().
    std::vector<std::unique_ptr<char[]>> m_keyBlocks;
};

} // namespace huitou
