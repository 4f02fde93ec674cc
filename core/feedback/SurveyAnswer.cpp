#include "SurveyAnswer.h"

#include <QCoreApplication>

namespace huitou {

QString SurveyAnswer::validate(const Taxonomy &taxonomy) const
{
    if (reached != QLatin1String("yes") && reached != QLatin1String("no_answer") && reached != QLatin1String("refused"))
        return tr("reached: must be yes, no_answer or refused, not \"%1\".").arg(reached);
    if (satisfaction != 0 && (satisfaction < 1 || satisfaction > 5))
        return tr("satisfaction: must be 1 to 5, not %1.").arg(satisfaction);
    if (!buyAgain.isEmpty() && buyAgain != QLatin1String("yes") && buyAgain != QLatin1String("no")
        && buyAgain != QLatin1String("unsure"))
        return tr("will buy again: must be yes, no or unsure, not \"%1\".").arg(buyAgain);
    if (reached != QLatin1String("yes") && (satisfaction != 0 || !buyAgain.isEmpty()))
        return tr("reached: satisfaction and will-buy-again need a customer who was reached.");
    for (const QString &code : problemCodes)
        if (!taxonomy.reason(code))
            return tr("problems: unknown reason code \"%1\".").arg(code);
    for (const QString &code : whyNotCodes)
        if (!taxonomy.reason(code))
            return tr("why not: unknown reason code \"%1\".").arg(code);
    if (!answeredDay.isValid())
        return tr("day: the day of the call is missing.");
    return {};
}

} // namespace huitou
