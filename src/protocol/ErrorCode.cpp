#include "protocol/ErrorCode.h"

#include <array>
#include <utility>

namespace handoff::protocol {

namespace {
constexpr std::array<std::pair<ErrorCode, const char *>, 9> kNames{{
    {ErrorCode::Unauthenticated, "unauthenticated"},
    {ErrorCode::Forbidden, "forbidden"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::Invalid, "invalid"},
    {ErrorCode::TooLarge, "too_large"},
    {ErrorCode::RateLimited, "rate_limited"},
    {ErrorCode::Conflict, "conflict"},
    {ErrorCode::Unavailable, "unavailable"},
    {ErrorCode::UnsupportedVersion, "unsupported_version"},
}};
} // namespace

QString toString(ErrorCode code)
{
    for (const auto &[c, name] : kNames)
        if (c == code)
            return QString::fromLatin1(name);
    return QStringLiteral("invalid");
}

std::optional<ErrorCode> errorCodeFromString(const QString &s)
{
    for (const auto &[c, name] : kNames)
        if (s == QLatin1String(name))
            return c;
    return std::nullopt;
}

} // namespace handoff::protocol
