using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ShopifyRulesSamples
{
    private static readonly string ShopifyPartnerKey = FakeKey.Of("prtapi", "_", FakeKey.Random(FakeKey.Hex, 32, 74));

    private static readonly string ShopifyAccessTokenKey = FakeKey.Of("shp", "at_", FakeKey.Random(FakeKey.Hex, 32, 1));

    private static readonly string ShopifyCustomAppTokenKey = FakeKey.Of("shp", "ca_", FakeKey.Random(FakeKey.Hex, 32, 11));

    private static readonly string ShopifyPrivateAppTokenKey = FakeKey.Of("shp", "pa_", FakeKey.Random(FakeKey.Hex, 32, 21));

    private static readonly string ShopifySharedSecretKey = FakeKey.Of("shp", "ss_", FakeKey.Random(FakeKey.Hex, 32, 31));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("shopify-access-token", ShopifyAccessTokenKey, "API_KEY")
        .Ignores("shopify-access-token", "one character short", $"value: {ShopifyAccessTokenKey[..^1]}")
        .Ignores("shopify-access-token", "embedded in a longer token", "value: Q" + ShopifyAccessTokenKey)
        .Finds("shopify-custom-app-token", ShopifyCustomAppTokenKey, "API_KEY")
        .Ignores("shopify-custom-app-token", "one character short", $"value: {ShopifyCustomAppTokenKey[..^1]}")
        .Ignores("shopify-custom-app-token", "embedded in a longer token", "value: Q" + ShopifyCustomAppTokenKey)
        .Finds("shopify-private-app-token", ShopifyPrivateAppTokenKey, "API_KEY")
        .Ignores("shopify-private-app-token", "one character short", $"value: {ShopifyPrivateAppTokenKey[..^1]}")
        .Ignores("shopify-private-app-token", "embedded in a longer token", "value: Q" + ShopifyPrivateAppTokenKey)
        .Finds("shopify-shared-secret", ShopifySharedSecretKey, "API_KEY")
        .Ignores("shopify-shared-secret", "one character short", $"value: {ShopifySharedSecretKey[..^1]}")
        .Ignores("shopify-shared-secret", "embedded in a longer token", "value: Q" + ShopifySharedSecretKey)
        .Finds("shopify-partner-api-token", ShopifyPartnerKey, "SHOPIFY_PARTNER_API_TOKEN")
        .Ignores("shopify-partner-api-token", "one digit short", $"value: {ShopifyPartnerKey[..^1]}");
}
