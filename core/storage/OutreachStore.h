#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace huitou {

struct CampaignRecord
{
    qint64 id = 0;
    QString name;
    QDate sendDay;
    QString channel; // sms | wechat | email (the preset)
    QString fileFormat; // xlsx | csv | csv-gb18030
    QString fileName;
    QString staff;
    QString createdAt;
    QString segment; // the segment definition (JSON)
    QString exclusions; // the funnel counts (JSON)
    QString messageTemplate, coupon;
    double controlShare = 0.0;
    qint64 seed = 0;
    qint64 costPerMessageCentifen = 0; // 1/100 fen: 0.035 yuan = 350
    qint64 billedMessages = 0; // SMS: segments summed over the treatment group
    qint64 costFen = 0;
    qint64 treatmentMembers = 0, controlMembers = 0;
};

struct CampaignMember
{
    qint64 customerId = 0;
    bool control = false;
};

// Members, converters and revenue of one group over a response window.
struct CampaignGroupTotals
{
    qint64 members = 0, converters = 0, revenueFen = 0;
};

struct SavedSegment
{
    QString name, definition, staff, updatedAt;
};

// Storage for outreach: audiences' contact facts, the exclusion facts,
// campaigns and their members, saved segments and opt-out numbers.
class OutreachStore
{
public:
    explicit OutreachStore(QSqlDatabase db);

    // An export audience in one sequential pass over the customers (their
    // contact facts are on their rows, see CustomerContacts): WANTED[id] != 0
    // selects the customers; VISIT gets id, key, mobile (11 digits, empty when
    // none), contact name and contact e-mail (UTF-8, empty when NULL), in id order.
    // COLUMNS says which of key, name and e-mail to read (the others are empty).
    enum ScanColumn { ScanName = 1, ScanEmail = 2, ScanKey = 4 };
    bool scanCustomers(const std::vector<char> &wanted,
                       const std::function<void(qint64 id, QByteArrayView key, QByteArrayView mobile,
                                                QByteArrayView name, QByteArrayView email)> &visit,
                       QString *error, int columns = ScanKey | ScanName | ScanEmail) const;
    // The last purchase day (Julian, from the stored figures) of the
    // customers CUSTOMERIDS; VISIT gets the position and the day of each
    // customer who has figures.
    bool lastDays(const std::vector<qint64> &customerIds,
                  const std::function<void(std::size_t at, qint64 julianDay)> &visit, QString *error) const;
    // Every customer whose consent is not unknown.
    bool scanConsents(const std::function<void(qint64 id, QByteArrayView consent)> &visit, QString *error) const;
    // The tags of the customers WANTED as "group:value; ..." (DISTINCT, by group position, then value).
    bool tagsTexts(const std::vector<char> &wanted, const std::function<void(qint64 id, const QString &)> &visit,
                   QString *error) const;

    // Customers with an open complaint or return entry (table reason_entries,
    // when the store has it) or an order with a refund in progress: refund > 0
    // on a Taobao order whose status is neither 交易成功 nor 交易关闭
    // (Shopify and generic files carry no refund process, so their refunds
    // count as finished).
    QSet<qint64> customersWithOpenIssue(QString *error) const;
    // Treatment members of campaigns sent on a day in [FIRSTDAY, LASTDAY].
    QSet<qint64> customersContacted(const QDate &firstDay, const QDate &lastDay, QString *error) const;
    // The first item title of the latest valid order of each customer in
    // CUSTOMERIDS (ascending: the lookups then walk the index in order); VISIT
    // gets the position in CUSTOMERIDS and the title of each who has one.
    bool lastItems(const std::vector<qint64> &customerIds,
                   const std::function<void(std::size_t at, const QString &title)> &visit, QString *error) const;
    // Every (customer, phone) of every order, for matching opt-out numbers.
    bool forEachOrderPhone(const std::function<void(qint64, const QString &)> &visit, QString *error) const;

    QSet<QString> optOutNumbers(QString *error) const;
    bool addOptOutNumbers(const QStringList &numbers, const QString &source, const QString &staff, int *added,
                          QString *error);

    // Records a campaign and its members in one transaction; the new id, or 0.
    // BEFORECOMMIT (when set) runs inside the transaction once the members
    // are in, and may change the figures known only then (billed messages,
    // cost), which are stored before the commit; when it returns false the
    // campaign is rolled back with the error it gave. An export writes its
    // file meanwhile, so the campaign commits only with a complete file.
    using BeforeCommit = std::function<bool(CampaignRecord *campaign, QString *error)>;
    qint64 insertCampaign(const CampaignRecord &campaign, const std::vector<CampaignMember> &members, QString *error,
                          const BeforeCommit &beforeCommit = {});
    // The campaign and its members (an export whose file then could not be put in place).
    bool deleteCampaign(qint64 id, QString *error);
    QList<CampaignRecord> campaigns(QString *error) const;
    std::optional<CampaignRecord> campaign(qint64 id, QString *error) const;
    bool setCampaignCost(qint64 id, qint64 costFen, QString *error);
    // Per group: members; converters = members with a valid order paid on a
    // day in [FROM, UNTIL) and <= ASOF; revenue = net of those orders.
    bool groupTotals(qint64 campaignId, const QDate &from, const QDate &until, const QDate &asOf,
                     CampaignGroupTotals *treatment, CampaignGroupTotals *control, QString *error) const;

    QList<SavedSegment> savedSegments(QString *error) const;
    std::optional<SavedSegment> savedSegment(const QString &name) const;
    bool saveSegment(const SavedSegment &segment, QString *error);
    bool removeSegment(const QString &name, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace huitou
