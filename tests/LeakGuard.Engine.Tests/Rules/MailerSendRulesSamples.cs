using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MailerSendRulesSamples
{
    private static readonly string MailersendApiTokenKey = FakeKey.Of("ml", "sn.", FakeKey.Random(FakeKey.Hex, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mailersend-api-token", MailersendApiTokenKey, "API_KEY")
        .Ignores("mailersend-api-token", "one character short", $"value: {MailersendApiTokenKey[..^1]}")
        .Ignores("mailersend-api-token", "embedded in a longer token", "value: Q" + MailersendApiTokenKey);
}
