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

// Digamma ψ(x) for x > 0: the recurrence up to 6, then the asymptotic series.
double digamma(double x)
{
    double result = 0;
    while (x < 6.0) {
        result -= 1.0 / x;
        x += 1.0;
    }
    const double f = 1.0 / (x * x);
    return result + std::log(x) - 0.5 / x
        - f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f * (1.0 / 132)))));
}

// The log-likelihood and its gradient with respect to (r, alpha, a, b).
struct Evaluation
{
    double value = 0;
    std::array<double, 4> gradient{};
};

struct Tables
{
    std::vector<double> logAlphaTx, invAlphaTx, logAlphaT, invAlphaT;
};

// Sum over groups [BEGIN, END) of the log-likelihood terms and, when GRADIENT,
// of their derivatives. Per customer, with A3 = −(r+x)·ln(α+T) and (x > 0)
// A4 = ln a − ln(b+x−1) − (r+x)·ln(α+t_x), the likelihood's last factor is
// e^A3 + e^A4; w3, w4 are the shares of its two terms:
//   ∂/∂r = ψ(r+x) − ψ(r) + ln α − w3·ln(α+T) − w4·ln(α+t_x)
//   ∂/∂α = r/α − (r+x)·(w3/(α+T) + w4/(α+t_x))
//   ∂/∂a = ψ(a+b) − ψ(a+b+x) + w4/a
//   ∂/∂b = ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x) − w4/(b+x−1)
Evaluation partialEvaluation(const Grouped &data, const BgNbdParameters &p, const Tables &t, size_t begin, size_t end,
                             bool gradient)
{
    const double lgR = std::lgamma(p.r), lgB = std::lgamma(p.b), lgAB = std::lgamma(p.a + p.b);
    const double psiR = gradient ? digamma(p.r) : 0, psiB = gradient ? digamma(p.b) : 0,
                 psiAB = gradient ? digamma(p.a + p.b) : 0;
    const double logAlpha = std::log(p.alpha), logA = std::log(p.a);
    const double rLogAlpha = p.r * logAlpha;
    Evaluation e;
    int lastX = -1;
    double constant = 0, logAOverB = 0, dr0 = 0, dAlpha0 = 0, da0 = 0, db0 = 0, invBX = 0;
    for (size_t i = begin; i < end; ++i) {
        const Group &g = data.groups[i];
        if (g.x != lastX) { // groups are sorted by x: gamma terms once per x
            lastX = g.x;
            constant = std::lgamma(p.r + g.x) - lgR + rLogAlpha + lgAB + std::lgamma(p.b + g.x) - lgB
                - std::lgamma(p.a + p.b + g.x);
            logAOverB = g.x > 0 ? logA - std::log(p.b + g.x - 1) : 0;
            if (gradient) {
                const double psiABX = digamma(p.a + p.b + g.x);
                dr0 = digamma(p.r + g.x) - psiR + logAlpha;
                dAlpha0 = p.r / p.alpha;
                da0 = psiAB - psiABX;
                db0 = psiAB + digamma(p.b + g.x) - psiB - psiABX;
                invBX = g.x > 0 ? 1.0 / (p.b + g.x - 1) : 0;
            }
        }
        const size_t ti = size_t(g.tIndex);
        const double a3 = -(p.r + g.x) * t.logAlphaT[ti];
        double term = a3, w4 = 0;
        if (g.x > 0) {
            const size_t xi = size_t(g.txIndex);
            const double a4 = logAOverB - (p.r + g.x) * t.logAlphaTx[xi];
            const double small = std::exp(-std::abs(a3 - a4));
            term = std::max(a3, a4) + std::log1p(small);
            if (gradient)
                w4 = a4 >= a3 ? 1.0 / (1.0 + small) : small / (1.0 + small);
        }
        e.value += g.weight * (constant + term);
        if (gradient) {
            const double w3 = 1.0 - w4;
            const double logTx = g.x > 0 ? t.logAlphaTx[size_t(g.txIndex)] : 0;
            const double invTx = g.x > 0 ? t.invAlphaTx[size_t(g.txIndex)] : 0;
            e.gradient[0] += g.weight * (dr0 - w3 * t.logAlphaT[ti] - w4 * logTx);
            e.gradient[1] += g.weight * (dAlpha0 - (p.r + g.x) * (w3 * t.invAlphaT[ti] + w4 * invTx));
            e.gradient[2] += g.weight * (da0 + w4 / p.a);
            e.gradient[3] += g.weight * (db0 - w4 * invBX);
        }
    }
    return e;
}

