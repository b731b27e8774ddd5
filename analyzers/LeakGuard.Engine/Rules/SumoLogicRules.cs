using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SumoLogicRules
{
    private static readonly Remediation Remediation = new("https://service.sumologic.com/ui/#/security/access-keys", "SumoLogic:AccessKey", "SUMO_ACCESS_KEY");

    private static readonly string[] Context = { "sumologic", "sumo_", "sumo-", "SumoAccess" };

    // An access key (64 letters and digits) with its access id ("su" and 12 characters) calls the whole API: search
    // every log, change collectors and users. The key says nothing by itself.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "sumologic-access-key",
            "Sumo Logic",
            "Sumo Logic access key (64 letters and digits next to Sumo Logic)",
            Patterns.Token("[A-Za-z0-9]{64}"),
            Context,
            Remediation,
            minEntropy: 4.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
