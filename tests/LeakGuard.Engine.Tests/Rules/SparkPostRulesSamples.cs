using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SparkPostRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 40, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("sparkpost-api-key", Key, "SPARKPOST_API_KEY")
        .Ignores("sparkpost-api-key", "no SparkPost near", $"\"checksum\": \"{Key}\"")
        .Ignores("sparkpost-api-key", "one digit short", $"sparkpost: {Key[..^1]}");
}
