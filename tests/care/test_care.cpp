// Care rules of DESIGN.md on hand-worked fixtures: the reasoning is in
// tests/data/care/shop/README.md (Today's list) and tests/data/care/sample/README.md (samples).
#include "TestFiles.h"
#include "TestStore.h"
#include "analytics/AnalyticsService.h"
#include "care/CallbackSampler.h"
#include "care/CallbackService.h"
#include "care/CareRules.h"
#include "care/Timeline.h"
#include "care/TodayList.h"
#include "importing/OrderImporter.h"
#include "storage/AnalyticsStore.h"
#include "storage/CareStore.h"
#include "storage/ImportStore.h"
#include "storage/NoteStore.h"
#include "storage/ProfileStore.h"
#include "storage/ReasonStore.h"
#include "storage/SampleStore.h"
#include "storage/SurveyStore.h"
#include "storage/TagStore.h"

#include <QSqlQuery>
#include <QtTest>

using namespace huitou;
using care::TouchState;

namespace {

const QString kStaff = QStringLiteral("小王");

void importShop(const test::TestStore &store)
{
    ImportOptions options;
    options.mapping.customer = QStringLiteral("customer");
    options.mapping.order = QStringLiteral("order");
    options.mapping.time = QStringLiteral("paid_at");
    options.mapping.amount = QStringLiteral("amount");
    options.mapping.status = QStringLiteral("status");
    const ImportResult r = OrderImporter(std::make_unique<ImportStore>(store.db()), options)
                               .importFile(test::testDataPath(QStringLiteral("care/shop/orders.csv")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.counts.rejected, 0);
}

qint64 idOf(const test::TestStore &store, const QString &key)
{
    return store.scalar(QStringLiteral("SELECT id FROM customers WHERE customer_key = '%1'").arg(key)).toLongLong();
}

QStringList rowsOf(const TodayResult &r)
{
    QStringList out;
    for (const TodayItem &i : r.items)
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(i.dueDay.toString(QStringLiteral("MM-dd")), TodayList::kindKey(i.kind), i.customerKey,
                        i.taskKey)
                   .arg(i.overdueDays);
    return out;
}

} // namespace

class TestCare : public QObject
{
    Q_OBJECT
private slots:
    void touchRules()
    {
        const QDate first(2026, 10, 1); // touch 7 due 10-08
        const QDate none;
        QCOMPARE(care::touchState(first, none, 7, QDate(2026, 10, 7), 7, false), TouchState::NotYetDue);
        QCOMPARE(care::touchState(first, none, 7, QDate(2026, 10, 8), 7, false), TouchState::Due);
        QCOMPARE(care::touchState(first, none, 7, QDate(2026, 10, 15), 7, false), TouchState::Due); // 7 late: still
        QCOMPARE(care::touchState(first, none, 7, QDate(2026, 10, 16), 7, false), TouchState::Missed);
        QCOMPARE(care::touchState(first, QDate(2026, 10, 5), 7, QDate(2026, 10, 8), 7, false), TouchState::BoughtAgain);
        // A second purchase after today does not close it yet.
        QCOMPARE(care::touchState(first, QDate(2026, 10, 20), 7, QDate(2026, 10, 10), 7, false), TouchState::Due);
        QCOMPARE(care::touchState(first, none, 7, QDate(2026, 10, 9), 7, true), TouchState::Closed);
        QCOMPARE(care::touchState(first, none, 0, QDate(2026, 10, 1), 0, false), TouchState::Due);
        QCOMPARE(care::touchState(first, none, 0, QDate(2026, 10, 2), 0, false), TouchState::Missed);
    }

    void birthdayRules()
    {
        QCOMPARE(care::birthdayIn(QStringLiteral("02-29"), 2027), QDate(2027, 2, 28));
        QCOMPARE(care::birthdayIn(QStringLiteral("2000-02-29"), 2028), QDate(2028, 2, 29));
        QCOMPARE(care::nextBirthday(QStringLiteral("12-31"), QDate(2026, 12, 28)), QDate(2026, 12, 31));
        QCOMPARE(care::nextBirthday(QStringLiteral("01-02"), QDate(2026, 12, 28)), QDate(2027, 1, 2));
        QCOMPARE(care::ageOn(QStringLiteral("1990-03-08"), QDate(2026, 3, 8)), 36);
        QCOMPARE(care::ageOn(QStringLiteral("1990-03-08"), QDate(2026, 3, 7)), 35);
        QCOMPARE(care::ageOn(QStringLiteral("03-08"), QDate(2026, 3, 8)), -1);
    }

