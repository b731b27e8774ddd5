using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PgpassRulesSamples
{
    private static readonly string Password = FakeKey.Of("s%M6", "xNdM", FakeKey.Random(FakeKey.Base62, 5, 7), "?");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("pgpass-password", "a .pgpass entry", $"# primary\nanalytics-db.internal:5432:analytics:report_reader:{Password}\n#\n", Password)
        .FindsIn("pgpass-password", "any port, any database", $"*:*:*:replicator:{Password}\n", Password)
        .Ignores("pgpass-password", "/etc/passwd, a demo password and a log's timestamps", "postgres:x:999:999:PostgreSQL administrator:/var/lib/postgresql:/bin/bash\nsys:*:3:3:sys:/dev:/usr/sbin/nologin\nlocalhost:5432:app:app:postgres\n2024-05-01 12:30:45:5432:connection:received:host=10.0.0.4");
}
