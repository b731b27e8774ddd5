using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OnePasswordRules
{
    private static readonly Remediation Remediation = new("https://my.1password.com/developer-tools/infrastructure-secrets/serviceaccount", "OnePassword:ServiceAccountToken", "OP_SERVICE_ACCOUNT_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "1password-service-account-token",
            "1Password",
            "1Password service account token",
            Patterns.Token("ops_eyJ[A-Za-z0-9+/]{250,1000}={0,3}", Patterns.Base64),
            new[] { "ops_eyJ" },
            Remediation)
        {
            MinEntropy = 4,
        },
        new SecretRule(
            "1password-secret-key",
            "1Password",
            "1Password account secret key",
            Patterns.Token("A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}"),
            new[] { "A3-" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