    void todayListOnTheFixture()
    {
        test::TestStore store;
        importShop(store);
        QString error;
        ProfileStore profiles(store.db());
        CustomerProfile p;
        p.birthday = QStringLiteral("10-20");
        QVERIFY(profiles.save(idOf(store, QStringLiteral("N1")), p, &error, kStaff));
        p.birthday = QStringLiteral("1990-10-27");
        QVERIFY(profiles.save(idOf(store, QStringLiteral("OLD")), p, &error, kStaff));
        p.birthday = QStringLiteral("10-28");
        QVERIFY(profiles.save(idOf(store, QStringLiteral("N4")), p, &error, kStaff));
        CareStore care(store.db());
        QVERIFY(care.closeTask(idOf(store, QStringLiteral("N6")), QStringLiteral("touch:0"), QDate(2026, 10, 13),
                               QStringLiteral("done"), QString(), kStaff, &error));
        ReasonStore reasons(store.db());
        ReasonEntry complaint;
        complaint.customerId = idOf(store, QStringLiteral("N2"));
        complaint.kind = QStringLiteral("complaint");
        complaint.reasonCode = QStringLiteral("slow_delivery");
        complaint.loggedDay = QDate(2026, 10, 18);
        QVERIFY2(reasons.add(complaint, kStaff, &error), qPrintable(error));
        ReasonEntry ret = complaint;
        ret.customerId = idOf(store, QStringLiteral("N3"));
        ret.kind = QStringLiteral("return");
        ret.reasonCode = QStringLiteral("size_small");
        ret.loggedDay = QDate(2026, 10, 19);
        const qint64 returnId = reasons.add(ret, kStaff, &error);
        QVERIFY(returnId);
        QVERIFY(reasons.resolve(returnId, QStringLiteral("换了大一码"), QDate(2026, 10, 20), kStaff, &error));

        const auto today = TodayList::compute(store.db(), QDate(2026, 10, 20), &error);
        QVERIFY2(today, qPrintable(error));
        const QStringList expected{
            QStringLiteral("10-13 touch N2 touch:0 7"),           QStringLiteral("10-15 touch N7 touch:0 5"),
            QStringLiteral("10-15 touch S2 touch:20 5"),          QStringLiteral("10-18 complaint N2  2"),
            QStringLiteral("10-19 touch N3 touch:7 1"),           QStringLiteral("10-20 touch N1 touch:0 0"),
            QStringLiteral("10-20 touch N2 touch:7 0"),           QStringLiteral("10-20 touch N5 touch:30 0"),
            QStringLiteral("10-20 touch N6 touch:7 0"),           QStringLiteral("10-20 birthday N1 birthday:2026 0"),
            QStringLiteral("10-27 birthday OLD birthday:2026 0"),
        };
        QCOMPARE(rowsOf(*today), expected);
        QCOMPARE(today->counts[int(TodayKind::Touch)], 8);
        QCOMPARE(today->counts[int(TodayKind::Birthday)], 2);
        QCOMPARE(today->counts[int(TodayKind::Complaint)], 1);
        QCOMPARE(today->counts[int(TodayKind::Return)], 0);
        QVERIFY(today->items.back().why.contains(QStringLiteral("36")));

        // Done, then undone: the touch comes back.
        const qint64 task = care.closeTask(idOf(store, QStringLiteral("N1")), QStringLiteral("touch:0"),
                                           QDate(2026, 10, 20), QStringLiteral("skipped"), QString(), kStaff, &error);
        QVERIFY(task);
        QCOMPARE(TodayList::compute(store.db(), QDate(2026, 10, 20), &error)->counts[int(TodayKind::Touch)], 7);
        QVERIFY(!care.closeTask(idOf(store, QStringLiteral("N1")), QStringLiteral("touch:0"), QDate(2026, 10, 20),
                                QStringLiteral("done"), QString(), kStaff, &error));
        QVERIFY(care.undoTask(task, &error));
        QCOMPARE(TodayList::compute(store.db(), QDate(2026, 10, 20), &error)->counts[int(TodayKind::Touch)], 8);
        // The undone action stays in the store, marked.
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM care_tasks WHERE undone_at IS NOT NULL")).toInt(),
                 1);

