using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ZendeskRulesSamples
{
    private static readonly string ZendeskApiTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("zendesk-api-token", ZendeskApiTokenKey, "ZENDESK_API_TOKEN")
        .FindsIn("zendesk-api-token", "Zenpy credentials, no word Zendesk", $"from zenpy import Zenpy\n\ncreds = {{\n    'email' : 'agent@example.com',\n    'token' : '{ZendeskApiTokenKey}',\n    'subdomain': 'example'\n}}\nzenpy_client = Zenpy(**creds)", ZendeskApiTokenKey)
        .Ignores("zendesk-api-token", "Zenpy, one character short", $"zenpy: {ZendeskApiTokenKey[..^1]}")
        .Ignores("zendesk-api-token", "no zendesk context", $"\"checksum\": \"{ZendeskApiTokenKey}\"")
        .Ignores("zendesk-api-token", "one character short", $"zendesk: {ZendeskApiTokenKey[..^1]}")
        .FindsIn("zendesk-api-token", "API token authentication, Zendesk not named", $"const auth = Buffer.from(\"ops@contoso.com/token:{ZendeskApiTokenKey}\").toString(\"base64\");", ZendeskApiTokenKey);
}
