using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RunwayRulesSamples
{
    private static readonly string RunwayApiKeyKey = FakeKey.Of("ke", "y_", FakeKey.Random(FakeKey.Hex, 128, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("runway-api-key", RunwayApiKeyKey, "RUNWAYML_API_SECRET")
        .Ignores("runway-api-key", "no runway context", $"\"checksum\": \"{RunwayApiKeyKey}\"")
        .Ignores("runway-api-key", "one character short", $"runway: {RunwayApiKeyKey[..^1]}");
}
