using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ConfluentRulesSamples
{
    private static readonly string ConfluentApiSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 64, 1));

    private static readonly string CfltSecret = FakeKey.Of("cf", "lt", FakeKey.Random(FakeKey.Base64, 60, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("confluent-api-secret", ConfluentApiSecretKey, "CONFLUENT_API_SECRET")
        .FindsIn("confluent-identifiable-api-secret", "a secret with cflt, no Confluent word near", $"'sasl.username': 'ABCDEFGH12345678',\n'sasl.password': '{CfltSecret}',", CfltSecret)
        .Ignores("confluent-identifiable-api-secret", "cflt and 59 characters", $"value: {CfltSecret[..^1]}")
        .Ignores("confluent-api-secret", "no confluent context", $"\"checksum\": \"{ConfluentApiSecretKey}\"")
        .Ignores("confluent-api-secret", "one character short", $"confluent: {ConfluentApiSecretKey[..^1]}");
}
