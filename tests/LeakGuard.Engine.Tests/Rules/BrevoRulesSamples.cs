using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BrevoRulesSamples
{
    private static readonly string BrevoApiKeyKey = FakeKey.Of("xkey", "sib-", FakeKey.Random(FakeKey.Hex, 64, 1), "-", FakeKey.Random(FakeKey.Base62, 16, 2));

    private static readonly string BrevoSmtpKeyKey = FakeKey.Of("xsmt", "psib-", FakeKey.Random(FakeKey.Hex, 64, 11), "-", FakeKey.Random(FakeKey.Base62, 16, 12));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("brevo-api-key", BrevoApiKeyKey, "API_KEY")
        .Ignores("brevo-api-key", "one character short", $"value: {BrevoApiKeyKey[..^1]}")
        .Ignores("brevo-api-key", "embedded in a longer token", "value: Q" + BrevoApiKeyKey)
        .Finds("brevo-smtp-key", BrevoSmtpKeyKey, "API_KEY")
        .Ignores("brevo-smtp-key", "one character short", $"value: {BrevoSmtpKeyKey[..^1]}")
        .Ignores("brevo-smtp-key", "embedded in a longer token", "value: Q" + BrevoSmtpKeyKey);
}
