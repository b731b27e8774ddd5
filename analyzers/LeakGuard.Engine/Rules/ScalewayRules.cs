using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ScalewayRules
{
    private static readonly Remediation Remediation = new("https://console.scaleway.com/iam/api-keys", "Scaleway:SecretKey", "SCW_SECRET_KEY");

    private static readonly string[] ScalewaySecretKeyContext = { "scaleway", "scw" };

    // An API key's secret is a UUID, as are the ids of every project, image and server that Scaleway's tools and docs
    // print beside its name: only a secret's or token's name tells it apart.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "scaleway-secret-key",
            "Scaleway",
            "Scaleway secret key (a UUID under a secret's or token's name, next to Scaleway or SCW)",
            Patterns.AssignedTo("(?:secret|token)", Patterns.Uuid),
            ScalewaySecretKeyContext,
            Remediation,
            minEntropy: 3),
    };
}
