#include "ContactExporter.h"

#include "MessageTemplate.h"
#include "MobileNumber.h"
#include "OutreachSettings.h"
#include "SmsLength.h"
#include "storage/OutreachStore.h"
#include "storage/StoreRoles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <future>
#include <memory>
#include <unordered_set>

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
    o.insert(QStringLiteral("control"), funnel.controlCount);
    o.insert(QStringLiteral("treatment"), funnel.treatmentCount);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ContactExporter::ContactExporter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString ContactExporter::presetKey(ContactPreset preset)
{
    switch (preset) {
    case ContactPreset::Sms: return QStringLiteral("sms");
    case ContactPreset::Wechat: return QStringLiteral("wechat");
    case ContactPreset::Email: return QStringLiteral("email");
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

QStringList ContactExporter::header(ContactPreset preset, bool withMessage, const QString &language)
{
    // Fixed headers for scripts and the messaging tools' import mappings
    // ("zh", the CLI's default, and "en"); the interface's language otherwise.
    struct Names
    {
        QString mobile, name, nick, message, characters, segments, tags, email;
    };
    Names n;
    if (language == QLatin1String("zh")) {
        n = {QStringLiteral("手机号"), QStringLiteral("姓名"),     QStringLiteral("昵称"), QStringLiteral("短信内容"),
             QStringLiteral("字数"),   QStringLiteral("短信条数"), QStringLiteral("标签"), QStringLiteral("邮箱")};
    } else if (language == QLatin1String("en")) {
        n = {QStringLiteral("Mobile"),  QStringLiteral("Name"),       QStringLiteral("Nick"),
             QStringLiteral("Message"), QStringLiteral("Characters"), QStringLiteral("SMS segments"),
             QStringLiteral("Tags"),    QStringLiteral("E-mail")};
    } else {
        n = {tr("Mobile"),     tr("Name"),         tr("Nick"), tr("Message"),
             tr("Characters"), tr("SMS segments"), tr("Tags"), tr("E-mail")};
    }
    switch (preset) {
    case ContactPreset::Sms: {
        QStringList h{n.mobile, n.name, n.nick};
        if (withMessage)
            h << n.message << n.characters << n.segments;
        return h;
    }
    case ContactPreset::Wechat: return {n.name, n.mobile, n.nick, n.tags};
    case ContactPreset::Email: return {n.email, n.name};
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

bool ContactExporter::candidates(const ContactExportRequest &r, std::vector<ContactCandidate> *out, QByteArray *names,
                                 std::vector<quint32> *nameEnds, QString *error, bool forCount)
{
    // A million customers in a few sequential passes, no join per customer:
    // the audience's keys and contact facts (kept on the customer rows), the
    // consents that are not unknown, then the stored last purchase days of
    // those who share a number. Everything else the rules need is a set of ids.
    OutreachStore store(m_db);
    const OutreachSettings settings = OutreachSettings::load(m_db);
    error->clear();
    const QSet<qint64> open = store.customersWithOpenIssue(error);
    const QDate since = r.today.addDays(-(settings.contactWindowDays - 1));
    const QSet<qint64> contacted = settings.contactWindowDays > 0 ? store.customersContacted(since, r.today, error)
                                                                  : QSet<qint64>();
    const QSet<QString> optOutText = store.optOutNumbers(error);
    if (!error->isEmpty())
        return false;
    std::unordered_set<qint64> optOut;
    for (const QString &n : optOutText)
        optOut.insert(n.toLongLong());
    const bool email = r.preset == ContactPreset::Email;
    out->clear();
    if (names) {
        names->clear();
        nameEnds->clear();
    }
    if (r.audience.empty())
        return true;
    // The keys live in blocks of this exporter (a million small QByteArrays
    // cost a million allocations); each candidate's key is a view of raw data.
    m_keyBlocks.clear();
    std::size_t blockUsed = 0;
    const auto keepKey = [&](QByteArrayView key) {
        constexpr std::size_t kBlock = 1 << 20;
        const auto size = std::size_t(key.size());
        if (size > kBlock / 16)
            return key.toByteArray(); // a very long key: its own allocation
        if (m_keyBlocks.empty() || blockUsed + size > kBlock) {
            m_keyBlocks.push_back(std::make_unique<char[]>(kBlock));
            blockUsed = 0;
        }
        char *at = m_keyBlocks.back().get() + blockUsed;
        if (size > 0)
            std::memcpy(at, key.data(), size);
        blockUsed += size;
        return QByteArray::fromRawData(at, qsizetype(size));
    };
    const qint64 maxId = *std::max_element(r.audience.begin(), r.audience.end());
    // slot[id]: the candidate's position + 1 (0: not in the audience).
    std::vector<qint32> slot(std::size_t(std::max<qint64>(maxId, 0) + 1), 0);
    {
        std::vector<char> wanted(slot.size(), 0);
        for (qint64 id : r.audience) {
            if (id >= 0)
                wanted[std::size_t(id)] = 1;
        }
        out->reserve(r.audience.size());
        if (names)
            nameEnds->reserve(r.audience.size());
        const bool ok = store.scanCustomers(
            wanted,
            [&](qint64 id, QByteArrayView key, QByteArrayView mobile, QByteArrayView name, QByteArrayView mail) {
                ContactCandidate c;
                c.id = id;
                if (!forCount)
                    c.key = keepKey(key);
                c.contactedRecently = contacted.contains(id);
                c.openIssue = open.contains(id);
                if (email) {
                    c.contact = ContactFunnel::normalizeEmail(QString::fromUtf8(mail)).toUtf8();
                    if (c.contact.isEmpty()) // Shopify: the key is the e-mail
                        c.contact = ContactFunnel::normalizeEmail(QString::fromUtf8(key)).toUtf8();
                } else {
                    // Stored as DESIGN's rule gives it: 11 digits or nothing.
                    qint64 number = 0;
                    for (const char ch : mobile)
                        number = number * 10 + (ch - '0');
                    c.mobile = mobile.size() == 11 ? number : 0;
                }
                slot[std::size_t(id)] = qint32(out->size() + 1);
                out->push_back(std::move(c));
                if (names) {
                    names->append(name);
                    nameEnds->push_back(quint32(names->size()));
                }
            },
            error,
            (names ? OutreachStore::ScanName : 0) | (email ? OutreachStore::ScanEmail : 0)
                | (email || !forCount ? OutreachStore::ScanKey : 0));
        if (!ok)
            return false;
        if (!store.scanConsents(
                [&](qint64 id, QByteArrayView consent) {
                    if (id < 0 || id >= qint64(slot.size()) || slot[std::size_t(id)] == 0)
                        return;
                    ContactCandidate &c = (*out)[std::size_t(slot[std::size_t(id)] - 1)];
                    c.consent = consent == QByteArrayView("refused") ? ContactCandidate::Refused
                        : consent == QByteArrayView("consented")     ? ContactCandidate::Consented
                                                                     : ContactCandidate::Unknown;
                },
                error))
            return false;
    }
    if (!email && !optOut.empty()) {
        for (ContactCandidate &c : *out) {
            if (c.mobile > 0 && optOut.count(c.mobile))
                c.consent = ContactCandidate::Refused; // on an opt-out list: never exported
        }
    }
    if (forCount)
        return true; // which holder keeps a number does not change the counts
    // The last purchase day decides only between holders of one number: read
    // it for customers whose contact someone else in the audience has too.
    // Mobiles by a radix sort on the number; e-mails (mobile 0) by text.
    std::vector<ContactFunnel::NumberAt> mobiles;
    std::vector<std::size_t> mails;
    mobiles.reserve(out->size());
    for (std::size_t i = 0; i < out->size(); ++i) {
        const ContactCandidate &c = (*out)[i];
        if (c.mobile > 0)
            mobiles.push_back({quint64(c.mobile), i});
        else if (c.hasContact())
            mails.push_back(i);
    }
    ContactFunnel::sortByNumber(mobiles);
    std::sort(mails.begin(), mails.end(),
              [&](std::size_t a, std::size_t b) { return (*out)[a].contact < (*out)[b].contact; });
    std::vector<qint64> shared;
    std::vector<std::size_t> sharedAt;
    const auto share = [&](std::size_t i) {
        shared.push_back((*out)[i].id);
        sharedAt.push_back(i);
    };
    for (std::size_t j = 0; j < mobiles.size(); ++j) {
        if ((j > 0 && mobiles[j - 1].number == mobiles[j].number)
            || (j + 1 < mobiles.size() && mobiles[j].number == mobiles[j + 1].number))
            share(mobiles[j].index);
    }
    for (std::size_t j = 0; j < mails.size(); ++j) {
        const QByteArray &m = (*out)[mails[j]].contact;
        if ((j > 0 && (*out)[mails[j - 1]].contact == m) || (j + 1 < mails.size() && (*out)[mails[j + 1]].contact == m))
            share(mails[j]);
    }
    return store.lastDays(
        shared, [&](std::size_t at, qint64 day) { (*out)[sharedAt[at]].lastPurchaseDay = day; }, error);
}

std::optional<ContactExportSummary> ContactExporter::preview(const ContactExportRequest &r, QString *error)
{
    const QString invalid = validate(r, false);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return std::nullopt;
    }
    std::vector<ContactCandidate> cands;
    if (!candidates(r, &cands, nullptr, nullptr, error, true))
        return std::nullopt;
    const OutreachSettings settings = OutreachSettings::load(m_db);
    ContactExportSummary s;
    s.funnel = ContactFunnel::count(cands, settings.requireConsent, r.controlShare);
    s.exported = s.funnel.treatmentCount;
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
    // Said before any file is written; on a server recording the campaign is
    // refused to a staff login anyway (and then the file goes again).
    if (!StoreRoles::may(m_db, StoreRoles::Right::ExportContacts)) {
        *error = StoreRoles::refusal(StoreRoles::Right::ExportContacts);
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
    QByteArray candidateNames;
    std::vector<quint32> nameEnds;
    if (!candidates(r, &cands, &candidateNames, &nameEnds, error) || cancelled())
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
    // What the rows show besides the contact: the names (read with the
    // candidates) and, for WeChat, the tags of the treatment members.
    const std::vector<std::size_t> &rows = s.funnel.treatment;
    const auto nameOf = [&](std::size_t i) {
        const quint32 from = i == 0 ? 0 : nameEnds[i - 1];
        return QByteArrayView(candidateNames.constData() + from, qsizetype(nameEnds[i] - from));
    };
    // {last_item}: the treatment members' last items, looked up in id order.
    std::vector<QByteArray> lastItems;
    if (needLastItem) {
        std::vector<std::pair<qint64, std::size_t>> byId;
        byId.reserve(rows.size());
        for (std::size_t j = 0; j < rows.size(); ++j)
            byId.emplace_back(cands[rows[j]].id, j);
        std::sort(byId.begin(), byId.end());
        std::vector<qint64> ids;
        ids.reserve(byId.size());
        for (const auto &p : byId)
            ids.push_back(p.first);
        lastItems.resize(rows.size());
        if (!store.lastItems(
                ids, [&](std::size_t at, const QString &title) { lastItems[byId[at].second] = title.toUtf8(); }, error))
            return std::nullopt;
    }
    QHash<qint64, QByteArray> tags;
    if (r.preset == ContactPreset::Wechat) {
        std::vector<char> wanted;
        for (std::size_t i : rows) {
            const auto id = std::size_t(cands[i].id);
            if (id >= wanted.size())
                wanted.resize(id + 1, 0);
            wanted[id] = 1;
        }
        if (!store.tagsTexts(
                wanted, [&](qint64 id, const QString &text) { tags.insert(id, text.toUtf8()); }, error))
            return std::nullopt;
    }
    if (cancelled())
        return std::nullopt;
    ContactFileWriter writer(r.outPath, r.format);
    if (!writer.open(header(r.preset, withMessage, r.headerLanguage), error))
        return std::nullopt;
    if (withMessage)
        writer.setNumberColumns({4, 5}); // characters, SMS segments
    const qint64 total = qint64(rows.size());
    // Two cores, two halves: a worker thread writes the file while this one
    // (the connection's) records the campaign and its members. The campaign
    // commits only once the file is complete, and the file is renamed into
    // place only after that commit: a failure on either side leaves neither.
    std::atomic<qint64> written{0};
    std::atomic_bool stop{false}; // this side failed: the writer gives up
    enum class WriteEnd { Done, Failed, Cancelled, Stopped };
    QString writeError;
    const auto writeRows = [&]() -> WriteEnd {
        // Each row is put together in UTF-8 from the bytes the store gave
        // (the names, keys and e-mails) and written without a QString per cell.
        const QByteArray coupon = r.coupon.toUtf8();
        QByteArray text;
        QByteArray tagText;
        char phone[24], lengthText[24], segmentText[24];
        const auto decimal = [](qint64 v, char *buffer) {
            char reversed[24];
            int n = 0;
            do {
                reversed[n++] = char('0' + v % 10);
                v /= 10;
            } while (v > 0);
            for (int i = 0; i < n; ++i)
                buffer[i] = reversed[n - 1 - i];
            return QByteArrayView(buffer, n);
        };
        for (std::size_t j = 0; j < rows.size(); ++j) {
            const ContactCandidate &c = cands[rows[j]];
            const QByteArrayView contact = c.mobile > 0 ? decimal(c.mobile, phone) : QByteArrayView(c.contact);
            const QByteArrayView name = nameOf(rows[j]), nick(c.key);
            QByteArrayView cells[6];
            int count = 0;
            switch (r.preset) {
            case ContactPreset::Sms: {
                cells[count++] = contact;
                cells[count++] = name;
                cells[count++] = nick;
                qint64 units = 1;
                if (withMessage) {
                    text.clear();
                    const int length = message.renderUtf8(
                        {name, nick, coupon, needLastItem ? QByteArrayView(lastItems[j]) : QByteArrayView()}, &text);
                    const int segments = SmsLength::segments(length);
                    s.longestMessage = std::max(s.longestMessage, length);
                    if (segments > settings.smsSegmentLimit)
                        ++s.overSegmentLimit;
                    units = segments;
                    cells[count++] = text;
                    cells[count++] = decimal(length, lengthText);
                    cells[count++] = decimal(segments, segmentText);
                }
                s.billedMessages += units;
                break;
            }
            case ContactPreset::Wechat:
                tagText = tags.value(c.id);
                cells[count++] = name;
                cells[count++] = contact;
                cells[count++] = nick;
                cells[count++] = tagText;
                ++s.billedMessages;
                break;
            case ContactPreset::Email:
                cells[count++] = c.contact;
                cells[count++] = name;
                ++s.billedMessages;
                break;
            }
            if (!writer.writeRowUtf8(cells, count)) {
                writeError = tr("Cannot write %1.").arg(r.outPath);
                return WriteEnd::Failed;
            }
            if (((j + 1) & 4095) == 0) {
                written.store(qint64(j + 1));
                if (cancel && cancel->load())
                    return WriteEnd::Cancelled;
                if (stop.load())
                    return WriteEnd::Stopped;
            }
        }
        written.store(total);
        if (cancel && cancel->load())
            return WriteEnd::Cancelled;
        return writer.finish(&writeError) ? WriteEnd::Done : WriteEnd::Failed;
    };
    std::future<WriteEnd> writing = std::async(std::launch::async, writeRows);
    // Whatever happens below, the writer is done before this function returns.
    struct Join
    {
        std::future<WriteEnd> &f;
        std::atomic_bool &stop;
        ~Join()
        {
            if (f.valid()) {
                stop.store(true);
                f.wait();
            }
        }
    } join{writing, stop};
    const QString cancelledText = tr("The export was cancelled; no file was written and no campaign recorded.");
    CampaignRecord rec;
    rec.name = r.campaignName.trimmed().isEmpty() ? tr("%1 %2").arg(r.today.toString(Qt::ISODate), presetKey(r.preset))
                                                  : r.campaignName.trimmed();
    rec.sendDay = r.today;
    rec.channel = presetKey(r.preset);
    rec.fileFormat = ContactFileWriter::formatKey(r.format);
    rec.fileName = QFileInfo(r.outPath).fileName();
    rec.staff = r.staff.trimmed();
    // createdAt: set by the store, on the shop clock.
    rec.segment = r.segmentDefinition;
    rec.exclusions = s.exclusionsJson();
    rec.messageTemplate = withMessage ? r.messageTemplate : QString();
    rec.coupon = r.coupon;
    rec.controlShare = r.controlShare;
    rec.seed = qint64(r.seed);
    rec.costPerMessageCentifen = r.costPerMessageCentifen;
    rec.treatmentMembers = qint64(s.funnel.treatment.size());
    rec.controlMembers = qint64(s.funnel.control.size());
    std::vector<CampaignMember> members;
    members.reserve(s.funnel.treatment.size() + s.funnel.control.size());
    for (std::size_t i : s.funnel.treatment)
        members.push_back({cands[i].id, false});
    for (std::size_t i : s.funnel.control)
        members.push_back({cands[i].id, true});
    // Inside the campaign's transaction, once the members are in: wait for
    // the file (reporting progress and passing a cancel on), then store the
    // figures the rows gave.
    const auto fileComplete = [&](CampaignRecord *campaign, QString *why) {
        do {
            if (progress)
                progress(written.load(), total);
        } while (writing.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready);
        switch (writing.get()) {
        case WriteEnd::Done: break;
        case WriteEnd::Cancelled:
        case WriteEnd::Stopped: *why = cancelledText; return false;
        case WriteEnd::Failed: *why = writeError; return false;
        }
        // cost = per-message price (1/100 fen) × billed messages, rounded half up to the fen
        s.costFen = (r.costPerMessageCentifen * s.billedMessages + 50) / 100;
        campaign->billedMessages = s.billedMessages;
        campaign->costFen = s.costFen;
        if (cancel && cancel->load()) {
            *why = cancelledText;
            return false;
        }
        return true;
    };
    s.campaignId = store.insertCampaign(rec, members, error, fileComplete);
    if (s.campaignId == 0)
        return std::nullopt; // the writer has stopped (Join) and the temporary file goes with WRITER
    s.exported = total;
    if (!writer.publish(error)) {
        // No file, no campaign.
        QString undoError;
        store.deleteCampaign(s.campaignId, &undoError);
        s.campaignId = 0;
        return std::nullopt;
    }
    if (progress)
        progress(total, total);
    return s;
}

} // namespace huitou