Evaluation evaluateGrouped(const Grouped &data, const BgNbdParameters &p, bool gradient)
{
    Tables t;
    t.logAlphaTx.resize(data.txValues.size());
    t.invAlphaTx.resize(data.txValues.size());
    t.logAlphaT.resize(data.tValues.size());
    t.invAlphaT.resize(data.tValues.size());
    for (size_t i = 0; i < data.txValues.size(); ++i) {
        t.logAlphaTx[i] = std::log(p.alpha + data.txValues[i]);
        t.invAlphaTx[i] = 1.0 / (p.alpha + data.txValues[i]);
    }
    for (size_t i = 0; i < data.tValues.size(); ++i) {
        t.logAlphaT[i] = std::log(p.alpha + data.tValues[i]);
        t.invAlphaT[i] = 1.0 / (p.alpha + data.tValues[i]);
    }
    const size_t n = data.groups.size();
    if (n < 50000)
        return partialEvaluation(data, p, t, 0, n, gradient);
    // Big shops: both cores share the sum, always split at the same place so
    // the sum is the same on every run.
    Evaluation second;
    std::thread helper([&] { second = partialEvaluation(data, p, t, n / 2, n, gradient); });
    Evaluation first = partialEvaluation(data, p, t, 0, n / 2, gradient);
    helper.join();
    first.value += second.value;
    for (size_t i = 0; i < 4; ++i)
        first.gradient[i] += second.gradient[i];
    return first;
}

double logLikelihoodGrouped(const Grouped &data, const BgNbdParameters &p)
{
    return evaluateGrouped(data, p, false).value;
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

// The negative mean log-likelihood and its gradient in log space
// (∂/∂ln θ = θ·∂/∂θ). Not finite: 1e300 and no gradient.
struct Point
{
    std::array<double, 4> v{};
    double f = 0;
    std::array<double, 4> g{};
};

Point objective(const Grouped &groups, const std::array<double, 4> &v, double n)
{
    Point pt;
    pt.v = v;
    const BgNbdParameters p = fromLog(v);
    const Evaluation e = evaluateGrouped(groups, p, true);
    const double theta[4] = {p.r, p.alpha, p.a, p.b};
    bool finite = std::isfinite(e.value);
    for (size_t i = 0; i < 4; ++i) {
        pt.g[i] = -theta[i] * e.gradient[i] / n;
        finite = finite && std::isfinite(pt.g[i]);
    }
    pt.f = finite ? -e.value / n : 1e300;
    return pt;
}

double dot(const std::array<double, 4> &a, const std::array<double, 4> &b)
{
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3];
}

