using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MailjetRulesSamples
{
    private static readonly string Secret = FakeKey.Random(FakeKey.Hex, 32, 1);
    private static readonly string Public = FakeKey.Random(FakeKey.Hex, 32, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mailjet-secret-key", Secret, "MJ_APIKEY_PRIVATE")
        .FindsIn("mailjet-secret-key", "ASP.NET Core settings", $"\"Mailjet\": {{ \"ApiSecret\": \"{Secret}\" }}", Secret)
        .Ignores("mailjet-secret-key", "the public key, of the same form", $"mailjet = Client(auth=(\"{Secret}\", api_secret), version=\"v3.1\")")
        .FindsIn("mailjet-secret-key", "node-mailjet's connect, public key first", $"const mailjet = require('node-mailjet').connect('{Public}', '{Secret}')", Secret)
        .FindsIn("mailjet-secret-key", "mailjet_rest's auth tuple", $"from mailjet_rest import Client\nmailjet = Client(auth=('{Public}', '{Secret}'), version='v3.1')", Secret)
        .Ignores("mailjet-secret-key", "a pair of hex values with no Mailjet near", $"const c = require('other').connect('{Public}', '{Secret}')")
        .Ignores("mailjet-secret-key", "no Mailjet near", $"private_checksum: {Secret}");
}
