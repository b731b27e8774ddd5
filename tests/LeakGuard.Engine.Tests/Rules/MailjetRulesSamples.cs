using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MailjetRulesSamples
{
    private static readonly string Secret = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mailjet-secret-key", Secret, "MJ_APIKEY_PRIVATE")
        .FindsIn("mailjet-secret-key", "ASP.NET Core settings", $"\"Mailjet\": {{ \"ApiSecret\": \"{Secret}\" }}", Secret)
        .Ignores("mailjet-secret-key", "the public key, of the same form", $"mailjet = Client(auth=(\"{Secret}\", api_secret), version=\"v3.1\")")
        .Ignores("mailjet-secret-key", "no Mailjet near", $"private_checksum: {Secret}");
}
