using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LocationIqRulesSamples
{
    private static readonly string Key = FakeKey.Of("pk", ".", FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("locationiq-access-token", Key, "LOCATIONIQ_API_KEY")
        .FindsIn("locationiq-access-token", "a search URL", $"https://us1.locationiq.com/v1/search?key={Key}&q=Berlin&format=json", Key)
        .Ignores("locationiq-access-token", "31 digits", $"value: pk.{FakeKey.Random(FakeKey.Hex, 31, 2)}");
}
