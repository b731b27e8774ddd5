using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DatabricksRules
{
    private static readonly Remediation Remediation = new("https://docs.databricks.com/en/dev-tools/auth/pat.html", "Databricks:Token", "DATABRICKS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "databricks-token",
            "Databricks",
            "Databricks personal access token",
            Patterns.Token("dapi[a-f0-9]{32}(?:-[0-9])?", Patterns.Base62),
            new[] { "dapi" },
            Remediation)
        {
            MinEntropy = 3,
        },

        // A service principal's OAuth secret: with its client id (a UUID) it gets tokens for the workspace.
        new SecretRule(
            "databricks-oauth-secret",
            "Databricks",
            "Databricks service principal OAuth secret (dose)",
            Patterns.Token("dose[a-f0-9]{32}", Patterns.Base62),
            new[] { "dose" },
            new Remediation("https://docs.databricks.com/en/dev-tools/auth/oauth-m2m.html", "Databricks:ClientSecret", "DATABRICKS_CLIENT_SECRET"))
        {
            MinEntropy = 3,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value.Substring("dose".Length), digits: 4),
        },
    };
}
