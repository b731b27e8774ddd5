using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class NpmRulesTests
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("npm-access-token", TestKeys.Npm(), "NPM_TOKEN")
        .FindsIn("npm-access-token", ".npmrc", $"//registry.npmjs.org/:_authToken={TestKeys.Npm(2)}", TestKeys.Npm(2))
        .Ignores("npm-access-token", "checksum does not match", TestKeys.Npm()[..^1] + (TestKeys.Npm()[^1] == 'A' ? "B" : "A"))
        .Ignores("npm-access-token", "placeholder", "np" + "m_" + new string('x', 36));

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
