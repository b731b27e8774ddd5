using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ZohoRulesSamples
{
    private static readonly string Key = FakeKey.Of("1000", ".", FakeKey.Random(FakeKey.Hex, 32, 42), ".", FakeKey.Random(FakeKey.Hex, 32, 43));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("zoho-oauth-token", Key, "ZOHO_REFRESH_TOKEN")
        .Ignores("zoho-oauth-token", "the client id", $"ZOHO_CLIENT_ID=1000.{FakeKey.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 30, 44)}");
}
