using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PolarRules
{
    private static readonly Remediation Remediation = new("https://polar.sh/dashboard", "Polar:AccessToken", "POLAR_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "polar-token",
            "Polar",
            "Polar access token or secret (polar_oat_, polar_pat_, polar_at_, polar_rt_, polar_cs_…)",
            Patterns.Token("polar_(?:oat|pat|at_[uo]|rt_[uo]|cs|ci|crt|cst|ac)_[A-Za-z0-9]{40,50}", Patterns.Base62),
            new[] { "polar_oat_", "polar_pat_", "polar_at_", "polar_rt_", "polar_cs_", "polar_ci_", "polar_crt_", "polar_cst_", "polar_ac_" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
