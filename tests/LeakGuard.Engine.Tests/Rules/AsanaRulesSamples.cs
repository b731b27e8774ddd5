using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AsanaRulesSamples
{
    private static readonly string AsanaPatKey = FakeKey.Of("2", "/", FakeKey.Random(TestKeys.Digits, 16, 1), "/", FakeKey.Random(TestKeys.Digits, 16, 2), ":", FakeKey.Random(FakeKey.Base62, 32, 3));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("asana-pat", AsanaPatKey, "ASANA_ACCESS_TOKEN")
        .Ignores("asana-pat", "no asana context", $"\"checksum\": \"{AsanaPatKey}\"")
        .Ignores("asana-pat", "one character short", $"asana: {AsanaPatKey[..^1]}");
}
