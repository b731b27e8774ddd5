using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ConfluentRulesSamples
{
    private static readonly string ConfluentApiSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("confluent-api-secret", ConfluentApiSecretKey, "CONFLUENT_API_SECRET")
        .Ignores("confluent-api-secret", "no confluent context", $"\"checksum\": \"{ConfluentApiSecretKey}\"")
        .Ignores("confluent-api-secret", "one character short", $"confluent: {ConfluentApiSecretKey[..^1]}");
}
