using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HubSpotRulesSamples
{
    private static readonly string HubspotPrivateAppTokenKey = FakeKey.Of("pa", "t-", "na1-", FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    private static readonly string HubspotLegacyApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 11), "-", FakeKey.Random(FakeKey.Hex, 4, 12), "-4", FakeKey.Random(FakeKey.Hex, 3, 13), "-a", FakeKey.Random(FakeKey.Hex, 3, 14), "-", FakeKey.Random(FakeKey.Hex, 12, 15));

    private static readonly string EuLegacyApiKey = FakeKey.Of("eu", "1-", FakeKey.Random(FakeKey.Hex, 4, 15), HubspotLegacyApiKeyKey[8..]);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("hubspot-private-app-token", HubspotPrivateAppTokenKey, "API_KEY")
        .Ignores("hubspot-private-app-token", "one character short", $"value: {HubspotPrivateAppTokenKey[..^1]}")
        .Ignores("hubspot-private-app-token", "embedded in a longer token", "value: Q" + HubspotPrivateAppTokenKey)
        .Finds("hubspot-legacy-api-key", HubspotLegacyApiKeyKey, "HUBSPOT_API_KEY")
        .Ignores("hubspot-legacy-api-key", "no hubspot context", $"\"checksum\": \"{HubspotLegacyApiKeyKey}\"")
        .Ignores("hubspot-legacy-api-key", "one character short", $"hubspot: {HubspotLegacyApiKeyKey[..^1]}")
        .FindsIn("hubspot-legacy-api-key", "an EU portal's key in a URL", $"fetch(`https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey={EuLegacyApiKey}`)", EuLegacyApiKey)
        .Ignores("hubspot-legacy-api-key", "an EU key's first group one digit short", $"hapikey={EuLegacyApiKey.Remove(4, 1)}")
        .Ignores("hubspot-legacy-api-key", "an id in a HubSpot test", $"// hubspot forms\nconst conversionId = '{HubspotLegacyApiKeyKey}'")
        .Ignores("hubspot-legacy-api-key", "a portal's id in JSON", $"{{ \"hubspot\": {{ \"id\": \"{HubspotLegacyApiKeyKey}\" }} }}")
        .Ignores("hubspot-legacy-api-key", "an assembly's COM GUID", $"[assembly: AssemblyTitle(\"Contoso.HubSpot.Client\")]\n[assembly: Guid(\"{HubspotLegacyApiKeyKey}\")]")
        .Ignores("hubspot-legacy-api-key", "an id URL-encoded with its padding", $"// hubspot forms\nconst conversionId = '{HubspotLegacyApiKeyKey}%3D'");
}
