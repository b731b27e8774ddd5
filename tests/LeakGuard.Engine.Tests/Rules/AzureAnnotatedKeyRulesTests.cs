using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class AzureAnnotatedKeyRulesTests
{
    private static readonly string LongForm = FakeKey.Of(TestKeys.AzureAnnotated("9", "AZEG", 4), "Aq", "==");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("azure-annotated-key", TestKeys.AzureAnnotated("9", "AZEG"), "EVENTGRID_KEY")
        .FindsIn("azure-annotated-key", "a derived key", "value: " + TestKeys.AzureAnnotated("D", "AZSE", 2), TestKeys.AzureAnnotated("D", "AZSE", 2))
        .FindsIn("azure-annotated-key", "a hashed key", "value: " + TestKeys.AzureAnnotated("H", "ACRB", 3), TestKeys.AzureAnnotated("H", "ACRB", 3))
        .FindsIn("azure-annotated-key", "the 88-character form", "value: " + LongForm, LongForm)
        .FindsIn("azure-devops-pat", "an Azure DevOps token stays one", "value: " + TestKeys.AzureAnnotated("9", "AZDO", 5), TestKeys.AzureAnnotated("9", "AZDO", 5))
        .Ignores("azure-annotated-key", "an unknown kind", "value: " + TestKeys.AzureAnnotated("7", "AZEG", 6))
        .Ignores("azure-annotated-key", "inside a longer run", "value: " + TestKeys.AzureAnnotated("9", "AZEG", 7) + "x")
        .Ignores("azure-annotated-key", "a digit where the signature starts", "value: " + TestKeys.AzureAnnotated("9", "1ZEG", 8));

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
