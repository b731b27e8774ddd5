using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class JwtRulesTests
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("jwt", TestKeys.Jwt(), "ACCESS_JWT")
        .FindsIn("jwt", "bearer header", $"Authorization: Bearer {TestKeys.Jwt(2)}", TestKeys.Jwt(2))
        .Ignores("jwt", "two segments", string.Join(".", TestKeys.Jwt().Split('.')[..2]))
        .Ignores("jwt", "short signature", TestKeys.Jwt()[..(TestKeys.Jwt().LastIndexOf('.') + 8)]);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
