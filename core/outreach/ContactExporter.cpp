#include "ContactExporter.h"

#include "MessageTemplate.h"
#include "MobileNumber.h"
#include "OutreachSettings.h"
#include "SmsLength.h"
#include "storage/OutreachStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace huitou {

QString ContactExportSummary::exclusionsJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("audience"), funnel.audience);
    o.insert(QStringLiteral("consent"), funnel.refusedConsent);
    o.insert(QStringLiteral("open_issue"), funnel.openIssue);
    o.insert(QStringLiteral("contacted_recently"), funnel.contactedRecently);
    o.insert(QStringLiteral("no_contact"), funnel.noContact);
    o.insert(QStringLiteral("duplicate"), funnel.duplicate);
    o.insert(QStringLiteral("control"), qint64(funnel.control.size()));
    o.insert(QStringLiteral("treatment"), qint64(funnel.treatment.size()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ContactExporter::ContactExporter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString ContactExporter::presetKey(ContactPreset preset)
{
    switch (preset) {
    case ContactPreset::Sms:
        return QStringLiteral("sms");
    case ContactPreset::Wechat:
        return QStringLiteral("wechat");
    case ContactPreset::Email:
        return QStringLiteral("email");
    }
    return {};
}

bool ContactExporter::parsePreset(const QString &key, ContactPreset *preset)
{
    for (ContactPreset p : {ContactPreset::Sms, ContactPreset::Wechat, ContactPreset::Email}) {
        if (key == presetKey(p)) {
            *preset = p;
            return true;
        }
    }
    return false;
}

QStringList ContactExporter::header(ContactPreset preset, bool withMessage)
{
    switch (preset) {
    case ContactPreset::Sms: {
        QStringList h{tr("Mobile"), tr("Name"), tr("Nick")};
        if (withMessage)
            h << tr("Message") << tr("Characters") << tr("SMS segments");
        return h;
    }
    case ContactPreset::Wechat:
        return {tr("Name"), tr("Mobile"), tr("Nick"), tr("Tags")};
    case ContactPreset::Email:
        return {tr("E-mail"), tr("Name")};
    }
    return {};
}

bool ContactExporter::parseCostPerMessage(const QString &text, qint64 *centifen)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,6})(?:\\.(\\d{0,4}))?\\s*$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    const QString decimals = (m.captured(2) + QStringLiteral("0000")).left(4);
    *centifen = m.captured(1).toLongLong() * 10000 + decimals.toLongLong();
    return true;
}

QString ContactExporter::validate(const ContactExportRequest &r, bool needFile)
{
    if (r.staff.trimmed().isEmpty())
        return tr("Set the staff name first: every export records who made it.");
    if (r.audience.empty())
        return tr("The segment is empty: there is nobody to export.");
    if (r.controlShare < 0.0 || r.controlShare > 0.5)
        return tr("The control group is a share from 0 % to 50 %.");
    if (r.preset == ContactPreset::Sms) {
        const QString templateError = MessageTemplate(r.messageTemplate).error();
        if (!templateError.isEmpty())
            return templateError;
    }
    if (needFile && r.outPath.trimmed().isEmpty())
        return tr("Choose the file to write.");
    if (needFile && !QFileInfo(r.outPath).absoluteDir().exists())
        return tr("The folder of %1 does not exist.").arg(r.outPath);
    return {};
}

