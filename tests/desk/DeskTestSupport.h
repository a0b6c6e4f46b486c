// Steps the desk tests share: the desk signed in the way the demo script does, and a website visitor
// whose request for a person has reached the desk as an offer.
#pragma once

#include "VisitorClient.h"

#include <QString>
#include <memory>

namespace handoff {
class DeskController;
class DeskSession;
class MainWindow;
}

namespace handoff::test {

class RouterProcess;

// Starts the controller with the password "demo" (as HANDOFF_DESK_PASSWORD would) and waits until the
// router accepted the sign-in and the main window is on screen; null when it did not come.
MainWindow *signInDirectly(DeskController &controller, DeskSession &session, const QString &server,
    const QString &user = QStringLiteral("alice"));

// A visitor who asks the bot for a person; returns once the offer reached this desk's session.
std::unique_ptr<VisitorClient> visitorAskingForAPerson(const RouterProcess &router, DeskSession &session);

} // namespace handoff::test
