using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TriggerDevRules
{
    private static readonly Remediation Remediation = new("https://cloud.trigger.dev", "TriggerDev:SecretKey", "TRIGGER_SECRET_KEY");

    // A secret key of an environment ("tr_dev_", "tr_stg_", "tr_prod_") or a personal access token ("tr_pat_"): it
    // triggers tasks and reads the environment's variables; the token manages projects.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "triggerdev-secret-key",
            "Trigger.dev",
            "Trigger.dev secret key or personal access token",
            Patterns.Token("tr_(?:dev|stg|prod|pat)_[A-Za-z0-9]{20,40}"),
            new[] { "tr_dev_", "tr_stg_", "tr_prod_", "tr_pat_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value) && !Plausibility.IsMostlyWords(value.Substring(value.IndexOf('_', 3) + 1)),
        },
    };
}
