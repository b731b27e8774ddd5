using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SquareRules
{
    private static readonly Remediation Remediation = new("https://developer.squareup.com/apps", "Square:AccessToken", "SQUARE_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "square-access-token",
            "Square",
            "Square access token",
            Patterns.Token("EAAA[A-Za-z0-9_-]{60}"),
            new[] { "EAAA" },
            Remediation)
        {
            MinEntropy = 4,
        },
        new SecretRule(
            "square-legacy-access-token",
            "Square",
            "Square legacy access token (sq0atp-)",
            Patterns.Token("sq0atp-[A-Za-z0-9_-]{22}"),
            new[] { "sq0atp-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            "square-oauth-secret",
            "Square",
            "Square OAuth application secret",
            Patterns.Token("sq0csp-[A-Za-z0-9_-]{43}"),
            new[] { "sq0csp-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
