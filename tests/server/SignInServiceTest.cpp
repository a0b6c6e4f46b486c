// SignInService on a real SQLite file: password and token sign-ins on worker threads with their own
// connections, the per-address and total caps, callbacks on the owner thread exactly once, none after
// destruction, and an event loop that keeps running while passwords are being hashed.
#include "server/SignInService.h"
#include "store/StoreFactory.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::server;
using Status = SignInResult::Status;

namespace {

constexpr int kWaitMs = 60000;

class SignInServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_location = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("handoff.db"));
        QString error;
        m_store = store::StoreFactory::open(m_location, &error);
        ASSERT_TRUE(m_store) << error.toStdString();
        ASSERT_TRUE(m_store->addUser(
            { QStringLiteral("alice"), QStringLiteral("Alice"), Role::Agent, {}, 3, {} }, kPassword));
    }

    SignInService::StoreOpener opener() const
    {
        return [location = m_location]() -> std::unique_ptr<store::Store> {
            QString error;
            return store::StoreFactory::open(location, &error);
        };
    }

    static SignInRequest passwordSignIn(const QString &user, const QString &password,
                                        const QString &address = QStringLiteral("10.0.0.1"))
    {
        return { address, user, password, {} };
    }

    // Submits and runs the event loop until the result arrives.
    static SignInResult signIn(SignInService &service, const SignInRequest &request)
    {
        std::optional<SignInResult> result;
        EXPECT_TRUE(service.submit(request, [&](const SignInResult &r) { result = r; }));
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
        return result.value_or(SignInResult { Status::StoreFailure, {}, {} });
    }

    static inline const QString kPassword = QStringLiteral("correct horse");
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<store::Store> m_store;
};

TEST_F(SignInServiceTest, RightPasswordSignsInWithATokenTheStoreKnows)
{
    SignInService service(opener());
    const SignInResult result = signIn(service, passwordSignIn(QStringLiteral("alice"), kPassword));
    ASSERT_EQ(result.status, Status::Ok);
    ASSERT_TRUE(result.user);
    EXPECT_EQ(result.user->name, QStringLiteral("alice"));
    EXPECT_EQ(result.user->displayName, QStringLiteral("Alice"));
    ASSERT_FALSE(result.token.isEmpty());
    EXPECT_EQ(m_store->userForToken(result.token), QStringLiteral("alice"));
    EXPECT_EQ(service.inFlight(), 0);
    EXPECT_EQ(service.inFlight(QStringLiteral("10.0.0.1")), 0);
}

TEST_F(SignInServiceTest, WrongPasswordAndUnknownUserAreWrongCredentials)
{
    SignInService service(opener());
    for (const SignInRequest &request : { passwordSignIn(QStringLiteral("alice"), QStringLiteral("wrong horse")),
                                          passwordSignIn(QStringLiteral("alice"), QString()),
                                          passwordSignIn(QStringLiteral("nobody"), kPassword),
                                          SignInRequest { QStringLiteral("10.0.0.1"), {}, {}, {} } }) {
        const SignInResult result = signIn(service, request);
        EXPECT_EQ(result.status, Status::WrongCredentials) << request.user.toStdString();
        EXPECT_FALSE(result.user);
        EXPECT_TRUE(result.token.isEmpty());
    }
}

TEST_F(SignInServiceTest, TokenSignInNamesTheTokensUser)
{
    const QString token = m_store->issueToken(QStringLiteral("alice"), 30);
    ASSERT_FALSE(token.isEmpty());
    SignInService service(opener());
    const SignInResult result = signIn(service, { QStringLiteral("10.0.0.1"), {}, {}, token });
    ASSERT_EQ(result.status, Status::Ok);
    ASSERT_TRUE(result.user);
    EXPECT_EQ(result.user->name, QStringLiteral("alice"));
    EXPECT_EQ(result.token, token);

    const SignInResult unknown = signIn(service, { QStringLiteral("10.0.0.1"), {}, {}, QStringLiteral("f00") });
    EXPECT_EQ(unknown.status, Status::WrongCredentials);
    EXPECT_FALSE(unknown.user);

    ASSERT_TRUE(m_store->revokeToken(token));
    EXPECT_EQ(signIn(service, { QStringLiteral("10.0.0.1"), {}, {}, token }).status, Status::WrongCredentials);
}

