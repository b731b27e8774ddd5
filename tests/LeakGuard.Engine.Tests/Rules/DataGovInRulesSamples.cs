using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DataGovInRulesSamples
{
    private static readonly string Key = FakeKey.Of("579b464db66ec23b", "dd000001", FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("data-gov-in-api-key", Key, "DATA_GOV_API_KEY")
        .FindsIn("data-gov-in-api-key", "a resource URL", $"https://api.data.gov.in/resource/9ef84268-d588-465a-a308-a864a43d0070?api-key={Key}&format=json", Key)
        .Ignores("data-gov-in-api-key", "the common part alone", "value: 579b464db66ec23bdd000001")
        .Ignores("data-gov-in-api-key", "the sample key its API pages show", $"govDataApiKey: \"{FakeKey.Of("579b464db66ec23bdd000001", "cdd3946e44ce4aad", "7209ff7b23ac571b")}\",");
}
