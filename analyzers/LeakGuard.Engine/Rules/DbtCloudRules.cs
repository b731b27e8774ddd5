using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DbtCloudRules
{
    private static readonly Remediation Remediation = new("https://docs.getdbt.com/docs/dbt-cloud-apis/service-tokens", "DbtCloud:Token", "DBT_CLOUD_API_KEY");

    // A dbt Cloud service token ("dbtc_") or personal access token ("dbtu_"): jobs, runs and the environments'
    // variables.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "dbt-cloud-token",
            "dbt Labs",
            "dbt Cloud service or personal access token",
            Patterns.Token("dbt[cu]_[A-Za-z0-9_-]{40,64}"),
            new[] { "dbtc_", "dbtu_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => !Plausibility.IsMostlyWords(value.Substring("dbtc_".Length)),
        },
    };
}
