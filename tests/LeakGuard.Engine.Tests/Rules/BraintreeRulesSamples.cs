using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BraintreeRulesSamples
{
    private static readonly string BraintreeAccessTokenKey = FakeKey.Of("access", "_token$", "production$", FakeKey.Random(TestKeys.LowerAlphanumeric, 16, 1), "$", FakeKey.Random(FakeKey.Hex, 32, 2));

    private static readonly string PrivateKey = FakeKey.Random(FakeKey.Hex, 32, 3);

    private static readonly string PublicKey = FakeKey.Random(TestKeys.LowerAlphanumeric, 16, 4);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("braintree-access-token", BraintreeAccessTokenKey, "API_KEY")
        .Ignores("braintree-access-token", "one character short", $"value: {BraintreeAccessTokenKey[..^1]}")
        .Ignores("braintree-access-token", "embedded in a longer token", "value: Q" + BraintreeAccessTokenKey)
        .Finds("braintree-private-key", PrivateKey, "BRAINTREE_PRIVATE_KEY")
        .FindsIn("braintree-private-key", "Ruby's configuration", $"Braintree::Configuration.environment = :sandbox\nBraintree::Configuration.merchant_id = \"{FakeKey.Random(TestKeys.LowerAlphanumeric, 16, 5)}\"\nBraintree::Configuration.public_key = \"{PublicKey}\"\nBraintree::Configuration.private_key = \"{PrivateKey}\"\n", PrivateKey)
        .FindsIn("braintree-private-key", ".NET's gateway", $"var gateway = new BraintreeGateway\n{{\n    Environment = Braintree.Environment.SANDBOX,\n    MerchantId = \"{FakeKey.Random(TestKeys.LowerAlphanumeric, 16, 6)}\",\n    PublicKey = \"{PublicKey}\",\n    PrivateKey = \"{PrivateKey}\"\n}};", PrivateKey)
        .Ignores("braintree-private-key", "no Braintree named", $"\"etag\": \"{PrivateKey}\"");
}
