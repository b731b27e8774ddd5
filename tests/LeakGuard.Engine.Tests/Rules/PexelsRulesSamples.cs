using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PexelsRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 56, 1);

    private static readonly string LegacyKey = FakeKey.Of("563492ad6f917000", "01000001", FakeKey.Random(FakeKey.Hex, 32, 9));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("pexels-api-key", Key, "PEXELS_API_KEY")
        .FindsIn("pexels-api-key", "the bare header", $"fetch('https://api.pexels.com/v1/search?query=nature', {{ headers: {{ Authorization: '{Key}' }} }})", Key)
        .Ignores("pexels-api-key", "no Pexels near", $"value: {Key}")
        .Finds("pexels-legacy-api-key", LegacyKey, "PEXELS_API_KEY")
        .FindsIn("pexels-legacy-api-key", "the client", $"const client = createClient('{LegacyKey}');", LegacyKey)
        .Ignores("pexels-legacy-api-key", "the common part alone", "value: 563492ad6f91700001000001");
}
