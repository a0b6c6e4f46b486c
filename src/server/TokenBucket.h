// Rate limit of one connection: a bucket of `burst` tokens refilled at `perSecond`; a frame takes one.
//
// Limits count the client's pace, not the router's: while the router's event loop is busy without
// waiting for input, frames pile up in the socket and are then read at once. The bucket may then hold
// the tokens the client earned during that busy spell on top of its burst, so a client that kept to
// its rate is never refused because the router was slow to read it.
#pragma once

#include <QElapsedTimer>

namespace handoff::server {

// How long this thread's event loop has been working without waiting for input.
class LoopBusy
{
public:
    static void watch(); // on the router's thread, once its event dispatcher exists
    static qint64 milliseconds();
};

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
