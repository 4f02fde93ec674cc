#include "BgNbd.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <thread>
#include <tuple>

namespace huitou {

namespace {

// Customers with equal (x, t_x, T) share one likelihood term; t_x and T are
// indexes into the lists of their distinct values, so each evaluation takes
// the logarithms once per distinct value, not once per customer.
struct Group
{
    int x;
    int txIndex, tIndex;
    double weight;
};

struct Grouped
{
    std::vector<Group> groups; // sorted by x
    std::vector<double> txValues, tValues;
};

std::vector<double> distinctSorted(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

int indexOf(const std::vector<double> &sorted, double v)
{
    return int(std::lower_bound(sorted.begin(), sorted.end(), v) - sorted.begin());
}

Grouped groupCustomers(const std::vector<BgNbdCustomer> &customers)
{
    Grouped g;
    std::vector<double> tx, t;
    tx.reserve(customers.size());
    t.reserve(customers.size());
    for (const BgNbdCustomer &c : customers) {
        tx.push_back(c.tx);
        t.push_back(c.T);
    }
    g.txValues = distinctSorted(std::move(tx));
    g.tValues = distinctSorted(std::move(t));
    std::vector<std::tuple<int, int, int>> keys;
    keys.reserve(customers.size());
    for (const BgNbdCustomer &c : customers)
        keys.emplace_back(c.x, indexOf(g.txValues, c.tx), indexOf(g.tValues, c.T));
    std::sort(keys.begin(), keys.end());
    for (const auto &key : keys) {
        if (!g.groups.empty() && g.groups.back().x == std::get<0>(key) && g.groups.back().txIndex == std::get<1>(key)
            && g.groups.back().tIndex == std::get<2>(key))
            g.groups.back().weight += 1.0;
        else
            g.groups.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), 1.0});
    }
    return g;
}

// Sum over groups [BEGIN, END) of the log-likelihood terms.
double partialLogLikelihood(const Grouped &data, const BgNbdParameters &p, const std::vector<double> &logAlphaTx,
                            const std::vector<double> &logAlphaT, size_t begin, size_t end)
{
    const double lgR = std::lgamma(p.r), lgB = std::lgamma(p.b), lgAB = std::lgamma(p.a + p.b);
    const double rLogAlpha = p.r * std::log(p.alpha);
    double total = 0;
    int lastX = -1;
    double constant = 0, logAOverB = 0;
    for (size_t i = begin; i < end; ++i) {
        const Group &g = data.groups[i];
        if (g.x != lastX) { // groups are sorted by x: gamma terms once per x
            lastX = g.x;
            constant = std::lgamma(p.r + g.x) - lgR + rLogAlpha + lgAB + std::lgamma(p.b + g.x) - lgB
                - std::lgamma(p.a + p.b + g.x);
            logAOverB = g.x > 0 ? std::log(p.a) - std::log(p.b + g.x - 1) : 0;
        }
        const double a3 = -(p.r + g.x) * logAlphaT[size_t(g.tIndex)];
        double term = a3;
        if (g.x > 0) {
            const double a4 = logAOverB - (p.r + g.x) * logAlphaTx[size_t(g.txIndex)];
            term = std::max(a3, a4) + std::log1p(std::exp(-std::abs(a3 - a4)));
        }
        total += g.weight * (constant + term);
    }
    return total;
}

double logLikelihoodGrouped(const Grouped &data, const BgNbdParameters &p)
{
    std::vector<double> logAlphaTx(data.txValues.size()), logAlphaT(data.tValues.size());
    for (size_t i = 0; i < data.txValues.size(); ++i)
        logAlphaTx[i] = std::log(p.alpha + data.txValues[i]);
    for (size_t i = 0; i < data.tValues.size(); ++i)
        logAlphaT[i] = std::log(p.alpha + data.tValues[i]);
    const size_t n = data.groups.size();
    if (n < 50000)
        return partialLogLikelihood(data, p, logAlphaTx, logAlphaT, 0, n);
    // Big shops: both cores share the sum.
    double second = 0;
    std::thread helper([&] { second = partialLogLikelihood(data, p, logAlphaTx, logAlphaT, n / 2, n); });
    const double first = partialLogLikelihood(data, p, logAlphaTx, logAlphaT, 0, n / 2);
    helper.join();
    return first + second;
}

