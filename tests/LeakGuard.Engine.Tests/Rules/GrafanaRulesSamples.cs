using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GrafanaRulesSamples
{
    private static readonly string GrafanaCloudTokenKey = FakeKey.Of("gl", "c_", FakeKey.Random(FakeKey.Base64, 80, 1));

    private static readonly string GrafanaServiceAccountTokenKey = FakeKey.Of("gl", "sa_", FakeKey.Random(FakeKey.Base62, 32, 11), "_", FakeKey.Random(FakeKey.Hex, 8, 12));

    private static readonly string GrafanaApiKeyKey = FakeKey.Of("eyJr", "Ijoi", FakeKey.Random(FakeKey.Base62, 80, 21));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("grafana-cloud-token", GrafanaCloudTokenKey, "API_KEY")
        .Ignores("grafana-cloud-token", "embedded in a longer token", "value: Q" + GrafanaCloudTokenKey)
        .Ignores("grafana-cloud-token", "one character below the minimum length", $"value: {GrafanaCloudTokenKey[..35]}")
        .Finds("grafana-service-account-token", GrafanaServiceAccountTokenKey, "API_KEY")
        .Ignores("grafana-service-account-token", "one character short", $"value: {GrafanaServiceAccountTokenKey[..^1]}")
        .Ignores("grafana-service-account-token", "embedded in a longer token", "value: Q" + GrafanaServiceAccountTokenKey)
        .Finds("grafana-api-key", GrafanaApiKeyKey, "API_KEY")
        .Ignores("grafana-api-key", "embedded in a longer token", "value: Q" + GrafanaApiKeyKey)
        .Ignores("grafana-api-key", "one character below the minimum length", $"value: {GrafanaApiKeyKey[..77]}");
}
