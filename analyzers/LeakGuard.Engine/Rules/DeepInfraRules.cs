using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DeepInfraRules
{
    private static readonly Remediation Remediation = new("https://deepinfra.com/dash/api_keys", "DeepInfra:ApiKey", "DEEPINFRA_API_KEY");

    private static readonly string[] Context = { "deepinfra" };

    // An API token of the model host: 32 letters and digits, so DeepInfra must be nearby. Inference is billed to the
    // account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "deepinfra-api-key",
            "DeepInfra",
            "DeepInfra API token (32 characters next to DeepInfra)",
            Patterns.Token("[A-Za-z0-9]{32}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
