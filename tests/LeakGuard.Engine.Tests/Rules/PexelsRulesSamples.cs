using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PexelsRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 56, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("pexels-api-key", Key, "PEXELS_API_KEY")
        .FindsIn("pexels-api-key", "the bare header", $"fetch('https://api.pexels.com/v1/search?query=nature', {{ headers: {{ Authorization: '{Key}' }} }})", Key)
        .Ignores("pexels-api-key", "no Pexels near", $"value: {Key}");
}
