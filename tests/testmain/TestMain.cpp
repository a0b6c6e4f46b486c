// Shared main() for every test binary: a QApplication on the offscreen platform (unless the caller
// chose another), so widget tests and event loops work on a headless machine and during discovery.
#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HandoffTests"));
    QApplication::setApplicationName(QStringLiteral("handoff-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
