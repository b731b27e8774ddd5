using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CloudsmithRules
{
    private static readonly Remediation Remediation = new("https://cloudsmith.io/user/settings/api/", "Cloudsmith:ApiKey", "CLOUDSMITH_API_KEY");

    // An API key: "csa_", 30 hex digits and 6 letters and digits. It pushes and pulls the packages of the user's
    // repositories.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "cloudsmith-api-key",
            "Cloudsmith",
            "Cloudsmith API key",
            Patterns.Token("csa_[a-f0-9]{30}[A-Za-z0-9]{6}"),
            new[] { "csa_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
