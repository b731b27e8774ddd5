using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NyTimesRulesSamples
{
    private static readonly string NytimesAccessToken = FakeKey.Random(FakeKey.Base62, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("nytimes-access-token", NytimesAccessToken, "NYTIMES_API_KEY")
        .FindsIn("nytimes-access-token", "a short name", $"const NYT_KEY = '{NytimesAccessToken}';", NytimesAccessToken)
        .Ignores("nytimes-access-token", "no nytimes context", $"\"checksum\": \"{NytimesAccessToken}\"")
        .Ignores("nytimes-access-token", "one character short", $"nytimes: {NytimesAccessToken[..^1]}");
}
