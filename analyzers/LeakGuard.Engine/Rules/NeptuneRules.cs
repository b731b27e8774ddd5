using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NeptuneRules
{
    private static readonly Remediation Remediation = new("https://docs.neptune.ai/setup/setting_api_token/", "Neptune:ApiToken", "NEPTUNE_API_TOKEN");

    // An API token: base 64 of {"api_address": …, "api_url": …, "api_key": …}. It logs to and reads the user's projects.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "neptune-api-token",
            "Neptune.ai",
            "Neptune.ai API token",
            Patterns.Token("eyJhcGlfYWRkcmVzcyI6[A-Za-z0-9+/]{60,400}={0,2}", Patterns.Base64),
            new[] { "eyJhcGlfYWRkcmVzcyI6" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = value => UnpaddedBase64.Decode(value) is { } json && json.IndexOf("\"api_key\"", System.StringComparison.Ordinal) >= 0,
        },
    };
}
