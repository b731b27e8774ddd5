using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DbtCloudRulesSamples
{
    private static readonly string Token = FakeKey.Of("db", "tu_", FakeKey.Random(FakeKey.UrlSafe, 50, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("dbt-cloud-token", Token, "DBT_CLOUD_API_KEY")
        .Ignores("dbt-cloud-token", "too short", $"value: dbtc_{FakeKey.Random(FakeKey.Base62, 30, 2)}")
        .Ignores("dbt-cloud-token", "a snake-case name", "value: dbtc_service_token_for_the_nightly_warehouse_refresh_job");
}
