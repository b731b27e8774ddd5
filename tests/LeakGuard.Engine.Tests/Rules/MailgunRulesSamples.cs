using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MailgunRulesSamples
{
    private static readonly string MailgunApiKeyKey = FakeKey.Of("ke", "y-", FakeKey.Random(FakeKey.Hex, 32, 1));

    private static readonly string MailgunSendingKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 11), "-", FakeKey.Random(FakeKey.Hex, 8, 12), "-", FakeKey.Random(FakeKey.Hex, 8, 13));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mailgun-api-key", MailgunApiKeyKey, "API_KEY")
        .Ignores("mailgun-api-key", "one character short", $"value: {MailgunApiKeyKey[..^1]}")
        .Ignores("mailgun-api-key", "embedded in a longer token", "value: Q" + MailgunApiKeyKey)
        .FindsIn("mailgun-api-key", "an older key in base 36", $"MAILGUN_API_KEY=key-{FakeKey.Random(TestKeys.LowerAlphanumeric, 32, 21)}", $"key-{FakeKey.Random(TestKeys.LowerAlphanumeric, 32, 21)}")
        .Ignores("mailgun-api-key", "the key of Mailgun's docs", $"curl -s --user 'api:{FakeKey.Of("key-3ax6xnjp29jd6f", "ds4gc373sgvjxteol0")}' https://api.mailgun.net/v3/samples.mailgun.org/messages")
        .Ignores("mailgun-api-key", "words after key-", "value: key-generation2algorithm4settingsab")
        .Finds("mailgun-sending-key", MailgunSendingKeyKey, "MAILGUN_API_KEY")
        .Ignores("mailgun-sending-key", "no mailgun context", $"\"checksum\": \"{MailgunSendingKeyKey}\"")
        .Ignores("mailgun-sending-key", "one character short", $"mailgun: {MailgunSendingKeyKey[..^1]}");
}
