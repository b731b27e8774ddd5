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
        .Ignores("contentful-delivery-token", "one character short", $"contentful: {ContentfulDeliveryTokenKey[..^1]}")
        .FindsIn("contentful-delivery-token", "an older token of 64 hex digits", $"var CONTENTFUL_SPACE_ID = 'x1y2z3w4v5u6';\nvar CONTENTFUL_ACCESS_TOKEN = '{FakeKey.Random(FakeKey.Hex, 64, 40)}';", FakeKey.Random(FakeKey.Hex, 64, 40))
        .Ignores("contentful-delivery-token", "the token of Contentful's public demo space", $"spaceId: 'k8iqpp6u0ior',\naccessToken: '{FakeKey.Of("hO_7N0bLaCJFbu5nL3QVe", "kwNeB_TNtg6tOCB_9qzKUw")}', // contentful");
}
