using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LinkedInRulesSamples
{
    private static readonly string Secret = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 15, 1), "7");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("linkedin-client-secret", "ASP.NET Core's LinkedIn sign-in", $"\"LinkedIn\": {{\n  \"ClientId\": \"86abcdxyz12345\",\n  \"ClientSecret\": \"{Secret}\"\n}}", Secret)
        .FindsIn("linkedin-client-secret", ".env line", $"LINKEDIN_CLIENT_SECRET={Secret}\n", Secret)
        .FindsIn("linkedin-client-secret", "under LinkedIn's name", $"linkedin_token = '{Secret}'", Secret)
        .Ignores("linkedin-client-secret", "no LinkedIn near", $"\"ClientSecret\": \"{Secret[..15]}\"")
        .Ignores("linkedin-client-secret", "letters only", $"LINKEDIN_CLIENT_SECRET={FakeKey.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 16, 2)}")
        .FindsIn("generic-secret", "17 characters: a generic secret at most", $"LINKEDIN_CLIENT_SECRET={Secret}Q\n", Secret + "Q");
}