        // The same list read through the stored per-customer results of a later day (10-31), as the app does
        // for any day up to them: N7's second purchase (10-22) is after 10-20, so her day-0 touch is still
        // listed (looked up in the orders); N4 bought again on 10-10 and has nothing.
        QVERIFY2(AnalyticsService(store.db()).recompute(QDate(2026, 10, 31), &error), qPrintable(error));
        QCOMPARE(AnalyticsStore(store.db()).metricsAsOf(), QDate(2026, 10, 31));
        QCOMPARE(rowsOf(*TodayList::compute(store.db(), QDate(2026, 10, 20), &error)), expected);
        // Every day of September to November: the stored results and the orders alone give the same list.
        QMap<QDate, QStringList> viaMetrics;
        for (QDate d(2026, 9, 1); d <= QDate(2026, 11, 30); d = d.addDays(1))
            viaMetrics.insert(d, rowsOf(*TodayList::compute(store.db(), d, &error)));
        QSqlQuery q(store.db());
        QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = '2000-01-01' WHERE key = 'metrics_as_of'")));
        for (auto it = viaMetrics.cbegin(); it != viaMetrics.cend(); ++it)
            QCOMPARE(rowsOf(*TodayList::compute(store.db(), it.key(), &error)), it.value());
    }

    void leapDayBirthday()
    {
        test::TestStore store;
        importShop(store);
        QString error;
        CustomerProfile p;
        p.birthday = QStringLiteral("02-29");
        QVERIFY(ProfileStore(store.db()).save(idOf(store, QStringLiteral("N3")), p, &error, kStaff));
        auto birthdays = [&](const QDate &asOf) {
            QStringList out;
            const auto today = TodayList::compute(store.db(), asOf, &error);
            for (const TodayItem &i : today->items)
                if (i.kind == TodayKind::Birthday)
                    out << i.customerKey + QLatin1Char(' ') + i.dueDay.toString(Qt::ISODate);
            return out;
        };
        QCOMPARE(birthdays(QDate(2027, 2, 25)), QStringList{QStringLiteral("N3 2027-02-28")});
        QCOMPARE(birthdays(QDate(2028, 2, 25)), QStringList{QStringLiteral("N3 2028-02-29")});
        QCOMPARE(birthdays(QDate(2027, 2, 19)), QStringList{}); // 02-28 is 9 days away
        QCOMPARE(birthdays(QDate(2027, 2, 21)), QStringList{QStringLiteral("N3 2027-02-28")}); // 7 days away
    }

    void populations()
    {
        test::TestStore store;
        importShop(store);
        QString error;
        SampleStore samples(store.db());
        auto keys = [](std::vector<SampleCandidate> v) {
            QStringList out;
            for (const auto &c : v)
                out << QString::fromUtf8(c.key);
            out.sort();
            return out;
        };
        QCOMPARE(keys(samples.population(QStringLiteral("new-no-second"), QDate(2026, 11, 1), QDate(2026, 10, 30),
                                         &error)),
                 (QStringList{QStringLiteral("N5"), QStringLiteral("S2")}));
        QCOMPARE(keys(samples.population(QStringLiteral("last-month-buyers"), QDate(2026, 11, 1), QDate(2026, 11, 1),
                                         &error)),
                 (QStringList{QStringLiteral("N1"), QStringLiteral("N2"), QStringLiteral("N3"), QStringLiteral("N4"),
                              QStringLiteral("N6"), QStringLiteral("N7"), QStringLiteral("OLD"),
                              QStringLiteral("S3")}));
    }

