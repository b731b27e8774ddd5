using System.Collections.Generic;
using System.Linq;
using LeakGuard.Engine.Rules;

namespace LeakGuard.Engine;

/// <summary>
/// The catalog of rules LeakGuard ships with, one provider per file under <c>Rules/</c>. Where two rules claim the
/// same text the scanner keeps the more confident one, so the order here only breaks ties between equals.
/// </summary>
public static class BuiltInRules
{
    public static IReadOnlyList<SecretRule> All { get; } = new[]
    {
        OpenAiRules.All,
        AnthropicRules.All,
        GoogleRules.All,
        AzureRules.All,
        HuggingFaceRules.All,
        GroqRules.All,
        XaiRules.All,
        MistralRules.All,
        CohereRules.All,
        PerplexityRules.All,
        DeepSeekRules.All,
        OpenRouterRules.All,
        ReplicateRules.All,
        TogetherRules.All,
        LangSmithRules.All,
        AwsRules.All,
        GitHubRules.All,
        GitLabRules.All,
        SlackRules.All,
        StripeRules.All,
        TwilioRules.All,
        SendGridRules.All,
        NpmRules.All,
        NuGetRules.All,
        PrivateKeyRules.All,
        JwtRules.All,
        ConnectionStringRules.All,
        GenericRules.All,
    }.SelectMany(r => r).ToArray();
}
