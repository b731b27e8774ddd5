using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ClearMlRules
{
    private static readonly Remediation Remediation = new("https://app.clear.ml/settings/workspace-configuration", "ClearMl:SecretKey", "CLEARML_API_SECRET_KEY");

    private static readonly string[] Context = { "clearml", "clear.ml" };

    // The secret key of an ML-ops workspace's credentials, as clearml-init writes them to clearml.conf (50 letters and
    // digits on app.clear.ml, longer on a server of one's own): with its access key it reads and writes every experiment
    // and model.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "clearml-secret-key",
            "ClearML",
            "ClearML API secret key (under a secret key's name, next to ClearML)",
            Patterns.AssignedTo("secret[_-]?key", "[A-Za-z0-9_-]{50,70}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
