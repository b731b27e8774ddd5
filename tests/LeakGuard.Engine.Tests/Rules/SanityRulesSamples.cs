using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SanityRulesSamples
{
    private static readonly string SanityTokenKey = FakeKey.Of("s", "k", FakeKey.Random(FakeKey.Base62, 80, 1));

    private static readonly string RobotToken = FakeKey.Of("s", "k", FakeKey.Random(FakeKey.Base62, 178, 2));

    private static readonly string LongerRobotToken = FakeKey.Of("s", "k", FakeKey.Random(FakeKey.Base62, 180, 3));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("sanity-token", SanityTokenKey, "SANITY_API_TOKEN")
        .Ignores("sanity-token", "no sanity context", $"\"checksum\": \"{SanityTokenKey}\"")
        .Ignores("sanity-token", "one character below the minimum length", $"sanity: {SanityTokenKey[..79]}")
        .FindsIn("sanity-token", "a project's robot token of 180 characters", $"const client = createClient({{ projectId: 'x1y2z3', dataset: 'production', token: '{RobotToken}' }}); // sanity", RobotToken)
        .FindsIn("sanity-token", "a robot token of 182 characters", $"SANITY_API_TOKEN={LongerRobotToken}", LongerRobotToken)
        .Ignores("sanity-token", "a robot token below 170 characters", $"sanity: {RobotToken[..^9]}");
}
