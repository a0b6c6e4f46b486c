// The shape of every request a desk or a visitor may send: the fields it must or may carry and their JSON
// kinds. It is checked before anything the request names is looked up, so a malformed request is answered
// `invalid` (or `too_large` for an over-long text) whatever chat, offer or agent it names, and the answer
// does not depend on what exists.
#pragma once

#include "protocol/Envelope.h"

#include <QString>
#include <optional>

namespace handoff::server {

struct ShapeError {
    protocol::ErrorCode code = protocol::ErrorCode::Invalid;
    QString message;
};

enum class RequestEndpoint { Desk, Visitor };

// nullopt when the request has the shape its type asks for (or its type has no listed shape); otherwise the
// error to answer, in `language` (a visitor's language; empty: the router's).
std::optional<ShapeError> requestShapeError(RequestEndpoint endpoint, const protocol::Envelope &e,
                                            const QString &language);

// One field's checks, also used by handlers reading a field the shape does not list.
std::optional<ShapeError> idFieldError(const QJsonObject &data, const char *name, const QString &language);
std::optional<ShapeError> textFieldError(const QJsonObject &data, const char *name, const QString &language);

} // namespace handoff::server
