using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ClickUpRules
{
    private static readonly Remediation Remediation = new("https://app.clickup.com/settings/apps", "ClickUp:ApiToken", "CLICKUP_API_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "clickup-pat",
            "ClickUp",
            "ClickUp personal API token",
            Patterns.Token("pk_[0-9]{6,10}_[A-Z0-9]{32}", Patterns.Base62),
            new[] { "pk_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
