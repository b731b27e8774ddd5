using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CometRules
{
    private static readonly Remediation Remediation = new("https://www.comet.com/account-settings/apiKeys", "Comet:ApiKey", "COMET_API_KEY");

    private static readonly string[] Context = { "comet_api_key", "comet_ml", "comet-ml", "comet.ml", "cometml" };

    // An API key of the experiment tracker: 25 letters and digits, so Comet's names must be nearby. It reads and writes
    // the workspace's experiments, models and artifacts.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "comet-api-key",
            "Comet",
            "Comet ML API key (25 characters next to Comet)",
            Patterns.Token("[A-Za-z0-9]{25}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
