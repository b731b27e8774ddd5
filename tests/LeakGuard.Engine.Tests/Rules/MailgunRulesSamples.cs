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
        .Finds("mailgun-sending-key", MailgunSendingKeyKey, "MAILGUN_API_KEY")
        .Ignores("mailgun-sending-key", "no mailgun context", $"\"checksum\": \"{MailgunSendingKeyKey}\"")
        .Ignores("mailgun-sending-key", "one character short", $"mailgun: {MailgunSendingKeyKey[..^1]}");
}
