using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class StackHawkRules
{
    private static readonly Remediation Remediation = new("https://app.stackhawk.com/settings/apikeys", "StackHawk:ApiKey", "HAWK_API_KEY");

    // An API key: "hawk." and two parts of 20 characters. It reads the organization's scan results and configuration.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "stackhawk-api-key",
            "StackHawk",
            "StackHawk API key",
            Patterns.Token("hawk\\.[A-Za-z0-9_-]{20}\\.[A-Za-z0-9_-]{20}", Patterns.UrlSafeOrDot),
            new[] { "hawk." },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
