using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class UnstructuredRules
{
    private static readonly Remediation Remediation = new("https://platform.unstructured.io/app/account/api-keys", "Unstructured:ApiKey", "UNSTRUCTURED_API_KEY");

    private static readonly string[] Context = { "unstructured_api_key", "unstructuredclient", "unstructuredapp.io", "api_key_auth" };

    // An API key of the document-parsing API: 30 letters and digits, so Unstructured's names must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "unstructured-api-key",
            "Unstructured",
            "Unstructured API key (30 characters next to Unstructured)",
            Patterns.Token("[A-Za-z0-9]{30}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
