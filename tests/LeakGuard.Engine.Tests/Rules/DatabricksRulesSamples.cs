using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DatabricksRulesSamples
{
    private static readonly string DatabricksTokenKey = FakeKey.Of("da", "pi", FakeKey.Random(FakeKey.Hex, 32, 1));

    private static readonly string OAuthSecret = FakeKey.Of("do", "se", FakeKey.Random(FakeKey.Hex, 32, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("databricks-token", DatabricksTokenKey, "API_KEY")
        .Ignores("databricks-token", "one character short", $"value: {DatabricksTokenKey[..^1]}")
        .Ignores("databricks-token", "embedded in a longer token", "value: Q" + DatabricksTokenKey)
        .Finds("databricks-oauth-secret", OAuthSecret, "DATABRICKS_CLIENT_SECRET")
        .Ignores("databricks-oauth-secret", "one digit short", $"value: {OAuthSecret[..^1]}");
}
