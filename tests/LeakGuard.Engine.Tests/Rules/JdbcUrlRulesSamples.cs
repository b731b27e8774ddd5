using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class JdbcUrlRulesSamples
{
    private static readonly string Password = FakeKey.Of("QNcl", "sSo7", FakeKey.Random(FakeKey.Base62, 6, 9), "_S");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("jdbc-url-password", "a Kotlin constant", $"private const val JDBC_URL =\n    \"jdbc:postgresql://warehouse.internal:5432/dwh?user=etl_loader&password={Password}&ssl=true\"\n", Password)
        .FindsIn("jdbc-url-password", "a properties file", $"db.url=jdbc:mysql://db.internal:3306/shop?useSSL=true&user=shop&password={Password}\n", Password)
        .Ignores("jdbc-url-password", "placeholders and demo passwords", "jdbc:postgresql://localhost/test?user=fred&password=secret&ssl=true\njdbc:mysql://db/app?user=${DB_USER}&password=${DB_PASSWORD}");
}
