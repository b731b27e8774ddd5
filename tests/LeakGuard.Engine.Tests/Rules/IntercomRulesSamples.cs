using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class IntercomRulesSamples
{
    private static readonly string IntercomAccessTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 59, 1), "=");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("intercom-access-token", IntercomAccessTokenKey, "INTERCOM_ACCESS_TOKEN")
        .Ignores("intercom-access-token", "no intercom context", $"\"checksum\": \"{IntercomAccessTokenKey}\"")
        .Ignores("intercom-access-token", "one character short", $"intercom: {IntercomAccessTokenKey[..^1]}");
}
