using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class VercelRulesSamples
{
    private static readonly string VercelTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 24, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("vercel-token", VercelTokenKey, "VERCEL_TOKEN")
        .Ignores("vercel-token", "no vercel context", $"\"checksum\": \"{VercelTokenKey}\"")
        .Ignores("vercel-token", "one character short", $"vercel: {VercelTokenKey[..^1]}");
}
