using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AdyenRulesSamples
{
    private static readonly string Key = FakeKey.Of("AQ", "E", FakeKey.Random(FakeKey.Base64, 87, 1), "==-", FakeKey.Random(FakeKey.Base64, 43, 2), "=-", FakeKey.Random(FakeKey.Base62, 8, 3));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("adyen-api-key", Key, "ADYEN_API_KEY")
        .FindsIn("adyen-api-key", "a request header in Java", $"headers.add(\"X-API-Key\", \"{Key}\");", Key)
        .Ignores("adyen-api-key", "base 64 without the parts", $"value: AQE{FakeKey.Random(FakeKey.Base64, 90, 4)}");
}
