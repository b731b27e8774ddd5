using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PlanetScaleRules
{
    private static readonly Remediation Remediation = new("https://app.planetscale.com/", "PlanetScale:Token", "PLANETSCALE_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "planetscale-api-token",
            "PlanetScale",
            "PlanetScale service token",
            Patterns.Token("pscale_tkn_[A-Za-z0-9_.=-]{32,64}", Patterns.UrlSafeOrDot),
            new[] { "pscale_tkn_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            "planetscale-password",
            "PlanetScale",
            "PlanetScale database password",
            Patterns.Token("pscale_pw_[A-Za-z0-9_.=-]{32,64}", Patterns.UrlSafeOrDot),
            new[] { "pscale_pw_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            "planetscale-oauth-token",
            "PlanetScale",
            "PlanetScale OAuth token",
            Patterns.Token("pscale_oauth_[A-Za-z0-9_.=-]{32,64}", Patterns.UrlSafeOrDot),
            new[] { "pscale_oauth_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
