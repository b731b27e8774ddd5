using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ValTownRules
{
    private static readonly Remediation Remediation = new("https://www.val.town/settings/api", "ValTown:Token", "VALTOWN_TOKEN");

    // An API token: "vtwn_" and 20 to 80 characters. It runs and edits the user's vals and reads their data.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "valtown-token",
            "Val Town",
            "Val Town API token",
            Patterns.Token("vtwn_[A-Za-z0-9_-]{20,80}"),
            new[] { "vtwn_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
