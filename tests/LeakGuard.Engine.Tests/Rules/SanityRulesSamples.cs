using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SanityRulesSamples
{
    private static readonly string SanityTokenKey = FakeKey.Of("s", "k", FakeKey.Random(FakeKey.Base62, 80, 1));

    private static readonly string RobotToken = FakeKey.Of("s", "k", FakeKey.Random(FakeKey.Base62, 178, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("sanity-token", SanityTokenKey, "SANITY_API_TOKEN")
        .Ignores("sanity-token", "no sanity context", $"\"checksum\": \"{SanityTokenKey}\"")
        .Ignores("sanity-token", "one character below the minimum length", $"sanity: {SanityTokenKey[..79]}")
        .FindsIn("sanity-token", "a project's robot token of 180 characters", $"const client = createClient({{ projectId: 'x1y2z3', dataset: 'production', token: '{RobotToken}' }}); // sanity", RobotToken)
        .Ignores("sanity-token", "a robot token one character short", $"SANITY_API_TOKEN={RobotToken[..^1]}");
}
