using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AsanaRulesSamples
{
    private static readonly string AsanaPatKey = FakeKey.Of("2", "/", FakeKey.Random(TestKeys.Digits, 16, 1), "/", FakeKey.Random(TestKeys.Digits, 16, 2), ":", FakeKey.Random(FakeKey.Base62, 32, 3));

    private static readonly string LegacyKey = FakeKey.Of("0", "/", FakeKey.Random(FakeKey.Hex, 32, 4));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("asana-pat", AsanaPatKey, "ASANA_ACCESS_TOKEN")
        .FindsIn("asana-pat", "a legacy token in a request to the API", $"url: \"https://app.asana.com/api/1.0/workspaces\",\nheaders: {{ \"Authorization\": \"Bearer {LegacyKey}\" }}\n", LegacyKey)
        .Ignores("asana-pat", "a legacy-shaped value with no asana context", $"path = \"{LegacyKey}\"")
        .Ignores("asana-pat", "no asana context", $"\"checksum\": \"{AsanaPatKey}\"")
        .Ignores("asana-pat", "one character short", $"asana: {AsanaPatKey[..^1]}")
        .FindsIn("asana-pat", "a bearer header, Asana not named", $"bearer := \"Bearer {AsanaPatKey}\"", AsanaPatKey);
}
