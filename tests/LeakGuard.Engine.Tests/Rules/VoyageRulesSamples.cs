using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class VoyageRulesSamples
{
    private static readonly string VoyageApiKeyKey = FakeKey.Of("p", "a-", FakeKey.Random(FakeKey.UrlSafe, 43, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("voyage-api-key", VoyageApiKeyKey, "VOYAGE_API_KEY")
        .Ignores("voyage-api-key", "no voyage context", $"\"checksum\": \"{VoyageApiKeyKey}\"")
        .Ignores("voyage-api-key", "one character short", $"voyage: {VoyageApiKeyKey[..^1]}");
}
