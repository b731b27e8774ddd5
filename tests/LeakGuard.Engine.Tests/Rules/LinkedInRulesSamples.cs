using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LinkedInRulesSamples
{
    private static readonly string Secret = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 15, 1), "7");

    private static readonly string WplSecret = FakeKey.Of("WPL_", "AP1.", FakeKey.Random(FakeKey.Base62, 16, 3), ".", FakeKey.Random(FakeKey.Base62, 6, 4), "==");

    private static readonly string WplSecretV0 = FakeKey.Of("WPL_", "AP0.", FakeKey.Random(FakeKey.Base62, 16, 5), ".", "MTAxMjU2", "NjY2Mg==");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("linkedin-client-secret-wpl", "a WPL_AP1 secret with no LinkedIn near", $"const clientSecret = '{WplSecret}';", WplSecret)
        .FindsIn("linkedin-client-secret-wpl", "a WPL_AP0 secret in a form body", $"'&client_id=77abcdxyz12345&client_secret={WplSecretV0}&redirect_uri=x'", WplSecretV0)
        .Ignores("linkedin-client-secret-wpl", "a placeholder", "placeholder=\"e.g. WPL_" + "AP1.xxxxxxxxxxxxxxxx.xxxxxx==\"")
        .Ignores("linkedin-client-secret-wpl", "a middle part one character short", $"linkedin: '{WplSecret.Remove(10, 1)}'")
        .FindsIn("linkedin-client-secret", "ASP.NET Core's LinkedIn sign-in", $"\"LinkedIn\": {{\n  \"ClientId\": \"86abcdxyz12345\",\n  \"ClientSecret\": \"{Secret}\"\n}}", Secret)
        .FindsIn("linkedin-client-secret", ".env line", $"LINKEDIN_CLIENT_SECRET={Secret}\n", Secret)
        .FindsIn("linkedin-client-secret", "under LinkedIn's name", $"linkedin_token = '{Secret}'", Secret)
        .Ignores("linkedin-client-secret", "no LinkedIn near", $"\"ClientSecret\": \"{Secret[..15]}\"")
        .Ignores("linkedin-client-secret", "letters only", $"LINKEDIN_CLIENT_SECRET={FakeKey.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 16, 2)}")
        .FindsIn("generic-secret", "17 characters: a generic secret at most", $"LINKEDIN_CLIENT_SECRET={Secret}Q\n", Secret + "Q");
}
