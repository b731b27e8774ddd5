using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OktaRulesSamples
{
    private static readonly string OktaApiTokenKey = FakeKey.Of("0", "0", FakeKey.Random(FakeKey.UrlSafe, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("okta-api-token", OktaApiTokenKey, "OKTA_API_TOKEN")
        .FindsIn("okta-api-token", "Okta's SSWS scheme, the URL in a variable", $"headers.set(\"Authorization\", \"SSWS {OktaApiTokenKey}\");", OktaApiTokenKey)
        .Ignores("okta-api-token", "no okta context", $"\"checksum\": \"{OktaApiTokenKey}\"")
        .Ignores("okta-api-token", "one character short", $"okta: {OktaApiTokenKey[..^1]}");
}
