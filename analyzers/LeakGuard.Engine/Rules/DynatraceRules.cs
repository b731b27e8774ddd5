using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DynatraceRules
{
    private static readonly Remediation Remediation = new("https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens", "Dynatrace:ApiToken", "DT_API_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "dynatrace-api-token",
            "Dynatrace",
            "Dynatrace API or platform token",
            Patterns.Token("dt0[a-z][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}", Patterns.UrlSafeOrDot),
            new[] { "dt0c01.", "dt0s01.", "dt0s16.", "dt0s02." },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
