using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FreshBooksRulesSamples
{
    private static readonly string FreshbooksAccessToken = FakeKey.Random(FakeKey.Hex, 64, 1);

    private static readonly string ClassicToken = FakeKey.Random(FakeKey.Hex, 32, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("freshbooks-access-token", FreshbooksAccessToken, "FRESHBOOKS_ACCESS_TOKEN")
        .Ignores("freshbooks-access-token", "no freshbooks context", $"\"checksum\": \"{FreshbooksAccessToken}\"")
        .Ignores("freshbooks-access-token", "one character short", $"freshbooks: {FreshbooksAccessToken[..^1]}")
        .FindsIn("freshbooks-access-token", "a classic API token of 32 hex digits", $"var freshbooks = new FreshBooks('https://acme.freshbooks.com/api/2.1/xml-in', '{ClassicToken}');", ClassicToken);
}