TEST_F(SignInServiceTest, StoreThatCannotBeOpenedIsAStoreFailure)
{
    int opened = 0;
    SignInService service([&opened]() -> std::unique_ptr<store::Store> {
        ++opened;
        return nullptr;
    }, 1);
    EXPECT_EQ(signIn(service, passwordSignIn(QStringLiteral("alice"), kPassword)).status, Status::StoreFailure);
    EXPECT_EQ(signIn(service, passwordSignIn(QStringLiteral("alice"), kPassword)).status, Status::StoreFailure);
    EXPECT_EQ(opened, 2) << "a failed open is tried again on the next sign-in";
}

TEST_F(SignInServiceTest, PerAddressCapRefusesTheNextUntilOneFinishes)
{
    SignInService service(opener(), 1, /*maxInFlightPerAddress=*/2, /*maxInFlightTotal=*/32);
    const QString here = QStringLiteral("10.0.0.1");
    int done = 0;
    auto count = [&](const SignInResult &) { ++done; };
    ASSERT_TRUE(service.submit(passwordSignIn(QStringLiteral("alice"), kPassword, here), count));
    ASSERT_TRUE(service.submit(passwordSignIn(QStringLiteral("alice"), kPassword, here), count));
    bool refusedCalled = false;
    EXPECT_FALSE(service.submit(passwordSignIn(QStringLiteral("alice"), kPassword, here),
                                [&](const SignInResult &) { refusedCalled = true; }));
    EXPECT_EQ(service.inFlight(here), 2);
    EXPECT_EQ(service.inFlight(), 2);
    // Another address has its own allowance.
    ASSERT_TRUE(service.submit(passwordSignIn(QStringLiteral("alice"), kPassword, QStringLiteral("10.0.0.2")), count));
    EXPECT_EQ(service.inFlight(QStringLiteral("10.0.0.2")), 1);
    EXPECT_EQ(service.inFlight(), 3);

    ASSERT_TRUE(QTest::qWaitFor([&] { return done >= 1; }, kWaitMs));
    EXPECT_LT(service.inFlight(here), 2);
    EXPECT_TRUE(service.submit(passwordSignIn(QStringLiteral("alice"), kPassword, here), count))
        << "a finished sign-in frees its place";
    ASSERT_TRUE(QTest::qWaitFor([&] { return done == 4; }, kWaitMs));
    EXPECT_EQ(service.inFlight(), 0);
    EXPECT_EQ(service.inFlight(here), 0);
    QCoreApplication::processEvents();
    EXPECT_FALSE(refusedCalled) << "a refused sign-in never calls back";
}

TEST_F(SignInServiceTest, TotalCapRefusesEveryAddress)
{
    SignInService service(opener(), 2, /*maxInFlightPerAddress=*/4, /*maxInFlightTotal=*/3);
    int done = 0;
    auto count = [&](const SignInResult &) { ++done; };
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(service.submit(
            passwordSignIn(QStringLiteral("alice"), kPassword, QStringLiteral("10.0.1.%1").arg(i)), count));
    EXPECT_FALSE(
        service.submit(passwordSignIn(QStringLiteral("alice"), kPassword, QStringLiteral("10.0.2.1")), count));
    EXPECT_EQ(service.inFlight(QStringLiteral("10.0.2.1")), 0);
    EXPECT_EQ(service.inFlight(), 3);
    ASSERT_TRUE(QTest::qWaitFor([&] { return done == 3; }, kWaitMs));
    EXPECT_EQ(service.inFlight(), 0);
    EXPECT_TRUE(
        service.submit(passwordSignIn(QStringLiteral("alice"), kPassword, QStringLiteral("10.0.2.1")), count));
    ASSERT_TRUE(QTest::qWaitFor([&] { return done == 4; }, kWaitMs));
}

