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
            "Contentful delivery or preview token (43 characters, or an older token's 64 hex digits, next to the word Contentful)",
            Patterns.Token("[A-Za-z0-9_-]{43}|[a-f0-9]{64}"),
            ContentfulDeliveryTokenContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: IsPlausibleDeliveryToken),
    };

    private static bool IsPlausibleDeliveryToken(string value) =>
        value.Length == 64
            ? Plausibility.MixesLettersAndDigits(value)
            : Plausibility.MixesCasesAndDigits(value) && Entropy.Shannon(value) >= 4;
}
