using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CloudsmithRulesSamples
{
    private static readonly string Key = FakeKey.Of("cs", "a_", FakeKey.Random(FakeKey.Hex, 30, 1), FakeKey.Random(FakeKey.Base62, 6, 2));

    private static readonly string LegacyKey = FakeKey.Random(FakeKey.Hex, 40, 3);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("cloudsmith-api-key", Key, "CLOUDSMITH_API_KEY")
        .FindsIn("cloudsmith-legacy-api-key", "PowerShell's environment", $"$env:CLOUDSMITH_API_KEY = '{LegacyKey}'\ncloudsmith push nuget contoso/feed ./out/*.nupkg", LegacyKey)
        .Ignores("cloudsmith-legacy-api-key", "a commit's id in a Cloudsmith workflow", $"- uses: cloudsmith-io/action@{LegacyKey}\n")
        .Ignores("cloudsmith-api-key", "one character short", $"value: {Key[..^1]}");
}
