using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MixpanelRulesSamples
{
    private static readonly string MixpanelApiSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mixpanel-api-secret", MixpanelApiSecretKey, "MIXPANEL_API_SECRET")
        .Ignores("mixpanel-api-secret", "no mixpanel context", $"\"checksum\": \"{MixpanelApiSecretKey}\"")
        .Ignores("mixpanel-api-secret", "one character short", $"mixpanel: {MixpanelApiSecretKey[..^1]}");
}
