using System.Collections.Generic;
using System.Linq;
using LeakGuard.Engine.Tests.Rules;

namespace LeakGuard.Engine.Tests.Catalog;

/// <summary>Every provider's samples: a rule added to the engine without samples here fails <see cref="RuleCatalogTests"/>.</summary>
internal static class SampleCatalog
{
    public static IReadOnlyList<RuleSample> All { get; } = new[]
    {
        OpenAiRulesTests.Samples,
        AnthropicRulesTests.Samples,
        GoogleRulesTests.Samples,
        AzureRulesTests.Samples,
        HuggingFaceRulesTests.Samples,
        GroqRulesTests.Samples,
        XaiRulesTests.Samples,
        MistralRulesTests.Samples,
        CohereRulesTests.Samples,
        PerplexityRulesTests.Samples,
        DeepSeekRulesTests.Samples,
        OpenRouterRulesTests.Samples,
        ReplicateRulesTests.Samples,
        TogetherRulesTests.Samples,
        LangSmithRulesTests.Samples,
        AwsRulesTests.Samples,
        GitHubRulesTests.Samples,
        GitLabRulesTests.Samples,
        SlackRulesTests.Samples,
        StripeRulesTests.Samples,
        TwilioRulesTests.Samples,
        SendGridRulesTests.Samples,
        NpmRulesTests.Samples,
        NuGetRulesTests.Samples,
        PrivateKeyRulesTests.Samples,
        JwtRulesTests.Samples,
        ConnectionStringRulesTests.Samples,
        GenericRulesTests.Samples,
    }.SelectMany(s => s.All).ToArray();
}
