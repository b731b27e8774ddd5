using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BraveSearchRulesSamples
{
    private static readonly string Key = FakeKey.Of("BS", "A", FakeKey.Random(FakeKey.Base62, 27, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("brave-search-api-key", Key, "BRAVE_API_KEY")
        .FindsIn("brave-search-api-key", "a request header", $"headers = {{\"X-Subscription-Token\": \"{Key}\"}}", Key)
        .Ignores("brave-search-api-key", "a piece of an inlined WebAssembly module's base 64", $"module.exports = '{FakeKey.Random(FakeKey.Base62, 150, 2)}/{Key}+{FakeKey.Random(FakeKey.Base62, 60, 3)}';")
        .Ignores("brave-search-api-key", "a constant's name", "value: BSAVE_CONFIGURATION_FOR_ALL_REGIONS");
}