BgNbdParameters fromLog(const std::array<double, 4> &v)
{
    return {std::exp(v[0]), std::exp(v[1]), std::exp(v[2]), std::exp(v[3])};
}

// Parameters are searched in log space and kept in a sane box so the
// optimiser cannot wander into overflow.
constexpr double kLogMin = -9.0, kLogMax = 9.0;

std::array<double, 4> clamped(std::array<double, 4> v)
{
    for (double &x : v)
        x = std::clamp(x, kLogMin, kLogMax);
    return v;
}

// Evaluated at the point projected into the box: flat beyond the walls, so
// the simplex settles on a wall instead of bouncing off it.
double objective(const Grouped &groups, const std::array<double, 4> &v, double n)
{
    const double ll = logLikelihoodGrouped(groups, fromLog(clamped(v)));
    return std::isfinite(ll) ? -ll / n : 1e300;
}

// Nelder–Mead simplex on the negative mean log-likelihood.
std::array<double, 4> nelderMead(const Grouped &groups, std::array<double, 4> start, double step, double n,
                                 int *iterations, bool *converged, double *bestValue)
{
    constexpr int dim = 4;
    std::array<std::array<double, 4>, dim + 1> simplex;
    std::array<double, dim + 1> values;
    simplex[0] = start;
    for (int i = 0; i < dim; ++i) {
        simplex[i + 1] = start;
        simplex[i + 1][i] += step;
    }
    for (int i = 0; i <= dim; ++i)
        values[i] = objective(groups, simplex[i], n);
    *converged = false;
    std::vector<double> bestHistory;
    int it = 0;
    for (; it < 5000; ++it) {
        std::array<int, dim + 1> order;
        for (int i = 0; i <= dim; ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](int a, int b) { return values[a] < values[b]; });
        const int best = order[0], worst = order[dim], second = order[dim - 1];
        double spread = 0;
        for (int i = 1; i <= dim; ++i)
            for (int d = 0; d < dim; ++d)
                spread = std::max(spread, std::abs(simplex[order[i]][d] - simplex[best][d]));
        // Converged when the simplex is tiny, or flat: on the ridge where a and
        // b grow together the likelihood stops changing long before they stop.
        bestHistory.push_back(values[best]);
        const bool stalled = it >= 300 && bestHistory[size_t(it - 300)] - values[best] < 1e-13;
        if ((std::abs(values[worst] - values[best]) < 1e-11 && spread < 1e-5) || stalled) {
            *converged = true;
            break;
        }
        std::array<double, 4> centroid{};
        for (int i = 0; i <= dim; ++i)
            if (i != worst)
                for (int d = 0; d < dim; ++d)
                    centroid[d] += simplex[i][d] / dim;
        auto along = [&](double t) {
            std::array<double, 4> p;
            for (int d = 0; d < dim; ++d)
                p[d] = centroid[d] + t * (simplex[worst][d] - centroid[d]);
            return clamped(p);
        };
        const auto reflected = along(-1.0);
        const double fr = objective(groups, reflected, n);
        if (fr < values[best]) {
            const auto expanded = along(-2.0);
            const double fe = objective(groups, expanded, n);
            if (fe < fr) {
                simplex[worst] = expanded;
                values[worst] = fe;
            } else {
                simplex[worst] = reflected;
                values[worst] = fr;
            }
        } else if (fr < values[second]) {
            simplex[worst] = reflected;
            values[worst] = fr;
        } else {
            const auto contracted = fr < values[worst] ? along(-0.5) : along(0.5);
            const double fc = objective(groups, contracted, n);
            if (fc < std::min(fr, values[worst])) {
                simplex[worst] = contracted;
                values[worst] = fc;
            } else {
                for (int i = 0; i <= dim; ++i) {
                    if (i == best)
                        continue;
                    for (int d = 0; d < dim; ++d)
                        simplex[i][d] = simplex[best][d] + 0.5 * (simplex[i][d] - simplex[best][d]);
                    values[i] = objective(groups, simplex[i], n);
                }
            }
        }
    }
    *iterations = it;
    int best = 0;
    for (int i = 1; i <= dim; ++i)
        if (values[i] < values[best])
            best = i;
    *bestValue = values[best];
    return simplex[best];
}

} // namespace

double BgNbd::logLikelihood(const std::vector<BgNbdCustomer> &customers, const BgNbdParameters &p)
{
    return logLikelihoodGrouped(groupCustomers(customers), p);
}

