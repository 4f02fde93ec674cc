#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace huitou {

// BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way").
// Each customer is summarised as x repeat purchases, recency t_x and age T
// (all in the same time unit).
struct BgNbdCustomer
{
    int x = 0;
    double tx = 0;
    double T = 0;
};

struct BgNbdParameters
{
    double r = 0, alpha = 0, a = 0, b = 0;
};

class BgNbd
{
public:
    // Maximum-likelihood fit. Returns false with a message when the data cannot
    // support a fit (no repeat buyers, no convergence) instead of returning
    // nonsense parameters.
    // The search (quasi-Newton with the analytic gradient) begins at a point
    // derived from the data alone, or at START when given (tests), and stops
    // at a tolerance; the parameters come back rounded to six significant
    // digits, so the same data give the same figures on every run.
    static bool fit(const std::vector<BgNbdCustomer> &customers, BgNbdParameters *result, QString *error,
                    const std::optional<BgNbdParameters> &start = std::nullopt);
    static double logLikelihood(const std::vector<BgNbdCustomer> &customers, const BgNbdParameters &p);

    // P(alive | x, t_x, T). One-time buyers (x = 0) always get 1 from the
    // model; callers decide whether to show it (Huitou does not).
    static double probabilityAlive(const BgNbdParameters &p, int x, double tx, double T);
    // E[Y(t) | x, t_x, T]: expected purchases in the next t time units.
    static double expectedPurchases(const BgNbdParameters &p, double t, int x, double tx, double T);
    // E[X(t)] for a new customer.
    static double unconditionalExpected(const BgNbdParameters &p, double t);
    // Gauss hypergeometric 2F1(a, b; c; z) for |z| < 1 (series).
    static double hyp2f1(double a, double b, double c, double z);

    Q_DECLARE_TR_FUNCTIONS(huitou::BgNbd)
};

} // namespace huitou
