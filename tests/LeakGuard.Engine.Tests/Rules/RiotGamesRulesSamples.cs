using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RiotGamesRulesSamples
{
    private static readonly string Key = FakeKey.Of("RGAPI", "-", TestKeys.Uuid(1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("riot-games-api-key", Key, "RIOT_API_KEY")
        .Ignores("riot-games-api-key", "one digit short", $"value: {Key[..^1]}")
        .Ignores("riot-games-api-key", "a placeholder", "RIOT_API_KEY=RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
}
