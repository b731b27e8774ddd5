using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MailchimpRulesSamples
{
    private static readonly string MailchimpApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1), "-us", "14");

    private static readonly string MandrillApiKeyKey = FakeKey.Of("m", "d-", FakeKey.Random(FakeKey.UrlSafe, 22, 11));

    // Keys without the "md-" prefix: 16 random bytes in base64url, so the last character is A, Q, g or w.
    private static readonly string MandrillLegacyKey = FakeKey.Of("aB", FakeKey.Random(FakeKey.UrlSafe, 19, 12), "g");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mailchimp-api-key", MailchimpApiKeyKey, "API_KEY")
        .Ignores("mailchimp-api-key", "embedded in a longer token", "value: Q" + MailchimpApiKeyKey)
        .Ignores("mailchimp-api-key", "no data-centre number", $"value: {MailchimpApiKeyKey[..^2]}")
        .Finds("mandrill-api-key", MandrillApiKeyKey, "MANDRILL_API_KEY")
        .Ignores("mandrill-api-key", "no mandrill context", $"\"checksum\": \"{MandrillApiKeyKey}\"")
        .Ignores("mandrill-api-key", "one character short", $"mandrill: {MandrillApiKeyKey[..^1]}")
        .FindsIn("mandrill-api-key", "a key without md- in the Node client", $"var mandrill_client = new mandrill.Mandrill('{MandrillLegacyKey}');", MandrillLegacyKey)
        .FindsIn("mandrill-api-key", "Djrill's setting", $"MANDRILL_API_KEY = '{MandrillLegacyKey}'", MandrillLegacyKey)
        .Ignores("mandrill-api-key", "no prefix and a last character 16 bytes never end in", $"mandrill template: {MandrillLegacyKey[..^1]}h");
}
