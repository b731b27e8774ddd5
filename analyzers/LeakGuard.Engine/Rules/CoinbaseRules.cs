using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CoinbaseRules
{
    private static readonly Remediation Remediation = new("https://portal.cdp.coinbase.com/projects/api-keys", "Coinbase:ApiKeySecret", "CDP_API_KEY_SECRET");

    private static readonly string[] Context = { "coinbase", "cdp_", "cdp-sdk", "@coinbase" };

    // A Coinbase Developer Platform key's secret: an Ed25519 private key, base 64 of its 64 bytes (88 characters), under
    // the name the SDKs read it from (CDP_API_KEY_SECRET, apiKeySecret). It signs trades and transfers of the account.
    // The older keys are PEM blocks, and the wallet secret a bare PKCS#8 key: the private key rules report those.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "coinbase-cdp-api-key-secret",
            "Coinbase",
            "Coinbase Developer Platform API key secret (an Ed25519 key in base 64 under its name, next to Coinbase or CDP)",
            Patterns.AssignedTo("(?:api[_-]?key[_-]?secret|cdp[_-]?secret)", "[A-Za-z0-9+/]{86}==", Patterns.Base64),
            Context,
            Remediation,
            minEntropy: 4.5,
            isPlausible: Plausibility.MixesCasesAndDigits),

        // Coinbase Commerce's API key, a UUID sent in its own header: the header's name makes it one.
        new SecretRule(
            "coinbase-commerce-api-key",
            "Coinbase",
            "Coinbase Commerce API key (a UUID in the X-CC-Api-Key header)",
            "(?i)X-CC-Api-Key[\"']?[ \\t]{0,5}[:,=][ \\t]{0,5}[\"']?(?<secret>" + Patterns.Uuid + ")(?:$|[^a-z0-9-])",
            new[] { "x-cc-api-key" },
            new Remediation("https://beta.commerce.coinbase.com/settings/security", "CoinbaseCommerce:ApiKey", "COINBASE_COMMERCE_API_KEY"))
        {
            MinEntropy = 3,
        },
    };
}