bool ContactExporter::candidates(const ContactExportRequest &r, std::vector<ContactCandidate> *out, QString *error)
{
    OutreachStore store(m_db);
    const OutreachSettings settings = OutreachSettings::load(m_db);
    const QSet<qint64> open = store.customersWithOpenIssue(error);
    const QDate since = r.today.addDays(-(settings.contactWindowDays - 1));
    const QSet<qint64> contacted
        = settings.contactWindowDays > 0 ? store.customersContacted(since, r.today, error) : QSet<qint64>();
    const QSet<QString> optOutText = store.optOutNumbers(error);
    QSet<QByteArray> optOut;
    for (const QString &n : optOutText)
        optOut.insert(n.toLatin1());
    const bool email = r.preset == ContactPreset::Email;
    out->clear();
    out->reserve(r.audience.size());
    std::vector<std::size_t> needHistory;
    const QByteArray refused("refused"), consented("consented");
    const bool ok = store.forEachCustomer(
        r.audience,
        [&](const OutreachCustomerRow &row) {
            ContactCandidate c;
            c.id = row.id;
            c.key = row.key;
            c.name = row.name;
            c.consent = row.consent == refused ? ContactCandidate::Refused
                : row.consent == consented     ? ContactCandidate::Consented
                                               : ContactCandidate::Unknown;
            c.openIssue = open.contains(row.id);
            c.contactedRecently = contacted.contains(row.id);
            c.lastPurchaseDay = row.lastDay;
            if (email) {
                c.contact = ContactFunnel::normalizeEmail(QString::fromUtf8(row.email)).toUtf8();
                if (c.contact.isEmpty())
                    c.contact = ContactFunnel::normalizeEmail(QString::fromUtf8(row.key)).toUtf8(); // Shopify: the key
            } else {
                c.contact = MobileNumber::normalizeUtf8(row.phone);
                // The stored phone is her latest unmasked one: when there is
                // none, no order of hers has a usable number at all.
                if (c.contact.isEmpty() && !row.phone.isEmpty())
                    needHistory.push_back(out->size());
            }
            out->push_back(std::move(c));
        },
        error);
    if (!ok)
        return false;
    // The stored phone is the latest unmasked one; when it is not a valid
    // mobile, an earlier order may still hold one (DESIGN: the latest valid
    // mobile over all her orders).
    for (std::size_t i : needHistory) {
        ContactCandidate &c = (*out)[i];
        if (c.consent == ContactCandidate::Refused || c.openIssue || c.contactedRecently)
            continue; // excluded before the contact rule; no need to look
        for (const QString &p : store.phoneHistory(c.id)) {
            c.contact = MobileNumber::normalizeUtf8(p.toUtf8());
            if (!c.contact.isEmpty())
                break;
        }
    }
    if (!email && !optOut.isEmpty()) {
        for (ContactCandidate &c : *out) {
            if (!c.contact.isEmpty() && optOut.contains(c.contact))
                c.consent = ContactCandidate::Refused; // on an opt-out list: never exported
        }
    }
    return true;
}

std::optional<ContactExportSummary> ContactExporter::preview(const ContactExportRequest &r, QString *error)
{
    const QString invalid = validate(r, false);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return std::nullopt;
    }
    std::vector<ContactCandidate> cands;
    if (!candidates(r, &cands, error))
        return std::nullopt;
    const OutreachSettings settings = OutreachSettings::load(m_db);
    ContactExportSummary s;
    s.funnel = ContactFunnel::run(cands, settings.requireConsent, r.controlShare, r.seed);
    s.exported = qint64(s.funnel.treatment.size());
    return s;
}

