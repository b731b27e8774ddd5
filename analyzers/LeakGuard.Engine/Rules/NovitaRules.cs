using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NovitaRules
{
    private static readonly Remediation Remediation = new("https://novita.ai/settings/key-management", "Novita:ApiKey", "NOVITA_API_KEY");

    private static readonly string[] Context = { "novita" };

    // An API key of the model host: a UUID, so Novita must be nearby. Inference is billed to the account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "novita-api-key",
            "Novita AI",
            "Novita AI API key (a UUID next to Novita)",
            Patterns.Token(Patterns.Uuid),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
