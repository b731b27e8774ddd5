using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AmazonLoginRulesSamples
{
    private static readonly string Key = FakeKey.Of("amzn1", ".oa2-cs.v1.", FakeKey.Random(FakeKey.Hex, 64, 71));

    private static readonly string Refresh = FakeKey.Of("Atzr", "|IwEB", FakeKey.Random(FakeKey.UrlSafe, 300, 72));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("amazon-lwa-client-secret", Key, "LWA_CLIENT_SECRET")
        .FindsIn("amazon-lwa-refresh-token", "an SP-API configuration", $"\"refresh_token\": \"{Refresh}\",\n", Refresh)
        .Ignores("amazon-lwa-client-secret", "the client id", $"LWA_CLIENT_ID=amzn1.application-oa2-client.{FakeKey.Random(FakeKey.Hex, 32, 73)}")
        .Ignores("amazon-lwa-refresh-token", "too short", $"value: Atzr|{FakeKey.Random(FakeKey.UrlSafe, 60, 74)}");
}
