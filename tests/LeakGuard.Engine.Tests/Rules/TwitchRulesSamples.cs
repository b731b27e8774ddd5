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
        .Ignores("twitch-token", "one character short", $"twitch: {TwitchTokenKey[..^1]}")
        .FindsIn("twitch-chat-token", "a tmi.js bot's identity, no Twitch near", $"const client = new tmi.Client({{\n  identity: {{\n    username: 'mybot',\n    password: 'oauth:{TwitchTokenKey}'\n  }},", TwitchTokenKey)
        .FindsIn("password-assignment", "upper-case letters: a password still, not a Twitch chat token", $"password: 'oauth:{TwitchTokenKey.ToUpperInvariant()}'", "oauth:" + TwitchTokenKey.ToUpperInvariant())
        .FindsIn("password-assignment", "one character short: a password still, not a Twitch chat token", $"password: 'oauth:{TwitchTokenKey[..^1]}'", "oauth:" + TwitchTokenKey[..^1])
        .Ignores("twitch-chat-token", "one character short, in a chat client's settings", $"chat_login: 'oauth:{TwitchTokenKey[..^1]}'");
}
