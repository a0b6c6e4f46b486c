// Stable error codes carried by `error` frames and HTTP error bodies. The strings never change.
#pragma once

#include <QString>
#include <optional>

namespace handoff::protocol {

enum class ErrorCode {
    Unauthenticated,
    Forbidden,
    NotFound,
    Invalid,
    TooLarge,
    RateLimited,
    Conflict,
    Unavailable,
    UnsupportedVersion,
};

QString toString(ErrorCode code);
std::optional<ErrorCode> errorCodeFromString(const QString &s);

} // namespace handoff::protocol