    void sampleOfTenIsTheHandWorkedOne()
    {
        // tests/data/care/sample/README.md
        const QStringList keys{QStringLiteral("amy"),    QStringLiteral("Bob"),    QStringLiteral("张三"),
                               QStringLiteral("李四"),   QStringLiteral("zoe"),    QStringLiteral("王五"),
                               QStringLiteral("tb_001"), QStringLiteral("tb_010"), QStringLiteral("ｚｚ"),
                               QStringLiteral("𠀀花")};
        const int tiers[] = {0, 3, 1, 0, 2, 0, 1, 0, 0, 0};
        std::vector<SampleCandidate> population;
        for (int i = 0; i < keys.size(); ++i)
            population.push_back({i + 1, keys[i].toUtf8(), tiers[i]});
        auto names = [](const std::vector<SampleCandidate> &v) {
            QStringList out;
            for (const auto &c : v)
                out << QString::fromUtf8(c.key);
            return out;
        };
        const QStringList all{QStringLiteral("Bob"),    QStringLiteral("ｚｚ"),   QStringLiteral("amy"),
                              QStringLiteral("tb_010"), QStringLiteral("zoe"),    QStringLiteral("王五"),
                              QStringLiteral("李四"),   QStringLiteral("tb_001"), QStringLiteral("张三"),
                              QStringLiteral("𠀀花")};
        QCOMPARE(names(CallbackSampler::draw(population, 10, 202611, false)), all);
        QCOMPARE(names(CallbackSampler::draw(population, 4, 202611, false)), all.mid(0, 4));
        // The input order does not matter: the population is sorted by UTF-8 bytes first.
        std::reverse(population.begin(), population.end());
        QCOMPARE(names(CallbackSampler::draw(population, 4, 202611, false)), all.mid(0, 4));
        QCOMPARE(names(CallbackSampler::draw(population, 20, 202611, false)).size(), 10);
        QCOMPARE(CallbackSampler::allocate({6, 2, 1, 1}, 4), (std::vector<int>{2, 1, 0, 1}));
        QCOMPARE(names(CallbackSampler::draw(population, 4, 202611, true)),
                 (QStringList{QStringLiteral("Bob"), QStringLiteral("tb_001"), QStringLiteral("amy"),
                              QStringLiteral("李四")}));
    }

    void sampleIsStoredAndSurveyed()
    {
        test::TestStore store;
        importShop(store);
        QString error;
        SampleRequest request;
        request.month = QDate(2026, 11, 1);
        request.population = QStringLiteral("last-month-buyers");
        request.size = 3;
        request.samplingDay = QDate(2026, 11, 2);
        bool existed = true;
        const auto sample = CallbackService::draw(store.db(), request, kStaff, &existed, &error);
        QVERIFY2(sample, qPrintable(error));
        QVERIFY(!existed);
        QCOMPARE(sample->seed, quint64(202611));
        QCOMPARE(sample->populationSize, 8);
        QCOMPARE(sample->members, 3);
        // The same month gives the same list.
        const auto again = CallbackService::draw(store.db(), request, kStaff, &existed, &error);
        QVERIFY(existed);
        QCOMPARE(again->id, sample->id);

        const auto members = SampleStore(store.db()).members(sample->id);
        QCOMPARE(members.size(), 3);
        SurveyStore surveys(store.db());
        SurveyAnswer a;
        a.sampleId = sample->id;
        a.customerId = members[0].customerId;
        a.satisfaction = 4;
        a.buyAgain = QStringLiteral("yes");
        a.problemCodes = {QStringLiteral("size_small")};
        a.answeredDay = QDate(2026, 11, 3);
        QVERIFY2(surveys.save(a, kStaff, &error), qPrintable(error));
        // Bad input: nothing changes, the message names the field.
        SurveyAnswer bad = a;
        bad.satisfaction = 7;
        QVERIFY(!surveys.save(bad, kStaff, &error));
        QVERIFY(error.startsWith(QStringLiteral("satisfaction")));
        bad = a;
        bad.customerId = idOf(store, QStringLiteral("S1")); // not in the sample
        QVERIFY(!surveys.save(bad, kStaff, &error));
        QVERIFY(error.startsWith(QStringLiteral("customer")));
        bad = a;
        bad.problemCodes = {QStringLiteral("nonsense")};
        QVERIFY(!surveys.save(bad, kStaff, &error));
        QVERIFY(error.startsWith(QStringLiteral("problems")));
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM survey_answers")).toInt(), 1);

        SurveyAnswer b;
        b.sampleId = sample->id;
        b.customerId = members[1].customerId;
        b.satisfaction = 2;
        b.buyAgain = QStringLiteral("unsure");
        b.problemCodes = {QStringLiteral("size_small"), QStringLiteral("slow_delivery")};
        b.followUp = true;
        b.answeredDay = QDate(2026, 11, 3);
        QVERIFY(surveys.save(b, kStaff, &error));
        SurveyAnswer c;
        c.sampleId = sample->id;
        c.customerId = members[2].customerId;
        c.reached = QStringLiteral("no_answer");
        c.answeredDay = QDate(2026, 11, 3);
        QVERIFY(surveys.save(c, kStaff, &error));
        // Called again later and reached: the new answer supersedes the first.
        c.reached = QStringLiteral("yes");
        c.satisfaction = 5;
        c.buyAgain = QStringLiteral("no");
        c.answeredDay = QDate(2026, 11, 4);
        QVERIFY(surveys.save(c, kStaff, &error));

        const auto results = CallbackService::results(store.db(), sample->id, &error);
        QVERIFY(results);
        // 3 called, 3 reached; satisfaction 4, 2, 5 → mean 11/3; buy again yes 1 of 3.
        QCOMPARE(results->called, 3);
        QCOMPARE(results->reached, 3);
        QCOMPARE(*results->reachedShare, 1.0);
        QCOMPARE(*results->satisfactionMean, 11.0 / 3.0);
        QCOMPARE(results->distribution, (std::array<int, 5>{0, 1, 0, 1, 1}));
        QCOMPARE(*results->buyAgainShare, 1.0 / 3.0);
        QCOMPARE(results->problems.size(), size_t(2));
        QCOMPARE(results->problems[0].code, QStringLiteral("size_small"));
        QCOMPARE(results->problems[0].count, 2);
        QCOMPARE(SampleStore(store.db()).sample(sample->id)->called, 3);

        // The follow-up is on Today's list.
        const auto today = TodayList::compute(store.db(), QDate(2026, 11, 5), &error);
        QCOMPARE(today->counts[int(TodayKind::FollowUp)], 1);
    }

