using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CratesIoRulesSamples
{
    private static readonly string CratesIoTokenKey = FakeKey.Of("c", "io", FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("crates-io-token", CratesIoTokenKey, "API_KEY")
        .Ignores("crates-io-token", "one character short", $"value: {CratesIoTokenKey[..^1]}")
        .Ignores("crates-io-token", "embedded in a longer token", "value: Q" + CratesIoTokenKey);
}
