using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TeamCityRulesSamples
{
    private static readonly string Token = FakeKey.Of("eyJ0eXAiOiAiVENW", "MiJ9.", FakeKey.Random(FakeKey.UrlSafe, 36, 1), ".", FakeKey.Random(FakeKey.UrlSafe, 48, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("teamcity-access-token", Token, "TEAMCITY_TOKEN")
        .Ignores("teamcity-access-token", "one character short", $"value: {Token[..^1]}");
}
