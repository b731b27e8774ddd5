using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GrafanaRulesSamples
{
    private static readonly string GrafanaCloudTokenKey = FakeKey.Of("gl", "c_", FakeKey.Random(FakeKey.Base64, 80, 1));

    private static readonly string GrafanaServiceAccountTokenKey = FakeKey.Of("gl", "sa_", FakeKey.Random(FakeKey.Base62, 32, 11), "_", FakeKey.Random(FakeKey.Hex, 8, 12));

    private static readonly string GrafanaApiKeyKey = ApiKey(FakeKey.Random(FakeKey.Base62, 32, 21));

    // A Power BI "publish to web" link's public report key: base 64 JSON that starts like a Grafana key.
    private static readonly string PowerBiEmbedKey = FakeKey.Base64Of($"{{\"k\":\"{TestKeys.Uuid(22)}\",\"t\":\"{TestKeys.Uuid(27)}\",\"c\":6}}");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("grafana-cloud-token", GrafanaCloudTokenKey, "API_KEY")
        .Ignores("grafana-cloud-token", "embedded in a longer token", "value: Q" + GrafanaCloudTokenKey)
        .Ignores("grafana-cloud-token", "one character below the minimum length", $"value: {GrafanaCloudTokenKey[..35]}")
        .Finds("grafana-service-account-token", GrafanaServiceAccountTokenKey, "API_KEY")
        .Ignores("grafana-service-account-token", "one character short", $"value: {GrafanaServiceAccountTokenKey[..^1]}")
        .Ignores("grafana-service-account-token", "embedded in a longer token", "value: Q" + GrafanaServiceAccountTokenKey)
        .Finds("grafana-api-key", GrafanaApiKeyKey, "API_KEY")
        .Ignores("grafana-api-key", "embedded in a longer token", "value: Q" + GrafanaApiKeyKey)
        .Ignores("grafana-api-key", "a key part one character short", $"value: {ApiKey(FakeKey.Random(FakeKey.Base62, 31, 23))}")
        .FindsIn("grafana-api-key", "a key with a long name", $"GRAFANA_API_KEY={ApiKey(FakeKey.Random(FakeKey.Base62, 32, 24), "terraform-provisioning-service")}", ApiKey(FakeKey.Random(FakeKey.Base62, 32, 24), "terraform-provisioning-service"))
        .Ignores("grafana-api-key", "a Power BI embed link", $"<iframe src=\"https://app.powerbi.com/view?r={PowerBiEmbedKey}\"></iframe>");

    // A legacy Grafana API key: base 64 of its JSON, {"k":"<32 letters and digits>","n":"<name>","id":<n>}.
    private static string ApiKey(string key, string name = "deploy-bot") => FakeKey.Base64Of($"{{\"k\":\"{key}\",\"n\":\"{name}\",\"id\":1}}");
}
