#include "server/TokenBucket.h"

#include <algorithm>

namespace handoff::server {

TokenBucket::TokenBucket(double perSecond, double burst)
    : m_perSecond(perSecond)
    , m_burst(burst)
    , m_tokens(burst)
{
    m_since.start();
}

bool TokenBucket::take()
{
    m_tokens = std::min(m_burst, m_tokens + m_since.restart() * m_perSecond / 1000.0);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

} // namespace handoff::server
