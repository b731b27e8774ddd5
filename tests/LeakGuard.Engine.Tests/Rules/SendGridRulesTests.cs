using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class SendGridRulesTests
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("sendgrid-api-key", TestKeys.SendGrid(), "SENDGRID_API_KEY")
        .Ignores("sendgrid-api-key", "placeholder", "SENDGRID_API_KEY=SG.your_key")
        .Ignores("sendgrid-api-key", "second part one character short", TestKeys.SendGrid()[..^1]);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
