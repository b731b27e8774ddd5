using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class VisualCrossingRulesSamples
{
    private static readonly string Key = FakeKey.Random(TestKeys.UpperAlphanumeric, 25, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("visualcrossing-api-key", Key, "VISUAL_CROSSING_API_KEY")
        .FindsIn("visualcrossing-api-key", "a request URL", $"https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/London?unitGroup=metric&key={Key}", Key)
        .Ignores("visualcrossing-api-key", "no Visual Crossing named", $"value: {Key}");
}