    void timelineKeepsEverythingSigned()
    {
        test::TestStore store;
        importShop(store);
        QString error;
        const qint64 n2 = idOf(store, QStringLiteral("N2"));
        NoteStore notes(store.db());
        const qint64 first = notes.add(n2, QStringLiteral("穿M码，喜欢蕾丝"), kStaff, &error);
        QVERIFY(first);
        const qint64 edited = notes.add(n2, QStringLiteral("穿L码，喜欢蕾丝"), QStringLiteral("小李"), &error, first);
        QVERIFY(edited);
        QCOMPARE(notes.notesOf(n2).size(), 1);
        QCOMPARE(notes.notesOf(n2).first().text, QStringLiteral("穿L码，喜欢蕾丝"));
        // The earlier text stays in the store.
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM customer_notes")).toInt(), 2);
        QVERIFY(ProfileStore(store.db())
                    .setConsent(n2, QStringLiteral("refused"), &error, kStaff, QStringLiteral("opt-out import")));
        QVERIFY(!ProfileStore(store.db()).setConsent(n2, QStringLiteral("maybe"), &error, kStaff));
        QCOMPARE(store.scalar(QStringLiteral("SELECT source FROM consent_changes")).toString(),
                 QStringLiteral("opt-out import"));
        // A tag reads with its group's name in the interface's language (English here), not its key.
        QVERIFY2(
            TagStore(store.db()).setManualValues(n2, QStringLiteral("size"), {QStringLiteral("L")}, &error, kStaff),
            qPrintable(error));
        const auto timeline = Timeline::of(store.db(), n2);
        QString tagText;
        for (const TimelineEntry &e : timeline)
            if (e.kind == QLatin1String("tag"))
                tagText = e.text;
        QVERIFY2(tagText.contains(QStringLiteral("Size")) && !tagText.contains(QStringLiteral("size")),
                 qPrintable(tagText));
        QStringList kinds;
        for (const TimelineEntry &e : timeline)
            kinds << e.kind;
        QVERIFY(kinds.contains(QStringLiteral("order")));
        QCOMPARE(kinds.count(QStringLiteral("note")), 2);
        QVERIFY(kinds.contains(QStringLiteral("consent")));
        QCOMPARE(timeline.last().kind, QStringLiteral("order")); // newest first: the 2026-10-13 order is oldest
        for (const TimelineEntry &e : timeline)
            if (e.kind != QLatin1String("order"))
                QVERIFY(!e.staff.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCare)
#include "test_care.moc"
