using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NeonRulesSamples
{
    private static readonly string NeonApiKeyKey = FakeKey.Of("na", "pi_", FakeKey.Random(TestKeys.LowerAlphanumeric, 64, 1));

    private static readonly string NeonPassword = FakeKey.Of("np", "g_", "aB", FakeKey.Random(FakeKey.Base62, 10, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("neon-api-key", NeonApiKeyKey, "API_KEY")
        .Ignores("neon-api-key", "one character short", $"value: {NeonApiKeyKey[..^1]}")
        .Ignores("neon-api-key", "embedded in a longer token", "value: Q" + NeonApiKeyKey)
        .Finds("neon-database-password", NeonPassword, "PGPASSWORD")
        .FindsIn("neon-database-password", "a connection URI", $"DATABASE_URL=postgresql://neondb_owner:{NeonPassword}@ep-cool-sound-a1b2c3d4-pooler.us-east-2.aws.neon.tech/neondb?sslmode=require", NeonPassword)
        .FindsIn("password-assignment", "one character short of a Neon password: a password still, not Neon's", $"password: '{NeonPassword[..^1]}'", NeonPassword[..^1])
        .Ignores("neon-database-password", "a name, not a password", "const npg_connection = require('./db');");
}
