using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RollbarRulesSamples
{
    private static readonly string RollbarAccessTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("rollbar-access-token", RollbarAccessTokenKey, "ROLLBAR_ACCESS_TOKEN")
        .Ignores("rollbar-access-token", "no rollbar context", $"\"checksum\": \"{RollbarAccessTokenKey}\"")
        .Ignores("rollbar-access-token", "one character short", $"rollbar: {RollbarAccessTokenKey[..^1]}");
}
