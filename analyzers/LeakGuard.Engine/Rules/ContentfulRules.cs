using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ContentfulRules
{
    private static readonly Remediation Remediation = new("https://app.contentful.com/account/profile/cma_tokens", "Contentful:ManagementToken", "CONTENTFUL_MANAGEMENT_TOKEN");

    private static readonly string[] ContentfulDeliveryTokenContext = { "contentful" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "contentful-pat",
            "Contentful",
            "Contentful personal access (management) token",
            Patterns.Token("CFPAT-[A-Za-z0-9_-]{43}"),
            new[] { "CFPAT-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        ContextGatedRule.Create(
            "contentful-delivery-token",
            "Contentful",
            "Contentful delivery or preview token (43 characters next to the word Contentful)",
            Patterns.Token("[A-Za-z0-9_-]{43}"),
            ContentfulDeliveryTokenContext,
            Remediation,
            minEntropy: 4,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
