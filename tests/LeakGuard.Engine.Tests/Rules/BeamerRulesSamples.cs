using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BeamerRulesSamples
{
    private static readonly string BeamerApiToken = FakeKey.Of("b_", FakeKey.Random(FakeKey.UrlSafe, 44, 1));

    private static readonly string StandardBase64 = FakeKey.Of("b_", FakeKey.Random(FakeKey.Base62, 20, 2), "+", FakeKey.Random(FakeKey.Base62, 10, 3), "/", FakeKey.Random(FakeKey.Base62, 11, 4), "=");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("beamer-api-token", BeamerApiToken, "BEAMER_API_KEY")
        .FindsIn("beamer-api-token", "base 64 with + and /", $"const BEAMER_API_KEY = '{StandardBase64}'; // beamer", StandardBase64)
        .Ignores("beamer-api-token", "no beamer context", $"\"checksum\": \"{BeamerApiToken}\"")
        .Ignores("beamer-api-token", "one character short", $"beamer: {BeamerApiToken[..^1]}");
}
