using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TwitchRulesSamples
{
    private static readonly string TwitchTokenKey = FakeKey.Of(FakeKey.Random(TestKeys.LowerAlphanumeric, 30, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("twitch-token", TwitchTokenKey, "TWITCH_CLIENT_SECRET")
        .Ignores("twitch-token", "no twitch context", $"\"checksum\": \"{TwitchTokenKey}\"")
        .Ignores("twitch-token", "one character short", $"twitch: {TwitchTokenKey[..^1]}");
}
