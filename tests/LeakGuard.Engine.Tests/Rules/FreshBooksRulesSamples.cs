using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FreshBooksRulesSamples
{
    private static readonly string FreshbooksAccessToken = FakeKey.Random(FakeKey.Hex, 64, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("freshbooks-access-token", FreshbooksAccessToken, "FRESHBOOKS_ACCESS_TOKEN")
        .Ignores("freshbooks-access-token", "no freshbooks context", $"\"checksum\": \"{FreshbooksAccessToken}\"")
        .Ignores("freshbooks-access-token", "one character short", $"freshbooks: {FreshbooksAccessToken[..^1]}");
}
