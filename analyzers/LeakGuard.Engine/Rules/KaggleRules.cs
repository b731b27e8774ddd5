using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class KaggleRules
{
    private static readonly Remediation Remediation = new("https://www.kaggle.com/settings/account", "Kaggle:ApiToken", "KAGGLE_API_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // The API token of 2025, KAGGLE_API_TOKEN.
        new SecretRule(
            "kaggle-api-token",
            "Kaggle",
            "Kaggle API token (KGAT_)",
            Patterns.Token("KGAT_[a-f0-9]{32}"),
            new[] { "KGAT_" },
            Remediation)
        {
            MinEntropy = 3,
        },

        // The legacy key as the Kaggle CLI reads it from the environment (KAGGLE_USERNAME and KAGGLE_KEY).
        new SecretRule(
            "kaggle-env-key",
            "Kaggle",
            "Kaggle API key under the KAGGLE_KEY name",
            Patterns.AssignedTo("kaggle_key", "[a-f0-9]{32}", Patterns.Base62),
            new[] { "kaggle_key" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value),
        },

        // kaggle.json, which the Kaggle CLI reads: the account name and its 32 hex digits of key.
        new SecretRule(
            "kaggle-json-key",
            "Kaggle",
            "Kaggle API key in kaggle.json ({\"username\": …, \"key\": …})",
            "\\{[ \\t\\r\\n]*\"username\"[ \\t]*:[ \\t]*\"[^\"\\r\\n]{1,64}\"[ \\t]*,[ \\t\\r\\n]*\"key\"[ \\t]*:[ \\t]*\"(?<secret>[a-f0-9]{32})\"",
            new[] { "\"username\"" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3,
        },
    };
}
