using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DevinRules
{
    private static readonly Remediation Remediation = new("https://app.devin.ai/settings/api-keys", "Devin:ApiKey", "DEVIN_API_KEY");

    // Devin's (Cognition's) keys: a user's API key ("apk_user_" and base 64) and a service user's token ("cog_" and 52
    // characters of base 32). They start sessions that work on the organization's connected repositories.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "devin-api-key",
            "Devin (Cognition)",
            "Devin API key or service token",
            Patterns.Token("apk_user_[A-Za-z0-9+/]{100,200}={0,2}|cog_[a-z2-7]{52}", Patterns.Base64 + "_-"),
            new[] { "apk_user_", "cog_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
