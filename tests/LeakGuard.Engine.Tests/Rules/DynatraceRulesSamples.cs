using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DynatraceRulesSamples
{
    private static readonly string DynatraceApiTokenKey = FakeKey.Of("dt0", "c01.", FakeKey.Random(TestKeys.UpperAlphanumeric, 24, 1), ".", FakeKey.Random(TestKeys.UpperAlphanumeric, 64, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("dynatrace-api-token", DynatraceApiTokenKey, "API_KEY")
        .Ignores("dynatrace-api-token", "one character short", $"value: {DynatraceApiTokenKey[..^1]}")
        .Ignores("dynatrace-api-token", "embedded in a longer token", "value: Q" + DynatraceApiTokenKey);
}
