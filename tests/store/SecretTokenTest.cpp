// Tokens and ids: the right length and alphabet, and no two alike.
#include "store/SecretToken.h"

#include <QSet>
#include <gtest/gtest.h>

using handoff::store::SecretToken;

TEST(SecretToken, RandomBytesHaveTheAskedLengthForEveryCount)
{
    for (int n = 1; n <= 33; ++n) {
        QSet<QByteArray> seen;
        for (int i = 0; i < 20; ++i) {
            const QByteArray bytes = SecretToken::randomBytes(n);
            ASSERT_EQ(bytes.size(), n);
            seen.insert(bytes);
        }
        // 20 draws of n random bytes: all alike only if the generator is broken (n = 1 may repeat by chance).
        EXPECT_GT(seen.size(), n == 1 ? 5 : 19) << n;
    }
}

TEST(SecretToken, IdsAndTokensAreHexOfTheirLengthAndNeverRepeat)
{
    QSet<QString> ids;
    for (int i = 0; i < 20000; ++i) {
        const QString id = SecretToken::newId(QStringLiteral("m_"));
        ASSERT_EQ(id.size(), 2 + 24);
        ASSERT_TRUE(id.startsWith(QStringLiteral("m_")));
        for (QChar c : QStringView(id).mid(2))
            ASSERT_TRUE(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))) << id.toStdString();
        ids.insert(id);
    }
    EXPECT_EQ(ids.size(), 20000);
    const QString token = SecretToken::generate(32);
    EXPECT_EQ(token.size(), 64);
    EXPECT_NE(token, SecretToken::generate(32));
}
