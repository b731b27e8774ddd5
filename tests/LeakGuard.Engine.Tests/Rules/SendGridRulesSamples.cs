using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SendGridRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("sendgrid-api-key", TestKeys.SendGrid(), "SENDGRID_API_KEY")
        .Ignores("sendgrid-api-key", "placeholder", "SENDGRID_API_KEY=SG.your_key")
        .Ignores("sendgrid-api-key", "second part one character short", TestKeys.SendGrid()[..^1]);
}
