using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ExaRules
{
    private static readonly Remediation Remediation = new("https://dashboard.exa.ai/api-keys", "Exa:ApiKey", "EXA_API_KEY");

    private static readonly string[] Context = { "exa_api_key", "exa_key", " exa(", "api.exa.ai", "exaclient", "exasearch", "exa-js", "exa_py" };

    // An API key of the search API: a UUID, so Exa's names must be nearby (not the word alone: "example" starts with it).
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "exa-api-key",
            "Exa",
            "Exa API key (a UUID next to Exa)",
            Patterns.Token(Patterns.Uuid),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
