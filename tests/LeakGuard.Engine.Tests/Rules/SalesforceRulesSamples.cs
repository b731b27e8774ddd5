using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SalesforceRulesSamples
{
    private static readonly string SalesforceRefreshKey = FakeKey.Of("5Aep", "861", FakeKey.Random(FakeKey.Base62 + ".", 80, 75));

    private static readonly string SalesforceAccessTokenKey = FakeKey.Of("0", "0D", FakeKey.Random(FakeKey.Base62, 15, 1), "!", FakeKey.Random(FakeKey.Base62, 96, 2));

    private static readonly string OlderOrgToken = FakeKey.Of("0", "0D", "000000", FakeKey.Random(FakeKey.Base62, 6, 3), "!", FakeKey.Random(FakeKey.Base62, 96, 4));

    private static readonly string ConsumerSecret = FakeKey.Random(FakeKey.Hex, 64, 81).ToUpperInvariant();

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("salesforce-access-token", SalesforceAccessTokenKey, "API_KEY")
        .Ignores("salesforce-access-token", "embedded in a longer token", "value: Q" + SalesforceAccessTokenKey)
        .FindsIn("salesforce-access-token", "an older org's id, padded with zeros", $"Authorization: Bearer {OlderOrgToken}", OlderOrgToken)
        .Ignores("salesforce-access-token", "one character below the minimum length", $"value: {SalesforceAccessTokenKey[..98]}")
        .Finds("salesforce-refresh-token", SalesforceRefreshKey, "SALESFORCE_REFRESH_TOKEN")
        .Ignores("salesforce-refresh-token", "too short", $"value: 5Aep861{FakeKey.Random(FakeKey.Base62, 40, 76)}")
        .FindsIn("salesforce-consumer-secret", "a connected app's settings", $"module.exports = {{\n  clientId: \"3MVG9{FakeKey.Random(FakeKey.Base62, 80, 82)}\",\n  clientSecret: \"{ConsumerSecret}\",\n}};\n", ConsumerSecret)
        .FindsIn("oauth-client-secret", "64 hex digits under a client secret's name, Salesforce not near: an OAuth client secret, not Salesforce's", $"clientSecret: \"{ConsumerSecret.ToLowerInvariant()}\"\n", ConsumerSecret.ToLowerInvariant())
        .Ignores("salesforce-consumer-secret", "a consumer secret read from the environment", "const conn = new jsforce.Connection({ oauth2: { clientId: '3MVG9abc', clientSecret: process.env.SF_CONSUMER_SECRET } }); // salesforce");
}
