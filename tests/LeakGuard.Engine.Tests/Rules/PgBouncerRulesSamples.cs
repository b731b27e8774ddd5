using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PgBouncerRulesSamples
{
    private static readonly string Password = FakeKey.Random(FakeKey.Base62, 16, 91) + "_Q4J+";

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("pgbouncer-userlist-password", "a userlist.txt with a password in clear", $"\"pgbouncer\" \"{Password}\"\n\"app\" \"md5a3556571e93b0d20722ba62be61e8c2d\"\n", Password)
        .Ignores("pgbouncer-userlist-password", "an md5 hash and a SCRAM secret", "\"app\" \"md5a3556571e93b0d20722ba62be61e8c2d\"\n\"report\" \"SCRAM-SHA-256$4096:SOh9tRz7Jc5U1xF0/OqNwQ==$O4tHqzkhgyMpVAmrInG5m0pZrS3hQ8b1V7vLX0g3qJk=:ZQ1J0BPnh6rAmD3JvSxtIv4Yx/fDmjgBgkZ0WZtCpBM=\"\n")
        .Ignores("pgbouncer-userlist-password", "a demo password", "\"postgres\" \"postgres\"\n\"app\" \"password123\"\n");
}
