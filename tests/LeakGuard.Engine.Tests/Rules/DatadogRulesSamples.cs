using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DatadogRulesSamples
{
    private static readonly string DatadogApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1));

    private static readonly string DatadogAppKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 40, 11));

    private static readonly string DatadogPrefixedAppKey = FakeKey.Of("dd", "app_", FakeKey.Random(FakeKey.Base62, 28, 12), FakeKey.Random(FakeKey.Base62, 6, 13));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("datadog-api-key", DatadogApiKeyKey, "DATADOG_API_KEY")
        .Ignores("datadog-api-key", "an Ansible module's EXAMPLES", $"EXAMPLES = r'''\n- name: Create a metric monitor\n  community.datadog.datadog_monitor:\n    type: \"metric alert\"\n    api_key: \"{DatadogApiKeyKey}\"\n'''\n")
        .FindsIn("datadog-api-key", "after an Ansible module's EXAMPLES", $"EXAMPLES = r'''\n- name: x\n'''\n\nDATADOG_API_KEY = \"{DatadogApiKeyKey}\"\n", DatadogApiKeyKey)
        .Ignores("datadog-api-key", "a request's id in an access log of the Datadog Agent's checks", $"10.40.1.227 - - [12/Apr/2024:10:21:36 +0000] \"GET /healthz HTTP/1.1\" 200 19016 \"-\" \"Datadog Agent/7.52.0\" rid={DatadogApiKeyKey}\n")
        .Ignores("datadog-api-key", "no datadog context", $"\"checksum\": \"{DatadogApiKeyKey}\"")
        .Ignores("datadog-api-key", "one character short", $"datadog: {DatadogApiKeyKey[..^1]}")
        .Finds("datadog-app-key", DatadogAppKeyKey, "DATADOG_APP_KEY")
        .Ignores("datadog-app-key", "no datadog context", $"\"checksum\": \"{DatadogAppKeyKey}\"")
        .Ignores("datadog-app-key", "one character short", $"datadog: {DatadogAppKeyKey[..^1]}")
        .FindsIn("datadog-app-key", "DD_APPLICATION_KEY on its own", $"export DD_APPLICATION_KEY=\"{DatadogAppKeyKey}\"", DatadogAppKeyKey)
        .Finds("datadog-prefixed-app-key", DatadogPrefixedAppKey, "DD_APP_KEY")
        .Ignores("datadog-prefixed-app-key", "one character short", $"value: {DatadogPrefixedAppKey[..^1]}")
        .Ignores("datadog-prefixed-app-key", "embedded in a longer token", "value: Q" + DatadogPrefixedAppKey)
        .Ignores("datadog-app-key", "a workflow pinning an action to a commit", $"      - uses: DataDog/upload-action@{DatadogAppKeyKey} # v1.0.3")
        .Ignores("datadog-app-key", "a build version holding a commit", $"\"@datadog/wasm-fmt\": \"^4.17.0-16.{DatadogAppKeyKey}\"")
        .Ignores("datadog-app-key", "composer.lock's source and dist", $"{{\"name\": \"datadog/php-datadogstatsd\", \"source\": {{\"type\": \"git\", \"reference\": \"{DatadogAppKeyKey}\"}}, \"dist\": {{\"url\": \"https://api.github.com/repos/DataDog/php-datadogstatsd/zipball/{DatadogAppKeyKey}\", \"shasum\": \"{DatadogAppKeyKey}\"}}}}")
        .Ignores("datadog-app-key", "yarn.lock's resolved URL", $"\"@datadog/pprof@^5.0.0\":\n  resolved \"https://registry.yarnpkg.com/@datadog/pprof/-/pprof-5.0.0.tgz#{DatadogAppKeyKey}\"");
}
