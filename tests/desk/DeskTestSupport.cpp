#include "DeskTestSupport.h"

#include "TestSupport.h"
#include "client/DeskSession.h"
#include "desk/DeskController.h"
#include "desk/MainWindow.h"

#include <QTest>
#include <gtest/gtest.h>

namespace handoff::test {

MainWindow *signInDirectly(DeskController &controller, DeskSession &session, const QString &server, const QString &user)
{
    controller.start(server, user, QStringLiteral("demo"));
    waitUntil([&] { return controller.mainWindow() && session.connection()->isSignedIn(); }, 20000);
    MainWindow *w = controller.mainWindow();
    if (w) {
        EXPECT_TRUE(QTest::qWaitForWindowExposed(w));
    }
    return w;
}

std::unique_ptr<VisitorClient> visitorAskingForAPerson(const RouterProcess &router, DeskSession &session)
{
    auto v = std::make_unique<VisitorClient>(router.wsUrl(QStringLiteral("visitor")));
    EXPECT_TRUE(v->connectAndHello());
    v->askForAPerson();
    EXPECT_TRUE(waitUntil([&] { return session.offers()->rowOf(v->conversationId) >= 0; }, 20000))
        << qPrintable(router.log());
    return v;
}

} // namespace handoff::test
