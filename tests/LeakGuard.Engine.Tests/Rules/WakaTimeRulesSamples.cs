using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class WakaTimeRulesSamples
{
    private static readonly string Key = FakeKey.Of("waka", "_", TestKeys.Uuid(37));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("wakatime-api-key", Key, "WAKATIME_API_KEY")
        .Ignores("wakatime-api-key", "one digit short", $"value = {Key[..^1]}");
}
