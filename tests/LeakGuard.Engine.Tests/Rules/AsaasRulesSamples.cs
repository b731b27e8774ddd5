using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AsaasRulesSamples
{
    private static readonly string Key = FakeKey.Of("$aact", "_prod_", FakeKey.Random(FakeKey.Base64, 160, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("asaas-api-key", Key, "ASAAS_API_KEY")
        .Ignores("asaas-api-key", "too short", $"value: $aact_{FakeKey.Random(FakeKey.Base62, 20, 12)}");
}
