// Rate limit of one connection: a bucket of `burst` tokens refilled at `perSecond`; a frame takes one.
#pragma once

#include <QElapsedTimer>

namespace handoff::server {

class TokenBucket
{
public:
    TokenBucket(double perSecond, double burst);
    bool take(); // false when the bucket is empty: the frame is refused

private:
    double m_perSecond;
    double m_burst;
    double m_tokens;
    QElapsedTimer m_since;
};

} // namespace handoff::server
