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
    };
}