std::optional<ContactExportSummary> ContactExporter::run(const ContactExportRequest &r, QString *error,
                                                         const Progress &progress, const std::atomic_bool *cancel)
{
    const QString invalid = validate(r, true);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return std::nullopt;
    }
    auto cancelled = [&] {
        if (cancel && cancel->load()) {
            *error = tr("The export was cancelled; no file was written and no campaign recorded.");
            return true;
        }
        return false;
    };
    std::vector<ContactCandidate> cands;
    if (!candidates(r, &cands, error) || cancelled())
        return std::nullopt;
    const OutreachSettings settings = OutreachSettings::load(m_db);
    ContactExportSummary s;
    s.funnel = ContactFunnel::run(cands, settings.requireConsent, r.controlShare, r.seed);
    if (s.funnel.treatment.empty()) {
        *error = tr("Nobody is left after the exclusions: no file was written.");
        return std::nullopt;
    }
    const MessageTemplate message(r.messageTemplate);
    const bool withMessage = r.preset == ContactPreset::Sms && !message.isEmpty();
    const bool needLastItem = withMessage && r.messageTemplate.contains(QLatin1String("{last_item}"));
    OutreachStore store(m_db);
    ContactFileWriter writer(r.outPath, r.format);
    if (!writer.open(header(r.preset, withMessage), error))
        return std::nullopt;
    const qint64 total = qint64(s.funnel.treatment.size());
    qint64 done = 0;
    for (std::size_t i : s.funnel.treatment) {
        const ContactCandidate &c = cands[i];
        const QString contact = QString::fromUtf8(c.contact), name = QString::fromUtf8(c.name),
                      nick = QString::fromUtf8(c.key);
        QStringList cells;
        switch (r.preset) {
        case ContactPreset::Sms: {
            cells << contact << name << nick;
            qint64 units = 1;
            if (withMessage) {
                MessageFields f{name, nick, r.coupon, needLastItem ? store.lastItem(c.id) : QString()};
                const QString text = message.render(f);
                const int length = SmsLength::characters(text);
                const int segments = SmsLength::segments(length);
                s.longestMessage = std::max(s.longestMessage, length);
                if (segments > settings.smsSegmentLimit)
                    ++s.overSegmentLimit;
                units = segments;
                cells << text << QString::number(length) << QString::number(segments);
            }
            s.billedMessages += units;
            break;
        }
        case ContactPreset::Wechat:
            cells << name << contact << nick << store.tagsText(c.id);
            ++s.billedMessages;
            break;
        case ContactPreset::Email:
            cells << contact << name;
            ++s.billedMessages;
            break;
        }
        if (!writer.writeRow(cells)) {
            writer.abort();
            *error = tr("Cannot write %1.").arg(r.outPath);
            return std::nullopt;
        }
        ++done;
        if ((done & 4095) == 0) {
            if (progress)
                progress(done, total);
            if (cancelled()) {
                writer.abort();
                return std::nullopt;
            }
        }
    }
    s.exported = done;
    // cost = per-message price (1/100 fen) × billed messages, rounded half up to the fen
    s.costFen = (r.costPerMessageCentifen * s.billedMessages + 50) / 100;
    if (cancelled()) {
        writer.abort();
        return std::nullopt;
    }
    // The file is renamed into place, then the campaign recorded in one
    // transaction; if that fails the file goes again (no file without its campaign).
    CampaignRecord rec;
    rec.name = r.campaignName.trimmed().isEmpty() ? tr("%1 %2").arg(r.today.toString(Qt::ISODate), presetKey(r.preset))
                                                  : r.campaignName.trimmed();
    rec.sendDay = r.today;
    rec.channel = presetKey(r.preset);
    rec.fileFormat = ContactFileWriter::formatKey(r.format);
    rec.fileName = QFileInfo(r.outPath).fileName();
    rec.staff = r.staff.trimmed();
    rec.createdAt = QDateTime::currentDateTime().toString(Qt::ISODate);
    rec.segment = r.segmentDefinition;
    rec.exclusions = s.exclusionsJson();
    rec.messageTemplate = withMessage ? r.messageTemplate : QString();
    rec.coupon = r.coupon;
    rec.controlShare = r.controlShare;
    rec.seed = qint64(r.seed);
    rec.costPerMessageCentifen = r.costPerMessageCentifen;
    rec.billedMessages = s.billedMessages;
    rec.costFen = s.costFen;
    rec.treatmentMembers = qint64(s.funnel.treatment.size());
    rec.controlMembers = qint64(s.funnel.control.size());
    std::vector<CampaignMember> members;
    members.reserve(s.funnel.treatment.size() + s.funnel.control.size());
    for (std::size_t i : s.funnel.treatment)
        members.push_back({cands[i].id, false});
    for (std::size_t i : s.funnel.control)
        members.push_back({cands[i].id, true});
    QString writeError;
    if (!writer.commit(&writeError)) {
        *error = writeError;
        return std::nullopt;
    }
    s.campaignId = store.insertCampaign(rec, members, error);
    if (s.campaignId == 0) {
        QFile::remove(r.outPath); // no campaign, no file
        return std::nullopt;
    }
    if (progress)
        progress(total, total);
    return s;
}

} // namespace huitou
