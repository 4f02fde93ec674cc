#include "SmsLength.h"

namespace huitou {

int SmsLength::segments(int characters)
{
    if (characters <= 0)
        return 0;
    if (characters <= kSingle)
        return 1;
    return (characters + kPart - 1) / kPart;
}

} // namespace huitou
