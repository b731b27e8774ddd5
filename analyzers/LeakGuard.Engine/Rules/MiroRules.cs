using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MiroRules
{
    private static readonly Remediation Remediation = new("https://miro.com/app/settings/user-profile/apps", "Miro:AccessToken", "MIRO_ACCESS_TOKEN");

    // A Miro REST API access token: base 64 of {"miro.origin":"eu01"} (the data centre), '_' and 27 URL-safe characters.
    // It acts on every board its user can open.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "miro-access-token",
            "Miro",
            "Miro REST API access token (eyJtaXJvLm9yaWdpbiI6…)",
            Patterns.Token("eyJtaXJvLm9yaWdpbiI6I[A-Za-z0-9]{4,16}fQ_[A-Za-z0-9_-]{27}"),
            new[] { "eyJtaXJvLm9yaWdpbiI6" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
