using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FigmaRules
{
    private static readonly Remediation Remediation = new("https://www.figma.com/settings", "Figma:AccessToken", "FIGMA_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "figma-pat",
            "Figma",
            "Figma personal access token",
            Patterns.Token("figd_[A-Za-z0-9_-]{40}"),
            new[] { "figd_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
