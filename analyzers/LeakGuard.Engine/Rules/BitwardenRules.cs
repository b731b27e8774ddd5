using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BitwardenRules
{
    private static readonly Remediation Remediation = new("https://bitwarden.com/help/access-tokens/", "Bitwarden:AccessToken", "BWS_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // A machine account's access token: version 0, the token's id, its secret and the key that decrypts the secrets
        // it reads. No fixed text but the version ("0.") is in it, so the prefilter looks for the names it goes by.
        new SecretRule(
            "bitwarden-secrets-manager-token",
            "Bitwarden",
            "Bitwarden Secrets Manager access token (0.<id>.<secret>:<key>)",
            Patterns.Token("0\\." + Patterns.Uuid + "\\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==", Patterns.Base64),
            new[] { "bws", "bitwarden", "access_token", "access-token", "accesstoken" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
