using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CircleCiRulesSamples
{
    private static readonly string CircleciPersonalTokenKey = FakeKey.Of("CCI", "PAT_", FakeKey.Random(FakeKey.Base62, 22, 1), "_", FakeKey.Random(FakeKey.Hex, 40, 2));

    private static readonly string CircleciProjectTokenKey = FakeKey.Of("CCI", "PRJ_", FakeKey.Random(FakeKey.Base62, 22, 11), "_", FakeKey.Random(FakeKey.Hex, 40, 12));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("circleci-personal-token", CircleciPersonalTokenKey, "API_KEY")
        .Ignores("circleci-personal-token", "one character short", $"value: {CircleciPersonalTokenKey[..^1]}")
        .Ignores("circleci-personal-token", "embedded in a longer token", "value: Q" + CircleciPersonalTokenKey)
        .Finds("circleci-project-token", CircleciProjectTokenKey, "API_KEY")
        .Ignores("circleci-project-token", "one character short", $"value: {CircleciProjectTokenKey[..^1]}")
        .Ignores("circleci-project-token", "embedded in a longer token", "value: Q" + CircleciProjectTokenKey);
}