TEST_F(SignInServiceTest, CallbacksRunOnTheOwnerThreadExactlyOnce)
{
    SignInService service(opener(), 2, 8, 32);
    QThread *owner = QThread::currentThread();
    std::vector<int> calls(6, 0);
    bool allOnOwner = true;
    bool inSubmit = false;
    bool calledInsideSubmit = false;
    for (int i = 0; i < 6; ++i) {
        // Half right, half wrong, one unknown user, one by token.
        SignInRequest request = passwordSignIn(QStringLiteral("alice"), i % 2 ? kPassword : QStringLiteral("nope"));
        if (i == 4)
            request.user = QStringLiteral("nobody");
        if (i == 5)
            request = { QStringLiteral("10.0.0.1"), {}, {}, m_store->issueToken(QStringLiteral("alice"), 1) };
        inSubmit = true;
        ASSERT_TRUE(service.submit(request, [&, i](const SignInResult &) {
            ++calls[i];
            calledInsideSubmit = calledInsideSubmit || inSubmit;
            allOnOwner = allOnOwner && QThread::currentThread() == owner;
        }));
        inSubmit = false;
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return service.inFlight() == 0; }, kWaitMs));
    QTest::qWait(20); // anything duplicated would arrive now
    EXPECT_EQ(calls, std::vector<int>(6, 1));
    EXPECT_TRUE(allOnOwner);
    EXPECT_FALSE(calledInsideSubmit);
}

TEST_F(SignInServiceTest, EventLoopKeepsRunningWhileSignInsAreChecked)
{
    SignInService service(opener(), 2, 8, 32);
    int ticks = 0;
    QTimer timer;
    timer.setInterval(0);
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start();

    constexpr int kSignIns = 8;
    std::vector<int> ticksAtResult;
    for (int i = 0; i < kSignIns; ++i) {
        ASSERT_TRUE(service.submit(passwordSignIn(i % 2 ? QStringLiteral("alice") : QStringLiteral("nobody"),
                                                  kPassword),
                                   [&](const SignInResult &) { ticksAtResult.push_back(ticks); }));
    }
    EXPECT_EQ(ticks, 0) << "submit returns without running the event loop";
    ASSERT_TRUE(QTest::qWaitFor([&] { return int(ticksAtResult.size()) == kSignIns; }, kWaitMs));
    timer.stop();
    // Each result is an event of its own among the timer's: the loop ran before the first result arrived
    // and kept running between the first and the last (each worker hashes four passwords in a row).
    EXPECT_GE(ticksAtResult.front(), 1);
    EXPECT_GT(ticksAtResult.back(), ticksAtResult.front());
    EXPECT_GE(ticksAtResult.back(), kSignIns);
}

TEST_F(SignInServiceTest, DestroyedServiceCallsNoCallback)
{
    int done = 0;
    {
        SignInService service(opener(), 1, 8, 32);
        for (int i = 0; i < 5; ++i)
            ASSERT_TRUE(service.submit(passwordSignIn(QStringLiteral("alice"), kPassword), [&](const SignInResult &) {
                ++done;
            }));
        // Let the worker start on the first one, so destruction has to wait for running work too.
        QTest::qWait(1);
    }
    QTest::qWait(50);
    QCoreApplication::processEvents();
    EXPECT_EQ(done, 0);
}

TEST_F(SignInServiceTest, CallbackMayDestroyTheService)
{
    auto service = std::make_unique<SignInService>(opener(), 1);
    bool called = false;
    ASSERT_TRUE(service->submit(passwordSignIn(QStringLiteral("alice"), kPassword), [&](const SignInResult &r) {
        called = true;
        EXPECT_EQ(r.status, Status::Ok);
        service.reset();
    }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return called; }, kWaitMs));
    EXPECT_FALSE(service);
}

} // namespace
