using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TriggerDevRulesSamples
{
    private static readonly string Key = FakeKey.Of("tr", "_prod_", FakeKey.Random(FakeKey.Base62, 20, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("triggerdev-secret-key", Key, "TRIGGER_SECRET_KEY")
        .Ignores("triggerdev-secret-key", "too short", $"value: tr_dev_{FakeKey.Random(FakeKey.Base62, 12, 2)}")
        .Ignores("triggerdev-secret-key", "a name in code", "value: tr_prod_CatalogSummaryReport2024Q3Generator");
}
