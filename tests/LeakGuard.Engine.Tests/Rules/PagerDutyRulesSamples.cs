using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PagerDutyRulesSamples
{
    private static readonly string PagerdutyApiKeyKey = FakeKey.Of("u", "+", FakeKey.Random(FakeKey.UrlSafe, 18, 1));

    private static readonly string RoutingKey = FakeKey.Random(FakeKey.Hex, 32, 21);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("pagerduty-api-key", PagerdutyApiKeyKey, "PAGERDUTY_API_KEY")
        .Ignores("pagerduty-api-key", "no pagerduty context", $"\"checksum\": \"{PagerdutyApiKeyKey}\"")
        .Ignores("pagerduty-api-key", "one character short", $"pagerduty: {PagerdutyApiKeyKey[..^1]}")
        .FindsIn("pagerduty-api-key", "set through the pypd client", $"import pypd\npypd.api_key = \"{FakeKey.Random(FakeKey.UrlSafe, 20, 2)}\"", FakeKey.Random(FakeKey.UrlSafe, 20, 2))
        .FindsIn("pagerduty-api-key", "pdpyras' session", $"session = pdpyras.APISession(\"{FakeKey.Random(FakeKey.UrlSafe, 20, 3)}\")", FakeKey.Random(FakeKey.UrlSafe, 20, 3))
        .Ignores("pagerduty-api-key", "a generated client's type name", "// EntityV3Integrations holds the PagerDuty service\nconst EntityV3Integrations_1 = require(\"./EntityV3Integrations\");")
        .Ignores("pagerduty-api-key", "a variable's name in a doc example", "const serviceDefinitionV21 = new datadog.ServiceDefinitionYaml(\"v2_1\", { integrations: { pagerduty: \"https://my-org.pagerduty.com/service-directory/PSHNLKP\" } });")
        .FindsIn("pagerduty-integration-key", "Alertmanager's routing_key", $"receivers:\n  - name: oncall\n    pagerduty_configs:\n      - routing_key: {RoutingKey}\n        severity: critical\n", RoutingKey)
        .Ignores("pagerduty-integration-key", "a routing key's name with no PagerDuty near", $"message_queue:\n  routing_key: {RoutingKey}\n");
}
