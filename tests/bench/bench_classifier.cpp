// The review classifier: precision and recall on the labelled evaluation set
// (tests/data/feedback/review_eval.tsv), and reviews per second on one core.
// A program to run by hand, not a test.
#include "feedback/ReviewClassifier.h"
#include "storage/Database.h"
#include "storage/TaxonomyStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace huitou;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString evalPath = QStringLiteral(HUITOU_SOURCE_DIR "/tests/data/feedback/review_eval.tsv");
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--eval")); i >= 0 && i + 1 < args.size())
        evalPath = args[i + 1];
    QTemporaryDir dir;
    QString error;
    if (!Database::open(StoreLocation::file(dir.filePath(QStringLiteral("t.db"))), QStringLiteral("bench"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const Taxonomy taxonomy = TaxonomyStore(Database::connection(QStringLiteral("bench"))).load();
    const ReviewClassifier classifier(taxonomy);
    QFile file(evalPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(evalPath));
        return 1;
    }
    QList<QPair<QString, QSet<QString>>> rows;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'));
        const QStringList codes = parts.value(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        rows.append({parts.value(0), QSet<QString>(codes.begin(), codes.end())});
    }
    auto categoryOf = [&taxonomy](const QString &code) {
        const Reason *r = taxonomy.reason(code);
        return r ? r->category : QString();
    };
    QHash<QString, int> tp, fp, fn, ctp, cfp, cfn;
    for (const auto &[text, expected] : rows) {
        const QStringList got = classifier.classify(text);
        const QSet<QString> predicted(got.begin(), got.end());
        QSet<QString> pc, ec;
        for (const QString &c : predicted) {
            (expected.contains(c) ? tp : fp)[c]++;
            pc.insert(categoryOf(c));
        }
        for (const QString &c : expected) {
            if (!predicted.contains(c))
                fn[c]++;
            ec.insert(categoryOf(c));
        }
        for (const QString &c : pc)
            (ec.contains(c) ? ctp : cfp)[c]++;
        for (const QString &c : ec)
            if (!pc.contains(c))
                cfn[c]++;
    }
    QTextStream out(stdout);
    auto line = [&out](const QString &name, int t, int f, int n) {
        const QString p = t + f ? QString::number(100.0 * t / (t + f), 'f', 1) : QStringLiteral("–");
        const QString r = t + n ? QString::number(100.0 * t / (t + n), 'f', 1) : QStringLiteral("–");
        out << QStringLiteral("%1 %2 %3   (tp %4, fp %5, fn %6)\n")
                   .arg(name, -18)
                   .arg(p, 6)
                   .arg(r, 6)
                   .arg(t)
                   .arg(f)
                   .arg(n);
    };
    out << rows.size() << " labelled sentences\n\nper category       prec%  recall%\n";
    int T = 0, F = 0, N = 0;
    for (const ReasonCategory &c : taxonomy.categories) {
        line(c.code, ctp[c.code], cfp[c.code], cfn[c.code]);
        T += ctp[c.code];
        F += cfp[c.code];
        N += cfn[c.code];
    }
    line(QStringLiteral("all categories"), T, F, N);
    out << "\nper reason         prec%  recall%\n";
    T = F = N = 0;
    for (const Reason &r : taxonomy.reasons) {
        line(r.code, tp[r.code], fp[r.code], fn[r.code]);
        T += tp[r.code];
        F += fp[r.code];
        N += fn[r.code];
    }
    line(QStringLiteral("all reasons"), T, F, N);

    // Speed: the set over and over, one core.
    QElapsedTimer timer;
    timer.start();
    qint64 reviews = 0, hits = 0;
    while (timer.elapsed() < 2000) {
        for (const auto &row : rows)
            hits += classifier.classify(row.first).size();
        reviews += rows.size();
    }
    out << "\nclassifier: " << qint64(reviews * 1000.0 / timer.elapsed()) << " reviews/s on one core (" << hits
        << " suggestions)\n";
    Database::close(QStringLiteral("bench"));
    return 0;
}
