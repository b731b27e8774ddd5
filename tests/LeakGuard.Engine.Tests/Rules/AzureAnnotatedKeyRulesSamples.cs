using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AzureAnnotatedKeyRulesSamples
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
}
