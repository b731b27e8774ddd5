using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ShopifyRules
{
    private static readonly Remediation Remediation = new("https://admin.shopify.com/store/settings/apps/development", "Shopify:AccessToken", "SHOPIFY_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "shopify-access-token",
            "Shopify",
            "Shopify Admin API access token",
            Patterns.Token("shpat_[a-fA-F0-9]{32}"),
            new[] { "shpat_" },
            Remediation)
        {
            MinEntropy = 3,
        },
        new SecretRule(
            "shopify-custom-app-token",
            "Shopify",
            "Shopify custom app access token",
            Patterns.Token("shpca_[a-fA-F0-9]{32}"),
            new[] { "shpca_" },
            Remediation)
        {
            MinEntropy = 3,
        },
        new SecretRule(
            "shopify-private-app-token",
            "Shopify",
            "Shopify private app access token",
            Patterns.Token("shppa_[a-fA-F0-9]{32}"),
            new[] { "shppa_" },
            Remediation)
        {
            MinEntropy = 3,
        },
        new SecretRule(
            "shopify-shared-secret",
            "Shopify",
            "Shopify app shared secret",
            Patterns.Token("shpss_[a-fA-F0-9]{32}"),
            new[] { "shpss_" },
            Remediation)
        {
            MinEntropy = 3,
        },

        new SecretRule(
            "shopify-partner-api-token",
            "Shopify",
            "Shopify Partner API token (prtapi_)",
            Patterns.Token("prtapi_[a-f0-9]{32}", Patterns.Base62),
            new[] { "prtapi_" },
            new Remediation("https://partners.shopify.com/", "Shopify:PartnerApiToken", "SHOPIFY_PARTNER_API_TOKEN"))
        {
            MinEntropy = 3,
        },
    };
}
