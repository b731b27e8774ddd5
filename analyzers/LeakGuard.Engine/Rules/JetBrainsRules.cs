using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class JetBrainsRules
{
    private static readonly Remediation Remediation = new(
        "https://www.jetbrains.com/help/youtrack/cloud/manage-permanent-token.html",
        "YouTrack:Token",
        "YOUTRACK_TOKEN");

    // YouTrack and Hub permanent tokens: "perm:" (or "perm-"), the user's login and the token's id in base 64, then 30
    // random letters and digits.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "youtrack-permanent-token",
            "JetBrains",
            "YouTrack / JetBrains Hub permanent token",
            Patterns.Token("perm[:-][A-Za-z0-9+/]{2,100}={0,2}\\.[A-Za-z0-9+/]{2,40}={0,2}\\.[A-Za-z0-9]{30}", Patterns.Base62),
            new[] { "perm:", "perm-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
