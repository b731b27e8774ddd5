using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ReplicateRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("replicate-api-token", TestKeys.Replicate(), "REPLICATE_API_TOKEN")
        .Ignores("replicate-api-token", "one character short", TestKeys.Replicate()[..^1])
        .Ignores("replicate-api-token", "letters only", "r8" + "_" + FakeKey.Random(TestKeys.Letters, 37))
        .Ignores("replicate-api-token", "placeholder", "r8" + "_" + new string('x', 37));
}
