using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ScalewayRules
{
    private static readonly Remediation Remediation = new("https://console.scaleway.com/iam/api-keys", "Scaleway:SecretKey", "SCW_SECRET_KEY");

    private static readonly string[] ScalewaySecretKeyContext = { "scaleway", "scw_secret" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "scaleway-secret-key",
            "Scaleway",
            "Scaleway secret key (a UUID next to Scaleway or SCW_)",
            Patterns.Token(Patterns.Uuid),
            ScalewaySecretKeyContext,
            Remediation,
            minEntropy: 3),
    };
}
