using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BeamerRulesSamples
{
    private static readonly string BeamerApiToken = FakeKey.Of("b_", FakeKey.Random(FakeKey.UrlSafe, 44, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("beamer-api-token", BeamerApiToken, "BEAMER_API_KEY")
        .Ignores("beamer-api-token", "no beamer context", $"\"checksum\": \"{BeamerApiToken}\"")
        .Ignores("beamer-api-token", "one character short", $"beamer: {BeamerApiToken[..^1]}");
}
