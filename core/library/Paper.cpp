#include "library/Paper.h"

namespace Lectern {

namespace {
struct StatusName
{
    ReadingStatus status;
    const char16_t *name;
};
constexpr StatusName StatusNames[] = {
    {ReadingStatus::Inbox, u"inbox"},   {ReadingStatus::ToRead, u"to-read"}, {ReadingStatus::Reading, u"reading"},
    {ReadingStatus::Read, u"read"},     {ReadingStatus::Skipped, u"skipped"},
};
} // namespace

QString statusName(ReadingStatus status)
{
    for (const auto &entry : StatusNames)
        if (entry.status == status)
            return QString::fromUtf16(entry.name);
    return {};
}

std::optional<ReadingStatus> statusFromName(QStringView name)
{
    for (const auto &entry : StatusNames)
        if (name.compare(QStringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.status;
    return std::nullopt;
}

QList<ReadingStatus> allStatuses()
{
    QList<ReadingStatus> result;
    for (const auto &entry : StatusNames)
        result.append(entry.status);
    return result;
}

} // namespace Lectern
