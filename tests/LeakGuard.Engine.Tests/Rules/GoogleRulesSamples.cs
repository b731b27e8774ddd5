using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GoogleRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("google-api-key", TestKeys.GoogleApiKey(), "GOOGLE_API_KEY")
        .Finds("google-auth-key", TestKeys.GoogleAuthKey(), "GEMINI_API_KEY")
        .FindsIn("google-api-key", "query string", $"https://maps.googleapis.com/maps/api/js?key={TestKeys.GoogleApiKey(2)}&callback=init", TestKeys.GoogleApiKey(2))
        .FindsIn("google-auth-key", "header", $"-H 'x-goog-api-key: {TestKeys.GoogleAuthKey(2)}'", TestKeys.GoogleAuthKey(2))
        .Ignores("google-api-key", "one character short", TestKeys.GoogleApiKey()[..^1])
        .Ignores("google-api-key", "one character long", TestKeys.GoogleApiKey() + "Q")
        .Ignores("google-api-key", "wrong case", TestKeys.GoogleApiKey().ToUpperInvariant())
        .Ignores("google-api-key", "sequential placeholder", FakeKey.Of("AI", "zaSy", "abcdefghijklmnopqrstuvwxyz1234567"))
        .Ignores("google-auth-key", "one character short", TestKeys.GoogleAuthKey()[..^1]);
}
