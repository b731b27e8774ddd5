using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ContentfulRulesSamples
{
    private static readonly string ContentfulPatKey = FakeKey.Of("CFP", "AT-", FakeKey.Random(FakeKey.UrlSafe, 43, 1));

    private static readonly string ContentfulDeliveryTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 43, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("contentful-pat", ContentfulPatKey, "API_KEY")
        .Ignores("contentful-pat", "one character short", $"value: {ContentfulPatKey[..^1]}")
        .Ignores("contentful-pat", "embedded in a longer token", "value: Q" + ContentfulPatKey)
        .Finds("contentful-delivery-token", ContentfulDeliveryTokenKey, "CONTENTFUL_DELIVERY_TOKEN")
        .Ignores("contentful-delivery-token", "no contentful context", $"\"checksum\": \"{ContentfulDeliveryTokenKey}\"")
        .Ignores("contentful-delivery-token", "one character short", $"contentful: {ContentfulDeliveryTokenKey[..^1]}");
}
