using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MollieRulesSamples
{
    private static readonly string Key = FakeKey.Of("live", "_", FakeKey.Random(FakeKey.Base62, 30, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mollie-api-key", Key, "MOLLIE_API_KEY")
        .FindsIn("mollie-api-key", "the .NET client", $"var client = new PaymentClient(\"{Key}\"); // Mollie.Api", Key)
        .Ignores("mollie-api-key", "no Mollie near", $"value: {Key}")
        .Ignores("mollie-api-key", "the keys of Mollie's docs", $"$mollie->setApiKey(\"{FakeKey.Of("test_dHar4XY7LxsDO", "tmnkVtjNVWXLSlXsM")}\"); // or {FakeKey.Of("live_dHar4XY7LxsDO", "tmnkVtjNVWXLSlXsM")}")
        .Ignores("mollie-api-key", "one character short", $"mollie: {Key[..^1]}");
}
