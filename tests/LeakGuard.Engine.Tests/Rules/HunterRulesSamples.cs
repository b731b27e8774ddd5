using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HunterRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 40, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("hunter-api-key", Key, "HUNTER_API_KEY")
        .FindsIn("hunter-api-key", "a domain search URL", $"https://api.hunter.io/v2/domain-search?domain=stripe.com&api_key={Key}", Key)
        .Ignores("hunter-api-key", "no Hunter named", $"value: {Key}");
}
