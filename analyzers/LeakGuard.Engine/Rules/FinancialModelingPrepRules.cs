using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FinancialModelingPrepRules
{
    private const string Key = "[A-Za-z0-9]{32}";

    private static readonly Remediation Remediation = new("https://site.financialmodelingprep.com/developer/docs/dashboard", "Fmp:ApiKey", "FMP_API_KEY");

    // A Financial Modeling Prep API key: 32 letters and digits on a financialmodelingprep.com URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "fmp-api-key",
            "Financial Modeling Prep",
            "Financial Modeling Prep API key (32 letters and digits)",
            Patterns.QueryParameter("financialmodelingprep\\.com/", "apikey", Key) + "|" + Patterns.AssignedTo("(?:fmp|financial_?modeling_?prep)_?(?:api_?)?key", Key),
            new[] { "financialmodelingprep", "financial_modeling", "fmp_api", "fmpapi", "fmp_key" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },
    };
}
