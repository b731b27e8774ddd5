using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MixpanelRulesSamples
{
    private static readonly string MixpanelApiSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mixpanel-api-secret", MixpanelApiSecretKey, "MIXPANEL_API_SECRET")
        .FindsIn("mixpanel-api-secret", "Python's client", $"mp = Mixpanel(token, api_secret=\"{MixpanelApiSecretKey}\")", MixpanelApiSecretKey)
        .FindsIn("mixpanel-api-secret", "a Python bytes literal", $"from Mixpanel import Mixpanel\n\nencoded_secret = b'{MixpanelApiSecretKey}'\napi = Mixpanel(api_secret=encoded_secret)", MixpanelApiSecretKey)
        .Ignores("mixpanel-api-secret", "a bytes literal one character short", $"from Mixpanel import Mixpanel\nencoded_secret = b'{MixpanelApiSecretKey[..^1]}'")
        .Ignores("mixpanel-api-secret", "the project token, public in every page", $"mixpanel.init(\"{MixpanelApiSecretKey}\", {{ debug: true }});")
        .FindsIn("generic-secret", "the project token under its name: not a Mixpanel API secret", $"MIXPANEL_TOKEN={MixpanelApiSecretKey}", MixpanelApiSecretKey)
        .Ignores("mixpanel-api-secret", "no mixpanel context", $"\"checksum\": \"{MixpanelApiSecretKey}\"")
        .Ignores("mixpanel-api-secret", "one character short", $"mixpanel: {MixpanelApiSecretKey[..^1]}");
}
