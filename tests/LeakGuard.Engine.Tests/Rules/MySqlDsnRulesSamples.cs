using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MySqlDsnRulesSamples
{
    private static readonly string Password = FakeKey.Of("upLY", "jX-8~", FakeKey.Random(FakeKey.Base62, 9, 8));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("mysql-dsn-password", "a Go constant", $"const dsn = \"metrics:{Password}@tcp(metrics-db.internal:3306)/metrics?parseTime=true&tls=true\"\n", Password)
        .FindsIn("mysql-dsn-password", "a .env line", $"DATABASE_DSN=app:{Password}@tcp(10.0.4.12:3306)/shop\n", Password)
        .Ignores("mysql-dsn-password", "a weak password on the developer's machine, and a template", "db, err := sql.Open(\"mysql\", \"root:root@tcp(127.0.0.1:3306)/test\")\ndsn := fmt.Sprintf(\"%s:%s@tcp(%s)/%s\", user, pass, host, name)\nDSN=app:k9dev7@tcp(localhost:3306)/app");
}