// Quasi-Newton (BFGS on the inverse Hessian) with a backtracking line search,
// projected on the box: a coordinate on a wall whose gradient pushes outward
// is held there. Deterministic: the same data and start give the same steps.
// Converged when the projected gradient (of the mean log-likelihood, per
// log-unit) is below 1e-9, or when it is below 1e-6 and a step no longer
// gains more than 1e-14 of the value (the ridge where a and b grow together
// is that flat, and a sum over a million customers is not more exact).
std::array<double, 4> quasiNewton(const Grouped &groups, const std::array<double, 4> &start, double n, bool *converged,
                                  int *evaluations)
{
    using Vec = std::array<double, 4>;
    using Mat = std::array<Vec, 4>;
    auto identity = [] {
        Mat h{};
        for (size_t i = 0; i < 4; ++i)
            h[i][i] = 1.0;
        return h;
    };
    Point x = objective(groups, clamped(start), n);
    *evaluations = 1;
    *converged = false;
    if (x.f >= 1e300)
        return x.v;
    Mat h = identity();
    bool fresh = true;
    for (int it = 0; it < 500; ++it) {
        Vec pg = x.g;
        std::array<bool, 4> held{};
        for (size_t i = 0; i < 4; ++i) {
            held[i] = (x.v[i] <= kLogMin && x.g[i] > 0) || (x.v[i] >= kLogMax && x.g[i] < 0);
            if (held[i])
                pg[i] = 0;
        }
        double gradNorm = 0;
        for (double c : pg)
            gradNorm = std::max(gradNorm, std::abs(c));
        if (gradNorm < 1e-9) {
            *converged = true;
            break;
        }
        Vec d{};
        for (size_t i = 0; i < 4; ++i)
            for (size_t j = 0; j < 4; ++j)
                d[i] -= h[i][j] * pg[j];
        for (size_t i = 0; i < 4; ++i)
            if (held[i])
                d[i] = 0;
        if (dot(d, pg) >= 0) { // not downhill: start the curvature over
            h = identity();
            fresh = true;
            for (size_t i = 0; i < 4; ++i)
                d[i] = -pg[i];
        }
        double longest = 0;
        for (double c : d)
            longest = std::max(longest, std::abs(c));
        double step = longest > 1.0 ? 1.0 / longest : 1.0; // at most a factor e per step
        Point next;
        bool accepted = false;
        for (int tries = 0; tries < 50; ++tries, step *= 0.5) {
            Vec v;
            for (size_t i = 0; i < 4; ++i)
                v[i] = x.v[i] + step * d[i];
            v = clamped(v);
            next = objective(groups, v, n);
            ++*evaluations;
            Vec moved;
            for (size_t i = 0; i < 4; ++i)
                moved[i] = v[i] - x.v[i];
            if (next.f <= x.f + 1e-4 * dot(x.g, moved)) {
                accepted = true;
                break;
            }
        }
        if (!accepted) {
            if (!fresh) { // the curvature may be stale: once more downhill
                h = identity();
                fresh = true;
                continue;
            }
            *converged = gradNorm < 1e-6;
            break;
        }
        Vec s, y;
        for (size_t i = 0; i < 4; ++i) {
            s[i] = next.v[i] - x.v[i];
            y[i] = next.g[i] - x.g[i];
        }
        const double sy = dot(s, y);
        if (sy > 1e-12 * std::sqrt(dot(s, s) * dot(y, y))) {
            if (fresh) { // scale the first guess of the inverse Hessian
                const double scale = sy / dot(y, y);
                for (size_t i = 0; i < 4; ++i)
                    h[i][i] = scale;
                fresh = false;
            }
            // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ
            const double rho = 1.0 / sy;
            Vec hy{};
            for (size_t i = 0; i < 4; ++i)
                for (size_t j = 0; j < 4; ++j)
                    hy[i] += h[i][j] * y[j];
            const double yhy = dot(y, hy);
            for (size_t i = 0; i < 4; ++i)
                for (size_t j = 0; j < 4; ++j)
                    h[i][j] += (1.0 + rho * yhy) * rho * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
        }
        const double gain = x.f - next.f;
        x = next;
        // No more progress: the gradient is at the noise of a sum over every
        // customer (about 1e-9 on big shops).
        if (gain <= 1e-14 * std::abs(x.f) && gradNorm < 1e-6) {
            *converged = true;
            break;
        }
    }
    return x.v;
}

// Six significant digits: what the report prints and stores, the same on
// every machine whatever the last bits of the optimum.
double rounded(double v)
{
    if (v == 0 || !std::isfinite(v))
        return v;
    const double magnitude = std::pow(10.0, 5 - int(std::floor(std::log10(std::abs(v)))));
    return std::round(v * magnitude) / magnitude;
}

} // namespace

double BgNbd::logLikelihood(const std::vector<BgNbdCustomer> &customers, const BgNbdParameters &p)
{
    return logLikelihoodGrouped(groupCustomers(customers), p);
}

bool BgNbd::fit(const std::vector<BgNbdCustomer> &customers, BgNbdParameters *result, QString *error,
                const std::optional<BgNbdParameters> &warmStart)
{
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
    if (warmStart && warmStart->r > 0 && warmStart->alpha > 0 && warmStart->a > 0 && warmStart->b > 0) {
        start = clamped(
            {std::log(warmStart->r), std::log(warmStart->alpha), std::log(warmStart->a), std::log(warmStart->b)});
    }
    bool converged = false;
    int evaluations = 0;
    const std::array<double, 4> best = quasiNewton(groups, start, n, &converged, &evaluations);
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
    *result = {rounded(p.r), rounded(p.alpha), rounded(p.a), rounded(p.b)};
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
    const double second = 1.0
        - std::pow((p.alpha + T) / (p.alpha + T + t), p.r + x) * hyp2f1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
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
