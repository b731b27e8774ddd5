using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SanityRulesSamples
{
    private static readonly string SanityTokenKey = FakeKey.Of("s", "k", FakeKey.Random(FakeKey.Base62, 80, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("sanity-token", SanityTokenKey, "SANITY_API_TOKEN")
        .Ignores("sanity-token", "no sanity context", $"\"checksum\": \"{SanityTokenKey}\"")
        .Ignores("sanity-token", "one character below the minimum length", $"sanity: {SanityTokenKey[..79]}");
}