bool BgNbd::fit(const std::vector<BgNbdCustomer> &customers, BgNbdParameters *result, QString *error,
                const std::optional<BgNbdParameters> &warmStart)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("huitou::BgNbd", text); };
    qsizetype repeaters = 0;
    double meanT = 0, meanX = 0;
    for (const BgNbdCustomer &c : customers) {
        repeaters += c.x > 0;
        meanT += c.T;
        meanX += c.x;
    }
    if (customers.size() < 2 || repeaters == 0 || meanT <= 0) {
        *error = tr("Not enough repeat purchases to fit the BG/NBD model.");
        return false;
    }
    meanT /= double(customers.size());
    meanX /= double(customers.size());
    const Grouped groups = groupCustomers(customers);
    const double n = double(customers.size());
    // Start: purchase rate r/alpha near the observed one, moderate dropout.
    const double rate = std::max(meanX / meanT, 1e-4);
    std::array<double, 4> start{std::log(0.5), std::log(0.5 / rate), std::log(1.0), std::log(2.0)};
    double step = 0.5;
    if (warmStart && warmStart->r > 0 && warmStart->alpha > 0 && warmStart->a > 0 && warmStart->b > 0) {
        start = clamped({std::log(warmStart->r), std::log(warmStart->alpha), std::log(warmStart->a),
                         std::log(warmStart->b)});
        step = 0.1;
    }
    int iterations = 0;
    bool converged = false;
    double value = 0;
    std::array<double, 4> best = clamped(nelderMead(groups, start, step, n, &iterations, &converged, &value));
    // Restart from the optimum with a fresh, smaller simplex: Nelder–Mead can
    // stall on a flat ridge. Stop once a restart no longer improves.
    for (int restart = 0; restart < 3; ++restart) {
        double next = 0;
        best = clamped(nelderMead(groups, best, 0.1, n, &iterations, &converged, &next));
        const bool improved = value - next > 1e-12;
        value = next;
        if (!improved)
            break;
    }
    const BgNbdParameters p = fromLog(best);
    // r and alpha must be inside the box. a and b may reach the top together:
    // that is the limit of a dropout probability the same for everyone
    // (no heterogeneity), a valid model whose predictions stay sound.
    auto atBound = [&best](int i) { return best[size_t(i)] <= kLogMin + 0.01 || best[size_t(i)] >= kLogMax - 0.01; };
    const bool rAlphaAtBound = atBound(0) || atBound(1);
    const bool abAtLowerBound = best[2] <= kLogMin + 0.01 || best[3] <= kLogMin + 0.01;
    if (!converged || rAlphaAtBound || abAtLowerBound || !std::isfinite(logLikelihoodGrouped(groups, p))) {
        *error = tr("The BG/NBD fit did not converge; predictions are not available for this data.");
        return false;
    }
    *result = p;
    return true;
}

double BgNbd::probabilityAlive(const BgNbdParameters &p, int x, double tx, double T)
{
    if (x == 0)
        return 1.0;
    const double logTerm = std::log(p.a / (p.b + x - 1)) + (p.r + x) * std::log((p.alpha + T) / (p.alpha + tx));
    return 1.0 / (1.0 + std::exp(logTerm));
}

double BgNbd::hyp2f1(double a, double b, double c, double z)
{
    double term = 1.0, sum = 1.0;
    for (int k = 0; k < 100000; ++k) {
        term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
        sum += term;
        if (std::abs(term) < 1e-15 * std::abs(sum))
            break;
    }
    return sum;
}

double BgNbd::expectedPurchases(const BgNbdParameters &p, double t, int x, double tx, double T)
{
    const double z = t / (p.alpha + T + t);
    const double first = (p.a + p.b + x - 1) / (p.a - 1);
    const double second =
        1.0 - std::pow((p.alpha + T) / (p.alpha + T + t), p.r + x) * hyp2f1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    double denominator = 1.0;
    if (x > 0)
        denominator += p.a / (p.b + x - 1) * std::pow((p.alpha + T) / (p.alpha + tx), p.r + x);
    return first * second / denominator;
}

double BgNbd::unconditionalExpected(const BgNbdParameters &p, double t)
{
    const double z = t / (p.alpha + t);
    return (p.a + p.b - 1) / (p.a - 1)
        * (1.0 - std::pow(p.alpha / (p.alpha + t), p.r) * hyp2f1(p.r, p.b, p.a + p.b - 1, z));
}

} // namespace huitou
