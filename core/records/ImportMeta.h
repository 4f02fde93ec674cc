#pragma once

#include <QString>

namespace huitou {

// What the import history records about the file of one import.
struct ImportMeta
{
    QString fileName;
    QString format;
    QString encoding;
};

} // namespace huitou
